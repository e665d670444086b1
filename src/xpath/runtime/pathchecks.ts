/**
 * Path checks run from a table: the asserts and reports whose whole test is whether a plain name
 * path selects anything (`empty(cac:Delivery/cac:DeliveryAddress)`, `not($lines/cac:Item/
 * cbc:Note)`, `(cac:InvoiceLine | cac:CreditNoteLine)/cac:Item/@listID`), or how many nodes it
 * selects (`count(cac:InvoicePeriod) <= 1`). The EN 16931 syntax restrictions are hundreds of
 * them on the root element. Compiled one by one they are hundreds of small code paths run once
 * per document, and the machine code, not the checking, is what costs (it does not stay in the
 * processor's caches); as rows of data they share one short loop.
 *
 * A check's path: a start (the context node, a node-sequence argument, or every element of one
 * name in the document), then name steps on the child axis; the last may be an attribute step.
 * Or `//@name` alone. Each step lists its alternative names (a union of child steps from the
 * context). No step has a predicate, so evaluating the path can raise no dynamic error, and
 * counting stops as soon as the answer is known.
 */
import type { XmlAttribute, XmlElement, XmlNode } from '../../xml/tree.js';
import { sameName } from '../../xml/names.js';
import type { AssertionRow, Finding, RunState } from './driver.js';
import { finding } from './glue.js';
import { attributesByName, descendantsByName, hasNameChain, type NameParents, type NamePath, type NodeTest } from './nodes.js';

export interface PathCheck {
  /** Index of the check in the pack's assertion table (for `S.cur`). */
  readonly cur: number;
  readonly row: AssertionRow;
  /** A finding is made when the path selects more than `limit` nodes (`whenOver`), or at most `limit`. */
  readonly limit: number;
  readonly whenOver: boolean;
  /**
   * -1: from the context node; k >= 0: from the k-th argument; -2: from every element named
   * `desc`; -3: the attributes named `desc` anywhere in the document (`//@name`, no steps).
   */
  readonly from: number;
  readonly desc: NodeTest | null;
  /** Per step, its alternative name tests (all element tests, or, on the last step only, attribute tests). */
  readonly steps: readonly (readonly NodeTest[])[];
  /** The document-index precheck of the path's name chain (false: the path selects nothing). */
  readonly pre: NamePath | null;
  /** The message, built only when the check makes a finding. */
  readonly message: (c: XmlNode, S: RunState, args: readonly unknown[]) => string;
}

/**
 * What the table loop reads per row, packed once per table, so that most rows are decided from
 * a few small arrays and the document's name index, without reading the row's objects:
 * - the interned ids of the names the path's last step can select (`skip[skipAt[i]..skipAt[i + 1]]`):
 *   when the document has none of them, the path selects nothing;
 * - the row's name-chain precheck `pre` (`chain[chainAt[i]..chainAt[i + 1]]`: its last name, then
 *   the names before it, nearest first): when the document has no such chain of parents and
 *   children, the path selects nothing.
 * Hundreds of rows are decided this way on a typical invoice.
 */
interface PackedTable {
  readonly skip: Int32Array;
  readonly skipAt: Int32Array;
  readonly chain: Int32Array;
  readonly chainAt: Int32Array;
  /** Per row, the bits below. */
  readonly flags: Uint8Array;
}

/** The names in `skip` are attribute names. */
const SKIP_ATTRIBUTES = 1;
/** The row makes a finding when the count is over its limit (else when it is not). */
const WHEN_OVER = 2;
/** The last name of the chain is an attribute name. */
const CHAIN_ATTRIBUTE = 4;

const packed = new WeakMap<readonly PathCheck[], PackedTable>();

function pack(checks: readonly PathCheck[]): PackedTable {
  const skip: number[] = [];
  const chain: number[] = [];
  const n = checks.length;
  const skipAt = new Int32Array(n + 1);
  const chainAt = new Int32Array(n + 1);
  const flags = new Uint8Array(n);
  checks.forEach((k, i) => {
    skipAt[i] = skip.length;
    chainAt[i] = chain.length;
    const last = k.from === -3 ? [k.desc!] : k.steps.length > 0 ? k.steps[k.steps.length - 1]! : [];
    flags[i] = (last[0]?.kind === 2 ? SKIP_ATTRIBUTES : 0) | (k.whenOver ? WHEN_OVER : 0) | (k.pre?.lastIsAttribute === true ? CHAIN_ATTRIBUTE : 0);
    // the precheck of the row, always (a name past the interning bound: no chain, it holds)
    if (k.pre !== null && k.pre.last >= 0) chain.push(k.pre.last, ...k.pre.before);
    // "selects nothing" makes no finding of a count compared with a limit >= 0 only
    if (k.limit >= 0 && last.length > 0 && last.every((x) => x.en !== null && x.en.id >= 0)) for (const x of last) skip.push(x.en!.id);
  });
  skipAt[n] = skip.length;
  chainAt[n] = chain.length;
  const t: PackedTable = { skip: Int32Array.from(skip), skipAt, chain: Int32Array.from(chain), chainAt, flags };
  packed.set(checks, t);
  return t;
}

/** Run a table of path checks on the context node `c`, in order; `args` are the rule's let values. */
export function pathChecks(c: XmlNode, S: RunState, out: Finding[], checks: readonly PathCheck[], args: readonly unknown[]): void {
  const t = packed.get(checks) ?? pack(checks);
  // null: some name of the document was not interned, nothing is ruled out by name (as hasNamePath)
  const np = S.D.nameParents();
  for (let i = 0; i < checks.length; i++) {
    const flags = t.flags[i]!;
    let over = false;
    if (np === null || (!lacksAll(np, t.skip, t.skipAt[i]!, t.skipAt[i + 1]!, flags & SKIP_ATTRIBUTES) && hasChain(np, t.chain, t.chainAt[i]!, t.chainAt[i + 1]!, flags & CHAIN_ATTRIBUTE))) {
      const k = checks[i]!;
      const need = k.limit + 1;
      over = countFrom(c, S, k, args, need) >= need;
    }
    if (over === ((flags & WHEN_OVER) !== 0)) {
      const k = checks[i]!;
      S.cur = k.cur;
      out.push(finding(k.row, c, k.message(c, S, args)));
    }
  }
}

/** Whether the document has none of the names `ids[a..b]` (false for an empty range). */
function lacksAll(np: NameParents, ids: Int32Array, a: number, b: number, attribute: number): boolean {
  if (a === b) return false;
  const parents = attribute !== 0 ? np.attributeParents : np.elementParents;
  for (let j = a; j < b; j++) if (parents[ids[j]!] !== undefined) return false;
  return true;
}

/** The packed chain `ids[a..b]` occurs in the document (true for an empty range). */
function hasChain(np: NameParents, ids: Int32Array, a: number, b: number, attribute: number): boolean {
  return a === b || hasNameChain(np, ids[a]!, attribute !== 0, ids, a + 1, b);
}

/**
 * How many nodes the check's path selects, counting up to `need`. Each selected node is counted
 * once: the steps are child (and last attribute) steps from distinct start nodes, and nodes at
 * different depths never reach the same node along paths of one length. (A let's value may hold
 * a node twice: the compiler counts from a let only to test for emptiness.)
 */
function countFrom(c: XmlNode, S: RunState, k: PathCheck, args: readonly unknown[], need: number): number {
  if (k.from === -3) return Math.min(attributesByName(S.D, c, k.desc!.ns!, k.desc!.local!).length, need);
  if (k.from === -1) {
    const first = k.steps[0]!;
    if (first.length === 1 && first[0]!.kind === 1 && !S.D.mayHaveChild(c, first[0]!.en!)) return 0;
    return count(c, k.steps, 0, need);
  }
  const start = k.from === -2 ? descendantsByName(S.D, c, k.desc!.ns!, k.desc!.local!) : args[k.from];
  if (!Array.isArray(start)) return count(start as XmlNode, k.steps, 0, need);
  let found = 0;
  for (let i = 0; i < start.length && found < need; i++) found += count(start[i] as XmlNode, k.steps, 0, need - found);
  return found;
}

/** How many nodes `steps[i..]` select from `n`, up to `need`. */
function count(n: XmlNode, steps: readonly (readonly NodeTest[])[], i: number, need: number): number {
  if (i === steps.length) return 1;
  const alts = steps[i]!;
  let found = 0;
  if (alts[0]!.kind === 2) {
    if (n.kind !== 'element') return 0;
    const atts = n.attributes;
    for (let j = 0; j < atts.length && found < need; j++) if (named(atts[j]!, alts)) found++;
    return found;
  }
  if (n.kind !== 'element' && n.kind !== 'document') return 0;
  const kids = n.children;
  for (let j = 0; j < kids.length && found < need; j++) {
    const kid = kids[j]!;
    if (kid.kind === 'element' && named(kid, alts)) found += count(kid, steps, i + 1, need - found);
  }
  return found;
}

function named(n: XmlElement | XmlAttribute, alts: readonly NodeTest[]): boolean {
  for (let a = 0; a < alts.length; a++) if (sameName(n.name, alts[a]!.en!)) return true;
  return false;
}
