import { NS } from '../detect.js';
import { pack as sfti } from '../packs/svefaktura-1.0.generated.js';
import type { RuleSetRelease } from '../types.js';

/** Svefaktura 1.0 (SFTI BasicInvoice) with the SFTI Schematron rules of 2016-10-25. */
export const svefaktura10: RuleSetRelease = {
  id: 'svefaktura-1.0',
  version: '1.0',
  title: 'Svefaktura 1.0 (SFTI rules 2016-10-25)',
  validFrom: '2016-10-25',
  documentTypes: ['svefaktura-1.0'],
  roots: [`{${NS.sfti}}Invoice`],
  defaultLang: 'sv',
  packs: [sfti],
};

/** The Svefaktura 1.0 ObjectEnvelope (attachments): schema only, as in the official validators. */
export const svefaktura10ObjectEnvelope: RuleSetRelease = {
  id: 'svefaktura-1.0-objectenvelope',
  version: '1.0',
  title: 'Svefaktura 1.0 ObjectEnvelope (schema only)',
  validFrom: '2016-10-25',
  documentTypes: ['svefaktura-1.0-objectenvelope'],
  roots: [`{${NS.sftiEnvelope}}ObjectEnvelope`],
  defaultLang: 'sv',
  packs: [],
};
