/** Numeric functions: number, round, abs, floor, ceiling, round-half-to-even, sum, avg, min, max. */
import { Big, ROUND_HALF_CEIL, ROUND_HALF_EVEN, XDecimal } from './decimal.js';
import { arithNum } from './arith.js';
import { cast, parseDouble } from './casts.js';
import { compareAtomic, compareStrings } from './compare.js';
import { UntypedAtomic, XDate, XDateTime, atomize, atomizeOpt, fail, isNumeric, toDouble, typeOf, type Atomic, type Seq } from './values.js';

type Num = number | bigint | XDecimal;

/** fn:number: xs:double, NaN when not convertible (never an error). */
export function number(s: Seq): number {
  const v = atomizeOpt(s, 'number');
  if (v === null) return NaN;
  if (isNumeric(v)) return toDouble(v);
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'string' || v instanceof UntypedAtomic) return parseDouble(typeof v === 'string' ? v : v.value) ?? NaN;
  return NaN;
}

/** A numeric argument (`xs:numeric?`): untypedAtomic becomes xs:double; () is null. */
export function numArg(s: Seq, fn: string): Num | null {
  const v = atomizeOpt(s, fn);
  if (v === null) return null;
  if (isNumeric(v)) return v;
  if (v instanceof UntypedAtomic) return cast(v, 'double') as number;
  return fail('XPTY0004', `${fn}(): expected a number, got xs:${typeOf(v)}`);
}

export function round(v: Num): Num {
  if (typeof v === 'bigint') return v;
  if (typeof v === 'number') return Number.isFinite(v) ? Math.round(v) : v;
  return v.round(0, ROUND_HALF_CEIL);
}

export function roundHalfToEven(v: Num, precision = 0): Num {
  if (typeof v === 'bigint') {
    if (precision >= 0) return v;
    return XDecimal.ofBigInt(v).round(precision, ROUND_HALF_EVEN).toBigInt();
  }
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) return v;
    const d = new Big(v);
    const f = new Big(10).pow(precision);
    return Number(d.times(f).toDecimalPlaces(0, ROUND_HALF_EVEN).div(f).toString());
  }
  return v.round(precision, ROUND_HALF_EVEN);
}

export function abs(v: Num): Num {
  if (typeof v === 'bigint') return v < 0n ? -v : v;
  if (typeof v === 'number') return Math.abs(v);
  return v.abs();
}

export function floor(v: Num): Num {
  if (typeof v === 'bigint') return v;
  if (typeof v === 'number') return Math.floor(v);
  return v.floor();
}

export function ceiling(v: Num): Num {
  if (typeof v === 'bigint') return v;
  if (typeof v === 'number') return Math.ceil(v);
  return v.ceil();
}

function sumOperand(v: Atomic, fn: string): Num {
  if (isNumeric(v)) return v;
  if (v instanceof UntypedAtomic) return cast(v, 'double') as number;
  return fail('FORG0006', `${fn}(): cannot add a value of type xs:${typeOf(v)}`);
}

/** fn:sum: untypedAtomic items count as xs:double; sum(()) is the integer 0 (or `zero`). */
export function sum(s: Seq, zero?: Seq): Seq {
  const vs = atomize(s);
  if (vs.length === 0) return zero ?? [0n];
  let acc = sumOperand(vs[0]!, 'sum');
  for (let i = 1; i < vs.length; i++) acc = arithNum('+', acc, sumOperand(vs[i]!, 'sum'));
  return [acc];
}

export function avg(s: Seq): Seq {
  const vs = atomize(s);
  if (vs.length === 0) return [];
  const total = sum(vs)[0] as Num;
  if (typeof total === 'number') return [total / vs.length];
  const t = typeof total === 'bigint' ? XDecimal.ofBigInt(total) : total;
  return [t.div(XDecimal.ofBigInt(BigInt(vs.length)))];
}

function minMax(s: Seq, fn: 'min' | 'max'): Seq {
  const vs = atomize(s).map((v) => (v instanceof UntypedAtomic ? (cast(v, 'double') as number) : v));
  if (vs.length === 0) return [];
  let best = vs[0]!;
  if (!isNumeric(best) && typeof best !== 'string' && !(best instanceof XDate) && !(best instanceof XDateTime) && typeof best !== 'boolean') fail('FORG0006', `${fn}(): unsupported type`);
  let sawDouble = typeof best === 'number';
  let sawNaN = typeof best === 'number' && Number.isNaN(best);
  for (let i = 1; i < vs.length; i++) {
    const v = vs[i]!;
    if (isNumeric(best) !== isNumeric(v)) fail('FORG0006', `${fn}(): values of incomparable types`);
    if (typeof v === 'number') {
      sawDouble = true;
      if (Number.isNaN(v)) sawNaN = true;
    }
    if (typeof v === 'string' && typeof best === 'string') {
      const c = compareStrings(v, best);
      if (fn === 'min' ? c < 0 : c > 0) best = v;
    } else if (compareAtomic(fn === 'min' ? 'lt' : 'gt', v, best)) best = v;
  }
  if (sawNaN) return [NaN];
  if (sawDouble && isNumeric(best) && typeof best !== 'number') return [toDouble(best)];
  if (isNumeric(best) && vs.some((v) => v instanceof XDecimal) && typeof best === 'bigint') return [XDecimal.ofBigInt(best)];
  return [best];
}

export function min(s: Seq): Seq {
  return minMax(s, 'min');
}

export function max(s: Seq): Seq {
  return minMax(s, 'max');
}
