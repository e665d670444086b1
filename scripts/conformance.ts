/**
 * npm run conformance [-- --only <substring>] [--json] [--corpus <dir>] [--show N]
 *                     [--update-baseline] [--check] [--official <dir>]
 *
 * --official <dir>: run the official Schematron files found in <dir> (CEN-EN16931-UBL.sch,
 * PEPPOL-EN16931-UBL.sch, PEPPOL-EN16931-UBL-SB.sch; kept outside the repo), compiled by our
 * compiler, instead of our packs, on the documents of the rule sets they cover: en16931-ubl
 * (CEN), peppol-bis-billing-3 (CEN + PEPPOL), peppol-bis-self-billing-3 (CEN + PEPPOL-SB).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { RulePack } from '../src/engine/pack.js';
import { loadSchematron } from '../src/cli/schematron.js';
import { formatMismatches, formatTable, regressions, runConformance, type Baseline } from './conformance/lib.js';

const BASELINE = resolve(import.meta.dirname, '../test/conformance/baseline.json');

/** The official files in `dir`, compiled, by rule set (null for the rule sets they do not cover). */
async function officialPacks(dir: string): Promise<(ruleSet: string) => readonly RulePack[] | null> {
  const load = async (name: string): Promise<RulePack | null> => (existsSync(join(dir, name)) ? loadSchematron(join(dir, name)) : null);
  const cen = await load('CEN-EN16931-UBL.sch');
  const peppol = await load('PEPPOL-EN16931-UBL.sch');
  const selfBilling = await load('PEPPOL-EN16931-UBL-SB.sch');
  if (cen === null) throw new Error(`conformance: no CEN-EN16931-UBL.sch in ${dir}`);
  const sets = new Map<string, readonly RulePack[]>([['en16931-ubl', [cen]]]);
  if (peppol !== null) sets.set('peppol-bis-billing-3', [cen, peppol]);
  if (selfBilling !== null) sets.set('peppol-bis-self-billing-3', [cen, selfBilling]);
  return (ruleSet) => sets.get(ruleSet) ?? null;
}

async function main(argv: string[]): Promise<number> {
  let only: string | undefined;
  let official: string | undefined;
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
    else if (a === '--official') official = argv[++k];
    else {
      process.stderr.write(`conformance: unknown argument ${a}\n`);
      return 2;
    }
  }
  const packsFor = official === undefined ? undefined : await officialPacks(resolve(official));
  const result = runConformance({
    ...(only !== undefined ? { only } : {}),
    ...(corpusDir !== undefined ? { corpusDir } : {}),
    ...(packsFor !== undefined ? { packsFor } : {}),
  });
  if (json) process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  else {
    process.stdout.write(`${formatTable(result)}\n\n${result.total.documents} documents in ${result.seconds.toFixed(1)} s\n`);
    if (show > 0 && result.mismatches.length > 0) process.stdout.write(`\nFirst mismatches:\n${formatMismatches(result, show)}\n`);
  }
  if (update) {
    if (only !== undefined || corpusDir !== undefined || official !== undefined) {
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

process.exitCode = await main(process.argv.slice(2));
