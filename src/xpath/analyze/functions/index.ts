/** The registry of built-in functions, keyed by `{namespace}local#arity`. */
import type { FunctionDef } from '../types.js';
import { constructorFunctions, dateFunctions } from './dates.js';
import { nodeFunctions } from './nodes.js';
import { numericFunctions } from './numeric.js';
import { sequenceFunctions } from './sequences.js';
import { stringFunctions } from './strings.js';

export { FN, XS } from './common.js';

const ALL: readonly FunctionDef[] = [...stringFunctions, ...numericFunctions, ...sequenceFunctions, ...nodeFunctions, ...dateFunctions, ...constructorFunctions];

const byName = new Map<string, FunctionDef[]>();
for (const f of ALL) {
  const key = `{${f.ns}}${f.local}`;
  const list = byName.get(key);
  if (list === undefined) byName.set(key, [f]);
  else list.push(f);
}

/** The built-in function with this expanded name accepting `arity` arguments, if supported. */
export function lookupFunction(ns: string, local: string, arity: number): FunctionDef | undefined {
  return byName.get(`{${ns}}${local}`)?.find((f) => arity >= f.minArgs && arity <= f.maxArgs);
}

/** Whether some arity of this function is supported (for a better error message). */
export function knownFunctionName(ns: string, local: string): boolean {
  return byName.has(`{${ns}}${local}`);
}

/** Every supported `name#arity-range`, for documentation and tests. */
export function supportedFunctions(): string[] {
  return ALL.map((f) => `${f.ns === 'http://www.w3.org/2001/XMLSchema' ? 'xs:' : ''}${f.local}#${f.minArgs}${f.maxArgs !== f.minArgs ? `-${f.maxArgs === Infinity ? 'n' : f.maxArgs}` : ''}`);
}
