// Generated from svefaktura-1.0.sch by the ubl-invoice-validator Schematron compiler. Do not edit.
import * as rt from "../../xpath/runtime/index.js";
import { RuleEvaluationError } from "../../engine/pack.js";

const Q0 = Object.freeze(["CT", "ACD", "DQ", "ATS"]);
const N0 = rt.nameTest(1, null, null);
const N1 = rt.nameTest(2, "", "amountCurrencyID");
const N2 = rt.nameTest(1, "urn:sfti:CommonAggregateComponents:1:0", "TaxCurrencyTaxAmount");
const N3 = rt.nameTest(1, "urn:sfti:documents:BasicInvoice:1:0", "Invoice");
const N4 = rt.nameTest(1, "urn:sfti:documents:BasicInvoice:1:0", "InvoiceCurrencyCode");
const P0 = rt.namePath([N3, N4]);
const N5 = rt.nameTest(1, "urn:sfti:CommonAggregateComponents:1:0", "Party");
const N6 = rt.nameTest(1, "urn:sfti:CommonAggregateComponents:1:0", "PartyIdentification");
const N7 = rt.nameTest(1, "urn:sfti:CommonAggregateComponents:1:0", "Address");
const N8 = rt.nameTest(1, "urn:sfti:CommonAggregateComponents:1:0", "ID");
const P1 = rt.namePath([N7, N8]);
const N9 = rt.nameTest(1, "urn:sfti:CommonAggregateComponents:1:0", "TaxCategory");
const N10 = rt.nameTest(1, "urn:sfti:CommonAggregateComponents:1:0", "TaxScheme");
const N11 = rt.nameTest(1, "urn:oasis:names:tc:ubl:CommonBasicComponents:1:0", "PostalZone");
const RE0 = rt.regex("\\W", "");
const N12 = rt.nameTest(1, "urn:oasis:names:tc:ubl:CommonBasicComponents:1:0", "Telephone");
const N13 = rt.nameTest(1, "urn:oasis:names:tc:ubl:CommonBasicComponents:1:0", "Telefax");
const RE1 = rt.regex("^\\+?\\p{Nd}*$", "");
const N14 = rt.nameTest(1, "urn:sfti:documents:BasicInvoice:1:0", "LineItemCountNumeric");
const N15 = rt.nameTest(1, "urn:sfti:CommonAggregateComponents:1:0", "TaxTotal");
const N16 = rt.kindTest(0);
const N17 = rt.nameTest(1, "urn:sfti:CommonAggregateComponents:1:0", "BuyerParty");
const N18 = rt.nameTest(1, "urn:sfti:CommonAggregateComponents:1:0", "AddressLine");
const N19 = rt.nameTest(1, "urn:oasis:names:tc:ubl:CommonBasicComponents:1:0", "Line");
const P2 = rt.namePath([N18, N19]);
const N20 = rt.nameTest(1, "urn:oasis:names:tc:ubl:CommonBasicComponents:1:0", null);
const N21 = rt.nameTest(1, "urn:oasis:names:tc:ubl:CommonBasicComponents:1:0", "CityName");
const N22 = rt.nameTest(1, "urn:sfti:CommonAggregateComponents:1:0", "PartyTaxScheme");
const N23 = rt.nameTest(1, "urn:sfti:CommonAggregateComponents:1:0", "CompanyID");
const Q1 = Object.freeze(["VAT", "SWT"]);
const N24 = rt.nameTest(1, "urn:oasis:names:tc:ubl:CommonBasicComponents:1:0", "RegistrationName");
const N25 = rt.nameTest(1, "urn:sfti:CommonAggregateComponents:1:0", "PartyName");
const N26 = rt.nameTest(1, "urn:oasis:names:tc:ubl:CommonBasicComponents:1:0", "Name");
const P3 = rt.namePath([N25, N26]);
const N27 = rt.nameTest(1, "urn:sfti:CommonAggregateComponents:1:0", "Delivery");
const N28 = rt.nameTest(1, "urn:oasis:names:tc:ubl:CommonBasicComponents:1:0", "ActualDeliveryDateTime");
const N29 = rt.nameTest(1, "urn:oasis:names:tc:ubl:CommonBasicComponents:1:0", "IssueDate");
const P4 = rt.namePath([N3, N29]);
const N30 = rt.nameTest(1, "urn:sfti:CommonAggregateComponents:1:0", "ExchangeRate");
const N31 = rt.nameTest(1, "urn:sfti:CommonAggregateComponents:1:0", "SourceCurrencyCode");
const N32 = rt.nameTest(1, "urn:sfti:documents:BasicInvoice:1:0", "TaxCurrencyCode");
const P5 = rt.namePath([N3, N32]);
const N33 = rt.nameTest(1, "urn:oasis:names:tc:ubl:CommonBasicComponents:1:0", "CalculationRate");
const P6 = rt.namePath([N3, N30, N33]);
const N34 = rt.nameTest(1, "urn:sfti:CommonAggregateComponents:1:0", "InvoiceLine");
const N35 = rt.nameTest(1, "urn:sfti:CommonAggregateComponents:1:0", "AllowanceCharge");
const N36 = rt.nameTest(1, "urn:oasis:names:tc:ubl:CommonBasicComponents:1:0", "Amount");
const P7 = rt.namePath([N8]);
const N37 = rt.nameTest(1, "urn:oasis:names:tc:ubl:CommonBasicComponents:1:0", "ChargeIndicator");
const Q2 = Object.freeze(["true", "false"]);
const N38 = rt.nameTest(1, "urn:sfti:CommonAggregateComponents:1:0", "Item");
const P8 = rt.namePath([N9, N10, N8]);
const N39 = rt.nameTest(1, "urn:sfti:CommonAggregateComponents:1:0", "BasePrice");
const N40 = rt.nameTest(1, "urn:oasis:names:tc:ubl:CommonBasicComponents:1:0", "BaseQuantity");
const N41 = rt.nameTest(1, "urn:oasis:names:tc:ubl:CommonBasicComponents:1:0", "InvoicedQuantity");
const N42 = rt.nameTest(2, "", "quantityUnitCode");
const Q3 = Object.freeze(["S", "E"]);
const N43 = rt.nameTest(1, "urn:oasis:names:tc:ubl:CommonBasicComponents:1:0", "Percent");
const Q4 = Object.freeze([25n, 12n, 6n]);
const P9 = rt.namePath([N38, N39]);
const P10 = rt.namePath([N35, N37]);
const Q5 = Object.freeze(["false", "0"]);
const P11 = rt.namePath([N35, N36]);
const P12 = rt.namePath([N38, N39, N40]);
const N44 = rt.nameTest(1, "urn:oasis:names:tc:ubl:CommonBasicComponents:1:0", "PriceAmount");
const P13 = rt.namePath([N38, N39, N44]);
const N45 = rt.nameTest(1, "urn:oasis:names:tc:ubl:CommonBasicComponents:1:0", "LineExtensionAmount");
const K1 = rt.dec("0.5");
const Q6 = Object.freeze(["true", "1"]);
const N46 = rt.nameTest(1, "urn:sfti:CommonAggregateComponents:1:0", "AllowanceChargeBaseAmount");
const P14 = rt.namePath([N35, N46]);
const K2 = rt.dec("0.01");
const N47 = rt.nameTest(1, "urn:sfti:CommonAggregateComponents:1:0", "LegalTotal");
const N48 = rt.nameTest(1, "urn:oasis:names:tc:ubl:CommonBasicComponents:1:0", "LineExtensionTotalAmount");
const P15 = rt.namePath([N3, N34, N45]);
const N49 = rt.nameTest(1, "urn:oasis:names:tc:ubl:CommonBasicComponents:1:0", "TaxExclusiveTotalAmount");
const N50 = rt.nameTest(1, "urn:sfti:documents:BasicInvoice:1:0", "AllowanceCharge");
const N51 = rt.nameTest(1, "urn:oasis:names:tc:ubl:CommonBasicComponents:1:0", "TaxInclusiveTotalAmount");
const N52 = rt.nameTest(1, "urn:oasis:names:tc:ubl:CommonBasicComponents:1:0", "TotalTaxAmount");
const P16 = rt.namePath([N3, N15, N52]);
const N53 = rt.nameTest(1, "urn:sfti:CommonAggregateComponents:1:0", "RoundOffAmount");
const P17 = rt.namePath([N53]);
const N54 = rt.nameTest(1, "urn:sfti:CommonAggregateComponents:1:0", "PaymentMeans");
const N55 = rt.nameTest(1, "urn:sfti:CommonAggregateComponents:1:0", "PayeeFinancialAccount");
const N56 = rt.nameTest(1, "urn:sfti:CommonAggregateComponents:1:0", "FinancialInstitutionBranch");
const N57 = rt.nameTest(1, "urn:sfti:CommonAggregateComponents:1:0", "FinancialInstitution");
const P18 = rt.namePath([N56, N57, N8]);
const N58 = rt.nameTest(1, "urn:sfti:CommonAggregateComponents:1:0", "PayeePartyName");
const N59 = rt.nameTest(1, "urn:sfti:CommonAggregateComponents:1:0", "SellerParty");
const P19 = rt.namePath([N3, N59, N5, N25, N26]);
const N60 = rt.nameTest(1, "urn:sfti:CommonAggregateComponents:1:0", "PaymentMeansTypeCode");
const N61 = rt.nameTest(1, "urn:oasis:names:tc:ubl:CommonBasicComponents:1:0", "DuePaymentDate");
const N62 = rt.nameTest(1, "urn:sfti:CommonAggregateComponents:1:0", "PaymentTerms");
const N63 = rt.nameTest(1, "urn:oasis:names:tc:ubl:CommonBasicComponents:1:0", "PenaltySurchargePercent");
const P20 = rt.namePath([N3, N62, N63]);
const P21 = rt.namePath([N22, N10, N8]);
const N64 = rt.nameTest(1, "urn:sfti:CommonAggregateComponents:1:0", "TaxSubTotal");
const N65 = rt.nameTest(1, "urn:oasis:names:tc:ubl:CommonBasicComponents:1:0", "ExemptionReason");
const P22 = rt.namePath([N65]);
const N66 = rt.nameTest(1, "urn:oasis:names:tc:ubl:CommonBasicComponents:1:0", "TaxAmount");
const P23 = rt.namePath([N64, N66]);
const P24 = rt.namePath([N3, N47, N49]);
const N67 = rt.nameTest(1, "urn:sfti:CommonAggregateComponents:1:0", "ReasonCode");
const P25 = rt.namePath([N3, N15, N64, N9, N65]);
const N68 = rt.nameTest(1, "urn:sfti:documents:BasicInvoice:1:0", "InvoiceTypeCode");
const Q7 = Object.freeze([380n, 381n]);
const N69 = rt.nameTest(1, "urn:sfti:documents:BasicInvoice:1:0", "InitialInvoiceDocumentReference");
const P26 = rt.namePath([N3, N69, N8]);
const N70 = rt.nameTest(1, "urn:sfti:documents:BasicInvoice:1:0", "InvoicingPeriod");
const N71 = rt.nameTest(1, "urn:oasis:names:tc:ubl:CommonBasicComponents:1:0", "StartDateTime");
const N72 = rt.nameTest(1, "urn:oasis:names:tc:ubl:CommonBasicComponents:1:0", "EndDateTime");
const P27 = rt.namePath([N3, N34]);
const N73 = rt.nameTest(1, "urn:sfti:documents:BasicInvoice:1:0", "RequisitionistDocumentReference");
const RE2 = rt.regex("[^ ]", "");
const P28 = rt.namePath([N3, N30]);
const P29 = rt.namePath([N3, N15, N64]);
const P30 = rt.namePath([N3, N15, N64, N2]);
const N74 = rt.nameTest(1, "urn:oasis:names:tc:ubl:CommonBasicComponents:1:0", "TaxableAmount");
const P31 = rt.namePath([N9, N43]);
const P32 = rt.namePath([N15, N64, N74]);
const P33 = rt.namePath([N3, N15, N64, N74]);
const P34 = rt.namePath([N30, N33]);
const P35 = rt.namePath([N64, N2]);
const N75 = rt.nameTest(1, "urn:oasis:names:tc:ubl:CommonBasicComponents:1:0", "Note");
const N76 = rt.nameTest(1, "urn:oasis:names:tc:ubl:CommonBasicComponents:1:0", "Description");
const P36 = rt.namePath([N38, N76]);
const P37 = rt.namePath([N34, N45]);
const P38 = rt.namePath([N15, N52]);
const K3 = rt.dec("0.001");
const P39 = rt.namePath([N10, N8]);
const N77 = rt.nameTest(1, "urn:sfti:documents:BasicInvoice:1:0", "AdditionalDocumentReference");
const N78 = rt.nameTest(2, "", "identificationSchemeAgencyName");
const N79 = rt.nameTest(2, "", "identificationSchemeID");
const SET0 = new Set(Q0);

const ROWS = Object.freeze([
  { id: "R-100", flag: "fatal", kind: "assert", test: "@amountCurrencyID = /sfti:Invoice/sfti:InvoiceCurrencyCode", businessTerms: Object.freeze([]) },
  { id: "R-98", flag: "information", kind: "assert", test: "count(cac:PartyIdentification) le 1", businessTerms: Object.freeze([]) },
  { id: "R-99", flag: "information", kind: "assert", test: "false()", businessTerms: Object.freeze([]) },
  { id: "R-18", flag: "warning", kind: "assert", test: ". = normalize-space(.)", businessTerms: Object.freeze([]) },
  { id: "R-19", flag: "warning", kind: "assert", test: ". = normalize-space(.)", businessTerms: Object.freeze([]) },
  { id: "R-8", flag: "warning", kind: "assert", test: "not(matches(., '\\W'))", businessTerms: Object.freeze([]) },
  { id: "R-9", flag: "warning", kind: "assert", test: "matches(., '^\\+?\\p{Nd}*$')", businessTerms: Object.freeze([]) },
  { id: "R-1", flag: "fatal", kind: "assert", test: "exists(sfti:LineItemCountNumeric)", businessTerms: Object.freeze([]) },
  { id: "R-17", flag: "fatal", kind: "assert", test: "count(cac:TaxTotal) le 1", businessTerms: Object.freeze([]) },
  { id: "R-21", flag: "warning", kind: "assert", test: "empty(//@xsi:schemaLocation)", businessTerms: Object.freeze([]) },
  { id: "R-83", flag: "warning", kind: "assert", test: "empty(/node()[name() = 'xml-stylesheet'])", businessTerms: Object.freeze([]) },
  { id: "R-33", flag: "information", kind: "assert", test: "empty(cac:AddressLine/cbc:Line) or empty(cbc:*)", businessTerms: Object.freeze([]) },
  { id: "R-34", flag: "information", kind: "assert", test: "empty(cac:AddressLine) or (some $al in cac:AddressLine satisfies count($al/cbc:Line) ge 2)", businessTerms: Object.freeze([]) },
  { id: "R-94", flag: "information", kind: "assert", test: "exists(cbc:CityName) and exists(cbc:PostalZone)", businessTerms: Object.freeze([]) },
  { id: "R-36", flag: "warning", kind: "assert", test: "not(matches(., '\\W'))", businessTerms: Object.freeze([]) },
  { id: "R-37", flag: "fatal", kind: "assert", test: "normalize-space(.) = ('VAT', 'SWT')", businessTerms: Object.freeze([]) },
  { id: "R-35", flag: "fatal", kind: "assert", test: "some $n in ../../cac:PartyName/cbc:Name satisfies string($n) ne string(.)", businessTerms: Object.freeze([]) },
  { id: "R-47", flag: "warning", kind: "assert", test: "xs:date(substring-before(., 'T')) le xs:date(/sfti:Invoice/cbc:IssueDate)", businessTerms: Object.freeze([]) },
  { id: "R-63", flag: "fatal", kind: "assert", test: "exists(/sfti:Invoice/sfti:InvoiceCurrencyCode)", businessTerms: Object.freeze([]) },
  { id: "R-64", flag: "fatal", kind: "assert", test: "exists(/sfti:Invoice/sfti:TaxCurrencyCode)", businessTerms: Object.freeze([]) },
  { id: "R-65", flag: "information", kind: "assert", test: "exists(/sfti:Invoice/cac:ExchangeRate/cbc:CalculationRate)", businessTerms: Object.freeze([]) },
  { id: "R-66", flag: "fatal", kind: "assert", test: "number(.) gt 0", businessTerms: Object.freeze([]) },
  { id: "R-72", flag: "fatal", kind: "assert", test: "exists(cbc:Amount)", businessTerms: Object.freeze([]) },
  { id: "R-74", flag: "fatal", kind: "assert", test: "number(.) ge 0", businessTerms: Object.freeze([]) },
  { id: "R-73", flag: "fatal", kind: "assert", test: ". = ('true', 'false')", businessTerms: Object.freeze([]) },
  { id: "R-75", flag: "fatal", kind: "assert", test: "empty($itemSchemes) or normalize-space($itemSchemes) eq 'VAT'", businessTerms: Object.freeze([]) },
  { id: "R-78", flag: "fatal", kind: "assert", test: "empty($lineUnit) or @quantityUnitCode = $lineUnit", businessTerms: Object.freeze([]) },
  { id: "R-76", flag: "fatal", kind: "assert", test: "upper-case(normalize-space(cac:ID)) = ('S', 'E')", businessTerms: Object.freeze([]) },
  { id: "R-77", flag: "fatal", kind: "assert", test: "$lineCat ne 'E' or xs:decimal(.) eq 0", businessTerms: Object.freeze([]) },
  { id: "R-97", flag: "warning", kind: "assert", test: "$lineCat ne 'S' or xs:decimal(.) ne 0", businessTerms: Object.freeze([]) },
  { id: "R-7", flag: "warning", kind: "assert", test: "number(cbc:Percent) = (25, 12, 6)", businessTerms: Object.freeze([]) },
  { id: "R-11", flag: "fatal", kind: "assert", test: "abs($grossPerBase - number(cac:AllowanceCharge/cbc:Amount) - number(cbc:LineExtensionAmount)) lt 0.5", businessTerms: Object.freeze([]) },
  { id: "R-13", flag: "fatal", kind: "assert", test: "abs($gross - number(cac:AllowanceCharge/cbc:Amount) - number(cbc:LineExtensionAmount)) lt 0.5", businessTerms: Object.freeze([]) },
  { id: "R-12", flag: "fatal", kind: "assert", test: "abs($grossPerBase + number(cac:AllowanceCharge/cbc:Amount) - number(cbc:LineExtensionAmount)) lt 0.5", businessTerms: Object.freeze([]) },
  { id: "R-14", flag: "fatal", kind: "assert", test: "abs($gross + number(cac:AllowanceCharge/cbc:Amount) - number(cbc:LineExtensionAmount)) lt 0.5", businessTerms: Object.freeze([]) },
  { id: "R-15", flag: "fatal", kind: "assert", test: "abs($grossPerBase - number(cbc:LineExtensionAmount)) lt 0.5", businessTerms: Object.freeze([]) },
  { id: "R-20", flag: "fatal", kind: "assert", test: "abs($gross - number(cbc:LineExtensionAmount)) lt 0.5", businessTerms: Object.freeze([]) },
  { id: "R-104", flag: "warning", kind: "assert", test: "abs(xs:decimal(cac:AllowanceCharge/cac:AllowanceChargeBaseAmount) - $expectedBase) lt 0.01", businessTerms: Object.freeze([]) },
  { id: "R-103", flag: "warning", kind: "assert", test: "abs(xs:decimal(cac:AllowanceCharge/cac:AllowanceChargeBaseAmount) - $expectedBase) lt 0.01", businessTerms: Object.freeze([]) },
  { id: "R-69", flag: "fatal", kind: "assert", test: "abs(xs:decimal(.) - $lineSum) le 0.5", businessTerms: Object.freeze([]) },
  { id: "R-70", flag: "fatal", kind: "assert", test: "abs(xs:decimal(.) - $lineSum - $charges + $discounts) le 0.5", businessTerms: Object.freeze([]) },
  { id: "R-71", flag: "fatal", kind: "assert", test: "abs(xs:decimal(.) - $lineSum - $charges + $discounts - $vat - $rounding) le 0.5", businessTerms: Object.freeze([]) },
  { id: "R-105", flag: "fatal", kind: "assert", test: "xs:double(.) ge 0", businessTerms: Object.freeze([]) },
  { id: "R-51", flag: "fatal", kind: "assert", test: "exists(ancestor::cac:PayeeFinancialAccount[1]/cac:ID) or . = 'SNDOSESS'", businessTerms: Object.freeze([]) },
  { id: "R-50", flag: "warning", kind: "assert", test: "not(matches(., '\\W'))", businessTerms: Object.freeze([]) },
  { id: "R-101", flag: "warning", kind: "assert", test: "exists(../cac:FinancialInstitutionBranch/cac:FinancialInstitution/cac:ID)", businessTerms: Object.freeze([]) },
  { id: "R-52", flag: "warning", kind: "assert", test: "some $seller in /sfti:Invoice/cac:SellerParty/cac:Party/cac:PartyName/cbc:Name satisfies string($seller) ne string(.)", businessTerms: Object.freeze([]) },
  { id: "R-48", flag: "fatal", kind: "assert", test: "string(.) eq '1'", businessTerms: Object.freeze([]) },
  { id: "R-49", flag: "warning", kind: "assert", test: "xs:date(/sfti:Invoice/cbc:IssueDate) le xs:date(.)", businessTerms: Object.freeze([]) },
  { id: "R-54", flag: "fatal", kind: "assert", test: "number($penaltyRates) ge 0", businessTerms: Object.freeze([]) },
  { id: "R-38", flag: "fatal", kind: "assert", test: "exists(cac:PartyTaxScheme)", businessTerms: Object.freeze([]) },
  { id: "R-39", flag: "information", kind: "assert", test: "some $scheme in cac:PartyTaxScheme/cac:TaxScheme/cac:ID satisfies normalize-space($scheme) eq 'SWT'", businessTerms: Object.freeze([]) },
  { id: "R-40", flag: "information", kind: "assert", test: "empty(cac:AddressLine/cbc:Line) or empty(cbc:*)", businessTerms: Object.freeze([]) },
  { id: "R-41", flag: "information", kind: "assert", test: "empty(cac:AddressLine) or (some $al in cac:AddressLine satisfies count($al/cbc:Line) ge 2)", businessTerms: Object.freeze([]) },
  { id: "R-93", flag: "information", kind: "assert", test: "exists(cbc:CityName) and exists(cbc:PostalZone)", businessTerms: Object.freeze([]) },
  { id: "R-45", flag: "warning", kind: "assert", test: "not(matches(., '\\W'))", businessTerms: Object.freeze([]) },
  { id: "R-46", flag: "fatal", kind: "assert", test: "normalize-space(.) = ('VAT', 'SWT')", businessTerms: Object.freeze([]) },
  { id: "R-44", flag: "fatal", kind: "assert", test: "some $n in ../../cac:PartyName/cbc:Name satisfies string($n) ne string(.)", businessTerms: Object.freeze([]) },
  { id: "R-68", flag: "fatal", kind: "assert", test: "exists(cac:TaxCurrencyTaxAmount) eq exists(/sfti:Invoice/sfti:TaxCurrencyCode)", businessTerms: Object.freeze([]) },
  { id: "R-59", flag: "fatal", kind: "assert", test: "normalize-space(.) = ('S', 'E')", businessTerms: Object.freeze([]) },
  { id: "R-91", flag: "warning", kind: "assert", test: "normalize-space(.) ne 'E' or exists(../cbc:ExemptionReason)", businessTerms: Object.freeze([]) },
  { id: "R-95", flag: "fatal", kind: "assert", test: "$subCat ne 'E' or xs:decimal(.) eq 0", businessTerms: Object.freeze([]) },
  { id: "R-96", flag: "warning", kind: "assert", test: "$subCat ne 'S' or xs:decimal(.) ne 0", businessTerms: Object.freeze([]) },
  { id: "R-16", flag: "warning", kind: "assert", test: "number(cbc:Percent) = (25, 12, 6)", businessTerms: Object.freeze([]) },
  { id: "R-67", flag: "fatal", kind: "assert", test: "abs(xs:decimal(.) - $subSum) le 0.5", businessTerms: Object.freeze([]) },
  { id: "R-55", flag: "warning", kind: "assert", test: "exists(/sfti:Invoice/cac:LegalTotal/cbc:TaxExclusiveTotalAmount)", businessTerms: Object.freeze([]) },
  { id: "R-56", flag: "fatal", kind: "assert", test: "normalize-space($acScheme) eq 'VAT'", businessTerms: Object.freeze([]) },
  { id: "R-57", flag: "fatal", kind: "assert", test: "string(.) eq 'ZZZ'", businessTerms: Object.freeze([]) },
  { id: "R-58", flag: "fatal", kind: "assert", test: "exists(cbc:Percent)", businessTerms: Object.freeze([]) },
  { id: "R-60", flag: "warning", kind: "assert", test: "normalize-space(.) ne 'E' or exists(/sfti:Invoice/cac:TaxTotal/cac:TaxSubTotal/cac:TaxCategory/cbc:ExemptionReason)", businessTerms: Object.freeze([]) },
  { id: "R-61", flag: "fatal", kind: "assert", test: "$acCat ne 'E' or xs:decimal(.) eq 0", businessTerms: Object.freeze([]) },
  { id: "R-62", flag: "warning", kind: "assert", test: "$acCat ne 'S' or xs:decimal(.) ne 0", businessTerms: Object.freeze([]) },
  { id: "R-6", flag: "warning", kind: "assert", test: "number(cbc:Percent) = (25, 12, 6)", businessTerms: Object.freeze([]) },
  { id: "R-22", flag: "fatal", kind: "assert", test: "xs:double(.) = (380, 381)", businessTerms: Object.freeze([]) },
  { id: "R-2", flag: "warning", kind: "assert", test: "exists(/sfti:Invoice/sfti:InitialInvoiceDocumentReference/cac:ID) or exists(/sfti:Invoice/sfti:InvoicingPeriod[cbc:StartDateTime][cbc:EndDateTime])", businessTerms: Object.freeze([]) },
  { id: "R-80", flag: "fatal", kind: "assert", test: "exists(cbc:StartDateTime) and exists(cbc:EndDateTime)", businessTerms: Object.freeze([]) },
  { id: "R-81", flag: "warning", kind: "assert", test: "xs:dateTime(cbc:StartDateTime) le xs:dateTime(cbc:EndDateTime)", businessTerms: Object.freeze([]) },
  { id: "R-82", flag: "warning", kind: "assert", test: "xs:date(/sfti:Invoice/cbc:IssueDate) ge xs:date(substring-before(cbc:EndDateTime, 'T'))", businessTerms: Object.freeze([]) },
  { id: "R-27", flag: "fatal", kind: "assert", test: "xs:double(.) eq $lineCount", businessTerms: Object.freeze([]) },
  { id: "R-29", flag: "fatal", kind: "assert", test: "number(.) gt 0", businessTerms: Object.freeze([]) },
  { id: "R-79", flag: "fatal", kind: "assert", test: "matches(., '[^ ]')", businessTerms: Object.freeze([]) },
  { id: "R-23", flag: "fatal", kind: "assert", test: "exists(/sfti:Invoice/cac:ExchangeRate)", businessTerms: Object.freeze([]) },
  { id: "R-24", flag: "fatal", kind: "assert", test: "exists(/sfti:Invoice/cac:TaxTotal/cac:TaxSubTotal)", businessTerms: Object.freeze([]) },
  { id: "R-25", flag: "fatal", kind: "assert", test: "exists(/sfti:Invoice/cac:TaxTotal/cac:TaxSubTotal/cac:TaxCurrencyTaxAmount)", businessTerms: Object.freeze([]) },
  { id: "R-26", flag: "fatal", kind: "assert", test: "exists(/sfti:Invoice/sfti:InvoiceCurrencyCode)", businessTerms: Object.freeze([]) },
  { id: "R-4", flag: "fatal", kind: "assert", test: "abs($computedVat - number(cbc:TaxAmount)) lt 0.5", businessTerms: Object.freeze([]) },
  { id: "R-10", flag: "fatal", kind: "assert", test: "abs(number(.) - $taxableSum) lt 0.5", businessTerms: Object.freeze([]) },
  { id: "R-5", flag: "fatal", kind: "assert", test: "string(sfti:TaxCurrencyCode) ne string(sfti:InvoiceCurrencyCode)", businessTerms: Object.freeze([]) },
  { id: "R-3", flag: "fatal", kind: "assert", test: "abs($inTaxCurrency - $converted) lt 0.5", businessTerms: Object.freeze([]) },
  { id: "R-90", flag: "fatal", kind: "assert", test: "exists(//cac:TaxSubTotal/cac:TaxCategory[cac:ID = 'E'])", businessTerms: Object.freeze([]) },
  { id: "R-106", flag: "fatal", kind: "assert", test: "some $sub in //cac:TaxSubTotal/cac:TaxCategory[cac:ID = 'S'] satisfies xs:decimal($sub/cbc:Percent) = xs:decimal($lineRate)", businessTerms: Object.freeze([]) },
  { id: "R-102", flag: "warning", kind: "assert", test: "xs:double(.) eq 0", businessTerms: Object.freeze([]) },
  { id: "R-92", flag: "warning", kind: "assert", test: "abs(xs:decimal(.) - $lineSum - $charges + $discounts - $vat - $rounding) lt 0.001", businessTerms: Object.freeze([]) },
  { id: "R-88", flag: "fatal", kind: "assert", test: "exists(//cac:SellerParty/cac:Party/cac:PartyTaxScheme[cac:TaxScheme/cac:ID = 'VAT']/cac:CompanyID)", businessTerms: Object.freeze([]) },
  { id: "R-84", flag: "information", kind: "assert", test: "@identificationSchemeAgencyName = 'SFTI' or @identificationSchemeID = $sftiDocTypes", businessTerms: Object.freeze([]) },
  { id: "R-31", flag: "warning", kind: "assert", test: "@identificationSchemeAgencyName = 'SFTI'", businessTerms: Object.freeze([]) },
  { id: "R-85", flag: "information", kind: "assert", test: "@identificationSchemeAgencyName = 'SFTI'", businessTerms: Object.freeze([]) },
  { id: "R-29", flag: "information", kind: "assert", test: "@identificationSchemeID = $sftiDocTypes", businessTerms: Object.freeze([]) },
  { id: "R-30", flag: "warning", kind: "assert", test: "false()", businessTerms: Object.freeze([]) },
  { id: "R-86", flag: "warning", kind: "assert", test: "not(@identificationSchemeID = $sftiDocTypes)", businessTerms: Object.freeze([]) },
  { id: "R-87", flag: "information", kind: "assert", test: "@identificationSchemeID = $sftiDocTypes", businessTerms: Object.freeze([]) },
  { id: "R-90", flag: "fatal", kind: "assert", test: "exists(//cac:TaxSubTotal/cac:TaxCategory[cac:ID = 'E'])", businessTerms: Object.freeze([]) },
  { id: "R-89", flag: "fatal", kind: "assert", test: "some $sub in //cac:TaxSubTotal/cac:TaxCategory[cac:ID = 'S'] satisfies xs:decimal($sub/cbc:Percent) = xs:decimal($acRate)", businessTerms: Object.freeze([]) }
]);

let K0;
function global0(S) {
  if (K0 === undefined) {
    const c = S.D.doc;
    K0 = { value: Q0 };
  }
  return K0.value;
}

function step0(n, S) {
  if (!rt.testNode(N0, n)) return false;
  if (n.kind === "attribute" || n.kind === "document") return false;
  const c = n;
  if (!rt.anyOnAxis(c, "attribute", N1)) return false;
  if (!!rt.anyOnAxis(c, "self", N2)) return false;
  if (!(S.D.memo[1] !== undefined ? S.D.memo[1] : (S.D.memo[1] = ((S.D.memo[0] !== undefined ? S.D.memo[0] : (S.D.memo[0] = rt.childOfNodes(rt.child(rt.requireNode(rt.rootOf(rt.requireNode(c))), N3), N4))).length > 0)))) return false;
  return n.parent !== null;
}

function match0(n, S) { return step0(n, S); }

function fire0(c, S, out) {
  let t0;
  S.cur = 0;
  if (!rt.generalCompare("eq", (t0 ??= rt.stepOne(c, "attribute", N1, null)), (S.D.memo[0] !== undefined ? S.D.memo[0] : (S.D.memo[0] = rt.childOfNodes(rt.child(rt.requireNode(rt.rootOf(rt.requireNode(c))), N3), N4))))) out.push(rt.finding(ROWS[0], c, (S.lang === "en" ? "Amount " + rt.nodeName([c]) + " is in currency " + rt.valueOf((t0 ??= rt.stepOne(c, "attribute", N1, null))) + ", but the invoice currency (InvoiceCurrencyCode) is " + rt.valueOf((S.D.memo[0] !== undefined ? S.D.memo[0] : (S.D.memo[0] = rt.childOfNodes(rt.child(rt.requireNode(rt.rootOf(rt.requireNode(c))), N3), N4)))) + "." : "Beloppet " + rt.nodeName([c]) + " har valuta " + rt.valueOf((t0 ??= rt.stepOne(c, "attribute", N1, null))) + ", men fakturavalutan (InvoiceCurrencyCode) är " + rt.valueOf((S.D.memo[0] !== undefined ? S.D.memo[0] : (S.D.memo[0] = rt.childOfNodes(rt.child(rt.requireNode(rt.rootOf(rt.requireNode(c))), N3), N4)))) + ".")));
}

function step1(n, S) {
  if (n.kind !== "element" || n.local !== "Party" || n.ns !== "urn:sfti:CommonAggregateComponents:1:0") return false;
  return n.parent !== null;
}

function match1(n, S) { return step1(n, S); }

function fire1(c, S, out) {
  let t1;
  S.cur = 1;
  if (!((t1 ??= rt.child(c, N6)).length <= 1)) out.push(rt.finding(ROWS[1], c, (S.lang === "en" ? "The party has " + rt.valueOf([BigInt((t1 ??= rt.child(c, N6)).length)]) + " PartyIdentification elements; give only one, the id the party itself prefers." : "Parten har " + rt.valueOf([BigInt((t1 ??= rt.child(c, N6)).length)]) + " PartyIdentification; ange helst bara ett id, det som parten själv vill använda.")));
}

function step2(n, S) {
  if (n.kind !== "element" || n.local !== "Party" || n.ns !== "urn:sfti:CommonAggregateComponents:1:0") return false;
  const c = n;
  if (!rt.anyOnAxis(c, "child", N6)) return false;
  if (!(S.D.hasNamePath(P1) && rt.anyOnAxisSeq(rt.child(c, N7), "child", N8))) return false;
  return n.parent !== null;
}

function match2(n, S) { return step2(n, S); }

function fire2(c, S, out) {
  let t2, t3;
  S.cur = 2;
  if (!false) out.push(rt.finding(ROWS[2], c, (S.lang === "en" ? "The party is identified both by PartyIdentification/ID and by Address/ID (" + rt.valueOf((t3 ??= rt.childOfNodes((t2 ??= rt.child(c, N7)), N8))) + "); prefer PartyIdentification/ID." : "Parten identifieras både med PartyIdentification/ID och Address/ID (" + rt.valueOf((t3 ??= rt.childOfNodes((t2 ??= rt.child(c, N7)), N8))) + "); använd PartyIdentification/ID.")));
}

function step3(n, S) {
  if (n.kind !== "element" || n.local !== "TaxCategory" || n.ns !== "urn:sfti:CommonAggregateComponents:1:0") return false;
  return n.parent !== null;
}

function step4(n, S) {
  if (n.kind !== "element" || n.local !== "ID" || n.ns !== "urn:sfti:CommonAggregateComponents:1:0") return false;
  return n.parent !== null && step3(n.parent, S);
}

function match3(n, S) { return (n.parent?.local === "TaxCategory" && n.parent.ns === "urn:sfti:CommonAggregateComponents:1:0" && step4(n, S)); }

function fire3(c, S, out) {
  S.cur = 3;
  if (!rt.generalCompare1("eq", [c], rt.normalizeSpace(rt.strItem(c, "normalize-space")))) out.push(rt.finding(ROWS[3], c, (S.lang === "en" ? "Tax category id (TaxCategory/ID) '" + rt.valueOf([c]) + "' contains extra spaces or line breaks." : "Momskategorins id (TaxCategory/ID) '" + rt.valueOf([c]) + "' innehåller extra blanksteg eller radbrytningar.")));
}

function step5(n, S) {
  if (n.kind !== "element" || n.local !== "TaxScheme" || n.ns !== "urn:sfti:CommonAggregateComponents:1:0") return false;
  return n.parent !== null;
}

function step6(n, S) {
  if (n.kind !== "element" || n.local !== "ID" || n.ns !== "urn:sfti:CommonAggregateComponents:1:0") return false;
  return n.parent !== null && step5(n.parent, S);
}

function match4(n, S) { return (n.parent?.local === "TaxScheme" && n.parent.ns === "urn:sfti:CommonAggregateComponents:1:0" && step6(n, S)); }

function fire4(c, S, out) {
  S.cur = 4;
  if (!rt.generalCompare1("eq", [c], rt.normalizeSpace(rt.strItem(c, "normalize-space")))) out.push(rt.finding(ROWS[4], c, (S.lang === "en" ? "Tax scheme id (TaxScheme/ID) '" + rt.valueOf([c]) + "' contains extra spaces or line breaks." : "Skatteschemats id (TaxScheme/ID) '" + rt.valueOf([c]) + "' innehåller extra blanksteg eller radbrytningar.")));
}

function step7(n, S) {
  if (n.kind !== "element" || n.local !== "PostalZone" || n.ns !== "urn:oasis:names:tc:ubl:CommonBasicComponents:1:0") return false;
  return n.parent !== null;
}

function match5(n, S) { return step7(n, S); }

function fire5(c, S, out) {
  S.cur = 5;
  if (!!rt.matches(rt.strItem(c, "matches"), RE0)) out.push(rt.finding(ROWS[5], c, (S.lang === "en" ? "Postal code (PostalZone) '" + rt.valueOf([c]) + "' must be written without spaces, hyphens or other separators." : "Postnumret (PostalZone) '" + rt.valueOf([c]) + "' ska skrivas utan mellanslag, bindestreck eller andra skiljetecken.")));
}

function step8(n, S) {
  if (n.kind !== "element" || n.local !== "Telephone" || n.ns !== "urn:oasis:names:tc:ubl:CommonBasicComponents:1:0") return false;
  return n.parent !== null;
}

function step9(n, S) {
  if (n.kind !== "element" || n.local !== "Telefax" || n.ns !== "urn:oasis:names:tc:ubl:CommonBasicComponents:1:0") return false;
  return n.parent !== null;
}

function match6(n, S) { return step8(n, S) || step9(n, S); }

function fire6(c, S, out) {
  S.cur = 6;
  if (!rt.matches(rt.strItem(c, "matches"), RE1)) out.push(rt.finding(ROWS[6], c, (S.lang === "en" ? "The number in " + rt.nodeName([c]) + " '" + rt.valueOf([c]) + "' must contain digits only, optionally with a leading +." : "Numret i " + rt.nodeName([c]) + " '" + rt.valueOf([c]) + "' ska bara bestå av siffror, eventuellt med inledande +.")));
}

function step10(n, S) {
  if (n.kind !== "element" || n.local !== "Invoice" || n.ns !== "urn:sfti:documents:BasicInvoice:1:0") return false;
  return n.parent !== null && n.parent.kind === "document";
}

function match7(n, S) { return (n.parent?.kind === "document" && step10(n, S)); }

function fire7(c, S, out) {
  let t5;
  S.cur = 7;
  if (!rt.anyOnAxis(c, "child", N14)) out.push(rt.finding(ROWS[7], c, (S.lang === "en" ? "The number of invoice lines (LineItemCountNumeric) is missing." : "Antal fakturarader (LineItemCountNumeric) saknas.")));
  S.cur = 8;
  if (!((t5 ??= rt.child(c, N15)).length <= 1)) out.push(rt.finding(ROWS[8], c, (S.lang === "en" ? "The invoice has " + rt.valueOf([BigInt((t5 ??= rt.child(c, N15)).length)]) + " TaxTotal elements; only one is allowed, with one TaxSubTotal per VAT rate." : "Fakturan har " + rt.valueOf([BigInt((t5 ??= rt.child(c, N15)).length)]) + " TaxTotal; det får bara finnas en, med en TaxSubTotal per momssats.")));
  S.cur = 9;
  if (!(S.D.memo[3] !== undefined ? S.D.memo[3] : (S.D.memo[3] = ((S.D.memo[2] !== undefined ? S.D.memo[2] : (S.D.memo[2] = rt.attributesByName(S.D, c, "http://www.w3.org/2001/XMLSchema-instance", "schemaLocation"))).length === 0)))) out.push(rt.finding(ROWS[9], c, (S.lang === "en" ? "An exchanged invoice must not carry an xsi:schemaLocation attribute." : "Attributet xsi:schemaLocation ska inte finnas i en fakturafil som skickas.")));
  S.cur = 10;
  if (!(S.D.memo[5] !== undefined ? S.D.memo[5] : (S.D.memo[5] = ((S.D.memo[4] !== undefined ? S.D.memo[4] : (S.D.memo[4] = rt.stepOne(rt.requireNode(rt.rootOf(rt.requireNode(c))), "child", N16, [(c, p, z) => (rt.nodeNameOne(c) === "xml-stylesheet")]))).length === 0)))) out.push(rt.finding(ROWS[10], c, (S.lang === "en" ? "The invoice file has an xml-stylesheet processing instruction; exchanged invoices must not have one." : "Fakturafilen har en xml-stylesheet-instruktion; sådana ska inte finnas i en faktura som skickas.")));
}

function step11(n, S) {
  if (n.kind !== "element" || n.local !== "Invoice" || n.ns !== "urn:sfti:documents:BasicInvoice:1:0") return false;
  return n.parent !== null && n.parent.kind === "document";
}

function step12(n, S) {
  if (n.kind !== "element" || n.local !== "BuyerParty" || n.ns !== "urn:sfti:CommonAggregateComponents:1:0") return false;
  return n.parent !== null && step11(n.parent, S);
}

function step13(n, S) {
  if (n.kind !== "element" || n.local !== "Party" || n.ns !== "urn:sfti:CommonAggregateComponents:1:0") return false;
  return n.parent !== null && step12(n.parent, S);
}

function step14(n, S) {
  if (n.kind !== "element" || n.local !== "Address" || n.ns !== "urn:sfti:CommonAggregateComponents:1:0") return false;
  return n.parent !== null && step13(n.parent, S);
}

function match8(n, S) { return (n.parent?.local === "Party" && n.parent.ns === "urn:sfti:CommonAggregateComponents:1:0" && n.parent.parent?.local === "BuyerParty" && n.parent.parent.ns === "urn:sfti:CommonAggregateComponents:1:0" && n.parent.parent.parent?.local === "Invoice" && n.parent.parent.parent.ns === "urn:sfti:documents:BasicInvoice:1:0" && n.parent.parent.parent.parent?.kind === "document" && step14(n, S)); }

function fire8(c, S, out) {
  let t6;
  S.cur = 11;
  if (!(!(S.D.hasNamePath(P2) && rt.anyOnAxisSeq((t6 ??= rt.child(c, N18)), "child", N19)) || !rt.anyOnAxis(c, "child", N20))) out.push(rt.finding(ROWS[11], c, (S.lang === "en" ? "The buyer address is given both as structured elements and as free address lines (AddressLine); some receivers cannot handle the mix." : "Köparens adress anges både strukturerat och som fria adressrader (AddressLine); en del mottagare hanterar inte blandningen.")));
  S.cur = 12;
  if (!(!rt.anyOnAxis(c, "child", N18) || (t6 ??= rt.child(c, N18)).some((v1_0) => (rt.child(rt.requireNode(v1_0), N19).length >= 2)))) out.push(rt.finding(ROWS[12], c, (S.lang === "en" ? "The buyer address has a single address line (AddressLine/Line); check that the address is complete." : "Köparens adress har bara en adressrad (AddressLine/Line); kontrollera att adressen är fullständig.")));
  S.cur = 13;
  if (!(rt.anyOnAxis(c, "child", N21) && rt.anyOnAxis(c, "child", N11))) out.push(rt.finding(ROWS[13], c, (S.lang === "en" ? "The buyer address lacks a city (CityName) or postal code (PostalZone); use those elements where possible." : "Köparens adress saknar postort (CityName) eller postnummer (PostalZone); använd de elementen om det går.")));
}

function step15(n, S) {
  if (n.kind !== "element" || n.local !== "Invoice" || n.ns !== "urn:sfti:documents:BasicInvoice:1:0") return false;
  return n.parent !== null && n.parent.kind === "document";
}

function step16(n, S) {
  if (n.kind !== "element" || n.local !== "BuyerParty" || n.ns !== "urn:sfti:CommonAggregateComponents:1:0") return false;
  return n.parent !== null && step15(n.parent, S);
}

function step17(n, S) {
  if (n.kind !== "element" || n.local !== "Party" || n.ns !== "urn:sfti:CommonAggregateComponents:1:0") return false;
  return n.parent !== null && step16(n.parent, S);
}

function step18(n, S) {
  if (n.kind !== "element" || n.local !== "PartyTaxScheme" || n.ns !== "urn:sfti:CommonAggregateComponents:1:0") return false;
  return n.parent !== null && step17(n.parent, S);
}

function step19(n, S) {
  if (n.kind !== "element" || n.local !== "CompanyID" || n.ns !== "urn:sfti:CommonAggregateComponents:1:0") return false;
  return n.parent !== null && step18(n.parent, S);
}

function match9(n, S) { return (n.parent?.local === "PartyTaxScheme" && n.parent.ns === "urn:sfti:CommonAggregateComponents:1:0" && n.parent.parent?.local === "Party" && n.parent.parent.ns === "urn:sfti:CommonAggregateComponents:1:0" && n.parent.parent.parent?.local === "BuyerParty" && n.parent.parent.parent.ns === "urn:sfti:CommonAggregateComponents:1:0" && n.parent.parent.parent.parent?.local === "Invoice" && n.parent.parent.parent.parent.ns === "urn:sfti:documents:BasicInvoice:1:0" && n.parent.parent.parent.parent.parent?.kind === "document" && step19(n, S)); }

function fire9(c, S, out) {
  S.cur = 14;
  if (!!rt.matches(rt.strItem(c, "matches"), RE0)) out.push(rt.finding(ROWS[14], c, (S.lang === "en" ? "Buyer company or VAT number (CompanyID) '" + rt.valueOf([c]) + "' must be written without spaces, hyphens or other separators." : "Köparens organisations- eller momsnummer (CompanyID) '" + rt.valueOf([c]) + "' ska skrivas utan mellanslag, bindestreck eller andra skiljetecken.")));
}

function step20(n, S) {
  if (n.kind !== "element" || n.local !== "Invoice" || n.ns !== "urn:sfti:documents:BasicInvoice:1:0") return false;
  return n.parent !== null && n.parent.kind === "document";
}

function step21(n, S) {
  if (n.kind !== "element" || n.local !== "BuyerParty" || n.ns !== "urn:sfti:CommonAggregateComponents:1:0") return false;
  return n.parent !== null && step20(n.parent, S);
}

function step22(n, S) {
  if (n.kind !== "element" || n.local !== "Party" || n.ns !== "urn:sfti:CommonAggregateComponents:1:0") return false;
  return n.parent !== null && step21(n.parent, S);
}

function step23(n, S) {
  if (n.kind !== "element" || n.local !== "PartyTaxScheme" || n.ns !== "urn:sfti:CommonAggregateComponents:1:0") return false;
  return n.parent !== null && step22(n.parent, S);
}

function step24(n, S) {
  if (n.kind !== "element" || n.local !== "TaxScheme" || n.ns !== "urn:sfti:CommonAggregateComponents:1:0") return false;
  return n.parent !== null && step23(n.parent, S);
}

function step25(n, S) {
  if (n.kind !== "element" || n.local !== "ID" || n.ns !== "urn:sfti:CommonAggregateComponents:1:0") return false;
  return n.parent !== null && step24(n.parent, S);
}

function match10(n, S) { return (n.parent?.local === "TaxScheme" && n.parent.ns === "urn:sfti:CommonAggregateComponents:1:0" && n.parent.parent?.local === "PartyTaxScheme" && n.parent.parent.ns === "urn:sfti:CommonAggregateComponents:1:0" && n.parent.parent.parent?.local === "Party" && n.parent.parent.parent.ns === "urn:sfti:CommonAggregateComponents:1:0" && n.parent.parent.parent.parent?.local === "BuyerParty" && n.parent.parent.parent.parent.ns === "urn:sfti:CommonAggregateComponents:1:0" && n.parent.parent.parent.parent.parent?.local === "Invoice" && n.parent.parent.parent.parent.parent.ns === "urn:sfti:documents:BasicInvoice:1:0" && n.parent.parent.parent.parent.parent.parent?.kind === "document" && step25(n, S)); }

function fire10(c, S, out) {
  S.cur = 15;
  if (!rt.generalCompare("eq", [rt.normalizeSpace(rt.strItem(c, "normalize-space"))], Q1)) out.push(rt.finding(ROWS[15], c, (S.lang === "en" ? "Buyer TaxScheme/ID is '" + rt.valueOf([c]) + "'; allowed values are VAT and SWT." : "Köparens TaxScheme/ID är '" + rt.valueOf([c]) + "'; tillåtna värden är VAT och SWT.")));
}

function step26(n, S) {
  if (n.kind !== "element" || n.local !== "Invoice" || n.ns !== "urn:sfti:documents:BasicInvoice:1:0") return false;
  return n.parent !== null && n.parent.kind === "document";
}

function step27(n, S) {
  if (n.kind !== "element" || n.local !== "BuyerParty" || n.ns !== "urn:sfti:CommonAggregateComponents:1:0") return false;
  return n.parent !== null && step26(n.parent, S);
}

function step28(n, S) {
  if (n.kind !== "element" || n.local !== "Party" || n.ns !== "urn:sfti:CommonAggregateComponents:1:0") return false;
  return n.parent !== null && step27(n.parent, S);
}

function step29(n, S) {
  if (n.kind !== "element" || n.local !== "PartyTaxScheme" || n.ns !== "urn:sfti:CommonAggregateComponents:1:0") return false;
  return n.parent !== null && step28(n.parent, S);
}

function step30(n, S) {
  if (n.kind !== "element" || n.local !== "RegistrationName" || n.ns !== "urn:oasis:names:tc:ubl:CommonBasicComponents:1:0") return false;
  return n.parent !== null && step29(n.parent, S);
}

function match11(n, S) { return (n.parent?.local === "PartyTaxScheme" && n.parent.ns === "urn:sfti:CommonAggregateComponents:1:0" && n.parent.parent?.local === "Party" && n.parent.parent.ns === "urn:sfti:CommonAggregateComponents:1:0" && n.parent.parent.parent?.local === "BuyerParty" && n.parent.parent.parent.ns === "urn:sfti:CommonAggregateComponents:1:0" && n.parent.parent.parent.parent?.local === "Invoice" && n.parent.parent.parent.parent.ns === "urn:sfti:documents:BasicInvoice:1:0" && n.parent.parent.parent.parent.parent?.kind === "document" && step30(n, S)); }

function fire11(c, S, out) {
  let t11, t12, t13, t14;
  S.cur = 16;
  if (!(t14 ??= rt.childOfNodes((t13 ??= rt.childOfNodes((t12 ??= rt.stepNodes((t11 ??= rt.stepOne(c, "parent", N16, null)), "parent", N16, null)), N25)), N26)).some((v2_0) => (rt.string([v2_0]) !== rt.string([c])))) out.push(rt.finding(ROWS[16], c, (S.lang === "en" ? "Buyer registration name (RegistrationName) '" + rt.valueOf([c]) + "' equals PartyName/Name; give it only when it differs." : "Köparens registrerade namn (RegistrationName) '" + rt.valueOf([c]) + "' är samma som PartyName/Name; ange det bara när det skiljer sig.")));
}

function step31(n, S) {
  if (n.kind !== "element" || n.local !== "Invoice" || n.ns !== "urn:sfti:documents:BasicInvoice:1:0") return false;
  return n.parent !== null && n.parent.kind === "document";
}

function step32(n, S) {
  if (n.kind !== "element" || n.local !== "Delivery" || n.ns !== "urn:sfti:CommonAggregateComponents:1:0") return false;
  return n.parent !== null && step31(n.parent, S);
}

function step33(n, S) {
  if (n.kind !== "element" || n.local !== "ActualDeliveryDateTime" || n.ns !== "urn:oasis:names:tc:ubl:CommonBasicComponents:1:0") return false;
  return n.parent !== null && step32(n.parent, S);
}

function match12(n, S) { return (n.parent?.local === "Delivery" && n.parent.ns === "urn:sfti:CommonAggregateComponents:1:0" && n.parent.parent?.local === "Invoice" && n.parent.parent.ns === "urn:sfti:documents:BasicInvoice:1:0" && n.parent.parent.parent?.kind === "document" && step33(n, S)); }

function fire12(c, S, out) {
  S.cur = 17;
  if (!rt.ebv(rt.optBool(rt.valueCompare("le", rt.castSeq([rt.substringBefore(rt.strItem(c, "substring-before"), "T")], "date", true), (S.D.memo[7] !== undefined ? S.D.memo[7] : (S.D.memo[7] = rt.castSeq((S.D.memo[6] !== undefined ? S.D.memo[6] : (S.D.memo[6] = rt.childOfNodes(rt.child(rt.requireNode(rt.rootOf(rt.requireNode(c))), N3), N29))), "date", true))))))) out.push(rt.finding(ROWS[17], c, (S.lang === "en" ? "Delivery date (Delivery/ActualDeliveryDateTime) " + rt.valueOf([c]) + " is after the issue date (IssueDate) " + rt.valueOf((S.D.memo[6] !== undefined ? S.D.memo[6] : (S.D.memo[6] = rt.childOfNodes(rt.child(rt.requireNode(rt.rootOf(rt.requireNode(c))), N3), N29)))) + "." : "Leveransdatum (Delivery/ActualDeliveryDateTime) " + rt.valueOf([c]) + " är senare än fakturadatum (IssueDate) " + rt.valueOf((S.D.memo[6] !== undefined ? S.D.memo[6] : (S.D.memo[6] = rt.childOfNodes(rt.child(rt.requireNode(rt.rootOf(rt.requireNode(c))), N3), N29)))) + ".")));
}

function step34(n, S) {
  if (n.kind !== "element" || n.local !== "Invoice" || n.ns !== "urn:sfti:documents:BasicInvoice:1:0") return false;
  return n.parent !== null && n.parent.kind === "document";
}

function step35(n, S) {
  if (n.kind !== "element" || n.local !== "ExchangeRate" || n.ns !== "urn:sfti:CommonAggregateComponents:1:0") return false;
  return n.parent !== null && step34(n.parent, S);
}

function step36(n, S) {
  if (n.kind !== "element" || n.local !== "SourceCurrencyCode" || n.ns !== "urn:sfti:CommonAggregateComponents:1:0") return false;
  return n.parent !== null && step35(n.parent, S);
}

function match13(n, S) { return (n.parent?.local === "ExchangeRate" && n.parent.ns === "urn:sfti:CommonAggregateComponents:1:0" && n.parent.parent?.local === "Invoice" && n.parent.parent.ns === "urn:sfti:documents:BasicInvoice:1:0" && n.parent.parent.parent?.kind === "document" && step36(n, S)); }

function fire13(c, S, out) {
  S.cur = 18;
  if (!(S.D.memo[1] !== undefined ? S.D.memo[1] : (S.D.memo[1] = ((S.D.memo[0] !== undefined ? S.D.memo[0] : (S.D.memo[0] = rt.childOfNodes(rt.child(rt.requireNode(rt.rootOf(rt.requireNode(c))), N3), N4))).length > 0)))) out.push(rt.finding(ROWS[18], c, (S.lang === "en" ? "An exchange rate (ExchangeRate) is given, but the invoice currency (InvoiceCurrencyCode) is missing." : "Växelkurs (ExchangeRate) anges, men fakturavaluta (InvoiceCurrencyCode) saknas.")));
  S.cur = 19;
  if (!(S.D.memo[9] !== undefined ? S.D.memo[9] : (S.D.memo[9] = ((S.D.memo[8] !== undefined ? S.D.memo[8] : (S.D.memo[8] = rt.childOfNodes(rt.child(rt.requireNode(rt.rootOf(rt.requireNode(c))), N3), N32))).length > 0)))) out.push(rt.finding(ROWS[19], c, (S.lang === "en" ? "An exchange rate (ExchangeRate) is given, but the tax currency (TaxCurrencyCode) is missing." : "Växelkurs (ExchangeRate) anges, men momsvaluta (TaxCurrencyCode) saknas.")));
  S.cur = 20;
  if (!(S.D.memo[11] !== undefined ? S.D.memo[11] : (S.D.memo[11] = ((S.D.memo[10] !== undefined ? S.D.memo[10] : (S.D.memo[10] = rt.childOfNodes(rt.childOfNodes(rt.child(rt.requireNode(rt.rootOf(rt.requireNode(c))), N3), N30), N33))).length > 0)))) out.push(rt.finding(ROWS[20], c, (S.lang === "en" ? "The exchange rate has no rate value (ExchangeRate/CalculationRate)." : "Växelkursen saknar kurs (ExchangeRate/CalculationRate).")));
}

function step37(n, S) {
  if (n.kind !== "element" || n.local !== "Invoice" || n.ns !== "urn:sfti:documents:BasicInvoice:1:0") return false;
  return n.parent !== null && n.parent.kind === "document";
}

function step38(n, S) {
  if (n.kind !== "element" || n.local !== "ExchangeRate" || n.ns !== "urn:sfti:CommonAggregateComponents:1:0") return false;
  return n.parent !== null && step37(n.parent, S);
}

function step39(n, S) {
  if (n.kind !== "element" || n.local !== "CalculationRate" || n.ns !== "urn:oasis:names:tc:ubl:CommonBasicComponents:1:0") return false;
  return n.parent !== null && step38(n.parent, S);
}

function match14(n, S) { return (n.parent?.local === "ExchangeRate" && n.parent.ns === "urn:sfti:CommonAggregateComponents:1:0" && n.parent.parent?.local === "Invoice" && n.parent.parent.ns === "urn:sfti:documents:BasicInvoice:1:0" && n.parent.parent.parent?.kind === "document" && step39(n, S)); }

function fire14(c, S, out) {
  S.cur = 21;
  if (!(rt.valueCompare("gt", [rt.number([c])], [0n]) === true)) out.push(rt.finding(ROWS[21], c, (S.lang === "en" ? "Exchange rate (CalculationRate) '" + rt.valueOf([c]) + "' must be greater than 0." : "Växelkursen (CalculationRate) '" + rt.valueOf([c]) + "' måste vara större än 0.")));
}

function step40(n, S) {
  if (n.kind !== "element" || n.local !== "Invoice" || n.ns !== "urn:sfti:documents:BasicInvoice:1:0") return false;
  return n.parent !== null && n.parent.kind === "document";
}

function step41(n, S) {
  if (n.kind !== "element" || n.local !== "InvoiceLine" || n.ns !== "urn:sfti:CommonAggregateComponents:1:0") return false;
  return n.parent !== null && step40(n.parent, S);
}

function step42(n, S) {
  if (n.kind !== "element" || n.local !== "AllowanceCharge" || n.ns !== "urn:sfti:CommonAggregateComponents:1:0") return false;
  return n.parent !== null && step41(n.parent, S);
}

function match15(n, S) { return (n.parent?.local === "InvoiceLine" && n.parent.ns === "urn:sfti:CommonAggregateComponents:1:0" && n.parent.parent?.local === "Invoice" && n.parent.parent.ns === "urn:sfti:documents:BasicInvoice:1:0" && n.parent.parent.parent?.kind === "document" && step42(n, S)); }

function fire15(c, S, out) {
  let t16, t17;
  S.cur = 22;
  if (!rt.anyOnAxis(c, "child", N36)) out.push(rt.finding(ROWS[22], c, (S.lang === "en" ? "The allowance or charge on invoice line " + rt.valueOf((t17 ??= rt.childOfNodes((t16 ??= rt.stepOne(c, "parent", N16, null)), N8))) + " has no amount (AllowanceCharge/Amount)." : "Rabatt eller avgift på fakturarad " + rt.valueOf((t17 ??= rt.childOfNodes((t16 ??= rt.stepOne(c, "parent", N16, null)), N8))) + " saknar belopp (AllowanceCharge/Amount).")));
}

function step43(n, S) {
  if (n.kind !== "element" || n.local !== "Invoice" || n.ns !== "urn:sfti:documents:BasicInvoice:1:0") return false;
  return n.parent !== null && n.parent.kind === "document";
}

function step44(n, S) {
  if (n.kind !== "element" || n.local !== "InvoiceLine" || n.ns !== "urn:sfti:CommonAggregateComponents:1:0") return false;
  return n.parent !== null && step43(n.parent, S);
}

function step45(n, S) {
  if (n.kind !== "element" || n.local !== "AllowanceCharge" || n.ns !== "urn:sfti:CommonAggregateComponents:1:0") return false;
  return n.parent !== null && step44(n.parent, S);
}

function step46(n, S) {
  if (n.kind !== "element" || n.local !== "Amount" || n.ns !== "urn:oasis:names:tc:ubl:CommonBasicComponents:1:0") return false;
  return n.parent !== null && step45(n.parent, S);
}

function match16(n, S) { return (n.parent?.local === "AllowanceCharge" && n.parent.ns === "urn:sfti:CommonAggregateComponents:1:0" && n.parent.parent?.local === "InvoiceLine" && n.parent.parent.ns === "urn:sfti:CommonAggregateComponents:1:0" && n.parent.parent.parent?.local === "Invoice" && n.parent.parent.parent.ns === "urn:sfti:documents:BasicInvoice:1:0" && n.parent.parent.parent.parent?.kind === "document" && step46(n, S)); }

function fire16(c, S, out) {
  S.cur = 23;
  if (!(rt.valueCompare("ge", [rt.number([c])], [0n]) === true)) out.push(rt.finding(ROWS[23], c, (S.lang === "en" ? "Line allowance/charge amount (AllowanceCharge/Amount) is " + rt.valueOf([c]) + "; it must not be negative, switch ChargeIndicator instead." : "Radens rabatt/avgift (AllowanceCharge/Amount) är " + rt.valueOf([c]) + "; beloppet får inte vara negativt, byt i stället ChargeIndicator.")));
}

function step47(n, S) {
  if (n.kind !== "element" || n.local !== "Invoice" || n.ns !== "urn:sfti:documents:BasicInvoice:1:0") return false;
  return n.parent !== null && n.parent.kind === "document";
}

function step48(n, S) {
  if (n.kind !== "element" || n.local !== "InvoiceLine" || n.ns !== "urn:sfti:CommonAggregateComponents:1:0") return false;
  return n.parent !== null && step47(n.parent, S);
}

function step49(n, S) {
  if (n.kind !== "element" || n.local !== "AllowanceCharge" || n.ns !== "urn:sfti:CommonAggregateComponents:1:0") return false;
  return n.parent !== null && step48(n.parent, S);
}

function step50(n, S) {
  if (n.kind !== "element" || n.local !== "ChargeIndicator" || n.ns !== "urn:oasis:names:tc:ubl:CommonBasicComponents:1:0") return false;
  return n.parent !== null && step49(n.parent, S);
}

function match17(n, S) { return (n.parent?.local === "AllowanceCharge" && n.parent.ns === "urn:sfti:CommonAggregateComponents:1:0" && n.parent.parent?.local === "InvoiceLine" && n.parent.parent.ns === "urn:sfti:CommonAggregateComponents:1:0" && n.parent.parent.parent?.local === "Invoice" && n.parent.parent.parent.ns === "urn:sfti:documents:BasicInvoice:1:0" && n.parent.parent.parent.parent?.kind === "document" && step50(n, S)); }

function fire17(c, S, out) {
  S.cur = 24;
  if (!rt.generalCompare("eq", [c], Q2)) out.push(rt.finding(ROWS[24], c, (S.lang === "en" ? "Line ChargeIndicator is '" + rt.valueOf([c]) + "'; write true or false." : "ChargeIndicator på fakturaraden är '" + rt.valueOf([c]) + "'; skriv true eller false.")));
}

function step51(n, S) {
  if (n.kind !== "element" || n.local !== "Invoice" || n.ns !== "urn:sfti:documents:BasicInvoice:1:0") return false;
  return n.parent !== null && n.parent.kind === "document";
}

function step52(n, S) {
  if (n.kind !== "element" || n.local !== "InvoiceLine" || n.ns !== "urn:sfti:CommonAggregateComponents:1:0") return false;
  return n.parent !== null && step51(n.parent, S);
}

function step53(n, S) {
  if (n.kind !== "element" || n.local !== "Item" || n.ns !== "urn:sfti:CommonAggregateComponents:1:0") return false;
  return n.parent !== null && step52(n.parent, S);
}

function match18(n, S) { return (n.parent?.local === "InvoiceLine" && n.parent.ns === "urn:sfti:CommonAggregateComponents:1:0" && n.parent.parent?.local === "Invoice" && n.parent.parent.ns === "urn:sfti:documents:BasicInvoice:1:0" && n.parent.parent.parent?.kind === "document" && step53(n, S)); }

function fire18(c, S, out) {
  let t18, t19, t20;
  const v3_0 = (t20 ??= rt.childOfNodes((t19 ??= rt.childOfNodes((t18 ??= rt.child(c, N9)), N10)), N8));
  S.cur = 25;
  if (!((v3_0.length === 0) || (rt.normalizeSpace(rt.strArg(v3_0, "normalize-space")) === "VAT"))) out.push(rt.finding(ROWS[25], c, (S.lang === "en" ? "Item tax scheme (Item/TaxCategory/TaxScheme/ID) is '" + rt.valueOf(v3_0) + "'; only VAT is allowed." : "Artikelns skatteschema (Item/TaxCategory/TaxScheme/ID) är '" + rt.valueOf(v3_0) + "'; bara VAT är tillåtet.")));
}

function step54(n, S) {
  if (n.kind !== "element" || n.local !== "Invoice" || n.ns !== "urn:sfti:documents:BasicInvoice:1:0") return false;
  return n.parent !== null && n.parent.kind === "document";
}

function step55(n, S) {
  if (n.kind !== "element" || n.local !== "InvoiceLine" || n.ns !== "urn:sfti:CommonAggregateComponents:1:0") return false;
  return n.parent !== null && step54(n.parent, S);
}

function step56(n, S) {
  if (n.kind !== "element" || n.local !== "Item" || n.ns !== "urn:sfti:CommonAggregateComponents:1:0") return false;
  return n.parent !== null && step55(n.parent, S);
}

function step57(n, S) {
  if (n.kind !== "element" || n.local !== "BasePrice" || n.ns !== "urn:sfti:CommonAggregateComponents:1:0") return false;
  return n.parent !== null && step56(n.parent, S);
}

function step58(n, S) {
  if (n.kind !== "element" || n.local !== "BaseQuantity" || n.ns !== "urn:oasis:names:tc:ubl:CommonBasicComponents:1:0") return false;
  return n.parent !== null && step57(n.parent, S);
}

function match19(n, S) { return (n.parent?.local === "BasePrice" && n.parent.ns === "urn:sfti:CommonAggregateComponents:1:0" && n.parent.parent?.local === "Item" && n.parent.parent.ns === "urn:sfti:CommonAggregateComponents:1:0" && n.parent.parent.parent?.local === "InvoiceLine" && n.parent.parent.parent.ns === "urn:sfti:CommonAggregateComponents:1:0" && n.parent.parent.parent.parent?.local === "Invoice" && n.parent.parent.parent.parent.ns === "urn:sfti:documents:BasicInvoice:1:0" && n.parent.parent.parent.parent.parent?.kind === "document" && step58(n, S)); }

function fire19(c, S, out) {
  let t21, t22, t23, t24, t25;
  const v4_0 = (t23 ??= rt.stepNodes((t22 ??= rt.childOfNodes((t21 ??= rt.stepOne(c, "ancestor", N34, [(c, p, z) => rt.posEq([1n], p)])), N41)), "attribute", N42, null));
  S.cur = 26;
  if (!((v4_0.length === 0) || rt.generalCompare("eq", (t24 ??= rt.stepOne(c, "attribute", N42, null)), v4_0))) out.push(rt.finding(ROWS[26], c, (S.lang === "en" ? "Invoice line " + rt.valueOf((t25 ??= rt.childOfNodes((t21 ??= rt.stepOne(c, "ancestor", N34, [(c, p, z) => rt.posEq([1n], p)])), N8))) + ": the price unit (BaseQuantity) '" + rt.valueOf((t24 ??= rt.stepOne(c, "attribute", N42, null))) + "' differs from the invoiced quantity unit '" + rt.valueOf(v4_0) + "'." : "Fakturarad " + rt.valueOf((t25 ??= rt.childOfNodes((t21 ??= rt.stepOne(c, "ancestor", N34, [(c, p, z) => rt.posEq([1n], p)])), N8))) + ": prisets enhet (BaseQuantity) '" + rt.valueOf((t24 ??= rt.stepOne(c, "attribute", N42, null))) + "' är inte samma som fakturerad kvantitets enhet '" + rt.valueOf(v4_0) + "'.")));
}

function step59(n, S) {
  if (n.kind !== "element" || n.local !== "Invoice" || n.ns !== "urn:sfti:documents:BasicInvoice:1:0") return false;
  return n.parent !== null && n.parent.kind === "document";
}

function step60(n, S) {
  if (n.kind !== "element" || n.local !== "InvoiceLine" || n.ns !== "urn:sfti:CommonAggregateComponents:1:0") return false;
  return n.parent !== null && step59(n.parent, S);
}

function step61(n, S) {
  if (n.kind !== "element" || n.local !== "Item" || n.ns !== "urn:sfti:CommonAggregateComponents:1:0") return false;
  return n.parent !== null && step60(n.parent, S);
}

function step62(n, S) {
  if (n.kind !== "element" || n.local !== "TaxCategory" || n.ns !== "urn:sfti:CommonAggregateComponents:1:0") return false;
  return n.parent !== null && step61(n.parent, S);
}

function match20(n, S) { return (n.parent?.local === "Item" && n.parent.ns === "urn:sfti:CommonAggregateComponents:1:0" && n.parent.parent?.local === "InvoiceLine" && n.parent.parent.ns === "urn:sfti:CommonAggregateComponents:1:0" && n.parent.parent.parent?.local === "Invoice" && n.parent.parent.parent.ns === "urn:sfti:documents:BasicInvoice:1:0" && n.parent.parent.parent.parent?.kind === "document" && step62(n, S)); }

function fire20(c, S, out) {
  let t26;
  S.cur = 27;
  if (!rt.generalCompare("eq", [rt.upperCase(rt.normalizeSpace(rt.strArg((t26 ??= rt.child(c, N8)), "normalize-space")))], Q3)) out.push(rt.finding(ROWS[27], c, (S.lang === "en" ? "Line tax category (Item/TaxCategory/ID) is '" + rt.valueOf((t26 ??= rt.child(c, N8))) + "'; use S, or E for a VAT exemption." : "Momskategori på fakturaraden (Item/TaxCategory/ID) är '" + rt.valueOf((t26 ??= rt.child(c, N8))) + "'; använd S, eller E vid momsundantag.")));
}

function step63(n, S) {
  if (n.kind !== "element" || n.local !== "Invoice" || n.ns !== "urn:sfti:documents:BasicInvoice:1:0") return false;
  return n.parent !== null && n.parent.kind === "document";
}

function step64(n, S) {
  if (n.kind !== "element" || n.local !== "InvoiceLine" || n.ns !== "urn:sfti:CommonAggregateComponents:1:0") return false;
  return n.parent !== null && step63(n.parent, S);
}

function step65(n, S) {
  if (n.kind !== "element" || n.local !== "Item" || n.ns !== "urn:sfti:CommonAggregateComponents:1:0") return false;
  return n.parent !== null && step64(n.parent, S);
}

function step66(n, S) {
  if (n.kind !== "element" || n.local !== "TaxCategory" || n.ns !== "urn:sfti:CommonAggregateComponents:1:0") return false;
  return n.parent !== null && step65(n.parent, S);
}

function step67(n, S) {
  if (n.kind !== "element" || n.local !== "Percent" || n.ns !== "urn:oasis:names:tc:ubl:CommonBasicComponents:1:0") return false;
  return n.parent !== null && step66(n.parent, S);
}

function match21(n, S) { return (n.parent?.local === "TaxCategory" && n.parent.ns === "urn:sfti:CommonAggregateComponents:1:0" && n.parent.parent?.local === "Item" && n.parent.parent.ns === "urn:sfti:CommonAggregateComponents:1:0" && n.parent.parent.parent?.local === "InvoiceLine" && n.parent.parent.parent.ns === "urn:sfti:CommonAggregateComponents:1:0" && n.parent.parent.parent.parent?.local === "Invoice" && n.parent.parent.parent.parent.ns === "urn:sfti:documents:BasicInvoice:1:0" && n.parent.parent.parent.parent.parent?.kind === "document" && step67(n, S)); }

function fire21(c, S, out) {
  let t27, t28;
  const v5_0 = rt.normalizeSpace(rt.strArg((t28 ??= rt.childOfNodes((t27 ??= rt.stepOne(c, "parent", N16, null)), N8)), "normalize-space"));
  S.cur = 28;
  if (!((v5_0 !== "E") || rt.ebv(rt.optBool(rt.valueCompare("eq", rt.castSeq([c], "decimal", true), [0n]))))) out.push(rt.finding(ROWS[28], c, (S.lang === "en" ? "The invoice line is VAT exempt (category E) but its rate (Percent) is " + rt.valueOf([c]) + "; it must be 0." : "Fakturaraden är momsbefriad (kategori E) men momssatsen (Percent) är " + rt.valueOf([c]) + "; den ska vara 0.")));
  S.cur = 29;
  if (!((v5_0 !== "S") || rt.ebv(rt.optBool(rt.valueCompare("ne", rt.castSeq([c], "decimal", true), [0n]))))) out.push(rt.finding(ROWS[29], c, (S.lang === "en" ? "The invoice line has tax category S with rate 0; rate 0 belongs to category E (foreign invoices may follow other rules)." : "Fakturaraden har momskategori S men momssats 0; 0 används bara med kategori E (utländska fakturor kan ha andra regler).")));
}

function step68(n, S) {
  if (n.kind !== "element" || n.local !== "Invoice" || n.ns !== "urn:sfti:documents:BasicInvoice:1:0") return false;
  return n.parent !== null && n.parent.kind === "document";
}

function step69(n, S) {
  if (n.kind !== "element" || n.local !== "InvoiceLine" || n.ns !== "urn:sfti:CommonAggregateComponents:1:0") return false;
  return n.parent !== null && step68(n.parent, S);
}

function step70(n, S) {
  if (n.kind !== "element" || n.local !== "Item" || n.ns !== "urn:sfti:CommonAggregateComponents:1:0") return false;
  return n.parent !== null && step69(n.parent, S);
}

function step71(n, S) {
  if (n.kind !== "element" || n.local !== "TaxCategory" || n.ns !== "urn:sfti:CommonAggregateComponents:1:0") return false;
  const c = n;
  if (!rt.childValueIs(c, N8, "S", true)) return false;
  return n.parent !== null && step70(n.parent, S);
}

function match22(n, S) { return (n.parent?.local === "Item" && n.parent.ns === "urn:sfti:CommonAggregateComponents:1:0" && n.parent.parent?.local === "InvoiceLine" && n.parent.parent.ns === "urn:sfti:CommonAggregateComponents:1:0" && n.parent.parent.parent?.local === "Invoice" && n.parent.parent.parent.ns === "urn:sfti:documents:BasicInvoice:1:0" && n.parent.parent.parent.parent?.kind === "document" && step71(n, S)); }

function fire22(c, S, out) {
  let t29;
  S.cur = 30;
  if (!rt.generalCompare("eq", [rt.number((t29 ??= rt.child(c, N43)))], Q4)) out.push(rt.finding(ROWS[30], c, (S.lang === "en" ? "Line VAT rate " + rt.valueOf((t29 ??= rt.child(c, N43))) + " % is not a Swedish rate (25, 12 or 6 with category S, 0 with category E); check it, foreign invoices may use other rates." : "Fakturaradens momssats " + rt.valueOf((t29 ??= rt.child(c, N43))) + " % är ingen svensk momssats (25, 12 eller 6 med kategori S, 0 med kategori E); kontrollera, utländska fakturor kan ha andra satser.")));
}

function step72(n, S) {
  if (n.kind !== "element" || n.local !== "Invoice" || n.ns !== "urn:sfti:documents:BasicInvoice:1:0") return false;
  return n.parent !== null && n.parent.kind === "document";
}

function step73(n, S) {
  if (n.kind !== "element" || n.local !== "InvoiceLine" || n.ns !== "urn:sfti:CommonAggregateComponents:1:0") return false;
  const c = n;
  if (!(S.D.hasNamePath(P9) && rt.anyOnAxisSeq(rt.child(c, N38), "child", N39))) return false;
  if (!rt.generalCompare("eq", rt.childOfNodes(rt.child(c, N35), N37), Q5)) return false;
  if (!(S.D.hasNamePath(P11) && rt.anyOnAxisSeq(rt.child(c, N35), "child", N36))) return false;
  if (!(S.D.hasNamePath(P12) && rt.anyOnAxisSeq(rt.childOfNodes(rt.child(c, N38), N39), "child", N40))) return false;
  return n.parent !== null && step72(n.parent, S);
}

function match23(n, S) { return (n.parent?.local === "Invoice" && n.parent.ns === "urn:sfti:documents:BasicInvoice:1:0" && n.parent.parent?.kind === "document" && step73(n, S)); }

function fire23(c, S, out) {
  let t30, t31, t32, t33, t34, t35, t36, t37, t38;
  const v6_0 = rt.arith("div", rt.arith("*", [rt.number((t32 ??= rt.childOfNodes((t31 ??= rt.childOfNodes((t30 ??= rt.child(c, N38)), N39)), N44)))], [rt.number((t33 ??= rt.child(c, N41)))]), [rt.number((t34 ??= rt.childOfNodes((t31 ??= rt.childOfNodes((t30 ??= rt.child(c, N38)), N39)), N40)))]);
  S.cur = 31;
  if (!(rt.valueCompare("lt", rt.fnAbs(rt.arith("-", rt.arith("-", v6_0, [rt.number((t36 ??= rt.childOfNodes((t35 ??= rt.child(c, N35)), N36)))]), [rt.number((t37 ??= rt.child(c, N45)))])), [K1]) === true)) out.push(rt.finding(ROWS[31], c, (S.lang === "en" ? "Invoice line " + rt.valueOf((t38 ??= rt.child(c, N8))) + ": line amount (LineExtensionAmount) " + rt.valueOf((t37 ??= rt.child(c, N45))) + " does not match price × quantity / base quantity − allowance = " + rt.valueOf(rt.arith("-", v6_0, [rt.number((t36 ??= rt.childOfNodes((t35 ??= rt.child(c, N35)), N36)))])) + "." : "Fakturarad " + rt.valueOf((t38 ??= rt.child(c, N8))) + ": radbeloppet (LineExtensionAmount) " + rt.valueOf((t37 ??= rt.child(c, N45))) + " stämmer inte med pris × kvantitet / baskvantitet − rabatt = " + rt.valueOf(rt.arith("-", v6_0, [rt.number((t36 ??= rt.childOfNodes((t35 ??= rt.child(c, N35)), N36)))])) + ".")));
}

function step74(n, S) {
  if (n.kind !== "element" || n.local !== "Invoice" || n.ns !== "urn:sfti:documents:BasicInvoice:1:0") return false;
  return n.parent !== null && n.parent.kind === "document";
}

function step75(n, S) {
  if (n.kind !== "element" || n.local !== "InvoiceLine" || n.ns !== "urn:sfti:CommonAggregateComponents:1:0") return false;
  const c = n;
  if (!(S.D.hasNamePath(P9) && rt.anyOnAxisSeq(rt.child(c, N38), "child", N39))) return false;
  if (!rt.generalCompare("eq", rt.childOfNodes(rt.child(c, N35), N37), Q5)) return false;
  if (!(S.D.hasNamePath(P11) && rt.anyOnAxisSeq(rt.child(c, N35), "child", N36))) return false;
  if (!!(S.D.hasNamePath(P12) && rt.anyOnAxisSeq(rt.childOfNodes(rt.child(c, N38), N39), "child", N40))) return false;
  return n.parent !== null && step74(n.parent, S);
}

function match24(n, S) { return (n.parent?.local === "Invoice" && n.parent.ns === "urn:sfti:documents:BasicInvoice:1:0" && n.parent.parent?.kind === "document" && step75(n, S)); }

function fire24(c, S, out) {
  let t39, t40, t41, t42, t43, t44, t45, t46;
  const v7_0 = rt.arith("*", [rt.number((t41 ??= rt.childOfNodes((t40 ??= rt.childOfNodes((t39 ??= rt.child(c, N38)), N39)), N44)))], [rt.number((t42 ??= rt.child(c, N41)))]);
  S.cur = 32;
  if (!(rt.valueCompare("lt", rt.fnAbs(rt.arith("-", rt.arith("-", v7_0, [rt.number((t44 ??= rt.childOfNodes((t43 ??= rt.child(c, N35)), N36)))]), [rt.number((t45 ??= rt.child(c, N45)))])), [K1]) === true)) out.push(rt.finding(ROWS[32], c, (S.lang === "en" ? "Invoice line " + rt.valueOf((t46 ??= rt.child(c, N8))) + ": line amount (LineExtensionAmount) " + rt.valueOf((t45 ??= rt.child(c, N45))) + " does not match price × quantity − allowance = " + rt.valueOf(rt.arith("-", v7_0, [rt.number((t44 ??= rt.childOfNodes((t43 ??= rt.child(c, N35)), N36)))])) + "." : "Fakturarad " + rt.valueOf((t46 ??= rt.child(c, N8))) + ": radbeloppet (LineExtensionAmount) " + rt.valueOf((t45 ??= rt.child(c, N45))) + " stämmer inte med pris × kvantitet − rabatt = " + rt.valueOf(rt.arith("-", v7_0, [rt.number((t44 ??= rt.childOfNodes((t43 ??= rt.child(c, N35)), N36)))])) + ".")));
}

function step76(n, S) {
  if (n.kind !== "element" || n.local !== "Invoice" || n.ns !== "urn:sfti:documents:BasicInvoice:1:0") return false;
  return n.parent !== null && n.parent.kind === "document";
}

function step77(n, S) {
  if (n.kind !== "element" || n.local !== "InvoiceLine" || n.ns !== "urn:sfti:CommonAggregateComponents:1:0") return false;
  const c = n;
  if (!(S.D.hasNamePath(P9) && rt.anyOnAxisSeq(rt.child(c, N38), "child", N39))) return false;
  if (!rt.generalCompare("eq", rt.childOfNodes(rt.child(c, N35), N37), Q6)) return false;
  if (!(S.D.hasNamePath(P11) && rt.anyOnAxisSeq(rt.child(c, N35), "child", N36))) return false;
  if (!(S.D.hasNamePath(P12) && rt.anyOnAxisSeq(rt.childOfNodes(rt.child(c, N38), N39), "child", N40))) return false;
  return n.parent !== null && step76(n.parent, S);
}

function match25(n, S) { return (n.parent?.local === "Invoice" && n.parent.ns === "urn:sfti:documents:BasicInvoice:1:0" && n.parent.parent?.kind === "document" && step77(n, S)); }

function fire25(c, S, out) {
  let t47, t48, t49, t50, t51, t52, t53, t54, t55;
  const v8_0 = rt.arith("div", rt.arith("*", [rt.number((t49 ??= rt.childOfNodes((t48 ??= rt.childOfNodes((t47 ??= rt.child(c, N38)), N39)), N44)))], [rt.number((t50 ??= rt.child(c, N41)))]), [rt.number((t51 ??= rt.childOfNodes((t48 ??= rt.childOfNodes((t47 ??= rt.child(c, N38)), N39)), N40)))]);
  S.cur = 33;
  if (!(rt.valueCompare("lt", rt.fnAbs(rt.arith("-", rt.arith("+", v8_0, [rt.number((t53 ??= rt.childOfNodes((t52 ??= rt.child(c, N35)), N36)))]), [rt.number((t54 ??= rt.child(c, N45)))])), [K1]) === true)) out.push(rt.finding(ROWS[33], c, (S.lang === "en" ? "Invoice line " + rt.valueOf((t55 ??= rt.child(c, N8))) + ": line amount (LineExtensionAmount) " + rt.valueOf((t54 ??= rt.child(c, N45))) + " does not match price × quantity / base quantity + charge = " + rt.valueOf(rt.arith("+", v8_0, [rt.number((t53 ??= rt.childOfNodes((t52 ??= rt.child(c, N35)), N36)))])) + "." : "Fakturarad " + rt.valueOf((t55 ??= rt.child(c, N8))) + ": radbeloppet (LineExtensionAmount) " + rt.valueOf((t54 ??= rt.child(c, N45))) + " stämmer inte med pris × kvantitet / baskvantitet + avgift = " + rt.valueOf(rt.arith("+", v8_0, [rt.number((t53 ??= rt.childOfNodes((t52 ??= rt.child(c, N35)), N36)))])) + ".")));
}

function step78(n, S) {
  if (n.kind !== "element" || n.local !== "Invoice" || n.ns !== "urn:sfti:documents:BasicInvoice:1:0") return false;
  return n.parent !== null && n.parent.kind === "document";
}

function step79(n, S) {
  if (n.kind !== "element" || n.local !== "InvoiceLine" || n.ns !== "urn:sfti:CommonAggregateComponents:1:0") return false;
  const c = n;
  if (!(S.D.hasNamePath(P9) && rt.anyOnAxisSeq(rt.child(c, N38), "child", N39))) return false;
  if (!rt.generalCompare("eq", rt.childOfNodes(rt.child(c, N35), N37), Q6)) return false;
  if (!(S.D.hasNamePath(P11) && rt.anyOnAxisSeq(rt.child(c, N35), "child", N36))) return false;
  if (!!(S.D.hasNamePath(P12) && rt.anyOnAxisSeq(rt.childOfNodes(rt.child(c, N38), N39), "child", N40))) return false;
  return n.parent !== null && step78(n.parent, S);
}

function match26(n, S) { return (n.parent?.local === "Invoice" && n.parent.ns === "urn:sfti:documents:BasicInvoice:1:0" && n.parent.parent?.kind === "document" && step79(n, S)); }

function fire26(c, S, out) {
  let t56, t57, t58, t59, t60, t61, t62, t63;
  const v9_0 = rt.arith("*", [rt.number((t58 ??= rt.childOfNodes((t57 ??= rt.childOfNodes((t56 ??= rt.child(c, N38)), N39)), N44)))], [rt.number((t59 ??= rt.child(c, N41)))]);
  S.cur = 34;
  if (!(rt.valueCompare("lt", rt.fnAbs(rt.arith("-", rt.arith("+", v9_0, [rt.number((t61 ??= rt.childOfNodes((t60 ??= rt.child(c, N35)), N36)))]), [rt.number((t62 ??= rt.child(c, N45)))])), [K1]) === true)) out.push(rt.finding(ROWS[34], c, (S.lang === "en" ? "Invoice line " + rt.valueOf((t63 ??= rt.child(c, N8))) + ": line amount (LineExtensionAmount) " + rt.valueOf((t62 ??= rt.child(c, N45))) + " does not match price × quantity + charge = " + rt.valueOf(rt.arith("+", v9_0, [rt.number((t61 ??= rt.childOfNodes((t60 ??= rt.child(c, N35)), N36)))])) + "." : "Fakturarad " + rt.valueOf((t63 ??= rt.child(c, N8))) + ": radbeloppet (LineExtensionAmount) " + rt.valueOf((t62 ??= rt.child(c, N45))) + " stämmer inte med pris × kvantitet + avgift = " + rt.valueOf(rt.arith("+", v9_0, [rt.number((t61 ??= rt.childOfNodes((t60 ??= rt.child(c, N35)), N36)))])) + ".")));
}

function step80(n, S) {
  if (n.kind !== "element" || n.local !== "Invoice" || n.ns !== "urn:sfti:documents:BasicInvoice:1:0") return false;
  return n.parent !== null && n.parent.kind === "document";
}

function step81(n, S) {
  if (n.kind !== "element" || n.local !== "InvoiceLine" || n.ns !== "urn:sfti:CommonAggregateComponents:1:0") return false;
  const c = n;
  if (!(S.D.hasNamePath(P9) && rt.anyOnAxisSeq(rt.child(c, N38), "child", N39))) return false;
  if (!(S.D.hasNamePath(P12) && rt.anyOnAxisSeq(rt.childOfNodes(rt.child(c, N38), N39), "child", N40))) return false;
  if (!!(S.D.hasNamePath(P11) && rt.anyOnAxisSeq(rt.child(c, N35), "child", N36))) return false;
  return n.parent !== null && step80(n.parent, S);
}

function match27(n, S) { return (n.parent?.local === "Invoice" && n.parent.ns === "urn:sfti:documents:BasicInvoice:1:0" && n.parent.parent?.kind === "document" && step81(n, S)); }

function fire27(c, S, out) {
  let t64, t65, t66, t67, t68, t69, t70;
  const v10_0 = rt.arith("div", rt.arith("*", [rt.number((t66 ??= rt.childOfNodes((t65 ??= rt.childOfNodes((t64 ??= rt.child(c, N38)), N39)), N44)))], [rt.number((t67 ??= rt.child(c, N41)))]), [rt.number((t68 ??= rt.childOfNodes((t65 ??= rt.childOfNodes((t64 ??= rt.child(c, N38)), N39)), N40)))]);
  S.cur = 35;
  if (!(rt.valueCompare("lt", rt.fnAbs(rt.arith("-", v10_0, [rt.number((t69 ??= rt.child(c, N45)))])), [K1]) === true)) out.push(rt.finding(ROWS[35], c, (S.lang === "en" ? "Invoice line " + rt.valueOf((t70 ??= rt.child(c, N8))) + ": line amount (LineExtensionAmount) " + rt.valueOf((t69 ??= rt.child(c, N45))) + " does not match price × quantity / base quantity = " + rt.valueOf(v10_0) + "." : "Fakturarad " + rt.valueOf((t70 ??= rt.child(c, N8))) + ": radbeloppet (LineExtensionAmount) " + rt.valueOf((t69 ??= rt.child(c, N45))) + " stämmer inte med pris × kvantitet / baskvantitet = " + rt.valueOf(v10_0) + ".")));
}

function step82(n, S) {
  if (n.kind !== "element" || n.local !== "Invoice" || n.ns !== "urn:sfti:documents:BasicInvoice:1:0") return false;
  return n.parent !== null && n.parent.kind === "document";
}

function step83(n, S) {
  if (n.kind !== "element" || n.local !== "InvoiceLine" || n.ns !== "urn:sfti:CommonAggregateComponents:1:0") return false;
  const c = n;
  if (!(S.D.hasNamePath(P9) && rt.anyOnAxisSeq(rt.child(c, N38), "child", N39))) return false;
  if (!!(S.D.hasNamePath(P12) && rt.anyOnAxisSeq(rt.childOfNodes(rt.child(c, N38), N39), "child", N40))) return false;
  if (!!(S.D.hasNamePath(P11) && rt.anyOnAxisSeq(rt.child(c, N35), "child", N36))) return false;
  return n.parent !== null && step82(n.parent, S);
}

function match28(n, S) { return (n.parent?.local === "Invoice" && n.parent.ns === "urn:sfti:documents:BasicInvoice:1:0" && n.parent.parent?.kind === "document" && step83(n, S)); }

function fire28(c, S, out) {
  let t71, t72, t73, t74, t75, t76;
  const v11_0 = rt.arith("*", [rt.number((t73 ??= rt.childOfNodes((t72 ??= rt.childOfNodes((t71 ??= rt.child(c, N38)), N39)), N44)))], [rt.number((t74 ??= rt.child(c, N41)))]);
  S.cur = 36;
  if (!(rt.valueCompare("lt", rt.fnAbs(rt.arith("-", v11_0, [rt.number((t75 ??= rt.child(c, N45)))])), [K1]) === true)) out.push(rt.finding(ROWS[36], c, (S.lang === "en" ? "Invoice line " + rt.valueOf((t76 ??= rt.child(c, N8))) + ": line amount (LineExtensionAmount) " + rt.valueOf((t75 ??= rt.child(c, N45))) + " does not match price × quantity = " + rt.valueOf(v11_0) + "." : "Fakturarad " + rt.valueOf((t76 ??= rt.child(c, N8))) + ": radbeloppet (LineExtensionAmount) " + rt.valueOf((t75 ??= rt.child(c, N45))) + " stämmer inte med pris × kvantitet = " + rt.valueOf(v11_0) + ".")));
}

function step84(n, S) {
  if (n.kind !== "element" || n.local !== "Invoice" || n.ns !== "urn:sfti:documents:BasicInvoice:1:0") return false;
  return n.parent !== null && n.parent.kind === "document";
}

function step85(n, S) {
  if (n.kind !== "element" || n.local !== "InvoiceLine" || n.ns !== "urn:sfti:CommonAggregateComponents:1:0") return false;
  const c = n;
  if (!rt.anyOnAxis(c, "child", N41)) return false;
  if (!(S.D.hasNamePath(P9) && rt.anyOnAxisSeq(rt.child(c, N38), "child", N39))) return false;
  if (!(S.D.hasNamePath(P12) && rt.anyOnAxisSeq(rt.childOfNodes(rt.child(c, N38), N39), "child", N40))) return false;
  if (!(S.D.hasNamePath(P14) && rt.anyOnAxisSeq(rt.child(c, N35), "child", N46))) return false;
  return n.parent !== null && step84(n.parent, S);
}

function match29(n, S) { return (n.parent?.local === "Invoice" && n.parent.ns === "urn:sfti:documents:BasicInvoice:1:0" && n.parent.parent?.kind === "document" && step85(n, S)); }

function fire29(c, S, out) {
  let t77, t78, t79, t80, t81, t82, t83, t84;
  const v12_0 = rt.castSeq(rt.arith("div", rt.arith("*", rt.castSeq((t77 ??= rt.child(c, N41)), "double", true), rt.castSeq((t80 ??= rt.childOfNodes((t79 ??= rt.childOfNodes((t78 ??= rt.child(c, N38)), N39)), N44)), "double", true)), rt.castSeq((t81 ??= rt.childOfNodes((t79 ??= rt.childOfNodes((t78 ??= rt.child(c, N38)), N39)), N40)), "double", true)), "decimal", true);
  S.cur = 37;
  if (!rt.ebv(rt.optBool(rt.valueCompare("lt", rt.fnAbs(rt.arith("-", rt.castSeq((t83 ??= rt.childOfNodes((t82 ??= rt.child(c, N35)), N46)), "decimal", true), v12_0)), [K2])))) out.push(rt.finding(ROWS[37], c, (S.lang === "en" ? "Invoice line " + rt.valueOf((t84 ??= rt.child(c, N8))) + ": allowance/charge base (AllowanceChargeBaseAmount) " + rt.valueOf((t83 ??= rt.childOfNodes((t82 ??= rt.child(c, N35)), N46))) + " is not quantity × price / base quantity = " + rt.valueOf(v12_0) + "." : "Fakturarad " + rt.valueOf((t84 ??= rt.child(c, N8))) + ": underlaget för rabatt/avgift (AllowanceChargeBaseAmount) " + rt.valueOf((t83 ??= rt.childOfNodes((t82 ??= rt.child(c, N35)), N46))) + " är inte kvantitet × pris / baskvantitet = " + rt.valueOf(v12_0) + ".")));
}

function step86(n, S) {
  if (n.kind !== "element" || n.local !== "Invoice" || n.ns !== "urn:sfti:documents:BasicInvoice:1:0") return false;
  return n.parent !== null && n.parent.kind === "document";
}

function step87(n, S) {
  if (n.kind !== "element" || n.local !== "InvoiceLine" || n.ns !== "urn:sfti:CommonAggregateComponents:1:0") return false;
  const c = n;
  if (!rt.anyOnAxis(c, "child", N41)) return false;
  if (!(S.D.hasNamePath(P9) && rt.anyOnAxisSeq(rt.child(c, N38), "child", N39))) return false;
  if (!!(S.D.hasNamePath(P12) && rt.anyOnAxisSeq(rt.childOfNodes(rt.child(c, N38), N39), "child", N40))) return false;
  if (!(S.D.hasNamePath(P14) && rt.anyOnAxisSeq(rt.child(c, N35), "child", N46))) return false;
  return n.parent !== null && step86(n.parent, S);
}

function match30(n, S) { return (n.parent?.local === "Invoice" && n.parent.ns === "urn:sfti:documents:BasicInvoice:1:0" && n.parent.parent?.kind === "document" && step87(n, S)); }

function fire30(c, S, out) {
  let t85, t86, t87, t88, t89, t90, t91;
  const v13_0 = rt.castSeq(rt.arith("*", rt.castSeq((t85 ??= rt.child(c, N41)), "double", true), rt.castSeq((t88 ??= rt.childOfNodes((t87 ??= rt.childOfNodes((t86 ??= rt.child(c, N38)), N39)), N44)), "double", true)), "decimal", true);
  S.cur = 38;
  if (!rt.ebv(rt.optBool(rt.valueCompare("lt", rt.fnAbs(rt.arith("-", rt.castSeq((t90 ??= rt.childOfNodes((t89 ??= rt.child(c, N35)), N46)), "decimal", true), v13_0)), [K2])))) out.push(rt.finding(ROWS[38], c, (S.lang === "en" ? "Invoice line " + rt.valueOf((t91 ??= rt.child(c, N8))) + ": allowance/charge base (AllowanceChargeBaseAmount) " + rt.valueOf((t90 ??= rt.childOfNodes((t89 ??= rt.child(c, N35)), N46))) + " is not quantity × price = " + rt.valueOf(v13_0) + "." : "Fakturarad " + rt.valueOf((t91 ??= rt.child(c, N8))) + ": underlaget för rabatt/avgift (AllowanceChargeBaseAmount) " + rt.valueOf((t90 ??= rt.childOfNodes((t89 ??= rt.child(c, N35)), N46))) + " är inte kvantitet × pris = " + rt.valueOf(v13_0) + ".")));
}

function step88(n, S) {
  if (n.kind !== "element" || n.local !== "Invoice" || n.ns !== "urn:sfti:documents:BasicInvoice:1:0") return false;
  return n.parent !== null && n.parent.kind === "document";
}

function step89(n, S) {
  if (n.kind !== "element" || n.local !== "LegalTotal" || n.ns !== "urn:sfti:CommonAggregateComponents:1:0") return false;
  return n.parent !== null && step88(n.parent, S);
}

function step90(n, S) {
  if (n.kind !== "element" || n.local !== "LineExtensionTotalAmount" || n.ns !== "urn:oasis:names:tc:ubl:CommonBasicComponents:1:0") return false;
  return n.parent !== null && step89(n.parent, S);
}

function match31(n, S) { return (n.parent?.local === "LegalTotal" && n.parent.ns === "urn:sfti:CommonAggregateComponents:1:0" && n.parent.parent?.local === "Invoice" && n.parent.parent.ns === "urn:sfti:documents:BasicInvoice:1:0" && n.parent.parent.parent?.kind === "document" && step90(n, S)); }

function fire31(c, S, out) {
  const v14_0 = (S.D.memo[13] !== undefined ? S.D.memo[13] : (S.D.memo[13] = rt.sum((S.D.memo[12] !== undefined ? S.D.memo[12] : (S.D.memo[12] = rt.childOfNodes(rt.childOfNodes(rt.child(rt.requireNode(rt.rootOf(rt.requireNode(c))), N3), N34), N45))))));
  S.cur = 39;
  if (!rt.ebv(rt.optBool(rt.valueCompare("le", rt.fnAbs(rt.arith("-", rt.castSeq([c], "decimal", true), v14_0)), [K1])))) out.push(rt.finding(ROWS[39], c, (S.lang === "en" ? "Sum of line amounts (LineExtensionTotalAmount) is " + rt.valueOf([c]) + ", but the invoice lines' LineExtensionAmount add up to " + rt.valueOf(v14_0) + "." : "Summa radbelopp (LineExtensionTotalAmount) är " + rt.valueOf([c]) + ", men fakturaradernas LineExtensionAmount summerar till " + rt.valueOf(v14_0) + ".")));
}

function step91(n, S) {
  if (n.kind !== "element" || n.local !== "Invoice" || n.ns !== "urn:sfti:documents:BasicInvoice:1:0") return false;
  return n.parent !== null && n.parent.kind === "document";
}

function step92(n, S) {
  if (n.kind !== "element" || n.local !== "LegalTotal" || n.ns !== "urn:sfti:CommonAggregateComponents:1:0") return false;
  return n.parent !== null && step91(n.parent, S);
}

function step93(n, S) {
  if (n.kind !== "element" || n.local !== "TaxExclusiveTotalAmount" || n.ns !== "urn:oasis:names:tc:ubl:CommonBasicComponents:1:0") return false;
  return n.parent !== null && step92(n.parent, S);
}

function match32(n, S) { return (n.parent?.local === "LegalTotal" && n.parent.ns === "urn:sfti:CommonAggregateComponents:1:0" && n.parent.parent?.local === "Invoice" && n.parent.parent.ns === "urn:sfti:documents:BasicInvoice:1:0" && n.parent.parent.parent?.kind === "document" && step93(n, S)); }

function fire32(c, S, out) {
  const v15_0 = (S.D.memo[13] !== undefined ? S.D.memo[13] : (S.D.memo[13] = rt.sum((S.D.memo[12] !== undefined ? S.D.memo[12] : (S.D.memo[12] = rt.childOfNodes(rt.childOfNodes(rt.child(rt.requireNode(rt.rootOf(rt.requireNode(c))), N3), N34), N45))))));
  const v16_0 = (S.D.memo[16] !== undefined ? S.D.memo[16] : (S.D.memo[16] = rt.sum((S.D.memo[15] !== undefined ? S.D.memo[15] : (S.D.memo[15] = rt.childOfNodes((S.D.memo[14] !== undefined ? S.D.memo[14] : (S.D.memo[14] = rt.stepNodes(rt.child(rt.requireNode(rt.rootOf(rt.requireNode(c))), N3), "child", N50, [(c, p, z) => rt.generalCompare("eq", rt.child(c, N37), Q6)]))), N36))))));
  const v17_0 = (S.D.memo[19] !== undefined ? S.D.memo[19] : (S.D.memo[19] = rt.sum((S.D.memo[18] !== undefined ? S.D.memo[18] : (S.D.memo[18] = rt.childOfNodes((S.D.memo[17] !== undefined ? S.D.memo[17] : (S.D.memo[17] = rt.stepNodes(rt.child(rt.requireNode(rt.rootOf(rt.requireNode(c))), N3), "child", N50, [(c, p, z) => rt.generalCompare("eq", rt.child(c, N37), Q5)]))), N36))))));
  S.cur = 40;
  if (!rt.ebv(rt.optBool(rt.valueCompare("le", rt.fnAbs(rt.arith("+", rt.arith("-", rt.arith("-", rt.castSeq([c], "decimal", true), v15_0), v16_0), v17_0)), [K1])))) out.push(rt.finding(ROWS[40], c, (S.lang === "en" ? "Total without VAT (TaxExclusiveTotalAmount) is " + rt.valueOf([c]) + ", but lines " + rt.valueOf(v15_0) + " + charges " + rt.valueOf(v16_0) + " − allowances " + rt.valueOf(v17_0) + " give a different amount." : "Belopp exklusive moms (TaxExclusiveTotalAmount) är " + rt.valueOf([c]) + ", men radbelopp " + rt.valueOf(v15_0) + " + avgifter " + rt.valueOf(v16_0) + " − rabatter " + rt.valueOf(v17_0) + " ger något annat.")));
}

function step94(n, S) {
  if (n.kind !== "element" || n.local !== "Invoice" || n.ns !== "urn:sfti:documents:BasicInvoice:1:0") return false;
  return n.parent !== null && n.parent.kind === "document";
}

function step95(n, S) {
  if (n.kind !== "element" || n.local !== "LegalTotal" || n.ns !== "urn:sfti:CommonAggregateComponents:1:0") return false;
  return n.parent !== null && step94(n.parent, S);
}

function step96(n, S) {
  if (n.kind !== "element" || n.local !== "TaxInclusiveTotalAmount" || n.ns !== "urn:oasis:names:tc:ubl:CommonBasicComponents:1:0") return false;
  return n.parent !== null && step95(n.parent, S);
}

function match33(n, S) { return (n.parent?.local === "LegalTotal" && n.parent.ns === "urn:sfti:CommonAggregateComponents:1:0" && n.parent.parent?.local === "Invoice" && n.parent.parent.ns === "urn:sfti:documents:BasicInvoice:1:0" && n.parent.parent.parent?.kind === "document" && step96(n, S)); }

function fire33(c, S, out) {
  let t92, t93;
  const v18_0 = (S.D.memo[13] !== undefined ? S.D.memo[13] : (S.D.memo[13] = rt.sum((S.D.memo[12] !== undefined ? S.D.memo[12] : (S.D.memo[12] = rt.childOfNodes(rt.childOfNodes(rt.child(rt.requireNode(rt.rootOf(rt.requireNode(c))), N3), N34), N45))))));
  const v19_0 = (S.D.memo[16] !== undefined ? S.D.memo[16] : (S.D.memo[16] = rt.sum((S.D.memo[15] !== undefined ? S.D.memo[15] : (S.D.memo[15] = rt.childOfNodes((S.D.memo[14] !== undefined ? S.D.memo[14] : (S.D.memo[14] = rt.stepNodes(rt.child(rt.requireNode(rt.rootOf(rt.requireNode(c))), N3), "child", N50, [(c, p, z) => rt.generalCompare("eq", rt.child(c, N37), Q6)]))), N36))))));
  const v20_0 = (S.D.memo[19] !== undefined ? S.D.memo[19] : (S.D.memo[19] = rt.sum((S.D.memo[18] !== undefined ? S.D.memo[18] : (S.D.memo[18] = rt.childOfNodes((S.D.memo[17] !== undefined ? S.D.memo[17] : (S.D.memo[17] = rt.stepNodes(rt.child(rt.requireNode(rt.rootOf(rt.requireNode(c))), N3), "child", N50, [(c, p, z) => rt.generalCompare("eq", rt.child(c, N37), Q5)]))), N36))))));
  const v21_0 = (S.D.memo[21] !== undefined ? S.D.memo[21] : (S.D.memo[21] = rt.sum((S.D.memo[20] !== undefined ? S.D.memo[20] : (S.D.memo[20] = rt.childOfNodes(rt.childOfNodes(rt.child(rt.requireNode(rt.rootOf(rt.requireNode(c))), N3), N15), N52))))));
  const v22_0 = rt.sum((t93 ??= rt.childOfNodes((t92 ??= rt.stepOne(c, "parent", N16, null)), N53)));
  S.cur = 41;
  if (!rt.ebv(rt.optBool(rt.valueCompare("le", rt.fnAbs(rt.arith("-", rt.arith("-", rt.arith("+", rt.arith("-", rt.arith("-", rt.castSeq([c], "decimal", true), v18_0), v19_0), v20_0), v21_0), v22_0)), [K1])))) out.push(rt.finding(ROWS[41], c, (S.lang === "en" ? "Total with VAT (TaxInclusiveTotalAmount) is " + rt.valueOf([c]) + ", but lines " + rt.valueOf(v18_0) + " + charges " + rt.valueOf(v19_0) + " − allowances " + rt.valueOf(v20_0) + " + VAT " + rt.valueOf(v21_0) + " + rounding " + rt.valueOf(v22_0) + " give a different amount." : "Belopp inklusive moms (TaxInclusiveTotalAmount) är " + rt.valueOf([c]) + ", men radbelopp " + rt.valueOf(v18_0) + " + avgifter " + rt.valueOf(v19_0) + " − rabatter " + rt.valueOf(v20_0) + " + moms " + rt.valueOf(v21_0) + " + öresavrundning " + rt.valueOf(v22_0) + " ger något annat.")));
  S.cur = 42;
  if (!rt.ebv(rt.optBool(rt.valueCompare("ge", rt.castSeq([c], "double", true), [0n])))) out.push(rt.finding(ROWS[42], c, (S.lang === "en" ? "Total with VAT (TaxInclusiveTotalAmount) is " + rt.valueOf([c]) + "; it must not be negative, not even on a credit note." : "Belopp inklusive moms (TaxInclusiveTotalAmount) är " + rt.valueOf([c]) + "; det får inte vara negativt, inte heller på en kreditnota.")));
}

function step97(n, S) {
  if (n.kind !== "element" || n.local !== "Invoice" || n.ns !== "urn:sfti:documents:BasicInvoice:1:0") return false;
  return n.parent !== null && n.parent.kind === "document";
}

function step98(n, S) {
  if (n.kind !== "element" || n.local !== "PaymentMeans" || n.ns !== "urn:sfti:CommonAggregateComponents:1:0") return false;
  return n.parent !== null && step97(n.parent, S);
}

function step99(n, S) {
  if (n.kind !== "element" || n.local !== "PayeeFinancialAccount" || n.ns !== "urn:sfti:CommonAggregateComponents:1:0") return false;
  return n.parent !== null && step98(n.parent, S);
}

function step100(n, S) {
  if (n.kind !== "element" || n.local !== "FinancialInstitutionBranch" || n.ns !== "urn:sfti:CommonAggregateComponents:1:0") return false;
  return n.parent !== null && step99(n.parent, S);
}

function step101(n, S) {
  if (n.kind !== "element" || n.local !== "FinancialInstitution" || n.ns !== "urn:sfti:CommonAggregateComponents:1:0") return false;
  return n.parent !== null && step100(n.parent, S);
}

function step102(n, S) {
  if (n.kind !== "element" || n.local !== "ID" || n.ns !== "urn:sfti:CommonAggregateComponents:1:0") return false;
  return n.parent !== null && step101(n.parent, S);
}

function match34(n, S) { return (n.parent?.local === "FinancialInstitution" && n.parent.ns === "urn:sfti:CommonAggregateComponents:1:0" && n.parent.parent?.local === "FinancialInstitutionBranch" && n.parent.parent.ns === "urn:sfti:CommonAggregateComponents:1:0" && n.parent.parent.parent?.local === "PayeeFinancialAccount" && n.parent.parent.parent.ns === "urn:sfti:CommonAggregateComponents:1:0" && n.parent.parent.parent.parent?.local === "PaymentMeans" && n.parent.parent.parent.parent.ns === "urn:sfti:CommonAggregateComponents:1:0" && n.parent.parent.parent.parent.parent?.local === "Invoice" && n.parent.parent.parent.parent.parent.ns === "urn:sfti:documents:BasicInvoice:1:0" && n.parent.parent.parent.parent.parent.parent?.kind === "document" && step102(n, S)); }

function fire34(c, S, out) {
  let t94;
  S.cur = 43;
  if (!(rt.anyOnAxisSeq((t94 ??= rt.stepOne(c, "ancestor", N55, [(c, p, z) => rt.posEq([1n], p)])), "child", N8) || rt.generalCompare1("eq", [c], "SNDOSESS"))) out.push(rt.finding(ROWS[43], c, (S.lang === "en" ? "BIC " + rt.valueOf([c]) + " is given but the account number (PayeeFinancialAccount/ID) is missing." : "BIC " + rt.valueOf([c]) + " anges men kontonummer (PayeeFinancialAccount/ID) saknas.")));
}

function step103(n, S) {
  if (n.kind !== "element" || n.local !== "Invoice" || n.ns !== "urn:sfti:documents:BasicInvoice:1:0") return false;
  return n.parent !== null && n.parent.kind === "document";
}

function step104(n, S) {
  if (n.kind !== "element" || n.local !== "PaymentMeans" || n.ns !== "urn:sfti:CommonAggregateComponents:1:0") return false;
  return n.parent !== null && step103(n.parent, S);
}

function step105(n, S) {
  if (n.kind !== "element" || n.local !== "PayeeFinancialAccount" || n.ns !== "urn:sfti:CommonAggregateComponents:1:0") return false;
  return n.parent !== null && step104(n.parent, S);
}

function step106(n, S) {
  if (n.kind !== "element" || n.local !== "ID" || n.ns !== "urn:sfti:CommonAggregateComponents:1:0") return false;
  return n.parent !== null && step105(n.parent, S);
}

function match35(n, S) { return (n.parent?.local === "PayeeFinancialAccount" && n.parent.ns === "urn:sfti:CommonAggregateComponents:1:0" && n.parent.parent?.local === "PaymentMeans" && n.parent.parent.ns === "urn:sfti:CommonAggregateComponents:1:0" && n.parent.parent.parent?.local === "Invoice" && n.parent.parent.parent.ns === "urn:sfti:documents:BasicInvoice:1:0" && n.parent.parent.parent.parent?.kind === "document" && step106(n, S)); }

function fire35(c, S, out) {
  let t96, t97, t98;
  S.cur = 44;
  if (!!rt.matches(rt.strItem(c, "matches"), RE0)) out.push(rt.finding(ROWS[44], c, (S.lang === "en" ? "Account number (PayeeFinancialAccount/ID) '" + rt.valueOf([c]) + "' must be written without spaces, hyphens or other separators." : "Kontonumret (PayeeFinancialAccount/ID) '" + rt.valueOf([c]) + "' ska skrivas utan mellanslag, bindestreck eller andra skiljetecken.")));
  S.cur = 45;
  if (!(S.D.hasNamePath(P18) && rt.anyOnAxisSeq((t98 ??= rt.childOfNodes((t97 ??= rt.childOfNodes((t96 ??= rt.stepOne(c, "parent", N16, null)), N56)), N57)), "child", N8))) out.push(rt.finding(ROWS[45], c, (S.lang === "en" ? "Account " + rt.valueOf([c]) + " is given without a BIC (FinancialInstitution/ID)." : "Konto " + rt.valueOf([c]) + " anges utan BIC (FinancialInstitution/ID).")));
}

function step107(n, S) {
  if (n.kind !== "element" || n.local !== "Invoice" || n.ns !== "urn:sfti:documents:BasicInvoice:1:0") return false;
  return n.parent !== null && n.parent.kind === "document";
}

function step108(n, S) {
  if (n.kind !== "element" || n.local !== "PaymentMeans" || n.ns !== "urn:sfti:CommonAggregateComponents:1:0") return false;
  return n.parent !== null && step107(n.parent, S);
}

function step109(n, S) {
  if (n.kind !== "element" || n.local !== "PayeePartyName" || n.ns !== "urn:sfti:CommonAggregateComponents:1:0") return false;
  return n.parent !== null && step108(n.parent, S);
}

function step110(n, S) {
  if (n.kind !== "element" || n.local !== "Name" || n.ns !== "urn:oasis:names:tc:ubl:CommonBasicComponents:1:0") return false;
  return n.parent !== null && step109(n.parent, S);
}

function match36(n, S) { return (n.parent?.local === "PayeePartyName" && n.parent.ns === "urn:sfti:CommonAggregateComponents:1:0" && n.parent.parent?.local === "PaymentMeans" && n.parent.parent.ns === "urn:sfti:CommonAggregateComponents:1:0" && n.parent.parent.parent?.local === "Invoice" && n.parent.parent.parent.ns === "urn:sfti:documents:BasicInvoice:1:0" && n.parent.parent.parent.parent?.kind === "document" && step110(n, S)); }

function fire36(c, S, out) {
  S.cur = 46;
  if (!(S.D.memo[22] !== undefined ? S.D.memo[22] : (S.D.memo[22] = rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(rt.child(rt.requireNode(rt.rootOf(rt.requireNode(c))), N3), N59), N5), N25), N26))).some((v23_0) => (rt.string([v23_0]) !== rt.string([c])))) out.push(rt.finding(ROWS[46], c, (S.lang === "en" ? "Payee name (PayeePartyName/Name) '" + rt.valueOf([c]) + "' equals the seller's name; the element is meant for assigned invoices." : "Betalningsmottagare (PayeePartyName/Name) '" + rt.valueOf([c]) + "' är samma som säljaren; elementet är till för överlåtna fakturor.")));
}

function step111(n, S) {
  if (n.kind !== "element" || n.local !== "Invoice" || n.ns !== "urn:sfti:documents:BasicInvoice:1:0") return false;
  return n.parent !== null && n.parent.kind === "document";
}

function step112(n, S) {
  if (n.kind !== "element" || n.local !== "PaymentMeans" || n.ns !== "urn:sfti:CommonAggregateComponents:1:0") return false;
  return n.parent !== null && step111(n.parent, S);
}

function step113(n, S) {
  if (n.kind !== "element" || n.local !== "PaymentMeansTypeCode" || n.ns !== "urn:sfti:CommonAggregateComponents:1:0") return false;
  return n.parent !== null && step112(n.parent, S);
}

function match37(n, S) { return (n.parent?.local === "PaymentMeans" && n.parent.ns === "urn:sfti:CommonAggregateComponents:1:0" && n.parent.parent?.local === "Invoice" && n.parent.parent.ns === "urn:sfti:documents:BasicInvoice:1:0" && n.parent.parent.parent?.kind === "document" && step113(n, S)); }

function fire37(c, S, out) {
  S.cur = 47;
  if (!(rt.string([c]) === "1")) out.push(rt.finding(ROWS[47], c, (S.lang === "en" ? "Payment means code (PaymentMeansTypeCode) '" + rt.valueOf([c]) + "' is not allowed; use 1." : "Betalningssätt (PaymentMeansTypeCode) '" + rt.valueOf([c]) + "' är inte tillåtet; använd 1.")));
}

function step114(n, S) {
  if (n.kind !== "element" || n.local !== "Invoice" || n.ns !== "urn:sfti:documents:BasicInvoice:1:0") return false;
  return n.parent !== null && n.parent.kind === "document";
}

function step115(n, S) {
  if (n.kind !== "element" || n.local !== "PaymentMeans" || n.ns !== "urn:sfti:CommonAggregateComponents:1:0") return false;
  return n.parent !== null && step114(n.parent, S);
}

function step116(n, S) {
  if (n.kind !== "element" || n.local !== "DuePaymentDate" || n.ns !== "urn:oasis:names:tc:ubl:CommonBasicComponents:1:0") return false;
  return n.parent !== null && step115(n.parent, S);
}

function match38(n, S) { return (n.parent?.local === "PaymentMeans" && n.parent.ns === "urn:sfti:CommonAggregateComponents:1:0" && n.parent.parent?.local === "Invoice" && n.parent.parent.ns === "urn:sfti:documents:BasicInvoice:1:0" && n.parent.parent.parent?.kind === "document" && step116(n, S)); }

function fire38(c, S, out) {
  S.cur = 48;
  if (!rt.ebv(rt.optBool(rt.valueCompare("le", (S.D.memo[7] !== undefined ? S.D.memo[7] : (S.D.memo[7] = rt.castSeq((S.D.memo[6] !== undefined ? S.D.memo[6] : (S.D.memo[6] = rt.childOfNodes(rt.child(rt.requireNode(rt.rootOf(rt.requireNode(c))), N3), N29))), "date", true))), rt.castSeq([c], "date", true))))) out.push(rt.finding(ROWS[48], c, (S.lang === "en" ? "Due date (DuePaymentDate) " + rt.valueOf([c]) + " is before the issue date (IssueDate) " + rt.valueOf((S.D.memo[6] !== undefined ? S.D.memo[6] : (S.D.memo[6] = rt.childOfNodes(rt.child(rt.requireNode(rt.rootOf(rt.requireNode(c))), N3), N29)))) + "." : "Förfallodagen (DuePaymentDate) " + rt.valueOf([c]) + " är före fakturadatum (IssueDate) " + rt.valueOf((S.D.memo[6] !== undefined ? S.D.memo[6] : (S.D.memo[6] = rt.childOfNodes(rt.child(rt.requireNode(rt.rootOf(rt.requireNode(c))), N3), N29)))) + ".")));
}

function step117(n, S) {
  if (n.kind !== "element" || n.local !== "Invoice" || n.ns !== "urn:sfti:documents:BasicInvoice:1:0") return false;
  return n.parent !== null && n.parent.kind === "document";
}

function step118(n, S) {
  if (n.kind !== "element" || n.local !== "PaymentTerms" || n.ns !== "urn:sfti:CommonAggregateComponents:1:0") return false;
  return n.parent !== null && step117(n.parent, S);
}

function step119(n, S) {
  if (n.kind !== "element" || n.local !== "PenaltySurchargePercent" || n.ns !== "urn:oasis:names:tc:ubl:CommonBasicComponents:1:0") return false;
  return n.parent !== null && step118(n.parent, S);
}

function match39(n, S) { return (n.parent?.local === "PaymentTerms" && n.parent.ns === "urn:sfti:CommonAggregateComponents:1:0" && n.parent.parent?.local === "Invoice" && n.parent.parent.ns === "urn:sfti:documents:BasicInvoice:1:0" && n.parent.parent.parent?.kind === "document" && step119(n, S)); }

function fire39(c, S, out) {
  const v24_0 = (S.D.memo[23] !== undefined ? S.D.memo[23] : (S.D.memo[23] = rt.childOfNodes(rt.childOfNodes(rt.child(rt.requireNode(rt.rootOf(rt.requireNode(c))), N3), N62), N63)));
  S.cur = 49;
  if (!(rt.valueCompare("ge", [rt.number(v24_0)], [0n]) === true)) out.push(rt.finding(ROWS[49], c, (S.lang === "en" ? "Penalty interest (PenaltySurchargePercent) is " + rt.valueOf([c]) + "; it must not be negative." : "Dröjsmålsräntan (PenaltySurchargePercent) är " + rt.valueOf([c]) + "; den får inte vara negativ.")));
}

function step120(n, S) {
  if (n.kind !== "element" || n.local !== "Invoice" || n.ns !== "urn:sfti:documents:BasicInvoice:1:0") return false;
  return n.parent !== null && n.parent.kind === "document";
}

function step121(n, S) {
  if (n.kind !== "element" || n.local !== "SellerParty" || n.ns !== "urn:sfti:CommonAggregateComponents:1:0") return false;
  return n.parent !== null && step120(n.parent, S);
}

function step122(n, S) {
  if (n.kind !== "element" || n.local !== "Party" || n.ns !== "urn:sfti:CommonAggregateComponents:1:0") return false;
  return n.parent !== null && step121(n.parent, S);
}

function match40(n, S) { return (n.parent?.local === "SellerParty" && n.parent.ns === "urn:sfti:CommonAggregateComponents:1:0" && n.parent.parent?.local === "Invoice" && n.parent.parent.ns === "urn:sfti:documents:BasicInvoice:1:0" && n.parent.parent.parent?.kind === "document" && step122(n, S)); }

function fire40(c, S, out) {
  let t100, t101, t102;
  S.cur = 50;
  if (!rt.anyOnAxis(c, "child", N22)) out.push(rt.finding(ROWS[50], c, (S.lang === "en" ? "The seller has neither a company registration number nor a VAT number (PartyTaxScheme); that needs an agreed alternative identification." : "Säljaren saknar både organisationsnummer och momsregistreringsnummer (PartyTaxScheme); det kräver en avtalad alternativ identifiering.")));
  S.cur = 51;
  if (!(t102 ??= rt.childOfNodes((t101 ??= rt.childOfNodes((t100 ??= rt.child(c, N22)), N10)), N8)).some((v25_0) => (rt.normalizeSpace(rt.strItem(v25_0, "normalize-space")) === "SWT"))) out.push(rt.finding(ROWS[51], c, (S.lang === "en" ? "The seller's company registration number should be given in a PartyTaxScheme with TaxScheme/ID SWT." : "Säljarens organisationsnummer bör anges i en PartyTaxScheme med TaxScheme/ID SWT.")));
}

function step123(n, S) {
  if (n.kind !== "element" || n.local !== "Invoice" || n.ns !== "urn:sfti:documents:BasicInvoice:1:0") return false;
  return n.parent !== null && n.parent.kind === "document";
}

function step124(n, S) {
  if (n.kind !== "element" || n.local !== "SellerParty" || n.ns !== "urn:sfti:CommonAggregateComponents:1:0") return false;
  return n.parent !== null && step123(n.parent, S);
}

function step125(n, S) {
  if (n.kind !== "element" || n.local !== "Party" || n.ns !== "urn:sfti:CommonAggregateComponents:1:0") return false;
  return n.parent !== null && step124(n.parent, S);
}

function step126(n, S) {
  if (n.kind !== "element" || n.local !== "Address" || n.ns !== "urn:sfti:CommonAggregateComponents:1:0") return false;
  return n.parent !== null && step125(n.parent, S);
}

function match41(n, S) { return (n.parent?.local === "Party" && n.parent.ns === "urn:sfti:CommonAggregateComponents:1:0" && n.parent.parent?.local === "SellerParty" && n.parent.parent.ns === "urn:sfti:CommonAggregateComponents:1:0" && n.parent.parent.parent?.local === "Invoice" && n.parent.parent.parent.ns === "urn:sfti:documents:BasicInvoice:1:0" && n.parent.parent.parent.parent?.kind === "document" && step126(n, S)); }

function fire41(c, S, out) {
  let t103;
  S.cur = 52;
  if (!(!(S.D.hasNamePath(P2) && rt.anyOnAxisSeq((t103 ??= rt.child(c, N18)), "child", N19)) || !rt.anyOnAxis(c, "child", N20))) out.push(rt.finding(ROWS[52], c, (S.lang === "en" ? "The seller address is given both as structured elements and as free address lines (AddressLine); some receivers cannot handle the mix." : "Säljarens adress anges både strukturerat och som fria adressrader (AddressLine); en del mottagare hanterar inte blandningen.")));
  S.cur = 53;
  if (!(!rt.anyOnAxis(c, "child", N18) || (t103 ??= rt.child(c, N18)).some((v26_0) => (rt.child(rt.requireNode(v26_0), N19).length >= 2)))) out.push(rt.finding(ROWS[53], c, (S.lang === "en" ? "The seller address has a single address line (AddressLine/Line); check that the address is complete." : "Säljarens adress har bara en adressrad (AddressLine/Line); kontrollera att adressen är fullständig.")));
  S.cur = 54;
  if (!(rt.anyOnAxis(c, "child", N21) && rt.anyOnAxis(c, "child", N11))) out.push(rt.finding(ROWS[54], c, (S.lang === "en" ? "The seller address lacks a city (CityName) or postal code (PostalZone); use those elements where possible." : "Säljarens adress saknar postort (CityName) eller postnummer (PostalZone); använd de elementen om det går.")));
}

function step127(n, S) {
  if (n.kind !== "element" || n.local !== "Invoice" || n.ns !== "urn:sfti:documents:BasicInvoice:1:0") return false;
  return n.parent !== null && n.parent.kind === "document";
}

function step128(n, S) {
  if (n.kind !== "element" || n.local !== "SellerParty" || n.ns !== "urn:sfti:CommonAggregateComponents:1:0") return false;
  return n.parent !== null && step127(n.parent, S);
}

function step129(n, S) {
  if (n.kind !== "element" || n.local !== "Party" || n.ns !== "urn:sfti:CommonAggregateComponents:1:0") return false;
  return n.parent !== null && step128(n.parent, S);
}

function step130(n, S) {
  if (n.kind !== "element" || n.local !== "PartyTaxScheme" || n.ns !== "urn:sfti:CommonAggregateComponents:1:0") return false;
  return n.parent !== null && step129(n.parent, S);
}

function step131(n, S) {
  if (n.kind !== "element" || n.local !== "CompanyID" || n.ns !== "urn:sfti:CommonAggregateComponents:1:0") return false;
  return n.parent !== null && step130(n.parent, S);
}

function match42(n, S) { return (n.parent?.local === "PartyTaxScheme" && n.parent.ns === "urn:sfti:CommonAggregateComponents:1:0" && n.parent.parent?.local === "Party" && n.parent.parent.ns === "urn:sfti:CommonAggregateComponents:1:0" && n.parent.parent.parent?.local === "SellerParty" && n.parent.parent.parent.ns === "urn:sfti:CommonAggregateComponents:1:0" && n.parent.parent.parent.parent?.local === "Invoice" && n.parent.parent.parent.parent.ns === "urn:sfti:documents:BasicInvoice:1:0" && n.parent.parent.parent.parent.parent?.kind === "document" && step131(n, S)); }

function fire42(c, S, out) {
  S.cur = 55;
  if (!!rt.matches(rt.strItem(c, "matches"), RE0)) out.push(rt.finding(ROWS[55], c, (S.lang === "en" ? "Seller company or VAT number (CompanyID) '" + rt.valueOf([c]) + "' must be written without spaces, hyphens or other separators." : "Säljarens organisations- eller momsnummer (CompanyID) '" + rt.valueOf([c]) + "' ska skrivas utan mellanslag, bindestreck eller andra skiljetecken.")));
}

function step132(n, S) {
  if (n.kind !== "element" || n.local !== "Invoice" || n.ns !== "urn:sfti:documents:BasicInvoice:1:0") return false;
  return n.parent !== null && n.parent.kind === "document";
}

function step133(n, S) {
  if (n.kind !== "element" || n.local !== "SellerParty" || n.ns !== "urn:sfti:CommonAggregateComponents:1:0") return false;
  return n.parent !== null && step132(n.parent, S);
}

function step134(n, S) {
  if (n.kind !== "element" || n.local !== "Party" || n.ns !== "urn:sfti:CommonAggregateComponents:1:0") return false;
  return n.parent !== null && step133(n.parent, S);
}

function step135(n, S) {
  if (n.kind !== "element" || n.local !== "PartyTaxScheme" || n.ns !== "urn:sfti:CommonAggregateComponents:1:0") return false;
  return n.parent !== null && step134(n.parent, S);
}

function step136(n, S) {
  if (n.kind !== "element" || n.local !== "TaxScheme" || n.ns !== "urn:sfti:CommonAggregateComponents:1:0") return false;
  return n.parent !== null && step135(n.parent, S);
}

function step137(n, S) {
  if (n.kind !== "element" || n.local !== "ID" || n.ns !== "urn:sfti:CommonAggregateComponents:1:0") return false;
  return n.parent !== null && step136(n.parent, S);
}

function match43(n, S) { return (n.parent?.local === "TaxScheme" && n.parent.ns === "urn:sfti:CommonAggregateComponents:1:0" && n.parent.parent?.local === "PartyTaxScheme" && n.parent.parent.ns === "urn:sfti:CommonAggregateComponents:1:0" && n.parent.parent.parent?.local === "Party" && n.parent.parent.parent.ns === "urn:sfti:CommonAggregateComponents:1:0" && n.parent.parent.parent.parent?.local === "SellerParty" && n.parent.parent.parent.parent.ns === "urn:sfti:CommonAggregateComponents:1:0" && n.parent.parent.parent.parent.parent?.local === "Invoice" && n.parent.parent.parent.parent.parent.ns === "urn:sfti:documents:BasicInvoice:1:0" && n.parent.parent.parent.parent.parent.parent?.kind === "document" && step137(n, S)); }

function fire43(c, S, out) {
  S.cur = 56;
  if (!rt.generalCompare("eq", [rt.normalizeSpace(rt.strItem(c, "normalize-space"))], Q1)) out.push(rt.finding(ROWS[56], c, (S.lang === "en" ? "Seller TaxScheme/ID is '" + rt.valueOf([c]) + "'; allowed values are VAT and SWT." : "Säljarens TaxScheme/ID är '" + rt.valueOf([c]) + "'; tillåtna värden är VAT och SWT.")));
}

function step138(n, S) {
  if (n.kind !== "element" || n.local !== "Invoice" || n.ns !== "urn:sfti:documents:BasicInvoice:1:0") return false;
  return n.parent !== null && n.parent.kind === "document";
}

function step139(n, S) {
  if (n.kind !== "element" || n.local !== "SellerParty" || n.ns !== "urn:sfti:CommonAggregateComponents:1:0") return false;
  return n.parent !== null && step138(n.parent, S);
}

function step140(n, S) {
  if (n.kind !== "element" || n.local !== "Party" || n.ns !== "urn:sfti:CommonAggregateComponents:1:0") return false;
  return n.parent !== null && step139(n.parent, S);
}

function step141(n, S) {
  if (n.kind !== "element" || n.local !== "PartyTaxScheme" || n.ns !== "urn:sfti:CommonAggregateComponents:1:0") return false;
  return n.parent !== null && step140(n.parent, S);
}

function step142(n, S) {
  if (n.kind !== "element" || n.local !== "RegistrationName" || n.ns !== "urn:oasis:names:tc:ubl:CommonBasicComponents:1:0") return false;
  return n.parent !== null && step141(n.parent, S);
}

function match44(n, S) { return (n.parent?.local === "PartyTaxScheme" && n.parent.ns === "urn:sfti:CommonAggregateComponents:1:0" && n.parent.parent?.local === "Party" && n.parent.parent.ns === "urn:sfti:CommonAggregateComponents:1:0" && n.parent.parent.parent?.local === "SellerParty" && n.parent.parent.parent.ns === "urn:sfti:CommonAggregateComponents:1:0" && n.parent.parent.parent.parent?.local === "Invoice" && n.parent.parent.parent.parent.ns === "urn:sfti:documents:BasicInvoice:1:0" && n.parent.parent.parent.parent.parent?.kind === "document" && step142(n, S)); }

function fire44(c, S, out) {
  let t108, t109, t110, t111;
  S.cur = 57;
  if (!(t111 ??= rt.childOfNodes((t110 ??= rt.childOfNodes((t109 ??= rt.stepNodes((t108 ??= rt.stepOne(c, "parent", N16, null)), "parent", N16, null)), N25)), N26)).some((v27_0) => (rt.string([v27_0]) !== rt.string([c])))) out.push(rt.finding(ROWS[57], c, (S.lang === "en" ? "Seller registration name (RegistrationName) '" + rt.valueOf([c]) + "' equals PartyName/Name; give it only when it differs." : "Säljarens registrerade namn (RegistrationName) '" + rt.valueOf([c]) + "' är samma som PartyName/Name; ange det bara när det skiljer sig.")));
}

function step143(n, S) {
  if (n.kind !== "element" || n.local !== "Invoice" || n.ns !== "urn:sfti:documents:BasicInvoice:1:0") return false;
  return n.parent !== null && n.parent.kind === "document";
}

function step144(n, S) {
  if (n.kind !== "element" || n.local !== "TaxTotal" || n.ns !== "urn:sfti:CommonAggregateComponents:1:0") return false;
  return n.parent !== null && step143(n.parent, S);
}

function step145(n, S) {
  if (n.kind !== "element" || n.local !== "TaxSubTotal" || n.ns !== "urn:sfti:CommonAggregateComponents:1:0") return false;
  return n.parent !== null && step144(n.parent, S);
}

function match45(n, S) { return (n.parent?.local === "TaxTotal" && n.parent.ns === "urn:sfti:CommonAggregateComponents:1:0" && n.parent.parent?.local === "Invoice" && n.parent.parent.ns === "urn:sfti:documents:BasicInvoice:1:0" && n.parent.parent.parent?.kind === "document" && step145(n, S)); }

function fire45(c, S, out) {
  S.cur = 58;
  if (!(rt.valueCompare("eq", [rt.anyOnAxis(c, "child", N2)], [(S.D.memo[9] !== undefined ? S.D.memo[9] : (S.D.memo[9] = ((S.D.memo[8] !== undefined ? S.D.memo[8] : (S.D.memo[8] = rt.childOfNodes(rt.child(rt.requireNode(rt.rootOf(rt.requireNode(c))), N3), N32))).length > 0)))]) === true)) out.push(rt.finding(ROWS[58], c, (S.lang === "en" ? "VAT in tax currency (TaxSubTotal/TaxCurrencyTaxAmount) and the tax currency (TaxCurrencyCode) must be both present or both absent." : "Momsbelopp i momsvaluta (TaxSubTotal/TaxCurrencyTaxAmount) och momsvaluta (TaxCurrencyCode) ska antingen båda finnas eller båda saknas.")));
}

function step146(n, S) {
  if (n.kind !== "element" || n.local !== "Invoice" || n.ns !== "urn:sfti:documents:BasicInvoice:1:0") return false;
  return n.parent !== null && n.parent.kind === "document";
}

function step147(n, S) {
  if (n.kind !== "element" || n.local !== "TaxTotal" || n.ns !== "urn:sfti:CommonAggregateComponents:1:0") return false;
  return n.parent !== null && step146(n.parent, S);
}

function step148(n, S) {
  if (n.kind !== "element" || n.local !== "TaxSubTotal" || n.ns !== "urn:sfti:CommonAggregateComponents:1:0") return false;
  return n.parent !== null && step147(n.parent, S);
}

function step149(n, S) {
  if (n.kind !== "element" || n.local !== "TaxCategory" || n.ns !== "urn:sfti:CommonAggregateComponents:1:0") return false;
  return n.parent !== null && step148(n.parent, S);
}

function step150(n, S) {
  if (n.kind !== "element" || n.local !== "ID" || n.ns !== "urn:sfti:CommonAggregateComponents:1:0") return false;
  return n.parent !== null && step149(n.parent, S);
}

function match46(n, S) { return (n.parent?.local === "TaxCategory" && n.parent.ns === "urn:sfti:CommonAggregateComponents:1:0" && n.parent.parent?.local === "TaxSubTotal" && n.parent.parent.ns === "urn:sfti:CommonAggregateComponents:1:0" && n.parent.parent.parent?.local === "TaxTotal" && n.parent.parent.parent.ns === "urn:sfti:CommonAggregateComponents:1:0" && n.parent.parent.parent.parent?.local === "Invoice" && n.parent.parent.parent.parent.ns === "urn:sfti:documents:BasicInvoice:1:0" && n.parent.parent.parent.parent.parent?.kind === "document" && step150(n, S)); }

function fire46(c, S, out) {
  let t113;
  S.cur = 59;
  if (!rt.generalCompare("eq", [rt.normalizeSpace(rt.strItem(c, "normalize-space"))], Q3)) out.push(rt.finding(ROWS[59], c, (S.lang === "en" ? "VAT breakdown category (TaxSubTotal/TaxCategory/ID) is '" + rt.valueOf([c]) + "'; use S, or E for a VAT exemption." : "Momskategori i momsspecifikationen (TaxSubTotal/TaxCategory/ID) är '" + rt.valueOf([c]) + "'; använd S, eller E vid momsundantag.")));
  S.cur = 60;
  if (!((rt.normalizeSpace(rt.strItem(c, "normalize-space")) !== "E") || (S.D.hasNamePath(P22) && rt.anyOnAxisSeq((t113 ??= rt.stepOne(c, "parent", N16, null)), "child", N65)))) out.push(rt.finding(ROWS[60], c, (S.lang === "en" ? "A VAT exemption (category E) is given without a reason (TaxCategory/ExemptionReason); check that the invoice states why." : "Momsundantag (kategori E) anges utan skäl (TaxCategory/ExemptionReason); kontrollera att fakturan motiverar undantaget.")));
}

function step151(n, S) {
  if (n.kind !== "element" || n.local !== "Invoice" || n.ns !== "urn:sfti:documents:BasicInvoice:1:0") return false;
  return n.parent !== null && n.parent.kind === "document";
}

function step152(n, S) {
  if (n.kind !== "element" || n.local !== "TaxTotal" || n.ns !== "urn:sfti:CommonAggregateComponents:1:0") return false;
  return n.parent !== null && step151(n.parent, S);
}

function step153(n, S) {
  if (n.kind !== "element" || n.local !== "TaxSubTotal" || n.ns !== "urn:sfti:CommonAggregateComponents:1:0") return false;
  return n.parent !== null && step152(n.parent, S);
}

function step154(n, S) {
  if (n.kind !== "element" || n.local !== "TaxCategory" || n.ns !== "urn:sfti:CommonAggregateComponents:1:0") return false;
  return n.parent !== null && step153(n.parent, S);
}

function step155(n, S) {
  if (n.kind !== "element" || n.local !== "Percent" || n.ns !== "urn:oasis:names:tc:ubl:CommonBasicComponents:1:0") return false;
  return n.parent !== null && step154(n.parent, S);
}

function match47(n, S) { return (n.parent?.local === "TaxCategory" && n.parent.ns === "urn:sfti:CommonAggregateComponents:1:0" && n.parent.parent?.local === "TaxSubTotal" && n.parent.parent.ns === "urn:sfti:CommonAggregateComponents:1:0" && n.parent.parent.parent?.local === "TaxTotal" && n.parent.parent.parent.ns === "urn:sfti:CommonAggregateComponents:1:0" && n.parent.parent.parent.parent?.local === "Invoice" && n.parent.parent.parent.parent.ns === "urn:sfti:documents:BasicInvoice:1:0" && n.parent.parent.parent.parent.parent?.kind === "document" && step155(n, S)); }

function fire47(c, S, out) {
  let t115, t116;
  const v28_0 = rt.normalizeSpace(rt.strArg((t116 ??= rt.childOfNodes((t115 ??= rt.stepOne(c, "parent", N16, null)), N8)), "normalize-space"));
  S.cur = 61;
  if (!((v28_0 !== "E") || rt.ebv(rt.optBool(rt.valueCompare("eq", rt.castSeq([c], "decimal", true), [0n]))))) out.push(rt.finding(ROWS[61], c, (S.lang === "en" ? "The VAT breakdown has category E (exempt) but rate " + rt.valueOf([c]) + "; it must be 0." : "Momsspecifikationen har kategori E (undantag) men momssats " + rt.valueOf([c]) + "; den ska vara 0.")));
  S.cur = 62;
  if (!((v28_0 !== "S") || rt.ebv(rt.optBool(rt.valueCompare("ne", rt.castSeq([c], "decimal", true), [0n]))))) out.push(rt.finding(ROWS[62], c, (S.lang === "en" ? "The VAT breakdown has category S with rate 0; rate 0 belongs to category E (foreign invoices may follow other rules)." : "Momsspecifikationen har kategori S men momssats 0; 0 används bara med kategori E (utländska fakturor kan ha andra regler).")));
}

function step156(n, S) {
  if (n.kind !== "element" || n.local !== "Invoice" || n.ns !== "urn:sfti:documents:BasicInvoice:1:0") return false;
  return n.parent !== null && n.parent.kind === "document";
}

function step157(n, S) {
  if (n.kind !== "element" || n.local !== "TaxTotal" || n.ns !== "urn:sfti:CommonAggregateComponents:1:0") return false;
  return n.parent !== null && step156(n.parent, S);
}

function step158(n, S) {
  if (n.kind !== "element" || n.local !== "TaxSubTotal" || n.ns !== "urn:sfti:CommonAggregateComponents:1:0") return false;
  return n.parent !== null && step157(n.parent, S);
}

function step159(n, S) {
  if (n.kind !== "element" || n.local !== "TaxCategory" || n.ns !== "urn:sfti:CommonAggregateComponents:1:0") return false;
  const c = n;
  if (!rt.childValueIs(c, N8, "S", true)) return false;
  return n.parent !== null && step158(n.parent, S);
}

function match48(n, S) { return (n.parent?.local === "TaxSubTotal" && n.parent.ns === "urn:sfti:CommonAggregateComponents:1:0" && n.parent.parent?.local === "TaxTotal" && n.parent.parent.ns === "urn:sfti:CommonAggregateComponents:1:0" && n.parent.parent.parent?.local === "Invoice" && n.parent.parent.parent.ns === "urn:sfti:documents:BasicInvoice:1:0" && n.parent.parent.parent.parent?.kind === "document" && step159(n, S)); }

function fire48(c, S, out) {
  let t117;
  S.cur = 63;
  if (!rt.generalCompare("eq", [rt.number((t117 ??= rt.child(c, N43)))], Q4)) out.push(rt.finding(ROWS[63], c, (S.lang === "en" ? "VAT breakdown rate " + rt.valueOf((t117 ??= rt.child(c, N43))) + " % is not a Swedish rate (25, 12 or 6 with category S, 0 with category E); check it, foreign invoices may use other rates." : "Momsspecifikationens momssats " + rt.valueOf((t117 ??= rt.child(c, N43))) + " % är ingen svensk momssats (25, 12 eller 6 med kategori S, 0 med kategori E); kontrollera, utländska fakturor kan ha andra satser.")));
}

function step160(n, S) {
  if (n.kind !== "element" || n.local !== "Invoice" || n.ns !== "urn:sfti:documents:BasicInvoice:1:0") return false;
  return n.parent !== null && n.parent.kind === "document";
}

function step161(n, S) {
  if (n.kind !== "element" || n.local !== "TaxTotal" || n.ns !== "urn:sfti:CommonAggregateComponents:1:0") return false;
  return n.parent !== null && step160(n.parent, S);
}

function step162(n, S) {
  if (n.kind !== "element" || n.local !== "TotalTaxAmount" || n.ns !== "urn:oasis:names:tc:ubl:CommonBasicComponents:1:0") return false;
  return n.parent !== null && step161(n.parent, S);
}

function match49(n, S) { return (n.parent?.local === "TaxTotal" && n.parent.ns === "urn:sfti:CommonAggregateComponents:1:0" && n.parent.parent?.local === "Invoice" && n.parent.parent.ns === "urn:sfti:documents:BasicInvoice:1:0" && n.parent.parent.parent?.kind === "document" && step162(n, S)); }

function fire49(c, S, out) {
  let t118, t119, t120;
  const v29_0 = rt.sum((t120 ??= rt.childOfNodes((t119 ??= rt.childOfNodes((t118 ??= rt.stepOne(c, "parent", N16, null)), N64)), N66)));
  S.cur = 64;
  if (!rt.ebv(rt.optBool(rt.valueCompare("le", rt.fnAbs(rt.arith("-", rt.castSeq([c], "decimal", true), v29_0)), [K1])))) out.push(rt.finding(ROWS[64], c, (S.lang === "en" ? "Total VAT (TotalTaxAmount) is " + rt.valueOf([c]) + ", but the TaxSubTotal VAT amounts add up to " + rt.valueOf(v29_0) + "." : "Total moms (TotalTaxAmount) är " + rt.valueOf([c]) + ", men momsbeloppen i TaxSubTotal summerar till " + rt.valueOf(v29_0) + ".")));
}

function step163(n, S) {
  if (n.kind !== "element" || n.local !== "Invoice" || n.ns !== "urn:sfti:documents:BasicInvoice:1:0") return false;
  return n.parent !== null && n.parent.kind === "document";
}

function step164(n, S) {
  if (n.kind !== "element" || n.local !== "AllowanceCharge" || n.ns !== "urn:sfti:documents:BasicInvoice:1:0") return false;
  return n.parent !== null && step163(n.parent, S);
}

function match50(n, S) { return (n.parent?.local === "Invoice" && n.parent.ns === "urn:sfti:documents:BasicInvoice:1:0" && n.parent.parent?.kind === "document" && step164(n, S)); }

function fire50(c, S, out) {
  let t121, t122, t123;
  const v30_0 = (t123 ??= rt.childOfNodes((t122 ??= rt.childOfNodes((t121 ??= rt.child(c, N9)), N10)), N8));
  S.cur = 65;
  if (!(S.D.memo[25] !== undefined ? S.D.memo[25] : (S.D.memo[25] = ((S.D.memo[24] !== undefined ? S.D.memo[24] : (S.D.memo[24] = rt.childOfNodes(rt.childOfNodes(rt.child(rt.requireNode(rt.rootOf(rt.requireNode(c))), N3), N47), N49))).length > 0)))) out.push(rt.finding(ROWS[65], c, (S.lang === "en" ? "The invoice has allowances or charges; then give the total without VAT in LegalTotal/TaxExclusiveTotalAmount." : "Fakturan har rabatter eller avgifter; redovisa då beloppet exklusive moms i LegalTotal/TaxExclusiveTotalAmount.")));
  S.cur = 66;
  if (!(rt.normalizeSpace(rt.strArg(v30_0, "normalize-space")) === "VAT")) out.push(rt.finding(ROWS[66], c, (S.lang === "en" ? "Allowance/charge tax scheme (AllowanceCharge/TaxCategory/TaxScheme/ID) is '" + rt.valueOf(v30_0) + "'; only VAT is allowed." : "Skatteschemat för rabatt/avgift (AllowanceCharge/TaxCategory/TaxScheme/ID) är '" + rt.valueOf(v30_0) + "'; bara VAT är tillåtet.")));
}

function step165(n, S) {
  if (n.kind !== "element" || n.local !== "Invoice" || n.ns !== "urn:sfti:documents:BasicInvoice:1:0") return false;
  return n.parent !== null && n.parent.kind === "document";
}

function step166(n, S) {
  if (n.kind !== "element" || n.local !== "AllowanceCharge" || n.ns !== "urn:sfti:documents:BasicInvoice:1:0") return false;
  return n.parent !== null && step165(n.parent, S);
}

function step167(n, S) {
  if (n.kind !== "element" || n.local !== "ReasonCode" || n.ns !== "urn:sfti:CommonAggregateComponents:1:0") return false;
  return n.parent !== null && step166(n.parent, S);
}

function match51(n, S) { return (n.parent?.local === "AllowanceCharge" && n.parent.ns === "urn:sfti:documents:BasicInvoice:1:0" && n.parent.parent?.local === "Invoice" && n.parent.parent.ns === "urn:sfti:documents:BasicInvoice:1:0" && n.parent.parent.parent?.kind === "document" && step167(n, S)); }

function fire51(c, S, out) {
  S.cur = 67;
  if (!(rt.string([c]) === "ZZZ")) out.push(rt.finding(ROWS[67], c, (S.lang === "en" ? "Document level allowance/charge reason code (ReasonCode) is '" + rt.valueOf([c]) + "'; only ZZZ is allowed." : "Orsakskoden för rabatt/avgift på fakturanivå (ReasonCode) är '" + rt.valueOf([c]) + "'; bara ZZZ är tillåten.")));
}

function step168(n, S) {
  if (n.kind !== "element" || n.local !== "Invoice" || n.ns !== "urn:sfti:documents:BasicInvoice:1:0") return false;
  return n.parent !== null && n.parent.kind === "document";
}

function step169(n, S) {
  if (n.kind !== "element" || n.local !== "AllowanceCharge" || n.ns !== "urn:sfti:documents:BasicInvoice:1:0") return false;
  return n.parent !== null && step168(n.parent, S);
}

function step170(n, S) {
  if (n.kind !== "element" || n.local !== "TaxCategory" || n.ns !== "urn:sfti:CommonAggregateComponents:1:0") return false;
  return n.parent !== null && step169(n.parent, S);
}

function match52(n, S) { return (n.parent?.local === "AllowanceCharge" && n.parent.ns === "urn:sfti:documents:BasicInvoice:1:0" && n.parent.parent?.local === "Invoice" && n.parent.parent.ns === "urn:sfti:documents:BasicInvoice:1:0" && n.parent.parent.parent?.kind === "document" && step170(n, S)); }

function fire52(c, S, out) {
  S.cur = 68;
  if (!rt.anyOnAxis(c, "child", N43)) out.push(rt.finding(ROWS[68], c, (S.lang === "en" ? "The allowance/charge tax category (AllowanceCharge/TaxCategory) has no rate (Percent)." : "Momskategorin för rabatt/avgift (AllowanceCharge/TaxCategory) saknar momssats (Percent).")));
}

function step171(n, S) {
  if (n.kind !== "element" || n.local !== "Invoice" || n.ns !== "urn:sfti:documents:BasicInvoice:1:0") return false;
  return n.parent !== null && n.parent.kind === "document";
}

function step172(n, S) {
  if (n.kind !== "element" || n.local !== "AllowanceCharge" || n.ns !== "urn:sfti:documents:BasicInvoice:1:0") return false;
  return n.parent !== null && step171(n.parent, S);
}

function step173(n, S) {
  if (n.kind !== "element" || n.local !== "TaxCategory" || n.ns !== "urn:sfti:CommonAggregateComponents:1:0") return false;
  return n.parent !== null && step172(n.parent, S);
}

function step174(n, S) {
  if (n.kind !== "element" || n.local !== "ID" || n.ns !== "urn:sfti:CommonAggregateComponents:1:0") return false;
  return n.parent !== null && step173(n.parent, S);
}

function match53(n, S) { return (n.parent?.local === "TaxCategory" && n.parent.ns === "urn:sfti:CommonAggregateComponents:1:0" && n.parent.parent?.local === "AllowanceCharge" && n.parent.parent.ns === "urn:sfti:documents:BasicInvoice:1:0" && n.parent.parent.parent?.local === "Invoice" && n.parent.parent.parent.ns === "urn:sfti:documents:BasicInvoice:1:0" && n.parent.parent.parent.parent?.kind === "document" && step174(n, S)); }

function fire53(c, S, out) {
  S.cur = 69;
  if (!((rt.normalizeSpace(rt.strItem(c, "normalize-space")) !== "E") || (S.D.memo[27] !== undefined ? S.D.memo[27] : (S.D.memo[27] = ((S.D.memo[26] !== undefined ? S.D.memo[26] : (S.D.memo[26] = rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(rt.child(rt.requireNode(rt.rootOf(rt.requireNode(c))), N3), N15), N64), N9), N65))).length > 0))))) out.push(rt.finding(ROWS[69], c, (S.lang === "en" ? "The allowance/charge is VAT exempt (category E) but the VAT breakdown (TaxSubTotal/TaxCategory/ExemptionReason) gives no exemption reason." : "Rabatt/avgift är momsbefriad (kategori E) men momsspecifikationen (TaxSubTotal/TaxCategory/ExemptionReason) motiverar inget undantag.")));
}

function step175(n, S) {
  if (n.kind !== "element" || n.local !== "Invoice" || n.ns !== "urn:sfti:documents:BasicInvoice:1:0") return false;
  return n.parent !== null && n.parent.kind === "document";
}

function step176(n, S) {
  if (n.kind !== "element" || n.local !== "AllowanceCharge" || n.ns !== "urn:sfti:documents:BasicInvoice:1:0") return false;
  return n.parent !== null && step175(n.parent, S);
}

function step177(n, S) {
  if (n.kind !== "element" || n.local !== "TaxCategory" || n.ns !== "urn:sfti:CommonAggregateComponents:1:0") return false;
  return n.parent !== null && step176(n.parent, S);
}

function step178(n, S) {
  if (n.kind !== "element" || n.local !== "Percent" || n.ns !== "urn:oasis:names:tc:ubl:CommonBasicComponents:1:0") return false;
  return n.parent !== null && step177(n.parent, S);
}

function match54(n, S) { return (n.parent?.local === "TaxCategory" && n.parent.ns === "urn:sfti:CommonAggregateComponents:1:0" && n.parent.parent?.local === "AllowanceCharge" && n.parent.parent.ns === "urn:sfti:documents:BasicInvoice:1:0" && n.parent.parent.parent?.local === "Invoice" && n.parent.parent.parent.ns === "urn:sfti:documents:BasicInvoice:1:0" && n.parent.parent.parent.parent?.kind === "document" && step178(n, S)); }

function fire54(c, S, out) {
  let t125, t126;
  const v31_0 = rt.normalizeSpace(rt.strArg((t126 ??= rt.childOfNodes((t125 ??= rt.stepOne(c, "parent", N16, null)), N8)), "normalize-space"));
  S.cur = 70;
  if (!((v31_0 !== "E") || rt.ebv(rt.optBool(rt.valueCompare("eq", rt.castSeq([c], "decimal", true), [0n]))))) out.push(rt.finding(ROWS[70], c, (S.lang === "en" ? "The allowance/charge has category E (exempt) but rate " + rt.valueOf([c]) + "; it must be 0." : "Rabatt/avgift har momskategori E (undantag) men momssats " + rt.valueOf([c]) + "; den ska vara 0.")));
  S.cur = 71;
  if (!((v31_0 !== "S") || rt.ebv(rt.optBool(rt.valueCompare("ne", rt.castSeq([c], "decimal", true), [0n]))))) out.push(rt.finding(ROWS[71], c, (S.lang === "en" ? "The allowance/charge has category S with rate 0; rate 0 belongs to category E (foreign invoices may follow other rules)." : "Rabatt/avgift har momskategori S men momssats 0; 0 används bara med kategori E (utländska fakturor kan ha andra regler).")));
}

function step179(n, S) {
  if (n.kind !== "element" || n.local !== "Invoice" || n.ns !== "urn:sfti:documents:BasicInvoice:1:0") return false;
  return n.parent !== null && n.parent.kind === "document";
}

function step180(n, S) {
  if (n.kind !== "element" || n.local !== "AllowanceCharge" || n.ns !== "urn:sfti:documents:BasicInvoice:1:0") return false;
  return n.parent !== null && step179(n.parent, S);
}

function step181(n, S) {
  if (n.kind !== "element" || n.local !== "TaxCategory" || n.ns !== "urn:sfti:CommonAggregateComponents:1:0") return false;
  const c = n;
  if (!rt.childValueIs(c, N8, "S", true)) return false;
  return n.parent !== null && step180(n.parent, S);
}

function match55(n, S) { return (n.parent?.local === "AllowanceCharge" && n.parent.ns === "urn:sfti:documents:BasicInvoice:1:0" && n.parent.parent?.local === "Invoice" && n.parent.parent.ns === "urn:sfti:documents:BasicInvoice:1:0" && n.parent.parent.parent?.kind === "document" && step181(n, S)); }

function fire55(c, S, out) {
  let t127;
  S.cur = 72;
  if (!rt.generalCompare("eq", [rt.number((t127 ??= rt.child(c, N43)))], Q4)) out.push(rt.finding(ROWS[72], c, (S.lang === "en" ? "Allowance/charge VAT rate " + rt.valueOf((t127 ??= rt.child(c, N43))) + " % is not a Swedish rate (25, 12 or 6 with category S, 0 with category E); check it, foreign invoices may use other rates." : "Momssatsen för rabatt/avgift " + rt.valueOf((t127 ??= rt.child(c, N43))) + " % är ingen svensk momssats (25, 12 eller 6 med kategori S, 0 med kategori E); kontrollera, utländska fakturor kan ha andra satser.")));
}

function step182(n, S) {
  if (n.kind !== "element" || n.local !== "Invoice" || n.ns !== "urn:sfti:documents:BasicInvoice:1:0") return false;
  return n.parent !== null && n.parent.kind === "document";
}

function step183(n, S) {
  if (n.kind !== "element" || n.local !== "InvoiceTypeCode" || n.ns !== "urn:sfti:documents:BasicInvoice:1:0") return false;
  return n.parent !== null && step182(n.parent, S);
}

function match56(n, S) { return (n.parent?.local === "Invoice" && n.parent.ns === "urn:sfti:documents:BasicInvoice:1:0" && n.parent.parent?.kind === "document" && step183(n, S)); }

function fire56(c, S, out) {
  S.cur = 73;
  if (!rt.generalCompare("eq", rt.castSeq([c], "double", true), Q7)) out.push(rt.finding(ROWS[73], c, (S.lang === "en" ? "Invoice type (InvoiceTypeCode) is " + rt.valueOf([c]) + "; allowed values are 380 (invoice) and 381 (credit note)." : "Fakturatypen (InvoiceTypeCode) är " + rt.valueOf([c]) + "; tillåtna värden är 380 (faktura) och 381 (kreditnota).")));
}

function step184(n, S) {
  if (n.kind !== "element" || n.local !== "Invoice" || n.ns !== "urn:sfti:documents:BasicInvoice:1:0") return false;
  return n.parent !== null && n.parent.kind === "document";
}

function step185(n, S) {
  if (n.kind !== "element" || n.local !== "InvoiceTypeCode" || n.ns !== "urn:sfti:documents:BasicInvoice:1:0") return false;
  const c = n;
  if (!(rt.string([c]) === "381")) return false;
  return n.parent !== null && step184(n.parent, S);
}

function match57(n, S) { return (n.parent?.local === "Invoice" && n.parent.ns === "urn:sfti:documents:BasicInvoice:1:0" && n.parent.parent?.kind === "document" && step185(n, S)); }

function fire57(c, S, out) {
  S.cur = 74;
  if (!((S.D.memo[29] !== undefined ? S.D.memo[29] : (S.D.memo[29] = ((S.D.memo[28] !== undefined ? S.D.memo[28] : (S.D.memo[28] = rt.childOfNodes(rt.childOfNodes(rt.child(rt.requireNode(rt.rootOf(rt.requireNode(c))), N3), N69), N8))).length > 0))) || (S.D.memo[31] !== undefined ? S.D.memo[31] : (S.D.memo[31] = ((S.D.memo[30] !== undefined ? S.D.memo[30] : (S.D.memo[30] = rt.stepNodes(rt.child(rt.requireNode(rt.rootOf(rt.requireNode(c))), N3), "child", N70, [(c, p, z) => rt.anyOnAxis(c, "child", N71), (c, p, z) => rt.anyOnAxis(c, "child", N72)]))).length > 0))))) out.push(rt.finding(ROWS[74], c, (S.lang === "en" ? "The credit note does not refer to earlier invoicing: InitialInvoiceDocumentReference (or a complete InvoicingPeriod) is missing." : "Kreditnotan hänvisar inte till tidigare fakturering: InitialInvoiceDocumentReference (eller en fullständig InvoicingPeriod) saknas.")));
}

function step186(n, S) {
  if (n.kind !== "element" || n.local !== "Invoice" || n.ns !== "urn:sfti:documents:BasicInvoice:1:0") return false;
  return n.parent !== null && n.parent.kind === "document";
}

function step187(n, S) {
  if (n.kind !== "element" || n.local !== "InvoicingPeriod" || n.ns !== "urn:sfti:documents:BasicInvoice:1:0") return false;
  return n.parent !== null && step186(n.parent, S);
}

function match58(n, S) { return (n.parent?.local === "Invoice" && n.parent.ns === "urn:sfti:documents:BasicInvoice:1:0" && n.parent.parent?.kind === "document" && step187(n, S)); }

function fire58(c, S, out) {
  let t128, t129;
  S.cur = 75;
  if (!(rt.anyOnAxis(c, "child", N71) && rt.anyOnAxis(c, "child", N72))) out.push(rt.finding(ROWS[75], c, (S.lang === "en" ? "The invoicing period (InvoicingPeriod) must have both StartDateTime and EndDateTime." : "Faktureringsperioden (InvoicingPeriod) måste ha både StartDateTime och EndDateTime.")));
  S.cur = 76;
  if (!rt.ebv(rt.optBool(rt.valueCompare("le", rt.castSeq((t128 ??= rt.child(c, N71)), "dateTime", true), rt.castSeq((t129 ??= rt.child(c, N72)), "dateTime", true))))) out.push(rt.finding(ROWS[76], c, (S.lang === "en" ? "The invoicing period starts (" + rt.valueOf((t128 ??= rt.child(c, N71))) + ") after it ends (" + rt.valueOf((t129 ??= rt.child(c, N72))) + "); check the period." : "Faktureringsperioden börjar (" + rt.valueOf((t128 ??= rt.child(c, N71))) + ") efter att den slutar (" + rt.valueOf((t129 ??= rt.child(c, N72))) + "); kontrollera perioden.")));
  S.cur = 77;
  if (!rt.ebv(rt.optBool(rt.valueCompare("ge", (S.D.memo[7] !== undefined ? S.D.memo[7] : (S.D.memo[7] = rt.castSeq((S.D.memo[6] !== undefined ? S.D.memo[6] : (S.D.memo[6] = rt.childOfNodes(rt.child(rt.requireNode(rt.rootOf(rt.requireNode(c))), N3), N29))), "date", true))), rt.castSeq([rt.substringBefore(rt.strArg((t129 ??= rt.child(c, N72)), "substring-before"), "T")], "date", true))))) out.push(rt.finding(ROWS[77], c, (S.lang === "en" ? "Issue date (IssueDate) " + rt.valueOf((S.D.memo[6] !== undefined ? S.D.memo[6] : (S.D.memo[6] = rt.childOfNodes(rt.child(rt.requireNode(rt.rootOf(rt.requireNode(c))), N3), N29)))) + " is before the end of the invoicing period " + rt.valueOf((t129 ??= rt.child(c, N72))) + "." : "Fakturadatum (IssueDate) " + rt.valueOf((S.D.memo[6] !== undefined ? S.D.memo[6] : (S.D.memo[6] = rt.childOfNodes(rt.child(rt.requireNode(rt.rootOf(rt.requireNode(c))), N3), N29)))) + " är före faktureringsperiodens slut " + rt.valueOf((t129 ??= rt.child(c, N72))) + ".")));
}

function step188(n, S) {
  if (n.kind !== "element" || n.local !== "Invoice" || n.ns !== "urn:sfti:documents:BasicInvoice:1:0") return false;
  return n.parent !== null && n.parent.kind === "document";
}

function step189(n, S) {
  if (n.kind !== "element" || n.local !== "LineItemCountNumeric" || n.ns !== "urn:sfti:documents:BasicInvoice:1:0") return false;
  return n.parent !== null && step188(n.parent, S);
}

function match59(n, S) { return (n.parent?.local === "Invoice" && n.parent.ns === "urn:sfti:documents:BasicInvoice:1:0" && n.parent.parent?.kind === "document" && step189(n, S)); }

function fire59(c, S, out) {
  const v32_0 = (S.D.memo[33] !== undefined ? S.D.memo[33] : (S.D.memo[33] = (S.D.memo[32] !== undefined ? S.D.memo[32] : (S.D.memo[32] = rt.childOfNodes(rt.child(rt.requireNode(rt.rootOf(rt.requireNode(c))), N3), N34))).length));
  S.cur = 78;
  if (!rt.ebv(rt.optBool(rt.valueCompare("eq", rt.castSeq([c], "double", true), [BigInt(v32_0)])))) out.push(rt.finding(ROWS[78], c, (S.lang === "en" ? "Line count (LineItemCountNumeric) is " + rt.valueOf([c]) + ", but the invoice has " + rt.valueOf([BigInt(v32_0)]) + " lines." : "Antal fakturarader (LineItemCountNumeric) är " + rt.valueOf([c]) + ", men fakturan har " + rt.valueOf([BigInt(v32_0)]) + " rader.")));
  S.cur = 79;
  if (!(rt.valueCompare("gt", [rt.number([c])], [0n]) === true)) out.push(rt.finding(ROWS[79], c, (S.lang === "en" ? "Line count (LineItemCountNumeric) is " + rt.valueOf([c]) + "; it must be a positive integer." : "Antal fakturarader (LineItemCountNumeric) är " + rt.valueOf([c]) + "; det ska vara ett positivt heltal.")));
}

function step190(n, S) {
  if (n.kind !== "element" || n.local !== "Invoice" || n.ns !== "urn:sfti:documents:BasicInvoice:1:0") return false;
  return n.parent !== null && n.parent.kind === "document";
}

function step191(n, S) {
  if (n.kind !== "element" || n.local !== "RequisitionistDocumentReference" || n.ns !== "urn:sfti:documents:BasicInvoice:1:0") return false;
  return n.parent !== null && step190(n.parent, S);
}

function step192(n, S) {
  if (n.kind !== "element" || n.local !== "ID" || n.ns !== "urn:sfti:CommonAggregateComponents:1:0") return false;
  return n.parent !== null && step191(n.parent, S);
}

function match60(n, S) { return (n.parent?.local === "RequisitionistDocumentReference" && n.parent.ns === "urn:sfti:documents:BasicInvoice:1:0" && n.parent.parent?.local === "Invoice" && n.parent.parent.ns === "urn:sfti:documents:BasicInvoice:1:0" && n.parent.parent.parent?.kind === "document" && step192(n, S)); }

function fire60(c, S, out) {
  S.cur = 80;
  if (!rt.matches(rt.strItem(c, "matches"), RE2)) out.push(rt.finding(ROWS[80], c, (S.lang === "en" ? "The buyer reference (RequisitionistDocumentReference/ID) is empty." : "Köparens referens (RequisitionistDocumentReference/ID) är tom.")));
}

function step193(n, S) {
  if (n.kind !== "element" || n.local !== "Invoice" || n.ns !== "urn:sfti:documents:BasicInvoice:1:0") return false;
  return n.parent !== null && n.parent.kind === "document";
}

function step194(n, S) {
  if (n.kind !== "element" || n.local !== "TaxCurrencyCode" || n.ns !== "urn:sfti:documents:BasicInvoice:1:0") return false;
  return n.parent !== null && step193(n.parent, S);
}

function match61(n, S) { return (n.parent?.local === "Invoice" && n.parent.ns === "urn:sfti:documents:BasicInvoice:1:0" && n.parent.parent?.kind === "document" && step194(n, S)); }

function fire61(c, S, out) {
  S.cur = 81;
  if (!(S.D.memo[35] !== undefined ? S.D.memo[35] : (S.D.memo[35] = ((S.D.memo[34] !== undefined ? S.D.memo[34] : (S.D.memo[34] = rt.childOfNodes(rt.child(rt.requireNode(rt.rootOf(rt.requireNode(c))), N3), N30))).length > 0)))) out.push(rt.finding(ROWS[81], c, (S.lang === "en" ? "Tax currency " + rt.valueOf([c]) + " (TaxCurrencyCode) is given, but the exchange rate (ExchangeRate) is missing." : "Momsvaluta " + rt.valueOf([c]) + " (TaxCurrencyCode) anges, men växelkurs (ExchangeRate) saknas.")));
  S.cur = 82;
  if (!(S.D.memo[37] !== undefined ? S.D.memo[37] : (S.D.memo[37] = ((S.D.memo[36] !== undefined ? S.D.memo[36] : (S.D.memo[36] = rt.childOfNodes(rt.childOfNodes(rt.child(rt.requireNode(rt.rootOf(rt.requireNode(c))), N3), N15), N64))).length > 0)))) out.push(rt.finding(ROWS[82], c, (S.lang === "en" ? "Tax currency " + rt.valueOf([c]) + " (TaxCurrencyCode) is given, but the VAT breakdown (TaxTotal/TaxSubTotal) is missing." : "Momsvaluta " + rt.valueOf([c]) + " (TaxCurrencyCode) anges, men momsspecifikation (TaxTotal/TaxSubTotal) saknas.")));
  S.cur = 83;
  if (!(S.D.memo[39] !== undefined ? S.D.memo[39] : (S.D.memo[39] = ((S.D.memo[38] !== undefined ? S.D.memo[38] : (S.D.memo[38] = rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(rt.child(rt.requireNode(rt.rootOf(rt.requireNode(c))), N3), N15), N64), N2))).length > 0)))) out.push(rt.finding(ROWS[83], c, (S.lang === "en" ? "Tax currency " + rt.valueOf([c]) + " (TaxCurrencyCode) is given, but the VAT converted to it (TaxSubTotal/TaxCurrencyTaxAmount) is missing." : "Momsvaluta " + rt.valueOf([c]) + " (TaxCurrencyCode) anges, men momsen omräknad till momsvalutan (TaxSubTotal/TaxCurrencyTaxAmount) saknas.")));
  S.cur = 84;
  if (!(S.D.memo[1] !== undefined ? S.D.memo[1] : (S.D.memo[1] = ((S.D.memo[0] !== undefined ? S.D.memo[0] : (S.D.memo[0] = rt.childOfNodes(rt.child(rt.requireNode(rt.rootOf(rt.requireNode(c))), N3), N4))).length > 0)))) out.push(rt.finding(ROWS[84], c, (S.lang === "en" ? "A tax currency (TaxCurrencyCode) is given, but the invoice currency (InvoiceCurrencyCode) is missing." : "Momsvaluta (TaxCurrencyCode) anges, men fakturavaluta (InvoiceCurrencyCode) saknas.")));
}

function step195(n, S) {
  if (n.kind !== "element" || n.local !== "Invoice" || n.ns !== "urn:sfti:documents:BasicInvoice:1:0") return false;
  const c = n;
  if (!(!rt.anyOnAxis(c, "child", N32) || rt.generalCompare("eq", rt.child(c, N32), rt.child(c, N4)))) return false;
  return n.parent !== null && n.parent.kind === "document";
}

function step196(n, S) {
  if (n.kind !== "element" || n.local !== "TaxTotal" || n.ns !== "urn:sfti:CommonAggregateComponents:1:0") return false;
  return n.parent !== null && step195(n.parent, S);
}

function step197(n, S) {
  if (n.kind !== "element" || n.local !== "TaxSubTotal" || n.ns !== "urn:sfti:CommonAggregateComponents:1:0") return false;
  return n.parent !== null && step196(n.parent, S);
}

function match62(n, S) { return (n.parent?.local === "TaxTotal" && n.parent.ns === "urn:sfti:CommonAggregateComponents:1:0" && n.parent.parent?.local === "Invoice" && n.parent.parent.ns === "urn:sfti:documents:BasicInvoice:1:0" && n.parent.parent.parent?.kind === "document" && step197(n, S)); }

function fire62(c, S, out) {
  let t130, t131, t132, t133;
  const v33_0 = rt.arith("div", rt.arith("*", [rt.number((t130 ??= rt.child(c, N74)))], [rt.number((t132 ??= rt.childOfNodes((t131 ??= rt.child(c, N9)), N43)))]), [100n]);
  S.cur = 85;
  if (!(rt.valueCompare("lt", rt.fnAbs(rt.arith("-", v33_0, [rt.number((t133 ??= rt.child(c, N66)))])), [K1]) === true)) out.push(rt.finding(ROWS[85], c, (S.lang === "en" ? "VAT amount (TaxSubTotal/TaxAmount) " + rt.valueOf((t133 ??= rt.child(c, N66))) + " does not match taxable amount " + rt.valueOf((t130 ??= rt.child(c, N74))) + " × " + rt.valueOf((t132 ??= rt.childOfNodes((t131 ??= rt.child(c, N9)), N43))) + " % = " + rt.valueOf(v33_0) + "." : "Momsbeloppet (TaxSubTotal/TaxAmount) " + rt.valueOf((t133 ??= rt.child(c, N66))) + " stämmer inte med underlag " + rt.valueOf((t130 ??= rt.child(c, N74))) + " × " + rt.valueOf((t132 ??= rt.childOfNodes((t131 ??= rt.child(c, N9)), N43))) + " % = " + rt.valueOf(v33_0) + ".")));
}

function step198(n, S) {
  if (n.kind !== "element" || n.local !== "Invoice" || n.ns !== "urn:sfti:documents:BasicInvoice:1:0") return false;
  const c = n;
  if (!(S.D.hasNamePath(P32) && rt.anyOnAxisSeq(rt.childOfNodes(rt.child(c, N15), N64), "child", N74))) return false;
  return n.parent !== null && n.parent.kind === "document";
}

function step199(n, S) {
  if (n.kind !== "element" || n.local !== "LegalTotal" || n.ns !== "urn:sfti:CommonAggregateComponents:1:0") return false;
  return n.parent !== null && step198(n.parent, S);
}

function step200(n, S) {
  if (n.kind !== "element" || n.local !== "TaxExclusiveTotalAmount" || n.ns !== "urn:oasis:names:tc:ubl:CommonBasicComponents:1:0") return false;
  return n.parent !== null && step199(n.parent, S);
}

function match63(n, S) { return (n.parent?.local === "LegalTotal" && n.parent.ns === "urn:sfti:CommonAggregateComponents:1:0" && n.parent.parent?.local === "Invoice" && n.parent.parent.ns === "urn:sfti:documents:BasicInvoice:1:0" && n.parent.parent.parent?.kind === "document" && step200(n, S)); }

function fire63(c, S, out) {
  const v34_0 = (S.D.memo[41] !== undefined ? S.D.memo[41] : (S.D.memo[41] = rt.sum((S.D.memo[40] !== undefined ? S.D.memo[40] : (S.D.memo[40] = rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(rt.child(rt.requireNode(rt.rootOf(rt.requireNode(c))), N3), N15), N64), N74))))));
  S.cur = 86;
  if (!(rt.valueCompare("lt", rt.fnAbs(rt.arith("-", [rt.number([c])], v34_0)), [K1]) === true)) out.push(rt.finding(ROWS[86], c, (S.lang === "en" ? "Total without VAT (LegalTotal/TaxExclusiveTotalAmount) " + rt.valueOf([c]) + " does not match the sum of taxable amounts (TaxSubTotal/TaxableAmount) " + rt.valueOf(v34_0) + "." : "Belopp exklusive moms (LegalTotal/TaxExclusiveTotalAmount) " + rt.valueOf([c]) + " stämmer inte med summan av momsunderlagen (TaxSubTotal/TaxableAmount) " + rt.valueOf(v34_0) + ".")));
}

function step201(n, S) {
  if (n.kind !== "element" || n.local !== "Invoice" || n.ns !== "urn:sfti:documents:BasicInvoice:1:0") return false;
  const c = n;
  if (!rt.anyOnAxis(c, "child", N4)) return false;
  if (!rt.anyOnAxis(c, "child", N32)) return false;
  return n.parent !== null && n.parent.kind === "document";
}

function match64(n, S) { return (n.parent?.kind === "document" && step201(n, S)); }

function fire64(c, S, out) {
  let t134, t135;
  S.cur = 87;
  if (!(rt.string((t134 ??= rt.child(c, N32))) !== rt.string((t135 ??= rt.child(c, N4))))) out.push(rt.finding(ROWS[87], c, (S.lang === "en" ? "The tax currency (TaxCurrencyCode) equals the invoice currency (InvoiceCurrencyCode), " + rt.valueOf((t135 ??= rt.child(c, N4))) + "; give TaxCurrencyCode only when it differs." : "Momsvalutan (TaxCurrencyCode) är samma som fakturavalutan (InvoiceCurrencyCode), " + rt.valueOf((t135 ??= rt.child(c, N4))) + "; ange TaxCurrencyCode bara när den skiljer sig.")));
}

function step202(n, S) {
  if (n.kind !== "element" || n.local !== "Invoice" || n.ns !== "urn:sfti:documents:BasicInvoice:1:0") return false;
  const c = n;
  if (!rt.generalCompare("ne", rt.child(c, N32), rt.child(c, N4))) return false;
  if (!(S.D.hasNamePath(P34) && rt.anyOnAxisSeq(rt.child(c, N30), "child", N33))) return false;
  return n.parent !== null && n.parent.kind === "document";
}

function step203(n, S) {
  if (n.kind !== "element" || n.local !== "TaxTotal" || n.ns !== "urn:sfti:CommonAggregateComponents:1:0") return false;
  return n.parent !== null && step202(n.parent, S);
}

function match65(n, S) { return (n.parent?.local === "Invoice" && n.parent.ns === "urn:sfti:documents:BasicInvoice:1:0" && n.parent.parent?.kind === "document" && step203(n, S)); }

function fire65(c, S, out) {
  let t136, t137, t138;
  const v35_0 = rt.sum((t137 ??= rt.childOfNodes((t136 ??= rt.child(c, N64)), N2)));
  const v36_0 = rt.arith("*", rt.sum((t138 ??= rt.childOfNodes((t136 ??= rt.child(c, N64)), N66))), [(S.D.memo[42] !== undefined ? S.D.memo[42] : (S.D.memo[42] = rt.number((S.D.memo[10] !== undefined ? S.D.memo[10] : (S.D.memo[10] = rt.childOfNodes(rt.childOfNodes(rt.child(rt.requireNode(rt.rootOf(rt.requireNode(c))), N3), N30), N33))))))]);
  S.cur = 88;
  if (!(rt.valueCompare("lt", rt.fnAbs(rt.arith("-", v35_0, v36_0)), [K1]) === true)) out.push(rt.finding(ROWS[88], c, (S.lang === "en" ? "VAT in tax currency (TaxSubTotal/TaxCurrencyTaxAmount) adds up to " + rt.valueOf(v35_0) + ", but VAT amounts × exchange rate give " + rt.valueOf(v36_0) + "." : "Momsen i momsvaluta (TaxSubTotal/TaxCurrencyTaxAmount) summerar till " + rt.valueOf(v35_0) + ", men momsbeloppen × växelkursen ger " + rt.valueOf(v36_0) + ".")));
}

function step204(n, S) {
  if (n.kind !== "element" || n.local !== "Invoice" || n.ns !== "urn:sfti:documents:BasicInvoice:1:0") return false;
  return n.parent !== null;
}

function step205(n, S) {
  if (n.kind !== "element" || n.local !== "InvoiceLine" || n.ns !== "urn:sfti:CommonAggregateComponents:1:0") return false;
  return n.parent !== null && step204(n.parent, S);
}

function step206(n, S) {
  if (n.kind !== "element" || n.local !== "Item" || n.ns !== "urn:sfti:CommonAggregateComponents:1:0") return false;
  return n.parent !== null && step205(n.parent, S);
}

function step207(n, S) {
  if (n.kind !== "element" || n.local !== "TaxCategory" || n.ns !== "urn:sfti:CommonAggregateComponents:1:0") return false;
  const c = n;
  if (!rt.childValueIs(c, N8, "E", true)) return false;
  return n.parent !== null && step206(n.parent, S);
}

function match66(n, S) { return (n.parent?.local === "Item" && n.parent.ns === "urn:sfti:CommonAggregateComponents:1:0" && n.parent.parent?.local === "InvoiceLine" && n.parent.parent.ns === "urn:sfti:CommonAggregateComponents:1:0" && n.parent.parent.parent?.local === "Invoice" && n.parent.parent.parent.ns === "urn:sfti:documents:BasicInvoice:1:0" && step207(n, S)); }

function fire66(c, S, out) {
  S.cur = 89;
  if (!(S.D.memo[44] !== undefined ? S.D.memo[44] : (S.D.memo[44] = ((S.D.memo[43] !== undefined ? S.D.memo[43] : (S.D.memo[43] = rt.stepNodes(rt.descendantsByName(S.D, c, "urn:sfti:CommonAggregateComponents:1:0", "TaxSubTotal"), "child", N9, [(c, p, z) => rt.childValueIs(c, N8, "E", true)]))).length > 0)))) out.push(rt.finding(ROWS[89], c, (S.lang === "en" ? "The invoice line is VAT exempt (category E), but the VAT breakdown (TaxTotal/TaxSubTotal) has no category E." : "Fakturaraden är momsbefriad (kategori E), men momsspecifikationen (TaxTotal/TaxSubTotal) har ingen kategori E.")));
}

function step208(n, S) {
  if (n.kind !== "element" || n.local !== "Invoice" || n.ns !== "urn:sfti:documents:BasicInvoice:1:0") return false;
  return n.parent !== null;
}

function step209(n, S) {
  if (n.kind !== "element" || n.local !== "InvoiceLine" || n.ns !== "urn:sfti:CommonAggregateComponents:1:0") return false;
  return n.parent !== null && step208(n.parent, S);
}

function step210(n, S) {
  if (n.kind !== "element" || n.local !== "Item" || n.ns !== "urn:sfti:CommonAggregateComponents:1:0") return false;
  return n.parent !== null && step209(n.parent, S);
}

function step211(n, S) {
  if (n.kind !== "element" || n.local !== "TaxCategory" || n.ns !== "urn:sfti:CommonAggregateComponents:1:0") return false;
  const c = n;
  if (!rt.childValueIs(c, N8, "S", true)) return false;
  return n.parent !== null && step210(n.parent, S);
}

function match67(n, S) { return (n.parent?.local === "Item" && n.parent.ns === "urn:sfti:CommonAggregateComponents:1:0" && n.parent.parent?.local === "InvoiceLine" && n.parent.parent.ns === "urn:sfti:CommonAggregateComponents:1:0" && n.parent.parent.parent?.local === "Invoice" && n.parent.parent.parent.ns === "urn:sfti:documents:BasicInvoice:1:0" && step211(n, S)); }

function fire67(c, S, out) {
  let t139;
  const v37_0 = (t139 ??= rt.child(c, N43));
  S.cur = 90;
  if (!(S.D.memo[45] !== undefined ? S.D.memo[45] : (S.D.memo[45] = rt.stepNodes(rt.descendantsByName(S.D, c, "urn:sfti:CommonAggregateComponents:1:0", "TaxSubTotal"), "child", N9, [(c, p, z) => rt.childValueIs(c, N8, "S", true)]))).some((v38_0) => rt.generalCompare("eq", rt.castSeq(rt.child(rt.requireNode(v38_0), N43), "decimal", true), rt.castSeq(v37_0, "decimal", true)))) out.push(rt.finding(ROWS[90], c, (S.lang === "en" ? "The invoice line has VAT " + rt.valueOf((t139 ??= rt.child(c, N43))) + " % (category S), but the VAT breakdown (TaxTotal/TaxSubTotal) has no entry for that rate." : "Fakturaraden har moms " + rt.valueOf((t139 ??= rt.child(c, N43))) + " % (kategori S), men momsspecifikationen (TaxTotal/TaxSubTotal) har ingen rad för den momssatsen.")));
}

function step212(n, S) {
  if (n.kind !== "element" || n.local !== "Invoice" || n.ns !== "urn:sfti:documents:BasicInvoice:1:0") return false;
  return n.parent !== null;
}

function step213(n, S) {
  if (n.kind !== "element" || n.local !== "InvoiceLine" || n.ns !== "urn:sfti:CommonAggregateComponents:1:0") return false;
  const c = n;
  if (!!rt.anyOnAxis(c, "child", N75)) return false;
  if (!!(S.D.hasNamePath(P36) && rt.anyOnAxisSeq(rt.child(c, N38), "child", N76))) return false;
  return n.parent !== null && step212(n.parent, S);
}

function step214(n, S) {
  if (n.kind !== "element" || n.local !== "LineExtensionAmount" || n.ns !== "urn:oasis:names:tc:ubl:CommonBasicComponents:1:0") return false;
  return n.parent !== null && step213(n.parent, S);
}

function match68(n, S) { return (n.parent?.local === "InvoiceLine" && n.parent.ns === "urn:sfti:CommonAggregateComponents:1:0" && n.parent.parent?.local === "Invoice" && n.parent.parent.ns === "urn:sfti:documents:BasicInvoice:1:0" && step214(n, S)); }

function fire68(c, S, out) {
  let t140, t141;
  S.cur = 91;
  if (!rt.ebv(rt.optBool(rt.valueCompare("eq", rt.castSeq([c], "double", true), [0n])))) out.push(rt.finding(ROWS[91], c, (S.lang === "en" ? "Invoice line " + rt.valueOf((t141 ??= rt.childOfNodes((t140 ??= rt.stepOne(c, "parent", N16, null)), N8))) + " has amount " + rt.valueOf([c]) + " but no description (Note or Item/Description)." : "Fakturarad " + rt.valueOf((t141 ??= rt.childOfNodes((t140 ??= rt.stepOne(c, "parent", N16, null)), N8))) + " har beloppet " + rt.valueOf([c]) + " men ingen beskrivning (Note eller Item/Description).")));
}

function step215(n, S) {
  if (n.kind !== "element" || n.local !== "Invoice" || n.ns !== "urn:sfti:documents:BasicInvoice:1:0") return false;
  return n.parent !== null;
}

function step216(n, S) {
  if (n.kind !== "element" || n.local !== "LegalTotal" || n.ns !== "urn:sfti:CommonAggregateComponents:1:0") return false;
  const c = n;
  if (!rt.anyOnAxis(c, "child", N53)) return false;
  if (!rt.generalCompare1("ne", [rt.number(rt.child(c, N53))], rt.atomizeItem(0n))) return false;
  return n.parent !== null && step215(n.parent, S);
}

function step217(n, S) {
  if (n.kind !== "element" || n.local !== "TaxInclusiveTotalAmount" || n.ns !== "urn:oasis:names:tc:ubl:CommonBasicComponents:1:0") return false;
  return n.parent !== null && step216(n.parent, S);
}

function match69(n, S) { return (n.parent?.local === "LegalTotal" && n.parent.ns === "urn:sfti:CommonAggregateComponents:1:0" && n.parent.parent?.local === "Invoice" && n.parent.parent.ns === "urn:sfti:documents:BasicInvoice:1:0" && step217(n, S)); }

function fire69(c, S, out) {
  let t142, t143, t144, t145, t146, t147, t148, t149, t150, t151, t152;
  const v39_0 = rt.sum((t145 ??= rt.childOfNodes((t144 ??= rt.childOfNodes((t143 ??= rt.stepNodes((t142 ??= rt.stepOne(c, "parent", N16, null)), "parent", N16, null)), N34)), N45)));
  const v40_0 = rt.sum((t147 ??= rt.childOfNodes((t146 ??= rt.stepNodes((t143 ??= rt.stepNodes((t142 ??= rt.stepOne(c, "parent", N16, null)), "parent", N16, null)), "child", N50, [(c, p, z) => rt.generalCompare("eq", rt.child(c, N37), Q6)])), N36)));
  const v41_0 = rt.sum((t149 ??= rt.childOfNodes((t148 ??= rt.stepNodes((t143 ??= rt.stepNodes((t142 ??= rt.stepOne(c, "parent", N16, null)), "parent", N16, null)), "child", N50, [(c, p, z) => rt.generalCompare("eq", rt.child(c, N37), Q5)])), N36)));
  const v42_0 = rt.sum((t151 ??= rt.childOfNodes((t150 ??= rt.childOfNodes((t143 ??= rt.stepNodes((t142 ??= rt.stepOne(c, "parent", N16, null)), "parent", N16, null)), N15)), N52)));
  const v43_0 = rt.sum((t152 ??= rt.childOfNodes((t142 ??= rt.stepOne(c, "parent", N16, null)), N53)));
  S.cur = 92;
  if (!rt.ebv(rt.optBool(rt.valueCompare("lt", rt.fnAbs(rt.arith("-", rt.arith("-", rt.arith("+", rt.arith("-", rt.arith("-", rt.castSeq([c], "decimal", true), v39_0), v40_0), v41_0), v42_0), v43_0)), [K3])))) out.push(rt.finding(ROWS[92], c, (S.lang === "en" ? "Rounding (RoundOffAmount) " + rt.valueOf((t152 ??= rt.childOfNodes((t142 ??= rt.stepOne(c, "parent", N16, null)), N53))) + " is used, so the total with VAT (TaxInclusiveTotalAmount) " + rt.valueOf([c]) + " must match lines, charges, allowances, VAT and rounding exactly." : "Öresavrundning (RoundOffAmount) " + rt.valueOf((t152 ??= rt.childOfNodes((t142 ??= rt.stepOne(c, "parent", N16, null)), N53))) + " används, så belopp inklusive moms (TaxInclusiveTotalAmount) " + rt.valueOf([c]) + " ska stämma exakt med radbelopp, avgifter, rabatter, moms och avrundning.")));
}

function step218(n, S) {
  if (n.kind !== "element" || n.local !== "Invoice" || n.ns !== "urn:sfti:documents:BasicInvoice:1:0") return false;
  return n.parent !== null;
}

function step219(n, S) {
  if (n.kind !== "element" || n.local !== "TaxTotal" || n.ns !== "urn:sfti:CommonAggregateComponents:1:0") return false;
  const c = n;
  if (!rt.ebv(rt.stepNodes(rt.childOfNodes(rt.child(c, N64), N9), "child", N10, [(c, p, z) => rt.childValueIs(c, N8, "VAT", true)]))) return false;
  return n.parent !== null && step218(n.parent, S);
}

function match70(n, S) { return (n.parent?.local === "Invoice" && n.parent.ns === "urn:sfti:documents:BasicInvoice:1:0" && step219(n, S)); }

function fire70(c, S, out) {
  S.cur = 93;
  if (!(S.D.memo[48] !== undefined ? S.D.memo[48] : (S.D.memo[48] = ((S.D.memo[47] !== undefined ? S.D.memo[47] : (S.D.memo[47] = rt.childOfNodes((S.D.memo[46] !== undefined ? S.D.memo[46] : (S.D.memo[46] = rt.stepNodes(rt.childOfNodes(rt.descendantsByName(S.D, c, "urn:sfti:CommonAggregateComponents:1:0", "SellerParty"), N5), "child", N22, [(c, p, z) => rt.generalCompare1("eq", rt.childOfNodes(rt.child(c, N10), N8), "VAT")]))), N23))).length > 0)))) out.push(rt.finding(ROWS[93], c, (S.lang === "en" ? "The invoice contains VAT, but the seller's VAT number (PartyTaxScheme with TaxScheme/ID VAT) is missing." : "Fakturan innehåller moms, men säljarens momsregistreringsnummer (PartyTaxScheme med TaxScheme/ID VAT) saknas.")));
}

function step220(n, S) {
  if (n.kind !== "element" || n.local !== "Invoice" || n.ns !== "urn:sfti:documents:BasicInvoice:1:0") return false;
  return n.parent !== null;
}

function step221(n, S) {
  if (n.kind !== "element" || n.local !== "AdditionalDocumentReference" || n.ns !== "urn:sfti:documents:BasicInvoice:1:0") return false;
  return n.parent !== null && step220(n.parent, S);
}

function step222(n, S) {
  if (n.kind !== "element" || n.local !== "ID" || n.ns !== "urn:sfti:CommonAggregateComponents:1:0") return false;
  const c = n;
  if (!(rt.anyOnAxis(c, "attribute", N78) && rt.anyOnAxis(c, "attribute", N79))) return false;
  return n.parent !== null && step221(n.parent, S);
}

function match71(n, S) { return (n.parent?.local === "AdditionalDocumentReference" && n.parent.ns === "urn:sfti:documents:BasicInvoice:1:0" && n.parent.parent?.local === "Invoice" && n.parent.parent.ns === "urn:sfti:documents:BasicInvoice:1:0" && step222(n, S)); }

function fire71(c, S, out) {
  let t153, t154;
  S.cur = 94;
  if (!(rt.attributeValueIs(c, N78, "SFTI", true) || rt.generalCompare("eq", (t153 ??= rt.stepOne(c, "attribute", N79, null)), global0(S)))) out.push(rt.finding(ROWS[94], c, (S.lang === "en" ? "The document reference (AdditionalDocumentReference/ID) uses identificationSchemeAgencyName '" + rt.valueOf((t154 ??= rt.stepOne(c, "attribute", N78, null))) + "' and identificationSchemeID '" + rt.valueOf((t153 ??= rt.stepOne(c, "attribute", N79, null))) + "'; such use must be agreed bilaterally." : "Dokumentreferensen (AdditionalDocumentReference/ID) använder identificationSchemeAgencyName '" + rt.valueOf((t154 ??= rt.stepOne(c, "attribute", N78, null))) + "' och identificationSchemeID '" + rt.valueOf((t153 ??= rt.stepOne(c, "attribute", N79, null))) + "'; sådan användning måste avtalas bilateralt.")));
}

function step223(n, S) {
  if (n.kind !== "element" || n.local !== "Invoice" || n.ns !== "urn:sfti:documents:BasicInvoice:1:0") return false;
  return n.parent !== null;
}

function step224(n, S) {
  if (n.kind !== "element" || n.local !== "AdditionalDocumentReference" || n.ns !== "urn:sfti:documents:BasicInvoice:1:0") return false;
  return n.parent !== null && step223(n.parent, S);
}

function step225(n, S) {
  if (n.kind !== "element" || n.local !== "ID" || n.ns !== "urn:sfti:CommonAggregateComponents:1:0") return false;
  const c = n;
  if (!(rt.anyOnAxis(c, "attribute", N78) && rt.inStringSet(rt.stepOne(c, "attribute", N79, null), SET0, Q0))) return false;
  return n.parent !== null && step224(n.parent, S);
}

function match72(n, S) { return (n.parent?.local === "AdditionalDocumentReference" && n.parent.ns === "urn:sfti:documents:BasicInvoice:1:0" && n.parent.parent?.local === "Invoice" && n.parent.parent.ns === "urn:sfti:documents:BasicInvoice:1:0" && step225(n, S)); }

function fire72(c, S, out) {
  let t155, t156;
  S.cur = 95;
  if (!rt.attributeValueIs(c, N78, "SFTI", true)) out.push(rt.finding(ROWS[95], c, (S.lang === "en" ? "The document reference has type " + rt.valueOf((t155 ??= rt.stepOne(c, "attribute", N79, null))) + " (CT, ACD, DQ or ATS), so identificationSchemeAgencyName must be SFTI, not '" + rt.valueOf((t156 ??= rt.stepOne(c, "attribute", N78, null))) + "'." : "Dokumentreferensen har typen " + rt.valueOf((t155 ??= rt.stepOne(c, "attribute", N79, null))) + " (CT, ACD, DQ eller ATS), då ska identificationSchemeAgencyName vara SFTI, inte '" + rt.valueOf((t156 ??= rt.stepOne(c, "attribute", N78, null))) + "'.")));
}

function step226(n, S) {
  if (n.kind !== "element" || n.local !== "Invoice" || n.ns !== "urn:sfti:documents:BasicInvoice:1:0") return false;
  return n.parent !== null;
}

function step227(n, S) {
  if (n.kind !== "element" || n.local !== "AdditionalDocumentReference" || n.ns !== "urn:sfti:documents:BasicInvoice:1:0") return false;
  return n.parent !== null && step226(n.parent, S);
}

function step228(n, S) {
  if (n.kind !== "element" || n.local !== "ID" || n.ns !== "urn:sfti:CommonAggregateComponents:1:0") return false;
  const c = n;
  if (!(rt.anyOnAxis(c, "attribute", N78) && !rt.anyOnAxis(c, "attribute", N79))) return false;
  return n.parent !== null && step227(n.parent, S);
}

function match73(n, S) { return (n.parent?.local === "AdditionalDocumentReference" && n.parent.ns === "urn:sfti:documents:BasicInvoice:1:0" && n.parent.parent?.local === "Invoice" && n.parent.parent.ns === "urn:sfti:documents:BasicInvoice:1:0" && step228(n, S)); }

function fire73(c, S, out) {
  let t157;
  S.cur = 96;
  if (!rt.attributeValueIs(c, N78, "SFTI", true)) out.push(rt.finding(ROWS[96], c, (S.lang === "en" ? "The document reference uses identificationSchemeAgencyName '" + rt.valueOf((t157 ??= rt.stepOne(c, "attribute", N78, null))) + "'; such use must be agreed bilaterally." : "Dokumentreferensen använder identificationSchemeAgencyName '" + rt.valueOf((t157 ??= rt.stepOne(c, "attribute", N78, null))) + "'; sådan användning måste avtalas bilateralt.")));
}

function step229(n, S) {
  if (n.kind !== "element" || n.local !== "Invoice" || n.ns !== "urn:sfti:documents:BasicInvoice:1:0") return false;
  return n.parent !== null;
}

function step230(n, S) {
  if (n.kind !== "element" || n.local !== "AdditionalDocumentReference" || n.ns !== "urn:sfti:documents:BasicInvoice:1:0") return false;
  return n.parent !== null && step229(n.parent, S);
}

function step231(n, S) {
  if (n.kind !== "element" || n.local !== "ID" || n.ns !== "urn:sfti:CommonAggregateComponents:1:0") return false;
  const c = n;
  if (!(rt.attributeValueIs(c, N78, "SFTI", true) && rt.anyOnAxis(c, "attribute", N79))) return false;
  return n.parent !== null && step230(n.parent, S);
}

function match74(n, S) { return (n.parent?.local === "AdditionalDocumentReference" && n.parent.ns === "urn:sfti:documents:BasicInvoice:1:0" && n.parent.parent?.local === "Invoice" && n.parent.parent.ns === "urn:sfti:documents:BasicInvoice:1:0" && step231(n, S)); }

function fire74(c, S, out) {
  let t158;
  S.cur = 97;
  if (!rt.generalCompare("eq", (t158 ??= rt.stepOne(c, "attribute", N79, null)), global0(S))) out.push(rt.finding(ROWS[97], c, (S.lang === "en" ? "The document reference's identificationSchemeID '" + rt.valueOf((t158 ??= rt.stepOne(c, "attribute", N79, null))) + "' is not one of the values SFTI documents (CT, ACD, DQ, ATS); check it." : "Dokumentreferensens identificationSchemeID '" + rt.valueOf((t158 ??= rt.stepOne(c, "attribute", N79, null))) + "' är inget av de värden SFTI dokumenterat (CT, ACD, DQ, ATS); kontrollera värdet.")));
}

function step232(n, S) {
  if (n.kind !== "element" || n.local !== "Invoice" || n.ns !== "urn:sfti:documents:BasicInvoice:1:0") return false;
  return n.parent !== null;
}

function step233(n, S) {
  if (n.kind !== "element" || n.local !== "AdditionalDocumentReference" || n.ns !== "urn:sfti:documents:BasicInvoice:1:0") return false;
  return n.parent !== null && step232(n.parent, S);
}

function step234(n, S) {
  if (n.kind !== "element" || n.local !== "ID" || n.ns !== "urn:sfti:CommonAggregateComponents:1:0") return false;
  const c = n;
  if (!(rt.attributeValueIs(c, N78, "SFTI", true) && !rt.anyOnAxis(c, "attribute", N79))) return false;
  return n.parent !== null && step233(n.parent, S);
}

function match75(n, S) { return (n.parent?.local === "AdditionalDocumentReference" && n.parent.ns === "urn:sfti:documents:BasicInvoice:1:0" && n.parent.parent?.local === "Invoice" && n.parent.parent.ns === "urn:sfti:documents:BasicInvoice:1:0" && step234(n, S)); }

function fire75(c, S, out) {
  S.cur = 98;
  if (!false) out.push(rt.finding(ROWS[98], c, (S.lang === "en" ? "The document reference has identificationSchemeAgencyName SFTI but no identificationSchemeID; give one of the SFTI values (CT, ACD, DQ, ATS)." : "Dokumentreferensen har identificationSchemeAgencyName SFTI men saknar identificationSchemeID; ange ett av SFTI:s värden (CT, ACD, DQ, ATS).")));
}

function step235(n, S) {
  if (n.kind !== "element" || n.local !== "Invoice" || n.ns !== "urn:sfti:documents:BasicInvoice:1:0") return false;
  return n.parent !== null;
}

function step236(n, S) {
  if (n.kind !== "element" || n.local !== "AdditionalDocumentReference" || n.ns !== "urn:sfti:documents:BasicInvoice:1:0") return false;
  return n.parent !== null && step235(n.parent, S);
}

function step237(n, S) {
  if (n.kind !== "element" || n.local !== "ID" || n.ns !== "urn:sfti:CommonAggregateComponents:1:0") return false;
  const c = n;
  if (!(!rt.anyOnAxis(c, "attribute", N78) && rt.anyOnAxis(c, "attribute", N79))) return false;
  return n.parent !== null && step236(n.parent, S);
}

function match76(n, S) { return (n.parent?.local === "AdditionalDocumentReference" && n.parent.ns === "urn:sfti:documents:BasicInvoice:1:0" && n.parent.parent?.local === "Invoice" && n.parent.parent.ns === "urn:sfti:documents:BasicInvoice:1:0" && step237(n, S)); }

function fire76(c, S, out) {
  let t159;
  S.cur = 99;
  if (!!rt.generalCompare("eq", (t159 ??= rt.stepOne(c, "attribute", N79, null)), global0(S))) out.push(rt.finding(ROWS[99], c, (S.lang === "en" ? "The document reference has type " + rt.valueOf((t159 ??= rt.stepOne(c, "attribute", N79, null))) + " (CT, ACD, DQ or ATS) but no identificationSchemeAgencyName; it must then be SFTI." : "Dokumentreferensen har typen " + rt.valueOf((t159 ??= rt.stepOne(c, "attribute", N79, null))) + " (CT, ACD, DQ eller ATS) men saknar identificationSchemeAgencyName; det ska då vara SFTI.")));
  S.cur = 100;
  if (!rt.generalCompare("eq", (t159 ??= rt.stepOne(c, "attribute", N79, null)), global0(S))) out.push(rt.finding(ROWS[100], c, (S.lang === "en" ? "The document reference uses identificationSchemeID '" + rt.valueOf((t159 ??= rt.stepOne(c, "attribute", N79, null))) + "'; such use must be agreed bilaterally." : "Dokumentreferensen använder identificationSchemeID '" + rt.valueOf((t159 ??= rt.stepOne(c, "attribute", N79, null))) + "'; sådan användning måste avtalas bilateralt.")));
}

function step238(n, S) {
  if (n.kind !== "element" || n.local !== "Invoice" || n.ns !== "urn:sfti:documents:BasicInvoice:1:0") return false;
  return n.parent !== null;
}

function step239(n, S) {
  if (n.kind !== "element" || n.local !== "AllowanceCharge" || n.ns !== "urn:sfti:documents:BasicInvoice:1:0") return false;
  return n.parent !== null && step238(n.parent, S);
}

function step240(n, S) {
  if (n.kind !== "element" || n.local !== "TaxCategory" || n.ns !== "urn:sfti:CommonAggregateComponents:1:0") return false;
  const c = n;
  if (!rt.childValueIs(c, N8, "E", true)) return false;
  return n.parent !== null && step239(n.parent, S);
}

function match77(n, S) { return (n.parent?.local === "AllowanceCharge" && n.parent.ns === "urn:sfti:documents:BasicInvoice:1:0" && n.parent.parent?.local === "Invoice" && n.parent.parent.ns === "urn:sfti:documents:BasicInvoice:1:0" && step240(n, S)); }

function fire77(c, S, out) {
  S.cur = 101;
  if (!(S.D.memo[44] !== undefined ? S.D.memo[44] : (S.D.memo[44] = ((S.D.memo[43] !== undefined ? S.D.memo[43] : (S.D.memo[43] = rt.stepNodes(rt.descendantsByName(S.D, c, "urn:sfti:CommonAggregateComponents:1:0", "TaxSubTotal"), "child", N9, [(c, p, z) => rt.childValueIs(c, N8, "E", true)]))).length > 0)))) out.push(rt.finding(ROWS[101], c, (S.lang === "en" ? "The allowance/charge is VAT exempt (category E), but the VAT breakdown (TaxTotal/TaxSubTotal) has no category E." : "Rabatt/avgift är momsbefriad (kategori E), men momsspecifikationen (TaxTotal/TaxSubTotal) har ingen kategori E.")));
}

function step241(n, S) {
  if (n.kind !== "element" || n.local !== "Invoice" || n.ns !== "urn:sfti:documents:BasicInvoice:1:0") return false;
  return n.parent !== null;
}

function step242(n, S) {
  if (n.kind !== "element" || n.local !== "AllowanceCharge" || n.ns !== "urn:sfti:documents:BasicInvoice:1:0") return false;
  return n.parent !== null && step241(n.parent, S);
}

function step243(n, S) {
  if (n.kind !== "element" || n.local !== "TaxCategory" || n.ns !== "urn:sfti:CommonAggregateComponents:1:0") return false;
  const c = n;
  if (!rt.childValueIs(c, N8, "S", true)) return false;
  return n.parent !== null && step242(n.parent, S);
}

function match78(n, S) { return (n.parent?.local === "AllowanceCharge" && n.parent.ns === "urn:sfti:documents:BasicInvoice:1:0" && n.parent.parent?.local === "Invoice" && n.parent.parent.ns === "urn:sfti:documents:BasicInvoice:1:0" && step243(n, S)); }

function fire78(c, S, out) {
  let t160;
  const v44_0 = (t160 ??= rt.child(c, N43));
  S.cur = 102;
  if (!(S.D.memo[45] !== undefined ? S.D.memo[45] : (S.D.memo[45] = rt.stepNodes(rt.descendantsByName(S.D, c, "urn:sfti:CommonAggregateComponents:1:0", "TaxSubTotal"), "child", N9, [(c, p, z) => rt.childValueIs(c, N8, "S", true)]))).some((v45_0) => rt.generalCompare("eq", rt.castSeq(rt.child(rt.requireNode(v45_0), N43), "decimal", true), rt.castSeq(v44_0, "decimal", true)))) out.push(rt.finding(ROWS[102], c, (S.lang === "en" ? "The allowance/charge has VAT " + rt.valueOf((t160 ??= rt.child(c, N43))) + " % (category S), but the VAT breakdown (TaxTotal/TaxSubTotal) has no entry for that rate." : "Rabatt/avgift har moms " + rt.valueOf((t160 ??= rt.child(c, N43))) + " % (kategori S), men momsspecifikationen (TaxTotal/TaxSubTotal) har ingen rad för den momssatsen.")));
}

const PATTERNS = [
  { id: "sfk-amount-currency", rules: [
  { keys: [{ kind: "element", ns: null, local: null }], match: match0, fire: fire0 }
] },
  { id: "sfk-party-ids", rules: [
  { keys: [{ kind: "element", ns: "urn:sfti:CommonAggregateComponents:1:0", local: "Party" }], match: match1, fire: fire1 }
] },
  { id: "sfk-party-address-id", rules: [
  { keys: [{ kind: "element", ns: "urn:sfti:CommonAggregateComponents:1:0", local: "Party" }], match: match2, fire: fire2 }
] },
  { id: "sfk-taxcategory-id-normalized", rules: [
  { keys: [{ kind: "element", ns: "urn:sfti:CommonAggregateComponents:1:0", local: "ID", parent: { ns: "urn:sfti:CommonAggregateComponents:1:0", local: "TaxCategory" } }], match: match3, fire: fire3 }
] },
  { id: "sfk-taxscheme-id-normalized", rules: [
  { keys: [{ kind: "element", ns: "urn:sfti:CommonAggregateComponents:1:0", local: "ID", parent: { ns: "urn:sfti:CommonAggregateComponents:1:0", local: "TaxScheme" } }], match: match4, fire: fire4 }
] },
  { id: "sfk-postal-zone", rules: [
  { keys: [{ kind: "element", ns: "urn:oasis:names:tc:ubl:CommonBasicComponents:1:0", local: "PostalZone" }], match: match5, fire: fire5 }
] },
  { id: "sfk-phone-fax", rules: [
  { keys: [{ kind: "element", ns: "urn:oasis:names:tc:ubl:CommonBasicComponents:1:0", local: "Telephone" }, { kind: "element", ns: "urn:oasis:names:tc:ubl:CommonBasicComponents:1:0", local: "Telefax" }], match: match6, fire: fire6 }
] },
  { id: "sfk-invoice", rules: [
  { keys: [{ kind: "element", ns: "urn:sfti:documents:BasicInvoice:1:0", local: "Invoice", parent: "document" }], match: match7, fire: fire7 }
] },
  { id: "sfk-buyer-address", rules: [
  { keys: [{ kind: "element", ns: "urn:sfti:CommonAggregateComponents:1:0", local: "Address", parent: { ns: "urn:sfti:CommonAggregateComponents:1:0", local: "Party" } }], match: match8, fire: fire8 }
] },
  { id: "sfk-buyer-company-id", rules: [
  { keys: [{ kind: "element", ns: "urn:sfti:CommonAggregateComponents:1:0", local: "CompanyID", parent: { ns: "urn:sfti:CommonAggregateComponents:1:0", local: "PartyTaxScheme" } }], match: match9, fire: fire9 }
] },
  { id: "sfk-buyer-tax-scheme", rules: [
  { keys: [{ kind: "element", ns: "urn:sfti:CommonAggregateComponents:1:0", local: "ID", parent: { ns: "urn:sfti:CommonAggregateComponents:1:0", local: "TaxScheme" } }], match: match10, fire: fire10 }
] },
  { id: "sfk-buyer-registration-name", rules: [
  { keys: [{ kind: "element", ns: "urn:oasis:names:tc:ubl:CommonBasicComponents:1:0", local: "RegistrationName", parent: { ns: "urn:sfti:CommonAggregateComponents:1:0", local: "PartyTaxScheme" } }], match: match11, fire: fire11 }
] },
  { id: "sfk-delivery-date", rules: [
  { keys: [{ kind: "element", ns: "urn:oasis:names:tc:ubl:CommonBasicComponents:1:0", local: "ActualDeliveryDateTime", parent: { ns: "urn:sfti:CommonAggregateComponents:1:0", local: "Delivery" } }], match: match12, fire: fire12 }
] },
  { id: "sfk-exchange-rate", rules: [
  { keys: [{ kind: "element", ns: "urn:sfti:CommonAggregateComponents:1:0", local: "SourceCurrencyCode", parent: { ns: "urn:sfti:CommonAggregateComponents:1:0", local: "ExchangeRate" } }], match: match13, fire: fire13 }
] },
  { id: "sfk-calculation-rate", rules: [
  { keys: [{ kind: "element", ns: "urn:oasis:names:tc:ubl:CommonBasicComponents:1:0", local: "CalculationRate", parent: { ns: "urn:sfti:CommonAggregateComponents:1:0", local: "ExchangeRate" } }], match: match14, fire: fire14 }
] },
  { id: "sfk-line-allowance", rules: [
  { keys: [{ kind: "element", ns: "urn:sfti:CommonAggregateComponents:1:0", local: "AllowanceCharge", parent: { ns: "urn:sfti:CommonAggregateComponents:1:0", local: "InvoiceLine" } }], match: match15, fire: fire15 }
] },
  { id: "sfk-line-allowance-amount", rules: [
  { keys: [{ kind: "element", ns: "urn:oasis:names:tc:ubl:CommonBasicComponents:1:0", local: "Amount", parent: { ns: "urn:sfti:CommonAggregateComponents:1:0", local: "AllowanceCharge" } }], match: match16, fire: fire16 }
] },
  { id: "sfk-line-charge-indicator", rules: [
  { keys: [{ kind: "element", ns: "urn:oasis:names:tc:ubl:CommonBasicComponents:1:0", local: "ChargeIndicator", parent: { ns: "urn:sfti:CommonAggregateComponents:1:0", local: "AllowanceCharge" } }], match: match17, fire: fire17 }
] },
  { id: "sfk-line-item", rules: [
  { keys: [{ kind: "element", ns: "urn:sfti:CommonAggregateComponents:1:0", local: "Item", parent: { ns: "urn:sfti:CommonAggregateComponents:1:0", local: "InvoiceLine" } }], match: match18, fire: fire18 }
] },
  { id: "sfk-line-base-quantity", rules: [
  { keys: [{ kind: "element", ns: "urn:oasis:names:tc:ubl:CommonBasicComponents:1:0", local: "BaseQuantity", parent: { ns: "urn:sfti:CommonAggregateComponents:1:0", local: "BasePrice" } }], match: match19, fire: fire19 }
] },
  { id: "sfk-line-tax-category", rules: [
  { keys: [{ kind: "element", ns: "urn:sfti:CommonAggregateComponents:1:0", local: "TaxCategory", parent: { ns: "urn:sfti:CommonAggregateComponents:1:0", local: "Item" } }], match: match20, fire: fire20 }
] },
  { id: "sfk-line-tax-percent", rules: [
  { keys: [{ kind: "element", ns: "urn:oasis:names:tc:ubl:CommonBasicComponents:1:0", local: "Percent", parent: { ns: "urn:sfti:CommonAggregateComponents:1:0", local: "TaxCategory" } }], match: match21, fire: fire21 }
] },
  { id: "sfk-line-swedish-rate", rules: [
  { keys: [{ kind: "element", ns: "urn:sfti:CommonAggregateComponents:1:0", local: "TaxCategory", parent: { ns: "urn:sfti:CommonAggregateComponents:1:0", local: "Item" } }], match: match22, fire: fire22 }
] },
  { id: "sfk-line-net-discount-per-base", rules: [
  { keys: [{ kind: "element", ns: "urn:sfti:CommonAggregateComponents:1:0", local: "InvoiceLine", parent: { ns: "urn:sfti:documents:BasicInvoice:1:0", local: "Invoice" } }], match: match23, fire: fire23 }
] },
  { id: "sfk-line-net-discount", rules: [
  { keys: [{ kind: "element", ns: "urn:sfti:CommonAggregateComponents:1:0", local: "InvoiceLine", parent: { ns: "urn:sfti:documents:BasicInvoice:1:0", local: "Invoice" } }], match: match24, fire: fire24 }
] },
  { id: "sfk-line-net-charge-per-base", rules: [
  { keys: [{ kind: "element", ns: "urn:sfti:CommonAggregateComponents:1:0", local: "InvoiceLine", parent: { ns: "urn:sfti:documents:BasicInvoice:1:0", local: "Invoice" } }], match: match25, fire: fire25 }
] },
  { id: "sfk-line-net-charge", rules: [
  { keys: [{ kind: "element", ns: "urn:sfti:CommonAggregateComponents:1:0", local: "InvoiceLine", parent: { ns: "urn:sfti:documents:BasicInvoice:1:0", local: "Invoice" } }], match: match26, fire: fire26 }
] },
  { id: "sfk-line-net-per-base", rules: [
  { keys: [{ kind: "element", ns: "urn:sfti:CommonAggregateComponents:1:0", local: "InvoiceLine", parent: { ns: "urn:sfti:documents:BasicInvoice:1:0", local: "Invoice" } }], match: match27, fire: fire27 }
] },
  { id: "sfk-line-net", rules: [
  { keys: [{ kind: "element", ns: "urn:sfti:CommonAggregateComponents:1:0", local: "InvoiceLine", parent: { ns: "urn:sfti:documents:BasicInvoice:1:0", local: "Invoice" } }], match: match28, fire: fire28 }
] },
  { id: "sfk-line-allowance-base-per-base", rules: [
  { keys: [{ kind: "element", ns: "urn:sfti:CommonAggregateComponents:1:0", local: "InvoiceLine", parent: { ns: "urn:sfti:documents:BasicInvoice:1:0", local: "Invoice" } }], match: match29, fire: fire29 }
] },
  { id: "sfk-line-allowance-base", rules: [
  { keys: [{ kind: "element", ns: "urn:sfti:CommonAggregateComponents:1:0", local: "InvoiceLine", parent: { ns: "urn:sfti:documents:BasicInvoice:1:0", local: "Invoice" } }], match: match30, fire: fire30 }
] },
  { id: "sfk-total-lines", rules: [
  { keys: [{ kind: "element", ns: "urn:oasis:names:tc:ubl:CommonBasicComponents:1:0", local: "LineExtensionTotalAmount", parent: { ns: "urn:sfti:CommonAggregateComponents:1:0", local: "LegalTotal" } }], match: match31, fire: fire31 }
] },
  { id: "sfk-total-without-vat", rules: [
  { keys: [{ kind: "element", ns: "urn:oasis:names:tc:ubl:CommonBasicComponents:1:0", local: "TaxExclusiveTotalAmount", parent: { ns: "urn:sfti:CommonAggregateComponents:1:0", local: "LegalTotal" } }], match: match32, fire: fire32 }
] },
  { id: "sfk-total-with-vat", rules: [
  { keys: [{ kind: "element", ns: "urn:oasis:names:tc:ubl:CommonBasicComponents:1:0", local: "TaxInclusiveTotalAmount", parent: { ns: "urn:sfti:CommonAggregateComponents:1:0", local: "LegalTotal" } }], match: match33, fire: fire33 }
] },
  { id: "sfk-payment-bic", rules: [
  { keys: [{ kind: "element", ns: "urn:sfti:CommonAggregateComponents:1:0", local: "ID", parent: { ns: "urn:sfti:CommonAggregateComponents:1:0", local: "FinancialInstitution" } }], match: match34, fire: fire34 }
] },
  { id: "sfk-payment-account", rules: [
  { keys: [{ kind: "element", ns: "urn:sfti:CommonAggregateComponents:1:0", local: "ID", parent: { ns: "urn:sfti:CommonAggregateComponents:1:0", local: "PayeeFinancialAccount" } }], match: match35, fire: fire35 }
] },
  { id: "sfk-payee-name", rules: [
  { keys: [{ kind: "element", ns: "urn:oasis:names:tc:ubl:CommonBasicComponents:1:0", local: "Name", parent: { ns: "urn:sfti:CommonAggregateComponents:1:0", local: "PayeePartyName" } }], match: match36, fire: fire36 }
] },
  { id: "sfk-payment-means-code", rules: [
  { keys: [{ kind: "element", ns: "urn:sfti:CommonAggregateComponents:1:0", local: "PaymentMeansTypeCode", parent: { ns: "urn:sfti:CommonAggregateComponents:1:0", local: "PaymentMeans" } }], match: match37, fire: fire37 }
] },
  { id: "sfk-due-date", rules: [
  { keys: [{ kind: "element", ns: "urn:oasis:names:tc:ubl:CommonBasicComponents:1:0", local: "DuePaymentDate", parent: { ns: "urn:sfti:CommonAggregateComponents:1:0", local: "PaymentMeans" } }], match: match38, fire: fire38 }
] },
  { id: "sfk-penalty-percent", rules: [
  { keys: [{ kind: "element", ns: "urn:oasis:names:tc:ubl:CommonBasicComponents:1:0", local: "PenaltySurchargePercent", parent: { ns: "urn:sfti:CommonAggregateComponents:1:0", local: "PaymentTerms" } }], match: match39, fire: fire39 }
] },
  { id: "sfk-seller", rules: [
  { keys: [{ kind: "element", ns: "urn:sfti:CommonAggregateComponents:1:0", local: "Party", parent: { ns: "urn:sfti:CommonAggregateComponents:1:0", local: "SellerParty" } }], match: match40, fire: fire40 }
] },
  { id: "sfk-seller-address", rules: [
  { keys: [{ kind: "element", ns: "urn:sfti:CommonAggregateComponents:1:0", local: "Address", parent: { ns: "urn:sfti:CommonAggregateComponents:1:0", local: "Party" } }], match: match41, fire: fire41 }
] },
  { id: "sfk-seller-company-id", rules: [
  { keys: [{ kind: "element", ns: "urn:sfti:CommonAggregateComponents:1:0", local: "CompanyID", parent: { ns: "urn:sfti:CommonAggregateComponents:1:0", local: "PartyTaxScheme" } }], match: match42, fire: fire42 }
] },
  { id: "sfk-seller-tax-scheme", rules: [
  { keys: [{ kind: "element", ns: "urn:sfti:CommonAggregateComponents:1:0", local: "ID", parent: { ns: "urn:sfti:CommonAggregateComponents:1:0", local: "TaxScheme" } }], match: match43, fire: fire43 }
] },
  { id: "sfk-seller-registration-name", rules: [
  { keys: [{ kind: "element", ns: "urn:oasis:names:tc:ubl:CommonBasicComponents:1:0", local: "RegistrationName", parent: { ns: "urn:sfti:CommonAggregateComponents:1:0", local: "PartyTaxScheme" } }], match: match44, fire: fire44 }
] },
  { id: "sfk-subtotal-tax-currency", rules: [
  { keys: [{ kind: "element", ns: "urn:sfti:CommonAggregateComponents:1:0", local: "TaxSubTotal", parent: { ns: "urn:sfti:CommonAggregateComponents:1:0", local: "TaxTotal" } }], match: match45, fire: fire45 }
] },
  { id: "sfk-subtotal-category", rules: [
  { keys: [{ kind: "element", ns: "urn:sfti:CommonAggregateComponents:1:0", local: "ID", parent: { ns: "urn:sfti:CommonAggregateComponents:1:0", local: "TaxCategory" } }], match: match46, fire: fire46 }
] },
  { id: "sfk-subtotal-percent", rules: [
  { keys: [{ kind: "element", ns: "urn:oasis:names:tc:ubl:CommonBasicComponents:1:0", local: "Percent", parent: { ns: "urn:sfti:CommonAggregateComponents:1:0", local: "TaxCategory" } }], match: match47, fire: fire47 }
] },
  { id: "sfk-subtotal-swedish-rate", rules: [
  { keys: [{ kind: "element", ns: "urn:sfti:CommonAggregateComponents:1:0", local: "TaxCategory", parent: { ns: "urn:sfti:CommonAggregateComponents:1:0", local: "TaxSubTotal" } }], match: match48, fire: fire48 }
] },
  { id: "sfk-total-vat", rules: [
  { keys: [{ kind: "element", ns: "urn:oasis:names:tc:ubl:CommonBasicComponents:1:0", local: "TotalTaxAmount", parent: { ns: "urn:sfti:CommonAggregateComponents:1:0", local: "TaxTotal" } }], match: match49, fire: fire49 }
] },
  { id: "sfk-doc-allowance", rules: [
  { keys: [{ kind: "element", ns: "urn:sfti:documents:BasicInvoice:1:0", local: "AllowanceCharge", parent: { ns: "urn:sfti:documents:BasicInvoice:1:0", local: "Invoice" } }], match: match50, fire: fire50 }
] },
  { id: "sfk-doc-allowance-reason", rules: [
  { keys: [{ kind: "element", ns: "urn:sfti:CommonAggregateComponents:1:0", local: "ReasonCode", parent: { ns: "urn:sfti:documents:BasicInvoice:1:0", local: "AllowanceCharge" } }], match: match51, fire: fire51 }
] },
  { id: "sfk-doc-allowance-category", rules: [
  { keys: [{ kind: "element", ns: "urn:sfti:CommonAggregateComponents:1:0", local: "TaxCategory", parent: { ns: "urn:sfti:documents:BasicInvoice:1:0", local: "AllowanceCharge" } }], match: match52, fire: fire52 }
] },
  { id: "sfk-doc-allowance-category-id", rules: [
  { keys: [{ kind: "element", ns: "urn:sfti:CommonAggregateComponents:1:0", local: "ID", parent: { ns: "urn:sfti:CommonAggregateComponents:1:0", local: "TaxCategory" } }], match: match53, fire: fire53 }
] },
  { id: "sfk-doc-allowance-percent", rules: [
  { keys: [{ kind: "element", ns: "urn:oasis:names:tc:ubl:CommonBasicComponents:1:0", local: "Percent", parent: { ns: "urn:sfti:CommonAggregateComponents:1:0", local: "TaxCategory" } }], match: match54, fire: fire54 }
] },
  { id: "sfk-doc-allowance-swedish-rate", rules: [
  { keys: [{ kind: "element", ns: "urn:sfti:CommonAggregateComponents:1:0", local: "TaxCategory", parent: { ns: "urn:sfti:documents:BasicInvoice:1:0", local: "AllowanceCharge" } }], match: match55, fire: fire55 }
] },
  { id: "sfk-type-code", rules: [
  { keys: [{ kind: "element", ns: "urn:sfti:documents:BasicInvoice:1:0", local: "InvoiceTypeCode", parent: { ns: "urn:sfti:documents:BasicInvoice:1:0", local: "Invoice" } }], match: match56, fire: fire56 }
] },
  { id: "sfk-credit-note-reference", rules: [
  { keys: [{ kind: "element", ns: "urn:sfti:documents:BasicInvoice:1:0", local: "InvoiceTypeCode", parent: { ns: "urn:sfti:documents:BasicInvoice:1:0", local: "Invoice" } }], match: match57, fire: fire57 }
] },
  { id: "sfk-invoicing-period", rules: [
  { keys: [{ kind: "element", ns: "urn:sfti:documents:BasicInvoice:1:0", local: "InvoicingPeriod", parent: { ns: "urn:sfti:documents:BasicInvoice:1:0", local: "Invoice" } }], match: match58, fire: fire58 }
] },
  { id: "sfk-line-count", rules: [
  { keys: [{ kind: "element", ns: "urn:sfti:documents:BasicInvoice:1:0", local: "LineItemCountNumeric", parent: { ns: "urn:sfti:documents:BasicInvoice:1:0", local: "Invoice" } }], match: match59, fire: fire59 }
] },
  { id: "sfk-requisitionist", rules: [
  { keys: [{ kind: "element", ns: "urn:sfti:CommonAggregateComponents:1:0", local: "ID", parent: { ns: "urn:sfti:documents:BasicInvoice:1:0", local: "RequisitionistDocumentReference" } }], match: match60, fire: fire60 }
] },
  { id: "sfk-tax-currency", rules: [
  { keys: [{ kind: "element", ns: "urn:sfti:documents:BasicInvoice:1:0", local: "TaxCurrencyCode", parent: { ns: "urn:sfti:documents:BasicInvoice:1:0", local: "Invoice" } }], match: match61, fire: fire61 }
] },
  { id: "sfk-subtotal-vat-amount", rules: [
  { keys: [{ kind: "element", ns: "urn:sfti:CommonAggregateComponents:1:0", local: "TaxSubTotal", parent: { ns: "urn:sfti:CommonAggregateComponents:1:0", local: "TaxTotal" } }], match: match62, fire: fire62 }
] },
  { id: "sfk-taxable-total", rules: [
  { keys: [{ kind: "element", ns: "urn:oasis:names:tc:ubl:CommonBasicComponents:1:0", local: "TaxExclusiveTotalAmount", parent: { ns: "urn:sfti:CommonAggregateComponents:1:0", local: "LegalTotal" } }], match: match63, fire: fire63 }
] },
  { id: "sfk-currencies-differ", rules: [
  { keys: [{ kind: "element", ns: "urn:sfti:documents:BasicInvoice:1:0", local: "Invoice", parent: "document" }], match: match64, fire: fire64 }
] },
  { id: "sfk-tax-currency-amounts", rules: [
  { keys: [{ kind: "element", ns: "urn:sfti:CommonAggregateComponents:1:0", local: "TaxTotal", parent: { ns: "urn:sfti:documents:BasicInvoice:1:0", local: "Invoice" } }], match: match65, fire: fire65 }
] },
  { id: "sfk-line-exempt-in-breakdown", rules: [
  { keys: [{ kind: "element", ns: "urn:sfti:CommonAggregateComponents:1:0", local: "TaxCategory", parent: { ns: "urn:sfti:CommonAggregateComponents:1:0", local: "Item" } }], match: match66, fire: fire66 }
] },
  { id: "sfk-line-rate-in-breakdown", rules: [
  { keys: [{ kind: "element", ns: "urn:sfti:CommonAggregateComponents:1:0", local: "TaxCategory", parent: { ns: "urn:sfti:CommonAggregateComponents:1:0", local: "Item" } }], match: match67, fire: fire67 }
] },
  { id: "sfk-line-description", rules: [
  { keys: [{ kind: "element", ns: "urn:oasis:names:tc:ubl:CommonBasicComponents:1:0", local: "LineExtensionAmount", parent: { ns: "urn:sfti:CommonAggregateComponents:1:0", local: "InvoiceLine" } }], match: match68, fire: fire68 }
] },
  { id: "sfk-rounding-exact", rules: [
  { keys: [{ kind: "element", ns: "urn:oasis:names:tc:ubl:CommonBasicComponents:1:0", local: "TaxInclusiveTotalAmount", parent: { ns: "urn:sfti:CommonAggregateComponents:1:0", local: "LegalTotal" } }], match: match69, fire: fire69 }
] },
  { id: "sfk-seller-vat-number", rules: [
  { keys: [{ kind: "element", ns: "urn:sfti:CommonAggregateComponents:1:0", local: "TaxTotal", parent: { ns: "urn:sfti:documents:BasicInvoice:1:0", local: "Invoice" } }], match: match70, fire: fire70 }
] },
  { id: "sfk-adr-agency-and-scheme", rules: [
  { keys: [{ kind: "element", ns: "urn:sfti:CommonAggregateComponents:1:0", local: "ID", parent: { ns: "urn:sfti:documents:BasicInvoice:1:0", local: "AdditionalDocumentReference" } }], match: match71, fire: fire71 }
] },
  { id: "sfk-adr-sfti-type-agency", rules: [
  { keys: [{ kind: "element", ns: "urn:sfti:CommonAggregateComponents:1:0", local: "ID", parent: { ns: "urn:sfti:documents:BasicInvoice:1:0", local: "AdditionalDocumentReference" } }], match: match72, fire: fire72 }
] },
  { id: "sfk-adr-agency-only", rules: [
  { keys: [{ kind: "element", ns: "urn:sfti:CommonAggregateComponents:1:0", local: "ID", parent: { ns: "urn:sfti:documents:BasicInvoice:1:0", local: "AdditionalDocumentReference" } }], match: match73, fire: fire73 }
] },
  { id: "sfk-adr-sfti-scheme", rules: [
  { keys: [{ kind: "element", ns: "urn:sfti:CommonAggregateComponents:1:0", local: "ID", parent: { ns: "urn:sfti:documents:BasicInvoice:1:0", local: "AdditionalDocumentReference" } }], match: match74, fire: fire74 }
] },
  { id: "sfk-adr-sfti-no-scheme", rules: [
  { keys: [{ kind: "element", ns: "urn:sfti:CommonAggregateComponents:1:0", local: "ID", parent: { ns: "urn:sfti:documents:BasicInvoice:1:0", local: "AdditionalDocumentReference" } }], match: match75, fire: fire75 }
] },
  { id: "sfk-adr-scheme-only", rules: [
  { keys: [{ kind: "element", ns: "urn:sfti:CommonAggregateComponents:1:0", local: "ID", parent: { ns: "urn:sfti:documents:BasicInvoice:1:0", local: "AdditionalDocumentReference" } }], match: match76, fire: fire76 }
] },
  { id: "sfk-doc-allowance-exempt-in-breakdown", rules: [
  { keys: [{ kind: "element", ns: "urn:sfti:CommonAggregateComponents:1:0", local: "TaxCategory", parent: { ns: "urn:sfti:documents:BasicInvoice:1:0", local: "AllowanceCharge" } }], match: match77, fire: fire77 }
] },
  { id: "sfk-doc-allowance-rate-in-breakdown", rules: [
  { keys: [{ kind: "element", ns: "urn:sfti:CommonAggregateComponents:1:0", local: "TaxCategory", parent: { ns: "urn:sfti:documents:BasicInvoice:1:0", local: "AllowanceCharge" } }], match: match78, fire: fire78 }
] }
];

const PHASES = new Map([]);
const ALL = Object.freeze([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63, 64, 65, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78]);
const DEFAULT_PHASE = null;

const driver = new rt.PackDriver(PATTERNS, (e, row, node) => new RuleEvaluationError(e.message, row >= 0 ? ROWS[row].id : null, node, e.code));

export const pack = Object.freeze({
  id: "svefaktura-1.0",
  version: "1.0",
  assertions: Object.freeze(ROWS.filter((r) => r.id !== null).map((r) => Object.freeze({ id: r.id, flag: r.flag, kind: r.kind }))),
  phases: Object.freeze([...PHASES.keys()]),
  defaultLang: "sv",
  run(doc, ctx) {
    return driver.run(doc, activePatterns(ctx), ctx.lang);
  },
  start(doc, ctx) {
    return driver.start(doc, activePatterns(ctx), ctx.lang);
  },
});

function activePatterns(ctx) {
  const phase = ctx.phase ?? DEFAULT_PHASE;
  if (phase === null || phase === "#ALL") return ALL;
  const found = PHASES.get(phase);
  if (found === undefined) throw new Error("Unknown phase: " + phase);
  return found;
}

export default pack;
