import type { Card, FunctionDef, ItemType, ParamKind, StaticType } from '../types.js';
import { T } from '../types.js';

export const FN = 'http://www.w3.org/2005/xpath-functions';
export const XS = 'http://www.w3.org/2001/XMLSchema';

interface Spec {
  readonly args: number | readonly [number, number];
  readonly params: readonly ParamKind[];
  readonly result: StaticType | ((args: readonly StaticType[]) => StaticType);
  readonly impl: string;
  readonly contextDefault?: boolean;
  readonly focus?: 'position' | 'last';
  readonly regex?: { readonly pattern: number; readonly flags: number; readonly replacement?: number };
}

/** Declare one fn: function. */
export function fn(local: string, spec: Spec, ns: string = FN): FunctionDef {
  const [minArgs, maxArgs] = typeof spec.args === 'number' ? [spec.args, spec.args] : spec.args;
  const result = spec.result;
  return {
    ns,
    local,
    minArgs,
    maxArgs,
    params: spec.params,
    result: typeof result === 'function' ? result : () => result,
    impl: spec.impl,
    ...(spec.contextDefault === true ? { contextDefault: true } : {}),
    ...(spec.focus !== undefined ? { focus: spec.focus } : {}),
    ...(spec.regex !== undefined ? { regex: spec.regex } : {}),
  };
}

export function opt(item: ItemType): StaticType {
  return T.of(item, '?');
}

export function many(item: ItemType): StaticType {
  return T.of(item, '*');
}

/** The card of a function that maps an optional numeric argument to the same type. */
export function sameNumeric(args: readonly StaticType[]): StaticType {
  const a = args[0];
  const item: ItemType = a === undefined ? 'numeric' : a.item === 'untyped' || a.item === 'node' ? 'double' : a.item === 'integer' || a.item === 'decimal' || a.item === 'double' ? a.item : 'numeric';
  const card: Card = a !== undefined && a.card === '1' && a.item !== 'node' ? '1' : '?';
  return T.of(item, card);
}
