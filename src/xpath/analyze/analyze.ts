/**
 * Static analysis: from the syntax tree to the resolved, typed tree (types.ts).
 * Resolves namespace prefixes, variables and functions; infers static types; and refuses,
 * with an XPathStaticError carrying the span, everything the compiler cannot evaluate exactly.
 */
import type { Axis, Expr, LexQName, NodeTest, SequenceTypeSyntax, Span, Step } from '../syntax/ast.js';
import { XPathStaticError } from './errors.js';
import { FN, XS, knownFunctionName, lookupFunction } from './functions/index.js';
import {
  T,
  isAtomicType,
  isNumericType,
  unionCard,
  unionItem,
  type Card,
  type CastTarget,
  type CompOp,
  type ItemType,
  type RExpr,
  type RStep,
  type ResolvedTest,
  type SeqTypeR,
  type StaticType,
  type UserFunction,
  type VarBinding,
  type VarKind,
  sameFocusChildren,
} from './types.js';

export const XSLT_NS = 'http://www.w3.org/1999/XSL/Transform';

/** What an expression may refer to. */
export interface StaticContext {
  /** Prefix to namespace URI (`xs` and `fn` are added when absent). */
  readonly namespaces: ReadonlyMap<string, string>;
  /** User functions (xsl:function), keyed `{ns}local#arity`. */
  readonly functions: ReadonlyMap<string, UserFunction>;
  /** Allocates variable ids (shared across a whole pack). */
  readonly ids: { next: number };
}

/** The focus an expression is evaluated with. */
export type Focus =
  /** A node is the context item; position()/last() are not known (rule contexts, global lets). */
  | 'node'
  /** Inside a predicate or path step: context item of this type, position and size known. */
  | 'item'
  | 'node-positional'
  /** No focus (xsl:function bodies). */
  | 'none';

interface Env {
  readonly vars: ReadonlyMap<string, VarBinding>;
  readonly focus: Focus;
}

function clark(ns: string, local: string): string {
  return ns === '' ? local : `{${ns}}${local}`;
}

const CAST_TARGETS: ReadonlySet<string> = new Set<CastTarget>(['string', 'untypedAtomic', 'boolean', 'decimal', 'integer', 'double', 'date', 'dateTime']);

export class Analyzer {
  private readonly ns: Map<string, string>;

  constructor(private readonly sc: StaticContext) {
    this.ns = new Map(sc.namespaces);
    if (!this.ns.has('xs')) this.ns.set('xs', XS);
    if (!this.ns.has('fn')) this.ns.set('fn', FN);
    if (!this.ns.has('xml')) this.ns.set('xml', 'http://www.w3.org/XML/1998/namespace');
  }

  newBinding(name: string, kind: VarKind, type: StaticType): VarBinding {
    return { id: this.sc.ids.next++, name, kind, type };
  }

  /** Expanded name of a variable written `$prefix:local`. */
  varKey(q: LexQName, span: Span): string {
    return q.prefix === '' ? q.local : clark(this.resolvePrefix(q.prefix, span), q.local);
  }

  resolvePrefix(prefix: string, span: Span): string {
    const uri = this.ns.get(prefix);
    if (uri === undefined) throw new XPathStaticError(`Undeclared namespace prefix '${prefix}'`, span, 'XPST0081');
    return uri;
  }

  analyze(e: Expr, vars: ReadonlyMap<string, VarBinding>, focus: Focus): RExpr {
    return this.expr(e, { vars, focus });
  }

  private unsupported(msg: string, span: Span): never {
    throw new XPathStaticError(msg, span, 'UNSUPPORTED');
  }

  private needFocus(env: Env, span: Span, what: string): void {
    if (env.focus === 'none') throw new XPathStaticError(`${what} needs a context item, but there is none here (inside a function body)`, span, 'XPDY0002');
  }

  private expr(e: Expr, env: Env): RExpr {
    const span = e.span;
    switch (e.kind) {
      case 'string':
        return { k: 'lit', lit: 'string', value: e.value, type: T.str, span };
      case 'integer':
        return { k: 'lit', lit: 'integer', value: e.value, type: T.int, span };
      case 'decimal':
        return { k: 'lit', lit: 'decimal', value: e.value, type: T.of('decimal', '1'), span };
      case 'double':
        return { k: 'lit', lit: 'double', value: e.value, type: T.dbl, span };
      case 'var': {
        const key = this.varKey(e.name, span);
        const b = env.vars.get(key);
        if (b === undefined) throw new XPathStaticError(`Unknown variable $${e.name.prefix === '' ? '' : `${e.name.prefix}:`}${e.name.local}`, span, 'XPST0008');
        return { k: 'var', binding: b, type: b.type, span };
      }
      case 'context':
        this.needFocus(env, span, "'.'");
        return { k: 'ctx', type: T.of(env.focus === 'item' ? 'item' : 'node', '1'), span };
      case 'sequence': {
        const items = e.items.map((x) => this.expr(x, env));
        if (items.length === 0) return { k: 'seq', items, type: T.empty, span };
        let item: ItemType = items[0]!.type.item;
        for (const x of items) item = x.type.card === '0' ? item : unionItem(item, x.type.item);
        return { k: 'seq', items, type: T.of(item, '*'), span };
      }
      case 'call':
        return this.call(e.name, e.args, span, env);
      case 'filter': {
        const base = this.expr(e.base, env);
        const itemFocus: Focus = base.type.item === 'node' ? 'node-positional' : 'item';
        const preds = e.predicates.map((p) => this.expr(p, { vars: env.vars, focus: itemFocus }));
        return { k: 'filter', base, preds, type: T.of(base.type.item, '*'), span };
      }
      case 'path':
        return this.path(e.root, e.steps, span, env);
      case 'binary':
        return this.binary(e, env);
      case 'unary': {
        const operand = this.expr(e.operand, env);
        this.requireNumericOperand(operand, e.op);
        return { k: 'neg', op: e.op, operand, type: T.of(arithItem(operand.type.item), operand.type.card === '1' ? '1' : '?'), span };
      }
      case 'if': {
        const cond = this.expr(e.cond, env);
        const then = this.expr(e.then, env);
        const els = this.expr(e.else, env);
        const item = then.type.card === '0' ? els.type.item : els.type.card === '0' ? then.type.item : unionItem(then.type.item, els.type.item);
        const card: Card = then.type.card === '0' && els.type.card === '0' ? '0' : then.type.card === '0' || els.type.card === '0' ? (then.type.card === '*' || els.type.card === '*' ? '*' : '?') : unionCard(then.type.card, els.type.card);
        return { k: 'if', cond, then, else: els, type: T.of(item, card), span };
      }
      case 'for':
      case 'quantified': {
        const [first, ...rest] = e.bindings;
        if (first === undefined) return this.unsupported('empty binding list', span);
        const inExpr = this.expr(first.expr, env);
        const binding = this.newBinding(first.name.local, 'range', T.of(inExpr.type.item, '1'));
        const vars = new Map(env.vars);
        vars.set(this.varKey(first.name, first.span), binding);
        const inner: Env = { vars, focus: env.focus };
        const restExpr: Expr | null =
          rest.length === 0
            ? null
            : e.kind === 'for'
              ? { kind: 'for', bindings: rest, body: e.body, span }
              : { kind: 'quantified', quantifier: e.quantifier, bindings: rest, test: e.test, span };
        if (e.kind === 'for') {
          const body = this.expr(restExpr ?? e.body, inner);
          return { k: 'for', binding, in: inExpr, body, type: T.of(body.type.item, '*'), span };
        }
        const test = this.expr(restExpr ?? e.test, inner);
        return { k: 'quant', every: e.quantifier === 'every', binding, in: inExpr, test, type: T.bool, span };
      }
      case 'instanceOf': {
        const expr = this.expr(e.expr, env);
        return { k: 'instance', expr, seqType: this.seqType(e.type, span), type: T.bool, span };
      }
      case 'treatAs':
        return this.unsupported("'treat as' is not supported", span);
      case 'cast':
      case 'castable': {
        const expr = this.expr(e.expr, env);
        const target = this.castTarget(e.type, span);
        if (e.kind === 'cast') return { k: 'cast', expr, target, optional: e.optional, type: T.of(target === 'untypedAtomic' ? 'untyped' : target, e.optional ? '?' : '1'), span };
        return { k: 'castable', expr, target, optional: e.optional, type: T.bool, span };
      }
    }
  }

  private castTarget(q: LexQName, span: Span): CastTarget {
    const ns = q.prefix === '' ? '' : this.resolvePrefix(q.prefix, span);
    if (ns !== XS || !CAST_TARGETS.has(q.local)) return this.unsupported(`Cast to ${q.prefix === '' ? '' : `${q.prefix}:`}${q.local} is not supported`, span);
    return q.local as CastTarget;
  }

  seqType(t: SequenceTypeSyntax, span: Span): SeqTypeR {
    if (t.kind === 'empty-sequence') return { kind: 'empty' };
    const occ = t.occurrence;
    switch (t.item.kind) {
      case 'item':
        return { kind: 'type', item: 'item', occ };
      case 'node': {
        const k = t.item.test.kind;
        const item = k === 'node' ? 'node' : k === 'element' ? 'element' : k === 'attribute' ? 'attribute' : k === 'text' ? 'text' : k === 'document-node' ? 'document' : null;
        if (item === null) return this.unsupported(`Sequence type ${k}() is not supported`, span);
        return { kind: 'type', item, occ };
      }
      case 'atomic': {
        const q = t.item.name;
        const ns = q.prefix === '' ? '' : this.resolvePrefix(q.prefix, span);
        if (ns === XS && q.local === 'anyAtomicType') return { kind: 'type', item: 'anyAtomic', occ };
        if (ns === XS && CAST_TARGETS.has(q.local)) return { kind: 'type', item: q.local as CastTarget, occ };
        return this.unsupported(`Type ${q.prefix}:${q.local} is not supported`, span);
      }
    }
  }

  private call(name: LexQName, argExprs: readonly Expr[], span: Span, env: Env): RExpr {
    const ns = name.prefix === '' ? FN : this.resolvePrefix(name.prefix, span);
    const arity = argExprs.length;
    const user = this.sc.functions.get(`{${ns}}${name.local}#${arity}`);
    if (user !== undefined) {
      const args = argExprs.map((a) => this.expr(a, env));
      return { k: 'ucall', fn: user, args, type: seqTypeToStatic(user.as), span };
    }
    const def = lookupFunction(ns, name.local, arity);
    const shown = `${name.prefix === '' ? '' : `${name.prefix}:`}${name.local}#${arity}`;
    if (def === undefined) {
      if (knownFunctionName(ns, name.local)) return this.unsupported(`Function ${shown} is not supported with ${arity} argument(s)`, span);
      if (ns === FN || ns === XS) return this.unsupported(`Function ${shown} is not supported`, span);
      throw new XPathStaticError(`Unknown function ${shown}`, span, 'XPST0017');
    }
    if (def.focus !== undefined) {
      if (env.focus !== 'item' && env.focus !== 'node-positional')
        return this.unsupported(`${def.local}() is only supported inside a predicate (its value in a rule context is not defined by the compiled traversal)`, span);
    }
    let args = argExprs.map((a) => this.expr(a, env));
    if (def.contextDefault === true && args.length < def.params.length) {
      this.needFocus(env, span, `${def.local}()`);
      args = [{ k: 'ctx', type: T.of(env.focus === 'item' ? 'item' : 'node', '1'), span }, ...args];
    }
    // Static type checks the runtime would otherwise report as XPTY0004 on every evaluation.
    args.forEach((a, i) => {
      const kind = def.params[Math.min(i, def.params.length - 1)];
      if (kind === 'str' && (isNumericType(a.type.item) || a.type.item === 'boolean' || a.type.item === 'date' || a.type.item === 'dateTime'))
        this.unsupported(`Argument ${i + 1} of ${def.local}() must be a string, but is xs:${a.type.item} (XPTY0004)`, a.span);
    });
    return { k: 'call', fn: def, args, type: def.result(args.map((a) => a.type)), span };
  }

  private requireNumericOperand(x: RExpr, op: string): void {
    const it = x.type.item;
    if (it === 'string' || it === 'boolean' || it === 'date' || it === 'dateTime') this.unsupported(`Operator '${op}' on xs:${it} is not supported (XPTY0004)`, x.span);
  }

  private binary(e: Extract<Expr, { kind: 'binary' }>, env: Env): RExpr {
    const span = e.span;
    const left = this.expr(e.left, env);
    const right = this.expr(e.right, env);
    switch (e.op) {
      case 'and':
      case 'or':
        return { k: 'logic', op: e.op, left, right, type: T.bool, span };
      case '=':
      case '!=':
      case '<':
      case '<=':
      case '>':
      case '>=':
        return { k: 'gcomp', op: GENERAL[e.op], left, right, type: T.bool, span };
      case 'eq':
      case 'ne':
      case 'lt':
      case 'le':
      case 'gt':
      case 'ge': {
        const card: Card = left.type.card === '1' && right.type.card === '1' ? '1' : '?';
        return { k: 'vcomp', op: e.op, left, right, type: T.of('boolean', card), span };
      }
      case 'is':
      case '<<':
      case '>>':
        return { k: 'ncomp', op: e.op, left, right, type: T.of('boolean', '?'), span };
      case 'to':
        return { k: 'range', left, right, type: T.of('integer', '*'), span };
      case 'union':
      case 'intersect':
      case 'except':
        for (const x of [left, right]) if (isAtomicType(x.type.item) && x.type.card !== '0') this.unsupported(`Operand of '${e.op}' is not a node sequence (XPTY0004)`, x.span);
        return { k: 'set', op: e.op, left, right, type: T.nodes, span };
      case '+':
      case '-':
      case '*':
      case 'div':
      case 'idiv':
      case 'mod': {
        this.requireNumericOperand(left, e.op);
        this.requireNumericOperand(right, e.op);
        const a = arithItem(left.type.item);
        const b = arithItem(right.type.item);
        let item: ItemType;
        if (e.op === 'idiv') item = 'integer';
        else if (a === 'double' || b === 'double') item = 'double';
        else if (a === 'numeric' || b === 'numeric') item = 'numeric';
        else if (a === 'integer' && b === 'integer') item = e.op === 'div' ? 'decimal' : 'integer';
        else item = 'decimal';
        const card: Card = left.type.card === '1' && right.type.card === '1' ? '1' : '?';
        return { k: 'arith', op: e.op, left, right, type: T.of(item, card), span };
      }
    }
  }

  private test(t: NodeTest, axis: Axis, span: Span): ResolvedTest {
    const principal: 1 | 2 = axis === 'attribute' ? 2 : 1;
    switch (t.kind) {
      case 'name': {
        const ns = t.prefix === null ? null : t.prefix === '' ? '' : this.resolvePrefix(t.prefix, span);
        return { kind: principal, ns, local: t.local };
      }
      case 'node':
        return { kind: 0, ns: null, local: null };
      case 'text':
        return { kind: 3, ns: null, local: null };
      case 'element':
        return { kind: 1, ns: null, local: null };
      case 'attribute':
        return { kind: 2, ns: null, local: null };
      case 'document-node':
        return { kind: 4, ns: null, local: null };
      case 'processing-instruction':
        return { kind: 5, ns: null, local: t.target };
      default:
        return this.unsupported(`${t.kind}() tests are not supported (comments are not kept in the tree)`, span);
    }
  }

  private path(root: '' | '/' | '//', steps: readonly Step[], span: Span, env: Env): RExpr {
    let first: RExpr;
    let rest: readonly Step[] = steps;
    if (root !== '') {
      this.needFocus(env, span, `'${root}'`);
      first = { k: 'root', type: T.of('node', '1'), span: { start: span.start, end: span.start + 1 } };
      if (root === '//') rest = [{ kind: 'axisStep', axis: 'descendant-or-self', test: { kind: 'node' }, predicates: [], span: { start: span.start, end: span.start + 2 } }, ...steps];
    } else {
      const s0 = steps[0];
      if (s0 !== undefined && s0.kind === 'exprStep') {
        first = this.expr(s0.expr, env);
        rest = steps.slice(1);
      } else {
        this.needFocus(env, span, 'A relative path');
        first = { k: 'ctx', type: T.of(env.focus === 'item' ? 'item' : 'node', '1'), span: { start: span.start, end: span.start } };
      }
    }
    if (rest.length === 0) return first;
    if (isAtomicType(first.type.item)) this.unsupported('The left side of a path step is not a node (XPTY0019)', first.span);
    const out: RStep[] = [];
    for (const s of rest) {
      if (s.kind === 'exprStep') {
        const expr = this.expr(s.expr, { vars: env.vars, focus: 'node-positional' });
        out.push({ k: 'map', expr, span: s.span });
        continue;
      }
      const test = this.test(s.test, s.axis, s.span);
      const preds = s.predicates.map((p) => this.expr(p, { vars: env.vars, focus: 'node-positional' }));
      const prev = out[out.length - 1];
      // `//x` (descendant-or-self::node()/child::x) without positional predicates is descendant::x.
      if (
        prev !== undefined &&
        prev.k === 'axis' &&
        prev.axis === 'descendant-or-self' &&
        prev.test.kind === 0 &&
        prev.preds.length === 0 &&
        s.axis === 'child' &&
        !preds.some(positional)
      ) {
        out[out.length - 1] = { k: 'axis', axis: 'descendant', test, preds, span: { start: prev.span.start, end: s.span.end } };
        continue;
      }
      out.push({ k: 'axis', axis: s.axis, test, preds, span: s.span });
    }
    for (let i = 0; i < out.length - 1; i++) {
      const s = out[i]!;
      if (s.k === 'map' && isAtomicType(s.expr.type.item)) this.unsupported('A path step before the last one yields atomic values (XPTY0019)', s.span);
    }
    const last = out[out.length - 1]!;
    const type = last.k === 'map' ? T.of(last.expr.type.item, '*') : T.nodes;
    return { k: 'path', first, steps: out, type, span };
  }
}

const GENERAL: Readonly<Record<'=' | '!=' | '<' | '<=' | '>' | '>=', CompOp>> = { '=': 'eq', '!=': 'ne', '<': 'lt', '<=': 'le', '>': 'gt', '>=': 'ge' };

function arithItem(t: ItemType): ItemType {
  if (t === 'node' || t === 'untyped') return 'double';
  if (t === 'integer' || t === 'decimal' || t === 'double') return t;
  return 'numeric';
}

/** Whether a predicate may depend on the context position (numeric value or position()/last()). */
export function positional(p: RExpr): boolean {
  if (isNumericType(p.type.item) || p.type.item === 'item' || p.type.item === 'atomic' || p.type.item === 'untyped') return true;
  return usesFocusFunction(p);
}

function usesFocusFunction(e: RExpr): boolean {
  if (e.k === 'call' && e.fn.focus !== undefined) return true;
  return sameFocusChildren(e).some(usesFocusFunction);
}

export function seqTypeToStatic(t: SeqTypeR | null): StaticType {
  if (t === null) return T.items;
  if (t.kind === 'empty') return T.empty;
  const card: Card = t.occ === '' ? '1' : t.occ === '?' ? '?' : '*';
  const item: ItemType =
    t.item === 'item'
      ? 'item'
      : t.item === 'node' || t.item === 'element' || t.item === 'attribute' || t.item === 'text' || t.item === 'document'
        ? 'node'
        : t.item === 'anyAtomic'
          ? 'atomic'
          : t.item === 'untypedAtomic'
            ? 'untyped'
            : t.item === 'numeric'
              ? 'numeric'
              : t.item;
  return T.of(item, card);
}
