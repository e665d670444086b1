/**
 * `ubl-invoice-validator/runtime`: what compiled rule packs import. A module made by
 * `validate-invoice compile` imports this entry (as `rt`) and `RuleEvaluationError` from it.
 * Validation-time only: nothing here reaches the compiler.
 */
export * from './xpath/runtime/index.js';
export { RuleEvaluationError } from './engine/pack.js';
