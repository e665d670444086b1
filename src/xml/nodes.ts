/**
 * The classes behind the tree interfaces of `tree.ts` (internal to the parser).
 *
 * Positions are computed on demand: each node keeps only its start offset and a reference to
 * the document's `LineIndex`, and `pos` maps the offset to line and column when asked. Reports
 * ask for a handful of positions; building an object per node up front cost more time in the
 * garbage collector than the rest of the parse on large invoices.
 */
import type { ExpandedName } from './names.js';
import type { Position, XmlAttribute, XmlChild, XmlDocument, XmlElement, XmlText } from './tree.js';

/** Offsets to 1-based lines and code-point columns, from a line-start table built on first use. */
export class LineIndex {
  private starts: Int32Array | null = null;

  constructor(private readonly text: string) {}

  private build(): Int32Array {
    const s = this.text;
    const out: number[] = [0];
    for (let k = 0; k < s.length; k++) {
      const c = s.charCodeAt(k);
      if (c === 10) out.push(k + 1);
      else if (c === 13 && s.charCodeAt(k + 1) !== 10) out.push(k + 1);
    }
    return Int32Array.from(out);
  }

  at(offset: number): Position {
    const starts = (this.starts ??= this.build());
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    const s = this.text;
    let column = 1;
    for (let k = starts[lo]!; k < offset; k++) {
      const c = s.charCodeAt(k);
      // the second half of a surrogate pair does not start a new column
      if (!(c >= 0xdc00 && c <= 0xdfff && k > 0 && s.charCodeAt(k - 1) >= 0xd800 && s.charCodeAt(k - 1) <= 0xdbff)) column++;
    }
    return { line: lo + 1, column, offset };
  }
}

const NO_ATTRIBUTES: readonly XmlAttribute[] = Object.freeze([]);
const NO_CHILDREN: readonly XmlChild[] = Object.freeze([]);

/*
 * Memory per node is what the garbage collector pays for on large invoices (every node of the
 * tree survives the parse), so nodes hold only what differs between them: `kind` lives on each
 * class's prototype, and text and attribute nodes reach the line index through their parent
 * element instead of holding it.
 *
 * Rejected: nodes as object literals (V8 can allocate literals straight into the old generation,
 * which would spare the copying): a literal needs `pos` as its own getter, and creating such
 * objects measured ten times slower than constructing a class.
 */

export class ElementNode implements XmlElement {
  declare readonly kind: 'element';
  attributes: readonly XmlAttribute[] = NO_ATTRIBUTES;
  /** Set by the parser when the element closes (until then an empty placeholder). */
  children: readonly XmlChild[] = NO_CHILDREN;
  /** Offset of the `>` that ends the element (set by the parser when it gets there). */
  endOffset = -1;

  readonly ns: string;
  readonly local: string;

  constructor(
    readonly name: ExpandedName,
    readonly prefix: string,
    readonly parent: XmlElement | XmlDocument,
    readonly order: number,
    /** Offset of the `<` that opens the start tag. */
    readonly offset: number,
    /** The document's line index (internal: positions of this element and of its text and attributes). */
    readonly lines: LineIndex,
    readonly nsDecls: ReadonlyMap<string, string> | null,
  ) {
    this.ns = name.ns;
    this.local = name.local;
  }

  get pos(): Position {
    return this.lines.at(this.offset);
  }

  get endPos(): Position {
    return this.lines.at(this.endOffset);
  }
}

export class AttributeNode implements XmlAttribute {
  declare readonly kind: 'attribute';

  readonly ns: string;
  readonly local: string;

  constructor(
    readonly name: ExpandedName,
    readonly prefix: string,
    readonly value: string,
    readonly parent: ElementNode,
    readonly order: number,
    /** Offset of the first character of the name. */
    readonly offset: number,
  ) {
    this.ns = name.ns;
    this.local = name.local;
  }

  get pos(): Position {
    return this.parent.lines.at(this.offset);
  }
}

export class TextNode implements XmlText {
  declare readonly kind: 'text';

  constructor(
    public value: string,
    readonly parent: ElementNode,
    readonly order: number,
    /** Offset of the first character of the text. */
    readonly offset: number,
  ) {}

  get pos(): Position {
    return this.parent.lines.at(this.offset);
  }
}

for (const [node, kind] of [
  [ElementNode, 'element'],
  [AttributeNode, 'attribute'],
  [TextNode, 'text'],
] as const) {
  Object.defineProperty(node.prototype, 'kind', { value: kind, enumerable: true });
}
