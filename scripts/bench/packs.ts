/**
 * Compiled rule packs against the SaxonJS reference engine, in one run on the same documents:
 *
 * - ours CEN: our compiled EN 16931 pack; ours C+P: the EN 16931 and Peppol billing packs in one
 *   walk over the document (as the engine runs them). Rules only: each run gets a freshly parsed
 *   tree (parsing is not timed), so per-document work (the name index, memos) is counted;
 * - ours full: validation from bytes (parse + structure + both packs), the engine's own path;
 * - reference: SaxonJS running the same Schematron through the reference runner's generated
 *   XSLT (SEF), from document text (its own parse included), CEN alone and CEN+Peppol;
 * - ratio = reference / ours (the reference CEN+Peppol against our full validation is the fair
 *   end-to-end figure: both start from text).
 * - With `--official <dir>` (or OFFICIAL_SCH_DIR): the same for the official CEN-EN16931-UBL.sch
 *   and PEPPOL-EN16931-UBL.sch found there (kept outside the repository), compiled by our
 *   compiler, against SaxonJS running those files.
 *
 * Then linearity: generated invoices (scripts/gen-large-invoice.ts) of 1,000 and 10,000 lines.
 *
 * Robust on a loaded machine: warm-up runs, then at least `minRuns` runs and at least `minMs` of
 * runs, reporting medians; our three columns of a document are measured in turns (five rounds of
 * 0.4 s each), so that a busy spell weighs on all of them alike; the load average is printed with
 * the results.
 */
import { loadavg } from 'node:os';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { RulePack } from '../../src/engine/pack.js';
import { createValidator } from '../../src/engine/validate.js';
import { loadSchematron } from '../../src/cli/schematron.js';
import { walkPacks, type PackRun } from '../../src/xpath/runtime/driver.js';
import { parseXml } from '../../src/xml/index.js';
import type { XmlDocument } from '../../src/xml/tree.js';
import { createReferenceRunner } from '../reference/index.js';
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

/** Run `fn` untimed on fresh inputs, at least `runs` times and for at least `ms` (V8 optimizes it meanwhile). */
async function warm<T>(fn: (input: T) => unknown, prepare: () => T, runs: number, ms: number): Promise<void> {
  const start = performance.now();
  for (let i = 0; i < runs || performance.now() - start < ms; i++) await fn(prepare());
}

/** Milliseconds of one run of `fn` (its input made first, untimed). */
async function timed<T>(fn: (input: T) => unknown, prepare: () => T): Promise<number> {
  const input = prepare();
  const t = performance.now();
  await fn(input);
  return performance.now() - t;
}

/**
 * Median milliseconds of `fn` after `warmup` runs (and at least `warmMs` of warming), over
 * >= minRuns runs and >= minMs of timed running, capped at maxRuns; a slow case stops after maxMs
 * once it has 3 runs. With `prepare`, each run first makes its input untimed (a fresh tree).
 */
export async function measure<T = void>(
  fn: (input: T) => unknown,
  opts: { warmup?: number; warmMs?: number; minRuns?: number; minMs?: number; maxRuns?: number; maxMs?: number } = {},
  prepare: () => T = () => undefined as T,
): Promise<Timing> {
  const { warmup = 20, warmMs = 0, minRuns = 30, minMs = 1500, maxRuns = 5000, maxMs = 30_000 } = opts;
  await warm(fn, prepare, warmup, warmMs);
  const xs: number[] = [];
  const start = performance.now();
  let spent = 0;
  const more = (): boolean => {
    if (xs.length >= maxRuns || (xs.length >= 3 && performance.now() - start > maxMs)) return false;
    return xs.length < minRuns || spent < minMs;
  };
  while (more()) {
    const d = await timed(fn, prepare);
    xs.push(d);
    spent += d;
  }
  return { median: median(xs), runs: xs.length };
}

function parse(text: string): XmlDocument {
  const r = parseXml(text);
  if (!r.ok) throw new Error(r.error.message);
  return r.document;
}

/**
 * Our runs warm up for this long first: V8 optimizes the large generated rule functions over
 * thousands of runs (on a busy machine its background compiler threads get little time), and
 * a median taken before that measures the JIT, not the rules.
 */
const OURS_WARM_MS = 3000;

/** Packs in one walk over the document, as the engine runs them; returns the number of findings. */
function runTogether(packs: readonly RulePack[], doc: XmlDocument): number {
  const runs = packs.map((p) => p.start!(doc, { lang: 'en' }) as PackRun);
  walkPacks(doc, runs);
  return runs.reduce((n, r) => n + r.result().length, 0);
}

/** A case for `measureInterleaved`: `prepare` makes each run's input untimed. */
interface Case<T> {
  readonly fn: (input: T) => unknown;
  readonly prepare: () => T;
}

/**
 * Medians of several cases measured in turns: after a warm-up of each, `rounds` rounds in which
 * every case runs for `msPerRound`, all samples of a case pooled. A busy spell of the shared
 * machine then weighs on every case alike, instead of on whichever case it fell on.
 */
async function measureInterleaved(cases: readonly Case<unknown>[], rounds = 5, msPerRound = 400): Promise<Timing[]> {
  const samples: number[][] = cases.map(() => []);
  for (const c of cases) await warm(c.fn, c.prepare, 0, OURS_WARM_MS);
  for (let r = 0; r < rounds; r++) {
    for (const [i, c] of cases.entries()) {
      const start = performance.now();
      do samples[i]!.push(await timed(c.fn, c.prepare));
      while (performance.now() - start < msPerRound);
    }
  }
  return samples.map((xs) => ({ median: median(xs), runs: xs.length }));
}

/** `measure` of the rules alone on a freshly parsed tree per run (the parse is not timed). */
function measureRules(text: string, packs: readonly RulePack[], opts: Parameters<typeof measure>[1] = {}): Promise<Timing> {
  return measure((doc: XmlDocument) => runTogether(packs, doc), { warmMs: OURS_WARM_MS, ...opts }, () => parse(text));
}

interface PackPair {
  readonly label: string;
  readonly cen: RulePack;
  readonly peppol: RulePack;
  /** The same Schematron for the reference engine (its runners are made after our runs, so SaxonJS's memory does not weigh on them). */
  readonly cenSch: string;
  readonly peppolSch: string;
}

async function packs(): Promise<PackPair> {
  const cen = await loadPack('en16931-ubl');
  const peppol = await loadPack('peppol-bis-billing-3');
  if (!cen.ok || !peppol.ok) throw new Error(`a pack does not compile: ${!cen.ok ? cen.error : !peppol.ok ? peppol.error : ''}`);
  return { label: 'our packs', cen: cen.pack, peppol: peppol.pack, cenSch: packSource('en16931-ubl').sch, peppolSch: packSource('peppol-bis-billing-3').sch };
}

/** The official CEN and Peppol billing Schematron in `dir`, compiled by us. */
async function officialPacks(dir: string): Promise<PackPair> {
  const cenSch = join(dir, 'CEN-EN16931-UBL.sch');
  const peppolSch = join(dir, 'PEPPOL-EN16931-UBL.sch');
  return { label: `official files in ${dir}`, cen: await loadSchematron(cenSch), peppol: await loadSchematron(peppolSch), cenSch, peppolSch };
}

/** `--official <dir>` or OFFICIAL_SCH_DIR, else undefined. */
export function officialDir(argv: readonly string[] = process.argv): string | undefined {
  const k = argv.indexOf('--official');
  return k >= 0 ? argv[k + 1] : process.env['OFFICIAL_SCH_DIR'];
}

const ms = (t: Timing | number): string => (typeof t === 'number' ? t : t.median).toFixed(3).padStart(9);
const ratio = (ref: Timing, ours: Timing): string => `${(ref.median / ours.median).toFixed(0)}x`.padStart(7);
const load = (): string => loadavg().map((x) => x.toFixed(2)).join(' ');

export async function benchPacks(corpusDir: string): Promise<string[]> {
  const rows: string[] = [];
  const dir = officialDir();
  for (const pair of [await packs(), ...(dir === undefined ? [] : [await officialPacks(resolve(dir))])]) rows.push(...(await benchPair(corpusDir, pair)));
  return rows;
}

async function benchPair(corpusDir: string, { label, cen, peppol, cenSch, peppolSch }: PackPair): Promise<string[]> {
  const validator = createValidator({ ruleSet: 'peppol-bis-billing-3', packs: { replace: [cen, peppol] } });
  const rows: string[] = [`${label}; load average at start: ${load()}`];
  rows.push(
    'document                        KB   ours CEN  ours C+P  ours full     ref CEN   ref C+P  CEN ratio  C+P/full  (medians, ms)',
  );
  const docs = [
    'peppol/examples/base-example.xml',
    'peppol/examples/Allowance-example.xml',
    'peppol/examples/Vat-category-S.xml',
    'peppol/examples/base-creditnote-correction.xml',
    'peppol/examples/vat-category-E.xml',
  ].map((path) => ({ name: path.slice(path.lastIndexOf('/') + 1), text: readFileSync(resolve(corpusDir, path), 'utf8') }));
  const ours: { cen: Timing; both: Timing; full: Timing }[] = [];
  for (const { text } of docs) {
    const bytes = Buffer.from(text);
    const tree = (): XmlDocument => parse(text);
    const [cenT, bothT, fullT] = await measureInterleaved([
      { fn: (d) => runTogether([cen], d as XmlDocument), prepare: tree },
      { fn: (d) => runTogether([cen, peppol], d as XmlDocument), prepare: tree },
      { fn: () => validator.validate(bytes), prepare: () => undefined },
    ]);
    ours.push({ cen: cenT!, both: bothT!, full: fullT! });
  }
  const cenRef = await createReferenceRunner(cenSch);
  const peppolRef = await createReferenceRunner(peppolSch);
  for (const [k, { name, text }] of docs.entries()) {
    const refCen = await measure(() => cenRef.run(text), { warmup: 5, minRuns: 15, minMs: 1500 });
    const refBoth = await measure(
      async () => {
        await cenRef.run(text);
        await peppolRef.run(text);
      },
      { warmup: 5, minRuns: 15, minMs: 1500 },
    );
    const o = ours[k]!;
    rows.push(
      `${name.padEnd(30)} ${(Buffer.byteLength(text) / 1024).toFixed(1).padStart(4)} ${ms(o.cen)} ${ms(o.both)} ${ms(o.full)}   ${ms(refCen)} ${ms(refBoth)}    ${ratio(refCen, o.cen)}   ${ratio(refBoth, o.full)}`,
    );
  }
  rows.push(`load average at end of section: ${load()}`);
  return rows;
}

export async function benchLinearity(corpusDir: string, referenceBudgetMs = 120_000): Promise<string[]> {
  const { cen, peppol, cenSch, peppolSch } = await packs();
  const validator = createValidator({ ruleSet: 'peppol-bis-billing-3', packs: { replace: [cen, peppol] } });
  const rows: string[] = [`load average at start: ${load()}`];
  rows.push('invoice lines     KB   ours C+P  per 1,000 lines   ours full  per 1,000 lines   firings   runs   ref C+P (ms, one run)');
  const sizes = [1000, 10_000];
  const ours: { lines: number; text: string; kb: number; firings: number; both: Timing; full: Timing }[] = [];
  for (const lines of sizes) {
    const text = generateLargeInvoice(lines);
    const bytes = Buffer.from(text);
    const opts = lines > 5000 ? { warmup: 1, minRuns: 5, minMs: 3000, maxMs: 60_000 } : { warmup: 2, minRuns: 9, minMs: 3000, maxMs: 30_000 };
    const firings = runTogether([cen, peppol], parse(text));
    const both = await measureRules(text, [cen, peppol], opts);
    const full = await measure(() => validator.validate(bytes), opts);
    ours.push({ lines, text, kb: bytes.length / 1024, firings, both, full });
  }
  // The reference engine, after our runs: measured once at 1,000 lines; at 10,000 only if the linear estimate fits the budget.
  const cenRef = await createReferenceRunner(cenSch);
  const peppolRef = await createReferenceRunner(peppolSch);
  let refPerLine: number | undefined;
  for (const { lines, text, kb, firings, both, full } of ours) {
    let ref: string;
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
      `${String(lines).padStart(13)} ${kb.toFixed(0).padStart(6)} ${ms(both)} ${ms((both.median * 1000) / lines).padStart(16)} ${ms(full).padStart(11)} ${ms((full.median * 1000) / lines).padStart(16)} ${String(firings).padStart(9)} ${String(both.runs).padStart(6)}   ${ref}`,
    );
  }
  const perK = (k: number) => ({ packs: ours[k]!.both.median / ours[k]!.lines, full: ours[k]!.full.median / ours[k]!.lines });
  const small = perK(0);
  const large = perK(1);
  const largeFull = ours[1]!.full.median;
  rows.push(
    `linearity: ms per 1,000 lines at 10,000 / at 1,000 = ${(large.packs / small.packs).toFixed(2)} (packs), ${(large.full / small.full).toFixed(2)} (full); ` +
      `10,000 lines fully validated in ${(largeFull / 1000).toFixed(2)} s (target under 1 s: ${largeFull < 1000 ? 'met' : 'NOT met'})`,
  );
  rows.push(`load average at end of section: ${load()}`);
  return rows;
}
