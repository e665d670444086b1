import type { ValidationReport } from '../schema.js';

/** A report with the name of the file (or `-` for standard input) it is about. */
export type NamedReport = ValidationReport & { readonly file: string };

export interface FormatOptions {
  /** ANSI colours (the CLI turns them on for a TTY only). */
  readonly color?: boolean;
}

/** A formatter: a pure function from reports to text. One per file, listed in `index.ts`. */
export interface Formatter {
  readonly name: string;
  readonly description: string;
  format(reports: readonly NamedReport[], options: FormatOptions): string;
}
