import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CheckIR, SchemaIR } from '../../src/schematron/ir.js';
import { SchematronReadError, businessTermsOf, readSchematron, substituteParams } from '../../src/schematron/reader.js';

const FIX = resolve(import.meta.dirname, '../fixtures/schematron');
const full = readSchematron(join(FIX, 'full.sch'));

function checks(ir: SchemaIR): CheckIR[] {
  return ir.patterns.flatMap((p) => p.rules.flatMap((r) => r.checks));
}

function check(ir: SchemaIR, id: string): CheckIR {
  const c = checks(ir).find((x) => x.id === id);
  if (c === undefined) throw new Error(`no check ${id}`);
  return c;
}

describe('readSchematron: schema level', () => {
  it('reads the schema attributes, namespaces, lets and phases', () => {
    expect(full.file).toBe(join(FIX, 'full.sch'));
    expect(full.queryBinding).toBe('xslt2');
    expect(full.lang).toBe('en');
    expect(full.defaultPhase).toBe('main');
    // sch:ns of the root first, then those of the included schema, in order.
    expect(full.namespaces.map((n) => n.prefix)).toEqual(['cbc', 'cac', 'fx', 'u']);
    expect(full.lets.map((l) => [l.name, l.value])).toEqual([
      ['currency', 'normalize-space(/*/cbc:DocumentCurrencyCode)'],
      ['libValue', '42'],
    ]);
    expect(full.phases).toEqual([
      { id: 'main', active: ['totals', 'line-amounts'], lets: [expect.objectContaining({ name: 'strict', value: 'true()' })] },
      { id: 'lines-only', active: ['line-amounts'], lets: [] },
    ]);
  });

  it('lists concrete patterns in order, includes inlined, abstract ones left out', () => {
    expect(full.patterns.map((p) => p.id)).toEqual(['totals', 'line-amounts', 'included', 'lib']);
  });

  it('gives spans with the file each construct came from', () => {
    const x04 = check(full, 'X-04');
    expect(x04.span).toEqual({ file: join(FIX, 'inc/pattern.sch'), line: 4, column: 5 });
    const x05 = check(full, 'X-05');
    expect(x05.span.file).toBe(join(FIX, 'inc/rule.sch'));
    expect(full.patterns[0]?.span).toEqual({ file: join(FIX, 'full.sch'), line: 30, column: 3 });
  });
});

describe('readSchematron: rules and checks', () => {
  it('reads pattern lets, rule lets, context and rule id', () => {
    const totals = full.patterns[0];
    expect(totals?.lets.map((l) => l.name)).toEqual(['lines']);
    const rule = totals?.rules[0];
    expect(rule?.context).toBe('cac:AllowanceCharge');
    expect(rule?.id).toBe('ac');
    // The abstract rule is not a rule of its own; its let comes in through extends.
    expect(totals?.rules).toHaveLength(1);
    expect(rule?.lets.map((l) => [l.name, l.value])).toEqual([['amount', 'cbc:Amount']]);
  });

  it('inlines an abstract rule at the place of sch:extends', () => {
    const rule = full.patterns[0]?.rules[0];
    expect(rule?.checks.map((c) => [c.kind, c.id])).toEqual([
      ['assert', 'X-01'],
      ['report', 'X-02'],
    ]);
  });

  it('reads id, flag, role and test of assert and report', () => {
    const x02 = check(full, 'X-02');
    expect(x02).toMatchObject({ kind: 'report', id: 'X-02', flag: 'warning', role: 'info-role', test: '$amount = 0' });
    const x01 = check(full, 'X-01');
    expect(x01.role).toBeUndefined();
    expect(x01.kind).toBe('assert');
  });

  it('reads messages with value-of and name, whitespace collapsed and trimmed', () => {
    expect(check(full, 'X-02').message).toEqual([
      { kind: 'text', text: 'Allowance amount (BT-92) is ' },
      { kind: 'value-of', select: '$amount' },
      { kind: 'text', text: ' for ' },
      { kind: 'name' },
      { kind: 'text', text: ', see BT-92 and BG-20; ' },
      { kind: 'name', path: '..' },
      { kind: 'text', text: '.' },
    ]);
  });

  it('collects business terms from the message text, unique, in order of first appearance', () => {
    expect(check(full, 'X-02').businessTerms).toEqual(['BT-92', 'BG-20']);
    expect(businessTermsOf([{ kind: 'text', text: 'BT-1, BT-10 and BG-1 (BT-1); not BT-X or XBT-2' }])).toEqual(['BT-1', 'BT-10', 'BG-1']);
    // Only literal text counts, not expressions.
    expect(businessTermsOf([{ kind: 'value-of', select: "'BT-5'" }])).toEqual([]);
  });

  it('puts diagnostics into the map by language', () => {
    const d = check(full, 'X-02').diagnostics;
    expect([...d.keys()]).toEqual(['sv', 'de']);
    expect(d.get('sv')).toEqual([
      { kind: 'text', text: 'Rabattbeloppet är ' },
      { kind: 'value-of', select: '$amount' },
      { kind: 'text', text: '.' },
    ]);
    expect(check(full, 'X-01').diagnostics.size).toBe(0);
  });
});

describe('readSchematron: abstract patterns', () => {
  it('instantiates is-a with $param substitution in attribute values, whole names only', () => {
    const p = full.patterns[1];
    expect(p?.id).toBe('line-amounts');
    const rule = p?.rules[0];
    expect(rule?.context).toBe('cac:InvoiceLine');
    const c = rule?.checks[0];
    expect(c?.id).toBe('X-03');
    // $field and $fieldx are different parameters.
    expect(c?.test).toBe('xs:decimal(cbc:LineExtensionAmount) >= 0 and true()');
    expect(c?.message[1]).toEqual({ kind: 'value-of', select: 'cbc:LineExtensionAmount' });
  });

  it('substituteParams leaves other variables alone', () => {
    const params = new Map([
      ['a', 'X'],
      ['ab', 'Y'],
    ]);
    expect(substituteParams('$a + $ab + $abc + $a-b + $b', params)).toBe('X + Y + $abc + $a-b + $b');
  });
});

describe('readSchematron: includes and functions', () => {
  it('merges an included sch:schema (ns, lets, functions, patterns) and nests includes', () => {
    expect(full.patterns[2]?.rules.map((r) => r.context)).toEqual(['cbc:Note', 'cbc:ID']);
    expect(full.patterns[3]?.rules[0]?.context).toBe('/');
    expect(full.functions.map((f) => f.name)).toEqual(['fx:twice', 'u:id']);
  });

  it('reads xsl:function into the XSLT subset', () => {
    const twice = full.functions[0];
    expect(twice?.as).toBe('xs:decimal');
    expect(twice?.params).toEqual([{ name: 'v', as: 'xs:decimal' }]);
    expect(twice?.body).toEqual([
      { kind: 'variable', name: 'd', select: '$v * 2' },
      {
        kind: 'choose',
        whens: [{ test: '$d lt 0', body: [{ kind: 'sequence', select: '-$d' }] }],
        otherwise: [
          { kind: 'if', test: '$d = 0', body: [{ kind: 'text', text: 'zero' }] },
          { kind: 'sequence', select: '$d' },
        ],
      },
    ]);
    expect(full.functions[1]?.params).toEqual([{ name: 's' }]);
    expect(full.functions[1]?.body).toEqual([{ kind: 'value-of', select: '$s', separator: ',' }]);
  });
});

describe('readSchematron: errors name file:line:column', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sch-reader-'));
  const write = (name: string, body: string): string => {
    const file = join(dir, name);
    writeFileSync(file, `<schema xmlns="http://purl.oclc.org/dsdl/schematron" queryBinding="xslt2">\n${body}\n</schema>\n`);
    return file;
  };
  const errorOf = (file: string): SchematronReadError => {
    try {
      readSchematron(file);
    } catch (e) {
      if (e instanceof SchematronReadError) return e;
      throw e;
    }
    throw new Error('no error');
  };

  it('refuses an unknown element in the Schematron namespace', () => {
    const f = write('unknown.sch', '  <pattern>\n    <rule context="a">\n      <asert test="b"/>\n    </rule>\n  </pattern>');
    const e = errorOf(f);
    expect([e.file, e.line, e.column]).toEqual([f, 4, 7]);
    expect(e.message).toMatch(new RegExp(`^${f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:4:7: .*asert`));
  });

  it('refuses an assert without test', () => {
    const e = errorOf(write('notest.sch', '<pattern><rule context="a"><assert id="A">x</assert></rule></pattern>'));
    expect([e.line, e.column]).toEqual([2, 28]);
    expect(e.detail).toMatch(/test/);
  });

  it('refuses an include that cannot be read', () => {
    const e = errorOf(write('badinc.sch', '  <include href="missing/nothing.sch"/>'));
    expect([e.line, e.column]).toEqual([2, 3]);
    expect(e.detail).toContain(join(dir, 'missing/nothing.sch'));
  });

  it('refuses an unknown diagnostic id', () => {
    const e = errorOf(write('baddiag.sch', '<pattern><rule context="a"><assert test="b" diagnostics="nope">x</assert></rule></pattern>'));
    expect(e.detail).toMatch(/unknown diagnostic id nope/);
    expect(e.line).toBe(2);
  });

  it('refuses an include cycle, an unknown abstract pattern and an unsupported xsl instruction', () => {
    const a = join(dir, 'cycle-a.sch');
    writeFileSync(a, '<pattern xmlns="http://purl.oclc.org/dsdl/schematron"><include href="cycle-a.sch"/></pattern>');
    expect(errorOf(write('cycle.sch', `<include href="cycle-a.sch"/>`)).detail).toMatch(/cycle/);
    expect(errorOf(write('isa.sch', '<pattern id="p" is-a="none"/>')).detail).toMatch(/unknown abstract pattern none/);
    const x = errorOf(
      write('xsl.sch', '<function xmlns="http://www.w3.org/1999/XSL/Transform" name="f:g"><for-each select="1"/></function>'),
    );
    expect(x.detail).toMatch(/xsl:for-each is not supported/);
  });

  it('refuses a phase naming an unknown pattern', () => {
    const e = errorOf(write('phase.sch', '<phase id="ph"><active pattern="zz"/></phase><pattern id="p"/>'));
    expect(e.detail).toMatch(/unknown pattern zz/);
  });
});
