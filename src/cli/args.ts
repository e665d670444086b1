/** Command-line arguments, parsed without dependencies. Usage errors are values, not exceptions. */
import { isFormatName, type FormatName } from '../report/format/index.js';

export interface CliArgs {
  readonly command: 'validate' | 'help' | 'version' | 'compile';
  readonly inputs: readonly string[];
  readonly format: FormatName;
  readonly ruleSet?: string;
  readonly schematron: readonly string[];
  readonly lang?: 'en' | 'sv';
  readonly date?: string;
  readonly phase?: string;
  readonly color?: boolean;
  readonly timings: boolean;
  readonly output?: string;
  /** Worker threads for batches; undefined: one per core. */
  readonly jobs?: number;
}

export const USAGE = `Usage: validate-invoice [options] <file|directory|->...
       validate-invoice compile <file.sch> -o <out.mjs>

Validates UBL 2.1 invoices and credit notes (Peppol BIS Billing 3.0, EN 16931) and
Svefaktura 1.0 documents. Directories are searched recursively for *.xml; - reads stdin.

Options:
  -f, --format <name>       text (default), json, jsonl, sarif, junit, svrl, html
  -r, --rule-set <id[@v]>   force a rule set instead of detection: peppol-bis-billing-3,
                            peppol-bis-self-billing-3, en16931-ubl, svefaktura-1.0,
                            svefaktura-1.0-objectenvelope (pin a release with @version)
      --schematron <file>   run this Schematron (.sch, or a module made by compile) instead of
                            the rule set's packs; repeatable
      --lang <en|sv>        message language (default: Swedish for Svefaktura, else English)
      --date <YYYY-MM-DD>   pick the rule-set release in force on this date (default: today)
      --phase <id>          run one Schematron phase
      --timings             add stage timings to each report
  -j, --jobs <n>            worker threads for large batches (default: one per core)
      --color, --no-color   force colours on or off (default: on for a terminal)
  -h, --help                show this help
  -V, --version             show the version

Exit status: 0 when every document is valid, 1 when any is invalid, 2 on usage or I/O errors.`;

export type ParseArgsResult = { readonly ok: true; readonly args: CliArgs } | { readonly ok: false; readonly message: string };

const WITH_VALUE = new Set(['-j', '--jobs', '-f', '--format', '-r', '--rule-set', '--schematron', '--lang', '--date', '--phase', '-o', '--output']);

export function parseArgs(argv: readonly string[]): ParseArgsResult {
  const inputs: string[] = [];
  const schematron: string[] = [];
  let format: FormatName = 'text';
  let ruleSet: string | undefined;
  let lang: 'en' | 'sv' | undefined;
  let date: string | undefined;
  let phase: string | undefined;
  let color: boolean | undefined;
  let timings = false;
  let output: string | undefined;
  let jobs: number | undefined;
  let command: CliArgs['command'] = 'validate';
  let onlyInputs = false;

  for (let k = 0; k < argv.length; k++) {
    let arg = argv[k]!;
    let inline: string | undefined;
    if (!onlyInputs && arg.startsWith('--') && arg.includes('=')) {
      inline = arg.slice(arg.indexOf('=') + 1);
      arg = arg.slice(0, arg.indexOf('='));
    }
    if (onlyInputs || arg === '-' || !arg.startsWith('-')) {
      if (k === 0 && arg === 'compile' && !onlyInputs) command = 'compile';
      else inputs.push(arg);
      continue;
    }
    let value: string | undefined;
    if (WITH_VALUE.has(arg)) {
      value = inline ?? argv[++k];
      if (value === undefined) return { ok: false, message: `option ${arg} needs a value` };
    } else if (inline !== undefined) {
      return { ok: false, message: `option ${arg} takes no value` };
    }
    switch (arg) {
      case '--':
        onlyInputs = true;
        break;
      case '-h':
      case '--help':
        command = 'help';
        break;
      case '-V':
      case '--version':
        command = 'version';
        break;
      case '-f':
      case '--format':
        if (!isFormatName(value!)) return { ok: false, message: `unknown format "${value}" (use text, json, jsonl, sarif, junit, svrl or html)` };
        format = value;
        break;
      case '-r':
      case '--rule-set':
        ruleSet = value;
        break;
      case '--schematron':
        schematron.push(value!);
        break;
      case '--lang':
        if (value !== 'en' && value !== 'sv') return { ok: false, message: `unknown language "${value}" (use en or sv)` };
        lang = value;
        break;
      case '--date':
        if (!/^\d{4}-\d{2}-\d{2}$/.test(value!)) return { ok: false, message: `--date takes a date as YYYY-MM-DD, not "${value}"` };
        date = value;
        break;
      case '--phase':
        phase = value;
        break;
      case '-o':
      case '--output':
        output = value;
        break;
      case '-j':
      case '--jobs':
        if (!/^[1-9][0-9]{0,3}$/.test(value!)) return { ok: false, message: `--jobs takes a whole number from 1, not "${value}"` };
        jobs = Number(value);
        break;
      case '--timings':
        timings = true;
        break;
      case '--color':
        color = true;
        break;
      case '--no-color':
        color = false;
        break;
      default:
        return { ok: false, message: `unknown option ${arg}` };
    }
  }
  const args: CliArgs = {
    command,
    inputs,
    format,
    schematron,
    timings,
    ...(ruleSet !== undefined ? { ruleSet } : {}),
    ...(lang !== undefined ? { lang } : {}),
    ...(date !== undefined ? { date } : {}),
    ...(phase !== undefined ? { phase } : {}),
    ...(color !== undefined ? { color } : {}),
    ...(output !== undefined ? { output } : {}),
    ...(jobs !== undefined ? { jobs } : {}),
  };
  return { ok: true, args };
}
