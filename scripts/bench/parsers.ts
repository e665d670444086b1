/**
 * Parser comparison for our exact job: a namespace-resolved tree in document order with line and
 * column per node. `npx tsx scripts/bench/parsers.ts` prints medians per document size.
 *
 * - ours: src/xml parseXml (decode + strict parse + tree with positions).
 * - saxes: a strict SAX parser with namespaces and positions; we build the same tree from its events.
 * - fast-xml-parser: preserveOrder tree; it has no positions at all and no namespace resolution,
 *   so we time its parse alone (a lower bound: it still would not do the job).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { SaxesParser } from 'saxes';
import { parseXml } from '../../src/xml/parser.js';

interface Node {
  ns: string;
  local: string;
  attrs: { ns: string; local: string; value: string }[];
  children: (Node | string)[];
  line: number;
  column: number;
}

function saxesTree(text: string): Node {
  const parser = new SaxesParser({ xmlns: true, position: true });
  const stack: Node[] = [];
  let root: Node | undefined;
  let line = 1;
  let column = 1;
  parser.on('opentagstart', () => {
    line = parser.line;
    column = parser.column;
  });
  parser.on('opentag', (tag) => {
    const node: Node = {
      ns: tag.uri ?? '',
      local: tag.local ?? tag.name,
      attrs: Object.values(tag.attributes).map((a) => ({ ns: a.uri, local: a.local, value: a.value })),
      children: [],
      line,
      column,
    };
    if (stack.length > 0) stack[stack.length - 1]!.children.push(node);
    else root = node;
    stack.push(node);
  });
  parser.on('text', (t) => {
    if (stack.length > 0) stack[stack.length - 1]!.children.push(t);
  });
  parser.on('closetag', () => {
    stack.pop();
  });
  parser.write(text).close();
  if (root === undefined) throw new Error('no root');
  return root;
}

const fxp = new XMLParser({ preserveOrder: true, ignoreAttributes: false, parseTagValue: false, parseAttributeValue: false, trimValues: false, processEntities: true });

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function time(fn: () => unknown, budgetMs: number): number {
  for (let k = 0; k < 5; k++) fn();
  const samples: number[] = [];
  const end = performance.now() + budgetMs;
  while (performance.now() < end || samples.length < 7) {
    const t = performance.now();
    fn();
    samples.push(performance.now() - t);
  }
  return median(samples);
}

export function benchParsers(corpus: string, budgetMs = 1500): string[] {
  const base = readFileSync(resolve(corpus, 'peppol/examples/base-example.xml'), 'utf8');
  const lineStart = base.indexOf('<cac:InvoiceLine>');
  const lineEnd = base.lastIndexOf('</cac:InvoiceLine>') + '</cac:InvoiceLine>'.length;
  const large = base.slice(0, lineStart) + base.slice(lineStart, lineEnd).repeat(500) + base.slice(lineEnd);
  const docs: [string, string][] = [
    ['base-example.xml', base],
    ['1,000 invoice lines', large],
  ];
  const rows = ['document            size      ours    saxes  fast-xml-parser (no positions, no namespaces)'];
  for (const [name, text] of docs) {
    const bytes = Buffer.from(text);
    const ours = time(() => parseXml(bytes), budgetMs);
    const sax = time(() => saxesTree(bytes.toString('utf8')), budgetMs);
    const fast = time(() => fxp.parse(bytes.toString('utf8')), budgetMs);
    rows.push(
      `${name.padEnd(18)} ${`${(bytes.length / 1024).toFixed(0)} KB`.padStart(7)} ${`${ours.toFixed(3)} ms`.padStart(9)} ${`${sax.toFixed(3)} ms`.padStart(9)} ${`${fast.toFixed(3)} ms`.padStart(9)}   ours is ${(sax / ours).toFixed(1)}x saxes, ${(fast / ours).toFixed(1)}x fast-xml-parser`,
    );
  }
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const row of benchParsers(resolve(import.meta.dirname, '../../../shared/corpus'))) console.log(row);
}
