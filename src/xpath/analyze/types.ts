/**
 * The resolved expression tree: names resolved to namespace URIs, variables to bindings,
 * functions to registry entries, every node annotated with a static type. The emitter reads
 * only this tree.
 */
import type { Span } from '../syntax/ast.js';

export type ItemType = 'node' | 'string' | 'untyped' | 'boolean' | 'integer' | 'decimal' | 'double' | 'numeric' | 'date' | 'dateTime' | 'atomic' | 'item';
/** Cardinality: `0` empty, `1` exactly one, `?` at most one, `*` any. */
export type Card = '0' | '1' | '?' | '*';

export interface StaticType {
  readonly item: ItemType;
  readonly card: Card;
}

export const T = {
  of(item: ItemType, card: Card): StaticType {
    return { item, card };
  },
  empty: { item: 'item', card: '0' } as StaticType,
  bool: { item: 'boolean', card: '1' } as StaticType,
  str: { item: 'string', card: '1' } as StaticType,
  int: { item: 'integer', card: '1' } as StaticType,
  dbl: { item: 'double', card: '1' } as StaticType,
  nodes: { item: 'node', card: '*' } as StaticType,
  items: { item: 'item', card: '*' } as StaticType,
};

export function isNumericType(t: ItemType): boolean {
  return t === 'integer' || t === 'decimal' || t === 'double' || t === 'numeric';
}

export function isAtomicType(t: ItemType): boolean {
  return t !== 'node' && t !== 'item';
}

/** The item type two branches may produce. */
export function unionItem(a: ItemType, b: ItemType): ItemType {
  if (a === b) return a;
  if (isNumericType(a) && isNumericType(b)) return 'numeric';
  if (isAtomicType(a) && isAtomicType(b)) return 'atomic';
  return 'item';
}

export function unionCard(a: Card, b: Card): Card {
  if (a === b) return a;
  if (a === '*' || b === '*') return '*';
  return '?';
}

export type CastTarget = 'string' | 'untypedAtomic' | 'boolean' | 'decimal' | 'integer' | 'double' | 'date' | 'dateTime';

export interface ResolvedTest {
  /** 0 any node, 1 element, 2 attribute, 3 text, 4 document, 5 processing instruction (`local`: target). */
  readonly kind: 0 | 1 | 2 | 3 | 4 | 5;
  readonly ns: string | null;
  readonly local: string | null;
}

export type VarKind = 'global' | 'local' | 'param' | 'range';

export interface VarBinding {
  readonly id: number;
  readonly name: string;
  readonly kind: VarKind;
  readonly type: StaticType;
}

export type ParamKind = 'seq' | 'str' | 'dbl' | 'ebv';

/** A built-in function: a declarative entry (one file per family under functions/). */
export interface FunctionDef {
  /** Namespace URI and local name. */
  readonly ns: string;
  readonly local: string;
  readonly minArgs: number;
  /** Infinity for variadic (concat). */
  readonly maxArgs: number;
  /** How each argument is passed to the runtime; the last entry repeats for variadic functions. */
  readonly params: readonly ParamKind[];
  /** The static result type, from the argument types. */
  readonly result: (args: readonly StaticType[]) => StaticType;
  /** The runtime function (`rt.<impl>`) or a special form the emitter knows. */
  readonly impl: string;
  /** With fewer arguments than `params`, the missing first argument is the context item (`string()`, `name()`...). */
  readonly contextDefault?: boolean;
  /** Uses the focus: `position`, `last`. */
  readonly focus?: 'position' | 'last';
  /** Argument indexes that are regular expressions / flags (precompiled when literal). */
  readonly regex?: { readonly pattern: number; readonly flags: number; readonly replacement?: number };
}

export interface UserFunction {
  readonly ns: string;
  readonly local: string;
  readonly arity: number;
  readonly jsName: string;
  readonly params: readonly { readonly binding: VarBinding; readonly as: SeqTypeR | null }[];
  readonly as: SeqTypeR | null;
}

/** A resolved sequence type (for `instance of`, function params and results). */
export type SeqTypeR =
  | { readonly kind: 'empty' }
  | { readonly kind: 'type'; readonly item: 'item' | 'node' | 'element' | 'attribute' | 'text' | 'document' | CastTarget | 'anyAtomic' | 'numeric'; readonly occ: '' | '?' | '*' | '+' };

export type RStep =
  | { readonly k: 'axis'; readonly axis: import('../syntax/ast.js').Axis; readonly test: ResolvedTest; readonly preds: readonly RExpr[]; readonly span: Span }
  | { readonly k: 'map'; readonly expr: RExpr; readonly span: Span };

export type ArithOp = '+' | '-' | '*' | 'div' | 'idiv' | 'mod';
export type CompOp = 'eq' | 'ne' | 'lt' | 'le' | 'gt' | 'ge';

interface Base {
  readonly type: StaticType;
  readonly span: Span;
}

export type RExpr = Base &
  (
    | { readonly k: 'lit'; readonly lit: 'string' | 'integer' | 'decimal' | 'double'; readonly value: string }
    | { readonly k: 'seq'; readonly items: readonly RExpr[] }
    | { readonly k: 'ctx' }
    | { readonly k: 'root' }
    | { readonly k: 'var'; readonly binding: VarBinding }
    | { readonly k: 'path'; readonly first: RExpr; readonly steps: readonly RStep[] }
    | { readonly k: 'filter'; readonly base: RExpr; readonly preds: readonly RExpr[] }
    | { readonly k: 'call'; readonly fn: FunctionDef; readonly args: readonly RExpr[] }
    | { readonly k: 'ucall'; readonly fn: UserFunction; readonly args: readonly RExpr[] }
    | { readonly k: 'logic'; readonly op: 'and' | 'or'; readonly left: RExpr; readonly right: RExpr }
    | { readonly k: 'gcomp'; readonly op: CompOp; readonly left: RExpr; readonly right: RExpr }
    | { readonly k: 'vcomp'; readonly op: CompOp; readonly left: RExpr; readonly right: RExpr }
    | { readonly k: 'ncomp'; readonly op: 'is' | '<<' | '>>'; readonly left: RExpr; readonly right: RExpr }
    | { readonly k: 'arith'; readonly op: ArithOp; readonly left: RExpr; readonly right: RExpr }
    | { readonly k: 'set'; readonly op: 'union' | 'intersect' | 'except'; readonly left: RExpr; readonly right: RExpr }
    | { readonly k: 'range'; readonly left: RExpr; readonly right: RExpr }
    | { readonly k: 'neg'; readonly op: '-' | '+'; readonly operand: RExpr }
    | { readonly k: 'if'; readonly cond: RExpr; readonly then: RExpr; readonly else: RExpr }
    | { readonly k: 'for'; readonly binding: VarBinding; readonly in: RExpr; readonly body: RExpr }
    | { readonly k: 'quant'; readonly every: boolean; readonly binding: VarBinding; readonly in: RExpr; readonly test: RExpr }
    | { readonly k: 'instance'; readonly expr: RExpr; readonly seqType: SeqTypeR }
    | { readonly k: 'cast'; readonly expr: RExpr; readonly target: CastTarget; readonly optional: boolean }
    | { readonly k: 'castable'; readonly expr: RExpr; readonly target: CastTarget; readonly optional: boolean }
  );

export type RKind = RExpr['k'];

/** Subexpressions evaluated with the same focus as `e`. */
export function sameFocusChildren(e: RExpr): readonly RExpr[] {
  switch (e.k) {
    case 'lit':
    case 'ctx':
    case 'root':
    case 'var':
      return [];
    case 'seq':
      return e.items;
    case 'path':
      return [e.first];
    case 'filter':
      return [e.base];
    case 'call':
    case 'ucall':
      return e.args;
    case 'logic':
    case 'gcomp':
    case 'vcomp':
    case 'ncomp':
    case 'arith':
    case 'set':
    case 'range':
      return [e.left, e.right];
    case 'neg':
      return [e.operand];
    case 'if':
      return [e.cond, e.then, e.else];
    case 'for':
      return [e.in, e.body];
    case 'quant':
      return [e.in, e.test];
    case 'instance':
    case 'cast':
    case 'castable':
      return [e.expr];
  }
}

/** Subexpressions evaluated under a focus of their own (predicates, path steps after the first). */
export function ownFocusChildren(e: RExpr): readonly RExpr[] {
  if (e.k === 'filter') return e.preds;
  if (e.k === 'path') return e.steps.flatMap((s) => (s.k === 'map' ? [s.expr] : s.preds));
  return [];
}
