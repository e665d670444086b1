/**
 * The `.sch` reader: turns one of our Schematron files (and the files it includes) into the
 * resolved rule IR of `ir.ts`. Compile-time code: validation-time modules never import it.
 *
 * What it resolves:
 * - `sch:include href=` (relative to the including file, nested, cycles refused). A file whose root
 *   is `sch:schema` is merged in place (its ns, lets, phases, patterns, functions, diagnostics);
 *   any other root element replaces the include element.
 * - Abstract patterns: `sch:pattern is-a=` instantiates the abstract pattern with `sch:param`
 *   values, substituting `$name` in every attribute value read inside it (longest names first,
 *   whole names only).
 * - Abstract rules: `sch:extends rule=` inlines the abstract rule's lets and checks at that place
 *   (looked up in the same pattern first, then in any pattern).
 * - Diagnostics: `diagnostics="a b"` on an assert/report collects the named `sch:diagnostic`
 *   messages by their `xml:lang` (inherited, else the schema's language); several for one language
 *   are joined with a space.
 *
 * Message text: runs of whitespace are collapsed to one space, and the message is trimmed at both
 * ends. `sch:emph`, `sch:dir` and `sch:span` contribute their text. Business terms (BT-n, BG-n)
 * come from the literal text of the schema-language message, in order of first appearance.
 *
 * Errors (unknown element in the Schematron namespace, missing required attribute, unresolved
 * include, unknown diagnostic / abstract pattern / abstract rule / phase pattern) throw a
 * `SchematronReadError` whose message starts with `file:line:column`.
 */
import type {
  CheckIR,
  FunctionIR,
  LetIR,
  MessagePart,
  NamespaceIR,
  PatternIR,
  PhaseIR,
  RuleIR,
  SchemaIR,
} from './ir.js';
import { SCH_NS, XSL_NS, attr, childrenOf, failAt, inheritedLang, isSch, loadFile, spanOf, xmlLang } from './read/source.js';
import type { Located } from './read/source.js';
import { readFunction } from './read/xslt.js';

export { SchematronReadError } from './read/source.js';

/** Abstract-pattern parameters in force while reading an instantiated pattern. */
type Params = ReadonlyMap<string, string>;

const NO_PARAMS: Params = new Map();

interface Ctx {
  readonly lang: string;
  readonly params: Params;
  /** The pattern element whose body is being read (abstract rules are looked up there first). */
  readonly pattern: Located;
  readonly diagnostics: ReadonlyMap<string, Located>;
  readonly abstractRules: ReadonlyMap<string, readonly Located[]>;
}

/** Replace `$name` by the parameter value, whole names only (an XPath name may contain `-`, `.`, `_`). */
export function substituteParams(value: string, params: Params): string {
  if (params.size === 0) return value;
  const names = [...params.keys()].sort((a, b) => b.length - a.length);
  const alternation = names.map((n) => n.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&')).join('|');
  const re = new RegExp(`\\$(${alternation})(?![\\w.\\-\\u00B7\\u00C0-\\uFFFF])`, 'g');
  return value.replace(re, (_m, name: string) => params.get(name) ?? '');
}

function attrP(src: Located, name: string, ctx: { params: Params }): string | undefined {
  const v = attr(src.el, name);
  return v === undefined ? undefined : substituteParams(v, ctx.params);
}

function requiredP(src: Located, name: string, ctx: { params: Params }): string {
  const v = attrP(src, name, ctx);
  if (v === undefined) failAt(src, `sch:${src.el.local} needs the attribute ${name}`);
  return v;
}

function opt<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}

function schName(src: Located): string {
  const el = src.el;
  return `${el.prefix === '' ? '' : el.prefix + ':'}${el.local}`;
}

function unknown(src: Located, where: string): never {
  return failAt(src, `unexpected element ${schName(src)} in ${where}`);
}

/** Elements with documentation only, allowed (and ignored) almost everywhere. */
function isDoc(src: Located): boolean {
  return isSch(src.el) && (src.el.local === 'title' || src.el.local === 'p');
}

/** Foreign (non-Schematron, non-XSLT) elements are annotations: ignored. */
function isForeign(src: Located): boolean {
  return src.el.ns !== SCH_NS && src.el.ns !== XSL_NS;
}

function readLet(src: Located, ctx: { params: Params }): LetIR {
  const value = attrP(src, 'value', ctx);
  if (value === undefined) failAt(src, 'sch:let needs a value attribute (element content is not supported)');
  return { name: requiredP(src, 'name', ctx), value, span: spanOf(src) };
}

// ---------------------------------------------------------------------------------------------
// Messages

function readMessage(src: Located, ctx: { params: Params }): MessagePart[] {
  const raw: MessagePart[] = [];
  const walk = (cur: Located): void => {
    for (const kid of cur.el.children) {
      if (kid.kind === 'text') {
        raw.push({ kind: 'text', text: kid.value });
        continue;
      }
      const k: Located = { el: kid, file: cur.file };
      if (isSch(kid, 'value-of')) raw.push({ kind: 'value-of', select: requiredP(k, 'select', ctx) });
      else if (isSch(kid, 'name')) raw.push({ kind: 'name', ...opt('path', attrP(k, 'path', ctx)) });
      else if (isSch(kid, 'emph') || isSch(kid, 'dir') || isSch(kid, 'span')) walk(k);
      else unknown(k, 'a message');
    }
  };
  walk(src);
  return normalizeMessage(raw);
}

/** Merge adjacent text, collapse whitespace runs, trim the ends. */
function normalizeMessage(parts: readonly MessagePart[]): MessagePart[] {
  const merged: MessagePart[] = [];
  for (const p of parts) {
    const last = merged[merged.length - 1];
    if (p.kind === 'text' && last?.kind === 'text') merged[merged.length - 1] = { kind: 'text', text: last.text + p.text };
    else merged.push(p);
  }
  const out: MessagePart[] = [];
  merged.forEach((p, i) => {
    if (p.kind !== 'text') {
      out.push(p);
      return;
    }
    let t = p.text.replace(/\s+/g, ' ');
    if (i === 0) t = t.replace(/^ /, '');
    if (i === merged.length - 1) t = t.replace(/ $/, '');
    if (t !== '') out.push({ kind: 'text', text: t });
  });
  return out;
}

/** BT-n / BG-n tokens of the literal message text, unique, in order of first appearance. */
export function businessTermsOf(parts: readonly MessagePart[]): string[] {
  const seen = new Set<string>();
  for (const p of parts) {
    if (p.kind !== 'text') continue;
    for (const m of p.text.matchAll(/\b(B[TG]-\d+)(?![\d])/g)) seen.add(m[1] ?? '');
  }
  seen.delete('');
  return [...seen];
}

// ---------------------------------------------------------------------------------------------
// Checks, rules, patterns

function readCheck(src: Located, ctx: Ctx): CheckIR {
  const kind = src.el.local === 'assert' ? 'assert' : 'report';
  const test = attrP(src, 'test', ctx);
  if (test === undefined || test.trim() === '') failAt(src, `sch:${kind} needs a test attribute`);
  const message = readMessage(src, ctx);
  const diagnostics = new Map<string, MessagePart[]>();
  for (const id of (attr(src.el, 'diagnostics') ?? '').split(/\s+/).filter((s) => s !== '')) {
    const d = ctx.diagnostics.get(id);
    if (d === undefined) failAt(src, `unknown diagnostic id ${id}`);
    const lang = inheritedLang(d.el) ?? ctx.lang;
    const parts = readMessage(d, ctx);
    const before = diagnostics.get(lang);
    diagnostics.set(lang, before === undefined ? parts : [...before, { kind: 'text', text: ' ' }, ...parts]);
  }
  return {
    kind,
    ...opt('id', attrP(src, 'id', ctx)),
    ...opt('flag', attrP(src, 'flag', ctx)),
    ...opt('role', attrP(src, 'role', ctx)),
    test,
    message,
    diagnostics,
    businessTerms: businessTermsOf(message),
    span: spanOf(src),
  };
}

/** Lets and checks of a rule body, with `sch:extends` inlined. */
function readRuleBody(src: Located, ctx: Ctx, lets: LetIR[], checks: CheckIR[], extending: readonly string[]): void {
  for (const k of childrenOf(src)) {
    if (isSch(k.el, 'let')) lets.push(readLet(k, ctx));
    else if (isSch(k.el, 'assert') || isSch(k.el, 'report')) checks.push(readCheck(k, ctx));
    else if (isSch(k.el, 'extends')) {
      const id = attr(k.el, 'rule');
      if (id === undefined) failAt(k, 'sch:extends needs a rule attribute (extends href is not supported)');
      if (extending.includes(id)) failAt(k, `sch:extends cycle through abstract rule ${id}`);
      const target = findAbstractRule(id, ctx);
      if (target === undefined) failAt(k, `unknown abstract rule ${id}`);
      readRuleBody(target, ctx, lets, checks, [...extending, id]);
    } else if (isDoc(k) || isForeign(k)) continue;
    else unknown(k, 'sch:rule');
  }
}

function findAbstractRule(id: string, ctx: Ctx): Located | undefined {
  const all = ctx.abstractRules.get(id) ?? [];
  return all.find((r) => r.el.parent === ctx.pattern.el) ?? all[0];
}

function readRule(src: Located, ctx: Ctx): RuleIR {
  const context = attrP(src, 'context', ctx);
  if (context === undefined || context.trim() === '') failAt(src, 'sch:rule needs a context attribute');
  const lets: LetIR[] = [];
  const checks: CheckIR[] = [];
  readRuleBody(src, ctx, lets, checks, []);
  return { ...opt('id', attrP(src, 'id', ctx)), context, lets, checks, span: spanOf(src) };
}

function isAbstract(src: Located): boolean {
  return attr(src.el, 'abstract') === 'true';
}

/** Rules and lets of a pattern body (`body` is the pattern itself, or the abstract pattern it instantiates). */
function readPatternBody(body: Located, ctx: Ctx, lets: LetIR[], rules: RuleIR[], allowParams: boolean): void {
  for (const k of childrenOf(body)) {
    if (isSch(k.el, 'let')) lets.push(readLet(k, ctx));
    else if (isSch(k.el, 'rule')) {
      if (!isAbstract(k)) rules.push(readRule(k, ctx));
    } else if (isSch(k.el, 'param') && allowParams) continue;
    else if (isDoc(k) || isForeign(k)) continue;
    else unknown(k, 'sch:pattern');
  }
}

function readPattern(src: Located, base: Omit<Ctx, 'params' | 'pattern'>, abstractPatterns: ReadonlyMap<string, Located>): PatternIR {
  const id = attr(src.el, 'id');
  const lets: LetIR[] = [];
  const rules: RuleIR[] = [];
  const isA = attr(src.el, 'is-a');
  if (isA === undefined) {
    readPatternBody(src, { ...base, params: NO_PARAMS, pattern: src }, lets, rules, false);
  } else {
    const abstract = abstractPatterns.get(isA);
    if (abstract === undefined) failAt(src, `unknown abstract pattern ${isA}`);
    const params = new Map<string, string>();
    for (const k of childrenOf(src)) {
      if (isSch(k.el, 'param')) {
        const name = attr(k.el, 'name');
        const value = attr(k.el, 'value');
        if (name === undefined || value === undefined) failAt(k, 'sch:param needs name and value attributes');
        params.set(name.replace(/^\$/, ''), value);
      } else if (!(isDoc(k) || isForeign(k))) {
        unknown(k, 'a pattern with is-a (only sch:param is allowed)');
      }
    }
    readPatternBody(abstract, { ...base, params, pattern: abstract }, lets, rules, true);
  }
  return { ...opt('id', id), lets, rules, span: spanOf(src) };
}

function readPhase(src: Located): PhaseIR {
  const id = attr(src.el, 'id');
  if (id === undefined) failAt(src, 'sch:phase needs an id attribute');
  const active: string[] = [];
  const lets: LetIR[] = [];
  for (const k of childrenOf(src)) {
    if (isSch(k.el, 'active')) {
      const p = attr(k.el, 'pattern');
      if (p === undefined) failAt(k, 'sch:active needs a pattern attribute');
      active.push(p);
    } else if (isSch(k.el, 'let')) lets.push(readLet(k, { params: NO_PARAMS }));
    else if (isDoc(k) || isForeign(k)) continue;
    else unknown(k, 'sch:phase');
  }
  return { id, active, lets };
}

function readNs(src: Located): NamespaceIR {
  const prefix = attr(src.el, 'prefix');
  const uri = attr(src.el, 'uri');
  if (prefix === undefined || uri === undefined) failAt(src, 'sch:ns needs prefix and uri attributes');
  return { prefix, uri };
}

// ---------------------------------------------------------------------------------------------
// Schema

/** Read a Schematron file (and its includes) into the resolved IR. Throws `SchematronReadError`. */
export function readSchematron(file: string): SchemaIR {
  const root = loadFile(file);
  if (!isSch(root.el, 'schema')) failAt(root, `the root element must be sch:schema (in ${SCH_NS}), found ${schName(root)}`);
  const lang = xmlLang(root.el) ?? 'en';
  const top = childrenOf(root);

  // First pass: what other elements refer to by id.
  const diagnostics = new Map<string, Located>();
  const abstractPatterns = new Map<string, Located>();
  const abstractRules = new Map<string, Located[]>();
  for (const k of top) {
    if (isSch(k.el, 'diagnostics')) {
      for (const d of childrenOf(k)) {
        if (!isSch(d.el, 'diagnostic')) {
          if (isForeign(d)) continue;
          unknown(d, 'sch:diagnostics');
        }
        const id = attr(d.el, 'id');
        if (id === undefined) failAt(d, 'sch:diagnostic needs an id attribute');
        if (diagnostics.has(id)) failAt(d, `duplicate diagnostic id ${id}`);
        diagnostics.set(id, d);
      }
    } else if (isSch(k.el, 'pattern')) {
      const id = attr(k.el, 'id');
      if (isAbstract(k)) {
        if (id === undefined) failAt(k, 'an abstract pattern needs an id');
        abstractPatterns.set(id, k);
      }
      for (const r of childrenOf(k)) {
        if (isSch(r.el, 'rule') && isAbstract(r)) {
          const rid = attr(r.el, 'id');
          if (rid === undefined) failAt(r, 'an abstract rule needs an id');
          abstractRules.set(rid, [...(abstractRules.get(rid) ?? []), r]);
        }
      }
    }
  }

  const base = { lang, diagnostics, abstractRules };
  const namespaces: NamespaceIR[] = [];
  const lets: LetIR[] = [];
  const functions: FunctionIR[] = [];
  const phases: PhaseIR[] = [];
  const patterns: PatternIR[] = [];
  const functionNs: NamespaceIR[] = [];
  for (const k of top) {
    const el = k.el;
    if (el.ns === XSL_NS) {
      if (el.local !== 'function') failAt(k, `xsl:${el.local} is not supported at schema level (only xsl:function)`);
      functions.push(readFunction(k));
      addFunctionNamespace(k, functionNs);
      continue;
    }
    if (isForeign(k) || isDoc(k)) continue;
    switch (el.local) {
      case 'ns':
        namespaces.push(readNs(k));
        break;
      case 'let':
        lets.push(readLet(k, { params: NO_PARAMS }));
        break;
      case 'phase':
        phases.push(readPhase(k));
        break;
      case 'pattern':
        if (!isAbstract(k)) patterns.push(readPattern(k, base, abstractPatterns));
        break;
      case 'diagnostics':
        break;
      default:
        unknown(k, 'sch:schema');
    }
  }

  const patternIds = new Set(patterns.map((p) => p.id).filter((id): id is string => id !== undefined));
  phases.forEach((ph, i) => {
    for (const a of ph.active) {
      if (!patternIds.has(a)) {
        const at = top.filter((k) => isSch(k.el, 'phase'))[i] ?? root;
        failAt(at, `phase ${ph.id} activates unknown pattern ${a}`);
      }
    }
  });
  const defaultPhase = attr(root.el, 'defaultPhase');
  if (defaultPhase !== undefined && defaultPhase !== '#ALL' && !phases.some((p) => p.id === defaultPhase)) {
    failAt(root, `defaultPhase ${defaultPhase} is not a phase of this schema`);
  }
  // Namespaces declared only for functions come after the schema's own sch:ns, and never shadow one.
  const allNs = [...namespaces, ...functionNs];
  const uniqueNs = allNs.filter((n, i) => allNs.findIndex((m) => m.prefix === n.prefix) === i);

  return {
    file: root.file,
    queryBinding: attr(root.el, 'queryBinding') ?? 'xslt',
    lang,
    namespaces: uniqueNs,
    lets,
    functions,
    phases,
    ...opt('defaultPhase', defaultPhase),
    patterns,
  };
}

/**
 * The prefix of an `xsl:function` name may be declared with `xmlns:` instead of `sch:ns`; add it
 * (at the end) so that the IR is self-contained. An `sch:ns` with the same prefix wins.
 */
function addFunctionNamespace(src: Located, namespaces: NamespaceIR[]): void {
  const name = attr(src.el, 'name') ?? '';
  const prefix = name.slice(0, Math.max(0, name.indexOf(':')));
  if (prefix === '') return;
  let cur: Located['el'] | null = src.el;
  while (cur !== null) {
    const uri = cur.nsDecls?.get(prefix);
    if (uri !== undefined) {
      namespaces.push({ prefix, uri });
      return;
    }
    cur = cur.parent.kind === 'element' ? cur.parent : null;
  }
}
