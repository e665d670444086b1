/**
 * The Peppol packs (BIS Billing 3.0.21 generic rules and Self-Billing 3.0.2, release 2026.5):
 * the official assertion ids and flags are implemented exactly once each, with a test and our own
 * message; and the shared helper functions (peppol-common/functions.sch) give the right verdict on
 * valid and invalid identifiers, executed as xsl:functions by the SaxonJS reference runner.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createReferenceRunner } from '../../scripts/reference/index.js';
import type { ReferenceRunner } from '../../scripts/reference/index.js';
import type { CheckIR, MessagePart, SchemaIR } from '../../src/schematron/ir.js';
import { readSchematron } from '../../src/schematron/reader.js';

const SCHEMATRON = resolve(import.meta.dirname, '../../schematron');
const BILLING = join(SCHEMATRON, 'peppol-bis-billing-3.sch');
const SELF_BILLING = join(SCHEMATRON, 'peppol-bis-self-billing-3.sch');
const FUNCTIONS = join(SCHEMATRON, 'peppol-common/functions.sch');

type Flag = 'fatal' | 'warning';

/** The generic Peppol assertions both specifications share (official ids and flags, release 2026.5). */
const SHARED: Readonly<Record<string, Flag>> = {
  'PEPPOL-EN16931-R008': 'fatal',
  'PEPPOL-EN16931-R080': 'fatal',
  'PEPPOL-EN16931-R001': 'fatal',
  'PEPPOL-EN16931-R007': 'fatal',
  'PEPPOL-EN16931-R002': 'fatal',
  'PEPPOL-EN16931-R003': 'fatal',
  'PEPPOL-EN16931-R004': 'fatal',
  'PEPPOL-EN16931-R053': 'fatal',
  'PEPPOL-EN16931-R054': 'fatal',
  'PEPPOL-EN16931-R055': 'fatal',
  'PEPPOL-EN16931-R005': 'fatal',
  'PEPPOL-EN16931-R010': 'fatal',
  'PEPPOL-EN16931-R020': 'fatal',
  'PEPPOL-EN16931-R041': 'fatal',
  'PEPPOL-EN16931-R042': 'fatal',
  'PEPPOL-EN16931-R040': 'fatal',
  'PEPPOL-EN16931-R043': 'fatal',
  'PEPPOL-EN16931-R061': 'fatal',
  'PEPPOL-EN16931-R051': 'fatal',
  'PEPPOL-EN16931-R110': 'fatal',
  'PEPPOL-EN16931-R111': 'fatal',
  'PEPPOL-EN16931-R120': 'fatal',
  'PEPPOL-EN16931-R121': 'fatal',
  'PEPPOL-EN16931-R100': 'fatal',
  'PEPPOL-EN16931-R101': 'fatal',
  'PEPPOL-EN16931-R044': 'fatal',
  'PEPPOL-EN16931-R046': 'fatal',
  'PEPPOL-EN16931-R130': 'fatal',
  'PEPPOL-COMMON-R040': 'fatal',
  'PEPPOL-COMMON-R041': 'fatal',
  'PEPPOL-COMMON-R042': 'fatal',
  'PEPPOL-COMMON-R043': 'fatal',
  'PEPPOL-COMMON-R044': 'warning',
  'PEPPOL-COMMON-R045': 'warning',
  'PEPPOL-COMMON-R046': 'warning',
  'PEPPOL-COMMON-R047': 'warning',
  'PEPPOL-COMMON-R049': 'fatal',
  'PEPPOL-COMMON-R050': 'fatal',
  'PEPPOL-COMMON-R052': 'fatal',
  'PEPPOL-COMMON-R053': 'fatal',
  'PEPPOL-COMMON-R054': 'warning',
  'PEPPOL-COMMON-R055': 'warning',
  'PEPPOL-COMMON-R056-1': 'warning',
  'PEPPOL-COMMON-R056-2': 'warning',
  'PEPPOL-COMMON-R057': 'warning',
  'PEPPOL-EN16931-CL001': 'fatal',
  'PEPPOL-EN16931-CL002': 'fatal',
  'PEPPOL-EN16931-CL003': 'fatal',
  'PEPPOL-EN16931-CL006': 'fatal',
  'PEPPOL-EN16931-CL007': 'fatal',
  'PEPPOL-EN16931-P0100': 'fatal',
  'PEPPOL-EN16931-P0101': 'fatal',
  'PEPPOL-EN16931-F001': 'fatal',
  'PEPPOL-EN16931-CL008': 'fatal',
  'PEPPOL-EN16931-P0104': 'fatal',
  'PEPPOL-EN16931-P0105': 'fatal',
  'PEPPOL-EN16931-P0106': 'fatal',
  'PEPPOL-EN16931-P0107': 'fatal',
  'PEPPOL-EN16931-P0108': 'fatal',
  'PEPPOL-EN16931-P0109': 'fatal',
  'PEPPOL-EN16931-P0110': 'fatal',
  'PEPPOL-EN16931-P0111': 'fatal',
};

/** Billing generic ids: the shared ones plus P0112 (document types 326/384 only between German parties). */
const BILLING_IDS: Readonly<Record<string, Flag>> = { ...SHARED, 'PEPPOL-EN16931-P0112': 'fatal' };
/** Self-billing: exactly the shared ids (its P0112 is commented out in the official file; no national rules). */
const SELF_BILLING_IDS: Readonly<Record<string, Flag>> = SHARED;

/** Rules about a format or an identifier scheme rather than one business term: no BT/BG required in the text. */
const NO_BUSINESS_TERM = new Set([
  'PEPPOL-EN16931-R008',
  'PEPPOL-EN16931-F001',
  ...Object.keys(SHARED).filter((id) => id.startsWith('PEPPOL-COMMON-') && id !== 'PEPPOL-COMMON-R056-2'),
]);

function allChecks(schema: SchemaIR): CheckIR[] {
  return schema.patterns.flatMap((p) => p.rules.flatMap((r) => r.checks));
}

function text(parts: readonly MessagePart[]): string {
  return parts.map((p) => (p.kind === 'text' ? p.text : p.kind === 'value-of' ? `{${p.select}}` : '{name}')).join('');
}

function checkIdsAndFlags(file: string, expected: Readonly<Record<string, Flag>>, ownIds: (id: string) => boolean): void {
  const checks = allChecks(readSchematron(file)).filter((c) => c.id !== undefined && ownIds(c.id));
  const ids = checks.map((c) => c.id ?? '');
  // Each id once, exactly the official list.
  expect([...ids].sort()).toEqual(Object.keys(expected).sort());
  for (const c of checks) {
    const id = c.id ?? '';
    expect({ id, flag: c.flag }).toEqual({ id, flag: expected[id] });
    expect(c.kind, id).toBe('assert');
    expect(c.test.trim(), id).not.toBe('');
    const message = text(c.message).trim();
    expect(message.length, id).toBeGreaterThan(10);
    // Our texts never start with the official "[ID]-" prefix: the report carries the id.
    expect(message.startsWith('['), id).toBe(false);
    if (!NO_BUSINESS_TERM.has(id)) expect(c.businessTerms.length, `${id}: ${message}`).toBeGreaterThan(0);
  }
}

describe('Peppol BIS Billing 3.0 pack: generic rules', () => {
  it('has each official generic PEPPOL-* id once, with its official flag, a test and a message', () => {
    checkIdsAndFlags(BILLING, BILLING_IDS, (id) => id.startsWith('PEPPOL-'));
  });

  it('includes the national rules file last and declares the billing identifiers', () => {
    const schema = readSchematron(BILLING);
    const lets = new Map(schema.lets.map((l) => [l.name, l.value]));
    expect(lets.get('peppolSpecificationId')).toContain('urn:fdc:peppol.eu:2017:poacc:billing:3.0');
    expect(lets.get('peppolProcessIds')).toContain('urn:fdc:peppol.eu:2017:poacc:billing:01:1.0');
    expect(schema.lang).toBe('en');
    // The national patterns (another file, written separately) come after every generic pattern.
    const files = schema.patterns.map((p) => p.span.file);
    const firstNational = files.findIndex((f) => f.endsWith(join('peppol-bis-billing-3', 'national.sch')));
    expect(firstNational).toBeGreaterThan(0);
    expect(files.slice(firstNational).every((f) => f.endsWith(join('peppol-bis-billing-3', 'national.sch')))).toBe(true);
  });
});

describe('Peppol Self-Billing 3.0 pack', () => {
  it('has exactly the official self-billing ids, each once with its official flag, and nothing else', () => {
    checkIdsAndFlags(SELF_BILLING, SELF_BILLING_IDS, () => true);
    const ids = allChecks(readSchematron(SELF_BILLING)).map((c) => c.id);
    expect(ids).toHaveLength(Object.keys(SELF_BILLING_IDS).length);
  });

  it('declares the self-billing identifiers', () => {
    const lets = new Map(readSchematron(SELF_BILLING).lets.map((l) => [l.name, l.value]));
    expect(lets.get('peppolSpecificationId')).toContain('urn:fdc:peppol.eu:2017:poacc:selfbilling:3.0');
    expect(lets.get('peppolProcessIds')).toContain('urn:fdc:peppol.eu:2017:poacc:selfbilling:01:1.0');
  });
});

/**
 * The helper functions, executed as xsl:functions: a probe schema includes functions.sch and
 * reports, for each case element, when the function returns true. Expected verdicts come from the
 * official Peppol unit tests (values the official validator accepts or rejects) and from the
 * published examples of each algorithm, not from our own output.
 */
describe('Peppol helper functions (run by the SaxonJS reference runner)', () => {
  const FUNCTION_OF: Readonly<Record<string, string>> = {
    gs1: 'pfn:gs1-ok(string(@v))',
    no: 'pfn:no-orgnr-ok(string(@v))',
    be: 'pfn:be-enterprise-ok(string(@v))',
    luhn: 'pfn:luhn-ok(string(@v))',
    abn: 'pfn:abn-ok(string(@v))',
    cf: 'pfn:it-fiscal-code-ok(string(@v))',
    itvat: 'pfn:it-vat-ok(string(@v))',
    within: 'pfn:within(xs:decimal(@a), xs:decimal(@b), xs:decimal(@t))',
  };

  // [function, attributes, expected result]
  const CASES: readonly (readonly [string, Readonly<Record<string, string>>, boolean])[] = [
    // GS1 / GLN (0088): any length of digits, GS1 mod 10 check digit.
    ['gs1', { v: '7300010000001' }, true],
    ['gs1', { v: '9429041098400' }, true],
    ['gs1', { v: '9482348239847239874' }, true],
    ['gs1', { v: '9429041098401' }, false],
    ['gs1', { v: '5798001234567' }, false],
    ['gs1', { v: '730001000000A' }, false],
    ['gs1', { v: '' }, false],
    // Norwegian organisation number (0192): 9 digits, mod 11.
    ['no', { v: '987654325' }, true],
    ['no', { v: '123456785' }, true],
    ['no', { v: '999999999' }, true],
    ['no', { v: '987654321' }, false],
    ['no', { v: '000000000' }, false],
    ['no', { v: '98765432' }, false],
    ['no', { v: 'NO987654325' }, false],
    // Belgian enterprise number (0208): 10 digits, 97 - (first 8 mod 97).
    ['be', { v: '0739484052' }, true],
    ['be', { v: '0739484059' }, false],
    ['be', { v: '07399999484052' }, false],
    ['be', { v: '1234567890' }, false],
    ['be', { v: 'ABC' }, false],
    // Luhn: the textbook example, and Swedish organisation numbers (0007).
    ['luhn', { v: '79927398713' }, true],
    ['luhn', { v: '79927398710' }, false],
    ['luhn', { v: '2021005489' }, true],
    ['luhn', { v: '2021005480' }, false],
    ['luhn', { v: '556622-1100' }, false],
    // Australian Business Number (0151).
    ['abn', { v: '51824753556' }, true],
    ['abn', { v: '51824753550' }, false],
    ['abn', { v: 'ERR51824753556' }, false],
    ['abn', { v: '5182475355' }, false],
    // Italian codice fiscale (0210, 9907).
    ['cf', { v: '97735020584' }, true],
    ['cf', { v: 'RSSMRA85T10A562S' }, true],
    ['cf', { v: '9773502058497735020584' }, false],
    ['cf', { v: 'ABC' }, false],
    ['cf', { v: 'RSSMRA8XT10A562S' }, false],
    ['cf', { v: 'RSSMRA85T10A5621' }, false],
    ['cf', { v: '9773502058A' }, false],
    // Italian partita IVA (0211): IT + 11 digits with a Luhn check digit; other prefixes pass.
    ['itvat', { v: 'IT02985591201' }, true],
    ['itvat', { v: 'it02985591201' }, true],
    ['itvat', { v: 'DE123' }, true],
    ['itvat', { v: 'IT02985591202' }, false],
    ['itvat', { v: 'IT1' }, false],
    ['itvat', { v: 'ITABC' }, false],
    // Amount tolerance.
    ['within', { a: '10.00', b: '10.02', t: '0.02' }, true],
    ['within', { a: '10.02', b: '10.00', t: '0.02' }, true],
    ['within', { a: '10.00', b: '10.021', t: '0.02' }, false],
    ['within', { a: '-5', b: '-4.98', t: '0.02' }, true],
    ['within', { a: '0.4', b: '0.1', t: '0.3' }, true],
  ];

  let runner: ReferenceRunner;
  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'peppol-functions-'));
    const rules = Object.entries(FUNCTION_OF)
      .map(([name, call]) => `<sch:rule context="${name}"><sch:report id="${name}" test="${call}">true</sch:report></sch:rule>`)
      .join('\n      ');
    const probe = `<?xml version="1.0" encoding="UTF-8"?>
<sch:schema xmlns:sch="http://purl.oclc.org/dsdl/schematron" queryBinding="xslt2">
  <sch:ns prefix="xs" uri="http://www.w3.org/2001/XMLSchema"/>
  <sch:ns prefix="pfn" uri="urn:ubl-invoice-validator:peppol:functions"/>
  <sch:include href="${FUNCTIONS}"/>
  <sch:pattern>
      ${rules}
  </sch:pattern>
</sch:schema>
`;
    const file = join(dir, 'probe.sch');
    writeFileSync(file, probe);
    runner = await createReferenceRunner(file, { cacheDir: join(dir, 'sef') });
  });

  it('gives the expected verdict on every case', async () => {
    const escape = (s: string): string => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
    const doc = `<probe>${CASES.map(
      ([fn, attrs]) => `<${fn} ${Object.entries(attrs).map(([k, v]) => `${k}="${escape(v)}"`).join(' ')}/>`,
    ).join('')}</probe>`;
    const fired = new Set((await runner.run(doc)).map((f) => f.location));
    const seen = new Map<string, number>();
    const verdicts = CASES.map(([fn, attrs]) => {
      const n = (seen.get(fn) ?? 0) + 1;
      seen.set(fn, n);
      return { fn, attrs, result: fired.has(`/probe[1]/${fn}[${n}]`) };
    });
    expect(verdicts).toEqual(CASES.map(([fn, attrs, result]) => ({ fn, attrs, result })));
  });
});
