/**
 * Corpus access and comparison for the reference CLI: `../shared/corpus/expected.json`, document
 * selection, and the per-document comparison of what we fired with what the official run fired.
 */
import { readFileSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodeXml } from '../../src/xml/index.js';
import { defaultCorpusDir, loadExpected as loadCorpus, type ExpectedDocument, type ExpectedFiring } from '../conformance/lib.js';

export type { ExpectedFiring } from '../conformance/lib.js';
export type ExpectedDoc = ExpectedDocument;

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const CORPUS_DIR = defaultCorpusDir();

/** `../shared/corpus/expected.json` (the conformance runner's reader). */
export function loadExpected(): ExpectedDoc[] {
  return loadCorpus(CORPUS_DIR);
}

/** Read a corpus document (path relative to the corpus, or absolute) as text, whatever its encoding. */
export function readDocument(path: string): string {
  const abs = resolve(CORPUS_DIR, path);
  const decoded = decodeXml(readFileSync(abs));
  if (!decoded.ok) throw new Error(`${abs}: ${decoded.message}`);
  return decoded.text;
}

/** The id families of each official stylesheet (from the corpus README). */
const CEN_ID = /^(BR-|UBL-)/;
const SVEFAKTURA_ID = /^R-\d+$/;

/**
 * Which documents a pack is judged on, when the user does not say (`--ruleset`): documents on which
 * the official counterpart of the pack was run.
 */
export function defaultRuleSetFilter(packIds: readonly string[], schFile: string): { describe: string; accept: (d: ExpectedDoc) => boolean } {
  const base = basename(schFile).toLowerCase();
  if (packIds.length > 0 && packIds.every((id) => CEN_ID.test(id))) {
    return { describe: 'documents run with CEN-EN16931-UBL', accept: (d) => d.schematron.includes('CEN-EN16931-UBL') };
  }
  if (base.includes('svefaktura') || (packIds.length > 0 && packIds.every((id) => SVEFAKTURA_ID.test(id)))) {
    return { describe: 'ruleSet svefaktura-1.0', accept: (d) => d.ruleSet === 'svefaktura-1.0' };
  }
  if (/self|(^|[-_.])sb([-_.]|$)/.test(base)) {
    return { describe: 'ruleSet peppol-bis-self-billing-3', accept: (d) => d.ruleSet === 'peppol-bis-self-billing-3' };
  }
  return { describe: 'ruleSet peppol-bis-billing-3', accept: (d) => d.ruleSet === 'peppol-bis-billing-3' };
}

export interface Firing3 {
  readonly id: string;
  readonly flag: string;
  readonly location: string;
}

export interface Comparison {
  /** The multisets of (id, flag) are equal. */
  readonly agree: boolean;
  /** Agree, and the locations match too. */
  readonly agreeWithLocations: boolean;
  readonly missing: Firing3[];
  readonly extra: Firing3[];
}

/** Step names without prefixes, so `/Invoice[1]/cac:X[1]` and `/Invoice[1]/X[1]` select the same element. */
export function locationKey(location: string): string {
  return location.replace(/\/(@?)[A-Za-z_][\w.-]*:/g, '/$1');
}

function multisetDiff<T>(a: readonly T[], b: readonly T[], key: (t: T) => string): T[] {
  const counts = new Map<string, number>();
  for (const t of b) counts.set(key(t), (counts.get(key(t)) ?? 0) + 1);
  const out: T[] = [];
  for (const t of a) {
    const n = counts.get(key(t)) ?? 0;
    if (n > 0) counts.set(key(t), n - 1);
    else out.push(t);
  }
  return out;
}

/** Compare our firings with the expected ones (both already restricted to the ids of interest). */
export function compare(ours: readonly Firing3[], expected: readonly Firing3[]): Comparison {
  const pair = (f: Firing3): string => `${f.id}\u0000${f.flag}`;
  const triple = (f: Firing3): string => `${pair(f)}\u0000${locationKey(f.location)}`;
  const missingPairs = multisetDiff(expected, ours, pair);
  const extraPairs = multisetDiff(ours, expected, pair);
  const missing = multisetDiff(expected, ours, triple);
  const extra = multisetDiff(ours, expected, triple);
  const agree = missingPairs.length === 0 && extraPairs.length === 0;
  return { agree, agreeWithLocations: agree && missing.length === 0 && extra.length === 0, missing, extra };
}
