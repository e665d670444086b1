/**
 * The Schematron compiler: a resolved SchemaIR (ir.ts) to the text of an ES module that
 * exports a RulePack (src/engine/pack.ts). XPath goes through src/xpath (parse, analyze, emit);
 * the module imports only the validation-time runtime and RuleEvaluationError.
 *
 * The generated `run` walks the document once (see runtime/driver.ts); each rule becomes a
 * matcher (its context pattern) and a `fire` function (lets, then asserts/reports in order).
 * Globals (schema and pattern lets) and context-free subexpressions are computed at most once
 * per document. Anything the compiler cannot evaluate exactly is refused with
 * SchematronCompileError naming the rule id, the construct and the source position.
 */
import type { CheckIR, LetIR, MessagePart, PatternIR, RuleIR, SchemaIR } from './ir.js';
import { Analyzer, type StaticContext } from '../xpath/analyze/analyze.js';
import { sameFocusChildren, type RExpr, type UserFunction, type VarBinding } from '../xpath/analyze/types.js';
import { parsePattern, parseXPath, splitQName } from '../xpath/syntax/index.js';
import { Code, Hoister, NameTable, _, join, literal } from '../xpath/emit/code.js';
import { ExprEmitter, type ExistencePath } from '../xpath/emit/expr.js';
import { at, refuse, type Site } from './compile/errors.js';
import { compileFunction, declareFunction, functionSite } from './compile/functions.js';
import { compileMatch } from './compile/match.js';
import { readSchematron } from './reader.js';

export { SchematronCompileError } from './compile/errors.js';
export type { CompileErrorDetails } from './compile/errors.js';

export interface CompileOptions {
  /** Pack id, e.g. `en16931-ubl`. */
  readonly id: string;
  /** Release of the rules, e.g. `1.3.16`. */
  readonly version: string;
  /** Import specifier of the runtime library, relative to where the module will live. */
  readonly runtimeImport?: string;
  /** Import specifier of src/engine/pack (for RuleEvaluationError). */
  readonly packImport?: string;
}

const FLAGS = new Set(['fatal', 'warning', 'information']);
const LANGS = new Set(['en', 'sv']);

interface Ctx {
  readonly ir: SchemaIR;
  readonly a: Analyzer;
  readonly em: ExprEmitter;
  readonly decls: Code[];
  readonly rows: Code[];
  /** Ids of the global variables whose value does not depend on the document. */
  readonly constants: Set<number>;
}

function letSite(l: LetIR, ruleId: string | null): Site {
  return { ruleId, construct: `let $${l.name}`, expression: l.value, source: l.span };
}

/** Compile a global let (schema or pattern level): a lazy per-document value, context = the document node. */
function compileGlobal(cx: Ctx, l: LetIR, vars: Map<string, VarBinding>): void {
  const site = letSite(l, null);
  const r = at(site, () => cx.a.analyze(parseXPath(l.value), vars, 'node'));
  const binding = cx.a.newBinding(l.name, 'global', r.type);
  const em = at(site, () => cx.em.emit(r));
  const fn = cx.em.names.make('global');
  if (documentFree(r, cx.constants)) {
    // The same value for every document (a code list written as tokenize('AED AFN ...')): computed
    // once per module, so it is also the same array each time and its lookup set is built once.
    const cell = cx.em.names.make('K');
    cx.decls.push(_`let ${cell};\nfunction ${fn}(S) {\n  if (${cell} === undefined) {\n    const c = S.D.doc;\n    ${cell} = { value: ${em.code} };\n  }\n  return ${cell}.value;\n}`);
    cx.constants.add(binding.id);
  } else {
    const slot = cx.em.nextSlot++;
    cx.decls.push(_`function ${fn}(S) {\n  const m = S.D.memo;\n  if (m[${slot}] === undefined) {\n    const c = S.D.doc;\n    m[${slot}] = ${em.code};\n  }\n  return m[${slot}];\n}`);
  }
  cx.em.bindVar(binding, { code: _`${fn}(S)`, repr: em.repr });
  vars.set(l.name, binding);
}

/**
 * Whether an expression's value is the same for every document and run: literals, and operators
 * and functions (without focus, not current-date()) over such values and over constant globals.
 */
function documentFree(e: RExpr, constants: ReadonlySet<number>): boolean {
  switch (e.k) {
    case 'lit':
      return true;
    case 'var':
      return e.binding.kind === 'global' && constants.has(e.binding.id);
    case 'call':
      if (e.fn.focus !== undefined || e.fn.impl === 'currentDate') return false;
      return e.args.every((x) => documentFree(x, constants));
    case 'seq':
    case 'logic':
    case 'gcomp':
    case 'vcomp':
    case 'arith':
    case 'neg':
    case 'if':
    case 'cast':
    case 'castable':
    case 'range':
      return sameFocusChildren(e).every((x) => documentFree(x, constants));
    default:
      return false;
  }
}

function messageCode(cx: Ctx, parts: readonly MessagePart[], site: Site, vars: ReadonlyMap<string, VarBinding>): Code {
  const pieces: Code[] = [];
  parts.forEach((part, i) => {
    switch (part.kind) {
      case 'text': {
        let t = part.text.replace(/\s+/g, ' ');
        if (i === 0) t = t.trimStart();
        if (i === parts.length - 1) t = t.trimEnd();
        if (t !== '') pieces.push(literal(t));
        break;
      }
      case 'value-of': {
        const s: Site = { ...site, construct: `${site.construct} value-of`, expression: part.select };
        const code = at(s, () => cx.em.seq(cx.em.emit(cx.a.analyze(parseXPath(part.select), vars, 'node'))));
        pieces.push(_`rt.valueOf(${code})`);
        break;
      }
      case 'name': {
        if (part.path === undefined) pieces.push(_`rt.nodeName([c])`);
        else {
          const path = part.path;
          const s: Site = { ...site, construct: `${site.construct} name`, expression: path };
          const code = at(s, () => cx.em.seq(cx.em.emit(cx.a.analyze(parseXPath(path), vars, 'node'))));
          pieces.push(_`rt.nodeName(${code})`);
        }
        break;
      }
    }
  });
  return pieces.length === 0 ? literal('') : join(pieces, ' + ');
}

/** The rule's lets, as the message functions of table rows and their start arguments see them. */
interface RuleArgs {
  readonly names: readonly Code[];
  /** Binding id to position in `names`. */
  readonly index: ReadonlyMap<number, number>;
}

/** A check after analysis: its assertion-table row, its test, and its plain counted path, if it is one. */
interface AnalyzedCheck {
  readonly check: CheckIR;
  readonly row: number;
  readonly site: Site;
  readonly test: RExpr;
  readonly existence: ExistencePath | null;
}

/**
 * At least this many consecutive existence checks become a `pathChecks` table (see
 * runtime/pathchecks.ts); fewer stay inline, where one check is cheaper than a call.
 */
const TABLE_MIN = 8;

function analyzeCheck(cx: Ctx, rule: RuleIR, check: CheckIR, vars: ReadonlyMap<string, VarBinding>, args: RuleArgs): AnalyzedCheck {
  const id = check.id ?? null;
  const site: Site = { ruleId: id ?? rule.id ?? null, construct: `${check.kind} test`, expression: check.test, source: check.span };
  const flag = check.flag ?? 'fatal';
  if (!FLAGS.has(flag)) refuse(site, `flag '${flag}' is not one of fatal, warning, information`);
  const row = cx.rows.length;
  cx.rows.push(_`{ id: ${id}, flag: ${flag}, kind: ${check.kind}, test: ${check.test}, businessTerms: Object.freeze(${_`[${join(check.businessTerms.map((b) => literal(b)))}]`}) }`);
  const test = at(site, () => cx.a.analyze(parseXPath(check.test), vars, 'node'));
  return { check, row, site, test, existence: cx.em.existencePath(test, args.index) };
}

function checkMessage(cx: Ctx, a: AnalyzedCheck, vars: ReadonlyMap<string, VarBinding>): Code {
  const msgSite: Site = { ...a.site, construct: `${a.check.kind} message` };
  let m = messageCode(cx, a.check.message, msgSite, vars);
  for (const [lang, parts] of [...a.check.diagnostics].sort((x, y) => (x[0] < y[0] ? -1 : 1))) {
    if (lang === cx.ir.lang) continue;
    m = _`(S.lang === ${lang} ? ${messageCode(cx, parts, { ...msgSite, construct: `diagnostic (${lang})` }, vars)} : ${m})`;
  }
  return m;
}

/** A check as a line of the rule body. */
function checkLine(cx: Ctx, a: AnalyzedCheck, vars: ReadonlyMap<string, VarBinding>): Code {
  const test = at(a.site, () => cx.em.bool(cx.em.emit(a.test)));
  const cond = a.check.kind === 'assert' ? _`!${test}` : test;
  return _`S.cur = ${a.row};\n  if (${cond}) out.push(rt.finding(ROWS[${a.row}], c, ${checkMessage(cx, a, vars)}));`;
}

/** An existence check as a row of a `pathChecks` table, its message a function outside the rule body. */
function checkRow(cx: Ctx, a: AnalyzedCheck, x: ExistencePath, vars: ReadonlyMap<string, VarBinding>, args: RuleArgs): Code {
  const fn = cx.em.names.make('msg');
  const params = args.names.length === 0 ? [_`c`, _`S`] : [_`c`, _`S`, _`[${join(args.names)}]`];
  const text = cx.em.unshared(() => checkMessage(cx, a, vars));
  cx.decls.push(_`function ${fn}(${join(params)}) {\n  return ${text};\n}`);
  const t = cx.em.existenceCode(x);
  // An assert fails when its test is false, a report fires when it is true.
  const whenOver = (a.check.kind === 'assert') === t.atMost;
  return _`{ cur: ${a.row}, row: ROWS[${a.row}], limit: ${t.limit}, whenOver: ${whenOver}, from: ${t.from}, desc: ${t.desc ?? null}, steps: ${t.steps}, pre: ${t.pre ?? null}, message: ${fn} }`;
}

/** The rule body's check lines: runs of at least TABLE_MIN existence checks become one `rt.pathChecks` call. */
function checkLines(cx: Ctx, checks: readonly AnalyzedCheck[], vars: ReadonlyMap<string, VarBinding>, args: RuleArgs): Code[] {
  const lines: Code[] = [];
  for (let i = 0; i < checks.length; ) {
    let j = i;
    while (j < checks.length && checks[j]!.existence !== null) j++;
    if (j - i < TABLE_MIN) {
      lines.push(checkLine(cx, checks[i]!, vars));
      i++;
      continue;
    }
    const rows = checks.slice(i, j).map((a) => checkRow(cx, a, a.existence!, vars, args));
    const table = cx.em.names.make('CHECKS');
    cx.decls.push(_`const ${table} = Object.freeze([\n  ${join(rows, ',\n  ')}\n]);`);
    lines.push(_`rt.pathChecks(c, S, out, ${table}, [${join(args.names)}]);`);
    i = j;
  }
  return lines;
}

/** Rule bodies with more checks than this are split into parts of this many checks. */
const CHECKS_PER_FUNCTION = 24;

/** A function declaration whose body declares the shared-path temporaries it uses. */
function functionDecl(name: Code, params: readonly Code[], temps: readonly Code[], lines: readonly Code[]): Code {
  const text = new Set(lines.flatMap((l) => l.text.match(/\bt\d+\b/g) ?? []));
  const used = temps.filter((t) => text.has(t.text));
  const body = used.length > 0 ? [_`let ${join(used)};`, ...lines] : lines;
  return _`function ${name}(${join(params)}) {\n  ${join(body, '\n  ')}\n}`;
}

function compileRule(cx: Ctx, rule: RuleIR, patternVars: ReadonlyMap<string, VarBinding>): Code {
  const ruleId = rule.id ?? rule.checks[0]?.id ?? null;
  const ctxSite: Site = { ruleId, construct: 'rule context', expression: rule.context, source: rule.span };
  const m = at(ctxSite, () => compileMatch(parsePattern(rule.context), cx.a, cx.em, patternVars));
  cx.decls.push(...m.decls);
  const vars = new Map(patternVars);
  const letLines: Code[] = [];
  const letNames: Code[] = [];
  const letBindings: VarBinding[] = [];
  cx.em.beginScope();
  for (const l of rule.lets) {
    const site = letSite(l, ruleId);
    const r = at(site, () => cx.a.analyze(parseXPath(l.value), vars, 'node'));
    const binding = cx.a.newBinding(l.name, 'local', r.type);
    const em = at(site, () => cx.em.emit(r));
    const local = cx.em.localName(binding);
    letLines.push(_`const ${local} = ${em.code};`);
    letNames.push(local);
    letBindings.push(binding);
    cx.em.bindVar(binding, { code: local, repr: em.repr });
    vars.set(l.name, binding);
  }
  const args: RuleArgs = { names: letNames, index: new Map(letBindings.map((b, i) => [b.id, i])) };
  const lines = checkLines(cx, rule.checks.map((ch) => analyzeCheck(cx, rule, ch, vars, args)), vars, args);
  const temps = cx.em.endScope();
  const fire = cx.em.names.make('fire');
  if (lines.length <= CHECKS_PER_FUNCTION) {
    cx.decls.push(functionDecl(fire, [_`c`, _`S`, _`out`], temps, [...letLines, ...lines]));
  } else {
    // V8 leaves very large functions unoptimized: a long rule body becomes a sequence of parts,
    // each with its own shared-path temporaries, called in check order with the rule's lets.
    const params = [_`c`, _`S`, _`out`, ...letNames];
    const calls: Code[] = [];
    for (let i = 0; i < lines.length; i += CHECKS_PER_FUNCTION) {
      const part = cx.em.names.make(`${fire.text}_part`);
      cx.decls.push(functionDecl(part, params, temps, lines.slice(i, i + CHECKS_PER_FUNCTION)));
      calls.push(_`${part}(${join(params)});`);
    }
    cx.decls.push(functionDecl(fire, [_`c`, _`S`, _`out`], temps, [...letLines, ...calls]));
  }
  return _`{ keys: [${join(m.keys)}], match: ${m.fn}, fire: ${fire} }`;
}

function compilePattern(cx: Ctx, p: PatternIR, globals: ReadonlyMap<string, VarBinding>): Code {
  const vars = new Map(globals);
  for (const l of p.lets) compileGlobal(cx, l, vars);
  const rules = p.rules.map((r) => compileRule(cx, r, vars));
  return _`{ id: ${p.id ?? null}, rules: [\n  ${join(rules, ',\n  ')}\n] }`;
}

/** Compile a Schematron schema to the source text of an ES module exporting a RulePack. */
export function compileSchematron(ir: SchemaIR, opts: CompileOptions): string {
  const schemaSite: Site = { ruleId: null, construct: 'schema', expression: '', source: { file: ir.file, line: 1, column: 1 } };
  if (ir.queryBinding !== 'xslt2') refuse(schemaSite, `queryBinding '${ir.queryBinding}' is not supported (only xslt2)`);
  if (!LANGS.has(ir.lang)) refuse(schemaSite, `schema language '${ir.lang}' is not supported`);
  const names = new NameTable();
  const hoist = new Hoister(names);
  const em = new ExprEmitter(names, hoist);
  const namespaces = new Map<string, string>();
  for (const n of ir.namespaces) namespaces.set(n.prefix, n.uri);
  const functions = new Map<string, UserFunction>();
  const sc: StaticContext = { namespaces, functions, ids: { next: 0 } };
  const a = new Analyzer(sc);
  const cx: Ctx = { ir, a, em, decls: [], rows: [], constants: new Set() };

  // Functions first (declarations), so that lets and rules can call them.
  const declared = ir.functions.map((f, i) => {
    const q = splitQName(f.name);
    const site = functionSite(f, 'name', f.name);
    if (q.prefix === '') refuse(site, 'an xsl:function name must have a prefix');
    const ns = at(site, () => a.resolvePrefix(q.prefix, { start: 0, end: q.prefix.length }));
    const uf = declareFunction(a, f, `fn${i}`, ns);
    const key = `{${ns}}${q.local}#${f.params.length}`;
    if (functions.has(key)) refuse(site, `function ${f.name}#${f.params.length} is declared twice`);
    functions.set(key, uf);
    return uf;
  });

  const globals = new Map<string, VarBinding>();
  for (const l of ir.lets) compileGlobal(cx, l, globals);
  for (const ph of ir.phases) if (ph.lets.length > 0) refuse({ ...schemaSite, construct: `phase ${ph.id}` }, 'phase-level let is not supported');
  ir.functions.forEach((f, i) => cx.decls.push(compileFunction(a, em, f, declared[i]!, globals)));

  const patterns = ir.patterns.map((p) => compilePattern(cx, p, globals));

  // Phases: pattern indexes per phase id.
  const phaseEntries: Code[] = [];
  for (const ph of ir.phases) {
    const idx: number[] = [];
    for (const id of ph.active) {
      const found: number[] = [];
      ir.patterns.forEach((p, i) => {
        if (p.id === id) found.push(i);
      });
      if (found.length === 0) refuse({ ...schemaSite, construct: `phase ${ph.id}` }, `active pattern '${id}' does not exist`);
      idx.push(...found);
    }
    phaseEntries.push(_`[${ph.id}, Object.freeze([${join([...new Set(idx)].sort((x, y) => x - y).map((n) => literal(n)))}])]`);
  }
  if (ir.defaultPhase !== undefined && ir.defaultPhase !== '#ALL' && !ir.phases.some((p) => p.id === ir.defaultPhase))
    refuse(schemaSite, `defaultPhase '${ir.defaultPhase}' is not a phase`);

  const runtimeImport = opts.runtimeImport ?? '../../xpath/runtime/index.js';
  const packImport = opts.packImport ?? '../../engine/pack.js';
  const all = ir.patterns.map((_p, i) => literal(i));
  const base = ir.file.split(/[\\/]/).pop() ?? ir.file;
  const out = _`// Generated from ${new Code(JSON.stringify(base).slice(1, -1).replace(/[^A-Za-z0-9._ -]/g, '_'))} by the ubl-invoice-validator Schematron compiler. Do not edit.
import * as rt from ${runtimeImport};
import { RuleEvaluationError } from ${packImport};

${hoist.code()}

const ROWS = Object.freeze([
  ${join(cx.rows, ',\n  ')}
]);

${join(cx.decls, '\n\n')}

const PATTERNS = [
  ${join(patterns, ',\n  ')}
];

const PHASES = new Map([${join(phaseEntries)}]);
const ALL = Object.freeze([${join(all)}]);
const DEFAULT_PHASE = ${ir.defaultPhase ?? null};

const driver = new rt.PackDriver(PATTERNS, (e, row, node) => new RuleEvaluationError(e.message, row >= 0 ? ROWS[row].id : null, node, e.code));

export const pack = Object.freeze({
  id: ${opts.id},
  version: ${opts.version},
  assertions: Object.freeze(ROWS.filter((r) => r.id !== null).map((r) => Object.freeze({ id: r.id, flag: r.flag, kind: r.kind }))),
  phases: Object.freeze([...PHASES.keys()]),
  defaultLang: ${ir.lang},
  run(doc, ctx) {
    return driver.run(doc, activePatterns(ctx), ctx.lang);
  },
  start(doc, ctx) {
    return driver.start(doc, activePatterns(ctx), ctx.lang);
  },
});

function activePatterns(ctx) {
  const phase = ctx.phase ?? DEFAULT_PHASE;
  if (phase === null || phase === "#ALL") return ALL;
  const found = PHASES.get(phase);
  if (found === undefined) throw new Error("Unknown phase: " + phase);
  return found;
}

export default pack;
`;
  return out.text;
}

/** Read a .sch file (includes, abstract patterns resolved by the reader) and compile it. */
export function compileSchematronFile(file: string, opts: CompileOptions): string {
  return compileSchematron(readSchematron(file), opts);
}
