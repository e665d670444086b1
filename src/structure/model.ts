/**
 * The compact content-model format: what `scripts/generate-schemas.ts` writes to `schemas/`
 * and what the runtime in this folder interprets. Plain data, JSON-compatible, indexes instead
 * of pointers. One model holds every component reachable from its document elements.
 *
 * Names are written `"<namespace index>:<local name>"`, the index pointing into `ns`
 * (index 0 is always the empty namespace). Occurrence bounds default to 1; `-1` is unbounded.
 */

/** The built-in XML Schema datatypes the runtime knows (the primitive or derived type a simple type starts from). */
export type Builtin =
  | 'anySimpleType'
  | 'string'
  | 'normalizedString'
  | 'token'
  | 'language'
  | 'Name'
  | 'NCName'
  | 'NMTOKEN'
  | 'ID'
  | 'IDREF'
  | 'ENTITY'
  | 'QName'
  | 'anyURI'
  | 'boolean'
  | 'decimal'
  | 'integer'
  | 'nonNegativeInteger'
  | 'positiveInteger'
  | 'nonPositiveInteger'
  | 'negativeInteger'
  | 'long'
  | 'int'
  | 'short'
  | 'byte'
  | 'unsignedLong'
  | 'unsignedInt'
  | 'unsignedShort'
  | 'unsignedByte'
  | 'float'
  | 'double'
  | 'duration'
  | 'dateTime'
  | 'date'
  | 'time'
  | 'gYear'
  | 'gYearMonth'
  | 'gMonth'
  | 'gMonthDay'
  | 'gDay'
  | 'base64Binary'
  | 'hexBinary';

/** Facets of one restriction step. A simple type holds one set per step of its derivation; each must hold. */
export interface Facets {
  readonly enumeration?: readonly string[];
  /** Regular expressions already translated to JavaScript syntax (anchored, `u` flag); any one may match. */
  readonly pattern?: readonly string[];
  readonly length?: number;
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly totalDigits?: number;
  readonly fractionDigits?: number;
  readonly minInclusive?: string;
  readonly maxInclusive?: string;
  readonly minExclusive?: string;
  readonly maxExclusive?: string;
  readonly whiteSpace?: 'preserve' | 'replace' | 'collapse';
}

export interface SimpleTypeDef {
  readonly k: 's';
  /** Type name for messages (`cbc:AmountType`, `xsd:date`), absent for anonymous types. */
  readonly n?: string;
  readonly b: Builtin;
  readonly f?: readonly Facets[];
}

/** Namespace constraint of a wildcard: any namespace, a list of namespace indexes, or all but a list. */
export type NamespaceConstraint = 'any' | { readonly in: readonly number[] } | { readonly not: readonly number[] };

export interface Wildcard {
  readonly ns: NamespaceConstraint;
  /** processContents. */
  readonly pc: 'strict' | 'lax' | 'skip';
}

export interface AttributeUse {
  /** Attribute name (`"0:currencyID"` for an unqualified attribute). */
  readonly n: string;
  /** Simple type index into `types`. */
  readonly t: number;
  /** 1 when required. */
  readonly r?: 1;
  /** Fixed value, when declared. */
  readonly x?: string;
}

interface Occurs {
  readonly min?: number;
  /** -1 for unbounded. */
  readonly max?: number;
}
export interface ElementParticle extends Occurs {
  /** Element declaration index into `elements`. */
  readonly e: number;
}
export interface WildcardParticle extends Occurs {
  readonly w: Wildcard;
}
export interface SequenceParticle extends Occurs {
  readonly s: readonly Particle[];
}
export interface ChoiceParticle extends Occurs {
  readonly c: readonly Particle[];
}
export type Particle = ElementParticle | WildcardParticle | SequenceParticle | ChoiceParticle;

export interface ComplexTypeDef {
  readonly k: 'c';
  readonly n?: string;
  readonly a?: readonly AttributeUse[];
  /** Attribute wildcard (anyAttribute). */
  readonly aw?: Wildcard;
  /** 1 for mixed content (text allowed between child elements). */
  readonly m?: 1;
  /** Content particle (element-only or mixed content). Absent with `s` or for empty content. */
  readonly p?: Particle;
  /** Simple content: the simple type index of the text. */
  readonly s?: number;
}

export type TypeDef = SimpleTypeDef | ComplexTypeDef;

export interface ElementDecl {
  /** Element name. */
  readonly n: string;
  /** Type index into `types`. */
  readonly t: number;
}

export interface NamespaceEntry {
  readonly uri: string;
  /** Prefix used in messages (`''` for the document's own namespace). */
  readonly prefix: string;
}

export interface SchemaModel {
  readonly format: 1;
  /** Which schema set this is, e.g. `ubl-2.1`. */
  readonly id: string;
  readonly ns: readonly NamespaceEntry[];
  /** Element declarations that may be the document element. */
  readonly roots: readonly number[];
  /** Global element declarations reachable by wildcards (lax/strict lookup), besides the roots. */
  readonly globals: readonly number[];
  readonly elements: readonly ElementDecl[];
  readonly types: readonly TypeDef[];
}
