import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ReferenceEngineError, createReferenceRunner } from '../../scripts/reference/index.js';
import type { ReferenceRunner } from '../../scripts/reference/index.js';
import { readSchematron } from '../../src/schematron/reader.js';
import { nodePath, parseXml } from '../../src/xml/index.js';
import type { XmlElement, XmlNode } from '../../src/xml/index.js';

const FIX = resolve(import.meta.dirname, '../fixtures/schematron');
// A fresh cache, so that these tests really compile (SaxonJS via xslt3) at least once.
const cacheDir = mkdtempSync(join(tmpdir(), 'reference-sef-'));
const fixture = (name: string): string => readFileSync(join(FIX, name), 'utf8');
afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));

describe('reference runner: rule semantics', () => {
  let basic: ReferenceRunner;
  beforeAll(async () => {
    basic = await createReferenceRunner(join(FIX, 'basic.sch'), { cacheDir });
  });

  it('lets only the first matching rule of a pattern handle a node, visits attributes, evaluates lets and messages', async () => {
    const fired = await basic.run(fixture('basic.xml'));
    expect(fired).toEqual([
      // Line 1: handled by the second rule (the first does not match it).
      // $amount (rule let), $currency (schema let) and $lineCount (pattern let) in the message.
      {
        kind: 'assert',
        id: 'T-02',
        flag: 'warning',
        location: '/Invoice[1]/cac:InvoiceLine[1]',
        message: 'Line net amount (BT-131) is -5 in EUR, of 2 lines.',
      },
      // An attribute as the context node; sch:name with a path.
      {
        kind: 'report',
        id: 'T-03',
        flag: 'information',
        location: '/Invoice[1]/cac:InvoiceLine[1]/cbc:LineExtensionAmount[1]/@currencyID',
        message: 'Currency SEK on cbc:LineExtensionAmount differs.',
      },
      // Line 2 has a negative amount too, but the first rule handles it, so T-02 does not fire there.
      { kind: 'assert', id: 'T-01', flag: 'fatal', location: '/Invoice[1]/cac:InvoiceLine[2]', message: 'Second line (BG-25) always fires here.' },
    ]);
  });

  it('reuses the cached SEF for the same pack', async () => {
    const again = await createReferenceRunner(readSchematron(join(FIX, 'basic.sch')), { cacheDir });
    expect(again.sefFile).toBe(basic.sefFile);
    expect(again.compileMs).toBe(0);
  });

  it('surfaces a dynamic error with its code instead of reporting nothing', async () => {
    const xml = fixture('basic.xml').replace('-5.00', 'five');
    await expect(basic.run(xml)).rejects.toBeInstanceOf(ReferenceEngineError);
    await expect(basic.run(xml)).rejects.toMatchObject({ code: 'FORG0001' });
  });
});

describe('reference runner: phases, functions, pattern lets, locations', () => {
  const ir = readSchematron(join(FIX, 'runner.sch'));
  const xml = fixture('paths.xml');

  it('runs the default phase, with xsl:function recursion and same-named lets in two patterns', async () => {
    const runner = await createReferenceRunner(ir, { cacheDir });
    const fired = await runner.run(xml);
    expect(fired.map((f) => [f.id, f.location, f.message])).toEqual([
      ['R-A', '/Invoice[1]/cbc:ID[1]', 'Id 12 has two digits; 2 lines.'],
      ['R-B', '/', 'Seen from pattern b at inv:Invoice.'],
    ]);
  });

  it('writes every element and attribute location exactly as nodePath does', async () => {
    const runner = await createReferenceRunner(ir, { cacheDir, phase: 'paths' });
    const fired = await runner.run(xml);
    const parsed = parseXml(xml);
    if (!parsed.ok) throw new Error('fixture does not parse');
    const expected: string[] = [];
    const walk = (el: XmlElement): void => {
      expected.push(`E ${nodePath(el)}`);
      for (const a of el.attributes) expected.push(`A ${nodePath(a as XmlNode)}`);
      for (const k of el.children) if (k.kind === 'element') walk(k);
    };
    walk(parsed.document.root);
    expect(fired.map((f) => `${f.id} ${f.location}`)).toEqual(expected);
    // Spot checks of the form itself: conventional UBL prefixes, unprefixed root, other prefixes kept.
    expect(expected).toContain('E /Invoice[1]/cac:InvoiceLine[1]/cbc:ID[2]');
    expect(expected).toContain('A /Invoice[1]/ext:UBLExtensions[1]/ext:UBLExtension[1]/x:Foo[1]/@x:attr');
    expect(expected).toContain('E /Invoice[1]/ext:UBLExtensions[1]/ext:UBLExtension[1]/x:Foo[1]/Bare[2]');
  });

  it('treats a dynamic error in a rule context as no match (XSLT 3.0 patterns): the next rule handles the node', async () => {
    const runner = await createReferenceRunner(join(FIX, 'context-error.sch'), { cacheDir });
    // xs:decimal('abc') in the first context of pattern p: no match, the second rule fires.
    expect((await runner.run('<r><a><b>abc</b></a></r>')).map((f) => f.id)).toEqual(['FALLBACK', 'Q-FALLBACK']);
    expect((await runner.run('<r><a><b>5</b></a></r>')).map((f) => f.id)).toEqual(['CTX', 'Q-FALLBACK']);
    // In pattern q: the general comparison matches first; `eq` on two items (XPTY0004) is no match either.
    expect((await runner.run('<r><a><b>x</b><b>x</b></a></r>')).map((f) => f.id)).toEqual(['FALLBACK', 'SEQ']);
    expect((await runner.run('<r><a><b>y</b><b>y</b></a></r>')).map((f) => f.id)).toEqual(['FALLBACK', 'Q-FALLBACK']);
  });

  it('refuses an unknown phase', async () => {
    await expect(createReferenceRunner(ir, { cacheDir, phase: 'nope' })).rejects.toThrow(/unknown phase nope/);
  });

  it('reports a pack that SaxonJS cannot compile as an error that points at the pack', async () => {
    const bad = join(mkdtempSync(join(tmpdir(), 'bad-pack-')), 'bad.sch');
    writeFileSync(
      bad,
      '<schema xmlns="http://purl.oclc.org/dsdl/schematron" queryBinding="xslt2">\n<pattern><rule context="*">\n  <assert test="(((">x</assert>\n</rule></pattern></schema>',
    );
    const err: unknown = await createReferenceRunner(bad, { cacheDir }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ReferenceEngineError);
    expect((err as ReferenceEngineError).code).toBe('XPST0003');
    expect((err as ReferenceEngineError).message).toContain(`${bad}:3:3`);
  });
});
