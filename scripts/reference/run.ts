/**
 * Reference CLI: run a Schematron pack with SaxonJS over the corpus and compare with expected.json.
 * Usage: see scripts/reference/README.md.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { SchemaIR } from '../../src/schematron/ir.js';
import { readSchematron } from '../../src/schematron/reader.js';
import { SCH_NS } from '../../src/schematron/read/source.js';
import { parseXml } from '../../src/xml/index.js';
import { REPO_ROOT, compare, defaultRuleSetFilter, loadExpected, readDocument } from './corpus.js';
import type { Comparison, ExpectedDoc, Firing3 } from './corpus.js';
import { createReferenceRunner } from './index.js';
import type { ReferenceFiring } from './index.js';

const USAGE = `usage: npx tsx scripts/reference/run.ts --sch <file.sch> [options]
  --only <s>      only corpus documents whose path contains <s> (repeatable)
  --ids <regex>   compare only rule ids matching <regex> (default: the ids that occur in the pack)
  --ruleset <id>  only documents with this ruleSet in expected.json (default: inferred from the pack)
  --phase <id>    run this phase (default: the pack's defaultPhase, else all patterns)
  --limit N       at most N documents
  --show N        print the first N mismatching documents (default 5)
  --json          print the result as JSON
  --doc <path>    print the firings for one document (corpus-relative or absolute path)
  --emit-xsl <f>  also write the generated XSLT stylesheet to file <f> (for debugging)`;

function fail(msg: string): never {
  process.stderr.write(`${msg}\n${USAGE}\n`);
  process.exit(2);
}

const { values } = parseArgs({
  options: {
    sch: { type: 'string' },
    only: { type: 'string', multiple: true },
    ids: { type: 'string' },
    ruleset: { type: 'string' },
    phase: { type: 'string' },
    limit: { type: 'string' },
    show: { type: 'string' },
    json: { type: 'boolean', default: false },
    doc: { type: 'string' },
    'emit-xsl': { type: 'string' },
    help: { type: 'boolean', default: false },
  },
  strict: true,
});

if (values.help) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}
if (values.sch === undefined) fail('--sch is required');
const schFile = resolve(values.sch);

/** Pack errors (reader or SaxonJS compile) end the run with their message, not a stack trace. */
function packError(e: unknown): never {
  process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(2);
}

/**
 * A pattern file (root `sch:pattern`, a fragment included by a pack) is run through a wrapper
 * schema that declares the usual UBL prefixes, so that an author can check one part alone.
 */
const FRAGMENT_NS: readonly (readonly [string, string])[] = [
  ['ext', 'urn:oasis:names:specification:ubl:schema:xsd:CommonExtensionComponents-2'],
  ['cbc', 'urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2'],
  ['cac', 'urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2'],
  ['qdt', 'urn:oasis:names:specification:ubl:schema:xsd:QualifiedDataTypes-2'],
  ['udt', 'urn:oasis:names:specification:ubl:schema:xsd:UnqualifiedDataTypes-2'],
  ['ubl', 'urn:oasis:names:specification:ubl:schema:xsd:Invoice-2'],
  ['cn', 'urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2'],
  ['ubl-invoice', 'urn:oasis:names:specification:ubl:schema:xsd:Invoice-2'],
  ['ubl-creditnote', 'urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2'],
  ['xs', 'http://www.w3.org/2001/XMLSchema'],
];

function wrapIfFragment(file: string): string {
  const parsed = parseXml(readFileSync(file));
  if (!parsed.ok || parsed.document.root.local !== 'pattern' || parsed.document.root.ns !== SCH_NS) return file;
  const esc = (v: string): string => v.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
  const wrapper =
    `<schema xmlns="${SCH_NS}" queryBinding="xslt2">\n` +
    FRAGMENT_NS.map(([p, u]) => `  <ns prefix="${p}" uri="${u}"/>\n`).join('') +
    `  <include href="${esc(pathToFileURL(file).pathname)}"/>\n</schema>\n`;
  const dir = join(REPO_ROOT, '.tmp', 'fragments');
  mkdirSync(dir, { recursive: true });
  const out = join(dir, `${createHash('sha256').update(file).digest('hex').slice(0, 16)}.sch`);
  writeFileSync(out, wrapper);
  process.stderr.write(`${file} is a pattern file: run through a wrapper declaring ${FRAGMENT_NS.map(([p]) => p).join(', ')} (${out})\n`);
  return out;
}

let ir: SchemaIR;
try {
  ir = readSchematron(wrapIfFragment(schFile));
} catch (e) {
  packError(e);
}
const packIds = [...new Set(ir.patterns.flatMap((p) => p.rules.flatMap((r) => r.checks.flatMap((c) => (c.id === undefined ? [] : [c.id])))))];
let idFilter: (id: string) => boolean;
if (values.ids !== undefined) {
  const re = new RegExp(values.ids);
  idFilter = (id) => re.test(id);
} else {
  const set = new Set(packIds);
  idFilter = (id) => set.has(id);
}
const toInt = (s: string | undefined, name: string, dflt: number): number => {
  if (s === undefined) return dflt;
  const n = Number(s);
  if (!Number.isInteger(n) || n < 0) fail(`${name} must be a non-negative integer`);
  return n;
};
const limit = toInt(values.limit, '--limit', Number.POSITIVE_INFINITY);
const show = toInt(values.show, '--show', 5);

const compileStart = performance.now();
const runner = await createReferenceRunner(ir, values.phase === undefined ? {} : { phase: values.phase }).catch(packError);
const compileMs = performance.now() - compileStart;
if (values['emit-xsl'] !== undefined) writeFileSync(resolve(values['emit-xsl']), runner.stylesheet);
if (!values.json) {
  process.stderr.write(`pack ${schFile}: ${packIds.length} ids; ${runner.compileMs > 0 ? `compiled in ${(runner.compileMs / 1000).toFixed(1)} s` : 'SEF from cache'} (ready in ${(compileMs / 1000).toFixed(1)} s)\n`);
}

const fmt = (f: Firing3): string => `${f.id} ${f.flag} ${f.location}`;
const restrict = (fs: readonly { id: string | null; flag: string; location: string }[]): Firing3[] =>
  fs.filter((f): f is Firing3 => f.id !== null && idFilter(f.id)).map((f) => ({ id: f.id, flag: f.flag, location: f.location }));

if (values.doc !== undefined) {
  const docPath = values.doc;
  let fired: ReferenceFiring[];
  try {
    fired = await runner.run(readDocument(docPath));
  } catch (e) {
    process.stdout.write(`ERROR ${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(1);
  }
  const exp = loadExpected().find((d) => resolve('/c', d.path) === resolve('/c', docPath) || docPath.endsWith(d.path));
  if (values.json) {
    process.stdout.write(`${JSON.stringify({ path: docPath, fired, expected: exp === undefined ? null : restrict(exp.fired) }, null, 2)}\n`);
  } else {
    for (const f of fired) process.stdout.write(`${f.kind} ${f.id ?? '-'} ${f.flag} ${f.location}\n    ${f.message}\n`);
    process.stdout.write(`${fired.length} fired\n`);
    if (exp !== undefined) {
      const c = compare(restrict(fired), restrict(exp.fired));
      process.stdout.write(`expected.json (ids filtered): ${c.agree ? 'AGREES' : 'DIFFERS'}${c.agree && !c.agreeWithLocations ? ' (locations differ)' : ''}\n`);
      for (const m of c.missing) process.stdout.write(`  missing ${fmt(m)}\n`);
      for (const x of c.extra) process.stdout.write(`  extra   ${fmt(x)}\n`);
    }
  }
  process.exit(0);
}

// Corpus mode.
const selection = values.ruleset === undefined ? defaultRuleSetFilter(packIds, schFile) : { describe: `ruleSet ${values.ruleset}`, accept: (d: ExpectedDoc) => d.ruleSet === values.ruleset };
const only = values.only ?? [];
const docs = loadExpected()
  .filter(selection.accept)
  .filter((d) => only.length === 0 || only.some((s) => d.path.includes(s)))
  .slice(0, limit);
if (!values.json) process.stderr.write(`${docs.length} documents (${selection.describe}${only.length > 0 ? `, paths containing ${only.join(' | ')}` : ''})\n`);

interface PartStats {
  docs: number;
  agree: number;
  agreeLoc: number;
  errors: number;
}
interface Mismatch {
  path: string;
  error?: string;
  /** The (id, flag) multisets agree; only locations differ. */
  locationsOnly?: boolean;
  missing: Firing3[];
  extra: Firing3[];
}
const parts = new Map<string, PartStats>();
const mismatches: Mismatch[] = [];
const times: number[] = [];
for (const d of docs) {
  const st = parts.get(d.part) ?? { docs: 0, agree: 0, agreeLoc: 0, errors: 0 };
  parts.set(d.part, st);
  st.docs++;
  const text = readDocument(d.path);
  const t0 = performance.now();
  let c: Comparison;
  try {
    const fired = await runner.run(text);
    times.push(performance.now() - t0);
    c = compare(restrict(fired), restrict(d.fired));
  } catch (e) {
    st.errors++;
    mismatches.push({ path: d.path, error: e instanceof Error ? e.message.slice(0, 300) : String(e), missing: [], extra: [] });
    continue;
  }
  if (c.agree) st.agree++;
  if (c.agreeWithLocations) st.agreeLoc++;
  else mismatches.push({ path: d.path, ...(c.agree ? { locationsOnly: true } : {}), missing: c.missing, extra: c.extra });
}

times.sort((a, b) => a - b);
const median = times.length === 0 ? 0 : (times[Math.floor(times.length / 2)] ?? 0);
const total = [...parts.values()].reduce((a, s) => ({ docs: a.docs + s.docs, agree: a.agree + s.agree, agreeLoc: a.agreeLoc + s.agreeLoc, errors: a.errors + s.errors }), {
  docs: 0,
  agree: 0,
  agreeLoc: 0,
  errors: 0,
});
if (values.json) {
  process.stdout.write(
    `${JSON.stringify({ sch: schFile, selection: selection.describe, parts: Object.fromEntries(parts), total, medianMs: median, mismatches }, null, 2)}\n`,
  );
} else {
  const pct = (n: number, of: number): string => (of === 0 ? '-' : `${((100 * n) / of).toFixed(1)}%`);
  process.stdout.write(`${'part'.padEnd(32)} ${'docs'.padStart(5)} ${'agree'.padStart(6)} ${'%'.padStart(7)}  ${'+loc'.padStart(6)}  errors\n`);
  for (const [name, s] of [...parts.entries(), ['TOTAL', total] as const]) {
    process.stdout.write(`${name.padEnd(32)} ${String(s.docs).padStart(5)} ${String(s.agree).padStart(6)} ${pct(s.agree, s.docs).padStart(7)}  ${String(s.agreeLoc).padStart(6)}  ${s.errors}\n`);
  }
  process.stdout.write(`median ${median.toFixed(1)} ms per document\n`);
  // Which ids the disagreements come from (documents that disagree on ids/flags only).
  const byId = new Map<string, { missing: number; extra: number }>();
  for (const m of mismatches) {
    if (m.locationsOnly === true) continue;
    for (const [list, key] of [[m.missing, 'missing'], [m.extra, 'extra']] as const) {
      for (const f of list) {
        const e = byId.get(f.id) ?? { missing: 0, extra: 0 };
        e[key]++;
        byId.set(f.id, e);
      }
    }
  }
  if (byId.size > 0) {
    const top = [...byId.entries()].sort((a, b) => b[1].missing + b[1].extra - (a[1].missing + a[1].extra)).slice(0, 15);
    process.stdout.write(`ids behind the disagreements (firings missing / extra): ${top.map(([id, e]) => `${id} ${e.missing}/${e.extra}`).join(', ')}${byId.size > 15 ? ', ...' : ''}\n`);
  }
  for (const m of mismatches.slice(0, show)) {
    process.stdout.write(`\n${m.path}${m.locationsOnly === true ? '  (ids and flags agree; locations differ)' : ''}\n`);
    if (m.error !== undefined) process.stdout.write(`  ERROR ${m.error}\n`);
    for (const f of m.missing) process.stdout.write(`  missing ${fmt(f)}\n`);
    for (const f of m.extra) process.stdout.write(`  extra   ${fmt(f)}\n`);
  }
  if (mismatches.length > show) process.stdout.write(`\n... ${mismatches.length - show} more mismatching documents (--show N)\n`);
}
