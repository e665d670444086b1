import type { Span } from '../syntax/ast.js';

/**
 * A static error found while resolving an expression: unknown prefix, variable or function,
 * or a construct the compiler does not support (it refuses rather than guess).
 */
export class XPathStaticError extends Error {
  constructor(
    message: string,
    readonly span: Span,
    /** XPST0008 unknown variable, XPST0017 unknown function, XPST0081 unknown prefix, XPST0003 syntax, or `UNSUPPORTED`. */
    readonly code: string,
  ) {
    super(message);
    this.name = 'XPathStaticError';
  }
}
