import { describe, expect, it } from 'vitest';
import { childElements, getAttribute, nodePath, parseXml, stringValue, type XmlDocument, type XmlElement } from '../../src/xml/index.js';

function parse(input: string | Uint8Array, limits = {}): XmlDocument {
  const r = parseXml(input, limits);
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.document;
}

function errorOf(input: string | Uint8Array, limits = {}) {
  const r = parseXml(input, limits);
  if (r.ok) throw new Error('expected a parse error');
  return r.error;
}

const first = (el: XmlElement): XmlElement => childElements(el)[0]!;

describe('encodings', () => {
  const body = '<a n="Åsa">Malmö</a>';
  it('decodes UTF-8 with and without a BOM', () => {
    expect(stringValue(parse(Buffer.from(body)).root)).toBe('Malmö');
    const doc = parse(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(body)]));
    expect(stringValue(doc.root)).toBe('Malmö');
    expect(doc.encoding).toBe('utf-8');
  });
  it('decodes UTF-16 LE and BE with a BOM', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(body, 'utf16le')]);
    expect(parse(le).encoding).toBe('utf-16le');
    expect(getAttribute(parse(le).root, '', 'n')?.value).toBe('Åsa');
    const be = Buffer.from(le);
    for (let i = 0; i < be.length; i += 2) [be[i], be[i + 1]] = [be[i + 1]!, be[i]!];
    expect(stringValue(parse(be).root)).toBe('Malmö');
    expect(parse(be).encoding).toBe('utf-16be');
  });
  it('decodes ISO-8859-1 when declared, byte for byte', () => {
    const doc = parse(Buffer.from(`<?xml version="1.0" encoding="ISO-8859-1"?>${body}`, 'latin1'));
    expect(doc.encoding).toBe('iso-8859-1');
    expect(stringValue(doc.root)).toBe('Malmö');
  });
  it('decodes Windows-1252 when declared (the euro sign is 0x80)', () => {
    const bytes = Buffer.concat([Buffer.from('<?xml version="1.0" encoding="windows-1252"?><a>'), Buffer.from([0x80]), Buffer.from('</a>')]);
    expect(stringValue(parse(bytes).root)).toBe('€');
  });
  it('refuses an unknown encoding and non-ASCII bytes declared as US-ASCII', () => {
    expect(errorOf(Buffer.from('<?xml version="1.0" encoding="EBCDIC-FR"?><a/>')).code).toBe('xml:unsupported-encoding');
    expect(errorOf(Buffer.from('<?xml version="1.0" encoding="US-ASCII"?><a>ö</a>')).code).toBe('xml:invalid-encoding');
  });
  it('names the byte offset of invalid UTF-8', () => {
    expect(errorOf(Uint8Array.from([0x3c, 0x61, 0x3e, 0xc3, 0x28, 0x3c, 0x2f, 0x61, 0x3e])).message).toMatch(/byte 0xC3 at byte offset 3/);
  });
});

describe('positions', () => {
  it('counts lines over LF, CRLF and CR, and columns in code points', () => {
    const doc = parse('<a>\r\n<b/>\r<c/>\n\u{1F600}<d/></a>');
    const [b, c, d] = childElements(doc.root);
    expect(b!.pos).toMatchObject({ line: 2, column: 1 });
    expect(c!.pos).toMatchObject({ line: 3, column: 1 });
    expect(d!.pos).toMatchObject({ line: 4, column: 2 });
    expect(d!.pos.offset).toBe('<a>\r\n<b/>\r<c/>\n\u{1F600}'.length);
  });
  it('reports the position of an error', () => {
    const e = errorOf('<a>\n  <b>\n</a>');
    expect(e).toMatchObject({ code: 'xml:mismatched-tag', line: 3, column: 1 });
  });
});

describe('tree', () => {
  it('resolves default and prefixed namespaces with scoping', () => {
    const doc = parse('<r xmlns="urn:d" xmlns:p="urn:p"><p:x p:at="1" at="2"><y xmlns="urn:e"/></p:x><z/></r>');
    const x = first(doc.root);
    expect([x.ns, x.local, x.prefix]).toEqual(['urn:p', 'x', 'p']);
    expect(getAttribute(x, 'urn:p', 'at')?.value).toBe('1');
    expect(getAttribute(x, '', 'at')?.value).toBe('2');
    expect(first(x).ns).toBe('urn:e');
    expect(childElements(doc.root)[1]!.ns).toBe('urn:d');
  });
  it('resolves a repeated name again when a declaration comes into or goes out of scope (the name cache)', () => {
    const names = (input: string) => {
      const out: string[] = [];
      const visit = (el: XmlElement) => {
        out.push(`${el.ns}|${el.local}`, ...el.attributes.map((a) => `@${a.ns}|${a.local}`));
        childElements(el).forEach(visit);
      };
      visit(parse(input).root);
      return out;
    };
    const doc =
      '<r xmlns:p="urn:a"><p:x p:y="1"/><s xmlns:p="urn:b"><p:x p:y="1"/></s><p:x p:y="1"/>' +
      '<t xmlns:p="urn:c" p:y="1"/><p:x/><u xmlns="urn:d"><x/><v xmlns=""><x/></v><x/></u><x/></r>';
    const expected = [
      '|r', 'urn:a|x', '@urn:a|y', '|s', 'urn:b|x', '@urn:b|y', 'urn:a|x', '@urn:a|y',
      '|t', '@urn:c|y', 'urn:a|x', 'urn:d|u', 'urn:d|x', '|v', '|x', 'urn:d|x', '|x',
    ];
    expect(names(doc)).toEqual(expected);
    // the same names again, in another document binding the prefix elsewhere
    expect(names('<r xmlns:p="urn:z"><p:x p:y="1"/></r>')).toEqual(['|r', 'urn:z|x', '@urn:z|y']);
    expect(names(doc)).toEqual(expected);
    expect(errorOf('<r><p:x/></r>').code).toBe('xml:undeclared-prefix');
    // the same inner declarations under different outer ones
    expect(names('<a xmlns:p="urn:1"><b xmlns:q="urn:2"><p:x/></b></a>')).toEqual(['|a', '|b', 'urn:1|x']);
    expect(names('<a xmlns:p="urn:3"><b xmlns:q="urn:2"><p:x/></b></a>')).toEqual(['|a', '|b', 'urn:3|x']);
  });
  it('shares indentation text between nodes without changing its value', () => {
    const doc = parse('<a>\n  <b/>\r\n  <c/>\n\t<d/>\n  x<e/>\n</a>');
    expect(doc.root.children.filter((k) => k.kind === 'text').map((k) => k.value)).toEqual(['\n  ', '\n  ', '\n\t', '\n  x', '\n']);
  });
  it('replaces references, normalizes attribute whitespace and line ends, merges CDATA with text', () => {
    const doc = parse('<a v="x\ty\r\nz &#65;&#x42;">1 &lt; 2<![CDATA[ & <b> ]]>end\r\n</a>');
    expect(getAttribute(doc.root, '', 'v')?.value).toBe('x y z AB');
    expect(doc.root.children).toHaveLength(1);
    expect(stringValue(doc.root)).toBe('1 < 2 & <b> end\n');
  });
  it('numbers nodes in document order (attributes after their element, before its children)', () => {
    const doc = parse('<a x="1"><b y="2">t</b><c/></a>');
    const orders: number[] = [];
    const visit = (el: XmlElement) => {
      orders.push(el.order, ...el.attributes.map((a) => a.order));
      for (const k of el.children) k.kind === 'element' ? visit(k) : orders.push(k.order);
    };
    visit(doc.root);
    expect(orders).toEqual([1, 2, 3, 4, 5, 6]);
    expect(doc.nodeCount).toBe(7);
  });
  it('keeps document-level processing instructions in document order, around the root', () => {
    const doc = parse('<?xml version="1.0"?>\n<?xml-stylesheet type="text/xsl" href="x.xsl"?><a><?inner x?></a><?after   tail?>');
    expect(doc.processingInstructions.map((p) => [p.target, p.value])).toEqual([
      ['xml-stylesheet', 'type="text/xsl" href="x.xsl"'],
      ['after', 'tail'],
    ]);
    const [before, after] = doc.processingInstructions;
    expect(before!.order).toBeLessThan(doc.root.order);
    expect(after!.order).toBeGreaterThan(doc.root.order);
    expect(before!.pos).toMatchObject({ line: 2, column: 1 });
    expect(doc.nodeCount).toBe(after!.order + 1);
  });

  it('keeps whitespace text, drops comments and processing instructions', () => {
    const doc = parse('<?xml version="1.0"?><!-- c --><a> <!-- x --><?pi data?><b/> </a><!-- end -->');
    expect(doc.root.children.map((k) => k.kind)).toEqual(['text', 'element', 'text']);
  });
  it('writes location paths with conventional UBL prefixes and sibling positions', () => {
    const doc = parse(
      '<ubl:Invoice xmlns:ubl="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2" xmlns:a="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" xmlns:b="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2"><a:L/><a:L><b:ID c="1"/></a:L></ubl:Invoice>',
    );
    const second = childElements(doc.root)[1]!;
    expect(nodePath(first(second))).toBe('/Invoice[1]/cac:L[2]/cbc:ID[1]');
    expect(nodePath(first(second).attributes[0]!)).toBe('/Invoice[1]/cac:L[2]/cbc:ID[1]/@c');
  });
});

describe('well-formedness errors', () => {
  it.each([
    ['<a b="1" b="2"/>', 'xml:duplicate-attribute'],
    ['<a xmlns:p="u" xmlns:q="u" p:x="1" q:x="2"/>', 'xml:duplicate-attribute'],
    ['<a b=1/>', 'xml:syntax'],
    ['<a b="<"/>', 'xml:syntax'],
    ['<a>]]></a>', 'xml:syntax'],
    ['<a><!-- a -- b --></a>', 'xml:syntax'],
    ['<a>&#0;</a>', 'xml:invalid-char'],
    ['<a/>text', 'xml:syntax'],
    ['text<a/>', 'xml:no-root'],
    ['<a><?xml version="1.0"?></a>', 'xml:syntax'],
    ['<p:a/>', 'xml:undeclared-prefix'],
    ['<a p:b="1"/>', 'xml:undeclared-prefix'],
    ['<a xmlns:p=""/>', 'xml:syntax'],
  ])('%s -> %s', (input, code) => {
    expect(errorOf(input).code).toBe(code);
  });
});

describe('limits', () => {
  it('applies configured depth, name length, attribute count and size limits', () => {
    expect(errorOf('<a><b><c/></b></a>', { maxDepth: 2 }).code).toBe('xml:too-deep');
    expect(parse('<a><b/></a>', { maxDepth: 2 }).root.local).toBe('a');
    expect(errorOf('<abcdef/>', { maxNameLength: 5 }).code).toBe('xml:name-too-long');
    expect(errorOf('<a x="1" y="2" z="3"/>', { maxAttributes: 2 }).code).toBe('xml:too-many-attributes');
    expect(errorOf('<a>0123456789</a>', { maxBytes: 10 }).code).toBe('xml:too-large');
  });
});

describe('end positions', () => {
  it('records where each element ends: the > of its end tag, or of /> when empty', () => {
    const src = '<a>\n  <b/>\n  <c>t</c\n  >\n</a>';
    const doc = parse(src);
    const [b, c] = childElements(doc.root);
    expect(b!.endPos).toMatchObject({ line: 2, column: 6, offset: src.indexOf('/>') + 1 });
    expect(c!.endPos).toMatchObject({ line: 4, column: 3 });
    expect(doc.root.endPos).toMatchObject({ line: 5, column: 4, offset: src.length - 1 });
  });
});
