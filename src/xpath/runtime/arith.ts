/**
 * Arithmetic with the XPath 2.0 numeric type promotion:
 * integer (bigint, exact) < decimal (XDecimal, exact) < double (IEEE). untypedAtomic operands
 * become xs:double (FORG0001 when not numeric). Integer `div` integer is a decimal.
 * Decimal division keeps max(18, scales) fraction digits, truncated (as Saxon-HE does).
 */
import { XDecimal } from './decimal.js';
import { cast } from './casts.js';
import { UntypedAtomic, atomizeOpt, fail, isNumeric, toDouble, typeOf, type Atomic, type Seq } from './values.js';

export type ArithOp = '+' | '-' | '*' | 'div' | 'idiv' | 'mod';
type Num = number | bigint | XDecimal;

function toNumeric(v: Atomic, op: string): Num {
  if (isNumeric(v)) return v;
  if (v instanceof UntypedAtomic) return cast(v, 'double') as number;
  return fail('XPTY0004', `arithmetic operator '${op}' applied to xs:${typeOf(v)}`);
}

/** Small integers as decimals, made once (`* 100`, `div 100` and the like in amount rules). */
const smallIntegers = new Map<bigint, XDecimal>();

function toDec(v: bigint | XDecimal): XDecimal {
  if (typeof v !== 'bigint') return v;
  if (v > 100_000n || v < -100_000n) return XDecimal.ofBigInt(v);
  let d = smallIntegers.get(v);
  if (d === undefined) {
    d = XDecimal.ofBigInt(v);
    if (smallIntegers.size < 4096) smallIntegers.set(v, d);
  }
  return d;
}

/** Decimal division: max(18, scales) fraction digits, truncated (as Saxon-HE does). */
export function decimalDivide(a: XDecimal, b: XDecimal): XDecimal {
  if (b.isZero()) fail('FOAR0001', 'decimal division by zero');
  return a.div(b);
}

/** `a mod b` on two xs:integers (compiled integer arithmetic). */
export function integerMod(a: bigint, b: bigint): bigint {
  if (b === 0n) fail('FOAR0001', 'modulus by zero');
  return a % b;
}

/** `a idiv b` on two xs:integers (compiled integer arithmetic). */
export function integerDiv(a: bigint, b: bigint): bigint {
  if (b === 0n) fail('FOAR0001', 'integer division by zero');
  return a / b;
}

/** `a op b` on two numeric values. */
export function arithNum(op: ArithOp, a: Num, b: Num): Num {
  if (typeof a === 'number' || typeof b === 'number') {
    const x = toDouble(a);
    const y = toDouble(b);
    switch (op) {
      case '+':
        return x + y;
      case '-':
        return x - y;
      case '*':
        return x * y;
      case 'div':
        return x / y;
      case 'mod':
        return x % y;
      case 'idiv': {
        if (y === 0) fail('FOAR0001', 'integer division by zero');
        if (!Number.isFinite(x) || Number.isNaN(y)) fail('FOAR0002', 'idiv of NaN or infinity');
        const q = Math.trunc(x / y);
        return BigInt(q);
      }
    }
  }
  if (typeof a === 'bigint' && typeof b === 'bigint') {
    switch (op) {
      case '+':
        return a + b;
      case '-':
        return a - b;
      case '*':
        return a * b;
      case 'div':
        return decimalDivide(toDec(a), toDec(b));
      case 'idiv':
        return integerDiv(a, b);
      case 'mod':
        return integerMod(a, b);
    }
  }
  const x = toDec(a as bigint | XDecimal);
  const y = toDec(b as bigint | XDecimal);
  switch (op) {
    case '+':
      return x.plus(y);
    case '-':
      return x.minus(y);
    case '*':
      return x.times(y);
    case 'div':
      return decimalDivide(x, y);
    case 'idiv':
      if (y.isZero()) fail('FOAR0001', 'integer division by zero');
      return BigInt(x.big.div(y.big).trunc().toFixed());
    case 'mod': {
      if (y.isZero()) fail('FOAR0001', 'modulus by zero');
      return XDecimal.ofBig(x.big.minus(y.big.times(x.big.div(y.big).trunc())));
    }
  }
}

/** Binary arithmetic on sequences: empty if either side is empty; each side at most one item. */
export function arith(op: ArithOp, l: Seq, r: Seq): Num[] {
  const a = atomizeOpt(l, op);
  if (a === null) return [];
  const b = atomizeOpt(r, op);
  if (b === null) return [];
  return [arithNum(op, toNumeric(a, op), toNumeric(b, op))];
}

export function negate(s: Seq): Num[] {
  const a = atomizeOpt(s, '-');
  if (a === null) return [];
  const v = toNumeric(a, '-');
  if (typeof v === 'number') return [-v];
  if (typeof v === 'bigint') return [-v];
  return [v.neg()];
}

export function unaryPlus(s: Seq): Num[] {
  const a = atomizeOpt(s, '+');
  if (a === null) return [];
  return [toNumeric(a, '+')];
}

/** `a to b`: integers from a to b (empty when a > b or either is empty). */
export function range(l: Seq, r: Seq): bigint[] {
  const a = atomizeOpt(l, 'to');
  const b = atomizeOpt(r, 'to');
  if (a === null || b === null) return [];
  const x = cast(a instanceof UntypedAtomic ? a : a, 'integer') as bigint;
  const y = cast(b, 'integer') as bigint;
  if (typeof a !== 'bigint' && !(a instanceof UntypedAtomic)) fail('XPTY0004', "operand of 'to' is not an xs:integer");
  if (typeof b !== 'bigint' && !(b instanceof UntypedAtomic)) fail('XPTY0004', "operand of 'to' is not an xs:integer");
  if (y - x > 10_000_000n) fail('XPDY0130', 'range too large');
  const out: bigint[] = [];
  for (let i = x; i <= y; i++) out.push(i);
  return out;
}

export { toNumeric };
