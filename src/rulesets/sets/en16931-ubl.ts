import { pack as cen } from '../packs/en16931-ubl.generated.js';
import type { RuleSetRelease } from '../types.js';
import { UBL_ROOTS } from './ubl-roots.js';

/** EN 16931 business rules bound to UBL 2.1, CEN/TC 434 validation artefacts 1.3.16. */
export const en16931Ubl: RuleSetRelease = {
  id: 'en16931-ubl',
  version: '1.3.16',
  title: 'EN 16931 UBL rules (CEN 1.3.16)',
  validFrom: '2026-04-10',
  documentTypes: ['en16931-ubl-invoice', 'en16931-ubl-creditnote'],
  roots: UBL_ROOTS,
  defaultLang: 'en',
  packs: [cen],
};
