/**
 * The walk: checks a document tree against a compiled content model in one pass, in document
 * order, reporting issues where an XML Schema validator detects them (start tag: unexpected
 * elements and attributes; end tag: incomplete content and invalid values).
 *
 * After the first content-model error inside an element, its remaining children are no longer
 * matched against that element's content model (as the JDK validator does); each is still
 * checked against its global declaration, if there is one.
 */
import type { SchemaIssue } from '../report/schema.js';
import { nodePath } from '../xml/path.js';
import { sameName, type ExpandedName } from '../xml/names.js';
import { isBlank, type XmlAttribute, type XmlElement, type XmlText } from '../xml/tree.js';
import type { Automaton, PositionInfo } from './automaton.js';
import type { AttributeInfo, CompiledModel } from './compiled.js';
import { checkValue, sameValue } from './datatypes.js';
import type { ComplexTypeDef, SimpleTypeDef, Wildcard } from './model.js';

const XSI = 'http://www.w3.org/2001/XMLSchema-instance';
/**
 * xsi attributes accepted anywhere. `xsi:type` is accepted but not acted on (no corpus document
 * uses it); `xsi:nil` is refused, since no declaration in our schemas is nillable.
 */
const XSI_ALLOWED: ReadonlySet<string> = new Set(['type', 'schemaLocation', 'noNamespaceSchemaLocation']);

export type SchemaCode =
  | 'schema:unexpected-element'
  | 'schema:missing-element'
  | 'schema:out-of-order'
  | 'schema:too-many'
  | 'schema:unknown-attribute'
  | 'schema:missing-attribute'
  | 'schema:invalid-value'
  | 'schema:unexpected-text'
  | 'schema:element-in-simple-content'
  | 'schema:duplicate-id'
  | 'schema:too-deep';

interface At {
  readonly line: number;
  readonly column: number;
}

function qname(el: XmlElement): string {
  return el.prefix === '' ? el.local : `${el.prefix}:${el.local}`;
}

/** Where an element ends: the `>` of its end tag (or of `/>` for an empty element). */
export function endTagPosition(el: XmlElement): At {
  return { line: el.endPos.line, column: el.endPos.column };
}

/** Whether an element name can still occur somewhere after `state` (only computed when reporting). */
function reachable(auto: Automaton, state: number, id: number, nameOf: (decl: number) => number | undefined): boolean {
  const seen = new Set<number>([state]);
  const todo = [state];
  while (todo.length > 0) {
    const s = todo.pop()!;
    for (const p of auto.follow[s]!) {
      const decl = auto.positions[p]!.decl;
      if (decl >= 0 && nameOf(decl) === id) return true;
      if (!seen.has(p + 1)) {
        seen.add(p + 1);
        todo.push(p + 1);
      }
    }
  }
  return false;
}

function findAttribute(table: readonly AttributeInfo[], name: ExpandedName): AttributeInfo | undefined {
  for (const t of table) if (sameName(t.name, name)) return t;
  return undefined;
}

function hasAttribute(attributes: readonly XmlAttribute[], name: ExpandedName): boolean {
  for (const a of attributes) if (sameName(a.name, name)) return true;
  return false;
}

function list(names: readonly string[]): string {
  if (names.length === 1) return names[0]!;
  const shown = names.length > 6 ? [...names.slice(0, 5), `one of ${names.length - 5} more`] : names;
  return `${shown.slice(0, -1).join(', ')} or ${shown[shown.length - 1]!}`;
}

export class StructureRun {
  readonly issues: SchemaIssue[] = [];
  private readonly ids = new Set<string>();

  constructor(private readonly m: CompiledModel) {}

  /** Display name of a document element: the model's prefix for its namespace, else the document's. */
  private label(el: XmlElement | XmlAttribute): string {
    if (el.kind === 'attribute') return el.prefix === '' ? el.local : `${el.prefix}:${el.local}`;
    if (el.parent.kind === 'document') return el.local;
    const p = this.m.prefixOf(el.ns) ?? el.prefix;
    return p === '' ? el.local : `${p}:${el.local}`;
  }

  private report(code: SchemaCode, message: string, node: XmlElement | XmlAttribute, where: At | 'end' = node.pos): void {
    const at = where === 'end' && node.kind === 'element' ? endTagPosition(node) : where === 'end' ? node.pos : where;
    this.issues.push({
      source: 'schema',
      ruleId: code,
      severity: 'fatal',
      message,
      location: { path: nodePath(node), line: at.line, column: at.column },
    });
  }

  /** Validate an element against a type (by index into the model's types). */
  element(el: XmlElement, typeIndex: number): void {
    const def = this.m.type(typeIndex);
    if (def.k === 's') {
      this.simpleAttributes(el);
      this.simpleContent(el, def);
      return;
    }
    this.attributes(el, typeIndex, def);
    if (def.s !== undefined) this.simpleContent(el, this.m.simple(def.s));
    else this.complexContent(el, typeIndex, def);
  }

  /** Validate an element that has no declared type here: by its global declaration if any, else its children likewise. */
  lax(el: XmlElement): void {
    const id = this.m.idOf(el.name);
    const decl = id === undefined ? undefined : this.m.globalByName.get(id);
    if (decl !== undefined) {
      this.element(el, this.m.model.elements[decl]!.t);
      return;
    }
    for (const c of el.children) if (c.kind === 'element') this.lax(c);
  }

  private simpleAttributes(el: XmlElement): void {
    for (const a of el.attributes) {
      if (a.ns === XSI && XSI_ALLOWED.has(a.local)) continue;
      this.report('schema:unknown-attribute', `${this.label(el)} has a simple type and cannot have attribute ${this.label(a)}`, a);
    }
  }

  private attributes(el: XmlElement, typeIndex: number, def: ComplexTypeDef): void {
    const table = this.m.attributes(typeIndex, def);
    for (const a of el.attributes) {
      if (a.ns === XSI && XSI_ALLOWED.has(a.local)) continue;
      const info = findAttribute(table.all, a.name);
      if (info !== undefined) {
        this.value(a.value, this.m.simple(info.use.t), a, info.use.x);
        continue;
      }
      if (def.aw !== undefined && this.m.allows(def.aw.ns, a.ns) && def.aw.pc !== 'strict') continue;
      this.report('schema:unknown-attribute', `attribute ${this.label(a)} is not allowed on ${this.label(el)}`, a);
    }
    for (const t of table.required) {
      if (!hasAttribute(el.attributes, t.name)) {
        this.report('schema:missing-attribute', `${this.label(el)} must have attribute ${t.local}`, el);
      }
    }
  }

  /** What holds a value, for messages: an attribute of its element, or an element (its text). */
  private holder(node: XmlElement | XmlAttribute): string {
    return node.kind === 'attribute' ? `attribute ${this.label(node)} of ${this.label(node.parent)}` : this.label(node);
  }

  /** Check a value held by an attribute (reported there) or by an element as its text (reported at its end tag). */
  private value(raw: string, def: SimpleTypeDef, node: XmlElement | XmlAttribute, fixed?: string): void {
    const r = checkValue(raw, def);
    const at = node.kind === 'attribute' ? undefined : 'end';
    if (r.problem !== null) {
      const message = r.lexical
        ? `'${r.value}' in ${this.holder(node)} is ${r.problem}`
        : `'${r.value}' in ${this.holder(node)} is not valid for ${def.n ?? `xsd:${def.b}`}: ${r.problem}`;
      this.report('schema:invalid-value', message, node, at);
      return;
    }
    if (fixed !== undefined && !sameValue(r.value, fixed, def)) {
      this.report('schema:invalid-value', `${this.holder(node)} must be '${fixed}', found '${r.value}'`, node, at);
    }
    if (def.b === 'ID') {
      if (this.ids.has(r.value)) this.report('schema:duplicate-id', `ID '${r.value}' of ${this.holder(node)} is used more than once`, node, at);
      else this.ids.add(r.value);
    }
  }

  private simpleContent(el: XmlElement, def: SimpleTypeDef): void {
    let text = '';
    for (const c of el.children) {
      if (c.kind === 'element') {
        this.report(
          'schema:element-in-simple-content',
          `${this.label(el)} has simple content and cannot contain element ${this.label(c)}`,
          c,
        );
        return;
      }
      text += c.value;
    }
    this.value(text, def, el);
  }

  private complexContent(el: XmlElement, typeIndex: number, def: ComplexTypeDef): void {
    const auto = this.m.automaton(typeIndex, def);
    let state = 0;
    let failed = false;
    let text: XmlText | null = null;
    for (const c of el.children) {
      if (c.kind === 'text') {
        if (def.m !== 1 && text === null && !isBlank(c.value)) text = c;
        continue;
      }
      if (failed) {
        this.lax(c);
        continue;
      }
      if (auto === null) {
        this.report('schema:unexpected-element', `${this.label(el)} must be empty, found ${this.label(c)}`, c);
        failed = true;
        this.lax(c);
        continue;
      }
      const pos = this.step(auto, state, c);
      if (pos < 0) {
        this.mismatch(el, c, auto, state);
        failed = true;
        this.lax(c);
        continue;
      }
      state = pos + 1;
      const info = auto.positions[pos]!;
      if (info.wildcard !== null) this.wildcardMatch(c, info.wildcard);
      else this.element(c, this.m.model.elements[info.decl]!.t);
    }
    if (text !== null) {
      const shown = text.value.trim().slice(0, 40);
      this.report(
        'schema:unexpected-text',
        `${this.label(el)} may contain only elements, found text '${shown}'`,
        el,
        'end',
      );
    }
    if (!failed && auto !== null && !auto.final[state]) {
      const expected = this.expected(auto, state, true);
      const after = state === 0 ? '' : ` after ${this.posLabel(auto.positions[state - 1]!)}`;
      this.report(
        'schema:missing-element',
        `${this.label(el)} is incomplete: expected ${expected}${after}`,
        el,
        'end',
      );
    }
  }

  /** The position a child element moves to from `state`, or -1. */
  private step(auto: Automaton, state: number, c: XmlElement): number {
    const id = this.m.idOf(c.name);
    if (id !== undefined) {
      const p = auto.next[state]!.get(id);
      if (p !== undefined) return p;
    }
    for (const w of auto.wild[state]!) {
      if (this.m.allows(auto.positions[w]!.wildcard!.ns, c.ns)) return w;
    }
    return -1;
  }

  private wildcardMatch(c: XmlElement, w: Wildcard): void {
    if (w.pc === 'skip') return;
    if (w.pc === 'lax') {
      this.lax(c);
      return;
    }
    const id = this.m.idOf(c.name);
    const decl = id === undefined ? undefined : this.m.globalByName.get(id);
    if (decl === undefined) {
      this.report('schema:unexpected-element', `no declaration is known for ${this.label(c)}, which the schema requires here`, c);
      for (const k of c.children) if (k.kind === 'element') this.lax(k);
      return;
    }
    this.element(c, this.m.model.elements[decl]!.t);
  }

  private posLabel(info: PositionInfo): string {
    if (info.wildcard !== null) return this.m.describeWildcard(info.wildcard.ns);
    return this.m.labels[this.m.declName[info.decl]!]!;
  }

  /** What may come next, for messages: the required elements when there are any (when `preferRequired`), else all. */
  private expected(auto: Automaton, state: number, preferRequired: boolean): string {
    const follow = auto.follow[state]!;
    const required = follow.filter((p) => auto.positions[p]!.required);
    const chosen = preferRequired && required.length > 0 ? required : follow;
    const names: string[] = [];
    for (const p of chosen) {
      const info = auto.positions[p]!;
      const name = this.posLabel(info);
      if (!names.includes(name)) names.push(name);
    }
    return names.length === 0 ? 'no more elements' : list(names);
  }

  private mismatch(parent: XmlElement, c: XmlElement, auto: Automaton, state: number): void {
    const found = this.label(c);
    const where = this.label(parent);
    const prev = state === 0 ? null : auto.positions[state - 1]!;
    const after = prev === null ? `at the start of ${where}` : `after ${this.posLabel(prev)} in ${where}`;
    const id = this.m.idOf(c.name);
    const source = id === undefined ? undefined : auto.sourceOf.get(id);
    const expected = this.expected(auto, state, false);
    if (source === undefined) {
      this.report('schema:unexpected-element', `${found} is not allowed in ${where}: expected ${expected} ${after}`, c);
    } else if (prev !== null && source === prev.source) {
      this.report('schema:too-many', `too many ${found} in ${where}`, c);
    } else if (id !== undefined && reachable(auto, state, id, (p) => this.m.declName[p])) {
      this.report('schema:missing-element', `expected ${this.expected(auto, state, true)} ${after}, found ${found}`, c);
    } else if (prev !== null && source < prev.source) {
      this.report('schema:out-of-order', `${found} is out of order in ${where}: it must come before ${this.posLabel(prev)}`, c);
    } else {
      this.report('schema:unexpected-element', `${found} is not allowed ${after}: expected ${expected}`, c);
    }
  }
}
