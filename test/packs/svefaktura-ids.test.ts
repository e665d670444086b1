/**
 * The Svefaktura 1.0 pack (schematron/svefaktura-1.0.sch) against the facts of the official
 * SFTI rules of 2016-10-25, and the consistency of our Svefaktura fixtures and their table
 * (test/packs/svefaktura-fixtures.json).
 *
 * The official rules have 103 assertions. Their id is the R-nn token in the message text;
 * are each used by two assertions (R-29 once fatal, once information).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { childElements, getAttribute, parseXml, stringValue } from '../../src/xml/index.js';
import type { XmlElement } from '../../src/xml/index.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const SCH_FILE = join(ROOT, 'schematron', 'svefaktura-1.0.sch');
const FIXTURE_DIR = join(ROOT, 'fixtures', 'svefaktura');
const TABLE_FILE = join(ROOT, 'test', 'packs', 'svefaktura-fixtures.json');

const SCH = 'http://purl.oclc.org/dsdl/schematron';
const XML_NS = 'http://www.w3.org/XML/1998/namespace';
const SFTI_INVOICE = 'urn:sfti:documents:BasicInvoice:1:0';

type Flag = 'fatal' | 'warning' | 'information';

/** The official assertions (id and flag), in the order of the official rule file. */
const OFFICIAL: readonly (readonly [string, Flag])[] = (
  'R-100 fatal, R-98 information, R-99 information, R-18 warning, R-19 warning, R-8 warning, R-9 warning, ' +
  'R-1 fatal, R-17 fatal, R-21 warning, R-83 warning, R-33 information, R-34 information, R-94 information, ' +
  'R-36 warning, R-37 fatal, R-35 fatal, R-47 warning, R-63 fatal, R-64 fatal, R-65 information, R-66 fatal, ' +
  'R-72 fatal, R-74 fatal, R-73 fatal, R-75 fatal, R-78 fatal, R-76 fatal, R-77 fatal, R-97 warning, R-7 warning, ' +
  'R-11 fatal, R-13 fatal, R-12 fatal, R-14 fatal, R-15 fatal, R-20 fatal, R-104 warning, R-103 warning, ' +
  'R-69 fatal, R-70 fatal, R-71 fatal, R-105 fatal, R-51 fatal, R-50 warning, R-101 warning, R-52 warning, ' +
  'R-48 fatal, R-49 warning, R-54 fatal, R-38 fatal, R-39 information, R-40 information, R-41 information, ' +
  'R-93 information, R-45 warning, R-46 fatal, R-44 fatal, R-68 fatal, R-59 fatal, R-91 warning, R-95 fatal, ' +
  'R-96 warning, R-16 warning, R-67 fatal, R-55 warning, R-56 fatal, R-57 fatal, R-58 fatal, R-60 warning, ' +
  'R-61 fatal, R-62 warning, R-6 warning, R-22 fatal, R-2 warning, R-80 fatal, R-81 warning, R-82 warning, ' +
  'R-27 fatal, R-29 fatal, R-79 fatal, R-23 fatal, R-24 fatal, R-25 fatal, R-26 fatal, R-4 fatal, R-10 fatal, ' +
  'R-5 fatal, R-3 fatal, R-90 fatal, R-106 fatal, R-102 warning, R-92 warning, R-88 fatal, R-84 information, ' +
  'R-31 warning, R-85 information, R-29 information, R-30 warning, R-86 warning, R-87 information, R-90 fatal, ' +
  'R-89 fatal'
)
  .split(', ')
  .map((pair) => {
    const [id, flag] = pair.split(' ');
    return [id ?? '', (flag ?? '') as Flag] as const;
  });

function parseFile(path: string): XmlElement {
  const result = parseXml(readFileSync(path));
  if (!result.ok) throw new Error(`${path}: ${result.error.message}`);
  return result.document.root;
}

function descendants(el: XmlElement, ns: string, local: string): XmlElement[] {
  const out: XmlElement[] = [];
  const walk = (e: XmlElement): void => {
    if (e.ns === ns && e.local === local) out.push(e);
    for (const kid of childElements(e)) walk(kid);
  };
  walk(el);
  return out;
}

function attr(el: XmlElement, local: string, ns = ''): string | undefined {
  return getAttribute(el, ns, local)?.value;
}

/** Message text with sch:value-of / sch:name counted as content. */
function messageContent(el: XmlElement): string {
  let out = '';
  for (const kid of el.children) {
    if (kid.kind === 'text') out += kid.value;
    else if (kid.ns === SCH && (kid.local === 'value-of' || kid.local === 'name')) out += '{value}';
    else out += stringValue(kid);
  }
  return out.trim();
}

/** True when an XSLT match pattern could select an attribute node (outside predicates). */
function mayMatchAttribute(pattern: string): boolean {
  let depth = 0;
  let outside = '';
  for (const ch of pattern) {
    if (ch === '[') depth++;
    else if (ch === ']') depth--;
    else if (depth === 0) outside += ch;
  }
  return outside.split('|').some((alt) => {
    const last = alt.trim().split('/').pop() ?? '';
    return last.startsWith('@') || last.startsWith('attribute::');
  });
}

const schema = parseFile(SCH_FILE);
const asserts = descendants(schema, SCH, 'assert');
const diagnostics = new Map<string, XmlElement>();
for (const d of descendants(schema, SCH, 'diagnostic')) diagnostics.set(attr(d, 'id') ?? '', d);

const officialIds = new Map<string, Set<Flag>>();
for (const [id, flag] of OFFICIAL) {
  const flags = officialIds.get(id) ?? new Set<Flag>();
  flags.add(flag);
  officialIds.set(id, flags);
}

describe('svefaktura-1.0.sch: ids and flags', () => {
  it('lists the 103 official assertions (101 distinct ids)', () => {
    expect(OFFICIAL).toHaveLength(103);
    expect(officialIds.size).toBe(101);
  });

  it('is a Swedish-language xslt2 Schematron schema with no sch:report', () => {
    expect(schema.ns).toBe(SCH);
    expect(schema.local).toBe('schema');
    expect(attr(schema, 'lang', XML_NS)).toBe('sv');
    expect(attr(schema, 'queryBinding')).toBe('xslt2');
    expect(descendants(schema, SCH, 'report')).toHaveLength(0);
  });

  it('has exactly the official (id, flag) assertions, each as often as officially', () => {
    const ours = asserts.map((a) => `${attr(a, 'id') ?? '?'} ${attr(a, 'flag') ?? '?'}`).sort();
    const official = OFFICIAL.map(([id, flag]) => `${id} ${flag}`).sort();
    expect(ours).toEqual(official);
  });

  it('keeps the official order of assertions', () => {
    expect(asserts.map((a) => attr(a, 'id'))).toEqual(OFFICIAL.map(([id]) => id));
  });

  it('gives every assertion a test and a Swedish message', () => {
    for (const a of asserts) {
      const id = attr(a, 'id');
      expect((attr(a, 'test') ?? '').trim(), `${id} test`).not.toBe('');
      const text = messageContent(a);
      expect(text.length, `${id} message`).toBeGreaterThan(20);
      expect(text, `${id} message has no rule id prefix`).not.toMatch(/\[?R-\d+\]?/);
    }
  });

  it('gives every assertion an English diagnostic', () => {
    const used = new Set<string>();
    for (const a of asserts) {
      const id = attr(a, 'id');
      const refs = (attr(a, 'diagnostics') ?? '').split(/\s+/).filter((r) => r !== '');
      const english = refs.map((r) => diagnostics.get(r)).filter((d) => d !== undefined && attr(d, 'lang', XML_NS) === 'en');
      expect(english, `${id} English diagnostic`).toHaveLength(1);
      for (const r of refs) {
        expect(diagnostics.has(r), `${id} refers to missing diagnostic ${r}`).toBe(true);
        used.add(r);
      }
      const en = english[0];
      if (en) expect(messageContent(en).length, `${id} English text`).toBeGreaterThan(20);
    }
    expect([...diagnostics.keys()].filter((d) => !used.has(d)), 'unused diagnostics').toEqual([]);
    expect(descendants(schema, SCH, 'diagnostic')).toHaveLength(diagnostics.size);
  });

  it('keeps one rule per pattern, and no rule context can match an attribute', () => {
    const patterns = descendants(schema, SCH, 'pattern');
    for (const p of patterns) expect(descendants(p, SCH, 'rule'), attr(p, 'id')).toHaveLength(1);
    for (const r of descendants(schema, SCH, 'rule')) {
      const context = attr(r, 'context') ?? '';
      expect(context).not.toBe('');
      expect(mayMatchAttribute(context), context).toBe(false);
    }
    // The checker itself must see attribute patterns.
    expect(mayMatchAttribute('cac:ID/@schemeID')).toBe(true);
    expect(mayMatchAttribute('cac:ID[@schemeID]')).toBe(false);
  });
});

interface Firing {
  readonly id: string;
  readonly flag: Flag;
  readonly count: number;
}
interface FixtureEntry {
  readonly purpose: string;
  /** Anything an end-to-end run must know about this fixture. */
  readonly note?: string;
  readonly fires: readonly Firing[];
}
const table = (JSON.parse(readFileSync(TABLE_FILE, 'utf8')) as { fixtures: Record<string, FixtureEntry> }).fixtures;
const tableNames = Object.keys(table).sort();
const isInvalid = (name: string): boolean => name.includes('-invalid-');

describe('Svefaktura fixtures and their table', () => {
  it('lists exactly the files in fixtures/svefaktura', () => {
    const files = readdirSync(FIXTURE_DIR).filter((f) => f.endsWith('.xml')).sort();
    expect(files).toEqual(tableNames);
    expect(files).toContain('svefaktura-invoice-latin1.xml');
  });

  it('names only assertions of the pack, with their flags', () => {
    for (const name of tableNames) {
      for (const f of table[name]?.fires ?? []) {
        expect(officialIds.get(f.id)?.has(f.flag), `${name}: ${f.id} ${f.flag}`).toBe(true);
        expect(Number.isInteger(f.count) && f.count > 0, `${name}: ${f.id} count`).toBe(true);
      }
    }
  });

  it('has invalid fixtures that fire at least 80% of the rule ids', () => {
    const covered = new Set<string>();
    for (const name of tableNames.filter(isInvalid)) for (const f of table[name]?.fires ?? []) covered.add(f.id);
    expect(covered.size / officialIds.size).toBeGreaterThanOrEqual(0.8);
  });

  it('fires something in every invalid fixture and nothing fatal in the valid ones', () => {
    for (const name of tableNames) {
      const fires = table[name]?.fires ?? [];
      if (isInvalid(name)) expect(fires.length, name).toBeGreaterThan(0);
      else expect(fires.filter((f) => f.flag === 'fatal'), name).toEqual([]);
    }
  });

  it('holds Svefaktura invoices and credit notes, valid and invalid', () => {
    const seen = new Set<string>();
    for (const name of tableNames) {
      const root = parseFile(join(FIXTURE_DIR, name));
      expect([root.ns, root.local], name).toEqual([SFTI_INVOICE, 'Invoice']);
      const typeCode = childElements(root).find((e) => e.local === 'InvoiceTypeCode');
      const code = typeCode ? stringValue(typeCode) : '';
      const firesR22 = (table[name]?.fires ?? []).some((f) => f.id === 'R-22');
      expect(code === '380' || code === '381' || firesR22, `${name} type code ${code}`).toBe(true);
      seen.add(`${isInvalid(name) ? 'invalid' : 'valid'} ${code}`);
    }
    expect([...seen]).toEqual(expect.arrayContaining(['valid 380', 'valid 381', 'invalid 380', 'invalid 381']));
  });

  it('has ISO-8859-1 files with Swedish letters and a UTF-8 file without a declaration', () => {
    const latin1 = tableNames.filter((name) => {
      const head = readFileSync(join(FIXTURE_DIR, name)).subarray(0, 60).toString('latin1');
      return /encoding="ISO-8859-1"/i.test(head);
    });
    expect(latin1).toContain('svefaktura-invoice-latin1.xml');
    for (const name of latin1) {
      const r = parseXml(readFileSync(join(FIXTURE_DIR, name)));
      expect(r.ok, name).toBe(true);
      if (!r.ok) continue;
      expect(r.document.encoding, name).toBe('iso-8859-1');
      expect(stringValue(r.document.root), name).toMatch(/[åäö]/);
    }
    const noDecl = tableNames.filter((name) => !readFileSync(join(FIXTURE_DIR, name)).toString('utf8').startsWith('<?xml'));
    expect(noDecl.length).toBeGreaterThan(0);
    for (const name of noDecl) {
      const r = parseXml(readFileSync(join(FIXTURE_DIR, name)));
      expect(r.ok && r.document.encoding, name).toBe('utf-8');
      if (r.ok) expect(stringValue(r.document.root), name).toMatch(/[åäö]/);
    }
  });
});
