import { describe, expect, it } from 'vitest';
import { checkValue, inLexicalSpace, normalizeSpace } from '../../src/structure/datatypes.js';
import type { Builtin, SimpleTypeDef } from '../../src/structure/model.js';

const cases: Record<string, { valid: string[]; invalid: string[] }> = {
  decimal: { valid: ['0', '-1.5', '+.5', '1.', '00012.3400'], invalid: ['', '1e3', '1,5', '.', '- 1', 'NaN'] },
  integer: { valid: ['0', '-12', '+7', '007'], invalid: ['', '1.0', '1e2', '--1'] },
  positiveInteger: { valid: ['1', '+99999999999999999999'], invalid: ['0', '-1', '1.0'] },
  nonNegativeInteger: { valid: ['0', '12'], invalid: ['-1'] },
  int: { valid: ['2147483647', '-2147483648'], invalid: ['2147483648'] },
  boolean: { valid: ['true', 'false', '1', '0'], invalid: ['TRUE', 'yes', '', '2'] },
  date: {
    valid: ['2024-02-29', '2023-12-31Z', '2023-01-01+14:00', '-0044-03-15', '12345-01-01'],
    invalid: ['2023-02-29', '2017-09-31', '2017-01-00', '2019-00-01', '18-10-01', '2018-01-01T20:00:00', '0000-01-01', '2023-01-01+15:00', '02023-01-01', ''],
  },
  time: { valid: ['13:20:00', '13:20:00.5', '24:00:00', '00:00:00Z'], invalid: ['24:00:01', '13:60:00', '1:20:00', '13:20'] },
  dateTime: {
    valid: ['2023-01-01T00:00:00', '2023-01-01T23:59:59.999+01:00', '2023-01-01T24:00:00'],
    invalid: ['2023-01-01', '2023-01-01 10:00:00', '2023-01-01T10:00', '2023-13-01T00:00:00'],
  },
  gYear: { valid: ['2023', '2023Z'], invalid: ['23', '0000'] },
  gYearMonth: { valid: ['2023-12'], invalid: ['2023-13'] },
  gMonthDay: { valid: ['--02-29'], invalid: ['--02-30'] },
  duration: { valid: ['P1Y', 'PT1H', '-P1DT2H3M4.5S'], invalid: ['P', 'PT', 'P1H', '1Y'] },
  double: { valid: ['1e10', '-INF', 'NaN', '.5E-3'], invalid: ['+INF', 'inf', '1e'] },
  base64Binary: { valid: ['', 'QUJD', 'QUI=', 'QQ==', 'QU JD', 'QUJD\nREVG'], invalid: ['QUJ', 'QR==', 'QUJ=D', 'Q===', '#ABC'] },
  hexBinary: { valid: ['', '0aFF'], invalid: ['0', 'GG'] },
  language: { valid: ['en', 'sv-SE', 'x-klingon'], invalid: ['', 'englishes-x', 'en_US'] },
  NCName: { valid: ['a', '_x.y-z', 'Åsa'], invalid: ['1a', 'a:b', ''] },
  ID: { valid: ['id-1'], invalid: ['1id', 'a b'] },
  QName: { valid: ['a:b', 'b'], invalid: [':b', 'a:'] },
  NMTOKEN: { valid: ['1a', '-'], invalid: ['a b', ''] },
  string: { valid: ['', ' any  text \n'], invalid: [] },
  normalizedString: { valid: ['a\tb'], invalid: [] },
  token: { valid: [' a  b '], invalid: [] },
  // verdicts of the JDK 17 validator (Xerces) on the same values
  anyURI: {
    valid: ['http://example.com/a b', 'urn:x', '', 'a:b:c', 'file:///x', 'http://[::1]/', 'x#', '#', 'a%41', 'http://a/b#c[d]', 'a?[', '//a', 'http://a|b', 'http://ex.com/ä', 'ab/c:d'],
    invalid: ['%zz', '%', 'http://a%2', '::', ':x', '#a#b', 'http://[bad', 'http://a]b/', 'http://a/[x]', 'a[b]', '//', 'http://', 'a:', '1a:b', '-a:b', 'é:x'],
  },
};

function simple(b: Builtin, f?: SimpleTypeDef['f']): SimpleTypeDef {
  return f === undefined ? { k: 's', b } : { k: 's', b, f };
}

describe('built-in lexical spaces', () => {
  for (const [type, { valid, invalid }] of Object.entries(cases)) {
    it(type, () => {
      for (const v of valid) expect(checkValue(v, simple(type as Builtin)).problem, `${type} '${v}'`).toBeNull();
      for (const v of invalid) expect(checkValue(v, simple(type as Builtin)).problem, `${type} '${v}'`).not.toBeNull();
    });
  }

  it('applies whitespace per type before the lexical check', () => {
    expect(checkValue('  2024-01-31\n', simple('date')).problem).toBeNull();
    expect(checkValue(' 12.5 ', simple('decimal')).problem).toBeNull();
    expect(checkValue(' true', simple('boolean')).problem).toBeNull();
    // string keeps whitespace, so an enumeration must match it exactly
    expect(checkValue(' A', simple('string', [{ enumeration: ['A'] }])).problem).not.toBeNull();
    expect(checkValue(' A ', simple('token', [{ enumeration: ['A'] }])).problem).toBeNull();
    // only XML whitespace counts: a no-break space is content
    expect(inLexicalSpace('date', normalizeSpace('\u00a02024-01-31', 'collapse'))).toBe(false);
  });

  it('normalizes whitespace by mode', () => {
    expect(normalizeSpace(' a\t\nb  c ', 'preserve')).toBe(' a\t\nb  c ');
    expect(normalizeSpace(' a\t\nb  c ', 'replace')).toBe(' a  b  c ');
    expect(normalizeSpace(' a\t\nb  c ', 'collapse')).toBe('a b c');
  });
});

describe('facets', () => {
  it('enumeration compares numbers by value and strings exactly', () => {
    expect(checkValue('1.0', simple('decimal', [{ enumeration: ['1', '2'] }])).problem).toBeNull();
    expect(checkValue('3', simple('decimal', [{ enumeration: ['1', '2'] }])).problem).toMatch(/not one of 1, 2/);
    expect(checkValue('aa', simple('token', [{ enumeration: ['AA'] }])).problem).not.toBeNull();
  });

  it('length facets count characters (octets for binary)', () => {
    const t = simple('string', [{ minLength: 2, maxLength: 3 }]);
    expect(checkValue('ab', t).problem).toBeNull();
    expect(checkValue('åäö', t).problem).toBeNull();
    expect(checkValue('a', t).problem).toMatch(/shorter/);
    expect(checkValue('abcd', t).problem).toMatch(/longer/);
    expect(checkValue('QUI=', simple('base64Binary', [{ length: 2 }])).problem).toBeNull();
    expect(checkValue('0aff', simple('hexBinary', [{ length: 3 }])).problem).not.toBeNull();
  });

  it('digits and bounds work on exact decimals', () => {
    const t = simple('decimal', [{ totalDigits: 4, fractionDigits: 2, minInclusive: '-10', maxExclusive: '100.5' }]);
    expect(checkValue('99.99', t).problem).toBeNull();
    expect(checkValue('0012.50', t).problem).toBeNull();
    expect(checkValue('-10', t).problem).toBeNull();
    expect(checkValue('1.234', t).problem).toMatch(/fraction digits/);
    expect(checkValue('12345', t).problem).toMatch(/digits/);
    expect(checkValue('-10.01', t).problem).toMatch(/less than/);
    expect(checkValue('100.5', t).problem).toMatch(/not less than/);
    expect(checkValue('-9.99', t).problem).toBeNull();
  });

  it('every restriction step must hold, and patterns of one step are alternatives', () => {
    const t = simple('string', [{ pattern: ['^(?:[A-Z]+)$', '^(?:[0-9]+)$'] }, { maxLength: 3 }]);
    expect(checkValue('ABC', t).problem).toBeNull();
    expect(checkValue('123', t).problem).toBeNull();
    expect(checkValue('A1', t).problem).toMatch(/pattern/);
    expect(checkValue('ABCD', t).problem).toMatch(/longer/);
  });
});
