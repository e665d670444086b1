/**
 * Standalone XPath compilation: a list of expressions to an ES module exporting
 * `evaluators`, each `(contextNode, doc) => Seq` (or null when the expression was refused).
 * Used by tests and the differential runner; rule packs go through src/schematron/compile.ts.
 */
import { Analyzer } from '../analyze/analyze.js';
import { XPathStaticError } from '../analyze/errors.js';
import type { UserFunction } from '../analyze/types.js';
import { parseXPath } from '../syntax/parser.js';
import { XPathSyntaxError } from '../syntax/errors.js';
import { Code, Hoister, NameTable, _, join } from './code.js';
import { ExprEmitter } from './expr.js';

export interface XPathModuleOptions {
  readonly namespaces: ReadonlyMap<string, string>;
  readonly runtimeImport: string;
}

export interface XPathModule {
  readonly text: string;
  /** Per expression: null when compiled, else the refusal. */
  readonly errors: readonly (XPathSyntaxError | XPathStaticError | null)[];
}

export function compileXPathModule(expressions: readonly string[], opts: XPathModuleOptions): XPathModule {
  const names = new NameTable();
  const hoist = new Hoister(names);
  const em = new ExprEmitter(names, hoist);
  const a = new Analyzer({ namespaces: opts.namespaces, functions: new Map<string, UserFunction>(), ids: { next: 0 } });
  const fns: Code[] = [];
  const errors = expressions.map((x) => {
    try {
      const r = a.analyze(parseXPath(x), new Map(), 'node');
      fns.push(_`(c, S) => ${em.seq(em.emit(r))}`);
      return null;
    } catch (e) {
      if (e instanceof XPathSyntaxError || e instanceof XPathStaticError) {
        fns.push(_`null`);
        return e;
      }
      throw e;
    }
  });
  const text = _`import * as rt from ${opts.runtimeImport};
${hoist.code()}
const FNS = [
  ${join(fns, ',\n  ')}
];
export const evaluators = FNS.map((f) => f === null ? null : (node, doc) => f(node, { D: new rt.DocState(doc), lang: "en", cur: -1, now: new Date() }));
`;
  return { text: text.text, errors };
}
