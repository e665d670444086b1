import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { childElements, getAttribute, parseXml, stringValue, type XmlElement } from '../../src/xml/index.js';

/**
 * The national assertions of Peppol BIS Billing 3.0.21 (release 2026.5), in the official order:
 * id and flag are facts taken from the official rule file. Our pack must hold each exactly once.
 */
const OFFICIAL_NATIONAL: readonly (readonly [string, 'fatal' | 'warning'])[] = [
  ['NO-R-002', 'warning'], ['NO-R-001', 'fatal'],
  ['DK-R-002', 'fatal'], ['DK-R-014', 'fatal'], ['DK-R-016', 'fatal'], ['DK-R-013', 'fatal'],
  ['DK-R-005', 'fatal'], ['DK-R-006', 'fatal'], ['DK-R-007', 'fatal'], ['DK-R-008', 'fatal'],
  ['DK-R-009', 'fatal'], ['DK-R-010', 'fatal'], ['DK-R-011', 'fatal'], ['DK-R-017', 'fatal'],
  ['DK-R-003', 'fatal'], ['DK-R-004', 'fatal'],
  ['IT-R-001', 'fatal'], ['IT-R-002', 'fatal'], ['IT-R-003', 'fatal'], ['IT-R-004', 'fatal'],
  ['SE-R-001', 'fatal'], ['SE-R-002', 'fatal'], ['SE-R-003', 'fatal'], ['SE-R-004', 'fatal'],
  ['SE-R-013', 'fatal'], ['SE-R-005', 'fatal'], ['SE-R-006', 'fatal'], ['SE-R-007', 'warning'],
  ['SE-R-010', 'warning'], ['SE-R-008', 'warning'], ['SE-R-009', 'warning'], ['SE-R-011', 'warning'],
  ['SE-R-012', 'warning'],
  ['GR-R-001-1', 'fatal'], ['GR-R-001-2', 'fatal'], ['GR-R-001-3', 'fatal'], ['GR-R-001-4', 'fatal'],
  ['GR-R-001-5', 'fatal'], ['GR-R-001-6', 'fatal'], ['GR-R-001-7', 'fatal'], ['GR-R-002', 'fatal'],
  ['GR-S-011', 'warning'], ['GR-R-003', 'fatal'], ['GR-R-004-1', 'fatal'], ['GR-S-008-1', 'warning'],
  ['GR-R-008-2', 'fatal'], ['GR-R-004-2', 'fatal'], ['GR-R-008-3', 'fatal'], ['GR-R-005', 'fatal'],
  ['GR-R-009', 'fatal'], ['GR-R-006', 'fatal'], ['GR-R-010', 'fatal'],
  ['IS-R-001', 'warning'], ['IS-R-002', 'fatal'], ['IS-R-003', 'fatal'], ['IS-R-006', 'fatal'],
  ['IS-R-007', 'fatal'], ['IS-R-008', 'fatal'], ['IS-R-009', 'fatal'], ['IS-R-010', 'fatal'],
  ['IS-R-004', 'fatal'], ['IS-R-005', 'fatal'],
  ['NL-R-001', 'fatal'], ['NL-R-002', 'fatal'], ['NL-R-003', 'fatal'], ['NL-R-004', 'fatal'],
  ['NL-R-005', 'fatal'], ['NL-R-006', 'fatal'], ['NL-R-007', 'fatal'], ['NL-R-008', 'fatal'],
  ['NL-R-009', 'fatal'],
  ['DE-R-001', 'fatal'], ['DE-R-015', 'fatal'], ['DE-R-016', 'fatal'], ['DE-R-017', 'warning'],
  ['DE-R-018', 'fatal'], ['DE-R-022', 'fatal'], ['DE-R-026', 'warning'], ['DE-R-030', 'fatal'],
  ['DE-R-031', 'fatal'], ['DE-R-T02', 'warning'], ['DE-R-002', 'fatal'], ['DE-R-003', 'fatal'],
  ['DE-R-004', 'fatal'], ['DE-R-005', 'fatal'], ['DE-R-006', 'fatal'], ['DE-R-007', 'fatal'],
  ['DE-R-027', 'warning'], ['DE-R-028', 'warning'], ['DE-R-008', 'fatal'], ['DE-R-009', 'fatal'],
  ['DE-R-010', 'fatal'], ['DE-R-011', 'fatal'], ['DE-R-019', 'warning'], ['DE-R-023-1', 'fatal'],
  ['DE-R-023-2', 'fatal'], ['DE-R-024-1', 'fatal'], ['DE-R-024-2', 'fatal'], ['DE-R-020', 'warning'],
  ['DE-R-025-1', 'fatal'], ['DE-R-025-2', 'fatal'], ['DE-R-014', 'fatal'],
];

const SCH_NS = 'http://purl.oclc.org/dsdl/schematron';
const XML_NS = 'http://www.w3.org/XML/1998/namespace';
const PACK_FILE = fileURLToPath(new URL('../../schematron/peppol-bis-billing-3/national.sch', import.meta.url));

function loadPack(): XmlElement {
  const parsed = parseXml(readFileSync(PACK_FILE));
  if (!parsed.ok) throw new Error(`national.sch does not parse: ${parsed.error.message}`);
  return parsed.document.root;
}

function descendants(el: XmlElement, ns: string, local: string): XmlElement[] {
  const out: XmlElement[] = [];
  const walk = (e: XmlElement): void => {
    for (const kid of childElements(e)) {
      if (kid.ns === ns && kid.local === local) out.push(kid);
      walk(kid);
    }
  };
  walk(el);
  return out;
}

function attr(el: XmlElement, name: string): string | undefined {
  return getAttribute(el, '', name)?.value;
}

/** The literal text of a message (what is left once `sch:value-of` and `sch:name` are removed). */
function literalText(el: XmlElement): string {
  let out = '';
  for (const kid of el.children) out += kid.kind === 'text' ? kid.value : '';
  return out.replace(/\s+/g, ' ').trim();
}

const root = loadPack();
const asserts = descendants(root, SCH_NS, 'assert');
const diagnostics = new Map<string, XmlElement>(
  descendants(root, SCH_NS, 'diagnostic').map((d) => [attr(d, 'id') ?? '', d]),
);

describe('peppol national pack: ids and flags', () => {
  it('is a sch:schema in the xslt2 query binding', () => {
    expect([root.ns, root.local, attr(root, 'queryBinding')]).toEqual([SCH_NS, 'schema', 'xslt2']);
  });

  it('holds exactly the official national assertions, each once, with the official flag and in the official order', () => {
    expect(OFFICIAL_NATIONAL).toHaveLength(102);
    const ours = asserts.map((a) => [attr(a, 'id') ?? '(no id)', attr(a, 'flag') ?? '(no flag)'] as const);
    expect(ours).toEqual(OFFICIAL_NATIONAL.map(([id, flag]) => [id, flag]));
    expect(new Set(ours.map(([id]) => id)).size).toBe(ours.length);
    expect(descendants(root, SCH_NS, 'report')).toHaveLength(0);
  });

  it('gives every assertion a test and a message that names a business term', () => {
    for (const a of asserts) {
      const id = attr(a, 'id');
      expect(attr(a, 'test')?.trim(), `${id} test`).toBeTruthy();
      const text = literalText(a);
      expect(text.length, `${id} message`).toBeGreaterThan(20);
      expect(text, `${id} message names a BT/BG`).toMatch(/\bB[TG]-\d+/);
      expect(text, `${id} message carries no id prefix`).not.toContain(id ?? '');
    }
  });

  it('keeps every rule inside a pattern whose context is a non-empty match pattern', () => {
    for (const rule of descendants(root, SCH_NS, 'rule')) {
      expect(rule.parent.kind === 'element' && rule.parent.local).toBe('pattern');
      expect(attr(rule, 'context')?.trim()).toBeTruthy();
    }
  });
});

describe('peppol national pack: Swedish texts', () => {
  const swedish = asserts.filter((a) => (attr(a, 'id') ?? '').startsWith('SE-R-'));

  it('covers the 13 SE-R rules', () => {
    expect(swedish.map((a) => attr(a, 'id')).sort()).toEqual(
      Array.from({ length: 13 }, (_, i) => `SE-R-${String(i + 1).padStart(3, '0')}`),
    );
  });

  it('gives every SE-R assertion a Swedish diagnostic with its own text', () => {
    for (const a of swedish) {
      const id = attr(a, 'id') ?? '';
      const refs = (attr(a, 'diagnostics') ?? '').split(/\s+/).filter((s) => s !== '');
      const sv = refs.map((r) => diagnostics.get(r)).filter((d) => d !== undefined && getAttribute(d, XML_NS, 'lang')?.value === 'sv');
      expect(sv, `${id} has a Swedish diagnostic`).toHaveLength(1);
      const text = literalText(sv[0]!);
      expect(text, `${id} Swedish text names a BT`).toMatch(/\bBT-\d+/);
      expect(text, `${id} Swedish text differs from the English one`).not.toBe(literalText(a));
      // Swedish words that the English texts never use: the text is really Swedish.
      expect(stringValue(sv[0]!), `${id} reads as Swedish`).toMatch(/\b(ska|bör|för|inte|och|har|säljare|svenska)\b/);
    }
  });

  it('refers only to diagnostics that exist', () => {
    for (const a of asserts) {
      for (const ref of (attr(a, 'diagnostics') ?? '').split(/\s+/).filter((s) => s !== '')) {
        expect(diagnostics.has(ref), `${attr(a, 'id')} -> ${ref}`).toBe(true);
      }
    }
  });
});
