/**
 * Axes, node tests, document order and the per-document state of a compiled pack
 * (memoised context-free expressions and a lazy index of elements by expanded name).
 */
import type { XmlAttribute, XmlDocument, XmlElement, XmlNode, XmlProcessingInstruction } from '../../xml/tree.js';
import type { Axis } from '../syntax/ast.js';
import { expandedName, internedNameCount, sameName, type ExpandedName } from '../../xml/names.js';
import { XDecimal } from './decimal.js';
import { parseBoolean } from './casts.js';
import { UntypedAtomic, fail, isNode, nodeString, type Item, type Seq } from './values.js';

/** A node test, built once at module load by the generated code. */
export interface NodeTest {
  /** 0 any node, 1 element, 2 attribute, 3 text, 4 document, 5 processing instruction (`local`: its target). */
  readonly kind: 0 | 1 | 2 | 3 | 4 | 5;
  /** Namespace URI to match, or null for any. Only for element and attribute tests. */
  readonly ns: string | null;
  /** Local name to match, or null for any. */
  readonly local: string | null;
  /** `ns + ' ' + local` for a full element name test (for the child-name index), else null. */
  readonly key: string | null;
  /** `ns + ' ' + local` for a full element or attribute name test (for the document indexes), else null. */
  readonly name: string | null;
  /** The interned name of a full element or attribute name test, else null. */
  readonly en: ExpandedName | null;
}

export function nameTest(kind: 1 | 2, ns: string | null, local: string | null): NodeTest {
  const en = ns !== null && local !== null ? expandedName(ns, local) : null;
  const name = en === null ? null : en.key;
  return { kind, ns, local, key: kind === 1 ? name : null, name, en };
}

export function kindTest(kind: 0 | 1 | 2 | 3 | 4 | 5): NodeTest {
  return { kind, ns: null, local: null, key: null, name: null, en: null };
}

export function piTest(target: string | null): NodeTest {
  return { kind: 5, ns: null, local: target, key: null, name: null, en: null };
}

/** Elements with more children than this get a lazily built set of their child element names. */
const INDEX_CHILDREN = 12;
const childNames = new WeakMap<XmlNode, Set<string>>();

/** Whether `n` (an element or the document) has a child element named by `key` (`ns local`). */
function hasChildNamed(n: XmlElement | XmlDocument, key: string): boolean {
  let set = childNames.get(n);
  if (set === undefined) {
    set = new Set<string>();
    for (const k of n.children) if (k.kind === 'element') set.add(k.name.key);
    childNames.set(n, set);
  }
  return set.has(key);
}

export function testNode(t: NodeTest, n: XmlNode): boolean {
  switch (t.kind) {
    case 0:
      return true;
    case 1:
      if (n.kind !== 'element') return false;
      return t.en !== null ? sameName(n.name, t.en) : (t.local === null || n.local === t.local) && (t.ns === null || n.ns === t.ns);
    case 2:
      if (n.kind !== 'attribute') return false;
      return t.en !== null ? sameName(n.name, t.en) : (t.local === null || n.local === t.local) && (t.ns === null || n.ns === t.ns);
    case 3:
      return n.kind === 'text';
    case 4:
      return n.kind === 'document';
    case 5: {
      const pi = n as XmlNode | XmlProcessingInstruction;
      return pi.kind === 'processing-instruction' && (t.local === null || pi.target === t.local);
    }
  }
}

export type AxisName = Axis;

/** Children of the document node: the root plus document-level processing instructions, in order. */
function documentChildren(d: XmlDocument): readonly XmlNode[] {
  const pis = d.processingInstructions as readonly XmlProcessingInstruction[] | undefined;
  if (pis === undefined || pis.length === 0) return d.children;
  return [...d.children, ...(pis as unknown as XmlNode[])].sort((a, b) => a.order - b.order);
}

function kidsOf(n: XmlNode): readonly XmlNode[] {
  return n.kind === 'element' ? n.children : n.kind === 'document' ? documentChildren(n) : [];
}

function descendants(n: XmlNode, t: NodeTest, out: XmlNode[]): void {
  if (n.kind !== 'element' && n.kind !== 'document') return;
  for (const k of kidsOf(n)) {
    if (testNode(t, k)) out.push(k);
    if (k.kind === 'element') descendants(k, t, out);
  }
}

/** Nodes on an axis from `n` that pass `t`, in axis order (reverse axes: nearest first). */
export function axisNodes(axis: AxisName, n: XmlNode, t: NodeTest): XmlNode[] {
  const out: XmlNode[] = [];
  switch (axis) {
    case 'child':
      if (t.kind === 1 && t.en !== null) return child(n, t);
      if (n.kind === 'element' || n.kind === 'document') for (const k of kidsOf(n)) if (testNode(t, k)) out.push(k);
      break;
    case 'attribute':
      if (n.kind === 'element') for (const a of n.attributes) if (testNode(t, a)) out.push(a);
      break;
    case 'self':
      if (testNode(t, n)) out.push(n);
      break;
    case 'descendant':
      descendants(n, t, out);
      break;
    case 'descendant-or-self':
      if (testNode(t, n)) out.push(n);
      descendants(n, t, out);
      break;
    case 'parent':
      if (n.parent !== null && testNode(t, n.parent)) out.push(n.parent);
      break;
    case 'ancestor':
    case 'ancestor-or-self': {
      let cur: XmlNode | null = axis === 'ancestor' ? n.parent : n;
      while (cur !== null) {
        if (testNode(t, cur)) out.push(cur);
        cur = cur.parent;
      }
      break;
    }
    case 'following-sibling':
    case 'preceding-sibling': {
      if (n.kind === 'attribute' || n.parent === null) break;
      const sibs = kidsOf(n.parent);
      const i = sibs.indexOf(n);
      if (axis === 'following-sibling') {
        for (let j = i + 1; j < sibs.length; j++) if (testNode(t, sibs[j]!)) out.push(sibs[j]!);
      } else {
        for (let j = i - 1; j >= 0; j--) if (testNode(t, sibs[j]!)) out.push(sibs[j]!);
      }
      break;
    }
    case 'following': {
      let cur: XmlNode = n.kind === 'attribute' ? n.parent : n;
      if (n.kind === 'attribute') descendants(cur, t, out);
      while (cur.parent !== null) {
        const sibs = kidsOf(cur.parent);
        for (let j = sibs.indexOf(cur) + 1; j < sibs.length; j++) {
          const s = sibs[j]!;
          if (testNode(t, s)) out.push(s);
          descendants(s, t, out);
        }
        cur = cur.parent;
      }
      break;
    }
    case 'preceding': {
      const root = rootOf(n);
      if (t.kind === 1 && t.en !== null && root.kind === 'document') {
        // a named element: from the document's index of that name, those before n that are not its ancestors
        const same = elementsNamed(indexOf(root), t.en);
        const nOrder = n.kind === 'attribute' ? n.parent.order : n.order;
        for (let j = same.length - 1; j >= 0; j--) {
          const k = same[j]!;
          if (k.order < nOrder && !isAncestorOf(k, n)) out.push(k);
        }
        break;
      }
      // all nodes before n in document order, excluding ancestors; collected then reversed
      const anc = new Set<XmlNode>();
      for (let a = n.parent; a !== null; a = a.parent) anc.add(a);
      const all: XmlNode[] = [];
      const nOrder = n.kind === 'attribute' ? n.parent.order : n.order;
      const walk = (x: XmlNode): void => {
        for (const k of kidsOf(x)) {
          if (k.order >= nOrder) return;
          if (!anc.has(k) && testNode(t, k)) all.push(k);
          walk(k);
        }
      };
      walk(root);
      for (let j = all.length - 1; j >= 0; j--) out.push(all[j]!);
      break;
    }
  }
  return out;
}

function isAncestorOf(a: XmlNode, n: XmlNode): boolean {
  for (let p = n.parent; p !== null; p = p.parent) if (p === a) return true;
  return false;
}

export function rootOf(n: XmlNode): XmlNode {
  let cur: XmlNode = n;
  while (cur.parent !== null) cur = cur.parent;
  return cur;
}

export const REVERSE: ReadonlySet<AxisName> = new Set<AxisName>(['parent', 'ancestor', 'ancestor-or-self', 'preceding', 'preceding-sibling']);

/** Nodes of a sequence, or XPTY0019/XPTY0020 when an item is not a node. */
export function requireNodes(s: Seq, what: string): readonly XmlNode[] {
  for (const v of s) if (!isNode(v)) fail('XPTY0019', `${what}: the context item of a path step is not a node`);
  return s as readonly XmlNode[];
}

export function requireNode(v: Item | undefined): XmlNode {
  if (v === undefined) return fail('XPDY0002', 'the context item is absent');
  if (!isNode(v)) return fail('XPTY0020', 'the context item of a path step is not a node');
  return v;
}

function byOrder(a: XmlNode, b: XmlNode): number {
  return a.order - b.order;
}

/** Sort nodes into document order and drop duplicates (cheap when already ordered). */
export function docOrder(nodes: XmlNode[]): XmlNode[] {
  let sorted = true;
  for (let i = 1; i < nodes.length; i++) {
    if (nodes[i - 1]!.order >= nodes[i]!.order) {
      sorted = false;
      break;
    }
  }
  if (sorted) return nodes;
  nodes.sort(byOrder);
  const out: XmlNode[] = [];
  let last = -1;
  for (const n of nodes) {
    if (n.order !== last) out.push(n);
    last = n.order;
  }
  return out;
}

export type Pred = (c: XmlNode, p: number, z: number) => boolean;

/** Whether an axis step from `n` selects anything (the EBV of a path ending in this step). */
export function anyOnAxis(n: XmlNode, axis: AxisName, t: NodeTest): boolean {
  if (axis === 'child') {
    if (n.kind !== 'element' && n.kind !== 'document') return false;
    if (t.kind === 1 && t.en !== null) {
      if (t.key !== null && n.children.length > INDEX_CHILDREN) return hasChildNamed(n, t.key);
      const en = t.en;
      for (const k of n.children) if (k.kind === 'element' && sameName(k.name, en)) return true;
      return false;
    }
    if (t.kind === 1 && t.ns === null && t.local === null && n.kind === 'element') {
      // `*`: any child element (`empty(*)` on every element in the empty-element rule)
      const kids = n.children;
      for (let i = 0; i < kids.length; i++) if (kids[i]!.kind === 'element') return true;
      return false;
    }
    for (const k of kidsOf(n)) if (testNode(t, k)) return true;
    return false;
  }
  if (axis === 'attribute') {
    if (n.kind !== 'element') return false;
    for (const a of n.attributes) if (testNode(t, a)) return true;
    return false;
  }
  return axisNodes(axis, n, t).length > 0;
}

/** `anyOnAxis` over a sequence of nodes. */
export function anyOnAxisSeq(input: Seq, axis: AxisName, t: NodeTest): boolean {
  const nodes = requireNodes(input, axis);
  for (const n of nodes) if (anyOnAxis(n, axis, t)) return true;
  return false;
}

/** `child::t` from one node, in document order (the common step, without the general axis dispatch). */
export function child(n: XmlNode, t: NodeTest): XmlNode[] {
  const en = t.en;
  if (t.kind !== 1 || en === null) return axisNodes('child', n, t);
  if (n.kind !== 'element' && n.kind !== 'document') return [];
  const kids = n.children;
  if (kids.length > INDEX_CHILDREN && !hasChildNamed(n, en.key)) return [];
  const out: XmlNode[] = [];
  for (let i = 0; i < kids.length; i++) {
    const k = kids[i]!;
    if (k.kind === 'element' && sameName(k.name, en)) out.push(k);
  }
  return out;
}

/** `child::t` from a sequence of nodes: in document order, without duplicates. */
export function childOfNodes(nodes: readonly XmlNode[], t: NodeTest): XmlNode[] {
  if (nodes.length === 1) return child(nodes[0]!, t);
  const out: XmlNode[] = [];
  for (let i = 0; i < nodes.length; i++) {
    const r = child(nodes[i]!, t);
    for (let j = 0; j < r.length; j++) out.push(r[j]!);
  }
  return docOrder(out);
}

/** One axis step over a sequence of context nodes, with predicates applied per context node. */
export function step(input: Seq, axis: AxisName, t: NodeTest, preds: readonly Pred[] | null): XmlNode[] {
  return stepNodes(requireNodes(input, axis), axis, t, preds);
}

/** `step` when the input is statically known to be nodes (the result of a previous axis step). */
export function stepNodes(nodes: readonly XmlNode[], axis: AxisName, t: NodeTest, preds: readonly Pred[] | null): XmlNode[] {
  if (nodes.length === 0) return [];
  if (nodes.length === 1) return stepOne(nodes[0]!, axis, t, preds, true);
  const out: XmlNode[] = [];
  for (const n of nodes) for (const x of stepOne(n, axis, t, preds, false)) out.push(x);
  return docOrder(out);
}

/** One axis step from one context node; the result is in document order. */
export function stepOne(n: XmlNode, axis: AxisName, t: NodeTest, preds: readonly Pred[] | null, ordered = true): XmlNode[] {
  if (preds === null) {
    // the two steps with at most one node, the commonest after child (`..`, `@currencyID`)
    if (axis === 'parent') return n.parent !== null && testNode(t, n.parent) ? [n.parent] : [];
    if (axis === 'attribute' && t.kind === 2 && t.en !== null) {
      const a = n.kind === 'element' ? attributeNamed(n, t.en) : undefined;
      return a === undefined ? [] : [a];
    }
  }
  let r = axisNodes(axis, n, t);
  if (preds !== null) for (const pr of preds) r = applyPred(r, pr);
  if (ordered && REVERSE.has(axis) && r.length > 1) r.reverse();
  return r;
}

/** The attribute of `e` with this expanded name (an element has at most one). */
function attributeNamed(e: XmlElement, en: ExpandedName): XmlAttribute | undefined {
  const atts = e.attributes;
  for (let i = 0; i < atts.length; i++) if (sameName(atts[i]!.name, en)) return atts[i];
  return undefined;
}

function applyPred(r: XmlNode[], pr: Pred): XmlNode[] {
  const out: XmlNode[] = [];
  const z = r.length;
  for (let i = 0; i < z; i++) if (pr(r[i]!, i + 1, z)) out.push(r[i]!);
  return out;
}

export type ItemPred = (c: Item, p: number, z: number) => boolean;

/** Filter expression `E[pred]`: positions in sequence order. */
export function filter(s: Seq, pr: ItemPred): Item[] {
  const out: Item[] = [];
  const z = s.length;
  for (let i = 0; i < z; i++) if (pr(s[i]!, i + 1, z)) out.push(s[i]!);
  return out;
}

/** `E1/E2` where E2 is a general expression: evaluated per node, nodes sorted, atomics kept in order. */
export function pathMap(s: Seq, f: (c: XmlNode, p: number, z: number) => Seq): Item[] {
  const nodes = requireNodes(s, '/');
  const out: Item[] = [];
  let sawNode = false;
  let sawAtomic = false;
  const z = nodes.length;
  for (let i = 0; i < z; i++) {
    for (const v of f(nodes[i]!, i + 1, z)) {
      if (isNode(v)) sawNode = true;
      else sawAtomic = true;
      out.push(v);
    }
  }
  if (sawNode && sawAtomic) fail('XPTY0018', 'a path expression returns both nodes and atomic values');
  return sawNode ? docOrder(out as XmlNode[]) : out;
}

function nodeSeq(s: Seq, op: string): XmlNode[] {
  for (const v of s) if (!isNode(v)) fail('XPTY0004', `operand of '${op}' is not a node sequence`);
  return s as XmlNode[];
}

export function union(a: Seq, b: Seq): XmlNode[] {
  return docOrder([...nodeSeq(a, 'union'), ...nodeSeq(b, 'union')]);
}

export function intersect(a: Seq, b: Seq): XmlNode[] {
  const keep = new Set(nodeSeq(b, 'intersect'));
  return docOrder(nodeSeq(a, 'intersect').filter((n) => keep.has(n)));
}

export function except(a: Seq, b: Seq): XmlNode[] {
  const drop = new Set(nodeSeq(b, 'except'));
  return docOrder(nodeSeq(a, 'except').filter((n) => !drop.has(n)));
}

/** See `DocState.nameParents`. */
export interface NameParents {
  readonly elementParents: readonly (readonly number[] | undefined)[];
  readonly attributeParents: readonly (readonly number[] | undefined)[];
}

/**
 * Whether the document has a chain of nodes named `last` (an element name id, or an attribute's
 * when `attribute`), then `before[from..to]` (element name ids, nearest first), each the parent
 * of the one before: what `DocState.hasNamePath` answers, from ids in any array.
 */
export function hasNameChain(np: NameParents, last: number, attribute: boolean, before: Int32Array, from: number, to: number): boolean {
  let parents = (attribute ? np.attributeParents : np.elementParents)[last];
  for (let i = from; i < to; i++) {
    if (parents === undefined) return false;
    const id = before[i]!;
    if (!parents.includes(id)) return false;
    parents = np.elementParents[id];
  }
  return parents !== undefined;
}

/**
 * Elements and attributes of one document by name, all elements, and which names occur as
 * parents of which (for `hasPath`). Names are looked up by their interned id; names made past
 * the interning bound go to Maps by key, and make the parent tables inexact.
 */
interface DocIndex {
  readonly elements: (XmlElement[] | undefined)[];
  readonly attributes: (XmlNode[] | undefined)[];
  readonly elementsByKey: Map<string, XmlElement[]>;
  readonly attributesByKey: Map<string, XmlNode[]>;
  /** All elements in document order, made on first use (`//*`: rare). */
  all: XmlElement[] | null;
  /** Per element name id: the name ids of the parents of such elements (DOCUMENT_ID for the document node). */
  readonly elementParents: (number[] | undefined)[];
  /** Per attribute name id: the name ids of the elements that carry it. */
  readonly attributeParents: (number[] | undefined)[];
  /** False when some name of the document was not interned: `hasPath` then always answers true. */
  exact: boolean;
}

const DOCUMENT_ID = -2;

/**
 * The indexes are built at most once per document and shared by every pack run on it (the
 * document tree is immutable).
 */
const docIndexes = new WeakMap<XmlDocument, DocIndex>();

function addById<V>(table: (V[] | undefined)[], id: number, v: V): void {
  const list = table[id];
  if (list === undefined) table[id] = [v];
  else list.push(v);
}

function addByKey<V>(m: Map<string, V[]>, key: string, v: V): void {
  const list = m.get(key);
  if (list === undefined) m.set(key, [v]);
  else list.push(v);
}

function addParent(table: (number[] | undefined)[], id: number, parent: number): void {
  const list = table[id];
  if (list === undefined) table[id] = [parent];
  else if (!list.includes(parent)) list.push(parent);
}

/** A node under its name's id (and its parent's name id), or past the interning bound under its key (the parent tables are then inexact). */
function place<N>(ix: DocIndex, name: ExpandedName, n: N, byId: (N[] | undefined)[], byKey: Map<string, N[]>, parents: (number[] | undefined)[], parentId: number): void {
  if (name.id >= 0) {
    addById(byId, name.id, n);
    addParent(parents, name.id, parentId);
  } else {
    addByKey(byKey, name.key, n);
    ix.exact = false;
  }
}

/** Name tables up to this length are made whole; past it (a process that has seen many names) they grow as ids come. */
const TABLE_PREALLOCATE = 8192;

function buildIndex(doc: XmlDocument): DocIndex {
  // Tables indexed by name id, made at their final length at once (growing them id by id copies).
  const n = Math.min(internedNameCount(), TABLE_PREALLOCATE);
  const ix: DocIndex = {
    elements: new Array<XmlElement[] | undefined>(n),
    attributes: new Array<XmlNode[] | undefined>(n),
    elementsByKey: new Map(),
    attributesByKey: new Map(),
    all: null,
    elementParents: new Array<number[] | undefined>(n),
    attributeParents: new Array<number[] | undefined>(n),
    exact: true,
  };
  // Depth first with an explicit stack: document order per name.
  const stack: XmlElement[] = [doc.root];
  const parentIds: number[] = [DOCUMENT_ID];
  while (stack.length > 0) {
    const e = stack.pop()!;
    const parentId = parentIds.pop()!;
    const id = e.name.id;
    place(ix, e.name, e, ix.elements, ix.elementsByKey, ix.elementParents, parentId);
    const atts = e.attributes;
    for (let i = 0; i < atts.length; i++) place<XmlNode>(ix, atts[i]!.name, atts[i]!, ix.attributes, ix.attributesByKey, ix.attributeParents, id);
    const kids = e.children;
    for (let i = kids.length - 1; i >= 0; i--) {
      const k = kids[i]!;
      if (k.kind === 'element') {
        stack.push(k);
        parentIds.push(id);
      }
    }
  }
  return ix;
}

/** The document's elements with this name, in document order. */
function elementsNamed(ix: DocIndex, name: ExpandedName): readonly XmlElement[] {
  return (name.id >= 0 ? ix.elements[name.id] : ix.elementsByKey.get(name.key)) ?? [];
}

function indexOf(doc: XmlDocument): DocIndex {
  let ix = docIndexes.get(doc);
  if (ix === undefined) {
    ix = buildIndex(doc);
    docIndexes.set(doc, ix);
  }
  return ix;
}

/**
 * A chain of name tests for `DocState.hasNamePath`, with the interned ids looked up once (at
 * module load): the last test, then the ones before it, nearest first.
 */
export interface NamePath {
  /** Id of the last name, or -1 when it is not a full, interned name (then anything may match). */
  readonly last: number;
  readonly lastIsAttribute: boolean;
  /** Ids of the names before the last, nearest first, up to the first that is not a full interned name. */
  readonly before: Int32Array;
}

export function namePath(tests: readonly NodeTest[]): NamePath {
  const lastTest = tests[tests.length - 1];
  const last = lastTest?.en == null || lastTest.en.id < 0 ? -1 : lastTest.en.id;
  const before: number[] = [];
  for (let i = tests.length - 2; i >= 0; i--) {
    const en = tests[i]!.en;
    if (en === null || en.id < 0) break;
    before.push(en.id);
  }
  return Object.freeze({ last, lastIsAttribute: lastTest?.kind === 2, before: Int32Array.from(before) });
}

/** Per-document state of a compiled pack. */
export class DocState {
  /** Memoised context-free values, by slot number. */
  readonly memo: unknown[] = [];
  private ix: DocIndex | null = null;
  /** Per sequence (by identity) and key function id: its items grouped by key, or null when a key was not a string. */
  private keyed: Map<Seq, Map<number, Map<string, Item[]> | null>> | null = null;

  constructor(readonly doc: XmlDocument) {}

  private index(): DocIndex {
    return (this.ix ??= indexOf(this.doc));
  }

  /** All elements with this expanded name (`//ns:local`), in document order. */
  byName(ns: string, local: string): readonly XmlElement[] {
    return elementsNamed(this.index(), expandedName(ns, local));
  }

  /** All attributes with this expanded name (`//@ns:local`), in document order. */
  attributesByName(ns: string, local: string): readonly XmlNode[] {
    const name = expandedName(ns, local);
    const ix = this.index();
    return (name.id >= 0 ? ix.attributes[name.id] : ix.attributesByKey.get(name.key)) ?? [];
  }

  /**
   * The items of `base` grouped by `key` (each item under every distinct key it has, groups in
   * the order of `base`), built on first use; null when some item's key is not a string (the
   * caller then filters normally, and meets the same error, if any, on the same item).
   */
  groupsOf(base: Seq, kid: number, key: (c: Item) => string | readonly string[] | null): Map<string, Item[]> | null {
    this.keyed ??= new Map();
    let byKey = this.keyed.get(base);
    if (byKey === undefined) this.keyed.set(base, (byKey = new Map()));
    let groups = byKey.get(kid);
    if (groups === undefined) {
      groups = new Map<string, Item[]>();
      for (let i = 0; i < base.length; i++) {
        const c = base[i]!;
        const k = key(c);
        if (k === null) {
          groups = null;
          break;
        }
        if (typeof k === 'string') addItem(groups, k, c);
        else for (let j = 0; j < k.length; j++) addItem(groups, k[j]!, c);
      }
      byKey.set(kid, groups);
    }
    return groups;
  }

  /** Children kept per parent node (or per stable node list) and name test; see `childrenKept`. */
  private kept: Map<object, Map<NodeTest, XmlNode[]>> | null = null;

  keptChildren(from: XmlNode | Seq, t: NodeTest): XmlNode[] {
    this.kept ??= new Map();
    let byTest = this.kept.get(from);
    if (byTest === undefined) this.kept.set(from, (byTest = new Map()));
    let list = byTest.get(t);
    if (list === undefined) {
      list = Array.isArray(from) ? childOfNodes(requireNodes(from as Seq, 'child'), t) : child(from as XmlNode, t);
      // `/*/cac:InvoiceLine` and `//cac:InvoiceLine` are usually the same nodes: then the same
      // array, so the groups built for one serve the other.
      if (from === this.doc.root && t.kind === 1 && t.en !== null && t.en.id >= 0) {
        const everywhere = this.index().elements[t.en.id];
        if (everywhere !== undefined && everywhere.length === list.length) list = everywhere;
      }
      byTest.set(t, list);
    }
    return list;
  }

  /** All elements (`//*`), in document order. */
  allElements(): readonly XmlElement[] {
    const ix = this.index();
    if (ix.all === null) {
      const all: XmlNode[] = [this.doc.root];
      descendants(this.doc.root, kindTest(1), all);
      ix.all = all as XmlElement[];
    }
    return ix.all;
  }

  /**
   * Whether the document has a chain of elements named by `tests` (full element name tests, the
   * last one may be an attribute test), each the parent of the next: a necessary condition for a
   * path ending in these child (and attribute) steps to select anything in this document. Only
   * parent/child name pairs are checked, so `true` does not mean the path selects something.
   */
  hasNamePath(p: NamePath): boolean {
    const ix = this.ix ?? this.index();
    if (p.last < 0 || !ix.exact) return true;
    return hasNameChain(ix, p.last, p.lastIsAttribute, p.before, 0, p.before.length);
  }

  /**
   * Per interned element and attribute name id, the name ids of the parents such nodes have in
   * this document (undefined: no such node); null when some name of the document was not
   * interned (then no path can be ruled out by name). What `hasNamePath` reads.
   */
  nameParents(): NameParents | null {
    const ix = this.ix ?? this.index();
    return ix.exact ? ix : null;
  }

  /**
   * Whether `parent` may have a child element named `child`: false when the document has no
   * element of that name under an element (or document node) of the parent's name.
   */
  mayHaveChild(parent: XmlNode, child: ExpandedName): boolean {
    const ix = this.ix ?? this.index();
    if (!ix.exact || child.id < 0) return true;
    const parents = ix.elementParents[child.id];
    if (parents === undefined) return false;
    if (parent.kind === 'document') return parents.includes(DOCUMENT_ID);
    return parent.kind === 'element' && parents.includes(parent.name.id);
  }

  /** `hasNamePath` with the tests as a list (packs compiled by earlier versions). */
  hasPath(tests: readonly NodeTest[]): boolean {
    return this.hasNamePath(namePath(tests));
  }
}

function addItem(groups: Map<string, Item[]>, k: string, c: Item): void {
  const list = groups.get(k);
  if (list === undefined) groups.set(k, [c]);
  else if (list[list.length - 1] !== c) list.push(c);
}

const NONE: readonly Item[] = Object.freeze([]);

/**
 * `base[K = value]` (or `K eq value`) through the groups of `base` by K: `base` must be the same
 * array object each time (a variable, a memo, the document index) and K depend on the context
 * item only. Falls back to the plain filter when a key is not a string.
 */
export function keyFilter(D: DocState, base: Seq, kid: number, key: (c: Item) => string | readonly string[] | null, value: string, pred: ItemPred): readonly Item[] {
  const groups = D.groupsOf(base, kid, key);
  if (groups === null) return filter(base, pred);
  return groups.get(value) ?? NONE;
}

function stringLikeItem(v: Item): string | null {
  if (typeof v === 'string') return v;
  if (v instanceof UntypedAtomic) return v.value;
  if (isNode(v)) return nodeString(v);
  return null;
}

/**
 * `child::t` from a node, or from a list of nodes that is the same array each time (a variable's
 * value), kept for the rest of the document run so keyed filters can group the result once. A
 * one-node list is kept by its node.
 */
export function childrenKept(D: DocState, from: XmlNode | Seq, t: NodeTest): readonly XmlNode[] {
  if (Array.isArray(from) && from.length === 1) return D.keptChildren(requireNode(from[0]), t);
  return D.keptChildren(from, t);
}

/**
 * `base[K = V]` with K and V xs:decimal: through the groups of `base` by the decimal value of K
 * (canonical text: equal decimals, equal keys) when V is one xs:decimal and every key is one;
 * otherwise the plain filter (same results, same errors).
 */
export function keyFilterDecimal(D: DocState, base: Seq, kid: number, key: (c: Item) => Seq, value: Seq, pred: ItemPred): readonly Item[] {
  const v = value.length === 1 ? value[0] : undefined;
  if (!(v instanceof XDecimal)) return filter(base, pred);
  const groups = D.groupsOf(base, kid, (c) => decimalKeys(key(c)));
  if (groups === null) return filter(base, pred);
  return groups.get(decimalKey(v)) ?? NONE;
}

function decimalKey(d: XDecimal): string {
  return d.toString();
}

function decimalKeys(s: Seq): readonly string[] | null {
  const out: string[] = [];
  for (const v of s) {
    if (!(v instanceof XDecimal)) return null;
    out.push(decimalKey(v));
  }
  return out;
}

/** The string values of nodes, untypedAtomic values and strings (a general comparison with a string compares these); null for any other item. */
export function stringKeys(s: Seq): readonly string[] | null {
  if (s.length === 1) {
    const k = stringLikeItem(s[0]!);
    return k === null ? null : [k];
  }
  const out: string[] = [];
  for (const v of s) {
    const k = stringLikeItem(v);
    if (k === null) return null;
    out.push(k);
  }
  return out;
}

/**
 * The keys of `K = true()` / `K = false()` (K nodes or untypedAtomic): each item's value cast to
 * xs:boolean, as "true" or "false"; null when an item is of another type or its value is not a
 * boolean (the caller then filters normally, and meets the same FORG0001 on the same item).
 */
export function booleanKeys(s: Seq): readonly string[] | null {
  const out: string[] = [];
  for (const v of s) {
    const text = v instanceof UntypedAtomic ? v.value : isNode(v) ? nodeString(v) : null;
    const b = text === null ? null : parseBoolean(text);
    if (b === null) return null;
    out.push(b ? 'true' : 'false');
  }
  return out;
}

/** Every element of the context node's tree in document order (the document's cached list when it is this document). */
export function documentElements(D: DocState, from: XmlNode): readonly XmlNode[] {
  const root = rootOf(from);
  if (root === D.doc) return D.allElements();
  const out: XmlNode[] = [];
  if (root.kind === 'element') out.push(root);
  descendants(root, kindTest(1), out);
  return out;
}

/** The document node followed by every element (the nodes that can have children), in document order. */
export function documentAndElements(D: DocState, from: XmlNode): readonly XmlNode[] {
  return [rootOf(from), ...documentElements(D, from)];
}

/** `//name` from the root of the context node's tree, through the document index when it is this document. */
export function descendantsByName(D: DocState, from: XmlNode, ns: string, local: string): readonly XmlNode[] {
  if (rootOf(from) === D.doc) return D.byName(ns, local);
  return axisNodes('descendant', rootOf(from), nameTest(1, ns, local));
}

/** `//@name` from the root of the context node's tree. */
export function attributesByName(D: DocState, from: XmlNode, ns: string, local: string): readonly XmlNode[] {
  if (rootOf(from) === D.doc) return D.attributesByName(ns, local);
  return stepNodes(axisNodes('descendant-or-self', rootOf(from), kindTest(0)), 'attribute', nameTest(2, ns, local), null);
}

export function isSameNode(a: Seq, b: Seq, op: 'is' | '<<' | '>>'): boolean | null {
  if (a.length === 0 || b.length === 0) return null;
  if (a.length > 1 || b.length > 1) fail('XPTY0004', `operand of '${op}' is a sequence of more than one node`);
  const x = nodeSeq(a, op)[0]!;
  const y = nodeSeq(b, op)[0]!;
  return op === 'is' ? x === y : op === '<<' ? x.order < y.order : x.order > y.order;
}

/** `@name = 'v'` (`same`) or `@name != 'v'` from one node: the attribute exists and its value is (not) exactly `v`. */
export function attributeValueIs(n: XmlNode, t: NodeTest, v: string, same: boolean): boolean {
  const a = n.kind === 'element' ? attributeNamed(n, t.en!) : undefined;
  return a !== undefined && (a.value === v) === same;
}

/** `name = 'v'` (`same`) or `name != 'v'` from one node: some child element of that name has (not) exactly the string value `v`. */
export function childValueIs(n: XmlNode, t: NodeTest, v: string, same: boolean): boolean {
  if (n.kind !== 'element' && n.kind !== 'document') return false;
  const kids = kidsOf(n);
  const en = t.en!;
  for (let i = 0; i < kids.length; i++) {
    const k = kids[i]!;
    if (k.kind === 'element' && sameName(k.name, en) && (nodeString(k) === v) === same) return true;
  }
  return false;
}
