/**
 * npm run differential: our compiled packs against the SaxonJS reference runner on the whole
 * corpus (each document with the packs of its rule set) plus seeded random mutations.
 *
 *   npm run differential                         # whole corpus + 320 mutations
 *   npm run differential -- --only peppol/unit   # corpus documents whose path contains the text
 *   npm run differential -- --mutations 50 --seed 7 --show 20
 *
 * Prints per pack: documents (of which mutations), agreeing documents, (document, assertion)
 * pairs, firings on each side, message differences, time on each engine, then every
 * difference, split into known (test/differential/differential.ts KNOWN, with the reason) and
 * unknown. Exit code 1 when an unknown difference appears or a known one vanished.
 */
import { loadCorpus, corpusDocument, describeDifference, KNOWN, mutations, runDifferential, type TestDocument } from '../test/differential/differential.js';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i < 0 ? undefined : process.argv[i + 1];
}

const only = arg('only');
const mutationCount = Number(arg('mutations') ?? 320);
const seed = Number(arg('seed') ?? 2026);
const show = Number(arg('show') ?? 30);

const started = performance.now();
const expected = loadCorpus().filter((d) => only === undefined || d.path.includes(only));
const corpus: TestDocument[] = [];
let rejected = 0;
for (const d of expected) {
  const doc = corpusDocument(d);
  if (doc === null) rejected++;
  else corpus.push(doc);
}
const mutated = mutations(
  corpus.filter((d) => d.ruleSet !== 'svefaktura-1.0-objectenvelope'),
  mutationCount,
  seed,
);
const all = [...corpus, ...mutated];
console.log(
  `${corpus.length} corpus documents (${rejected} not well-formed for our parser, no rules run on them) + ${mutated.length} mutations (seed ${seed})`,
);

let last = 0;
const result = await runDifferential(all, {
  onProgress(done, total) {
    const now = performance.now();
    if (now - last > 15_000) {
      last = now;
      process.stderr.write(`  ${done}/${total} documents, ${((now - started) / 1000).toFixed(0)} s\n`);
    }
  },
});

for (const [id, error] of result.notCompiled) console.log(`\n${id}: NOT COMPILED by our compiler, skipped: ${error.split('\n')[0]}`);

console.log('\npack                         docs  (mut)  agree       pairs   our firings  ref firings  both-err  msg-diff   ours s    ref s');
let totalPairs = 0;
for (const s of result.packs.values()) {
  totalPairs += s.pairs;
  console.log(
    `${s.pack.padEnd(27)} ${String(s.documents).padStart(5)} ${String(s.mutations).padStart(6)} ${String(s.agreeing).padStart(6)} ${String(s.pairs).padStart(11)} ${String(s.ourFirings).padStart(13)} ${String(s.referenceFirings).padStart(12)} ${String(s.bothErrors).padStart(9)} ${String(s.messageDiffs).padStart(9)} ${(s.ourMs / 1000).toFixed(1).padStart(8)} ${(s.referenceMs / 1000).toFixed(1).padStart(8)}`,
  );
}
console.log(`total (document, assertion) pairs: ${totalPairs}`);
for (const s of result.packs.values()) {
  if (s.messageExamples.length === 0) continue;
  console.log(`\n${s.pack}: ${s.messageDiffs} firing(s) agree but their message text differs (message text is not the contract), e.g.`);
  for (const m of s.messageExamples.slice(0, Math.min(show, 8))) {
    console.log(`  ${m.document} ${m.id} ${m.location}\n    ours:      ${m.ours.slice(0, 300)}\n    reference: ${m.reference.slice(0, 300)}`);
  }
}

const isKnown = (document: string, pack: string, ids: readonly string[]): boolean =>
  ids.every((ruleId) => KNOWN.some((k) => k.document === document && k.pack === pack && k.ruleId === ruleId));
const diffs = [...result.packs.values()].flatMap((s) => s.differences);
const knownDiffs = diffs.filter((r) => isKnown(r.document, r.pack, r.differingIds));
const unknownDiffs = diffs.filter((r) => !isKnown(r.document, r.pack, r.differingIds));

console.log(`\nknown differences: ${knownDiffs.length} document(s)`);
for (const r of knownDiffs) {
  for (const line of describeDifference(r)) console.log(`  ${line}`);
  for (const id of r.differingIds) console.log(`    why: ${KNOWN.find((k) => k.document === r.document && k.ruleId === id)?.reason ?? ''}`);
}
console.log(`\nunknown differences: ${unknownDiffs.length} document(s)`);
for (const r of unknownDiffs.slice(0, show)) {
  for (const line of describeDifference(r)) console.log(`  ${line}`);
  const mut = mutated.find((m) => m.name === r.document);
  if (mut?.steps !== undefined) console.log(`    mutation: ${mut.steps.join('; ')}`);
}
if (unknownDiffs.length > show) console.log(`  ... ${unknownDiffs.length - show} more (--show N)`);
const byId = new Map<string, number>();
for (const u of result.unknown) byId.set(u.ruleId, (byId.get(u.ruleId) ?? 0) + 1);
if (byId.size > 0) console.log(`ids behind unknown differences: ${[...byId].sort((a, b) => b[1] - a[1]).map(([id, n]) => `${id} ${n}`).join(', ')}`);
for (const k of result.vanished) console.log(`KNOWN difference did not show up: ${k.document} [${k.pack}] ${k.ruleId}`);

console.log(`\n${((performance.now() - started) / 1000).toFixed(1)} s`);
process.exitCode = result.unknown.length > 0 || result.vanished.length > 0 ? 1 : 0;
