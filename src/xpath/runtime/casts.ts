/**
 * Casting between atomic types with the XSD lexical rules (XPath 2.0 F&O section 17).
 * An invalid lexical form is FORG0001; a value outside the target's range is FOCA0002 / FODT0001.
 */
import { XDecimal } from './decimal.js';
import { UntypedAtomic, XDate, XDateTime, atomicToString, fail, toDouble, type Atomic } from './values.js';
import { isXmlSpace } from '../../xml/tree.js';

export type CastTarget = 'string' | 'untypedAtomic' | 'boolean' | 'decimal' | 'integer' | 'double' | 'date' | 'dateTime';

const DECIMAL_RE = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;
const INTEGER_RE = /^[+-]?\d+$/;
const DOUBLE_RE = /^(?:[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?|[+-]?INF|NaN)$/;
const DATE_RE = /^(-?)(\d{4,})-(\d{2})-(\d{2})(Z|[+-]\d{2}:\d{2})?$/;
const DATETIME_RE = /^(-?)(\d{4,})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2}(?:\.\d+)?)(Z|[+-]\d{2}:\d{2})?$/;

/** XSD whitespace "collapse" for the non-string types: leading and trailing XML whitespace removed. */
function collapse(s: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && isXmlSpace(s.charCodeAt(a))) a++;
  while (b > a && isXmlSpace(s.charCodeAt(b - 1))) b--;
  return a === 0 && b === s.length ? s : s.slice(a, b);
}

function invalid(s: string, type: string): never {
  return fail('FORG0001', `'${s}' is not a valid xs:${type}`);
}

/** Parsed decimals by lexical form (amounts repeat within and across invoices); XDecimal values are immutable. */
const decimalCache = new Map<string, XDecimal>();

export function parseDecimal(s: string): XDecimal | null {
  const hit = decimalCache.get(s);
  if (hit !== undefined) return hit;
  const t = collapse(s);
  if (!DECIMAL_RE.test(t)) return null;
  const d = XDecimal.parse(t);
  if (decimalCache.size >= 4096) decimalCache.clear();
  decimalCache.set(s, d);
  return d;
}

export function parseInteger(s: string): bigint | null {
  const t = collapse(s);
  return INTEGER_RE.test(t) ? BigInt(t) : null;
}

export function parseDouble(s: string): number | null {
  const t = collapse(s);
  if (!DOUBLE_RE.test(t)) return null;
  if (t === 'INF' || t === '+INF') return Infinity;
  if (t === '-INF') return -Infinity;
  if (t === 'NaN') return NaN;
  return Number(t);
}

function daysInMonth(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

function parseTz(z: string | undefined): number | null | undefined {
  if (z === undefined) return null;
  if (z === 'Z') return 0;
  const h = Number(z.slice(1, 3));
  const mi = Number(z.slice(4, 6));
  if (mi > 59 || h * 60 + mi > 14 * 60) return undefined;
  return (h * 60 + mi) * (z[0] === '-' ? -1 : 1);
}

export function parseDateTime(s: string): XDateTime | null {
  const m = DATETIME_RE.exec(collapse(s));
  if (m === null) return null;
  const date = parseDate(`${m[1]}${m[2]}-${m[3]}-${m[4]}`);
  if (date === null) return null;
  const hour = Number(m[5]);
  const minute = Number(m[6]);
  const seconds = Number(m[7]);
  const tz = parseTz(m[8]);
  if (tz === undefined) return null;
  if (hour === 24) {
    if (minute !== 0 || seconds !== 0) return null;
    const next = new Date(Date.UTC(date.year, date.month - 1, date.day + 1));
    return new XDateTime(next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate(), 0, 0, 0, tz);
  }
  if (hour > 23 || minute > 59 || seconds >= 60) return null;
  return new XDateTime(date.year, date.month, date.day, hour, minute, seconds, tz);
}

export function parseDate(s: string): XDate | null {
  const m = DATE_RE.exec(collapse(s));
  if (m === null) return null;
  const yearText = m[2]!;
  if (yearText.length > 4 && yearText.startsWith('0')) return null;
  const year = Number(yearText) * (m[1] === '-' ? -1 : 1);
  const month = Number(m[3]);
  const day = Number(m[4]);
  if (year === 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year < 0 ? year + 1 : year, month)) return null;
  let tz: number | null = null;
  const z = m[5];
  if (z !== undefined) {
    if (z === 'Z') tz = 0;
    else {
      const h = Number(z.slice(1, 3));
      const mi = Number(z.slice(4, 6));
      if (mi > 59 || h * 60 + mi > 14 * 60) return null;
      tz = (h * 60 + mi) * (z[0] === '-' ? -1 : 1);
    }
  }
  return new XDate(year, month, day, tz);
}

export function parseBoolean(s: string): boolean | null {
  switch (collapse(s)) {
    case 'true':
    case '1':
      return true;
    case 'false':
    case '0':
      return false;
    default:
      return null;
  }
}

function numberToDecimal(v: number | bigint | XDecimal, target: string): XDecimal {
  if (typeof v === 'bigint') return XDecimal.ofBigInt(v);
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) fail('FOCA0002', `cannot cast ${atomicToString(v)} to xs:${target}`);
    return XDecimal.ofNumber(v);
  }
  return v;
}

/** Cast one atomic value to a target type (the `cast as` operator and constructor functions). */
export function cast(v: Atomic, target: CastTarget): Atomic {
  if (typeof v === 'string' || v instanceof UntypedAtomic) {
    const s = typeof v === 'string' ? v : v.value;
    switch (target) {
      case 'string':
        return s;
      case 'untypedAtomic':
        return new UntypedAtomic(s);
      case 'boolean':
        return parseBoolean(s) ?? invalid(s, target);
      case 'decimal':
        return parseDecimal(s) ?? invalid(s, target);
      case 'integer':
        return parseInteger(s) ?? invalid(s, target);
      case 'double':
        return parseDouble(s) ?? invalid(s, target);
      case 'date':
        return parseDate(s) ?? invalid(s, target);
      case 'dateTime':
        return parseDateTime(s) ?? invalid(s, target);
    }
  }
  switch (target) {
    case 'string':
      return atomicToString(v);
    case 'untypedAtomic':
      return new UntypedAtomic(atomicToString(v));
    default:
      break;
  }
  if (typeof v === 'boolean') {
    switch (target) {
      case 'boolean':
        return v;
      case 'decimal':
        return XDecimal.ofBigInt(v ? 1n : 0n);
      case 'integer':
        return v ? 1n : 0n;
      case 'double':
        return v ? 1 : 0;
      default:
        return fail('XPTY0004', `cannot cast xs:boolean to xs:${target}`);
    }
  }
  if (v instanceof XDate) {
    if (target === 'date') return v;
    if (target === 'dateTime') return new XDateTime(v.year, v.month, v.day, 0, 0, 0, v.tz);
    return fail('XPTY0004', `cannot cast xs:date to xs:${target}`);
  }
  if (v instanceof XDateTime) {
    if (target === 'dateTime') return v;
    if (target === 'date') return new XDate(v.year, v.month, v.day, v.tz);
    return fail('XPTY0004', `cannot cast xs:dateTime to xs:${target}`);
  }
  // numeric
  switch (target) {
    case 'boolean':
      if (typeof v === 'number') return !(v === 0 || Number.isNaN(v));
      if (typeof v === 'bigint') return v !== 0n;
      return !v.isZero();
    case 'double':
      if (typeof v === 'number') return v;
      return toDouble(v);
    case 'decimal':
      return numberToDecimal(v, target);
    case 'integer': {
      if (typeof v === 'bigint') return v;
      return numberToDecimal(v, target).trunc().toBigInt();
    }
    case 'date':
    case 'dateTime':
      return fail('XPTY0004', `cannot cast a number to xs:${target}`);
  }
}

/** `castable as`: whether `cast` would succeed. */
export function castable(v: Atomic, target: CastTarget): boolean {
  try {
    cast(v, target);
    return true;
  } catch {
    return false;
  }
}
