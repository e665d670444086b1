/**
 * The XPath 2.0 abstract syntax tree (the subset our rule packs use) and XSLT match patterns.
 *
 * Every node carries `span`: 0-based offsets (UTF-16 code units) into the expression text,
 * `end` exclusive. Names stay lexical here (prefix + local); src/xpath/analyze resolves them.
 */

export interface Span {
  readonly start: number;
  readonly end: number;
}

/** A lexical QName. `prefix` is `''` when absent. */
export interface LexQName {
  readonly prefix: string;
  readonly local: string;
}

export type Axis =
  | 'child'
  | 'descendant'
  | 'descendant-or-self'
  | 'attribute'
  | 'self'
  | 'parent'
  | 'ancestor'
  | 'ancestor-or-self'
  | 'following'
  | 'following-sibling'
  | 'preceding'
  | 'preceding-sibling';

/** Every axis the parser accepts. */
export const AXES: ReadonlySet<string> = new Set<Axis>([
  'child',
  'descendant',
  'descendant-or-self',
  'attribute',
  'self',
  'parent',
  'ancestor',
  'ancestor-or-self',
  'following',
  'following-sibling',
  'preceding',
  'preceding-sibling',
]);

export const REVERSE_AXES: ReadonlySet<Axis> = new Set<Axis>(['parent', 'ancestor', 'ancestor-or-self', 'preceding', 'preceding-sibling']);

/**
 * A node test. Name tests: `prefix` null means "any namespace" (`*:local` or `*`),
 * `local` null means any local name (`p:*` or `*`). An unprefixed name has prefix `''`.
 */
export type NodeTest =
  | { readonly kind: 'name'; readonly prefix: string | null; readonly local: string | null }
  | { readonly kind: 'node' }
  | { readonly kind: 'text' }
  | { readonly kind: 'element' }
  | { readonly kind: 'attribute' }
  | { readonly kind: 'document-node' }
  | { readonly kind: 'comment' }
  | { readonly kind: 'processing-instruction'; readonly target: string | null };

export interface AxisStep {
  readonly kind: 'axisStep';
  readonly axis: Axis;
  readonly test: NodeTest;
  readonly predicates: readonly Expr[];
  readonly span: Span;
}

/** A path step that is a general (filter) expression, e.g. `$x` in `$x/a` or `(a|b)` in `c/(a|b)`. */
export interface ExprStep {
  readonly kind: 'exprStep';
  readonly expr: Expr;
  readonly span: Span;
}

export type Step = AxisStep | ExprStep;

/** Atomic types usable in casts, `castable as` and `instance of`. */
export type AtomicTypeName = 'string' | 'boolean' | 'decimal' | 'integer' | 'double' | 'date' | 'untypedAtomic' | 'anyAtomicType';

export type Occurrence = '' | '?' | '*' | '+';

export type ItemTypeSyntax =
  | { readonly kind: 'atomic'; readonly name: LexQName }
  | { readonly kind: 'item' }
  | { readonly kind: 'node'; readonly test: NodeTest };

export type SequenceTypeSyntax =
  | { readonly kind: 'empty-sequence' }
  | { readonly kind: 'type'; readonly item: ItemTypeSyntax; readonly occurrence: Occurrence };

export type BinaryOp =
  | 'or'
  | 'and'
  | '='
  | '!='
  | '<'
  | '<='
  | '>'
  | '>='
  | 'eq'
  | 'ne'
  | 'lt'
  | 'le'
  | 'gt'
  | 'ge'
  | 'is'
  | '<<'
  | '>>'
  | 'to'
  | '+'
  | '-'
  | '*'
  | 'div'
  | 'idiv'
  | 'mod'
  | 'union'
  | 'intersect'
  | 'except';

export interface Binding {
  readonly name: LexQName;
  readonly expr: Expr;
  readonly span: Span;
}

export type Expr =
  | { readonly kind: 'string'; readonly value: string; readonly span: Span }
  | { readonly kind: 'integer'; readonly value: string; readonly span: Span }
  | { readonly kind: 'decimal'; readonly value: string; readonly span: Span }
  | { readonly kind: 'double'; readonly value: string; readonly span: Span }
  | { readonly kind: 'var'; readonly name: LexQName; readonly span: Span }
  | { readonly kind: 'context'; readonly span: Span }
  | { readonly kind: 'sequence'; readonly items: readonly Expr[]; readonly span: Span }
  | { readonly kind: 'call'; readonly name: LexQName; readonly args: readonly Expr[]; readonly span: Span }
  | { readonly kind: 'filter'; readonly base: Expr; readonly predicates: readonly Expr[]; readonly span: Span }
  | {
      readonly kind: 'path';
      /** `'/'` for an absolute path, `'//'` for one starting with `//`, `''` for a relative one. */
      readonly root: '' | '/' | '//';
      readonly steps: readonly Step[];
      readonly span: Span;
    }
  | { readonly kind: 'binary'; readonly op: BinaryOp; readonly left: Expr; readonly right: Expr; readonly span: Span }
  | { readonly kind: 'unary'; readonly op: '-' | '+'; readonly operand: Expr; readonly span: Span }
  | { readonly kind: 'if'; readonly cond: Expr; readonly then: Expr; readonly else: Expr; readonly span: Span }
  | { readonly kind: 'for'; readonly bindings: readonly Binding[]; readonly body: Expr; readonly span: Span }
  | {
      readonly kind: 'quantified';
      readonly quantifier: 'some' | 'every';
      readonly bindings: readonly Binding[];
      readonly test: Expr;
      readonly span: Span;
    }
  | { readonly kind: 'instanceOf'; readonly expr: Expr; readonly type: SequenceTypeSyntax; readonly span: Span }
  | { readonly kind: 'treatAs'; readonly expr: Expr; readonly type: SequenceTypeSyntax; readonly span: Span }
  | {
      readonly kind: 'cast' | 'castable';
      readonly expr: Expr;
      readonly type: LexQName;
      readonly optional: boolean;
      readonly span: Span;
    };

export type ExprKind = Expr['kind'];

/**
 * An XSLT 2.0 match pattern: alternatives separated by `|`. Each alternative is a path whose
 * steps use only the child or attribute axis, joined by `/` or `//`.
 */
export interface PatternStep {
  /** How this step hangs under the previous one (or under the root for the first step). */
  readonly connector: '/' | '//';
  readonly axis: 'child' | 'attribute';
  readonly test: NodeTest;
  readonly predicates: readonly Expr[];
  readonly span: Span;
}

export interface PathPattern {
  readonly kind: 'path';
  /** `true` when the pattern starts with `/` or `//` (anchored at the document node). */
  readonly absolute: boolean;
  /** Empty only for the pattern `/` (the document node). */
  readonly steps: readonly PatternStep[];
  readonly span: Span;
}

/** `(p1 | p2)[pred]` (an XSLT 3.0 form Saxon accepts in xslt2 Schematron): a node matching an inner alternative, filtered. */
export interface ParenPattern {
  readonly kind: 'paren';
  readonly inner: Pattern;
  readonly predicates: readonly Expr[];
  readonly span: Span;
}

export interface Pattern {
  readonly alternatives: readonly (PathPattern | ParenPattern)[];
  readonly span: Span;
}
