import { describe, expect, it } from 'vitest';
import { check, compileModule, doc, letIR, loadPack, pattern, rule, schema } from './harness.js';
import { CAC, CBC } from '../xpath/cases.js';

// A run of at least eight path checks (`empty(path)`, `exists(path)`, `not(path)`, a bare path,
// `count(path) <= k` and the like) becomes one table that runtime/pathchecks.ts runs. The same checks with another check
// between each stay inline: both layouts must make the same findings, messages included.
const CHECKS: [string, string, 'assert' | 'report'][] = [
  ['empty(cbc:UUID)', 'P01', 'assert'],
  ['exists(cac:Delivery/cac:DeliveryAddress/cbc:CityName)', 'P02', 'assert'],
  ['not(cac:Delivery/cbc:ActualDeliveryDate/@format)', 'P03', 'assert'],
  ['$lines/cac:Item/cbc:Note', 'P04', 'report'],
  ['empty((cac:InvoiceLine | cac:CreditNoteLine)/cac:Item/cac:OriginAddress)', 'P05', 'assert'],
  ['exists(//cac:PaymentMandate/cbc:ID/@schemeID)', 'P06', 'report'],
  ['cbc:Note', 'P07', 'assert'],
  ['empty($lines/cbc:ID/@schemeID)', 'P08', 'assert'],
  ['not(cac:InvoiceLine/(cbc:Note | cbc:AccountingCost))', 'P09', 'assert'],
  ['exists(//cac:Item/cac:OriginAddress)', 'P10', 'report'],
  ['not(//@format)', 'P11', 'assert'],
  ['exists(//cac:PaymentMandate)', 'P12', 'report'],
  ['count(cbc:Note) le 1', 'P13', 'assert'],
  ['count(cac:InvoiceLine/cbc:ID) < 2', 'P14', 'assert'],
  ['count(//cac:InvoiceLine) > 1', 'P15', 'report'],
  ['count(//cbc:ID/@schemeID) ge 2', 'P16', 'assert'],
];

function ir(inline: boolean) {
  const checks = CHECKS.flatMap(([test, id, kind]) => {
    const c = check(test, id, { kind, message: [{ kind: 'text', text: `${id}: ` }, { kind: 'value-of', select: 'count($lines)' }, { kind: 'text', text: ' lines' }] });
    return inline ? [c, check('true()', `${id}-sep`)] : [c];
  });
  return schema([pattern([rule('/*', checks, [letIR('lines', 'cac:InvoiceLine | cac:CreditNoteLine')])])]);
}

const head = `<Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2" xmlns:cbc="${CBC}" xmlns:cac="${CAC}">`;
const DOCS = [
  `${head}<cbc:Note>n</cbc:Note><cac:InvoiceLine><cbc:ID>1</cbc:ID></cac:InvoiceLine></Invoice>`,
  `${head}<cbc:UUID>u</cbc:UUID><cac:Delivery><cac:DeliveryAddress><cbc:CityName>X</cbc:CityName></cac:DeliveryAddress><cbc:ActualDeliveryDate format="x">2024-01-01</cbc:ActualDeliveryDate></cac:Delivery>
    <cac:PaymentMandate><cbc:ID schemeID="s">1</cbc:ID></cac:PaymentMandate>
    <cac:InvoiceLine><cbc:ID schemeID="x">1</cbc:ID><cbc:Note>a</cbc:Note><cac:Item><cbc:Note>i</cbc:Note><cac:OriginAddress/></cac:Item></cac:InvoiceLine>
    <cac:InvoiceLine><cbc:ID>2</cbc:ID></cac:InvoiceLine></Invoice>`,
  // names that occur, but not along the checked paths (the document-index precheck passes, the walk says no)
  `${head}<cbc:Note>n</cbc:Note><cac:Delivery><cbc:CityName>X</cbc:CityName><cac:DeliveryAddress/></cac:Delivery>
    <cac:PaymentMandate><cbc:ID>1</cbc:ID></cac:PaymentMandate><cac:Other><cbc:ID schemeID="s">1</cbc:ID></cac:Other>
    <cac:CreditNoteLine><cbc:ID>1</cbc:ID><cac:Item/><cbc:AccountingCost>c</cbc:AccountingCost></cac:CreditNoteLine><cac:OriginAddress/></Invoice>`,
];

describe('path checks run from a table', () => {
  it('are one table call in a long run, inline otherwise', () => {
    const table = compileModule(ir(false), 'path-checks-table');
    expect(table.match(/rt\.pathChecks\(/g)?.length).toBe(1);
    expect(table.match(/whenOver:/g)?.length).toBe(CHECKS.length);
    expect(compileModule(ir(true), 'path-checks-inline')).not.toMatch(/rt\.pathChecks\(/);
  });

  it('make the same findings and messages as the inline checks', async () => {
    const table = await loadPack(ir(false), 'path-checks-table');
    const inline = await loadPack(ir(true), 'path-checks-inline');
    const findings = (pack: typeof table, xml: string) =>
      pack.run(doc(xml), { lang: 'en' }).map((f) => `${f.ruleId} ${f.flag} ${f.message}`).filter((s) => !s.includes('-sep'));
    for (const xml of DOCS) expect(findings(table, xml)).toEqual(findings(inline, xml));
    expect(findings(table, DOCS[0]!).map((s) => s.split(' ')[0])).toEqual(['P02', 'P16']);
    expect(findings(table, DOCS[1]!)).toEqual([
      'P01 fatal P01: 2 lines',
      'P03 fatal P03: 2 lines',
      'P04 fatal P04: 2 lines',
      'P05 fatal P05: 2 lines',
      'P06 fatal P06: 2 lines',
      'P07 fatal P07: 2 lines',
      'P08 fatal P08: 2 lines',
      'P09 fatal P09: 2 lines',
      'P10 fatal P10: 2 lines',
      'P11 fatal P11: 2 lines',
      'P12 fatal P12: 2 lines',
      'P14 fatal P14: 2 lines',
      'P15 fatal P15: 2 lines',
    ]);
    expect(findings(table, DOCS[2]!).map((s) => s.split(' ')[0])).toEqual(['P02', 'P12', 'P16']);
  });
});
