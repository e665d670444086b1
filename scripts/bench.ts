/**
 * npm run bench: medians of the validation pipeline on corpus documents, beside the alternatives
 * measured in the same run. Speed lives here, never in timed tests.
 *
 * Sections: XML parsers (ours vs saxes vs fast-xml-parser); full validation (parse, structure,
 * rules) per document, with stage timings; compiled rule packs vs the SaxonJS reference engine
 * on the same Schematron and documents (scripts/bench/packs.ts); linearity on 1,000 and 10,000
 * invoice lines. The load average is printed with the results (the machine may be shared).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createValidator } from '../src/engine/validate.js';
import { loadavg } from 'node:os';
import { benchParsers } from './bench/parsers.js';
import { benchStructure } from './bench-structure.js';
import { benchLinearity, benchPacks } from './bench/packs.js';

const corpus = resolve(import.meta.dirname, '../../shared/corpus');

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function pipeline(): string[] {
  const base = readFileSync(resolve(corpus, 'peppol/examples/base-example.xml'), 'utf8');
  const a = base.indexOf('<cac:InvoiceLine>');
  const b = base.lastIndexOf('</cac:InvoiceLine>') + '</cac:InvoiceLine>'.length;
  const docs: [string, Buffer][] = [
    ['base-example.xml (9 KB)', Buffer.from(base)],
    ['10,000 invoice lines', Buffer.from(base.slice(0, a) + base.slice(a, b).repeat(5000) + base.slice(b))],
  ];
  const validator = createValidator({ timings: true });
  const rows = ['document                   total       parse   structure       rules   (medians, ms)'];
  for (const [name, bytes] of docs) {
    const runs = bytes.length > 1_000_000 ? 7 : 2000;
    const t: { total: number[]; parse: number[]; structure: number[]; rules: number[] } = { total: [], parse: [], structure: [], rules: [] };
    // warm up for 3 s at least (V8 optimizes the large generated rule functions over many runs)
    const warmStart = performance.now();
    for (let k = 0; k < Math.min(runs, 50) || performance.now() - warmStart < 3000; k++) validator.validate(bytes);
    for (let k = 0; k < runs; k++) {
      const r = validator.validate(bytes).timings!;
      t.total.push(r.total);
      t.parse.push(r.parse);
      t.structure.push(r.structure);
      t.rules.push(r.rules);
    }
    const f = (xs: number[]) => median(xs).toFixed(3).padStart(11);
    rows.push(`${name.padEnd(24)} ${f(t.total)} ${f(t.parse)} ${f(t.structure)} ${f(t.rules)}`);
  }
  return rows;
}

console.log('== XML parsers: namespace-resolved tree with positions ==');
for (const row of benchParsers(corpus)) console.log(row);
console.log('\n== Structure check beside parsing (linear in lines) ==');
for (const row of benchStructure()) console.log(row);
console.log('\n== Full validation (auto-detected rule set) ==');
for (const row of pipeline()) console.log(row);
console.log('\n== Compiled packs vs SaxonJS reference engine (same Schematron, same documents) ==');
for (const row of await benchPacks(corpus)) console.log(row);
console.log('\n== Linearity: generated invoice with N lines (CEN + Peppol billing packs) ==');
for (const row of await benchLinearity(corpus)) console.log(row);
console.log(`\nload average (1, 5, 15 min): ${loadavg().map((x) => x.toFixed(2)).join(' ')}`);
