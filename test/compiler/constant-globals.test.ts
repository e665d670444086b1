import { describe, expect, it } from 'vitest';
import { check, compileModule, doc, fired, letIR, loadPack, pattern, rule, schema } from './harness.js';
import { evalAll } from '../xpath/harness.js';
import { compileXPathModule } from '../../src/xpath/emit/module.js';
import { CAC, CBC, SAMPLE } from '../xpath/cases.js';

const inv = (id: string, currency: string) =>
  `<Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2" xmlns:cbc="${CBC}"><cbc:ID>${id}</cbc:ID><cbc:DocumentCurrencyCode>${currency}</cbc:DocumentCurrencyCode></Invoice>`;

describe('global lets that do not depend on the document', () => {
  const ir = schema([pattern([rule('cbc:DocumentCurrencyCode', [check('. = $codes', 'CUR'), check("$id = '1'", 'ONE', { kind: 'report' })])])], {
    lets: [letIR('codes', "tokenize('EUR SEK NOK', '\\s')"), letIR('id', 'string(/*/cbc:ID)')],
  });

  it('are computed once per module; lets on the document stay per document', async () => {
    const text = compileModule(ir, 'const-globals');
    expect(text).toMatch(/let K\d*;\nfunction global\d+\(S\)/); // $codes: module level
    expect(text).toMatch(/const m = S\.D\.memo;/); // $id: per document
    const pack = await loadPack(ir, 'const-globals');
    expect(fired(pack, inv('1', 'SEK'))).toEqual(['ONE']);
    expect(fired(pack, inv('2', 'USD'))).toEqual(['CUR']);
    expect(fired(pack, doc(inv('1', 'NOK')))).toEqual(['ONE']);
  });
});

describe('some $v in <strings> satisfies A = $v', () => {
  it('is a general comparison with the list, and gives the same answers', async () => {
    const exprs = [
      "some $c in tokenize('EUR SEK NOK', '\\s') satisfies cac:TaxTotal/cbc:TaxAmount/@currencyID = $c",
      "some $c in tokenize('USD GBP', '\\s') satisfies cac:TaxTotal/cbc:TaxAmount/@currencyID = $c",
      "some $c in ('x', 'a') satisfies $c = cbc:Note",
      "some $c in ('x', 'y') satisfies $c = cbc:Note",
      // not strings: stays a quantifier (and raises as XPath says)
      'some $v in (1, 2) satisfies cbc:ID = $v',
    ];
    expect(await evalAll(exprs, SAMPLE)).toEqual(['bool:true', 'bool:false', 'bool:true', 'bool:false', 'ERR:FORG0001']);
    const m = compileXPathModule(exprs, { namespaces: new Map([['cbc', CBC], ['cac', CAC]]), runtimeImport: 'rt' });
    expect(m.text.match(/\.some\(/g)?.length).toBe(1);
  });
});
