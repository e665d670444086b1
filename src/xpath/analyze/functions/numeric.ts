/** Numeric functions (F&O chapter 6) and aggregates (15.4). */
import { T, type StaticType } from '../types.js';
import { fn, opt, sameNumeric } from './common.js';

function aggregate(args: readonly StaticType[]): StaticType {
  const a = args[0];
  const item = a === undefined || a.item === 'node' || a.item === 'untyped' ? 'double' : a.item === 'integer' || a.item === 'decimal' || a.item === 'double' ? a.item : 'atomic';
  return T.of(item, '?');
}

export const numericFunctions = [
  fn('number', { args: [0, 1], params: ['seq'], result: T.dbl, impl: 'number', contextDefault: true }),
  fn('round', { args: 1, params: ['seq'], result: sameNumeric, impl: 'fnRound' }),
  fn('round-half-to-even', { args: [1, 2], params: ['seq', 'seq'], result: sameNumeric, impl: 'fnRoundHalfToEven' }),
  fn('abs', { args: 1, params: ['seq'], result: sameNumeric, impl: 'fnAbs' }),
  fn('floor', { args: 1, params: ['seq'], result: sameNumeric, impl: 'fnFloor' }),
  fn('ceiling', { args: 1, params: ['seq'], result: sameNumeric, impl: 'fnCeiling' }),
  fn('sum', {
    args: [1, 2],
    params: ['seq', 'seq'],
    result: (args) => {
      const t = aggregate(args);
      return T.of(t.item === 'double' ? 'numeric' : t.item === 'integer' ? 'integer' : 'numeric', args.length === 1 ? '1' : '?');
    },
    impl: 'sum',
  }),
  fn('avg', { args: 1, params: ['seq'], result: () => opt('numeric'), impl: 'avg' }),
  fn('min', { args: 1, params: ['seq'], result: aggregate, impl: 'min' }),
  fn('max', { args: 1, params: ['seq'], result: aggregate, impl: 'max' }),
];
