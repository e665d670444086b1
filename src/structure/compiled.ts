/**
 * A loaded content model with its lookup tables: element names interned to small integers,
 * global declarations by name, and per-type automata and attribute tables built on first use.
 * Keys that come from documents only ever meet `Map`s.
 */
import { buildAutomaton } from './automaton.js';
import type { Automaton } from './automaton.js';
import { expandedName, type ExpandedName } from '../xml/names.js';
import type { AttributeUse, ComplexTypeDef, NamespaceConstraint, SchemaModel, SimpleTypeDef, TypeDef } from './model.js';

export interface AttributeInfo {
  readonly ns: string;
  readonly local: string;
  /** The interned name, compared with document attributes' names. */
  readonly name: ExpandedName;
  readonly use: AttributeUse;
}

/** The attributes a complex type declares, and those of them it requires (in declaration order). */
export interface AttributeTable {
  readonly all: readonly AttributeInfo[];
  readonly required: readonly AttributeInfo[];
}

export class CompiledModel {
  /** Namespace URI to local name to name id. */
  private readonly ids = new Map<string, Map<string, number>>();
  private readonly nsIndex = new Map<string, number>();
  /** Name id to display name (`cbc:IssueDate`). */
  readonly labels: string[] = [];
  /** Element declaration index to name id. */
  readonly declName: number[];
  /** Global declarations (document elements and wildcard targets) by name id. */
  readonly globalByName = new Map<number, number>();
  readonly rootByName = new Map<number, number>();
  /**
   * Interned-name id (`ExpandedName.id`) to name id, -1 for a name the model never declares,
   * -2 not looked up yet; grown on demand (at most to the intern table's bound).
   */
  private byInterned = new Int32Array(1024).fill(-2);
  private readonly automata: (Automaton | undefined)[] = [];
  private readonly attrTables: (AttributeTable | undefined)[] = [];

  constructor(readonly model: SchemaModel) {
    model.ns.forEach((n, i) => this.nsIndex.set(n.uri, i));
    this.declName = model.elements.map((d) => this.intern(d.n));
    for (const r of model.roots) {
      this.rootByName.set(this.declName[r]!, r);
      this.globalByName.set(this.declName[r]!, r);
    }
    for (const g of model.globals) this.globalByName.set(this.declName[g]!, g);
  }

  private split(name: string): { ns: string; local: string; prefix: string } {
    const colon = name.indexOf(':');
    const entry = this.model.ns[Number(name.slice(0, colon))]!;
    return { ns: entry.uri, local: name.slice(colon + 1), prefix: entry.prefix };
  }

  private intern(name: string): number {
    const { ns, local, prefix } = this.split(name);
    let byLocal = this.ids.get(ns);
    if (byLocal === undefined) {
      byLocal = new Map();
      this.ids.set(ns, byLocal);
    }
    let id = byLocal.get(local);
    if (id === undefined) {
      id = this.labels.length;
      byLocal.set(local, id);
      this.labels.push(prefix === '' ? local : `${prefix}:${local}`);
    }
    return id;
  }

  /** The name id of an element name found in a document, or undefined when the model never declares it. */
  nameId(ns: string, local: string): number | undefined {
    return this.ids.get(ns)?.get(local);
  }

  /** The name id of a document node's name, or undefined: as `nameId`, through an array indexed by the interned name's id. */
  idOf(name: ExpandedName): number | undefined {
    const k = name.id;
    if (k < 0) return this.nameId(name.ns, name.local);
    let table = this.byInterned;
    if (k >= table.length) {
      const grown = new Int32Array(Math.max(k + 1, table.length * 2)).fill(-2);
      grown.set(table);
      this.byInterned = table = grown;
    }
    let id = table[k]!;
    if (id === -2) {
      id = this.nameId(name.ns, name.local) ?? -1;
      table[k] = id;
    }
    return id < 0 ? undefined : id;
  }

  /** The conventional prefix of a namespace, when the model knows it. */
  prefixOf(ns: string): string | undefined {
    const i = this.nsIndex.get(ns);
    return i === undefined ? undefined : this.model.ns[i]!.prefix;
  }

  type(i: number): TypeDef {
    return this.model.types[i]!;
  }

  simple(i: number): SimpleTypeDef {
    const t = this.model.types[i]!;
    if (t.k !== 's') throw new Error(`model error: type ${i} is not simple`);
    return t;
  }

  automaton(typeIndex: number, def: ComplexTypeDef): Automaton | null {
    if (def.p === undefined) return null;
    let a = this.automata[typeIndex];
    if (a === undefined) {
      a = buildAutomaton(def.p, (decl) => this.declName[decl]!);
      this.automata[typeIndex] = a;
    }
    return a;
  }

  attributes(typeIndex: number, def: ComplexTypeDef): AttributeTable {
    let t = this.attrTables[typeIndex];
    if (t === undefined) {
      const all = (def.a ?? []).map((use) => {
        const { ns, local } = this.split(use.n);
        return { ns, local, name: expandedName(ns, local), use };
      });
      t = { all, required: all.filter((info) => info.use.r === 1) };
      this.attrTables[typeIndex] = t;
    }
    return t;
  }

  /** Whether a wildcard's namespace constraint admits a namespace URI. */
  allows(c: NamespaceConstraint, ns: string): boolean {
    if (c === 'any') return true;
    const i = this.nsIndex.get(ns);
    if ('in' in c) return i !== undefined && c.in.includes(i);
    return i === undefined || !c.not.includes(i);
  }

  /** Describe a wildcard's namespaces for a message. */
  describeWildcard(c: NamespaceConstraint): string {
    if (c === 'any') return 'any element';
    const uris = ('in' in c ? c.in : c.not).map((i) => this.model.ns[i]!.uri || '(no namespace)');
    return 'in' in c ? `an element in ${uris.join(' or ')}` : `an element not in ${uris.join(' or ')}`;
  }
}
