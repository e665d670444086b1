/** String functions (F&O chapter 7). */
import { T } from '../types.js';
import { fn, many } from './common.js';

export const stringFunctions = [
  fn('string', { args: [0, 1], params: ['seq'], result: T.str, impl: 'string', contextDefault: true }),
  fn('string-length', { args: [0, 1], params: ['str'], result: T.int, impl: 'stringLength', contextDefault: true }),
  fn('normalize-space', { args: [0, 1], params: ['str'], result: T.str, impl: 'normalizeSpace', contextDefault: true }),
  fn('upper-case', { args: 1, params: ['str'], result: T.str, impl: 'upperCase' }),
  fn('lower-case', { args: 1, params: ['str'], result: T.str, impl: 'lowerCase' }),
  fn('substring', { args: [2, 3], params: ['str', 'dbl', 'dbl'], result: T.str, impl: 'substring' }),
  fn('substring-before', { args: 2, params: ['str', 'str'], result: T.str, impl: 'substringBefore' }),
  fn('substring-after', { args: 2, params: ['str', 'str'], result: T.str, impl: 'substringAfter' }),
  fn('contains', { args: 2, params: ['str', 'str'], result: T.bool, impl: 'contains' }),
  fn('starts-with', { args: 2, params: ['str', 'str'], result: T.bool, impl: 'startsWith' }),
  fn('ends-with', { args: 2, params: ['str', 'str'], result: T.bool, impl: 'endsWith' }),
  fn('concat', { args: [2, Infinity], params: ['seq'], result: T.str, impl: 'concat' }),
  fn('string-join', { args: 2, params: ['seq', 'str'], result: T.str, impl: 'stringJoin' }),
  fn('translate', { args: 3, params: ['str', 'str', 'str'], result: T.str, impl: 'translate' }),
  fn('string-to-codepoints', { args: 1, params: ['str'], result: many('integer'), impl: 'stringToCodepoints' }),
  fn('codepoints-to-string', { args: 1, params: ['seq'], result: T.str, impl: 'codepointsToString' }),
  fn('matches', { args: [2, 3], params: ['str', 'str', 'str'], result: T.bool, impl: 'matches', regex: { pattern: 1, flags: 2 } }),
  fn('replace', { args: [3, 4], params: ['str', 'str', 'str', 'str'], result: T.str, impl: 'replace', regex: { pattern: 1, flags: 3, replacement: 2 } }),
  fn('tokenize', { args: [2, 3], params: ['str', 'str', 'str'], result: many('string'), impl: 'tokenize', regex: { pattern: 1, flags: 2 } }),
];
