/**
 * Evaluate XPath expressions through the real pipeline (parse, analyze, emit, runtime):
 * one module per batch, written under .tmp/ and imported. Results are rendered canonically
 * (`int:3`, `dec:1.5`, `dbl:1.0E7`, `str:abc`, `ua:abc`, `bool:true`, `date:2024-01-01`,
 * nodes as `/{ns}local[n]/...`) so tests and the differential runner can compare them.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createHash } from 'node:crypto';
import { compileXPathModule } from '../../src/xpath/emit/module.js';
import { parseXml } from '../../src/xml/index.js';
import type { XmlDocument, XmlNode } from '../../src/xml/tree.js';
import { XPathDynamicError, typeOf, atomicToString, isNode, type Item, type Seq } from '../../src/xpath/runtime/index.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const TMP = join(ROOT, '.tmp', 'xpath');

export const NS = new Map([
  ['cbc', 'urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2'],
  ['cac', 'urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2'],
  ['ubl', 'urn:oasis:names:specification:ubl:schema:xsd:Invoice-2'],
  ['cn', 'urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2'],
]);

type Evaluator = ((node: XmlNode, doc: XmlDocument) => Seq) | null;

export async function compileBatch(exprs: readonly string[], namespaces: ReadonlyMap<string, string> = NS): Promise<{ evaluators: Evaluator[]; errors: (Error | null)[] }> {
  const m = compileXPathModule(exprs, { namespaces, runtimeImport: pathToFileURL(join(ROOT, 'src/xpath/runtime/index.ts')).href });
  const hash = createHash('sha1').update(m.text).digest('hex').slice(0, 16);
  mkdirSync(TMP, { recursive: true });
  const file = join(TMP, `x-${hash}.mjs`);
  writeFileSync(file, m.text);
  const mod = (await import(pathToFileURL(file).href)) as { evaluators: Evaluator[] };
  return { evaluators: mod.evaluators, errors: [...m.errors] };
}

export function canonicalPath(n: XmlNode): string {
  switch (n.kind) {
    case 'document':
      return '/';
    case 'attribute':
      return `${canonicalPath(n.parent)}/@{${n.ns}}${n.local}`;
    case 'text': {
      const idx = n.parent.children.filter((k) => k.kind === 'text').indexOf(n) + 1;
      return `${canonicalPath(n.parent)}/text()[${idx}]`;
    }
    case 'element': {
      const parent = n.parent;
      let i = 1;
      for (const k of parent.children) {
        if (k === n) break;
        if (k.kind === 'element' && k.local === n.local && k.ns === n.ns) i++;
      }
      return `${parent.kind === 'document' ? '' : canonicalPath(parent)}/{${n.ns}}${n.local}[${i}]`;
    }
  }
}

const TAGS: Record<string, string> = { string: 'str', boolean: 'bool', double: 'dbl', integer: 'int', decimal: 'dec', untypedAtomic: 'ua', date: 'date', dateTime: 'dateTime' };

export function canonical(s: Seq): string {
  return s.map((v: Item) => (isNode(v) ? canonicalPath(v) : `${TAGS[typeOf(v)]}:${atomicToString(v)}`)).join(' | ');
}

export function parse(xml: string): XmlDocument {
  const r = parseXml(xml);
  if (!r.ok) throw new Error(r.error.message);
  return r.document;
}

/** Evaluate expressions on `xml` with the context at the document element (or the document when `onDocument`). */
export async function evalAll(exprs: readonly string[], xml: string, onDocument = false): Promise<string[]> {
  const d = parse(xml);
  const { evaluators, errors } = await compileBatch(exprs);
  return evaluators.map((f, i) => {
    if (f === null) return `STATIC:${(errors[i] as { code?: string }).code ?? '?'}`;
    try {
      return canonical(f(onDocument ? d : d.root, d));
    } catch (e) {
      if (e instanceof XPathDynamicError) return `ERR:${e.code}`;
      throw e;
    }
  });
}
