/**
 * End to end over our Svefaktura fixtures: each is detected as Svefaktura 1.0, passes the schema,
 * and fires exactly the (id, flag, count) its row in svefaktura-fixtures.json promises, through
 * the compiled pack. Messages are Swedish by default and English on request.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createValidator } from '../../src/index.js';

interface Row {
  readonly purpose: string;
  readonly fires: readonly { readonly id: string; readonly flag: string; readonly count: number }[];
}
const table = JSON.parse(readFileSync(new URL('./svefaktura-fixtures.json', import.meta.url), 'utf8')) as { fixtures: Record<string, Row> };
const dir = new URL('../../fixtures/svefaktura/', import.meta.url);
const sv = createValidator();
const en = createValidator({ lang: 'en' });

function tally(pairs: readonly { id: string; flag: string }[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const p of pairs) out[`${p.id} ${p.flag}`] = (out[`${p.id} ${p.flag}`] ?? 0) + 1;
  return out;
}

describe('Svefaktura fixtures through the compiled pack', () => {
  for (const [file, row] of Object.entries(table.fixtures)) {
    it(`${file}: ${row.purpose}`, () => {
      const report = sv.validate(readFileSync(new URL(file, dir)));
      expect(report.documentType).toBe('svefaktura-1.0');
      expect(report.issues.filter((i) => i.source !== 'rule')).toEqual([]);
      const fired = report.issues.map((i) => ({ id: i.ruleId ?? '', flag: i.severity }));
      const promised: Record<string, number> = {};
      for (const f of row.fires) promised[`${f.id} ${f.flag}`] = f.count;
      expect(tally(fired)).toEqual(promised);
      expect(report.valid).toBe(!row.fires.some((f) => f.flag === 'fatal'));
    });
  }

  it('speaks Swedish by default for Svefaktura and English with lang en', () => {
    const file = Object.entries(table.fixtures).find(([, r]) => r.fires.length > 0)![0];
    const bytes = readFileSync(new URL(file, dir));
    const svIssues = sv.validate(bytes).issues;
    const enIssues = en.validate(bytes).issues;
    expect(svIssues.map((i) => i.ruleId)).toEqual(enIssues.map((i) => i.ruleId));
    expect(svIssues.map((i) => i.message)).not.toEqual(enIssues.map((i) => i.message));
    expect(svIssues.some((i) => /[åäö]/i.test(i.message))).toBe(true);
  });
});
