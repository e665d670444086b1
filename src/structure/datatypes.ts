/**
 * XML Schema 1.0 simple-type checking: whitespace normalization, the lexical space of the
 * built-in types, and constraining facets. Values are never converted to binary floating
 * point: decimal comparisons work on digit strings.
 */
import type { Builtin, Facets, SimpleTypeDef } from './model.js';

type WhiteSpace = 'preserve' | 'replace' | 'collapse';

const PRESERVE: ReadonlySet<Builtin> = new Set<Builtin>(['string', 'anySimpleType']);

/** A value with none of these is the same under every whiteSpace mode. */
const NEEDS_WORK = /[\t\n\r]|^ | $| {2}/;

/** Apply a whiteSpace mode. Only the four XML whitespace characters count, not every Unicode space. */
export function normalizeSpace(value: string, mode: WhiteSpace): string {
  if (mode === 'preserve' || !NEEDS_WORK.test(value)) return value;
  const replaced = value.replace(/[\t\n\r]/g, ' ');
  if (mode === 'replace') return replaced;
  return replaced.replace(/ {2,}/g, ' ').replace(/^ | $/g, '');
}

function whiteSpaceOf(def: SimpleTypeDef): WhiteSpace {
  let ws: WhiteSpace = PRESERVE.has(def.b) ? 'preserve' : def.b === 'normalizedString' ? 'replace' : 'collapse';
  for (const f of def.f ?? []) if (f.whiteSpace !== undefined) ws = f.whiteSpace;
  return ws;
}

// ----- lexical spaces -----

/** XML 1.0 NameStartChar and NameChar, as bodies of `u`-flag character classes. */
export const NAME_START =
  ':A-Z_a-z\\u{C0}-\\u{D6}\\u{D8}-\\u{F6}\\u{F8}-\\u{2FF}\\u{370}-\\u{37D}\\u{37F}-\\u{1FFF}\\u{200C}-\\u{200D}\\u{2070}-\\u{218F}\\u{2C00}-\\u{2FEF}\\u{3001}-\\u{D7FF}\\u{F900}-\\u{FDCF}\\u{FDF0}-\\u{FFFD}\\u{10000}-\\u{EFFFF}';
export const NAME_CHAR = `${NAME_START}\\-.0-9\\u{B7}\\u{300}-\\u{36F}\\u{203F}-\\u{2040}`;
const NC_START = NAME_START.slice(1);
const NC_CHAR = NAME_CHAR.slice(1);
const NAME_RE = new RegExp(`^[${NAME_START}][${NAME_CHAR}]*$`, 'u');
const NCNAME_RE = new RegExp(`^[${NC_START}][${NC_CHAR}]*$`, 'u');
const QNAME_RE = new RegExp(`^(?:[${NC_START}][${NC_CHAR}]*:)?[${NC_START}][${NC_CHAR}]*$`, 'u');
const NMTOKEN_RE = new RegExp(`^[${NAME_CHAR}]+$`, 'u');
const LANGUAGE_RE = /^[a-zA-Z]{1,8}(?:-[a-zA-Z0-9]{1,8})*$/;
const DECIMAL_RE = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;
const INTEGER_RE = /^[+-]?\d+$/;
const FLOAT_RE = /^(?:[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?|INF|-INF|NaN)$/;
const DURATION_RE = /^-?P(?!$)(?:\d+Y)?(?:\d+M)?(?:\d+D)?(?:T(?!$)(?:\d+H)?(?:\d+M)?(?:\d+(?:\.\d+)?S)?)?$/;
const BASE64_RE = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}[AEIMQUYcgkosw048]=|[A-Za-z0-9+/][AQgw]==)?$/;
const HEX_RE = /^(?:[0-9a-fA-F]{2})*$/;
const TZ = '(Z|[+-]\\d{2}:\\d{2})?';
const YEAR = '(-?\\d{4,})';
const TIME = '(\\d{2}):(\\d{2}):(\\d{2})(\\.\\d+)?';
const DATE_RE = new RegExp(`^${YEAR}-(\\d{2})-(\\d{2})${TZ}$`);
const TIME_RE = new RegExp(`^${TIME}${TZ}$`);
const DATETIME_RE = new RegExp(`^${YEAR}-(\\d{2})-(\\d{2})T${TIME}${TZ}$`);
const GYEAR_RE = new RegExp(`^${YEAR}${TZ}$`);
const GYEARMONTH_RE = new RegExp(`^${YEAR}-(\\d{2})${TZ}$`);
const GMONTH_RE = new RegExp(`^--(\\d{2})${TZ}$`);
const GMONTHDAY_RE = new RegExp(`^--(\\d{2})-(\\d{2})${TZ}$`);
const GDAY_RE = new RegExp(`^---(\\d{2})${TZ}$`);

const INTEGER_RANGES: Partial<Record<Builtin, readonly [bigint | null, bigint | null]>> = {
  integer: [null, null],
  nonNegativeInteger: [0n, null],
  positiveInteger: [1n, null],
  nonPositiveInteger: [null, 0n],
  negativeInteger: [null, -1n],
  long: [-(2n ** 63n), 2n ** 63n - 1n],
  int: [-(2n ** 31n), 2n ** 31n - 1n],
  short: [-32768n, 32767n],
  byte: [-128n, 127n],
  unsignedLong: [0n, 2n ** 64n - 1n],
  unsignedInt: [0n, 2n ** 32n - 1n],
  unsignedShort: [0n, 65535n],
  unsignedByte: [0n, 255n],
};

function validYear(y: string): boolean {
  const digits = y.startsWith('-') ? y.slice(1) : y;
  if (digits.length > 4 && digits.startsWith('0')) return false;
  return !/^0+$/.test(digits); // XSD 1.0 has no year zero
}

function daysIn(month: number, year: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function validTz(tz: string | undefined): boolean {
  if (tz === undefined || tz === 'Z') return true;
  const h = Number(tz.slice(1, 3));
  const m = Number(tz.slice(4, 6));
  return m <= 59 && (h < 14 || (h === 14 && m === 0));
}

function validMonthDay(month: string, day: string, year: number): boolean {
  const m = Number(month);
  const d = Number(day);
  return m >= 1 && m <= 12 && d >= 1 && d <= daysIn(m, year);
}

function validTime(h: string, mi: string, s: string, frac: string | undefined): boolean {
  const hh = Number(h);
  const mm = Number(mi);
  const ss = Number(s);
  if (hh === 24) return mm === 0 && ss === 0 && (frac === undefined || /^\.0+$/.test(frac));
  return hh <= 23 && mm <= 59 && ss <= 59;
}

/**
 * anyURI as the JDK validator (Xerces) checks it: characters a URI cannot hold (space, `"<>\\^\`{|}`,
 * controls, non-ASCII) are taken as escaped; then a scheme, if any, must be well formed and followed
 * by something; `%` must start a two-digit hex escape; `#` may occur once; `[` and `]` only in a
 * bracketed IPv6 host, the query or the fragment; a lone `//` has no authority.
 */
function validAnyURI(v: string): boolean {
  const e = v.replace(/[\u0000-\u0020"<>\\^`{|}\u007f-\u{10FFFF}]/gu, '%20');
  if (e === '') return true;
  if (/%(?![0-9A-Fa-f]{2})/.test(e)) return false;
  let rest = e;
  const colon = e.indexOf(':');
  if (colon === 0) return false;
  if (colon > 0 && !/[/?#]/.test(e.slice(0, colon))) {
    if (!/^[A-Za-z][A-Za-z0-9+.-]*$/.test(e.slice(0, colon))) return false;
    rest = e.slice(colon + 1);
    if (rest === '') return false;
  }
  const hash = rest.indexOf('#');
  if (hash >= 0 && rest.indexOf('#', hash + 1) >= 0) return false;
  const beforeFragment = hash >= 0 ? rest.slice(0, hash) : rest;
  const q = beforeFragment.indexOf('?');
  let path = q >= 0 ? beforeFragment.slice(0, q) : beforeFragment;
  if (path.startsWith('//')) {
    const end = path.indexOf('/', 2);
    const authority = end >= 0 ? path.slice(2, end) : path.slice(2);
    path = end >= 0 ? path.slice(end) : '';
    if (authority === '' && path === '' && rest === '//') return false;
    const host = authority.slice(authority.lastIndexOf('@') + 1);
    if (/[[\]]/.test(host) && !/^\[[0-9A-Fa-f:.]+\](?::\d*)?$/.test(host)) return false;
  }
  return !/[[\]]/.test(path);
}

/** Whether `v` (already whitespace-normalized) is in the lexical space of the built-in type. */
export function inLexicalSpace(b: Builtin, v: string): boolean {
  switch (b) {
    case 'anySimpleType':
    case 'string':
    case 'normalizedString':
    case 'token':
      return true;
    case 'anyURI':
      return validAnyURI(v);
    case 'language':
      return LANGUAGE_RE.test(v);
    case 'Name':
      return NAME_RE.test(v);
    case 'NCName':
    case 'ID':
    case 'IDREF':
    case 'ENTITY':
      return NCNAME_RE.test(v);
    case 'NMTOKEN':
      return NMTOKEN_RE.test(v);
    case 'QName':
      return QNAME_RE.test(v);
    case 'boolean':
      return v === 'true' || v === 'false' || v === '1' || v === '0';
    case 'decimal':
      return DECIMAL_RE.test(v);
    case 'float':
    case 'double':
      return FLOAT_RE.test(v);
    case 'duration':
      return DURATION_RE.test(v);
    case 'base64Binary':
      return BASE64_RE.test(v.replace(/[ \t\n\r]/g, ''));
    case 'hexBinary':
      return HEX_RE.test(v);
    case 'date': {
      const m = DATE_RE.exec(v);
      return m !== null && validYear(m[1]!) && validMonthDay(m[2]!, m[3]!, Number(m[1])) && validTz(m[4]);
    }
    case 'dateTime': {
      const m = DATETIME_RE.exec(v);
      return (
        m !== null &&
        validYear(m[1]!) &&
        validMonthDay(m[2]!, m[3]!, Number(m[1])) &&
        validTime(m[4]!, m[5]!, m[6]!, m[7]) &&
        validTz(m[8])
      );
    }
    case 'time': {
      const m = TIME_RE.exec(v);
      return m !== null && validTime(m[1]!, m[2]!, m[3]!, m[4]) && validTz(m[5]);
    }
    case 'gYear': {
      const m = GYEAR_RE.exec(v);
      return m !== null && validYear(m[1]!) && validTz(m[2]);
    }
    case 'gYearMonth': {
      const m = GYEARMONTH_RE.exec(v);
      return m !== null && validYear(m[1]!) && Number(m[2]) >= 1 && Number(m[2]) <= 12 && validTz(m[3]);
    }
    case 'gMonth': {
      const m = GMONTH_RE.exec(v);
      return m !== null && Number(m[1]) >= 1 && Number(m[1]) <= 12 && validTz(m[2]);
    }
    case 'gMonthDay': {
      const m = GMONTHDAY_RE.exec(v);
      return m !== null && validMonthDay(m[1]!, m[2]!, 2000) && validTz(m[3]);
    }
    case 'gDay': {
      const m = GDAY_RE.exec(v);
      return m !== null && Number(m[1]) >= 1 && Number(m[1]) <= 31 && validTz(m[2]);
    }
    default: {
      const range = INTEGER_RANGES[b];
      if (range === undefined || !INTEGER_RE.test(v)) return false;
      const n = BigInt(v);
      return (range[0] === null || n >= range[0]) && (range[1] === null || n <= range[1]);
    }
  }
}

// ----- decimals as digit strings -----

interface Dec {
  readonly neg: boolean;
  /** Integer digits without leading zeros ('' for zero). */
  readonly int: string;
  /** Fraction digits without trailing zeros. */
  readonly frac: string;
}

function parseDecimal(v: string): Dec {
  let s = v;
  let neg = false;
  if (s.startsWith('-') || s.startsWith('+')) {
    neg = s.startsWith('-');
    s = s.slice(1);
  }
  const dot = s.indexOf('.');
  const int = (dot < 0 ? s : s.slice(0, dot)).replace(/^0+/, '');
  const frac = (dot < 0 ? '' : s.slice(dot + 1)).replace(/0+$/, '');
  return { neg: neg && (int !== '' || frac !== ''), int, frac };
}

function compareDecimal(a: Dec, b: Dec): number {
  if (a.neg !== b.neg) return a.neg ? -1 : 1;
  const sign = a.neg ? -1 : 1;
  if (a.int.length !== b.int.length) return (a.int.length < b.int.length ? -1 : 1) * sign;
  if (a.int !== b.int) return (a.int < b.int ? -1 : 1) * sign;
  const len = Math.max(a.frac.length, b.frac.length);
  const fa = a.frac.padEnd(len, '0');
  const fb = b.frac.padEnd(len, '0');
  return fa === fb ? 0 : (fa < fb ? -1 : 1) * sign;
}

const NUMERIC: ReadonlySet<Builtin> = new Set<Builtin>(['decimal', ...(Object.keys(INTEGER_RANGES) as Builtin[])]);

function lengthOf(b: Builtin, v: string): number {
  if (b === 'hexBinary') return v.length / 2;
  if (b === 'base64Binary') {
    const s = v.replace(/[ \t\n\r]/g, '');
    return (s.length / 4) * 3 - (s.endsWith('==') ? 2 : s.endsWith('=') ? 1 : 0);
  }
  let n = 0;
  for (const _ of v) n++;
  return n;
}

const patternCache = new Map<string, RegExp>();
function regex(source: string): RegExp {
  let re = patternCache.get(source);
  if (re === undefined) {
    re = new RegExp(source, 'u');
    patternCache.set(source, re);
  }
  return re;
}

/** The first facet the value breaks, described for a message; null when all hold. */
function facetProblem(b: Builtin, v: string, f: Facets): string | null {
  const numeric = NUMERIC.has(b);
  if (f.enumeration !== undefined) {
    const ok = numeric
      ? f.enumeration.some((e) => compareDecimal(parseDecimal(e), parseDecimal(v)) === 0)
      : f.enumeration.includes(v);
    if (!ok) return f.enumeration.length <= 8 ? `not one of ${f.enumeration.join(', ')}` : `not in its list of ${f.enumeration.length} allowed codes`;
  }
  if (f.pattern !== undefined && !f.pattern.some((p) => regex(p).test(v))) return 'does not match the required pattern';
  if (f.length !== undefined && lengthOf(b, v) !== f.length) return `length is not ${f.length}`;
  if (f.minLength !== undefined && lengthOf(b, v) < f.minLength) return `shorter than ${f.minLength}`;
  if (f.maxLength !== undefined && lengthOf(b, v) > f.maxLength) return `longer than ${f.maxLength}`;
  if (numeric) {
    const d = parseDecimal(v);
    if (f.totalDigits !== undefined) {
      const digits = (d.int + d.frac).replace(/^0+/, '').length;
      if (digits > f.totalDigits) return `more than ${f.totalDigits} digits`;
    }
    if (f.fractionDigits !== undefined && d.frac.length > f.fractionDigits) return `more than ${f.fractionDigits} fraction digits`;
    if (f.minInclusive !== undefined && compareDecimal(d, parseDecimal(f.minInclusive)) < 0) return `less than ${f.minInclusive}`;
    if (f.maxInclusive !== undefined && compareDecimal(d, parseDecimal(f.maxInclusive)) > 0) return `greater than ${f.maxInclusive}`;
    if (f.minExclusive !== undefined && compareDecimal(d, parseDecimal(f.minExclusive)) <= 0) return `not greater than ${f.minExclusive}`;
    if (f.maxExclusive !== undefined && compareDecimal(d, parseDecimal(f.maxExclusive)) >= 0) return `not less than ${f.maxExclusive}`;
  }
  return null;
}

export interface ValueCheck {
  /** The value after whitespace normalization. */
  readonly value: string;
  /** True when the value is outside the built-in type's lexical space (before any facet). */
  readonly lexical: boolean;
  /** Why it is invalid, or null when valid. */
  readonly problem: string | null;
}

/** Check a raw value (text or attribute value) against a simple type. */
export function checkValue(raw: string, def: SimpleTypeDef): ValueCheck {
  const value = normalizeSpace(raw, whiteSpaceOf(def));
  if (!inLexicalSpace(def.b, value)) return { value, lexical: true, problem: `not a valid xsd:${def.b}` };
  for (const f of def.f ?? []) {
    const p = facetProblem(def.b, value, f);
    if (p !== null) return { value, lexical: false, problem: p };
  }
  return { value, lexical: false, problem: null };
}

/** Whether two values of a simple type are equal in its value space (for `fixed`): numbers by value, others as normalized text. */
export function sameValue(a: string, b: string, def: SimpleTypeDef): boolean {
  const ws = whiteSpaceOf(def);
  const x = normalizeSpace(a, ws);
  const y = normalizeSpace(b, ws);
  if (NUMERIC.has(def.b) && DECIMAL_RE.test(x) && DECIMAL_RE.test(y)) return compareDecimal(parseDecimal(x), parseDecimal(y)) === 0;
  return x === y;
}
