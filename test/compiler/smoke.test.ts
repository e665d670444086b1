import { describe, expect, it } from 'vitest';
import { check, fired, loadPack, pattern, rule, schema } from './harness.js';

describe('compiled pack smoke', () => {
  it('fires an assert on a matching context', async () => {
    const pack = await loadPack(schema([pattern([rule('ubl:Invoice', [check('cbc:ID', 'R1'), check('count(cbc:Note) < 2', 'R2')])])]));
    const ns = 'xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2" xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2"';
    expect(fired(pack, `<Invoice ${ns}><cbc:ID>1</cbc:ID></Invoice>`)).toEqual([]);
    expect(fired(pack, `<Invoice ${ns}><cbc:Note/><cbc:Note/></Invoice>`)).toEqual(['R1', 'R2']);
  });
});
