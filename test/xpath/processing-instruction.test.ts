/** processing-instruction() node tests over the document-level PIs the tree keeps (SFTI R-83). */
import { describe, expect, it } from 'vitest';
import { check, doc, loadPack, pattern, rule, schema } from '../compiler/harness.js';

const styled = doc('<?xml version="1.0"?><?xml-stylesheet href="a.xsl"?><?other x?><Invoice/><?after y?>');
const plain = doc('<Invoice/>');

const reportIf = (test: string) =>
  schema([pattern([rule('/', [check(test, 'PI-1', { kind: 'report', message: [{ kind: 'value-of', select: "string-join(/processing-instruction()/name(), ',')" }] })])])]);

describe('processing-instruction()', () => {
  it.each([
    ["exists(/processing-instruction('xml-stylesheet'))", true, false],
    ['exists(/processing-instruction(xml-stylesheet))', true, false],
    ['count(/processing-instruction()) = 3', true, false],
    ["count(/node()) = 4 and /node()[1]/name() = 'xml-stylesheet' and /node()[3] is /*", true, false],
    ["empty(//processing-instruction('nope'))", true, true],
  ])('%s', async (test, onStyled, onPlain) => {
    const pack = await loadPack(reportIf(test));
    expect(pack.run(styled, { lang: 'en' }).length).toBe(onStyled ? 1 : 0);
    expect(pack.run(plain, { lang: 'en' }).length).toBe(onPlain ? 1 : 0);
  });

  it('names the targets in document order', async () => {
    const pack = await loadPack(reportIf('true()'));
    expect(pack.run(styled, { lang: 'en' })[0]?.message).toBe('xml-stylesheet,other,after');
  });
});
