/**
 * Structural (XSD-derived) checks: the XML Schema verdict without an XSD engine at validation
 * time. The content models in `schemas/` are generated from the official schemas by
 * `scripts/generate-schemas.ts`; this module picks one by the document element and walks the
 * tree against it (see `validate.ts`). A document element no model declares gives no issues
 * here: the engine reports unknown documents separately.
 */
import type { SchemaIssue } from '../report/schema.js';
import type { XmlDocument } from '../xml/tree.js';
import svefaktura from '../../schemas/svefaktura-1.0.js';
import ubl from '../../schemas/ubl-2.1.js';
import { CompiledModel } from './compiled.js';
import type { SchemaModel } from './model.js';
import { StructureRun } from './validate.js';

export type { SchemaCode } from './validate.js';
export type { SchemaModel } from './model.js';
export { CompiledModel } from './compiled.js';

const SOURCES: readonly SchemaModel[] = [ubl, svefaktura];
let compiled: CompiledModel[] | null = null;

/** The model that declares this document element, or undefined. */
export function modelFor(ns: string, local: string): CompiledModel | undefined {
  compiled ??= SOURCES.map((m) => new CompiledModel(m));
  for (const m of compiled) {
    const id = m.nameId(ns, local);
    if (id !== undefined && m.rootByName.has(id)) return m;
  }
  return undefined;
}

/** Check a document against the content model chosen by its root element. */
export function checkStructure(doc: XmlDocument): SchemaIssue[] {
  const model = modelFor(doc.root.ns, doc.root.local);
  return model === undefined ? [] : checkAgainst(doc, model);
}

/** Check a document against a given model; a document element the model does not declare gives no issues. */
export function checkAgainst(doc: XmlDocument, model: CompiledModel): SchemaIssue[] {
  const root = doc.root;
  const id = model.idOf(root.name);
  const decl = id === undefined ? undefined : model.rootByName.get(id);
  if (decl === undefined) return [];
  const run = new StructureRun(model);
  try {
    run.element(root, model.model.elements[decl]!.t);
  } catch (e) {
    // The walk recurses once per nesting level; only a parse with a raised depth limit can exhaust the stack.
    if (!(e instanceof RangeError)) throw e;
    run.issues.push({
      source: 'schema',
      ruleId: 'schema:too-deep',
      severity: 'fatal',
      message: 'the document is nested too deeply to be checked against the schema',
      location: { path: '/', line: root.pos.line, column: root.pos.column },
    });
  }
  return run.issues;
}
