/**
 * Reads `xsl:function` declarations into the XSLT subset of the IR (`FunctionIR`, `XsltInstruction`).
 * Anything outside the subset is refused with its position, never skipped.
 */
import type { XmlElement } from '../../xml/index.js';
import type { FunctionIR, XsltInstruction } from '../ir.js';
import { XSL_NS, attr, failAt, spanOf } from './source.js';
import type { Located } from './source.js';

function required(src: Located, name: string): string {
  const v = attr(src.el, name);
  if (v === undefined) failAt(src, `xsl:${src.el.local} needs the attribute ${name}`);
  return v;
}

function optional<K extends string>(key: K, value: string | undefined): { [P in K]?: string } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: string };
}

function xslKids(src: Located): Located[] {
  const out: Located[] = [];
  for (const kid of src.el.children) {
    if (kid.kind === 'element') out.push({ el: kid, file: src.file });
  }
  return out;
}

/** A sequence constructor: instructions, plus literal text (whitespace-only text is ignored, as in XSLT). */
function readBody(src: Located, skip: (el: XmlElement) => boolean = () => false): XsltInstruction[] {
  const out: XsltInstruction[] = [];
  for (const kid of src.el.children) {
    if (kid.kind === 'text') {
      if (kid.value.trim() !== '') out.push({ kind: 'text', text: kid.value });
      continue;
    }
    if (skip(kid)) continue;
    out.push(readInstruction({ el: kid, file: src.file }));
  }
  return out;
}

function readInstruction(src: Located): XsltInstruction {
  const el = src.el;
  if (el.ns !== XSL_NS) failAt(src, `unsupported element {${el.ns}}${el.local} in an xsl:function body`);
  switch (el.local) {
    case 'variable': {
      const select = attr(el, 'select');
      const body = readBody(src);
      if (select !== undefined && body.length > 0) failAt(src, 'xsl:variable has both select and content');
      return {
        kind: 'variable',
        name: required(src, 'name'),
        ...optional('as', attr(el, 'as')),
        ...optional('select', select),
        ...(select === undefined ? { body } : {}),
      };
    }
    case 'sequence':
      if (readBody(src).length > 0) failAt(src, 'xsl:sequence with content is not supported');
      return { kind: 'sequence', select: required(src, 'select') };
    case 'value-of':
      if (readBody(src).length > 0) failAt(src, 'xsl:value-of with content is not supported');
      return { kind: 'value-of', select: required(src, 'select'), ...optional('separator', attr(el, 'separator')) };
    case 'if':
      return { kind: 'if', test: required(src, 'test'), body: readBody(src) };
    case 'choose': {
      const whens: { test: string; body: XsltInstruction[] }[] = [];
      let otherwise: XsltInstruction[] | undefined;
      for (const kid of el.children) {
        if (kid.kind === 'text') {
          if (kid.value.trim() !== '') failAt(src, 'text is not allowed directly in xsl:choose');
          continue;
        }
        const k: Located = { el: kid, file: src.file };
        if (kid.ns === XSL_NS && kid.local === 'when' && otherwise === undefined) {
          whens.push({ test: required(k, 'test'), body: readBody(k) });
        } else if (kid.ns === XSL_NS && kid.local === 'otherwise' && otherwise === undefined) {
          otherwise = readBody(k);
        } else {
          failAt(k, `unexpected ${kid.prefix === '' ? '' : kid.prefix + ':'}${kid.local} in xsl:choose`);
        }
      }
      if (whens.length === 0) failAt(src, 'xsl:choose needs at least one xsl:when');
      return otherwise === undefined ? { kind: 'choose', whens } : { kind: 'choose', whens, otherwise };
    }
    case 'text': {
      let text = '';
      for (const kid of el.children) {
        if (kid.kind === 'element') failAt({ el: kid, file: src.file }, 'xsl:text may contain only text');
        text += kid.value;
      }
      return { kind: 'text', text };
    }
    default:
      return failAt(src, `xsl:${el.local} is not supported in an xsl:function body (supported: variable, sequence, value-of, if, choose, text)`);
  }
}

/** Read one `xsl:function` element. */
export function readFunction(src: Located): FunctionIR {
  const params: { name: string; as?: string }[] = [];
  let bodyStarted = false;
  for (const k of xslKids(src)) {
    if (k.el.ns === XSL_NS && k.el.local === 'param') {
      if (bodyStarted) failAt(k, 'xsl:param must come before the function body');
      if (attr(k.el, 'select') !== undefined || k.el.children.some((c) => c.kind === 'element' || c.value.trim() !== '')) {
        failAt(k, 'function parameters cannot have a default value');
      }
      params.push({ name: required(k, 'name'), ...optional('as', attr(k.el, 'as')) });
    } else {
      bodyStarted = true;
    }
  }
  const name = required(src, 'name');
  if (!name.includes(':')) failAt(src, `xsl:function name ${name} must be in a namespace (prefix:name)`);
  return {
    name,
    ...optional('as', attr(src.el, 'as')),
    params,
    body: readBody(src, (el) => el.ns === XSL_NS && el.local === 'param'),
    span: spanOf(src),
  };
}
