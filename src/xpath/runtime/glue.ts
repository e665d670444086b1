/**
 * Entry points the generated code calls that are not XPath functions themselves:
 * argument conversions, numeric function wrappers, casts over sequences, `instance of`,
 * user-function parameter conversion, message text (`value-of`) and findings.
 */
import { XDecimal } from './decimal.js';
import type { XmlNode } from '../../xml/tree.js';
import { cast, castable, type CastTarget } from './casts.js';
import { abs, ceiling, floor, numArg, round, roundHalfToEven } from './numeric.js';
import { rootOf } from './nodes.js';
import { codePointLength } from './strings.js';
import { UntypedAtomic, XDate, atomicToString, isPI, atomize, atomizeOpt, fail, isNode, isNumeric, toDouble, typeOf, type Atomic, type Item, type Seq } from './values.js';
import type { AssertionRow, Finding } from './driver.js';

type Num = number | bigint | XDecimal;

export function stringLength(s: string): number {
  return codePointLength(s);
}

export function upperCase(s: string): string {
  return s.toUpperCase();
}

export function lowerCase(s: string): string {
  return s.toLowerCase();
}

export function contains(s: string, t: string): boolean {
  return s.includes(t);
}

/** A constant text for `containsIn`: when it is a list of tokens (' A B C '), the set of its tokens. */
export interface TokenList {
  readonly text: string;
  readonly tokens: ReadonlySet<string> | null;
}

export function tokenList(text: string): TokenList {
  return { text, tokens: /^ (?:[^ ]+ )+$/.test(text) ? new Set(text.slice(1, -1).split(' ')) : null };
}

/**
 * `contains(text, t)` for a constant text. When the text is ' A B C ' (single spaces, a space at
 * each end) and `t` is ' x ' with no other space, `t` occurs in the text exactly when x is one of
 * its tokens: a set lookup instead of a search through the text.
 */
export function containsIn(l: TokenList, t: string): boolean {
  const n = t.length;
  if (l.tokens !== null && n > 2 && t.charCodeAt(0) === 32 && t.charCodeAt(n - 1) === 32 && t.indexOf(' ', 1) === n - 1) return l.tokens.has(t.slice(1, -1));
  return l.text.includes(t);
}

export function startsWith(s: string, t: string): boolean {
  return s.startsWith(t);
}

export function endsWith(s: string, t: string): boolean {
  return s.endsWith(t);
}

/** An `xs:double` argument (substring positions): untypedAtomic and other numerics become doubles. */
export function dblArg(s: Seq, fn: string): number {
  const v = atomizeOpt(s, fn);
  if (v === null) return fail('XPTY0004', `${fn}(): an empty sequence where a number is required`);
  if (isNumeric(v)) return toDouble(v);
  if (v instanceof UntypedAtomic) return cast(v, 'double') as number;
  return fail('XPTY0004', `${fn}(): expected a number, got xs:${typeOf(v)}`);
}

function mapNum(s: Seq, fn: string, f: (v: Num) => Num): Num[] {
  const v = numArg(s, fn);
  return v === null ? [] : [f(v)];
}

export function fnRound(s: Seq): Num[] {
  return mapNum(s, 'round', round);
}

export function fnAbs(s: Seq): Num[] {
  return mapNum(s, 'abs', abs);
}

export function fnFloor(s: Seq): Num[] {
  return mapNum(s, 'floor', floor);
}

export function fnCeiling(s: Seq): Num[] {
  return mapNum(s, 'ceiling', ceiling);
}

export function fnRoundHalfToEven(s: Seq, precision?: Seq): Num[] {
  const p = precision === undefined ? 0 : Number(atomizeOpt(precision, 'round-half-to-even') ?? 0);
  return mapNum(s, 'round-half-to-even', (v) => roundHalfToEven(v, p));
}

/** `E cast as T?` over a sequence (also the xs:T() constructors). */
export function castSeq(s: Seq, target: CastTarget, optional: boolean): Atomic[] {
  const v = atomizeOpt(s, 'cast as');
  if (v === null) {
    if (!optional) fail('XPTY0004', `cast as xs:${target}: empty sequence`);
    return [];
  }
  return [cast(v, target)];
}

export function castableSeq(s: Seq, target: CastTarget, optional: boolean): boolean {
  if (s.length === 0) return optional;
  if (s.length > 1) return false;
  const v = atomize(s)[0]!;
  return castable(v, target);
}

/** A resolved sequence type: item kind and occurrence indicator. */
export interface SeqSpec {
  readonly item: string;
  readonly occ: '' | '?' | '*' | '+';
}

function itemMatches(v: Item, item: string): boolean {
  switch (item) {
    case 'item':
      return true;
    case 'node':
      return isNode(v);
    case 'element':
    case 'attribute':
    case 'text':
    case 'document':
      return isNode(v) && v.kind === item;
    case 'anyAtomic':
      return !isNode(v);
    case 'numeric':
      return isNumeric(v);
    case 'decimal':
      return typeof v === 'bigint' || v instanceof XDecimal;
    default:
      return !isNode(v) && typeOf(v) === item;
  }
}

function occOk(n: number, occ: SeqSpec['occ']): boolean {
  return occ === '*' || (occ === '?' ? n <= 1 : occ === '+' ? n >= 1 : n === 1);
}

export function instanceOf(s: Seq, t: SeqSpec | null): boolean {
  if (t === null) return s.length === 0;
  if (!occOk(s.length, t.occ)) return false;
  for (const v of s) if (!itemMatches(v, t.item)) return false;
  return true;
}

const ATOMIC_TARGETS = new Set(['string', 'boolean', 'decimal', 'integer', 'double', 'date', 'dateTime', 'untypedAtomic']);

/** The function conversion rules (XPath 2.0, 3.1.5) for an xsl:function parameter or result. */
export function convert(s: Seq, t: SeqSpec | null, what: string): Seq {
  if (t === null) {
    if (s.length !== 0) fail('XPTY0004', `${what}: expected an empty sequence`);
    return s;
  }
  let out: Seq = s;
  if (ATOMIC_TARGETS.has(t.item) || t.item === 'anyAtomic' || t.item === 'numeric') {
    const vs = atomize(s);
    out = vs.map((v) => {
      if (v instanceof UntypedAtomic && t.item !== 'untypedAtomic' && t.item !== 'anyAtomic') return cast(v, t.item === 'numeric' ? 'double' : (t.item as CastTarget));
      if (t.item === 'decimal' && typeof v === 'bigint') return v;
      if (t.item === 'double' && (typeof v === 'bigint' || v instanceof XDecimal)) return toDouble(v);
      return v;
    });
  }
  if (!occOk(out.length, t.occ)) fail('XPTY0004', `${what}: ${out.length} item(s) do not match the declared occurrence '${t.occ || 'exactly one'}'`);
  for (const v of out) if (!itemMatches(v, t.item)) fail('XPTY0004', `${what}: a value of type xs:${typeOf(v)} where ${t.item} is required`);
  return out;
}

function nodeArg(s: Seq, fn: string): XmlNode | null {
  if (s.length === 0) return null;
  if (s.length > 1) fail('XPTY0004', `${fn}(): more than one node`);
  const v = s[0]!;
  if (!isNode(v)) return fail('XPTY0004', `${fn}(): the argument is not a node`);
  return v;
}

/** name(), local-name() and namespace-uri() of exactly one item (no sequence to build). */
export function nodeNameOne(v: Item): string {
  if (isNode(v) && (v.kind === 'element' || v.kind === 'attribute')) return v.prefix === '' ? v.local : `${v.prefix}:${v.local}`;
  return nodeName([v]);
}

export function localNameOne(v: Item): string {
  if (isNode(v) && (v.kind === 'element' || v.kind === 'attribute')) return v.local;
  return localName([v]);
}

export function namespaceUriOne(v: Item): string {
  if (isNode(v) && (v.kind === 'element' || v.kind === 'attribute')) return v.ns;
  return namespaceUri([v]);
}

export function nodeName(s: Seq): string {
  const n = nodeArg(s, 'name');
  if (n !== null && isPI(n)) return (n as unknown as { target: string }).target;
  if (n === null || (n.kind !== 'element' && n.kind !== 'attribute')) return '';
  return n.prefix === '' ? n.local : `${n.prefix}:${n.local}`;
}

export function localName(s: Seq): string {
  const n = nodeArg(s, 'local-name');
  if (n !== null && isPI(n)) return (n as unknown as { target: string }).target;
  return n === null || (n.kind !== 'element' && n.kind !== 'attribute') ? '' : n.local;
}

export function namespaceUri(s: Seq): string {
  const n = nodeArg(s, 'namespace-uri');
  return n === null || (n.kind !== 'element' && n.kind !== 'attribute') ? '' : n.ns;
}

export function rootNode(s: Seq): XmlNode[] {
  const n = nodeArg(s, 'root');
  return n === null ? [] : [rootOf(n)];
}

export function concat(...parts: Seq[]): string {
  let out = '';
  for (const p of parts) {
    const v = atomizeOpt(p, 'concat');
    if (v !== null) out += atomicToString(v);
  }
  return out;
}

/** `xsl:value-of` / `sch:value-of`: items as strings joined by one space. */
export function valueOf(s: Seq): string {
  if (s.length === 1) {
    const v = s[0]!;
    return isNode(v) ? atomicToString(atomize([v])[0]!) : atomicToString(v);
  }
  return atomize(s).map(atomicToString).join(' ');
}

export function finding(row: AssertionRow, node: XmlNode, message: string): Finding {
  return { ruleId: row.id, flag: row.flag, message: tidy(message), node, businessTerms: row.businessTerms, test: row.test };
}

/** One line, single spaces: an empty `value-of` or an indented source line leaves no gaps. */
function tidy(message: string): string {
  return /\s\s|^\s|\s$|[\t\r\n]/.test(message) ? message.replace(/\s+/g, ' ').trim() : message;
}

/** A decimal constant (literals are built once at module load). */
export function dec(text: string): XDecimal {
  return cast(text, 'decimal') as XDecimal;
}

export function isDate(v: unknown): v is XDate {
  return v instanceof XDate;
}

export type { CastTarget };

/** Numeric predicate value against the context position. */
export function posEq(s: Seq, p: number): boolean {
  if (s.length !== 1) return s.length === 0 ? false : fail('FORG0006', 'a predicate of two or more numbers');
  const v = s[0]!;
  if (typeof v === 'number') return v === p;
  if (typeof v === 'bigint') return v === BigInt(p);
  if (v instanceof XDecimal) return v.eq(p);
  return fail('FORG0006', 'predicate value');
}

/**
 * `base[N]` where the predicate N is numeric and does not depend on the focus: the same value
 * for each item, evaluated once (only when `base` has items): the item at position N, if N is one
 * whole number in range; otherwise as the predicate applied to each item (errors included).
 */
export function itemAt(base: Seq, n: () => Seq): Seq {
  if (base.length === 0) return base;
  const v = n();
  if (v.length === 1) {
    const x = v[0]!;
    const k = typeof x === 'bigint' ? x : typeof x === 'number' && Number.isInteger(x) ? BigInt(x) : x instanceof XDecimal && x.isInteger() ? x.toBigInt() : null;
    if (k !== null) return k >= 1n && k <= BigInt(base.length) ? [base[Number(k) - 1]!] : [];
  }
  const out: Item[] = [];
  for (let i = 0; i < base.length; i++) if (posEq(v, i + 1)) out.push(base[i]!);
  return out;
}

export function optBool(b: boolean | null): boolean[] {
  return b === null ? [] : [b];
}

export function forMap(s: Seq, f: (v: Item) => Seq): Item[] {
  const out: Item[] = [];
  for (const v of s) for (const x of f(v)) out.push(x);
  return out;
}

export function ebvNum(x: number): boolean {
  return !(x === 0 || Number.isNaN(x));
}

export function untyped(s: string): UntypedAtomic {
  return new UntypedAtomic(s);
}
