/**
 * The XPath data model at validation time.
 *
 * Items are plain JavaScript values, told apart by `typeof` and class:
 * - nodes: the XmlNode objects of src/xml/tree.ts;
 * - xs:string: string; xs:boolean: boolean; xs:double: number;
 * - xs:integer: bigint (arbitrary precision); xs:decimal: XDecimal (./decimal.ts, exact);
 * - xs:untypedAtomic: UntypedAtomic (what element and attribute nodes atomize to);
 * - xs:date: XDate.
 * A sequence is a readonly array of items.
 */
import { XDecimal } from './decimal.js';
import type { XmlNode, XmlProcessingInstruction } from '../../xml/tree.js';
import { stringValue } from '../../xml/tree.js';


export class UntypedAtomic {
  constructor(readonly value: string) {}
}

/** An xs:date. `tz` is the timezone offset in minutes, or null when the value has none. */
export class XDate {
  constructor(
    readonly year: number,
    readonly month: number,
    readonly day: number,
    readonly tz: number | null,
  ) {}
}

/** An xs:dateTime. `seconds` may have a fraction; `tz` in minutes or null. */
export class XDateTime {
  constructor(
    readonly year: number,
    readonly month: number,
    readonly day: number,
    readonly hour: number,
    readonly minute: number,
    readonly seconds: number,
    readonly tz: number | null,
  ) {}
}

export type Atomic = string | boolean | number | bigint | XDecimal | UntypedAtomic | XDate | XDateTime;
export type Item = XmlNode | Atomic;
export type Seq = readonly Item[];

/** A dynamic XPath error (FORG0001, XPTY0004, ...). The pack turns it into RuleEvaluationError. */
export class XPathDynamicError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(`${code}: ${message}`);
    this.name = 'XPathDynamicError';
  }
}

export function fail(code: string, message: string): never {
  throw new XPathDynamicError(code, message);
}

export const EMPTY: Seq = Object.freeze([]) as Seq;

export function isNode(v: Item): v is XmlNode {
  // Tree nodes are the only items with an `order` (document-order index).
  return typeof v === 'object' && (v as { order?: unknown }).order !== undefined;
}

export function isDecimal(v: unknown): v is XDecimal {
  return v instanceof XDecimal;
}

export function isNumeric(v: Item): v is number | bigint | XDecimal {
  return typeof v === 'number' || typeof v === 'bigint' || v instanceof XDecimal;
}

/** A numeric value as the nearest xs:double. */
export function toDouble(v: number | bigint | XDecimal): number {
  return typeof v === 'number' ? v : typeof v === 'bigint' ? Number(v.toString()) : v.toNumber();
}

export type TypeName = 'string' | 'boolean' | 'double' | 'integer' | 'decimal' | 'untypedAtomic' | 'date' | 'dateTime' | 'node';

export function typeOf(v: Item): TypeName {
  switch (typeof v) {
    case 'string':
      return 'string';
    case 'boolean':
      return 'boolean';
    case 'number':
      return 'double';
    case 'bigint':
      return 'integer';
    default:
      if (v instanceof XDecimal) return 'decimal';
      if (v instanceof UntypedAtomic) return 'untypedAtomic';
      if (v instanceof XDate) return 'date';
      if (v instanceof XDateTime) return 'dateTime';
      return 'node';
  }
}

/**
 * The string value of a node. Document-level processing instructions (kept by the tree beside
 * the root) travel through the runtime typed as XmlNode; their string value is their content.
 */
export function nodeString(n: XmlNode): string {
  const k = (n as XmlNode | XmlProcessingInstruction).kind;
  return k === 'processing-instruction' ? (n as unknown as XmlProcessingInstruction).value : stringValue(n);
}

export function isPI(n: XmlNode): boolean {
  return (n as XmlNode | XmlProcessingInstruction).kind === 'processing-instruction';
}

export function atomizeItem(v: Item): Atomic {
  if (!isNode(v)) return v;
  // a processing instruction's typed value is its content as xs:string
  return isPI(v) ? nodeString(v) : new UntypedAtomic(stringValue(v));
}

export function atomize(s: Seq): Atomic[] {
  const out: Atomic[] = [];
  for (const v of s) out.push(atomizeItem(v));
  return out;
}

/** Atomize a sequence expected to hold at most one item; more is XPTY0004. */
export function atomizeOpt(s: Seq, what: string): Atomic | null {
  if (s.length === 0) return null;
  if (s.length > 1) fail('XPTY0004', `${what}: a sequence of ${s.length} items where at most one is allowed`);
  return atomizeItem(s[0]!);
}

// ---------------------------------------------------------------- string forms

function doubleToString(d: number): string {
  if (Number.isNaN(d)) return 'NaN';
  if (d === Infinity) return 'INF';
  if (d === -Infinity) return '-INF';
  if (d === 0) return Object.is(d, -0) ? '-0' : '0';
  const a = Math.abs(d);
  if (a >= 1e-6 && a < 1e6) {
    // JavaScript gives the shortest round-trip digits; below 1e21 and above 1e-7 it uses no exponent.
    return String(d);
  }
  const [mant, exp] = d.toExponential().split('e') as [string, string];
  const m = mant.includes('.') ? mant : `${mant}.0`;
  return `${m}E${exp.startsWith('+') ? exp.slice(1) : exp}`;
}

function pad(n: number, w: number): string {
  const s = String(Math.abs(n)).padStart(w, '0');
  return n < 0 ? `-${s}` : s;
}

export function tzToString(tz: number | null): string {
  if (tz === null) return '';
  if (tz === 0) return 'Z';
  const a = Math.abs(tz);
  return `${tz < 0 ? '-' : '+'}${pad(Math.floor(a / 60), 2)}:${pad(a % 60, 2)}`;
}

export function dateToString(d: XDate): string {
  return `${pad(d.year, 4)}-${pad(d.month, 2)}-${pad(d.day, 2)}${tzToString(d.tz)}`;
}

export function dateTimeToString(d: XDateTime): string {
  const whole = Math.floor(d.seconds);
  const frac = d.seconds - whole === 0 ? '' : String(d.seconds).slice(String(whole).length);
  return `${pad(d.year, 4)}-${pad(d.month, 2)}-${pad(d.day, 2)}T${pad(d.hour, 2)}:${pad(d.minute, 2)}:${pad(whole, 2)}${frac}${tzToString(d.tz)}`;
}

/** The string value of an atomic value (cast as xs:string). */
export function atomicToString(v: Atomic): string {
  switch (typeof v) {
    case 'string':
      return v;
    case 'boolean':
      return v ? 'true' : 'false';
    case 'number':
      return doubleToString(v);
    case 'bigint':
      return v.toString();
    default:
      if (v instanceof XDecimal) return v.toString();
      if (v instanceof UntypedAtomic) return v.value;
      if (v instanceof XDateTime) return dateTimeToString(v);
      return dateToString(v);
  }
}

export function itemToString(v: Item): string {
  return isNode(v) ? nodeString(v) : atomicToString(v);
}

