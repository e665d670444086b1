/**
 * ubl-invoice-validator: validate Peppol BIS Billing 3.0, EN 16931 (UBL 2.1) and Svefaktura 1.0
 * invoices. Public API: re-exports only.
 */
export { validate, createValidator, type Validator } from './engine/validate.js';
export {
  ValidationReportSchema,
  ValidateOptionsSchema,
  IssueSchema,
  SeveritySchema,
  DocumentTypeSchema,
  type ValidationReport,
  type ValidateOptions,
  type Issue,
  type XmlIssue,
  type SchemaIssue,
  type RuleIssue,
  type Severity,
  type DocumentType,
  type Location,
  type RuleSetRef,
  type Language,
  type Timings,
} from './report/schema.js';
export { formatReports, FORMATS, type FormatName, type NamedReport } from './report/format/index.js';
export { RULE_SETS, type RuleSetId, type RuleSetRelease } from './rulesets/index.js';
export type { RulePack, PackFinding, PackContext, AssertionInfo } from './engine/pack.js';
export { RuleEvaluationError } from './engine/pack.js';
export type { Position } from './xml/tree.js';
