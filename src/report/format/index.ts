/** The formatters, keyed by name. Each is a pure function from reports to text. */
import { html } from './html.js';
import { json, jsonl } from './json.js';
import { junit } from './junit.js';
import { sarif } from './sarif.js';
import { svrl } from './svrl.js';
import { text } from './text.js';
import type { FormatOptions, Formatter, NamedReport } from './types.js';

export type { FormatOptions, Formatter, NamedReport } from './types.js';

export const FORMATS = { text, json, jsonl, sarif, junit, svrl, html } as const satisfies Record<string, Formatter>;
export type FormatName = keyof typeof FORMATS;

export function isFormatName(name: string): name is FormatName {
  return Object.prototype.hasOwnProperty.call(FORMATS, name);
}

/** Render reports in a named format. */
export function formatReports(reports: readonly NamedReport[], format: FormatName, options: FormatOptions = {}): string {
  return FORMATS[format].format(reports, options);
}
