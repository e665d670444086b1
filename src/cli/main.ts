/**
 * The `validate-invoice` command. `main` takes its I/O as parameters so tests run it in-process;
 * `bin/validate-invoice.mjs` wires it to the real process.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { createValidator, type Validator } from '../engine/validate.js';
import { formatReports, type NamedReport } from '../report/format/index.js';
import type { ValidateOptions } from '../report/schema.js';
import { parseArgs, USAGE, type CliArgs } from './args.js';
import { poolAvailable, validateInPool, workersFor, type FileResult } from './pool.js';
import { compileToFile, loadSchematron } from './schematron.js';

export interface CliIO {
  readonly stdout: (s: string) => void;
  readonly stderr: (s: string) => void;
  readonly readStdin: () => Promise<Uint8Array>;
  readonly isTTY: boolean;
  readonly env: Readonly<Record<string, string | undefined>>;
}

export const EXIT = { valid: 0, invalid: 1, usage: 2 } as const;

declare const __PACKAGE_VERSION__: string | undefined;

/** The package version: injected by the build, else read from package.json (when run from source). */
async function packageVersion(): Promise<string> {
  if (typeof __PACKAGE_VERSION__ === 'string') return __PACKAGE_VERSION__;
  try {
    const pkg = JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8')) as { version?: string };
    return pkg.version ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

/** Expand inputs: files as given, directories recursively to their *.xml files (sorted). */
async function expand(inputs: readonly string[], io: CliIO): Promise<{ files: string[]; failed: boolean }> {
  const files: string[] = [];
  let failed = false;
  for (const input of inputs) {
    if (input === '-') {
      files.push('-');
      continue;
    }
    try {
      const st = await stat(input);
      if (st.isDirectory()) files.push(...(await walk(input)));
      else files.push(input);
    } catch (e) {
      io.stderr(`validate-invoice: cannot read ${input}: ${describeError(e)}\n`);
      failed = true;
    }
  }
  return { files, failed };
}

async function walk(dir: string): Promise<string[]> {
  const out: string[] = [];
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...(await walk(p)));
    else if (e.isFile() && e.name.toLowerCase().endsWith('.xml')) out.push(p);
  }
  return out;
}

function describeError(e: unknown): string {
  if (e instanceof Error && 'code' in e && typeof e.code === 'string') {
    if (e.code === 'ENOENT') return 'no such file or directory';
    if (e.code === 'EACCES') return 'permission denied';
    return e.code;
  }
  return e instanceof Error ? e.message : String(e);
}

function validatorOptions(args: CliArgs): ValidateOptions {
  return {
    ...(args.ruleSet !== undefined ? { ruleSet: args.ruleSet } : {}),
    ...(args.lang !== undefined ? { lang: args.lang } : {}),
    ...(args.date !== undefined ? { date: args.date } : {}),
    ...(args.phase !== undefined ? { phase: args.phase } : {}),
    ...(args.timings ? { timings: true } : {}),
  };
}

/** Validate files in order: in a worker pool for large batches of real files, else in this thread. */
async function validateAll(files: readonly string[], validator: Validator, options: ValidateOptions, jobs: number | undefined, io: CliIO): Promise<FileResult[]> {
  const onDisk = files.filter((f) => f !== '-');
  // Packs given as objects (--schematron) cannot be sent to worker threads: those runs stay here.
  const workers = poolAvailable() && onDisk.length === files.length && options.packs === undefined ? workersFor(files.length, jobs) : 0;
  if (workers > 1) return validateInPool(files, options, workers);
  const out: FileResult[] = [];
  for (const file of files) {
    try {
      const bytes = file === '-' ? await io.readStdin() : await readFile(file);
      out.push({ ok: true, report: validator.validate(bytes) });
    } catch (e) {
      out.push({ ok: false, error: describeError(e) });
    }
  }
  return out;
}

async function compileCommand(args: CliArgs, io: CliIO): Promise<number> {
  const [input, ...extra] = args.inputs;
  if (input === undefined || extra.length > 0 || args.output === undefined) {
    io.stderr(`validate-invoice: compile takes one Schematron file and -o <out.mjs>\n\n${USAGE}\n`);
    return EXIT.usage;
  }
  try {
    const { assertions } = await compileToFile(input, args.output);
    io.stderr(`compiled ${input}: ${assertions} assertions -> ${args.output}\n`);
    return EXIT.valid;
  } catch (e) {
    io.stderr(`validate-invoice: cannot compile ${input}: ${e instanceof Error ? e.message : String(e)}\n`);
    return EXIT.usage;
  }
}

/** Run the CLI; resolves to the exit code. */
export async function main(argv: readonly string[], io: CliIO): Promise<number> {
  const parsed = parseArgs(argv);
  if (!parsed.ok) {
    io.stderr(`validate-invoice: ${parsed.message}\n\n${USAGE}\n`);
    return EXIT.usage;
  }
  const args = parsed.args;
  if (args.command === 'help') {
    io.stdout(`${USAGE}\n`);
    return EXIT.valid;
  }
  if (args.command === 'version') {
    io.stdout(`${await packageVersion()}\n`);
    return EXIT.valid;
  }
  if (args.command === 'compile') return compileCommand(args, io);
  if (args.inputs.length === 0) {
    io.stderr(`validate-invoice: no input files\n\n${USAGE}\n`);
    return EXIT.usage;
  }

  let validator: Validator;
  let options = validatorOptions(args);
  try {
    if (args.schematron.length > 0) {
      const packs = [];
      for (const file of args.schematron) packs.push(await loadSchematron(file));
      options = { ...options, packs: { replace: packs } };
    }
    validator = createValidator(options);
  } catch (e) {
    io.stderr(`validate-invoice: ${e instanceof Error ? e.message : String(e)}\n`);
    return EXIT.usage;
  }

  const { files, failed } = await expand(args.inputs, io);
  let ioFailed = failed;
  const reports: NamedReport[] = [];
  const results = await validateAll(files, validator, options, args.jobs, io);
  for (const [k, result] of results.entries()) {
    const file = files[k]!;
    if (result.ok) reports.push({ file, ...result.report });
    else {
      io.stderr(`validate-invoice: cannot read ${file}: ${result.error}\n`);
      ioFailed = true;
    }
  }
  if (files.length === 0 && !ioFailed) {
    io.stderr('validate-invoice: no *.xml files found in the given directories\n');
    return EXIT.usage;
  }
  const color = args.color ?? (io.isTTY && io.env['NO_COLOR'] === undefined);
  io.stdout(formatReports(reports, args.format, { color: args.format === 'text' && color }));
  if (ioFailed) return EXIT.usage;
  return reports.every((r) => r.valid) ? EXIT.valid : EXIT.invalid;
}

/** Real process I/O. */
export function processIO(): CliIO {
  return {
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks);
    },
    isTTY: process.stdout.isTTY === true,
    env: process.env,
  };
}
