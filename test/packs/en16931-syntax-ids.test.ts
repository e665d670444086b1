/**
 * The UBL-syntax and Codesmodel patterns of the en16931-ubl pack: exactly the official assertion ids
 * and flags (facts listed in en16931-syntax-ids.json), each once, with a test and a message; the
 * generated files are up to date with the fact tables; and the code-list tables are sound.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CODELISTS_FILE, SYNTAX_FILE, generateCenSyntax } from '../../scripts/generate-cen-syntax.js';
import { loadCodeTables, loadSyntaxTables } from '../../scripts/cen-syntax/data.js';
import { parseXml, stringValue, type XmlElement } from '../../src/xml/index.js';

const SCH = 'http://purl.oclc.org/dsdl/schematron';

interface Facts {
  readonly patterns: Readonly<Record<string, Readonly<Record<string, string>>>>;
  readonly namesBusinessTerm: readonly string[];
}

const facts = JSON.parse(readFileSync(new URL('./en16931-syntax-ids.json', import.meta.url), 'utf8')) as Facts;

interface FoundAssertion {
  readonly id: string;
  readonly flag: string;
  readonly test: string;
  readonly message: string;
}

function elements(parent: XmlElement, local: string): XmlElement[] {
  return parent.children.filter((c): c is XmlElement => c.kind === 'element' && c.ns === SCH && c.local === local);
}

function attr(el: XmlElement, name: string): string {
  return el.attributes.find((a) => a.ns === '' && a.local === name)?.value ?? '';
}

/** Reads a pattern file: its id, its rule contexts and its assertions (message text with value-of markers). */
function readPattern(file: string): { id: string; contexts: string[]; assertions: FoundAssertion[] } {
  const parsed = parseXml(readFileSync(file, 'utf8'));
  if (!parsed.ok) throw new Error(`${file}: ${parsed.error.message}`);
  const root = parsed.document.root;
  expect([root.ns, root.local]).toEqual([SCH, 'pattern']);
  const contexts: string[] = [];
  const assertions: FoundAssertion[] = [];
  for (const rule of elements(root, 'rule')) {
    contexts.push(attr(rule, 'context'));
    for (const a of elements(rule, 'assert')) {
      const message = a.children
        .map((c) => (c.kind === 'text' ? c.value : c.local === 'value-of' ? '{value}' : stringValue(c)))
        .join('')
        .trim();
      assertions.push({ id: attr(a, 'id'), flag: attr(a, 'flag'), test: attr(a, 'test'), message });
    }
  }
  return { id: attr(root, 'id'), contexts, assertions };
}

const files: ReadonlyArray<readonly [string, string]> = [
  ['UBL-syntax', SYNTAX_FILE],
  ['Codesmodel', CODELISTS_FILE],
];

describe('en16931-ubl syntax and code-list patterns: official ids and flags', () => {
  it('lists 756 + 22 official assertions', () => {
    expect(Object.keys(facts.patterns['UBL-syntax'] ?? {})).toHaveLength(756);
    expect(Object.keys(facts.patterns['Codesmodel'] ?? {})).toHaveLength(22);
  });

  for (const [patternId, file] of files) {
    it(`${patternId}: every official id once, with its flag, a test and a message`, () => {
      const pattern = readPattern(file);
      expect(pattern.id).toBe(patternId);
      const expected = facts.patterns[patternId] ?? {};
      const seen = new Map<string, string>();
      for (const a of pattern.assertions) {
        expect(seen.has(a.id), `${a.id} occurs twice`).toBe(false);
        seen.set(a.id, a.flag);
        expect(a.test.trim(), `${a.id} has no test`).not.toBe('');
        expect(a.message.length, `${a.id} has no message`).toBeGreaterThan(10);
        expect(a.message, `${a.id}: no rule-id prefix in messages`).not.toMatch(/^\[?(UBL|BR)-/);
      }
      expect(Object.fromEntries([...seen].sort())).toEqual(Object.fromEntries(Object.entries(expected).sort()));
    });
  }

  it('names a business term in every message about one', () => {
    const byId = new Map(files.flatMap(([, file]) => readPattern(file).assertions.map((a) => [a.id, a] as const)));
    expect(facts.namesBusinessTerm.length).toBe(80);
    for (const id of facts.namesBusinessTerm) {
      expect(byId.get(id)?.message ?? '', id).toMatch(/\bB[TG]-\d+/);
    }
  });

  it('keeps the official rule order of the UBL-syntax pattern (first match wins)', () => {
    const { contexts } = readPattern(SYNTAX_FILE);
    expect(contexts).toHaveLength(16);
    expect(contexts.indexOf('/ubl:Invoice | /cn:CreditNote')).toBe(9);
    expect(contexts.indexOf('cac:InvoiceLine | cac:CreditNoteLine')).toBe(10);
    expect(contexts[0]).toBe('cac:PostalAddress | cac:Address');
  });
});

describe('generate-cen-syntax', () => {
  it('the committed .sch files equal the generator output (deterministic)', () => {
    const first = generateCenSyntax();
    const second = generateCenSyntax();
    expect([...first.keys()].sort()).toEqual([CODELISTS_FILE, SYNTAX_FILE].sort());
    for (const [file, text] of first) {
      expect(second.get(file)).toBe(text);
      expect(readFileSync(file, 'utf8'), `${file} is stale: run npm run generate-cen-syntax`).toBe(text);
    }
  });
});

describe('fact tables', () => {
  it('syntax restrictions: 678 UBL-CR ids, unique, with paths of element or final attribute steps', () => {
    const tables = loadSyntaxTables();
    const ids = tables.restrictions.map((r) => r.id);
    expect(new Set(ids).size).toBe(678);
    for (const r of tables.restrictions) {
      const steps = r.path.replace(/\[[^\]]*\]/g, '').split('/');
      steps.forEach((step, i) => {
        const ok = i === steps.length - 1 ? /^(@[A-Za-z]+|(ext|cac|cbc):[A-Za-z0-9]+)$/ : /^(ext|cac|cbc):[A-Za-z0-9]+$/;
        expect(step, `${r.id} ${r.path}`).toMatch(ok);
      });
      if (r.kind === 'fixed-value') expect(r.value, r.id).toBeDefined();
    }
    expect(tables.datatypeAttributes.map((d) => d.id)).toEqual(
      Array.from({ length: 21 }, (_, i) => `UBL-DT-${String(i + 8).padStart(2, '0')}`),
    );
  });

  it('code lists: codes are unique, without spaces or apostrophes, and every rule has its list', () => {
    const tables = loadCodeTables();
    for (const [name, codes] of Object.entries(tables.lists)) {
      expect(new Set(codes).size, name).toBe(codes.length);
      for (const code of codes) expect(code, name).toMatch(/^[^\s']+$/);
    }
    for (const rule of tables.rules) {
      const lists = rule.kind === 'by-document-type' ? Object.values(rule.lists ?? {}) : [rule.list ?? ''];
      for (const list of lists) expect(tables.lists[list], `${rule.id} -> ${list}`).toBeDefined();
    }
  });

  it('code lists hold the 1.3.16 values (spot checks of facts)', () => {
    const { lists } = loadCodeTables();
    expect(lists['ISO4217']).toContain('EUR');
    expect(lists['ISO4217']).not.toContain('ABC');
    expect(lists['UNTDID5305']).toEqual(['AE', 'L', 'M', 'E', 'S', 'Z', 'G', 'O', 'K', 'B']);
    expect(lists['UNTDID2005-subset']).toEqual(['3', '35', '432']);
    expect(lists['UNTDID1001-credit-note']).toContain('381');
    expect(lists['UNTDID1001-invoice']).toContain('380');
    expect(lists['UNTDID1001-invoice']).not.toContain('381');
    expect(lists['UNECE-Rec20-Rec21']).toContain('C62');
  });
});

describe('syntax messages', () => {
  it('never leave a gap where an element name belongs', () => {
    const text = readFileSync(new URL('../../schematron/en16931-ubl/syntax.sch', import.meta.url), 'utf8');
    expect(text).not.toMatch(/ of ,| of \)| of <\/sch:assert>/);
    expect(text).toContain('Attribute @unitCodeListID, anywhere in the document');
  });
});
