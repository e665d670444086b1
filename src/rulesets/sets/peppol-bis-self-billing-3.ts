import { pack as cen } from '../packs/en16931-ubl.generated.js';
import { pack as selfBilling } from '../packs/peppol-bis-self-billing-3.generated.js';
import type { RuleSetRelease } from '../types.js';
import { UBL_ROOTS } from './ubl-roots.js';

/** Peppol Self-Billing 3.0.2 (release 2026.5): EN 16931 (CEN 1.3.16) plus Peppol self-billing rules. */
export const peppolBisSelfBilling3: RuleSetRelease = {
  id: 'peppol-bis-self-billing-3',
  version: '2026.5',
  title: 'Peppol Self-Billing 3.0.2 (release 2026.5)',
  validFrom: '2026-08-17',
  documentTypes: ['peppol-bis-3-self-billing-invoice', 'peppol-bis-3-self-billing-creditnote'],
  roots: UBL_ROOTS,
  defaultLang: 'en',
  packs: [cen, selfBilling],
};
