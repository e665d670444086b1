/**
 * The conformance ratchet: the whole corpus (../shared/corpus) is validated with each document's
 * rule set forced, and every part must stay at or above the committed baseline
 * (test/conformance/baseline.json; raise it with `npm run conformance -- --update-baseline`).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { regressions, runConformance, type Baseline } from '../../scripts/conformance/lib.js';

const baseline = JSON.parse(readFileSync(new URL('./baseline.json', import.meta.url), 'utf8')) as Baseline;
const result = runConformance();

describe('conformance against ../shared/corpus', () => {
  it('covers every document of the corpus', () => {
    expect(result.total.documents).toBe(1774);
    expect(Object.keys(result.parts).sort()).toEqual(Object.keys(baseline).sort());
  });

  it('never falls below the committed baseline on any part or measure', () => {
    expect(regressions(result, baseline)).toEqual([]);
  });

  it('detects the document type of every corpus document as the official run did', () => {
    expect(result.total.documentType).toBe(result.total.documents);
  });
});
