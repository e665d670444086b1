import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createValidatorWith, type ReleaseSource } from '../../src/engine/validate.js';
import type { RulePack } from '../../src/engine/pack.js';
import { RULE_SETS } from '../../src/index.js';
import { check, doc, loadPack, pattern, rule, schema } from '../compiler/harness.js';

// Packs compiled by us share one walk over the document (walkPacks); each must report exactly
// what it reports alone, and a pack that fails must not disturb the others.
const fixture = readFileSync(new URL('../../fixtures/peppol-invoice-se.xml', import.meta.url));
const base = RULE_SETS.find((r) => r.id === 'peppol-bis-billing-3')!;
const sourceWith = (packs: RulePack[]): ReleaseSource => {
  const release = { ...base, packs };
  return { resolve: () => ({ ok: true, release }), byDocumentType: () => release };
};

describe('one walk for the packs of a rule set', () => {
  it('gives each pack its own findings in its own order, and isolates a failing pack', async () => {
    const lines = await loadPack(
      schema([pattern([rule('cac:InvoiceLine', [check('false()', 'W-LINE', { flag: 'warning' })]), rule('cbc:ID', [check('false()', 'W-ID', { flag: 'warning' })])])]),
      'walk-a',
    );
    // fails on its first cbc:ID (an empty string is not an xs:decimal); the first checks fire before
    const failing = await loadPack(
      schema([pattern([rule('cbc:IssueDate', [check('false()', 'W-DATE', { flag: 'warning' })]), rule('cbc:ID', [check("xs:decimal('') > 0", 'E-ID')])])]),
      'walk-b',
    );
    const root = await loadPack(schema([pattern([rule('/*', [check('false()', 'W-ROOT', { flag: 'warning' })])])]), 'walk-c');
    const handWritten: RulePack = {
      id: 'hand',
      version: '1',
      assertions: [],
      phases: [],
      defaultLang: 'en',
      run: (d) => [{ ruleId: 'HAND-1', flag: 'warning', message: 'hand', node: d.root }],
    };
    expect(typeof lines.start).toBe('function');

    const packs = [lines, failing, handWritten, root];
    const report = createValidatorWith({}, sourceWith(packs)).validate(fixture);
    const ids = report.issues.map((i) => i.ruleId);

    // what each pack reports alone, in pack order
    const alone = (p: RulePack): string[] => {
      try {
        return p.run(doc(fixture.toString('utf8')), { lang: 'en' }).map((f) => f.ruleId ?? '?');
      } catch {
        return ['engine:evaluation-error'];
      }
    };
    expect(ids).toEqual(packs.flatMap(alone));
    expect(ids.filter((i) => i === 'W-LINE').length).toBeGreaterThan(0);
    expect(ids).toContain('engine:evaluation-error');
    expect(ids).not.toContain('W-DATE'); // a failed pack reports only its failure
    expect(ids.slice(-2)).toEqual(['HAND-1', 'W-ROOT']);
    const failure = report.issues.find((i) => i.ruleId === 'engine:evaluation-error')!;
    expect(failure.message).toMatch(/walk-b.*E-ID.*FORG0001/);
    expect(report.valid).toBe(false);

    // the compiled packs ran through start() and the shared walk, not through run()
    const noRun = (p: RulePack): RulePack => ({ ...p, start: p.start!.bind(p), run: () => { throw new Error(`${p.id}: run() called`); } });
    const walked = createValidatorWith({}, sourceWith([noRun(lines), noRun(failing), handWritten, noRun(root)])).validate(fixture);
    expect(walked.issues.map((i) => i.ruleId)).toEqual(ids);
  });
});
