/**
 * XPath 2.0 tokenizer. Context-sensitive decisions (is `div` an operator or a name, is `*` a
 * wildcard or a multiplication) are left to the parser: names are plain `name` tokens.
 */
import { XPathSyntaxError } from './errors.js';

export type TokenType =
  | 'name' // NCName or QName, possibly `p:*` or `*:local`
  | 'string'
  | 'integer'
  | 'decimal'
  | 'double'
  | 'symbol'
  | 'eof';

export interface Token {
  readonly type: TokenType;
  /** For `string` tokens, the unescaped value; otherwise the source text. */
  readonly value: string;
  readonly start: number;
  readonly end: number;
}

const SYMBOLS = ['::', '//', '..', '!=', '<=', '>=', '<<', '>>', ':=', '(', ')', '[', ']', ',', '/', '@', '.', '=', '<', '>', '|', '+', '-', '*', '$', '?', ':'];

function isNameStart(ch: string): boolean {
  const c = ch.codePointAt(0) ?? 0;
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f || c >= 0xc0;
}

function isNameChar(ch: string): boolean {
  const c = ch.codePointAt(0) ?? 0;
  return isNameStart(ch) || (c >= 0x30 && c <= 0x39) || c === 0x2d || c === 0x2e || c === 0xb7;
}

function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9';
}

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  const n = text.length;
  const readNCName = (): string => {
    const s = i;
    while (i < n && isNameChar(text[i]!)) i++;
    return text.slice(s, i);
  };
  while (true) {
    // whitespace and (: comments :)
    while (i < n) {
      const ch = text[i]!;
      if (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
        i++;
      } else if (ch === '(' && text[i + 1] === ':') {
        const s = i;
        let depth = 0;
        while (i < n) {
          if (text[i] === '(' && text[i + 1] === ':') {
            depth++;
            i += 2;
          } else if (text[i] === ':' && text[i + 1] === ')') {
            depth--;
            i += 2;
            if (depth === 0) break;
          } else i++;
        }
        if (depth !== 0) throw new XPathSyntaxError('Unterminated comment', { start: s, end: n });
      } else break;
    }
    if (i >= n) {
      out.push({ type: 'eof', value: '', start: n, end: n });
      return out;
    }
    const start = i;
    const ch = text[i]!;
    if (ch === '"' || ch === "'") {
      let value = '';
      i++;
      while (true) {
        if (i >= n) throw new XPathSyntaxError('Unterminated string literal', { start, end: n });
        const c = text[i]!;
        if (c === ch) {
          if (text[i + 1] === ch) {
            value += ch;
            i += 2;
            continue;
          }
          i++;
          break;
        }
        value += c;
        i++;
      }
      out.push({ type: 'string', value, start, end: i });
      continue;
    }
    if (isDigit(ch) || (ch === '.' && isDigit(text[i + 1]))) {
      let type: TokenType = 'integer';
      while (isDigit(text[i])) i++;
      if (text[i] === '.') {
        type = 'decimal';
        i++;
        while (isDigit(text[i])) i++;
      }
      if (text[i] === 'e' || text[i] === 'E') {
        let j = i + 1;
        if (text[j] === '+' || text[j] === '-') j++;
        if (!isDigit(text[j])) throw new XPathSyntaxError('Invalid numeric literal', { start, end: j });
        while (isDigit(text[j])) j++;
        i = j;
        type = 'double';
      }
      if (i < n && isNameStart(text[i]!)) throw new XPathSyntaxError('A numeric literal must not be followed by a name', { start, end: i + 1 });
      out.push({ type, value: text.slice(start, i), start, end: i });
      continue;
    }
    if (ch === '*' && text[i + 1] === ':' && i + 2 < n && isNameStart(text[i + 2]!)) {
      i += 2;
      const local = readNCName();
      out.push({ type: 'name', value: `*:${local}`, start, end: i });
      continue;
    }
    if (isNameStart(ch)) {
      let value = readNCName();
      if (text[i] === ':' && text[i + 1] !== ':') {
        if (text[i + 1] === '*') {
          value += ':*';
          i += 2;
        } else if (i + 1 < n && isNameStart(text[i + 1]!)) {
          i++;
          value += `:${readNCName()}`;
        }
      }
      out.push({ type: 'name', value, start, end: i });
      continue;
    }
    const sym = SYMBOLS.find((s) => text.startsWith(s, i));
    if (sym === undefined) throw new XPathSyntaxError(`Unexpected character '${ch}'`, { start, end: start + 1 });
    i += sym.length;
    out.push({ type: 'symbol', value: sym, start, end: i });
  }
}
