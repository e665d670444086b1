/**
 * Build-time only: turns a loaded schema set into the compact content model of
 * `src/structure/model.ts`. Components get indexes in the order a depth-first walk from the
 * document elements first reaches them, so the output depends only on the schema text.
 *
 * Anything these schemas might contain that the runtime cannot honour (substitution groups,
 * model groups by reference, `xsd:all`, list and union types, identity constraints, ...) makes
 * the build fail with the file and line, rather than being silently ignored.
 */
import type { XmlElement } from '../../src/xml/index.js';
import type {
  AttributeUse,
  Builtin,
  ComplexTypeDef,
  ElementDecl,
  Facets,
  NamespaceConstraint,
  NamespaceEntry,
  Particle,
  SchemaModel,
  SimpleTypeDef,
  TypeDef,
  Wildcard,
} from '../../src/structure/model.js';
import { XS, XsdError, attr, expandedName, resolveQName, where, xsChildren } from './load.js';
import type { Component, SchemaDoc, SchemaSet } from './load.js';
import { translatePattern } from './pattern.js';

const BUILTINS: ReadonlySet<string> = new Set<Builtin>([
  'anySimpleType', 'string', 'normalizedString', 'token', 'language', 'Name', 'NCName', 'NMTOKEN', 'ID', 'IDREF',
  'ENTITY', 'QName', 'anyURI', 'boolean', 'decimal', 'integer', 'nonNegativeInteger', 'positiveInteger',
  'nonPositiveInteger', 'negativeInteger', 'long', 'int', 'short', 'byte', 'unsignedLong', 'unsignedInt',
  'unsignedShort', 'unsignedByte', 'float', 'double', 'duration', 'dateTime', 'date', 'time', 'gYear',
  'gYearMonth', 'gMonth', 'gMonthDay', 'gDay', 'base64Binary', 'hexBinary',
]);

const ELEMENT_ATTRS = new Set(['name', 'type', 'ref', 'minOccurs', 'maxOccurs', 'form', 'id']);
const ATTRIBUTE_ATTRS = new Set(['name', 'type', 'ref', 'use', 'fixed', 'default', 'form', 'id']);
const NUMERIC_FACETS = new Set(['length', 'minLength', 'maxLength', 'totalDigits', 'fractionDigits']);
const VALUE_FACETS = new Set(['minInclusive', 'maxInclusive', 'minExclusive', 'maxExclusive']);
/** Bases whose value facets (bounds, digits) the runtime compares as exact decimals. */
const NUMERIC_BASES: ReadonlySet<string> = new Set([
  'decimal', 'integer', 'nonNegativeInteger', 'positiveInteger', 'nonPositiveInteger', 'negativeInteger',
  'long', 'int', 'short', 'byte', 'unsignedLong', 'unsignedInt', 'unsignedShort', 'unsignedByte',
]);

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

function checkAttrs(doc: SchemaDoc, el: XmlElement, allowed: ReadonlySet<string>): void {
  for (const a of el.attributes) {
    if (a.ns !== '') continue;
    if (!allowed.has(a.local)) throw new XsdError(`${where(doc, el)}: attribute ${a.local} on xsd:${el.local} is not supported`);
  }
}

function occurs(doc: SchemaDoc, el: XmlElement): { min?: number; max?: number } {
  const out: { min?: number; max?: number } = {};
  const min = attr(el, 'minOccurs');
  const max = attr(el, 'maxOccurs');
  if (min !== undefined) {
    if (!/^\d+$/.test(min)) throw new XsdError(`${where(doc, el)}: bad minOccurs ${min}`);
    if (Number(min) !== 1) out.min = Number(min);
  }
  if (max !== undefined) {
    if (max === 'unbounded') out.max = -1;
    else if (/^\d+$/.test(max)) {
      if (Number(max) !== 1) out.max = Number(max);
    } else throw new XsdError(`${where(doc, el)}: bad maxOccurs ${max}`);
  }
  return out;
}

export class ModelCompiler {
  private readonly ns: NamespaceEntry[] = [{ uri: '', prefix: '' }];
  private readonly nsIndex = new Map<string, number>([['', 0]]);
  private readonly elements: ElementDecl[] = [];
  private readonly types: TypeDef[] = [];
  private readonly elementIndex = new Map<XmlElement, number>();
  private readonly typeIndex = new Map<XmlElement | string, number>();
  private readonly prefixes = new Map<string, string>();
  /** Wildcards met so far (to decide which global elements they can reach). */
  private readonly wildcards: Wildcard[] = [];
  private readonly pendingSimple = new Set<XmlElement>();
  /** Namespaces of the document elements: written without a prefix in messages. */
  private readonly rootNamespaces = new Set<string>();

  constructor(
    private readonly set: SchemaSet,
    private readonly id: string,
  ) {
    // Prefixes for messages: the first prefix any loaded schema document declares for a namespace.
    for (const d of set.docs) {
      for (const [p, uri] of d.root.nsDecls ?? []) if (p !== '' && !this.prefixes.has(uri)) this.prefixes.set(uri, p);
    }
  }

  /** Compile from the given document elements and return the model. */
  compile(rootNames: readonly { ns: string; local: string }[]): SchemaModel {
    const roots: number[] = [];
    for (const r of rootNames) {
      const c = this.set.elements.get(expandedName(r.ns, r.local));
      if (c === undefined) throw new XsdError(`no global element ${expandedName(r.ns, r.local)}`);
      this.rootNamespaces.add(r.ns);
      roots.push(this.globalElement(c));
    }
    // Global elements that a lax or strict wildcard can reach, until nothing new is added.
    const globals: number[] = [];
    const taken = new Set<string>();
    let seen = 0;
    while (seen < this.wildcards.length) {
      seen = this.wildcards.length;
      const active = this.wildcards.filter((w) => w.pc !== 'skip');
      for (const [key, c] of [...this.set.elements].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) {
        if (taken.has(key)) continue;
        const ns = c.doc.tns;
        if (!active.some((w) => this.allows(w.ns, ns))) continue;
        taken.add(key);
        globals.push(this.globalElement(c));
      }
    }
    const rootSet = new Set(roots);
    return {
      format: 1,
      id: this.id,
      ns: this.ns,
      roots,
      globals: globals.filter((g) => !rootSet.has(g)),
      elements: this.elements,
      types: this.types,
    };
  }

  private allows(c: NamespaceConstraint, ns: string): boolean {
    if (c === 'any') return true;
    const i = this.nsIndex.get(ns);
    if ('in' in c) return i !== undefined && c.in.includes(i);
    return i === undefined || !c.not.includes(i);
  }

  private nsi(uri: string): number {
    let i = this.nsIndex.get(uri);
    if (i === undefined) {
      i = this.ns.length;
      const prefix = this.rootNamespaces.has(uri) ? '' : (this.prefixes.get(uri) ?? `ns${i}`);
      this.ns.push({ uri, prefix });
      this.nsIndex.set(uri, i);
    }
    return i;
  }

  private name(ns: string, local: string): string {
    return `${this.nsi(ns)}:${local}`;
  }

  private typeLabel(ns: string, local: string): string {
    const p = ns === XS ? 'xsd' : (this.prefixes.get(ns) ?? '');
    return p === '' ? local : `${p}:${local}`;
  }

  // ----- elements -----

  private globalElement(c: Component): number {
    const known = this.elementIndex.get(c.node);
    if (known !== undefined) return known;
    const name = attr(c.node, 'name')!;
    return this.elementDecl(c.doc, c.node, c.doc.tns, name);
  }

  private elementDecl(doc: SchemaDoc, node: XmlElement, ns: string, local: string): number {
    checkAttrs(doc, node, ELEMENT_ATTRS);
    const index = this.elements.length;
    const decl: Mutable<ElementDecl> = { n: this.name(ns, local), t: -1 };
    this.elements.push(decl);
    this.elementIndex.set(node, index);
    const typeName = attr(node, 'type');
    const inline = xsChildren(node);
    for (const k of inline) {
      if (k.local !== 'complexType' && k.local !== 'simpleType') {
        throw new XsdError(`${where(doc, k)}: xsd:${k.local} inside an element declaration is not supported`);
      }
    }
    if (typeName !== undefined) decl.t = this.typeRef(doc, node, typeName);
    else if (inline[0] !== undefined) {
      decl.t = inline[0].local === 'complexType' ? this.complexType(doc, inline[0]) : this.simpleType(doc, inline[0]);
    } else decl.t = this.anyType();
    return index;
  }

  // ----- types -----

  private typeRef(doc: SchemaDoc, at: XmlElement, qname: string): number {
    const { ns, local } = resolveQName(at, qname, doc);
    if (ns === XS) {
      if (local === 'anyType') return this.anyType();
      if (!BUILTINS.has(local)) throw new XsdError(`${where(doc, at)}: built-in type xsd:${local} is not supported`);
      return this.builtin(local as Builtin);
    }
    const key = expandedName(ns, local);
    const ct = this.set.complexTypes.get(key);
    if (ct !== undefined) return this.complexType(ct.doc, ct.node);
    const st = this.set.simpleTypes.get(key);
    if (st !== undefined) return this.simpleType(st.doc, st.node);
    throw new XsdError(`${where(doc, at)}: unknown type ${key}`);
  }

  private builtin(b: Builtin): number {
    const key = `xsd:${b}`;
    const known = this.typeIndex.get(key);
    if (known !== undefined) return known;
    const i = this.types.length;
    this.types.push({ k: 's', n: key, b });
    this.typeIndex.set(key, i);
    return i;
  }

  private anyType(): number {
    const key = 'xsd:anyType';
    const known = this.typeIndex.get(key);
    if (known !== undefined) return known;
    const i = this.types.length;
    const w: Wildcard = { ns: 'any', pc: 'lax' };
    this.wildcards.push(w);
    this.types.push({ k: 'c', n: key, m: 1, aw: w, p: { w, min: 0, max: -1 } });
    this.typeIndex.set(key, i);
    return i;
  }

  private simpleDef(i: number, doc: SchemaDoc, at: XmlElement): SimpleTypeDef {
    const t = this.types[i];
    if (t === undefined || t.k !== 's') throw new XsdError(`${where(doc, at)}: expected a simple type`);
    return t;
  }

  private complexDef(i: number, doc: SchemaDoc, at: XmlElement): ComplexTypeDef {
    const t = this.types[i];
    if (t === undefined || t.k !== 'c') throw new XsdError(`${where(doc, at)}: expected a complex type`);
    return t;
  }

  private simpleType(doc: SchemaDoc, node: XmlElement): number {
    const known = this.typeIndex.get(node);
    if (known !== undefined) return known;
    if (this.pendingSimple.has(node)) throw new XsdError(`${where(doc, node)}: circular simple type`);
    const kids = xsChildren(node);
    const r = kids[0];
    if (kids.length !== 1 || r === undefined || r.local !== 'restriction') {
      throw new XsdError(`${where(doc, node)}: only simple types derived by restriction are supported`);
    }
    // A simple type cannot refer to itself, so its base is compiled (and indexed) first.
    this.pendingSimple.add(node);
    const restricted = this.restrictSimple(doc, r, null);
    this.pendingSimple.delete(node);
    const def: Mutable<SimpleTypeDef> = { k: 's', b: restricted.b };
    const name = attr(node, 'name');
    if (name !== undefined) def.n = this.typeLabel(doc.tns, name);
    if (restricted.f !== undefined) def.f = restricted.f;
    const i = this.types.length;
    this.types.push(def);
    this.typeIndex.set(node, i);
    return i;
  }

  /** Apply an `xsd:restriction` (of a simple type, or of simple content when `baseSimple` is given). */
  private restrictSimple(doc: SchemaDoc, r: XmlElement, baseSimple: number | null): { b: Builtin; f?: readonly Facets[] } {
    let baseIndex: number;
    const kids = xsChildren(r);
    let rest = kids;
    if (kids[0]?.local === 'simpleType') {
      baseIndex = this.simpleType(doc, kids[0]);
      rest = kids.slice(1);
    } else if (baseSimple !== null) baseIndex = baseSimple;
    else {
      const base = attr(r, 'base');
      if (base === undefined) throw new XsdError(`${where(doc, r)}: restriction without base`);
      baseIndex = this.typeRef(doc, r, base);
    }
    const base = this.simpleDef(baseIndex, doc, r);
    const facets: Mutable<Facets> = {};
    const enumeration: string[] = [];
    const patterns: string[] = [];
    for (const f of rest) {
      if (f.local === 'attribute' || f.local === 'anyAttribute') continue; // handled by the caller
      const known = f.local === 'enumeration' || f.local === 'pattern' || f.local === 'whiteSpace' || NUMERIC_FACETS.has(f.local) || VALUE_FACETS.has(f.local);
      if (!known) throw new XsdError(`${where(doc, f)}: facet xsd:${f.local} is not supported`);
      if ((VALUE_FACETS.has(f.local) || f.local === 'totalDigits' || f.local === 'fractionDigits') && !NUMERIC_BASES.has(base.b)) {
        throw new XsdError(`${where(doc, f)}: facet xsd:${f.local} is only supported on decimal types`);
      }
      const value = attr(f, 'value');
      if (value === undefined) throw new XsdError(`${where(doc, f)}: facet without value`);
      if (f.local === 'enumeration') enumeration.push(value);
      else if (f.local === 'pattern') patterns.push(translatePattern(value, `${where(doc, f)}`));
      else if (NUMERIC_FACETS.has(f.local)) {
        if (!/^\d+$/.test(value)) throw new XsdError(`${where(doc, f)}: bad ${f.local}`);
        (facets as Record<string, unknown>)[f.local] = Number(value);
      } else if (VALUE_FACETS.has(f.local)) (facets as Record<string, unknown>)[f.local] = value;
      else if (f.local === 'whiteSpace') {
        if (value !== 'preserve' && value !== 'replace' && value !== 'collapse') throw new XsdError(`${where(doc, f)}: bad whiteSpace`);
        facets.whiteSpace = value;
      } else throw new XsdError(`${where(doc, f)}: facet xsd:${f.local} is not supported`);
    }
    if (enumeration.length > 0) facets.enumeration = enumeration;
    if (patterns.length > 0) facets.pattern = patterns;
    const f = Object.keys(facets).length > 0 ? [...(base.f ?? []), facets] : base.f;
    return f === undefined ? { b: base.b } : { b: base.b, f };
  }

  private complexType(doc: SchemaDoc, node: XmlElement): number {
    const known = this.typeIndex.get(node);
    if (known !== undefined) return known;
    const i = this.types.length;
    const def: Mutable<ComplexTypeDef> = { k: 'c' };
    const name = attr(node, 'name');
    if (name !== undefined) def.n = this.typeLabel(doc.tns, name);
    this.types.push(def);
    this.typeIndex.set(node, i);
    let mixed = attr(node, 'mixed') === 'true';
    const kids = xsChildren(node);
    const first = kids[0];
    if (first?.local === 'simpleContent' || first?.local === 'complexContent') {
      const d = xsChildren(first);
      const how = d[0];
      if (d.length !== 1 || how === undefined || (how.local !== 'extension' && how.local !== 'restriction')) {
        throw new XsdError(`${where(doc, first)}: expected one extension or restriction`);
      }
      const baseName = attr(how, 'base');
      if (baseName === undefined) throw new XsdError(`${where(doc, how)}: derivation without base`);
      const baseIndex = this.typeRef(doc, how, baseName);
      const baseType = this.types[baseIndex]!;
      const own = this.attributes(doc, xsChildren(how));
      if (first.local === 'simpleContent') {
        if (baseType.k === 's') {
          if (how.local !== 'extension') throw new XsdError(`${where(doc, how)}: simple content restriction of a simple type`);
          def.s = baseIndex;
          this.setAttributes(def, own.uses, own.wildcard);
        } else {
          const baseDef = this.complexDef(baseIndex, doc, how);
          if (baseDef.s === undefined) throw new XsdError(`${where(doc, how)}: base type has no simple content`);
          if (how.local === 'extension') def.s = baseDef.s;
          else {
            const r = this.restrictSimple(doc, how, baseDef.s);
            if (r.f === this.simpleDef(baseDef.s, doc, how).f) def.s = baseDef.s;
            else {
              def.s = this.types.length;
              this.types.push(r.f === undefined ? { k: 's', b: r.b } : { k: 's', b: r.b, f: r.f });
            }
          }
          this.setAttributes(def, mergeAttributes(baseDef.a ?? [], own.uses, own.prohibited), own.wildcard ?? baseDef.aw);
        }
      } else {
        if (first.local === 'complexContent' && attr(first, 'mixed') === 'true') mixed = true;
        const baseDef = this.complexDef(baseIndex, doc, how);
        const ownParticle = this.groupOf(doc, xsChildren(how));
        if (how.local === 'extension') {
          const parts = [baseDef.p, ownParticle].filter((p): p is Particle => p !== undefined);
          if (parts.length === 1) def.p = parts[0]!;
          else if (parts.length === 2) def.p = { s: parts };
          if (baseDef.m === 1) mixed = true;
        } else if (ownParticle !== undefined) def.p = ownParticle;
        this.setAttributes(def, mergeAttributes(baseDef.a ?? [], own.uses, own.prohibited), own.wildcard ?? (how.local === 'extension' ? baseDef.aw : undefined));
      }
    } else {
      const p = this.groupOf(doc, kids);
      if (p !== undefined) def.p = p;
      const own = this.attributes(doc, kids);
      this.setAttributes(def, own.uses, own.wildcard);
    }
    if (mixed) def.m = 1;
    return i;
  }

  private setAttributes(def: Mutable<ComplexTypeDef>, uses: readonly AttributeUse[], wildcard: Wildcard | undefined): void {
    if (uses.length > 0) def.a = uses;
    if (wildcard !== undefined) def.aw = wildcard;
  }

  /** The content particle among the children of a complex type or derivation, if any. */
  private groupOf(doc: SchemaDoc, kids: readonly XmlElement[]): Particle | undefined {
    let out: Particle | undefined;
    for (const k of kids) {
      if (k.local === 'sequence' || k.local === 'choice') {
        if (out !== undefined) throw new XsdError(`${where(doc, k)}: two content groups`);
        out = this.particle(doc, k);
      } else if (k.local === 'all' || k.local === 'group') {
        throw new XsdError(`${where(doc, k)}: xsd:${k.local} is not supported`);
      }
    }
    return out;
  }

  private particle(doc: SchemaDoc, node: XmlElement): Particle {
    const occ = occurs(doc, node);
    switch (node.local) {
      case 'element': {
        const ref = attr(node, 'ref');
        if (ref !== undefined) {
          const { ns, local } = resolveQName(node, ref, doc);
          const c = this.set.elements.get(expandedName(ns, local));
          if (c === undefined) throw new XsdError(`${where(doc, node)}: unknown element ${ref}`);
          return { e: this.globalElement(c), ...occ };
        }
        const name = attr(node, 'name');
        if (name === undefined) throw new XsdError(`${where(doc, node)}: element without name or ref`);
        const form = attr(node, 'form');
        const qualified = form === undefined ? doc.elementQualified : form === 'qualified';
        return { e: this.elementDecl(doc, node, qualified ? doc.tns : '', name), ...occ };
      }
      case 'sequence':
      case 'choice': {
        const items = xsChildren(node).map((k) => this.particle(doc, k));
        return node.local === 'sequence' ? { s: items, ...occ } : { c: items, ...occ };
      }
      case 'any': {
        const w = this.wildcard(doc, node);
        return { w, ...occ };
      }
      default:
        throw new XsdError(`${where(doc, node)}: xsd:${node.local} in a content model is not supported`);
    }
  }

  private wildcard(doc: SchemaDoc, node: XmlElement): Wildcard {
    const pcRaw = attr(node, 'processContents') ?? 'strict';
    if (pcRaw !== 'strict' && pcRaw !== 'lax' && pcRaw !== 'skip') throw new XsdError(`${where(doc, node)}: bad processContents`);
    const spec = (attr(node, 'namespace') ?? '##any').trim();
    let ns: NamespaceConstraint;
    if (spec === '##any') ns = 'any';
    else if (spec === '##other') ns = { not: doc.tns === '' ? [0] : [this.nsi(doc.tns), 0] };
    else {
      const list = spec.split(/\s+/).map((t) => (t === '##targetNamespace' ? doc.tns : t === '##local' ? '' : t));
      ns = { in: [...new Set(list.map((u) => this.nsi(u)))].sort((a, b) => a - b) };
    }
    const w: Wildcard = { ns, pc: pcRaw };
    this.wildcards.push(w);
    return w;
  }

  private attributes(
    doc: SchemaDoc,
    kids: readonly XmlElement[],
  ): { uses: AttributeUse[]; prohibited: Set<string>; wildcard: Wildcard | undefined } {
    const uses: AttributeUse[] = [];
    const prohibited = new Set<string>();
    let wildcard: Wildcard | undefined;
    for (const k of kids) {
      if (k.local === 'anyAttribute') {
        wildcard = this.wildcard(doc, k);
        continue;
      }
      if (k.local === 'attributeGroup') throw new XsdError(`${where(doc, k)}: xsd:attributeGroup is not supported`);
      if (k.local !== 'attribute') continue;
      checkAttrs(doc, k, ATTRIBUTE_ATTRS);
      let decl = k;
      let declDoc = doc;
      let ns: string;
      let local: string;
      const ref = attr(k, 'ref');
      if (ref !== undefined) {
        const q = resolveQName(k, ref, doc);
        const c = this.set.attributes.get(expandedName(q.ns, q.local));
        if (c === undefined) throw new XsdError(`${where(doc, k)}: unknown attribute ${ref}`);
        decl = c.node;
        declDoc = c.doc;
        ns = q.ns;
        local = q.local;
      } else {
        const name = attr(k, 'name');
        if (name === undefined) throw new XsdError(`${where(doc, k)}: attribute without name`);
        const form = attr(k, 'form');
        const qualified = form === undefined ? doc.attributeQualified : form === 'qualified';
        ns = qualified ? doc.tns : '';
        local = name;
      }
      const n = this.name(ns, local);
      const use = attr(k, 'use') ?? 'optional';
      if (use === 'prohibited') {
        prohibited.add(n);
        continue;
      }
      const typeName = attr(decl, 'type');
      const inline = xsChildren(decl).find((c) => c.local === 'simpleType');
      const t =
        typeName !== undefined
          ? this.typeRef(declDoc, decl, typeName)
          : inline !== undefined
            ? this.simpleType(declDoc, inline)
            : this.builtin('anySimpleType');
      this.simpleDef(t, declDoc, decl);
      const u: Mutable<AttributeUse> = { n, t };
      if (use === 'required') u.r = 1;
      const fixed = attr(k, 'fixed') ?? attr(decl, 'fixed');
      if (fixed !== undefined) u.x = fixed;
      uses.push(u);
    }
    return { uses, prohibited, wildcard };
  }
}

/** Attribute uses of a derived type: the base's, replaced by name by the derived ones, minus prohibited ones. */
function mergeAttributes(base: readonly AttributeUse[], own: readonly AttributeUse[], prohibited: ReadonlySet<string>): AttributeUse[] {
  const out: AttributeUse[] = [];
  const ownNames = new Map(own.map((u) => [u.n, u]));
  for (const u of base) {
    if (prohibited.has(u.n)) continue;
    const o = ownNames.get(u.n);
    if (o !== undefined) {
      out.push(o);
      ownNames.delete(u.n);
    } else out.push(u);
  }
  for (const u of own) if (ownNames.has(u.n)) out.push(u);
  return out;
}
