/**
 * checkStructure with the committed UBL 2.1 and Svefaktura 1.0 models, on our own small
 * documents (test/fixtures/structure) and edits of them.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkStructure } from '../../src/structure/index.js';
import { parseXml } from '../../src/xml/index.js';

const minimal = readFileSync(new URL('../fixtures/structure/minimal-invoice.xml', import.meta.url), 'utf8');

function check(xml: string) {
  const r = parseXml(xml);
  if (!r.ok) throw new Error(r.error.message);
  return checkStructure(r.document);
}

/** The minimal invoice with one edit (the search text must occur exactly once). */
function edit(search: string, replacement: string): string {
  const at = minimal.indexOf(search);
  if (at < 0 || minimal.indexOf(search, at + 1) >= 0) throw new Error(`not exactly once: ${search}`);
  return minimal.slice(0, at) + replacement + minimal.slice(at + search.length);
}

function lineOf(xml: string, text: string): number {
  return xml.slice(0, xml.indexOf(text)).split('\n').length;
}

const EXT = (content: string) =>
  edit(
    '  <cbc:CustomizationID>',
    `  <ext:UBLExtensions><ext:UBLExtension><ext:ExtensionContent>${content}</ext:ExtensionContent></ext:UBLExtension></ext:UBLExtensions>\n  <cbc:CustomizationID>`,
  );

describe('UBL 2.1 invoice', () => {
  it('accepts our minimal invoice', () => {
    expect(check(minimal)).toEqual([]);
  });

  it('names the missing element, where it was expected and what was found', () => {
    const xml = edit('  <cbc:IssueDate>2024-05-01</cbc:IssueDate>\n', '');
    const issues = check(xml);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({
      source: 'schema',
      ruleId: 'schema:missing-element',
      severity: 'fatal',
      message: 'expected cbc:IssueDate after cbc:ID in Invoice, found cbc:DueDate',
      location: { path: '/Invoice[1]/cbc:DueDate[1]', line: lineOf(xml, '<cbc:DueDate>') },
    });
  });

  it('reports an incomplete aggregate at its end tag', () => {
    const xml = edit('    <cbc:PayableAmount currencyID="EUR">125.00</cbc:PayableAmount>\n', '');
    const issues = check(xml);
    expect(issues.map((i) => [i.ruleId, i.location.path, i.location.line])).toEqual([
      ['schema:missing-element', '/Invoice[1]/cac:LegalMonetaryTotal[1]', lineOf(xml, '</cac:LegalMonetaryTotal>')],
    ]);
    expect(issues[0]!.message).toBe('cac:LegalMonetaryTotal is incomplete: expected cbc:PayableAmount after cbc:LineExtensionAmount');
  });

  it('out of order, repeated and foreign elements', () => {
    expect(check(edit('<cbc:DueDate>2024-05-31</cbc:DueDate>', '<cbc:DueDate>2024-05-31</cbc:DueDate><cbc:UUID>x</cbc:UUID>')).map((i) => i.ruleId)).toEqual([
      'schema:out-of-order',
    ]);
    expect(check(edit('<cbc:ID>INV-1</cbc:ID>', '<cbc:ID>INV-1</cbc:ID><cbc:ID>INV-2</cbc:ID>')).map((i) => i.ruleId)).toEqual(['schema:too-many']);
    expect(check(edit('<cbc:ID>INV-1</cbc:ID>', '<cbc:ID>INV-1</cbc:ID><cbc:NoSuchThing/>')).map((i) => i.ruleId)).toEqual([
      'schema:unexpected-element',
    ]);
    expect(check(edit('<cbc:Name>Thing</cbc:Name>', '<cbc:Name>Thing</cbc:Name><cac:Nonsense/>')).map((i) => i.ruleId)).toEqual([
      'schema:unexpected-element',
    ]);
  });

  it('attributes: required currencyID, unknown attribute, schemeID allowed', () => {
    const noCurrency = edit('<cbc:TaxAmount currencyID="EUR">', '<cbc:TaxAmount>');
    expect(check(noCurrency).map((i) => [i.ruleId, i.message])).toEqual([
      ['schema:missing-attribute', 'cbc:TaxAmount must have attribute currencyID'],
    ]);
    expect(check(edit('<cbc:ID>INV-1</cbc:ID>', '<cbc:ID colour="red">INV-1</cbc:ID>')).map((i) => i.ruleId)).toEqual([
      'schema:unknown-attribute',
    ]);
    expect(check(edit('<cbc:ID>INV-1</cbc:ID>', '<cbc:ID schemeID="X" schemeAgencyID="9">INV-1</cbc:ID>'))).toEqual([]);
  });

  it('values: date, decimal, boolean, time, language, base64', () => {
    const bad = (s: string, r: string) => check(edit(s, r)).map((i) => i.ruleId);
    expect(bad('2024-05-01', '2024-02-30')).toEqual(['schema:invalid-value']);
    expect(bad('>125.00<', '>12,5<')).toEqual(['schema:invalid-value']);
    expect(bad('>125.00<', '><')).toEqual(['schema:invalid-value']);
    expect(bad('<cbc:InvoicedQuantity unitCode="C62">1<', '<cbc:InvoicedQuantity unitCode="C62"> 1e3 <')).toEqual(['schema:invalid-value']);
    const after = '<cbc:InvoiceTypeCode>380</cbc:InvoiceTypeCode>';
    expect(bad(after, `${after}<cbc:TaxPointDate>2024-05-01</cbc:TaxPointDate>`)).toEqual([]);
    const line = '<cbc:ID>1</cbc:ID>';
    expect(bad(line, `${line}<cbc:Note languageID="sv">x</cbc:Note>`)).toEqual([]);
    expect(bad(line, `${line}<cbc:Note languageID="not a language">x</cbc:Note>`)).toEqual(['schema:invalid-value']);
    const item = '<cbc:Name>Thing</cbc:Name>';
    expect(bad(item, `${item}<cac:ItemSpecificationDocumentReference><cbc:ID>d</cbc:ID><cac:Attachment><cbc:EmbeddedDocumentBinaryObject mimeCode="text/plain" filename="a.txt">QUJD\n REVG</cbc:EmbeddedDocumentBinaryObject></cac:Attachment></cac:ItemSpecificationDocumentReference>`)).toEqual([]);
    expect(bad(item, `${item}<cac:ItemSpecificationDocumentReference><cbc:ID>d</cbc:ID><cac:Attachment><cbc:EmbeddedDocumentBinaryObject mimeCode="text/plain">QUJ</cbc:EmbeddedDocumentBinaryObject></cac:Attachment></cac:ItemSpecificationDocumentReference>`)).toEqual(['schema:invalid-value']);
    expect(bad(item, `${item}<cac:ItemSpecificationDocumentReference><cbc:ID>d</cbc:ID><cac:Attachment><cbc:EmbeddedDocumentBinaryObject>QUJD</cbc:EmbeddedDocumentBinaryObject></cac:Attachment></cac:ItemSpecificationDocumentReference>`)).toEqual(['schema:missing-attribute']);
    const party = '<cbc:Name>Seller</cbc:Name>\n      </cac:PartyName>';
    expect(bad(party, `${party}<cac:PartyTaxScheme><cbc:CompanyID>1</cbc:CompanyID><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:PartyTaxScheme>`)).toEqual([]);
    expect(bad('<cbc:DueDate>2024-05-31</cbc:DueDate>', '<cbc:IssueTime>10:00:00</cbc:IssueTime><cbc:DueDate>2024-05-31</cbc:DueDate>')).toEqual([]);
    expect(bad('<cbc:DueDate>2024-05-31</cbc:DueDate>', '<cbc:IssueTime>10:00</cbc:IssueTime><cbc:DueDate>2024-05-31</cbc:DueDate>')).toEqual(['schema:invalid-value']);
    const price = '<cbc:PriceAmount currencyID="EUR">100.00</cbc:PriceAmount>';
    expect(bad(price, `${price}<cac:AllowanceCharge><cbc:ChargeIndicator>false</cbc:ChargeIndicator><cbc:Amount currencyID="EUR">1</cbc:Amount></cac:AllowanceCharge>`)).toEqual([]);
    expect(bad(price, `${price}<cac:AllowanceCharge><cbc:ChargeIndicator>no</cbc:ChargeIndicator><cbc:Amount currencyID="EUR">1</cbc:Amount></cac:AllowanceCharge>`)).toEqual(['schema:invalid-value']);
  });

  it('text in element-only content; element in a simple-typed element', () => {
    expect(check(edit('<cac:PartyName>\n        <cbc:Name>Buyer', '<cac:PartyName>Buyer\n        <cbc:Name>Buyer')).map((i) => i.ruleId)).toEqual([
      'schema:unexpected-text',
    ]);
    expect(check(edit('<cbc:ID>INV-1</cbc:ID>', '<cbc:ID><cbc:Note>x</cbc:Note></cbc:ID>')).map((i) => i.ruleId)).toEqual([
      'schema:element-in-simple-content',
    ]);
  });

  it('several issues in one pass, in document order', () => {
    const xml = edit('<cbc:TaxAmount currencyID="EUR">25.00<', '<cbc:TaxAmount>x<').replace('<cbc:ID>1</cbc:ID>', '');
    expect(check(xml).map((i) => i.ruleId)).toEqual(['schema:missing-attribute', 'schema:invalid-value', 'schema:missing-element']);
  });
});

describe('UBL extensions (lax ##other wildcard) and signatures', () => {
  it('accepts any foreign element in ExtensionContent', () => {
    expect(check(EXT('<my:Data xmlns:my="urn:example:mine"><my:Anything a="1">text</my:Anything></my:Data>'))).toEqual([]);
  });

  it('validates UBL elements found in an extension by their global declaration', () => {
    expect(check(EXT('<cbc:IssueDate>2024-01-01</cbc:IssueDate>'))).toEqual([]);
    expect(check(EXT('<cbc:IssueDate>yesterday</cbc:IssueDate>')).map((i) => i.ruleId)).toEqual(['schema:invalid-value']);
  });

  it('refuses the extension namespace itself, and an empty ExtensionContent', () => {
    // (the refused element is then still checked against its own declaration, which wants a child)
    expect(check(EXT('<ext:UBLExtensions/>')).map((i) => i.ruleId)).toEqual(['schema:unexpected-element', 'schema:missing-element']);
    expect(check(EXT('')).map((i) => i.ruleId)).toEqual(['schema:missing-element']);
  });

  it('validates an XML signature strictly where the xmldsig schema says so', () => {
    const DS = 'xmlns:ds="http://www.w3.org/2000/09/xmldsig#"';
    const signedInfo =
      '<ds:SignedInfo><ds:CanonicalizationMethod Algorithm="http://www.w3.org/2001/10/xml-exc-c14n#"/>' +
      '<ds:SignatureMethod Algorithm="http://www.w3.org/2001/04/xmldsig-more#rsa-sha256"/>' +
      '<ds:Reference URI=""><ds:DigestMethod Algorithm="http://www.w3.org/2001/04/xmlenc#sha256"/><ds:DigestValue>QUJD</ds:DigestValue></ds:Reference></ds:SignedInfo>';
    const good = `<ds:Signature ${DS} Id="sig1">${signedInfo}<ds:SignatureValue>QUJD</ds:SignatureValue></ds:Signature>`;
    expect(check(EXT(good))).toEqual([]);
    // SignatureValue missing
    expect(check(EXT(`<ds:Signature ${DS}>${signedInfo}</ds:Signature>`)).map((i) => i.ruleId)).toEqual(['schema:missing-element']);
    // Algorithm is required; the digest must be base64
    expect(check(EXT(good.replace(' Algorithm="http://www.w3.org/2001/04/xmlenc#sha256"', ''))).map((i) => i.ruleId)).toEqual(['schema:missing-attribute']);
    expect(check(EXT(good.replace('<ds:DigestValue>QUJD', '<ds:DigestValue>QUJ'))).map((i) => i.ruleId)).toEqual(['schema:invalid-value']);
    // CanonicalizationMethod content is a strict ##any wildcard: an undeclared element fails
    const strictChild = good.replace(
      '<ds:CanonicalizationMethod Algorithm="http://www.w3.org/2001/10/xml-exc-c14n#"/>',
      '<ds:CanonicalizationMethod Algorithm="http://www.w3.org/2001/10/xml-exc-c14n#"><x:Unknown xmlns:x="urn:x"/></ds:CanonicalizationMethod>',
    );
    expect(check(EXT(strictChild)).map((i) => i.ruleId)).toEqual(['schema:unexpected-element']);
    // Transform content is a lax ##other wildcard: an undeclared element passes
    const laxChild = good.replace(
      '<ds:Reference URI="">',
      '<ds:Reference URI=""><ds:Transforms><ds:Transform Algorithm="urn:t"><x:Param xmlns:x="urn:x"/></ds:Transform></ds:Transforms>',
    );
    expect(check(EXT(laxChild))).toEqual([]);
    // xsd:ID values must be unique
    expect(check(EXT(good.replace('<ds:SignatureValue>', '<ds:SignatureValue Id="sig1">'))).map((i) => i.ruleId)).toEqual(['schema:duplicate-id']);
    // ExtensionContent holds exactly one element
    expect(check(EXT(good + good.replace('Id="sig1"', 'Id="sig2"'))).map((i) => i.ruleId)).toEqual(['schema:unexpected-element']);
  });
});

describe('robustness', () => {
  it('deep foreign content is checked, and nesting beyond the stack gives an issue instead of throwing', () => {
    const nest = (depth: number) => '<x:a xmlns:x="urn:x">'.repeat(depth) + '</x:a>'.repeat(depth);
    const limits = { maxDepth: 1_000_000, maxBytes: 100_000_000, maxNameLength: 1000, maxAttributes: 1000 };
    const parse = (xml: string) => {
      const r = parseXml(xml, limits);
      if (!r.ok) throw new Error(r.error.message);
      return r.document;
    };
    expect(checkStructure(parse(EXT(nest(200))))).toEqual([]);
    expect(checkStructure(parse(EXT(nest(50_000)))).map((i) => i.ruleId)).toEqual(['schema:too-deep']);
  });
});

describe('other document types', () => {
  it('credit notes use the CreditNote model', () => {
    const cn = minimal
      .replace('xsd:Invoice-2', 'xsd:CreditNote-2')
      .replace('<Invoice ', '<CreditNote ')
      .replace('</Invoice>', '</CreditNote>')
      .replace(/InvoiceLine>/g, 'CreditNoteLine>')
      .replace(/InvoicedQuantity/g, 'CreditedQuantity')
      .replace('<cbc:DueDate>2024-05-31</cbc:DueDate>\n', '')
      .replace(/InvoiceTypeCode/g, 'CreditNoteTypeCode');
    expect(check(cn)).toEqual([]);
    // an invoice-only element is unexpected in a credit note (and its content, checked against
    // the InvoiceLine declaration, then lacks InvoicedQuantity's place for CreditedQuantity)
    const issues = check(cn.replace('<cac:CreditNoteLine>', '<cac:InvoiceLine>').replace('</cac:CreditNoteLine>', '</cac:InvoiceLine>'));
    expect(issues.map((i) => [i.ruleId, i.location.path])).toEqual([
      ['schema:unexpected-element', '/CreditNote[1]/cac:InvoiceLine[1]'],
      ['schema:unexpected-element', '/CreditNote[1]/cac:InvoiceLine[1]/cbc:CreditedQuantity[1]'],
    ]);
  });

  it('an unknown document element gives no structure issues', () => {
    expect(check('<Order xmlns="urn:oasis:names:specification:ubl:schema:xsd:Order-2"><x/></Order>')).toEqual([]);
    expect(check('<Invoice><cbc:Anything xmlns:cbc="urn:x"/></Invoice>')).toEqual([]);
  });

  it('Svefaktura ObjectEnvelope and BasicInvoice', () => {
    const env = (body: string) =>
      `<ObjectEnvelope xmlns="urn:sfti:documents:ObjectEnvelope:1:0"><CreationDateTime>2024-01-01T10:00:00</CreationDateTime>${body}</ObjectEnvelope>`;
    expect(check(env('<EncodedObject><ObjectID>1</ObjectID><EncodedData mimeCode="text/plain">QUJD</EncodedData></EncodedObject>'))).toEqual([]);
    expect(check(env('<EncodedObject><ObjectID>1</ObjectID><EncodedData>QUJ</EncodedData></EncodedObject>')).map((i) => i.ruleId)).toEqual([
      'schema:invalid-value',
    ]);
    expect(check(env('')).map((i) => i.ruleId)).toEqual(['schema:missing-element']);
    const inv = check('<Invoice xmlns="urn:sfti:documents:BasicInvoice:1:0"><ID>1</ID></Invoice>');
    expect(inv.map((i) => i.ruleId)).toEqual(['schema:missing-element']);
    expect(inv[0]!.message).toMatch(/^Invoice is incomplete: expected cbc:IssueDate after ID$/);
  });
});
