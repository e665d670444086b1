/**
 * A strict, non-validating XML 1.0 parser with namespaces, written for one job: turning an
 * invoice into the light tree of `tree.ts` with exact positions, fast and safely.
 *
 * What it does not do, on purpose:
 * - No DTD: a DOCTYPE is refused. So entities other than the five predefined ones are errors,
 *   nothing is ever expanded, and nothing external is ever fetched.
 * - No recovery: the first well-formedness error ends the parse; the error carries its position.
 * - Comments and processing instructions are checked for well-formedness and then dropped.
 * - Name characters: ASCII names are checked exactly; any non-ASCII character is accepted in names.
 *
 * Limits (all configurable): input size, element nesting depth, name length, attributes per element.
 * The parser is iterative, so deep input cannot overflow the call stack.
 */
import { decodeXml } from './decode.js';
import { detach, expandedName, type ExpandedName } from './names.js';
import { AttributeNode, ElementNode, LineIndex, TextNode } from './nodes.js';
import { hashStep, qnameAt, type QName } from './qnames.js';
import { isXmlSpace, type Position, type XmlAttribute, type XmlChild, type XmlDocument, type XmlElement, type XmlProcessingInstruction } from './tree.js';

export interface ParseLimits {
  /** Largest accepted input, in bytes (or UTF-16 code units for string input). Default 100 MB. */
  readonly maxBytes: number;
  /** Deepest accepted element nesting (the root is depth 1). Default 256. */
  readonly maxDepth: number;
  /** Longest accepted element or attribute name, in UTF-16 code units. Default 1,000. */
  readonly maxNameLength: number;
  /** Most attributes accepted on one element. Default 1,000. */
  readonly maxAttributes: number;
}

export const DEFAULT_LIMITS: ParseLimits = {
  maxBytes: 100 * 1024 * 1024,
  maxDepth: 256,
  maxNameLength: 1000,
  maxAttributes: 1000,
};

export type XmlErrorCode =
  | 'xml:empty'
  | 'xml:too-large'
  | 'xml:too-deep'
  | 'xml:name-too-long'
  | 'xml:too-many-attributes'
  | 'xml:invalid-encoding'
  | 'xml:unsupported-encoding'
  | 'xml:doctype'
  | 'xml:undefined-entity'
  | 'xml:undeclared-prefix'
  | 'xml:invalid-char'
  | 'xml:multiple-roots'
  | 'xml:no-root'
  | 'xml:mismatched-tag'
  | 'xml:duplicate-attribute'
  | 'xml:syntax';

/** A well-formedness (or limit) error, with the position where it was found. */
export interface XmlError {
  readonly code: XmlErrorCode;
  readonly message: string;
  readonly line: number;
  readonly column: number;
  readonly offset: number;
}

export type ParseResult = { readonly ok: true; readonly document: XmlDocument } | { readonly ok: false; readonly error: XmlError };

const XML_NS = 'http://www.w3.org/XML/1998/namespace';
const XMLNS_NS = 'http://www.w3.org/2000/xmlns/';
const INVALID_CHAR = /[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

class XmlSyntaxError extends Error {
  constructor(
    readonly code: XmlErrorCode,
    message: string,
    readonly at: number,
  ) {
    super(message);
  }
}

/**
 * Scope stamps, for the name cache (see `qnames.ts`): a stamp stands for one set of namespace
 * bindings in scope, so a name resolved under a stamp resolves the same wherever that stamp
 * holds. Stamp 0 is the scope without declarations. An element that declares namespaces gets the
 * stamp of (its parent's stamp, its declarations), the same in every document that declares
 * the same namespaces in the same order, so invoices of one kind find their names resolved by
 * the ones before. Bounded: past `MAX_SCOPES` distinct scopes, each new one gets a fresh stamp
 * that nothing else ever shares (only misses, never a wrong name).
 */
const MAX_SCOPES = 1000;
const scopeIds = new Map<string, number>();
let scopeStamps = 0;

function scopeStamp(parent: number, decls: ReadonlyMap<string, string>): number {
  let key = String(parent);
  for (const [p, uri] of decls) key += ` ${p.length}:${p}${uri.length}:${uri}`;
  const known = scopeIds.get(key);
  if (known !== undefined) return known;
  const stamp = ++scopeStamps;
  if (scopeIds.size < MAX_SCOPES) scopeIds.set(detach(key), stamp);
  return stamp;
}

/** Parse bytes or text into a tree. Never throws for bad input. */
export function parseXml(input: string | Uint8Array, limits: Partial<ParseLimits> = {}): ParseResult {
  const lim: ParseLimits = { ...DEFAULT_LIMITS, ...limits };
  const size = input.length;
  if (size === 0) return fail('xml:empty', 'the document is empty', 1, 1, 0);
  if (size > lim.maxBytes) {
    return fail('xml:too-large', `the document is ${size} bytes, over the limit of ${lim.maxBytes} bytes`, 1, 1, 0);
  }
  const decoded = decodeXml(input);
  if (!decoded.ok) return fail(decoded.code, decoded.message, 1, 1, 0);
  const parser = new Parser(decoded.text, lim, decoded.encoding);
  try {
    return { ok: true, document: parser.parseDocument() };
  } catch (e) {
    if (e instanceof XmlSyntaxError) {
      const p = parser.position(Math.min(e.at, decoded.text.length));
      return { ok: false, error: { code: e.code, message: e.message, line: p.line, column: p.column, offset: p.offset } };
    }
    if (e instanceof RangeError) {
      // Defensive: no recursion is expected here, but a RangeError must still become a report.
      return fail('xml:too-large', `the document could not be processed: ${e.message}`, 1, 1, 0);
    }
    throw e;
  }
}

function fail(code: XmlErrorCode, message: string, line: number, column: number, offset: number): ParseResult {
  return { ok: false, error: { code, message, line, column, offset } };
}

class Parser {
  private i = 0;
  private order = 0;
  /** Set by startTag: whether the tag just read was self-closing. */
  private selfClosed = false;
  /** The current scope stamp: names resolved under it stay valid until it changes. */
  private scope = 0;
  /** Stamps of the enclosing scopes, saved when an element with declarations opens. */
  private readonly scopes: number[] = [];
  /** Reused buffers for the attributes of the tag being read: names, values, offsets, and their count. */
  private readonly rawNames: QName[] = [];
  private readonly rawValues: string[] = [];
  private readonly rawAt: number[] = [];
  private rawCount = 0;
  /** Reused buffer for the attribute nodes of the tag being read, copied out in an array of exactly their number. */
  private readonly attrs: XmlAttribute[] = [];
  /**
   * Children of the open elements, in one scratch list: those of the innermost open element
   * start at `kidsFrom` and end before `kidsTop`; `kidsStarts` holds the starts of its ancestors.
   * A closed element gets its children copied out, in an array of exactly their number: growing
   * one array per element by `push` left most of each backing store unused, which was the largest
   * part of the tree's memory and so of the garbage collector's work on large invoices.
   */
  private readonly kids: XmlChild[] = [];
  private kidsTop = 0;
  private kidsFrom = 0;
  private readonly kidsStarts: number[] = [];
  /** Qualified names of the open elements, parallel to the element stack. */
  private readonly qnames: string[] = [];
  /** Where document-level PIs go (set by parseDocument; PIs inside elements are dropped). */
  private docPIs: XmlProcessingInstruction[] | null = null;
  private doc: XmlDocument | null = null;
  private readonly lines: LineIndex;
  constructor(
    private readonly s: string,
    private readonly lim: ParseLimits,
    private readonly encoding: string,
  ) {
    this.lines = new LineIndex(s);
  }

  position(offset: number): Position {
    return this.lines.at(offset);
  }

  private err(code: XmlErrorCode, message: string, at: number = this.i): never {
    throw new XmlSyntaxError(code, message, at);
  }

  parseDocument(): XmlDocument {
    const s = this.s;
    const doc = {
      kind: 'document' as const,
      root: null as unknown as XmlElement,
      children: [] as XmlElement[],
      parent: null,
      order: 0 as const,
      nodeCount: 0,
      encoding: this.encoding,
      processingInstructions: [] as XmlProcessingInstruction[],
    };
    this.docPIs = doc.processingInstructions;
    this.order = 1;
    this.doc = doc as unknown as XmlDocument;
    if (s.startsWith('<?xml') && isSpaceOrEnd(s.charCodeAt(5))) this.xmlDecl();
    this.misc(false);
    if (this.i >= s.length) this.err('xml:no-root', 'no root element: the document has no element at all');
    if (s.charCodeAt(this.i) !== 60 /* < */) {
      this.err('xml:no-root', `expected the root element, found ${describe(s, this.i)}`);
    }
    const root = this.element(doc);
    doc.root = root;
    doc.children.push(root);
    this.misc(true);
    if (this.i < s.length) {
      if (s.charCodeAt(this.i) === 60) this.err('xml:multiple-roots', 'a second root element follows the document element; a document has exactly one root');
      this.err('xml:syntax', `content after the root element: ${describe(s, this.i)}`);
    }
    doc.nodeCount = this.order;
    return doc;
  }

  /** The XML declaration at offset 0. */
  private xmlDecl(): void {
    const s = this.s;
    const end = s.indexOf('?>', 5);
    if (end < 0) this.err('xml:syntax', 'unterminated XML declaration');
    const body = s.slice(5, end);
    if (!/^\s+version\s*=\s*(["'])1\.[0-9]+\1(\s+encoding\s*=\s*(["'])[A-Za-z][A-Za-z0-9._-]*\3)?(\s+standalone\s*=\s*(["'])(yes|no)\5)?\s*$/.test(body)) {
      this.err('xml:syntax', 'malformed XML declaration (expected version, then optional encoding and standalone)');
    }
    this.i = end + 2;
  }

  /** Whitespace, comments and PIs in the prolog (before the root) or the epilog (after it). */
  private misc(afterRoot: boolean): void {
    const s = this.s;
    for (;;) {
      this.skipSpace();
      if (this.i >= s.length) return;
      if (s.charCodeAt(this.i) !== 60) return;
      const next = s.charCodeAt(this.i + 1);
      if (next === 33 /* ! */) {
        if (s.startsWith('<!--', this.i)) {
          this.comment();
          continue;
        }
        if (s.startsWith('<!DOCTYPE', this.i)) {
          this.err(
            'xml:doctype',
            afterRoot
              ? 'a DOCTYPE declaration after the root element is not allowed'
              : 'DOCTYPE declarations are refused: DTDs, entity declarations and external references are never processed',
          );
        }
        this.err('xml:syntax', `unexpected markup ${describe(s, this.i)}`);
      }
      if (next === 63 /* ? */) {
        this.pi(true);
        continue;
      }
      return;
    }
  }

  private skipSpace(): void {
    const s = this.s;
    let i = this.i;
    for (;;) {
      const c = s.charCodeAt(i);
      if (c === 32 || c === 10 || c === 9 || c === 13) i++;
      else break;
    }
    this.i = i;
  }

  private comment(): void {
    const s = this.s;
    const end = s.indexOf('-->', this.i + 4);
    if (end < 0) this.err('xml:syntax', 'unterminated comment');
    const body = s.slice(this.i + 4, end);
    if (body.includes('--') || body.endsWith('-')) this.err('xml:syntax', "'--' is not allowed inside a comment", this.i);
    this.checkChars(body, this.i + 4);
    this.i = end + 3;
  }

  /** A processing instruction; kept (in document order) when it is at document level. */
  private pi(documentLevel = false): void {
    const s = this.s;
    const start = this.i;
    this.i += 2;
    const name = this.name();
    if (name.toLowerCase() === 'xml') this.err('xml:syntax', 'an XML declaration is only allowed at the very start of the document', start);
    const end = s.indexOf('?>', this.i);
    if (end < 0) this.err('xml:syntax', 'unterminated processing instruction', start);
    if (end > this.i && !isXmlSpace(s.charCodeAt(this.i))) this.err('xml:syntax', 'malformed processing instruction');
    const body = s.slice(this.i, end);
    this.checkChars(body, this.i);
    if (documentLevel && this.docPIs !== null && this.doc !== null) {
      this.docPIs.push({ kind: 'processing-instruction', target: name, value: body.replace(/^[ \t\r\n]+/, ''), parent: this.doc, order: this.order++, pos: this.position(start) });
    }
    this.i = end + 2;
  }

  /** An XML Name at the cursor; returns it and advances. */
  private name(): string {
    const s = this.s;
    const start = this.i;
    const c0 = s.charCodeAt(start);
    if (!isNameStart(c0)) this.err('xml:syntax', `expected a name, found ${describe(s, start)}`);
    let i = start + 1;
    const max = start + this.lim.maxNameLength;
    while (i < s.length && isNameChar(s.charCodeAt(i))) {
      i++;
      if (i > max) this.err('xml:name-too-long', `a name is longer than the limit of ${this.lim.maxNameLength} characters`, start);
    }
    this.i = i;
    return s.slice(start, i);
  }

  /** An element or attribute name at the cursor, as a (cached) qualified name; advances. */
  private qname(): QName {
    const s = this.s;
    const start = this.i;
    const c0 = s.charCodeAt(start);
    if (!isNameStart(c0)) this.err('xml:syntax', `expected a name, found ${describe(s, start)}`);
    let h = c0;
    let i = start + 1;
    const max = start + this.lim.maxNameLength;
    for (;;) {
      const c = s.charCodeAt(i);
      if (!isNameChar(c)) break; // also at the end: charCodeAt gives NaN there
      h = hashStep(h, c);
      i++;
      if (i > max) this.err('xml:name-too-long', `a name is longer than the limit of ${this.lim.maxNameLength} characters`, start);
    }
    this.i = i;
    return qnameAt(s, start, i, h);
  }

  /** The element at the cursor (which is at '<'), with all its content; iterative. */
  private element(doc: XmlDocument): XmlElement {
    const s = this.s;
    const stack: ElementNode[] = [];
    const root = this.startTag(doc, stack);
    if (this.selfClosed) {
      root.children = [];
      return root as unknown as XmlElement;
    }
    stack.push(root);
    this.openKids(0);
    while (stack.length > 0) {
      const cur = stack[stack.length - 1]!;
      // Text up to the next '<'.
      const lt = s.indexOf('<', this.i);
      if (lt < 0) {
        this.err('xml:syntax', `unexpected end of document: element <${qn(cur)}> is not closed`, s.length);
      }
      if (lt > this.i) this.text(cur, this.i, lt);
      this.i = lt;
      const next = s.charCodeAt(lt + 1);
      if (next === 47 /* / */) {
        this.endTag(cur);
        this.closeKids(cur);
        if (cur.nsDecls !== null) this.scope = this.scopes.pop()!;
        stack.pop();
        this.qnames.pop();
      } else if (next === 33 /* ! */) {
        if (s.startsWith('<!--', lt)) this.comment();
        else if (s.startsWith('<![CDATA[', lt)) this.cdata(cur);
        else if (s.startsWith('<!DOCTYPE', lt)) this.err('xml:doctype', 'DOCTYPE declarations are refused');
        else this.err('xml:syntax', `unexpected markup ${describe(s, lt)}`);
      } else if (next === 63 /* ? */) {
        this.pi();
      } else {
        if (stack.length >= this.lim.maxDepth) {
          this.err('xml:too-deep', `elements are nested deeper than the limit of ${this.lim.maxDepth} levels`);
        }
        const child = this.startTag(cur as unknown as XmlElement, stack);
        this.kids[this.kidsTop++] = child as unknown as XmlElement;
        if (this.selfClosed) child.children = [];
        else {
          stack.push(child);
          this.openKids(this.kidsTop);
        }
      }
    }
    return root as unknown as XmlElement;
  }

  /** Starts collecting the children of a newly opened element at `from` in the scratch list. */
  private openKids(from: number): void {
    this.kidsStarts.push(this.kidsFrom);
    this.kidsFrom = from;
  }

  /**
   * Gives a closed element its children, copied out of the scratch list into an array of
   * exactly their number, and resumes collecting for its parent.
   */
  private closeKids(el: ElementNode): void {
    const from = this.kidsFrom;
    el.children = exactArray(this.kids, from, this.kidsTop);
    this.kidsTop = from;
    this.kidsFrom = this.kidsStarts.pop()!;
  }

  private startTag(parent: XmlElement | XmlDocument, stack: readonly ElementNode[]): ElementNode {
    const s = this.s;
    const start = this.i;
    this.i++;
    const q = this.qname();
    const qname = q.qname;
    let count = 0;
    let nsDecls: Map<string, string> | null = null;
    let selfClosed = false;
    for (;;) {
      const before = this.i;
      this.skipSpace();
      const c = s.charCodeAt(this.i);
      if (c === 62 /* > */) {
        this.i++;
        break;
      }
      if (c === 47 /* / */) {
        if (s.charCodeAt(this.i + 1) !== 62) this.err('xml:syntax', `expected '>' after '/' in the tag of <${qname}>`);
        this.i += 2;
        selfClosed = true;
        break;
      }
      if (this.i >= s.length) this.err('xml:syntax', `unexpected end of document inside the tag of <${qname}>`);
      if (this.i === before) this.err('xml:syntax', `expected whitespace, '>' or '/>' in the tag of <${qname}>, found ${describe(s, this.i)}`);
      const at = this.i;
      const a = this.qname();
      this.skipSpace();
      if (s.charCodeAt(this.i) !== 61 /* = */) this.err('xml:syntax', `expected '=' after attribute ${a.qname}`);
      this.i++;
      this.skipSpace();
      const value = this.attrValue();
      if (a.qname === 'xmlns' || a.prefix === 'xmlns') {
        // the declared prefix is what follows 'xmlns:' ('' for the default namespace)
        const p = a.colon < 0 ? '' : a.local;
        if (p === 'xmlns') this.err('xml:syntax', 'the prefix xmlns must not be declared', at);
        if (p === 'xml' && value !== XML_NS) this.err('xml:syntax', 'the prefix xml must not be bound to another namespace', at);
        if (p !== '' && value === '') this.err('xml:syntax', `the prefix ${p} cannot be undeclared in XML 1.0`, at);
        if (nsDecls === null) nsDecls = new Map();
        if (nsDecls.has(p)) this.err('xml:duplicate-attribute', `namespace declaration ${a.qname} appears twice`, at);
        nsDecls.set(p, value);
        continue;
      }
      if (count >= this.lim.maxAttributes) {
        this.err('xml:too-many-attributes', `element <${qname}> has more than the limit of ${this.lim.maxAttributes} attributes`, at);
      }
      this.rawNames[count] = a;
      this.rawValues[count] = value;
      this.rawAt[count] = at;
      count++;
    }
    this.rawCount = count;

    if (nsDecls !== null) {
      this.scopes.push(this.scope);
      this.scope = scopeStamp(this.scope, nsDecls);
    }
    let name: ExpandedName;
    if (q.elementScope === this.scope) name = q.element!;
    else {
      if (q.colon >= 0) {
        if (q.malformed) this.err('xml:syntax', `malformed qualified name ${qname}`, start + 1);
        const uri = this.lookup(q.prefix, nsDecls, stack);
        if (uri === undefined) this.err('xml:undeclared-prefix', `the prefix "${q.prefix}" of element <${qname}> is not declared`, start + 1);
        name = expandedName(uri, q.local);
      } else {
        name = expandedName(this.lookup('', nsDecls, stack) ?? '', qname);
      }
      q.element = name;
      q.elementScope = this.scope;
    }
    const el = new ElementNode(name, q.prefix, parent, this.order++, start, this.lines, nsDecls);
    if (count > 0) this.attributes(el, stack);
    if (selfClosed) {
      el.endOffset = this.i - 1;
      if (nsDecls !== null) this.scope = this.scopes.pop()!;
    }
    this.selfClosed = selfClosed;
    if (!selfClosed) this.qnames.push(qname);
    return el;
  }

  /** Builds the attributes of `el` from the buffers filled by `startTag`. */
  private attributes(el: ElementNode, stack: readonly ElementNode[]): void {
    const count = this.rawCount;
    const seen = count > 1 ? new Set<string>() : null;
    const list = this.attrs;
    for (let k = 0; k < count; k++) {
      const a = this.rawNames[k]!;
      const at = this.rawAt[k]!;
      let name: ExpandedName;
      if (a.colon < 0) name = a.attribute ??= expandedName('', a.qname);
      else if (a.attributeScope === this.scope) name = a.attribute!;
      else {
        if (a.malformed) this.err('xml:syntax', `malformed attribute name ${a.qname}`, at);
        const uri = this.lookup(a.prefix, el.nsDecls, stack);
        if (uri === undefined) this.err('xml:undeclared-prefix', `the prefix "${a.prefix}" of attribute ${a.qname} is not declared`, at);
        name = expandedName(uri, a.local);
        a.attribute = name;
        a.attributeScope = this.scope;
      }
      if (seen !== null) {
        if (seen.has(name.key)) this.err('xml:duplicate-attribute', `attribute ${a.qname} appears twice on <${qn(el)}>`, at);
        seen.add(name.key);
      }
      list[k] = new AttributeNode(name, a.prefix, this.rawValues[k]!, el, this.order++, at);
    }
    el.attributes = exactArray(list, 0, count);
  }

  private lookup(prefix: string, own: ReadonlyMap<string, string> | null, stack: readonly ElementNode[]): string | undefined {
    if (prefix === 'xml') return XML_NS;
    if (prefix === 'xmlns') return XMLNS_NS;
    const mine = own?.get(prefix);
    if (mine !== undefined) return mine;
    for (let k = stack.length - 1; k >= 0; k--) {
      const v = stack[k]!.nsDecls?.get(prefix);
      if (v !== undefined) return v;
    }
    return undefined;
  }

  private attrValue(): string {
    const s = this.s;
    const q = s.charCodeAt(this.i);
    if (q !== 34 && q !== 39) this.err('xml:syntax', `an attribute value must be quoted, found ${describe(s, this.i)}`);
    const start = this.i + 1;
    const plainEnd = plainUntil(s, start, s.length, q);
    if (s.charCodeAt(plainEnd) === q) {
      this.i = plainEnd + 1;
      return s.slice(start, plainEnd);
    }
    const end = s.indexOf(q === 34 ? '"' : "'", start);
    if (end < 0) this.err('xml:syntax', 'unterminated attribute value', this.i);
    let v = s.slice(start, end);
    const lt = v.indexOf('<');
    if (lt >= 0) this.err('xml:syntax', "'<' is not allowed in an attribute value", start + lt);
    this.checkChars(v, start);
    if (v.includes('&')) v = this.entities(v, start, true);
    else if (/[\t\n\r]/.test(v)) v = v.replace(/\r\n?/g, '\n').replace(/[\t\n]/g, ' ');
    this.i = end + 1;
    return v;
  }

  private text(parent: ElementNode, start: number, end: number): void {
    const indent = indentation(this.s, start, end);
    if (indent !== null) {
      this.addText(parent, indent, start);
      return;
    }
    if (plainUntil(this.s, start, end, -1) === end) {
      this.addText(parent, this.s.slice(start, end), start);
      return;
    }
    let v = this.s.slice(start, end);
    this.checkChars(v, start);
    const bad = v.indexOf(']]>');
    if (bad >= 0) this.err('xml:syntax', "']]>' is not allowed in text", start + bad);
    if (v.includes('&')) v = this.entities(v, start, false);
    else if (v.includes('\r')) v = v.replace(/\r\n?/g, '\n');
    this.addText(parent, v, start);
  }

  private cdata(parent: ElementNode): void {
    const s = this.s;
    const start = this.i + 9;
    const end = s.indexOf(']]>', start);
    if (end < 0) this.err('xml:syntax', 'unterminated CDATA section');
    let v = s.slice(start, end);
    this.checkChars(v, start);
    if (v.includes('\r')) v = v.replace(/\r\n?/g, '\n');
    this.addText(parent, v, this.i);
    this.i = end + 3;
  }

  /** Appends text, merging with a preceding text node (text and CDATA are one node in XPath). */
  private addText(parent: ElementNode, value: string, at: number): void {
    const top = this.kidsTop;
    if (top > this.kidsFrom) {
      const last = this.kids[top - 1]!;
      if (last.kind === 'text') {
        (last as TextNode).value += value;
        return;
      }
    }
    this.kids[this.kidsTop++] = new TextNode(value, parent, this.order++, at);
  }

  /** Replaces entity and character references; `attr` also applies attribute-value normalization. */
  private entities(v: string, base: number, attr: boolean): string {
    let out = '';
    let k = 0;
    for (;;) {
      const amp = v.indexOf('&', k);
      const chunk = amp < 0 ? v.slice(k) : v.slice(k, amp);
      out += attr ? chunk.replace(/\r\n?/g, '\n').replace(/[\t\n]/g, ' ') : chunk.replace(/\r\n?/g, '\n');
      if (amp < 0) return out;
      const semi = v.indexOf(';', amp + 1);
      if (semi < 0 || semi - amp > 40) this.err('xml:syntax', "'&' must start an entity or character reference ending in ';'", base + amp);
      const ref = v.slice(amp + 1, semi);
      if (ref.charCodeAt(0) === 35 /* # */) {
        const isHex = ref.charCodeAt(1) === 120; /* x */
        const digits = ref.slice(isHex ? 2 : 1);
        if (!(isHex ? /^[0-9A-Fa-f]+$/ : /^[0-9]+$/).test(digits)) this.err('xml:syntax', `malformed character reference &${ref};`, base + amp);
        const cp = parseInt(digits, isHex ? 16 : 10);
        if (!isXmlChar(cp)) this.err('xml:invalid-char', `character reference &${ref}; is not an allowed XML character`, base + amp);
        out += String.fromCodePoint(cp);
      } else {
        switch (ref) {
          case 'lt':
            out += '<';
            break;
          case 'gt':
            out += '>';
            break;
          case 'amp':
            out += '&';
            break;
          case 'quot':
            out += '"';
            break;
          case 'apos':
            out += "'";
            break;
          default:
            this.err('xml:undefined-entity', `entity &${ref}; is not defined: only &lt; &gt; &amp; &quot; &apos; and character references are allowed (DTDs are refused)`, base + amp);
        }
      }
      k = semi + 1;
    }
  }

  private endTag(cur: ElementNode): void {
    const s = this.s;
    const start = this.i;
    const expected = this.qnames[this.qnames.length - 1]!;
    const after = start + 2 + expected.length;
    if (s.startsWith(expected, start + 2) && !isNameChar(s.charCodeAt(after))) {
      this.i = after; // fast path: the name matches, no string is built
    } else {
      this.i += 2;
      const name = this.name();
      this.err('xml:mismatched-tag', `end tag </${name}> does not match the start tag <${qn(cur)}> on line ${cur.pos.line}`, start);
    }
    this.skipSpace();
    if (s.charCodeAt(this.i) !== 62) this.err('xml:syntax', `expected '>' to close the end tag </${expected}>`);
    cur.endOffset = this.i;
    this.i++;
  }

  private checkChars(v: string, base: number): void {
    const m = INVALID_CHAR.exec(v);
    if (m !== null) {
      const code = v.charCodeAt(m.index);
      this.err('xml:invalid-char', `character U+${code.toString(16).toUpperCase().padStart(4, '0')} is not allowed in XML`, base + m.index);
    }
  }
}

/**
 * `items.slice(from, to)`, written as array literals for the usual small counts: V8 tracks where
 * literals are allocated and, seeing that these arrays all live as long as the tree, allocates
 * them directly in the old generation, which spares the garbage collector copying them.
 */
function exactArray<T>(items: readonly T[], from: number, to: number): T[] {
  switch (to - from) {
    case 0:
      return [];
    case 1:
      return [items[from]!];
    case 2:
      return [items[from]!, items[from + 1]!];
    case 3:
      return [items[from]!, items[from + 1]!, items[from + 2]!];
    default:
      return items.slice(from, to);
  }
}

/**
 * Where plain characters from `start` stop: at `end`, at the quote `quote` (a character code,
 * or -1 in text), or at the first character that needs the full treatment of text and attribute
 * values: `&`, `<`, `]`, a control character (in text, tab and LF are plain; in attribute values
 * they become spaces), or any code unit from U+D800 up (surrogates and the non-characters
 * U+FFFE/U+FFFF). A value made only of plain characters is taken as it is, in one pass.
 */
function plainUntil(s: string, start: number, end: number, quote: number): number {
  const text = quote < 0;
  let k = start;
  for (; k < end; k++) {
    const c = s.charCodeAt(k);
    if (c < 0x20 ? !(text && (c === 9 || c === 10)) : c === quote || c === 38 || c === 60 || c === 93 || c >= 0xd800) break;
  }
  return k;
}

/** Longest indentation (after the line break) whose text is shared rather than sliced. */
const MAX_INDENT = 64;
const SPACES: string[] = [];
const TABS: string[] = [];

/**
 * The text of `s` from `start` to `end` when it is a line break (LF or CRLF, read as LF) followed
 * by spaces only or tabs only, as one shared string; else null. Most text nodes of an indented
 * invoice are such; sharing their strings spares a string per node, and they need none of the
 * checks of other text (no invalid character, entity, CR to normalize, or ']]>').
 */
function indentation(s: string, start: number, end: number): string | null {
  let k = start;
  if (s.charCodeAt(k) === 13) k++;
  if (s.charCodeAt(k) !== 10) return null;
  k++;
  const n = end - k;
  if (n > MAX_INDENT) return null;
  if (n === 0) return (SPACES[0] ??= '\n');
  const c = s.charCodeAt(k);
  if (c !== 32 && c !== 9) return null;
  for (let j = k + 1; j < end; j++) if (s.charCodeAt(j) !== c) return null;
  const table = c === 32 ? SPACES : TABS;
  return (table[n] ??= '\n' + String.fromCharCode(c).repeat(n));
}

function qn(el: ElementNode): string {
  return el.prefix === '' ? el.local : `${el.prefix}:${el.local}`;
}

function isSpaceOrEnd(c: number): boolean {
  return Number.isNaN(c) || isXmlSpace(c);
}

function isNameStart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c === 58 || (c >= 0xc0 && c !== 0xd7 && c !== 0xf7 && !(c >= 0xfffe));
}

function isNameChar(c: number): boolean {
  return isNameStart(c) || (c >= 48 && c <= 57) || c === 45 || c === 46 || c === 0xb7;
}

function isXmlChar(cp: number): boolean {
  return cp === 9 || cp === 10 || cp === 13 || (cp >= 0x20 && cp <= 0xd7ff) || (cp >= 0xe000 && cp <= 0xfffd) || (cp >= 0x10000 && cp <= 0x10ffff);
}

function describe(s: string, i: number): string {
  if (i >= s.length) return 'the end of the document';
  const snippet = s.slice(i, i + 12).replace(/[\r\n\t]/g, ' ');
  const c = s.charCodeAt(i);
  if (c < 0x20 || c === 0x7f) return `the control character U+${c.toString(16).toUpperCase().padStart(4, '0')}`;
  return JSON.stringify(snippet);
}

