/**
 * The one test of the built package (`npm test` builds it first): the ESM and CJS entry points
 * and the `validate-invoice` bin, as a user gets them from npm.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8')) as { exports: Record<string, { import: { default: string }; require: { default: string } }>; bin: Record<string, string> };
const invoice = `${root}fixtures/peppol-invoice-se.xml`;

describe('the built package', () => {
  it('has every file its package.json points at (run `npm run build` if not)', () => {
    const dot = pkg.exports['.']!;
    for (const f of [dot.import.default, dot.require.default, pkg.bin['validate-invoice']!, './dist/index.d.ts', './dist/index.d.cts']) {
      expect(existsSync(`${root}${f}`), f).toBe(true);
    }
  });

  it('validates through the ESM entry point', async () => {
    const mod = (await import(`${root}dist/index.js`)) as typeof import('../../src/index.js');
    const report = mod.validate(readFileSync(invoice));
    expect(report.valid).toBe(true);
    expect(mod.ValidationReportSchema.parse(report).documentType).toBe('peppol-bis-3-invoice');
  });

  it('validates through the CommonJS entry point', () => {
    const require = createRequire(import.meta.url);
    const mod = require(`${root}dist/index.cjs`) as typeof import('../../src/index.js');
    expect(mod.validate('<a/>').issues[0]?.ruleId).toBe('schema:unsupported-document');
  });

  it('runs the validate-invoice bin with its exit codes', async () => {
    const run = promisify(execFile);
    const ok = await run(process.execPath, [`${root}bin/validate-invoice.mjs`, '--format', 'json', invoice]);
    expect((JSON.parse(ok.stdout) as { valid: boolean }[])[0]?.valid).toBe(true);
    const bad = await run(process.execPath, [`${root}bin/validate-invoice.mjs`, '--no-such-option']).catch((e: { code: number; stderr: string }) => e);
    expect(bad).toMatchObject({ code: 2 });
    expect((bad as { stderr: string }).stderr).toMatch(/unknown option/);
  });

  it('spreads a large batch over worker threads with the same reports, in the same order, as one thread', async () => {
    const run = promisify(execFile);
    const corpus = `${root}../shared/corpus/cen/unit-creditnote`;
    const args = [`${root}bin/validate-invoice.mjs`, '--format', 'json', corpus];
    const opts = { maxBuffer: 256 * 1024 * 1024 };
    const [pooled, single] = await Promise.all([
      run(process.execPath, [...args, '--jobs', '2'], opts).catch((e: { stdout: string }) => e),
      run(process.execPath, [...args, '--jobs', '1'], opts).catch((e: { stdout: string }) => e),
    ]);
    const a = JSON.parse(pooled.stdout) as { file: string }[];
    expect(a.length).toBe(216);
    expect(a.map((r) => r.file)).toEqual([...a.map((r) => r.file)].sort());
    expect(pooled.stdout).toBe(single.stdout);
  });

  it('compiles Schematron with the bin and runs the result, from .sch and from the compiled module', async () => {
    const run = promisify(execFile);
    const bin = `${root}bin/validate-invoice.mjs`;
    const sch = `${root}test/fixtures/cli/buyer-reference.sch`;
    const dir = `${root}.tmp/package-test`;
    mkdirSync(dir, { recursive: true });
    await run(process.execPath, [bin, 'compile', sch, '-o', `${dir}/rules.mjs`]);
    for (const rules of [sch, `${dir}/rules.mjs`]) {
      const res = await run(process.execPath, [bin, '--format', 'json', '--schematron', rules, invoice]).catch((e: { code: number; stdout: string }) => e);
      expect(res).toMatchObject({ code: 1 });
      const [report] = JSON.parse((res as { stdout: string }).stdout) as { issues: { ruleId: string }[] }[];
      expect(report!.issues.map((i) => i.ruleId)).toEqual(['OUR-01']);
    }
  });
});

