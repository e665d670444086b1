/**
 * Rule contexts (XSLT match patterns) to matcher functions and dispatch keys.
 * A path pattern is matched right to left: the last step against the node, then each
 * connector (`/`: the parent, `//`: some ancestor) against the previous step.
 */
import type { ParenPattern, Pattern, PathPattern, PatternStep } from '../../xpath/syntax/ast.js';
import type { Analyzer } from '../../xpath/analyze/analyze.js';
import { positional } from '../../xpath/analyze/analyze.js';
import type { RExpr, ResolvedTest, VarBinding } from '../../xpath/analyze/types.js';
import { FN } from '../../xpath/analyze/functions/common.js';
import { XPathStaticError } from '../../xpath/analyze/errors.js';
import { Code, Name, _, join } from '../../xpath/emit/code.js';
import type { ExprEmitter } from '../../xpath/emit/expr.js';

export type ContextKeyCode = Code;

function resolveTest(a: Analyzer, s: PatternStep): ResolvedTest {
  const t = s.test;
  const principal: 1 | 2 = s.axis === 'attribute' ? 2 : 1;
  switch (t.kind) {
    case 'name':
      return { kind: principal, ns: t.prefix === null ? null : t.prefix === '' ? '' : a.resolvePrefix(t.prefix, s.span), local: t.local };
    case 'node':
      return { kind: s.axis === 'attribute' ? 2 : 0, ns: null, local: null };
    case 'element':
      return { kind: 1, ns: null, local: null };
    case 'attribute':
      return { kind: 2, ns: null, local: null };
    case 'text':
      return { kind: 3, ns: null, local: null };
    default:
      throw new XPathStaticError(`${t.kind}() is not supported in a rule context`, s.span, 'UNSUPPORTED');
  }
}

export interface CompiledMatch {
  /** Function declarations to add to the module. */
  readonly decls: Code[];
  /** Name of the matcher `(n, S) => boolean`. */
  readonly fn: Name;
  /** Dispatch keys (ContextKey literals). */
  readonly keys: Code[];
}

export function compileMatch(pattern: Pattern, a: Analyzer, em: ExprEmitter, vars: ReadonlyMap<string, VarBinding>): CompiledMatch {
  const decls: Code[] = [];
  const alts: Code[] = [];
  const keys: Code[] = [];
  for (const alt of pattern.alternatives) {
    alts.push(compileAny(alt, a, em, vars, decls));
    keys.push(...keysOf(alt, a, vars));
  }
  const fn = em.names.make('match');
  decls.push(_`function ${fn}(n, S) { return ${alts.length === 0 ? _`false` : join(alts, ' || ')}; }`);
  return { decls, fn, keys };
}

function keysOf(alt: PathPattern | ParenPattern, a: Analyzer, vars: ReadonlyMap<string, VarBinding>): Code[] {
  if (alt.kind === 'paren') return alt.inner.alternatives.flatMap((x) => keysOf(x, a, vars));
  return [keyOf(alt, a, vars)];
}

function compileAny(alt: PathPattern | ParenPattern, a: Analyzer, em: ExprEmitter, vars: ReadonlyMap<string, VarBinding>, decls: Code[]): Code {
  if (alt.kind === 'path') return compileAlternative(alt, a, em, vars, decls);
  const inner = alt.inner.alternatives.map((x) => compileAny(x, a, em, vars, decls));
  const preds = alt.predicates.map((p) => a.analyze(p, vars, 'node-positional'));
  if (preds.some(positional)) throw new XPathStaticError('A positional predicate on a parenthesized pattern is not supported', alt.span, 'UNSUPPORTED');
  const checks = preds.map((p) => _`((c) => ${em.predicateTest(p)})(n)`);
  return _`((${join(inner, ' || ')})${checks.length > 0 ? _` && ${join(checks, ' && ')}` : _``})`;
}

function keyOf(alt: PathPattern, a: Analyzer, vars: ReadonlyMap<string, VarBinding>): Code {
  const n = alt.steps.length;
  const last = alt.steps[n - 1];
  if (last === undefined) return _`{ kind: "document" }`;
  const t = resolveTest(a, last);
  const parent = parentOf(alt, a);
  const test = last.axis === 'attribute' || t.kind === 1 ? localNameTest(last, a, vars) : null;
  const more = _`${parent === null ? _`` : _`, parent: ${parent}`}${test === null ? _`` : _`, test: (l) => ${test}`}`;
  if (t.kind === 1) return _`{ kind: "element", ns: ${t.ns}, local: ${t.local}${more} }`;
  if (t.kind === 2) return _`{ kind: "attribute", ns: ${t.ns}, local: ${t.local}${more} }`;
  if (t.kind === 0) return _`{ kind: "element", ns: null, local: null${more} }`;
  return _`{ kind: "none" }`;
}

/**
 * The part of a step's predicates that depends on nothing but the node's local name
 * (`*[ends-with(name(), 'Amount') and not(ends-with(name(), 'PriceAmount'))]`), as a test of
 * `l`, the local name; null when there is none. The driver applies it once per name, so the
 * matcher is offered only the nodes whose name passes (it still checks the whole step).
 * Positional predicates are left alone: a name test cannot be moved across one.
 */
function localNameTest(step: PatternStep, a: Analyzer, vars: ReadonlyMap<string, VarBinding>): Code | null {
  const tests: Code[] = [];
  for (const p of step.predicates) {
    const r = a.analyze(p, vars, 'node-positional');
    if (positional(r)) break;
    for (const c of conjuncts(r)) {
      const t = nameOnly(c);
      if (t !== null) tests.push(t);
    }
  }
  return tests.length === 0 ? null : join(tests, ' && ');
}

function conjuncts(e: RExpr): RExpr[] {
  return e.k === 'logic' && e.op === 'and' ? [...conjuncts(e.left), ...conjuncts(e.right)] : [e];
}

/** `e` as a JavaScript test of the local name `l`, when its value depends on nothing else. */
function nameOnly(e: RExpr): Code | null {
  if (e.k === 'logic') {
    const l = nameOnly(e.left);
    const r = l === null ? null : nameOnly(e.right);
    if (r === null) return null;
    return e.op === 'and' ? _`(${l!} && ${r})` : _`(${l!} || ${r})`;
  }
  if (e.k !== 'call' || e.fn.ns !== FN) return null;
  if (e.fn.local === 'not' && e.args.length === 1) {
    const inner = nameOnly(e.args[0]!);
    return inner === null ? null : _`!${inner}`;
  }
  const method = { 'ends-with': 'endsWith', 'starts-with': 'startsWith', contains: 'includes' }[e.fn.local];
  const [subject, lit] = e.args;
  if (method === undefined || subject === undefined || lit?.k !== 'lit' || lit.lit !== 'string') return null;
  // name() is prefix:local; it ends with a suffix that has no colon exactly when the local name does.
  const ofName = isNameOfContext(subject, 'local-name') || (method === 'endsWith' && !lit.value.includes(':') && isNameOfContext(subject, 'name'));
  return ofName ? _`l.${new Name(method)}(${lit.value})` : null;
}

function isNameOfContext(e: RExpr, fn: 'local-name' | 'name'): boolean {
  return e.k === 'call' && e.fn.ns === FN && e.fn.local === fn && e.args.length === 1 && e.args[0]!.k === 'ctx';
}

/** What the parent of a matching node must be, when the pattern fixes it (see `fixedAncestors`); null when any parent may do. */
function parentOf(alt: PathPattern, a: Analyzer): Code | null {
  const p = fixedAncestors(alt, a)[0];
  if (p === undefined) return null;
  return p === 'document' ? _`"document"` : _`{ ns: ${p.ns}, local: ${p.local} }`;
}

/**
 * The ancestors a pattern fixes through `/` connectors from its last step, nearest first: each
 * previous step with a full element name on the child axis, then the document node when the
 * chain reaches the start of an absolute pattern (`/ubl:Invoice/cac:X/cbc:Y`: X, Invoice, the
 * document). Stops at the first `//` or step that does not fix a name.
 */
function fixedAncestors(alt: PathPattern, a: Analyzer): ('document' | { readonly ns: string; readonly local: string })[] {
  const out: ('document' | { readonly ns: string; readonly local: string })[] = [];
  for (let i = alt.steps.length - 1; i >= 0; i--) {
    if (alt.steps[i]!.connector !== '/') break;
    if (i === 0) {
      if (alt.absolute) out.push('document');
      break;
    }
    const prev = alt.steps[i - 1]!;
    const t = resolveTest(a, prev);
    if (prev.axis === 'attribute' || t.kind !== 1 || t.ns === null || t.local === null) break;
    out.push({ ns: t.ns, local: t.local });
  }
  return out;
}

function compileAlternative(alt: PathPattern, a: Analyzer, em: ExprEmitter, vars: ReadonlyMap<string, VarBinding>, decls: Code[]): Code {
  if (alt.steps.length === 0) return _`(n.kind === "document")`;
  let prev: Code | null = null; // matcher of the previous step
  alt.steps.forEach((s, i) => {
    const t = resolveTest(a, s);
    const test = em.hoist.constant('N', `test:${t.kind}:${t.ns ?? '*'}:${t.local ?? '*'}`, t.kind === 1 || t.kind === 2 ? _`rt.nameTest(${t.kind}, ${t.ns}, ${t.local})` : _`rt.kindTest(${t.kind})`);
    const preds = s.predicates.map((p) => a.analyze(p, vars, 'node-positional'));
    const fn = em.names.make('step');
    const lines: Code[] = [];
    if (((t.kind === 1 && s.axis !== 'attribute') || (t.kind === 2 && s.axis === 'attribute')) && t.ns !== null && t.local !== null) {
      // a full name test, inline: the node kind, then the name
      lines.push(_`if (n.kind !== ${t.kind === 1 ? 'element' : 'attribute'} || n.local !== ${t.local} || n.ns !== ${t.ns}) return false;`);
    } else {
      lines.push(_`if (!rt.testNode(${test}, n)) return false;`);
      if (s.axis === 'attribute') lines.push(_`if (n.kind !== "attribute") return false;`);
      else lines.push(_`if (n.kind === "attribute" || n.kind === "document") return false;`);
    }
    if (preds.length > 0) {
      if (preds.some(positional)) {
        lines.push(_`let list = rt.axisNodes(${s.axis}, n.parent, ${test});`);
        for (const p of preds) lines.push(_`list = rt.filter(list, ${em.predicate(p)});`);
        lines.push(_`if (!list.includes(n)) return false;`);
      } else {
        lines.push(_`const c = n;`);
        for (const p of preds) lines.push(_`if (!${em.predicateTest(p)}) return false;`);
      }
    }
    // connector to the previous step (or the root)
    const isFirst = i === 0;
    if (isFirst) {
      if (alt.absolute && s.connector === '/') lines.push(_`return n.parent !== null && n.parent.kind === "document";`);
      else lines.push(_`return n.parent !== null;`);
    } else if (s.connector === '/') {
      lines.push(_`return n.parent !== null && ${prev!}(n.parent, S);`);
    } else {
      lines.push(_`for (let q = n.parent; q !== null; q = q.parent) if (${prev!}(q, S)) return true;`);
      lines.push(_`return false;`);
    }
    decls.push(_`function ${fn}(n, S) {\n  ${join(lines, '\n  ')}\n}`);
    prev = fn;
  });
  const shape = shapeCheck(alt, a);
  return shape === null ? _`${prev!}(n, S)` : _`(${shape} && ${prev!}(n, S))`;
}

/**
 * A cheap necessary condition checked before the step matchers (which evaluate predicates): the
 * names of the ancestors the pattern fixes through `/` connectors from its last step, and the
 * document node above them when the pattern is absolute. Null when the pattern fixes none.
 * Predicates have no side effects and an error in one only means "no match", so testing the
 * names first changes nothing but the time.
 */
function shapeCheck(alt: PathPattern, a: Analyzer): Code | null {
  const conds: Code[] = [];
  let up = _`n`;
  for (const f of fixedAncestors(alt, a)) {
    up = _`${up}.parent`;
    conds.push(f === 'document' ? _`${up}?.kind === "document"` : _`${up}?.local === ${f.local} && ${up}.ns === ${f.ns}`);
  }
  return conds.length === 0 ? null : join(conds, ' && ');
}
