import { describe, expect, it } from 'vitest';
import { compileXPathModule } from '../../src/xpath/emit/module.js';
import { CAC, CBC } from './cases.js';

// Forms the emitter writes as plain JavaScript when the static types allow it. Their values are
// checked in cases.ts (and against SaxonJS); here, that the forms are the ones meant, and that
// other operands keep the general path.
const NS = new Map([
  ['cbc', CBC],
  ['cac', CAC],
]);
const code = (expr: string): string => compileXPathModule([expr], { namespaces: NS, runtimeImport: 'rt' }).text;

describe('typed forms', () => {
  it('integer arithmetic on one xs:integer each side is bigint arithmetic', () => {
    const c = code('for $k in 1 to 5 return ($k * 2 - 1) mod 3');
    expect(c).toMatch(/rt\.integerMod\(\(\(v\w+ \* 2n\) - 1n\), 3n\)/);
    expect(c).not.toContain('rt.arith(');
    expect(code('count(cbc:Note) + 1')).toContain('(BigInt(');
    expect(code('for $k in 1 to 5 return $k idiv 2')).toContain('rt.integerDiv(');
  });

  it('keeps the general path for division, decimals, doubles and node values', () => {
    expect(code('for $k in 1 to 5 return $k div 2')).toContain('rt.arith("div"');
    expect(code('for $k in 1 to 5 return $k + 1.5')).toContain('rt.arith("+"');
    expect(code('cbc:Note + 1')).toContain('rt.arith("+"');
    expect(code('(1, 2)[1] + 1')).toContain('rt.arith("+"');
  });

  it("tests normalize-space(X) = '' without making the string", () => {
    expect(code("normalize-space(cbc:ID) = ''")).toContain('rt.isBlank(');
    expect(code("'' != normalize-space(cbc:ID)")).toContain('!rt.isBlank(');
    expect(code('not(normalize-space())')).toMatch(/^\s*.*rt\.isBlank\(rt\.strItem\(c/m);
    expect(code("normalize-space(cbc:ID) = 'a'")).not.toContain('rt.isBlank(');
  });
});
