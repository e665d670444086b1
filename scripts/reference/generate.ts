/**
 * Generates an XSLT 3.0 stylesheet from the Schematron IR, for the SaxonJS reference runner.
 * Our own generator (not the ISO skeleton). The stylesheet reproduces the traversal of the
 * official engines and returns what fired as one JSON text:
 *
 * - One mode per pattern. The main template applies each active pattern's mode to the document
 *   node, patterns in schema order. A rule is a template in its pattern's mode, priorities
 *   descending in rule order, so the FIRST rule whose context matches a node handles it.
 *   Every template (rule or fallback) then applies the mode to `@*|*`: the document node, every
 *   element and every attribute are visited in document order; text nodes never are.
 * - Lets: schema-level lets, the active phase's lets and pattern-level lets are global variables,
 *   so they are evaluated once with the document node as context, as in the compiled official
 *   XSLTs (whose skeleton puts pattern lets at top level too). If a pattern let's name clashes
 *   with another global, that pattern's lets are instead bound at the start of each of its
 *   templates, evaluated with the document node as context (same value, no clash).
 *   Rule-level lets are local variables of the rule's template, in order, before the checks.
 * - An assert fires when its test is false, a report when it is true (effective boolean value;
 *   evaluation errors propagate and stop the transformation).
 * - A firing is a map {kind, id?, flag, location, message}; `location` is computed by `ruv:path`,
 *   our location form (see src/xml/path.ts); `message` is the assert text with value-of / name
 *   evaluated, whitespace-normalized.
 */
import type { CheckIR, FunctionIR, LetIR, MessagePart, PatternIR, SchemaIR, SourceSpan, XsltInstruction } from '../../src/schematron/ir.js';

export const OUR_PREFIX = 'ruv';
export const OUR_NS = 'urn:x-ubl-invoice-validator:reference-runner';
const XSL = 'http://www.w3.org/1999/XSL/Transform';
const XS = 'http://www.w3.org/2001/XMLSchema';

export interface GenerateOptions {
  /** Phase to run; default: the schema's defaultPhase, else all patterns. `#ALL` means all patterns. */
  readonly phase?: string;
}

/** Escape for an attribute value in double quotes. */
function attrText(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/\t/g, '&#9;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;');
}

/** Escape for character content. */
function bodyText(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#13;');
}

/** An XPath string literal. */
export function xpathString(s: string): string {
  return `'${s.replace(/'/g, "''")}'`;
}

type Attrs = Readonly<Record<string, string | undefined>>;

/** A tiny XML writer: every attribute value and text goes through the escapers above. */
class Out {
  private readonly lines: string[] = [];
  /** For each written line, the pack construct it came from (when known). */
  readonly spans: (SourceSpan | undefined)[] = [];
  private depth = 0;
  private current: SourceSpan | undefined;

  /** Attribute the lines written by `body` to a construct of the pack. */
  from(span: SourceSpan, body: () => void): void {
    const before = this.current;
    this.current = span;
    body();
    this.current = before;
  }

  private push(line: string): void {
    this.lines.push(line);
    this.spans.push(this.current);
  }

  private open(name: string, attrs: Attrs): string {
    let s = `<${name}`;
    for (const [k, v] of Object.entries(attrs)) if (v !== undefined) s += ` ${k}="${attrText(v)}"`;
    return s;
  }

  empty(name: string, attrs: Attrs = {}): void {
    this.push(`${'  '.repeat(this.depth)}${this.open(name, attrs)}/>`);
  }

  elem(name: string, attrs: Attrs, body: () => void): void {
    this.push(`${'  '.repeat(this.depth)}${this.open(name, attrs)}>`);
    this.depth++;
    body();
    this.depth--;
    this.push(`${'  '.repeat(this.depth)}</${name}>`);
  }

  text(name: string, attrs: Attrs, text: string): void {
    this.push(`${'  '.repeat(this.depth)}${this.open(name, attrs)}>${bodyText(text)}</${name}>`);
  }

  toString(): string {
    return this.lines.join('\n') + '\n';
  }

  get lineCount(): number {
    return this.lines.length;
  }
}

/** The patterns that run under the chosen phase, in schema order. */
export function activePatterns(ir: SchemaIR, phase?: string): { patterns: PatternIR[]; phaseLets: LetIR[] } {
  const chosen = phase ?? ir.defaultPhase;
  if (chosen === undefined || chosen === '#ALL') return { patterns: [...ir.patterns], phaseLets: [] };
  const ph = ir.phases.find((p) => p.id === chosen);
  if (ph === undefined) throw new Error(`unknown phase ${chosen} (phases: ${ir.phases.map((p) => p.id).join(', ') || 'none'})`);
  const ids = new Set(ph.active);
  return { patterns: ir.patterns.filter((p) => p.id !== undefined && ids.has(p.id)), phaseLets: [...ph.lets] };
}

function writeInstructions(out: Out, body: readonly XsltInstruction[]): void {
  for (const ins of body) {
    switch (ins.kind) {
      case 'variable':
        if (ins.body === undefined) out.empty('xsl:variable', { name: ins.name, as: ins.as, select: ins.select ?? "''" });
        else out.elem('xsl:variable', { name: ins.name, as: ins.as }, () => writeInstructions(out, ins.body ?? []));
        break;
      case 'sequence':
        out.empty('xsl:sequence', { select: ins.select });
        break;
      case 'value-of':
        out.empty('xsl:value-of', { select: ins.select, separator: ins.separator });
        break;
      case 'if':
        out.elem('xsl:if', { test: ins.test }, () => writeInstructions(out, ins.body));
        break;
      case 'choose':
        out.elem('xsl:choose', {}, () => {
          for (const w of ins.whens) out.elem('xsl:when', { test: w.test }, () => writeInstructions(out, w.body));
          if (ins.otherwise !== undefined) out.elem('xsl:otherwise', {}, () => writeInstructions(out, ins.otherwise ?? []));
        });
        break;
      case 'text':
        out.text('xsl:text', {}, ins.text);
        break;
    }
  }
}

function writeFunction(out: Out, fn: FunctionIR): void {
  out.from(fn.span, () => writeFunctionBody(out, fn));
}

function writeFunctionBody(out: Out, fn: FunctionIR): void {
  out.elem('xsl:function', { name: fn.name, as: fn.as }, () => {
    for (const p of fn.params) out.empty('xsl:param', { name: p.name, as: p.as });
    writeInstructions(out, fn.body);
  });
}

/** Our location path function (the form of src/xml/path.ts), written in XSLT. */
function writePathFunctions(out: Out): void {
  const p = OUR_PREFIX;
  const conventional: readonly [string, readonly string[]][] = [
    ['cac', ['urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2', 'urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-1']],
    ['cbc', ['urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2', 'urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-1']],
    ['ext', ['urn:oasis:names:specification:ubl:schema:xsd:CommonExtensionComponents-2']],
  ];
  const prefixExpr =
    conventional.map(([pre, uris]) => `if ($ns = (${uris.map(xpathString).join(', ')})) then '${pre}' else `).join('') +
    `string(prefix-from-QName(node-name($a)))`;
  out.elem('xsl:function', { name: `${p}:step`, as: 'xs:string' }, () => {
    out.empty('xsl:param', { name: 'a', as: 'node()' });
    out.elem('xsl:choose', {}, () => {
      out.elem('xsl:when', { test: '$a instance of attribute()' }, () => out.empty('xsl:sequence', { select: "'/@' || name($a)" }));
      out.elem('xsl:when', { test: '$a instance of element()' }, () => {
        out.empty('xsl:variable', { name: 'ns', select: 'namespace-uri($a)' });
        out.empty('xsl:variable', { name: 'ln', select: 'local-name($a)' });
        out.empty('xsl:variable', { name: 'pre', select: `if ($a/parent::node() instance of document-node()) then '' else ${prefixExpr}` });
        out.empty('xsl:variable', { name: 'n', select: '1 + count($a/preceding-sibling::*[local-name() = $ln and namespace-uri() = $ns])' });
        out.empty('xsl:sequence', { select: "'/' || (if ($pre = '') then $ln else $pre || ':' || $ln) || '[' || $n || ']'" });
      });
      out.elem('xsl:when', { test: '$a instance of text()' }, () =>
        out.empty('xsl:sequence', { select: "'/text()[' || (1 + count($a/preceding-sibling::text())) || ']'" }),
      );
      out.elem('xsl:otherwise', {}, () => out.empty('xsl:sequence', { select: "''" }));
    });
  });
  out.elem('xsl:function', { name: `${p}:path`, as: 'xs:string' }, () => {
    out.empty('xsl:param', { name: 'n', as: 'node()' });
    out.empty('xsl:sequence', {
      select: `if ($n instance of document-node()) then '/' else string-join(for $a in $n/ancestor-or-self::node()[not(. instance of document-node())] return ${p}:step($a), '')`,
    });
  });
}

/**
 * The message as one XPath expression: literal text, `sch:value-of` as `xsl:value-of` would give it
 * (atomized, each item as a string, joined with one space), `sch:name` as `name()`; whitespace-normalized.
 */
export function messageExpression(parts: readonly MessagePart[]): string {
  const v = `$${OUR_PREFIX}:v`;
  const items = parts.map((part) => {
    if (part.kind === 'text') return xpathString(part.text);
    if (part.kind === 'value-of') return `string-join(for ${v} in data((${part.select})) return string(${v}), ' ')`;
    return part.path === undefined ? 'name(.)' : `name(${part.path})`;
  });
  return `normalize-space(string-join((${items.join(', ')}), ''))`;
}

function firingMap(check: CheckIR): string {
  const entries = [
    `'kind': '${check.kind}'`,
    ...(check.id === undefined ? [] : [`'id': ${xpathString(check.id)}`]),
    `'flag': ${xpathString(check.flag ?? '')}`,
    `'location': ${OUR_PREFIX}:path(.)`,
    `'message': ${messageExpression(check.message)}`,
  ];
  return `map{${entries.join(', ')}}`;
}

function writeCheck(out: Out, check: CheckIR): void {
  out.from(check.span, () => writeCheckBody(out, check));
}

function writeCheckBody(out: Out, check: CheckIR): void {
  const fire = (): void => out.empty('xsl:sequence', { select: firingMap(check) });
  out.elem('xsl:choose', {}, () => {
    if (check.kind === 'assert') {
      out.empty('xsl:when', { test: check.test });
      out.elem('xsl:otherwise', {}, fire);
    } else {
      out.elem('xsl:when', { test: check.test }, fire);
    }
  });
}

/** Generate the stylesheet text. Throws when the IR cannot be expressed (e.g. a prefix clash). */
export function generateStylesheet(ir: SchemaIR, options: GenerateOptions = {}): string {
  return generateStylesheetWithMap(ir, options).text;
}

export interface GeneratedStylesheet {
  readonly text: string;
  /** The pack construct behind a line of `text` (1-based line number), when known. */
  spanAtLine(line: number): SourceSpan | undefined;
}

/** Generate the stylesheet text, with a map from its lines back to the pack. */
export function generateStylesheetWithMap(ir: SchemaIR, options: GenerateOptions = {}): GeneratedStylesheet {
  const { patterns, phaseLets } = activePatterns(ir, options.phase);
  const nsAttrs: Record<string, string> = { 'xmlns:xsl': XSL, version: '3.0' };
  const declared = new Map<string, string>();
  for (const ns of ir.namespaces) {
    if (ns.prefix === OUR_PREFIX || ns.prefix === 'xsl' || ns.prefix === 'xml') {
      throw new Error(`the namespace prefix ${ns.prefix} is reserved by the reference runner`);
    }
    if (!declared.has(ns.prefix)) declared.set(ns.prefix, ns.uri);
  }
  if (!declared.has('xs')) declared.set('xs', XS);
  for (const [prefix, uri] of declared) nsAttrs[prefix === '' ? 'xmlns' : `xmlns:${prefix}`] = uri;
  nsAttrs[`xmlns:${OUR_PREFIX}`] = OUR_NS;
  nsAttrs['exclude-result-prefixes'] = '#all';

  // Which pattern lets can be global: those whose names clash with nothing else.
  const globalNames = new Map<string, number>();
  const count = (l: LetIR): void => void globalNames.set(l.name, (globalNames.get(l.name) ?? 0) + 1);
  ir.lets.forEach(count);
  phaseLets.forEach(count);
  patterns.forEach((p) => p.lets.forEach(count));
  const localLets = (p: PatternIR): boolean => p.lets.some((l) => (globalNames.get(l.name) ?? 0) > 1);
  const seen = new Set<string>();
  for (const l of [...ir.lets, ...phaseLets]) {
    if (seen.has(l.name)) throw new Error(`${l.span.file}:${l.span.line}:${l.span.column}: the global let $${l.name} is declared twice`);
    seen.add(l.name);
  }

  const out = new Out();
  out.elem('xsl:stylesheet', nsAttrs, () => {
    out.empty('xsl:output', { method: 'text', encoding: 'UTF-8' });
    const globalLet = (l: LetIR): void => out.from(l.span, () => out.empty('xsl:variable', { name: l.name, select: l.value }));
    [...ir.lets, ...phaseLets].forEach(globalLet);
    for (const p of patterns) if (!localLets(p)) p.lets.forEach(globalLet);
    writePathFunctions(out);
    for (const fn of ir.functions) writeFunction(out, fn);

    out.elem('xsl:template', { match: '/' }, () => {
      out.elem('xsl:variable', { name: `${OUR_PREFIX}:fired`, as: 'map(*)*' }, () => {
        patterns.forEach((_p, i) => out.empty('xsl:apply-templates', { select: '/', mode: `${OUR_PREFIX}:p${i + 1}` }));
      });
      out.empty('xsl:value-of', { select: `serialize(array{$${OUR_PREFIX}:fired}, map{'method': 'json'})` });
    });

    patterns.forEach((p, i) => {
      const mode = `${OUR_PREFIX}:p${i + 1}`;
      const local = localLets(p);
      p.rules.forEach((rule, j) => {
        out.from(rule.span, () =>
          out.elem('xsl:template', { match: rule.context, mode, priority: String(1000 + p.rules.length - j) }, () => {
            if (local) {
              for (const l of p.lets) {
                out.from(l.span, () =>
                  out.elem('xsl:variable', { name: l.name, as: 'item()*' }, () =>
                    out.elem('xsl:for-each', { select: 'root()' }, () => out.empty('xsl:sequence', { select: l.value })),
                  ),
                );
              }
            }
            for (const l of rule.lets) out.from(l.span, () => out.empty('xsl:variable', { name: l.name, select: l.value }));
            for (const c of rule.checks) writeCheck(out, c);
            out.empty('xsl:apply-templates', { select: '@*|*', mode });
          }),
        );
      });
      out.empty('xsl:template', { match: 'text()', mode, priority: '-1' });
      out.elem('xsl:template', { match: '@*|node()', mode, priority: '-2' }, () => out.empty('xsl:apply-templates', { select: '@*|*', mode }));
    });
  });
  // Line 1 is the XML declaration; line n + 1 is the writer's line n.
  return { text: `<?xml version="1.0" encoding="UTF-8"?>\n${out.toString()}`, spanAtLine: (line) => out.spans[line - 2] };
}
