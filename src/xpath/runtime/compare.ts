/**
 * Effective boolean value, value comparisons (`eq`, `lt`, ...) and general comparisons
 * (`=`, `<`, ...: existential, with the untypedAtomic conversions of XPath 2.0 section 3.5.2).
 */
import { XDecimal } from './decimal.js';
import { cast, parseDouble } from './casts.js';
import { UntypedAtomic, XDate, XDateTime, atomize, atomizeOpt, fail, isNode, isNumeric, nodeString, toDouble, typeOf, type Atomic, type Item, type Seq } from './values.js';

export type CompOp = 'eq' | 'ne' | 'lt' | 'le' | 'gt' | 'ge';

/** Effective boolean value (fn:boolean). A sequence of two or more atomic values is FORG0006. */
export function ebv(s: Seq): boolean {
  if (s.length === 0) return false;
  const first = s[0]!;
  if (isNode(first)) return true;
  if (s.length > 1) return fail('FORG0006', 'effective boolean value of a sequence of two or more atomic values');
  return ebvItem(first);
}

function ebvItem(v: Item): boolean {
  switch (typeof v) {
    case 'boolean':
      return v;
    case 'string':
      return v.length > 0;
    case 'number':
      return !(v === 0 || Number.isNaN(v));
    case 'bigint':
      return v !== 0n;
    default:
      if (v instanceof XDecimal) return !v.isZero();
      if (v instanceof UntypedAtomic) return v.value.length > 0;
      if (v instanceof XDate || v instanceof XDateTime) return fail('FORG0006', 'effective boolean value of a date');
      return true;
  }
}

/** Code-point order of two strings (JavaScript's `<` compares UTF-16 units). */
export function compareStrings(a: string, b: string): number {
  if (a === b) return 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) {
      const xs = x >= 0xd800 && x <= 0xdfff;
      const ys = y >= 0xd800 && y <= 0xdfff;
      if (xs !== ys) return xs ? 1 : -1; // a surrogate encodes a code point above every BMP one
      return x < y ? -1 : 1;
    }
  }
  return a.length < b.length ? -1 : a.length > b.length ? 1 : 0;
}

/** Instant of a date in minutes (timezone-less dates use the implicit timezone, UTC). */
export function dateKey(d: XDate): number {
  const days = Date.UTC(d.year, d.month - 1, d.day) / 86_400_000;
  return days * 1440 - (d.tz ?? 0);
}

/** Instant of a dateTime in seconds (timezone-less values use the implicit timezone, UTC). */
export function dateTimeKey(d: XDateTime): number {
  const days = Date.UTC(d.year, d.month - 1, d.day) / 86_400_000;
  return days * 86_400 + d.hour * 3600 + (d.minute - (d.tz ?? 0)) * 60 + d.seconds;
}

/** Compare two numerics: -1, 0, 1, or NaN when unordered. */
export function compareNumbers(a: number | bigint | XDecimal, b: number | bigint | XDecimal): number {
  if (typeof a === 'bigint' && typeof b === 'bigint') return a < b ? -1 : a > b ? 1 : 0;
  if (typeof a === 'number' || typeof b === 'number') {
    const x = toDouble(a);
    const y = toDouble(b);
    if (Number.isNaN(x) || Number.isNaN(y)) return NaN;
    return x < y ? -1 : x > y ? 1 : 0;
  }
  const x = typeof a === 'bigint' ? XDecimal.ofBigInt(a) : a;
  const y = typeof b === 'bigint' ? XDecimal.ofBigInt(b) : b;
  return x.cmp(y);
}


function applyOp(op: CompOp, c: number): boolean {
  if (Number.isNaN(c)) return op === 'ne';
  switch (op) {
    case 'eq':
      return c === 0;
    case 'ne':
      return c !== 0;
    case 'lt':
      return c < 0;
    case 'le':
      return c <= 0;
    case 'gt':
      return c > 0;
    case 'ge':
      return c >= 0;
  }
}

/** Compare two atomic values of comparable types (untypedAtomic already converted). */
export function compareAtomic(op: CompOp, a: Atomic, b: Atomic): boolean {
  if (isNumeric(a) && isNumeric(b)) return applyOp(op, compareNumbers(a, b));
  const sa = typeof a === 'string' ? a : a instanceof UntypedAtomic ? a.value : null;
  const sb = typeof b === 'string' ? b : b instanceof UntypedAtomic ? b.value : null;
  if (sa !== null && sb !== null) return applyOp(op, op === 'eq' || op === 'ne' ? (sa === sb ? 0 : 1) : compareStrings(sa, sb));
  if (typeof a === 'boolean' && typeof b === 'boolean') return applyOp(op, a === b ? 0 : a ? 1 : -1);
  if (a instanceof XDate && b instanceof XDate) {
    const x = dateKey(a);
    const y = dateKey(b);
    return applyOp(op, x < y ? -1 : x > y ? 1 : 0);
  }
  if (a instanceof XDateTime && b instanceof XDateTime) {
    const x = dateTimeKey(a);
    const y = dateTimeKey(b);
    return applyOp(op, x < y ? -1 : x > y ? 1 : 0);
  }
  return fail('XPTY0004', `cannot compare xs:${typeOf(a)} with xs:${typeOf(b)}`);
}

/** Value comparison (`eq` etc.): empty if either side is empty; untypedAtomic compares as xs:string. */
export function valueCompare(op: CompOp, l: Seq, r: Seq): boolean | null {
  const a = atomizeOpt(l, op);
  const b = atomizeOpt(r, op);
  if (a === null || b === null) return null;
  return compareAtomic(op, a instanceof UntypedAtomic ? a.value : a, b instanceof UntypedAtomic ? b.value : b);
}

/** The pairwise conversion of a general comparison (XPath 2.0, 3.5.2). */
function generalPair(op: CompOp, a: Atomic, b: Atomic): boolean {
  const ua = a instanceof UntypedAtomic;
  const ub = b instanceof UntypedAtomic;
  if (ua && ub) return compareAtomic(op, a.value, b.value);
  if (ua) return compareAtomic(op, convertUntyped(a, b), b);
  if (ub) return compareAtomic(op, a, convertUntyped(b, a));
  return compareAtomic(op, a, b);
}

function convertUntyped(u: UntypedAtomic, other: Atomic): Atomic {
  if (isNumeric(other)) return cast(u, 'double');
  if (typeof other === 'string') return u.value;
  if (typeof other === 'boolean') return cast(u, 'boolean');
  if (other instanceof XDate) return cast(u, 'date');
  if (other instanceof XDateTime) return cast(u, 'dateTime');
  return u.value;
}

/** String values of a sequence made only of strings, untypedAtomic values and nodes (else null), cached per array. */
const stringSets = new WeakMap<Seq, ReadonlySet<string> | null>();

function stringSetOf(s: Seq): ReadonlySet<string> | null {
  let set = stringSets.get(s);
  if (set === undefined) {
    const out = new Set<string>();
    for (const v of s) {
      if (typeof v === 'string') out.add(v);
      else if (v instanceof UntypedAtomic) out.add(v.value);
      else if (isNode(v)) out.add(nodeString(v));
      else {
        stringSets.set(s, null);
        return null;
      }
    }
    set = out;
    stringSets.set(s, set);
  }
  return set;
}

function stringLike(v: Item): string | null {
  if (typeof v === 'string') return v;
  if (v instanceof UntypedAtomic) return v.value;
  if (isNode(v)) return nodeString(v);
  return null;
}

/** General comparison: true when some pair of atomized items compares true. */
export function generalCompare(op: CompOp, l: Seq, r: Seq): boolean {
  if (l.length === 0 || r.length === 0) return false;
  // Code-list membership (`value = $list`): one string-like value against many, through a cached set.
  if (op === 'eq' && (l.length === 1 || r.length === 1) && l.length + r.length > 9) {
    const [one, many] = l.length === 1 ? [l[0]!, r] : [r[0]!, l];
    const s = stringLike(one);
    if (s !== null) {
      const set = stringSetOf(many);
      if (set !== null) return set.has(s);
    }
  }
  const as = atomize(l);
  const bs = l === r ? as : atomize(r);
  for (const a of as) for (const b of bs) if (generalPair(op, a, b)) return true;
  return false;
}

/**
 * `l = (literal strings...)`: membership in a prebuilt set when every item of `l` is a node,
 * untypedAtomic or string (compared as strings); otherwise the general rules (which may raise).
 */
export function inStringSet(l: Seq, set: ReadonlySet<string>, strings: Seq): boolean {
  for (const v of l) {
    let s: string;
    if (typeof v === 'string') s = v;
    else if (v instanceof UntypedAtomic) s = v.value;
    else if (isNode(v)) s = nodeString(v);
    else return generalCompare('eq', l, strings);
    if (set.has(s)) return true;
  }
  return false;
}

/** General comparison of one atomic value against a sequence (a common compiled shape). */
export function generalCompare1(op: CompOp, l: Seq, b: Atomic): boolean {
  if (typeof b === 'string' && (op === 'eq' || op === 'ne')) {
    // untypedAtomic and string items compare with a string as strings
    for (const v of l) {
      let s: string | null = null;
      if (typeof v === 'string') s = v;
      else if (v instanceof UntypedAtomic) s = v.value;
      else if (isNode(v)) s = nodeString(v);
      if (s === null) {
        if (generalPair(op, v as Atomic, b)) return true;
      } else if ((s === b) === (op === 'eq')) return true;
    }
    return false;
  }
  if (isNumeric(b)) {
    // a node against a number: its string value cast to xs:double, the number promoted to xs:double
    for (const v of l) {
      if (isNode(v)) {
        const s = nodeString(v);
        const d = parseDouble(s) ?? (cast(new UntypedAtomic(s), 'double') as number);
        if (applyOp(op, compareNumbers(d, b))) return true;
      } else if (generalPair(op, v, b)) return true;
    }
    return false;
  }
  for (const v of l) if (generalPair(op, isNode(v) ? atomize([v])[0]! : v, b)) return true;
  return false;
}

/** Whether a node-or-value `v` makes a predicate true at position `pos` (numeric predicates compare with the position). */
export function predicateTruth(s: Seq, pos: number): boolean {
  if (s.length === 1) {
    const v = s[0]!;
    if (typeof v === 'number') return v === pos;
    if (typeof v === 'bigint') return v === BigInt(pos);
    if (v instanceof XDecimal) return v.eq(pos);
  }
  return ebv(s);
}
