import { describe, expect, it } from 'vitest';
import { nodePath, parseXml, stringValue } from '../../src/xml/index.js';

describe('parseXml', () => {
  it('builds a namespaced tree with positions and document order', () => {
    const src = '<?xml version="1.0"?>\n<Invoice xmlns="urn:x" xmlns:cbc="urn:cbc">\n  <cbc:ID a="1">A&amp;B</cbc:ID>\n</Invoice>';
    const r = parseXml(src);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const root = r.document.root;
    expect(root.ns).toBe('urn:x');
    const id = root.children.find((c) => c.kind === 'element');
    expect(id?.kind).toBe('element');
    if (id?.kind !== 'element') return;
    expect([id.ns, id.local, id.prefix]).toEqual(['urn:cbc', 'ID', 'cbc']);
    expect(stringValue(id)).toBe('A&B');
    expect(id.pos).toEqual({ line: 3, column: 3, offset: src.indexOf('<cbc:ID') });
    expect(id.attributes[0]?.order).toBeGreaterThan(id.order);
    expect(nodePath(id)).toBe('/Invoice[1]/cbc:ID[1]');
  });

  it('refuses a DOCTYPE', () => {
    const r = parseXml('<!DOCTYPE x [<!ENTITY a "b">]><x>&a;</x>');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('xml:doctype');
  });
});
