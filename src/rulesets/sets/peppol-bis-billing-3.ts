import { pack as cen } from '../packs/en16931-ubl.generated.js';
import { pack as peppol } from '../packs/peppol-bis-billing-3.generated.js';
import type { RuleSetRelease } from '../types.js';
import { UBL_ROOTS } from './ubl-roots.js';

/** Peppol BIS Billing 3.0.21 (release 2026.5): EN 16931 (CEN 1.3.16) plus Peppol and national rules. */
export const peppolBisBilling3: RuleSetRelease = {
  id: 'peppol-bis-billing-3',
  version: '2026.5',
  title: 'Peppol BIS Billing 3.0.21 (release 2026.5)',
  validFrom: '2026-08-17',
  documentTypes: ['peppol-bis-3-invoice', 'peppol-bis-3-creditnote'],
  roots: UBL_ROOTS,
  defaultLang: 'en',
  packs: [cen, peppol],
};
