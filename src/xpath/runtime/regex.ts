/**
 * XPath 2.0 / XSD regular expressions translated to JavaScript RegExp (with the `u` flag).
 *
 * Differences handled: `.` excludes only \n and \r; `\s` is [ \t\n\r]; `\d` is \p{Nd}; `\w` is
 * [^\p{P}\p{Z}\p{C}]; `\i` and `\c` are the XML name classes; character class subtraction
 * `[a-z-[aeiou]]` becomes a lookahead; the `x` flag strips whitespace; `^`/`$` are string
 * anchors unless `m`. Refused (RegexSyntaxError): `\p{Is...}` block names, non-capturing groups
 * and other syntax outside XPath 2.0.
 */
import { fail } from './values.js';

export class RegexSyntaxError extends Error {
  constructor(
    message: string,
    readonly pattern: string,
  ) {
    super(message);
    this.name = 'RegexSyntaxError';
  }
}

const NAME_START = 'A-Z_a-z:\\u{C0}-\\u{D6}\\u{D8}-\\u{F6}\\u{F8}-\\u{2FF}\\u{370}-\\u{37D}\\u{37F}-\\u{1FFF}\\u{200C}-\\u{200D}\\u{2070}-\\u{218F}\\u{2C00}-\\u{2FEF}\\u{3001}-\\u{D7FF}\\u{F900}-\\u{FDCF}\\u{FDF0}-\\u{FFFD}\\u{10000}-\\u{EFFFF}';
const NAME_CHAR = `${NAME_START}\\-.0-9\\u{B7}\\u{300}-\\u{36F}\\u{203F}-\\u{2040}`;

/** Multi-character escapes inside a class: JS class-body text when simple, else a standalone atom. */
const CLASS_ESCAPES: Readonly<Record<string, { readonly body: string } | { readonly atom: string }>> = {
  d: { body: '\\p{Nd}' },
  D: { body: '\\P{Nd}' },
  s: { body: ' \\t\\n\\r' },
  S: { atom: '[^ \\t\\n\\r]' },
  w: { atom: '[^\\p{P}\\p{Z}\\p{C}]' },
  W: { body: '\\p{P}\\p{Z}\\p{C}' },
  i: { body: NAME_START },
  I: { atom: `[^${NAME_START}]` },
  c: { body: NAME_CHAR },
  C: { atom: `[^${NAME_CHAR}]` },
};

/** Escapes outside a class (some need a class of their own). */
const ATOM_ESCAPES: Readonly<Record<string, string>> = {
  s: '[ \\t\\n\\r]',
  S: '[^ \\t\\n\\r]',
  d: '\\p{Nd}',
  D: '\\P{Nd}',
  w: '[^\\p{P}\\p{Z}\\p{C}]',
  W: '[\\p{P}\\p{Z}\\p{C}]',
  i: `[${NAME_START}]`,
  I: `[^${NAME_START}]`,
  c: `[${NAME_CHAR}]`,
  C: `[^${NAME_CHAR}]`,
};

const SINGLE_ESCAPES = new Set(['n', 'r', 't', '\\', '|', '.', '?', '*', '+', '(', ')', '{', '}', '-', '[', ']', '^', '$']);

function lit(cp: number): string {
  return `\\u{${cp.toString(16)}}`;
}

function singleEscape(ch: string): string {
  if (ch === 'n') return '\\n';
  if (ch === 'r') return '\\r';
  if (ch === 't') return '\\t';
  return lit(ch.codePointAt(0)!);
}

class Translator {
  private i = 0;
  private readonly cps: string[];
  groups = 0;

  constructor(
    private readonly src: string,
    private readonly dotAll: boolean,
  ) {
    this.cps = Array.from(src);
  }

  private err(msg: string): never {
    throw new RegexSyntaxError(`Invalid regular expression '${this.src}': ${msg}`, this.src);
  }

  translate(): string {
    let out = '';
    const cps = this.cps;
    while (this.i < cps.length) {
      const ch = cps[this.i]!;
      if (ch === '\\') {
        out += this.atomEscape();
      } else if (ch === '[') {
        out += this.charClass();
      } else if (ch === '.') {
        this.i++;
        out += this.dotAll ? '[\\s\\S]' : '[^\\n\\r]';
      } else if (ch === '(') {
        this.i++;
        if (cps[this.i] === '?') this.err('(? groups are not XPath 2.0 syntax');
        this.groups++;
        out += '(';
      } else if (ch === '{') {
        // quantifier {n}, {n,}, {n,m}
        let j = this.i + 1;
        let q = '{';
        while (j < cps.length && cps[j] !== '}') q += cps[j++];
        if (j >= cps.length || !/^\{\d+(,\d*)?$/.test(q)) this.err('invalid quantifier');
        out += `${q}}`;
        this.i = j + 1;
      } else if (ch === '}' || ch === ']') {
        this.err(`unescaped '${ch}'`);
      } else if ('|)?*+^$'.includes(ch)) {
        this.i++;
        out += ch;
      } else {
        this.i++;
        out += /[A-Za-z0-9 ]/.test(ch) ? ch : lit(ch.codePointAt(0)!);
      }
    }
    return out;
  }

  private atomEscape(): string {
    const e = this.cps[this.i + 1];
    if (e === undefined) this.err('trailing backslash');
    this.i += 2;
    if (SINGLE_ESCAPES.has(e)) return singleEscape(e);
    const a = ATOM_ESCAPES[e];
    if (a !== undefined) return a;
    if (e === 'p' || e === 'P') return this.property(e);
    if (/[1-9]/.test(e)) {
      let n = e;
      while (/[0-9]/.test(this.cps[this.i] ?? '') && Number(n + this.cps[this.i]) <= this.groups) n += this.cps[this.i++];
      if (Number(n) > this.groups) this.err(`back-reference \\${n} to a group not yet closed`);
      return `\\${n}`;
    }
    return this.err(`unknown escape \\${e}`);
  }

  private property(e: string): string {
    if (this.cps[this.i] !== '{') this.err('\\p must be followed by {');
    let j = this.i + 1;
    let name = '';
    while (j < this.cps.length && this.cps[j] !== '}') name += this.cps[j++];
    if (j >= this.cps.length) this.err('unterminated \\p{');
    this.i = j + 1;
    if (!/^(?:[LMNPZSC][a-z]?)$/.test(name)) this.err(`unsupported property \\${e}{${name}}`);
    return `\\${e}{${name}}`;
  }

  /** A character class, possibly with subtraction; returns JS text matching one code point. */
  private charClass(): string {
    this.i++; // [
    let negated = false;
    if (this.cps[this.i] === '^') {
      negated = true;
      this.i++;
    }
    let body = '';
    const atoms: string[] = [];
    let first = true;
    let subtract: string | null = null;
    for (;;) {
      const ch = this.cps[this.i];
      if (ch === undefined) this.err('unterminated character class');
      if (ch === ']' && !first) {
        this.i++;
        break;
      }
      if (ch === '-' && this.cps[this.i + 1] === '[') {
        this.i++;
        subtract = this.charClass();
        if (this.cps[this.i] !== ']') this.err('a subtraction must end the class');
        this.i++;
        break;
      }
      first = false;
      const part = this.classAtomOrRange();
      if (part.atom !== undefined) atoms.push(part.atom);
      else body += part.body;
    }
    if (body === '' && atoms.length === 0) this.err('empty character class');
    let cls: string;
    if (atoms.length === 0) cls = `[${negated ? '^' : ''}${body}]`;
    else {
      const alts = [...(body === '' ? [] : [`[${body}]`]), ...atoms].join('|');
      cls = negated ? `(?:(?!${alts})[\\s\\S])` : `(?:${alts})`;
    }
    return subtract === null ? cls : `(?:(?!${subtract})${cls})`;
  }

  private classChar(): { text: string; cp: number | null; atom?: string } {
    const ch = this.cps[this.i]!;
    if (ch === '\\') {
      const e = this.cps[this.i + 1];
      if (e === undefined) this.err('trailing backslash');
      this.i += 2;
      if (SINGLE_ESCAPES.has(e)) return { text: singleEscape(e), cp: e === 'n' ? 10 : e === 'r' ? 13 : e === 't' ? 9 : e.codePointAt(0)! };
      const c = CLASS_ESCAPES[e];
      if (c !== undefined) return 'body' in c ? { text: c.body, cp: null } : { text: '', cp: null, atom: c.atom };
      if (e === 'p' || e === 'P') return { text: this.property(e), cp: null };
      return this.err(`unknown escape \\${e} in a character class`);
    }
    if (ch === '[') this.err("unescaped '[' in a character class");
    this.i++;
    return { text: lit(ch.codePointAt(0)!), cp: ch.codePointAt(0)! };
  }

  private classAtomOrRange(): { body: string; atom?: string } {
    const a = this.classChar();
    if (a.atom !== undefined) return { body: '', atom: a.atom };
    if (this.cps[this.i] === '-' && this.cps[this.i + 1] !== ']' && this.cps[this.i + 1] !== '[' && this.cps[this.i + 1] !== undefined) {
      this.i++;
      const b = this.classChar();
      if (a.cp === null || b.cp === null) this.err('a range bound must be a single character');
      if (b.cp < a.cp) this.err('range out of order');
      return { body: `${a.text}-${b.text}` };
    }
    return { body: a.text };
  }
}

export interface CompiledRegex {
  /** For matches(): no `g` flag. */
  readonly test: RegExp;
  /** For replace() and tokenize(): `g` flag. */
  readonly global: RegExp;
  /** Number of capturing groups. */
  readonly groups: number;
}

/** Translate an XPath regex and its flags to JavaScript. Throws RegexSyntaxError. */
export function translateRegex(pattern: string, flags: string): { source: string; flags: string; groups: number } {
  for (const f of flags) if (!'smix'.includes(f)) throw new RegexSyntaxError(`Invalid regex flag '${f}'`, pattern);
  const src = flags.includes('x') ? pattern.replace(/[ \t\n\r]/g, '') : pattern;
  const t = new Translator(src, flags.includes('s'));
  const source = t.translate();
  const jsFlags = `u${flags.includes('i') ? 'i' : ''}${flags.includes('m') ? 'm' : ''}`;
  return { source, flags: jsFlags, groups: t.groups };
}

export function regex(pattern: string, flags = ''): CompiledRegex {
  const t = translateRegex(pattern, flags);
  return { test: new RegExp(t.source, t.flags), global: new RegExp(t.source, `${t.flags}g`), groups: t.groups };
}

const cache = new Map<string, CompiledRegex>();

/** A regex built at validation time (pattern not a literal in the pack): cached; FORX0002 when invalid. */
export function dynamicRegex(pattern: string, flags: string): CompiledRegex {
  const key = `${flags}/${pattern}`;
  let r = cache.get(key);
  if (r === undefined) {
    try {
      r = regex(pattern, flags);
    } catch (e) {
      if (e instanceof RegexSyntaxError) fail(/flag/.test(e.message) ? 'FORX0001' : 'FORX0002', e.message);
      throw e;
    }
    if (cache.size > 1000) cache.clear();
    cache.set(key, r);
  }
  return r;
}
