import { describe, expect, it } from 'vitest';
import { Code, Hoister, Name, NameTable, _, join, literal } from '../../src/xpath/emit/code.js';

describe('code builder', () => {
  it('escapes interpolated strings as literals, including U+2028/2029', () => {
    const evil = '"); process.exit(1); ("\u2028\u2029';
    const c = _`f(${evil})`;
    expect(c.text).toBe('f("\\"); process.exit(1); (\\"\\u2028\\u2029")');
    expect(JSON.parse(c.text.slice(2, -1))).toBe(evil);
  });

  it('inserts Code verbatim and renders other literals', () => {
    expect(_`${new Name('x')} + ${1} + ${2n} + ${true} + ${null} + ${NaN} + ${-0}`.text).toBe('x + 1 + 2n + true + null + NaN + -0');
    expect(literal(Infinity).text).toBe('Infinity');
  });

  it('checks identifiers when they are made', () => {
    expect(() => new Name('a b')).toThrow(/Invalid identifier/);
    expect(() => new Name('1a')).toThrow(/Invalid identifier/);
    expect(() => new Name('return')).toThrow(/Reserved/);
    expect(new Name('ok_1$').text).toBe('ok_1$');
  });

  it('hands out unique names and shares hoisted constants by key', () => {
    const names = new NameTable();
    expect(names.make('v').text).toBe('v0');
    expect(names.make('v').text).toBe('v1');
    const h = new Hoister(names);
    const a = h.constant('K', 'k1', _`${1}`);
    const b = h.constant('K', 'k1', _`${2}`);
    expect(a).toBe(b);
    expect(h.code().text).toBe('const K0 = 1;');
  });

  it('joins only with punctuation separators', () => {
    expect(join([new Code('a'), new Code('b')], ' || ').text).toBe('a || b');
    expect(() => join([new Code('a')], 'x')).toThrow();
  });
});
