export * from './ast.js';
export { XPathSyntaxError } from './errors.js';
export { tokenize } from './lexer.js';
export type { Token, TokenType } from './lexer.js';
export { parseXPath, parsePattern, parseSequenceType, splitQName } from './parser.js';
