/**
 * Our Schematron packs, compiled on demand for tests and scripts: the `.sch` is compiled to module
 * text, written under `.tmp/differential/` (git-ignored) with its imports pointing at the
 * TypeScript sources, and imported (works under vitest and tsx). Shared by the differential test,
 * `npm run differential` and `npm run bench`.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { RulePack } from '../../src/engine/pack.js';
import { compileSchematron } from '../../src/schematron/compile.js';
import { readSchematron } from '../../src/schematron/reader.js';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const OUT_DIR = join(REPO_ROOT, '.tmp', 'differential');

export interface PackSource {
  /** Pack id (also the rule-set id of its main use). */
  readonly id: string;
  readonly version: string;
  /** Absolute path of the `.sch` file. */
  readonly sch: string;
}

const sch = (name: string): string => join(REPO_ROOT, 'schematron', name);

export const PACK_SOURCES: readonly PackSource[] = [
  { id: 'en16931-ubl', version: '1.3.16', sch: sch('en16931-ubl.sch') },
  { id: 'peppol-bis-billing-3', version: '2026.5', sch: sch('peppol-bis-billing-3.sch') },
  { id: 'peppol-bis-self-billing-3', version: '2026.5', sch: sch('peppol-bis-self-billing-3.sch') },
  { id: 'svefaktura-1.0', version: '1.0', sch: sch('svefaktura-1.0.sch') },
];

/** The packs each rule set of expected.json runs, in order (as in the official validators). */
export const RULE_SET_PACKS: ReadonlyMap<string, readonly string[]> = new Map([
  ['en16931-ubl', ['en16931-ubl']],
  ['peppol-bis-billing-3', ['en16931-ubl', 'peppol-bis-billing-3']],
  ['peppol-bis-self-billing-3', ['en16931-ubl', 'peppol-bis-self-billing-3']],
  ['svefaktura-1.0', ['svefaktura-1.0']],
  ['svefaktura-1.0-objectenvelope', []],
]);

export function packSource(id: string): PackSource {
  const p = PACK_SOURCES.find((s) => s.id === id);
  if (p === undefined) throw new Error(`unknown pack ${id}`);
  return p;
}

export type LoadedPack =
  | { readonly ok: true; readonly source: PackSource; readonly pack: RulePack; readonly compileMs: number }
  | { readonly ok: false; readonly source: PackSource; readonly error: string };

const loaded = new Map<string, Promise<LoadedPack>>();

/** Compile (once per process) and import one of our packs; a compile error is returned, not thrown. */
export function loadPack(id: string): Promise<LoadedPack> {
  let p = loaded.get(id);
  if (p === undefined) {
    p = compileAndImport(packSource(id));
    loaded.set(id, p);
  }
  return p;
}

async function compileAndImport(source: PackSource): Promise<LoadedPack> {
  const start = performance.now();
  let text: string;
  try {
    text = compileSchematron(readSchematron(source.sch), {
      id: source.id,
      version: source.version,
      runtimeImport: pathToFileURL(join(REPO_ROOT, 'src/xpath/runtime/index.ts')).href,
      packImport: pathToFileURL(join(REPO_ROOT, 'src/engine/pack.ts')).href,
    });
  } catch (e) {
    return { ok: false, source, error: e instanceof Error ? e.message : String(e) };
  }
  const hash = createHash('sha1').update(text).digest('hex').slice(0, 16);
  mkdirSync(OUT_DIR, { recursive: true });
  const file = join(OUT_DIR, `${source.id}-${hash}.mjs`);
  if (!existsSync(file)) writeFileSync(file, text);
  const mod = (await import(pathToFileURL(file).href)) as { pack?: RulePack; default?: RulePack };
  const pack = mod.pack ?? mod.default;
  if (pack === undefined) return { ok: false, source, error: `${file} exports no pack` };
  return { ok: true, source, pack, compileMs: performance.now() - start };
}
