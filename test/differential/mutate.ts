/**
 * Seeded random mutations of XML documents for the differential test.
 *
 * A document parsed with our parser (`parseXml`) is copied into a small mutable tree, one to three
 * operators are applied (delete / duplicate an element, replace a leaf's text, change / delete an
 * attribute, swap two siblings), and the tree is written back as XML text with every namespace
 * declaration where it was, so the result is always well-formed and namespace-correct (checked by
 * reparsing). Same seed, same document: same mutation (mulberry32 PRNG).
 *
 * Comments are not kept (our tree drops them); document-level processing instructions are.
 */
import { parseXml } from '../../src/xml/index.js';
import type { XmlDocument, XmlElement } from '../../src/xml/tree.js';

/** mulberry32: a small deterministic PRNG; returns floats in [0, 1). */
export function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Random = () => number;

export function pick<T>(rnd: Random, xs: readonly T[]): T {
  if (xs.length === 0) throw new Error('pick from an empty list');
  return xs[Math.floor(rnd() * xs.length)]!;
}

interface MAttr {
  prefix: string;
  local: string;
  value: string;
}

interface MElement {
  readonly kind: 'element';
  prefix: string;
  local: string;
  nsDecls: [string, string][];
  attrs: MAttr[];
  children: MNode[];
  parent: MElement | null;
}

interface MText {
  readonly kind: 'text';
  value: string;
}

type MNode = MElement | MText;

interface MDocument {
  readonly pis: readonly { target: string; value: string }[];
  readonly root: MElement;
}

function copyElement(el: XmlElement, parent: MElement | null): MElement {
  const m: MElement = {
    kind: 'element',
    prefix: el.prefix,
    local: el.local,
    nsDecls: el.nsDecls === null ? [] : [...el.nsDecls],
    attrs: el.attributes.map((a) => ({ prefix: a.prefix, local: a.local, value: a.value })),
    children: [],
    parent,
  };
  for (const kid of el.children) m.children.push(kid.kind === 'text' ? { kind: 'text', value: kid.value } : copyElement(kid, m));
  return m;
}

function fromTree(doc: XmlDocument): MDocument {
  return {
    pis: doc.processingInstructions.filter((p) => p.order < doc.root.order).map((p) => ({ target: p.target, value: p.value })),
    root: copyElement(doc.root, null),
  };
}

function clone(el: MElement, parent: MElement | null): MElement {
  const m: MElement = { ...el, nsDecls: el.nsDecls.map(([p, u]) => [p, u]), attrs: el.attrs.map((a) => ({ ...a })), children: [], parent };
  for (const kid of el.children) m.children.push(kid.kind === 'text' ? { kind: 'text', value: kid.value } : clone(kid, m));
  return m;
}

const escText = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#13;');
const escAttr = (s: string): string =>
  escText(s).replace(/"/g, '&quot;').replace(/\t/g, '&#9;').replace(/\n/g, '&#10;');

function qname(prefix: string, local: string): string {
  return prefix === '' ? local : `${prefix}:${local}`;
}

function writeElement(el: MElement, out: string[]): void {
  const name = qname(el.prefix, el.local);
  out.push(`<${name}`);
  for (const [p, uri] of el.nsDecls) out.push(` ${p === '' ? 'xmlns' : `xmlns:${p}`}="${escAttr(uri)}"`);
  for (const a of el.attrs) out.push(` ${qname(a.prefix, a.local)}="${escAttr(a.value)}"`);
  if (el.children.length === 0) {
    out.push('/>');
    return;
  }
  out.push('>');
  for (const kid of el.children) {
    if (kid.kind === 'text') out.push(escText(kid.value));
    else writeElement(kid, out);
  }
  out.push(`</${name}>`);
}

/** Serialize a mutable document as UTF-8 XML text. */
function serialize(doc: MDocument): string {
  const out = ['<?xml version="1.0" encoding="UTF-8"?>\n'];
  for (const pi of doc.pis) out.push(`<?${pi.target}${pi.value === '' ? '' : ` ${pi.value}`}?>\n`);
  writeElement(doc.root, out);
  out.push('\n');
  return out.join('');
}

/** Write a parsed document back to XML text (no mutation): the identity the mutator builds on. */
export function serializeDocument(doc: XmlDocument): string {
  return serialize(fromTree(doc));
}

function elements(root: MElement): MElement[] {
  const out: MElement[] = [];
  const walk = (el: MElement): void => {
    out.push(el);
    for (const kid of el.children) if (kid.kind === 'element') walk(kid);
  };
  walk(root);
  return out;
}

const isLeaf = (el: MElement): boolean => el.children.every((k) => k.kind === 'text');
const textOf = (el: MElement): string => el.children.map((k) => (k.kind === 'text' ? k.value : '')).join('');

/** Replacement values: empty, numbers at the edges of the rules, codes that exist nowhere, dates. */
const POOL = ['', '0', '-1', '1.005', 'XX', 'abc', '2023-01-31', '2023-02-30', '100.00', ' '];

function replacement(rnd: Random, leaves: readonly MElement[]): string {
  if (rnd() < 0.35 && leaves.length > 0) return textOf(pick(rnd, leaves));
  return pick(rnd, POOL);
}

type Operator = (rnd: Random, doc: MDocument) => string | null;

const nonRoot = (doc: MDocument): MElement[] => elements(doc.root).filter((e) => e.parent !== null);

const OPERATORS: Readonly<Record<string, Operator>> = {
  deleteElement(rnd, doc) {
    const candidates = nonRoot(doc);
    if (candidates.length === 0) return null;
    const el = pick(rnd, candidates);
    const p = el.parent!;
    p.children.splice(p.children.indexOf(el), 1);
    return `delete ${el.local}`;
  },
  duplicateElement(rnd, doc) {
    const candidates = nonRoot(doc);
    if (candidates.length === 0) return null;
    const el = pick(rnd, candidates);
    const p = el.parent!;
    p.children.splice(p.children.indexOf(el) + 1, 0, clone(el, p));
    return `duplicate ${el.local}`;
  },
  replaceText(rnd, doc) {
    const leaves = elements(doc.root).filter(isLeaf);
    if (leaves.length === 0) return null;
    const el = pick(rnd, leaves);
    const value = replacement(rnd, leaves);
    el.children = value === '' ? [] : [{ kind: 'text', value }];
    return `text of ${el.local} := ${JSON.stringify(value)}`;
  },
  changeAttribute(rnd, doc) {
    const owners = elements(doc.root).filter((e) => e.attrs.length > 0);
    if (owners.length === 0) return null;
    const el = pick(rnd, owners);
    const a = pick(rnd, el.attrs);
    a.value = replacement(rnd, elements(doc.root).filter(isLeaf));
    return `${el.local}/@${a.local} := ${JSON.stringify(a.value)}`;
  },
  deleteAttribute(rnd, doc) {
    const owners = elements(doc.root).filter((e) => e.attrs.length > 0);
    if (owners.length === 0) return null;
    const el = pick(rnd, owners);
    const a = pick(rnd, el.attrs);
    el.attrs.splice(el.attrs.indexOf(a), 1);
    return `delete ${el.local}/@${a.local}`;
  },
  swapSiblings(rnd, doc) {
    const parents = elements(doc.root).filter((e) => e.children.filter((k) => k.kind === 'element').length >= 2);
    if (parents.length === 0) return null;
    const p = pick(rnd, parents);
    const kids = p.children.filter((k): k is MElement => k.kind === 'element');
    const i = Math.floor(rnd() * kids.length);
    let j = Math.floor(rnd() * (kids.length - 1));
    if (j >= i) j++;
    const a = kids[i]!;
    const b = kids[j]!;
    const ia = p.children.indexOf(a);
    const ib = p.children.indexOf(b);
    p.children[ia] = b;
    p.children[ib] = a;
    return `swap ${a.local} <-> ${b.local} in ${p.local}`;
  },
};

export const OPERATOR_NAMES: readonly string[] = Object.keys(OPERATORS);

export interface Mutation {
  /** The mutated document. */
  readonly text: string;
  /** What was done, one entry per operator applied. */
  readonly steps: readonly string[];
}

/**
 * Mutate a document with 1 to `maxSteps` seeded operators. Throws if the result is not
 * well-formed for our parser (a bug of the mutator, never expected).
 */
export function mutate(doc: XmlDocument, seed: number, maxSteps = 3): Mutation {
  const rnd = prng(seed);
  const m = fromTree(doc);
  const steps: string[] = [];
  const n = 1 + Math.floor(rnd() * maxSteps);
  for (let k = 0; k < n * 4 && steps.length < n; k++) {
    const name = pick(rnd, OPERATOR_NAMES);
    const step = OPERATORS[name]!(rnd, m);
    if (step !== null) steps.push(step);
  }
  const text = serialize(m);
  const check = parseXml(text);
  if (!check.ok) throw new Error(`mutation ${seed} produced a document our parser rejects: ${check.error.message}`);
  return { text, steps };
}
