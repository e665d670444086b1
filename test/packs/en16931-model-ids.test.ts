/**
 * The EN 16931 model rules of pack `en16931-ubl` (schematron/en16931-ubl/model.sch): the official
 * assertion ids of the CEN 1.3.16 "UBL-model" pattern with their flags (facts from the release),
 * checked against what our file declares, plus a few structural invariants of the pattern.
 * Whether the rules fire like the official ones is measured with the reference runner, not here.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { childElements, getAttribute, parseXml, stringValue, type XmlElement } from '../../src/xml/index.js';

const SCH = 'http://purl.oclc.org/dsdl/schematron';
const packDir = fileURLToPath(new URL('../../schematron/', import.meta.url));

/** Every id of the official UBL-model pattern is fatal except BR-51 (card number, warning). */
const WARNING_IDS = new Set(['BR-51']);
const MODEL_IDS: readonly string[] = [
  // BR-01 .. BR-65 (BR-34, -35, -39, -40, -58, -59, -60 have no UBL assertion)
  ...'01 02 03 04 05 06 07 08 09 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25 26 27 28 29 30 31 32 33 36 37 38 41 42 43 44 45 46 47 48 49 50 51 52 53 54 55 56 57 61 62 63 64 65'
    .split(' ')
    .map((n) => `BR-${n}`),
  // BR-CO-* (BR-CO-01, -02 and -25 are not in the UBL-model pattern)
  ...'03 04 05 06 07 08 09 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 26'.split(' ').map((n) => `BR-CO-${n}`),
  // BR-DEC-* (03, 04, 07, 08, 21, 22, 26 are not in the UBL binding)
  ...'01 02 05 06 09 10 11 12 13 14 15 16 17 18 19 20 23 24 25 27 28'.split(' ').map((n) => `BR-DEC-${n}`),
  // VAT categories: 01-10 each, plus IC-11/12 and O-11..14
  ...['AE', 'E', 'G', 'IC', 'AF', 'AG', 'O', 'S', 'Z'].flatMap((c) =>
    ['01', '02', '03', '04', '05', '06', '07', '08', '09', '10'].map((n) => `BR-${c}-${n}`),
  ),
  'BR-IC-11',
  'BR-IC-12',
  'BR-O-11',
  'BR-O-12',
  'BR-O-13',
  'BR-O-14',
  'BR-B-01',
  'BR-B-02',
  // the one code-list rule that the official file keeps in the model pattern (invoice note subject code)
  'BR-CL-08',
];

function load(file: string): XmlElement {
  const parsed = parseXml(readFileSync(packDir + file, 'utf8'));
  if (!parsed.ok) throw new Error(`${file}: ${parsed.error.message}`);
  return parsed.document.root;
}

const sch = (el: XmlElement, local: string): XmlElement[] =>
  childElements(el).filter((c) => c.ns === SCH && c.local === local);
const attr = (el: XmlElement, name: string): string | undefined => getAttribute(el, '', name)?.value;

const pattern = load('en16931-ubl/model.sch');
const rules = sch(pattern, 'rule');
const checks = rules.flatMap((rule) => [...sch(rule, 'assert'), ...sch(rule, 'report')].map((check) => ({ rule, check })));

describe('en16931-ubl model pattern: ids and flags', () => {
  it('the fact list itself has 201 distinct ids', () => {
    expect(MODEL_IDS.length).toBe(201);
    expect(new Set(MODEL_IDS).size).toBe(201);
  });

  it('is a sch:pattern with the official id', () => {
    expect([pattern.ns, pattern.local, attr(pattern, 'id')]).toEqual([SCH, 'pattern', 'UBL-model']);
  });

  it('declares exactly the official ids, each once, with the official flag', () => {
    const declared = checks.map(({ check }) => attr(check, 'id') ?? '(no id)');
    expect(declared.filter((id, i) => declared.indexOf(id) !== i)).toEqual([]);
    expect([...declared].sort()).toEqual([...MODEL_IDS].sort());
    for (const { check } of checks) {
      const id = attr(check, 'id') ?? '';
      expect({ id, flag: attr(check, 'flag') }).toEqual({ id, flag: WARNING_IDS.has(id) ? 'warning' : 'fatal' });
    }
  });

  it('gives every assertion a test and a message that names a business term', () => {
    for (const { check } of checks) {
      const id = attr(check, 'id');
      expect(check.local, `${id}`).toBe('assert');
      expect(attr(check, 'test')?.trim(), `${id} test`).toBeTruthy();
      const text = stringValue(check).trim();
      expect(text.length, `${id} message`).toBeGreaterThan(20);
      expect(text, `${id} message`).toMatch(/\bB[TG]-\d+/);
      expect(text, `${id} message carries no rule-id prefix`).not.toMatch(/^\[?BR-/);
    }
  });

  it('only uses variables declared by the rule (or bound by a quantifier in the same expression)', () => {
    for (const rule of rules) {
      const declared = new Set<string>();
      for (const el of childElements(rule)) {
        const exprs =
          el.local === 'let'
            ? [attr(el, 'value') ?? '']
            : [attr(el, 'test') ?? '', ...findValueOfs(el).map((v) => attr(v, 'select') ?? '')];
        for (const expr of exprs) {
          const bound = new Set([...expr.matchAll(/\b(?:every|some|for)\s+\$([\w-]+)/g)].map((m) => m[1]));
          for (const m of expr.matchAll(/\$([\w-]+)/g)) {
            const name = m[1] ?? '';
            expect(declared.has(name) || bound.has(name), `$${name} in ${attr(rule, 'context')}`).toBe(true);
          }
        }
        if (el.local === 'let') declared.add(attr(el, 'name') ?? '');
      }
    }
  });

  it('keeps the first-match order where contexts overlap', () => {
    const contexts = rules.map((r) => attr(r, 'context') ?? '');
    const linePeriod = contexts.findIndex((c) => c.startsWith('cac:InvoiceLine/cac:InvoicePeriod'));
    const docPeriod = contexts.indexOf('cac:InvoicePeriod');
    expect(linePeriod).toBeGreaterThanOrEqual(0);
    expect(linePeriod).toBeLessThan(docPeriod);
    const financialAccount = contexts.findIndex((c) => c.endsWith('/cac:PayeeFinancialAccount'));
    expect(financialAccount).toBeLessThan(contexts.indexOf('cac:PaymentMeans'));
    // each context appears once: a second rule with the same context would never fire
    expect(new Set(contexts).size).toBe(contexts.length);
  });
});

describe('en16931-ubl main file', () => {
  const main = load('en16931-ubl.sch');

  it('is an xslt2 schema with the official phases and the three includes in order', () => {
    expect([main.local, attr(main, 'queryBinding')]).toEqual(['schema', 'xslt2']);
    expect(sch(main, 'include').map((i) => attr(i, 'href'))).toEqual([
      'en16931-ubl/model.sch',
      'en16931-ubl/syntax.sch',
      'en16931-ubl/codelists.sch',
    ]);
    const phases = sch(main, 'phase').map((p) => [attr(p, 'id'), sch(p, 'active').map((a) => attr(a, 'pattern'))]);
    expect(phases).toEqual([
      ['EN16931model_phase', ['UBL-model']],
      ['codelist_phase', ['Codesmodel']],
    ]);
  });

  it('declares every prefix the model pattern uses', () => {
    const prefixes = new Set(sch(main, 'ns').map((n) => attr(n, 'prefix')));
    const used = new Set<string>();
    for (const rule of rules) {
      const exprs = [
        attr(rule, 'context') ?? '',
        ...childElements(rule).flatMap((c) => [attr(c, 'value'), attr(c, 'test'), ...findValueOfs(c).map((v) => attr(v, 'select'))]),
      ];
      for (const expr of exprs) for (const m of (expr ?? '').matchAll(/\b([a-z]+):[A-Za-z]/g)) used.add(m[1] ?? '');
    }
    for (const prefix of used) expect(prefixes.has(prefix), prefix).toBe(true);
  });
});

function findValueOfs(el: XmlElement): XmlElement[] {
  return childElements(el).flatMap((c) => (c.ns === SCH && c.local === 'value-of' ? [c] : findValueOfs(c)));
}
