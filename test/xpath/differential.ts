/**
 * Differential testing of the compiled XPath against SaxonJS (`SaxonJS.XPath.evaluate` on the same
 * document text, context nodes chosen by the same index in document order). Results are compared
 * in a canonical form: nodes by path, atomic values by type tag and string value; errors by code.
 * Used by test/xpath/differential.test.ts (small, default run) and scripts/differential.ts (large, seeded).
 */
import SaxonJS from 'saxon-js';
import type { XmlDocument, XmlNode } from '../../src/xml/tree.js';
import { XPathDynamicError } from '../../src/xpath/runtime/index.js';
import { ebv } from '../../src/xpath/runtime/compare.js';
import { canonical, compileBatch, parse } from './harness.js';

/**
 * Known faults of SaxonJS (not of Saxon-HE, which produced the official verdicts), by expression:
 * these are compared with the exact value instead and listed with the reason.
 */
export const SAXONJS_KNOWN_FAULTS: ReadonlyMap<string, string> = new Map([
  ['123456789012345678901234567890 mod 97', 'SaxonJS computes xs:integer arithmetic in doubles beyond 2^53 (gives 56); the exact value is 52'],
  ['xs:integer("123456789012345678901234567890") mod 97', 'SaxonJS computes xs:integer arithmetic in doubles beyond 2^53 (gives 28); the exact value is 52'],
  ['1 div 3', 'decimal division: SaxonJS keeps 20 fraction digits rounded half-up; Saxon-HE keeps 18, truncated (we follow Saxon-HE)'],
]);

type SaxonEvaluate = (xpath: string, context: unknown, options: object) => unknown;
const evaluate = (SaxonJS.XPath.evaluate as unknown) as SaxonEvaluate;

/** The canonical path of node `$i` (as harness.ts renders ours), computed inside SaxonJS. */
const PATH =
  "if ($i instance of document-node()) then '/' else string-join(for $a in $i/ancestor-or-self::node() return (" +
  "if ($a instance of document-node()) then '' " +
  "else if ($a instance of element()) then concat('/{', namespace-uri($a), '}', local-name($a), '[', count($a/preceding-sibling::*[local-name() = local-name($a) and namespace-uri() = namespace-uri($a)]) + 1, ']') " +
  "else if ($a instance of attribute()) then concat('/@{', namespace-uri($a), '}', local-name($a)) " +
  "else if ($a instance of text()) then concat('/text()[', count($a/preceding-sibling::text()) + 1, ']') " +
  "else '?'), '')";

const TAG =
  "if ($i instance of xs:integer) then 'int' else if ($i instance of xs:decimal) then 'dec' else if ($i instance of xs:double) then 'dbl' else if ($i instance of xs:boolean) then 'bool' else if ($i instance of xs:untypedAtomic) then 'ua' else if ($i instance of xs:dateTime) then 'dateTime' else if ($i instance of xs:date) then 'date' else 'str'";

export interface SaxonDoc {
  readonly doc: unknown;
  readonly elements: (k: number) => unknown;
}

export function saxonParse(xml: string): SaxonDoc {
  const doc = evaluate('parse-xml($x)', null, { params: { x: xml } });
  return { doc, elements: (k: number) => evaluate('(//*)[$k]', doc, { params: { k } }) };
}

function saxonCode(e: unknown): string {
  const code = (e as { code?: unknown }).code;
  return typeof code === 'string' ? code.replace(/^err:/, '') : 'ERR';
}

/** Canonical result of `expr` in SaxonJS (or `ERR:code`). */
export function saxonCanonical(expr: string, context: unknown, ns: ReadonlyMap<string, string>, asBoolean: boolean): string {
  const namespaceContext = Object.fromEntries(ns);
  try {
    if (asBoolean) return `bool:${String(evaluate(`if ((${expr})) then 'true' else 'false'`, context, { namespaceContext }))}`;
    // The inline function hides the item's static type, so SaxonJS cannot reject the path branch statically.
    const render = `function($i as item()) as xs:string { if ($i instance of node()) then (${PATH}) else concat(${TAG}, ':', string($i)) }`;
    const r = evaluate(`for $x in (${expr}) return (${render})($x)`, context, { namespaceContext, resultForm: 'array' }) as unknown[];
    return r.map((x) => String(x)).join(' | ');
  } catch (e) {
    return `ERR:${saxonCode(e)}`;
  }
}

export interface DiffResult {
  readonly compared: number;
  readonly refused: number;
  readonly known: number;
  readonly mismatches: readonly { expr: string; doc: string; context: number; ours: string; saxon: string }[];
}

/** Element `k` (1-based) in document order. */
export function nthElement(d: XmlDocument, k: number): XmlNode {
  let i = 0;
  let found: XmlNode | null = null;
  const walk = (n: XmlNode): void => {
    if (found !== null || n.kind !== 'element') return;
    if (++i === k) {
      found = n;
      return;
    }
    for (const c of n.children) walk(c);
  };
  walk(d.root);
  if (found === null) throw new Error(`no element ${k}`);
  return found;
}

/**
 * Compare every expression on every (document, context index) pair. `asBoolean` compares EBVs
 * (for assertion tests); otherwise full canonical results.
 */
export async function differential(
  exprs: readonly string[],
  docs: readonly { name: string; xml: string; contexts: readonly number[] }[],
  ns: ReadonlyMap<string, string>,
  asBoolean: boolean,
): Promise<DiffResult> {
  const { evaluators } = await compileBatch(exprs, ns);
  let compared = 0;
  let known = 0;
  const refused = evaluators.filter((f) => f === null).length;
  const mismatches: { expr: string; doc: string; context: number; ours: string; saxon: string }[] = [];
  for (const d of docs) {
    const ours = parse(d.xml);
    const sx = saxonParse(d.xml);
    for (const k of d.contexts) {
      const node = nthElement(ours, k);
      const sctx = sx.elements(k);
      exprs.forEach((expr, i) => {
        const f = evaluators[i];
        if (f === null || f === undefined) return;
        if (SAXONJS_KNOWN_FAULTS.has(expr)) {
          known++;
          return;
        }
        let mine: string;
        try {
          const r = f(node, ours);
          mine = asBoolean ? `bool:${String(ebv(r))}` : canonical(r);
        } catch (e) {
          if (e instanceof XPathDynamicError) mine = `ERR:${e.code}`;
          else throw e;
        }
        const theirs = saxonCanonical(expr, sctx, ns, asBoolean);
        compared++;
        // Both failing counts as agreement when the codes match; XPTY0004 vs FORG0006 style differences are reported.
        if (mine !== theirs) mismatches.push({ expr, doc: d.name, context: k, ours: mine, saxon: theirs });
      });
    }
  }
  return { compared, refused, known, mismatches };
}
