/**
 * The traversal a compiled pack runs (the same as the official Schematron XSLTs): per document,
 * visit the document node, then every element and every attribute in document order (never text);
 * in each active pattern, the first rule whose context matches handles the node.
 *
 * Rules are dispatched by expanded name: each rule declares which node names its context can
 * match (and, where its context fixes it, the name of their parent), and the driver builds, once
 * per pack and name (and parent name), the list of candidate rules in order.
 */
import type { ExpandedName, XmlAttribute, XmlDocument, XmlElement, XmlNode } from '../../xml/tree.js';
import { DocState } from './nodes.js';
import { XPathDynamicError } from './values.js';

/** What the parent of a node must be for a context key to apply: the document node or an element name. */
export type ParentKey = 'document' | { readonly ns: string; readonly local: string };

/**
 * What the last step of a rule context can match. `ns`/`local` null mean any; no `parent`, any
 * parent; `test`, when present, a condition on the local name alone that the context requires
 * (from predicates such as `ends-with(name(), 'Amount')`).
 */
export type ContextKey =
  | { readonly kind: 'element'; readonly ns: string | null; readonly local: string | null; readonly parent?: ParentKey; readonly test?: (local: string) => boolean }
  | { readonly kind: 'attribute'; readonly ns: string | null; readonly local: string | null; readonly parent?: ParentKey; readonly test?: (local: string) => boolean }
  | { readonly kind: 'document' }
  | { readonly kind: 'any' };

export interface AssertionRow {
  readonly id: string | null;
  readonly flag: 'fatal' | 'warning' | 'information';
  readonly kind: 'assert' | 'report';
  readonly test: string;
  readonly businessTerms: readonly string[];
}

export interface Finding {
  readonly ruleId: string | null;
  readonly flag: 'fatal' | 'warning' | 'information';
  readonly message: string;
  readonly node: XmlNode;
  readonly businessTerms?: readonly string[];
  readonly test?: string;
}

/** Per-run state handed to compiled rules. */
export interface RunState {
  readonly D: DocState;
  readonly lang: string;
  /** Index into the assertion table of the check being evaluated (for error reports). */
  cur: number;
  readonly now: Date;
}

export interface CompiledRule {
  readonly keys: readonly ContextKey[];
  /** Full match of the context pattern (name already known to fit the keys). */
  readonly match: (n: XmlNode, S: RunState) => boolean;
  /** Evaluate the rule's lets and checks on a matched node; push findings. */
  readonly fire: (n: XmlNode, S: RunState, out: Finding[]) => void;
}

export interface CompiledPattern {
  readonly id: string | null;
  readonly rules: readonly CompiledRule[];
}

/** Candidate rules of one pattern for one node name. */
interface Entry {
  readonly pattern: number;
  readonly rules: readonly number[];
}

/** Per pattern, the indexes of its rules that `fits`, in rule order; patterns with none left out. */
function entries(patterns: readonly CompiledPattern[], fits: (r: CompiledRule) => boolean): Entry[] {
  const out: Entry[] = [];
  patterns.forEach((p, pattern) => {
    const rules: number[] = [];
    p.rules.forEach((r, i) => {
      if (fits(r)) rules.push(i);
    });
    if (rules.length > 0) out.push({ pattern, rules });
  });
  return out;
}

/** The candidates of one node name: for any parent, and per parent name where some rule's context fixes the parent. */
interface NameCandidates {
  readonly all: readonly Entry[];
  /**
   * By parent name id, made on first use (an array indexed by id: the ids are small and dense);
   * null when no key for this name fixes the parent.
   */
  readonly byParent: (readonly Entry[] | undefined)[] | null;
  /** Under the document node, made on first use. */
  underDocument: readonly Entry[] | undefined;
  /** How many parents `byParent` holds (bounded: names come from documents). */
  parents: number;
}

/** Whether a node of this kind and name (and parent, unless null: any) fits a context key. */
function keyFits(k: ContextKey, kind: 'element' | 'attribute', name: ExpandedName, parent: XmlNode | null): boolean {
  if (k.kind === 'any') return true;
  if (k.kind !== kind || (k.local !== null && k.local !== name.local) || (k.ns !== null && k.ns !== name.ns)) return false;
  if (k.test !== undefined && !k.test(name.local)) return false;
  const p = k.parent;
  if (p === undefined || parent === null) return true;
  if (p === 'document') return parent.kind === 'document';
  return parent.kind === 'element' && parent.local === p.local && parent.ns === p.ns;
}

export type ErrorWrapper = (e: XPathDynamicError, assertion: number, node: XmlNode) => Error;

/** A compiled pack's run function: one traversal, findings per pattern in document order. */
export class PackDriver {
  /**
   * Candidate rules per pattern, made on first use of each name: by interned name id (arrays)
   * and, for names made past the interning bound, by name key (bounded Maps: keys come from
   * documents).
   */
  private readonly elementById: (NameCandidates | undefined)[] = [];
  private readonly attributeById: (NameCandidates | undefined)[] = [];
  private readonly elementByKey = new Map<string, NameCandidates>();
  private readonly attributeByKey = new Map<string, NameCandidates>();
  /** The document-node candidates (for the walk). */
  readonly documentCandidates: readonly Entry[];
  /** Whether some rule's context can match an attribute (the walk offers attributes only then). */
  readonly matchesAttributes: boolean;

  constructor(
    readonly patterns: readonly CompiledPattern[],
    private readonly wrapError: ErrorWrapper,
  ) {
    this.documentCandidates = entries(patterns, (r) => r.keys.some((k) => k.kind === 'document' || k.kind === 'any'));
    this.matchesAttributes = patterns.some((p) => p.rules.some((r) => r.keys.some((k) => k.kind === 'attribute' || k.kind === 'any')));
  }

  /**
   * Candidates of an element or attribute with this name and parent (for the walk): the rules
   * whose context can match a node of that name, less those whose every fitting key fixes
   * another parent (`cac:PartyIdentification/cbc:ID` is not offered the other `cbc:ID`s).
   */
  candidatesFor(kind: 'element' | 'attribute', name: ExpandedName, parent: XmlNode): readonly Entry[] {
    const c = this.nameCandidates(kind, name);
    const byParent = c.byParent;
    if (byParent === null) return c.all;
    if (parent.kind === 'document') return (c.underDocument ??= this.fitting(kind, name, parent));
    const pid = parent.kind === 'element' ? parent.name.id : -1;
    if (pid < 0) return c.all;
    let e = byParent[pid];
    if (e === undefined) {
      e = this.fitting(kind, name, parent);
      if (c.parents++ < 10_000) byParent[pid] = e;
    }
    return e;
  }

  private fitting(kind: 'element' | 'attribute', name: ExpandedName, parent: XmlNode): readonly Entry[] {
    return entries(this.patterns, (r) => r.keys.some((k) => keyFits(k, kind, name, parent)));
  }

  private nameCandidates(kind: 'element' | 'attribute', name: ExpandedName): NameCandidates {
    const byId = kind === 'element' ? this.elementById : this.attributeById;
    if (name.id >= 0) {
      const hit = byId[name.id];
      if (hit !== undefined) return hit;
    }
    const byKey = kind === 'element' ? this.elementByKey : this.attributeByKey;
    let c = byKey.get(name.key);
    if (c === undefined) {
      const all = entries(this.patterns, (r) => r.keys.some((k) => keyFits(k, kind, name, null)));
      const fixed = this.patterns.some((p) => p.rules.some((r) => r.keys.some((k) => k.kind === kind && k.parent !== undefined && keyFits(k, kind, name, null))));
      // Names past the interning bound have no id for their parents: never filtered by parent.
      c = { all, byParent: fixed && name.id >= 0 ? [] : null, underDocument: undefined, parents: 0 };
      if (name.id >= 0) byId[name.id] = c;
      else {
        if (byKey.size > 10_000) byKey.clear();
        byKey.set(name.key, c);
      }
    }
    return c;
  }

  /** Run this pack alone: one traversal; throws the pack's first dynamic error. */
  run(doc: XmlDocument, active: readonly number[], lang: string): Finding[] {
    const r = this.start(doc, active, lang);
    walkPacks(doc, [r]);
    return r.result();
  }

  /** The state of one run of this pack, for `walkPacks`. */
  start(doc: XmlDocument, active: readonly number[], lang: string): PackRun {
    return new PackRun(this, doc, active, lang);
  }

  /** A dynamic error as the pack reports it (other errors unchanged). */
  wrap(e: unknown, assertion: number, n: XmlNode): unknown {
    return e instanceof XPathDynamicError ? this.wrapError(e, assertion, n) : e;
  }
}

/**
 * One pack's run during a walk: its run state, output per active pattern, and the error that
 * stopped it (its other rules are then skipped; the walk goes on for the other packs).
 */
export class PackRun {
  private readonly S: RunState;
  /** Output slot per pattern index (-1: inactive); findings are concatenated in active order. */
  private readonly slot: number[];
  private readonly outs: Finding[][];
  private readonly patterns: readonly CompiledPattern[];
  failure: unknown = null;

  constructor(
    readonly driver: PackDriver,
    doc: XmlDocument,
    active: readonly number[],
    lang: string,
  ) {
    this.S = { D: new DocState(doc), lang, cur: -1, now: new Date() };
    this.patterns = driver.patterns;
    this.slot = new Array<number>(this.patterns.length).fill(-1);
    active.forEach((pi, a) => (this.slot[pi] = a));
    this.outs = active.map(() => []);
  }

  /** Offer a node to the candidate rules of each pattern: the first whose context matches fires. */
  visit(n: XmlNode, entries: readonly Entry[]): void {
    const S = this.S;
    for (let k = 0; k < entries.length; k++) {
      const entry = entries[k]!;
      const a = this.slot[entry.pattern]!;
      if (a < 0) continue;
      const rules = this.patterns[entry.pattern]!.rules;
      const cands = entry.rules;
      for (let j = 0; j < cands.length; j++) {
        const rule = rules[cands[j]!]!;
        let hit: boolean;
        try {
          hit = rule.match(n, S);
        } catch (e) {
          // XSLT 3.0 (Saxon, as the official validators run it): a dynamic error while matching
          // a pattern means the pattern does not match.
          if (!(e instanceof XPathDynamicError)) throw e;
          hit = false;
        }
        if (hit) {
          try {
            rule.fire(n, S, this.outs[a]!);
          } catch (e) {
            throw this.driver.wrap(e, S.cur, n);
          }
          break;
        }
      }
    }
  }

  /** The findings, or the error that stopped the run. */
  result(): Finding[] {
    if (this.failure !== null) throw this.failure;
    return this.outs.length === 1 ? this.outs[0]! : this.outs.flat();
  }
}

/**
 * Walk a document once for several packs (the same traversal as the official Schematron XSLTs:
 * the document node, then every element and its attributes in document order). Each pack sees
 * exactly what it would see alone; a pack that fails stops there, the others go on.
 */
export function walkPacks(doc: XmlDocument, runs: readonly PackRun[]): void {
  let live = runs.filter((r) => r.failure === null);
  // kind: 0 the document node, 1 an element, 2 an attribute (no closure per node)
  const offer = (n: XmlNode, kind: 0 | 1 | 2, name: ExpandedName | null): void => {
    for (let i = 0; i < live.length; i++) {
      const r = live[i]!;
      const d = r.driver;
      const entries = kind === 0 ? d.documentCandidates : d.candidatesFor(kind === 1 ? 'element' : 'attribute', name!, (n as XmlElement | XmlAttribute).parent);
      if (entries.length === 0) continue;
      try {
        r.visit(n, entries);
      } catch (e) {
        r.failure = e;
        live = live.filter((x) => x !== r);
        i--;
      }
    }
  };
  offer(doc, 0, null);
  const attributes = live.some((r) => r.driver.matchesAttributes);
  // Depth-first, document order, with an explicit stack (no recursion per element).
  const stack: XmlElement[] = [doc.root];
  while (stack.length > 0 && live.length > 0) {
    const e = stack.pop()!;
    offer(e, 1, e.name);
    const atts = e.attributes;
    if (attributes) for (let i = 0; i < atts.length; i++) offer(atts[i]!, 2, atts[i]!.name);
    const kids = e.children;
    for (let i = kids.length - 1; i >= 0; i--) {
      const k = kids[i]!;
      if (k.kind === 'element') stack.push(k);
    }
  }
}
