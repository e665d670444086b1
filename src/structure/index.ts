/**
 * Structural (XSD-derived) checks. Placeholder until the content models land: reports nothing.
 */
import type { SchemaIssue } from '../report/schema.js';
import type { XmlDocument } from '../xml/tree.js';

/** Check a document against the content model chosen by its root element. */
export function checkStructure(doc: XmlDocument): SchemaIssue[] {
  void doc;
  return [];
}
