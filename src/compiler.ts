/**
 * `ubl-invoice-validator/compiler`: the compile-time side, as a public entry point. Reads ISO
 * Schematron (queryBinding xslt2, the subset our packs and the official Peppol/CEN files use)
 * and compiles it ahead of time into an ES module exporting a `RulePack`.
 */
export { readSchematron } from './schematron/reader.js';
export { SchematronReadError } from './schematron/read/source.js';
export { compileSchematron, compileSchematronFile, SchematronCompileError, type CompileOptions, type CompileErrorDetails } from './schematron/compile.js';
export type { SchemaIR } from './schematron/ir.js';

/** The import specifier compiled modules use for the runtime when they are to be loaded from a project that depends on this package. */
export const PACKAGE_RUNTIME = 'ubl-invoice-validator/runtime';
