import type { RulePack } from '../engine/pack.js';
import type { DocumentType, Language } from '../report/schema.js';

export type RuleSetId = 'peppol-bis-billing-3' | 'peppol-bis-self-billing-3' | 'en16931-ubl' | 'svefaktura-1.0' | 'svefaktura-1.0-objectenvelope';

/** One release of a rule set: a declarative object, one file per rule set under `sets/`. */
export interface RuleSetRelease {
  readonly id: RuleSetId;
  readonly version: string;
  readonly title: string;
  /** First day the release is in force (ISO `YYYY-MM-DD`). */
  readonly validFrom: string;
  /** The document types it is chosen for by default. */
  readonly documentTypes: readonly DocumentType[];
  /** Root elements (`{namespace}local`) it can validate. */
  readonly roots: readonly string[];
  /** Language of messages when the caller names none. */
  readonly defaultLang: Language;
  /** Compiled rule packs, run in this order. */
  readonly packs: readonly RulePack[];
}
