/** Inputs of the differential runs: assertion tests of our packs, and a seeded sample of corpus documents. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readSchematron } from '../../src/schematron/reader.js';
import { parse } from './harness.js';

/**
 * Every assert/report test of `schematron/*.sch` that stands alone: no `$variable` (lets and
 * function parameters are bound by the pack) and no call of a pack function (prefix not a
 * standard one). Deduplicated, in file order.
 */
export function packAssertTests(root: string): { tests: string[]; namespaces: Map<string, string> } {
  const dir = join(root, 'schematron');
  const namespaces = new Map<string, string>();
  const tests = new Set<string>();
  const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.sch') && !f.startsWith('svefaktura')).sort() : [];
  for (const f of files) {
    const ir = readSchematron(join(dir, f));
    const fnPrefixes = new Set(ir.functions.map((fn) => fn.name.split(':')[0]));
    for (const n of ir.namespaces) if (!namespaces.has(n.prefix)) namespaces.set(n.prefix, n.uri);
    for (const p of ir.patterns)
      for (const r of p.rules)
        for (const c of r.checks) {
          if (c.test.includes('$')) continue;
          if ([...fnPrefixes].some((px) => c.test.includes(`${px}:`))) continue;
          tests.add(c.test);
        }
  }
  return { tests: [...tests], namespaces };
}

/** A small deterministic PRNG (mulberry32). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function countElements(xml: string): number {
  const d = parse(xml);
  let n = 0;
  const walk = (e: typeof d.root): void => {
    n++;
    for (const k of e.children) if (k.kind === 'element') walk(k);
  };
  walk(d.root);
  return n;
}

/**
 * `count` UBL documents of ../shared/corpus chosen by `seed`, each with the document element and
 * `perDoc` more elements (by index in document order) as contexts.
 */
export function corpusSample(root: string, count: number, seed: number, perDoc: number): { name: string; xml: string; contexts: number[] }[] {
  const corpus = join(root, '..', 'shared', 'corpus');
  if (!existsSync(join(corpus, 'expected.json'))) throw new Error(`corpus not found at ${corpus}`);
  const expected = JSON.parse(readFileSync(join(corpus, 'expected.json'), 'utf8')) as { path: string; ruleSet: string; xsd: { valid: boolean } }[];
  const ubl = expected.filter((e) => e.ruleSet !== 'svefaktura-1.0' && e.xsd.valid).map((e) => e.path).sort();
  const next = rng(seed);
  const out: { name: string; xml: string; contexts: number[] }[] = [];
  const used = new Set<number>();
  while (out.length < count && used.size < ubl.length) {
    const i = Math.floor(next() * ubl.length);
    if (used.has(i)) continue;
    used.add(i);
    const name = ubl[i]!;
    const xml = readFileSync(join(corpus, name), 'utf8');
    const n = countElements(xml);
    const contexts = [1];
    for (let j = 0; j < perDoc; j++) contexts.push(1 + Math.floor(next() * n));
    out.push({ name, xml, contexts });
  }
  return out;
}
