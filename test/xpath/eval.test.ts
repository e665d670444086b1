import { describe, expect, it } from 'vitest';
import { evalAll } from './harness.js';
import { CASES, SAMPLE } from './cases.js';


describe('XPath evaluation', () => {
  it('evaluates each case as XPath 2.0 prescribes', async () => {
    const got = await evalAll(
      CASES.map((c) => c[0]),
      SAMPLE,
    );
    const mismatches = CASES.map((c, i) => ({ expr: c[0], expected: c[1], got: got[i] })).filter((r) => r.got !== r.expected);
    expect(mismatches).toEqual([]);
  });

  it('divides decimals by powers of ten exactly, truncating past the scale like any quotient', async () => {
    const got = await evalAll(
      ['1234.5678 div 100', '1 div 1000', '-5.5 div 10', '0.123456789012345678 div 10', '12.5 * 100', '(12.5 * 100) div 100', '7 div 100000', '3 div 1000000'],
      SAMPLE,
    );
    expect(got).toEqual(['dec:12.345678', 'dec:0.001', 'dec:-0.55', 'dec:0.012345678901234567', 'dec:1250', 'dec:12.5', 'dec:0.00007', 'dec:0.000003']);
  });

  it('compares and casts xs:dateTime', async () => {
    const got = await evalAll(
      [
        'xs:dateTime("2024-01-01T10:00:00") lt xs:dateTime("2024-01-01T10:00:01")',
        'xs:dateTime("2024-01-01T12:00:00+02:00") = xs:dateTime("2024-01-01T10:00:00Z")',
        'string(xs:dateTime("2024-01-01T24:00:00"))',
        'xs:dateTime("2024-01-01T10:60:00")',
        'xs:date(xs:dateTime("2024-03-01T23:59:59.5Z"))',
        '"2024-01-01" castable as xs:dateTime',
      ],
      SAMPLE,
    );
    expect(got).toEqual(['bool:true', 'bool:true', 'str:2024-01-02T00:00:00', 'ERR:FORG0001', 'date:2024-03-01Z', 'bool:false']);
  });

  it('sees document-level processing instructions as children of the document node', async () => {
    const xml = `<?xml version="1.0"?><?xml-stylesheet href="s.xsl"?>${SAMPLE}<?after x?>`;
    const got = await evalAll(
      ["count(/processing-instruction('xml-stylesheet'))", 'count(/processing-instruction())', 'count(/node())', 'name(/node()[1])', "string(/processing-instruction('xml-stylesheet'))", 'local-name(/node()[2])', 'count(/processing-instruction(other))'],
      xml,
      true,
    );
    expect(got).toEqual(['int:1', 'int:2', 'int:3', 'str:xml-stylesheet', 'str:href="s.xsl"', 'str:Invoice', 'int:0']);
  });

  it('evaluates absolute paths from the document node', async () => {
    const got = await evalAll(['count(/ubl:Invoice)', 'name(/*)', 'count(.)', 'count(ubl:Invoice/cbc:Note)', 'count(//ubl:Invoice[1])', 'count(//cbc:Note[2])', 'count(//@currencyID)', 'count(//@*[. = "EUR"])'], SAMPLE, true);
    // //x[1] keeps its positional meaning (first x child of each parent), the document node included as a parent
    expect(got).toEqual(['int:1', 'str:Invoice', 'int:1', 'int:2', 'int:1', 'int:1', 'int:2', 'int:1']);
  });
});
