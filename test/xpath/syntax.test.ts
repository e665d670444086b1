import { describe, expect, it } from 'vitest';
import { parsePattern, parseXPath, parseSequenceType, XPathSyntaxError, type Expr } from '../../src/xpath/syntax/index.js';

function err(text: string): XPathSyntaxError {
  try {
    parseXPath(text);
  } catch (e) {
    if (e instanceof XPathSyntaxError) return e;
    throw e;
  }
  throw new Error(`no error for ${text}`);
}

describe('XPath parser', () => {
  it('gives binary operators XPath precedence', () => {
    const e = parseXPath('1 + 2 * 3 = 7 and not(a) or b');
    expect(e.kind).toBe('binary');
    if (e.kind !== 'binary') return;
    expect(e.op).toBe('or');
    const l = e.left as Extract<Expr, { kind: 'binary' }>;
    expect(l.op).toBe('and');
    const cmp = l.left as Extract<Expr, { kind: 'binary' }>;
    expect(cmp.op).toBe('=');
    const sum = cmp.left as Extract<Expr, { kind: 'binary' }>;
    expect(sum.op).toBe('+');
    expect((sum.right as Extract<Expr, { kind: 'binary' }>).op).toBe('*');
  });

  it('tells operators from names by position', () => {
    const e = parseXPath('div div div');
    expect(e.kind === 'binary' && e.op).toBe('div');
    const m = parseXPath('* * *');
    expect(m.kind === 'binary' && m.op).toBe('*');
    const p = parseXPath('a/*');
    expect(p.kind).toBe('path');
  });

  it('parses abbreviated steps and axes', () => {
    const e = parseXPath('//cac:Line[1]/../@id');
    expect(e.kind).toBe('path');
    if (e.kind !== 'path') return;
    expect(e.root).toBe('//');
    expect(e.steps.map((s) => (s.kind === 'axisStep' ? s.axis : 'expr'))).toEqual(['child', 'parent', 'attribute']);
    const f = parseXPath('a//b');
    expect(f.kind === 'path' && f.steps.map((s) => (s.kind === 'axisStep' ? s.axis : 'expr'))).toEqual(['child', 'descendant-or-self', 'child']);
  });

  it('parses for, some, every, if, casts and sequence types', () => {
    expect(parseXPath('for $a in x, $b in y return $a').kind).toBe('for');
    expect(parseXPath('some $a in x satisfies $a').kind).toBe('quantified');
    expect(parseXPath('if (a) then b else c').kind).toBe('if');
    const c = parseXPath('a castable as xs:decimal?');
    expect(c.kind === 'castable' && c.optional).toBe(true);
    expect(parseXPath('a instance of xs:integer*').kind).toBe('instanceOf');
    expect(parseSequenceType('element()?')).toEqual({ kind: 'type', item: { kind: 'node', test: { kind: 'element' } }, occurrence: '?' });
  });

  it('unescapes doubled quotes in string literals', () => {
    expect(parseXPath("'a''b'")).toMatchObject({ kind: 'string', value: "a'b" });
    expect(parseXPath('"a""b"')).toMatchObject({ kind: 'string', value: 'a"b' });
  });

  it('keeps spans as offsets into the text', () => {
    const e = parseXPath('foo(1, $bar)');
    expect(e.span).toEqual({ start: 0, end: 12 });
    if (e.kind !== 'call') return;
    expect(e.args[1]!.span).toEqual({ start: 7, end: 11 });
  });

  it('reports syntax errors with the span of the fault', () => {
    expect(err('a +').code).toBe('XPST0003');
    expect(err('a +').span.start).toBe(3);
    expect(err('(1, 2').message).toMatch(/Expected '\)'/);
    expect(err('"abc').message).toMatch(/Unterminated string/);
    expect(err('a ! b').span).toEqual({ start: 2, end: 3 });
    expect(err('bogus::a').message).toMatch(/Unsupported axis/);
  });

  it('parses match patterns', () => {
    const p = parsePattern('cac:A/cbc:B[1] | //c | /d | @x | /');
    expect(p.alternatives.map((a) => (a.kind === 'path' ? [a.absolute, a.steps.length] : null))).toEqual([
      [false, 2],
      [true, 1],
      [true, 1],
      [false, 1],
      [true, 0],
    ]);
    const [a0, , , a3] = p.alternatives;
    expect(a0?.kind === 'path' && a0.steps[1]!.predicates.length).toBe(1);
    expect(a3?.kind === 'path' && a3.steps[0]!.axis).toBe('attribute');
    const paren = parsePattern('(/a | /b)[$x]').alternatives[0]!;
    expect(paren.kind === 'paren' && [paren.inner.alternatives.length, paren.predicates.length]).toEqual([2, 1]);
    expect(() => parsePattern('ancestor::x')).toThrow(/not allowed in a match pattern/);
  });
});
