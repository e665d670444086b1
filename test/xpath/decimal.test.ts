import { describe, expect, it } from 'vitest';
import { Decimal } from 'decimal.js';
import { ROUND_CEIL, ROUND_DOWN, ROUND_FLOOR, ROUND_HALF_CEIL, ROUND_HALF_EVEN, XDecimal } from '../../src/xpath/runtime/decimal.js';

// XDecimal computes small values with integer arithmetic on doubles and everything else with
// decimal.js. Differential: every operation must give what decimal.js gives on the same values.
const Ref = Decimal.clone({ precision: 1000, rounding: Decimal.ROUND_DOWN, toExpNeg: -9e15, toExpPos: 9e15 });
const text = (d: Decimal): string => (d.isZero() ? '0' : d.toFixed());

function refDivide(a: Decimal, b: Decimal): Decimal {
  const scale = Math.max(18, a.decimalPlaces(), b.decimalPlaces());
  const ctx = Decimal.clone({ precision: Math.max(40, a.e - b.e + scale + 4), rounding: Decimal.ROUND_DOWN, toExpNeg: -9e15, toExpPos: 9e15 });
  return new Ref(ctx.div(a, b)).toDecimalPlaces(scale, Decimal.ROUND_DOWN);
}

/** Deterministic values: amounts, rates, tiny and huge numbers, values at the 2^53 bound. */
function values(): string[] {
  let seed = 12345;
  const rnd = (n: number): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  const out = ['0', '-0', '1', '-1', '0.5', '-0.5', '2.5', '-2.5', '100', '0.01', '10', '1000000', '9007199254740991', '-9007199254740991', '9007199254740992', '99999999999999.99', '0.000000000000001', '0.0000000000000001', '123456789012345678901234567890.123', '007.50', '5.', '.25', '+3.10'];
  for (let i = 0; i < 120; i++) {
    const whole = String(rnd(10) < 2 ? rnd(10) : rnd(10) < 5 ? rnd(100000) : rnd(1000000000) * 1000 + rnd(1000));
    const frac = String(rnd(1000000)).padStart(6, '0').slice(0, rnd(8));
    out.push(`${rnd(3) === 0 ? '-' : ''}${whole}${frac === '' ? '' : `.${frac}`}`);
  }
  return out;
}

const VALUES = values();
const refOf = (t: string): Decimal => new Ref(t.endsWith('.') ? t.slice(0, -1) : t);

describe('XDecimal against decimal.js', () => {
  it('reads and writes the canonical text', () => {
    for (const t of VALUES) expect(XDecimal.parse(t).toString(), t).toBe(text(refOf(t)));
    expect(XDecimal.parse('007.50').toString()).toBe('7.5');
    expect(XDecimal.parse('-0.050').toString()).toBe('-0.05');
    expect(XDecimal.parse('-0').toString()).toBe('0');
  });

  it('adds, subtracts, multiplies and compares exactly', () => {
    for (const a of VALUES) {
      for (const b of VALUES) {
        const x = XDecimal.parse(a);
        const y = XDecimal.parse(b);
        const ra = refOf(a);
        const rb = refOf(b);
        expect(x.plus(y).toString(), `${a} + ${b}`).toBe(text(ra.plus(rb)));
        expect(x.minus(y).toString(), `${a} - ${b}`).toBe(text(ra.minus(rb)));
        expect(x.times(y).toString(), `${a} * ${b}`).toBe(text(ra.times(rb)));
        expect(x.cmp(y), `${a} cmp ${b}`).toBe(ra.cmp(rb));
      }
    }
  });

  it('divides as Saxon-HE does: max(18, scales) fraction digits, truncated', () => {
    const divisors = ['100', '10', '1', '0.01', '-100', '3', '7', '0.25', '-1.5', '1000000000000000', '123456789.123', ...VALUES.slice(0, 40)];
    for (const a of VALUES) {
      for (const b of divisors) {
        if (refOf(b).isZero()) continue;
        expect(XDecimal.parse(a).div(XDecimal.parse(b)).toString(), `${a} div ${b}`).toBe(text(refDivide(refOf(a), refOf(b))));
      }
    }
  });

  it('rounds by each mode, to whole numbers, fraction digits and tens', () => {
    const modes = [ROUND_DOWN, ROUND_CEIL, ROUND_FLOOR, ROUND_HALF_EVEN, ROUND_HALF_CEIL] as const;
    const ties = ['0.5', '1.5', '2.5', '-0.5', '-1.5', '-2.5', '0.05', '-0.05', '0.125', '-0.125', '25', '-25', '150', '-250'];
    for (const t of [...VALUES, ...ties]) {
      for (const mode of modes) {
        for (const dp of [-2, -1, 0, 1, 2, 6]) {
          const want = dp >= 0 ? refOf(t).toDecimalPlaces(dp, mode) : refOf(t).div(new Ref(10).pow(-dp)).toDecimalPlaces(0, mode).times(new Ref(10).pow(-dp));
          expect(XDecimal.parse(t).round(dp, mode).toString(), `${t} round ${dp} mode ${mode}`).toBe(text(want));
        }
      }
      expect(XDecimal.parse(t).floor().toString()).toBe(text(refOf(t).floor()));
      expect(XDecimal.parse(t).ceil().toString()).toBe(text(refOf(t).ceil()));
      expect(XDecimal.parse(t).trunc().toString()).toBe(text(refOf(t).trunc()));
    }
    // fn:round: ties toward positive infinity
    expect(XDecimal.parse('-2.5').round(0, ROUND_HALF_CEIL).toString()).toBe('-2');
    expect(XDecimal.parse('2.5').round(0, ROUND_HALF_CEIL).toString()).toBe('3');
    expect(XDecimal.parse('2.5').round(0, ROUND_HALF_EVEN).toString()).toBe('2');
  });

  it('converts to doubles and integers, and keeps signs and magnitudes', () => {
    for (const t of VALUES) {
      const x = XDecimal.parse(t);
      expect(x.toNumber(), t).toBe(Number(text(refOf(t))));
      expect(x.abs().toString()).toBe(text(refOf(t).abs()));
      expect(x.neg().toString()).toBe(text(refOf(t).neg()));
      expect(x.isInteger()).toBe(refOf(t).isInteger());
      expect(x.decimalPlaces()).toBe(refOf(t).decimalPlaces());
      if (x.isInteger()) expect(x.toBigInt()).toBe(BigInt(text(refOf(t))));
    }
    expect(XDecimal.ofBigInt(12345678901234567890n).toString()).toBe('12345678901234567890');
    expect(XDecimal.ofNumber(0.1).toString()).toBe('0.1');
    expect(XDecimal.parse('3').eq(3)).toBe(true);
    expect(XDecimal.parse('3.5').eq(3)).toBe(false);
  });
});
