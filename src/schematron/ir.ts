/**
 * The rule IR: what the `.sch` reader produces and both back ends consume
 * (our compiler in src/schematron + src/xpath, and the SaxonJS reference runner in scripts/reference).
 *
 * The IR is already resolved: includes are inlined, abstract patterns and abstract rules are
 * instantiated (`is-a`, `extends`), and phases are listed. Expressions stay as XPath text with
 * their source span, so every error can name the rule id and the place.
 */

export interface SourceSpan {
  /** File the construct came from (after include resolution). */
  readonly file: string;
  /** 1-based line and column of the element in that file. */
  readonly line: number;
  readonly column: number;
}

export interface NamespaceIR {
  readonly prefix: string;
  readonly uri: string;
}

export interface LetIR {
  readonly name: string;
  /** XPath expression. */
  readonly value: string;
  readonly span: SourceSpan;
}

/** Message content: literal text, `sch:value-of select=...`, or `sch:name` (optionally with `path`). */
export type MessagePart =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'value-of'; readonly select: string }
  | { readonly kind: 'name'; readonly path?: string };

export interface CheckIR {
  readonly kind: 'assert' | 'report';
  readonly id?: string;
  /** `fatal`, `warning` or `information` (the packs we ship use only these). */
  readonly flag?: string;
  readonly role?: string;
  readonly test: string;
  /** The assert/report text, in the schema's language (`xml:lang` on sch:schema, default `en`). */
  readonly message: readonly MessagePart[];
  /** Other languages, from `sch:diagnostic` elements with `xml:lang`, keyed by language. */
  readonly diagnostics: ReadonlyMap<string, readonly MessagePart[]>;
  /** BT-n / BG-n named in the message text, in order of first appearance. */
  readonly businessTerms: readonly string[];
  readonly span: SourceSpan;
}

export interface RuleIR {
  readonly id?: string;
  /** XSLT match pattern. */
  readonly context: string;
  readonly lets: readonly LetIR[];
  readonly checks: readonly CheckIR[];
  readonly span: SourceSpan;
}

export interface PatternIR {
  readonly id?: string;
  readonly lets: readonly LetIR[];
  /** Within a pattern, a node is handled only by the first rule whose context matches it. */
  readonly rules: readonly RuleIR[];
  readonly span: SourceSpan;
}

export interface PhaseIR {
  readonly id: string;
  readonly active: readonly string[];
  readonly lets: readonly LetIR[];
}

/** The XSLT subset allowed inside `xsl:function` bodies. */
export type XsltInstruction =
  | { readonly kind: 'variable'; readonly name: string; readonly as?: string; readonly select?: string; readonly body?: readonly XsltInstruction[] }
  | { readonly kind: 'sequence'; readonly select: string }
  | { readonly kind: 'value-of'; readonly select: string; readonly separator?: string }
  | { readonly kind: 'if'; readonly test: string; readonly body: readonly XsltInstruction[] }
  | {
      readonly kind: 'choose';
      readonly whens: readonly { readonly test: string; readonly body: readonly XsltInstruction[] }[];
      readonly otherwise?: readonly XsltInstruction[];
    }
  | { readonly kind: 'text'; readonly text: string };

export interface FunctionIR {
  /** Lexical QName, e.g. `u:gln`; resolve with the schema's namespaces. */
  readonly name: string;
  readonly as?: string;
  readonly params: readonly { readonly name: string; readonly as?: string }[];
  readonly body: readonly XsltInstruction[];
  readonly span: SourceSpan;
}

export interface SchemaIR {
  /** The file read (the root of the include tree). */
  readonly file: string;
  readonly queryBinding: string;
  /** Language of the assert texts (`xml:lang` of sch:schema), default `en`. */
  readonly lang: string;
  readonly namespaces: readonly NamespaceIR[];
  readonly lets: readonly LetIR[];
  readonly functions: readonly FunctionIR[];
  readonly phases: readonly PhaseIR[];
  readonly defaultPhase?: string;
  readonly patterns: readonly PatternIR[];
}
