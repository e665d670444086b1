/** Sequence functions: distinct-values, reverse, subsequence, index-of, exactly-one and friends. */
import { compareNumbers } from './compare.js';
import { dateKey, dateTimeKey } from './compare.js';
import { UntypedAtomic, XDate, XDateTime, atomize, fail, isNumeric, type Atomic, type Item, type Seq } from './values.js';

function key(v: Atomic): string {
  switch (typeof v) {
    case 'string':
      return `s${v}`;
    case 'boolean':
      return `b${v}`;
    case 'number':
      return Number.isNaN(v) ? 'nNaN' : `n${v}`;
    case 'bigint':
      return `n${Number(v) === Number(v) && Number.isSafeInteger(Number(v)) ? Number(v) : v.toString()}`;
    default:
      if (v instanceof UntypedAtomic) return `s${v.value}`;
      if (v instanceof XDate) return `d${dateKey(v)}`;
      if (v instanceof XDateTime) return `t${dateTimeKey(v)}`;
      return `n${Number.isSafeInteger(v.toNumber()) && v.isInteger() ? v.toNumber() : v.toString()}`;
  }
}

/** fn:distinct-values: first occurrence kept; untypedAtomic compares as string; NaN equals NaN. */
export function distinctValues(s: Seq): Atomic[] {
  const seen = new Map<string, Atomic[]>();
  const out: Atomic[] = [];
  for (const raw of atomize(s)) {
    const v = raw instanceof UntypedAtomic ? raw.value : raw;
    const k = key(v);
    const prior = seen.get(k);
    if (prior === undefined) {
      seen.set(k, [v]);
      out.push(v);
      continue;
    }
    // numeric keys may collide only for equal values; confirm for decimals and big integers
    if (isNumeric(v) && !prior.some((p) => isNumeric(p) && (compareNumbers(p, v) === 0 || (Number.isNaN(Number(p)) && Number.isNaN(Number(v)))))) {
      prior.push(v);
      out.push(v);
    }
  }
  return out;
}

export function reverse(s: Seq): Item[] {
  return [...s].reverse();
}

export function exactlyOne(s: Seq): Seq {
  if (s.length !== 1) fail('FORG0005', 'exactly-one(): the sequence does not have exactly one item');
  return s;
}

export function zeroOrOne(s: Seq): Seq {
  if (s.length > 1) fail('FORG0003', 'zero-or-one(): more than one item');
  return s;
}

export function oneOrMore(s: Seq): Seq {
  if (s.length === 0) fail('FORG0004', 'one-or-more(): empty sequence');
  return s;
}
