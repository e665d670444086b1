/**
 * The report contract (shared/DESIGN.md, "Report"). Zod schemas are the source of truth;
 * the TypeScript types are inferred from them. Issues are a union keyed on `source`.
 */
import { z } from 'zod';

/** Structural check for a compiled rule pack passed in options (see src/engine/pack.ts for the full contract). */
interface PackLike {
  readonly id: string;
  readonly version: string;
  run(...args: never[]): unknown;
}

function isPackLike(v: unknown): v is PackLike {
  if (typeof v !== 'object' || v === null) return false;
  const p = v as Record<string, unknown>;
  return typeof p['id'] === 'string' && typeof p['version'] === 'string' && typeof p['run'] === 'function';
}

export const SeveritySchema = z.enum(['fatal', 'warning', 'information']);
export type Severity = z.infer<typeof SeveritySchema>;

/**
 * Where an issue is. `path` is a location path of `prefix:name[position]` steps (UBL prefixes
 * cac/cbc/ext, root unprefixed). `line` is 1-based; `column` is 1-based and counted in code points.
 */
export const LocationSchema = z.object({
  path: z.string(),
  line: z.number().int().positive().optional(),
  column: z.number().int().positive().optional(),
});
export type Location = z.infer<typeof LocationSchema>;

const issueBase = {
  message: z.string(),
  location: LocationSchema,
  businessTerms: z.array(z.string()).readonly().optional(),
  test: z.string().optional(),
};

/** Well-formedness, encoding and limit problems. `ruleId` is the stable code, e.g. `xml:doctype`. Always fatal. */
export const XmlIssueSchema = z.object({
  source: z.literal('xml'),
  ruleId: z.string(),
  severity: z.literal('fatal'),
  ...issueBase,
});

/** Structural (XSD-derived) problems. `ruleId` is the stable code, e.g. `schema:unexpected-element`. Always fatal. */
export const SchemaIssueSchema = z.object({
  source: z.literal('schema'),
  ruleId: z.string(),
  severity: z.literal('fatal'),
  ...issueBase,
});

/** A Schematron assertion that fired (or a rule that could not be evaluated). `severity` is the flag. */
export const RuleIssueSchema = z.object({
  source: z.literal('rule'),
  ruleId: z.string().nullable(),
  severity: SeveritySchema,
  ...issueBase,
  /** The rule set (`id`) whose pack produced it. */
  ruleSet: z.string().optional(),
});

export const IssueSchema = z.discriminatedUnion('source', [XmlIssueSchema, SchemaIssueSchema, RuleIssueSchema]);
export type XmlIssue = z.infer<typeof XmlIssueSchema>;
export type SchemaIssue = z.infer<typeof SchemaIssueSchema>;
export type RuleIssue = z.infer<typeof RuleIssueSchema>;
export type Issue = z.infer<typeof IssueSchema>;

export const DocumentTypeSchema = z.enum([
  'peppol-bis-3-invoice',
  'peppol-bis-3-creditnote',
  'peppol-bis-3-self-billing-invoice',
  'peppol-bis-3-self-billing-creditnote',
  'en16931-ubl-invoice',
  'en16931-ubl-creditnote',
  'svefaktura-1.0',
  'svefaktura-1.0-objectenvelope',
  'unknown',
]);
export type DocumentType = z.infer<typeof DocumentTypeSchema>;

export const RuleSetRefSchema = z.object({ id: z.string(), version: z.string() });
export type RuleSetRef = z.infer<typeof RuleSetRefSchema>;

/** Milliseconds spent in each stage (wall clock, fractional). */
export const TimingsSchema = z.object({
  parse: z.number(),
  structure: z.number(),
  rules: z.number(),
  total: z.number(),
});
export type Timings = z.infer<typeof TimingsSchema>;

export const ValidationReportSchema = z.object({
  /** True when no issue has severity `fatal`. */
  valid: z.boolean(),
  documentType: DocumentTypeSchema,
  customizationId: z.string().optional(),
  profileId: z.string().optional(),
  ruleSets: z.array(RuleSetRefSchema),
  issues: z.array(IssueSchema),
  timings: TimingsSchema.optional(),
});
export type ValidationReport = z.infer<typeof ValidationReportSchema>;

export const LanguageSchema = z.enum(['en', 'sv']);
export type Language = z.infer<typeof LanguageSchema>;

export const ValidateOptionsSchema = z
  .object({
    /** Force a rule set instead of detection: `id` or `id@version`, e.g. `peppol-bis-billing-3@2026.5`. */
    ruleSet: z.string().min(1).optional(),
    /** Message language; default per rule set (Swedish for Svefaktura, else English). */
    lang: LanguageSchema.optional(),
    /** The date that picks the release in force (ISO `YYYY-MM-DD`); default today. */
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD').optional(),
    /** Schematron phase to run, where a pack defines phases. */
    phase: z.string().min(1).optional(),
    /**
     * Change the rule set's packs for this validator: `replace` runs these instead of the rule
     * set's own; `remove` drops packs by id (e.g. keep only the EN 16931 part of Peppol with
     * `remove: ['peppol-bis-billing-3']`); `add` runs more packs after them. Packs are compiled
     * rule packs (`RulePack`), e.g. from `validate-invoice compile`.
     */
    packs: z
      .object({
        add: z.array(z.custom<PackLike>(isPackLike, 'expected a compiled rule pack (id, version, run)')).optional(),
        remove: z.array(z.string().min(1)).optional(),
        replace: z.array(z.custom<PackLike>(isPackLike, 'expected a compiled rule pack (id, version, run)')).optional(),
      })
      .strict()
      .optional(),
    /** Skip the structural (XSD-derived) check. */
    skipStructure: z.boolean().optional(),
    /** Include stage timings in the report. */
    timings: z.boolean().optional(),
    limits: z
      .object({
        maxBytes: z.number().int().positive().optional(),
        maxDepth: z.number().int().positive().optional(),
        maxNameLength: z.number().int().positive().optional(),
        maxAttributes: z.number().int().positive().optional(),
      })
      .strict()
      .optional(),
  })
  .strict();
export type ValidateOptions = z.input<typeof ValidateOptionsSchema>;
