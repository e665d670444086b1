/**
 * The larger differential run: compiled XPath vs SaxonJS on the assertion tests of our packs and
 * the case table, over a seeded sample of corpus documents.
 *
 *   npm run differential:xpath -- [--docs 40] [--contexts 6] [--seed 20260522]
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CASES, SAMPLE } from '../test/xpath/cases.js';
import { differential, SAXONJS_KNOWN_FAULTS } from '../test/xpath/differential.js';
import { corpusSample, packAssertTests } from '../test/xpath/differential-inputs.js';
import { NS } from '../test/xpath/harness.js';

function arg(name: string, dflt: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : dflt;
}

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const docs = arg('docs', 40);
const contexts = arg('contexts', 6);
const seed = arg('seed', 20260522);

const cases = await differential(
  CASES.map((c) => c[0]),
  [{ name: 'SAMPLE', xml: SAMPLE, contexts: [1] }],
  NS,
  false,
);
console.log(`case table: ${cases.compared} compared, ${cases.mismatches.length} mismatches, ${cases.known} known SaxonJS faults skipped`);
for (const [expr, why] of SAXONJS_KNOWN_FAULTS) console.log(`  known: ${expr}: ${why}`);

const { tests, namespaces } = packAssertTests(ROOT);
const sample = corpusSample(ROOT, docs, seed, contexts);
const t0 = Date.now();
const asserts = await differential(tests, sample, namespaces, true);
console.log(
  `pack assertion tests: ${tests.length} tests x ${sample.length} documents x ${contexts + 1} contexts: ${asserts.compared} compared, ${asserts.mismatches.length} mismatches, ${asserts.refused} refused by the compiler (${Date.now() - t0} ms)`,
);
for (const m of [...cases.mismatches, ...asserts.mismatches].slice(0, 20)) console.log(JSON.stringify(m));
process.exit(cases.mismatches.length + asserts.mismatches.length === 0 ? 0 : 1);
