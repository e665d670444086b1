import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { RulePack } from '../../src/engine/pack.js';
import { readSchematron } from '../../src/schematron/reader.js';
import { doc, loadPack } from '../compiler/harness.js';

/**
 * The national pack compiled on its own and run on small hand-written invoices. Expected firings
 * come from the rule definitions and from check digits worked out by hand (Luhn for Swedish
 * organisation numbers, modulus 11 for Norwegian ones, the Greek TIN weights, IBAN mod 97).
 */
const PACK_FILE = fileURLToPath(new URL('../../schematron/peppol-bis-billing-3/national.sch', import.meta.url));

const NS =
  'xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2" ' +
  'xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"';

interface Parties {
  readonly seller: string;
  readonly buyer?: string;
  readonly body?: string;
  readonly head?: string;
}

function invoice({ seller, buyer = address('SE'), body = '', head = '' }: Parties): string {
  return (
    `<Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2" ${NS}>` +
    `<cbc:ID>1</cbc:ID><cbc:IssueDate>2026-01-31</cbc:IssueDate>${head}` +
    `<cac:AccountingSupplierParty><cac:Party>${seller}</cac:Party></cac:AccountingSupplierParty>` +
    `<cac:AccountingCustomerParty><cac:Party>${buyer}</cac:Party></cac:AccountingCustomerParty>` +
    `${body}</Invoice>`
  );
}

const address = (country: string, more = '<cbc:StreetName>Gatan 1</cbc:StreetName><cbc:CityName>Stad</cbc:CityName><cbc:PostalZone>11122</cbc:PostalZone>'): string =>
  `<cac:PostalAddress>${more}<cac:Country><cbc:IdentificationCode>${country}</cbc:IdentificationCode></cac:Country></cac:PostalAddress>`;
const taxScheme = (id: string, scheme = 'VAT'): string =>
  `<cac:PartyTaxScheme><cbc:CompanyID>${id}</cbc:CompanyID><cac:TaxScheme><cbc:ID>${scheme}</cbc:ID></cac:TaxScheme></cac:PartyTaxScheme>`;
const legal = (id: string, schemeID?: string): string =>
  `<cac:PartyLegalEntity><cbc:RegistrationName>AB</cbc:RegistrationName><cbc:CompanyID${schemeID === undefined ? '' : ` schemeID="${schemeID}"`}>${id}</cbc:CompanyID></cac:PartyLegalEntity>`;
const payment = (code: string, account = '', branch = ''): string =>
  `<cac:PaymentMeans><cbc:PaymentMeansCode>${code}</cbc:PaymentMeansCode>` +
  (account === '' ? '' : `<cac:PayeeFinancialAccount><cbc:ID>${account}</cbc:ID>${branch === '' ? '' : `<cac:FinancialInstitutionBranch><cbc:ID>${branch}</cbc:ID></cac:FinancialInstitutionBranch>`}</cac:PayeeFinancialAccount>`) +
  `</cac:PaymentMeans>`;

const swedishSeller = (orgnr = '5560360793', vat = 'SE556036079301'): string =>
  `${address('SE')}${taxScheme(vat)}${taxScheme('Godkänd för F-skatt', 'TAX')}${legal(orgnr, '0007')}`;

let pack: RulePack;
beforeAll(async () => {
  pack = await loadPack(readSchematron(PACK_FILE), 'peppol-national-rules-test');
});

/** Ids fired, optionally only those starting with a prefix, sorted. */
function ids(xml: string, prefix = ''): string[] {
  return pack
    .run(doc(xml), { lang: 'en' })
    .map((f) => f.ruleId ?? '?')
    .filter((id) => id.startsWith(prefix))
    .sort();
}

describe('Swedish rules (SE-R)', () => {
  it('accepts a complete Swedish seller with a valid organisation number, VAT number and F-skatt text', () => {
    expect(ids(invoice({ seller: swedishSeller() }))).toEqual([]);
    // 212000-0142 is valid as well (Luhn total 20).
    expect(ids(invoice({ seller: swedishSeller('2120000142', 'SE212000014201') }))).toEqual([]);
  });

  it('checks the organisation number (BT-30): numeric, 10 characters, Luhn check digit', () => {
    expect(ids(invoice({ seller: swedishSeller('5560360794') }))).toEqual(['SE-R-013']);
    expect(ids(invoice({ seller: swedishSeller('556036-0793') }))).toEqual(['SE-R-003', 'SE-R-004', 'SE-R-013']);
    expect(ids(invoice({ seller: swedishSeller('55603607930') }))).toEqual(['SE-R-004']);
  });

  it('checks the VAT number (BT-31): 14 characters, 12 numeric characters after SE', () => {
    expect(ids(invoice({ seller: swedishSeller('5560360793', 'SE5560360793') }))).toEqual(['SE-R-001']);
    expect(ids(invoice({ seller: swedishSeller('5560360793', 'SE55603607930X') }))).toEqual(['SE-R-002']);
  });

  it("requires 'Godkänd för F-skatt' (any case) as seller tax registration identifier (BT-32)", () => {
    const seller = (text: string): string => `${address('SE')}${taxScheme('SE556036079301')}${taxScheme(text, 'TAX')}${legal('5560360793')}`;
    expect(ids(invoice({ seller: seller('GODKÄND FÖR F-SKATT') }))).toEqual([]);
    expect(ids(invoice({ seller: seller('Godkänd för moms') }))).toEqual(['SE-R-005']);
  });

  it('allows only 25, 12 and 6 percent in standard-rated categories of a Swedish VAT-registered seller', () => {
    const rate = (p: string): string =>
      `<cac:TaxTotal><cac:TaxSubtotal><cac:TaxCategory><cbc:ID>S</cbc:ID><cbc:Percent>${p}</cbc:Percent></cac:TaxCategory></cac:TaxSubtotal></cac:TaxTotal>`;
    expect(ids(invoice({ seller: swedishSeller(), body: rate('25') + rate('12.00') + rate('6') }))).toEqual([]);
    expect(ids(invoice({ seller: swedishSeller(), body: rate('20') }))).toEqual(['SE-R-006']);
    // Not checked when the seller VAT number is not Swedish.
    expect(ids(invoice({ seller: swedishSeller('5560360793', 'NO974760673MVA'), body: rate('20') }), 'SE-R-006')).toEqual([]);
  });

  it('checks Bankgiro and Plusgiro account numbers (BT-84) given with payment means 30', () => {
    const withPayment = (p: string): string => invoice({ seller: swedishSeller(), body: p });
    expect(ids(withPayment(payment('30', '50501055', 'SE:BANKGIRO')))).toEqual([]);
    expect(ids(withPayment(payment('30', '5050-1055', 'SE:BANKGIRO')))).toEqual(['SE-R-008', 'SE-R-009']);
    expect(ids(withPayment(payment('30', '123456', 'SE:BANKGIRO')))).toEqual(['SE-R-009']);
    expect(ids(withPayment(payment('30', '1', 'SE:PLUSGIRO')))).toEqual(['SE-R-010']);
    expect(ids(withPayment(payment('30', 'PG12', 'SE:PLUSGIRO')))).toEqual(['SE-R-007']);
  });

  it('warns about payment means 50/56, and about 31 between Swedish parties', () => {
    expect(ids(invoice({ seller: swedishSeller(), body: payment('50') }))).toEqual(['SE-R-011']);
    expect(ids(invoice({ seller: swedishSeller(), body: payment('31', 'SE4550000000058398257466') }))).toEqual(['SE-R-012']);
    expect(ids(invoice({ seller: swedishSeller(), buyer: address('NO'), body: payment('31', 'SE4550000000058398257466') }))).toEqual([]);
  });

  it('gives the Swedish text with the failing value when asked for Swedish', () => {
    const findings = pack.run(doc(invoice({ seller: swedishSeller('5560360794') })), { lang: 'sv' });
    expect(findings.map((f) => f.ruleId)).toEqual(['SE-R-013']);
    expect(findings[0]!.message).toContain('5560360794');
    expect(findings[0]!.message).toMatch(/Kontrollsiffran .* är felaktig/);
    const english = pack.run(doc(invoice({ seller: swedishSeller('5560360794') })), { lang: 'en' });
    expect(english[0]!.message).toMatch(/check digit .* is wrong/);
  });
});

describe('check-digit rules of other countries', () => {
  it('NO-R-001: Norwegian VAT number is NO + organisation number (modulus 11) + MVA', () => {
    const seller = (vat: string): string => `${address('NO')}${taxScheme(vat)}${taxScheme('Foretaksregisteret', 'TAX')}`;
    // 974760673: weighted sum 173, 173 mod 11 = 8, check digit 11 - 8 = 3.
    expect(ids(invoice({ seller: seller('NO974760673MVA') }), 'NO-')).toEqual([]);
    expect(ids(invoice({ seller: seller('NO974760674MVA') }), 'NO-')).toEqual(['NO-R-001']);
    expect(ids(invoice({ seller: seller('NO974760673') }), 'NO-')).toEqual(['NO-R-001']);
  });

  it('GR-R-003: Greek VAT number is EL + a TIN whose ninth digit is the weighted sum mod 11 mod 10', () => {
    const seller = (vat: string): string => `${address('GR')}${taxScheme(vat)}`;
    // 094259216: 9*128 + 4*64 + 2*32 + 5*16 + 9*8 + 2*4 + 1*2 = 1634, 1634 mod 11 = 6.
    expect(ids(invoice({ seller: seller('EL094259216') }), 'GR-R-003')).toEqual([]);
    expect(ids(invoice({ seller: seller('EL094259217') }), 'GR-R-003')).toEqual(['GR-R-003']);
  });

  it('DE-R-019: IBAN mod 97 is exact even for long account numbers', () => {
    const german = `${address('DE')}`;
    const sepa = (iban: string): string => invoice({ seller: german, buyer: address('DE'), body: payment('58', iban) });
    expect(ids(sepa('DE89 3704 0044 0532 0130 00'), 'DE-R-019')).toEqual([]);
    expect(ids(sepa('DE89370400440532013001'), 'DE-R-019')).toEqual(['DE-R-019']);
    // 31 characters: a 45-digit number, beyond what binary floating point holds exactly.
    expect(ids(sepa('MT84MALT011000012345MTLCAST001S'), 'DE-R-019')).toEqual([]);
    expect(ids(sepa('MT84MALT011000012345MTLCAST001T'), 'DE-R-019')).toEqual(['DE-R-019']);
    // Only between German parties.
    expect(ids(invoice({ seller: german, buyer: address('AT'), body: payment('58', 'DE89370400440532013001') }), 'DE-')).toEqual([]);
  });

  it('DE-R-018: Skonto lines in the first payment terms note', () => {
    const terms = (note: string): string =>
      invoice({ seller: address('DE'), buyer: address('DE'), body: `<cac:PaymentTerms><cbc:Note>${note}</cbc:Note></cac:PaymentTerms>` });
    expect(ids(terms('#SKONTO#TAGE=14#PROZENT=2.00#\n'), 'DE-R-018')).toEqual([]);
    expect(ids(terms('Zahlbar sofort'), 'DE-R-018')).toEqual([]);
    expect(ids(terms('#SKONTO#TAGE=14#PROZENT=2.00#BASISBETRAG=-10.00#\n'), 'DE-R-018')).toEqual([]);
    expect(ids(terms('#SKONTO#TAGE=14#PROZENT=2.0#\n'), 'DE-R-018')).toEqual(['DE-R-018']);
    expect(ids(terms('#SKONTO#TAGE=14#PROZENT=2.00#'), 'DE-R-018')).toEqual(['DE-R-018']);
  });
});

describe('country of the seller', () => {
  it('follows the VAT prefix before the postal country, as the Peppol rules do (IT-R-002..004)', () => {
    const noStreet = address('DE', '<cbc:CityName>Roma</cbc:CityName><cbc:PostalZone>00100</cbc:PostalZone>');
    expect(ids(invoice({ seller: `${noStreet}${taxScheme('IT01234567890')}` }), 'IT-')).toEqual(['IT-R-002']);
    expect(ids(invoice({ seller: noStreet }), 'IT-')).toEqual([]);
  });

  it('applies no country rule when the seller has two country codes (the official country is undefined then)', () => {
    const twoCodes = `<cac:PostalAddress><cac:Country><cbc:IdentificationCode>IT</cbc:IdentificationCode><cbc:IdentificationCode>IT</cbc:IdentificationCode></cac:Country></cac:PostalAddress>`;
    expect(ids(invoice({ seller: twoCodes }), 'IT-')).toEqual([]);
  });
});
