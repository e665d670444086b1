/**
 * Content models as deterministic automata (Glushkov construction).
 *
 * A complex type's particle tree is unrolled (bounded occurrences become copies, `(a(a)?)?` for
 * `a{0,2}`, so the result stays deterministic) into a regular expression over positions (one per
 * element or wildcard particle copy). The Glushkov automaton of that expression has one state per
 * position plus a start state; XML Schema's Unique Particle Attribution rule makes it deterministic,
 * so matching costs one map lookup per child element. Automata are built on first use of a type
 * and cached with the model.
 */
import type { Particle, Wildcard } from './model.js';

/** One position: an element declaration or a wildcard, from one source particle. */
export interface PositionInfo {
  /** Element declaration index, or -1 for a wildcard. */
  readonly decl: number;
  readonly wildcard: Wildcard | null;
  /** Index of the source particle in the type (schema order): copies of one particle share it. */
  readonly source: number;
  /** Whether the content must contain this particle: it and every enclosing group have minOccurs > 0, and no enclosing choice offers another branch. */
  readonly required: boolean;
}

export interface Automaton {
  readonly positions: readonly PositionInfo[];
  /** Per state (0 = start, i + 1 = after position i): element name id to position. */
  readonly next: readonly ReadonlyMap<number, number>[];
  /** Per state: wildcard positions that may follow. */
  readonly wild: readonly (readonly number[])[];
  /** Per state: whether the content may end here. */
  readonly final: readonly boolean[];
  /** Per state: the positions that may follow, in schema order (for messages). */
  readonly follow: readonly (readonly number[])[];
  /** Element name id to the first source particle index that declares it. */
  readonly sourceOf: ReadonlyMap<number, number>;
}

type Node =
  | { readonly k: 'pos'; readonly p: number }
  | { readonly k: 'seq' | 'alt'; readonly items: readonly Node[] }
  | { readonly k: 'opt' | 'star' | 'plus'; readonly item: Node }
  | { readonly k: 'eps' };

const EPS: Node = { k: 'eps' };

/** Largest finite maxOccurs unrolled; larger bounds are treated as unbounded (none occur in our schemas). */
const MAX_UNROLL = 64;

/**
 * Build the automaton of a particle. `nameOf(decl)` gives the element name id of a declaration.
 */
export function buildAutomaton(root: Particle, nameOf: (decl: number) => number): Automaton {
  const positions: PositionInfo[] = [];
  // Each particle of the type gets one index, in schema order; unrolled copies share it.
  const sourceIndex = new Map<Particle, number>();
  const numberParticles = (p: Particle): void => {
    sourceIndex.set(p, sourceIndex.size);
    if ('s' in p) p.s.forEach(numberParticles);
    else if ('c' in p) p.c.forEach(numberParticles);
  };
  numberParticles(root);

  const unroll = (p: Particle, mandatory: boolean): Node => {
    const source = sourceIndex.get(p)!;
    const min = p.min ?? 1;
    const must = mandatory && min > 0;
    let max = p.max ?? 1;
    if (max > MAX_UNROLL) max = -1;
    const copy = (): Node => {
      if ('e' in p || 'w' in p) {
        positions.push({
          decl: 'e' in p ? p.e : -1,
          wildcard: 'w' in p ? p.w : null,
          source,
          required: must,
        });
        return { k: 'pos', p: positions.length - 1 };
      }
      if ('s' in p) return { k: 'seq', items: p.s.map((q) => unroll(q, must)) };
      return { k: 'alt', items: p.c.map((q) => unroll(q, must && p.c.length === 1)) };
    };
    if (max === 0) return EPS;
    const seq: Node[] = [];
    if (max === -1) {
      if (min === 0) return { k: 'star', item: copy() };
      for (let i = 0; i < min - 1; i++) seq.push(copy());
      seq.push({ k: 'plus', item: copy() });
      return seq.length === 1 ? seq[0]! : { k: 'seq', items: seq };
    }
    for (let i = 0; i < min; i++) seq.push(copy());
    let tail: Node = EPS;
    const optional: Node[] = [];
    for (let i = min; i < max; i++) optional.push(copy());
    for (let i = optional.length - 1; i >= 0; i--) {
      tail = { k: 'opt', item: tail === EPS ? optional[i]! : { k: 'seq', items: [optional[i]!, tail] } };
    }
    if (tail !== EPS) seq.push(tail);
    if (seq.length === 1) return seq[0]!;
    return seq.length === 0 ? EPS : { k: 'seq', items: seq };
  };

  const tree = unroll(root, true);
  const follow: Set<number>[] = positions.map(() => new Set<number>());
  const addFollow = (from: readonly number[], to: readonly number[]): void => {
    for (const l of from) {
      const set = follow[l]!;
      for (const f of to) set.add(f);
    }
  };

  interface Info {
    readonly nullable: boolean;
    readonly first: number[];
    readonly last: number[];
  }
  const analyze = (n: Node): Info => {
    switch (n.k) {
      case 'eps':
        return { nullable: true, first: [], last: [] };
      case 'pos':
        return { nullable: false, first: [n.p], last: [n.p] };
      case 'alt': {
        const infos = n.items.map(analyze);
        return {
          nullable: infos.some((i) => i.nullable),
          first: infos.flatMap((i) => i.first),
          last: infos.flatMap((i) => i.last),
        };
      }
      case 'seq': {
        const infos = n.items.map(analyze);
        // Right to left: what can come first in the rest of the sequence.
        let restFirst: number[] = [];
        let restNullable = true;
        let last: number[] = [];
        let lastOpen = true;
        for (let i = infos.length - 1; i >= 0; i--) {
          const info = infos[i]!;
          addFollow(info.last, restFirst);
          if (lastOpen) {
            last = last.concat(info.last);
            lastOpen = info.nullable;
          }
          restFirst = info.nullable ? info.first.concat(restFirst) : info.first;
          restNullable = restNullable && info.nullable;
        }
        return { nullable: restNullable, first: restFirst, last };
      }
      case 'opt': {
        const i = analyze(n.item);
        return { nullable: true, first: i.first, last: i.last };
      }
      case 'star':
      case 'plus': {
        const i = analyze(n.item);
        addFollow(i.last, i.first);
        return { nullable: n.k === 'star' || i.nullable, first: i.first, last: i.last };
      }
    }
  };
  const top = analyze(tree);
  const lastSet = new Set(top.last);

  const states = positions.length + 1;
  const next: Map<number, number>[] = [];
  const wild: number[][] = [];
  const final: boolean[] = [];
  const followList: number[][] = [];
  for (let s = 0; s < states; s++) {
    const targets = s === 0 ? top.first : [...follow[s - 1]!];
    targets.sort((a, b) => a - b);
    const m = new Map<number, number>();
    const w: number[] = [];
    for (const t of targets) {
      const pos = positions[t]!;
      if (pos.decl < 0) w.push(t);
      else {
        const id = nameOf(pos.decl);
        if (!m.has(id)) m.set(id, t);
      }
    }
    next.push(m);
    wild.push(w);
    final.push(s === 0 ? top.nullable : lastSet.has(s - 1));
    followList.push(targets);
  }
  const sourceOf = new Map<number, number>();
  for (const p of positions) {
    if (p.decl < 0) continue;
    const id = nameOf(p.decl);
    if (!sourceOf.has(id)) sourceOf.set(id, p.source);
  }
  return { positions, next, wild, final, follow: followList, sourceOf };
}
