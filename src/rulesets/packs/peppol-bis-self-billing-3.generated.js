// Generated from peppol-bis-self-billing-3.sch by the ubl-invoice-validator Schematron compiler. Do not edit.
import * as rt from "../../xpath/runtime/index.js";
import { RuleEvaluationError } from "../../engine/pack.js";

const Q0 = Object.freeze(["urn:fdc:peppol.eu:2017:poacc:selfbilling:01:1.0", "urn:peppol:france:billing:regulated", "urn:peppol:france:billing:non-regulated"]);
const Q1 = Object.freeze(["application/pdf", "application/vnd.oasis.opendocument.spreadsheet", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "image/jpeg", "image/png", "text/csv"]);
const Q2 = Object.freeze(["41", "42", "60", "62", "63", "64", "65", "66", "67", "68", "70", "71", "88", "95", "100", "102", "103", "104", "105"]);
const Q3 = Object.freeze(["AA", "AAA", "AAC", "AAD", "AAE", "AAF", "AAH", "AAI", "AAS", "AAT", "AAV", "AAY", "AAZ", "ABA", "ABB", "ABC", "ABD", "ABF", "ABK", "ABL", "ABN", "ABR", "ABS", "ABT", "ABU", "ACF", "ACG", "ACH", "ACI", "ACJ", "ACK", "ACL", "ACM", "ACS", "ADC", "ADE", "ADJ", "ADK", "ADL", "ADM", "ADN", "ADO", "ADP", "ADQ", "ADR", "ADT", "ADW", "ADY", "ADZ", "AEA", "AEB", "AEC", "AED", "AEF", "AEH", "AEI", "AEJ", "AEK", "AEL", "AEM", "AEN", "AEO", "AEP", "AES", "AET", "AEU", "AEV", "AEW", "AEX", "AEY", "AEZ", "AJ", "AU", "CA", "CAB", "CAD", "CAE", "CAF", "CAI", "CAJ", "CAK", "CAL", "CAM", "CAN", "CAO", "CAP", "CAQ", "CAR", "CAS", "CAT", "CAU", "CAV", "CAW", "CAX", "CAY", "CAZ", "CD", "CG", "CS", "CT", "DAB", "DAC", "DAD", "DAF", "DAG", "DAH", "DAI", "DAJ", "DAK", "DAL", "DAM", "DAN", "DAO", "DAP", "DAQ", "DL", "EG", "EP", "ER", "FAA", "FAB", "FAC", "FC", "FH", "FI", "GAA", "HAA", "HD", "HH", "IAA", "IAB", "ID", "IF", "IR", "IS", "KO", "L1", "LA", "LAA", "LAB", "LF", "MAE", "MI", "ML", "NAA", "OA", "PA", "PAA", "PC", "PL", "PRV", "RAB", "RAC", "RAD", "RAF", "RE", "RF", "RH", "RV", "SA", "SAA", "SAD", "SAE", "SAI", "SG", "SH", "SM", "SU", "TAB", "TAC", "TT", "TV", "V1", "V2", "WH", "XAA", "YY", "ZZZ"]);
const Q4 = Object.freeze(["3", "35", "432"]);
const Q5 = Object.freeze(["AED", "AFN", "ALL", "AMD", "AOA", "ARS", "AUD", "AWG", "AZN", "BAM", "BBD", "BDT", "BHD", "BIF", "BMD", "BND", "BOB", "BOV", "BRL", "BSD", "BTN", "BWP", "BYN", "BZD", "CAD", "CDF", "CHE", "CHF", "CHW", "CLF", "CLP", "CNH", "CNY", "COP", "COU", "CRC", "CUP", "CVE", "CZK", "DJF", "DKK", "DOP", "DZD", "EGP", "ERN", "ETB", "EUR", "FJD", "FKP", "GBP", "GEL", "GHS", "GIP", "GMD", "GNF", "GTQ", "GYD", "HKD", "HNL", "HTG", "HUF", "IDR", "ILS", "INR", "IQD", "IRR", "ISK", "JMD", "JOD", "JPY", "KES", "KGS", "KHR", "KMF", "KPW", "KRW", "KWD", "KYD", "KZT", "LAK", "LBP", "LKR", "LRD", "LSL", "LYD", "MAD", "MDL", "MGA", "MKD", "MMK", "MNT", "MOP", "MRU", "MUR", "MVR", "MWK", "MXN", "MXV", "MYR", "MZN", "NAD", "NGN", "NIO", "NOK", "NPR", "NZD", "OMR", "PAB", "PEN", "PGK", "PHP", "PKR", "PLN", "PYG", "QAR", "RON", "RSD", "RUB", "RWF", "SAR", "SBD", "SCR", "SDG", "SEK", "SGD", "SHP", "SLE", "SOS", "SRD", "SSP", "STN", "SVC", "SYP", "SZL", "THB", "TJS", "TMT", "TND", "TOP", "TRY", "TTD", "TWD", "TZS", "UAH", "UGX", "USD", "USN", "UYI", "UYU", "UYW", "UZS", "VED", "VES", "VND", "VUV", "WST", "XAF", "XAG", "XAU", "XBA", "XBB", "XBC", "XBD", "XCD", "XCG", "XDR", "XOF", "XPD", "XPF", "XPT", "XSU", "XTS", "XUA", "XXX", "YER", "ZAR", "ZMW", "ZWG"]);
const Q6 = Object.freeze(["0002", "0007", "0009", "0060", "0088", "0096", "0097", "0106", "0130", "0135", "0142", "0151", "0183", "0184", "0188", "0190", "0191", "0192", "0195", "0196", "0198", "0199", "0200", "0201", "0204", "0208", "0209", "0210", "0211", "0216", "0218", "0221", "0225", "0230", "0235", "0240", "0242", "0244", "0245", "0246", "0248", "9910", "9913", "9914", "9915", "9918", "9919", "9920", "9922", "9923", "9924", "9925", "9926", "9927", "9928", "9929", "9930", "9931", "9932", "9933", "9934", "9935", "9936", "9937", "9938", "9939", "9940", "9941", "9942", "9943", "9944", "9945", "9946", "9947", "9948", "9949", "9950", "9951", "9952", "9953", "9957", "9959"]);
const N0 = rt.nameTest(1, null, null);
const N1 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "ProfileID");
const N2 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "AccountingSupplierParty");
const N3 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "Party");
const N4 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "PostalAddress");
const N5 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "Country");
const N6 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "IdentificationCode");
const N7 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "AccountingCustomerParty");
const N8 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "DocumentCurrencyCode");
const T0 = Object.freeze({ item: "string", occ: "" });
const T1 = Object.freeze({ item: "integer", occ: "*" });
const T2 = Object.freeze({ item: "decimal", occ: "" });
const T3 = Object.freeze({ item: "boolean", occ: "" });
const RE0 = rt.regex("^[0-9]+$", "");
const RE1 = rt.regex("^[0-9]{9}$", "");
const RE2 = rt.regex("^[0-9]{10}$", "");
const RE3 = rt.regex("^[0-9]{11}$", "");
const RE4 = rt.regex("^[A-Za-z]{6}.{2}[A-Za-z].{6}[A-Za-z]$", "");
const Q7 = Object.freeze(["IT", "it"]);
const N9 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2", "CreditNote");
const N10 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "AdditionalDocumentReference");
const N11 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "DocumentTypeCode");
const N12 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2", "Invoice");
const N13 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "CustomizationID");
const N14 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "Note");
const N15 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "BuyerReference");
const N16 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "OrderReference");
const N17 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "ID");
const P0 = rt.namePath([N16, N17]);
const N18 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "TaxTotal");
const N19 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "TaxSubtotal");
const N20 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "TaxCurrencyCode");
const N21 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "TaxAmount");
const N22 = rt.nameTest(2, "", "currencyID");
const N23 = rt.kindTest(0);
const P1 = rt.namePath([N8]);
const P2 = rt.namePath([N20]);
const N24 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "EndpointID");
const N25 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "AllowanceCharge");
const N26 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "MultiplierFactorNumeric");
const N27 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "BaseAmount");
const N28 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "InvoiceLine");
const N29 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "CreditNoteLine");
const N30 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "Amount");
const K8 = rt.dec("0.02");
const N31 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "ChargeIndicator");
const Q8 = Object.freeze(["true", "false"]);
const N32 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "PaymentMeans");
const N33 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "PaymentMeansCode");
const Q9 = Object.freeze(["49", "59"]);
const N34 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "PaymentMandate");
const P3 = rt.namePath([N34, N17]);
const N35 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "InvoicePeriod");
const N36 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "StartDate");
const P4 = rt.namePath([N35, N36]);
const N37 = rt.kindTest(3);
const N38 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "EndDate");
const P5 = rt.namePath([N35, N38]);
const N39 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "LineExtensionAmount");
const P6 = rt.namePath([N12]);
const N40 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "InvoicedQuantity");
const N41 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "CreditedQuantity");
const N42 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "Price");
const N43 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "PriceAmount");
const P7 = rt.namePath([N42, N43]);
const N44 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "BaseQuantity");
const P8 = rt.namePath([N42, N44]);
const N45 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "DocumentReference");
const P9 = rt.namePath([N45, N11]);
const P10 = rt.namePath([N43]);
const N46 = rt.nameTest(2, "", "unitCode");
const P11 = rt.namePath([N40]);
const P12 = rt.namePath([N41]);
const P13 = rt.namePath([N46]);
const N47 = rt.nameTest(2, "", "schemeID");
const N48 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "PartyIdentification");
const N49 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "CompanyID");
const RE5 = rt.regex("^(DK)?[0-9]{8}$", "");
const RE6 = rt.regex("^DK[0-9]{8}$", "");
const RE7 = rt.regex("^[A-Za-z0-9]{6}$", "");
const RE8 = rt.regex("^[0-9]{8}$", "");
const RE9 = rt.regex("^[0-9]{20}$", "");
const RE10 = rt.regex("^NL[0-9]{9}B[0-9]{2}$", "");
const N50 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "PartyTaxScheme");
const N51 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "TaxScheme");
const P14 = rt.namePath([N51, N17]);
const RE11 = rt.regex("^[0-9]{12}$", "");
const N52 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "EmbeddedDocumentBinaryObject");
const N53 = rt.nameTest(2, "", "mimeCode");
const N54 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "AllowanceChargeReasonCode");
const N55 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "DescriptionCode");
const N56 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "TaxableAmount");
const N57 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "TaxExclusiveAmount");
const N58 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "TaxInclusiveAmount");
const N59 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "AllowanceTotalAmount");
const N60 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "ChargeTotalAmount");
const N61 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "PrepaidAmount");
const N62 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "PayableRoundingAmount");
const N63 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "PayableAmount");
const N64 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "IssueDate");
const N65 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "DueDate");
const N66 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "TaxPointDate");
const N67 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "ActualDeliveryDate");
const N68 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "TaxCategory");
const N69 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "TaxExemptionReasonCode");
const N70 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "InvoiceTypeCode");
const Q10 = Object.freeze(["389", "527"]);
const N71 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "CreditNoteTypeCode");

const ROWS = Object.freeze([
  { id: "PEPPOL-EN16931-R008", flag: "fatal", kind: "assert", test: "false()", businessTerms: Object.freeze([]) },
  { id: "PEPPOL-EN16931-R080", flag: "fatal", kind: "assert", test: "count(cac:AdditionalDocumentReference[cbc:DocumentTypeCode = '50']) le 1", businessTerms: Object.freeze(["BT-11"]) },
  { id: "PEPPOL-EN16931-R001", flag: "fatal", kind: "assert", test: "exists(cbc:ProfileID)", businessTerms: Object.freeze(["BT-23"]) },
  { id: "PEPPOL-EN16931-R007", flag: "fatal", kind: "assert", test: "$peppolProcess != ''", businessTerms: Object.freeze(["BT-23"]) },
  { id: "PEPPOL-EN16931-R002", flag: "fatal", kind: "assert", test: "count(cbc:Note) le 1 or ($peppolSellerInDE and $peppolBuyerInDE)", businessTerms: Object.freeze(["BT-22"]) },
  { id: "PEPPOL-EN16931-R003", flag: "fatal", kind: "assert", test: "exists(cbc:BuyerReference) or exists(cac:OrderReference/cbc:ID)", businessTerms: Object.freeze(["BT-10", "BT-13"]) },
  { id: "PEPPOL-EN16931-R004", flag: "fatal", kind: "assert", test: "starts-with($specId, $peppolSpecificationId) and not(contains($specId, '::'))", businessTerms: Object.freeze(["BT-24"]) },
  { id: "PEPPOL-EN16931-R053", flag: "fatal", kind: "assert", test: "count(cac:TaxTotal[exists(cac:TaxSubtotal)]) = 1", businessTerms: Object.freeze(["BT-110", "BG-23"]) },
  { id: "PEPPOL-EN16931-R054", flag: "fatal", kind: "assert", test: "count(cac:TaxTotal[empty(cac:TaxSubtotal)]) = count(cbc:TaxCurrencyCode[1])", businessTerms: Object.freeze(["BT-111", "BT-6"]) },
  { id: "PEPPOL-EN16931-R055", flag: "fatal", kind: "assert", test: "empty(cbc:TaxCurrencyCode)               or (some $inAccounting in cac:TaxTotal/cbc:TaxAmount[@currencyID = normalize-space(../../cbc:TaxCurrencyCode)],                        $inInvoice in cac:TaxTotal/cbc:TaxAmount[@currencyID = normalize-space(../../cbc:DocumentCurrencyCode)]                   satisfies ($inAccounting <= 0 and $inInvoice <= 0) or ($inAccounting >= 0 and $inInvoice >= 0))", businessTerms: Object.freeze(["BT-110", "BT-111"]) },
  { id: "PEPPOL-EN16931-R005", flag: "fatal", kind: "assert", test: "normalize-space(.) != normalize-space(../cbc:DocumentCurrencyCode)", businessTerms: Object.freeze(["BT-6", "BT-5"]) },
  { id: "PEPPOL-EN16931-R010", flag: "fatal", kind: "assert", test: "exists(cbc:EndpointID)", businessTerms: Object.freeze(["BT-49"]) },
  { id: "PEPPOL-EN16931-R020", flag: "fatal", kind: "assert", test: "exists(cbc:EndpointID)", businessTerms: Object.freeze(["BT-34"]) },
  { id: "PEPPOL-EN16931-R041", flag: "fatal", kind: "assert", test: "false()", businessTerms: Object.freeze(["BT-94", "BT-101", "BT-138", "BT-143", "BT-93", "BT-100", "BT-137", "BT-142"]) },
  { id: "PEPPOL-EN16931-R042", flag: "fatal", kind: "assert", test: "false()", businessTerms: Object.freeze(["BT-93", "BT-100", "BT-137", "BT-142", "BT-94", "BT-101", "BT-138", "BT-143"]) },
  { id: "PEPPOL-EN16931-R040", flag: "fatal", kind: "assert", test: "empty(cbc:MultiplierFactorNumeric) or empty(cbc:BaseAmount)               or pfn:within(if (exists(cbc:Amount)) then cbc:Amount else 0,                             (xs:decimal(cbc:BaseAmount) * xs:decimal(cbc:MultiplierFactorNumeric)) div 100,                             0.02)", businessTerms: Object.freeze(["BT-92", "BT-99", "BT-136", "BT-141"]) },
  { id: "PEPPOL-EN16931-R043", flag: "fatal", kind: "assert", test: "normalize-space(cbc:ChargeIndicator) = ('true', 'false')", businessTerms: Object.freeze(["BG-20", "BG-27", "BG-21", "BG-28"]) },
  { id: "PEPPOL-EN16931-R061", flag: "fatal", kind: "assert", test: "exists(cac:PaymentMandate/cbc:ID)", businessTerms: Object.freeze(["BT-89", "BT-81"]) },
  { id: "PEPPOL-EN16931-R110", flag: "fatal", kind: "assert", test: "if (exists(text())) then xs:date(.) >= xs:date(../../../cac:InvoicePeriod/cbc:StartDate) else false()", businessTerms: Object.freeze(["BT-134", "BT-73"]) },
  { id: "PEPPOL-EN16931-R111", flag: "fatal", kind: "assert", test: "if (exists(text())) then xs:date(.) <= xs:date(../../../cac:InvoicePeriod/cbc:EndDate) else false()", businessTerms: Object.freeze(["BT-135", "BT-74"]) },
  { id: "PEPPOL-EN16931-R120", flag: "fatal", kind: "assert", test: "pfn:within($lineNet, $expectedNet, 0.02)", businessTerms: Object.freeze(["BT-131", "BT-129", "BT-146", "BT-149", "BT-141", "BT-136"]) },
  { id: "PEPPOL-EN16931-R121", flag: "fatal", kind: "assert", test: "empty(cac:Price/cbc:BaseQuantity) or xs:decimal(cac:Price/cbc:BaseQuantity) gt 0", businessTerms: Object.freeze(["BT-149"]) },
  { id: "PEPPOL-EN16931-R100", flag: "fatal", kind: "assert", test: "count(cac:DocumentReference) le 1", businessTerms: Object.freeze(["BT-128"]) },
  { id: "PEPPOL-EN16931-R101", flag: "fatal", kind: "assert", test: "empty(cac:DocumentReference) or cac:DocumentReference/cbc:DocumentTypeCode = '130'", businessTerms: Object.freeze(["BT-128"]) },
  { id: "PEPPOL-EN16931-R044", flag: "fatal", kind: "assert", test: "normalize-space(cbc:ChargeIndicator) = 'false'", businessTerms: Object.freeze(["BT-147"]) },
  { id: "PEPPOL-EN16931-R046", flag: "fatal", kind: "assert", test: "empty(cbc:BaseAmount) or xs:decimal(../cbc:PriceAmount) = xs:decimal(cbc:BaseAmount) - xs:decimal(cbc:Amount)", businessTerms: Object.freeze(["BT-146", "BT-148", "BT-147"]) },
  { id: "PEPPOL-EN16931-R130", flag: "fatal", kind: "assert", test: "not(../../cbc:InvoicedQuantity or ../../cbc:CreditedQuantity) or @unitCode = $lineQuantityElement/@unitCode", businessTerms: Object.freeze(["BT-150", "BT-130"]) },
  { id: "PEPPOL-COMMON-R040", flag: "fatal", kind: "assert", test: "pfn:gs1-ok(normalize-space())", businessTerms: Object.freeze([]) },
  { id: "PEPPOL-COMMON-R041", flag: "fatal", kind: "assert", test: "pfn:no-orgnr-ok(normalize-space())", businessTerms: Object.freeze([]) },
  { id: "PEPPOL-COMMON-R042", flag: "fatal", kind: "assert", test: "matches(., '^(DK)?[0-9]{8}$')", businessTerms: Object.freeze([]) },
  { id: "PEPPOL-COMMON-R052", flag: "fatal", kind: "assert", test: "matches(., '^[0-9]{10}$')", businessTerms: Object.freeze([]) },
  { id: "PEPPOL-COMMON-R053", flag: "fatal", kind: "assert", test: "matches(., '^DK[0-9]{8}$')", businessTerms: Object.freeze([]) },
  { id: "PEPPOL-COMMON-R043", flag: "fatal", kind: "assert", test: "pfn:be-enterprise-ok(normalize-space())", businessTerms: Object.freeze([]) },
  { id: "PEPPOL-COMMON-R044", flag: "warning", kind: "assert", test: "matches(normalize-space(), '^[A-Za-z0-9]{6}$')", businessTerms: Object.freeze([]) },
  { id: "PEPPOL-COMMON-R045", flag: "warning", kind: "assert", test: "pfn:it-fiscal-code-ok(normalize-space())", businessTerms: Object.freeze([]) },
  { id: "PEPPOL-COMMON-R046", flag: "warning", kind: "assert", test: "pfn:it-fiscal-code-ok(normalize-space())", businessTerms: Object.freeze([]) },
  { id: "PEPPOL-COMMON-R047", flag: "warning", kind: "assert", test: "pfn:it-vat-ok(normalize-space())", businessTerms: Object.freeze([]) },
  { id: "PEPPOL-COMMON-R049", flag: "fatal", kind: "assert", test: "matches(normalize-space(), '^[0-9]{10}$') and pfn:luhn-ok(normalize-space())", businessTerms: Object.freeze([]) },
  { id: "PEPPOL-COMMON-R050", flag: "fatal", kind: "assert", test: "pfn:abn-ok(normalize-space())", businessTerms: Object.freeze([]) },
  { id: "PEPPOL-COMMON-R054", flag: "warning", kind: "assert", test: "matches(normalize-space(), '^[0-9]{8}$')", businessTerms: Object.freeze([]) },
  { id: "PEPPOL-COMMON-R055", flag: "warning", kind: "assert", test: "matches(normalize-space(), '^[0-9]{20}$')", businessTerms: Object.freeze([]) },
  { id: "PEPPOL-COMMON-R056-1", flag: "warning", kind: "assert", test: "matches(normalize-space(), '^NL[0-9]{9}B[0-9]{2}$')", businessTerms: Object.freeze([]) },
  { id: "PEPPOL-COMMON-R056-2", flag: "warning", kind: "assert", test: "matches(normalize-space(.), '^NL[0-9]{9}B[0-9]{2}$')", businessTerms: Object.freeze(["BT-31", "BT-48", "BT-63"]) },
  { id: "PEPPOL-COMMON-R057", flag: "warning", kind: "assert", test: "matches(normalize-space(), '^[0-9]{12}$')", businessTerms: Object.freeze([]) },
  { id: "PEPPOL-EN16931-CL001", flag: "fatal", kind: "assert", test: "@mimeCode = $peppolMimeCodes", businessTerms: Object.freeze(["BT-125"]) },
  { id: "PEPPOL-EN16931-CL002", flag: "fatal", kind: "assert", test: "normalize-space() = $peppolAllowanceReasonCodes", businessTerms: Object.freeze(["BT-98", "BT-140"]) },
  { id: "PEPPOL-EN16931-CL003", flag: "fatal", kind: "assert", test: "normalize-space() = $peppolChargeReasonCodes", businessTerms: Object.freeze(["BT-105", "BT-145"]) },
  { id: "PEPPOL-EN16931-CL006", flag: "fatal", kind: "assert", test: "normalize-space() = $peppolTaxPointDateCodes", businessTerms: Object.freeze(["BT-8"]) },
  { id: "PEPPOL-EN16931-CL007", flag: "fatal", kind: "assert", test: "@currencyID = $peppolCurrencyCodes", businessTerms: Object.freeze(["BT-5", "BT-6"]) },
  { id: "PEPPOL-EN16931-F001", flag: "fatal", kind: "assert", test: "string-length(.) = 10 and . castable as xs:date", businessTerms: Object.freeze([]) },
  { id: "PEPPOL-EN16931-CL008", flag: "fatal", kind: "assert", test: "@schemeID = $peppolEasCodes", businessTerms: Object.freeze(["BT-34", "BT-49"]) },
  { id: "PEPPOL-EN16931-P0104", flag: "fatal", kind: "assert", test: "normalize-space(cbc:ID) = 'G'", businessTerms: Object.freeze(["BT-121", "BT-118"]) },
  { id: "PEPPOL-EN16931-P0105", flag: "fatal", kind: "assert", test: "normalize-space(cbc:ID) = 'O'", businessTerms: Object.freeze(["BT-121", "BT-118"]) },
  { id: "PEPPOL-EN16931-P0106", flag: "fatal", kind: "assert", test: "normalize-space(cbc:ID) = 'K'", businessTerms: Object.freeze(["BT-121", "BT-118"]) },
  { id: "PEPPOL-EN16931-P0107", flag: "fatal", kind: "assert", test: "normalize-space(cbc:ID) = 'AE'", businessTerms: Object.freeze(["BT-121", "BT-118"]) },
  { id: "PEPPOL-EN16931-P0108", flag: "fatal", kind: "assert", test: "normalize-space(cbc:ID) = 'E'", businessTerms: Object.freeze(["BT-121", "BT-118"]) },
  { id: "PEPPOL-EN16931-P0109", flag: "fatal", kind: "assert", test: "normalize-space(cbc:ID) = 'E'", businessTerms: Object.freeze(["BT-121", "BT-118"]) },
  { id: "PEPPOL-EN16931-P0110", flag: "fatal", kind: "assert", test: "normalize-space(cbc:ID) = 'E'", businessTerms: Object.freeze(["BT-121", "BT-118"]) },
  { id: "PEPPOL-EN16931-P0111", flag: "fatal", kind: "assert", test: "normalize-space(cbc:ID) = 'E'", businessTerms: Object.freeze(["BT-121", "BT-118"]) },
  { id: "PEPPOL-EN16931-R051", flag: "fatal", kind: "assert", test: "@currencyID = $peppolDocCurrency", businessTerms: Object.freeze(["BT-5", "BT-111"]) },
  { id: "PEPPOL-EN16931-P0100", flag: "fatal", kind: "assert", test: "$peppolProcess != '01' or normalize-space() = ('389', '527')", businessTerms: Object.freeze(["BT-3"]) },
  { id: "PEPPOL-EN16931-P0101", flag: "fatal", kind: "assert", test: "$peppolProcess != '01' or normalize-space() = '261'", businessTerms: Object.freeze(["BT-3"]) }
]);

let K0;
function global0(S) {
  if (K0 === undefined) {
    const c = S.D.doc;
    K0 = { value: "urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:selfbilling:3.0" };
  }
  return K0.value;
}

let K1;
function global1(S) {
  if (K1 === undefined) {
    const c = S.D.doc;
    K1 = { value: Q0 };
  }
  return K1.value;
}

let K2;
function global2(S) {
  if (K2 === undefined) {
    const c = S.D.doc;
    K2 = { value: Q1 };
  }
  return K2.value;
}

let K3;
function global3(S) {
  if (K3 === undefined) {
    const c = S.D.doc;
    K3 = { value: Q2 };
  }
  return K3.value;
}

let K4;
function global4(S) {
  if (K4 === undefined) {
    const c = S.D.doc;
    K4 = { value: Q3 };
  }
  return K4.value;
}

let K5;
function global5(S) {
  if (K5 === undefined) {
    const c = S.D.doc;
    K5 = { value: Q4 };
  }
  return K5.value;
}

let K6;
function global6(S) {
  if (K6 === undefined) {
    const c = S.D.doc;
    K6 = { value: Q5 };
  }
  return K6.value;
}

let K7;
function global7(S) {
  if (K7 === undefined) {
    const c = S.D.doc;
    K7 = { value: Q6 };
  }
  return K7.value;
}

function global8(S) {
  const m = S.D.memo;
  if (m[2] === undefined) {
    const c = S.D.doc;
    m[2] = (S.D.memo[1] !== undefined ? S.D.memo[1] : (S.D.memo[1] = rt.normalizeSpace(rt.strArg((S.D.memo[0] !== undefined ? S.D.memo[0] : (S.D.memo[0] = rt.childOfNodes(rt.child(rt.requireNode(rt.rootOf(rt.requireNode(c))), N0), N1))), "normalize-space"))));
  }
  return m[2];
}

function global9(S) {
  const m = S.D.memo;
  if (m[3] === undefined) {
    const c = S.D.doc;
    m[3] = (rt.generalCompare("eq", [global8(S)], global1(S)) ? "01" : ((global8(S) === "urn:peppol:bis:billing_with_response") ? "02" : ""));
  }
  return m[3];
}

function global10(S) {
  const m = S.D.memo;
  if (m[8] === undefined) {
    const c = S.D.doc;
    m[8] = (S.D.memo[7] !== undefined ? S.D.memo[7] : (S.D.memo[7] = ((S.D.memo[6] !== undefined ? S.D.memo[6] : (S.D.memo[6] = rt.upperCase((S.D.memo[5] !== undefined ? S.D.memo[5] : (S.D.memo[5] = rt.normalizeSpace(rt.strArg((S.D.memo[4] !== undefined ? S.D.memo[4] : (S.D.memo[4] = rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(rt.child(rt.requireNode(rt.rootOf(rt.requireNode(c))), N0), N2), N3), N4), N5), N6))), "normalize-space"))))))) === "DE")));
  }
  return m[8];
}

function global11(S) {
  const m = S.D.memo;
  if (m[13] === undefined) {
    const c = S.D.doc;
    m[13] = (S.D.memo[12] !== undefined ? S.D.memo[12] : (S.D.memo[12] = ((S.D.memo[11] !== undefined ? S.D.memo[11] : (S.D.memo[11] = rt.upperCase((S.D.memo[10] !== undefined ? S.D.memo[10] : (S.D.memo[10] = rt.normalizeSpace(rt.strArg((S.D.memo[9] !== undefined ? S.D.memo[9] : (S.D.memo[9] = rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(rt.child(rt.requireNode(rt.rootOf(rt.requireNode(c))), N0), N7), N3), N4), N5), N6))), "normalize-space"))))))) === "DE")));
  }
  return m[13];
}

function global12(S) {
  const m = S.D.memo;
  if (m[15] === undefined) {
    const c = S.D.doc;
    m[15] = (S.D.memo[14] !== undefined ? S.D.memo[14] : (S.D.memo[14] = rt.childOfNodes(rt.child(rt.requireNode(rt.rootOf(rt.requireNode(c))), N0), N8)));
  }
  return m[15];
}

function fn0(S, a0) {
  const v0_0 = rt.convert(a0, T0, "parameter $text of pfn:digits");
  const out0 = [];
  out0.push(...rt.forMap(rt.stringToCodepoints(rt.strArg(v0_0, "string-to-codepoints")), (v24_0) => [(v24_0 - 48n)]));
  return rt.convert(out0, T1, "result of pfn:digits");
}

function fn1(S, a1, a2, a3) {
  const v1_0 = rt.convert(a1, T2, "parameter $a of pfn:within");
  const v2_0 = rt.convert(a2, T2, "parameter $b of pfn:within");
  const v3_0 = rt.convert(a3, T2, "parameter $tolerance of pfn:within");
  const out1 = [];
  out1.push(...[(rt.valueCompare("le", rt.fnAbs(rt.arith("-", v1_0, v2_0)), v3_0) === true)]);
  return rt.convert(out1, T3, "result of pfn:within");
}

function fn2(S, a4) {
  const v4_0 = rt.convert(a4, T0, "parameter $code of pfn:gs1-ok");
  const out2 = [];
  const v25_0 = rt.reverse(fn0(S, v4_0));
  out2.push(...[(rt.matches(rt.strArg(v4_0, "matches"), RE0) && rt.generalCompare1("eq", rt.arith("mod", rt.sum(rt.forMap(rt.range([1n], [BigInt(v25_0.length)]), (v26_0) => rt.arith("*", rt.itemAt(v25_0, () => [v26_0]), [((rt.integerMod(v26_0, 2n) === 0n) ? 3n : 1n)]))), [10n]), rt.atomizeItem(0n)))]);
  return rt.convert(out2, T3, "result of pfn:gs1-ok");
}

function fn3(S, a5) {
  const v5_0 = rt.convert(a5, T0, "parameter $code of pfn:no-orgnr-ok");
  const out3 = [];
  const v27_0 = rt.reverse(fn0(S, v5_0));
  out3.push(...[((rt.matches(rt.strArg(v5_0, "matches"), RE1) && (rt.valueCompare("gt", [rt.number(v5_0)], [0n]) === true)) && rt.generalCompare1("eq", rt.arith("mod", rt.sum(rt.forMap(rt.range([1n], [9n]), (v28_0) => rt.arith("*", rt.itemAt(v27_0, () => [v28_0]), (rt.generalCompare1("eq", [v28_0], rt.atomizeItem(1n)) ? [1n] : [(rt.integerMod((v28_0 - 2n), 6n) + 2n)])))), [11n]), rt.atomizeItem(0n)))]);
  return rt.convert(out3, T3, "result of pfn:no-orgnr-ok");
}

function fn4(S, a6) {
  const v6_0 = rt.convert(a6, T0, "parameter $code of pfn:be-enterprise-ok");
  const out4 = [];
  out4.push(...[(rt.matches(rt.strArg(v6_0, "matches"), RE2) ? rt.generalCompare("eq", rt.castSeq([rt.substring(rt.strArg(v6_0, "substring"), rt.dblArg([9n], "substring"), rt.dblArg([2n], "substring"))], "integer", true), rt.arith("-", [97n], rt.arith("mod", rt.castSeq([rt.substring(rt.strArg(v6_0, "substring"), rt.dblArg([1n], "substring"), rt.dblArg([8n], "substring"))], "integer", true), [97n]))) : false)]);
  return rt.convert(out4, T3, "result of pfn:be-enterprise-ok");
}

function fn5(S, a7) {
  const v7_0 = rt.convert(a7, T0, "parameter $code of pfn:luhn-ok");
  const out5 = [];
  const v29_0 = rt.reverse(fn0(S, v7_0));
  out5.push(...[(rt.matches(rt.strArg(v7_0, "matches"), RE0) && rt.generalCompare1("eq", rt.arith("mod", rt.sum(rt.forMap(rt.range([1n], [BigInt(v29_0.length)]), (v30_0) => ((rt.integerMod(v30_0, 2n) === 1n) ? rt.itemAt(v29_0, () => [v30_0]) : (rt.ebv(rt.optBool(rt.valueCompare("lt", rt.itemAt(v29_0, () => [v30_0]), [5n]))) ? rt.arith("*", [2n], rt.itemAt(v29_0, () => [v30_0])) : rt.arith("-", rt.arith("*", [2n], rt.itemAt(v29_0, () => [v30_0])), [9n]))))), [10n]), rt.atomizeItem(0n)))]);
  return rt.convert(out5, T3, "result of pfn:luhn-ok");
}

function fn6(S, a8) {
  const v8_0 = rt.convert(a8, T0, "parameter $code of pfn:abn-ok");
  const out6 = [];
  const v31_0 = fn0(S, v8_0);
  out6.push(...[(rt.matches(rt.strArg(v8_0, "matches"), RE3) && rt.generalCompare1("eq", rt.arith("mod", rt.arith("+", rt.arith("*", rt.arith("-", rt.itemAt(v31_0, () => [1n]), [1n]), [10n]), rt.sum(rt.forMap(rt.range([2n], [11n]), (v32_0) => rt.arith("*", rt.itemAt(v31_0, () => [v32_0]), [((2n * v32_0) - 3n)])))), [89n]), rt.atomizeItem(0n)))]);
  return rt.convert(out6, T3, "result of pfn:abn-ok");
}

function fn7(S, a9) {
  const v9_0 = rt.convert(a9, T0, "parameter $code of pfn:it-fiscal-code-ok");
  const out7 = [];
  if ((rt.stringLength(rt.strArg(v9_0, "string-length")) === 11)) {
  out7.push(...[rt.castableSeq(v9_0, "integer", false)]);
} else if ((rt.stringLength(rt.strArg(v9_0, "string-length")) === 16)) {
  out7.push(...[(rt.matches(rt.strArg(v9_0, "matches"), RE4) && [rt.substring(rt.strArg(v9_0, "substring"), rt.dblArg([7n], "substring"), rt.dblArg([2n], "substring")), rt.substring(rt.strArg(v9_0, "substring"), rt.dblArg([10n], "substring"), rt.dblArg([2n], "substring")), rt.substring(rt.strArg(v9_0, "substring"), rt.dblArg([15n], "substring"), rt.dblArg([1n], "substring"))].every((v33_0) => rt.castableSeq([v33_0], "integer", false)))]);
} else {
  out7.push(...[false]);
}
  return rt.convert(out7, T3, "result of pfn:it-fiscal-code-ok");
}

function fn8(S, a10) {
  const v10_0 = rt.convert(a10, T0, "parameter $code of pfn:it-vat-ok");
  const out8 = [];
  const v34_0 = [rt.substring(rt.strArg(v10_0, "substring"), rt.dblArg([3n], "substring"))];
  out8.push(...[(!rt.generalCompare("eq", [rt.substring(rt.strArg(v10_0, "substring"), rt.dblArg([1n], "substring"), rt.dblArg([2n], "substring"))], Q7) || (rt.matches(rt.strArg(v34_0, "matches"), RE3) && rt.ebv(fn5(S, v34_0))))]);
  return rt.convert(out8, T3, "result of pfn:it-vat-ok");
}

function step0(n, S) {
  if (!rt.testNode(N0, n)) return false;
  if (n.kind === "attribute" || n.kind === "document") return false;
  const c = n;
  if (!(!rt.anyOnAxis(c, "child", N0) && rt.isBlank(rt.strItem(c, "normalize-space")))) return false;
  return n.parent !== null;
}

function match0(n, S) { return step0(n, S); }

function fire0(c, S, out) {
  S.cur = 0;
  if (!false) out.push(rt.finding(ROWS[0], c, "Element " + rt.nodeName([c]) + " is empty; empty elements are not allowed."));
}

function step1(n, S) {
  if (n.kind !== "element" || n.local !== "CreditNote" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2") return false;
  return n.parent !== null;
}

function match1(n, S) { return step1(n, S); }

function fire1(c, S, out) {
  let t0;
  S.cur = 1;
  if (!((t0 ??= rt.stepOne(c, "child", N10, [(c, p, z) => rt.childValueIs(c, N11, "50", true)])).length <= 1)) out.push(rt.finding(ROWS[1], c, "Project reference (BT-11) may be given at most once, found " + rt.valueOf([BigInt((t0 ??= rt.stepOne(c, "child", N10, [(c, p, z) => rt.childValueIs(c, N11, "50", true)])).length)]) + "."));
}

function step2(n, S) {
  if (n.kind !== "element" || n.local !== "Invoice" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2") return false;
  return n.parent !== null;
}

function step3(n, S) {
  if (n.kind !== "element" || n.local !== "CreditNote" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2") return false;
  return n.parent !== null;
}

function match2(n, S) { return step2(n, S) || step3(n, S); }

function fire2(c, S, out) {
  let t1, t3, t5, t7, t8, t9, t11, t12;
  const v35_0 = rt.normalizeSpace(rt.strArg((t1 ??= rt.child(c, N13)), "normalize-space"));
  S.cur = 2;
  if (!rt.anyOnAxis(c, "child", N1)) out.push(rt.finding(ROWS[2], c, "Business process type (BT-23) is missing."));
  S.cur = 3;
  if (!(global9(S) !== "")) out.push(rt.finding(ROWS[3], c, "Business process type (BT-23) '" + rt.valueOf([global8(S)]) + "' is not an approved Peppol process identifier."));
  S.cur = 4;
  if (!(((t3 ??= rt.child(c, N14)).length <= 1) || (global10(S) && global11(S)))) out.push(rt.finding(ROWS[4], c, "Invoice note (BT-22) may be given once (several only when seller and buyer are both in Germany), found " + rt.valueOf([BigInt((t3 ??= rt.child(c, N14)).length)]) + "."));
  S.cur = 5;
  if (!(rt.anyOnAxis(c, "child", N15) || (S.D.hasNamePath(P0) && rt.anyOnAxisSeq((t5 ??= rt.child(c, N16)), "child", N17)))) out.push(rt.finding(ROWS[5], c, "Neither buyer reference (BT-10) nor purchase order reference (BT-13) is given; one of them is required."));
  S.cur = 6;
  if (!(rt.startsWith(v35_0, global0(S)) && !rt.contains(v35_0, "::"))) out.push(rt.finding(ROWS[6], c, "Specification identifier (BT-24) '" + rt.valueOf([v35_0]) + "' must start with '" + rt.valueOf([global0(S)]) + "' and must not contain '::'."));
  S.cur = 7;
  if (!((t7 ??= rt.stepOne(c, "child", N18, [(c, p, z) => rt.anyOnAxis(c, "child", N19)])).length === 1)) out.push(rt.finding(ROWS[7], c, "Exactly one VAT total with VAT breakdown (BT-110, BG-23) is required, found " + rt.valueOf([BigInt((t7 ??= rt.stepOne(c, "child", N18, [(c, p, z) => rt.anyOnAxis(c, "child", N19)])).length)]) + "."));
  S.cur = 8;
  if (!((t8 ??= rt.stepOne(c, "child", N18, [(c, p, z) => !rt.anyOnAxis(c, "child", N19)])).length === (t9 ??= rt.stepOne(c, "child", N20, [(c, p, z) => rt.posEq([1n], p)])).length)) out.push(rt.finding(ROWS[8], c, "A VAT total without breakdown (BT-111) must be given exactly once when the VAT accounting currency (BT-6) is given, and otherwise not at all; found " + rt.valueOf([BigInt((t8 ??= rt.stepOne(c, "child", N18, [(c, p, z) => !rt.anyOnAxis(c, "child", N19)])).length)]) + "."));
  S.cur = 9;
  if (!(!rt.anyOnAxis(c, "child", N20) || (t12 ??= rt.stepNodes((t11 ??= rt.child(c, N18)), "child", N21, [(c, p, z) => rt.generalCompare1("eq", rt.stepOne(c, "attribute", N22, null), rt.normalizeSpace(rt.strArg(rt.childOfNodes(rt.stepNodes(rt.stepOne(c, "parent", N23, null), "parent", N23, null), N20), "normalize-space")))])).some((v36_0) => rt.stepNodes(rt.child(c, N18), "child", N21, [(c, p, z) => rt.generalCompare1("eq", rt.stepOne(c, "attribute", N22, null), rt.normalizeSpace(rt.strArg(rt.childOfNodes(rt.stepNodes(rt.stepOne(c, "parent", N23, null), "parent", N23, null), N8), "normalize-space")))]).some((v37_0) => ((rt.generalCompare1("le", [v36_0], rt.atomizeItem(0n)) && rt.generalCompare1("le", [v37_0], rt.atomizeItem(0n))) || (rt.generalCompare1("ge", [v36_0], rt.atomizeItem(0n)) && rt.generalCompare1("ge", [v37_0], rt.atomizeItem(0n)))))))) out.push(rt.finding(ROWS[9], c, "Invoice total VAT amount (BT-110) and the same in accounting currency (BT-111) must have the same sign."));
}

function step4(n, S) {
  if (n.kind !== "element" || n.local !== "TaxCurrencyCode" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2") return false;
  return n.parent !== null;
}

function match3(n, S) { return step4(n, S); }

function fire3(c, S, out) {
  let t13, t14;
  S.cur = 10;
  if (!(rt.normalizeSpace(rt.strItem(c, "normalize-space")) !== rt.normalizeSpace(rt.strArg((t14 ??= rt.childOfNodes((t13 ??= rt.stepOne(c, "parent", N23, null)), N8)), "normalize-space")))) out.push(rt.finding(ROWS[10], c, "VAT accounting currency code (BT-6) '" + rt.valueOf([rt.normalizeSpace(rt.strItem(c, "normalize-space"))]) + "' must differ from the invoice currency code (BT-5)."));
}

function step5(n, S) {
  if (n.kind !== "element" || n.local !== "AccountingCustomerParty" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null;
}

function step6(n, S) {
  if (n.kind !== "element" || n.local !== "Party" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null && step5(n.parent, S);
}

function match4(n, S) { return (n.parent?.local === "AccountingCustomerParty" && n.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" && step6(n, S)); }

function fire4(c, S, out) {
  S.cur = 11;
  if (!rt.anyOnAxis(c, "child", N24)) out.push(rt.finding(ROWS[11], c, "Buyer electronic address (BT-49) is missing."));
}

function step7(n, S) {
  if (n.kind !== "element" || n.local !== "AccountingSupplierParty" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null;
}

function step8(n, S) {
  if (n.kind !== "element" || n.local !== "Party" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null && step7(n.parent, S);
}

function match5(n, S) { return (n.parent?.local === "AccountingSupplierParty" && n.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" && step8(n, S)); }

function fire5(c, S, out) {
  S.cur = 12;
  if (!rt.anyOnAxis(c, "child", N24)) out.push(rt.finding(ROWS[12], c, "Seller electronic address (BT-34) is missing."));
}

function step9(n, S) {
  if (n.kind !== "element" || n.local !== "Invoice" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2") return false;
  return n.parent !== null;
}

function step10(n, S) {
  if (n.kind !== "element" || n.local !== "AllowanceCharge" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  const c = n;
  if (!(rt.anyOnAxis(c, "child", N26) && !rt.anyOnAxis(c, "child", N27))) return false;
  return n.parent !== null && step9(n.parent, S);
}

function step11(n, S) {
  if (n.kind !== "element" || n.local !== "CreditNote" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2") return false;
  return n.parent !== null;
}

function step12(n, S) {
  if (n.kind !== "element" || n.local !== "AllowanceCharge" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  const c = n;
  if (!(rt.anyOnAxis(c, "child", N26) && !rt.anyOnAxis(c, "child", N27))) return false;
  return n.parent !== null && step11(n.parent, S);
}

function step13(n, S) {
  if (n.kind !== "element" || n.local !== "Invoice" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2") return false;
  return n.parent !== null;
}

function step14(n, S) {
  if (n.kind !== "element" || n.local !== "InvoiceLine" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null && step13(n.parent, S);
}

function step15(n, S) {
  if (n.kind !== "element" || n.local !== "AllowanceCharge" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  const c = n;
  if (!(rt.anyOnAxis(c, "child", N26) && !rt.anyOnAxis(c, "child", N27))) return false;
  return n.parent !== null && step14(n.parent, S);
}

function step16(n, S) {
  if (n.kind !== "element" || n.local !== "CreditNote" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2") return false;
  return n.parent !== null;
}

function step17(n, S) {
  if (n.kind !== "element" || n.local !== "CreditNoteLine" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null && step16(n.parent, S);
}

function step18(n, S) {
  if (n.kind !== "element" || n.local !== "AllowanceCharge" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  const c = n;
  if (!(rt.anyOnAxis(c, "child", N26) && !rt.anyOnAxis(c, "child", N27))) return false;
  return n.parent !== null && step17(n.parent, S);
}

function match6(n, S) { return (n.parent?.local === "Invoice" && n.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2" && step10(n, S)) || (n.parent?.local === "CreditNote" && n.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2" && step12(n, S)) || (n.parent?.local === "InvoiceLine" && n.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" && n.parent.parent?.local === "Invoice" && n.parent.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2" && step15(n, S)) || (n.parent?.local === "CreditNoteLine" && n.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" && n.parent.parent?.local === "CreditNote" && n.parent.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2" && step18(n, S)); }

function fire6(c, S, out) {
  let t17;
  S.cur = 13;
  if (!false) out.push(rt.finding(ROWS[13], c, "Allowance/charge percentage (BT-94, BT-101, BT-138, BT-143) " + rt.valueOf((t17 ??= rt.child(c, N26))) + " is given without a base amount (BT-93, BT-100, BT-137, BT-142)."));
}

function step19(n, S) {
  if (n.kind !== "element" || n.local !== "Invoice" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2") return false;
  return n.parent !== null;
}

function step20(n, S) {
  if (n.kind !== "element" || n.local !== "AllowanceCharge" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  const c = n;
  if (!(!rt.anyOnAxis(c, "child", N26) && rt.anyOnAxis(c, "child", N27))) return false;
  return n.parent !== null && step19(n.parent, S);
}

function step21(n, S) {
  if (n.kind !== "element" || n.local !== "CreditNote" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2") return false;
  return n.parent !== null;
}

function step22(n, S) {
  if (n.kind !== "element" || n.local !== "AllowanceCharge" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  const c = n;
  if (!(!rt.anyOnAxis(c, "child", N26) && rt.anyOnAxis(c, "child", N27))) return false;
  return n.parent !== null && step21(n.parent, S);
}

function step23(n, S) {
  if (n.kind !== "element" || n.local !== "Invoice" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2") return false;
  return n.parent !== null;
}

function step24(n, S) {
  if (n.kind !== "element" || n.local !== "InvoiceLine" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null && step23(n.parent, S);
}

function step25(n, S) {
  if (n.kind !== "element" || n.local !== "AllowanceCharge" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  const c = n;
  if (!(!rt.anyOnAxis(c, "child", N26) && rt.anyOnAxis(c, "child", N27))) return false;
  return n.parent !== null && step24(n.parent, S);
}

function step26(n, S) {
  if (n.kind !== "element" || n.local !== "CreditNote" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2") return false;
  return n.parent !== null;
}

function step27(n, S) {
  if (n.kind !== "element" || n.local !== "CreditNoteLine" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null && step26(n.parent, S);
}

function step28(n, S) {
  if (n.kind !== "element" || n.local !== "AllowanceCharge" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  const c = n;
  if (!(!rt.anyOnAxis(c, "child", N26) && rt.anyOnAxis(c, "child", N27))) return false;
  return n.parent !== null && step27(n.parent, S);
}

function match7(n, S) { return (n.parent?.local === "Invoice" && n.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2" && step20(n, S)) || (n.parent?.local === "CreditNote" && n.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2" && step22(n, S)) || (n.parent?.local === "InvoiceLine" && n.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" && n.parent.parent?.local === "Invoice" && n.parent.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2" && step25(n, S)) || (n.parent?.local === "CreditNoteLine" && n.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" && n.parent.parent?.local === "CreditNote" && n.parent.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2" && step28(n, S)); }

function fire7(c, S, out) {
  let t18;
  S.cur = 14;
  if (!false) out.push(rt.finding(ROWS[14], c, "Allowance/charge base amount (BT-93, BT-100, BT-137, BT-142) " + rt.valueOf((t18 ??= rt.child(c, N27))) + " is given without a percentage (BT-94, BT-101, BT-138, BT-143)."));
}

function step29(n, S) {
  if (n.kind !== "element" || n.local !== "Invoice" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2") return false;
  return n.parent !== null;
}

function step30(n, S) {
  if (n.kind !== "element" || n.local !== "AllowanceCharge" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null && step29(n.parent, S);
}

function step31(n, S) {
  if (n.kind !== "element" || n.local !== "CreditNote" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2") return false;
  return n.parent !== null;
}

function step32(n, S) {
  if (n.kind !== "element" || n.local !== "AllowanceCharge" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null && step31(n.parent, S);
}

function step33(n, S) {
  if (n.kind !== "element" || n.local !== "Invoice" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2") return false;
  return n.parent !== null;
}

function step34(n, S) {
  if (n.kind !== "element" || n.local !== "InvoiceLine" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null && step33(n.parent, S);
}

function step35(n, S) {
  if (n.kind !== "element" || n.local !== "AllowanceCharge" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null && step34(n.parent, S);
}

function step36(n, S) {
  if (n.kind !== "element" || n.local !== "CreditNote" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2") return false;
  return n.parent !== null;
}

function step37(n, S) {
  if (n.kind !== "element" || n.local !== "CreditNoteLine" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null && step36(n.parent, S);
}

function step38(n, S) {
  if (n.kind !== "element" || n.local !== "AllowanceCharge" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null && step37(n.parent, S);
}

function match8(n, S) { return (n.parent?.local === "Invoice" && n.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2" && step30(n, S)) || (n.parent?.local === "CreditNote" && n.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2" && step32(n, S)) || (n.parent?.local === "InvoiceLine" && n.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" && n.parent.parent?.local === "Invoice" && n.parent.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2" && step35(n, S)) || (n.parent?.local === "CreditNoteLine" && n.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" && n.parent.parent?.local === "CreditNote" && n.parent.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2" && step38(n, S)); }

function fire8(c, S, out) {
  let t19, t20, t21, t22;
  S.cur = 15;
  if (!((!rt.anyOnAxis(c, "child", N26) || !rt.anyOnAxis(c, "child", N27)) || rt.ebv(fn1(S, (rt.anyOnAxis(c, "child", N30) ? (t21 ??= rt.child(c, N30)) : [0n]), rt.arith("div", rt.arith("*", rt.castSeq((t20 ??= rt.child(c, N27)), "decimal", true), rt.castSeq((t19 ??= rt.child(c, N26)), "decimal", true)), [100n]), [K8])))) out.push(rt.finding(ROWS[15], c, "Allowance/charge amount (BT-92, BT-99, BT-136, BT-141) " + rt.valueOf((t21 ??= rt.child(c, N30))) + " must equal base amount " + rt.valueOf((t20 ??= rt.child(c, N27))) + " x percentage " + rt.valueOf((t19 ??= rt.child(c, N26))) + " / 100 (within 0.02)."));
  S.cur = 16;
  if (!rt.generalCompare("eq", [rt.normalizeSpace(rt.strArg((t22 ??= rt.child(c, N31)), "normalize-space"))], Q8)) out.push(rt.finding(ROWS[16], c, "Charge indicator of an allowance (BG-20, BG-27) or charge (BG-21, BG-28) must be 'true' or 'false', found '" + rt.valueOf([rt.normalizeSpace(rt.strArg((t22 ??= rt.child(c, N31)), "normalize-space"))]) + "'."));
}

function step39(n, S) {
  if (n.kind !== "element" || n.local !== "PaymentMeans" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  const c = n;
  if (!rt.generalCompare("eq", [rt.normalizeSpace(rt.childStr(c, N33, "normalize-space"))], Q9)) return false;
  return n.parent !== null;
}

function match9(n, S) { return step39(n, S); }

function fire9(c, S, out) {
  let t23, t25;
  S.cur = 17;
  if (!(S.D.hasNamePath(P3) && rt.anyOnAxisSeq((t23 ??= rt.child(c, N34)), "child", N17))) out.push(rt.finding(ROWS[17], c, "Mandate reference identifier (BT-89) is required for direct debit (payment means code BT-81 = " + rt.valueOf([rt.normalizeSpace(rt.strArg((t25 ??= rt.child(c, N33)), "normalize-space"))]) + ")."));
}

function step40(n, S) {
  if (n.kind !== "element" || n.local !== "Invoice" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2") return false;
  const c = n;
  if (!(S.D.hasNamePath(P4) && rt.anyOnAxisSeq(rt.child(c, N35), "child", N36))) return false;
  return n.parent !== null;
}

function step41(n, S) {
  if (n.kind !== "element" || n.local !== "InvoiceLine" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null && step40(n.parent, S);
}

function step42(n, S) {
  if (n.kind !== "element" || n.local !== "InvoicePeriod" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null && step41(n.parent, S);
}

function step43(n, S) {
  if (n.kind !== "element" || n.local !== "StartDate" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2") return false;
  return n.parent !== null && step42(n.parent, S);
}

function step44(n, S) {
  if (n.kind !== "element" || n.local !== "CreditNote" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2") return false;
  const c = n;
  if (!(S.D.hasNamePath(P4) && rt.anyOnAxisSeq(rt.child(c, N35), "child", N36))) return false;
  return n.parent !== null;
}

function step45(n, S) {
  if (n.kind !== "element" || n.local !== "CreditNoteLine" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null && step44(n.parent, S);
}

function step46(n, S) {
  if (n.kind !== "element" || n.local !== "InvoicePeriod" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null && step45(n.parent, S);
}

function step47(n, S) {
  if (n.kind !== "element" || n.local !== "StartDate" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2") return false;
  return n.parent !== null && step46(n.parent, S);
}

function match10(n, S) { return (n.parent?.local === "InvoicePeriod" && n.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" && n.parent.parent?.local === "InvoiceLine" && n.parent.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" && n.parent.parent.parent?.local === "Invoice" && n.parent.parent.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2" && step43(n, S)) || (n.parent?.local === "InvoicePeriod" && n.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" && n.parent.parent?.local === "CreditNoteLine" && n.parent.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" && n.parent.parent.parent?.local === "CreditNote" && n.parent.parent.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2" && step47(n, S)); }

function fire10(c, S, out) {
  let t27, t28, t29, t30, t31;
  S.cur = 18;
  if (!(rt.anyOnAxis(c, "child", N37) ? rt.generalCompare("ge", rt.castSeq([c], "date", true), rt.castSeq((t31 ??= rt.childOfNodes((t30 ??= rt.childOfNodes((t29 ??= rt.stepNodes((t28 ??= rt.stepNodes((t27 ??= rt.stepOne(c, "parent", N23, null)), "parent", N23, null)), "parent", N23, null)), N35)), N36)), "date", true)) : false)) out.push(rt.finding(ROWS[18], c, "Invoice line period start date (BT-134) " + rt.valueOf([c]) + " is before the invoicing period start date (BT-73) " + rt.valueOf((t31 ??= rt.childOfNodes((t30 ??= rt.childOfNodes((t29 ??= rt.stepNodes((t28 ??= rt.stepNodes((t27 ??= rt.stepOne(c, "parent", N23, null)), "parent", N23, null)), "parent", N23, null)), N35)), N36))) + "."));
}

function step48(n, S) {
  if (n.kind !== "element" || n.local !== "Invoice" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2") return false;
  const c = n;
  if (!(S.D.hasNamePath(P5) && rt.anyOnAxisSeq(rt.child(c, N35), "child", N38))) return false;
  return n.parent !== null;
}

function step49(n, S) {
  if (n.kind !== "element" || n.local !== "InvoiceLine" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null && step48(n.parent, S);
}

function step50(n, S) {
  if (n.kind !== "element" || n.local !== "InvoicePeriod" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null && step49(n.parent, S);
}

function step51(n, S) {
  if (n.kind !== "element" || n.local !== "EndDate" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2") return false;
  return n.parent !== null && step50(n.parent, S);
}

function step52(n, S) {
  if (n.kind !== "element" || n.local !== "CreditNote" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2") return false;
  const c = n;
  if (!(S.D.hasNamePath(P5) && rt.anyOnAxisSeq(rt.child(c, N35), "child", N38))) return false;
  return n.parent !== null;
}

function step53(n, S) {
  if (n.kind !== "element" || n.local !== "CreditNoteLine" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null && step52(n.parent, S);
}

function step54(n, S) {
  if (n.kind !== "element" || n.local !== "InvoicePeriod" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null && step53(n.parent, S);
}

function step55(n, S) {
  if (n.kind !== "element" || n.local !== "EndDate" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2") return false;
  return n.parent !== null && step54(n.parent, S);
}

function match11(n, S) { return (n.parent?.local === "InvoicePeriod" && n.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" && n.parent.parent?.local === "InvoiceLine" && n.parent.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" && n.parent.parent.parent?.local === "Invoice" && n.parent.parent.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2" && step51(n, S)) || (n.parent?.local === "InvoicePeriod" && n.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" && n.parent.parent?.local === "CreditNoteLine" && n.parent.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" && n.parent.parent.parent?.local === "CreditNote" && n.parent.parent.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2" && step55(n, S)); }

function fire11(c, S, out) {
  let t33, t34, t35, t36, t37;
  S.cur = 19;
  if (!(rt.anyOnAxis(c, "child", N37) ? rt.generalCompare("le", rt.castSeq([c], "date", true), rt.castSeq((t37 ??= rt.childOfNodes((t36 ??= rt.childOfNodes((t35 ??= rt.stepNodes((t34 ??= rt.stepNodes((t33 ??= rt.stepOne(c, "parent", N23, null)), "parent", N23, null)), "parent", N23, null)), N35)), N38)), "date", true)) : false)) out.push(rt.finding(ROWS[19], c, "Invoice line period end date (BT-135) " + rt.valueOf([c]) + " is after the invoicing period end date (BT-74) " + rt.valueOf((t37 ??= rt.childOfNodes((t36 ??= rt.childOfNodes((t35 ??= rt.stepNodes((t34 ??= rt.stepNodes((t33 ??= rt.stepOne(c, "parent", N23, null)), "parent", N23, null)), "parent", N23, null)), N35)), N38))) + "."));
}

function step56(n, S) {
  if (n.kind !== "element" || n.local !== "InvoiceLine" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null;
}

function step57(n, S) {
  if (n.kind !== "element" || n.local !== "CreditNoteLine" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null;
}

function match12(n, S) { return step56(n, S) || step57(n, S); }

function fire12(c, S, out) {
  let t38, t39, t40, t41, t42, t43, t44, t45, t46, t47, t48, t49;
  const v38_0 = (rt.anyOnAxis(c, "child", N39) ? rt.castSeq((t38 ??= rt.child(c, N39)), "decimal", true) : [0n]);
  const v39_0 = (rt.ebv((S.D.memo[16] !== undefined ? S.D.memo[16] : (S.D.memo[16] = rt.child(rt.requireNode(rt.rootOf(rt.requireNode(c))), N12)))) ? (t39 ??= rt.child(c, N40)) : (t40 ??= rt.child(c, N41)));
  const v40_0 = ((v39_0.length > 0) ? rt.castSeq(v39_0, "decimal", true) : [1n]);
  const v41_0 = ((S.D.hasNamePath(P7) && rt.anyOnAxisSeq((t41 ??= rt.child(c, N42)), "child", N43)) ? rt.castSeq((t42 ??= rt.childOfNodes((t41 ??= rt.child(c, N42)), N43)), "decimal", true) : [0n]);
  const v42_0 = (((S.D.hasNamePath(P8) && rt.anyOnAxisSeq((t41 ??= rt.child(c, N42)), "child", N44)) && rt.generalCompare1("ne", rt.castSeq((t43 ??= rt.childOfNodes((t41 ??= rt.child(c, N42)), N44)), "decimal", true), rt.atomizeItem(0n))) ? rt.castSeq((t43 ??= rt.childOfNodes((t41 ??= rt.child(c, N42)), N44)), "decimal", true) : [1n]);
  const v43_0 = (t44 ??= rt.stepOne(c, "child", N25, [(c, p, z) => (rt.normalizeSpace(rt.childStr(c, N31, "normalize-space")) === "false")]));
  const v44_0 = (t45 ??= rt.stepOne(c, "child", N25, [(c, p, z) => (rt.normalizeSpace(rt.childStr(c, N31, "normalize-space")) === "true")]));
  const v45_0 = ((v43_0.length > 0) ? rt.arith("div", rt.fnRound(rt.arith("*", rt.sum(rt.pathMap((t46 ??= rt.childOfNodes(v43_0, N30)), (c, p, z) => rt.castSeq([c], "decimal", true))), [100n])), [100n]) : [0n]);
  const v46_0 = ((v44_0.length > 0) ? rt.arith("div", rt.fnRound(rt.arith("*", rt.sum(rt.pathMap((t47 ??= rt.childOfNodes(v44_0, N30)), (c, p, z) => rt.castSeq([c], "decimal", true))), [100n])), [100n]) : [0n]);
  const v47_0 = rt.arith("-", rt.arith("+", rt.arith("*", v40_0, rt.arith("div", v41_0, v42_0)), v46_0), v45_0);
  S.cur = 20;
  if (!rt.ebv(fn1(S, v38_0, v47_0, [K8]))) out.push(rt.finding(ROWS[20], c, "Invoice line net amount (BT-131) " + rt.valueOf(v38_0) + " must equal quantity (BT-129) x net price (BT-146) / price base quantity (BT-149) + line charges (BT-141) - line allowances (BT-136) = " + rt.valueOf(v47_0) + " (within 0.02)."));
  S.cur = 21;
  if (!(!(S.D.hasNamePath(P8) && rt.anyOnAxisSeq((t41 ??= rt.child(c, N42)), "child", N44)) || rt.ebv(rt.optBool(rt.valueCompare("gt", rt.castSeq((t43 ??= rt.childOfNodes((t41 ??= rt.child(c, N42)), N44)), "decimal", true), [0n]))))) out.push(rt.finding(ROWS[21], c, "Item price base quantity (BT-149) " + rt.valueOf((t43 ??= rt.childOfNodes((t41 ??= rt.child(c, N42)), N44))) + " must be greater than zero."));
  S.cur = 22;
  if (!((t48 ??= rt.child(c, N45)).length <= 1)) out.push(rt.finding(ROWS[22], c, "Invoice line object identifier (BT-128) may be given once per line, found " + rt.valueOf([BigInt((t48 ??= rt.child(c, N45)).length)]) + "."));
  S.cur = 23;
  if (!(!rt.anyOnAxis(c, "child", N45) || rt.generalCompare1("eq", (t49 ??= rt.childOfNodes((t48 ??= rt.child(c, N45)), N11)), "130"))) out.push(rt.finding(ROWS[23], c, "A line document reference is allowed only as invoice line object identifier (BT-128) with document type code 130."));
}

function step58(n, S) {
  if (n.kind !== "element" || n.local !== "Price" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null;
}

function step59(n, S) {
  if (n.kind !== "element" || n.local !== "AllowanceCharge" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null && step58(n.parent, S);
}

function match13(n, S) { return (n.parent?.local === "Price" && n.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" && step59(n, S)); }

function fire13(c, S, out) {
  let t50, t51, t52, t53, t54;
  S.cur = 24;
  if (!(rt.normalizeSpace(rt.strArg((t50 ??= rt.child(c, N31)), "normalize-space")) === "false")) out.push(rt.finding(ROWS[24], c, "Only a price discount (BT-147) is allowed on item price level: charge indicator must be 'false', found '" + rt.valueOf([rt.normalizeSpace(rt.strArg((t50 ??= rt.child(c, N31)), "normalize-space"))]) + "'."));
  S.cur = 25;
  if (!(!rt.anyOnAxis(c, "child", N27) || rt.generalCompare("eq", rt.castSeq((t53 ??= rt.childOfNodes((t52 ??= rt.stepOne(c, "parent", N23, null)), N43)), "decimal", true), rt.arith("-", rt.castSeq((t51 ??= rt.child(c, N27)), "decimal", true), rt.castSeq((t54 ??= rt.child(c, N30)), "decimal", true))))) out.push(rt.finding(ROWS[25], c, "Item net price (BT-146) " + rt.valueOf((t53 ??= rt.childOfNodes((t52 ??= rt.stepOne(c, "parent", N23, null)), N43))) + " must equal item gross price (BT-148) " + rt.valueOf((t51 ??= rt.child(c, N27))) + " - price discount (BT-147) " + rt.valueOf((t54 ??= rt.child(c, N30))) + "."));
}

function step60(n, S) {
  if (n.kind !== "element" || n.local !== "Price" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null;
}

function step61(n, S) {
  if (n.kind !== "element" || n.local !== "BaseQuantity" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2") return false;
  const c = n;
  if (!rt.anyOnAxis(c, "attribute", N46)) return false;
  return n.parent !== null && step60(n.parent, S);
}

function match14(n, S) { return (n.parent?.local === "Price" && n.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" && step61(n, S)); }

function fire14(c, S, out) {
  let t55, t56, t57, t58, t59, t60;
  const v48_0 = (rt.ebv((S.D.memo[16] !== undefined ? S.D.memo[16] : (S.D.memo[16] = rt.child(rt.requireNode(rt.rootOf(rt.requireNode(c))), N12)))) ? (t57 ??= rt.childOfNodes((t56 ??= rt.stepNodes((t55 ??= rt.stepOne(c, "parent", N23, null)), "parent", N23, null)), N40)) : (t58 ??= rt.childOfNodes((t56 ??= rt.stepNodes((t55 ??= rt.stepOne(c, "parent", N23, null)), "parent", N23, null)), N41)));
  S.cur = 26;
  if (!(!((S.D.hasNamePath(P11) && rt.anyOnAxisSeq((t56 ??= rt.stepNodes((t55 ??= rt.stepOne(c, "parent", N23, null)), "parent", N23, null)), "child", N40)) || (S.D.hasNamePath(P12) && rt.anyOnAxisSeq((t56 ??= rt.stepNodes((t55 ??= rt.stepOne(c, "parent", N23, null)), "parent", N23, null)), "child", N41))) || rt.generalCompare("eq", (t59 ??= rt.stepOne(c, "attribute", N46, null)), (t60 ??= rt.stepNodes(v48_0, "attribute", N46, null))))) out.push(rt.finding(ROWS[26], c, "Unit of the item price base quantity (BT-150) '" + rt.valueOf((t59 ??= rt.stepOne(c, "attribute", N46, null))) + "' must be the unit of the invoiced quantity (BT-130) '" + rt.valueOf((t60 ??= rt.stepNodes(v48_0, "attribute", N46, null))) + "'."));
}

function step62(n, S) {
  if (n.kind !== "element" || n.local !== "EndpointID" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2") return false;
  const c = n;
  if (!rt.attributeValueIs(c, N47, "0088", true)) return false;
  return n.parent !== null;
}

function step63(n, S) {
  if (n.kind !== "element" || n.local !== "PartyIdentification" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null;
}

function step64(n, S) {
  if (n.kind !== "element" || n.local !== "ID" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2") return false;
  const c = n;
  if (!rt.attributeValueIs(c, N47, "0088", true)) return false;
  return n.parent !== null && step63(n.parent, S);
}

function step65(n, S) {
  if (n.kind !== "element" || n.local !== "CompanyID" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2") return false;
  const c = n;
  if (!rt.attributeValueIs(c, N47, "0088", true)) return false;
  return n.parent !== null;
}

function match15(n, S) { return step62(n, S) || (n.parent?.local === "PartyIdentification" && n.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" && step64(n, S)) || step65(n, S); }

function fire15(c, S, out) {
  S.cur = 27;
  if (!rt.ebv(fn2(S, [rt.normalizeSpace(rt.strItem(c, "normalize-space"))]))) out.push(rt.finding(ROWS[27], c, "GLN (scheme 0088) '" + rt.valueOf([rt.normalizeSpace(rt.strItem(c, "normalize-space"))]) + "' in " + rt.nodeName([c]) + " is not all digits with a valid GS1 check digit."));
}

function step66(n, S) {
  if (n.kind !== "element" || n.local !== "EndpointID" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2") return false;
  const c = n;
  if (!rt.attributeValueIs(c, N47, "0192", true)) return false;
  return n.parent !== null;
}

function step67(n, S) {
  if (n.kind !== "element" || n.local !== "PartyIdentification" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null;
}

function step68(n, S) {
  if (n.kind !== "element" || n.local !== "ID" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2") return false;
  const c = n;
  if (!rt.attributeValueIs(c, N47, "0192", true)) return false;
  return n.parent !== null && step67(n.parent, S);
}

function step69(n, S) {
  if (n.kind !== "element" || n.local !== "CompanyID" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2") return false;
  const c = n;
  if (!rt.attributeValueIs(c, N47, "0192", true)) return false;
  return n.parent !== null;
}

function match16(n, S) { return step66(n, S) || (n.parent?.local === "PartyIdentification" && n.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" && step68(n, S)) || step69(n, S); }

function fire16(c, S, out) {
  S.cur = 28;
  if (!rt.ebv(fn3(S, [rt.normalizeSpace(rt.strItem(c, "normalize-space"))]))) out.push(rt.finding(ROWS[28], c, "Norwegian organisation number (scheme 0192) '" + rt.valueOf([rt.normalizeSpace(rt.strItem(c, "normalize-space"))]) + "' in " + rt.nodeName([c]) + " must be nine digits with a valid mod 11 check digit."));
}

function step70(n, S) {
  if (n.kind !== "element" || n.local !== "EndpointID" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2") return false;
  const c = n;
  if (!rt.attributeValueIs(c, N47, "0184", true)) return false;
  return n.parent !== null;
}

function step71(n, S) {
  if (n.kind !== "element" || n.local !== "PartyIdentification" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null;
}

function step72(n, S) {
  if (n.kind !== "element" || n.local !== "ID" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2") return false;
  const c = n;
  if (!rt.attributeValueIs(c, N47, "0184", true)) return false;
  return n.parent !== null && step71(n.parent, S);
}

function step73(n, S) {
  if (n.kind !== "element" || n.local !== "CompanyID" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2") return false;
  const c = n;
  if (!rt.attributeValueIs(c, N47, "0184", true)) return false;
  return n.parent !== null;
}

function match17(n, S) { return step70(n, S) || (n.parent?.local === "PartyIdentification" && n.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" && step72(n, S)) || step73(n, S); }

function fire17(c, S, out) {
  S.cur = 29;
  if (!rt.matches(rt.strItem(c, "matches"), RE5)) out.push(rt.finding(ROWS[29], c, "Danish CVR number (scheme 0184) '" + rt.valueOf([c]) + "' in " + rt.nodeName([c]) + " must be 8 digits, optionally preceded by DK."));
}

function step74(n, S) {
  if (n.kind !== "element" || n.local !== "EndpointID" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2") return false;
  const c = n;
  if (!rt.attributeValueIs(c, N47, "0096", true)) return false;
  return n.parent !== null;
}

function step75(n, S) {
  if (n.kind !== "element" || n.local !== "PartyIdentification" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null;
}

function step76(n, S) {
  if (n.kind !== "element" || n.local !== "ID" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2") return false;
  const c = n;
  if (!rt.attributeValueIs(c, N47, "0096", true)) return false;
  return n.parent !== null && step75(n.parent, S);
}

function step77(n, S) {
  if (n.kind !== "element" || n.local !== "CompanyID" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2") return false;
  const c = n;
  if (!rt.attributeValueIs(c, N47, "0096", true)) return false;
  return n.parent !== null;
}

function match18(n, S) { return step74(n, S) || (n.parent?.local === "PartyIdentification" && n.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" && step76(n, S)) || step77(n, S); }

function fire18(c, S, out) {
  S.cur = 30;
  if (!rt.matches(rt.strItem(c, "matches"), RE2)) out.push(rt.finding(ROWS[30], c, "Danish P number (scheme 0096) '" + rt.valueOf([c]) + "' in " + rt.nodeName([c]) + " must be 10 digits."));
}

function step78(n, S) {
  if (n.kind !== "element" || n.local !== "EndpointID" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2") return false;
  const c = n;
  if (!rt.attributeValueIs(c, N47, "0198", true)) return false;
  return n.parent !== null;
}

function step79(n, S) {
  if (n.kind !== "element" || n.local !== "PartyIdentification" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null;
}

function step80(n, S) {
  if (n.kind !== "element" || n.local !== "ID" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2") return false;
  const c = n;
  if (!rt.attributeValueIs(c, N47, "0198", true)) return false;
  return n.parent !== null && step79(n.parent, S);
}

function step81(n, S) {
  if (n.kind !== "element" || n.local !== "CompanyID" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2") return false;
  const c = n;
  if (!rt.attributeValueIs(c, N47, "0198", true)) return false;
  return n.parent !== null;
}

function match19(n, S) { return step78(n, S) || (n.parent?.local === "PartyIdentification" && n.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" && step80(n, S)) || step81(n, S); }

function fire19(c, S, out) {
  S.cur = 31;
  if (!rt.matches(rt.strItem(c, "matches"), RE6)) out.push(rt.finding(ROWS[31], c, "Danish SE number (scheme 0198) '" + rt.valueOf([c]) + "' in " + rt.nodeName([c]) + " must be DK followed by 8 digits."));
}

function step82(n, S) {
  if (n.kind !== "element" || n.local !== "EndpointID" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2") return false;
  const c = n;
  if (!rt.attributeValueIs(c, N47, "0208", true)) return false;
  return n.parent !== null;
}

function step83(n, S) {
  if (n.kind !== "element" || n.local !== "PartyIdentification" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null;
}

function step84(n, S) {
  if (n.kind !== "element" || n.local !== "ID" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2") return false;
  const c = n;
  if (!rt.attributeValueIs(c, N47, "0208", true)) return false;
  return n.parent !== null && step83(n.parent, S);
}

function step85(n, S) {
  if (n.kind !== "element" || n.local !== "CompanyID" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2") return false;
  const c = n;
  if (!rt.attributeValueIs(c, N47, "0208", true)) return false;
  return n.parent !== null;
}

function match20(n, S) { return step82(n, S) || (n.parent?.local === "PartyIdentification" && n.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" && step84(n, S)) || step85(n, S); }

function fire20(c, S, out) {
  S.cur = 32;
  if (!rt.ebv(fn4(S, [rt.normalizeSpace(rt.strItem(c, "normalize-space"))]))) out.push(rt.finding(ROWS[32], c, "Belgian enterprise number (scheme 0208) '" + rt.valueOf([rt.normalizeSpace(rt.strItem(c, "normalize-space"))]) + "' in " + rt.nodeName([c]) + " must be ten digits with valid mod 97 check digits."));
}

function step86(n, S) {
  if (n.kind !== "element" || n.local !== "EndpointID" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2") return false;
  const c = n;
  if (!rt.attributeValueIs(c, N47, "0201", true)) return false;
  return n.parent !== null;
}

function step87(n, S) {
  if (n.kind !== "element" || n.local !== "PartyIdentification" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null;
}

function step88(n, S) {
  if (n.kind !== "element" || n.local !== "ID" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2") return false;
  const c = n;
  if (!rt.attributeValueIs(c, N47, "0201", true)) return false;
  return n.parent !== null && step87(n.parent, S);
}

function step89(n, S) {
  if (n.kind !== "element" || n.local !== "CompanyID" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2") return false;
  const c = n;
  if (!rt.attributeValueIs(c, N47, "0201", true)) return false;
  return n.parent !== null;
}

function match21(n, S) { return step86(n, S) || (n.parent?.local === "PartyIdentification" && n.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" && step88(n, S)) || step89(n, S); }

function fire21(c, S, out) {
  S.cur = 33;
  if (!rt.matches(rt.normalizeSpace(rt.strItem(c, "normalize-space")), RE7)) out.push(rt.finding(ROWS[33], c, "Italian IPA code (scheme 0201) '" + rt.valueOf([rt.normalizeSpace(rt.strItem(c, "normalize-space"))]) + "' in " + rt.nodeName([c]) + " should be 6 letters or digits."));
}

function step90(n, S) {
  if (n.kind !== "element" || n.local !== "EndpointID" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2") return false;
  const c = n;
  if (!rt.attributeValueIs(c, N47, "0210", true)) return false;
  return n.parent !== null;
}

function step91(n, S) {
  if (n.kind !== "element" || n.local !== "PartyIdentification" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null;
}

function step92(n, S) {
  if (n.kind !== "element" || n.local !== "ID" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2") return false;
  const c = n;
  if (!rt.attributeValueIs(c, N47, "0210", true)) return false;
  return n.parent !== null && step91(n.parent, S);
}

function step93(n, S) {
  if (n.kind !== "element" || n.local !== "CompanyID" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2") return false;
  const c = n;
  if (!rt.attributeValueIs(c, N47, "0210", true)) return false;
  return n.parent !== null;
}

function match22(n, S) { return step90(n, S) || (n.parent?.local === "PartyIdentification" && n.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" && step92(n, S)) || step93(n, S); }

function fire22(c, S, out) {
  S.cur = 34;
  if (!rt.ebv(fn7(S, [rt.normalizeSpace(rt.strItem(c, "normalize-space"))]))) out.push(rt.finding(ROWS[34], c, "Italian tax code (codice fiscale, scheme 0210) '" + rt.valueOf([rt.normalizeSpace(rt.strItem(c, "normalize-space"))]) + "' in " + rt.nodeName([c]) + " is not in a valid format."));
}

function step94(n, S) {
  if (n.kind !== "element" || n.local !== "EndpointID" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2") return false;
  const c = n;
  if (!rt.attributeValueIs(c, N47, "9907", true)) return false;
  return n.parent !== null;
}

function match23(n, S) { return step94(n, S); }

function fire23(c, S, out) {
  S.cur = 35;
  if (!rt.ebv(fn7(S, [rt.normalizeSpace(rt.strItem(c, "normalize-space"))]))) out.push(rt.finding(ROWS[35], c, "Italian tax code (codice fiscale, scheme 9907) '" + rt.valueOf([rt.normalizeSpace(rt.strItem(c, "normalize-space"))]) + "' in the electronic address is not in a valid format."));
}

function step95(n, S) {
  if (n.kind !== "element" || n.local !== "EndpointID" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2") return false;
  const c = n;
  if (!rt.attributeValueIs(c, N47, "0211", true)) return false;
  return n.parent !== null;
}

function step96(n, S) {
  if (n.kind !== "element" || n.local !== "PartyIdentification" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null;
}

function step97(n, S) {
  if (n.kind !== "element" || n.local !== "ID" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2") return false;
  const c = n;
  if (!rt.attributeValueIs(c, N47, "0211", true)) return false;
  return n.parent !== null && step96(n.parent, S);
}

function step98(n, S) {
  if (n.kind !== "element" || n.local !== "CompanyID" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2") return false;
  const c = n;
  if (!rt.attributeValueIs(c, N47, "0211", true)) return false;
  return n.parent !== null;
}

function match24(n, S) { return step95(n, S) || (n.parent?.local === "PartyIdentification" && n.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" && step97(n, S)) || step98(n, S); }

function fire24(c, S, out) {
  S.cur = 36;
  if (!rt.ebv(fn8(S, [rt.normalizeSpace(rt.strItem(c, "normalize-space"))]))) out.push(rt.finding(ROWS[36], c, "Italian VAT number (partita IVA, scheme 0211) '" + rt.valueOf([rt.normalizeSpace(rt.strItem(c, "normalize-space"))]) + "' in " + rt.nodeName([c]) + " is not IT followed by 11 digits with a valid check digit."));
}

function step99(n, S) {
  if (n.kind !== "element" || n.local !== "EndpointID" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2") return false;
  const c = n;
  if (!rt.attributeValueIs(c, N47, "0007", true)) return false;
  return n.parent !== null;
}

function step100(n, S) {
  if (n.kind !== "element" || n.local !== "PartyIdentification" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null;
}

function step101(n, S) {
  if (n.kind !== "element" || n.local !== "ID" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2") return false;
  const c = n;
  if (!rt.attributeValueIs(c, N47, "0007", true)) return false;
  return n.parent !== null && step100(n.parent, S);
}

function step102(n, S) {
  if (n.kind !== "element" || n.local !== "CompanyID" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2") return false;
  const c = n;
  if (!rt.attributeValueIs(c, N47, "0007", true)) return false;
  return n.parent !== null;
}

function match25(n, S) { return step99(n, S) || (n.parent?.local === "PartyIdentification" && n.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" && step101(n, S)) || step102(n, S); }

function fire25(c, S, out) {
  S.cur = 37;
  if (!(rt.matches(rt.normalizeSpace(rt.strItem(c, "normalize-space")), RE2) && rt.ebv(fn5(S, [rt.normalizeSpace(rt.strItem(c, "normalize-space"))])))) out.push(rt.finding(ROWS[37], c, "Swedish organisation number (scheme 0007) '" + rt.valueOf([rt.normalizeSpace(rt.strItem(c, "normalize-space"))]) + "' in " + rt.nodeName([c]) + " must be ten digits with a valid Luhn check digit."));
}

function step103(n, S) {
  if (n.kind !== "element" || n.local !== "EndpointID" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2") return false;
  const c = n;
  if (!rt.attributeValueIs(c, N47, "0151", true)) return false;
  return n.parent !== null;
}

function step104(n, S) {
  if (n.kind !== "element" || n.local !== "PartyIdentification" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null;
}

function step105(n, S) {
  if (n.kind !== "element" || n.local !== "ID" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2") return false;
  const c = n;
  if (!rt.attributeValueIs(c, N47, "0151", true)) return false;
  return n.parent !== null && step104(n.parent, S);
}

function step106(n, S) {
  if (n.kind !== "element" || n.local !== "CompanyID" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2") return false;
  const c = n;
  if (!rt.attributeValueIs(c, N47, "0151", true)) return false;
  return n.parent !== null;
}

function match26(n, S) { return step103(n, S) || (n.parent?.local === "PartyIdentification" && n.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" && step105(n, S)) || step106(n, S); }

function fire26(c, S, out) {
  S.cur = 38;
  if (!rt.ebv(fn6(S, [rt.normalizeSpace(rt.strItem(c, "normalize-space"))]))) out.push(rt.finding(ROWS[38], c, "Australian Business Number (scheme 0151) '" + rt.valueOf([rt.normalizeSpace(rt.strItem(c, "normalize-space"))]) + "' in " + rt.nodeName([c]) + " must be eleven digits passing the ABN check."));
}

function step107(n, S) {
  if (n.kind !== "element" || n.local !== "EndpointID" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2") return false;
  const c = n;
  if (!rt.attributeValueIs(c, N47, "0106", true)) return false;
  return n.parent !== null;
}

function step108(n, S) {
  if (n.kind !== "element" || n.local !== "PartyIdentification" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null;
}

function step109(n, S) {
  if (n.kind !== "element" || n.local !== "ID" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2") return false;
  const c = n;
  if (!rt.attributeValueIs(c, N47, "0106", true)) return false;
  return n.parent !== null && step108(n.parent, S);
}

function step110(n, S) {
  if (n.kind !== "element" || n.local !== "CompanyID" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2") return false;
  const c = n;
  if (!rt.attributeValueIs(c, N47, "0106", true)) return false;
  return n.parent !== null;
}

function match27(n, S) { return step107(n, S) || (n.parent?.local === "PartyIdentification" && n.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" && step109(n, S)) || step110(n, S); }

function fire27(c, S, out) {
  S.cur = 39;
  if (!rt.matches(rt.normalizeSpace(rt.strItem(c, "normalize-space")), RE8)) out.push(rt.finding(ROWS[39], c, "Dutch KVK number (scheme 0106) '" + rt.valueOf([rt.normalizeSpace(rt.strItem(c, "normalize-space"))]) + "' in " + rt.nodeName([c]) + " should be 8 digits."));
}

function step111(n, S) {
  if (n.kind !== "element" || n.local !== "EndpointID" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2") return false;
  const c = n;
  if (!rt.attributeValueIs(c, N47, "0190", true)) return false;
  return n.parent !== null;
}

function step112(n, S) {
  if (n.kind !== "element" || n.local !== "PartyIdentification" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null;
}

function step113(n, S) {
  if (n.kind !== "element" || n.local !== "ID" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2") return false;
  const c = n;
  if (!rt.attributeValueIs(c, N47, "0190", true)) return false;
  return n.parent !== null && step112(n.parent, S);
}

function step114(n, S) {
  if (n.kind !== "element" || n.local !== "CompanyID" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2") return false;
  const c = n;
  if (!rt.attributeValueIs(c, N47, "0190", true)) return false;
  return n.parent !== null;
}

function match28(n, S) { return step111(n, S) || (n.parent?.local === "PartyIdentification" && n.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" && step113(n, S)) || step114(n, S); }

function fire28(c, S, out) {
  S.cur = 40;
  if (!rt.matches(rt.normalizeSpace(rt.strItem(c, "normalize-space")), RE9)) out.push(rt.finding(ROWS[40], c, "Dutch OIN (scheme 0190) '" + rt.valueOf([rt.normalizeSpace(rt.strItem(c, "normalize-space"))]) + "' in " + rt.nodeName([c]) + " should be 20 digits."));
}

function step115(n, S) {
  if (n.kind !== "element" || n.local !== "EndpointID" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2") return false;
  const c = n;
  if (!rt.attributeValueIs(c, N47, "9944", true)) return false;
  return n.parent !== null;
}

function step116(n, S) {
  if (n.kind !== "element" || n.local !== "PartyIdentification" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null;
}

function step117(n, S) {
  if (n.kind !== "element" || n.local !== "ID" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2") return false;
  const c = n;
  if (!rt.attributeValueIs(c, N47, "9944", true)) return false;
  return n.parent !== null && step116(n.parent, S);
}

function step118(n, S) {
  if (n.kind !== "element" || n.local !== "CompanyID" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2") return false;
  const c = n;
  if (!rt.attributeValueIs(c, N47, "9944", true)) return false;
  return n.parent !== null;
}

function match29(n, S) { return step115(n, S) || (n.parent?.local === "PartyIdentification" && n.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" && step117(n, S)) || step118(n, S); }

function fire29(c, S, out) {
  S.cur = 41;
  if (!rt.matches(rt.normalizeSpace(rt.strItem(c, "normalize-space")), RE10)) out.push(rt.finding(ROWS[41], c, "Dutch VAT number (scheme 9944) '" + rt.valueOf([rt.normalizeSpace(rt.strItem(c, "normalize-space"))]) + "' in " + rt.nodeName([c]) + " should look like NL123456789B12."));
}

function step119(n, S) {
  if (n.kind !== "element" || n.local !== "PartyTaxScheme" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  const c = n;
  if (!(rt.normalizeSpace(rt.strArg(rt.childOfNodes(rt.child(c, N51), N17), "normalize-space")) === "VAT")) return false;
  return n.parent !== null;
}

function step120(n, S) {
  if (n.kind !== "element" || n.local !== "CompanyID" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2") return false;
  const c = n;
  if (!rt.startsWith(rt.normalizeSpace(rt.strItem(c, "normalize-space")), "NL")) return false;
  return n.parent !== null && step119(n.parent, S);
}

function match30(n, S) { return (n.parent?.local === "PartyTaxScheme" && n.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" && step120(n, S)); }

function fire30(c, S, out) {
  S.cur = 42;
  if (!rt.matches(rt.normalizeSpace(rt.strItem(c, "normalize-space")), RE10)) out.push(rt.finding(ROWS[42], c, "Dutch VAT identifier (BT-31, BT-48, BT-63) '" + rt.valueOf([rt.normalizeSpace(rt.strItem(c, "normalize-space"))]) + "' should look like NL123456789B12."));
}

function step121(n, S) {
  if (n.kind !== "element" || n.local !== "EndpointID" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2") return false;
  const c = n;
  if (!rt.attributeValueIs(c, N47, "0217", true)) return false;
  return n.parent !== null;
}

function step122(n, S) {
  if (n.kind !== "element" || n.local !== "PartyIdentification" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null;
}

function step123(n, S) {
  if (n.kind !== "element" || n.local !== "ID" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2") return false;
  const c = n;
  if (!rt.attributeValueIs(c, N47, "0217", true)) return false;
  return n.parent !== null && step122(n.parent, S);
}

function step124(n, S) {
  if (n.kind !== "element" || n.local !== "CompanyID" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2") return false;
  const c = n;
  if (!rt.attributeValueIs(c, N47, "0217", true)) return false;
  return n.parent !== null;
}

function match31(n, S) { return step121(n, S) || (n.parent?.local === "PartyIdentification" && n.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" && step123(n, S)) || step124(n, S); }

function fire31(c, S, out) {
  S.cur = 43;
  if (!rt.matches(rt.normalizeSpace(rt.strItem(c, "normalize-space")), RE11)) out.push(rt.finding(ROWS[43], c, "Dutch KVK establishment number (scheme 0217) '" + rt.valueOf([rt.normalizeSpace(rt.strItem(c, "normalize-space"))]) + "' in " + rt.nodeName([c]) + " should be 12 digits."));
}

function step125(n, S) {
  if (n.kind !== "element" || n.local !== "EmbeddedDocumentBinaryObject" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2") return false;
  const c = n;
  if (!rt.anyOnAxis(c, "attribute", N53)) return false;
  return n.parent !== null;
}

function match32(n, S) { return step125(n, S); }

function fire32(c, S, out) {
  let t61;
  S.cur = 44;
  if (!rt.generalCompare("eq", (t61 ??= rt.stepOne(c, "attribute", N53, null)), global2(S))) out.push(rt.finding(ROWS[44], c, "Attached document MIME code (BT-125-1) '" + rt.valueOf((t61 ??= rt.stepOne(c, "attribute", N53, null))) + "' is not in the Peppol subset of IANA media types."));
}

function step126(n, S) {
  if (n.kind !== "element" || n.local !== "AllowanceCharge" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  const c = n;
  if (!rt.childValueIs(c, N31, "false", true)) return false;
  return n.parent !== null;
}

function step127(n, S) {
  if (n.kind !== "element" || n.local !== "AllowanceChargeReasonCode" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2") return false;
  return n.parent !== null && step126(n.parent, S);
}

function match33(n, S) { return (n.parent?.local === "AllowanceCharge" && n.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" && step127(n, S)); }

function fire33(c, S, out) {
  S.cur = 45;
  if (!rt.generalCompare("eq", [rt.normalizeSpace(rt.strItem(c, "normalize-space"))], global3(S))) out.push(rt.finding(ROWS[45], c, "Allowance reason code (BT-98, BT-140) '" + rt.valueOf([rt.normalizeSpace(rt.strItem(c, "normalize-space"))]) + "' is not in the Peppol subset of UNCL 5189."));
}

function step128(n, S) {
  if (n.kind !== "element" || n.local !== "AllowanceCharge" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  const c = n;
  if (!rt.childValueIs(c, N31, "true", true)) return false;
  return n.parent !== null;
}

function step129(n, S) {
  if (n.kind !== "element" || n.local !== "AllowanceChargeReasonCode" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2") return false;
  return n.parent !== null && step128(n.parent, S);
}

function match34(n, S) { return (n.parent?.local === "AllowanceCharge" && n.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" && step129(n, S)); }

function fire34(c, S, out) {
  S.cur = 46;
  if (!rt.generalCompare("eq", [rt.normalizeSpace(rt.strItem(c, "normalize-space"))], global4(S))) out.push(rt.finding(ROWS[46], c, "Charge reason code (BT-105, BT-145) '" + rt.valueOf([rt.normalizeSpace(rt.strItem(c, "normalize-space"))]) + "' is not in UNCL 7161."));
}

function step130(n, S) {
  if (n.kind !== "element" || n.local !== "InvoicePeriod" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null;
}

function step131(n, S) {
  if (n.kind !== "element" || n.local !== "DescriptionCode" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2") return false;
  return n.parent !== null && step130(n.parent, S);
}

function match35(n, S) { return (n.parent?.local === "InvoicePeriod" && n.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" && step131(n, S)); }

function fire35(c, S, out) {
  S.cur = 47;
  if (!rt.generalCompare("eq", [rt.normalizeSpace(rt.strItem(c, "normalize-space"))], global5(S))) out.push(rt.finding(ROWS[47], c, "Value added tax point date code (BT-8) '" + rt.valueOf([rt.normalizeSpace(rt.strItem(c, "normalize-space"))]) + "' is not in the Peppol subset of UNCL 2005."));
}

function step132(n, S) {
  if (n.kind !== "element" || n.local !== "Amount" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2") return false;
  return n.parent !== null;
}

function step133(n, S) {
  if (n.kind !== "element" || n.local !== "BaseAmount" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2") return false;
  return n.parent !== null;
}

function step134(n, S) {
  if (n.kind !== "element" || n.local !== "PriceAmount" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2") return false;
  return n.parent !== null;
}

function step135(n, S) {
  if (n.kind !== "element" || n.local !== "TaxAmount" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2") return false;
  return n.parent !== null;
}

function step136(n, S) {
  if (n.kind !== "element" || n.local !== "TaxableAmount" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2") return false;
  return n.parent !== null;
}

function step137(n, S) {
  if (n.kind !== "element" || n.local !== "LineExtensionAmount" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2") return false;
  return n.parent !== null;
}

function step138(n, S) {
  if (n.kind !== "element" || n.local !== "TaxExclusiveAmount" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2") return false;
  return n.parent !== null;
}

function step139(n, S) {
  if (n.kind !== "element" || n.local !== "TaxInclusiveAmount" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2") return false;
  return n.parent !== null;
}

function step140(n, S) {
  if (n.kind !== "element" || n.local !== "AllowanceTotalAmount" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2") return false;
  return n.parent !== null;
}

function step141(n, S) {
  if (n.kind !== "element" || n.local !== "ChargeTotalAmount" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2") return false;
  return n.parent !== null;
}

function step142(n, S) {
  if (n.kind !== "element" || n.local !== "PrepaidAmount" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2") return false;
  return n.parent !== null;
}

function step143(n, S) {
  if (n.kind !== "element" || n.local !== "PayableRoundingAmount" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2") return false;
  return n.parent !== null;
}

function step144(n, S) {
  if (n.kind !== "element" || n.local !== "PayableAmount" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2") return false;
  return n.parent !== null;
}

function match36(n, S) { return step132(n, S) || step133(n, S) || step134(n, S) || step135(n, S) || step136(n, S) || step137(n, S) || step138(n, S) || step139(n, S) || step140(n, S) || step141(n, S) || step142(n, S) || step143(n, S) || step144(n, S); }

function fire36(c, S, out) {
  let t62;
  S.cur = 48;
  if (!rt.generalCompare("eq", (t62 ??= rt.stepOne(c, "attribute", N22, null)), global6(S))) out.push(rt.finding(ROWS[48], c, "Currency '" + rt.valueOf((t62 ??= rt.stepOne(c, "attribute", N22, null))) + "' of amount " + rt.nodeName([c]) + " is not an ISO 4217 code (BT-5, BT-6)."));
}

function step145(n, S) {
  if (n.kind !== "element" || n.local !== "IssueDate" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2") return false;
  return n.parent !== null;
}

function step146(n, S) {
  if (n.kind !== "element" || n.local !== "DueDate" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2") return false;
  return n.parent !== null;
}

function step147(n, S) {
  if (n.kind !== "element" || n.local !== "TaxPointDate" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2") return false;
  return n.parent !== null;
}

function step148(n, S) {
  if (n.kind !== "element" || n.local !== "StartDate" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2") return false;
  return n.parent !== null;
}

function step149(n, S) {
  if (n.kind !== "element" || n.local !== "EndDate" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2") return false;
  return n.parent !== null;
}

function step150(n, S) {
  if (n.kind !== "element" || n.local !== "ActualDeliveryDate" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2") return false;
  return n.parent !== null;
}

function match37(n, S) { return step145(n, S) || step146(n, S) || step147(n, S) || step148(n, S) || step149(n, S) || step150(n, S); }

function fire37(c, S, out) {
  S.cur = 49;
  if (!((rt.stringLength(rt.strItem(c, "string-length")) === 10) && rt.castableSeq([c], "date", false))) out.push(rt.finding(ROWS[49], c, "Date " + rt.nodeName([c]) + " '" + rt.valueOf([c]) + "' must be written YYYY-MM-DD."));
}

function step151(n, S) {
  if (n.kind !== "element" || n.local !== "EndpointID" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2") return false;
  const c = n;
  if (!rt.anyOnAxis(c, "attribute", N47)) return false;
  return n.parent !== null;
}

function match38(n, S) { return step151(n, S); }

function fire38(c, S, out) {
  let t63;
  S.cur = 50;
  if (!rt.generalCompare("eq", (t63 ??= rt.stepOne(c, "attribute", N47, null)), global7(S))) out.push(rt.finding(ROWS[50], c, "Electronic address scheme (BT-34-1, BT-49-1) '" + rt.valueOf((t63 ??= rt.stepOne(c, "attribute", N47, null))) + "' is not in the Electronic Address Scheme (EAS) code list."));
}

function step152(n, S) {
  if (n.kind !== "element" || n.local !== "TaxCategory" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  const c = n;
  if (!(rt.upperCase(rt.childStr(c, N69, "upper-case")) === "VATEX-EU-G")) return false;
  return n.parent !== null;
}

function match39(n, S) { return step152(n, S); }

function fire39(c, S, out) {
  let t64;
  S.cur = 51;
  if (!(rt.normalizeSpace(rt.strArg((t64 ??= rt.child(c, N17)), "normalize-space")) === "G")) out.push(rt.finding(ROWS[51], c, "VAT exemption reason code (BT-121) VATEX-EU-G requires VAT category code (BT-118) G, found '" + rt.valueOf([rt.normalizeSpace(rt.strArg((t64 ??= rt.child(c, N17)), "normalize-space"))]) + "'."));
}

function step153(n, S) {
  if (n.kind !== "element" || n.local !== "TaxCategory" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  const c = n;
  if (!(rt.upperCase(rt.childStr(c, N69, "upper-case")) === "VATEX-EU-O")) return false;
  return n.parent !== null;
}

function match40(n, S) { return step153(n, S); }

function fire40(c, S, out) {
  let t65;
  S.cur = 52;
  if (!(rt.normalizeSpace(rt.strArg((t65 ??= rt.child(c, N17)), "normalize-space")) === "O")) out.push(rt.finding(ROWS[52], c, "VAT exemption reason code (BT-121) VATEX-EU-O requires VAT category code (BT-118) O, found '" + rt.valueOf([rt.normalizeSpace(rt.strArg((t65 ??= rt.child(c, N17)), "normalize-space"))]) + "'."));
}

function step154(n, S) {
  if (n.kind !== "element" || n.local !== "TaxCategory" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  const c = n;
  if (!(rt.upperCase(rt.childStr(c, N69, "upper-case")) === "VATEX-EU-IC")) return false;
  return n.parent !== null;
}

function match41(n, S) { return step154(n, S); }

function fire41(c, S, out) {
  let t66;
  S.cur = 53;
  if (!(rt.normalizeSpace(rt.strArg((t66 ??= rt.child(c, N17)), "normalize-space")) === "K")) out.push(rt.finding(ROWS[53], c, "VAT exemption reason code (BT-121) VATEX-EU-IC requires VAT category code (BT-118) K, found '" + rt.valueOf([rt.normalizeSpace(rt.strArg((t66 ??= rt.child(c, N17)), "normalize-space"))]) + "'."));
}

function step155(n, S) {
  if (n.kind !== "element" || n.local !== "TaxCategory" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  const c = n;
  if (!(rt.upperCase(rt.childStr(c, N69, "upper-case")) === "VATEX-EU-AE")) return false;
  return n.parent !== null;
}

function match42(n, S) { return step155(n, S); }

function fire42(c, S, out) {
  let t67;
  S.cur = 54;
  if (!(rt.normalizeSpace(rt.strArg((t67 ??= rt.child(c, N17)), "normalize-space")) === "AE")) out.push(rt.finding(ROWS[54], c, "VAT exemption reason code (BT-121) VATEX-EU-AE requires VAT category code (BT-118) AE, found '" + rt.valueOf([rt.normalizeSpace(rt.strArg((t67 ??= rt.child(c, N17)), "normalize-space"))]) + "'."));
}

function step156(n, S) {
  if (n.kind !== "element" || n.local !== "TaxCategory" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  const c = n;
  if (!(rt.upperCase(rt.childStr(c, N69, "upper-case")) === "VATEX-EU-D")) return false;
  return n.parent !== null;
}

function match43(n, S) { return step156(n, S); }

function fire43(c, S, out) {
  let t68;
  S.cur = 55;
  if (!(rt.normalizeSpace(rt.strArg((t68 ??= rt.child(c, N17)), "normalize-space")) === "E")) out.push(rt.finding(ROWS[55], c, "VAT exemption reason code (BT-121) VATEX-EU-D requires VAT category code (BT-118) E, found '" + rt.valueOf([rt.normalizeSpace(rt.strArg((t68 ??= rt.child(c, N17)), "normalize-space"))]) + "'."));
}

function step157(n, S) {
  if (n.kind !== "element" || n.local !== "TaxCategory" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  const c = n;
  if (!(rt.upperCase(rt.childStr(c, N69, "upper-case")) === "VATEX-EU-F")) return false;
  return n.parent !== null;
}

function match44(n, S) { return step157(n, S); }

function fire44(c, S, out) {
  let t69;
  S.cur = 56;
  if (!(rt.normalizeSpace(rt.strArg((t69 ??= rt.child(c, N17)), "normalize-space")) === "E")) out.push(rt.finding(ROWS[56], c, "VAT exemption reason code (BT-121) VATEX-EU-F requires VAT category code (BT-118) E, found '" + rt.valueOf([rt.normalizeSpace(rt.strArg((t69 ??= rt.child(c, N17)), "normalize-space"))]) + "'."));
}

function step158(n, S) {
  if (n.kind !== "element" || n.local !== "TaxCategory" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  const c = n;
  if (!(rt.upperCase(rt.childStr(c, N69, "upper-case")) === "VATEX-EU-I")) return false;
  return n.parent !== null;
}

function match45(n, S) { return step158(n, S); }

function fire45(c, S, out) {
  let t70;
  S.cur = 57;
  if (!(rt.normalizeSpace(rt.strArg((t70 ??= rt.child(c, N17)), "normalize-space")) === "E")) out.push(rt.finding(ROWS[57], c, "VAT exemption reason code (BT-121) VATEX-EU-I requires VAT category code (BT-118) E, found '" + rt.valueOf([rt.normalizeSpace(rt.strArg((t70 ??= rt.child(c, N17)), "normalize-space"))]) + "'."));
}

function step159(n, S) {
  if (n.kind !== "element" || n.local !== "TaxCategory" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  const c = n;
  if (!(rt.upperCase(rt.childStr(c, N69, "upper-case")) === "VATEX-EU-J")) return false;
  return n.parent !== null;
}

function match46(n, S) { return step159(n, S); }

function fire46(c, S, out) {
  let t71;
  S.cur = 58;
  if (!(rt.normalizeSpace(rt.strArg((t71 ??= rt.child(c, N17)), "normalize-space")) === "E")) out.push(rt.finding(ROWS[58], c, "VAT exemption reason code (BT-121) VATEX-EU-J requires VAT category code (BT-118) E, found '" + rt.valueOf([rt.normalizeSpace(rt.strArg((t71 ??= rt.child(c, N17)), "normalize-space"))]) + "'."));
}

function step160(n, S) {
  if (n.kind !== "element" || n.local !== "Amount" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2") return false;
  return n.parent !== null;
}

function step161(n, S) {
  if (n.kind !== "element" || n.local !== "BaseAmount" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2") return false;
  return n.parent !== null;
}

function step162(n, S) {
  if (n.kind !== "element" || n.local !== "PriceAmount" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2") return false;
  return n.parent !== null;
}

function step163(n, S) {
  if (n.kind !== "element" || n.local !== "TaxTotal" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  const c = n;
  if (!rt.anyOnAxis(c, "child", N19)) return false;
  return n.parent !== null;
}

function step164(n, S) {
  if (n.kind !== "element" || n.local !== "TaxAmount" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2") return false;
  return n.parent !== null && step163(n.parent, S);
}

function step165(n, S) {
  if (n.kind !== "element" || n.local !== "TaxableAmount" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2") return false;
  return n.parent !== null;
}

function step166(n, S) {
  if (n.kind !== "element" || n.local !== "LineExtensionAmount" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2") return false;
  return n.parent !== null;
}

function step167(n, S) {
  if (n.kind !== "element" || n.local !== "TaxExclusiveAmount" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2") return false;
  return n.parent !== null;
}

function step168(n, S) {
  if (n.kind !== "element" || n.local !== "TaxInclusiveAmount" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2") return false;
  return n.parent !== null;
}

function step169(n, S) {
  if (n.kind !== "element" || n.local !== "AllowanceTotalAmount" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2") return false;
  return n.parent !== null;
}

function step170(n, S) {
  if (n.kind !== "element" || n.local !== "ChargeTotalAmount" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2") return false;
  return n.parent !== null;
}

function step171(n, S) {
  if (n.kind !== "element" || n.local !== "PrepaidAmount" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2") return false;
  return n.parent !== null;
}

function step172(n, S) {
  if (n.kind !== "element" || n.local !== "PayableRoundingAmount" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2") return false;
  return n.parent !== null;
}

function step173(n, S) {
  if (n.kind !== "element" || n.local !== "PayableAmount" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2") return false;
  return n.parent !== null;
}

function match47(n, S) { return step160(n, S) || step161(n, S) || step162(n, S) || (n.parent?.local === "TaxTotal" && n.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" && step164(n, S)) || step165(n, S) || step166(n, S) || step167(n, S) || step168(n, S) || step169(n, S) || step170(n, S) || step171(n, S) || step172(n, S) || step173(n, S); }

function fire47(c, S, out) {
  let t72;
  S.cur = 59;
  if (!rt.generalCompare("eq", (t72 ??= rt.stepOne(c, "attribute", N22, null)), global12(S))) out.push(rt.finding(ROWS[59], c, "Currency '" + rt.valueOf((t72 ??= rt.stepOne(c, "attribute", N22, null))) + "' of " + rt.nodeName([c]) + " must be the invoice currency code (BT-5) '" + rt.valueOf(global12(S)) + "'; only BT-111 may use another currency."));
}

function step174(n, S) {
  if (n.kind !== "element" || n.local !== "InvoiceTypeCode" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2") return false;
  return n.parent !== null;
}

function match48(n, S) { return step174(n, S); }

function fire48(c, S, out) {
  S.cur = 60;
  if (!((global9(S) !== "01") || rt.generalCompare("eq", [rt.normalizeSpace(rt.strItem(c, "normalize-space"))], Q10))) out.push(rt.finding(ROWS[60], c, "Invoice type code (BT-3) '" + rt.valueOf([rt.normalizeSpace(rt.strItem(c, "normalize-space"))]) + "' is not allowed in Peppol self-billing (389 or 527)."));
}

function step175(n, S) {
  if (n.kind !== "element" || n.local !== "CreditNoteTypeCode" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2") return false;
  return n.parent !== null;
}

function match49(n, S) { return step175(n, S); }

function fire49(c, S, out) {
  S.cur = 61;
  if (!((global9(S) !== "01") || (rt.normalizeSpace(rt.strItem(c, "normalize-space")) === "261"))) out.push(rt.finding(ROWS[61], c, "Credit note type code (BT-3) '" + rt.valueOf([rt.normalizeSpace(rt.strItem(c, "normalize-space"))]) + "' is not allowed in Peppol self-billing (261)."));
}

const PATTERNS = [
  { id: "peppol-empty-elements", rules: [
  { keys: [{ kind: "element", ns: null, local: null }], match: match0, fire: fire0 }
] },
  { id: "peppol-credit-note", rules: [
  { keys: [{ kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2", local: "CreditNote" }], match: match1, fire: fire1 }
] },
  { id: "peppol-transaction", rules: [
  { keys: [{ kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2", local: "Invoice" }, { kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2", local: "CreditNote" }], match: match2, fire: fire2 },
  { keys: [{ kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", local: "TaxCurrencyCode" }], match: match3, fire: fire3 },
  { keys: [{ kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "Party", parent: { ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "AccountingCustomerParty" } }], match: match4, fire: fire4 },
  { keys: [{ kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "Party", parent: { ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "AccountingSupplierParty" } }], match: match5, fire: fire5 },
  { keys: [{ kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "AllowanceCharge", parent: { ns: "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2", local: "Invoice" } }, { kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "AllowanceCharge", parent: { ns: "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2", local: "CreditNote" } }, { kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "AllowanceCharge", parent: { ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "InvoiceLine" } }, { kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "AllowanceCharge", parent: { ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "CreditNoteLine" } }], match: match6, fire: fire6 },
  { keys: [{ kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "AllowanceCharge", parent: { ns: "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2", local: "Invoice" } }, { kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "AllowanceCharge", parent: { ns: "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2", local: "CreditNote" } }, { kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "AllowanceCharge", parent: { ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "InvoiceLine" } }, { kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "AllowanceCharge", parent: { ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "CreditNoteLine" } }], match: match7, fire: fire7 },
  { keys: [{ kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "AllowanceCharge", parent: { ns: "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2", local: "Invoice" } }, { kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "AllowanceCharge", parent: { ns: "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2", local: "CreditNote" } }, { kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "AllowanceCharge", parent: { ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "InvoiceLine" } }, { kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "AllowanceCharge", parent: { ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "CreditNoteLine" } }], match: match8, fire: fire8 },
  { keys: [{ kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "PaymentMeans" }], match: match9, fire: fire9 },
  { keys: [{ kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", local: "StartDate", parent: { ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "InvoicePeriod" } }, { kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", local: "StartDate", parent: { ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "InvoicePeriod" } }], match: match10, fire: fire10 },
  { keys: [{ kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", local: "EndDate", parent: { ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "InvoicePeriod" } }, { kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", local: "EndDate", parent: { ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "InvoicePeriod" } }], match: match11, fire: fire11 },
  { keys: [{ kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "InvoiceLine" }, { kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "CreditNoteLine" }], match: match12, fire: fire12 },
  { keys: [{ kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "AllowanceCharge", parent: { ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "Price" } }], match: match13, fire: fire13 },
  { keys: [{ kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", local: "BaseQuantity", parent: { ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "Price" } }], match: match14, fire: fire14 },
  { keys: [{ kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", local: "EndpointID" }, { kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", local: "ID", parent: { ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "PartyIdentification" } }, { kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", local: "CompanyID" }], match: match15, fire: fire15 },
  { keys: [{ kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", local: "EndpointID" }, { kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", local: "ID", parent: { ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "PartyIdentification" } }, { kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", local: "CompanyID" }], match: match16, fire: fire16 },
  { keys: [{ kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", local: "EndpointID" }, { kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", local: "ID", parent: { ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "PartyIdentification" } }, { kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", local: "CompanyID" }], match: match17, fire: fire17 },
  { keys: [{ kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", local: "EndpointID" }, { kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", local: "ID", parent: { ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "PartyIdentification" } }, { kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", local: "CompanyID" }], match: match18, fire: fire18 },
  { keys: [{ kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", local: "EndpointID" }, { kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", local: "ID", parent: { ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "PartyIdentification" } }, { kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", local: "CompanyID" }], match: match19, fire: fire19 },
  { keys: [{ kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", local: "EndpointID" }, { kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", local: "ID", parent: { ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "PartyIdentification" } }, { kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", local: "CompanyID" }], match: match20, fire: fire20 },
  { keys: [{ kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", local: "EndpointID" }, { kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", local: "ID", parent: { ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "PartyIdentification" } }, { kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", local: "CompanyID" }], match: match21, fire: fire21 },
  { keys: [{ kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", local: "EndpointID" }, { kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", local: "ID", parent: { ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "PartyIdentification" } }, { kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", local: "CompanyID" }], match: match22, fire: fire22 },
  { keys: [{ kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", local: "EndpointID" }], match: match23, fire: fire23 },
  { keys: [{ kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", local: "EndpointID" }, { kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", local: "ID", parent: { ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "PartyIdentification" } }, { kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", local: "CompanyID" }], match: match24, fire: fire24 },
  { keys: [{ kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", local: "EndpointID" }, { kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", local: "ID", parent: { ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "PartyIdentification" } }, { kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", local: "CompanyID" }], match: match25, fire: fire25 },
  { keys: [{ kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", local: "EndpointID" }, { kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", local: "ID", parent: { ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "PartyIdentification" } }, { kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", local: "CompanyID" }], match: match26, fire: fire26 },
  { keys: [{ kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", local: "EndpointID" }, { kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", local: "ID", parent: { ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "PartyIdentification" } }, { kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", local: "CompanyID" }], match: match27, fire: fire27 },
  { keys: [{ kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", local: "EndpointID" }, { kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", local: "ID", parent: { ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "PartyIdentification" } }, { kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", local: "CompanyID" }], match: match28, fire: fire28 },
  { keys: [{ kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", local: "EndpointID" }, { kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", local: "ID", parent: { ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "PartyIdentification" } }, { kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", local: "CompanyID" }], match: match29, fire: fire29 },
  { keys: [{ kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", local: "CompanyID", parent: { ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "PartyTaxScheme" } }], match: match30, fire: fire30 },
  { keys: [{ kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", local: "EndpointID" }, { kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", local: "ID", parent: { ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "PartyIdentification" } }, { kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", local: "CompanyID" }], match: match31, fire: fire31 }
] },
  { id: "peppol-code-lists", rules: [
  { keys: [{ kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", local: "EmbeddedDocumentBinaryObject" }], match: match32, fire: fire32 },
  { keys: [{ kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", local: "AllowanceChargeReasonCode", parent: { ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "AllowanceCharge" } }], match: match33, fire: fire33 },
  { keys: [{ kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", local: "AllowanceChargeReasonCode", parent: { ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "AllowanceCharge" } }], match: match34, fire: fire34 },
  { keys: [{ kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", local: "DescriptionCode", parent: { ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "InvoicePeriod" } }], match: match35, fire: fire35 },
  { keys: [{ kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", local: "Amount" }, { kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", local: "BaseAmount" }, { kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", local: "PriceAmount" }, { kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", local: "TaxAmount" }, { kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", local: "TaxableAmount" }, { kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", local: "LineExtensionAmount" }, { kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", local: "TaxExclusiveAmount" }, { kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", local: "TaxInclusiveAmount" }, { kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", local: "AllowanceTotalAmount" }, { kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", local: "ChargeTotalAmount" }, { kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", local: "PrepaidAmount" }, { kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", local: "PayableRoundingAmount" }, { kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", local: "PayableAmount" }], match: match36, fire: fire36 },
  { keys: [{ kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", local: "IssueDate" }, { kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", local: "DueDate" }, { kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", local: "TaxPointDate" }, { kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", local: "StartDate" }, { kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", local: "EndDate" }, { kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", local: "ActualDeliveryDate" }], match: match37, fire: fire37 },
  { keys: [{ kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", local: "EndpointID" }], match: match38, fire: fire38 },
  { keys: [{ kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "TaxCategory" }], match: match39, fire: fire39 },
  { keys: [{ kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "TaxCategory" }], match: match40, fire: fire40 },
  { keys: [{ kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "TaxCategory" }], match: match41, fire: fire41 },
  { keys: [{ kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "TaxCategory" }], match: match42, fire: fire42 },
  { keys: [{ kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "TaxCategory" }], match: match43, fire: fire43 },
  { keys: [{ kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "TaxCategory" }], match: match44, fire: fire44 },
  { keys: [{ kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "TaxCategory" }], match: match45, fire: fire45 },
  { keys: [{ kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "TaxCategory" }], match: match46, fire: fire46 }
] },
  { id: "peppol-self-billing-amount-currency", rules: [
  { keys: [{ kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", local: "Amount" }, { kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", local: "BaseAmount" }, { kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", local: "PriceAmount" }, { kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", local: "TaxAmount", parent: { ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "TaxTotal" } }, { kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", local: "TaxableAmount" }, { kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", local: "LineExtensionAmount" }, { kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", local: "TaxExclusiveAmount" }, { kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", local: "TaxInclusiveAmount" }, { kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", local: "AllowanceTotalAmount" }, { kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", local: "ChargeTotalAmount" }, { kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", local: "PrepaidAmount" }, { kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", local: "PayableRoundingAmount" }, { kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", local: "PayableAmount" }], match: match47, fire: fire47 }
] },
  { id: "peppol-self-billing-type-codes", rules: [
  { keys: [{ kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", local: "InvoiceTypeCode" }], match: match48, fire: fire48 },
  { keys: [{ kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", local: "CreditNoteTypeCode" }], match: match49, fire: fire49 }
] }
];

const PHASES = new Map([]);
const ALL = Object.freeze([0, 1, 2, 3, 4, 5]);
const DEFAULT_PHASE = null;

const driver = new rt.PackDriver(PATTERNS, (e, row, node) => new RuleEvaluationError(e.message, row >= 0 ? ROWS[row].id : null, node, e.code));

export const pack = Object.freeze({
  id: "peppol-bis-self-billing-3",
  version: "2026.5",
  assertions: Object.freeze(ROWS.filter((r) => r.id !== null).map((r) => Object.freeze({ id: r.id, flag: r.flag, kind: r.kind }))),
  phases: Object.freeze([...PHASES.keys()]),
  defaultLang: "en",
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
