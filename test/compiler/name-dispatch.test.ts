import { describe, expect, it } from 'vitest';
import { check, compileModule, loadPack, pattern, rule, schema, fired } from './harness.js';
import { CAC, CBC } from '../xpath/cases.js';

// A context predicate that depends on the local name alone becomes a `test` on the dispatch key
// (runtime/driver.ts applies it once per name). The verdicts must be those of the full context.
const ir = schema([
  pattern([
    rule("*[ends-with(name(), 'Amount') and not(ends-with(name(), 'PriceAmount'))]", [check('false()', 'AMOUNT')]),
    rule("*[ends-with(local-name(), 'Amount') and . > 100]", [check('false()', 'LARGE-AMOUNT')]),
    rule('*', [check('false()', 'OTHER')]),
  ]),
  pattern([rule("*[ends-with(name(), 'cbc:ID')]", [check('false()', 'PREFIXED-ID')])]),
  pattern([rule("*[starts-with(name(), 'cac:')]", [check('false()', 'CAC-NAME')])]),
  pattern([rule("@*[starts-with(local-name(), 'scheme') or contains(local-name(), 'List')]", [check('false()', 'SCHEME-ATTR')])]),
  pattern([rule("*[2][ends-with(local-name(), 'Amount')]", [check('false()', 'SECOND-AMOUNT')])]),
]);

const xml = `<Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2" xmlns:cbc="${CBC}" xmlns:cac="${CAC}">
  <cbc:ID schemeID="0088">1</cbc:ID>
  <cac:Price><cbc:PriceAmount>500</cbc:PriceAmount><cbc:BaseAmount codeListID="1">7</cbc:BaseAmount></cac:Price>
  <TaxAmount>200</TaxAmount>
  <x:ID xmlns:x="${CBC}">2</x:ID>
</Invoice>`;

describe('rules offered by a test on the local name', () => {
  it('keys carry the name part of a context predicate, and only a name part', () => {
    const text = compileModule(ir, 'name-dispatch');
    expect(text).toContain('test: (l) => l.endsWith("Amount") && !l.endsWith("PriceAmount")');
    // the value comparison stays in the matcher; the name part still goes to the key
    expect(text).toContain('test: (l) => l.endsWith("Amount") }');
    expect(text).toContain('test: (l) => (l.startsWith("scheme") || l.includes("List"))');
    // name() has the prefix: a colon in the literal, or a prefix test, is not a local-name test
    expect(text).not.toContain('l.endsWith("cbc:ID")');
    expect(text).not.toContain('l.startsWith("cac:")');
    // after a positional predicate a name test cannot be moved to the key
    expect(text.match(/test: \(l\)/g)).toHaveLength(3);
  });

  it('fire as the full contexts say, first rule of a pattern first', async () => {
    const pack = await loadPack(ir, 'name-dispatch');
    expect(fired(pack, xml)).toEqual([
      ...['OTHER', 'OTHER', 'OTHER', 'LARGE-AMOUNT', 'AMOUNT', 'AMOUNT', 'OTHER'],
      'PREFIXED-ID',
      'CAC-NAME',
      ...['SCHEME-ATTR', 'SCHEME-ATTR'],
      // cbc:BaseAmount is the second child element of cac:Price
      'SECOND-AMOUNT',
    ]);
  });
});
