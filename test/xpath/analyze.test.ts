import { describe, expect, it } from 'vitest';
import { Analyzer, XPathStaticError, supportedFunctions } from '../../src/xpath/analyze/index.js';
import { parseXPath } from '../../src/xpath/syntax/index.js';

const a = new Analyzer({ namespaces: new Map([['cbc', 'urn:cbc']]), functions: new Map(), ids: { next: 0 } });

function refusal(text: string, focus: 'node' | 'none' = 'node'): XPathStaticError {
  try {
    a.analyze(parseXPath(text), new Map(), focus);
  } catch (e) {
    if (e instanceof XPathStaticError) return e;
    throw e;
  }
  throw new Error(`accepted: ${text}`);
}

describe('static analysis', () => {
  it('resolves prefixes and refuses unknown ones', () => {
    const r = a.analyze(parseXPath('cbc:ID'), new Map(), 'node');
    const s0 = r.k === 'path' ? r.steps[0] : undefined;
    expect(s0 !== undefined && s0.k === 'axis' && s0.test).toEqual({ kind: 1, ns: 'urn:cbc', local: 'ID' });
    const e = refusal('nope:ID');
    expect(e.code).toBe('XPST0081');
    expect(e.span).toEqual({ start: 0, end: 7 });
  });

  it('refuses unknown variables and functions with their spans', () => {
    expect(refusal('1 + $x').code).toBe('XPST0008');
    expect(refusal('1 + $x').span).toEqual({ start: 4, end: 6 });
    expect(refusal('foo:bar(1)', 'node').code).toBe('XPST0081');
    expect(refusal('cbc:bar(1)').code).toBe('XPST0017');
  });

  it('refuses functions and constructs outside the supported set', () => {
    expect(refusal('format-number(1, "0")').code).toBe('UNSUPPORTED');
    expect(refusal('string-join(("a"))').message).toMatch(/string-join#1/);
    expect(refusal('1 treat as xs:integer').code).toBe('UNSUPPORTED');
    expect(refusal('1 cast as xs:time').code).toBe('UNSUPPORTED');
    expect(refusal('comment()').code).toBe('UNSUPPORTED');
    expect(refusal('position()').code).toBe('UNSUPPORTED');
    expect(refusal('upper-case(1)').code).toBe('UNSUPPORTED');
    expect(refusal('xs:date("2024-01-01") - xs:date("2024-01-01")').code).toBe('UNSUPPORTED');
    expect(refusal('"a"/b').code).toBe('UNSUPPORTED');
  });

  it('refuses focus-dependent expressions where there is no focus', () => {
    expect(refusal('.', 'none').code).toBe('XPDY0002');
    expect(refusal('cbc:ID', 'none').code).toBe('XPDY0002');
    expect(refusal('string()', 'none').code).toBe('XPDY0002');
  });

  it('infers static types used by the emitter', () => {
    expect(a.analyze(parseXPath('1 div 2'), new Map(), 'node').type).toEqual({ item: 'decimal', card: '1' });
    expect(a.analyze(parseXPath('cbc:X * 2'), new Map(), 'node').type).toEqual({ item: 'double', card: '?' });
    expect(a.analyze(parseXPath('count(cbc:X) = 0'), new Map(), 'node').type).toEqual({ item: 'boolean', card: '1' });
  });

  it('lists the supported functions by name and arity', () => {
    const fns = supportedFunctions();
    for (const f of ['normalize-space#0-1', 'concat#2-n', 'matches#2-3', 'xs:decimal#1', 'round#1', 'current-date#0']) expect(fns).toContain(f);
  });
});
