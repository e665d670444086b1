import { describe, expect, it } from 'vitest';
import { RuleEvaluationError } from '../../src/engine/pack.js';
import { SchematronCompileError } from '../../src/schematron/compile.js';
import type { FunctionIR } from '../../src/schematron/ir.js';
import { check, compileModule, doc, fired, letIR, loadPack, pattern, rule, schema, span } from './harness.js';

const NS = 'xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2" xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2" xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"';
const inv = (body: string) => `<Invoice ${NS}>${body}</Invoice>`;

describe('compiled packs: traversal and rule selection', () => {
  it('lets only the first matching rule of a pattern handle a node; patterns are independent', async () => {
    const pack = await loadPack(
      schema([
        pattern([rule('cac:Line[cbc:ID = "1"]', [check('false()', 'FIRST')]), rule('cac:Line', [check('false()', 'SECOND')])]),
        pattern([rule('cac:Line', [check('false()', 'OTHER')])]),
      ]),
    );
    const findings = pack.run(doc(inv('<cac:Line><cbc:ID>1</cbc:ID></cac:Line><cac:Line><cbc:ID>2</cbc:ID></cac:Line>')), { lang: 'en' });
    expect(findings.map((f) => f.ruleId)).toEqual(['FIRST', 'SECOND', 'OTHER', 'OTHER']);
    expect(findings[0]!.node).not.toBe(findings[1]!.node);
  });

  it('visits the document node, elements and attributes in document order, never text', async () => {
    const pack = await loadPack(
      schema([
        pattern([
          rule('/', [check('false()', 'DOC')]),
          rule('@currencyID', [check('. = "EUR"', 'ATTR')]),
          rule('//cbc:Amount', [check('false()', 'AMT')]),
          rule('text()', [check('false()', 'TEXT')]),
        ]),
      ]),
    );
    const d = doc(inv('<cbc:Amount currencyID="SEK">1</cbc:Amount><cbc:Amount currencyID="EUR">2</cbc:Amount>'));
    const f = pack.run(d, { lang: 'en' });
    expect(f.map((x) => x.ruleId)).toEqual(['DOC', 'AMT', 'ATTR', 'AMT']);
    expect(f[2]!.node.kind).toBe('attribute');
  });

  it('matches absolute, descendant, wildcard and union contexts', async () => {
    const pack = await loadPack(
      schema([
        pattern([rule('/ubl:Invoice/cbc:ID', [check('false()', 'ABS')])]),
        pattern([rule('cac:Party//cbc:ID', [check('false()', 'DESC')])]),
        pattern([rule('cbc:Note | cbc:Memo', [check('false()', 'UNION')])]),
        pattern([rule('cac:X/*', [check('false()', 'STAR')])]),
        pattern([rule('cac:X/cbc:ID[2]', [check('false()', 'POS')])]),
      ]),
    );
    const xml = inv('<cbc:ID/><cac:Party><cac:A><cbc:ID/></cac:A></cac:Party><cbc:Memo/><cbc:Note/><cac:X><cbc:ID/><cbc:ID/></cac:X>');
    expect(fired(pack, xml)).toEqual(['ABS', 'DESC', 'UNION', 'UNION', 'STAR', 'STAR', 'POS']);
  });
});

describe('compiled packs: lets, messages, functions, phases', () => {
  it('evaluates schema, pattern and rule lets with the right context', async () => {
    const pack = await loadPack(
      schema(
        [
          pattern(
            [
              rule(
                'cac:Line',
                [check('$amount = $expected', 'SUM', { message: [{ kind: 'text', text: 'Line ' }, { kind: 'value-of', select: 'cbc:ID' }, { kind: 'text', text: ' amount ' }, { kind: 'value-of', select: '$amount' }, { kind: 'text', text: ' currency ' }, { kind: 'value-of', select: '$currency' }] })],
                [letIR('amount', 'xs:decimal(cbc:Amount)')],
              ),
            ],
            undefined,
            [letIR('expected', 'xs:decimal(/*/cbc:Expected)')],
          ),
        ],
        { lets: [letIR('currency', '/*/cbc:Currency')] },
      ),
    );
    const f = pack.run(doc(inv('<cbc:Currency>EUR</cbc:Currency><cbc:Expected>1.10</cbc:Expected><cac:Line><cbc:ID>A</cbc:ID><cbc:Amount>1.1</cbc:Amount></cac:Line><cac:Line><cbc:ID>B</cbc:ID><cbc:Amount>2.00</cbc:Amount></cac:Line>')), { lang: 'en' });
    expect(f.map((x) => x.message)).toEqual(['Line B amount 2 currency EUR']);
  });

  it('picks a diagnostic in the requested language and carries business terms and test text', async () => {
    const pack = await loadPack(
      schema([
        pattern([
          rule('ubl:Invoice', [
            check('cbc:ID', 'R1', {
              message: [{ kind: 'text', text: 'Invoice number (BT-1) is missing in ' }, { kind: 'name' }],
              diagnostics: new Map([['sv', [{ kind: 'text', text: 'Fakturanummer saknas' }]]]),
              businessTerms: ['BT-1'],
              flag: 'warning',
            }),
          ]),
        ]),
      ]),
    );
    const d = doc(inv(''));
    const en = pack.run(d, { lang: 'en' });
    expect(en[0]).toMatchObject({ ruleId: 'R1', flag: 'warning', message: 'Invoice number (BT-1) is missing in Invoice', businessTerms: ['BT-1'], test: 'cbc:ID' });
    expect(pack.run(d, { lang: 'sv' })[0]!.message).toBe('Fakturanummer saknas');
    expect(pack.assertions).toEqual([{ id: 'R1', flag: 'warning', kind: 'assert' }]);
  });

  it('fires reports when their test is true', async () => {
    const pack = await loadPack(schema([pattern([rule('ubl:Invoice', [check('cbc:Note', 'REP', { kind: 'report' })])])]));
    expect(fired(pack, inv('<cbc:Note/>'))).toEqual(['REP']);
    expect(fired(pack, inv(''))).toEqual([]);
  });

  it('compiles xsl:function with typed parameters, variables, choose and recursion', async () => {
    const gln: FunctionIR = {
      name: 'u:checkdigit',
      as: 'xs:boolean',
      params: [{ name: 'val' }],
      span: span(),
      body: [
        { kind: 'variable', name: 'length', select: 'string-length($val) - 1' },
        { kind: 'variable', name: 'digits', select: 'reverse(for $i in string-to-codepoints(substring($val, 0, $length + 1)) return $i - 48)' },
        { kind: 'variable', name: 'weightedSum', select: 'sum(for $i in (0 to $length - 1) return $digits[$i + 1] * (1 + ((($i + 1) mod 2) * 2)))' },
        { kind: 'sequence', select: '(10 - ($weightedSum mod 10)) mod 10 = number(substring($val, $length + 1, 1))' },
      ],
    };
    const fact: FunctionIR = {
      name: 'u:fact',
      as: 'xs:integer',
      params: [{ name: 'n', as: 'xs:integer' }],
      span: span(),
      body: [{ kind: 'choose', whens: [{ test: '$n le 1', body: [{ kind: 'sequence', select: '1' }] }], otherwise: [{ kind: 'sequence', select: '$n * u:fact($n - 1)' }] }],
    };
    const slack: FunctionIR = {
      name: 'u:slack',
      as: 'xs:boolean',
      params: [{ name: 'exp', as: 'xs:decimal' }, { name: 'val', as: 'xs:decimal' }],
      span: span(),
      body: [{ kind: 'variable', name: 'chars', body: [{ kind: 'text', text: 'ABC' }] }, { kind: 'sequence', select: 'abs($exp - $val) <= 0.02 and $chars = "ABC"' }],
    };
    const pack = await loadPack(
      schema([pattern([rule('cbc:EndpointID', [check('u:checkdigit(.)', 'GLN'), check('u:fact(25) = 15511210043330985984000000', 'FACT'), check('u:slack(., 7.00)', 'SLACK')])])], {
        namespaces: [...schema([]).namespaces, { prefix: 'u', uri: 'utils' }],
        functions: [gln, fact, slack],
      }),
    );
    expect(fired(pack, inv('<cbc:EndpointID>7300010000001</cbc:EndpointID>'))).toEqual(['SLACK']);
    expect(fired(pack, inv('<cbc:EndpointID>7300010000002</cbc:EndpointID>'))).toEqual(['GLN', 'SLACK']);
    // 7.05: the check digit over "7.0" is 1, not 5; and 7.05 is more than 0.02 away from 7.00
    expect(fired(pack, inv('<cbc:EndpointID>7.05</cbc:EndpointID>'))).toEqual(['GLN', 'SLACK']);
    expect(fired(pack, inv('<cbc:EndpointID>7.01</cbc:EndpointID>'))).toEqual([]);
  });

  it('selects patterns by phase', async () => {
    const pack = await loadPack(
      schema([pattern([rule('ubl:Invoice', [check('false()', 'A')])], 'pa'), pattern([rule('ubl:Invoice', [check('false()', 'B')])], 'pb')], {
        phases: [{ id: 'only-b', active: ['pb'], lets: [] }],
        defaultPhase: 'only-b',
      }),
    );
    const d = doc(inv(''));
    expect(pack.phases).toEqual(['only-b']);
    expect(pack.run(d, { lang: 'en' }).map((f) => f.ruleId)).toEqual(['B']);
    expect(pack.run(d, { lang: 'en', phase: '#ALL' }).map((f) => f.ruleId)).toEqual(['A', 'B']);
    expect(() => pack.run(d, { lang: 'en', phase: 'nope' })).toThrow(/Unknown phase/);
  });
});

describe('compiled packs: errors', () => {
  it('raises RuleEvaluationError (not a verdict) for a dynamic error such as FORG0001', async () => {
    const pack = await loadPack(schema([pattern([rule('cbc:Amount', [check('true()', 'OK'), check('. > 0', 'NUM')])])]));
    let caught: unknown;
    try {
      pack.run(doc(inv('<cbc:Amount>abc</cbc:Amount>')), { lang: 'en' });
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(RuleEvaluationError);
    expect(caught).toMatchObject({ ruleId: 'NUM', code: 'FORG0001' });
    expect((caught as RuleEvaluationError).node?.kind).toBe('element');
  });

  it('treats a dynamic error while matching a rule context as no match (XSLT 3.0 patterns)', async () => {
    const pack = await loadPack(schema([pattern([rule('cbc:Amount[. > 0]', [check('false()', 'POSITIVE')]), rule('cbc:Amount', [check('false()', 'OTHER')])])]));
    expect(fired(pack, inv('<cbc:Amount>abc</cbc:Amount><cbc:Amount>5</cbc:Amount>'))).toEqual(['OTHER', 'POSITIVE']);
  });

  it('refuses what it cannot compile, naming the rule id and the place', () => {
    const bad = (test: string) => {
      try {
        compileModule(schema([pattern([rule('ubl:Invoice', [check(test, 'BR-X', { span: { file: 'x.sch', line: 42, column: 7 } })])])]));
      } catch (e) {
        if (e instanceof SchematronCompileError) return e;
        throw e;
      }
      throw new Error('compiled');
    };
    const e = bad('format-number(cbc:X, "0.00") = "1"');
    expect(e.details).toMatchObject({ code: 'UNSUPPORTED', ruleId: 'BR-X', construct: 'assert test', source: { file: 'x.sch', line: 42, column: 7 }, exprSpan: { start: 0, end: 28 } });
    expect(e.message).toMatch(/x\.sch:42:7 \[BR-X\]/);
    expect(bad('cbc:X = ').details.code).toBe('XPST0003');
    expect(bad('$nope').details.code).toBe('XPST0008');
    expect(bad('matches(., "(?:a)")').details.code).toBe('FORX0002');
  });

  it('produces the same text for the same input', () => {
    const ir = schema([pattern([rule('cac:Line', [check('sum(cbc:A) = 1', 'R')], [letIR('x', '1')])])]);
    expect(compileModule(ir)).toBe(compileModule(ir));
  });
});
