/**
 * Build-time only: reads a set of XML Schema documents with our own parser, follows
 * `xsd:import` and `xsd:include` (relative schemaLocation only, never the network), and
 * indexes the top-level components by expanded name.
 */
import { readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { parseXml } from '../../src/xml/index.js';
import type { XmlElement } from '../../src/xml/index.js';

export const XS = 'http://www.w3.org/2001/XMLSchema';

/** One loaded schema document. */
export interface SchemaDoc {
  /** Path relative to the schema root folder (used in messages and ordering). */
  readonly file: string;
  readonly root: XmlElement;
  readonly tns: string;
  readonly elementQualified: boolean;
  readonly attributeQualified: boolean;
}

/** A top-level schema component and the document it was declared in. */
export interface Component {
  readonly node: XmlElement;
  readonly doc: SchemaDoc;
}

export class XsdError extends Error {}

/** `{ns}local`, the key of every component table. */
export function expandedName(ns: string, local: string): string {
  return `{${ns}}${local}`;
}

export function attr(el: XmlElement, name: string): string | undefined {
  for (const a of el.attributes) if (a.ns === '' && a.local === name) return a.value;
  return undefined;
}

/** Child elements in the XML Schema namespace, skipping annotations. */
export function xsChildren(el: XmlElement): XmlElement[] {
  const out: XmlElement[] = [];
  for (const c of el.children) {
    if (c.kind !== 'element') continue;
    if (c.ns !== XS) throw new XsdError(`unexpected ${c.local} in ${el.local} at line ${c.pos.line}`);
    if (c.local !== 'annotation') out.push(c);
  }
  return out;
}

/** Where a schema node is, for error messages. */
export function where(doc: SchemaDoc, el: XmlElement): string {
  return `${doc.file}:${el.pos.line}`;
}

/**
 * The internal DTD subset of the xmldsig schema only declares a fixed `xmlns:ds` (which the schema
 * element also declares) and an entity that is never referenced. Our parser refuses any DOCTYPE,
 * so such a declaration is blanked out (line breaks kept, so positions stay exact). A DOCTYPE with
 * anything else (an external subset, or a referenced entity) is refused.
 */
function blankHarmlessDoctype(text: string, file: string): string {
  const start = text.indexOf('<!DOCTYPE');
  if (start < 0) return text;
  const open = text.indexOf('[', start);
  const close = text.indexOf(']>', start);
  if (open < 0 || close < 0 || open > close) throw new XsdError(`${file}: DOCTYPE without an internal subset is not supported`);
  const head = text.slice(start, open);
  if (/\b(SYSTEM|PUBLIC)\b/.test(head)) throw new XsdError(`${file}: DOCTYPE with an external subset is not supported`);
  const rest = text.slice(close + 2);
  if (/&(?!(lt|gt|amp|quot|apos|#[0-9]+|#x[0-9a-fA-F]+);)/.test(rest)) {
    throw new XsdError(`${file}: the schema references DTD entities`);
  }
  const blank = text.slice(start, close + 2).replace(/[^\r\n]/g, ' ');
  return text.slice(0, start) + blank + rest;
}

export class SchemaSet {
  readonly docs: SchemaDoc[] = [];
  readonly elements = new Map<string, Component>();
  readonly complexTypes = new Map<string, Component>();
  readonly simpleTypes = new Map<string, Component>();
  readonly attributes = new Map<string, Component>();
  private readonly loaded = new Set<string>();

  constructor(private readonly base: string) {}

  /** Load a schema document (path relative to the root folder) and everything it imports or includes. */
  load(file: string): SchemaDoc {
    return this.loadAbs(resolve(this.base, file));
  }

  private loadAbs(abs: string): SchemaDoc {
    const file = relative(this.base, abs).split('\\').join('/');
    const text = blankHarmlessDoctype(readFileSync(abs, 'utf8'), file);
    const parsed = parseXml(text);
    if (!parsed.ok) throw new XsdError(`${file}:${parsed.error.line}: ${parsed.error.message}`);
    const root = parsed.document.root;
    if (root.ns !== XS || root.local !== 'schema') throw new XsdError(`${file}: not an XML Schema document`);
    const doc: SchemaDoc = {
      file,
      root,
      tns: attr(root, 'targetNamespace') ?? '',
      elementQualified: attr(root, 'elementFormDefault') === 'qualified',
      attributeQualified: attr(root, 'attributeFormDefault') === 'qualified',
    };
    this.loaded.add(abs);
    this.docs.push(doc);
    const follow: string[] = [];
    for (const c of xsChildren(root)) {
      const name = attr(c, 'name');
      switch (c.local) {
        case 'import':
        case 'include': {
          const loc = attr(c, 'schemaLocation');
          if (loc === undefined) throw new XsdError(`${where(doc, c)}: ${c.local} without schemaLocation`);
          if (/^[a-z][a-z0-9+.-]*:/i.test(loc)) throw new XsdError(`${where(doc, c)}: only relative schemaLocation is supported`);
          follow.push(resolve(dirname(abs), loc));
          break;
        }
        case 'element':
          this.register(this.elements, doc, c, name);
          break;
        case 'complexType':
          this.register(this.complexTypes, doc, c, name);
          break;
        case 'simpleType':
          this.register(this.simpleTypes, doc, c, name);
          break;
        case 'attribute':
          this.register(this.attributes, doc, c, name);
          break;
        default:
          throw new XsdError(`${where(doc, c)}: top-level xsd:${c.local} is not supported`);
      }
    }
    for (const other of follow) {
      if (this.loaded.has(other)) continue;
      const sub = this.loadAbs(other);
      if (sub.tns !== doc.tns && this.isInclude(root, other, abs)) {
        throw new XsdError(`${sub.file}: included schema has another target namespace (chameleon include is not supported)`);
      }
    }
    return doc;
  }

  private isInclude(root: XmlElement, other: string, abs: string): boolean {
    for (const c of xsChildren(root)) {
      const loc = attr(c, 'schemaLocation');
      if (c.local === 'include' && loc !== undefined && resolve(dirname(abs), loc) === other) return true;
    }
    return false;
  }

  private register(table: Map<string, Component>, doc: SchemaDoc, node: XmlElement, name: string | undefined): void {
    if (name === undefined) throw new XsdError(`${where(doc, node)}: top-level xsd:${node.local} without a name`);
    const key = expandedName(doc.tns, name);
    if (table.has(key)) throw new XsdError(`${where(doc, node)}: ${key} is declared twice`);
    table.set(key, { node, doc });
  }
}

/** Resolve a QName attribute value against the namespace declarations in scope at `el`. */
export function resolveQName(el: XmlElement, qname: string, doc: SchemaDoc): { ns: string; local: string } {
  const colon = qname.indexOf(':');
  const prefix = colon < 0 ? '' : qname.slice(0, colon);
  const local = colon < 0 ? qname : qname.slice(colon + 1);
  if (prefix === 'xml') return { ns: 'http://www.w3.org/XML/1998/namespace', local };
  let cur: XmlElement | null = el;
  while (cur !== null) {
    const uri = cur.nsDecls?.get(prefix);
    if (uri !== undefined) return { ns: uri, local };
    cur = cur.parent.kind === 'element' ? cur.parent : null;
  }
  if (prefix === '') return { ns: '', local };
  throw new XsdError(`${where(doc, el)}: undeclared prefix in ${qname}`);
}
