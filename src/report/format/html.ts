import { escapeXml } from './escape.js';
import type { Formatter } from './types.js';

const STYLE = `body{font:14px/1.45 system-ui,sans-serif;margin:2rem;color:#222}h1{font-size:1.3rem}
section{border:1px solid #ddd;border-radius:6px;margin:1rem 0;padding:.5rem 1rem}
.ok{color:#17692a}.bad{color:#b00020}table{border-collapse:collapse;width:100%}
td,th{text-align:left;padding:.25rem .5rem;border-bottom:1px solid #eee;vertical-align:top}
.fatal{color:#b00020}.warning{color:#8a5a00}.information{color:#245b8f}code{font-size:12px;color:#555}`;

/** A self-contained HTML page (no scripts, no external resources); all document text escaped. */
export const html: Formatter = {
  name: 'html',
  description: 'a self-contained HTML page',
  format(reports) {
    const valid = reports.filter((r) => r.valid).length;
    const sections = reports.map((r) => {
      const rows = r.issues
        .map(
          (i) =>
            `<tr><td class="${i.severity}">${i.severity}</td><td>${escapeXml(i.ruleId ?? '-')}</td><td>${escapeXml(i.message)}<br><code>${escapeXml(i.location.path)}</code></td><td>${i.location.line ?? ''}${i.location.column !== undefined ? `:${i.location.column}` : ''}</td></tr>`,
        )
        .join('\n');
      const sets = r.ruleSets.map((s) => `${escapeXml(s.id)}@${escapeXml(s.version)}`).join(', ') || 'no rule set';
      return `<section><h2 class="${r.valid ? 'ok' : 'bad'}">${escapeXml(r.file)}: ${r.valid ? 'valid' : 'invalid'}</h2>
<p>${escapeXml(r.documentType)} · ${sets}</p>
${r.issues.length ? `<table><thead><tr><th>Severity</th><th>Rule</th><th>Message and location</th><th>Line</th></tr></thead><tbody>\n${rows}\n</tbody></table>` : '<p>No issues.</p>'}</section>`;
    });
    return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Invoice validation report</title><style>${STYLE}</style></head>
<body><h1>Invoice validation: ${valid} of ${reports.length} valid</h1>
${sections.join('\n')}
</body></html>
`;
  },
};
