import { NS } from '../detect.js';

export const UBL_ROOTS = [`{${NS.ublInvoice}}Invoice`, `{${NS.ublCreditNote}}CreditNote`] as const;
