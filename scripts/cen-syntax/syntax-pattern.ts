/**
 * The UBL-syntax pattern of en16931-ubl: UBL syntax restrictions (UBL-CR, from the fact table),
 * datatype rules (UBL-DT) and cardinality rules (UBL-SR, written here by hand).
 *
 * Rule order matters (a node is handled by the first rule whose context matches it); it follows the
 * official pattern. Expressions and messages are ours.
 */
import type { DatatypeAttribute, Restriction, SyntaxTables } from './data.js';
import { msg, v, xpathString, type Assertion, type Message, type Pattern, type Rule } from './sch-writer.js';

/** Name of the rule variable holding the invoice or credit note lines in the document rule. */
const LINES = 'lines';

/** An `count(path) le max` cardinality assertion with a standard message. */
function atMost(id: string, path: string, max: number, subject: string): Assertion {
  const times = max === 1 ? 'once' : `${max} times`;
  return {
    id,
    flag: 'fatal',
    test: `count(${path}) le ${max}`,
    message: msg`${subject} may occur at most ${times}, found ${v(`count(${path})`)}`,
  };
}

// ---------------------------------------------------------------------------------------------
// UBL-CR: restrictions from the fact table

function scoped(r: Restriction): string {
  switch (r.scope) {
    case 'document':
      return r.path;
    case 'line':
      return `$${LINES}/${r.path}`;
    case 'anywhere':
      return `//${r.path}`;
  }
}

/** Human description of a restriction path, e.g. `attribute @schemeID of cbc:ID`. */
function describe(r: Restriction): string {
  const steps = r.path.split('/');
  const last = steps[steps.length - 1] ?? r.path;
  const owner = steps.slice(0, -1).join('/');
  const what = !last.startsWith('@') ? `Element ${r.path}` : owner === '' ? `Attribute ${last}` : `Attribute ${last} of ${owner}`;
  switch (r.scope) {
    case 'document':
      return what;
    case 'line':
      return `${what} in an invoice line`;
    case 'anywhere':
      return `${what}, anywhere in the document,`;
  }
}

/** Messages for the few restrictions that concern a business term. */
const RESTRICTION_MESSAGES: ReadonlyMap<string, (found: string) => Message> = new Map([
  [
    'UBL-CR-666',
    (found: string) =>
      msg`An invoiced object reference (BT-18, document type code 130) must not carry an attached document (cac:Attachment), found ${v(found)}`,
  ],
  [
    'UBL-CR-673',
    (found: string) =>
      msg`An invoiced object reference (BT-18, document type code 130) must not carry a supporting document description (BT-123), found ${v(found)}`,
  ],
]);

function restrictionAssertion(r: Restriction): Assertion {
  const path = scoped(r);
  const kind = r.kind ?? 'absent';
  switch (kind) {
    case 'absent': {
      const found = `count(${path})`;
      const special = RESTRICTION_MESSAGES.get(r.id);
      const verb = r.flag === 'fatal' ? 'must not be used' : 'is not part of EN 16931 and should not be used';
      return {
        id: r.id,
        flag: r.flag,
        test: `empty(${path})`,
        message: special ? special(found) : msg`${describe(r)} ${verb} (found ${v(found)})`,
      };
    }
    case 'fixed-value': {
      if (r.value === undefined) throw new Error(`${r.id}: fixed-value needs a value`);
      return {
        id: r.id,
        flag: r.flag,
        test: `if (exists(${path})) then ${path} = ${xpathString(r.value)} else true()`,
        message: msg`${describe(r)} is '${v(path)}'; it is best left out, and if given it should be ${r.value}`,
      };
    }
    case 'credit-note-only':
      return {
        id: r.id,
        flag: r.flag,
        test: `exists(self::cn:CreditNote) or empty(${path})`,
        message: msg`${describe(r)} is only meant for credit notes; an invoice states its payment due date (BT-9) in cbc:DueDate`,
      };
    case 'invoiced-object-only': {
      const [owner, ...rest] = r.path.split('/');
      if (owner === undefined || rest.length === 0) throw new Error(`${r.id}: path needs an owner step`);
      const prefix = r.scope === 'anywhere' ? '//' : '';
      return {
        id: r.id,
        flag: r.flag,
        test:
          `every $ref in ${prefix}${owner}[${rest.join('/')}] satisfies ` +
          `(exists($ref/cbc:DocumentTypeCode) and (every $code in $ref/cbc:DocumentTypeCode satisfies $code = '130'))`,
        message: msg`${describe(r)} should only be used for an invoiced object identifier (BT-18), whose document type code is 130`,
      };
    }
  }
}

// ---------------------------------------------------------------------------------------------
// UBL-DT: attributes that should not be used

function datatypeAttributeAssertion(d: DatatypeAttribute): Assertion {
  const attributes = d.allowedOn === undefined ? `//@${d.attribute}` : `//@${d.attribute}[not(parent::${d.allowedOn})]`;
  const where = `count(${attributes})`;
  const firstOwner = `name((${attributes})[1]/..)`;
  const message =
    d.allowedOn === undefined
      ? msg`Attribute @${d.attribute} is not used in EN 16931 and should be left out (found ${v(where)}, first on ${v(firstOwner)})`
      : msg`Attribute @${d.attribute} should only be used on ${d.allowedOn} (payment means text, BT-82), found ${v(where)} elsewhere, first on ${v(firstOwner)}`;
  return { id: d.id, flag: d.flag, test: `empty(${attributes})`, message };
}

// ---------------------------------------------------------------------------------------------
// Hand-written rules

/** Condition shared by the payee rules: some payee name differs from some seller name. */
const PAYEE_DIFFERS = 'payeeNameDiffers';

function supplierTaxSchemes(vat: boolean): string {
  const comparison = vat ? 'eq' : 'ne';
  return `cac:AccountingSupplierParty/cac:Party/cac:PartyTaxScheme[some $scheme in cac:TaxScheme satisfies upper-case($scheme/cbc:ID) ${comparison} 'VAT']/cbc:CompanyID`;
}

function documentRuleSr(): Assertion[] {
  const seller = 'cac:AccountingSupplierParty/cac:Party';
  const buyer = 'cac:AccountingCustomerParty/cac:Party';
  return [
    atMost('UBL-SR-01', 'cac:ContractDocumentReference/cbc:ID', 1, 'Contract reference (BT-12)'),
    atMost('UBL-SR-02', 'cac:ReceiptDocumentReference/cbc:ID', 1, 'Receiving advice reference (BT-15)'),
    atMost('UBL-SR-03', 'cac:DespatchDocumentReference/cbc:ID', 1, 'Despatch advice reference (BT-16)'),
    atMost(
      'UBL-SR-04',
      "cac:AdditionalDocumentReference[cbc:DocumentTypeCode = '130']/cbc:ID",
      1,
      'Invoiced object identifier (BT-18)',
    ),
    atMost('UBL-SR-05', 'cac:PaymentTerms/cbc:Note', 1, 'Payment terms (BT-20)'),
    atMost('UBL-SR-08', 'cac:InvoicePeriod', 1, 'Invoicing period (BG-14)'),
    atMost('UBL-SR-09', `${seller}/cac:PartyLegalEntity/cbc:RegistrationName`, 1, 'Seller name (BT-27)'),
    atMost('UBL-SR-10', `${seller}/cac:PartyName/cbc:Name`, 1, 'Seller trading name (BT-28)'),
    atMost('UBL-SR-11', `${seller}/cac:PartyLegalEntity/cbc:CompanyID`, 1, 'Seller legal registration identifier (BT-30)'),
    atMost('UBL-SR-12', supplierTaxSchemes(true), 1, 'Seller VAT identifier (BT-31)'),
    atMost('UBL-SR-13', supplierTaxSchemes(false), 1, 'Seller tax registration identifier (BT-32)'),
    atMost('UBL-SR-14', `${seller}/cac:PartyLegalEntity/cbc:CompanyLegalForm`, 1, 'Seller additional legal information (BT-33)'),
    atMost('UBL-SR-15', `${buyer}/cac:PartyLegalEntity/cbc:RegistrationName`, 1, 'Buyer name (BT-44)'),
    atMost('UBL-SR-16', `${buyer}/cac:PartyIdentification/cbc:ID`, 1, 'Buyer identifier (BT-46)'),
    atMost('UBL-SR-17', `${buyer}/cac:PartyLegalEntity/cbc:CompanyID`, 1, 'Buyer legal registration identifier (BT-47)'),
    atMost(
      'UBL-SR-18',
      `${buyer}/cac:PartyTaxScheme[some $scheme in cac:TaxScheme satisfies upper-case($scheme/cbc:ID) eq 'VAT']/cbc:CompanyID`,
      1,
      'Buyer VAT identifier (BT-48)',
    ),
    atMost('UBL-SR-24', 'cac:Delivery', 1, 'Delivery information (BG-13)'),
    atMost(
      'UBL-SR-29',
      "//cac:PartyIdentification/cbc:ID[upper-case(@schemeID) eq 'SEPA']",
      1,
      'Bank assigned creditor identifier (BT-90, scheme SEPA)',
    ),
    atMost('UBL-SR-39', 'cac:ProjectReference/cbc:ID', 1, 'Project reference (BT-11)'),
    atMost('UBL-SR-40', `${buyer}/cac:PartyName/cbc:Name`, 1, 'Buyer trading name (BT-45)'),
    {
      id: 'UBL-SR-44',
      flag: 'fatal',
      test: 'count(distinct-values(//cbc:PaymentID)) le 1',
      message: msg`All payment means must use the same remittance information (BT-83, cbc:PaymentID), found ${v('count(distinct-values(//cbc:PaymentID))')} different values`,
    },
    atMost('UBL-SR-45', 'cac:PaymentMeans/cbc:PaymentDueDate', 1, 'Payment due date in payment means (BT-9)'),
    atMost('UBL-SR-46', 'cac:PaymentMeans/cbc:PaymentMeansCode/@name', 1, 'Payment means text (BT-82)'),
    {
      id: 'UBL-SR-47',
      flag: 'fatal',
      test: 'count(distinct-values(//cbc:PaymentMeansCode)) le 1',
      message: msg`All payment means type codes (BT-81) must be equal, found ${v('string-join(distinct-values(//cbc:PaymentMeansCode), \', \')')}`,
    },
    atMost('UBL-SR-49', 'cac:InvoicePeriod/cbc:DescriptionCode', 1, 'Value added tax point date code (BT-8)'),
    atMost('UBL-SR-54', 'cac:PaymentMeans/cac:CardAccount', 1, 'Payment card information (BG-18)'),
    atMost('UBL-SR-55', 'cac:PaymentMeans/cac:PaymentMandate', 1, 'Direct debit mandate (BG-19)'),
    atMost('UBL-SR-56', 'cac:OriginatorDocumentReference/cbc:ID', 1, 'Tender or lot reference (BT-17)'),
  ];
}

function payeeAssertion(id: string, path: string, subject: string): Assertion {
  return {
    id,
    flag: 'fatal',
    test: `count(${path}) le 1 and $${PAYEE_DIFFERS}`,
    message: msg`${subject} may occur at most once (found ${v(`count(${path})`)}); also, the Payee name (BT-59) must be present and differ from the Seller name (BT-27)`,
  };
}

function rules(tables: SyntaxTables): Rule[] {
  return [
    {
      context: 'cac:PostalAddress | cac:Address',
      assertions: [atMost('UBL-SR-51', 'cac:AddressLine', 1, 'Address line 3 (e.g. BT-162, BT-163, BT-164, BT-165)')],
    },
    {
      context: 'cac:AccountingSupplierParty/cac:Party',
      assertions: [
        atMost('UBL-SR-42', 'cac:PartyTaxScheme', 2, 'Seller tax scheme (cac:PartyTaxScheme, for BT-31 and BT-32)'),
      ],
    },
    {
      context: 'cac:AdditionalDocumentReference',
      assertions: [
        atMost('UBL-SR-33', 'cbc:DocumentDescription', 1, 'Supporting document description (BT-123)'),
        {
          id: 'UBL-SR-43',
          flag: 'fatal',
          test:
            "if (exists(cbc:DocumentTypeCode)) then (cbc:DocumentTypeCode = '130' or (local-name(/*) eq 'CreditNote' and cbc:DocumentTypeCode = '50')) " +
            'else empty(cbc:ID/@schemeID)',
          message: msg`A scheme identifier (cbc:ID/@schemeID) is only allowed on an invoiced object identifier (BT-18): document type code 130, or 50 in a credit note; document type code here: '${v('cbc:DocumentTypeCode')}'`,
        },
      ],
    },
    {
      context: "*[ends-with(local-name(), 'Amount') and not(ends-with(local-name(), 'PriceAmount'))][not(ancestor::cac:Price[cac:AllowanceCharge])]",
      assertions: [
        {
          id: 'UBL-DT-01',
          flag: 'fatal',
          test: "string-length(substring-after(., '.')) le 2",
          message: msg`Amount ${v('name()')} '${v('.')}' has more than two fraction digits`,
        },
      ],
    },
    {
      context: "*[ends-with(local-name(), 'BinaryObject')]",
      assertions: [
        {
          id: 'UBL-DT-06',
          flag: 'fatal',
          test: 'exists(@mimeCode)',
          message: msg`Attached document (BT-125) ${v('name()')} has no mime code attribute (@mimeCode)`,
        },
        {
          id: 'UBL-DT-07',
          flag: 'fatal',
          test: 'exists(@filename)',
          message: msg`Attached document (BT-125) ${v('name()')} has no file name attribute (@filename)`,
        },
      ],
    },
    {
      context: 'cac:Delivery',
      assertions: [atMost('UBL-SR-25', 'cac:DeliveryParty/cac:PartyName/cbc:Name', 1, 'Deliver to party name (BT-70)')],
    },
    {
      context: 'cac:AllowanceCharge[cbc:ChargeIndicator = false()]',
      assertions: [atMost('UBL-SR-30', 'cbc:AllowanceChargeReason', 1, 'Allowance reason (BT-97, BT-139)')],
    },
    {
      context: 'cac:AllowanceCharge[cbc:ChargeIndicator = true()]',
      assertions: [atMost('UBL-SR-31', 'cbc:AllowanceChargeReason', 1, 'Charge reason (BT-104, BT-144)')],
    },
    {
      context: 'cac:PartyTaxScheme',
      assertions: [
        {
          id: 'UBL-SR-53',
          flag: 'fatal',
          test: 'exists(cbc:CompanyID) and exists(cac:TaxScheme/cbc:ID)',
          message: msg`A party tax scheme needs both its VAT or tax registration identifier (cbc:CompanyID, e.g. BT-31, BT-32, BT-48, BT-63) and a tax scheme identifier (cac:TaxScheme/cbc:ID)`,
        },
      ],
    },
    {
      context: '/ubl:Invoice | /cn:CreditNote',
      lets: [{ name: LINES, value: 'cac:InvoiceLine | cac:CreditNoteLine' }],
      assertions: [
        ...tables.restrictions.map(restrictionAssertion),
        ...tables.datatypeAttributes.map(datatypeAttributeAssertion),
        ...documentRuleSr(),
      ],
    },
    {
      context: 'cac:InvoiceLine | cac:CreditNoteLine',
      assertions: [
        atMost('UBL-SR-34', 'cbc:Note', 1, 'Invoice line note (BT-127)'),
        atMost('UBL-SR-35', 'cac:OrderLineReference/cbc:LineID', 1, 'Referenced purchase order line reference (BT-132)'),
        atMost('UBL-SR-36', 'cac:InvoicePeriod', 1, 'Invoice line period (BG-26)'),
        atMost('UBL-SR-37', 'cac:Price/cac:AllowanceCharge/cbc:Amount', 1, 'Item price discount (BT-147)'),
        {
          id: 'UBL-SR-48',
          flag: 'fatal',
          test: 'count(cac:Item/cac:ClassifiedTaxCategory) eq 1',
          message: msg`An invoice line must have exactly one line VAT information (BG-30, cac:Item/cac:ClassifiedTaxCategory), found ${v('count(cac:Item/cac:ClassifiedTaxCategory)')}`,
        },
        atMost('UBL-SR-50', 'cac:Item/cbc:Description', 1, 'Item description (BT-154)'),
        atMost('UBL-SR-52', 'cac:DocumentReference', 1, 'Invoice line object identifier (BT-128, cac:DocumentReference)'),
      ],
    },
    {
      context: 'cac:PayeeParty',
      lets: [
        {
          name: PAYEE_DIFFERS,
          value:
            'some $payee in cac:PartyName/cbc:Name, $seller in ../cac:AccountingSupplierParty/cac:Party/cac:PartyLegalEntity/cbc:RegistrationName ' +
            'satisfies string($payee) ne string($seller)',
        },
      ],
      assertions: [
        payeeAssertion('UBL-SR-19', 'cac:PartyName/cbc:Name', 'Payee name (BT-59)'),
        payeeAssertion(
          'UBL-SR-20',
          "cac:PartyIdentification/cbc:ID[upper-case(string(@schemeID)) ne 'SEPA']",
          'Payee identifier (BT-60)',
        ),
        payeeAssertion('UBL-SR-21', 'cac:PartyLegalEntity/cbc:CompanyID', 'Payee legal registration identifier (BT-61)'),
      ],
    },
    {
      context: 'cac:PaymentMeans',
      assertions: [
        atMost('UBL-SR-26', 'cbc:PaymentID', 1, 'Remittance information (BT-83)'),
        atMost('UBL-SR-27', 'cbc:PaymentMeansCode', 1, 'Payment means type code (BT-81)'),
        atMost('UBL-SR-28', 'cac:PaymentMandate/cbc:ID', 1, 'Mandate reference identifier (BT-89)'),
      ],
    },
    {
      context: 'cac:BillingReference',
      assertions: [
        atMost('UBL-SR-06', 'cac:InvoiceDocumentReference', 1, 'Preceding invoice reference (BG-3)'),
        {
          id: 'UBL-SR-07',
          flag: 'fatal',
          test: 'exists(cac:InvoiceDocumentReference/cbc:ID)',
          message: msg`A preceding invoice reference (BG-3) must give the preceding invoice number (BT-25, cac:InvoiceDocumentReference/cbc:ID)`,
        },
      ],
    },
    {
      context: 'cac:TaxRepresentativeParty',
      assertions: [
        atMost('UBL-SR-22', 'cac:PartyName/cbc:Name', 1, 'Seller tax representative name (BT-62)'),
        atMost('UBL-SR-23', 'cac:PartyTaxScheme/cbc:CompanyID', 1, 'Seller tax representative VAT identifier (BT-63)'),
      ],
    },
    {
      context: 'cac:TaxSubtotal',
      assertions: [atMost('UBL-SR-32', 'cac:TaxCategory/cbc:TaxExemptionReason', 1, 'VAT exemption reason text (BT-120)')],
    },
  ];
}

export function buildSyntaxPattern(tables: SyntaxTables): Pattern {
  return { id: 'UBL-syntax', rules: rules(tables) };
}
