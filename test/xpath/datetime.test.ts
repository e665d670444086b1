/** xs:dateTime: lexical forms, casts, comparison by instant (SFTI R-81 compares invoice-period dateTimes). */
import { describe, expect, it } from 'vitest';
import { check, doc, loadPack, pattern, rule, schema } from '../compiler/harness.js';

const empty = doc('<x/>');

async function value(expr: string): Promise<string> {
  const pack = await loadPack(schema([pattern([rule('/', [check('true()', 'V', { kind: 'report', message: [{ kind: 'value-of', select: `string(${expr})` }] })])])]));
  return pack.run(empty, { lang: 'en' })[0]!.message;
}

async function error(expr: string): Promise<string> {
  const pack = await loadPack(schema([pattern([rule('/', [check(expr, 'E')])])]));
  try {
    pack.run(empty, { lang: 'en' });
    return 'no error';
  } catch (e) {
    return (e as { code?: string }).code ?? String(e);
  }
}

describe('xs:dateTime', () => {
  it.each([
    ["xs:dateTime('2026-11-22T10:30:00') le xs:dateTime('2026-11-22T10:30:01')", 'true'],
    ["xs:dateTime('2026-11-22T10:30:00.5') gt xs:dateTime('2026-11-22T10:30:00.25')", 'true'],
    ["xs:dateTime('2026-11-22T10:30:00.50') eq xs:dateTime('2026-11-22T10:30:00.5')", 'true'],
    ["xs:dateTime('2026-11-22T12:00:00+02:00') eq xs:dateTime('2026-11-22T10:00:00Z')", 'true'],
    ["xs:dateTime('2026-11-22T23:00:00-01:00') gt xs:dateTime('2026-11-22T23:30:00Z')", 'true'],
    ["xs:dateTime(' 2026-11-22T10:30:00 ')", '2026-11-22T10:30:00'],
    ["xs:dateTime('2023-02-28T24:00:00')", '2023-03-01T00:00:00'],
    ["xs:dateTime('2024-12-31T24:00:00Z')", '2025-01-01T00:00:00Z'],
    ["xs:date(xs:dateTime('2026-11-22T10:30:00+01:00'))", '2026-11-22+01:00'],
    ["xs:dateTime(xs:date('2026-11-22'))", '2026-11-22T00:00:00'],
    ["'2026-11-22T10:30:00' castable as xs:dateTime", 'true'],
    ["'2026-11-22' castable as xs:dateTime", 'false'],
    ["'2026-02-29T10:00:00' castable as xs:dateTime", 'false'],
    ["'2026-11-22T25:00:00' castable as xs:dateTime", 'false'],
    ["count(distinct-values((xs:dateTime('2026-01-01T01:00:00+01:00'), xs:dateTime('2026-01-01T00:00:00Z'))))", '1'],
    ["max((xs:dateTime('2026-01-01T00:00:00'), xs:dateTime('2027-01-01T00:00:00')))", '2027-01-01T00:00:00'],
  ])('%s = %s', async (expr, expected) => {
    expect(await value(expr)).toBe(expected);
  });

  it('raises FORG0001 on an invalid lexical form and XPTY0004 when compared with a date', async () => {
    expect(await error("xs:dateTime('2026-11-22') le xs:dateTime('2026-11-23T00:00:00')")).toBe('FORG0001');
    expect(await error("xs:dateTime('2026-11-22T00:00:00') le xs:date('2026-11-23')")).toBe('XPTY0004');
  });
});
