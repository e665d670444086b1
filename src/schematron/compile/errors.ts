import type { SourceSpan } from '../ir.js';
import type { Span } from '../../xpath/syntax/ast.js';
import { XPathSyntaxError } from '../../xpath/syntax/errors.js';
import { XPathStaticError } from '../../xpath/analyze/errors.js';

/** Where a compile error is, as data. */
export interface CompileErrorDetails {
  /** XPath error code (XPST0003 syntax, XPST0008/0017/0081 unknown names) or `UNSUPPORTED`. */
  readonly code: string;
  /** The assertion or rule id, when the construct has one. */
  readonly ruleId: string | null;
  /** What was being compiled: `assert test`, `rule context`, `let $x`, `value-of`, `function u:f`... */
  readonly construct: string;
  /** The expression text. */
  readonly expression: string;
  /** Offsets of the fault within the expression (0-based, end exclusive). */
  readonly exprSpan: Span | null;
  /** The element in the .sch file. */
  readonly source: SourceSpan;
}

/** The compiler refused a construct (syntax error, unknown name, or something it does not support). */
export class SchematronCompileError extends Error {
  constructor(
    readonly reason: string,
    readonly details: CompileErrorDetails,
  ) {
    const d = details;
    super(`${d.source.file}:${d.source.line}:${d.source.column}${d.ruleId === null ? '' : ` [${d.ruleId}]`} ${d.construct}: ${reason} (${d.code})${d.expression === '' ? '' : ` in: ${d.expression.trim().replace(/\s+/g, ' ')}`}`);
    this.name = 'SchematronCompileError';
  }
}

export interface Site {
  readonly ruleId: string | null;
  readonly construct: string;
  readonly expression: string;
  readonly source: SourceSpan;
}

/** Run `f`, turning syntax and static errors into a SchematronCompileError for `site`. */
export function at<T>(site: Site, f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof XPathSyntaxError || e instanceof XPathStaticError)
      throw new SchematronCompileError(e.message, { code: e.code, ruleId: site.ruleId, construct: site.construct, expression: site.expression, exprSpan: e.span, source: site.source });
    throw e;
  }
}

export function refuse(site: Site, reason: string, code = 'UNSUPPORTED'): never {
  throw new SchematronCompileError(reason, { code, ruleId: site.ruleId, construct: site.construct, expression: site.expression, exprSpan: null, source: site.source });
}
