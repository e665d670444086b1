/**
 * Loads and checks the fact tables of the en16931-ubl syntax and code-list rules
 * (schematron/data/en16931-ubl/*.json). The tables hold facts only: rule ids, flags,
 * the UBL element/attribute paths and the allowed code values.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const DATA_DIR = `${REPO_ROOT}schematron/data/en16931-ubl/`;

const flag = z.enum(['fatal', 'warning', 'information']);

const restriction = z.strictObject({
  id: z.string().regex(/^UBL-CR-\d{3}$/),
  flag,
  /** Where the path is evaluated: from the document element, from each invoice/credit note line, or anywhere. */
  scope: z.enum(['document', 'line', 'anywhere']),
  /** The UBL path (element steps, optional final attribute step) that the restriction is about. */
  path: z.string().min(1),
  /**
   * absent (default): the path must not occur; fixed-value: if present it must have `value`;
   * credit-note-only: allowed in credit notes only; invoiced-object-only: the attribute at the end of the
   * path is allowed only when its owner (first step) has document type code 130.
   */
  kind: z.enum(['absent', 'fixed-value', 'credit-note-only', 'invoiced-object-only']).optional(),
  value: z.string().optional(),
});

const datatypeAttribute = z.strictObject({
  id: z.string().regex(/^UBL-DT-\d{2}$/),
  flag,
  attribute: z.string().regex(/^[A-Za-z]+$/),
  /** The only element that may carry the attribute, if any. */
  allowedOn: z.string().optional(),
});

export const syntaxTablesSchema = z.strictObject({
  source: z.string(),
  restrictions: z.array(restriction),
  datatypeAttributes: z.array(datatypeAttribute),
});

const codeRule = z.strictObject({
  id: z.string().regex(/^BR-CL-\d{2}$/),
  flag,
  /** The rule context (an XSLT match pattern over UBL element names). */
  context: z.string().min(1),
  /** What is checked: `.` (the element's value) or `@name` (an attribute). */
  value: z.string().regex(/^(\.|@[A-Za-z]+)$/),
  /** The code list (a key of `lists`). */
  list: z.string().optional(),
  /**
   * default: the whitespace-normalized value is one of the codes; exact: compared without normalizing;
   * upper-case: compared after upper-casing; by-document-type: the list depends on the element (`lists`);
   * icd-or-sepa: also `extraCode` when inside one of `extraCodeAncestors`.
   */
  kind: z.enum(['exact', 'upper-case', 'by-document-type', 'icd-or-sepa']).optional(),
  lists: z.record(z.string(), z.string()).optional(),
  extraCode: z.string().optional(),
  extraCodeAncestors: z.array(z.string()).optional(),
});

export const codeTablesSchema = z.strictObject({
  source: z.string(),
  rules: z.array(codeRule),
  lists: z.record(z.string(), z.array(z.string().min(1))),
});

export type SyntaxTables = z.infer<typeof syntaxTablesSchema>;
export type Restriction = z.infer<typeof restriction>;
export type DatatypeAttribute = z.infer<typeof datatypeAttribute>;
export type CodeTables = z.infer<typeof codeTablesSchema>;
export type CodeRule = z.infer<typeof codeRule>;

function readJson(name: string): unknown {
  return JSON.parse(readFileSync(`${DATA_DIR}${name}`, 'utf8')) as unknown;
}

export function loadSyntaxTables(): SyntaxTables {
  return syntaxTablesSchema.parse(readJson('syntax-restrictions.json'));
}

export function loadCodeTables(): CodeTables {
  return codeTablesSchema.parse(readJson('codelists.json'));
}
