import { readFileSync, existsSync, mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { generatePacks, stalePacks } from '../../scripts/compile-rules.js';
import type { RulePack } from '../../src/engine/pack.js';
import { parseXml } from '../../src/xml/index.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

describe('generated rule packs', () => {
  const generated = generatePacks(ROOT);

  it('are committed and up to date with schematron/*.sch (run `npx tsx scripts/compile-rules.ts`)', () => {
    const outdated = generated.filter((g) => !existsSync(g.path) || readFileSync(g.path, 'utf8') !== g.text).map((g) => g.path);
    expect(outdated).toEqual([]);
    expect(stalePacks(ROOT, generated)).toEqual([]);
  });

  it('load as RulePack modules and run on a document', async () => {
    for (const g of generated.filter((x) => x.path.endsWith('.js'))) {
      const mod = (await import(g.path)) as { default: RulePack; pack: RulePack };
      expect(mod.default).toBe(mod.pack);
      expect(mod.pack.assertions.length).toBeGreaterThan(0);
      const r = parseXml('<Other xmlns="urn:x"/>');
      if (!r.ok) throw new Error('parse');
      expect(Array.isArray(mod.pack.run(r.document, { lang: 'en' }))).toBe(true);
    }
  });

  it('compiles only top-level .sch files and writes a .d.ts beside each module', () => {
    const dir = mkdtempSync(join(tmpdir(), 'packs-'));
    mkdirSync(join(dir, 'schematron', 'parts'), { recursive: true });
    const sch = (body: string) => `<schema xmlns="http://purl.oclc.org/dsdl/schematron" queryBinding="xslt2">${body}</schema>`;
    writeFileSync(join(dir, 'schematron', 'mine.sch'), sch('<pattern><rule context="/"><assert id="X-1" test="true()">ok</assert></rule></pattern>'));
    writeFileSync(join(dir, 'schematron', 'parts', 'part.sch'), sch(''));
    const files = generatePacks(dir).map((g) => g.path.slice(dir.length));
    expect(files).toEqual(['/src/rulesets/packs/mine.generated.js', '/src/rulesets/packs/mine.generated.d.ts']);
    expect(generatePacks(dir)[0]!.text).toBe(generatePacks(dir)[0]!.text);
  });
});
