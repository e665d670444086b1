/**
 * Build-time only: translates an XML Schema regular expression (XSD 1.0, Appendix F) into
 * JavaScript syntax for the `u` flag. XSD patterns are implicitly anchored, have no `^`/`$`
 * anchors (both are ordinary characters), and add the multi-character escapes `\i`, `\c`
 * (and their complements). Constructs we cannot translate faithfully (character class
 * subtraction, Unicode block escapes `\p{IsBlock}`) fail the build.
 */
import { NAME_CHAR, NAME_START } from '../../src/structure/datatypes.js';
import { XsdError } from './load.js';

export function translatePattern(xsd: string, where: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < xsd.length; i++) {
    const ch = xsd[i]!;
    if (ch === '\\') {
      const next = xsd[i + 1];
      if (next === undefined) throw new XsdError(`${where}: pattern ends with a backslash`);
      i++;
      switch (next) {
        case 'i':
          out += inClass ? NAME_START : `[${NAME_START}]`;
          break;
        case 'I':
          if (inClass) throw new XsdError(`${where}: \\I inside a character class is not supported`);
          out += `[^${NAME_START}]`;
          break;
        case 'c':
          out += inClass ? NAME_CHAR : `[${NAME_CHAR}]`;
          break;
        case 'C':
          if (inClass) throw new XsdError(`${where}: \\C inside a character class is not supported`);
          out += `[^${NAME_CHAR}]`;
          break;
        case 'p':
        case 'P': {
          const close = xsd.indexOf('}', i);
          const prop = xsd.slice(i + 2, close);
          if (close < 0 || prop.startsWith('Is')) throw new XsdError(`${where}: \\${next}{${prop}} is not supported`);
          out += `\\${next}{${prop}}`;
          i = close;
          break;
        }
        case 'd':
          out += '\\p{Nd}';
          break;
        case 'D':
          out += '\\P{Nd}';
          break;
        case 's':
          out += inClass ? ' \\t\\n\\r' : '[ \\t\\n\\r]';
          break;
        case 'S':
          out += '[^ \\t\\n\\r]';
          break;
        case 'w':
          out += inClass ? '\\p{L}\\p{M}\\p{N}\\p{S}\\p{Pc}\\p{Pd}' : '[^\\p{P}\\p{Z}\\p{C}]';
          break;
        case 'W':
          out += '[\\p{P}\\p{Z}\\p{C}]';
          break;
        case 'n':
        case 'r':
        case 't':
        case '\\':
        case '|':
        case '.':
        case '-':
        case '^':
        case '?':
        case '*':
        case '+':
        case '{':
        case '}':
        case '(':
        case ')':
        case '[':
        case ']':
          out += `\\${next}`;
          break;
        default:
          throw new XsdError(`${where}: unknown escape \\${next} in pattern`);
      }
      continue;
    }
    if (inClass) {
      if (ch === '[') throw new XsdError(`${where}: character class subtraction is not supported`);
      if (ch === ']') inClass = false;
      out += ch;
      continue;
    }
    if (ch === '[') {
      inClass = true;
      out += ch;
      if (xsd[i + 1] === '^') {
        out += '^';
        i++;
      }
      continue;
    }
    if (ch === '^' || ch === '$') out += `\\${ch}`;
    else if (ch === '.') out += '[^\\n\\r]';
    else if (ch === '(') out += '(?:';
    else out += ch;
  }
  if (inClass) throw new XsdError(`${where}: unterminated character class in pattern`);
  const js = `^(?:${out})$`;
  try {
    new RegExp(js, 'u');
  } catch (e) {
    throw new XsdError(`${where}: pattern does not translate: ${(e as Error).message}`);
  }
  return js;
}
