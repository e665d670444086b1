/**
 * A small typed builder for JavaScript source text (after ajv's codegen).
 *
 * - `Code` is a fragment of generated source. Only this module creates Code from raw text.
 * - `_` is a tagged template: interpolated `Code` goes in as is; interpolated strings, numbers,
 *   booleans and null become JavaScript literals through `literal()`, the one escaper
 *   (which also escapes U+2028/U+2029). So text from a .sch file can never reach the output raw.
 * - `Name` is an identifier, checked when made; `NameTable` hands out unique generated names.
 */

export class Code {
  /** @internal use `_`, `literal`, `Name` or `join` to make Code. */
  constructor(readonly text: string) {}

  toString(): string {
    return this.text;
  }
}

export class Name extends Code {
  constructor(text: string) {
    if (!/^[A-Za-z_$][A-Za-z0-9_$]*$/.test(text)) throw new Error(`Invalid identifier for generated code: ${JSON.stringify(text)}`);
    if (RESERVED.has(text)) throw new Error(`Reserved word used as an identifier: ${text}`);
    super(text);
  }
}

const RESERVED = new Set(
  'break case catch class const continue debugger default delete do else enum export extends false finally for function if import in instanceof new null return super switch this throw true try typeof var void while with yield let static implements interface package private protected public await arguments eval undefined NaN Infinity'.split(
    ' ',
  ),
);

export type Interpolable = Code | string | number | boolean | null | bigint;

/** The one escaper: any value as a JavaScript literal. */
export function literal(v: Exclude<Interpolable, Code>): Code {
  if (v === null) return new Code('null');
  switch (typeof v) {
    case 'string':
      return new Code(JSON.stringify(v).replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029'));
    case 'number':
      if (Number.isNaN(v)) return new Code('NaN');
      if (v === Infinity) return new Code('Infinity');
      if (v === -Infinity) return new Code('-Infinity');
      return new Code(Object.is(v, -0) ? '-0' : String(v));
    case 'bigint':
      return new Code(`${v.toString()}n`);
    case 'boolean':
      return new Code(v ? 'true' : 'false');
  }
}

function piece(v: Interpolable): string {
  return v instanceof Code ? v.text : literal(v).text;
}

/** Tagged template for generated code: `_\`${a} + ${b}\``. */
export function _(strings: TemplateStringsArray, ...values: Interpolable[]): Code {
  let out = strings[0]!;
  for (let i = 0; i < values.length; i++) out += piece(values[i]!) + strings[i + 1]!;
  return new Code(out);
}

/** Join fragments with a separator (itself code). */
export function join(parts: readonly Code[], sep: Code | string = ', '): Code {
  const s = sep instanceof Code ? sep.text : sep;
  if (/[^\s,;|&+\n]/.test(s)) throw new Error(`join separator must be punctuation: ${JSON.stringify(s)}`);
  return new Code(parts.map((p) => p.text).join(s));
}

/** Hands out unique identifiers: `prefix` + counter. Prefixes are checked like names. */
export class NameTable {
  private readonly counters = new Map<string, number>();

  make(prefix: string): Name {
    const n = this.counters.get(prefix) ?? 0;
    this.counters.set(prefix, n + 1);
    return new Name(`${prefix}${n}`);
  }
}

/** A growing list of top-level declarations (constants built once at module load). */
export class Hoister {
  private readonly decls: Code[] = [];
  private readonly byKey = new Map<string, Name>();

  constructor(private readonly names: NameTable) {}

  /** A module-level `const` for `value`, shared by every caller with the same key. */
  constant(prefix: string, key: string, value: Code): Name {
    const known = this.byKey.get(key);
    if (known !== undefined) return known;
    const n = this.names.make(prefix);
    this.byKey.set(key, n);
    this.decls.push(_`const ${n} = ${value};`);
    return n;
  }

  code(): Code {
    return join(this.decls, '\n');
  }
}
