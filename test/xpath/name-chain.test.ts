import { describe, expect, it } from 'vitest';
import { evalAll } from './harness.js';
import { CAC, CBC, SAMPLE } from './cases.js';
import { compileXPathModule } from '../../src/xpath/emit/module.js';

// Existence tests of a path are first checked against the document's parent/child name pairs;
// a path that starts with a union of child steps (the official UBL-CR form) gets the check too.
describe('name-chain prechecks after a union of child steps', () => {
  const exprs = [
    'exists((cac:InvoiceLine | cac:CreditNoteLine)/cbc:ID)',
    'exists((cac:InvoiceLine | cac:CreditNoteLine)/cbc:Note)',
    'not((cac:CreditNoteLine | cac:InvoiceLine)/cbc:LineExtensionAmount)',
    'exists((cac:TaxTotal | cac:InvoiceLine)/cbc:TaxAmount/@currencyID)',
  ];

  it('answer as the plain evaluation', async () => {
    expect(await evalAll(exprs, SAMPLE)).toEqual(['bool:true', 'bool:false', 'bool:false', 'bool:true']);
  });

  it('are emitted', () => {
    const m = compileXPathModule(exprs, { namespaces: new Map([['cbc', CBC], ['cac', CAC]]), runtimeImport: 'rt' });
    expect(m.text.match(/hasNamePath\(/g)?.length).toBe(4);
  });
});
