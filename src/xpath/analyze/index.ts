export { Analyzer, positional, seqTypeToStatic, XSLT_NS } from './analyze.js';
export type { Focus, StaticContext } from './analyze.js';
export { XPathStaticError } from './errors.js';
export { lookupFunction, supportedFunctions, FN, XS } from './functions/index.js';
export * from './types.js';
