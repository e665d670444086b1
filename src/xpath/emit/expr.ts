/**
 * Resolved XPath (analyze/types.ts) to JavaScript expressions, through the code builder.
 *
 * Every emitted expression runs where these names are bound: `c` the context item, `p` the
 * context position, `z` the context size, `S` the run state (S.D: per-document state), `rt` the
 * runtime library. Each emission has a representation: `seq` (array of items), `bool` (a JS
 * boolean that is exactly one xs:boolean), `str` (exactly one xs:string), `dbl` (exactly one
 * xs:double), `int` (exactly one small xs:integer as a JS number: count(), position()...), `big`
 * (exactly one xs:integer as a bigint: integer arithmetic), or `one` (exactly one item of any
 * type). Conversions between them follow XPath's rules.
 */
import { translateRegex, RegexSyntaxError } from '../runtime/regex.js';
import { parseReplacement } from '../runtime/strings.js';
import { XPathStaticError } from '../analyze/errors.js';
import { FN } from '../analyze/functions/common.js';
import { isNumericType, ownFocusChildren, positional, sameFocusChildren, type ArithOp, type CompOp, type RExpr, type RStep, type ResolvedTest, type SeqTypeR, type VarBinding } from '../analyze/index.js';
import { Code, Hoister, NameTable, _, join, literal } from './code.js';

export type Repr = 'seq' | 'bool' | 'str' | 'dbl' | 'int' | 'big' | 'one';

/** A predicate `K = V` answered from groups (see `keyedPredicate`). */
interface Keyed {
  readonly decimal: boolean;
  readonly kid: number;
  readonly key: Code;
  readonly value: Code;
}

export interface Emitted {
  readonly code: Code;
  readonly repr: Repr;
  /** A cheaper test of non-emptiness, when the emitter knows one (paths ending in a plain step). */
  readonly exists?: Code;
  /** For `child::name` from one node (not shared): the node and the test, so the string value can skip the list. */
  readonly child?: { readonly node: Code; readonly test: Code };
  /** For `str`: a cheaper test that the string is empty (`normalize-space(X)`: X is all whitespace). */
  readonly blank?: Code;
}

const BOOL_IMPLS = new Set(['contains', 'startsWith', 'endsWith', 'matches', 'not', 'boolean', 'true', 'false', 'exists', 'empty']);
const STR_IMPLS = new Set([
  'string',
  'normalizeSpace',
  'upperCase',
  'lowerCase',
  'substring',
  'substringBefore',
  'substringAfter',
  'concat',
  'stringJoin',
  'translate',
  'codepointsToString',
  'replace',
  'nodeName',
  'localName',
  'namespaceUri',
]);
const INT_IMPLS = new Set(['stringLength', 'count', 'position', 'last']);

/** The JavaScript operator of a comparison on strings or numbers. */
const JS: Record<CompOp, string> = { eq: '===', ne: '!==', lt: '<', le: '<=', gt: '>', ge: '>=' };

/** See `ExprEmitter.existencePath`. */
export interface ExistencePath {
  /** The test is `count(path) <= limit` (else `count(path) > limit`); `empty(path)` is at most 0. */
  readonly atMost: boolean;
  readonly limit: number;
  /** -1 the context node, k >= 0 the k-th rule let, -2 every element named `desc`, -3 every attribute named `desc` (and no steps). */
  readonly from: number;
  readonly desc: ResolvedTest | null;
  /** Per step, its alternative name tests. */
  readonly steps: readonly (readonly ResolvedTest[])[];
}

/** The fields of a runtime `PathCheck` row for an `ExistencePath`. */
export interface ExistenceCheck {
  readonly atMost: boolean;
  readonly limit: number;
  readonly from: number;
  readonly desc: Code | null;
  readonly steps: Code;
  readonly pre: Code | null;
}

/** How a variable binding is read in generated code. */
export interface VarAccess {
  readonly code: Code;
  readonly repr: Repr;
}

export class ExprEmitter {
  private readonly vars = new Map<number, VarAccess>();
  /** Per-document memo slots, shared with the schematron compiler (global variables). */
  nextSlot = 0;
  /** Common subexpressions of the current rule body (paths from the context node), by code text. */
  private cse: Map<string, Code> | null = null;
  private cseNames: Code[] = [];
  /** Depth of nested closures (predicates, for/some/every bodies, path maps): CSE only at depth 0. */
  private depth = 0;

  constructor(
    readonly names: NameTable,
    readonly hoist: Hoister,
  ) {}

  /** Start sharing context-node paths within one rule body (one value of `c`). */
  beginScope(): void {
    this.cse = new Map();
    this.cseNames = [];
  }

  /** End the scope; returns the temporaries the body must declare (`let t0, t1;`). */
  endScope(): Code[] {
    this.cse = null;
    return this.cseNames;
  }

  private shared(code: Code): Code {
    if (this.cse === null || this.depth > 0) return code;
    let name = this.cse.get(code.text);
    if (name === undefined) {
      name = this.names.make('t');
      this.cse.set(code.text, name);
      this.cseNames.push(name);
    }
    return _`(${name} ??= ${code})`;
  }

  private nested<T>(f: () => T): T {
    this.depth++;
    try {
      return f();
    } finally {
      this.depth--;
    }
  }

  bindVar(b: VarBinding, access: VarAccess): void {
    this.vars.set(b.id, access);
  }

  localName(b: VarBinding): Code {
    return this.names.make(`v${b.id}_`);
  }

  // ------------------------------------------------------------ conversions

  seq(e: Emitted): Code {
    switch (e.repr) {
      case 'seq':
        return e.code;
      case 'int':
        return _`[BigInt(${e.code})]`;
      default:
        return _`[${e.code}]`;
    }
  }

  bool(e: Emitted): Code {
    if (e.exists !== undefined) return e.exists;
    switch (e.repr) {
      case 'bool':
        return e.code;
      case 'str':
        return e.blank !== undefined ? _`!${e.blank}` : _`(${e.code}.length > 0)`;
      case 'dbl':
        return _`rt.ebvNum(${e.code})`;
      case 'int':
        return _`(${e.code} !== 0)`;
      case 'big':
        return _`(${e.code} !== 0n)`;
      case 'one':
        return _`rt.ebv([${e.code}])`;
      case 'seq':
        return _`rt.ebv(${e.code})`;
    }
  }

  str(e: Emitted, fn: string): Code {
    switch (e.repr) {
      case 'str':
        return e.code;
      case 'one':
        return _`rt.strItem(${e.code}, ${fn})`;
      default:
        if (e.child !== undefined) return _`rt.childStr(${e.child.node}, ${e.child.test}, ${fn})`;
        return _`rt.strArg(${this.seq(e)}, ${fn})`;
    }
  }

  dbl(e: Emitted, fn: string): Code {
    switch (e.repr) {
      case 'dbl':
      case 'int':
        return e.code;
      default:
        return _`rt.dblArg(${this.seq(e)}, ${fn})`;
    }
  }

  // ------------------------------------------------------------ expressions

  emit(e: RExpr): Emitted {
    if (this.memoizable(e)) {
      const inner = e.k === 'path' ? this.path(e.first, e.steps, true) : this.emitRaw(e);
      return { code: this.memo(inner.code), repr: inner.repr };
    }
    return this.emitRaw(e);
  }

  /** Memo slots by the code they hold: the same context-free subexpression, wherever it is written, is computed once per document. */
  private readonly memoSlots = new Map<string, number>();

  private memo(inner: Code): Code {
    let slot = this.memoSlots.get(inner.text);
    if (slot === undefined) {
      slot = this.nextSlot++;
      this.memoSlots.set(inner.text, slot);
    }
    return _`(S.D.memo[${slot}] !== undefined ? S.D.memo[${slot}] : (S.D.memo[${slot}] = ${inner}))`;
  }

  /** Context-free expressions that walk the tree are computed once per document. */
  private memoizable(e: RExpr): boolean {
    if (e.k !== 'path' && e.k !== 'call' && e.k !== 'gcomp' && e.k !== 'filter' && e.k !== 'arith' && e.k !== 'set') return false;
    return contextFree(e) && walksTree(e);
  }

  private emitRaw(e: RExpr): Emitted {
    switch (e.k) {
      case 'lit':
        return this.literal(e.lit, e.value);
      case 'seq': {
        if (e.items.length === 0) return { code: _`rt.EMPTY`, repr: 'seq' };
        if (e.items.length === 1) return this.emit(e.items[0]!);
        if (e.items.every((x) => x.k === 'lit')) {
          // a constant sequence: built once at module load
          const parts = e.items.map((x) => this.emit(x).code);
          const key = `seq:${e.items.map((x) => (x.k === 'lit' ? `${x.lit}:${x.value}` : '')).join('\u0000')}`;
          return { code: this.hoist.constant('Q', key, _`Object.freeze([${join(parts)}])`), repr: 'seq' };
        }
        const parts = e.items.map((x) => {
          const em = this.emit(x);
          return em.repr === 'seq' ? _`...${em.code}` : em.repr === 'int' ? _`BigInt(${em.code})` : em.code;
        });
        return { code: _`[${join(parts)}]`, repr: 'seq' };
      }
      case 'ctx':
        return { code: _`c`, repr: 'one' };
      case 'root':
        return { code: _`rt.rootOf(rt.requireNode(c))`, repr: 'one' };
      case 'var': {
        const a = this.vars.get(e.binding.id);
        if (a === undefined) throw new XPathStaticError(`Variable $${e.binding.name} is not available here`, e.span, 'XPST0008');
        return a;
      }
      case 'path':
        return this.path(e.first, e.steps);
      case 'filter': {
        // A variable's value and a per-document memo are the same array each time: keyed filters can index it.
        // (A keyed filter's result is again the same array each time; a plain filter's is not.)
        let stable = e.base.k === 'var' || this.memoizable(e.base);
        let code = this.seq(this.emit(e.base));
        for (const p of e.preds) {
          const keyed = stable ? this.keyedPredicate(p) : null;
          if (isNumericType(p.type.item) && withoutFocus(p)) {
            // `$digits[$i + 1]`: one number for every item, so the item at that position, found
            // directly (the predicate is evaluated once, and only when there are items)
            code = _`rt.itemAt(${code}, () => ${this.seq(this.emit(p))})`;
            stable = false;
          } else if (keyed !== null) code = this.filterStable(code, p, keyed);
          else {
            code = _`rt.filter(${code}, ${this.predicate(p)})`;
            stable = false;
          }
        }
        return { code, repr: 'seq' };
      }
      case 'call':
        return this.call(e);
      case 'ucall': {
        const args = e.args.map((a) => this.seq(this.emit(a)));
        return { code: _`${new Code(e.fn.jsName)}(S${args.length > 0 ? _`, ${join(args)}` : _``})`, repr: 'seq' };
      }
      case 'logic': {
        const l = this.bool(this.emit(e.left));
        const r = this.bool(this.emit(e.right));
        return { code: e.op === 'and' ? _`(${l} && ${r})` : _`(${l} || ${r})`, repr: 'bool' };
      }
      case 'gcomp':
        return this.generalComparison(e.op, e.left, e.right);
      case 'vcomp': {
        const l = this.emit(e.left);
        const r = this.emit(e.right);
        const direct = this.directComparison(e.op, l, e.left, r, e.right);
        if (direct !== null) return direct;
        const code = _`rt.valueCompare(${e.op}, ${this.seq(l)}, ${this.seq(r)})`;
        return e.type.card === '1' ? { code: _`(${code} === true)`, repr: 'bool' } : { code: _`rt.optBool(${code})`, repr: 'seq' };
      }
      case 'ncomp':
        return { code: _`rt.optBool(rt.isSameNode(${this.seq(this.emit(e.left))}, ${this.seq(this.emit(e.right))}, ${e.op}))`, repr: 'seq' };
      case 'arith': {
        const l = this.emit(e.left);
        const r = this.emit(e.right);
        const typed = this.integerArith(e.op, l, e.left, r, e.right);
        if (typed !== null) return typed;
        const code = _`rt.arith(${e.op}, ${this.seq(l)}, ${this.seq(r)})`;
        return { code, repr: 'seq' };
      }
      case 'set':
        return { code: _`rt.${new Code(e.op === 'union' ? 'union' : e.op)}(${this.seq(this.emit(e.left))}, ${this.seq(this.emit(e.right))})`, repr: 'seq' };
      case 'range':
        return { code: _`rt.range(${this.seq(this.emit(e.left))}, ${this.seq(this.emit(e.right))})`, repr: 'seq' };
      case 'neg':
        return { code: _`rt.${new Code(e.op === '-' ? 'negate' : 'unaryPlus')}(${this.seq(this.emit(e.operand))})`, repr: 'seq' };
      case 'if': {
        const cond = this.bool(this.emit(e.cond));
        const a = this.emit(e.then);
        const b = this.emit(e.else);
        if (a.repr === b.repr) return { code: _`(${cond} ? ${a.code} : ${b.code})`, repr: a.repr };
        return { code: _`(${cond} ? ${this.seq(a)} : ${this.seq(b)})`, repr: 'seq' };
      }
      case 'for': {
        const v = this.localName(e.binding);
        this.bindVar(e.binding, { code: v, repr: 'one' });
        const body = this.nested(() => this.seq(this.emit(e.body)));
        return { code: _`rt.forMap(${this.seq(this.emit(e.in))}, (${v}) => ${body})`, repr: 'seq' };
      }
      case 'quant': {
        const membership = this.quantifiedMembership(e);
        if (membership !== null) return membership;
        const v = this.localName(e.binding);
        this.bindVar(e.binding, { code: v, repr: 'one' });
        const test = this.nested(() => this.bool(this.emit(e.test)));
        const method = new Code(e.every ? 'every' : 'some');
        return { code: _`${this.seq(this.emit(e.in))}.${method}((${v}) => ${test})`, repr: 'bool' };
      }
      case 'instance':
        return { code: _`rt.instanceOf(${this.seq(this.emit(e.expr))}, ${this.seqSpec(e.seqType)})`, repr: 'bool' };
      case 'cast':
        return { code: _`rt.castSeq(${this.seq(this.emit(e.expr))}, ${e.target}, ${e.optional})`, repr: 'seq' };
      case 'castable':
        return { code: _`rt.castableSeq(${this.seq(this.emit(e.expr))}, ${e.target}, ${e.optional})`, repr: 'bool' };
    }
  }

  seqSpec(t: SeqTypeR | null): Code {
    if (t === null) return _`null`;
    if (t.kind === 'empty') return _`null`;
    return this.hoist.constant('T', `spec:${t.item}${t.occ}`, _`Object.freeze({ item: ${t.item}, occ: ${t.occ} })`);
  }

  private literal(kind: 'string' | 'integer' | 'decimal' | 'double', value: string): Emitted {
    switch (kind) {
      case 'string':
        return { code: literal(value), repr: 'str' };
      case 'integer': {
        const n = BigInt(value);
        return { code: literal(n), repr: 'one' };
      }
      case 'decimal':
        return { code: this.hoist.constant('K', `dec:${value}`, _`rt.dec(${value})`), repr: 'one' };
      case 'double':
        return { code: literal(Number(value)), repr: 'dbl' };
    }
  }

  private test(t: ResolvedTest): Code {
    const key = `test:${t.kind}:${t.ns ?? '*'}:${t.local ?? '*'}`;
    const value = t.kind === 1 || t.kind === 2 ? _`rt.nameTest(${t.kind}, ${t.ns}, ${t.local})` : t.kind === 5 ? _`rt.piTest(${t.local})` : _`rt.kindTest(${t.kind})`;
    return this.hoist.constant('N', key, value);
  }

  /** A predicate as a closure `(c, p, z) => boolean`. */
  predicate(p: RExpr): Code {
    return this.nested(() => _`(c, p, z) => ${this.predicateBody(p)}`);
  }

  /** A non-positional predicate as a boolean expression over `c` (for inlining where `c` is bound). */
  predicateTest(p: RExpr): Code {
    return this.nested(() => this.predicateBody(p));
  }

  private predicateBody(p: RExpr): Code {
    const em = this.emit(p);
    let body: Code;
    if (em.repr === 'bool') body = em.code;
    else if (isNumericType(p.type.item) && p.type.card === '1' && em.repr === 'int') body = _`(${em.code} === p)`;
    else if (isNumericType(p.type.item)) body = _`rt.posEq(${this.seq(em)}, p)`;
    else if (positional(p)) body = _`rt.predicateTruth(${this.seq(em)}, p)`;
    else body = this.bool(em);
    return body;
  }

  /**
   * A path from the root that the per-document indexes answer directly: `//name`, `//(a | b)`,
   * `//@name`, and descendant-or-self::node() followed by an attribute or child step (only
   * elements, and for a child step the document node, can have what that step selects).
   * Returns the code of the node list and how many steps it covers, or null.
   */
  private fromDocumentIndex(first: RExpr, steps: readonly RStep[]): { cur: Code; skip: number } | null {
    const s0 = steps[0];
    if (first.k !== 'root' || s0 === undefined || s0.k !== 'axis') return null;
    if (s0.axis === 'descendant' && s0.test.kind === 1 && s0.test.ns !== null && s0.test.local !== null && !s0.preds.some(positional)) {
      let cur = _`rt.descendantsByName(S.D, c, ${s0.test.ns}, ${s0.test.local})`;
      for (const p of s0.preds) cur = this.filterStable(cur, p);
      return { cur, skip: 1 };
    }
    const s1 = steps[1];
    if (s0.axis !== 'descendant-or-self' || s0.test.kind !== 0 || s0.preds.length > 0 || s1 === undefined) return null;
    if (s1.k === 'map') {
      const names = childNameUnion(s1.expr);
      if (names === null) return null;
      return { cur: names.map((t) => _`rt.descendantsByName(S.D, c, ${t.ns}, ${t.local})`).reduce((a, b) => _`rt.union(${a}, ${b})`), skip: 2 };
    }
    if (s1.axis === 'attribute' && s1.test.ns !== null && s1.test.local !== null && !s1.preds.some(positional)) {
      let cur = _`rt.attributesByName(S.D, c, ${s1.test.ns}, ${s1.test.local})`;
      for (const p of s1.preds) cur = _`rt.filter(${cur}, ${this.predicate(p)})`;
      return { cur, skip: 2 };
    }
    if (s1.axis === 'attribute' || s1.axis === 'child') {
      return { cur: s1.axis === 'attribute' ? _`rt.documentElements(S.D, c)` : _`rt.documentAndElements(S.D, c)`, skip: 1 };
    }
    return null;
  }

  /**
   * `memoPrefixes`: the path is context-free (memoized as a whole), so each prefix that ends in
   * a filtered step is memoized too and shared with other paths that start the same way
   * (`//cac:AllowanceCharge[cbc:ChargeIndicator = true()]/...` in a dozen VAT rules).
   */
  private path(first: RExpr, steps: readonly RStep[], memoPrefixes = false): Emitted {
    let cur: Code;
    /** `cur` is one node (not an array). */
    let single: boolean;
    /** `cur` is an array known to hold only nodes. */
    let nodes = false;
    /** The path starts at the context node, so its prefixes can be shared within a rule body. */
    let fromContext = false;
    let i = 0;
    /** `cur` is the same array each time within a document (a memo): its children can be kept and grouped by key. */
    let stable = false;
    const indexed = this.fromDocumentIndex(first, steps);
    if (indexed !== null) {
      cur = indexed.cur;
      single = false;
      nodes = true;
      i = indexed.skip;
      if (memoPrefixes && i < steps.length && steps.slice(0, i).some((s) => s.k === 'axis' && s.preds.length > 0)) {
        cur = this.memo(cur);
        stable = true;
      }
    } else if (first.k === 'ctx' && first.type.item === 'node') {
      cur = _`c`;
      single = true;
      fromContext = true;
    } else if (first.k === 'var' && first.binding.kind === 'local' && first.type.item === 'node') {
      // A rule-level let holding nodes: fixed for the whole rule body, so its paths are shared too.
      const f = this.emit(first);
      single = f.repr === 'one';
      cur = single ? f.code : this.seq(f);
      nodes = !single;
      fromContext = true;
    } else {
      const f = this.emit(first);
      single = f.repr === 'one';
      cur = single ? _`rt.requireNode(${f.code})` : this.seq(f);
    }
    let exists: Code | undefined;
    let childOf: { node: Code; test: Code } | undefined;
    for (; i < steps.length; i++) {
      const s = steps[i]!;
      exists = undefined;
      childOf = undefined;
      if (s.k === 'map') {
        const body = this.nested(() => this.seq(this.emit(s.expr)));
        cur = _`rt.pathMap(${single ? _`[${cur}]` : cur}, (c, p, z) => ${body})`;
        nodes = false;
        stable = false;
      } else {
        const test = this.test(s.test);
        if (s.preds.length === 0 && i === steps.length - 1) exists = single ? _`rt.anyOnAxis(${cur}, ${s.axis}, ${test})` : _`rt.anyOnAxisSeq(${cur}, ${s.axis}, ${test})`;
        const keyed = ((i === 0 && (first.k === 'var' || first.k === 'root')) || stable) && (single || nodes) ? this.keyedChildStep(s) : null;
        stable = false;
        if (s.axis === 'child' && s.preds.length === 0 && (single || nodes)) {
          if (single) childOf = { node: cur, test };
          cur = single ? _`rt.child(${cur}, ${test})` : _`rt.childOfNodes(${cur}, ${test})`;
        } else if (keyed !== null) {
          // From a variable or the root: the same nodes each time, so their children are kept per
          // document and grouped by the keyed predicates (`$root/cac:InvoiceLine[category = 'S']`).
          cur = _`rt.childrenKept(S.D, ${cur}, ${test})`;
          // grouped while the list is one kept or grouped array; after a plain filter, plain filters
          let grouped = true;
          s.preds.forEach((p, j) => {
            const k = grouped ? keyed[j]! : null;
            cur = this.filterStable(cur, p, k);
            if (k === null) grouped = false;
          });
        } else {
          const preds = s.preds.length === 0 ? _`null` : _`[${join(s.preds.map((p) => this.predicate(p)))}]`;
          cur = single ? _`rt.stepOne(${cur}, ${s.axis}, ${test}, ${preds})` : nodes ? _`rt.stepNodes(${cur}, ${s.axis}, ${test}, ${preds})` : _`rt.step(${cur}, ${s.axis}, ${test}, ${preds})`;
        }
        if (fromContext) {
          const before = cur;
          cur = this.shared(cur);
          if (cur !== before) childOf = undefined;
        }
        nodes = true;
        // `..` is one node (or none), the same from all its children: its children can be kept too
        // (`../../../cac:InvoiceLine[category = 'S']` from each VAT breakdown).
        if (s.axis === 'parent' && s.preds.length === 0) stable = true;
        if (memoPrefixes && s.preds.length > 0 && i < steps.length - 1) {
          cur = this.memo(cur);
          stable = true;
        }
      }
      single = false;
    }
    if (single) return { code: cur, repr: 'one' };
    if (exists !== undefined) {
      const chain = this.nameChain(first, steps);
      if (chain !== null) {
        const tests = this.hoist.constant('P', `chain:${chain.map((t) => `${t.kind}:${t.ns}:${t.local}`).join('/')}`, _`rt.namePath([${join(chain.map((t) => this.test(t)))}])`);
        exists = _`(S.D.hasNamePath(${tests}) && ${exists})`;
      }
    }
    const out: Emitted = exists === undefined ? { code: cur, repr: 'seq' } : { code: cur, repr: 'seq', exists };
    return childOf === undefined ? out : { ...out, child: childOf };
  }

  /**
   * A boolean test that is only how many nodes a plain name path selects, in the form the
   * runtime's `pathChecks` table takes: `exists(P)`, `boolean(P)` or `P` alone (true when P
   * selects something), `empty(P)` or `not(P)` (true when it selects nothing), `count(P) <= k`
   * and the like with an integer literal (`count(cac:InvoicePeriod) <= 1`). P starts at the
   * context node, at a rule-level let holding nodes (its index in `args`), at `//name`, or at a
   * union of child name steps; then child name steps (or a union of them), the last possibly an
   * attribute name step; no predicates, and every name a full QName. Null for anything else.
   */
  existencePath(e: RExpr, args: ReadonlyMap<number, number>): ExistencePath | null {
    let atMost = false;
    let limit = 0;
    let p = e;
    if (e.k === 'call' && e.args.length === 1) {
      const impl = e.fn.impl;
      if (impl === 'empty' || impl === 'not') atMost = true;
      else if (impl !== 'exists' && impl !== 'boolean') return null;
      p = e.args[0]!;
    } else if (e.k === 'vcomp' || e.k === 'gcomp') {
      // count(P) <= k, < k, > k, >= k with an integer literal k
      const { left, right, op } = e;
      if (left.k !== 'call' || left.fn.impl !== 'count' || left.args.length !== 1 || right.k !== 'lit' || right.lit !== 'integer') return null;
      const k = Number(right.value);
      if (!Number.isSafeInteger(k)) return null;
      if (op === 'le' || op === 'lt') [atMost, limit] = [true, op === 'le' ? k : k - 1];
      else if (op === 'gt' || op === 'ge') [atMost, limit] = [false, op === 'gt' ? k : k - 1];
      else return null;
      if (limit < 0 || limit > 1000) return null;
      p = left.args[0]!;
    }
    if (p.k !== 'path' || p.type.item !== 'node') return null;
    const full = (t: ResolvedTest, kind: 1 | 2): boolean => t.kind === kind && t.ns !== null && t.local !== null;
    const steps: ResolvedTest[][] = [];
    let from = -1;
    let desc: ResolvedTest | null = null;
    let rest = p.steps;
    const first = p.first;
    if (first.k === 'ctx' && first.type.item === 'node') from = -1;
    else if (first.k === 'var' && first.binding.kind === 'local' && first.type.item === 'node' && args.has(first.binding.id)) from = args.get(first.binding.id)!;
    else if (first.k === 'set') {
      const names = childNameUnion(first);
      if (names === null) return null;
      steps.push(names);
    } else if (first.k === 'root') {
      const [s0, s1] = rest;
      if (s0 === undefined || s0.k !== 'axis' || s0.preds.length > 0) return null;
      if (s0.axis === 'descendant' && full(s0.test, 1)) {
        from = -2;
        desc = s0.test;
        rest = rest.slice(1);
      } else if (s0.axis === 'descendant-or-self' && s0.test.kind === 0 && rest.length === 2 && s1!.k === 'axis' && s1!.axis === 'attribute' && s1!.preds.length === 0 && full(s1!.test, 2)) {
        // `//@name`: any attribute of that name in the document
        from = -3;
        desc = s1!.test;
        rest = [];
      } else return null;
    } else return null;
    for (let i = 0; i < rest.length; i++) {
      const s = rest[i]!;
      const last = i === rest.length - 1;
      if (s.k === 'map') {
        const names = childNameUnion(s.expr);
        if (names === null) return null;
        steps.push(names);
      } else if (s.preds.length > 0) return null;
      else if (s.axis === 'child' && full(s.test, 1)) steps.push([s.test]);
      else if (s.axis === 'attribute' && last && full(s.test, 2)) steps.push([s.test]);
      else return null;
    }
    // a let may hold a node twice, where the path would count it once: only emptiness from a let
    if (limit > 0 && from >= 0) return null;
    return steps.length === 0 && from > -2 ? null : { atMost, limit, from, desc, steps };
  }

  /** The code of an `existencePath` for a runtime `PathCheck` row (its name tests as module constants). */
  existenceCode(x: ExistencePath): ExistenceCheck {
    const { atMost, limit, from, steps } = x;
    // The precheck: the single-name steps that end the path (as `nameChain` for one path).
    const chain: ResolvedTest[] = [];
    for (let i = steps.length - 1; i >= 0 && steps[i]!.length === 1; i--) chain.unshift(steps[i]![0]!);
    const pre =
      chain.length === 0 || (from === -1 && steps.length < 2)
        ? null
        : this.hoist.constant('P', `chain:${chain.map((t) => `${t.kind}:${t.ns}:${t.local}`).join('/')}`, _`rt.namePath([${join(chain.map((t) => this.test(t)))}])`);
    const code = _`[${join(steps.map((alts) => _`[${join(alts.map((t) => this.test(t)))}]`))}]`;
    return { atMost, limit, from, desc: x.desc === null ? null : this.test(x.desc), steps: code, pre };
  }

  /** Evaluate `f` without sharing context-node paths with the rule body (for code outside it). */
  unshared<T>(f: () => T): T {
    const saved = this.cse;
    this.cse = null;
    try {
      return f();
    } finally {
      this.cse = saved;
    }
  }

  /**
   * The name tests whose parent/child chain an existence test of this path may first look up in
   * the document's index (when the chain does not occur in the document, the path selects
   * nothing), or null. Only where skipping the rest of the path cannot hide a dynamic error: the
   * start is the context node, the root from a rule's context node, or a local variable holding
   * nodes (already evaluated); every step is a plain axis step without predicates; and the path
   * has at least two steps (one child step from a node is as cheap as the lookup). The chain is
   * the last step's name test, preceded by the name tests of the child steps just before it.
   */
  private nameChain(first: RExpr, steps: readonly RStep[]): ResolvedTest[] | null {
    const axisSteps: Extract<RStep, { k: 'axis' }>[] = [];
    for (const s of steps) {
      if (s.k !== 'axis' || s.preds.length > 0) return null;
      axisSteps.push(s);
    }
    const full = (t: ResolvedTest) => (t.kind === 1 || t.kind === 2) && t.ns !== null && t.local !== null;
    const last = axisSteps[axisSteps.length - 1];
    if (last === undefined || !full(last.test)) return null;
    const start =
      (first.k === 'ctx' && first.type.item === 'node') ||
      (first.k === 'root' && this.cse !== null && this.depth === 0) ||
      (first.k === 'var' && first.binding.kind === 'local' && first.type.item === 'node') ||
      // `(cac:InvoiceLine | cac:CreditNoteLine)/cac:Item/...` (the official UBL-CR form): plain
      // child steps from a node cannot fail, and the chain checks the steps after them
      (first.k === 'set' && childNameUnion(first) !== null);
    if (!start || (steps.length < 2 && first.k === 'ctx')) return null;
    const chain = [last.test];
    if (last.axis === 'child' || last.axis === 'attribute') {
      for (let i = axisSteps.length - 2; i >= 0; i--) {
        const s = axisSteps[i]!;
        if (s.axis !== 'child' || s.test.kind !== 1 || !full(s.test)) break;
        chain.unshift(s.test);
      }
    }
    return chain;
  }

  private generalComparison(op: CompOp, left: RExpr, right: RExpr): Emitted {
    const named = op === 'eq' || op === 'ne' ? (this.namedValueComparison(op, left, right) ?? this.namedValueComparison(op, right, left)) : null;
    if (named !== null) return named;
    if (op === 'eq' && right.k === 'seq' && right.items.length > 3 && right.items.every((x) => x.k === 'lit' && x.lit === 'string')) {
      const values = right.items.map((x) => (x.k === 'lit' ? x.value : ''));
      const strings = this.emit(right).code;
      const set = this.hoist.constant('SET', `set:${values.join('\u0000')}`, _`new Set(${strings})`);
      return { code: _`rt.inStringSet(${this.seq(this.emit(left))}, ${set}, ${strings})`, repr: 'bool' };
    }
    const l = this.emit(left);
    const r = this.emit(right);
    const direct = this.directComparison(op, l, left, r, right);
    if (direct !== null) return direct;
    if (r.repr === 'str' || r.repr === 'one') return { code: _`rt.generalCompare1(${op}, ${this.seq(l)}, ${r.repr === 'one' ? _`rt.atomizeItem(${r.code})` : r.code})`, repr: 'bool' };
    return { code: _`rt.generalCompare(${op}, ${this.seq(l)}, ${this.seq(r)})`, repr: 'bool' };
  }

  /**
   * `@name = 'v'` or `name = 'v'` (also `!=`) from the context node: a child element or
   * attribute of that name whose string value is (or is not) exactly `v`, found without making
   * the node list or atomizing (`cbc:EndpointID[@schemeID = '0088']`, tested on every identifier).
   */
  private namedValueComparison(op: 'eq' | 'ne', path: RExpr, lit: RExpr): Emitted | null {
    if (lit.k !== 'lit' || lit.lit !== 'string' || path.k !== 'path' || path.first.k !== 'ctx' || path.first.type.item !== 'node' || path.steps.length !== 1) return null;
    const s = path.steps[0]!;
    if (s.k !== 'axis' || s.preds.length > 0 || s.test.ns === null || s.test.local === null) return null;
    const fn = s.axis === 'attribute' && s.test.kind === 2 ? _`rt.attributeValueIs` : s.axis === 'child' && s.test.kind === 1 ? _`rt.childValueIs` : null;
    if (fn === null) return null;
    return { code: _`${fn}(c, ${this.test(s.test)}, ${lit.value}, ${op === 'eq'})`, repr: 'bool' };
  }

  /**
   * `base[p]` where `base` is the same array object on every evaluation within a document (a
   * variable, a per-document memo, the document index, or a keyed filter's result). When `p` is
   * `K eq 'literal'` or `K = 'literal'` with K depending on the context item only, the runtime
   * groups `base` by K once per document and each such filter is one lookup (the CEN VAT rules
   * filter every line by category code a dozen times).
   */
  private filterStable(base: Code, p: RExpr, keyed: Keyed | null = this.keyedPredicate(p)): Code {
    const pred = this.predicate(p);
    if (keyed === null) return _`rt.filter(${base}, ${pred})`;
    const fn = keyed.decimal ? _`rt.keyFilterDecimal` : _`rt.keyFilter`;
    return _`${fn}(S.D, ${base}, ${keyed.kid}, ${keyed.key}, ${keyed.value}, ${pred})`;
  }

  private readonly keyIds = new Map<string, number>();

  /** For a child step with a full name test and non-positional predicates, one of them keyed: each predicate's keyed form (or null); else null. */
  private keyedChildStep(s: Extract<RStep, { k: 'axis' }>): (Keyed | null)[] | null {
    if (s.axis !== 'child' || s.test.kind !== 1 || s.test.ns === null || s.test.local === null) return null;
    if (s.preds.length === 0 || s.preds.some(positional)) return null;
    const keyed = s.preds.map((p) => this.keyedPredicate(p));
    return keyed.some((k) => k !== null) ? keyed : null;
  }

  /**
   * A predicate `K = V` (or `K eq V`) that `rt.keyFilter` can answer from groups: K depends on the
   * context item only (no variables but globals), and V not on the predicate's focus. Strings:
   * V a string literal, K one string or nodes/strings (general comparison as strings). Decimals
   * (`xs:decimal(cbc:Percent) = $rate`): K statically xs:decimal, V anything without the focus;
   * the runtime groups only when V is one xs:decimal and every key is one (else it filters).
   */
  private keyedPredicate(p: RExpr): Keyed | null {
    if (positional(p) || (p.k !== 'vcomp' && p.k !== 'gcomp') || p.op !== 'eq') return null;
    const isStr = (x: RExpr): x is Extract<RExpr, { k: 'lit' }> => x.k === 'lit' && x.lit === 'string';
    const kid = (text: string): number => {
      let id = this.keyIds.get(text);
      if (id === undefined) {
        id = this.keyIds.size;
        this.keyIds.set(text, id);
      }
      return id;
    };
    const k = isStr(p.right) ? p.left : isStr(p.left) ? p.right : null;
    const lit = isStr(p.right) ? p.right : isStr(p.left) ? p.left : null;
    if (k !== null && lit !== null && free(k, true)) {
      const body = this.nested((): Code | null => {
        const em = this.emit(k);
        if (em.repr === 'str') return em.code;
        if (p.k === 'gcomp' && (k.type.item === 'node' || k.type.item === 'string' || k.type.item === 'untyped')) return _`rt.stringKeys(${this.seq(em)})`;
        return null;
      });
      if (body === null) return null;
      return { decimal: false, kid: kid(body.text), key: _`(c) => ${body}`, value: literal(lit.value) };
    }
    if (p.k !== 'gcomp') return null;
    // `cbc:ChargeIndicator = true()` (node values cast to xs:boolean), `xs:decimal(K) = $rate`
    const bool = (x: RExpr): boolean | null => (x.k === 'call' && x.fn.ns === FN && x.args.length === 0 && (x.fn.local === 'true' || x.fn.local === 'false') ? x.fn.local === 'true' : null);
    for (const [key, value] of [
      [p.left, p.right],
      [p.right, p.left],
    ] as const) {
      const b = bool(value);
      const boolean = b !== null && (key.type.item === 'node' || key.type.item === 'untyped');
      const decimal = key.type.item === 'decimal' && withoutFocus(value);
      if ((!boolean && !decimal) || !free(key, true)) continue;
      const body = this.nested(() => this.seq(this.emit(key)));
      if (boolean) return { decimal: false, kid: kid(`boolean:${body.text}`), key: _`(c) => rt.booleanKeys(${body})`, value: literal(b ? 'true' : 'false') };
      return { decimal: true, kid: kid(`decimal:${body.text}`), key: _`(c) => ${body}`, value: this.seq(this.emit(value)) };
    }
    return null;
  }

  /**
   * `some $v in LIST satisfies A op $v` (or `$v op A`), A not mentioning $v, is `A op LIST`: both
   * are true when some item of A compares true with some item of LIST. Taken only when every
   * comparison is between strings (LIST of strings; A nodes, untypedAtomic or strings), where
   * neither form can raise an error, so the order of the comparisons cannot matter. The general
   * comparison then checks membership in a set (the official Peppol code lists are written this
   * way).
   */
  private quantifiedMembership(e: Extract<RExpr, { k: 'quant' }>): Emitted | null {
    const t = e.test;
    if (e.every || t.k !== 'gcomp' || e.in.type.item !== 'string') return null;
    const isV = (x: RExpr): boolean => x.k === 'var' && x.binding.id === e.binding.id;
    const other = isV(t.right) ? t.left : isV(t.left) ? t.right : null;
    if (other === null || mentions(other, e.binding) || !['node', 'string', 'untyped'].includes(other.type.item)) return null;
    return isV(t.right) ? this.generalComparison(t.op, other, e.in) : this.generalComparison(t.op, e.in, other);
  }

  /**
   * A comparison JavaScript can make directly, the same for value and general comparisons: two
   * xs:string values (code point collation; no atomization, no empty case), or two small integers.
   */
  private directComparison(op: CompOp, l: Emitted, left: RExpr, r: Emitted, right: RExpr): Emitted | null {
    if (l.repr === 'str' && r.repr === 'str') {
      // `normalize-space(X) = ''`: whether X is all whitespace, without making the normalized string
      const empty = (e: RExpr): boolean => e.k === 'lit' && e.lit === 'string' && e.value === '';
      const blank = empty(right) ? l.blank : empty(left) ? r.blank : undefined;
      if (blank !== undefined && (op === 'eq' || op === 'ne')) return { code: op === 'eq' ? blank : _`!${blank}`, repr: 'bool' };
      if (op === 'eq' || op === 'ne') return { code: _`(${l.code} ${new Code(JS[op])} ${r.code})`, repr: 'bool' };
      return { code: _`(rt.compareStrings(${l.code}, ${r.code}) ${new Code(JS[op])} 0)`, repr: 'bool' };
    }
    if (l.repr === 'big' || r.repr === 'big') {
      const a = this.bigint(l, left);
      const b = a === null ? null : this.bigint(r, right);
      if (b !== null) return { code: _`(${a!} ${new Code(JS[op])} ${b})`, repr: 'bool' };
    }
    return this.smallIntegers(op, l, left, r, right);
  }

  /**
   * `a op b` when each side is exactly one xs:integer (literals, count(), integer variables,
   * integer arithmetic): JavaScript bigint arithmetic, exact like xs:integer, without the
   * sequences and type dispatch of `rt.arith`. Null otherwise (`div` makes a decimal).
   */
  private integerArith(op: ArithOp, l: Emitted, left: RExpr, r: Emitted, right: RExpr): Emitted | null {
    if (op === 'div') return null;
    const a = this.bigint(l, left);
    const b = a === null ? null : this.bigint(r, right);
    if (b === null) return null;
    if (op === 'mod' || op === 'idiv') return { code: _`rt.${new Code(op === 'mod' ? 'integerMod' : 'integerDiv')}(${a!}, ${b})`, repr: 'big' };
    return { code: _`(${a!} ${new Code(op)} ${b})`, repr: 'big' };
  }

  /** Bigint code for an emission that is exactly one xs:integer, or null. */
  private bigint(em: Emitted, e: RExpr): Code | null {
    if (em.repr === 'big') return em.code;
    if (em.repr === 'int') return _`BigInt(${em.code})`;
    return em.repr === 'one' && e.type.item === 'integer' && e.type.card === '1' ? em.code : null;
  }

  /**
   * A comparison of two small integers (count(), string-length(), position()... against each
   * other or an integer literal) as a JS number comparison; general and value comparisons agree
   * there (both operands are exactly one xs:integer). Null when the operands are not such.
   */
  private smallIntegers(op: CompOp, l: Emitted, left: RExpr, r: Emitted, right: RExpr): Emitted | null {
    const small = (e: RExpr): boolean => e.k === 'lit' && e.lit === 'integer' && Number.isSafeInteger(Number(e.value));
    const num = (em: Emitted, e: RExpr): Code | null => (em.repr === 'int' ? em.code : small(e) && e.k === 'lit' ? literal(Number(e.value)) : null);
    if (l.repr !== 'int' && r.repr !== 'int') return null;
    const a = num(l, left);
    const b = num(r, right);
    if (a === null || b === null) return null;
    return { code: _`(${a} ${new Code(JS[op])} ${b})`, repr: 'bool' };
  }

  private regexConst(pattern: RExpr | undefined, flags: RExpr | undefined, fn: string): { code: Code; groups: number | null } {
    const patLit = pattern !== undefined && pattern.k === 'lit' && pattern.lit === 'string' ? pattern.value : null;
    const flagLit = flags === undefined ? '' : flags.k === 'lit' && flags.lit === 'string' ? flags.value : null;
    if (patLit !== null && flagLit !== null) {
      let groups: number;
      try {
        groups = translateRegex(patLit, flagLit).groups;
      } catch (err) {
        if (err instanceof RegexSyntaxError) throw new XPathStaticError(`${fn}(): ${err.message}`, pattern!.span, 'FORX0002');
        throw err;
      }
      return { code: this.hoist.constant('RE', `re:${flagLit}:${patLit}`, _`rt.regex(${patLit}, ${flagLit})`), groups };
    }
    const pat = this.str(this.emit(pattern!), fn);
    const fl = flags === undefined ? literal('') : this.str(this.emit(flags), fn);
    return { code: _`rt.dynamicRegex(${pat}, ${fl})`, groups: null };
  }

  private call(e: Extract<RExpr, { k: 'call' }>): Emitted {
    const fn = e.fn;
    const name = fn.local;
    const args = e.args;
    const impl = fn.impl;
    if (impl.startsWith('cast:')) {
      const target = impl.slice(5);
      return { code: _`rt.castSeq(${this.seq(this.emit(args[0]!))}, ${target}, true)`, repr: 'seq' };
    }
    switch (impl) {
      case 'true':
        return { code: _`true`, repr: 'bool' };
      case 'false':
        return { code: _`false`, repr: 'bool' };
      case 'not': {
        const a = this.emit(args[0]!);
        return { code: a.repr === 'str' && a.blank !== undefined ? a.blank : _`!${this.bool(a)}`, repr: 'bool' };
      }
      case 'boolean':
        return { code: this.bool(this.emit(args[0]!)), repr: 'bool' };
      case 'exists':
      case 'empty': {
        const a = this.emit(args[0]!);
        if (a.exists !== undefined) return { code: impl === 'exists' ? a.exists : _`!${a.exists}`, repr: 'bool' };
        if (a.repr !== 'seq') return { code: _`${impl === 'exists'}`, repr: 'bool' };
        return { code: impl === 'exists' ? _`(${a.code}.length > 0)` : _`(${a.code}.length === 0)`, repr: 'bool' };
      }
      case 'count': {
        const a = this.emit(args[0]!);
        return { code: a.repr === 'seq' ? _`${a.code}.length` : _`1`, repr: 'int' };
      }
      case 'position':
        return { code: _`p`, repr: 'int' };
      case 'last':
        return { code: _`z`, repr: 'int' };
      case 'currentDate':
        return { code: _`rt.currentDate(S.now)`, repr: 'one' };
      case 'concat':
        return { code: _`rt.concat(${join(args.map((a) => this.seq(this.emit(a))))})`, repr: 'str' };
      case 'matches':
      case 'tokenize':
      case 'replace': {
        const rx = fn.regex!;
        const input = this.str(this.emit(args[0]!), name);
        const re = this.regexConst(args[rx.pattern], args[rx.flags], name);
        if (impl === 'matches') return { code: _`rt.matches(${input}, ${re.code})`, repr: 'bool' };
        if (impl === 'tokenize') return { code: _`rt.tokenize(${input}, ${re.code})`, repr: 'seq' };
        const repArg = args[rx.replacement!]!;
        let rep: Code;
        if (repArg.k === 'lit' && repArg.lit === 'string' && re.groups !== null) {
          const value = repArg.value;
          try {
            parseReplacement(value, re.groups);
          } catch {
            throw new XPathStaticError(`replace(): invalid replacement string '${value}' (FORX0004)`, repArg.span, 'FORX0004');
          }
          rep = this.hoist.constant('RP', `rep:${re.groups}:${value}`, _`rt.parseReplacement(${value}, ${re.groups})`);
        } else rep = _`rt.parseReplacement(${this.str(this.emit(repArg), name)}, 99)`;
        return { code: _`rt.replace(${input}, ${re.code}, ${rep})`, repr: 'str' };
      }
      case 'contains': {
        // contains(' AED AFN ... ', concat(' ', $code, ' ')): a code list lookup (rt.containsIn)
        const list = args[0]!;
        if (list.k !== 'lit' || list.lit !== 'string' || list.value.length < 32) break;
        const index = this.hoist.constant('TL', `tokens:${list.value}`, _`rt.tokenList(${list.value})`);
        return { code: _`rt.containsIn(${index}, ${this.str(this.emit(args[1]!), name)})`, repr: 'bool' };
      }
      case 'nodeName':
      case 'localName':
      case 'namespaceUri': {
        if (args.length !== 1) break;
        const a = this.emit(args[0]!);
        if (a.repr === 'one') return { code: _`rt.${new Code(`${impl}One`)}(${a.code})`, repr: 'str' };
        break;
      }
      default:
        break;
    }
    const conv = args.map((a, i) => {
      const kind = fn.params[Math.min(i, fn.params.length - 1)]!;
      const em = this.emit(a);
      switch (kind) {
        case 'seq':
          return this.seq(em);
        case 'str':
          return this.str(em, name);
        case 'dbl':
          return this.dbl(em, name);
        case 'ebv':
          return this.bool(em);
      }
    });
    const call = _`rt.${new Code(impl)}(${join(conv)})`;
    if (!/^[A-Za-z]+$/.test(impl)) throw new Error(`bad runtime name ${impl}`);
    const repr: Repr = BOOL_IMPLS.has(impl) ? 'bool' : STR_IMPLS.has(impl) ? 'str' : INT_IMPLS.has(impl) ? 'int' : impl === 'number' ? 'dbl' : 'seq';
    if (impl === 'normalizeSpace' && conv.length === 1) return { code: call, repr, blank: _`rt.isBlank(${conv[0]!})` };
    return { code: call, repr };
  }
}

/** The element name tests of `child::a | child::b | ...` (plain steps from the context node), or null. */
function childNameUnion(e: RExpr): ResolvedTest[] | null {
  if (e.k === 'set' && e.op === 'union') {
    const l = childNameUnion(e.left);
    const r = childNameUnion(e.right);
    return l === null || r === null ? null : [...l, ...r];
  }
  if (e.k !== 'path' || e.first.k !== 'ctx' || e.first.type.item !== 'node' || e.steps.length !== 1) return null;
  const s = e.steps[0]!;
  if (s.k !== 'axis' || s.axis !== 'child' || s.preds.length > 0 || s.test.kind !== 1 || s.test.ns === null || s.test.local === null) return null;
  return [s.test];
}

/** Whether `e` refers to this variable anywhere. */
function mentions(e: RExpr, b: VarBinding): boolean {
  if (e.k === 'var') return e.binding.id === b.id;
  return sameFocusChildren(e).some((x) => mentions(x, b)) || ownFocusChildren(e).some((x) => mentions(x, b));
}

/** No dependence on the focus (variables of any kind are fine): the same value for every item a predicate tests. */
function withoutFocus(e: RExpr): boolean {
  if (e.k === 'ctx' || e.k === 'root') return false;
  if (e.k === 'call' && e.fn.focus !== undefined) return false;
  return sameFocusChildren(e).every(withoutFocus);
}

/** No dependence on the focus or on local variables (globals are fine). */
export function contextFree(e: RExpr): boolean {
  return free(e, false);
}

/**
 * Whether `e` refers to no local variable and, unless `focusAllowed`, not to the focus either.
 * Predicates and path steps run under their own focus, so inside them only variables matter.
 */
function free(e: RExpr, focusAllowed: boolean): boolean {
  switch (e.k) {
    case 'ctx':
      return focusAllowed;
    case 'var':
      return e.binding.kind === 'global';
    case 'for':
    case 'quant':
      return false;
    case 'call':
      if (!focusAllowed && e.fn.focus !== undefined) return false;
      break;
    default:
      break;
  }
  return sameFocusChildren(e).every((x) => free(x, focusAllowed)) && ownFocusChildren(e).every((x) => free(x, true));
}

function walksTree(e: RExpr): boolean {
  switch (e.k) {
    case 'path':
      return true;
    case 'ucall':
      return true;
    case 'call':
      return e.args.some(walksTree);
    case 'filter':
      return walksTree(e.base);
    case 'seq':
      return e.items.some(walksTree);
    case 'logic':
    case 'gcomp':
    case 'vcomp':
    case 'arith':
    case 'set':
      return walksTree(e.left) || walksTree(e.right);
    default:
      return false;
  }
}
