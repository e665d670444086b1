/**
 * Qualified names as written in documents (`cbc:ID`), cached across documents so that the parser
 * neither slices a new string for every tag nor resolves its prefix again and again.
 *
 * The cache is direct-mapped and bounded: a slot is chosen by a hash of the name's characters
 * (computed while the parser scans them), and a name that finds its slot taken by another simply
 * replaces it. Many distinct names (a hostile document) only cost misses. Cached strings are
 * copies that share no memory with the document they came from, so the cache never keeps a
 * document alive.
 *
 * Each entry also remembers what it last resolved to, with the parser's scope stamp of that
 * moment (see `scopeStamp` in the parser): under the same stamp, that is the same namespace
 * bindings, the same qualified name has the same expanded name.
 */
import { detach, type ExpandedName } from './names.js';

export interface QName {
  /** The name as written. */
  readonly qname: string;
  /** Index of the first colon, or -1. */
  readonly colon: number;
  /** The part before the first colon, `''` when there is none. */
  readonly prefix: string;
  /** The part after the first colon, or the whole name when there is none. */
  readonly local: string;
  /** Whether a colon makes it a malformed qualified name: an empty prefix or local part, or a second colon. */
  readonly malformed: boolean;
  /** The element name it last resolved to, valid while the parser's scope stamp equals `elementScope`. */
  element: ExpandedName | null;
  elementScope: number;
  /** The attribute name it last resolved to: for a prefixed name, valid under the same rule with `attributeScope`; without a prefix, always valid. */
  attribute: ExpandedName | null;
  attributeScope: number;
}

const SLOTS = 4096;
const cache: (QName | undefined)[] = new Array<QName | undefined>(SLOTS).fill(undefined);

/** Adds a character code to a running hash of a name (start from the first code). */
export function hashStep(h: number, c: number): number {
  return (Math.imul(h, 31) + c) | 0;
}

/** The entry for the name `s.slice(start, end)`, whose hash (by `hashStep`) is `h`. */
export function qnameAt(s: string, start: number, end: number, h: number): QName {
  const slot = (h ^ (h >>> 13)) & (SLOTS - 1);
  const hit = cache[slot];
  if (hit !== undefined && hit.qname.length === end - start && s.startsWith(hit.qname, start)) return hit;
  const entry = makeQName(detach(s.slice(start, end)));
  cache[slot] = entry;
  return entry;
}

function makeQName(qname: string): QName {
  const colon = qname.indexOf(':');
  const prefix = colon < 0 ? '' : qname.slice(0, colon);
  const local = colon < 0 ? qname : qname.slice(colon + 1);
  const malformed = colon >= 0 && (local.length === 0 || local.includes(':') || prefix.length === 0);
  return { qname, colon, prefix, local, malformed, element: null, elementScope: -1, attribute: null, attributeScope: -1 };
}
