import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createValidatorWith, type ReleaseSource } from '../../src/engine/validate.js';
import { RuleEvaluationError, type RulePack } from '../../src/engine/pack.js';
import { createValidator, RULE_SETS, validate, ValidationReportSchema, type RuleSetRelease } from '../../src/index.js';
import { resolveRuleSet } from '../../src/rulesets/index.js';
import { childElements } from '../../src/xml/index.js';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/${name}`, import.meta.url));

describe('validate() on our fixtures', () => {
  it.each([
    ['peppol-invoice-se.xml', 'peppol-bis-3-invoice', 'peppol-bis-billing-3'],
    ['peppol-creditnote-se.xml', 'peppol-bis-3-creditnote', 'peppol-bis-billing-3'],
    ['svefaktura/svefaktura-invoice-latin1.xml', 'svefaktura-1.0', 'svefaktura-1.0'],
  ])('%s is a %s checked with %s, and the report follows the contract', (file, documentType, ruleSet) => {
    const report = validate(fixture(file));
    expect(ValidationReportSchema.parse(report)).toEqual(report);
    expect(report.documentType).toBe(documentType);
    expect(report.ruleSets.map((r) => r.id)).toEqual([ruleSet]);
    expect(report.issues).toEqual([]);
    expect(report.valid).toBe(true);
  });

  it('reports CustomizationID and ProfileID of UBL documents', () => {
    const report = validate(fixture('peppol-invoice-se.xml'));
    expect(report.customizationId).toBe('urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0');
    expect(report.profileId).toBe('urn:fdc:peppol.eu:2017:poacc:billing:01:1.0');
  });

  it('gives timings only when asked', () => {
    expect(validate(fixture('peppol-invoice-se.xml')).timings).toBeUndefined();
    const t = validate(fixture('peppol-invoice-se.xml'), { timings: true }).timings;
    expect(t?.total).toBeGreaterThanOrEqual(t?.parse ?? Infinity);
  });
});

describe('detection', () => {
  const ubl = (root: 'Invoice' | 'CreditNote', cid?: string) =>
    `<${root} xmlns="urn:oasis:names:specification:ubl:schema:xsd:${root}-2" xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">${cid === undefined ? '' : `<cbc:CustomizationID> ${cid} </cbc:CustomizationID>`}</${root}>`;
  it.each([
    [ubl('Invoice', 'urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0'), 'peppol-bis-3-invoice', 'peppol-bis-billing-3'],
    [ubl('CreditNote', 'urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:selfbilling:3.0'), 'peppol-bis-3-self-billing-creditnote', 'peppol-bis-self-billing-3'],
    [ubl('Invoice', 'urn:cen.eu:en16931:2017'), 'en16931-ubl-invoice', 'en16931-ubl'],
    [ubl('CreditNote'), 'en16931-ubl-creditnote', 'en16931-ubl'],
    ['<ObjectEnvelope xmlns="urn:sfti:documents:ObjectEnvelope:1:0"/>', 'svefaktura-1.0-objectenvelope', 'svefaktura-1.0-objectenvelope'],
  ])('%#: detects %s', (xml, documentType, ruleSet) => {
    const r = validate(xml);
    expect(r.documentType).toBe(documentType);
    expect(r.ruleSets[0]?.id).toBe(ruleSet);
  });

  it('normalizes whitespace in the CustomizationID', () => {
    expect(validate(ubl('Invoice', 'urn:cen.eu:en16931:2017')).customizationId).toBe('urn:cen.eu:en16931:2017');
  });

  it('keeps the detected type but reports a forced rule set that cannot apply', () => {
    const r = validate(ubl('Invoice'), { ruleSet: 'svefaktura-1.0' });
    expect(r.documentType).toBe('en16931-ubl-invoice');
    expect(r.valid).toBe(false);
    expect(r.issues.filter((i) => i.source === 'rule').map((i) => i.ruleId)).toEqual(['engine:rule-set-not-applicable']);
  });
});

describe('options and API misuse', () => {
  it('throws a TypeError with the zod message for bad options', () => {
    expect(() => validate('<a/>', { lang: 'de' } as never)).toThrow(/invalid validation options[\s\S]*lang/);
    expect(() => validate('<a/>', { date: '22/11/2026' })).toThrow(/YYYY-MM-DD/);
    expect(() => validate('<a/>', { nope: true } as never)).toThrow(TypeError);
  });
  it('throws for an unknown rule set or release, naming the known ones', () => {
    expect(() => createValidator({ ruleSet: 'peppol-bis-4' })).toThrow(/unknown rule set "peppol-bis-4".*en16931-ubl/);
    expect(() => createValidator({ ruleSet: 'peppol-bis-billing-3@1999.1' })).toThrow(/no release "1999.1".*2026.5/);
  });
  it('throws when the input is neither a string nor bytes', () => {
    expect(() => validate(42 as never)).toThrow(/string or a Uint8Array/);
  });
  it('pins a release with @version and picks the one in force on a date', () => {
    const pinned = resolveRuleSet('peppol-bis-billing-3@2026.5', '2026-11-22');
    expect(pinned.ok && pinned.release.version).toBe('2026.5');
    const byDate = resolveRuleSet('en16931-ubl', '2030-01-01');
    expect(byDate.ok && byDate.release.id).toBe('en16931-ubl');
  });
  it('lists every rule set of the design with a version', () => {
    expect(RULE_SETS.map((r) => `${r.id}@${r.version}`).sort()).toEqual(
      ['en16931-ubl@1.3.16', 'peppol-bis-billing-3@2026.5', 'peppol-bis-self-billing-3@2026.5', 'svefaktura-1.0-objectenvelope@1.0', 'svefaktura-1.0@1.0'].sort(),
    );
  });
});

describe('running rule packs', () => {
  const base = RULE_SETS.find((r) => r.id === 'peppol-bis-billing-3')!;
  const withPacks = (...packs: RulePack[]): ReleaseSource => {
    const release: RuleSetRelease = { ...base, packs };
    return { resolve: () => ({ ok: true, release }), byDocumentType: () => release };
  };
  const pack = (run: RulePack['run']): RulePack => ({ id: 'test-pack', version: '1', assertions: [], phases: [], defaultLang: 'en', run });

  it('turns findings into rule issues with path, line and column; warnings keep the document valid', () => {
    const source = withPacks(
      pack((doc) => {
        const id = childElements(doc.root).find((e) => e.local === 'ID')!;
        return [
          { ruleId: 'TEST-1', flag: 'warning', message: 'Invoice number (BT-1) looks odd', node: id, businessTerms: ['BT-1'], test: 'true()' },
        ];
      }),
    );
    const report = createValidatorWith({}, source).validate(fixture('peppol-invoice-se.xml'));
    expect(report.valid).toBe(true);
    expect(report.issues).toEqual([
      {
        source: 'rule',
        ruleId: 'TEST-1',
        severity: 'warning',
        message: 'Invoice number (BT-1) looks odd',
        location: { path: '/Invoice[1]/cbc:ID[1]', line: 8, column: 3 },
        businessTerms: ['BT-1'],
        test: 'true()',
        ruleSet: 'peppol-bis-billing-3',
      },
    ]);
  });

  it('fails closed when a rule cannot be evaluated', () => {
    const source = withPacks(
      pack((doc) => {
        throw new RuleEvaluationError('"" is not a valid xs:decimal', 'BR-CL-23', doc.root, 'FORG0001');
      }),
    );
    const report = createValidatorWith({}, source).validate(fixture('peppol-invoice-se.xml'));
    expect(report.valid).toBe(false);
    expect(report.issues).toHaveLength(1);
    expect(report.issues[0]).toMatchObject({ source: 'rule', ruleId: 'engine:evaluation-error', severity: 'fatal', location: { path: '/Invoice[1]', line: 3 } });
    expect(report.issues[0]!.message).toMatch(/FORG0001.*xs:decimal/);
  });

  it('passes the language (option, else the rule set default) and phase to packs', () => {
    const seen: unknown[] = [];
    const source = withPacks(pack((_doc, ctx) => (seen.push(ctx), [])));
    createValidatorWith({}, source).validate(fixture('peppol-invoice-se.xml'));
    createValidatorWith({ lang: 'sv', phase: 'codelist_phase' }, source).validate(fixture('peppol-invoice-se.xml'));
    expect(seen).toEqual([{ lang: 'en' }, { lang: 'sv', phase: 'codelist_phase' }]);
  });
});

describe('the packs option', () => {
  const base = RULE_SETS.find((r) => r.id === 'en16931-ubl')!;
  const firing = (id: string): RulePack => ({
    id,
    version: '1',
    assertions: [],
    phases: [],
    defaultLang: 'en',
    run: (doc) => [{ ruleId: `${id}-R1`, flag: 'warning', message: `from ${id}`, node: doc.root }],
  });
  const source: ReleaseSource = {
    resolve: () => ({ ok: true, release: { ...base, packs: [firing('cen'), firing('extra')] } }),
    byDocumentType: () => ({ ...base, packs: [firing('cen'), firing('extra')] }),
  };
  const ids = (packs: object) => createValidatorWith({ packs }, source).validate(fixture('peppol-invoice-se.xml')).issues.map((i) => i.ruleId);

  it('removes packs by id, adds packs after the rule set, or replaces them', () => {
    expect(ids({})).toEqual(['cen-R1', 'extra-R1']);
    expect(ids({ remove: ['extra'] })).toEqual(['cen-R1']);
    expect(ids({ add: [firing('mine')] })).toEqual(['cen-R1', 'extra-R1', 'mine-R1']);
    expect(ids({ replace: [firing('mine')], remove: ['cen'] })).toEqual(['mine-R1']);
  });

  it('rejects something that is not a pack', () => {
    expect(() => createValidator({ packs: { add: [{ id: 'x' } as never] } })).toThrow(/compiled rule pack/);
  });
});
