/**
 * Document-type detection (shared/DESIGN.md, "Document types and rule sets"):
 * the root element decides the family, then the normalized `cbc:CustomizationID` decides the profile.
 */
import type { DocumentType } from '../report/schema.js';
import { stringValue, type XmlDocument, type XmlElement } from '../xml/tree.js';

export const NS = {
  ublInvoice: 'urn:oasis:names:specification:ubl:schema:xsd:Invoice-2',
  ublCreditNote: 'urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2',
  cbc: 'urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2',
  sfti: 'urn:sfti:documents:BasicInvoice:1:0',
  sftiEnvelope: 'urn:sfti:documents:ObjectEnvelope:1:0',
} as const;

export const PEPPOL_BILLING_CUSTOMIZATION = 'urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0';
export const PEPPOL_SELF_BILLING_CUSTOMIZATION = 'urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:selfbilling:3.0';

export interface Detection {
  readonly documentType: DocumentType;
  readonly customizationId?: string;
  readonly profileId?: string;
  /** `{namespace}local` of the root, for messages. */
  readonly root: string;
}

/** Whitespace-normalized text of the root's first `cbc:<local>` child, if present. */
function rootCbc(root: XmlElement, local: string): string | undefined {
  for (const kid of root.children) {
    if (kid.kind === 'element' && kid.local === local && kid.ns === NS.cbc) {
      return stringValue(kid).replace(/[ \t\r\n]+/g, ' ').trim();
    }
  }
  return undefined;
}

export function detectDocument(doc: XmlDocument): Detection {
  const root = doc.root;
  const rootName = `{${root.ns}}${root.local}`;
  const isInvoice = root.ns === NS.ublInvoice && root.local === 'Invoice';
  const isCreditNote = root.ns === NS.ublCreditNote && root.local === 'CreditNote';
  if (isInvoice || isCreditNote) {
    const customizationId = rootCbc(root, 'CustomizationID');
    const profileId = rootCbc(root, 'ProfileID');
    const kind = isInvoice ? 'invoice' : 'creditnote';
    let documentType: DocumentType;
    if (customizationId?.startsWith(PEPPOL_BILLING_CUSTOMIZATION)) documentType = `peppol-bis-3-${kind}`;
    else if (customizationId?.startsWith(PEPPOL_SELF_BILLING_CUSTOMIZATION)) documentType = `peppol-bis-3-self-billing-${kind}`;
    else documentType = `en16931-ubl-${kind}`;
    return {
      documentType,
      ...(customizationId !== undefined ? { customizationId } : {}),
      ...(profileId !== undefined ? { profileId } : {}),
      root: rootName,
    };
  }
  if (root.ns === NS.sfti && root.local === 'Invoice') return { documentType: 'svefaktura-1.0', root: rootName };
  if (root.ns === NS.sftiEnvelope && root.local === 'ObjectEnvelope') return { documentType: 'svefaktura-1.0-objectenvelope', root: rootName };
  return { documentType: 'unknown', root: rootName };
}
