/** Boolean and sequence functions (F&O chapters 9 and 15) and the focus functions. */
import { T, type StaticType } from '../types.js';
import { fn, many } from './common.js';

const same = (args: readonly StaticType[]): StaticType => args[0] ?? T.items;

export const sequenceFunctions = [
  fn('true', { args: 0, params: [], result: T.bool, impl: 'true' }),
  fn('false', { args: 0, params: [], result: T.bool, impl: 'false' }),
  fn('not', { args: 1, params: ['ebv'], result: T.bool, impl: 'not' }),
  fn('boolean', { args: 1, params: ['ebv'], result: T.bool, impl: 'boolean' }),
  fn('exists', { args: 1, params: ['seq'], result: T.bool, impl: 'exists' }),
  fn('empty', { args: 1, params: ['seq'], result: T.bool, impl: 'empty' }),
  fn('count', { args: 1, params: ['seq'], result: T.int, impl: 'count' }),
  fn('distinct-values', { args: 1, params: ['seq'], result: (a) => many(a[0]?.item === 'node' || a[0]?.item === 'untyped' ? 'string' : a[0]?.item === 'item' || a[0] === undefined ? 'atomic' : a[0].item), impl: 'distinctValues' }),
  fn('reverse', { args: 1, params: ['seq'], result: (a) => T.of(a[0]?.item ?? 'item', '*'), impl: 'reverse' }),
  fn('data', { args: 1, params: ['seq'], result: (a) => T.of(a[0]?.item === 'node' || a[0]?.item === undefined ? 'untyped' : a[0].item === 'item' ? 'atomic' : a[0].item, a[0]?.card ?? '*'), impl: 'atomize' }),
  fn('exactly-one', { args: 1, params: ['seq'], result: (a) => T.of(a[0]?.item ?? 'item', '1'), impl: 'exactlyOne' }),
  fn('zero-or-one', { args: 1, params: ['seq'], result: (a) => T.of(a[0]?.item ?? 'item', '?'), impl: 'zeroOrOne' }),
  fn('one-or-more', { args: 1, params: ['seq'], result: same, impl: 'oneOrMore' }),
  fn('position', { args: 0, params: [], result: T.int, impl: 'position', focus: 'position' }),
  fn('last', { args: 0, params: [], result: T.int, impl: 'last', focus: 'last' }),
];
