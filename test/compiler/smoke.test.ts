import { describe, expect, it } from 'vitest';
import { check, doc, fired, loadPack, pattern, rule, schema } from './harness.js';

describe('compiled pack smoke', () => {
  it('fires an assert on a matching context', async () => {
    const pack = await loadPack(schema([pattern([rule('ubl:Invoice', [check('cbc:ID', 'R1'), check('count(cbc:Note) < 2', 'R2')])])]));
    const ns = 'xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2" xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2"';
    expect(fired(pack, `<Invoice ${ns}><cbc:ID>1</cbc:ID></Invoice>`)).toEqual([]);
    expect(fired(pack, `<Invoice ${ns}><cbc:Note/><cbc:Note/></Invoice>`)).toEqual(['R1', 'R2']);
  });
});

describe('messages', () => {
  it('are one line with single spaces, also around an empty value-of', async () => {
    const pack = await loadPack(
      schema([
        pattern([
          rule('/', [
            check('false()', 'M-1', {
              message: [
                { kind: 'text', text: '\n      Value (BT-146) ' },
                { kind: 'value-of', select: '()' },
                { kind: 'text', text: ' must be\n      positive ' },
              ],
            }),
          ]),
        ]),
      ]),
    );
    expect(pack.run(doc('<a/>'), { lang: 'en' })[0]?.message).toBe('Value (BT-146) must be positive');
  });
});
