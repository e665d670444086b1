/**
 * Source handling for the `.sch` reader: loading files with our parser, positioned errors,
 * and `sch:include` expansion. Compile-time only.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseXml } from '../../xml/index.js';
import type { XmlElement } from '../../xml/index.js';
import type { SourceSpan } from '../ir.js';

export const SCH_NS = 'http://purl.oclc.org/dsdl/schematron';
export const XSL_NS = 'http://www.w3.org/1999/XSL/Transform';
export const XML_NS = 'http://www.w3.org/XML/1998/namespace';

/** A reader error: the message names the place as `file:line:column`. */
export class SchematronReadError extends Error {
  constructor(
    readonly detail: string,
    readonly file: string,
    readonly line: number,
    readonly column: number,
  ) {
    super(`${file}:${line}:${column}: ${detail}`);
    this.name = 'SchematronReadError';
  }
}

/** An element together with the file it was read from. */
export interface Located {
  readonly el: XmlElement;
  readonly file: string;
  /** Files of the include chain that led here (for cycle detection). */
  readonly chain?: readonly string[];
}

export function spanOf(src: Located): SourceSpan {
  return { file: src.file, line: src.el.pos.line, column: src.el.pos.column };
}

export function failAt(src: Located, detail: string): never {
  throw new SchematronReadError(detail, src.file, src.el.pos.line, src.el.pos.column);
}

/** Load and parse one file; the root element with its (absolute) file name. */
export function loadFile(file: string, from?: Located): Located {
  const abs = resolve(file);
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(abs);
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    if (from !== undefined) failAt(from, `cannot read included file ${abs}: ${why}`);
    throw new SchematronReadError(`cannot read file: ${why}`, abs, 1, 1);
  }
  const parsed = parseXml(bytes);
  if (!parsed.ok) {
    const err = parsed.error;
    throw new SchematronReadError(`not well-formed XML (${err.code}): ${err.message}`, abs, err.line, err.column);
  }
  return { el: parsed.document.root, file: abs };
}

export function isSch(el: XmlElement, local?: string): boolean {
  return el.ns === SCH_NS && (local === undefined || el.local === local);
}

export function attr(el: XmlElement, name: string): string | undefined {
  for (const a of el.attributes) if (a.ns === '' && a.local === name) return a.value;
  return undefined;
}

export function xmlLang(el: XmlElement): string | undefined {
  for (const a of el.attributes) if (a.ns === XML_NS && a.local === 'lang') return a.value;
  return undefined;
}

/** The `xml:lang` in scope for an element (its own, else the nearest ancestor's). */
export function inheritedLang(el: XmlElement): string | undefined {
  let cur: XmlElement | null = el;
  while (cur !== null) {
    const l = xmlLang(cur);
    if (l !== undefined) return l;
    cur = cur.parent.kind === 'element' ? cur.parent : null;
  }
  return undefined;
}

/**
 * The element children of `src`, with every `sch:include` replaced by the root of the file it
 * names (resolved relative to the including file). A root that is an `sch:schema` contributes its
 * children instead (merged in order). Includes nest; a cycle is an error.
 */
export function childrenOf(src: Located): Located[] {
  const chain = src.chain ?? [src.file];
  const out: Located[] = [];
  for (const kid of src.el.children) {
    if (kid.kind !== 'element') continue;
    const loc: Located = { el: kid, file: src.file, chain };
    if (isSch(kid, 'include')) out.push(...resolveInclude(loc, chain));
    else out.push(loc);
  }
  return out;
}

function resolveInclude(inc: Located, chain: readonly string[]): Located[] {
  const href = attr(inc.el, 'href');
  if (href === undefined || href.trim() === '') failAt(inc, 'sch:include without href');
  const target = resolve(dirname(inc.file), href.split('#')[0] ?? href);
  if (chain.includes(target)) failAt(inc, `sch:include cycle: ${[...chain, target].join(' -> ')}`);
  const loaded = loadFile(target, inc);
  const root: Located = { ...loaded, chain: [...chain, target] };
  if (isSch(root.el, 'include')) return resolveInclude(root, root.chain ?? []);
  if (isSch(root.el, 'schema')) return childrenOf(root);
  return [root];
}
