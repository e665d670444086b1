/**
 * The registry of rule sets. Each rule set is a declarative object in `sets/`; several releases
 * of one rule set may stand side by side. Resolution: `id@version` pins a release; a bare `id`
 * (or detection) takes the newest release in force on the given date.
 */
import type { DocumentType } from '../report/schema.js';
import { en16931Ubl } from './sets/en16931-ubl.js';
import { peppolBisBilling3 } from './sets/peppol-bis-billing-3.js';
import { peppolBisSelfBilling3 } from './sets/peppol-bis-self-billing-3.js';
import { svefaktura10, svefaktura10ObjectEnvelope } from './sets/svefaktura-1.0.js';
import type { RuleSetRelease } from './types.js';

export type { RuleSetId, RuleSetRelease } from './types.js';
export { detectDocument, type Detection } from './detect.js';

/** Every release we ship. */
export const RULE_SETS: readonly RuleSetRelease[] = [peppolBisBilling3, peppolBisSelfBilling3, en16931Ubl, svefaktura10, svefaktura10ObjectEnvelope];

export type Resolution = { readonly ok: true; readonly release: RuleSetRelease } | { readonly ok: false; readonly message: string };

function inForce(releases: readonly RuleSetRelease[], date: string): RuleSetRelease | undefined {
  const sorted = [...releases].sort((a, b) => (a.validFrom < b.validFrom ? 1 : -1));
  return sorted.find((r) => r.validFrom <= date) ?? sorted[sorted.length - 1];
}

/** Resolve `id` or `id@version` for a date (ISO `YYYY-MM-DD`). */
export function resolveRuleSet(spec: string, date: string): Resolution {
  const at = spec.indexOf('@');
  const id = at < 0 ? spec : spec.slice(0, at);
  const version = at < 0 ? undefined : spec.slice(at + 1);
  const releases = RULE_SETS.filter((r) => r.id === id);
  if (releases.length === 0) {
    const known = [...new Set(RULE_SETS.map((r) => r.id))].join(', ');
    return { ok: false, message: `unknown rule set "${id}" (known: ${known})` };
  }
  if (version !== undefined) {
    const pinned = releases.find((r) => r.version === version);
    if (pinned === undefined) {
      return { ok: false, message: `rule set ${id} has no release "${version}" (available: ${releases.map((r) => r.version).join(', ')})` };
    }
    return { ok: true, release: pinned };
  }
  const release = inForce(releases, date);
  return release === undefined ? { ok: false, message: `rule set ${id} has no release` } : { ok: true, release };
}

/** The rule set chosen for a detected document type, or undefined for `unknown`. */
export function defaultRuleSet(documentType: DocumentType, date: string): RuleSetRelease | undefined {
  return inForce(
    RULE_SETS.filter((r) => r.documentTypes.includes(documentType)),
    date,
  );
}
