/**
 * Recursive-descent parser for the XPath 2.0 subset (see ast.ts) and for XSLT 2.0 match patterns.
 * The grammar follows the XPath 2.0 recommendation, production by production; keywords are
 * recognised by position (`div` after an operand is an operator, otherwise a name).
 */
import type {
  Axis,
  Binding,
  Expr,
  LexQName,
  NodeTest,
  Occurrence,
  ParenPattern,
  PathPattern,
  Pattern,
  PatternStep,
  SequenceTypeSyntax,
  Span,
  Step,
  ItemTypeSyntax,
  BinaryOp,
} from './ast.js';
import { AXES } from './ast.js';
import { XPathSyntaxError } from './errors.js';
import { tokenize, type Token } from './lexer.js';


const KIND_TESTS: ReadonlySet<string> = new Set(['node', 'text', 'element', 'attribute', 'document-node', 'comment', 'processing-instruction']);
const RESERVED_FUNCTION_NAMES: ReadonlySet<string> = new Set([...KIND_TESTS, 'if', 'typeswitch', 'item', 'empty-sequence', 'schema-attribute', 'schema-element']);

const GENERAL_COMP = new Set(['=', '!=', '<', '<=', '>', '>=']);
const VALUE_COMP = new Set(['eq', 'ne', 'lt', 'le', 'gt', 'ge']);

export function splitQName(text: string): LexQName {
  const i = text.indexOf(':');
  return i < 0 ? { prefix: '', local: text } : { prefix: text.slice(0, i), local: text.slice(i + 1) };
}

class Parser {
  private pos = 0;
  private readonly toks: Token[];

  constructor(readonly text: string) {
    this.toks = tokenize(text);
  }

  private peek(k = 0): Token {
    return this.toks[Math.min(this.pos + k, this.toks.length - 1)]!;
  }

  private next(): Token {
    const t = this.peek();
    if (this.pos < this.toks.length - 1) this.pos++;
    return t;
  }

  private fail(message: string, tok: Token = this.peek()): never {
    throw new XPathSyntaxError(message, { start: tok.start, end: Math.max(tok.end, tok.start + 1) });
  }

  private isSym(v: string, k = 0): boolean {
    const t = this.peek(k);
    return t.type === 'symbol' && t.value === v;
  }

  private isName(v: string, k = 0): boolean {
    const t = this.peek(k);
    return t.type === 'name' && t.value === v;
  }

  private expectSym(v: string): Token {
    if (!this.isSym(v)) this.fail(`Expected '${v}'${this.peek().type === 'eof' ? ' at end of expression' : ` but found '${this.peek().value}'`}`);
    return this.next();
  }

  private expectName(v: string): Token {
    if (!this.isName(v)) this.fail(`Expected '${v}'`);
    return this.next();
  }

  private span(start: number): Span {
    const prev = this.toks[this.pos - 1];
    return { start, end: prev === undefined ? start : Math.max(prev.end, start) };
  }

  parseAll(): Expr {
    const e = this.expr();
    if (this.peek().type !== 'eof') this.fail(`Unexpected '${this.peek().value}'`);
    return e;
  }

  expr(): Expr {
    const start = this.peek().start;
    const first = this.exprSingle();
    if (!this.isSym(',')) return first;
    const items = [first];
    while (this.isSym(',')) {
      this.next();
      items.push(this.exprSingle());
    }
    return { kind: 'sequence', items, span: this.span(start) };
  }

  private exprSingle(): Expr {
    const t = this.peek();
    if (t.type === 'name' && this.isSym('$', 1)) {
      if (t.value === 'for') return this.forExpr();
      if (t.value === 'some' || t.value === 'every') return this.quantified();
    }
    if (t.type === 'name' && t.value === 'if' && this.isSym('(', 1)) return this.ifExpr();
    return this.orExpr();
  }

  private bindings(keyword: string): Binding[] {
    const out: Binding[] = [];
    do {
      if (out.length > 0) this.next(); // ','
      const start = this.peek().start;
      this.expectSym('$');
      const nameTok = this.next();
      if (nameTok.type !== 'name') this.fail('Expected a variable name', nameTok);
      this.expectName('in');
      const expr = this.exprSingle();
      out.push({ name: splitQName(nameTok.value), expr, span: this.span(start) });
    } while (this.isSym(','));
    if (!this.isName(keyword)) this.fail(`Expected '${keyword}'`);
    this.next();
    return out;
  }

  private forExpr(): Expr {
    const start = this.next().start;
    const bindings = this.bindings('return');
    const body = this.exprSingle();
    return { kind: 'for', bindings, body, span: this.span(start) };
  }

  private quantified(): Expr {
    const kw = this.next();
    const bindings = this.bindings('satisfies');
    const test = this.exprSingle();
    return { kind: 'quantified', quantifier: kw.value === 'some' ? 'some' : 'every', bindings, test, span: this.span(kw.start) };
  }

  private ifExpr(): Expr {
    const start = this.next().start;
    this.expectSym('(');
    const cond = this.expr();
    this.expectSym(')');
    this.expectName('then');
    const then = this.exprSingle();
    this.expectName('else');
    const els = this.exprSingle();
    return { kind: 'if', cond, then, else: els, span: this.span(start) };
  }

  private binaryLeft(ops: (t: Token) => BinaryOp | null, sub: () => Expr): Expr {
    const start = this.peek().start;
    let left = sub();
    for (;;) {
      const op = ops(this.peek());
      if (op === null) return left;
      this.next();
      const right = sub();
      left = { kind: 'binary', op, left, right, span: this.span(start) };
    }
  }

  private orExpr(): Expr {
    return this.binaryLeft((t) => (t.type === 'name' && t.value === 'or' ? 'or' : null), () => this.andExpr());
  }

  private andExpr(): Expr {
    return this.binaryLeft((t) => (t.type === 'name' && t.value === 'and' ? 'and' : null), () => this.comparisonExpr());
  }

  private comparisonExpr(): Expr {
    const start = this.peek().start;
    const left = this.rangeExpr();
    const t = this.peek();
    let op: BinaryOp | null = null;
    if (t.type === 'symbol' && (GENERAL_COMP.has(t.value) || t.value === '<<' || t.value === '>>')) op = t.value as BinaryOp;
    else if (t.type === 'name' && (VALUE_COMP.has(t.value) || t.value === 'is')) op = t.value as BinaryOp;
    if (op === null) return left;
    this.next();
    const right = this.rangeExpr();
    return { kind: 'binary', op, left, right, span: this.span(start) };
  }

  private rangeExpr(): Expr {
    const start = this.peek().start;
    const left = this.additiveExpr();
    if (!this.isName('to')) return left;
    this.next();
    const right = this.additiveExpr();
    return { kind: 'binary', op: 'to', left, right, span: this.span(start) };
  }

  private additiveExpr(): Expr {
    return this.binaryLeft(
      (t) => (t.type === 'symbol' && (t.value === '+' || t.value === '-') ? t.value : null),
      () => this.multiplicativeExpr(),
    );
  }

  private multiplicativeExpr(): Expr {
    return this.binaryLeft((t) => {
      if (t.type === 'symbol' && t.value === '*') return '*';
      if (t.type === 'name' && (t.value === 'div' || t.value === 'idiv' || t.value === 'mod')) return t.value;
      return null;
    }, () => this.unionExpr());
  }

  private unionExpr(): Expr {
    return this.binaryLeft((t) => {
      if (t.type === 'symbol' && t.value === '|') return 'union';
      if (t.type === 'name' && t.value === 'union') return 'union';
      return null;
    }, () => this.intersectExceptExpr());
  }

  private intersectExceptExpr(): Expr {
    return this.binaryLeft(
      (t) => (t.type === 'name' && (t.value === 'intersect' || t.value === 'except') ? t.value : null),
      () => this.instanceofExpr(),
    );
  }

  private instanceofExpr(): Expr {
    const start = this.peek().start;
    let e = this.treatExpr();
    if (this.isName('instance') && this.isName('of', 1)) {
      this.next();
      this.next();
      const type = this.sequenceType();
      e = { kind: 'instanceOf', expr: e, type, span: this.span(start) };
    }
    return e;
  }

  private treatExpr(): Expr {
    const start = this.peek().start;
    let e = this.castableExpr();
    if (this.isName('treat') && this.isName('as', 1)) {
      this.next();
      this.next();
      const type = this.sequenceType();
      e = { kind: 'treatAs', expr: e, type, span: this.span(start) };
    }
    return e;
  }

  private singleType(): { type: LexQName; optional: boolean } {
    const t = this.next();
    if (t.type !== 'name') this.fail('Expected a type name', t);
    const optional = this.isSym('?');
    if (optional) this.next();
    return { type: splitQName(t.value), optional };
  }

  private castableExpr(): Expr {
    const start = this.peek().start;
    let e = this.castExpr();
    if (this.isName('castable') && this.isName('as', 1)) {
      this.next();
      this.next();
      const { type, optional } = this.singleType();
      e = { kind: 'castable', expr: e, type, optional, span: this.span(start) };
    }
    return e;
  }

  private castExpr(): Expr {
    const start = this.peek().start;
    let e = this.unaryExpr();
    if (this.isName('cast') && this.isName('as', 1)) {
      this.next();
      this.next();
      const { type, optional } = this.singleType();
      e = { kind: 'cast', expr: e, type, optional, span: this.span(start) };
    }
    return e;
  }

  private unaryExpr(): Expr {
    const t = this.peek();
    if (t.type === 'symbol' && (t.value === '-' || t.value === '+')) {
      this.next();
      const operand = this.unaryExpr();
      return { kind: 'unary', op: t.value, operand, span: this.span(t.start) };
    }
    return this.pathExpr();
  }

  private sequenceType(): SequenceTypeSyntax {
    const t = this.peek();
    if (t.type === 'name' && t.value === 'empty-sequence' && this.isSym('(', 1)) {
      this.next();
      this.next();
      this.expectSym(')');
      return { kind: 'empty-sequence' };
    }
    let item: ItemTypeSyntax;
    if (t.type === 'name' && t.value === 'item' && this.isSym('(', 1)) {
      this.next();
      this.next();
      this.expectSym(')');
      item = { kind: 'item' };
    } else if (t.type === 'name' && KIND_TESTS.has(t.value) && this.isSym('(', 1)) {
      item = { kind: 'node', test: this.kindTest() };
    } else if (t.type === 'name') {
      this.next();
      item = { kind: 'atomic', name: splitQName(t.value) };
    } else this.fail('Expected a sequence type');
    let occurrence: Occurrence = '';
    const o = this.peek();
    if (o.type === 'symbol' && (o.value === '?' || o.value === '*' || o.value === '+')) {
      this.next();
      occurrence = o.value;
    }
    return { kind: 'type', item, occurrence };
  }

  /** A kind test such as `node()`, `text()`, `element()`; only processing-instruction() takes an argument. */
  private kindTest(): NodeTest {
    const t = this.next();
    this.expectSym('(');
    if (t.value === 'processing-instruction' && !this.isSym(')')) {
      const arg = this.next();
      if (arg.type !== 'name' && arg.type !== 'string') this.fail('Expected a processing-instruction target', arg);
      this.expectSym(')');
      return { kind: 'processing-instruction', target: arg.value.trim() };
    }
    if (!this.isSym(')')) this.fail(`Arguments to ${t.value}() are not supported`);
    this.next();
    switch (t.value) {
      case 'node':
        return { kind: 'node' };
      case 'text':
        return { kind: 'text' };
      case 'element':
        return { kind: 'element' };
      case 'attribute':
        return { kind: 'attribute' };
      case 'document-node':
        return { kind: 'document-node' };
      case 'comment':
        return { kind: 'comment' };
      case 'processing-instruction':
        return { kind: 'processing-instruction', target: null };
      default:
        return this.fail(`Unknown kind test ${t.value}()`, t);
    }
  }

  private startsStep(): boolean {
    const t = this.peek();
    if (t.type === 'name' || t.type === 'string' || t.type === 'integer' || t.type === 'decimal' || t.type === 'double') return true;
    return t.type === 'symbol' && ['@', '..', '.', '*', '(', '$'].includes(t.value);
  }

  private pathExpr(): Expr {
    const t = this.peek();
    if (this.isSym('/')) {
      this.next();
      if (!this.startsStep()) return { kind: 'path', root: '/', steps: [], span: this.span(t.start) };
      const steps = this.relativeSteps();
      return { kind: 'path', root: '/', steps, span: this.span(t.start) };
    }
    if (this.isSym('//')) {
      this.next();
      const steps = this.relativeSteps();
      return { kind: 'path', root: '//', steps, span: this.span(t.start) };
    }
    const steps = this.relativeSteps();
    const only = steps[0]!;
    if (steps.length === 1 && only.kind === 'exprStep') return only.expr;
    return { kind: 'path', root: '', steps, span: this.span(t.start) };
  }

  private relativeSteps(): Step[] {
    const steps: Step[] = [this.stepExpr()];
    for (;;) {
      if (this.isSym('/')) {
        this.next();
        steps.push(this.stepExpr());
      } else if (this.isSym('//')) {
        const t = this.next();
        steps.push({ kind: 'axisStep', axis: 'descendant-or-self', test: { kind: 'node' }, predicates: [], span: { start: t.start, end: t.end } });
        steps.push(this.stepExpr());
      } else return steps;
    }
  }

  private predicates(): Expr[] {
    const out: Expr[] = [];
    while (this.isSym('[')) {
      this.next();
      out.push(this.expr());
      this.expectSym(']');
    }
    return out;
  }

  private nameTest(tok: Token): NodeTest {
    const v = tok.value;
    if (v === '*') return { kind: 'name', prefix: null, local: null };
    if (v.startsWith('*:')) return { kind: 'name', prefix: null, local: v.slice(2) };
    const q = splitQName(v);
    return { kind: 'name', prefix: q.prefix, local: q.local === '*' ? null : q.local };
  }

  private nodeTest(): NodeTest {
    const t = this.peek();
    if (t.type === 'name' && KIND_TESTS.has(t.value) && this.isSym('(', 1)) return this.kindTest();
    if (t.type === 'name' || (t.type === 'symbol' && t.value === '*')) {
      this.next();
      return this.nameTest(t);
    }
    return this.fail('Expected a node test');
  }

  private stepExpr(): Step {
    const t = this.peek();
    const start = t.start;
    if (t.type === 'symbol' && t.value === '@') {
      this.next();
      const test = this.nodeTest();
      return { kind: 'axisStep', axis: 'attribute', test, predicates: this.predicates(), span: this.span(start) };
    }
    if (t.type === 'symbol' && t.value === '..') {
      this.next();
      return { kind: 'axisStep', axis: 'parent', test: { kind: 'node' }, predicates: this.predicates(), span: this.span(start) };
    }
    if (t.type === 'name' && this.isSym('::', 1)) {
      if (!AXES.has(t.value)) this.fail(`Unsupported axis '${t.value}'`, t);
      this.next();
      this.next();
      const test = this.nodeTest();
      return { kind: 'axisStep', axis: t.value as Axis, test, predicates: this.predicates(), span: this.span(start) };
    }
    if ((t.type === 'symbol' && t.value === '*') || (t.type === 'name' && !this.isSym('(', 1)) || (t.type === 'name' && KIND_TESTS.has(t.value) && this.isSym('(', 1))) {
      const test = this.nodeTest();
      const axis: Axis = test.kind === 'attribute' ? 'attribute' : 'child';
      return { kind: 'axisStep', axis, test, predicates: this.predicates(), span: this.span(start) };
    }
    const primary = this.primary();
    const preds = this.predicates();
    const expr: Expr = preds.length === 0 ? primary : { kind: 'filter', base: primary, predicates: preds, span: this.span(start) };
    return { kind: 'exprStep', expr, span: this.span(start) };
  }

  private primary(): Expr {
    const t = this.next();
    switch (t.type) {
      case 'string':
        return { kind: 'string', value: t.value, span: { start: t.start, end: t.end } };
      case 'integer':
        return { kind: 'integer', value: t.value, span: { start: t.start, end: t.end } };
      case 'decimal':
        return { kind: 'decimal', value: t.value, span: { start: t.start, end: t.end } };
      case 'double':
        return { kind: 'double', value: t.value, span: { start: t.start, end: t.end } };
      case 'symbol':
        if (t.value === '$') {
          const n = this.next();
          if (n.type !== 'name') this.fail('Expected a variable name', n);
          return { kind: 'var', name: splitQName(n.value), span: { start: t.start, end: n.end } };
        }
        if (t.value === '.') return { kind: 'context', span: { start: t.start, end: t.end } };
        if (t.value === '(') {
          if (this.isSym(')')) {
            this.next();
            return { kind: 'sequence', items: [], span: this.span(t.start) };
          }
          const inner = this.expr();
          this.expectSym(')');
          // Keep parentheses visible in spans only; the tree is the inner expression.
          return inner;
        }
        return this.fail(`Unexpected '${t.value}'`, t);
      case 'name': {
        if (!this.isSym('(')) return this.fail(`Unexpected name '${t.value}'`, t);
        if (RESERVED_FUNCTION_NAMES.has(t.value)) this.fail(`'${t.value}' cannot be called as a function`, t);
        this.next();
        const args: Expr[] = [];
        if (!this.isSym(')')) {
          args.push(this.exprSingle());
          while (this.isSym(',')) {
            this.next();
            args.push(this.exprSingle());
          }
        }
        this.expectSym(')');
        return { kind: 'call', name: splitQName(t.value), args, span: this.span(t.start) };
      }
      default:
        return this.fail(t.type === 'eof' ? 'Unexpected end of expression' : `Unexpected '${t.value}'`, t);
    }
  }

  parseSequenceTypeAll(): SequenceTypeSyntax {
    const t = this.sequenceType();
    if (this.peek().type !== 'eof') this.fail(`Unexpected '${this.peek().value}' in a sequence type`);
    return t;
  }

  // ---- XSLT match patterns ----

  parsePatternAll(): Pattern {
    const p = this.patternUnion();
    if (this.peek().type !== 'eof') this.fail(`Unexpected '${this.peek().value}' in pattern`);
    return p;
  }

  private patternUnion(): Pattern {
    const start = this.peek().start;
    const alternatives: (PathPattern | ParenPattern)[] = [this.patternAlternative()];
    while (this.isSym('|') || this.isName('union')) {
      this.next();
      alternatives.push(this.patternAlternative());
    }
    return { alternatives, span: this.span(start) };
  }

  private patternAlternative(): PathPattern | ParenPattern {
    if (!this.isSym('(')) return this.pathPattern();
    const start = this.next().start;
    const inner = this.patternUnion();
    this.expectSym(')');
    const predicates = this.predicates();
    if (this.isSym('/') || this.isSym('//')) this.fail('A step after a parenthesized pattern is not supported');
    return { kind: 'paren', inner, predicates, span: this.span(start) };
  }

  private pathPattern(): PathPattern {
    const start = this.peek().start;
    let absolute = false;
    let connector: '/' | '//' = '//';
    if (this.isSym('/')) {
      this.next();
      absolute = true;
      connector = '/';
      if (!this.startsStep()) return { kind: 'path', absolute, steps: [], span: this.span(start) };
    } else if (this.isSym('//')) {
      this.next();
      absolute = true;
      connector = '//';
    }
    const steps: PatternStep[] = [];
    for (;;) {
      steps.push(this.patternStep(connector));
      if (this.isSym('/')) connector = '/';
      else if (this.isSym('//')) connector = '//';
      else break;
      this.next();
    }
    return { kind: 'path', absolute, steps, span: this.span(start) };
  }

  private patternStep(connector: '/' | '//'): PatternStep {
    const t = this.peek();
    let axis: 'child' | 'attribute' = 'child';
    if (t.type === 'symbol' && t.value === '@') {
      this.next();
      axis = 'attribute';
    } else if (t.type === 'name' && this.isSym('::', 1)) {
      if (t.value !== 'child' && t.value !== 'attribute') this.fail(`Axis '${t.value}' is not allowed in a match pattern`, t);
      axis = t.value;
      this.next();
      this.next();
    }
    const test = this.nodeTest();
    if (axis === 'child' && test.kind === 'attribute') axis = 'attribute';
    return { connector, axis, test, predicates: this.predicates(), span: this.span(t.start) };
  }
}

/** Parse an XPath 2.0 expression. Throws XPathSyntaxError (XPST0003) with the span of the fault. */
export function parseXPath(text: string): Expr {
  return new Parser(text).parseAll();
}

/** Parse an XSLT 2.0 match pattern (rule context). Throws XPathSyntaxError. */
export function parsePattern(text: string): Pattern {
  return new Parser(text).parsePatternAll();
}

/** Parse a sequence type as written in an `as` attribute, e.g. `xs:decimal?`. */
export function parseSequenceType(text: string): SequenceTypeSyntax {
  return new Parser(text).parseSequenceTypeAll();
}
