/**
 * The SaxonJS reference runner: runs a Schematron pack (a `.sch` file or its IR) with SaxonJS
 * over documents and reports what fired. Build/test-time only; never on the validation path.
 *
 * How: the IR becomes an XSLT 3.0 stylesheet (generate.ts), compiled once to SEF with the
 * `xslt3` command (SaxonJS 2.7 in Node can compile XSLT text at run time through `fn:transform`,
 * but only per call and without a reusable result, so we export SEF). The SEF is cached under
 * `.tmp/reference-sef/` of this repository (git-ignored), keyed by a hash of the stylesheet text
 * and the SaxonJS version; the SEF is then reused for every document.
 *
 * A dynamic error while evaluating the pack (e.g. FORG0001) rejects `run` with a
 * `ReferenceEngineError` carrying the XPath error code: it is never reported as "nothing fired".
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import SaxonJS from 'saxon-js';
import type { SchemaIR } from '../../src/schematron/ir.js';
import { readSchematron } from '../../src/schematron/reader.js';
import { generateStylesheetWithMap } from './generate.js';
import type { GeneratedStylesheet } from './generate.js';
import type { GenerateOptions } from './generate.js';

export interface ReferenceFiring {
  readonly id: string | null;
  readonly flag: string;
  /** Location of the context node, in our form (`/Invoice[1]/cac:X[1]/cbc:Y[2]`, `/@attr` for attributes). */
  readonly location: string;
  /** The assertion text with value-of / name evaluated, whitespace-normalized. */
  readonly message: string;
  readonly kind: 'assert' | 'report';
}

export interface ReferenceRunner {
  /** Run the pack over one document (its text). Rejects with `ReferenceEngineError` on a dynamic or parse error. */
  run(xmlText: string): Promise<ReferenceFiring[]>;
  /** The generated stylesheet text (for debugging). */
  readonly stylesheet: string;
  /** Where the compiled SEF is cached. */
  readonly sefFile: string;
  /** Milliseconds spent compiling (0 when the SEF came from the cache). */
  readonly compileMs: number;
}

export interface ReferenceRunnerOptions extends GenerateOptions {
  /** Directory for cached SEF files; default `<repo>/.tmp/reference-sef`. */
  readonly cacheDir?: string;
}

/** An error raised by SaxonJS while compiling or running a pack; `code` is the XPath/XSLT error code when known. */
export class ReferenceEngineError extends Error {
  constructor(
    message: string,
    readonly code: string | null,
  ) {
    super(code === null || message.startsWith(code) ? message : `${code}: ${message}`);
    this.name = 'ReferenceEngineError';
  }
}

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const DEFAULT_CACHE = join(REPO_ROOT, '.tmp', 'reference-sef');
const require = createRequire(import.meta.url);

function errorCode(e: unknown): string | null {
  if (typeof e !== 'object' || e === null) return null;
  const code: unknown = (e as { code?: unknown }).code;
  if (typeof code === 'string' && code !== '') return code.replace(/^(err|Q\{[^}]*\}):?/, '');
  return null;
}

function errorMessage(e: unknown): string {
  if (e instanceof Error) return e.message;
  if (typeof e === 'object' && e !== null) {
    const m: unknown = (e as { message?: unknown }).message;
    if (typeof m === 'string') return m;
  }
  return String(e);
}

/** Compile XSLT text to a SEF file (cached); returns the file and the time spent. */
async function compileToSef(generated: GeneratedStylesheet, cacheDir: string): Promise<{ sefFile: string; compileMs: number }> {
  const xslt = generated.text;
  const version = SaxonJS.getProcessorInfo().productVersion;
  const key = createHash('sha256').update(`saxonjs ${version}\n`).update(xslt).digest('hex').slice(0, 32);
  const sefFile = join(cacheDir, `${key}.sef.json`);
  if (existsSync(sefFile)) return { sefFile, compileMs: 0 };
  mkdirSync(cacheDir, { recursive: true });
  const unique = `${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2)}`;
  const xslFile = join(cacheDir, `${key}.xsl`);
  const tmpSef = join(cacheDir, `${key}.${unique}.tmp.json`);
  writeFileSync(xslFile, xslt);
  const xslt3 = require.resolve('xslt3/xslt3.js');
  const started = performance.now();
  try {
    await promisify(execFile)(process.execPath, [xslt3, `-xsl:${xslFile}`, `-export:${tmpSef}`, '-nogo'], {
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch (e) {
    const stderr = typeof e === 'object' && e !== null ? String((e as { stderr?: unknown }).stderr ?? '') : '';
    const text = stderr.trim() || errorMessage(e);
    // Point at the pack: "... on line 37 in x.xsl ..." -> the rule/check/let/function that line came from.
    const where = [...text.matchAll(/\bline (\d+)\b/g)]
      .map((m) => generated.spanAtLine(Number(m[1])))
      .filter((s) => s !== undefined)
      .map((s) => `${s.file}:${s.line}:${s.column}`);
    const code = /\b([A-Z]{4}\d{4})\b/.exec(text)?.[1] ?? null;
    const from = where.length > 0 ? `in the pack at ${[...new Set(where)].join(', ')}: ` : '';
    throw new ReferenceEngineError(`${from}cannot compile the generated stylesheet ${xslFile}:\n${text}`, code);
  }
  if (!existsSync(tmpSef)) throw new ReferenceEngineError(`xslt3 wrote no SEF for ${xslFile}`, null);
  renameSync(tmpSef, sefFile);
  return { sefFile, compileMs: performance.now() - started };
}

function toFiring(raw: unknown): ReferenceFiring {
  const r = raw as Record<string, unknown>;
  const kind = r['kind'] === 'report' ? 'report' : 'assert';
  return {
    id: typeof r['id'] === 'string' ? r['id'] : null,
    flag: typeof r['flag'] === 'string' ? r['flag'] : '',
    location: typeof r['location'] === 'string' ? r['location'] : '',
    message: typeof r['message'] === 'string' ? r['message'] : '',
    kind,
  };
}

/** Build a runner for a pack: reads (if given a file), generates, compiles (or reuses the cached SEF). */
export async function createReferenceRunner(source: string | SchemaIR, options: ReferenceRunnerOptions = {}): Promise<ReferenceRunner> {
  const ir = typeof source === 'string' ? readSchematron(source) : source;
  const generated = generateStylesheetWithMap(ir, options.phase === undefined ? {} : { phase: options.phase });
  const stylesheet = generated.text;
  const { sefFile, compileMs } = await compileToSef(generated, options.cacheDir ?? DEFAULT_CACHE);
  const sef: unknown = JSON.parse(readFileSync(sefFile, 'utf8'));
  return {
    stylesheet,
    sefFile,
    compileMs,
    run(xmlText: string): Promise<ReferenceFiring[]> {
      let out: unknown;
      try {
        out = SaxonJS.transform({ stylesheetInternal: sef, sourceText: xmlText, destination: 'serialized' }, 'sync').principalResult;
      } catch (e) {
        return Promise.reject(new ReferenceEngineError(errorMessage(e), errorCode(e)));
      }
      if (typeof out !== 'string') return Promise.reject(new ReferenceEngineError('the stylesheet returned no text', null));
      const parsed: unknown = JSON.parse(out);
      if (!Array.isArray(parsed)) return Promise.reject(new ReferenceEngineError('the stylesheet returned no array', null));
      return Promise.resolve(parsed.map(toFiring));
    },
  };
}
