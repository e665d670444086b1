/**
 * The conformance runner: validates every document of a corpus with its rule set forced and
 * compares with the official verdicts in `expected.json` (format: ../shared/corpus/README.md).
 *
 * A document is rules-exact when the multiset of (rule id, flag) we fire equals the official one;
 * schema-verdict when our well-formedness+structure verdict equals the XSD verdict; valid-verdict
 * when `valid` agrees; document-type when detection agrees.
 */
import { readFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createValidator, type Validator } from '../../src/engine/validate.js';
import type { RulePack } from '../../src/engine/pack.js';
import type { Issue, ValidationReport } from '../../src/report/schema.js';

export interface ExpectedFiring {
  readonly id: string;
  readonly flag: string;
  readonly location: string;
}

export interface ExpectedDocument {
  readonly path: string;
  readonly part: string;
  readonly documentType: string;
  readonly ruleSet: string;
  readonly ruleSetVersion: string;
  readonly xsd: { readonly valid: boolean; readonly errors?: readonly string[] };
  /** The official stylesheets run, in order. */
  readonly schematron: readonly string[];
  readonly fired: readonly ExpectedFiring[];
  /** Present when an official stylesheet stopped with a dynamic error. */
  readonly schematronErrors?: readonly { readonly schematron: string; readonly message: string }[];
  readonly valid: boolean;
}

export const MEASURES = ['rulesExact', 'schemaVerdict', 'validVerdict', 'documentType'] as const;
export type Measure = (typeof MEASURES)[number];

export interface PartResult {
  documents: number;
  rulesExact: number;
  schemaVerdict: number;
  validVerdict: number;
  documentType: number;
}

export interface Mismatch {
  readonly path: string;
  readonly measures: readonly Measure[];
  /** (id, flag) fired officially but not by us, with the official location. */
  readonly missing: readonly ExpectedFiring[];
  /** (id, flag) we fired that the official run did not, with our location. */
  readonly extra: readonly ExpectedFiring[];
  readonly schema: { readonly expected: boolean; readonly ours: boolean; readonly firstIssue?: string };
  readonly documentType: { readonly expected: string; readonly ours: string };
}

export interface ConformanceResult {
  readonly parts: Record<string, PartResult>;
  readonly total: PartResult;
  readonly mismatches: readonly Mismatch[];
  readonly seconds: number;
}

/** The default corpus: `../shared/corpus` beside the repository root. */
export function defaultCorpusDir(): string {
  return resolve(import.meta.dirname, '../../../shared/corpus');
}

export function loadExpected(corpusDir: string): ExpectedDocument[] {
  const file = join(corpusDir, 'expected.json');
  if (!existsSync(file)) {
    throw new Error(`conformance corpus not found: ${file} is missing (the corpus lives in ../shared/corpus beside the repository)`);
  }
  return JSON.parse(readFileSync(file, 'utf8')) as ExpectedDocument[];
}

function isCounted(i: Issue): boolean {
  return i.source === 'rule' && i.ruleId !== null && !i.ruleId.startsWith('engine:');
}

/** Multiset difference a - b on (id, flag) keys, keeping the entries of a. */
function minus(a: readonly ExpectedFiring[], b: readonly ExpectedFiring[]): ExpectedFiring[] {
  const pool = new Map<string, number>();
  for (const f of b) pool.set(`${f.id}\u0000${f.flag}`, (pool.get(`${f.id}\u0000${f.flag}`) ?? 0) + 1);
  const out: ExpectedFiring[] = [];
  for (const f of a) {
    const key = `${f.id}\u0000${f.flag}`;
    const n = pool.get(key) ?? 0;
    if (n > 0) pool.set(key, n - 1);
    else out.push(f);
  }
  return out;
}

export function ourFirings(report: ValidationReport): ExpectedFiring[] {
  return report.issues.filter(isCounted).map((i) => ({ id: i.ruleId ?? '', flag: i.severity, location: i.location.path }));
}

export interface RunOptions {
  readonly corpusDir?: string;
  /** Only documents whose path contains this substring. */
  readonly only?: string;
  /**
   * Packs to run instead of the rule set's own (e.g. the official Schematron compiled by us);
   * `undefined` keeps the rule set's packs, `null` skips the rule set's documents.
   */
  readonly packsFor?: (ruleSet: string) => readonly RulePack[] | null | undefined;
}

export function runConformance(options: RunOptions = {}): ConformanceResult {
  const start = performance.now();
  const corpusDir = options.corpusDir ?? defaultCorpusDir();
  const docs = loadExpected(corpusDir).filter(
    (d) => (options.only === undefined || d.path.includes(options.only)) && options.packsFor?.(d.ruleSet) !== null,
  );
  const validators = new Map<string, Validator>();
  const parts: Record<string, PartResult> = {};
  const total: PartResult = { documents: 0, rulesExact: 0, schemaVerdict: 0, validVerdict: 0, documentType: 0 };
  const mismatches: Mismatch[] = [];
  for (const d of docs) {
    const spec = `${d.ruleSet}@${d.ruleSetVersion}`;
    let validator = validators.get(spec);
    if (validator === undefined) {
      const packs = options.packsFor?.(d.ruleSet);
      validator = createValidator(packs === undefined || packs === null ? { ruleSet: spec } : { ruleSet: spec, packs: { replace: [...packs] } });
      validators.set(spec, validator);
    }
    const report = validator.validate(readFileSync(join(corpusDir, d.path)));
    const ours = ourFirings(report);
    const missing = minus(d.fired, ours);
    const extra = minus(ours, d.fired);
    const schemaIssues = report.issues.filter((i) => i.source === 'xml' || i.source === 'schema');
    const schemaOk = schemaIssues.length === 0;
    const ok: Record<Measure, boolean> = {
      rulesExact: missing.length === 0 && extra.length === 0,
      schemaVerdict: schemaOk === d.xsd.valid,
      validVerdict: report.valid === d.valid,
      documentType: report.documentType === d.documentType,
    };
    const part = (parts[d.part] ??= { documents: 0, rulesExact: 0, schemaVerdict: 0, validVerdict: 0, documentType: 0 });
    part.documents++;
    total.documents++;
    for (const m of MEASURES) {
      if (ok[m]) {
        part[m]++;
        total[m]++;
      }
    }
    const failed = MEASURES.filter((m) => !ok[m]);
    if (failed.length > 0) {
      const first = schemaIssues[0];
      mismatches.push({
        path: d.path,
        measures: failed,
        missing,
        extra,
        schema: { expected: d.xsd.valid, ours: schemaOk, ...(first ? { firstIssue: `${first.location.line ?? '?'}: ${first.ruleId} ${first.message}` } : {}) },
        documentType: { expected: d.documentType, ours: report.documentType },
      });
    }
  }
  return { parts, total, mismatches, seconds: (performance.now() - start) / 1000 };
}

function pct(n: number, of: number): string {
  return of === 0 ? '-' : `${((100 * n) / of).toFixed(1)}%`;
}

/** The table printed by `npm run conformance`. */
export function formatTable(result: ConformanceResult): string {
  const rows = Object.entries(result.parts).sort(([a], [b]) => (a < b ? -1 : 1));
  const head = ['part', 'docs', 'rules-exact', 'schema-verdict', 'valid-verdict', 'doc-type'];
  const body = [...rows, ['total', result.total] as const].map(([name, p]) => [
    name,
    String(p.documents),
    pct(p.rulesExact, p.documents),
    pct(p.schemaVerdict, p.documents),
    pct(p.validVerdict, p.documents),
    pct(p.documentType, p.documents),
  ]);
  const widths = head.map((h, c) => Math.max(h.length, ...body.map((r) => r[c]!.length)));
  const line = (cells: readonly string[]) => cells.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ');
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)].join('\n');
}

export function formatMismatches(result: ConformanceResult, show: number): string {
  const out: string[] = [];
  for (const m of result.mismatches.slice(0, show)) {
    out.push(`${m.path}: ${m.measures.join(', ')}`);
    if (m.measures.includes('documentType')) out.push(`    document type: expected ${m.documentType.expected}, ours ${m.documentType.ours}`);
    if (m.measures.includes('schemaVerdict')) {
      out.push(`    schema: expected ${m.schema.expected ? 'valid' : 'invalid'}, ours ${m.schema.ours ? 'valid' : 'invalid'}${m.schema.firstIssue ? ` (${m.schema.firstIssue})` : ''}`);
    }
    for (const f of m.missing.slice(0, 6)) out.push(`    missing ${f.id} ${f.flag} at ${f.location}`);
    if (m.missing.length > 6) out.push(`    ... ${m.missing.length - 6} more missing`);
    for (const f of m.extra.slice(0, 6)) out.push(`    extra   ${f.id} ${f.flag} at ${f.location}`);
    if (m.extra.length > 6) out.push(`    ... ${m.extra.length - 6} more extra`);
  }
  if (result.mismatches.length > show) out.push(`... and ${result.mismatches.length - show} more documents with mismatches`);
  return out.join('\n');
}

export type Baseline = Record<string, PartResult>;

/** Parts and measures where `result` is below `baseline` (the ratchet). */
export function regressions(result: ConformanceResult, baseline: Baseline): string[] {
  const out: string[] = [];
  for (const [part, base] of Object.entries(baseline)) {
    const now = result.parts[part];
    if (now === undefined) {
      out.push(`${part}: missing from this run`);
      continue;
    }
    for (const m of MEASURES) if (now[m] < base[m]) out.push(`${part}: ${m} fell from ${base[m]} to ${now[m]} of ${now.documents}`);
  }
  return out;
}
