import { describe, expect, it } from 'vitest';
import { formatReports, type NamedReport } from '../../src/index.js';
import { childElements, getAttribute, parseXml, stringValue, type XmlElement } from '../../src/xml/index.js';

const hostile = 'Total <script>alert("x")</script> & more';
const reports: NamedReport[] = [
  {
    file: 'a b/inv.xml',
    valid: false,
    documentType: 'peppol-bis-3-invoice',
    ruleSets: [{ id: 'peppol-bis-billing-3', version: '2026.5' }],
    issues: [
      { source: 'rule', ruleId: 'BR-CO-15', severity: 'fatal', message: hostile, location: { path: '/Invoice[1]', line: 3, column: 1 }, businessTerms: ['BT-112'] },
      { source: 'rule', ruleId: 'UBL-CR-678', severity: 'warning', message: 'A warning', location: { path: '/Invoice[1]/cbc:X[1]', line: 9, column: 5 } },
      { source: 'schema', ruleId: 'schema:unexpected-element', severity: 'fatal', message: 'expected cbc:IssueDate', location: { path: '/Invoice[1]/cbc:DueDate[1]' } },
    ],
  },
  { file: 'ok.xml', valid: true, documentType: 'svefaktura-1.0', ruleSets: [{ id: 'svefaktura-1.0', version: '1.0' }], issues: [] },
];

function xml(text: string): XmlElement {
  const r = parseXml(text);
  if (!r.ok) throw new Error(r.error.message);
  return r.document.root;
}

describe('formatters', () => {
  it('text: one line per issue with file:line:col, severity, rule id and message; colour only on request', () => {
    const plain = formatReports(reports, 'text');
    expect(plain).toContain('a b/inv.xml: invalid (2 errors, 1 warning)');
    expect(plain).toMatch(/a b\/inv\.xml:3:1\s+fatal\s+BR-CO-15\s+Total <script>/);
    expect(plain).toContain('2 documents: 1 valid, 1 invalid');
    expect(plain).not.toContain('\x1b[');
    expect(formatReports(reports, 'text', { color: true })).toContain('\x1b[31m');
  });

  it('json and jsonl carry the reports unchanged, file first', () => {
    expect(JSON.parse(formatReports(reports, 'json'))).toEqual(reports);
    const lines = formatReports(reports, 'jsonl').trimEnd().split('\n');
    expect(lines.map((l) => Object.keys(JSON.parse(l) as object)[0])).toEqual(['file', 'file']);
  });

  it('sarif: 2.1.0 with levels, regions, rule index and logical locations', () => {
    const log = JSON.parse(formatReports(reports, 'sarif')) as {
      version: string;
      runs: { tool: { driver: { rules: { id: string }[] } }; results: { ruleId: string; ruleIndex: number; level: string; locations: { physicalLocation: { artifactLocation: { uri: string }; region?: { startLine: number } }; logicalLocations: { fullyQualifiedName: string }[] }[] }[] }[];
    };
    expect(log.version).toBe('2.1.0');
    const run = log.runs[0]!;
    expect(run.results.map((r) => [r.ruleId, r.level])).toEqual([
      ['BR-CO-15', 'error'],
      ['UBL-CR-678', 'warning'],
      ['schema:unexpected-element', 'error'],
    ]);
    for (const r of run.results) expect(run.tool.driver.rules[r.ruleIndex]?.id).toBe(r.ruleId);
    expect(run.results[0]!.locations[0]!.physicalLocation).toMatchObject({ artifactLocation: { uri: 'a%20b/inv.xml' }, region: { startLine: 3 } });
    expect(run.results[2]!.locations[0]!.physicalLocation.region).toBeUndefined();
    expect(run.results[2]!.locations[0]!.logicalLocations[0]!.fullyQualifiedName).toBe('/Invoice[1]/cbc:DueDate[1]');
  });

  it('junit: well-formed XML, one failing test case per invalid document, text escaped', () => {
    const root = xml(formatReports(reports, 'junit'));
    expect(getAttribute(root, '', 'failures')?.value).toBe('1');
    const cases = childElements(root).map((suite) => childElements(suite)[0]!);
    expect(cases.map((c) => childElements(c).map((k) => k.local))).toEqual([['failure', 'system-out'], []]);
    expect(stringValue(childElements(cases[0]!)[0]!)).toContain(hostile);
  });

  it('svrl: well-formed, a failed-assert per issue with id, flag and location', () => {
    const root = xml(formatReports([reports[0]!], 'svrl'));
    expect([root.local, root.ns]).toEqual(['schematron-output', 'http://purl.oclc.org/dsdl/svrl']);
    const asserts = childElements(root);
    expect(asserts.map((a) => [getAttribute(a, '', 'id')?.value, getAttribute(a, '', 'flag')?.value, getAttribute(a, '', 'location')?.value])).toEqual([
      ['BR-CO-15', 'fatal', '/Invoice[1]'],
      ['UBL-CR-678', 'warning', '/Invoice[1]/cbc:X[1]'],
      ['schema:unexpected-element', 'fatal', '/Invoice[1]/cbc:DueDate[1]'],
    ]);
    expect(getAttribute(asserts[2]!, '', 'role')?.value).toBe('schema');
    expect(stringValue(asserts[0]!)).toContain(hostile);
    expect(xml(formatReports(reports, 'svrl')).local).toBe('reports');
  });

  it('html: a self-contained page with every document string escaped', () => {
    const page = formatReports(reports, 'html');
    expect(page).toMatch(/^<!doctype html>/);
    expect(page).not.toContain('<script>');
    expect(page).toContain('Total &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; more');
    expect(page).toContain('1 of 2 valid');
  });
});
