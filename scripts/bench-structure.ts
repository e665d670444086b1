/**
 * Benchmark of the structural check: median time of parsing alone and of parsing plus
 * checkStructure, on the Peppol base example and on generated invoices of 1,000 and 10,000
 * lines; shows the cost per line (linear growth) and the size of the generated models.
 *
 *   npx tsx scripts/bench-structure.ts
 */
import { readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { checkStructure } from '../src/structure/index.js';
import { parseXml } from '../src/xml/index.js';
import { generateLargeInvoice } from './gen-large-invoice.js';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const BASE = resolve(REPO, '../shared/corpus/peppol/examples/base-example.xml');

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function time(runs: number, f: () => void): number {
  for (let i = 0; i < Math.max(8, Math.min(runs, 50)); i++) f(); // warm-up (the JIT needs a few runs on large trees)
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = process.hrtime.bigint();
    f();
    samples.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  return median(samples);
}

function parse(bytes: Uint8Array) {
  const r = parseXml(bytes);
  if (!r.ok) throw new Error(r.error.message);
  return r.document;
}

interface Case {
  readonly name: string;
  readonly bytes: Uint8Array;
  readonly lines: number;
  readonly runs: number;
}

/** The rows of the structure benchmark (also a section of `npm run bench`). */
export function benchStructure(): string[] {
  const cases: Case[] = [
    { name: 'peppol base-example.xml', bytes: readFileSync(BASE), lines: 2, runs: 2000 },
    { name: 'generated, 1,000 lines', bytes: Buffer.from(generateLargeInvoice(1000)), lines: 1000, runs: 30 },
    { name: 'generated, 10,000 lines', bytes: Buffer.from(generateLargeInvoice(10000)), lines: 10000, runs: 8 },
  ];
  const rows = ['case                         size KB   parse ms   parse+structure ms   structure ms   structure us/line'];
  for (const c of cases) {
    const issues = checkStructure(parse(c.bytes));
    if (issues.length > 0) throw new Error(`${c.name}: unexpected issues: ${issues[0]!.message}`);
    const doc = parse(c.bytes);
    const s = time(c.runs * 2, () => checkStructure(doc));
    const p = time(c.runs, () => parse(c.bytes));
    const ps = time(c.runs, () => checkStructure(parse(c.bytes)));
    rows.push(
      `${c.name.padEnd(28)} ${(c.bytes.length / 1024).toFixed(0).padStart(7)} ${p.toFixed(3).padStart(10)} ${ps.toFixed(3).padStart(20)} ${s.toFixed(3).padStart(14)} ${((s * 1000) / c.lines).toFixed(2).padStart(19)}`,
    );
  }
  for (const f of ['ubl-2.1.js', 'svefaktura-1.0.js']) rows.push(`schemas/${f}: ${statSync(join(REPO, 'schemas', f)).size} bytes`);
  return rows;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const row of benchStructure()) console.log(row);
}
