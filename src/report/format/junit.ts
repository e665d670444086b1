import { escapeXml } from './escape.js';
import type { Formatter } from './types.js';

/**
 * JUnit XML for CI systems: one test suite per document with one test case, which fails when the
 * document is invalid (the failure lists the fatal issues); warnings go to system-out.
 */
export const junit: Formatter = {
  name: 'junit',
  description: 'JUnit XML (one test case per document)',
  format(reports) {
    const failures = reports.filter((r) => !r.valid).length;
    const out = [`<?xml version="1.0" encoding="UTF-8"?>`, `<testsuites name="validate-invoice" tests="${reports.length}" failures="${failures}">`];
    for (const r of reports) {
      const fatal = r.issues.filter((i) => i.severity === 'fatal');
      const other = r.issues.filter((i) => i.severity !== 'fatal');
      const line = (i: (typeof r.issues)[number]) => `${i.location.line ?? '?'}:${i.location.column ?? '?'} ${i.severity} ${i.ruleId ?? '-'} ${i.message} (${i.location.path})`;
      out.push(`  <testsuite name="${escapeXml(r.file)}" tests="1" failures="${r.valid ? 0 : 1}">`);
      out.push(`    <testcase classname="${escapeXml(r.documentType)}" name="${escapeXml(r.file)}">`);
      if (!r.valid) {
        out.push(`      <failure message="${escapeXml(`${fatal.length} fatal issue${fatal.length === 1 ? '' : 's'}`)}" type="invalid">${escapeXml(fatal.map(line).join('\n'))}</failure>`);
      }
      if (other.length > 0) out.push(`      <system-out>${escapeXml(other.map(line).join('\n'))}</system-out>`);
      out.push('    </testcase>', '  </testsuite>');
    }
    out.push('</testsuites>');
    return `${out.join('\n')}\n`;
  },
};
