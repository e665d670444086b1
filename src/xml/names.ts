/**
 * Expanded names, interned: the parser gives every element and attribute of the same namespace
 * URI and local name the same `ExpandedName` object, across documents. Later stages compare and
 * look up names through it: `key` is one string per name (its hash computed once), `id` a small
 * integer for array-indexed tables.
 *
 * The table is bounded: past `MAX_INTERNED` distinct names (a long-running service fed hostile
 * documents), new names get a fresh object with `id` -1, which every consumer handles by its
 * slower path; nothing is ever wrong, only slower.
 */
export interface ExpandedName {
  /** Namespace URI, or `''` for no namespace. */
  readonly ns: string;
  readonly local: string;
  /** `ns + ' ' + local` (a space never occurs in a namespace URI used by our rules, nor in a local name). */
  readonly key: string;
  /** Index of this name in the process-wide table, or -1 when the table was full. */
  readonly id: number;
}

const MAX_INTERNED = 50_000;
const table = new Map<string, Map<string, ExpandedName>>();
let count = 0;

/**
 * The interned name for (ns, local). The table keeps copies of the strings: the arguments are
 * usually slices of a document, and V8 represents longer slices as views that would keep the
 * whole document text alive for as long as the process runs.
 */
export function expandedName(ns: string, local: string): ExpandedName {
  let byLocal = table.get(ns);
  if (byLocal === undefined) {
    if (count >= MAX_INTERNED) return { ns, local, key: `${ns} ${local}`, id: -1 };
    ns = detach(ns);
    byLocal = new Map();
    table.set(ns, byLocal);
  }
  let name = byLocal.get(local);
  if (name === undefined) {
    if (count >= MAX_INTERNED) return { ns, local, key: `${ns} ${local}`, id: -1 };
    ns = detach(ns);
    local = detach(local);
    name = { ns, local, key: `${ns} ${local}`, id: count++ };
    byLocal.set(local, name);
  }
  return name;
}

/**
 * A copy of a string that shares no memory with a larger one it may have been sliced from (V8
 * makes substrings of 13 characters or more views on their parent). The copy is V8's
 * internalized string of that text, obtained by using it as a property key: names then compare
 * equal to the string constants of compiled rules by identity, the fastest case of `===`.
 */
export function detach(s: string): string {
  const holder = Object.create(null) as Record<string, number>;
  holder[s] = 0;
  return Object.keys(holder)[0]!;
}

/** How many names are interned (for tests of the bound). */
export function internedNameCount(): number {
  return count;
}

/**
 * Whether two names are equal. Interned names are equal exactly when they are the same object;
 * only two names made past the bound need their keys compared (an interned name and one made
 * past the bound never match: the bound stops new names only).
 */
export function sameName(a: ExpandedName, b: ExpandedName): boolean {
  return a === b || (a.id < 0 && b.id < 0 && a.key === b.key);
}
