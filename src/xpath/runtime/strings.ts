/**
 * String functions. Lengths and positions count Unicode code points, not UTF-16 units.
 * Arguments arrive already converted by the generated code: `string` means an xs:string?
 * argument whose empty sequence has become `''`.
 */
import { atomicToString, atomizeOpt, fail, itemToString, isNode, nodeString, UntypedAtomic, type Item, type Seq } from './values.js';
import { dynamicRegex, type CompiledRegex } from './regex.js';
import { sameName } from '../../xml/names.js';
import { child, type NodeTest } from './nodes.js';
import { isXmlSpace, type XmlNode } from '../../xml/tree.js';

/** Convert an `xs:string?` argument: () -> '', untypedAtomic -> its text, other types -> XPTY0004. */
export function strArg(s: Seq, fn: string): string {
  if (s.length === 0) return '';
  if (s.length > 1) fail('XPTY0004', `${fn}(): a sequence of ${s.length} items where at most one string is allowed`);
  const v = s[0]!;
  if (typeof v === 'string') return v;
  if (isNode(v)) return nodeString(v);
  if (v instanceof UntypedAtomic) return v.value;
  return fail('XPTY0004', `${fn}(): expected xs:string, got a value of another type`);
}

/** `strArg(child(n, t), fn)` without building the list of children: the string value of the only match, '' for none. */
export function childStr(n: XmlNode, t: NodeTest, fn: string): string {
  const en = t.en;
  if (t.kind !== 1 || en === null || (n.kind !== 'element' && n.kind !== 'document')) return strArg(child(n, t), fn);
  let found: XmlNode | null = null;
  let count = 0;
  for (const k of n.children) {
    if (k.kind === 'element' && sameName(k.name, en)) {
      found ??= k;
      count++;
    }
  }
  if (count > 1) fail('XPTY0004', `${fn}(): a sequence of ${count} items where at most one string is allowed`);
  return found === null ? '' : nodeString(found);
}

/** Same as strArg but for one item (no sequence wrapper). */
export function strItem(v: Item, fn: string): string {
  if (typeof v === 'string') return v;
  if (isNode(v)) return nodeString(v);
  if (v instanceof UntypedAtomic) return v.value;
  return fail('XPTY0004', `${fn}(): expected xs:string, got a value of another type`);
}

/** fn:string: '' for (), otherwise the string value. */
export function string(s: Seq): string {
  if (s.length === 0) return '';
  if (s.length > 1) fail('XPTY0004', 'string(): a sequence of more than one item');
  return itemToString(s[0]!);
}

export function codePointLength(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n--;
        i++;
      }
    }
  }
  return n;
}

/** `normalize-space(s) = ''` without making the normalized string (compiled packs call it as `rt.isBlank`). */
export { isBlank } from '../../xml/tree.js';

export function normalizeSpace(s: string): string {
  let out = '';
  let pendingSpace = false;
  let start = -1;
  // Fast path: nothing to do
  let clean = true;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isXmlSpace(c) && (c !== 0x20 || i === 0 || i === s.length - 1 || s.charCodeAt(i + 1) === 0x20)) {
      clean = false;
      break;
    }
  }
  if (clean) return s;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isXmlSpace(c)) {
      if (start >= 0) {
        out += (pendingSpace ? ' ' : '') + s.slice(start, i);
        pendingSpace = true;
        start = -1;
      }
    } else if (start < 0) start = i;
  }
  if (start >= 0) out += (pendingSpace ? ' ' : '') + s.slice(start);
  return out;
}

function roundHalfUp(x: number): number {
  return Math.floor(x + 0.5);
}

/** fn:substring with XPath's rounding rules on code-point positions. */
export function substring(s: string, start: number, length?: number): string {
  const cps = Array.from(s);
  const a = roundHalfUp(start);
  const b = length === undefined ? Infinity : a + roundHalfUp(length);
  if (Number.isNaN(a) || Number.isNaN(b)) return '';
  let out = '';
  for (let i = 0; i < cps.length; i++) {
    const p = i + 1;
    if (p >= a && p < b) out += cps[i];
  }
  return out;
}

export function substringBefore(s: string, t: string): string {
  const i = s.indexOf(t);
  return i < 0 ? '' : s.slice(0, i);
}

export function substringAfter(s: string, t: string): string {
  if (t === '') return s;
  const i = s.indexOf(t);
  return i < 0 ? '' : s.slice(i + t.length);
}

export function translate(s: string, from: string, to: string): string {
  const f = Array.from(from);
  const t = Array.from(to);
  const map = new Map<string, string | null>();
  for (let i = 0; i < f.length; i++) if (!map.has(f[i]!)) map.set(f[i]!, i < t.length ? t[i]! : null);
  let out = '';
  for (const ch of s) {
    const r = map.get(ch);
    if (r === undefined) out += ch;
    else if (r !== null) out += r;
  }
  return out;
}

/** fn:concat: each argument atomized to at most one item and cast to string; () is ''. */
export function concatArg(s: Seq): string {
  const v = atomizeOpt(s, 'concat');
  return v === null ? '' : atomicToString(v);
}

export function stringJoin(s: Seq, sep: string): string {
  const parts: string[] = [];
  for (const v of s) parts.push(strItem(v, 'string-join'));
  return parts.join(sep);
}

export function stringToCodepoints(s: string): bigint[] {
  const out: bigint[] = [];
  for (const ch of s) out.push(BigInt(ch.codePointAt(0)!));
  return out;
}

export function codepointsToString(s: Seq): string {
  let out = '';
  for (const v of s) {
    const a = isNode(v) ? fail('XPTY0004', 'codepoints-to-string(): expected xs:integer*') : v;
    if (typeof a !== 'bigint') return fail('XPTY0004', 'codepoints-to-string(): expected xs:integer*');
    const n = Number(a);
    const ok = n === 0x9 || n === 0xa || n === 0xd || (n >= 0x20 && n <= 0xd7ff) || (n >= 0xe000 && n <= 0xfffd) || (n >= 0x10000 && n <= 0x10ffff);
    if (!ok) fail('FOCH0001', `codepoints-to-string(): ${a} is not a valid XML character`);
    out += String.fromCodePoint(n);
  }
  return out;
}

// ---------------------------------------------------------------- regex functions

export function matches(s: string, re: CompiledRegex): boolean {
  return re.test.test(s);
}

function checkNotEmptyMatch(re: CompiledRegex, fn: string): void {
  re.test.lastIndex = 0;
  if (re.test.test('')) fail('FORX0003', `${fn}(): the regular expression matches the empty string`);
}

export function tokenize(s: string, re: CompiledRegex): string[] {
  if (s === '') return [];
  checkNotEmptyMatch(re, 'tokenize');
  const g = re.global;
  g.lastIndex = 0;
  const out: string[] = [];
  let last = 0;
  let m: RegExpExecArray | null;
  while ((m = g.exec(s)) !== null) {
    out.push(s.slice(last, m.index));
    last = m.index + m[0].length;
  }
  out.push(s.slice(last));
  return out;
}

/** A parsed replacement string: literal pieces and group numbers. */
export type Replacement = readonly (string | number)[];

export function parseReplacement(r: string, groups: number): Replacement {
  const out: (string | number)[] = [];
  let lit = '';
  for (let i = 0; i < r.length; i++) {
    const ch = r[i]!;
    if (ch === '\\') {
      const n = r[i + 1];
      if (n !== '\\' && n !== '$') fail('FORX0004', `replace(): invalid replacement string '${r}'`);
      lit += n;
      i++;
    } else if (ch === '$') {
      let j = i + 1;
      if (!/[0-9]/.test(r[j] ?? '')) fail('FORX0004', `replace(): invalid replacement string '${r}'`);
      let num = Number(r[j]);
      j++;
      while (/[0-9]/.test(r[j] ?? '') && num * 10 + Number(r[j]) <= groups) {
        num = num * 10 + Number(r[j]);
        j++;
      }
      if (lit !== '') out.push(lit);
      lit = '';
      out.push(num);
      i = j - 1;
    } else lit += ch;
  }
  if (lit !== '') out.push(lit);
  return out;
}

export function replace(s: string, re: CompiledRegex, rep: Replacement): string {
  checkNotEmptyMatch(re, 'replace');
  const g = re.global;
  g.lastIndex = 0;
  let out = '';
  let last = 0;
  let m: RegExpExecArray | null;
  while ((m = g.exec(s)) !== null) {
    out += s.slice(last, m.index);
    for (const part of rep) out += typeof part === 'string' ? part : (m[part] ?? '');
    last = m.index + m[0].length;
  }
  return out + s.slice(last);
}

export function regexArg(pattern: string, flags: string): CompiledRegex {
  return dynamicRegex(pattern, flags);
}
