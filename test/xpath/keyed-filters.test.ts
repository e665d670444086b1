import { describe, expect, it } from 'vitest';
import { evalAll } from './harness.js';
import { CAC, CBC, I, SAMPLE } from './cases.js';

// Filters of a per-document list by `K = 'literal'` are answered from a grouping of the list by K
// (rt.keyFilter). Each case here is written twice: keyed, and in a form the emitter does not
// group (a for expression), and both must give the same answer, errors included.
const DOC = `<Invoice xmlns="${I}" xmlns:cbc="${CBC}" xmlns:cac="${CAC}">
  <cac:InvoiceLine><cbc:ID>1</cbc:ID><cac:Item><cac:ClassifiedTaxCategory><cbc:ID> S </cbc:ID></cac:ClassifiedTaxCategory></cac:Item></cac:InvoiceLine>
  <cac:InvoiceLine><cbc:ID>2</cbc:ID><cac:Item><cac:ClassifiedTaxCategory><cbc:ID>Z</cbc:ID></cac:ClassifiedTaxCategory></cac:Item></cac:InvoiceLine>
  <cac:InvoiceLine><cbc:ID>3</cbc:ID><cac:Item><cac:ClassifiedTaxCategory><cbc:ID>S</cbc:ID></cac:ClassifiedTaxCategory></cac:Item></cac:InvoiceLine>
  <cac:InvoiceLine><cbc:ID>4</cbc:ID><cac:Item/></cac:InvoiceLine>
  <cac:AllowanceCharge><cac:TaxCategory><cbc:ID>S</cbc:ID><cbc:ID>E</cbc:ID></cac:TaxCategory></cac:AllowanceCharge>
</Invoice>`;

const PAIRS: [string, string, string][] = [
  // [keyed, plain, expected]
  ["string-join(//cac:InvoiceLine[cac:Item/cac:ClassifiedTaxCategory/normalize-space(cbc:ID) = 'S']/cbc:ID, ',')",
    "string-join(for $l in //cac:InvoiceLine return if ($l/cac:Item/cac:ClassifiedTaxCategory/normalize-space(cbc:ID) = 'S') then $l/cbc:ID else (), ',')", 'str:1,3'],
  ["count(//cac:ClassifiedTaxCategory[normalize-space(cbc:ID) eq 'Z'])",
    "count(for $c in //cac:ClassifiedTaxCategory return if (normalize-space($c/cbc:ID) eq 'Z') then $c else ())", 'int:1'],
  // untrimmed value: only the plain string comparison sees ' S '
  ["count(//cac:ClassifiedTaxCategory[cbc:ID = 'S'])",
    "count(for $c in //cac:ClassifiedTaxCategory return if ($c/cbc:ID = 'S') then $c else ())", 'int:1'],
  // an element with two keys is found under each, once
  ["count(//cac:TaxCategory[cbc:ID = 'S']) + count(//cac:TaxCategory[cbc:ID = 'E'])",
    "count(for $c in //cac:TaxCategory return if ($c/cbc:ID = 'S') then $c else ()) + count(for $c in //cac:TaxCategory return if ($c/cbc:ID = 'E') then $c else ())", 'int:2'],
  ["count(//cac:ClassifiedTaxCategory[normalize-space(cbc:ID) eq 'X'])", "0", 'int:0'],
  // from a variable: children kept, then grouped; a second keyed predicate on the group
  ["string-join(for $r in /* return $r/cac:InvoiceLine[cac:Item/cac:ClassifiedTaxCategory/normalize-space(cbc:ID) = 'S'][cbc:ID = '3']/cbc:ID, ',')",
    "string-join(for $l in /*/cac:InvoiceLine return if ($l/cac:Item/cac:ClassifiedTaxCategory/normalize-space(cbc:ID) = 'S' and $l/cbc:ID = '3') then $l/cbc:ID else (), ',')", 'str:3'],
  // a key expression that fails (two cbc:ID under one TaxCategory) fails the keyed filter too
  ["count(//cac:TaxCategory[normalize-space(cbc:ID) eq 'S'])",
    "count(for $c in //cac:TaxCategory return if (normalize-space($c/cbc:ID) eq 'S') then $c else ())", 'ERR:XPTY0004'],
];

describe('keyed filters', () => {
  it('give the same results as the plain filter, errors included', async () => {
    const keyed = await evalAll(PAIRS.map((p) => p[0]), DOC);
    const plain = await evalAll(PAIRS.map((p) => p[1]), DOC);
    expect(keyed).toEqual(PAIRS.map((p) => p[2]));
    expect(plain).toEqual(PAIRS.map((p) => p[2]));
  });

  it('group by boolean value (`cbc:ChargeIndicator = true()`): every lexical form, several values, errors as the plain filter', async () => {
    const ac = (...flags: string[]) => `<cac:AllowanceCharge>${flags.map((f) => `<cbc:ChargeIndicator>${f}</cbc:ChargeIndicator>`).join('')}<cbc:Amount>1</cbc:Amount></cac:AllowanceCharge>`;
    const doc2 = (...acs: string[]) => `<Invoice xmlns="${I}" xmlns:cbc="${CBC}" xmlns:cac="${CAC}">${acs.join('')}</Invoice>`;
    const at = (b: string) => `for $r in /* return count($r/cac:AllowanceCharge[cbc:ChargeIndicator = ${b}])`;
    const plain = (b: string) => `count(for $a in /*/cac:AllowanceCharge return if ($a/cbc:ChargeIndicator = ${b}) then $a else ())`;
    const good = doc2(ac('true'), ac(' 1 '), ac('false'), ac('0'), ac(), ac('true', 'false'));
    const forms = ['true()', 'false()'];
    expect(await evalAll(forms.map(at), good)).toEqual(['int:3', 'int:3']);
    expect(await evalAll(forms.map(plain), good)).toEqual(['int:3', 'int:3']);
    const bad = doc2(ac('true'), ac('yes'));
    expect(await evalAll([at('true()')], bad)).toEqual(['ERR:FORG0001']);
    expect(await evalAll([plain('true()')], bad)).toEqual(['ERR:FORG0001']);
    const { compileXPathModule } = await import('../../src/xpath/emit/module.js');
    const m = compileXPathModule([at('true()')], { namespaces: new Map([['cbc', CBC], ['cac', CAC]]), runtimeImport: 'rt' });
    expect(m.text).toContain('rt.booleanKeys(');
  });

  it('group by decimal value: equal decimals in any notation, other values and errors as the plain filter', async () => {
    const line = (pct: string) => `<cac:InvoiceLine><cac:Item><cac:ClassifiedTaxCategory><cbc:Percent>${pct}</cbc:Percent></cac:ClassifiedTaxCategory></cac:Item></cac:InvoiceLine>`;
    const doc2 = (pcts: string[]) => `<Invoice xmlns="${I}" xmlns:cbc="${CBC}" xmlns:cac="${CAC}">${pcts.map(line).join('')}</Invoice>`;
    const at = (rate: string) => `for $r in /* return count($r/cac:InvoiceLine[cac:Item/cac:ClassifiedTaxCategory/xs:decimal(cbc:Percent) = ${rate}])`;
    const plain = (rate: string) => `count(for $l in /*/cac:InvoiceLine return if ($l/cac:Item/cac:ClassifiedTaxCategory/xs:decimal(cbc:Percent) = ${rate}) then $l else ())`;
    const rates = ["xs:decimal('25.0')", "xs:decimal('12')", '25', '()', "(xs:decimal('25'), xs:decimal('12'))", "xs:decimal('0')", '25.00'];
    const expected = ['int:2', 'int:1', 'int:2', 'int:0', 'int:3', 'int:1', 'int:2'];
    const good = doc2(['25', '25.00', '12', '-0.0']);
    expect(await evalAll(rates.map(at), good)).toEqual(expected);
    expect(await evalAll(rates.map(plain), good)).toEqual(expected);
    const bad = doc2(['25', 'abc']);
    expect(await evalAll([at("xs:decimal('25')")], bad)).toEqual(['ERR:FORG0001']);
    expect(await evalAll([plain("xs:decimal('25')")], bad)).toEqual(['ERR:FORG0001']);
  });

  it('keep children only for a child step: other axes from a variable filter as written', async () => {
    const got = await evalAll(
      [
        "for $r in /* return count($r/descendant::cbc:ID[. = '1'])",
        "for $r in /* return count($r/child::cbc:ID[. = 'INV-1'])",
        "for $l in /*/cac:InvoiceLine[2] return count($l/preceding-sibling::cac:InvoiceLine[cbc:ID = '1'])",
      ],
      SAMPLE,
    );
    expect(got).toEqual(['int:1', 'int:1', 'int:1']);
  });

  it('are what the emitter produces for these forms', async () => {
    const { compileXPathModule } = await import('../../src/xpath/emit/module.js');
    const NS = new Map([['cbc', CBC], ['cac', CAC]]);
    const m = compileXPathModule([PAIRS[0]![0], PAIRS[5]![0], PAIRS[0]![1]], { namespaces: NS, runtimeImport: 'rt' });
    expect(m.text.match(/rt\.keyFilter\(/g)?.length).toBe(3);
    expect(m.text).toContain('rt.childrenKept(');
    const d = compileXPathModule(["for $r in /* return $r/cac:InvoiceLine[cac:Item/cac:ClassifiedTaxCategory/xs:decimal(cbc:Percent) = xs:decimal('25')]"], { namespaces: NS, runtimeImport: 'rt' });
    expect(d.text).toContain('rt.keyFilterDecimal(');
  });

  it('memoize the filtered prefix of a path from the root, share it, and group the step after it', async () => {
    const ac = (charge: boolean, ids: string[]) =>
      `<cac:AllowanceCharge><cbc:ChargeIndicator>${charge}</cbc:ChargeIndicator>${ids.map((id) => `<cac:TaxCategory><cbc:ID>${id}</cbc:ID></cac:TaxCategory>`).join('')}</cac:AllowanceCharge>`;
    const doc3 = `<Invoice xmlns="${I}" xmlns:cbc="${CBC}" xmlns:cac="${CAC}">${ac(true, ['S', ' E '])}${ac(false, ['S'])}${ac(true, ['S'])}</Invoice>`;
    const prefixed = (code: string) => `count(//cac:AllowanceCharge[cbc:ChargeIndicator = true()]/cac:TaxCategory[normalize-space(cbc:ID) = '${code}'])`;
    const plain = (code: string) =>
      `count(for $a in //cac:AllowanceCharge return if ($a/cbc:ChargeIndicator = true()) then (for $t in $a/cac:TaxCategory return if (normalize-space($t/cbc:ID) = '${code}') then $t else ()) else ())`;
    const codes = ['S', 'E', 'Z'];
    const expected = ['int:2', 'int:1', 'int:0'];
    expect(await evalAll(codes.map(prefixed), doc3)).toEqual(expected);
    expect(await evalAll(codes.map(plain), doc3)).toEqual(expected);
    // a key that fails (two cbc:ID) fails the grouped step as it fails the plain one
    const bad = `<Invoice xmlns="${I}" xmlns:cbc="${CBC}" xmlns:cac="${CAC}">${ac(true, ['S'])}<cac:AllowanceCharge><cbc:ChargeIndicator>true</cbc:ChargeIndicator><cac:TaxCategory><cbc:ID>S</cbc:ID><cbc:ID>E</cbc:ID></cac:TaxCategory></cac:AllowanceCharge></Invoice>`;
    expect(await evalAll([prefixed('S'), plain('S')], bad)).toEqual(['ERR:XPTY0004', 'ERR:XPTY0004']);
    const { compileXPathModule } = await import('../../src/xpath/emit/module.js');
    const m = compileXPathModule(codes.map(prefixed), { namespaces: new Map([['cbc', CBC], ['cac', CAC]]), runtimeImport: 'rt' });
    // one memo slot for the shared prefix; per expression, one for the path and one for its count
    expect(new Set(m.text.match(/S\.D\.memo\[\d+\]/g)).size).toBe(1 + 2 * codes.length);
    expect(m.text).toMatch(/rt\.keyFilter\(S\.D, rt\.childrenKept\(S\.D, \(S\.D\.memo\[/);
  });

  it('group only while the list is the same array each time: after a plain filter, the next filters are plain', async () => {
    const { compileXPathModule } = await import('../../src/xpath/emit/module.js');
    const NS = new Map([['cbc', CBC], ['cac', CAC]]);
    const exprs = [
      "for $r in /* return count($r/cac:InvoiceLine[cbc:ID != '4'][cac:Item/cac:ClassifiedTaxCategory/normalize-space(cbc:ID) = 'S'])",
      "for $l in //cac:InvoiceLine return count($l[cbc:ID != '4'][cac:Item/cac:ClassifiedTaxCategory/normalize-space(cbc:ID) = 'S'])",
      "for $r in /* return count($r/cac:InvoiceLine[cac:Item/cac:ClassifiedTaxCategory/normalize-space(cbc:ID) = 'S'][cbc:ID != '1'])",
    ];
    expect(await evalAll(exprs, DOC)).toEqual(['int:2', 'int:1 | int:0 | int:1 | int:0', 'int:1']);
    const m = compileXPathModule(exprs.slice(0, 2), { namespaces: NS, runtimeImport: 'rt' });
    expect(m.text).not.toContain('rt.keyFilter(');
    // a keyed filter first, then a plain one on its (stable) result
    expect(compileXPathModule(exprs.slice(2), { namespaces: NS, runtimeImport: 'rt' }).text).toMatch(/rt\.filter\(rt\.keyFilter\(/);
  });
});
