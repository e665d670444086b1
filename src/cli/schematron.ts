/**
 * `--schematron <file>` and `validate-invoice compile`: user Schematron compiled ahead of time by
 * our compiler (loaded lazily: the compiler is a separate entry point) and run at full speed.
 *
 * A `.sch` given to `--schematron` is compiled to a module in the system temp folder whose
 * imports point at this installation's runtime, then imported. A `.mjs`/`.js` is taken as a
 * module compiled earlier (by `compile`), which imports `ubl-invoice-validator/runtime`.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, extname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { RulePack } from '../engine/pack.js';

/** The runtime entry of this installation: the built `runtime.js` beside the CLI, or the source when run from source. */
function runtimeUrl(): string {
  const fromSource = import.meta.url.endsWith('.ts');
  return new URL(fromSource ? '../runtime.ts' : './runtime.js', import.meta.url).href;
}

async function compiler(): Promise<typeof import('../compiler.js')> {
  return import('../compiler.js');
}

/** A pack id from a file name: `my-rules.sch` -> `my-rules`. */
export function packIdOf(file: string): string {
  return basename(file, extname(file)).replace(/[^A-Za-z0-9._-]+/g, '-') || 'schematron';
}

function isRulePack(v: unknown): v is RulePack {
  if (typeof v !== 'object' || v === null) return false;
  const p = v as Record<string, unknown>;
  return typeof p['id'] === 'string' && typeof p['version'] === 'string' && typeof p['run'] === 'function' && Array.isArray(p['assertions']);
}

/** Load one `--schematron` argument as a rule pack. Throws an Error with a message for the user. */
export async function loadSchematron(file: string): Promise<RulePack> {
  const path = resolve(file);
  const ext = extname(path).toLowerCase();
  if (ext !== '.sch' && ext !== '.mjs' && ext !== '.js') {
    throw new Error(`--schematron takes a .sch file or a module made by compile (.mjs or .js), not ${file}`);
  }
  let moduleFile = path;
  if (ext === '.sch') {
    const { compileSchematronFile } = await compiler();
    const runtime = runtimeUrl();
    const text = compileSchematronFile(path, { id: packIdOf(path), version: 'custom', runtimeImport: runtime, packImport: runtime });
    const dir = join(tmpdir(), 'ubl-invoice-validator');
    mkdirSync(dir, { recursive: true });
    moduleFile = join(dir, `${packIdOf(path)}-${createHash('sha256').update(text).digest('hex').slice(0, 16)}.mjs`);
    writeFileSync(moduleFile, text);
  }
  const mod = (await import(pathToFileURL(moduleFile).href)) as { pack?: unknown; default?: unknown };
  const pack = mod.pack ?? mod.default;
  if (!isRulePack(pack)) throw new Error(`${file} does not export a compiled rule pack (expected a .sch file, or a module made by "validate-invoice compile")`);
  return pack;
}

/** `validate-invoice compile <file.sch> -o <out.mjs>`: a module that imports `ubl-invoice-validator/runtime`. */
export async function compileToFile(input: string, output: string): Promise<{ assertions: number }> {
  const { readSchematron, compileSchematron, PACKAGE_RUNTIME } = await compiler();
  const ir = readSchematron(resolve(input));
  const text = compileSchematron(ir, { id: packIdOf(input), version: 'custom', runtimeImport: PACKAGE_RUNTIME, packImport: PACKAGE_RUNTIME });
  writeFileSync(output, text);
  return { assertions: ir.patterns.reduce((n, p) => n + p.rules.reduce((m, r) => m + r.checks.length, 0), 0) };
}
