/**
 * Differential test (STYLE.md practice 3): our compiled packs and the SaxonJS reference runner
 * over the same documents must fire the same (rule id, flag, location) multisets, and a dynamic
 * error must be an error on both sides. A sample runs here (60 corpus documents spread over the
 * parts, the documents of the KNOWN table, 60 seeded mutations); `npm run differential` runs the
 * whole corpus.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { parseXml, nodePath, stringValue } from '../../src/xml/index.js';
import type { XmlDocument, XmlNode } from '../../src/xml/tree.js';
import {
  compareOutcomes,
  corpusDocument,
  KNOWN,
  loadCorpus,
  mutations,
  runDifferential,
  spreadSample,
  type DifferentialResult,
  type TestDocument,
} from './differential.js';
import { mutate, OPERATOR_NAMES, serializeDocument } from './mutate.js';

const expected = loadCorpus();
const withRules = expected.filter((d) => d.ruleSet !== 'svefaktura-1.0-objectenvelope');

function docOf(text: string): XmlDocument {
  const r = parseXml(text);
  if (!r.ok) throw new Error(r.error.message);
  return r.document;
}

/** Every element and attribute as (path, namespace, string value), in document order. */
function shape(doc: XmlDocument): string[] {
  const out: string[] = [];
  const walk = (n: XmlNode): void => {
    if (n.kind === 'element') {
      out.push(`${nodePath(n)} {${n.ns}} ${n.children.every((k) => k.kind === 'text') ? stringValue(n) : ''}`);
      for (const a of n.attributes) out.push(`${nodePath(a)} {${a.ns}} ${a.value}`);
      for (const k of n.children) walk(k);
    }
  };
  walk(doc.root);
  return out;
}

describe('the mutator', () => {
  const sources = spreadSample(withRules, 12, 1)
    .map(corpusDocument)
    .filter((d): d is TestDocument => d !== null);

  it('writes a parsed document back unchanged (names, namespaces, attributes, text)', () => {
    expect(sources.length).toBe(12);
    for (const d of sources) expect(shape(docOf(serializeDocument(d.tree)))).toEqual(shape(d.tree));
  });

  it('is deterministic, changes the document, keeps it well-formed and uses every operator', () => {
    const used = new Set<string>();
    let changed = 0;
    for (let i = 0; i < 60; i++) {
      const src = sources[i % sources.length]!;
      const a = mutate(src.tree, i);
      if (a.text !== serializeDocument(src.tree)) changed++;
      expect(mutate(src.tree, i)).toEqual(a);
      expect(parseXml(a.text).ok).toBe(true);
      expect(a.steps.length).toBeGreaterThan(0);
      for (const s of a.steps) used.add(s.split(' ')[0]!);
    }
    // a swap of equal siblings or a text replaced by the same value may leave a document as it was
    expect(changed).toBeGreaterThanOrEqual(55);
    // step descriptions start with: delete, duplicate, text, <el>/@attr, swap
    expect(used.has('delete') && used.has('duplicate') && used.has('text') && used.has('swap')).toBe(true);
    expect(OPERATOR_NAMES.length).toBe(6);
  });
});

describe('the comparison', () => {
  const f = (id: string, location: string) => ({ id, flag: 'fatal', location, message: 'm' });
  it('sees a firing on another node, a missing firing and a one-sided error', () => {
    const a = compareOutcomes('d', 'p', { kind: 'fired', firings: [f('BR-01', '/Invoice[1]')] }, { kind: 'fired', firings: [f('BR-01', '/Invoice[1]/cbc:ID[1]')] });
    expect(a.differingIds).toEqual(['BR-01']);
    expect(a.missing).toHaveLength(1);
    expect(a.extra).toHaveLength(1);
    const b = compareOutcomes('d', 'p', { kind: 'fired', firings: [f('BR-01', '/Invoice[1]'), f('BR-01', '/Invoice[1]')] }, { kind: 'fired', firings: [f('BR-01', '/Invoice[1]')] });
    expect(b.differingIds).toEqual(['BR-01']);
    const c = compareOutcomes('d', 'p', { kind: 'error', code: 'FORG0001', message: '' }, { kind: 'fired', firings: [] });
    expect(c.differingIds).toEqual(['(error)']);
    const d = compareOutcomes('d', 'p', { kind: 'error', code: 'FORG0001', message: '' }, { kind: 'error', code: 'FORG0001', message: '' });
    expect(d.differingIds).toEqual([]);
  });
});

describe('compiled packs vs SaxonJS on a corpus sample and mutations', () => {
  let result: DifferentialResult;
  let docs: TestDocument[];

  beforeAll(async () => {
    const knownDocs = new Set(KNOWN.map((k) => k.document));
    const sample = [...spreadSample(withRules, 60, 2026), ...withRules.filter((d) => knownDocs.has(d.path))]
      .map(corpusDocument)
      .filter((d): d is TestDocument => d !== null);
    docs = [...sample, ...mutations(sample, 60, 2026)];
    result = await runDifferential(docs);
    let pairs = 0;
    for (const s of result.packs.values()) {
      pairs += s.pairs;
      console.log(`differential ${s.pack}: ${s.documents} documents (${s.mutations} mutations), ${s.agreeing} agree, ${s.pairs} pairs, ${s.ourFirings} firings`);
    }
    console.log(`differential: ${docs.length} documents, ${pairs} (document, assertion) pairs`);
  }, 600_000);

  it('compiles and runs every pack of ours', () => {
    expect([...result.notCompiled.keys()]).toEqual([]);
    expect([...result.packs.keys()].sort()).toEqual(['en16931-ubl', 'peppol-bis-billing-3', 'peppol-bis-self-billing-3', 'svefaktura-1.0']);
  });

  it('covers at least 10,000 (document, assertion) pairs and the compiled packs really fired', () => {
    let pairs = 0;
    for (const s of result.packs.values()) {
      pairs += s.pairs;
      expect(s.mutations).toBeGreaterThan(0);
      expect(s.ourFirings).toBeGreaterThan(0);
    }
    expect(pairs).toBeGreaterThanOrEqual(10_000);
  });

  it('finds no difference beyond the known ones, and every known one still shows', () => {
    expect(result.unknown).toEqual([]);
    expect(result.vanished).toEqual([]);
    for (const k of result.known) expect(KNOWN).toContain(k);
  });
});
