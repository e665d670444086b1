/** Node name functions (F&O chapter 14). */
import { T } from '../types.js';
import { fn } from './common.js';

export const nodeFunctions = [
  fn('name', { args: [0, 1], params: ['seq'], result: T.str, impl: 'nodeName', contextDefault: true }),
  fn('local-name', { args: [0, 1], params: ['seq'], result: T.str, impl: 'localName', contextDefault: true }),
  fn('namespace-uri', { args: [0, 1], params: ['seq'], result: T.str, impl: 'namespaceUri', contextDefault: true }),
  fn('root', { args: [0, 1], params: ['seq'], result: T.of('node', '?'), impl: 'rootNode', contextDefault: true }),
];
