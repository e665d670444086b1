import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compare, defaultRuleSetFilter, locationKey } from '../../scripts/reference/corpus.js';
import type { ExpectedDoc } from '../../scripts/reference/corpus.js';
import { activePatterns, generateStylesheet, messageExpression, xpathString } from '../../scripts/reference/generate.js';
import { readSchematron } from '../../src/schematron/reader.js';

const f = (id: string, flag: string, location: string): { id: string; flag: string; location: string } => ({ id, flag, location });

describe('compare (multisets of id and flag)', () => {
  it('agrees when the multisets are equal, whatever the order', () => {
    const c = compare([f('A', 'fatal', '/x[1]'), f('B', 'warning', '/y[1]')], [f('B', 'warning', '/y[1]'), f('A', 'fatal', '/x[1]')]);
    expect(c).toEqual({ agree: true, agreeWithLocations: true, missing: [], extra: [] });
  });

  it('counts repeated firings and flags', () => {
    const c = compare([f('A', 'fatal', '/x[1]')], [f('A', 'fatal', '/x[1]'), f('A', 'fatal', '/x[2]')]);
    expect(c.agree).toBe(false);
    expect(c.missing).toEqual([f('A', 'fatal', '/x[2]')]);
    expect(c.extra).toEqual([]);
    const flags = compare([f('A', 'warning', '/x[1]')], [f('A', 'fatal', '/x[1]')]);
    expect(flags.agree).toBe(false);
    expect([flags.missing, flags.extra]).toEqual([[f('A', 'fatal', '/x[1]')], [f('A', 'warning', '/x[1]')]]);
  });

  it('agrees on ids and flags but tells apart different locations', () => {
    const c = compare([f('A', 'fatal', '/x[1]')], [f('A', 'fatal', '/x[2]')]);
    expect(c.agree).toBe(true);
    expect(c.agreeWithLocations).toBe(false);
  });

  it('compares locations by element, ignoring prefixes', () => {
    expect(locationKey('/Invoice[1]/cac:Delivery[1]/cbc:ID[2]/@schemeID')).toBe('/Invoice[1]/Delivery[1]/ID[2]/@schemeID');
    expect(locationKey('/Invoice[1]/x:Foo[1]/@x:attr')).toBe('/Invoice[1]/Foo[1]/@attr');
    expect(compare([f('R-1', 'warning', '/Invoice[1]/cac:Delivery[1]')], [f('R-1', 'warning', '/Invoice[1]/Delivery[1]')]).agreeWithLocations).toBe(true);
  });
});

describe('defaultRuleSetFilter', () => {
  const doc = (ruleSet: string, schematron: string[]): ExpectedDoc => ({
    path: 'p',
    part: 'x',
    documentType: 'en16931-ubl-invoice',
    ruleSet,
    ruleSetVersion: '1',
    xsd: { valid: true },
    schematron,
    fired: [],
    valid: true,
  });
  const cen = doc('en16931-ubl', ['CEN-EN16931-UBL']);
  const billing = doc('peppol-bis-billing-3', ['CEN-EN16931-UBL', 'PEPPOL-EN16931-UBL']);
  const sb = doc('peppol-bis-self-billing-3', ['CEN-EN16931-UBL', 'PEPPOL-EN16931-UBL-SB']);
  const sve = doc('svefaktura-1.0', ['svenfaktura-1.0-sch']);
  const accepts = (ids: string[], file: string): boolean[] => {
    const sel = defaultRuleSetFilter(ids, file);
    return [cen, billing, sb, sve].map((d) => sel.accept(d));
  };

  it('judges a CEN pack on every document the CEN stylesheet ran on', () => {
    expect(accepts(['BR-01', 'UBL-CR-001'], '/w/en16931-ubl.sch')).toEqual([true, true, true, false]);
  });

  it('judges Peppol packs on billing or self-billing documents by file name', () => {
    expect(accepts(['PEPPOL-EN16931-R001'], '/w/peppol-bis-billing-3.sch')).toEqual([false, true, false, false]);
    expect(accepts(['PEPPOL-EN16931-R001'], '/w/peppol-bis-self-billing-3.sch')).toEqual([false, false, true, false]);
    // A directory name does not count, only the file name.
    expect(accepts(['SE-R-001'], '/work/self/national.sch')).toEqual([false, true, false, false]);
  });

  it('judges a Svefaktura pack on Svefaktura documents', () => {
    expect(accepts(['R-47'], '/w/rules.sch')).toEqual([false, false, false, true]);
  });
});

describe('stylesheet generation', () => {
  const FIX = resolve(import.meta.dirname, '../fixtures/schematron');
  const ir = readSchematron(join(FIX, 'runner.sch'));

  it('escapes XPath string literals', () => {
    expect(xpathString("it's")).toBe("'it''s'");
  });

  it('writes messages as one XPath expression', () => {
    expect(messageExpression([{ kind: 'text', text: "Id '" }, { kind: 'value-of', select: 'cbc:ID' }, { kind: 'name', path: '..' }])).toBe(
      "normalize-space(string-join(('Id ''', string-join(for $ruv:v in data((cbc:ID)) return string($ruv:v), ' '), name(..)), ''))",
    );
  });

  it('chooses patterns by phase', () => {
    expect(activePatterns(ir).patterns.map((p) => p.id)).toEqual(['a', 'b']);
    expect(activePatterns(ir, 'paths').patterns.map((p) => p.id)).toEqual(['every-node']);
    expect(activePatterns(ir, '#ALL').patterns.map((p) => p.id)).toEqual(['a', 'b', 'every-node']);
    expect(() => activePatterns(ir, 'none')).toThrow(/unknown phase none/);
  });

  it('orders rule priorities in rule order and escapes attribute values', () => {
    const xsl = generateStylesheet(ir, { phase: 'paths' });
    const priorities = [...xsl.matchAll(/<xsl:template match="([^"]*)" mode="ruv:p1" priority="([^"]*)"/g)].map((m) => [m[1], m[2]]);
    expect(priorities).toEqual([
      ['*', '1002'],
      ['@*', '1001'],
      ['text()', '-1'],
      ['@*|node()', '-2'],
    ]);
    const withQuote = generateStylesheet({ ...ir, lets: [{ name: 'q', value: '"a" < \'b\' & 1', span: { file: 'f', line: 1, column: 1 } }] });
    expect(withQuote).toContain('select="&quot;a&quot; &lt; \'b\' &amp; 1"');
  });
});
