import { escapeXml } from './escape.js';
import type { Formatter } from './types.js';

const SVRL = 'http://purl.oclc.org/dsdl/svrl';

/**
 * SVRL (ISO Schematron Validation Report Language), as tools built around the official
 * validators expect: one `svrl:schematron-output` per document (wrapped in one root element
 * when there are several), each rule issue a `svrl:failed-assert` with id, flag and location.
 * Well-formedness and schema issues, which SVRL has no element for, are `svrl:failed-assert`s
 * with their stable code as id and role `xml` or `schema`.
 */
export const svrl: Formatter = {
  name: 'svrl',
  description: 'Schematron SVRL (failed-assert per issue)',
  format(reports) {
    const docs = reports.map((r) => {
      const body = r.issues.map(
        (i) =>
          `  <svrl:failed-assert${i.ruleId !== null ? ` id="${escapeXml(i.ruleId)}"` : ''} flag="${i.severity}" location="${escapeXml(i.location.path)}"${i.source !== 'rule' ? ` role="${i.source}"` : ''}${i.test !== undefined ? ` test="${escapeXml(i.test)}"` : ''}>\n    <svrl:text>${escapeXml(i.message)}</svrl:text>\n  </svrl:failed-assert>`,
      );
      const sets = r.ruleSets.map((s) => `${s.id}@${s.version}`).join(' ');
      return `<svrl:schematron-output xmlns:svrl="${SVRL}" title="${escapeXml(r.file)}" schemaVersion="${escapeXml(sets)}">\n${body.join('\n')}${body.length ? '\n' : ''}</svrl:schematron-output>`;
    });
    const xml = docs.length === 1 ? docs[0]! : `<svrl:reports xmlns:svrl="${SVRL}">\n${docs.join('\n')}\n</svrl:reports>`;
    return `<?xml version="1.0" encoding="UTF-8"?>\n${xml}\n`;
  },
};
