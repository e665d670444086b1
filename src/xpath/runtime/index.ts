/**
 * The validation-time library that compiled rule packs import (as `rt`). It imports nothing
 * from the compile-time side (syntax, analyze, emit, schematron).
 */
export * from './values.js';
export * from './casts.js';
export * from './compare.js';
export * from './arith.js';
export * from './nodes.js';
export * from './regex.js';
export * from './strings.js';
export * from './numeric.js';
export * from './sequences.js';
export * from './dates.js';
export * from './driver.js';
export * from './glue.js';
export * from './pathchecks.js';
