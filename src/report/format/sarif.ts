import type { Issue } from '../schema.js';
import { fileUri } from './escape.js';
import type { Formatter } from './types.js';

const LEVEL = { fatal: 'error', warning: 'warning', information: 'note' } as const;

function ruleKey(i: Issue): string {
  return i.ruleId ?? `${i.source}:unnamed`;
}

/** SARIF 2.1.0: one run; rules are the rule ids seen; each issue a result with its region. */
export const sarif: Formatter = {
  name: 'sarif',
  description: 'SARIF 2.1.0 (code-scanning tools)',
  format(reports) {
    const ruleIds = [...new Set(reports.flatMap((r) => r.issues.map(ruleKey)))].sort();
    const index = new Map(ruleIds.map((id, k) => [id, k]));
    const results = reports.flatMap((r) =>
      r.issues.map((i) => ({
        ruleId: ruleKey(i),
        ruleIndex: index.get(ruleKey(i)),
        level: LEVEL[i.severity],
        message: { text: i.message },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: fileUri(r.file) },
              ...(i.location.line !== undefined ? { region: { startLine: i.location.line, ...(i.location.column !== undefined ? { startColumn: i.location.column } : {}) } } : {}),
            },
            logicalLocations: [{ fullyQualifiedName: i.location.path, kind: 'element' }],
          },
        ],
        properties: { source: i.source, documentType: r.documentType, ...(i.businessTerms ? { businessTerms: i.businessTerms } : {}) },
      })),
    );
    const log = {
      $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
      version: '2.1.0',
      runs: [
        {
          tool: { driver: { name: 'ubl-invoice-validator', informationUri: 'https://www.npmjs.com/package/ubl-invoice-validator', rules: ruleIds.map((id) => ({ id })) } },
          artifacts: reports.map((r) => ({ location: { uri: fileUri(r.file) } })),
          results,
        },
      ],
    };
    return `${JSON.stringify(log, null, 2)}\n`;
  },
};
