/**
 * Compiled rule packs against the SaxonJS reference engine, in one run on the same documents:
 *
 * - ours CEN: our compiled EN 16931 pack on a parsed tree (rules only);
 * - ours CEN+Peppol: the compiled EN 16931 and Peppol billing packs (rules only);
 * - ours full: validation from bytes (parse + structure + both packs), the engine's own path;
 * - reference: SaxonJS running the same Schematron through the reference runner's generated
 *   XSLT (SEF), from document text (its own parse included), CEN alone and CEN+Peppol;
 * - ratio = reference / ours (the reference CEN+Peppol against our full validation is the fair
 *   end-to-end figure: both start from text).
 *
 * Then linearity: generated invoices (scripts/gen-large-invoice.ts) of 1,000 and 10,000 lines.
 *
 * Robust on a loaded machine: warm-up runs, then at least `minRuns` runs and at least `minMs` of
 * runs, reporting medians; the load average is printed with the results.
 */
import { loadavg } from 'node:os';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { RulePack } from '../../src/engine/pack.js';
import { createValidator } from '../../src/engine/validate.js';
import { parseXml } from '../../src/xml/index.js';
import type { XmlDocument } from '../../src/xml/tree.js';
import { createReferenceRunner, type ReferenceRunner } from '../reference/index.js';
import { loadPack, packSource } from '../../test/differential/packs.js';
import { generateLargeInvoice } from '../gen-large-invoice.js';

export interface Timing {
  readonly median: number;
  readonly runs: number;
}

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? NaN : s[Math.floor(s.length / 2)]!;
}

/**
 * Median milliseconds of `fn` after `warmup` runs, over >= minRuns runs and >= minMs of running,
 * capped at maxRuns; a slow case stops after maxMs once it has 3 runs.
 */
export async function measure(
  fn: () => unknown,
  opts: { warmup?: number; minRuns?: number; minMs?: number; maxRuns?: number; maxMs?: number } = {},
): Promise<Timing> {
  const { warmup = 20, minRuns = 30, minMs = 1500, maxRuns = 5000, maxMs = 30_000 } = opts;
  for (let i = 0; i < warmup; i++) await fn();
  const xs: number[] = [];
  const start = performance.now();
  const more = (): boolean => {
    const elapsed = performance.now() - start;
    if (xs.length >= maxRuns || (xs.length >= 3 && elapsed > maxMs)) return false;
    return xs.length < minRuns || elapsed < minMs;
  };
  while (more()) {
    const t = performance.now();
    await fn();
    xs.push(performance.now() - t);
  }
  return { median: median(xs), runs: xs.length };
}

function parse(text: string): XmlDocument {
  const r = parseXml(text);
  if (!r.ok) throw new Error(r.error.message);
  return r.document;
}

async function packs(): Promise<{ cen: RulePack; peppol: RulePack; cenRef: ReferenceRunner; peppolRef: ReferenceRunner }> {
  const cen = await loadPack('en16931-ubl');
  const peppol = await loadPack('peppol-bis-billing-3');
  if (!cen.ok || !peppol.ok) throw new Error(`a pack does not compile: ${!cen.ok ? cen.error : !peppol.ok ? peppol.error : ''}`);
  const cenRef = await createReferenceRunner(packSource('en16931-ubl').sch);
  const peppolRef = await createReferenceRunner(packSource('peppol-bis-billing-3').sch);
  return { cen: cen.pack, peppol: peppol.pack, cenRef, peppolRef };
}

const ms = (t: Timing | number): string => (typeof t === 'number' ? t : t.median).toFixed(3).padStart(9);
const ratio = (ref: Timing, ours: Timing): string => `${(ref.median / ours.median).toFixed(0)}x`.padStart(7);
const load = (): string => loadavg().map((x) => x.toFixed(2)).join(' ');

export async function benchPacks(corpusDir: string): Promise<string[]> {
  const { cen, peppol, cenRef, peppolRef } = await packs();
  const ctx = { lang: 'en' as const };
  const validator = createValidator({ ruleSet: 'peppol-bis-billing-3', packs: { replace: [cen, peppol] } });
  const rows: string[] = [`load average at start: ${load()}`];
  rows.push(
    'document                        KB   ours CEN  ours C+P  ours full     ref CEN   ref C+P  CEN ratio  C+P/full  (medians, ms)',
  );
  const docs = [
    'peppol/examples/base-example.xml',
    'peppol/examples/Allowance-example.xml',
    'peppol/examples/Vat-category-S.xml',
    'peppol/examples/base-creditnote-correction.xml',
    'peppol/examples/vat-category-E.xml',
  ];
  for (const path of docs) {
    const text = readFileSync(resolve(corpusDir, path), 'utf8');
    const bytes = Buffer.from(text);
    const tree = parse(text);
    const oursCen = await measure(() => cen.run(tree, ctx));
    const oursBoth = await measure(() => {
      cen.run(tree, ctx);
      peppol.run(tree, ctx);
    });
    const full = await measure(() => validator.validate(bytes));
    const refCen = await measure(() => cenRef.run(text), { warmup: 5, minRuns: 15, minMs: 1500 });
    const refBoth = await measure(
      async () => {
        await cenRef.run(text);
        await peppolRef.run(text);
      },
      { warmup: 5, minRuns: 15, minMs: 1500 },
    );
    const name = path.slice(path.lastIndexOf('/') + 1);
    rows.push(
      `${name.padEnd(30)} ${(bytes.length / 1024).toFixed(1).padStart(4)} ${ms(oursCen)} ${ms(oursBoth)} ${ms(full)}   ${ms(refCen)} ${ms(refBoth)}    ${ratio(refCen, oursCen)}   ${ratio(refBoth, full)}`,
    );
  }
  rows.push(`load average at end of section: ${load()}`);
  return rows;
}

export async function benchLinearity(corpusDir: string, referenceBudgetMs = 120_000): Promise<string[]> {
  const { cen, peppol, cenRef, peppolRef } = await packs();
  const ctx = { lang: 'en' as const };
  const validator = createValidator({ ruleSet: 'peppol-bis-billing-3', packs: { replace: [cen, peppol] } });
  const rows: string[] = [`load average at start: ${load()}`];
  rows.push('invoice lines     KB   ours C+P  per 1,000 lines   ours full  per 1,000 lines   firings   runs   ref C+P (ms, one run)');
  let refPerLine: number | undefined;
  const perK = new Map<number, { packs: number; full: number }>();
  for (const lines of [1000, 10_000]) {
    const text = generateLargeInvoice(lines);
    const bytes = Buffer.from(text);
    const tree = parse(text);
    const opts = lines > 5000 ? { warmup: 1, minRuns: 5, minMs: 3000, maxMs: 60_000 } : { warmup: 2, minRuns: 9, minMs: 3000, maxMs: 30_000 };
    const firings = cen.run(tree, ctx).length + peppol.run(tree, ctx).length;
    const both = await measure(() => {
      cen.run(tree, ctx);
      peppol.run(tree, ctx);
    }, opts);
    const full = await measure(() => validator.validate(bytes), opts);
    perK.set(lines, { packs: (both.median * 1000) / lines, full: (full.median * 1000) / lines });
    let ref = 'not run';
    // The reference engine: measured once at 1,000 lines; at 10,000 only if the linear estimate fits the budget.
    const estimate = refPerLine === undefined ? 0 : refPerLine * lines;
    if (refPerLine === undefined || estimate < referenceBudgetMs) {
      const t = performance.now();
      await cenRef.run(text);
      await peppolRef.run(text);
      const took = performance.now() - t;
      refPerLine ??= took / lines;
      ref = took.toFixed(0);
    } else {
      ref = `skipped (estimated ${(estimate / 1000).toFixed(0)} s)`;
    }
    rows.push(
      `${String(lines).padStart(13)} ${(bytes.length / 1024).toFixed(0).padStart(6)} ${ms(both)} ${ms((both.median * 1000) / lines).padStart(16)} ${ms(full).padStart(11)} ${ms((full.median * 1000) / lines).padStart(16)} ${String(firings).padStart(9)} ${String(both.runs).padStart(6)}   ${ref}`,
    );
  }
  const small = perK.get(1000)!;
  const large = perK.get(10_000)!;
  rows.push(
    `linearity: ms per 1,000 lines at 10,000 / at 1,000 = ${(large.packs / small.packs).toFixed(2)} (packs), ${(large.full / small.full).toFixed(2)} (full); ` +
      `10,000 lines fully validated in ${((large.full * 10) / 1000).toFixed(2)} s (target under 1 s: ${large.full * 10 < 1000 ? 'met' : 'NOT met'})`,
  );
  rows.push(`load average at end of section: ${load()}`);
  return rows;
}
