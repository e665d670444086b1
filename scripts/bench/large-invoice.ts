/**
 * A large invoice for linearity benchmarks: the Peppol base example with its invoice lines
 * repeated to `lines` lines, each line with its own `cbc:ID`. Document-level totals are left as
 * they are (a few total rules fire once per document, whatever the size).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const OPEN = '<cac:InvoiceLine>';
const CLOSE = '</cac:InvoiceLine>';

export function largeInvoice(corpusDir: string, lines: number): string {
  const base = readFileSync(resolve(corpusDir, 'peppol/examples/base-example.xml'), 'utf8');
  const a = base.indexOf(OPEN);
  const b = base.lastIndexOf(CLOSE) + CLOSE.length;
  if (a < 0 || b < a) throw new Error('base-example.xml has no invoice lines');
  const blocks: string[] = [];
  for (let i = base.indexOf(OPEN, a); i >= 0 && i < b; i = base.indexOf(OPEN, i + 1)) {
    blocks.push(base.slice(i, base.indexOf(CLOSE, i) + CLOSE.length));
  }
  const out: string[] = [];
  for (let n = 0; n < lines; n++) {
    out.push(blocks[n % blocks.length]!.replace(/<cbc:ID>[^<]*<\/cbc:ID>/, `<cbc:ID>${n + 1}</cbc:ID>`), '\n');
  }
  return base.slice(0, a) + out.join('') + base.slice(b);
}
