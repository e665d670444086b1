export * from './tree.js';
export { parseXml, DEFAULT_LIMITS } from './parser.js';
export type { ParseLimits, ParseResult, XmlError, XmlErrorCode } from './parser.js';
export { decodeXml } from './decode.js';
export { nodePath } from './path.js';
