/**
 * The validation pipeline: bytes -> xml (safe parse) -> rulesets (detect, choose) -> structure
 * (content models) -> compiled rule packs -> report. Validation-time only: nothing here imports the
 * compile-time side (XPath/Schematron compiler, SaxonJS).
 *
 * Bad documents never throw: every input yields a report. Only API misuse throws (a TypeError
 * carrying the zod message for bad options, or an unknown forced rule set).
 */
import { z } from 'zod';
import { defaultRuleSet, detectDocument, resolveRuleSet, type RuleSetRelease } from '../rulesets/index.js';
import {
  ValidateOptionsSchema,
  type DocumentType,
  type Issue,
  type Language,
  type RuleIssue,
  type Timings,
  type ValidateOptions,
  type ValidationReport,
} from '../report/schema.js';
import { checkStructure } from '../structure/index.js';
import { parseXml, type ParseLimits } from '../xml/parser.js';
import { nodePath } from '../xml/path.js';
import type { XmlDocument } from '../xml/tree.js';
import { PackRun, walkPacks } from '../xpath/runtime/driver.js';
import { RuleEvaluationError, type PackFinding, type RulePack } from './pack.js';

export interface Validator {
  /** Validate one document given as bytes (encoding detected) or as a string. Never throws for bad documents. */
  validate(input: string | Uint8Array): ValidationReport;
}

type ParsedOptions = z.output<typeof ValidateOptionsSchema>;

function parseOptions(options: ValidateOptions | undefined): ParsedOptions {
  const parsed = ValidateOptionsSchema.safeParse(options ?? {});
  if (!parsed.success) throw new TypeError(`invalid validation options:\n${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** Where releases come from: the registry, or (tests, `--schematron`) a caller's own. */
export interface ReleaseSource {
  resolve(spec: string, date: string): ReturnType<typeof resolveRuleSet>;
  byDocumentType(documentType: DocumentType, date: string): RuleSetRelease | undefined;
}

const REGISTRY: ReleaseSource = { resolve: resolveRuleSet, byDocumentType: defaultRuleSet };

/** Prepare a validator once (options checked, forced rule set resolved) and reuse it. */
export function createValidator(options?: ValidateOptions): Validator {
  return createValidatorWith(options, REGISTRY);
}

/** `createValidator` with another source of rule-set releases (internal: tests and the CLI's `--schematron`). */
export function createValidatorWith(options: ValidateOptions | undefined, source: ReleaseSource): Validator {
  const opts = parseOptions(options);
  const date = opts.date ?? today();
  let forced: RuleSetRelease | undefined;
  if (opts.ruleSet !== undefined) {
    const r = source.resolve(opts.ruleSet, date);
    if (!r.ok) throw new TypeError(`invalid validation options: ${r.message}`);
    forced = r.release;
  }
  const limits: Partial<Record<keyof ParseLimits, number>> = {};
  for (const [k, v] of Object.entries(opts.limits ?? {})) if (v !== undefined) limits[k as keyof ParseLimits] = v;
  const packCache = new Map<RuleSetRelease, readonly RulePack[]>();
  const prepared: Prepared = {
    opts,
    date,
    forced: forced ?? null,
    limits,
    source,
    packsFor(release) {
      let packs = packCache.get(release);
      if (packs === undefined) {
        packs = effectivePacks(release, opts);
        packCache.set(release, packs);
      }
      return packs;
    },
  };
  return {
    validate(input: string | Uint8Array): ValidationReport {
      if (typeof input !== 'string' && !(input instanceof Uint8Array)) {
        throw new TypeError('validate() takes the document as a string or a Uint8Array/Buffer');
      }
      return run(input, prepared);
    },
  };
}

/** What a validator settles once: options, date, forced release, limits, and packs per release. */
interface Prepared {
  readonly opts: ParsedOptions;
  readonly date: string;
  readonly forced: RuleSetRelease | null;
  readonly limits: Partial<ParseLimits>;
  readonly source: ReleaseSource;
  packsFor(release: RuleSetRelease): readonly RulePack[];
}

/** Validate one document. See `createValidator` to reuse options across many documents. */
export function validate(input: string | Uint8Array, options?: ValidateOptions): ValidationReport {
  return createValidator(options).validate(input);
}

function run(input: string | Uint8Array, prepared: Prepared): ValidationReport {
  const { opts, date, forced, limits, source } = prepared;
  const t0 = performance.now();
  const parsed = parseXml(input, limits);
  const t1 = performance.now();
  if (!parsed.ok) {
    const e = parsed.error;
    const issues: Issue[] = [
      { source: 'xml', ruleId: e.code, severity: 'fatal', message: e.message, location: { path: '/', line: e.line, column: e.column } },
    ];
    return finish({ documentType: 'unknown', ruleSets: [], issues }, opts, { parse: t1 - t0, structure: 0, rules: 0, total: t1 - t0 });
  }
  const doc = parsed.document;
  const detection = detectDocument(doc);
  const issues: Issue[] = [];
  const release = forced ?? source.byDocumentType(detection.documentType, date);

  let t2 = t1;
  if (!opts.skipStructure) {
    issues.push(...checkStructure(doc));
    t2 = performance.now();
  }
  if (release === undefined) {
    issues.push({
      source: 'schema',
      ruleId: 'schema:unsupported-document',
      severity: 'fatal',
      message: `not a supported invoice document: the root element is ${detection.root} (expected a UBL 2.1 Invoice or CreditNote, or a Svefaktura 1.0 Invoice or ObjectEnvelope)`,
      location: { path: nodePath(doc.root), line: doc.root.pos.line, column: doc.root.pos.column },
    });
  } else if (!release.roots.includes(detection.root)) {
    issues.push({
      source: 'rule',
      ruleId: 'engine:rule-set-not-applicable',
      severity: 'fatal',
      message: `rule set ${release.id} validates ${release.roots.join(' or ')}, but the root element is ${detection.root}`,
      location: { path: nodePath(doc.root), line: doc.root.pos.line, column: doc.root.pos.column },
      ruleSet: release.id,
    });
  } else {
    const lang: Language = opts.lang ?? release.defaultLang;
    issues.push(...runPacks(prepared.packsFor(release), doc, release, lang, opts.phase));
  }
  const t3 = performance.now();
  return finish(
    {
      documentType: detection.documentType,
      ...(detection.customizationId !== undefined ? { customizationId: detection.customizationId } : {}),
      ...(detection.profileId !== undefined ? { profileId: detection.profileId } : {}),
      ruleSets: release === undefined ? [] : [{ id: release.id, version: release.version }],
      issues,
    },
    opts,
    { parse: t1 - t0, structure: t2 - t1, rules: t3 - t2, total: t3 - t0 },
  );
}

/** The rule set's packs after the caller's `packs` option (replace, then remove, then add). */
function effectivePacks(release: RuleSetRelease, opts: ParsedOptions): readonly RulePack[] {
  const change = opts.packs;
  if (change === undefined) return release.packs;
  const base = (change.replace as readonly RulePack[] | undefined) ?? release.packs;
  const removed = new Set(change.remove ?? []);
  return [...base.filter((p) => !removed.has(p.id)), ...((change.add as readonly RulePack[] | undefined) ?? [])];
}

/**
 * Run the packs, in order. Packs compiled by this library share one walk over the document
 * (`walkPacks`); any other pack runs on its own. Each pack's findings, or its failure, are
 * reported as if it had run alone.
 */
function runPacks(packs: readonly RulePack[], doc: XmlDocument, release: RuleSetRelease, lang: Language, phase: string | undefined): RuleIssue[] {
  const ctx = phase === undefined ? { lang } : { lang, phase };
  const started = packs.map((pack): PackRun | null => {
    if (pack.start === undefined) return null;
    try {
      const r = pack.start(doc, ctx);
      return r instanceof PackRun ? r : null;
    } catch {
      return null; // its own run reports the problem
    }
  });
  const walking = started.filter((r): r is PackRun => r !== null);
  if (walking.length > 0) walkPacks(doc, walking);
  const out: RuleIssue[] = [];
  packs.forEach((pack, i) => {
    const r = started[i];
    out.push(...runPack(pack, () => (r === null || r === undefined ? pack.run(doc, ctx) : (r.result() as PackFinding[])), release));
  });
  return out;
}

function runPack(pack: RulePack, findingsOf: () => PackFinding[], release: RuleSetRelease): RuleIssue[] {
  try {
    const findings = findingsOf();
    return findings.map((f): RuleIssue => {
      const pos = f.node.kind === 'document' ? undefined : f.node.pos;
      return {
        source: 'rule',
        ruleId: f.ruleId,
        severity: f.flag,
        message: f.message,
        location: pos === undefined ? { path: nodePath(f.node) } : { path: nodePath(f.node), line: pos.line, column: pos.column },
        ...(f.businessTerms !== undefined && f.businessTerms.length > 0 ? { businessTerms: f.businessTerms } : {}),
        ...(f.test !== undefined ? { test: f.test } : {}),
        ruleSet: release.id,
      };
    });
  } catch (e) {
    // Fail closed: a rule that cannot be evaluated makes the document invalid, as in the official engines.
    // By name too: a pack compiled separately may carry its own copy of the class.
    const isEval = e instanceof RuleEvaluationError || (e instanceof Error && e.name === 'RuleEvaluationError');
    const ev = isEval ? (e as RuleEvaluationError) : null;
    const node = ev?.node ?? null;
    const pos = node === null || node.kind === 'document' ? undefined : node.pos;
    const what = ev !== null ? `${ev.code}: ${ev.message}` : e instanceof Error ? e.message : String(e);
    return [
      {
        source: 'rule',
        ruleId: 'engine:evaluation-error',
        severity: 'fatal',
        message: `the ${pack.id} rules could not be evaluated${ev !== null && ev.ruleId !== null ? ` (at ${ev.ruleId})` : ''}: ${what}`,
        location: node === null ? { path: '/' } : pos === undefined ? { path: nodePath(node) } : { path: nodePath(node), line: pos.line, column: pos.column },
        ruleSet: release.id,
      },
    ];
  }
}

function finish(
  partial: Omit<ValidationReport, 'valid' | 'timings'>,
  opts: ParsedOptions,
  timings: Timings,
): ValidationReport {
  const valid = !partial.issues.some((i) => i.severity === 'fatal');
  return opts.timings ? { valid, ...partial, timings } : { valid, ...partial };
}
