/**
 * The generator and the runtime together, on our own small schema set
 * (test/fixtures/structure/xsd): one test per kind of construct and of issue.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildModel } from '../../scripts/generate-schemas.js';
import { CompiledModel, checkAgainst } from '../../src/structure/index.js';
import { parseXml } from '../../src/xml/index.js';

const dir = fileURLToPath(new URL('../fixtures/structure/xsd/', import.meta.url));
const model = new CompiledModel(buildModel({ id: 'test', entries: [{ file: 'main.xsd', root: 'Doc' }] }, dir));

const LINE = '<Line><LineID>1</LineID><Amount currencyID="EUR">1</Amount></Line>';

function check(body: string, attrs = '') {
  const xml = `<Doc xmlns="urn:test:main" xmlns:o="urn:test:other" xmlns:x="urn:test:x"${attrs}>${body}</Doc>`;
  const r = parseXml(xml);
  if (!r.ok) throw new Error(r.error.message);
  return checkAgainst(r.document, model);
}
const codes = (body: string, attrs = '') => check(body, attrs).map((i) => i.ruleId);

describe('content models', () => {
  it('accepts a minimal and a fuller valid document', () => {
    expect(check(`<ID>1</ID>${LINE}`)).toEqual([]);
    expect(
      check(
        `<ID> a </ID><Note/><Note>n</Note><Right>true</Right><RightMore>2024-01-01</RightMore>` +
          `<Code listID="L">AA</Code><Code listID="L">BB</Code><Amount currencyID="SEK">-12.5</Amount>${LINE}${LINE}`,
        ' version="1.0"',
      ),
    ).toEqual([]);
  });

  it('reports a missing required element at the end of its parent', () => {
    const issues = check('<ID>1</ID>');
    expect(issues.map((i) => i.ruleId)).toEqual(['schema:missing-element']);
    expect(issues[0]!.message).toBe('Doc is incomplete: expected Line after ID');
    expect(issues[0]!.location.path).toBe('/Doc[1]');
  });

  it('reports a required element that was skipped', () => {
    const issues = check(LINE);
    expect(issues.map((i) => i.ruleId)).toEqual(['schema:missing-element']);
    expect(issues[0]!.message).toBe('expected ID at the start of Doc, found Line');
    expect(issues[0]!.location.path).toBe('/Doc[1]/Line[1]');
  });

  it('reports elements out of order, too many, and unknown', () => {
    expect(codes(`<ID>1</ID><Amount currencyID="EUR">1</Amount><Note/>${LINE}`)).toEqual(['schema:out-of-order']);
    expect(codes(`<ID>1</ID><ID>2</ID>${LINE}`)).toEqual(['schema:too-many']);
    const four = '<Code listID="L">AA</Code>'.repeat(4);
    expect(codes(`<ID>1</ID>${four}${LINE}`)).toEqual(['schema:too-many']);
    expect(codes(`<ID>1</ID>${'<Code listID="L">AA</Code>'.repeat(3)}${LINE}`)).toEqual([]);
    expect(codes(`<ID>1</ID><Bogus/>${LINE}`)).toEqual(['schema:unexpected-element']);
  });

  it('matches nested choices and sequences', () => {
    expect(codes(`<ID>1</ID><Left>5</Left>${LINE}`)).toEqual([]);
    expect(codes(`<ID>1</ID><Left>5</Left><Right>true</Right>${LINE}`)).toEqual(['schema:unexpected-element']);
    // RightMore needs Right before it
    expect(codes(`<ID>1</ID><RightMore>2024-01-01</RightMore>${LINE}`)).toEqual(['schema:missing-element']);
    expect(codes(`<ID>1</ID><Right>0</Right>${LINE}`)).toEqual([]);
  });

  it('keeps checking the other children after a content error', () => {
    // the bad Note is out of order; the Line after it is still checked against its declaration
    const issues = check(`<ID>1</ID><Line><LineID>0</LineID><Amount currencyID="EUR">1</Amount></Line><Note/>${LINE}`);
    expect(issues.map((i) => i.ruleId)).toEqual(['schema:invalid-value', 'schema:out-of-order']);
  });

  it('reports text in element-only content, and allows it in mixed content', () => {
    expect(codes(`<ID>1</ID>stray${LINE}`)).toEqual(['schema:unexpected-text']);
    expect(codes(`<ID>1</ID><Mixed>a <B>b</B> c</Mixed>${LINE}`)).toEqual([]);
    expect(codes(`<ID>1</ID><Empty flag="1"/>${LINE}`)).toEqual([]);
    expect(codes(`<ID>1</ID><Empty flag="1"><B/></Empty>${LINE}`)).toEqual(['schema:unexpected-element']);
    expect(codes(`<ID>1</ID><Empty flag="1">x</Empty>${LINE}`)).toEqual(['schema:unexpected-text']);
  });

  it('reports element content in a simple-typed element', () => {
    expect(codes(`<ID><Note/></ID>${LINE}`)).toEqual(['schema:element-in-simple-content']);
  });
});

describe('attributes', () => {
  it('required, unknown, prohibited-by-restriction and fixed attributes', () => {
    expect(codes(`<ID>1</ID><Code>AA</Code>${LINE}`)).toEqual(['schema:missing-attribute']);
    expect(codes(`<ID>1</ID><Code listID="L" name="n">AA</Code>${LINE}`)).toEqual(['schema:unknown-attribute']);
    expect(codes(`<ID>1</ID><Code listID="L" other="x">AA</Code>${LINE}`)).toEqual(['schema:unknown-attribute']);
    expect(codes(`<ID a="1">1</ID>${LINE}`)).toEqual(['schema:unknown-attribute']);
    expect(codes(`<ID>1</ID>${LINE}`, ' version="1.00"')).toEqual([]);
    expect(codes(`<ID>1</ID>${LINE}`, ' version="2"')).toEqual(['schema:invalid-value']);
    expect(codes(`<ID>1</ID><Empty/>${LINE}`)).toEqual(['schema:missing-attribute']);
  });

  it('xsi attributes are always allowed', () => {
    const xsi = ' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="urn:test:main main.xsd"';
    expect(codes(`<ID>1</ID>${LINE}`, xsi)).toEqual([]);
    // but nothing here is nillable, and other xsi names do not exist
    expect(codes(`<ID xsi:nil="true"/>${LINE}`, xsi)).toEqual(['schema:unknown-attribute']);
    expect(codes(`<ID xsi:other="1">1</ID>${LINE}`, xsi)).toEqual(['schema:unknown-attribute']);
  });

  it('checks attribute values against their types', () => {
    const issues = check(`<ID>1</ID><Amount currencyID="eur">1</Amount>${LINE}`);
    expect(issues.map((i) => i.ruleId)).toEqual(['schema:invalid-value']);
    expect(issues[0]!.location.path).toBe('/Doc[1]/Amount[1]/@currencyID');
  });
});

describe('values and facets through the generated model', () => {
  const values = (inner: string) => codes(`<ID>1</ID><Values>${inner}</Values>${LINE}`);
  it('enumeration inherited by a simple-content restriction', () => {
    expect(codes(`<ID>1</ID><Code listID="L">CC</Code>${LINE}`)).toEqual(['schema:invalid-value']);
    // normalizedString replaces whitespace but does not trim it: ' BB ' is not the code BB
    expect(codes(`<ID>1</ID><Code listID="L"> BB </Code>${LINE}`)).toEqual(['schema:invalid-value']);
  });
  it('digits and bounds of an extension base', () => {
    expect(codes(`<ID>1</ID><Amount currencyID="EUR">1.234</Amount>${LINE}`)).toEqual(['schema:invalid-value']);
    expect(codes(`<ID>1</ID><Amount currencyID="EUR">1000000</Amount>${LINE}`)).toEqual(['schema:invalid-value']);
    expect(codes(`<ID>1</ID><Amount currencyID="EUR">-1000000</Amount>${LINE}`)).toEqual([]);
  });
  it('length, min/maxLength, exclusive/inclusive bounds, whiteSpace, pattern', () => {
    expect(values('<Fixed3>abc</Fixed3>')).toEqual([]);
    expect(values('<Fixed3>ab</Fixed3>')).toEqual(['schema:invalid-value']);
    expect(values('<Short> a  b </Short>')).toEqual(['schema:invalid-value']);
    expect(values('<Short>ab</Short>')).toEqual([]);
    expect(values('<Percent>0</Percent>')).toEqual(['schema:invalid-value']);
    expect(values('<Percent>100</Percent>')).toEqual([]);
    expect(values('<Collapsed>  a\n b </Collapsed>')).toEqual([]);
    expect(values('<Pattern>x1-42</Pattern>')).toEqual([]);
    expect(values('<Pattern>$^</Pattern>')).toEqual([]);
    expect(values('<Pattern>1x-42</Pattern>')).toEqual(['schema:invalid-value']);
    expect(values('<Any> anything </Any>')).toEqual([]);
  });
  it('reports the value problem at the end tag', () => {
    const issues = check(`<ID>1</ID>\n<Values>\n<Percent>\n0\n</Percent>\n</Values>${LINE}`);
    expect(issues[0]!.location.line).toBe(5);
  });
});

describe('wildcards', () => {
  it('lax: unknown elements pass, declared ones are validated', () => {
    expect(codes(`<ID>1</ID><Lax><x:Thing><x:Deep a="1"/></x:Thing></Lax>${LINE}`)).toEqual([]);
    expect(codes(`<ID>1</ID><Lax><o:Known><o:When>2024-01-01T00:00:00</o:When></o:Known></Lax>${LINE}`)).toEqual([]);
    expect(codes(`<ID>1</ID><Lax><o:Known><o:When>soon</o:When></o:Known></Lax>${LINE}`)).toEqual(['schema:invalid-value']);
    // declared elements deep inside an unknown one are still validated
    expect(codes(`<ID>1</ID><Lax><x:Thing><o:Known/></x:Thing></Lax>${LINE}`)).toEqual(['schema:missing-element']);
  });
  it('lax ##other: the own namespace is not allowed', () => {
    expect(codes(`<ID>1</ID><Lax><Note/></Lax>${LINE}`)).toEqual(['schema:unexpected-element']);
    expect(codes(`<ID>1</ID><Lax/>${LINE}`)).toEqual(['schema:missing-element']);
  });
  it('skip: anything goes, attributes too', () => {
    expect(codes(`<ID>1</ID><Skip any="thing"><o:Known><o:When>soon</o:When></o:Known><Note><x/></Note></Skip>${LINE}`)).toEqual([]);
  });
  it('strict: a declaration must exist; the namespace list is honoured', () => {
    expect(codes(`<ID>1</ID><Strict><o:Known><o:When>2024-01-01T00:00:00</o:When></o:Known></Strict>${LINE}`)).toEqual([]);
    expect(codes(`<ID>1</ID><Strict><o:Unknown/></Strict>${LINE}`)).toEqual(['schema:unexpected-element']);
    expect(codes(`<ID>1</ID><Strict><local xmlns=""/></Strict>${LINE}`)).toEqual(['schema:unexpected-element']);
    expect(codes(`<ID>1</ID><Strict><x:Thing/></Strict>${LINE}`)).toEqual(['schema:unexpected-element']);
  });
  it('ID values must be unique', () => {
    const k = (id: string) => `<o:Known id="${id}"><o:When>2024-01-01T00:00:00</o:When></o:Known>`;
    expect(codes(`<ID>1</ID><Strict>${k('a')}${k('b')}</Strict>${LINE}`)).toEqual([]);
    expect(codes(`<ID>1</ID><Strict>${k('a')}${k('a')}</Strict>${LINE}`)).toEqual(['schema:duplicate-id']);
  });
});

describe('document element', () => {
  it('a root the model does not declare gives no issues', () => {
    const r = parseXml('<Other xmlns="urn:test:main"><x/></Other>');
    if (!r.ok) throw new Error('parse');
    expect(checkAgainst(r.document, model)).toEqual([]);
  });
});
