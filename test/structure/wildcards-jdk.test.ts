/**
 * UBL extension content and XML signatures: lax, strict and skip wildcards, the xmldsig and XAdES
 * schemas reached through them, attribute wildcards and xsd:ID. The expected verdict of each case
 * is the one the JDK 17 validator (javax.xml.validation, the reference of expected.json) gives on
 * the same document with UBL-Invoice-2.1.xsd, noted beside it with the JDK's error code.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkStructure } from '../../src/structure/index.js';
import { parseXml } from '../../src/xml/index.js';

const minimal = readFileSync(new URL('../fixtures/structure/minimal-invoice.xml', import.meta.url), 'utf8');
const EXT = (c: string) =>
  minimal.replace(
    '  <cbc:CustomizationID>',
    `  <ext:UBLExtensions><ext:UBLExtension><ext:ExtensionContent>${c}</ext:ExtensionContent></ext:UBLExtension></ext:UBLExtensions>\n  <cbc:CustomizationID>`,
  );
const DS = 'xmlns:ds="http://www.w3.org/2000/09/xmldsig#"';
const SI = '<ds:SignedInfo><ds:CanonicalizationMethod Algorithm="urn:c"/><ds:SignatureMethod Algorithm="urn:s"/><ds:Reference URI=""><ds:DigestMethod Algorithm="urn:d"/><ds:DigestValue>QUJD</ds:DigestValue></ds:Reference></ds:SignedInfo>';
const sig = (inner = '', attrs = '') => `<ds:Signature ${DS}${attrs}>${SI}<ds:SignatureValue>QUJD</ds:SignatureValue>${inner}</ds:Signature>`;
const XADES = 'xmlns:xades="http://uri.etsi.org/01903/v1.3.2#"';
const SIGNS = 'xmlns:sig="urn:oasis:names:specification:ubl:schema:xsd:CommonSignatureComponents-2" xmlns:sac="urn:oasis:names:specification:ubl:schema:xsd:SignatureAggregateComponents-2" xmlns:sbc="urn:oasis:names:specification:ubl:schema:xsd:SignatureBasicComponents-2"';
const cases: Record<string, string> = {
  valid: sig(),
  keyinfo: sig(`<ds:KeyInfo><ds:X509Data><ds:X509Certificate>QUJD</ds:X509Certificate></ds:X509Data></ds:KeyInfo>`),
  keyinfoForeign: sig(`<ds:KeyInfo><x:Key xmlns:x="urn:x"/></ds:KeyInfo>`),
  keyinfoText: sig(`<ds:KeyInfo>text<ds:KeyName>k</ds:KeyName></ds:KeyInfo>`),
  keyinfoEmpty: sig(`<ds:KeyInfo/>`),
  object: sig(`<ds:Object><anything xmlns="urn:y"><deep/></anything></ds:Object>`),
  objectXades: sig(`<ds:Object><xades:QualifyingProperties ${XADES} Target="#s"><xades:SignedProperties><xades:SignedSignatureProperties><xades:SigningTime>2024-01-01T00:00:00Z</xades:SigningTime></xades:SignedSignatureProperties></xades:SignedProperties></xades:QualifyingProperties></ds:Object>`),
  objectXadesBadTime: sig(`<ds:Object><xades:QualifyingProperties ${XADES} Target="#s"><xades:SignedProperties><xades:SignedSignatureProperties><xades:SigningTime>yesterday</xades:SigningTime></xades:SignedSignatureProperties></xades:SignedProperties></xades:QualifyingProperties></ds:Object>`),
  objectXadesNoTarget: sig(`<ds:Object><xades:QualifyingProperties ${XADES}/></ds:Object>`),
  c14nStrictUnknown: sig().replace('<ds:CanonicalizationMethod Algorithm="urn:c"/>', '<ds:CanonicalizationMethod Algorithm="urn:c"><x:P xmlns:x="urn:x"/></ds:CanonicalizationMethod>'),
  c14nStrictKnownDs: sig().replace('<ds:CanonicalizationMethod Algorithm="urn:c"/>', '<ds:CanonicalizationMethod Algorithm="urn:c"><ds:KeyName>k</ds:KeyName></ds:CanonicalizationMethod>'),
  c14nText: sig().replace('<ds:CanonicalizationMethod Algorithm="urn:c"/>', '<ds:CanonicalizationMethod Algorithm="urn:c">text</ds:CanonicalizationMethod>'),
  sigMethodStrictOtherKnown: sig().replace('<ds:SignatureMethod Algorithm="urn:s"/>', `<ds:SignatureMethod Algorithm="urn:s"><ds:HMACOutputLength>128</ds:HMACOutputLength><cbc:Note>x</cbc:Note></ds:SignatureMethod>`),
  sigMethodBadHmac: sig().replace('<ds:SignatureMethod Algorithm="urn:s"/>', `<ds:SignatureMethod Algorithm="urn:s"><ds:HMACOutputLength>12.5</ds:HMACOutputLength></ds:SignatureMethod>`),
  digestLaxUnknown: sig().replace('<ds:DigestMethod Algorithm="urn:d"/>', '<ds:DigestMethod Algorithm="urn:d"><x:P xmlns:x="urn:x"/></ds:DigestMethod>'),
  digestLaxDsOwnNs: sig().replace('<ds:DigestMethod Algorithm="urn:d"/>', '<ds:DigestMethod Algorithm="urn:d"><ds:KeyName>k</ds:KeyName></ds:DigestMethod>'),
  dupId: sig('', ' Id="a"').replace('<ds:SignatureValue>', '<ds:SignatureValue Id="a">'),
  badId: sig('', ' Id="1a"'),
  ublSigs: `<sig:UBLDocumentSignatures ${SIGNS}><sac:SignatureInformation><cbc:ID>urn:x</cbc:ID><sbc:ReferencedSignatureID>urn:y</sbc:ReferencedSignatureID>${sig()}</sac:SignatureInformation></sig:UBLDocumentSignatures>`,
  ublSigsBad: `<sig:UBLDocumentSignatures ${SIGNS}><sac:SignatureInformation><sbc:ReferencedSignatureID>urn:y</sbc:ReferencedSignatureID><cbc:ID>urn:x</cbc:ID></sac:SignatureInformation></sig:UBLDocumentSignatures>`,
  xadesAnyAttrStrict: sig(`<ds:Object><xades:Any ${XADES} foo="1">t</xades:Any></ds:Object>`),
  xadesAnyAttrXml: sig(`<ds:Object><xades:Any ${XADES} xml:lang="en">t<x:y xmlns:x="urn:x"/></xades:Any></ds:Object>`),
  foreignRootWithKnownChild: `<x:Wrap xmlns:x="urn:x"><cbc:IssueDate>bad</cbc:IssueDate></x:Wrap>`,
  emptyExt: ``,
  twoExt: `<x:a xmlns:x="urn:x"/><x:b xmlns:x="urn:x"/>`,
  textOnlyExt: `hello`,
  extNs: `<ext:ExtensionContent><x:a xmlns:x="urn:x"/></ext:ExtensionContent>`,
  noNs: `<plain/>`,
  trulyNoNs: `<plain xmlns=""/>`,
  xsiNilOnUndeclaredLax: `<x:a xmlns:x="urn:x" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:nil="true"/>`,
};

/** JDK verdicts: true = valid, else the JDK error code. */
const jdk: Record<string, true | string> = {
  valid: true,
  keyinfo: true,
  keyinfoForeign: true,
  keyinfoText: true,
  keyinfoEmpty: 'cvc-complex-type.2.4.b',
  object: true,
  objectXades: true,
  objectXadesBadTime: 'cvc-datatype-valid.1.2.1',
  objectXadesNoTarget: 'cvc-complex-type.4',
  c14nStrictUnknown: 'cvc-complex-type.2.4.c',
  c14nStrictKnownDs: true,
  c14nText: true,
  sigMethodStrictOtherKnown: true,
  sigMethodBadHmac: 'cvc-datatype-valid.1.2.1',
  digestLaxUnknown: true,
  digestLaxDsOwnNs: 'cvc-complex-type.2.4.a',
  dupId: 'cvc-id.2',
  badId: 'cvc-datatype-valid.1.2.1',
  ublSigs: true,
  ublSigsBad: 'cvc-complex-type.2.4.a',
  xadesAnyAttrStrict: 'cvc-complex-type.3.2.2',
  xadesAnyAttrXml: 'cvc-complex-type.3.2.2',
  foreignRootWithKnownChild: 'cvc-datatype-valid.1.2.1',
  emptyExt: 'cvc-complex-type.2.4.b',
  twoExt: 'cvc-complex-type.2.4.d',
  textOnlyExt: 'cvc-complex-type.2.3',
  extNs: 'cvc-complex-type.2.4.a',
  noNs: true,
  trulyNoNs: 'cvc-complex-type.2.4.a',
  xsiNilOnUndeclaredLax: true,
};

describe('wildcards and signatures agree with the JDK validator', () => {
  it('covers every case', () => {
    expect(Object.keys(jdk).sort()).toEqual(Object.keys(cases).sort());
  });
  for (const [name, content] of Object.entries(cases)) {
    it(`${name} (JDK: ${jdk[name] === true ? 'valid' : String(jdk[name])})`, () => {
      const r = parseXml(EXT(content));
      if (!r.ok) throw new Error(r.error.message);
      const issues = checkStructure(r.document);
      expect(issues.length === 0, issues[0]?.message ?? 'no issue').toBe(jdk[name] === true);
    });
  }
});
