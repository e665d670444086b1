import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_XSD_ROOT, SCHEMAS_DIR, buildModel, generateSchemaFiles } from '../../scripts/generate-schemas.js';
import { translatePattern } from '../../scripts/xsd/pattern.js';

describe('generated models', () => {
  it('the committed models are up to date with ../shared/xsd (run npm run generate-schemas)', () => {
    const files = generateSchemaFiles(DEFAULT_XSD_ROOT);
    expect([...files.keys()].sort()).toEqual(['svefaktura-1.0.d.ts', 'svefaktura-1.0.js', 'ubl-2.1.d.ts', 'ubl-2.1.js']);
    for (const [name, content] of files) {
      expect(readFileSync(join(SCHEMAS_DIR, name), 'utf8') === content, `schemas/${name} is stale`).toBe(true);
    }
  });

  it('fails loudly when the schemas are missing', () => {
    expect(() => generateSchemaFiles('/nonexistent/xsd')).toThrow(/XML Schemas not found/);
  });
});

describe('generator refuses what the runtime cannot honour', () => {
  function schema(body: string): string {
    const dir = mkdtempSync(join(tmpdir(), 'xsd-'));
    writeFileSync(
      join(dir, 'a.xsd'),
      `<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns="urn:a" targetNamespace="urn:a" elementFormDefault="qualified">\n${body}\n</xs:schema>`,
    );
    return dir;
  }
  const build = (dir: string) => buildModel({ id: 't', entries: [{ file: 'a.xsd', root: 'R' }] }, dir);

  it('builds a plain schema', () => {
    const m = build(schema('<xs:element name="R"><xs:complexType><xs:sequence><xs:element name="A" type="xs:date" maxOccurs="2"/></xs:sequence></xs:complexType></xs:element>'));
    expect(m.roots).toEqual([0]);
    expect(m.elements.map((e) => e.n)).toEqual(['1:R', '1:A']);
    expect(m.types[m.elements[1]!.t]).toEqual({ k: 's', n: 'xsd:date', b: 'date' });
  });

  it.each([
    ['xsd:all', '<xs:element name="R"><xs:complexType><xs:all><xs:element name="A"/></xs:all></xs:complexType></xs:element>', /xsd:all is not supported/],
    ['list types', '<xs:element name="R"><xs:simpleType><xs:list itemType="xs:int"/></xs:simpleType></xs:element>', /only simple types derived by restriction/],
    ['substitution groups', '<xs:element name="R" substitutionGroup="B"/><xs:element name="B"/>', /substitutionGroup .* is not supported/],
    ['unknown types', '<xs:element name="R" type="Nope"/>', /unknown type/],
    ['unknown built-ins', '<xs:element name="R" type="xs:NOTATION"/>', /not supported/],
    ['unknown facets', '<xs:element name="R"><xs:simpleType><xs:restriction base="xs:string"><xs:assertion test="true()"/></xs:restriction></xs:simpleType></xs:element>', /not supported/],
    ['bounds on dates', '<xs:element name="R"><xs:simpleType><xs:restriction base="xs:date"><xs:minInclusive value="2000-01-01"/></xs:restriction></xs:simpleType></xs:element>', /only supported on decimal types/],
  ])('%s', (_what, body, message) => {
    expect(() => build(schema(body))).toThrow(message);
  });

  it('refuses a DOCTYPE whose entities are used', () => {
    const dir = mkdtempSync(join(tmpdir(), 'xsd-'));
    writeFileSync(
      join(dir, 'a.xsd'),
      '<!DOCTYPE schema [<!ENTITY e "urn:a">]>\n<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="&e;"><xs:element name="R"/></xs:schema>',
    );
    expect(() => build(dir)).toThrow(/references DTD entities/);
  });
});

describe('XSD regular expressions', () => {
  const re = (p: string) => new RegExp(translatePattern(p, 'test'), 'u');
  it('are anchored and treat ^ and $ as ordinary characters', () => {
    expect(re('[A-Z]{3}').test('EUR')).toBe(true);
    expect(re('[A-Z]{3}').test('EURO')).toBe(false);
    expect(re('a$b^').test('a$b^')).toBe(true);
  });
  it('support \\i, \\c, \\d and character classes', () => {
    expect(re('\\i\\c*').test('_a.b-1')).toBe(true);
    expect(re('\\i\\c*').test('1a')).toBe(false);
    expect(re('\\d+').test('١٢')).toBe(true);
    expect(re('[^a-c]+').test('xyz')).toBe(true);
    expect(re('(ab)+|c').test('abab')).toBe(true);
    expect(re('.').test('\n')).toBe(false);
  });
  it('refuse what they cannot translate', () => {
    expect(() => translatePattern('[a-z-[aeiou]]', 'here')).toThrow(/subtraction/);
    expect(() => translatePattern('\\p{IsBasicLatin}', 'here')).toThrow(/not supported/);
  });
});
