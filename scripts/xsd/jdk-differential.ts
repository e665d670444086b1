/**
 * Dev-time differential check of the structure runtime against the JDK validator (the reference
 * of expected.json), on seeded random mutations of the corpus documents: deleted, duplicated,
 * swapped and renamed elements, junk values, removed and added attributes, stray text.
 * Needs `java` (JDK 11 or later) on the PATH; not part of `npm test`.
 *
 *   npx tsx scripts/xsd/jdk-differential.ts [seed] [mutants per document]
 *
 * Prints the verdict agreement and how often our first issue is on the JDK's first error line.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkStructure, modelFor } from '../../src/structure/index.js';
import { parseXml } from '../../src/xml/index.js';

const HERE = dirname(fileURLToPath(import.meta.url));
const SHARED = resolve(HERE, '../../../shared');
const seedArg = Number(process.argv[2] ?? '1');
const perDoc = Number(process.argv[3] ?? '4');

let seed = seedArg;
function rnd(n: number): number {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return n <= 0 ? 0 : seed % n;
}

const JUNK = ['', 'x', '1.5.5', '2020-13-01', '2020-02-30', ' 12 ', '1e5', 'yes', '-0', '+.5', '2020-01-01T10:00:00', '10:00', 'QUJ', 'AB CD', '12.', '0000-01-01', '24:00:00', 'en-GB'];
const SIMPLE = /<([A-Za-z]+:)?([A-Za-z]+)(\s[^>]*)?>([^<]*)<\/\1?\2>/g;

function mutate(src: string): string {
  const simples = [...src.matchAll(SIMPLE)];
  const starts = [...src.matchAll(/<([A-Za-z]+:)?[A-Za-z]+(\s[^>]*)?>/g)];
  const attrs = [...src.matchAll(/\s([A-Za-z]+)="[^"]*"/g)].filter((m) => m[1] !== 'version' && m[1] !== 'encoding' && !m[1]!.startsWith('xmlns'));
  const m = simples[rnd(simples.length)];
  if (m === undefined || starts.length < 2) return src;
  const at = m.index;
  const end = at + m[0].length;
  switch (rnd(8)) {
    case 0:
      return src.slice(0, at) + src.slice(end);
    case 1:
      return src.slice(0, at) + m[0] + src.slice(at);
    case 2: {
      const open = m[0].slice(0, m[0].indexOf('>') + 1);
      return src.slice(0, at) + open + JUNK[rnd(JUNK.length)]! + m[0].slice(m[0].lastIndexOf('<')) + src.slice(end);
    }
    case 3: {
      const a = attrs[rnd(attrs.length)];
      return a === undefined ? src : src.slice(0, a.index) + src.slice(a.index + a[0].length);
    }
    case 4: {
      const s = starts[1 + rnd(starts.length - 1)]!;
      const e = s.index + s[0].length - (s[0].endsWith('/>') ? 2 : 1);
      return src.slice(0, e) + ' foo="1"' + src.slice(e);
    }
    case 5: {
      const name = (m[1] ?? '') + m[2]!;
      return src.slice(0, at) + m[0].replace(name, `${name}X`).replace(`</${name}>`, `</${name}X>`) + src.slice(end);
    }
    case 6: {
      const s = starts[1 + rnd(starts.length - 1)]!;
      const e = s.index + s[0].length;
      return src.slice(0, e) + 'junk' + src.slice(e);
    }
    default: {
      const m2 = simples[rnd(simples.length)]!;
      if (m2.index <= end) return src;
      return src.slice(0, at) + m2[0] + src.slice(end, m2.index) + m[0] + src.slice(m2.index + m2[0].length);
    }
  }
}

interface Expected {
  readonly path: string;
  readonly xsd: { readonly schema: string };
}

const expected = JSON.parse(readFileSync(join(SHARED, 'corpus/expected.json'), 'utf8')) as Expected[];
const dir = mkdtempSync(join(tmpdir(), 'jdk-diff-'));
const jobs: string[] = [];
let n = 0;
for (const d of expected) {
  const original = readFileSync(join(SHARED, 'corpus', d.path), 'utf8');
  for (let k = 0; k < perDoc; k++) {
    let text = original;
    for (let r = 1 + rnd(3); r > 0; r--) text = mutate(text);
    if (text === original) continue;
    const file = join(dir, `${String(n++).padStart(5, '0')}.xml`);
    writeFileSync(file, text);
    jobs.push(`${d.xsd.schema.replace(/^xsd\//, '')}\t${file}`);
  }
}
const out = execFileSync('java', [join(HERE, 'JdkValidate.java'), join(SHARED, 'xsd')], {
  input: `${jobs.join('\n')}\n`,
  maxBuffer: 1 << 28,
}).toString();

let compared = 0;
let agree = 0;
let rejected = 0;
let sameLine = 0;
const disagreements: string[] = [];
for (const row of out.trim().split('\n')) {
  const [file, verdict] = row.split('\t') as [string, string];
  const parsed = parseXml(readFileSync(file));
  if (!parsed.ok || verdict.includes(':not well-formed:')) continue;
  // an unknown document element is reported by the engine, not here
  if (modelFor(parsed.document.root.ns, parsed.document.root.local) === undefined) continue;
  compared++;
  const issues = checkStructure(parsed.document);
  const jdkValid = verdict === 'VALID';
  if ((issues.length === 0) === jdkValid) agree++;
  else disagreements.push(`${file}: JDK ${verdict.slice(0, 160)}; ours ${issues[0]?.message ?? 'valid'}`);
  if (!jdkValid && issues[0] !== undefined) {
    rejected++;
    if (issues[0].location.line === Number(verdict.slice(0, verdict.indexOf(':')))) sameLine++;
  }
}
console.log(`${compared} mutants: verdict agrees on ${agree}; first issue on the JDK's line for ${sameLine} of ${rejected} rejected`);
for (const d of disagreements.slice(0, 20)) console.log(d);
if (disagreements.length === 0) rmSync(dir, { recursive: true });
else console.log(`mutants kept in ${dir}`);
