/**
 * Hostile and broken input: every case yields exactly one report, not valid, with one clear
 * fatal issue of a stable code, through the API and through the CLI (exit code 1). No throw, no hang
 * (the per-test timeout guards against hangs; speed itself is measured by `npm run bench`).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main, type CliIO } from '../../src/cli/main.js';
import { validate } from '../../src/index.js';

const UBL = 'xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2" xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2"';

interface Case {
  readonly name: string;
  readonly input: string | Uint8Array;
  readonly ruleId: string;
  readonly says: RegExp;
}

const cases: Case[] = [
  { name: 'malformed XML (unclosed element)', input: `<Invoice ${UBL}><cbc:ID>1</cbc:ID>`, ruleId: 'xml:syntax', says: /not closed/ },
  { name: 'mismatched end tag', input: `<Invoice ${UBL}><cbc:ID>1</cbc:Id></Invoice>`, ruleId: 'xml:mismatched-tag', says: /does not match/ },
  {
    name: 'DOCTYPE with an external entity (XXE)',
    input: `<?xml version="1.0"?>\n<!DOCTYPE Invoice [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n<Invoice ${UBL}><cbc:ID>&xxe;</cbc:ID></Invoice>`,
    ruleId: 'xml:doctype',
    says: /DOCTYPE/,
  },
  {
    name: 'entity expansion (billion laughs)',
    input: `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]><lolz>&lol3;</lolz>`,
    ruleId: 'xml:doctype',
    says: /DOCTYPE/,
  },
  {
    name: 'external DTD',
    input: `<?xml version="1.0"?>\n<!DOCTYPE Invoice SYSTEM "http://example.invalid/invoice.dtd">\n<Invoice ${UBL}/>`,
    ruleId: 'xml:doctype',
    says: /DOCTYPE/,
  },
  { name: 'an entity reference without any DTD', input: `<Invoice ${UBL}><cbc:ID>&nbsp;</cbc:ID></Invoice>`, ruleId: 'xml:undefined-entity', says: /&nbsp;/ },
  {
    name: 'bytes that are not valid UTF-8',
    input: Uint8Array.from([...Buffer.from(`<Invoice ${UBL}><cbc:ID>Malm`), 0xf6, ...Buffer.from('</cbc:ID></Invoice>')]),
    ruleId: 'xml:invalid-encoding',
    says: /not valid UTF-8.*0xF6/,
  },
  { name: 'an empty file', input: new Uint8Array(0), ruleId: 'xml:empty', says: /empty/ },
  { name: 'whitespace only', input: '  \n ', ruleId: 'xml:no-root', says: /no root element/ },
  {
    name: 'binary junk',
    input: Uint8Array.from({ length: 4096 }, (_, k) => (k * 7919 + 13) % 256).map((b, k) => (k === 0 ? 0x89 : b)),
    ruleId: 'xml:invalid-encoding',
    says: /UTF-8/,
  },
  { name: 'binary junk that decodes (PNG-like header)', input: '\u0089PNG\r\n\u001a\n\u0000\u0000', ruleId: 'xml:no-root', says: /root element/ },
  { name: 'two root elements', input: `<Invoice ${UBL}/><Invoice ${UBL}/>`, ruleId: 'xml:multiple-roots', says: /second root/ },
  { name: 'an undeclared prefix', input: `<Invoice ${UBL}><cac:Party/></Invoice>`, ruleId: 'xml:undeclared-prefix', says: /"cac"/ },
  { name: '100,000 levels of nesting', input: `${'<a>'.repeat(100_000)}${'</a>'.repeat(100_000)}`, ruleId: 'xml:too-deep', says: /256 levels/ },
  { name: 'a 2 MB element name', input: `<${'n'.repeat(2 * 1024 * 1024)}/>`, ruleId: 'xml:name-too-long', says: /limit of 1000/ },
  { name: 'a control character in text', input: `<Invoice ${UBL}><cbc:ID>a\u0001b</cbc:ID></Invoice>`, ruleId: 'xml:invalid-char', says: /U\+0001/ },
  {
    name: 'a well-formed document that is not an invoice',
    input: '<?xml version="1.0"?><catalog xmlns="urn:example:books"><book>Röda rummet</book></catalog>',
    ruleId: 'schema:unsupported-document',
    says: /\{urn:example:books\}catalog/,
  },
];

function memoryIO(stdin: Uint8Array = new Uint8Array()): CliIO & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, stdout: (s) => out.push(s), stderr: (s) => err.push(s), readStdin: async () => stdin, isTTY: false, env: {} };
}

describe('bad input through validate()', () => {
  for (const c of cases) {
    it(`reports ${c.name}`, { timeout: 5000 }, () => {
      const report = validate(c.input);
      expect(report.valid).toBe(false);
      expect(report.issues).toHaveLength(1);
      const issue = report.issues[0]!;
      expect(issue.ruleId).toBe(c.ruleId);
      expect(issue.severity).toBe('fatal');
      expect(issue.message).toMatch(c.says);
      expect(issue.location.line).toBeGreaterThanOrEqual(1);
    });
  }
});

describe('bad input through the CLI', () => {
  const dir = mkdtempSync(join(tmpdir(), 'uiv-safety-'));
  for (const [k, c] of cases.entries()) {
    it(`prints one invalid JSON report and exits 1 for ${c.name}`, { timeout: 5000 }, async () => {
      const file = join(dir, `case-${k}.xml`);
      writeFileSync(file, c.input);
      const io = memoryIO();
      const code = await main(['--format', 'json', file], io);
      expect(code).toBe(1);
      const reports = JSON.parse(io.out.join('')) as { file: string; valid: boolean; issues: { ruleId: string }[] }[];
      expect(reports).toHaveLength(1);
      expect(reports[0]!.file).toBe(file);
      expect(reports[0]!.valid).toBe(false);
      expect(reports[0]!.issues.map((i) => i.ruleId)).toEqual([c.ruleId]);
      expect(io.err.join('')).toBe('');
    });
  }
});
