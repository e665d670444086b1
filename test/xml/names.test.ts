import { describe, expect, it } from 'vitest';
import { expandedName, internedNameCount, sameName } from '../../src/xml/names.js';
import { parseXml } from '../../src/xml/index.js';

describe('interned expanded names', () => {
  it('gives every element and attribute of one name the same object, across documents', () => {
    const a = parseXml('<r xmlns="urn:x" xmlns:p="urn:p"><p:k p:at="1"/><p:k p:at="2"/></r>');
    const b = parseXml('<q:r xmlns:q="urn:x"><k xmlns="urn:p"/></q:r>');
    if (!a.ok || !b.ok) throw new Error('parse failed');
    const [k1, k2] = a.document.root.children.filter((c) => c.kind === 'element');
    const k3 = b.document.root.children[0]!;
    expect(k1?.kind === 'element' && k2?.kind === 'element' && k3.kind === 'element').toBe(true);
    if (k1?.kind !== 'element' || k2?.kind !== 'element' || k3.kind !== 'element') return;
    expect(k1.name).toBe(k2.name);
    expect(k1.name).toBe(k3.name);
    expect(a.document.root.name).toBe(b.document.root.name);
    expect(k1.name).toMatchObject({ ns: 'urn:p', local: 'k', key: 'urn:p k' });
    expect(k1.attributes[0]!.name).toBe(k2.attributes[0]!.name);
    expect(k1.attributes[0]!.name).not.toBe(k1.name);
    expect(k1.name).toBe(expandedName('urn:p', 'k'));
  });

  it('keeps names in no namespace apart from namespaced ones', () => {
    expect(expandedName('', 'ID')).not.toBe(expandedName('urn:x', 'ID'));
    expect(sameName(expandedName('', 'ID'), expandedName('urn:x', 'ID'))).toBe(false);
  });

  it('stops interning at its bound, and names past it still compare equal by key', () => {
    const before = expandedName('urn:before', 'known');
    for (let i = internedNameCount(); i < 50_000; i++) expandedName('urn:fill', `n${i}`);
    const late1 = expandedName('urn:late', 'x');
    const late2 = expandedName('urn:late', 'x');
    expect(late1.id).toBe(-1);
    expect(late1).not.toBe(late2);
    expect(sameName(late1, late2)).toBe(true);
    expect(sameName(late1, expandedName('urn:late', 'y'))).toBe(false);
    // names interned before the bound are still found
    expect(expandedName('urn:before', 'known')).toBe(before);
    expect(before.id).toBeGreaterThanOrEqual(0);
    // and a document parsed past the bound still works with interned and uninterned names
    const d = parseXml('<r xmlns="urn:late"><x/><x/></r>');
    if (!d.ok) throw new Error('parse failed');
    const [x1, x2] = d.document.root.children;
    expect(x1?.kind === 'element' && x2?.kind === 'element' && sameName(x1.name, x2.name)).toBe(true);
  });
});
