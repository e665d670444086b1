/**
 * npm run conformance [-- --only <substring>] [--json] [--corpus <dir>] [--show N]
 *                     [--update-baseline] [--check]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { formatMismatches, formatTable, regressions, runConformance, type Baseline } from './conformance/lib.js';

const BASELINE = resolve(import.meta.dirname, '../test/conformance/baseline.json');

function main(argv: string[]): number {
  let only: string | undefined;
  let corpusDir: string | undefined;
  let json = false;
  let show = 20;
  let update = false;
  let check = false;
  for (let k = 0; k < argv.length; k++) {
    const a = argv[k];
    if (a === '--only') only = argv[++k];
    else if (a === '--corpus') corpusDir = argv[++k];
    else if (a === '--json') json = true;
    else if (a === '--show') show = Number(argv[++k]);
    else if (a === '--update-baseline') update = true;
    else if (a === '--check') check = true;
    else {
      process.stderr.write(`conformance: unknown argument ${a}\n`);
      return 2;
    }
  }
  const result = runConformance({ ...(only !== undefined ? { only } : {}), ...(corpusDir !== undefined ? { corpusDir } : {}) });
  if (json) process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  else {
    process.stdout.write(`${formatTable(result)}\n\n${result.total.documents} documents in ${result.seconds.toFixed(1)} s\n`);
    if (show > 0 && result.mismatches.length > 0) process.stdout.write(`\nFirst mismatches:\n${formatMismatches(result, show)}\n`);
  }
  if (update) {
    if (only !== undefined || corpusDir !== undefined) {
      process.stderr.write('conformance: --update-baseline needs a full run of the default corpus\n');
      return 2;
    }
    writeFileSync(BASELINE, `${JSON.stringify(result.parts, null, 2)}\n`);
    process.stderr.write(`baseline written to ${BASELINE}\n`);
  }
  if (check) {
    const baseline = JSON.parse(readFileSync(BASELINE, 'utf8')) as Baseline;
    const fell = regressions(result, only === undefined ? baseline : Object.fromEntries(Object.entries(baseline).filter(([p]) => result.parts[p] !== undefined)));
    if (fell.length > 0) {
      process.stderr.write(`conformance fell below the baseline:\n${fell.join('\n')}\n`);
      return 1;
    }
  }
  return 0;
}

process.exitCode = main(process.argv.slice(2));
