/**
 * Corpus agreement: the schema verdict of checkStructure must equal the official XSD verdict
 * (JDK validator, `xsd.valid` in ../shared/corpus/expected.json) for every document.
 *
 * Also measured: for documents the reference rejects, whether our first issue is on the line of
 * the reference's first error. The known exceptions (10 of 1,563) are all an incomplete document
 * element whose end tag follows a comment: the tree keeps no comments and no end-tag positions,
 * so the end of the last text before the comment is reported instead.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkStructure } from '../../src/structure/index.js';
import { parseXml } from '../../src/xml/index.js';

const CORPUS = fileURLToPath(new URL('../../../shared/corpus/', import.meta.url));

interface Expected {
  readonly path: string;
  readonly xsd: { readonly valid: boolean; readonly errors: readonly string[] };
}

describe('corpus agreement with the official XSD verdict', () => {
  it('finds ../shared/corpus', () => {
    expect(existsSync(`${CORPUS}expected.json`), `corpus missing at ${CORPUS} (../shared beside the repository)`).toBe(true);
  });

  const expected = JSON.parse(readFileSync(`${CORPUS}expected.json`, 'utf8')) as Expected[];

  it('agrees on every document, and reports the first error on the reference line for most', () => {
    const disagreements: string[] = [];
    let rejected = 0;
    let sameLine = 0;
    for (const d of expected) {
      const parsed = parseXml(readFileSync(CORPUS + d.path));
      if (!parsed.ok) {
        disagreements.push(`${d.path}: does not parse: ${parsed.error.message}`);
        continue;
      }
      const issues = checkStructure(parsed.document);
      if ((issues.length === 0) !== d.xsd.valid) {
        disagreements.push(`${d.path}: reference ${d.xsd.valid ? 'valid' : 'invalid'}, ours ${issues[0]?.message ?? 'valid'}`);
      }
      if (!d.xsd.valid && issues[0] !== undefined) {
        rejected++;
        const refLine = Number(d.xsd.errors[0]!.slice(0, d.xsd.errors[0]!.indexOf(':')));
        if (issues[0].location.line === refLine) sameLine++;
      }
    }
    expect(expected).toHaveLength(1774);
    expect(disagreements).toEqual([]);
    expect(rejected).toBe(1563);
    expect(sameLine).toBe(1563);
  });
});
