import type { Formatter } from './types.js';

/** One JSON array of reports, each with `file` first. */
export const json: Formatter = {
  name: 'json',
  description: 'one JSON array of reports, each with `file` added',
  format: (reports) => `${JSON.stringify(reports.map(({ file, ...rest }) => ({ file, ...rest })), null, 2)}\n`,
};

/** One JSON report per line (JSON Lines), for streaming consumers. */
export const jsonl: Formatter = {
  name: 'jsonl',
  description: 'one JSON report per line',
  format: (reports) => reports.map(({ file, ...rest }) => `${JSON.stringify({ file, ...rest })}\n`).join(''),
};
