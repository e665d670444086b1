import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { main, type CliIO } from '../../src/cli/main.js';
import { ValidationReportSchema } from '../../src/index.js';

const FIXTURES = fileURLToPath(new URL('../../fixtures/', import.meta.url));
const INVOICE = join(FIXTURES, 'peppol-invoice-se.xml');

function io(opts: { stdin?: string; tty?: boolean } = {}): CliIO & { out: () => string; err: () => string } {
  const out: string[] = [];
  const err: string[] = [];
  return {
    stdout: (s) => out.push(s),
    stderr: (s) => err.push(s),
    readStdin: async () => Buffer.from(opts.stdin ?? ''),
    isTTY: opts.tty ?? false,
    env: {},
    out: () => out.join(''),
    err: () => err.join(''),
  };
}

const JsonOutput = z.array(ValidationReportSchema.extend({ file: z.string() }).strict());

describe('validate-invoice', () => {
  it('prints a readable text report and exits 0 for a valid invoice', async () => {
    const t = io();
    expect(await main([INVOICE], t)).toBe(0);
    expect(t.out()).toContain(`${INVOICE}: valid`);
    expect(t.out()).toContain('peppol-bis-3-invoice · peppol-bis-billing-3@2026.5');
    expect(t.out()).not.toContain('\x1b[');
  });

  it('colours text only on a terminal, unless told otherwise', async () => {
    const tty = io({ tty: true });
    await main([INVOICE], tty);
    expect(tty.out()).toContain('\x1b[32mvalid');
    const forcedOff = io({ tty: true });
    await main(['--no-color', INVOICE], forcedOff);
    expect(forcedOff.out()).not.toContain('\x1b[');
  });

  it('--format json prints one array of contract reports with file added, for a whole directory, recursively', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'uiv-cli-'));
    mkdirSync(join(dir, 'nested'));
    copyFileSync(INVOICE, join(dir, 'a.xml'));
    copyFileSync(join(FIXTURES, 'svefaktura', 'svefaktura-invoice-latin1.xml'), join(dir, 'nested', 'b.XML'));
    writeFileSync(join(dir, 'notes.txt'), 'not xml');
    const t = io();
    expect(await main(['--format', 'json', dir], t)).toBe(0);
    const reports = JsonOutput.parse(JSON.parse(t.out()));
    expect(reports.map((r) => [r.file, r.documentType])).toEqual([
      [join(dir, 'a.xml'), 'peppol-bis-3-invoice'],
      [join(dir, 'nested', 'b.XML'), 'svefaktura-1.0'],
    ]);
  });

  it('--format jsonl prints one report per line', async () => {
    const t = io();
    await main(['-f', 'jsonl', INVOICE, join(FIXTURES, 'peppol-creditnote-se.xml')], t);
    const lines = t.out().trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines.map((l) => (JSON.parse(l) as { documentType: string }).documentType)).toEqual(['peppol-bis-3-invoice', 'peppol-bis-3-creditnote']);
  });

  it('reads standard input for -', async () => {
    const t = io({ stdin: '<x/>' });
    expect(await main(['--format=json', '-'], t)).toBe(1);
    expect(JsonOutput.parse(JSON.parse(t.out()))[0]).toMatchObject({ file: '-', valid: false, documentType: 'unknown' });
  });

  it('exits 1 when any document is invalid, and counts them', async () => {
    const bad = join(mkdtempSync(join(tmpdir(), 'uiv-cli-')), 'bad.xml');
    writeFileSync(bad, '<Invoice');
    const t = io();
    expect(await main([INVOICE, bad], t)).toBe(1);
    expect(t.out()).toContain('2 documents: 1 valid, 1 invalid');
    expect(t.out()).toMatch(new RegExp(`${bad}:1:\\d+\\s+fatal\\s+xml:syntax`));
  });

  it('forces a rule set with --rule-set, keeping the detected document type', async () => {
    const t = io();
    await main(['--format', 'json', '--rule-set', 'en16931-ubl@1.3.16', INVOICE], t);
    expect(JsonOutput.parse(JSON.parse(t.out()))[0]).toMatchObject({ documentType: 'peppol-bis-3-invoice', ruleSets: [{ id: 'en16931-ubl', version: '1.3.16' }] });
  });

  it.each([
    [['--format', 'pdf', INVOICE], /unknown format "pdf"/],
    [['--bogus', INVOICE], /unknown option --bogus/],
    [['--rule-set'], /--rule-set needs a value/],
    [[], /no input files/],
    [['--rule-set', 'nope', INVOICE], /unknown rule set "nope"/],
    [['--lang', 'de', INVOICE], /unknown language "de"/],
    [['--date', 'tomorrow', INVOICE], /YYYY-MM-DD/],
  ])('exits 2 with a clear message for %j', async (argv, message) => {
    const t = io();
    expect(await main(argv, t)).toBe(2);
    expect(t.err()).toMatch(message);
    expect(t.out()).toBe('');
  });

  it('exits 2 on I/O errors but still reports the files it could read', async () => {
    const t = io();
    expect(await main(['--format', 'json', INVOICE, join(FIXTURES, 'missing.xml')], t)).toBe(2);
    expect(t.err()).toMatch(/cannot read .*missing\.xml: no such file or directory/);
    expect(JsonOutput.parse(JSON.parse(t.out()))).toHaveLength(1);
  });

  it('prints help and version', async () => {
    const h = io();
    expect(await main(['--help'], h)).toBe(0);
    expect(h.out()).toMatch(/Usage: validate-invoice/);
    const v = io();
    expect(await main(['--version'], v)).toBe(0);
    expect(v.out()).toMatch(/^\d+\.\d+\.\d+\n$/);
  });
});

describe('validate-invoice over the whole corpus', () => {
  it('prints a contract report for every document of ../shared/corpus, with the official document type', async () => {
    const corpus = fileURLToPath(new URL('../../../shared/corpus/', import.meta.url));
    const expected = new Map(
      (JSON.parse(readFileSync(join(corpus, 'expected.json'), 'utf8')) as { path: string; documentType: string }[]).map((e) => [join(corpus, e.path), e.documentType]),
    );
    const t = io();
    const code = await main(['--format', 'json', corpus], t);
    expect(t.err()).toBe('');
    const reports = JsonOutput.parse(JSON.parse(t.out()));
    expect(code).toBe(reports.every((r) => r.valid) ? 0 : 1);
    expect(reports).toHaveLength(expected.size);
    const wrong = reports.filter((r) => expected.get(r.file) !== r.documentType).map((r) => r.file);
    expect(wrong).toEqual([]);
  });
});

describe('--schematron and compile', () => {
  const SCH = fileURLToPath(new URL('../fixtures/cli/buyer-reference.sch', import.meta.url));

  it('runs a .sch file instead of the rule set packs, compiled ahead of time', async () => {
    const t = io();
    expect(await main(['--format', 'json', '--schematron', SCH, INVOICE], t)).toBe(1);
    const [report] = JsonOutput.parse(JSON.parse(t.out()));
    expect(report!.documentType).toBe('peppol-bis-3-invoice');
    expect(report!.issues.map((i) => [i.ruleId, i.severity, i.location.path])).toEqual([['OUR-01', 'fatal', '/Invoice[1]']]);
    expect(report!.issues[0]!.message).toBe("Buyer reference (BT-10) '4711-IT' must start with PO-");
    expect(report!.issues[0]!.businessTerms).toEqual(['BT-10']);
  });

  it('compiles a .sch file to a module, with a clear error for a broken one', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'uiv-compile-')), 'rules.mjs');
    const t = io();
    expect(await main(['compile', SCH, '-o', out], t)).toBe(0);
    expect(t.err()).toMatch(/2 assertions/);
    expect(readFileSync(out, 'utf8')).toMatch(/from "ubl-invoice-validator\/runtime"/);

    const broken = join(mkdtempSync(join(tmpdir(), 'uiv-compile-')), 'broken.sch');
    writeFileSync(broken, readFileSync(SCH, 'utf8').replace("starts-with(cbc:BuyerReference, 'PO-')", "format-number(1, '0')"));
    const b = io();
    expect(await main(['compile', broken, '-o', out], b)).toBe(2);
    expect(b.err()).toMatch(/cannot compile .*broken\.sch.*OUR-01.*format-number/s);
    const usage = io();
    expect(await main(['compile', SCH], usage)).toBe(2);
    expect(usage.err()).toMatch(/-o <out\.mjs>/);
  });

  it('says so when a --schematron file is not a pack', async () => {
    const t = io();
    expect(await main(['--schematron', INVOICE, INVOICE], t)).toBe(2);
    expect(t.err()).toMatch(/--schematron takes a \.sch file or a module made by compile \(\.mjs or \.js\), not .*peppol-invoice-se\.xml/);
  });
});

describe('message language', () => {
  const invalid = join(FIXTURES, 'svefaktura', 'svefaktura-invalid-totals.xml');
  it('prints Swedish messages for Svefaktura by default, English with --lang en', async () => {
    const sv = io();
    const en = io();
    expect(await main(['--format', 'json', invalid], sv)).toBe(1);
    expect(await main(['--format', 'json', '--lang', 'en', invalid], en)).toBe(1);
    const [a] = JsonOutput.parse(JSON.parse(sv.out()));
    const [b] = JsonOutput.parse(JSON.parse(en.out()));
    expect(a!.issues.map((i) => i.ruleId)).toEqual(b!.issues.map((i) => i.ruleId));
    expect(a!.issues[0]!.message).not.toBe(b!.issues[0]!.message);
    expect(a!.issues.map((i) => i.message).join(' ')).toMatch(/[åäö]/);
  });
});
