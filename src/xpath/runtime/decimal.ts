/**
 * xs:decimal values: exact, with a fast form for the values invoices are made of.
 *
 * A value is either small, `m / 10^s` with `m` a safe integer and `0 <= s <= MAX_SCALE` (amounts,
 * rates, quantities: "1250.50" is m = 125050, s = 2), or big, a decimal.js value. Small values
 * are normalised (no trailing fraction zeros), so equal values have equal fields. Addition,
 * subtraction, multiplication, comparison, rounding and division by a power of ten stay small
 * while their exact result is small: plain integer arithmetic on doubles below 2^53, which is
 * exact, checked against the bound before it is trusted. Everything else, and every result that
 * would leave the bounds, goes to decimal.js, which stays the arithmetic of record; a small
 * value's decimal.js form is made from its canonical text on first use.
 *
 * Why: decimal.js takes 0.2-0.7 us per operation here (parse, add, multiply, round, divide);
 * the rules of a typical invoice make about two hundred, a tenth of their whole time. The small
 * form takes a few nanoseconds per operation.
 */
import { Decimal } from 'decimal.js';

/** decimal.js with enough significant digits that +, - and * on invoice amounts are exact. */
export const Big = Decimal.clone({ precision: 1000, rounding: Decimal.ROUND_DOWN, toExpNeg: -9e15, toExpPos: 9e15 });
export type Big = Decimal;

/** Rounding modes (decimal.js's numbering). */
export const ROUND_DOWN = Decimal.ROUND_DOWN;
export const ROUND_CEIL = Decimal.ROUND_CEIL;
export const ROUND_FLOOR = Decimal.ROUND_FLOOR;
export const ROUND_HALF_EVEN = Decimal.ROUND_HALF_EVEN;
/** Half toward positive infinity (fn:round). */
export const ROUND_HALF_CEIL = Decimal.ROUND_HALF_CEIL;
type Rounding = typeof ROUND_DOWN | typeof ROUND_CEIL | typeof ROUND_FLOOR | typeof ROUND_HALF_EVEN | typeof ROUND_HALF_CEIL;

const MAX_SCALE = 15;
const SAFE = Number.MAX_SAFE_INTEGER;
const POW10 = Array.from({ length: MAX_SCALE + 1 }, (_, k) => 10 ** k);
/** Fraction digits a quotient keeps, at least (Saxon-HE truncates to max(18, scales of the operands)). */
const DIVIDE_SCALE = 18;

export class XDecimal {
  static readonly ZERO = new XDecimal(0, 0, true, null);

  /** m / 10^s in the small form, normalised (m a safe integer, 0 <= s <= MAX_SCALE). */
  private static fit(m: number, s: number): XDecimal {
    if (m === 0) return XDecimal.ZERO;
    while (s > 0 && m % 10 === 0) {
      m /= 10;
      s--;
    }
    return new XDecimal(m, s, true, null);
  }

  /** The decimal.js form: always set for a big value; made on first use for a small one. */
  private bigForm: Big | null;

  private constructor(
    /** Small form (when `small`): the value is m / 10^s. */
    private readonly m: number,
    private readonly s: number,
    private readonly small: boolean,
    big: Big | null,
  ) {
    this.bigForm = big;
  }

  /** The value of a valid xs:decimal lexical form (optional sign, digits, optional point and digits). */
  static parse(text: string): XDecimal {
    let i = 0;
    let neg = false;
    if (text[0] === '-' || text[0] === '+') {
      neg = text[0] === '-';
      i = 1;
    }
    const dot = text.indexOf('.', i);
    const whole = dot < 0 ? text.slice(i) : text.slice(i, dot);
    const frac = dot < 0 ? '' : text.slice(dot + 1);
    const digits = (whole + frac).replace(/^0+/, '');
    if (digits.length <= 15 && frac.length <= MAX_SCALE) return XDecimal.fit(neg ? -Number(digits) : Number(digits), frac.length);
    return XDecimal.ofBig(new Big(dot === text.length - 1 ? text.slice(0, -1) : text));
  }

  static ofBigInt(v: bigint): XDecimal {
    return v >= -SAFE && v <= SAFE ? XDecimal.fit(Number(v), 0) : XDecimal.ofBig(new Big(v.toString()));
  }

  /** A finite double, as decimal.js reads it (its shortest round-trip digits). */
  static ofNumber(v: number): XDecimal {
    return Number.isInteger(v) && Math.abs(v) <= SAFE ? XDecimal.fit(v, 0) : XDecimal.ofBig(new Big(v));
  }

  /** A decimal.js value, in the small form when it fits. */
  static ofBig(d: Big): XDecimal {
    if (d.isZero()) return XDecimal.ZERO;
    if (d.decimalPlaces() <= MAX_SCALE && d.precision(true) <= 15) return XDecimal.parse(d.toFixed());
    return new XDecimal(0, 0, false, d);
  }

  /** The decimal.js form. */
  get big(): Big {
    return (this.bigForm ??= new Big(this.toString()));
  }

  isZero(): boolean {
    return this.small ? this.m === 0 : this.bigForm!.isZero();
  }

  isInteger(): boolean {
    return this.small ? this.s === 0 : this.bigForm!.isInteger();
  }

  /** Fraction digits (no trailing zeros). */
  decimalPlaces(): number {
    return this.small ? this.s : this.bigForm!.decimalPlaces();
  }

  neg(): XDecimal {
    return this.small ? XDecimal.fit(-this.m, this.s) : XDecimal.ofBig(this.bigForm!.neg());
  }

  abs(): XDecimal {
    if (this.small) return this.m < 0 ? XDecimal.fit(-this.m, this.s) : this;
    return this.bigForm!.isNeg() ? XDecimal.ofBig(this.bigForm!.abs()) : this;
  }

  plus(o: XDecimal): XDecimal {
    return this.add(o, 1);
  }

  minus(o: XDecimal): XDecimal {
    return this.add(o, -1);
  }

  /** this + sign * o. */
  private add(o: XDecimal, sign: 1 | -1): XDecimal {
    if (this.small && o.small) {
      const s = this.s > o.s ? this.s : o.s;
      const x = this.m * POW10[s - this.s]!;
      const y = sign * o.m * POW10[s - o.s]!;
      const r = x + y;
      if (Math.abs(x) <= SAFE && Math.abs(y) <= SAFE && Math.abs(r) <= SAFE) return XDecimal.fit(r, s);
    }
    return XDecimal.ofBig(sign === 1 ? this.big.plus(o.big) : this.big.minus(o.big));
  }

  times(o: XDecimal): XDecimal {
    if (this.small && o.small) {
      const r = this.m * o.m;
      // an exact product above the bound rounds to a double above it too
      if (Math.abs(r) <= SAFE && this.s + o.s <= MAX_SCALE) return XDecimal.fit(r, this.s + o.s);
    }
    return XDecimal.ofBig(this.big.times(o.big));
  }

  /**
   * The quotient as XPath 2.0 decimal division gives it in Saxon-HE: max(18, fraction digits of
   * either operand) fraction digits, truncated. The divisor is not zero.
   */
  div(o: XDecimal): XDecimal {
    if (this.small && o.small) {
      // by a power of ten: exact, and no more fraction digits than the scale keeps
      const k = powerOfTen(Math.abs(o.m));
      if (k >= 0) {
        const m = o.m < 0 ? -this.m : this.m;
        const s = this.s - o.s + k; // a / (±10^k / 10^o.s)
        if (s >= 0 && s <= MAX_SCALE) return XDecimal.fit(m, s);
        if (s < 0 && -s <= MAX_SCALE && Math.abs(m * POW10[-s]!) <= SAFE) return XDecimal.fit(m * POW10[-s]!, 0);
      }
    }
    const a = this.big;
    const b = o.big;
    const scale = Math.max(DIVIDE_SCALE, a.decimalPlaces(), b.decimalPlaces());
    // significant digits needed: the integer digits of the quotient plus `scale`, with margin
    const precision = Math.max(40, a.e - b.e + scale + 4);
    const q = divisionContext(precision).div(a, b);
    return XDecimal.ofBig(new Big(q).toDecimalPlaces(scale, ROUND_DOWN));
  }

  /** -1, 0 or 1. */
  cmp(o: XDecimal): number {
    if (this.small && o.small) {
      if (this.s === o.s) return this.m < o.m ? -1 : this.m > o.m ? 1 : 0;
      const s = this.s > o.s ? this.s : o.s;
      const x = this.m * POW10[s - this.s]!;
      const y = o.m * POW10[s - o.s]!;
      if (Math.abs(x) <= SAFE && Math.abs(y) <= SAFE) return x < y ? -1 : x > y ? 1 : 0;
    }
    return this.big.cmp(o.big);
  }

  /** Whether the value is the whole number `n`. */
  eq(n: number): boolean {
    return this.small ? this.s === 0 && this.m === n : this.bigForm!.eq(n);
  }

  /** Rounded to `dp` fraction digits (a negative `dp` rounds to tens, hundreds...). */
  round(dp: number, mode: Rounding): XDecimal {
    if (this.small && dp >= 0) {
      if (this.s <= dp) return this;
      const p = POW10[this.s - dp]!;
      const r = this.m % p; // the sign of m
      const q = (this.m - r) / p; // toward zero, exact
      return XDecimal.fit(q + roundingStep(r, p, q, mode), dp);
    }
    if (dp >= 0) return XDecimal.ofBig(this.big.toDecimalPlaces(dp, mode));
    const f = new Big(10).pow(-dp);
    return XDecimal.ofBig(this.big.div(f).toDecimalPlaces(0, mode).times(f));
  }

  floor(): XDecimal {
    return this.round(0, ROUND_FLOOR);
  }

  ceil(): XDecimal {
    return this.round(0, ROUND_CEIL);
  }

  trunc(): XDecimal {
    return this.round(0, ROUND_DOWN);
  }

  /** The canonical xs:decimal text: no exponent, no trailing fraction zeros, "0" for zero. */
  toString(): string {
    if (!this.small) return this.bigForm!.isZero() ? '0' : this.bigForm!.toFixed();
    const { m, s } = this;
    if (s === 0) return String(m);
    let digits = String(Math.abs(m));
    if (digits.length <= s) digits = '0'.repeat(s - digits.length + 1) + digits;
    const cut = digits.length - s;
    return `${m < 0 ? '-' : ''}${digits.slice(0, cut)}.${digits.slice(cut)}`;
  }

  /** The nearest double. */
  toNumber(): number {
    // both operands exact, and IEEE division rounds correctly
    return this.small ? this.m / POW10[this.s]! : Number(this.bigForm!.toString());
  }

  /** The value of a whole number as a bigint. */
  toBigInt(): bigint {
    return this.small && this.s === 0 ? BigInt(this.m) : BigInt(this.big.trunc().toFixed());
  }
}

/** k when n is 10^k (k <= MAX_SCALE), else -1. */
function powerOfTen(n: number): number {
  for (let k = 0; k <= MAX_SCALE; k++) if (POW10[k] === n) return k;
  return -1;
}

/**
 * What to add to the truncated quotient `q` of m / p, given the remainder `r` (sign of m,
 * |r| < p), to round by `mode`.
 */
function roundingStep(r: number, p: number, q: number, mode: Rounding): number {
  if (r === 0) return 0;
  const twice = 2 * Math.abs(r);
  switch (mode) {
    case ROUND_DOWN:
      return 0;
    case ROUND_FLOOR:
      return r < 0 ? -1 : 0;
    case ROUND_CEIL:
      return r > 0 ? 1 : 0;
    case ROUND_HALF_CEIL:
      // ties toward positive infinity: up from a positive remainder, stay (q is above) from a negative one
      return r > 0 ? (twice >= p ? 1 : 0) : twice > p ? -1 : 0;
    case ROUND_HALF_EVEN: {
      const away = twice > p || (twice === p && q % 2 !== 0);
      return away ? (r > 0 ? 1 : -1) : 0;
    }
  }
  return 0;
}

const divisionContexts = new Map<number, typeof Decimal>();

function divisionContext(precision: number): typeof Decimal {
  let ctor = divisionContexts.get(precision);
  if (ctor === undefined) {
    ctor = Decimal.clone({ precision, rounding: Decimal.ROUND_DOWN, toExpNeg: -9e15, toExpPos: 9e15 });
    divisionContexts.set(precision, ctor);
  }
  return ctor;
}
