/**
 * The light XML tree that every validation-time module works on.
 *
 * Design: plain objects, built once by the parser and never mutated afterwards.
 * Comments and processing instructions are dropped; text and CDATA become text nodes
 * (adjacent text and CDATA are merged into one node, as in the XPath data model).
 * Every node carries its document-order index, so `a.order < b.order` is document order,
 * and its exact source position.
 */
import type { ExpandedName } from './names.js';

export type { ExpandedName } from './names.js';

/**
 * A source position.
 * - `line`: 1-based line number (LF, CRLF and CR each end a line).
 * - `column`: 1-based column, counted in Unicode code points (a surrogate pair is one column).
 * - `offset`: 0-based offset in UTF-16 code units into the decoded document text.
 */
export interface Position {
  readonly line: number;
  readonly column: number;
  readonly offset: number;
}

export interface XmlDocument {
  readonly kind: 'document';
  /** The document element. */
  readonly root: XmlElement;
  /** Always `[root]`: comments outside the root are dropped, PIs are in `processingInstructions`. */
  readonly children: readonly XmlElement[];
  /**
   * Processing instructions before and after the root element (children of the document node
   * in XPath), in document order; their `order` places them around the root. PIs inside elements
   * are not kept.
   */
  readonly processingInstructions: readonly XmlProcessingInstruction[];
  readonly parent: null;
  readonly order: 0;
  /** Total number of nodes (document, elements, attributes, texts): orders run from 0 to count - 1. */
  readonly nodeCount: number;
  /** The encoding the bytes were decoded with (e.g. `utf-8`, `iso-8859-1`, `utf-16le`). */
  readonly encoding: string;
}

export interface XmlElement {
  readonly kind: 'element';
  /** Namespace URI, or `''` when the element is in no namespace. */
  readonly ns: string;
  readonly local: string;
  /** The interned expanded name (the same object for every element of this name): fast name tests and lookups. */
  readonly name: ExpandedName;
  /** The prefix as written in the document, `''` for none. */
  readonly prefix: string;
  readonly attributes: readonly XmlAttribute[];
  /** Child elements and text nodes, in document order. */
  readonly children: readonly XmlChild[];
  readonly parent: XmlElement | XmlDocument;
  /** Document-order index (the document node is 0). */
  readonly order: number;
  /** Position of the `<` that opens the start tag. */
  readonly pos: Position;
  /** Position of the `>` that ends the element: of its end tag, or of `/>` when it is empty. */
  readonly endPos: Position;
  /** Namespace declarations made on this element: prefix (`''` for the default) to URI. */
  readonly nsDecls: ReadonlyMap<string, string> | null;
}

export interface XmlAttribute {
  readonly kind: 'attribute';
  readonly ns: string;
  readonly local: string;
  /** The interned expanded name, as for elements. */
  readonly name: ExpandedName;
  readonly prefix: string;
  /** The normalized attribute value (entities replaced, whitespace characters turned into spaces). */
  readonly value: string;
  readonly parent: XmlElement;
  readonly order: number;
  /** Position of the first character of the attribute name. */
  readonly pos: Position;
}

export interface XmlText {
  readonly kind: 'text';
  readonly value: string;
  readonly parent: XmlElement;
  readonly order: number;
  /** Position of the first character of the text. */
  readonly pos: Position;
}

/** A processing instruction at document level (`<?target value?>`). */
export interface XmlProcessingInstruction {
  readonly kind: 'processing-instruction';
  readonly target: string;
  /** The content after the target, leading whitespace removed. */
  readonly value: string;
  readonly parent: XmlDocument;
  readonly order: number;
  readonly pos: Position;
}

export type XmlChild = XmlElement | XmlText;
export type XmlNode = XmlDocument | XmlElement | XmlAttribute | XmlText;

/** XML white space (production S): space, tab, line feed, carriage return. */
export function isXmlSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

/** Whether `s` is empty or all XML white space. */
export function isBlank(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (!isXmlSpace(s.charCodeAt(i))) return false;
  return true;
}

/** The XPath string value of a node: for elements and documents, all descendant text in order. */
export function stringValue(node: XmlNode): string {
  switch (node.kind) {
    case 'attribute':
    case 'text':
      return node.value;
    case 'document':
      return stringValue(node.root);
    case 'element': {
      const kids = node.children;
      if (kids.length === 0) return '';
      if (kids.length === 1) {
        const only = kids[0]!;
        return only.kind === 'text' ? only.value : stringValue(only);
      }
      let out = '';
      for (const kid of kids) out += kid.kind === 'text' ? kid.value : stringValue(kid);
      return out;
    }
  }
}

/** Child elements of an element, in document order. */
export function childElements(el: XmlElement): XmlElement[] {
  const out: XmlElement[] = [];
  for (const kid of el.children) if (kid.kind === 'element') out.push(kid);
  return out;
}

/** The attribute with this namespace URI and local name, or undefined. */
export function getAttribute(el: XmlElement, ns: string, local: string): XmlAttribute | undefined {
  for (const a of el.attributes) if (a.local === local && a.ns === ns) return a;
  return undefined;
}
