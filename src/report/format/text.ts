import type { Issue } from '../schema.js';
import type { Formatter, NamedReport } from './types.js';

const ANSI = { red: '\x1b[31m', yellow: '\x1b[33m', cyan: '\x1b[36m', green: '\x1b[32m', dim: '\x1b[2m', bold: '\x1b[1m', reset: '\x1b[0m' } as const;

function paint(on: boolean, code: keyof typeof ANSI, s: string): string {
  return on ? `${ANSI[code]}${s}${ANSI.reset}` : s;
}

function severityColor(i: Issue): keyof typeof ANSI {
  return i.severity === 'fatal' ? 'red' : i.severity === 'warning' ? 'yellow' : 'cyan';
}

function count(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function header(r: NamedReport, color: boolean): string {
  const sets = r.ruleSets.map((s) => `${s.id}@${s.version}`).join(', ') || 'no rule set';
  const fatal = r.issues.filter((i) => i.severity === 'fatal').length;
  const warnings = r.issues.filter((i) => i.severity === 'warning').length;
  const info = r.issues.length - fatal - warnings;
  const tally = [fatal > 0 ? count(fatal, 'error') : '', warnings > 0 ? count(warnings, 'warning') : '', info > 0 ? `${info} information` : '']
    .filter((s) => s !== '')
    .join(', ');
  const verdict = r.valid ? paint(color, 'green', 'valid') : paint(color, 'red', 'invalid');
  return `${paint(color, 'bold', r.file)}: ${verdict}${tally ? ` (${tally})` : ''} · ${r.documentType} · ${sets}`;
}

function issueLine(r: NamedReport, i: Issue, color: boolean): string {
  const where = `${r.file}${i.location.line !== undefined ? `:${i.location.line}:${i.location.column ?? 1}` : ''}`;
  const sev = paint(color, severityColor(i), i.severity.padEnd(11));
  const id = i.ruleId ?? '-';
  return `  ${where}  ${sev} ${paint(color, 'bold', id)}  ${i.message}\n      ${paint(color, 'dim', `at ${i.location.path}`)}`;
}

/** Human-readable: a header per document, then file:line:col, severity, rule id and message per issue. */
export const text: Formatter = {
  name: 'text',
  description: 'human-readable lines: file:line:col, severity, rule id, message',
  format(reports, { color = false }) {
    const out: string[] = [];
    for (const r of reports) {
      out.push(header(r, color));
      for (const i of r.issues) out.push(issueLine(r, i, color));
    }
    if (reports.length > 1) {
      const valid = reports.filter((r) => r.valid).length;
      out.push(`${count(reports.length, 'document')}: ${valid} valid, ${reports.length - valid} invalid`);
    }
    return `${out.join('\n')}\n`;
  },
};
