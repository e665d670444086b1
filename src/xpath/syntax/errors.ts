import type { Span } from './ast.js';

/** A static error in an expression: syntax (XPST0003) or an unsupported/unknown construct found later. */
export class XPathSyntaxError extends Error {
  constructor(
    message: string,
    /** Where in the expression text (0-based offsets). */
    readonly span: Span,
    /** XPath error code, e.g. `XPST0003`. */
    readonly code: string = 'XPST0003',
  ) {
    super(message);
    this.name = 'XPathSyntaxError';
  }
}
