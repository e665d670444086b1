import { describe, expect, it } from 'vitest';
import { check, compileModule, loadPack, pattern, rule, schema, fired } from './harness.js';
import { CAC, CBC } from '../xpath/cases.js';

// Rules are offered to a node by its name and, where the context fixes it, its parent's name
// (runtime/driver.ts). Within a pattern the first rule whose context matches still wins.
const ir = schema([
  pattern([
    rule('cac:PartyIdentification/cbc:ID', [check('false()', 'PARTY-ID')]),
    rule('/ubl:Invoice', [check('false()', 'ROOT')]),
    rule('cac:Item/cac:Item', [check('false()', 'ITEM-IN-ITEM')]),
    rule('cbc:ID', [check('false()', 'OTHER-ID')]),
    rule('cac:Item/@listID', [check('false()', 'ITEM-ATTR')]),
  ]),
  pattern([rule('cac:PartyIdentification/cbc:ID | cac:Item/cbc:ID', [check('false()', 'P2-ID')])]),
]);

const xml = `<Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2" xmlns:cbc="${CBC}" xmlns:cac="${CAC}">
  <cbc:ID>1</cbc:ID>
  <cac:PartyIdentification><cbc:ID>2</cbc:ID></cac:PartyIdentification>
  <cac:Item listID="x"><cbc:ID>3</cbc:ID><cac:Item><Invoice/></cac:Item></cac:Item>
</Invoice>`;

describe('rules offered by name and parent', () => {
  it('keys carry the parent a context fixes', () => {
    const text = compileModule(ir, 'parent-dispatch');
    expect(text).toContain('parent: { ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "PartyIdentification" }');
    expect(text).toContain('parent: "document"');
  });

  it('match as the contexts say, first rule of a pattern first', async () => {
    const pack = await loadPack(ir, 'parent-dispatch');
    expect(fired(pack, xml)).toEqual(['ROOT', 'OTHER-ID', 'PARTY-ID', 'ITEM-ATTR', 'OTHER-ID', 'ITEM-IN-ITEM', 'P2-ID', 'P2-ID']);
  });
});
