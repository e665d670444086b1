import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CASES, SAMPLE } from './cases.js';
import { differential, SAXONJS_KNOWN_FAULTS } from './differential.js';
import { NS } from './harness.js';
import { corpusSample, packAssertTests } from './differential-inputs.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

describe('differential: compiled XPath vs SaxonJS', () => {
  it('agrees on every expression of the case table (except listed SaxonJS faults)', async () => {
    const r = await differential(
      CASES.map((c) => c[0]),
      [{ name: 'SAMPLE', xml: SAMPLE, contexts: [1] }],
      NS,
      false,
    );
    expect(r.mismatches).toEqual([]);
    expect(r.compared).toBeGreaterThan(200);
    expect(r.known).toBe(SAXONJS_KNOWN_FAULTS.size);
  });

  it('agrees on the assertion tests of our packs over a seeded corpus sample', async () => {
    const { tests, namespaces } = packAssertTests(ROOT);
    expect(tests.length).toBeGreaterThan(100);
    const docs = corpusSample(ROOT, 3, 20260522, 3);
    const r = await differential(tests, docs, namespaces, true);
    expect(r.mismatches.slice(0, 10)).toEqual([]);
    expect(r.compared).toBeGreaterThan(1000);
  });
});
