/** xsl:function declarations to JavaScript functions `(S, ...args) => Seq`. */
import type { FunctionIR, XsltInstruction } from '../ir.js';
import type { Analyzer } from '../../xpath/analyze/analyze.js';
import { seqTypeToStatic } from '../../xpath/analyze/analyze.js';
import { T, type SeqTypeR, type UserFunction, type VarBinding } from '../../xpath/analyze/types.js';
import { parseSequenceType, splitQName, parseXPath } from '../../xpath/syntax/index.js';
import { Code, Name, _, join } from '../../xpath/emit/code.js';
import type { ExprEmitter } from '../../xpath/emit/expr.js';
import { at, refuse, type Site } from './errors.js';

export function functionSite(f: FunctionIR, construct: string, expression: string): Site {
  return { ruleId: null, construct: `function ${f.name}: ${construct}`, expression, source: f.span };
}

export function parseAs(a: Analyzer, f: FunctionIR, text: string | undefined): SeqTypeR | null {
  if (text === undefined) return null;
  return at(functionSite(f, 'as', text), () => a.seqType(parseSequenceType(text), { start: 0, end: text.length }));
}

/** Declare the function (name, parameters) so calls anywhere, including recursion, resolve. */
export function declareFunction(a: Analyzer, f: FunctionIR, jsName: string, ns: string): UserFunction {
  const q = splitQName(f.name);
  const params = f.params.map((p) => {
    const as = parseAs(a, f, p.as);
    const binding = a.newBinding(p.name, 'param', as === null ? T.items : seqTypeToStatic(as));
    return { binding, as };
  });
  return { ns, local: q.local, arity: f.params.length, jsName: new Name(jsName).text, params, as: parseAs(a, f, f.as) };
}

function specCode(em: ExprEmitter, t: SeqTypeR | null): Code {
  return t === null ? _`null` : em.seqSpec(t);
}

export function compileFunction(a: Analyzer, em: ExprEmitter, f: FunctionIR, uf: UserFunction, globals: ReadonlyMap<string, VarBinding>): Code {
  const vars = new Map(globals);
  const argNames: Code[] = [];
  const lines: Code[] = [];
  uf.params.forEach((p, i) => {
    const arg = em.names.make('a');
    argNames.push(arg);
    const local = em.localName(p.binding);
    vars.set(p.binding.name, p.binding);
    lines.push(p.as === null ? _`const ${local} = ${arg};` : _`const ${local} = rt.convert(${arg}, ${specCode(em, p.as)}, ${`parameter $${p.binding.name} of ${f.name}`});`);
    em.bindVar(p.binding, { code: local, repr: 'seq' });
  });
  const out = em.names.make('out');
  lines.push(_`const ${out} = [];`);
  lines.push(...body(a, em, f, f.body, vars, out));
  const result = uf.as === null ? out : _`rt.convert(${out}, ${specCode(em, uf.as)}, ${`result of ${f.name}`})`;
  lines.push(_`return ${result};`);
  return _`function ${new Code(uf.jsName)}(S${argNames.length > 0 ? _`, ${join(argNames)}` : _``}) {\n  ${join(lines, '\n  ')}\n}`;
}

function expr(a: Analyzer, em: ExprEmitter, f: FunctionIR, construct: string, text: string, vars: ReadonlyMap<string, VarBinding>): Code {
  return at(functionSite(f, construct, text), () => em.seq(em.emit(a.analyze(parseXPath(text), vars, 'none'))));
}

function body(a: Analyzer, em: ExprEmitter, f: FunctionIR, instrs: readonly XsltInstruction[], vars: Map<string, VarBinding>, out: Code): Code[] {
  const lines: Code[] = [];
  for (const ins of instrs) {
    switch (ins.kind) {
      case 'sequence':
        lines.push(_`${out}.push(...${expr(a, em, f, 'xsl:sequence', ins.select, vars)});`);
        break;
      case 'value-of': {
        const sep = ins.separator ?? ' ';
        lines.push(_`${out}.push(rt.untyped(rt.atomize(${expr(a, em, f, 'xsl:value-of', ins.select, vars)}).map(rt.atomicToString).join(${sep})));`);
        break;
      }
      case 'text':
        lines.push(_`${out}.push(rt.untyped(${ins.text}));`);
        break;
      case 'if': {
        const test = at(functionSite(f, 'xsl:if', ins.test), () => em.bool(em.emit(a.analyze(parseXPath(ins.test), vars, 'none'))));
        lines.push(_`if (${test}) {\n  ${join(body(a, em, f, ins.body, new Map(vars), out), '\n  ')}\n}`);
        break;
      }
      case 'choose': {
        let code: Code | null = null;
        for (const w of ins.whens) {
          const test = at(functionSite(f, 'xsl:when', w.test), () => em.bool(em.emit(a.analyze(parseXPath(w.test), vars, 'none'))));
          const b = join(body(a, em, f, w.body, new Map(vars), out), '\n  ');
          code = code === null ? _`if (${test}) {\n  ${b}\n}` : _`${code} else if (${test}) {\n  ${b}\n}`;
        }
        if (ins.otherwise !== undefined) {
          const b = join(body(a, em, f, ins.otherwise, new Map(vars), out), '\n  ');
          code = code === null ? _`{\n  ${b}\n}` : _`${code} else {\n  ${b}\n}`;
        }
        if (code !== null) lines.push(code);
        break;
      }
      case 'variable': {
        const site = functionSite(f, `xsl:variable $${ins.name}`, ins.select ?? '');
        const as = parseAs(a, f, ins.as);
        let value: Code;
        let selectType = T.items;
        if (ins.select !== undefined) {
          const select = ins.select;
          const r = at(site, () => a.analyze(parseXPath(select), vars, 'none'));
          selectType = r.type;
          value = at(site, () => em.seq(em.emit(r)));
        }
        else if (ins.body !== undefined) {
          const tmp = em.names.make('tmp');
          const inner = body(a, em, f, ins.body, new Map(vars), tmp);
          // Without `as`, content makes a temporary tree: we keep its string value as untypedAtomic.
          value =
            as === null
              ? _`(() => { const ${tmp} = []; ${join(inner, ' ')} return [rt.untyped(rt.atomize(${tmp}).map(rt.atomicToString).join(""))]; })()`
              : _`(() => { const ${tmp} = []; ${join(inner, ' ')} return ${tmp}; })()`;
        } else refuse(site, 'xsl:variable needs select or content');
        const binding = a.newBinding(ins.name, 'local', as === null ? (ins.select === undefined ? T.of('untyped', '1') : selectType) : seqTypeToStatic(as));
        const local = em.localName(binding);
        lines.push(as === null ? _`const ${local} = ${value};` : _`const ${local} = rt.convert(${value}, ${specCode(em, as)}, ${`variable $${ins.name}`});`);
        em.bindVar(binding, { code: local, repr: 'seq' });
        vars.set(ins.name, binding);
        break;
      }
    }
  }
  return lines;
}
