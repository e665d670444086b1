/**
 * Bytes to text, following XML 1.0 appendix F: a byte-order mark first, then the
 * encoding named in the XML declaration, else UTF-8.
 *
 * Supported: UTF-8 (with or without BOM), UTF-16 LE/BE (with BOM, or detected from `<?`),
 * ISO-8859-1 (true Latin-1, byte = code point), Windows-1252 and US-ASCII when declared.
 * Invalid bytes are an error, never replaced silently.
 */

export type DecodeResult =
  | { readonly ok: true; readonly text: string; readonly encoding: string }
  | { readonly ok: false; readonly code: 'xml:invalid-encoding' | 'xml:unsupported-encoding'; readonly message: string; readonly byteOffset?: number };

const utf8Decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const utf16leDecoder = new TextDecoder('utf-16le', { fatal: true, ignoreBOM: true });
/**
 * Windows-1252 code points for bytes 0x80-0x9F (the rest equals Latin-1). Written out because
 * Node's TextDecoder decodes the 'windows-1252' label as Latin-1. Undefined bytes map to U+FFFD.
 */
const CP1252_HIGH = [
  0x20ac, 0xfffd, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0xfffd, 0x017d, 0xfffd,
  0xfffd, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0xfffd, 0x017e, 0x0178,
];

/** Encoding names (lower-cased) that we accept in an XML declaration, mapped to our decoder key. */
const DECLARED = new Map<string, 'utf-8' | 'utf-16' | 'iso-8859-1' | 'windows-1252' | 'us-ascii'>([
  ['utf-8', 'utf-8'],
  ['utf8', 'utf-8'],
  ['utf-16', 'utf-16'],
  ['utf-16le', 'utf-16'],
  ['utf-16be', 'utf-16'],
  ['iso-8859-1', 'iso-8859-1'],
  ['iso8859-1', 'iso-8859-1'],
  ['iso_8859-1', 'iso-8859-1'],
  ['latin1', 'iso-8859-1'],
  ['latin-1', 'iso-8859-1'],
  ['l1', 'iso-8859-1'],
  ['windows-1252', 'windows-1252'],
  ['cp1252', 'windows-1252'],
  ['us-ascii', 'us-ascii'],
  ['ascii', 'us-ascii'],
]);

/** Decode a document given as a string (BOM stripped) or as bytes. */
export function decodeXml(input: string | Uint8Array): DecodeResult {
  if (typeof input === 'string') {
    const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
    return { ok: true, text, encoding: 'utf-16' };
  }
  const b = input;
  if (b.length >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return decodeUtf8(b, 3);
  if (b.length >= 2 && b[0] === 0xff && b[1] === 0xfe) return decodeUtf16(b, 2, true);
  if (b.length >= 2 && b[0] === 0xfe && b[1] === 0xff) return decodeUtf16(b, 2, false);
  // UTF-16 without a BOM, recognised from the bytes of '<?' (appendix F).
  if (b.length >= 4 && b[0] === 0x3c && b[1] === 0 && b[2] === 0x3f && b[3] === 0) return decodeUtf16(b, 0, true);
  if (b.length >= 4 && b[0] === 0 && b[1] === 0x3c && b[2] === 0 && b[3] === 0x3f) return decodeUtf16(b, 0, false);

  const declared = declaredEncoding(b);
  if (declared === null) return decodeUtf8(b, 0);
  const key = DECLARED.get(declared.toLowerCase());
  switch (key) {
    case 'utf-8':
      return decodeUtf8(b, 0);
    case 'iso-8859-1':
      return { ok: true, text: latin1(b), encoding: 'iso-8859-1' };
    case 'windows-1252':
      return { ok: true, text: cp1252(b), encoding: 'windows-1252' };
    case 'us-ascii': {
      for (let i = 0; i < b.length; i++) {
        if (b[i]! >= 0x80) {
          return { ok: false, code: 'xml:invalid-encoding', message: `byte 0x${hex(b[i]!)} at byte offset ${i} is not US-ASCII, the declared encoding`, byteOffset: i };
        }
      }
      return { ok: true, text: latin1(b), encoding: 'us-ascii' };
    }
    case 'utf-16':
      return { ok: false, code: 'xml:invalid-encoding', message: `the document declares ${declared} but has no byte-order mark and is not UTF-16 encoded` };
    default:
      return { ok: false, code: 'xml:unsupported-encoding', message: `unsupported encoding "${declared}" (supported: UTF-8, UTF-16, ISO-8859-1, Windows-1252, US-ASCII)` };
  }
}

function decodeUtf8(b: Uint8Array, start: number): DecodeResult {
  const body = start === 0 ? b : b.subarray(start);
  try {
    return { ok: true, text: utf8Decoder.decode(body), encoding: 'utf-8' };
  } catch {
    const bad = firstInvalidUtf8(body) + start;
    return {
      ok: false,
      code: 'xml:invalid-encoding',
      message: `bytes are not valid UTF-8: byte 0x${hex(b[bad] ?? 0)} at byte offset ${bad} (declare the real encoding, e.g. encoding="ISO-8859-1", or re-encode the file)`,
      byteOffset: bad,
    };
  }
}

function decodeUtf16(b: Uint8Array, start: number, littleEndian: boolean): DecodeResult {
  let body = b.subarray(start);
  if (body.length % 2 !== 0) {
    return { ok: false, code: 'xml:invalid-encoding', message: 'UTF-16 input has an odd number of bytes', byteOffset: b.length - 1 };
  }
  if (!littleEndian) {
    const swapped = new Uint8Array(body.length);
    for (let i = 0; i < body.length; i += 2) {
      swapped[i] = body[i + 1]!;
      swapped[i + 1] = body[i]!;
    }
    body = swapped;
  }
  try {
    return { ok: true, text: utf16leDecoder.decode(body), encoding: littleEndian ? 'utf-16le' : 'utf-16be' };
  } catch {
    return { ok: false, code: 'xml:invalid-encoding', message: 'UTF-16 input contains an unpaired surrogate' };
  }
}

/** The encoding pseudo-attribute of an XML declaration in an ASCII-compatible byte stream, or null. */
function declaredEncoding(b: Uint8Array): string | null {
  if (!(b[0] === 0x3c && b[1] === 0x3f && b[2] === 0x78 && b[3] === 0x6d && b[4] === 0x6c)) return null; // '<?xml'
  const end = Math.min(b.length, 512);
  let head = '';
  for (let i = 0; i < end; i++) {
    const c = b[i]!;
    if (c === 0x3e) break; // '>'
    head += String.fromCharCode(c);
  }
  const m = /\sencoding\s*=\s*(["'])([A-Za-z][A-Za-z0-9._-]*)\1/.exec(head);
  return m ? m[2]! : null;
}

function latin1(b: Uint8Array): string {
  return Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('latin1');
}

function cp1252(b: Uint8Array): string {
  const text = latin1(b);
  return /[\x80-\x9f]/.test(text) ? text.replace(/[\x80-\x9f]/g, (c) => String.fromCharCode(CP1252_HIGH[c.charCodeAt(0) - 0x80]!)) : text;
}

function hex(n: number): string {
  return n.toString(16).toUpperCase().padStart(2, '0');
}

/** Index of the first byte that starts an invalid UTF-8 sequence. */
function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i]!;
    if (c < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (c >= 0xc2 && c <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (c >= 0xe0 && c <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (c >= 0xf0 && c <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else return i;
    let cp = c & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const d = b[i + k];
      if (d === undefined || (d & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (d & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return b.length;
}
