/**
 * Test harness: compile a SchemaIR built in the test, write the module under .tmp/ (ignored by
 * git) with imports pointing at the TypeScript sources, import it and return the pack.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createHash } from 'node:crypto';
import type { RulePack } from '../../src/engine/pack.js';
import type { CheckIR, FunctionIR, LetIR, PatternIR, RuleIR, SchemaIR, SourceSpan } from '../../src/schematron/ir.js';
import { compileSchematron } from '../../src/schematron/compile.js';
import { parseXml } from '../../src/xml/index.js';
import type { XmlDocument } from '../../src/xml/tree.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const TMP = join(ROOT, '.tmp', 'compiled');

export const span = (line = 1): SourceSpan => ({ file: 'test.sch', line, column: 1 });

export function check(test: string, id: string, extra: Partial<CheckIR> = {}): CheckIR {
  return {
    kind: 'assert',
    id,
    flag: 'fatal',
    test,
    message: [{ kind: 'text', text: `${id} failed` }],
    diagnostics: new Map(),
    businessTerms: [],
    span: span(),
    ...extra,
  };
}

export function rule(context: string, checks: CheckIR[], lets: LetIR[] = [], id?: string): RuleIR {
  return { ...(id !== undefined ? { id } : {}), context, lets, checks, span: span() };
}

export function pattern(rules: RuleIR[], id?: string, lets: LetIR[] = []): PatternIR {
  return { ...(id !== undefined ? { id } : {}), lets, rules, span: span() };
}

export function letIR(name: string, value: string): LetIR {
  return { name, value, span: span() };
}

export const UBL_NS = [
  { prefix: 'cbc', uri: 'urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2' },
  { prefix: 'cac', uri: 'urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2' },
  { prefix: 'ubl', uri: 'urn:oasis:names:specification:ubl:schema:xsd:Invoice-2' },
];

export function schema(patterns: PatternIR[], more: Partial<SchemaIR> = {}): SchemaIR {
  return { file: 'test.sch', queryBinding: 'xslt2', lang: 'en', namespaces: UBL_NS, lets: [], functions: [] as FunctionIR[], phases: [], patterns, ...more };
}

function rel(from: string, to: string): string {
  return pathToFileURL(to).href;
  void from;
}

/** Compile and load a pack. */
export async function loadPack(ir: SchemaIR, id = 'test-pack'): Promise<RulePack> {
  const text = compileModule(ir, id);
  const hash = createHash('sha1').update(text).digest('hex').slice(0, 16);
  mkdirSync(TMP, { recursive: true });
  const file = join(TMP, `${id}-${hash}.mjs`);
  writeFileSync(file, text);
  const mod = (await import(pathToFileURL(file).href)) as { default: RulePack };
  return mod.default;
}

export function compileModule(ir: SchemaIR, id = 'test-pack'): string {
  return compileSchematron(ir, {
    id,
    version: '0',
    runtimeImport: rel(TMP, join(ROOT, 'src/xpath/runtime/index.ts')),
    packImport: rel(TMP, join(ROOT, 'src/engine/pack.ts')),
  });
}

export function doc(xml: string): XmlDocument {
  const r = parseXml(xml);
  if (!r.ok) throw new Error(r.error.message);
  return r.document;
}

/** Ids of fired assertions, in order. */
export function fired(pack: RulePack, xml: string | XmlDocument, lang: 'en' | 'sv' = 'en'): string[] {
  const d = typeof xml === 'string' ? doc(xml) : xml;
  return pack.run(d, { lang }).map((f) => f.ruleId ?? '?');
}
