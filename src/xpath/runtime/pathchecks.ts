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
import { attributesByName, descendantsByName, type NamePath, type NodeTest } from './nodes.js';

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

/** Run a table of path checks on the context node `c`, in order; `args` are the rule's let values. */
export function pathChecks(c: XmlNode, S: RunState, out: Finding[], checks: readonly PathCheck[], args: readonly unknown[]): void {
  for (let i = 0; i < checks.length; i++) {
    const k = checks[i]!;
    S.cur = k.cur;
    const need = k.limit + 1;
    const over = (k.pre === null || S.D.hasNamePath(k.pre)) && countFrom(c, S, k, args, need) >= need;
    if (over === k.whenOver) out.push(finding(k.row, c, k.message(c, S, args)));
  }
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
