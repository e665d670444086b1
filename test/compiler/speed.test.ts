/**
 * The compiler's speed devices must not change a verdict: each test pins the semantics of one
 * shortcut on the cases where a shortcut could go wrong (absent names, names present elsewhere,
 * empty sequences, attributes, predicates, non-node variables).
 */
import { describe, expect, it } from 'vitest';
import { RuleEvaluationError } from '../../src/engine/pack.js';
import { DocState, namePath, nameTest, type NodeTest } from '../../src/xpath/runtime/index.js';
import { check, compileModule, doc, fired, letIR, loadPack, pattern, rule, schema } from './harness.js';

const NS = 'xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2" xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2" xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"';
const inv = (body: string) => `<Invoice ${NS}>${body}</Invoice>`;

describe('existence tests guarded by the document name index', () => {
  const lineChecks = () =>
    schema([
      pattern([
        rule(
          '/ubl:Invoice',
          [
            check('empty($lines/cac:Item/cbc:BrandName)', 'BRAND'),
            check('not(exists($lines/cac:Item/@flag))', 'FLAG'),
            check('empty(cac:Delivery/cac:Item/cbc:BrandName)', 'DELIVERY'),
            check('empty($lines/cac:Item[cbc:Name = "x"]/cbc:Name)', 'PRED'),
            check('empty(/ubl:Invoice/cac:Line/cac:Item/cbc:BrandName)', 'ROOT'),
          ],
          [letIR('lines', 'cac:Line | cac:OtherLine')],
        ),
      ]),
    ]);

  it('finds nothing when the name is absent from the document', async () => {
    const pack = await loadPack(lineChecks());
    expect(fired(pack, inv('<cac:Line><cac:Item><cbc:Name>a</cbc:Name></cac:Item></cac:Line>'))).toEqual([]);
  });

  it('finds nothing when the names occur, but never one as the parent of the other', async () => {
    const pack = await loadPack(lineChecks());
    expect(fired(pack, inv('<cac:Line><cac:Item/></cac:Line><cac:Other flag="1"><cbc:BrandName/></cac:Other>'))).toEqual([]);
  });

  it('still walks the path when the name exists elsewhere in the document', async () => {
    const pack = await loadPack(lineChecks());
    // BrandName and @flag exist, but not under a line's item; the line list itself is empty here.
    expect(fired(pack, inv('<cac:Delivery><cac:Item flag="1"><cbc:BrandName>b</cbc:BrandName></cac:Item></cac:Delivery>'))).toEqual(['DELIVERY']);
    expect(fired(pack, inv('<cac:Line><cac:Item/></cac:Line><cac:Delivery><cac:Item flag="1"><cbc:BrandName>b</cbc:BrandName></cac:Item></cac:Delivery>'))).toEqual(['DELIVERY']);
  });

  it('finds the name under a line, an attribute, and keeps predicates', async () => {
    const pack = await loadPack(lineChecks());
    const xml = inv('<cac:Line><cac:Item/></cac:Line><cac:OtherLine><cac:Item flag="1"><cbc:Name>x</cbc:Name><cbc:BrandName>b</cbc:BrandName></cac:Item></cac:OtherLine>');
    expect(fired(pack, xml)).toEqual(['BRAND', 'FLAG', 'PRED']);
    const xml2 = inv('<cac:Line><cac:Item><cbc:BrandName>b</cbc:BrandName><cbc:Name>y</cbc:Name></cac:Item></cac:Line>');
    expect(fired(pack, xml2)).toEqual(['BRAND', 'ROOT']);
  });

  it('guards only plain paths from nodes, and shares the paths of a rule-level let', () => {
    const text = compileModule(lineChecks());
    const fire = text.slice(text.indexOf('function fire0'));
    // the three plain paths from the context or the let are guarded; the one with a predicate is
    // not, and the absolute one is context-free (computed once per document instead)
    expect(fire.match(/S\.D\.hasNamePath\(/g)?.length).toBe(3);
    expect(fire).toMatch(/S\.D\.memo\[/);
    // $lines/cac:Item is computed once for the whole rule body
    expect(fire.match(/\?\?= rt\.childOfNodes\(v\d+_\d+, /g)?.length).toBeGreaterThanOrEqual(1);
    const shared = /(t\d+) \?\?= rt\.childOfNodes\(v\d+_\d+, /.exec(fire);
    expect(shared).not.toBeNull();
    expect(fire.split(`${shared![1]} ??=`).length - 1).toBe(2); // BRAND and FLAG
  });

  it('does not skip the dynamic error of a path from a variable holding atomic values', async () => {
    const pack = await loadPack(schema([pattern([rule('/ubl:Invoice', [check('empty($n/cac:Item/cbc:Absent)', 'ATOMIC')], [letIR('n', 'if (exists(cbc:ID)) then 1 else cac:Item')])])]));
    const text = compileModule(schema([pattern([rule('/ubl:Invoice', [check('empty($n/cac:Item/cbc:Absent)', 'ATOMIC')], [letIR('n', 'if (exists(cbc:ID)) then 1 else cac:Item')])])]));
    expect(text).not.toMatch(/hasPath/);
    expect(() => fired(pack, inv('<cbc:ID>1</cbc:ID>'))).toThrow(RuleEvaluationError);
  });
});

describe('DocState.hasNamePath (and hasPath, its form for packs compiled earlier)', () => {
  const CAC = 'urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2';
  const CBC = 'urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2';
  const UBL = 'urn:oasis:names:specification:ubl:schema:xsd:Invoice-2';
  const D = new DocState(doc(inv('<cac:Line><cac:Item><cbc:Name a="1">n</cbc:Name></cac:Item></cac:Line><cac:Other><cbc:ID/></cac:Other>')));
  const e = (ns: string, local: string) => nameTest(1, ns, local);
  const both = (tests: NodeTest[]): boolean => {
    const a = D.hasPath(tests);
    expect(D.hasNamePath(namePath(tests))).toBe(a);
    return a;
  };

  it('checks every parent/child name pair of the chain, attributes included', () => {
    expect(both([e(UBL, 'Invoice'), e(CAC, 'Line'), e(CAC, 'Item'), e(CBC, 'Name'), nameTest(2, '', 'a')])).toBe(true);
    expect(both([e(CAC, 'Item'), e(CBC, 'Name')])).toBe(true);
    expect(both([e(CAC, 'Other'), e(CBC, 'Name')])).toBe(false);
    expect(both([e(CAC, 'Line'), e(CBC, 'Name')])).toBe(false);
    expect(both([e(CAC, 'Item'), nameTest(2, '', 'a')])).toBe(false);
    expect(both([e(CBC, 'Missing')])).toBe(false);
    expect(both([e(CBC, 'ID')])).toBe(true);
    expect(both([e(CAC, 'Missing'), e(CAC, 'Item'), e(CBC, 'Name')])).toBe(false);
  });

  it('answers true for tests it cannot index (wildcards), checking the names after them', () => {
    expect(both([nameTest(1, null, 'Item'), e(CBC, 'Name')])).toBe(true);
    expect(both([e(CAC, 'Item'), nameTest(1, CBC, null)])).toBe(true);
    expect(both([nameTest(1, null, null), e(CAC, 'Item'), e(CBC, 'Name')])).toBe(true);
    expect(both([nameTest(1, null, null), e(CAC, 'Other'), e(CBC, 'Name')])).toBe(false);
  });
});

describe('//(a | b) through the name index', () => {
  it('selects the elements of either name anywhere, the root element included, in document order', async () => {
    const pack = await loadPack(
      schema([
        pattern([
          rule('/ubl:Invoice', [
            check('count(//(ubl:Invoice | cbc:ID)) = 4', 'COUNT'),
            check('string-join(//(cbc:Note | cbc:ID), ",") = "1,n,2,3"', 'ORDER'),
            check('sum(//(cac:Line | cac:OtherLine)/cbc:Amount) = 6', 'SUM'),
            check('empty(//(cbc:Absent | cbc:Gone))', 'EMPTY'),
          ]),
        ]),
      ]),
    );
    const text = compileModule(schema([pattern([rule('/ubl:Invoice', [check('count(//(ubl:Invoice | cbc:ID)) = 4', 'COUNT')])])]));
    expect(text).toMatch(/rt\.union\(rt\.descendantsByName\(/);
    expect(fired(pack, inv('<cbc:ID>1</cbc:ID><cac:Line><cbc:Note>n</cbc:Note><cbc:ID>2</cbc:ID><cbc:Amount>1</cbc:Amount></cac:Line><cac:OtherLine><cbc:ID>3</cbc:ID><cbc:Amount>5</cbc:Amount></cac:OtherLine>'))).toEqual([]);
    expect(fired(pack, inv('<cbc:ID>1</cbc:ID><cbc:Note>n</cbc:Note><cbc:ID>2</cbc:ID><cbc:ID>3</cbc:ID><cbc:ID>4</cbc:ID><cbc:Absent/>'))).toEqual(['COUNT', 'ORDER', 'SUM', 'EMPTY']);
  });
});

describe('child steps', () => {
  it('select children by name from elements and the document node, with wildcards and on wide elements', async () => {
    const wide = Array.from({ length: 20 }, (_, i) => `<cbc:N${i}>${i}</cbc:N${i}>`).join('');
    const pack = await loadPack(
      schema([
        pattern([
          rule('/', [check('count(ubl:Invoice/cbc:N3) = 1 and count(*) = 1 and empty(cbc:N3)', 'DOC')]),
          rule('/ubl:Invoice', [check('count(cbc:N19) = 1 and count(cbc:N20) = 0 and count(*) = 20 and cbc:N7 = 7', 'WIDE')]),
        ]),
      ]),
    );
    expect(fired(pack, inv(wide))).toEqual([]);
    expect(fired(pack, inv('<cbc:N3/><cbc:N3/>'))).toEqual(['DOC', 'WIDE']);
  });
});

describe('long rule bodies', () => {
  it('are split into parts that keep check order, lets and findings', async () => {
    const checks = Array.from({ length: 60 }, (_, i) => check(i % 7 === 0 ? `count($lines) = ${i}` : `exists($lines/cbc:ID)`, `C${i}`));
    const ir = schema([pattern([rule('/ubl:Invoice', checks, [letIR('lines', 'cac:Line')])])]);
    const text = compileModule(ir);
    expect(text).toMatch(/function fire0_part2\(c, S, out, v\d+_\d+\)/);
    const pack = await loadPack(ir);
    // two lines: count($lines) = i only for i = 2 (not a multiple of 7), so every C(7k) fires
    const want = checks.map((c, i) => (i % 7 === 0 ? c.id : null)).filter((x) => x !== null);
    expect(fired(pack, inv('<cac:Line><cbc:ID>1</cbc:ID></cac:Line><cac:Line/>'))).toEqual(want);
    expect(fired(pack, inv(''))).toEqual(checks.map((c, i) => (i % 7 === 0 && i !== 0 ? c.id : i % 7 === 0 ? null : c.id)).filter((x) => x !== null));
  });
});

describe('value comparisons of two strings', () => {
  it('compile to direct comparisons with code point order', async () => {
    const ir = schema([
      pattern([
        rule('/ubl:Invoice', [
          check("normalize-space(cbc:A) eq 'x y'", 'EQ'),
          check("normalize-space(cbc:A) ne string(cbc:B)", 'NE'),
          check("'\uFF61' lt '\u{10000}' and '\u{10000}' gt 'z' and 'a' le 'a' and 'b' ge 'a'", 'ORDER'),
        ]),
      ]),
    ]);
    expect(compileModule(ir)).not.toMatch(/rt\.valueCompare/);
    const pack = await loadPack(ir);
    expect(fired(pack, inv('<cbc:A> x  y </cbc:A><cbc:B>z</cbc:B>'))).toEqual([]);
    expect(fired(pack, inv('<cbc:A>x</cbc:A><cbc:B>x</cbc:B>'))).toEqual(['EQ', 'NE']);
  });
});

describe('inline name tests in rule contexts', () => {
  it('tell elements from attributes of the same name and check the namespace', async () => {
    const pack = await loadPack(
      schema([
        pattern([rule('ID', [check('false()', 'ELEM')])]),
        pattern([rule('@ID', [check('false()', 'ATTR')])]),
        pattern([rule('cbc:ID', [check('false()', 'CBC')])]),
      ]),
    );
    expect(fired(pack, inv('<cbc:X ID="a"><ID xmlns="">1</ID><cbc:ID>2</cbc:ID></cbc:X>'))).toEqual(['ELEM', 'ATTR', 'CBC']);
    expect(fired(pack, inv('<cbc:X ID="a"/>'))).toEqual(['ATTR']);
  });
});

describe('string value of a child step in a predicate', () => {
  const ir = schema([pattern([rule('/ubl:Invoice', [check("count(cac:Line[normalize-space(cbc:ID) = 'A']) = 1 and count(cac:Line[string-length(cbc:ID) = 0]) = 1", 'LINES')])])]);

  it('reads the only child, treats none as the empty string', async () => {
    expect(compileModule(ir)).toMatch(/rt\.childStr\(c\d*, N\d+, "normalize-space"\)/);
    const pack = await loadPack(ir);
    expect(fired(pack, inv('<cac:Line><cbc:ID> A </cbc:ID></cac:Line><cac:Line/><cac:Line><cbc:ID>B</cbc:ID></cac:Line>'))).toEqual([]);
    expect(fired(pack, inv('<cac:Line><cbc:ID>B</cbc:ID></cac:Line><cac:Line/><cac:Line/>'))).toEqual(['LINES']);
  });

  it('raises XPTY0004 for two children, as strArg does', async () => {
    const pack = await loadPack(ir);
    expect(() => fired(pack, inv('<cac:Line><cbc:ID>A</cbc:ID><cbc:ID>B</cbc:ID></cac:Line>'))).toThrow(/a sequence of 2 items/);
  });
});
