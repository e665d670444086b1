/** Date functions and the xs: constructor functions (casts). */
import { T } from '../types.js';
import { XS, fn } from './common.js';

export const dateFunctions = [fn('current-date', { args: 0, params: [], result: T.of('date', '1'), impl: 'currentDate' })];

/** xs:T($arg) is `$arg cast as xs:T?`: the emitter handles impl `cast:T`. */
export const constructorFunctions = (['string', 'boolean', 'decimal', 'integer', 'double', 'date', 'dateTime', 'untypedAtomic'] as const).map((t) =>
  fn(t, { args: 1, params: ['seq'], result: T.of(t === 'untypedAtomic' ? 'untyped' : t, '?'), impl: `cast:${t}` }, XS),
);
