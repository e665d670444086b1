import { describe, expect, it } from 'vitest';
import { expandedName, internedNameCount } from '../../src/xml/names.js';
import { evalAll } from './harness.js';
import { CASES, SAMPLE } from './cases.js';

// Past the interning bound (a long-running process fed many distinct names), names are no longer
// shared objects: name tests, the document index and hasPath take their slower paths. The
// results must not change.
describe('XPath evaluation past the name-interning bound', () => {
  it('evaluates every case as with interned names', async () => {
    for (let i = internedNameCount(); i < 50_000; i++) expandedName('urn:fill', `n${i}`);
    expect(expandedName('urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2', 'NotInterned').id).toBe(-1);
    const got = await evalAll(
      CASES.map((c) => c[0]),
      SAMPLE,
    );
    const mismatches = CASES.map((c, i) => ({ expr: c[0], expected: c[1], got: got[i] })).filter((r) => r.got !== r.expected);
    expect(mismatches).toEqual([]);
  });
});
