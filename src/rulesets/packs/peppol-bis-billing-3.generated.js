// Generated from peppol-bis-billing-3.sch by the ubl-invoice-validator Schematron compiler. Do not edit.
import * as rt from "../../xpath/runtime/index.js";
import { RuleEvaluationError } from "../../engine/pack.js";

const Q0 = Object.freeze(["urn:fdc:peppol.eu:2017:poacc:billing:01:1.0", "urn:peppol:france:billing:regulated", "urn:peppol:france:billing:non-regulated"]);
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
const N9 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "CompanyID");
const Q8 = Object.freeze(["", ""]);
const N10 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "PartyTaxScheme");
const N11 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "TaxScheme");
const N12 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "ID");
const P0 = rt.namePath([N11, N12]);
const N13 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "TaxRepresentativeParty");
const Q9 = Object.freeze([3n, 2n, 7n, 6n, 5n, 4n, 3n, 2n]);
const RE5 = rt.regex("^[0-9]{10,}$", "");
const Q10 = Object.freeze([256n, 128n, 64n, 32n, 16n, 8n, 4n, 2n]);
const T4 = Object.freeze({ item: "integer", occ: "" });
const RE6 = rt.regex("\\s", "");
const RP0 = rt.parseReplacement("", 0);
const RE7 = rt.regex("^[A-Z]{2}[0-9]{2}[A-Za-z0-9]{0,30}$", "");
const RE8 = rt.regex("\\r?\\n", "");
const RE9 = rt.regex("^#SKONTO#TAGE=[0-9]+#PROZENT=[0-9]+\\.[0-9][0-9](#BASISBETRAG=-?[0-9]+\\.[0-9][0-9])?#$", "");
const RE10 = rt.regex("#.+#", "");
const RE11 = rt.regex("^\\s*\\n", "");
const N14 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2", "CreditNote");
const N15 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "AdditionalDocumentReference");
const N16 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "DocumentTypeCode");
const N17 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2", "Invoice");
const N18 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "CustomizationID");
const N19 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "Note");
const N20 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "BuyerReference");
const N21 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "OrderReference");
const P1 = rt.namePath([N21, N12]);
const N22 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "TaxTotal");
const N23 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "TaxSubtotal");
const N24 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "TaxCurrencyCode");
const N25 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "TaxAmount");
const N26 = rt.nameTest(2, "", "currencyID");
const N27 = rt.kindTest(0);
const P2 = rt.namePath([N8]);
const P3 = rt.namePath([N24]);
const N28 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "EndpointID");
const N29 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "AllowanceCharge");
const N30 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "MultiplierFactorNumeric");
const N31 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "BaseAmount");
const N32 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "InvoiceLine");
const N33 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "CreditNoteLine");
const N34 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "Amount");
const K8 = rt.dec("0.02");
const N35 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "ChargeIndicator");
const Q11 = Object.freeze(["true", "false"]);
const N36 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "PaymentMeans");
const N37 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "PaymentMeansCode");
const Q12 = Object.freeze(["49", "59"]);
const N38 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "PaymentMandate");
const P4 = rt.namePath([N38, N12]);
const N39 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "InvoicePeriod");
const N40 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "StartDate");
const P5 = rt.namePath([N39, N40]);
const N41 = rt.kindTest(3);
const N42 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "EndDate");
const P6 = rt.namePath([N39, N42]);
const N43 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "LineExtensionAmount");
const P7 = rt.namePath([N17]);
const N44 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "InvoicedQuantity");
const N45 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "CreditedQuantity");
const N46 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "Price");
const N47 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "PriceAmount");
const P8 = rt.namePath([N46, N47]);
const N48 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "BaseQuantity");
const P9 = rt.namePath([N46, N48]);
const N49 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "DocumentReference");
const P10 = rt.namePath([N49, N16]);
const P11 = rt.namePath([N47]);
const N50 = rt.nameTest(2, "", "unitCode");
const P12 = rt.namePath([N44]);
const P13 = rt.namePath([N45]);
const P14 = rt.namePath([N50]);
const N51 = rt.nameTest(2, "", "schemeID");
const N52 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "PartyIdentification");
const RE12 = rt.regex("^(DK)?[0-9]{8}$", "");
const RE13 = rt.regex("^DK[0-9]{8}$", "");
const RE14 = rt.regex("^[A-Za-z0-9]{6}$", "");
const RE15 = rt.regex("^[0-9]{8}$", "");
const RE16 = rt.regex("^[0-9]{20}$", "");
const RE17 = rt.regex("^NL[0-9]{9}B[0-9]{2}$", "");
const RE18 = rt.regex("^[0-9]{12}$", "");
const N53 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "EmbeddedDocumentBinaryObject");
const N54 = rt.nameTest(2, "", "mimeCode");
const N55 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "AllowanceChargeReasonCode");
const N56 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "DescriptionCode");
const N57 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "TaxableAmount");
const N58 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "TaxExclusiveAmount");
const N59 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "TaxInclusiveAmount");
const N60 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "AllowanceTotalAmount");
const N61 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "ChargeTotalAmount");
const N62 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "PrepaidAmount");
const N63 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "PayableRoundingAmount");
const N64 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "PayableAmount");
const N65 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "IssueDate");
const N66 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "DueDate");
const N67 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "TaxPointDate");
const N68 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "ActualDeliveryDate");
const N69 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "TaxCategory");
const N70 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "TaxExemptionReasonCode");
const N71 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "InvoiceTypeCode");
const Q13 = Object.freeze(["01", "02"]);
const Q14 = Object.freeze(["71", "80", "82", "84", "102", "218", "219", "326", "331", "380", "382", "383", "384", "386", "388", "393", "395", "553", "575", "623", "780", "817", "870", "875", "876", "877"]);
const SET0 = new Set(Q14);
const Q15 = Object.freeze(["326", "384"]);
const N72 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "CreditNoteTypeCode");
const Q16 = Object.freeze(["81", "83", "381", "396", "532"]);
const SET1 = new Set(Q16);
const RE19 = rt.regex("^NO[0-9]{9}MVA$", "");
const N73 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "PartyLegalEntity");
const P15 = rt.namePath([N2, N3, N73, N9]);
const P16 = rt.namePath([N51]);
const P17 = rt.namePath([N14]);
const N74 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "LegalMonetaryTotal");
const P18 = rt.namePath([N74, N64]);
const Q17 = Object.freeze(["1", "10", "31", "42", "48", "49", "50", "58", "59", "93", "97"]);
const SET2 = new Set(Q17);
const Q18 = Object.freeze(["31", "42"]);
const N75 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "PayeeFinancialAccount");
const P19 = rt.namePath([N75, N12]);
const N76 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "FinancialInstitutionBranch");
const P20 = rt.namePath([N75, N76, N12]);
const N77 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "PayerFinancialAccount");
const P21 = rt.namePath([N38, N77, N12]);
const N78 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "PaymentID");
const Q19 = Object.freeze(["01#", "04#", "15#"]);
const RE20 = rt.regex("^[0-9]{7,8}$", "");
const Q20 = Object.freeze(["04#", "15#"]);
const Q21 = Object.freeze(["71#", "73#", "75#"]);
const Q22 = Object.freeze(["71#", "75#"]);
const Q23 = Object.freeze([18n, 19n]);
const P22 = rt.namePath([N73, N9, N51]);
const N79 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "Item");
const N80 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "CommodityClassification");
const N81 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "ItemClassificationCode");
const P23 = rt.namePath([N79, N80, N81]);
const N82 = rt.nameTest(2, "", "listID");
const P24 = rt.namePath([N82]);
const Q24 = Object.freeze(["19.05.01", "19.0501", "26.08.01", "26.0801"]);
const SET3 = new Set(Q24);
const N83 = rt.nameTest(2, "", "listVersionID");
const P25 = rt.namePath([N83]);
const N84 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "AllowanceChargeReason");
const RE21 = rt.regex("^[A-Z0-9]{11,16}$", "");
const N85 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "StreetName");
const P26 = rt.namePath([N4, N85]);
const N86 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "CityName");
const P27 = rt.namePath([N4, N86]);
const N87 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "PostalZone");
const P28 = rt.namePath([N4, N87]);
const P29 = rt.namePath([N4, N5, N6]);
const P30 = rt.namePath([N73, N9]);
const N88 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "ClassifiedTaxCategory");
const N89 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "Percent");
const Q25 = Object.freeze([25n, 12n, 6n]);
const Q26 = Object.freeze([7n, 8n]);
const Q27 = Object.freeze(["50", "56"]);
const Q28 = Object.freeze(["GR", "EL"]);
const RE22 = rt.regex("-", "");
const RE23 = rt.regex("\\|", "");
const RE24 = rt.regex("/", "");
const P31 = rt.namePath([N2, N3]);
const P32 = rt.namePath([N13]);
const RE25 = rt.regex("^(0?[1-9]|[12][0-9]|3[01])[ /\\\\\\-]?(0?[1-9]|1[0-2])[ /\\\\\\-]?(19|20)[0-9][0-9]", "");
const P33 = rt.namePath([N65]);
const Q29 = Object.freeze(["1.1", "1.6", "2.1", "2.4", "5.1", "5.2"]);
const SET4 = new Set(Q29);
const N90 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "PartyName");
const N91 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "Name");
const P34 = rt.namePath([N90, N91]);
const N92 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "DocumentDescription");
const RE26 = rt.regex("^[1-9]", "");
const N93 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "Attachment");
const N94 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "ExternalReference");
const N95 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "URI");
const P35 = rt.namePath([N93, N94, N95]);
const Q30 = Object.freeze(["380", "381"]);
const P36 = rt.namePath([N2, N3, N73, N9, N51]);
const P37 = rt.namePath([N2, N3, N4, N85]);
const P38 = rt.namePath([N2, N3, N4, N87]);
const P39 = rt.namePath([N12]);
const P40 = rt.namePath([N3, N73, N9, N51]);
const P41 = rt.namePath([N3, N4, N85]);
const P42 = rt.namePath([N3, N4, N87]);
const N96 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "BillingReference");
const N97 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "InvoiceDocumentReference");
const P43 = rt.namePath([N96, N97, N12]);
const RE27 = rt.regex(" ", "");
const Q31 = Object.freeze(["0106", "0190"]);
const Q32 = Object.freeze(["30", "48", "49", "57", "58", "59"]);
const SET5 = new Set(Q32);
const N98 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "OrderLineReference");
const N99 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "LineID");
const P44 = rt.namePath([N79, N88, N12]);
const N100 = rt.nameTest(2, "", "filename");
const P45 = rt.namePath([N15, N93, N53, N100]);
const Q33 = Object.freeze(["S", "Z", "E", "AE", "K", "G", "L", "M"]);
const SET6 = new Set(Q33);
const Q34 = Object.freeze(["326", "380", "384", "389", "381", "875", "876", "877"]);
const SET7 = new Set(Q34);
const N101 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "PaymentTerms");
const P46 = rt.namePath([N96, N97]);
const P47 = rt.namePath([N36, N38]);
const N102 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "PayeeParty");
const P48 = rt.namePath([N36, N38, N77, N12]);
const RE28 = rt.regex("^[A-Za-z][A-Za-z0-9+.\\-]+:", "");
const N103 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "Contact");
const P49 = rt.namePath([N3, N103]);
const N104 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "Telephone");
const N105 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "ElectronicMail");
const RE29 = rt.regex("[^0-9]", "");
const RE30 = rt.regex("^[^@\\s]+@[^@.\\s]+(\\.[^@.\\s]+)+$", "");
const N106 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "Delivery");
const N107 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "DeliveryLocation");
const N108 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "Address");
const Q35 = Object.freeze(["30", "58"]);
const N109 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "CardAccount");
const Q36 = Object.freeze(["48", "54", "55"]);

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
  { id: "PEPPOL-EN16931-P0100", flag: "fatal", kind: "assert", test: "not($peppolProcess = ('01', '02'))               or normalize-space() = ('71', '80', '82', '84', '102', '218', '219', '326', '331', '380', '382', '383', '384',                                       '386', '388', '393', '395', '553', '575', '623', '780', '817', '870', '875', '876', '877')", businessTerms: Object.freeze(["BT-3"]) },
  { id: "PEPPOL-EN16931-P0112", flag: "fatal", kind: "assert", test: "not(normalize-space() = ('326', '384')) or ($peppolSellerInDE and $peppolBuyerInDE)", businessTerms: Object.freeze(["BT-3"]) },
  { id: "PEPPOL-EN16931-P0101", flag: "fatal", kind: "assert", test: "not($peppolProcess = ('01', '02')) or normalize-space() = ('81', '83', '381', '396', '532')", businessTerms: Object.freeze(["BT-3"]) },
  { id: "NO-R-002", flag: "warning", kind: "assert", test: "cac:PartyTaxScheme[normalize-space(cac:TaxScheme/cbc:ID) = 'TAX']/cbc:CompanyID[normalize-space(.) = 'Foretaksregisteret']", businessTerms: Object.freeze(["BT-32"]) },
  { id: "NO-R-001", flag: "fatal", kind: "assert", test: "not($noVatId[starts-with(., 'NO')]) or (matches($noVatId, '^NO[0-9]{9}MVA$') and nat:no-orgnr-ok(substring($noVatId, 3, 9)))", businessTerms: Object.freeze(["BT-31"]) },
  { id: "DK-R-002", flag: "fatal", kind: "assert", test: "$dkSellerLegalId[normalize-space(.) != '']", businessTerms: Object.freeze(["BT-30"]) },
  { id: "DK-R-014", flag: "fatal", kind: "assert", test: "not($dkSellerLegalId[normalize-space(@schemeID) != '0184'])", businessTerms: Object.freeze(["BT-30"]) },
  { id: "DK-R-016", flag: "fatal", kind: "assert", test: "not(exists(/ubl-creditnote:CreditNote) and $dkBuyerCode = 'DK' and number(cac:LegalMonetaryTotal/cbc:PayableAmount) lt 0)", businessTerms: Object.freeze(["BT-115"]) },
  { id: "DK-R-013", flag: "fatal", kind: "assert", test: "not(cbc:ID[normalize-space(@schemeID) = ''])", businessTerms: Object.freeze(["BT-29", "BT-46"]) },
  { id: "DK-R-005", flag: "fatal", kind: "assert", test: "$dkMeans = ('1', '10', '31', '42', '48', '49', '50', '58', '59', '93', '97')", businessTerms: Object.freeze(["BT-81"]) },
  { id: "DK-R-006", flag: "fatal", kind: "assert", test: "not($dkMeans = ('31', '42')) or (normalize-space(cac:PayeeFinancialAccount/cbc:ID) != '' and normalize-space(cac:PayeeFinancialAccount/cac:FinancialInstitutionBranch/cbc:ID) != '')", businessTerms: Object.freeze(["BT-81", "BT-84", "BT-86"]) },
  { id: "DK-R-007", flag: "fatal", kind: "assert", test: "$dkMeans != '49' or (normalize-space(cac:PaymentMandate/cbc:ID) != '' and normalize-space(cac:PaymentMandate/cac:PayerFinancialAccount/cbc:ID) != '')", businessTerms: Object.freeze(["BT-81", "BT-89", "BT-91"]) },
  { id: "DK-R-008", flag: "fatal", kind: "assert", test: "$dkMeans != '50' or (substring(cbc:PaymentID, 1, 3) = ('01#', '04#', '15#') and matches(cac:PayeeFinancialAccount/cbc:ID, '^[0-9]{7,8}$'))", businessTerms: Object.freeze(["BT-81", "BT-83", "BT-84"]) },
  { id: "DK-R-009", flag: "fatal", kind: "assert", test: "not($dkMeans = '50' and substring(cbc:PaymentID, 1, 3) = ('04#', '15#')) or string-length(cbc:PaymentID) = 19", businessTerms: Object.freeze(["BT-83"]) },
  { id: "DK-R-010", flag: "fatal", kind: "assert", test: "$dkMeans != '93' or (substring(cbc:PaymentID, 1, 3) = ('71#', '73#', '75#') and string-length(cac:PayeeFinancialAccount/cbc:ID) = 8)", businessTerms: Object.freeze(["BT-81", "BT-83", "BT-84"]) },
  { id: "DK-R-011", flag: "fatal", kind: "assert", test: "not($dkMeans = '93' and substring(cbc:PaymentID, 1, 3) = ('71#', '75#')) or string-length(cbc:PaymentID) = (18, 19)", businessTerms: Object.freeze(["BT-83"]) },
  { id: "DK-R-017", flag: "fatal", kind: "assert", test: "not(cac:PartyLegalEntity/cbc:CompanyID[normalize-space(@schemeID) != '0184'])", businessTerms: Object.freeze(["BT-47"]) },
  { id: "DK-R-003", flag: "fatal", kind: "assert", test: "not($dkClassCodes/@listID = 'TST') or $dkClassCodes/@listVersionID = ('19.05.01', '19.0501', '26.08.01', '26.0801')", businessTerms: Object.freeze(["BT-158"]) },
  { id: "DK-R-004", flag: "fatal", kind: "assert", test: "not(cbc:AllowanceChargeReasonCode = 'ZZZ')                 or (string-length(normalize-space($dkReason)) = 4 and number($dkReason) ge 0 and number($dkReason) le 9999)                 or (contains($dkReason, '#') and not(starts-with($dkReason, '#')) and not(ends-with($dkReason, '#')))", businessTerms: Object.freeze(["BT-98", "BT-105", "BT-97", "BT-104"]) },
  { id: "IT-R-001", flag: "fatal", kind: "assert", test: "matches(normalize-space(cbc:CompanyID), '^[A-Z0-9]{11,16}$')", businessTerms: Object.freeze(["BT-32"]) },
  { id: "IT-R-002", flag: "fatal", kind: "assert", test: "exists(cac:PostalAddress/cbc:StreetName)", businessTerms: Object.freeze(["BT-35"]) },
  { id: "IT-R-003", flag: "fatal", kind: "assert", test: "exists(cac:PostalAddress/cbc:CityName)", businessTerms: Object.freeze(["BT-37"]) },
  { id: "IT-R-004", flag: "fatal", kind: "assert", test: "exists(cac:PostalAddress/cbc:PostalZone)", businessTerms: Object.freeze(["BT-38"]) },
  { id: "SE-R-001", flag: "fatal", kind: "assert", test: "string-length(normalize-space($seVatId)) = 14", businessTerms: Object.freeze(["BT-31"]) },
  { id: "SE-R-002", flag: "fatal", kind: "assert", test: "nat:numeric(substring($seVatId, 3, 12))", businessTerms: Object.freeze(["BT-31"]) },
  { id: "SE-R-003", flag: "fatal", kind: "assert", test: "nat:numeric(string(cbc:CompanyID))", businessTerms: Object.freeze(["BT-30"]) },
  { id: "SE-R-004", flag: "fatal", kind: "assert", test: "string-length(normalize-space(cbc:CompanyID)) = 10", businessTerms: Object.freeze(["BT-30"]) },
  { id: "SE-R-013", flag: "fatal", kind: "assert", test: "nat:se-orgnr-ok(normalize-space(cbc:CompanyID))", businessTerms: Object.freeze(["BT-30"]) },
  { id: "SE-R-005", flag: "fatal", kind: "assert", test: "upper-case(normalize-space(.)) = 'GODKÄND FÖR F-SKATT'", businessTerms: Object.freeze(["BT-32"]) },
  { id: "SE-R-006", flag: "fatal", kind: "assert", test: "number(cbc:Percent) = (25, 12, 6)", businessTerms: Object.freeze(["BT-96", "BT-103", "BT-119", "BT-152"]) },
  { id: "SE-R-007", flag: "warning", kind: "assert", test: "nat:numeric($sePlusgiro)", businessTerms: Object.freeze(["BT-84"]) },
  { id: "SE-R-010", flag: "warning", kind: "assert", test: "string-length($sePlusgiro) ge 2 and string-length($sePlusgiro) le 8", businessTerms: Object.freeze(["BT-84"]) },
  { id: "SE-R-008", flag: "warning", kind: "assert", test: "nat:numeric($seBankgiro)", businessTerms: Object.freeze(["BT-84"]) },
  { id: "SE-R-009", flag: "warning", kind: "assert", test: "string-length($seBankgiro) = (7, 8)", businessTerms: Object.freeze(["BT-84"]) },
  { id: "SE-R-011", flag: "warning", kind: "assert", test: "not(cbc:PaymentMeansCode = ('50', '56'))", businessTerms: Object.freeze(["BT-81", "BT-86"]) },
  { id: "SE-R-012", flag: "warning", kind: "assert", test: "not(cbc:PaymentMeansCode = '31')", businessTerms: Object.freeze(["BT-81"]) },
  { id: "GR-R-001-1", flag: "fatal", kind: "assert", test: "count($grSegments) = 6", businessTerms: Object.freeze(["BT-1"]) },
  { id: "GR-R-001-2", flag: "fatal", kind: "assert", test: "string-length(normalize-space($grSegments[1])) = 9 and nat:gr-tin-ok($grSegments[1])                 and $grSegments[1] = (/*/cac:AccountingSupplierParty/cac:Party | /*/cac:TaxRepresentativeParty)/cac:PartyTaxScheme[cac:TaxScheme/cbc:ID = 'VAT']/substring(cbc:CompanyID, 3, 9)", businessTerms: Object.freeze(["BT-1", "BT-31", "BT-63"]) },
  { id: "GR-R-001-3", flag: "fatal", kind: "assert", test: "normalize-space($grSegments[2]) != ''                 and matches($grSegments[2], '^(0?[1-9]|[12][0-9]|3[01])[ /\\\\\\-]?(0?[1-9]|1[0-2])[ /\\\\\\-]?(19|20)[0-9][0-9]')                 and $grIdDate[1] = $grIssueDate[3] and $grIdDate[2] = $grIssueDate[2] and $grIdDate[3] = $grIssueDate[1]", businessTerms: Object.freeze(["BT-1", "BT-2"]) },
  { id: "GR-R-001-4", flag: "fatal", kind: "assert", test: "if (normalize-space($grSegments[3]) castable as xs:integer) then xs:integer(normalize-space($grSegments[3])) ge 0 else false()", businessTerms: Object.freeze(["BT-1"]) },
  { id: "GR-R-001-5", flag: "fatal", kind: "assert", test: "$grSegments[4] = ('1.1', '1.6', '2.1', '2.4', '5.1', '5.2')", businessTerms: Object.freeze(["BT-1"]) },
  { id: "GR-R-001-6", flag: "fatal", kind: "assert", test: "string-length($grSegments[5]) gt 0", businessTerms: Object.freeze(["BT-1"]) },
  { id: "GR-R-001-7", flag: "fatal", kind: "assert", test: "string-length($grSegments[6]) gt 0", businessTerms: Object.freeze(["BT-1"]) },
  { id: "GR-R-002", flag: "fatal", kind: "assert", test: "string-length(cac:PartyName/cbc:Name) gt 0", businessTerms: Object.freeze(["BT-28"]) },
  { id: "GR-S-011", flag: "warning", kind: "assert", test: "nat:gr-vat-ok(cac:PartyTaxScheme[normalize-space(cac:TaxScheme/cbc:ID) = 'VAT']/cbc:CompanyID/string())", businessTerms: Object.freeze(["BT-31"]) },
  { id: "GR-R-003", flag: "fatal", kind: "assert", test: "nat:gr-vat-ok(string(.))", businessTerms: Object.freeze(["BT-31"]) },
  { id: "GR-R-004-1", flag: "fatal", kind: "assert", test: "$grMarks = 1", businessTerms: Object.freeze(["BG-24", "BT-123"]) },
  { id: "GR-S-008-1", flag: "warning", kind: "assert", test: "$grUrls = 1", businessTerms: Object.freeze(["BG-24", "BT-123"]) },
  { id: "GR-R-008-2", flag: "fatal", kind: "assert", test: "$grUrls le 1", businessTerms: Object.freeze(["BG-24", "BT-123"]) },
  { id: "GR-R-004-2", flag: "fatal", kind: "assert", test: "matches(., '^[1-9]')", businessTerms: Object.freeze(["BT-122"]) },
  { id: "GR-R-008-3", flag: "fatal", kind: "assert", test: "normalize-space(cac:Attachment/cac:ExternalReference/cbc:URI) != ''", businessTerms: Object.freeze(["BG-24", "BT-124"]) },
  { id: "GR-R-005", flag: "fatal", kind: "assert", test: "string-length(cac:PartyName/cbc:Name) gt 0", businessTerms: Object.freeze(["BT-45"]) },
  { id: "GR-R-009", flag: "fatal", kind: "assert", test: "@schemeID = '9933' and nat:gr-tin-ok(string(.))", businessTerms: Object.freeze(["BT-34"]) },
  { id: "GR-R-006", flag: "fatal", kind: "assert", test: "nat:gr-vat-ok(cac:PartyTaxScheme[normalize-space(cac:TaxScheme/cbc:ID) = 'VAT']/cbc:CompanyID/string())", businessTerms: Object.freeze(["BT-48"]) },
  { id: "GR-R-010", flag: "fatal", kind: "assert", test: "@schemeID = '9933' and nat:gr-tin-ok(string(.))", businessTerms: Object.freeze(["BT-49"]) },
  { id: "IS-R-001", flag: "warning", kind: "assert", test: "(cbc:InvoiceTypeCode | cbc:CreditNoteTypeCode)/normalize-space(.) = ('380', '381')", businessTerms: Object.freeze(["BT-3"]) },
  { id: "IS-R-002", flag: "fatal", kind: "assert", test: "cac:AccountingSupplierParty/cac:Party/cac:PartyLegalEntity/cbc:CompanyID/@schemeID = '0196'", businessTerms: Object.freeze(["BT-30"]) },
  { id: "IS-R-003", flag: "fatal", kind: "assert", test: "exists(cac:AccountingSupplierParty/cac:Party/cac:PostalAddress/cbc:StreetName) and exists(cac:AccountingSupplierParty/cac:Party/cac:PostalAddress/cbc:PostalZone)", businessTerms: Object.freeze(["BT-35", "BT-38"]) },
  { id: "IS-R-006", flag: "fatal", kind: "assert", test: "every $pm in cac:PaymentMeans[cbc:PaymentMeansCode = '9'] satisfies string-length(normalize-space($pm/cac:PayeeFinancialAccount/cbc:ID)) = 12", businessTerms: Object.freeze(["BT-81", "BT-84"]) },
  { id: "IS-R-007", flag: "fatal", kind: "assert", test: "every $pm in cac:PaymentMeans[cbc:PaymentMeansCode = '42'] satisfies string-length(normalize-space($pm/cac:PayeeFinancialAccount/cbc:ID)) = 12", businessTerms: Object.freeze(["BT-81", "BT-84"]) },
  { id: "IS-R-008", flag: "fatal", kind: "assert", test: "empty($isDueRefs) or (string-length(string($isDueRefs/cbc:ID)) = 10 and string($isDueRefs/cbc:ID) castable as xs:date)", businessTerms: Object.freeze(["BT-122"]) },
  { id: "IS-R-009", flag: "fatal", kind: "assert", test: "empty($isDueRefs) or exists(cbc:DueDate)", businessTerms: Object.freeze(["BT-122", "BT-9"]) },
  { id: "IS-R-010", flag: "fatal", kind: "assert", test: "empty($isDueRefs) or cbc:DueDate/string() <= $isDueRefs/cbc:ID/string()", businessTerms: Object.freeze(["BT-122", "BT-9"]) },
  { id: "IS-R-004", flag: "fatal", kind: "assert", test: "cac:Party/cac:PartyLegalEntity/cbc:CompanyID/@schemeID = '0196'", businessTerms: Object.freeze(["BT-47"]) },
  { id: "IS-R-005", flag: "fatal", kind: "assert", test: "exists(cac:Party/cac:PostalAddress/cbc:StreetName) and exists(cac:Party/cac:PostalAddress/cbc:PostalZone)", businessTerms: Object.freeze(["BT-50", "BT-53"]) },
  { id: "NL-R-001", flag: "fatal", kind: "assert", test: "exists(/*/cac:BillingReference/cac:InvoiceDocumentReference/cbc:ID)", businessTerms: Object.freeze(["BT-25"]) },
  { id: "NL-R-002", flag: "fatal", kind: "assert", test: "cbc:StreetName and cbc:CityName and cbc:PostalZone", businessTerms: Object.freeze(["BG-5", "BT-35", "BT-37", "BT-38"]) },
  { id: "NL-R-003", flag: "fatal", kind: "assert", test: "tokenize(string(@schemeID), ' ') = ('0106', '0190') and normalize-space(.) != ''", businessTerms: Object.freeze(["BT-30"]) },
  { id: "NL-R-004", flag: "fatal", kind: "assert", test: "cbc:StreetName and cbc:CityName and cbc:PostalZone", businessTerms: Object.freeze(["BG-8", "BT-50", "BT-52", "BT-53"]) },
  { id: "NL-R-005", flag: "fatal", kind: "assert", test: "tokenize(string(@schemeID), ' ') = ('0106', '0190') and normalize-space(.) != ''", businessTerms: Object.freeze(["BT-47"]) },
  { id: "NL-R-006", flag: "fatal", kind: "assert", test: "cbc:StreetName and cbc:CityName and cbc:PostalZone", businessTerms: Object.freeze(["BG-12", "BT-64", "BT-66", "BT-67"]) },
  { id: "NL-R-007", flag: "fatal", kind: "assert", test: "exists(//cac:PaymentMeans)                 or (if (not(cbc:PayableAmount castable as xs:decimal)) then false()                     else if (exists(/ubl-creditnote:CreditNote)) then xs:decimal(cbc:PayableAmount) ge 0                     else exists(/ubl-invoice:Invoice) and xs:decimal(cbc:PayableAmount) le 0)", businessTerms: Object.freeze(["BG-16", "BT-115"]) },
  { id: "NL-R-008", flag: "fatal", kind: "assert", test: "normalize-space(cbc:PaymentMeansCode) = ('30', '48', '49', '57', '58', '59')", businessTerms: Object.freeze(["BT-81"]) },
  { id: "NL-R-009", flag: "fatal", kind: "assert", test: "exists(/*/cac:OrderReference/cbc:ID)", businessTerms: Object.freeze(["BT-132", "BT-13"]) },
  { id: "DE-R-001", flag: "fatal", kind: "assert", test: "exists(cac:PaymentMeans)", businessTerms: Object.freeze(["BG-16"]) },
  { id: "DE-R-015", flag: "fatal", kind: "assert", test: "exists(cbc:BuyerReference[normalize-space(.) != ''])", businessTerms: Object.freeze(["BT-10"]) },
  { id: "DE-R-016", flag: "fatal", kind: "assert", test: "not($deVatCategories = ('S', 'Z', 'E', 'AE', 'K', 'G', 'L', 'M'))                 or exists(cac:TaxRepresentativeParty)                 or exists(cac:AccountingSupplierParty/cac:Party/cac:PartyTaxScheme/cbc:CompanyID[normalize-space(.) != ''])", businessTerms: Object.freeze(["BT-95", "BT-102", "BT-151", "BT-31", "BT-32", "BG-11"]) },
  { id: "DE-R-017", flag: "warning", kind: "assert", test: "$deTypeCodes = ('326', '380', '384', '389', '381', '875', '876', '877')", businessTerms: Object.freeze(["BT-3"]) },
  { id: "DE-R-018", flag: "fatal", kind: "assert", test: "every $note in cac:PaymentTerms/cbc:Note[1] satisfies nat:skonto-ok(string($note))", businessTerms: Object.freeze(["BT-20"]) },
  { id: "DE-R-022", flag: "fatal", kind: "assert", test: "count(distinct-values($deFileNames)) = count($deFileNames)", businessTerms: Object.freeze(["BT-125"]) },
  { id: "DE-R-026", flag: "warning", kind: "assert", test: "not($deTypeCodes = '384') or exists(cac:BillingReference/cac:InvoiceDocumentReference)", businessTerms: Object.freeze(["BT-3", "BG-3"]) },
  { id: "DE-R-030", flag: "fatal", kind: "assert", test: "empty(cac:PaymentMeans/cac:PaymentMandate)                 or exists((cac:AccountingSupplierParty/cac:Party | cac:PayeeParty)/cac:PartyIdentification/cbc:ID[@schemeID = 'SEPA'])", businessTerms: Object.freeze(["BG-19", "BT-90"]) },
  { id: "DE-R-031", flag: "fatal", kind: "assert", test: "empty(cac:PaymentMeans/cac:PaymentMandate) or exists(cac:PaymentMeans/cac:PaymentMandate/cac:PayerFinancialAccount/cbc:ID)", businessTerms: Object.freeze(["BG-19", "BT-91"]) },
  { id: "DE-R-T02", flag: "warning", kind: "assert", test: "matches(cbc:URI, '^[A-Za-z][A-Za-z0-9+.\\-]+:')", businessTerms: Object.freeze(["BT-124"]) },
  { id: "DE-R-002", flag: "fatal", kind: "assert", test: "exists(cac:Party/cac:Contact)", businessTerms: Object.freeze(["BG-6"]) },
  { id: "DE-R-003", flag: "fatal", kind: "assert", test: "exists(cbc:CityName[normalize-space(.) != ''])", businessTerms: Object.freeze(["BT-37"]) },
  { id: "DE-R-004", flag: "fatal", kind: "assert", test: "exists(cbc:PostalZone[normalize-space(.) != ''])", businessTerms: Object.freeze(["BT-38"]) },
  { id: "DE-R-005", flag: "fatal", kind: "assert", test: "exists(cbc:Name[normalize-space(.) != ''])", businessTerms: Object.freeze(["BT-41"]) },
  { id: "DE-R-006", flag: "fatal", kind: "assert", test: "$dePhone != ''", businessTerms: Object.freeze(["BT-42"]) },
  { id: "DE-R-007", flag: "fatal", kind: "assert", test: "$deMail != ''", businessTerms: Object.freeze(["BT-43"]) },
  { id: "DE-R-027", flag: "warning", kind: "assert", test: "string-length(replace($dePhone, '[^0-9]', '')) ge 3", businessTerms: Object.freeze(["BT-42"]) },
  { id: "DE-R-028", flag: "warning", kind: "assert", test: "matches($deMail, '^[^@\\s]+@[^@.\\s]+(\\.[^@.\\s]+)+$')", businessTerms: Object.freeze(["BT-43"]) },
  { id: "DE-R-008", flag: "fatal", kind: "assert", test: "exists(cbc:CityName[normalize-space(.) != ''])", businessTerms: Object.freeze(["BT-52"]) },
  { id: "DE-R-009", flag: "fatal", kind: "assert", test: "exists(cbc:PostalZone[normalize-space(.) != ''])", businessTerms: Object.freeze(["BT-53"]) },
  { id: "DE-R-010", flag: "fatal", kind: "assert", test: "exists(cbc:CityName[normalize-space(.) != ''])", businessTerms: Object.freeze(["BG-15", "BT-77"]) },
  { id: "DE-R-011", flag: "fatal", kind: "assert", test: "exists(cbc:PostalZone[normalize-space(.) != ''])", businessTerms: Object.freeze(["BG-15", "BT-78"]) },
  { id: "DE-R-019", flag: "warning", kind: "assert", test: "normalize-space(cbc:PaymentMeansCode) != '58' or nat:iban-ok(cac:PayeeFinancialAccount/cbc:ID)", businessTerms: Object.freeze(["BT-81", "BT-84"]) },
  { id: "DE-R-023-1", flag: "fatal", kind: "assert", test: "exists(cac:PayeeFinancialAccount)", businessTerms: Object.freeze(["BT-81", "BG-17"]) },
  { id: "DE-R-023-2", flag: "fatal", kind: "assert", test: "empty(cac:CardAccount) and empty(cac:PaymentMandate)", businessTerms: Object.freeze(["BT-81", "BG-18", "BG-19"]) },
  { id: "DE-R-024-1", flag: "fatal", kind: "assert", test: "exists(cac:CardAccount)", businessTerms: Object.freeze(["BT-81", "BG-18"]) },
  { id: "DE-R-024-2", flag: "fatal", kind: "assert", test: "empty(cac:PayeeFinancialAccount) and empty(cac:PaymentMandate)", businessTerms: Object.freeze(["BT-81", "BG-17", "BG-19"]) },
  { id: "DE-R-020", flag: "warning", kind: "assert", test: "nat:iban-ok(cac:PaymentMandate/cac:PayerFinancialAccount/cbc:ID)", businessTerms: Object.freeze(["BT-81", "BT-91"]) },
  { id: "DE-R-025-1", flag: "fatal", kind: "assert", test: "exists(cac:PaymentMandate)", businessTerms: Object.freeze(["BT-81", "BG-19"]) },
  { id: "DE-R-025-2", flag: "fatal", kind: "assert", test: "empty(cac:PayeeFinancialAccount) and empty(cac:CardAccount)", businessTerms: Object.freeze(["BT-81", "BG-17", "BG-18"]) },
  { id: "DE-R-014", flag: "fatal", kind: "assert", test: "exists(cac:TaxCategory/cbc:Percent[normalize-space(.) != ''])", businessTerms: Object.freeze(["BG-23", "BT-119"]) }
]);

let K0;
function global0(S) {
  if (K0 === undefined) {
    const c = S.D.doc;
    K0 = { value: "urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0" };
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

function global13(S) {
  const m = S.D.memo;
  if (m[17] === undefined) {
    const c = S.D.doc;
    m[17] = fn11(S, (S.D.memo[16] !== undefined ? S.D.memo[16] : (S.D.memo[16] = rt.child(rt.requireNode(rt.rootOf(rt.requireNode(c))), N0))), [true]);
  }
  return m[17];
}

function global14(S) {
  const m = S.D.memo;
  if (m[18] === undefined) {
    const c = S.D.doc;
    m[18] = fn11(S, (S.D.memo[16] !== undefined ? S.D.memo[16] : (S.D.memo[16] = rt.child(rt.requireNode(rt.rootOf(rt.requireNode(c))), N0))), [false]);
  }
  return m[18];
}

function global15(S) {
  const m = S.D.memo;
  if (m[19] === undefined) {
    const c = S.D.doc;
    m[19] = fn12(S, (S.D.memo[16] !== undefined ? S.D.memo[16] : (S.D.memo[16] = rt.child(rt.requireNode(rt.rootOf(rt.requireNode(c))), N0))));
  }
  return m[19];
}

function global16(S) {
  const m = S.D.memo;
  if (m[20] === undefined) {
    const c = S.D.doc;
    m[20] = fn15(S, (S.D.memo[4] !== undefined ? S.D.memo[4] : (S.D.memo[4] = rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(rt.child(rt.requireNode(rt.rootOf(rt.requireNode(c))), N0), N2), N3), N4), N5), N6))));
  }
  return m[20];
}

function global17(S) {
  const m = S.D.memo;
  if (m[21] === undefined) {
    const c = S.D.doc;
    m[21] = fn15(S, (S.D.memo[9] !== undefined ? S.D.memo[9] : (S.D.memo[9] = rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(rt.child(rt.requireNode(rt.rootOf(rt.requireNode(c))), N0), N7), N3), N4), N5), N6))));
  }
  return m[21];
}

function global18(S) {
  const m = S.D.memo;
  if (m[23] === undefined) {
    const c = S.D.doc;
    m[23] = fn14(S, (S.D.memo[22] !== undefined ? S.D.memo[22] : (S.D.memo[22] = rt.childOfNodes(rt.childOfNodes(rt.child(rt.requireNode(rt.rootOf(rt.requireNode(c))), N0), N2), N3))));
  }
  return m[23];
}

function global19(S) {
  const m = S.D.memo;
  if (m[25] === undefined) {
    const c = S.D.doc;
    m[25] = fn14(S, (S.D.memo[24] !== undefined ? S.D.memo[24] : (S.D.memo[24] = rt.childOfNodes(rt.childOfNodes(rt.child(rt.requireNode(rt.rootOf(rt.requireNode(c))), N0), N7), N3))));
  }
  return m[25];
}

function fn0(S, a0) {
  const v0_0 = rt.convert(a0, T0, "parameter $text of pfn:digits");
  const out0 = [];
  out0.push(...rt.forMap(rt.stringToCodepoints(rt.strArg(v0_0, "string-to-codepoints")), (v49_0) => [(v49_0 - 48n)]));
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
  const v50_0 = rt.reverse(fn0(S, v4_0));
  out2.push(...[(rt.matches(rt.strArg(v4_0, "matches"), RE0) && rt.generalCompare1("eq", rt.arith("mod", rt.sum(rt.forMap(rt.range([1n], [BigInt(v50_0.length)]), (v51_0) => rt.arith("*", rt.itemAt(v50_0, () => [v51_0]), [((rt.integerMod(v51_0, 2n) === 0n) ? 3n : 1n)]))), [10n]), rt.atomizeItem(0n)))]);
  return rt.convert(out2, T3, "result of pfn:gs1-ok");
}

function fn3(S, a5) {
  const v5_0 = rt.convert(a5, T0, "parameter $code of pfn:no-orgnr-ok");
  const out3 = [];
  const v52_0 = rt.reverse(fn0(S, v5_0));
  out3.push(...[((rt.matches(rt.strArg(v5_0, "matches"), RE1) && (rt.valueCompare("gt", [rt.number(v5_0)], [0n]) === true)) && rt.generalCompare1("eq", rt.arith("mod", rt.sum(rt.forMap(rt.range([1n], [9n]), (v53_0) => rt.arith("*", rt.itemAt(v52_0, () => [v53_0]), (rt.generalCompare1("eq", [v53_0], rt.atomizeItem(1n)) ? [1n] : [(rt.integerMod((v53_0 - 2n), 6n) + 2n)])))), [11n]), rt.atomizeItem(0n)))]);
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
  const v54_0 = rt.reverse(fn0(S, v7_0));
  out5.push(...[(rt.matches(rt.strArg(v7_0, "matches"), RE0) && rt.generalCompare1("eq", rt.arith("mod", rt.sum(rt.forMap(rt.range([1n], [BigInt(v54_0.length)]), (v55_0) => ((rt.integerMod(v55_0, 2n) === 1n) ? rt.itemAt(v54_0, () => [v55_0]) : (rt.ebv(rt.optBool(rt.valueCompare("lt", rt.itemAt(v54_0, () => [v55_0]), [5n]))) ? rt.arith("*", [2n], rt.itemAt(v54_0, () => [v55_0])) : rt.arith("-", rt.arith("*", [2n], rt.itemAt(v54_0, () => [v55_0])), [9n]))))), [10n]), rt.atomizeItem(0n)))]);
  return rt.convert(out5, T3, "result of pfn:luhn-ok");
}

function fn6(S, a8) {
  const v8_0 = rt.convert(a8, T0, "parameter $code of pfn:abn-ok");
  const out6 = [];
  const v56_0 = fn0(S, v8_0);
  out6.push(...[(rt.matches(rt.strArg(v8_0, "matches"), RE3) && rt.generalCompare1("eq", rt.arith("mod", rt.arith("+", rt.arith("*", rt.arith("-", rt.itemAt(v56_0, () => [1n]), [1n]), [10n]), rt.sum(rt.forMap(rt.range([2n], [11n]), (v57_0) => rt.arith("*", rt.itemAt(v56_0, () => [v57_0]), [((2n * v57_0) - 3n)])))), [89n]), rt.atomizeItem(0n)))]);
  return rt.convert(out6, T3, "result of pfn:abn-ok");
}

function fn7(S, a9) {
  const v9_0 = rt.convert(a9, T0, "parameter $code of pfn:it-fiscal-code-ok");
  const out7 = [];
  if ((rt.stringLength(rt.strArg(v9_0, "string-length")) === 11)) {
  out7.push(...[rt.castableSeq(v9_0, "integer", false)]);
} else if ((rt.stringLength(rt.strArg(v9_0, "string-length")) === 16)) {
  out7.push(...[(rt.matches(rt.strArg(v9_0, "matches"), RE4) && [rt.substring(rt.strArg(v9_0, "substring"), rt.dblArg([7n], "substring"), rt.dblArg([2n], "substring")), rt.substring(rt.strArg(v9_0, "substring"), rt.dblArg([10n], "substring"), rt.dblArg([2n], "substring")), rt.substring(rt.strArg(v9_0, "substring"), rt.dblArg([15n], "substring"), rt.dblArg([1n], "substring"))].every((v58_0) => rt.castableSeq([v58_0], "integer", false)))]);
} else {
  out7.push(...[false]);
}
  return rt.convert(out7, T3, "result of pfn:it-fiscal-code-ok");
}

function fn8(S, a10) {
  const v10_0 = rt.convert(a10, T0, "parameter $code of pfn:it-vat-ok");
  const out8 = [];
  const v59_0 = [rt.substring(rt.strArg(v10_0, "substring"), rt.dblArg([3n], "substring"))];
  out8.push(...[(!rt.generalCompare("eq", [rt.substring(rt.strArg(v10_0, "substring"), rt.dblArg([1n], "substring"), rt.dblArg([2n], "substring"))], Q7) || (rt.matches(rt.strArg(v59_0, "matches"), RE3) && rt.ebv(fn5(S, v59_0))))]);
  return rt.convert(out8, T3, "result of pfn:it-vat-ok");
}

function fn9(S, a11) {
  const v11_0 = a11;
  const out9 = [];
  out9.push(...rt.forMap(rt.step(v11_0, "child", N10, [(c, p, z) => rt.generalCompare1("eq", rt.childOfNodes(rt.child(c, N11), N12), "VAT")]), (v60_0) => ((rt.child(rt.requireNode(v60_0), N9).length > 1) ? Q8 : [rt.substring(rt.childStr(rt.requireNode(v60_0), N9, "substring"), rt.dblArg([1n], "substring"), rt.dblArg([2n], "substring"))])));
  return out9;
}

function fn10(S, a12) {
  const v12_0 = a12;
  const out10 = [];
  out10.push(...[((v12_0.length === 1) ? rt.upperCase(rt.normalizeSpace(rt.string(v12_0))) : "")]);
  return rt.convert(out10, T0, "result of nat:single-code");
}

function fn11(S, a13, a14) {
  const v13_0 = a13;
  const v14_0 = rt.convert(a14, T3, "parameter $with-representative of nat:seller-country");
  const out11 = [];
  const v61_0 = rt.childOfNodes(rt.step(v13_0, "child", N2, null), N3);
  const v62_0 = fn9(S, v61_0);
  const v63_0 = (rt.ebv(v14_0) ? fn9(S, rt.step(v13_0, "child", N13, null)) : rt.EMPTY);
  if (((v62_0.length > 1) || rt.generalCompare1("ne", v62_0, ""))) {
  out11.push(...fn10(S, v62_0));
} else if (((v63_0.length > 1) || rt.generalCompare1("ne", v63_0, ""))) {
  out11.push(...fn10(S, v63_0));
} else {
  out11.push(...fn13(S, v61_0));
}
  return rt.convert(out11, T0, "result of nat:seller-country");
}

function fn12(S, a15) {
  const v15_0 = a15;
  const out12 = [];
  const v64_0 = rt.childOfNodes(rt.step(v15_0, "child", N7, null), N3);
  const v65_0 = fn9(S, v64_0);
  out12.push(...(((v65_0.length > 1) || rt.generalCompare1("ne", v65_0, "")) ? fn10(S, v65_0) : fn13(S, v64_0)));
  return rt.convert(out12, T0, "result of nat:buyer-country");
}

function fn13(S, a16) {
  const v16_0 = a16;
  const out13 = [];
  const v66_0 = rt.childOfNodes(rt.childOfNodes(rt.step(v16_0, "child", N4, null), N5), N6);
  out13.push(...((v66_0.length === 0) ? ["XX"] : fn10(S, v66_0)));
  return rt.convert(out13, T0, "result of nat:postal-or-xx");
}

function fn14(S, a17) {
  const v17_0 = a17;
  const out14 = [];
  out14.push(...fn10(S, rt.childOfNodes(rt.childOfNodes(rt.step(v17_0, "child", N4, null), N5), N6)));
  return rt.convert(out14, T0, "result of nat:postal-country");
}

function fn15(S, a18) {
  const v18_0 = a18;
  const out15 = [];
  out15.push(...[((v18_0.length === 1) ? rt.string(v18_0) : "")]);
  return rt.convert(out15, T0, "result of nat:single-raw");
}

function fn16(S, a19) {
  const v19_0 = a19;
  const out16 = [];
  const v67_0 = [rt.number(v19_0)];
  out16.push(...[rt.generalCompare("eq", v67_0, v67_0)]);
  return rt.convert(out16, T3, "result of nat:numeric");
}

function fn17(S, a20) {
  const v20_0 = a20;
  const out17 = [];
  const v68_0 = rt.step(v20_0, "child", N10, [(c, p, z) => rt.generalCompare1("eq", rt.childOfNodes(rt.child(c, N11), N12), "VAT")]);
  out17.push(...[((rt.generalCompare1("eq", rt.childOfNodes(rt.childOfNodes(rt.step(v20_0, "child", N4, null), N5), N6), "SE") && v68_0.every((v69_0) => (rt.child(rt.requireNode(v69_0), N9).length <= 1))) && (rt.stepNodes(v68_0, "child", N9, [(c, p, z) => rt.startsWith(rt.strItem(c, "starts-with"), "SE")]).length > 0))]);
  return rt.convert(out17, T3, "result of nat:se-seller-with-se-vat");
}

function fn18(S, a21) {
  const v21_0 = rt.convert(a21, T0, "parameter $digits of nat:no-orgnr-ok");
  const out18 = [];
  if ((!rt.matches(rt.strArg(v21_0, "matches"), RE1) || rt.generalCompare1("eq", [rt.number(v21_0)], rt.atomizeItem(0n)))) {
  out18.push(...[false]);
} else {
  const v71_0 = rt.forMap(rt.stringToCodepoints(rt.strArg(v21_0, "string-to-codepoints")), (v70_0) => [(v70_0 - 48n)]);
  const v72_0 = Q9;
  const v74_0 = rt.arith("mod", rt.sum(rt.forMap(rt.range([1n], [8n]), (v73_0) => rt.arith("*", rt.itemAt(v71_0, () => [v73_0]), rt.itemAt(v72_0, () => [v73_0])))), [11n]);
  out18.push(...[rt.generalCompare("eq", (rt.generalCompare1("eq", v74_0, rt.atomizeItem(0n)) ? [0n] : rt.arith("-", [11n], v74_0)), rt.itemAt(v71_0, () => [9n]))]);
}
  return rt.convert(out18, T3, "result of nat:no-orgnr-ok");
}

function fn19(S, a22) {
  const v22_0 = rt.convert(a22, T0, "parameter $number of nat:se-orgnr-ok");
  const out19 = [];
  if (!rt.matches(rt.strArg(v22_0, "matches"), RE5)) {
  out19.push(...[false]);
} else {
  const v76_0 = rt.forMap(rt.stringToCodepoints(rt.substring(rt.strArg(v22_0, "substring"), rt.dblArg([1n], "substring"), rt.dblArg([10n], "substring"))), (v75_0) => [(v75_0 - 48n)]);
  const v78_0 = rt.sum(rt.forMap(rt.range([1n], [10n]), (v77_0) => ((rt.integerMod(v77_0, 2n) === 0n) ? rt.itemAt(v76_0, () => [v77_0]) : (rt.ebv(rt.optBool(rt.valueCompare("gt", rt.itemAt(v76_0, () => [v77_0]), [4n]))) ? rt.arith("-", rt.arith("*", [2n], rt.itemAt(v76_0, () => [v77_0])), [9n]) : rt.arith("*", [2n], rt.itemAt(v76_0, () => [v77_0]))))));
  out19.push(...[rt.generalCompare1("eq", rt.arith("mod", v78_0, [10n]), rt.atomizeItem(0n))]);
}
  return rt.convert(out19, T3, "result of nat:se-orgnr-ok");
}

function fn20(S, a23) {
  const v23_0 = a23;
  const out20 = [];
  const v79_0 = [rt.substring(rt.string(v23_0), rt.dblArg([1n], "substring"), rt.dblArg([9n], "substring"))];
  if (!rt.matches(rt.strArg(v79_0, "matches"), RE1)) {
  out20.push(...[false]);
} else {
  const v81_0 = rt.forMap(rt.stringToCodepoints(rt.strArg(v79_0, "string-to-codepoints")), (v80_0) => [(v80_0 - 48n)]);
  const v82_0 = Q10;
  out20.push(...[rt.generalCompare("eq", rt.arith("mod", rt.arith("mod", rt.sum(rt.forMap(rt.range([1n], [8n]), (v83_0) => rt.arith("*", rt.itemAt(v81_0, () => [v83_0]), rt.itemAt(v82_0, () => [v83_0])))), [11n]), [10n]), rt.itemAt(v81_0, () => [9n]))]);
}
  return rt.convert(out20, T3, "result of nat:gr-tin-ok");
}

function fn21(S, a24) {
  const v24_0 = a24;
  const out21 = [];
  out21.push(...[((v24_0.length === 1) ? (rt.startsWith(rt.strArg(v24_0, "starts-with"), "EL") && rt.ebv(fn20(S, [rt.substring(rt.strArg(v24_0, "substring"), rt.dblArg([3n], "substring"))]))) : false)]);
  return rt.convert(out21, T3, "result of nat:gr-vat-ok");
}

function fn22(S, a25, a26) {
  const v25_0 = rt.convert(a25, T0, "parameter $digits of nat:mod97");
  const v26_0 = rt.convert(a26, T4, "parameter $carry of nat:mod97");
  const out22 = [];
  out22.push(...(rt.generalCompare1("eq", v25_0, "") ? v26_0 : fn22(S, [rt.substring(rt.strArg(v25_0, "substring"), rt.dblArg([8n], "substring"))], rt.arith("mod", rt.castSeq([rt.concat([rt.string(v26_0)], [rt.substring(rt.strArg(v25_0, "substring"), rt.dblArg([1n], "substring"), rt.dblArg([7n], "substring"))])], "integer", true), [97n]))));
  return rt.convert(out22, T4, "result of nat:mod97");
}

function fn23(S, a27) {
  const v27_0 = a27;
  const out23 = [];
  const v84_0 = [rt.replace(rt.string(v27_0), RE6, RP0)];
  if (!rt.matches(rt.strArg(v84_0, "matches"), RE7)) {
  out23.push(...[false]);
} else {
  const v85_0 = [rt.concat([rt.substring(rt.strArg(v84_0, "substring"), rt.dblArg([5n], "substring"))], [rt.substring(rt.strArg(v84_0, "substring"), rt.dblArg([1n], "substring"), rt.dblArg([4n], "substring"))])];
  const v87_0 = [rt.stringJoin(rt.forMap(rt.stringToCodepoints(rt.strArg(v85_0, "string-to-codepoints")), (v86_0) => [rt.string([((rt.valueCompare("ge", [v86_0], [65n]) === true) ? (v86_0 - 55n) : (v86_0 - 48n))])]), "")];
  out23.push(...[rt.generalCompare1("eq", fn22(S, v87_0, [0n]), rt.atomizeItem(1n))]);
}
  return rt.convert(out23, T3, "result of nat:iban-ok");
}

function fn24(S, a28) {
  const v28_0 = rt.convert(a28, T0, "parameter $note of nat:skonto-ok");
  const out24 = [];
  const v88_0 = rt.filter(rt.tokenize(rt.strArg(v28_0, "tokenize"), RE8), (c, p, z) => rt.startsWith(rt.normalizeSpace(rt.strItem(c, "normalize-space")), "#"));
  out24.push(...[((v88_0.length === 0) || (v88_0.every((v89_0) => rt.matches(rt.normalizeSpace(rt.strItem(v89_0, "normalize-space")), RE9)) && rt.matches(rt.strArg(rt.filter(rt.tokenize(rt.strArg(v28_0, "tokenize"), RE10), (c, p, z) => (z === p)), "matches"), RE11)))]);
  return rt.convert(out24, T3, "result of nat:skonto-ok");
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
  if (!((t0 ??= rt.stepOne(c, "child", N15, [(c, p, z) => rt.childValueIs(c, N16, "50", true)])).length <= 1)) out.push(rt.finding(ROWS[1], c, "Project reference (BT-11) may be given at most once, found " + rt.valueOf([BigInt((t0 ??= rt.stepOne(c, "child", N15, [(c, p, z) => rt.childValueIs(c, N16, "50", true)])).length)]) + "."));
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
  const v90_0 = rt.normalizeSpace(rt.strArg((t1 ??= rt.child(c, N18)), "normalize-space"));
  S.cur = 2;
  if (!rt.anyOnAxis(c, "child", N1)) out.push(rt.finding(ROWS[2], c, "Business process type (BT-23) is missing."));
  S.cur = 3;
  if (!(global9(S) !== "")) out.push(rt.finding(ROWS[3], c, "Business process type (BT-23) '" + rt.valueOf([global8(S)]) + "' is not an approved Peppol process identifier."));
  S.cur = 4;
  if (!(((t3 ??= rt.child(c, N19)).length <= 1) || (global10(S) && global11(S)))) out.push(rt.finding(ROWS[4], c, "Invoice note (BT-22) may be given once (several only when seller and buyer are both in Germany), found " + rt.valueOf([BigInt((t3 ??= rt.child(c, N19)).length)]) + "."));
  S.cur = 5;
  if (!(rt.anyOnAxis(c, "child", N20) || (S.D.hasNamePath(P1) && rt.anyOnAxisSeq((t5 ??= rt.child(c, N21)), "child", N12)))) out.push(rt.finding(ROWS[5], c, "Neither buyer reference (BT-10) nor purchase order reference (BT-13) is given; one of them is required."));
  S.cur = 6;
  if (!(rt.startsWith(v90_0, global0(S)) && !rt.contains(v90_0, "::"))) out.push(rt.finding(ROWS[6], c, "Specification identifier (BT-24) '" + rt.valueOf([v90_0]) + "' must start with '" + rt.valueOf([global0(S)]) + "' and must not contain '::'."));
  S.cur = 7;
  if (!((t7 ??= rt.stepOne(c, "child", N22, [(c, p, z) => rt.anyOnAxis(c, "child", N23)])).length === 1)) out.push(rt.finding(ROWS[7], c, "Exactly one VAT total with VAT breakdown (BT-110, BG-23) is required, found " + rt.valueOf([BigInt((t7 ??= rt.stepOne(c, "child", N22, [(c, p, z) => rt.anyOnAxis(c, "child", N23)])).length)]) + "."));
  S.cur = 8;
  if (!((t8 ??= rt.stepOne(c, "child", N22, [(c, p, z) => !rt.anyOnAxis(c, "child", N23)])).length === (t9 ??= rt.stepOne(c, "child", N24, [(c, p, z) => rt.posEq([1n], p)])).length)) out.push(rt.finding(ROWS[8], c, "A VAT total without breakdown (BT-111) must be given exactly once when the VAT accounting currency (BT-6) is given, and otherwise not at all; found " + rt.valueOf([BigInt((t8 ??= rt.stepOne(c, "child", N22, [(c, p, z) => !rt.anyOnAxis(c, "child", N23)])).length)]) + "."));
  S.cur = 9;
  if (!(!rt.anyOnAxis(c, "child", N24) || (t12 ??= rt.stepNodes((t11 ??= rt.child(c, N22)), "child", N25, [(c, p, z) => rt.generalCompare1("eq", rt.stepOne(c, "attribute", N26, null), rt.normalizeSpace(rt.strArg(rt.childOfNodes(rt.stepNodes(rt.stepOne(c, "parent", N27, null), "parent", N27, null), N24), "normalize-space")))])).some((v91_0) => rt.stepNodes(rt.child(c, N22), "child", N25, [(c, p, z) => rt.generalCompare1("eq", rt.stepOne(c, "attribute", N26, null), rt.normalizeSpace(rt.strArg(rt.childOfNodes(rt.stepNodes(rt.stepOne(c, "parent", N27, null), "parent", N27, null), N8), "normalize-space")))]).some((v92_0) => ((rt.generalCompare1("le", [v91_0], rt.atomizeItem(0n)) && rt.generalCompare1("le", [v92_0], rt.atomizeItem(0n))) || (rt.generalCompare1("ge", [v91_0], rt.atomizeItem(0n)) && rt.generalCompare1("ge", [v92_0], rt.atomizeItem(0n)))))))) out.push(rt.finding(ROWS[9], c, "Invoice total VAT amount (BT-110) and the same in accounting currency (BT-111) must have the same sign."));
}

function step4(n, S) {
  if (n.kind !== "element" || n.local !== "TaxCurrencyCode" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2") return false;
  return n.parent !== null;
}

function match3(n, S) { return step4(n, S); }

function fire3(c, S, out) {
  let t13, t14;
  S.cur = 10;
  if (!(rt.normalizeSpace(rt.strItem(c, "normalize-space")) !== rt.normalizeSpace(rt.strArg((t14 ??= rt.childOfNodes((t13 ??= rt.stepOne(c, "parent", N27, null)), N8)), "normalize-space")))) out.push(rt.finding(ROWS[10], c, "VAT accounting currency code (BT-6) '" + rt.valueOf([rt.normalizeSpace(rt.strItem(c, "normalize-space"))]) + "' must differ from the invoice currency code (BT-5)."));
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
  if (!rt.anyOnAxis(c, "child", N28)) out.push(rt.finding(ROWS[11], c, "Buyer electronic address (BT-49) is missing."));
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
  if (!rt.anyOnAxis(c, "child", N28)) out.push(rt.finding(ROWS[12], c, "Seller electronic address (BT-34) is missing."));
}

function step9(n, S) {
  if (n.kind !== "element" || n.local !== "Invoice" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2") return false;
  return n.parent !== null;
}

function step10(n, S) {
  if (n.kind !== "element" || n.local !== "AllowanceCharge" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  const c = n;
  if (!(rt.anyOnAxis(c, "child", N30) && !rt.anyOnAxis(c, "child", N31))) return false;
  return n.parent !== null && step9(n.parent, S);
}

function step11(n, S) {
  if (n.kind !== "element" || n.local !== "CreditNote" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2") return false;
  return n.parent !== null;
}

function step12(n, S) {
  if (n.kind !== "element" || n.local !== "AllowanceCharge" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  const c = n;
  if (!(rt.anyOnAxis(c, "child", N30) && !rt.anyOnAxis(c, "child", N31))) return false;
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
  if (!(rt.anyOnAxis(c, "child", N30) && !rt.anyOnAxis(c, "child", N31))) return false;
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
  if (!(rt.anyOnAxis(c, "child", N30) && !rt.anyOnAxis(c, "child", N31))) return false;
  return n.parent !== null && step17(n.parent, S);
}

function match6(n, S) { return (n.parent?.local === "Invoice" && n.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2" && step10(n, S)) || (n.parent?.local === "CreditNote" && n.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2" && step12(n, S)) || (n.parent?.local === "InvoiceLine" && n.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" && n.parent.parent?.local === "Invoice" && n.parent.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2" && step15(n, S)) || (n.parent?.local === "CreditNoteLine" && n.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" && n.parent.parent?.local === "CreditNote" && n.parent.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2" && step18(n, S)); }

function fire6(c, S, out) {
  let t17;
  S.cur = 13;
  if (!false) out.push(rt.finding(ROWS[13], c, "Allowance/charge percentage (BT-94, BT-101, BT-138, BT-143) " + rt.valueOf((t17 ??= rt.child(c, N30))) + " is given without a base amount (BT-93, BT-100, BT-137, BT-142)."));
}

function step19(n, S) {
  if (n.kind !== "element" || n.local !== "Invoice" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2") return false;
  return n.parent !== null;
}

function step20(n, S) {
  if (n.kind !== "element" || n.local !== "AllowanceCharge" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  const c = n;
  if (!(!rt.anyOnAxis(c, "child", N30) && rt.anyOnAxis(c, "child", N31))) return false;
  return n.parent !== null && step19(n.parent, S);
}

function step21(n, S) {
  if (n.kind !== "element" || n.local !== "CreditNote" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2") return false;
  return n.parent !== null;
}

function step22(n, S) {
  if (n.kind !== "element" || n.local !== "AllowanceCharge" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  const c = n;
  if (!(!rt.anyOnAxis(c, "child", N30) && rt.anyOnAxis(c, "child", N31))) return false;
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
  if (!(!rt.anyOnAxis(c, "child", N30) && rt.anyOnAxis(c, "child", N31))) return false;
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
  if (!(!rt.anyOnAxis(c, "child", N30) && rt.anyOnAxis(c, "child", N31))) return false;
  return n.parent !== null && step27(n.parent, S);
}

function match7(n, S) { return (n.parent?.local === "Invoice" && n.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2" && step20(n, S)) || (n.parent?.local === "CreditNote" && n.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2" && step22(n, S)) || (n.parent?.local === "InvoiceLine" && n.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" && n.parent.parent?.local === "Invoice" && n.parent.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2" && step25(n, S)) || (n.parent?.local === "CreditNoteLine" && n.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" && n.parent.parent?.local === "CreditNote" && n.parent.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2" && step28(n, S)); }

function fire7(c, S, out) {
  let t18;
  S.cur = 14;
  if (!false) out.push(rt.finding(ROWS[14], c, "Allowance/charge base amount (BT-93, BT-100, BT-137, BT-142) " + rt.valueOf((t18 ??= rt.child(c, N31))) + " is given without a percentage (BT-94, BT-101, BT-138, BT-143)."));
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
  if (!((!rt.anyOnAxis(c, "child", N30) || !rt.anyOnAxis(c, "child", N31)) || rt.ebv(fn1(S, (rt.anyOnAxis(c, "child", N34) ? (t21 ??= rt.child(c, N34)) : [0n]), rt.arith("div", rt.arith("*", rt.castSeq((t20 ??= rt.child(c, N31)), "decimal", true), rt.castSeq((t19 ??= rt.child(c, N30)), "decimal", true)), [100n]), [K8])))) out.push(rt.finding(ROWS[15], c, "Allowance/charge amount (BT-92, BT-99, BT-136, BT-141) " + rt.valueOf((t21 ??= rt.child(c, N34))) + " must equal base amount " + rt.valueOf((t20 ??= rt.child(c, N31))) + " x percentage " + rt.valueOf((t19 ??= rt.child(c, N30))) + " / 100 (within 0.02)."));
  S.cur = 16;
  if (!rt.generalCompare("eq", [rt.normalizeSpace(rt.strArg((t22 ??= rt.child(c, N35)), "normalize-space"))], Q11)) out.push(rt.finding(ROWS[16], c, "Charge indicator of an allowance (BG-20, BG-27) or charge (BG-21, BG-28) must be 'true' or 'false', found '" + rt.valueOf([rt.normalizeSpace(rt.strArg((t22 ??= rt.child(c, N35)), "normalize-space"))]) + "'."));
}

function step39(n, S) {
  if (n.kind !== "element" || n.local !== "PaymentMeans" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  const c = n;
  if (!rt.generalCompare("eq", [rt.normalizeSpace(rt.childStr(c, N37, "normalize-space"))], Q12)) return false;
  return n.parent !== null;
}

function match9(n, S) { return step39(n, S); }

function fire9(c, S, out) {
  let t23, t25;
  S.cur = 17;
  if (!(S.D.hasNamePath(P4) && rt.anyOnAxisSeq((t23 ??= rt.child(c, N38)), "child", N12))) out.push(rt.finding(ROWS[17], c, "Mandate reference identifier (BT-89) is required for direct debit (payment means code BT-81 = " + rt.valueOf([rt.normalizeSpace(rt.strArg((t25 ??= rt.child(c, N37)), "normalize-space"))]) + ")."));
}

function step40(n, S) {
  if (n.kind !== "element" || n.local !== "Invoice" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2") return false;
  const c = n;
  if (!(S.D.hasNamePath(P5) && rt.anyOnAxisSeq(rt.child(c, N39), "child", N40))) return false;
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
  if (!(S.D.hasNamePath(P5) && rt.anyOnAxisSeq(rt.child(c, N39), "child", N40))) return false;
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
  if (!(rt.anyOnAxis(c, "child", N41) ? rt.generalCompare("ge", rt.castSeq([c], "date", true), rt.castSeq((t31 ??= rt.childOfNodes((t30 ??= rt.childOfNodes((t29 ??= rt.stepNodes((t28 ??= rt.stepNodes((t27 ??= rt.stepOne(c, "parent", N27, null)), "parent", N27, null)), "parent", N27, null)), N39)), N40)), "date", true)) : false)) out.push(rt.finding(ROWS[18], c, "Invoice line period start date (BT-134) " + rt.valueOf([c]) + " is before the invoicing period start date (BT-73) " + rt.valueOf((t31 ??= rt.childOfNodes((t30 ??= rt.childOfNodes((t29 ??= rt.stepNodes((t28 ??= rt.stepNodes((t27 ??= rt.stepOne(c, "parent", N27, null)), "parent", N27, null)), "parent", N27, null)), N39)), N40))) + "."));
}

function step48(n, S) {
  if (n.kind !== "element" || n.local !== "Invoice" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2") return false;
  const c = n;
  if (!(S.D.hasNamePath(P6) && rt.anyOnAxisSeq(rt.child(c, N39), "child", N42))) return false;
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
  if (!(S.D.hasNamePath(P6) && rt.anyOnAxisSeq(rt.child(c, N39), "child", N42))) return false;
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
  if (!(rt.anyOnAxis(c, "child", N41) ? rt.generalCompare("le", rt.castSeq([c], "date", true), rt.castSeq((t37 ??= rt.childOfNodes((t36 ??= rt.childOfNodes((t35 ??= rt.stepNodes((t34 ??= rt.stepNodes((t33 ??= rt.stepOne(c, "parent", N27, null)), "parent", N27, null)), "parent", N27, null)), N39)), N42)), "date", true)) : false)) out.push(rt.finding(ROWS[19], c, "Invoice line period end date (BT-135) " + rt.valueOf([c]) + " is after the invoicing period end date (BT-74) " + rt.valueOf((t37 ??= rt.childOfNodes((t36 ??= rt.childOfNodes((t35 ??= rt.stepNodes((t34 ??= rt.stepNodes((t33 ??= rt.stepOne(c, "parent", N27, null)), "parent", N27, null)), "parent", N27, null)), N39)), N42))) + "."));
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
  const v93_0 = (rt.anyOnAxis(c, "child", N43) ? rt.castSeq((t38 ??= rt.child(c, N43)), "decimal", true) : [0n]);
  const v94_0 = (rt.ebv((S.D.memo[26] !== undefined ? S.D.memo[26] : (S.D.memo[26] = rt.child(rt.requireNode(rt.rootOf(rt.requireNode(c))), N17)))) ? (t39 ??= rt.child(c, N44)) : (t40 ??= rt.child(c, N45)));
  const v95_0 = ((v94_0.length > 0) ? rt.castSeq(v94_0, "decimal", true) : [1n]);
  const v96_0 = ((S.D.hasNamePath(P8) && rt.anyOnAxisSeq((t41 ??= rt.child(c, N46)), "child", N47)) ? rt.castSeq((t42 ??= rt.childOfNodes((t41 ??= rt.child(c, N46)), N47)), "decimal", true) : [0n]);
  const v97_0 = (((S.D.hasNamePath(P9) && rt.anyOnAxisSeq((t41 ??= rt.child(c, N46)), "child", N48)) && rt.generalCompare1("ne", rt.castSeq((t43 ??= rt.childOfNodes((t41 ??= rt.child(c, N46)), N48)), "decimal", true), rt.atomizeItem(0n))) ? rt.castSeq((t43 ??= rt.childOfNodes((t41 ??= rt.child(c, N46)), N48)), "decimal", true) : [1n]);
  const v98_0 = (t44 ??= rt.stepOne(c, "child", N29, [(c, p, z) => (rt.normalizeSpace(rt.childStr(c, N35, "normalize-space")) === "false")]));
  const v99_0 = (t45 ??= rt.stepOne(c, "child", N29, [(c, p, z) => (rt.normalizeSpace(rt.childStr(c, N35, "normalize-space")) === "true")]));
  const v100_0 = ((v98_0.length > 0) ? rt.arith("div", rt.fnRound(rt.arith("*", rt.sum(rt.pathMap((t46 ??= rt.childOfNodes(v98_0, N34)), (c, p, z) => rt.castSeq([c], "decimal", true))), [100n])), [100n]) : [0n]);
  const v101_0 = ((v99_0.length > 0) ? rt.arith("div", rt.fnRound(rt.arith("*", rt.sum(rt.pathMap((t47 ??= rt.childOfNodes(v99_0, N34)), (c, p, z) => rt.castSeq([c], "decimal", true))), [100n])), [100n]) : [0n]);
  const v102_0 = rt.arith("-", rt.arith("+", rt.arith("*", v95_0, rt.arith("div", v96_0, v97_0)), v101_0), v100_0);
  S.cur = 20;
  if (!rt.ebv(fn1(S, v93_0, v102_0, [K8]))) out.push(rt.finding(ROWS[20], c, "Invoice line net amount (BT-131) " + rt.valueOf(v93_0) + " must equal quantity (BT-129) x net price (BT-146) / price base quantity (BT-149) + line charges (BT-141) - line allowances (BT-136) = " + rt.valueOf(v102_0) + " (within 0.02)."));
  S.cur = 21;
  if (!(!(S.D.hasNamePath(P9) && rt.anyOnAxisSeq((t41 ??= rt.child(c, N46)), "child", N48)) || rt.ebv(rt.optBool(rt.valueCompare("gt", rt.castSeq((t43 ??= rt.childOfNodes((t41 ??= rt.child(c, N46)), N48)), "decimal", true), [0n]))))) out.push(rt.finding(ROWS[21], c, "Item price base quantity (BT-149) " + rt.valueOf((t43 ??= rt.childOfNodes((t41 ??= rt.child(c, N46)), N48))) + " must be greater than zero."));
  S.cur = 22;
  if (!((t48 ??= rt.child(c, N49)).length <= 1)) out.push(rt.finding(ROWS[22], c, "Invoice line object identifier (BT-128) may be given once per line, found " + rt.valueOf([BigInt((t48 ??= rt.child(c, N49)).length)]) + "."));
  S.cur = 23;
  if (!(!rt.anyOnAxis(c, "child", N49) || rt.generalCompare1("eq", (t49 ??= rt.childOfNodes((t48 ??= rt.child(c, N49)), N16)), "130"))) out.push(rt.finding(ROWS[23], c, "A line document reference is allowed only as invoice line object identifier (BT-128) with document type code 130."));
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
  if (!(rt.normalizeSpace(rt.strArg((t50 ??= rt.child(c, N35)), "normalize-space")) === "false")) out.push(rt.finding(ROWS[24], c, "Only a price discount (BT-147) is allowed on item price level: charge indicator must be 'false', found '" + rt.valueOf([rt.normalizeSpace(rt.strArg((t50 ??= rt.child(c, N35)), "normalize-space"))]) + "'."));
  S.cur = 25;
  if (!(!rt.anyOnAxis(c, "child", N31) || rt.generalCompare("eq", rt.castSeq((t53 ??= rt.childOfNodes((t52 ??= rt.stepOne(c, "parent", N27, null)), N47)), "decimal", true), rt.arith("-", rt.castSeq((t51 ??= rt.child(c, N31)), "decimal", true), rt.castSeq((t54 ??= rt.child(c, N34)), "decimal", true))))) out.push(rt.finding(ROWS[25], c, "Item net price (BT-146) " + rt.valueOf((t53 ??= rt.childOfNodes((t52 ??= rt.stepOne(c, "parent", N27, null)), N47))) + " must equal item gross price (BT-148) " + rt.valueOf((t51 ??= rt.child(c, N31))) + " - price discount (BT-147) " + rt.valueOf((t54 ??= rt.child(c, N34))) + "."));
}

function step60(n, S) {
  if (n.kind !== "element" || n.local !== "Price" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null;
}

function step61(n, S) {
  if (n.kind !== "element" || n.local !== "BaseQuantity" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2") return false;
  const c = n;
  if (!rt.anyOnAxis(c, "attribute", N50)) return false;
  return n.parent !== null && step60(n.parent, S);
}

function match14(n, S) { return (n.parent?.local === "Price" && n.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" && step61(n, S)); }

function fire14(c, S, out) {
  let t55, t56, t57, t58, t59, t60;
  const v103_0 = (rt.ebv((S.D.memo[26] !== undefined ? S.D.memo[26] : (S.D.memo[26] = rt.child(rt.requireNode(rt.rootOf(rt.requireNode(c))), N17)))) ? (t57 ??= rt.childOfNodes((t56 ??= rt.stepNodes((t55 ??= rt.stepOne(c, "parent", N27, null)), "parent", N27, null)), N44)) : (t58 ??= rt.childOfNodes((t56 ??= rt.stepNodes((t55 ??= rt.stepOne(c, "parent", N27, null)), "parent", N27, null)), N45)));
  S.cur = 26;
  if (!(!((S.D.hasNamePath(P12) && rt.anyOnAxisSeq((t56 ??= rt.stepNodes((t55 ??= rt.stepOne(c, "parent", N27, null)), "parent", N27, null)), "child", N44)) || (S.D.hasNamePath(P13) && rt.anyOnAxisSeq((t56 ??= rt.stepNodes((t55 ??= rt.stepOne(c, "parent", N27, null)), "parent", N27, null)), "child", N45))) || rt.generalCompare("eq", (t59 ??= rt.stepOne(c, "attribute", N50, null)), (t60 ??= rt.stepNodes(v103_0, "attribute", N50, null))))) out.push(rt.finding(ROWS[26], c, "Unit of the item price base quantity (BT-150) '" + rt.valueOf((t59 ??= rt.stepOne(c, "attribute", N50, null))) + "' must be the unit of the invoiced quantity (BT-130) '" + rt.valueOf((t60 ??= rt.stepNodes(v103_0, "attribute", N50, null))) + "'."));
}

function step62(n, S) {
  if (n.kind !== "element" || n.local !== "EndpointID" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2") return false;
  const c = n;
  if (!rt.attributeValueIs(c, N51, "0088", true)) return false;
  return n.parent !== null;
}

function step63(n, S) {
  if (n.kind !== "element" || n.local !== "PartyIdentification" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null;
}

function step64(n, S) {
  if (n.kind !== "element" || n.local !== "ID" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2") return false;
  const c = n;
  if (!rt.attributeValueIs(c, N51, "0088", true)) return false;
  return n.parent !== null && step63(n.parent, S);
}

function step65(n, S) {
  if (n.kind !== "element" || n.local !== "CompanyID" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2") return false;
  const c = n;
  if (!rt.attributeValueIs(c, N51, "0088", true)) return false;
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
  if (!rt.attributeValueIs(c, N51, "0192", true)) return false;
  return n.parent !== null;
}

function step67(n, S) {
  if (n.kind !== "element" || n.local !== "PartyIdentification" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null;
}

function step68(n, S) {
  if (n.kind !== "element" || n.local !== "ID" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2") return false;
  const c = n;
  if (!rt.attributeValueIs(c, N51, "0192", true)) return false;
  return n.parent !== null && step67(n.parent, S);
}

function step69(n, S) {
  if (n.kind !== "element" || n.local !== "CompanyID" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2") return false;
  const c = n;
  if (!rt.attributeValueIs(c, N51, "0192", true)) return false;
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
  if (!rt.attributeValueIs(c, N51, "0184", true)) return false;
  return n.parent !== null;
}

function step71(n, S) {
  if (n.kind !== "element" || n.local !== "PartyIdentification" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null;
}

function step72(n, S) {
  if (n.kind !== "element" || n.local !== "ID" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2") return false;
  const c = n;
  if (!rt.attributeValueIs(c, N51, "0184", true)) return false;
  return n.parent !== null && step71(n.parent, S);
}

function step73(n, S) {
  if (n.kind !== "element" || n.local !== "CompanyID" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2") return false;
  const c = n;
  if (!rt.attributeValueIs(c, N51, "0184", true)) return false;
  return n.parent !== null;
}

function match17(n, S) { return step70(n, S) || (n.parent?.local === "PartyIdentification" && n.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" && step72(n, S)) || step73(n, S); }

function fire17(c, S, out) {
  S.cur = 29;
  if (!rt.matches(rt.strItem(c, "matches"), RE12)) out.push(rt.finding(ROWS[29], c, "Danish CVR number (scheme 0184) '" + rt.valueOf([c]) + "' in " + rt.nodeName([c]) + " must be 8 digits, optionally preceded by DK."));
}

function step74(n, S) {
  if (n.kind !== "element" || n.local !== "EndpointID" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2") return false;
  const c = n;
  if (!rt.attributeValueIs(c, N51, "0096", true)) return false;
  return n.parent !== null;
}

function step75(n, S) {
  if (n.kind !== "element" || n.local !== "PartyIdentification" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null;
}

function step76(n, S) {
  if (n.kind !== "element" || n.local !== "ID" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2") return false;
  const c = n;
  if (!rt.attributeValueIs(c, N51, "0096", true)) return false;
  return n.parent !== null && step75(n.parent, S);
}

function step77(n, S) {
  if (n.kind !== "element" || n.local !== "CompanyID" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2") return false;
  const c = n;
  if (!rt.attributeValueIs(c, N51, "0096", true)) return false;
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
  if (!rt.attributeValueIs(c, N51, "0198", true)) return false;
  return n.parent !== null;
}

function step79(n, S) {
  if (n.kind !== "element" || n.local !== "PartyIdentification" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null;
}

function step80(n, S) {
  if (n.kind !== "element" || n.local !== "ID" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2") return false;
  const c = n;
  if (!rt.attributeValueIs(c, N51, "0198", true)) return false;
  return n.parent !== null && step79(n.parent, S);
}

function step81(n, S) {
  if (n.kind !== "element" || n.local !== "CompanyID" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2") return false;
  const c = n;
  if (!rt.attributeValueIs(c, N51, "0198", true)) return false;
  return n.parent !== null;
}

function match19(n, S) { return step78(n, S) || (n.parent?.local === "PartyIdentification" && n.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" && step80(n, S)) || step81(n, S); }

function fire19(c, S, out) {
  S.cur = 31;
  if (!rt.matches(rt.strItem(c, "matches"), RE13)) out.push(rt.finding(ROWS[31], c, "Danish SE number (scheme 0198) '" + rt.valueOf([c]) + "' in " + rt.nodeName([c]) + " must be DK followed by 8 digits."));
}

function step82(n, S) {
  if (n.kind !== "element" || n.local !== "EndpointID" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2") return false;
  const c = n;
  if (!rt.attributeValueIs(c, N51, "0208", true)) return false;
  return n.parent !== null;
}

function step83(n, S) {
  if (n.kind !== "element" || n.local !== "PartyIdentification" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null;
}

function step84(n, S) {
  if (n.kind !== "element" || n.local !== "ID" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2") return false;
  const c = n;
  if (!rt.attributeValueIs(c, N51, "0208", true)) return false;
  return n.parent !== null && step83(n.parent, S);
}

function step85(n, S) {
  if (n.kind !== "element" || n.local !== "CompanyID" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2") return false;
  const c = n;
  if (!rt.attributeValueIs(c, N51, "0208", true)) return false;
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
  if (!rt.attributeValueIs(c, N51, "0201", true)) return false;
  return n.parent !== null;
}

function step87(n, S) {
  if (n.kind !== "element" || n.local !== "PartyIdentification" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null;
}

function step88(n, S) {
  if (n.kind !== "element" || n.local !== "ID" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2") return false;
  const c = n;
  if (!rt.attributeValueIs(c, N51, "0201", true)) return false;
  return n.parent !== null && step87(n.parent, S);
}

function step89(n, S) {
  if (n.kind !== "element" || n.local !== "CompanyID" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2") return false;
  const c = n;
  if (!rt.attributeValueIs(c, N51, "0201", true)) return false;
  return n.parent !== null;
}

function match21(n, S) { return step86(n, S) || (n.parent?.local === "PartyIdentification" && n.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" && step88(n, S)) || step89(n, S); }

function fire21(c, S, out) {
  S.cur = 33;
  if (!rt.matches(rt.normalizeSpace(rt.strItem(c, "normalize-space")), RE14)) out.push(rt.finding(ROWS[33], c, "Italian IPA code (scheme 0201) '" + rt.valueOf([rt.normalizeSpace(rt.strItem(c, "normalize-space"))]) + "' in " + rt.nodeName([c]) + " should be 6 letters or digits."));
}

function step90(n, S) {
  if (n.kind !== "element" || n.local !== "EndpointID" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2") return false;
  const c = n;
  if (!rt.attributeValueIs(c, N51, "0210", true)) return false;
  return n.parent !== null;
}

function step91(n, S) {
  if (n.kind !== "element" || n.local !== "PartyIdentification" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null;
}

function step92(n, S) {
  if (n.kind !== "element" || n.local !== "ID" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2") return false;
  const c = n;
  if (!rt.attributeValueIs(c, N51, "0210", true)) return false;
  return n.parent !== null && step91(n.parent, S);
}

function step93(n, S) {
  if (n.kind !== "element" || n.local !== "CompanyID" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2") return false;
  const c = n;
  if (!rt.attributeValueIs(c, N51, "0210", true)) return false;
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
  if (!rt.attributeValueIs(c, N51, "9907", true)) return false;
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
  if (!rt.attributeValueIs(c, N51, "0211", true)) return false;
  return n.parent !== null;
}

function step96(n, S) {
  if (n.kind !== "element" || n.local !== "PartyIdentification" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null;
}

function step97(n, S) {
  if (n.kind !== "element" || n.local !== "ID" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2") return false;
  const c = n;
  if (!rt.attributeValueIs(c, N51, "0211", true)) return false;
  return n.parent !== null && step96(n.parent, S);
}

function step98(n, S) {
  if (n.kind !== "element" || n.local !== "CompanyID" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2") return false;
  const c = n;
  if (!rt.attributeValueIs(c, N51, "0211", true)) return false;
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
  if (!rt.attributeValueIs(c, N51, "0007", true)) return false;
  return n.parent !== null;
}

function step100(n, S) {
  if (n.kind !== "element" || n.local !== "PartyIdentification" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null;
}

function step101(n, S) {
  if (n.kind !== "element" || n.local !== "ID" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2") return false;
  const c = n;
  if (!rt.attributeValueIs(c, N51, "0007", true)) return false;
  return n.parent !== null && step100(n.parent, S);
}

function step102(n, S) {
  if (n.kind !== "element" || n.local !== "CompanyID" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2") return false;
  const c = n;
  if (!rt.attributeValueIs(c, N51, "0007", true)) return false;
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
  if (!rt.attributeValueIs(c, N51, "0151", true)) return false;
  return n.parent !== null;
}

function step104(n, S) {
  if (n.kind !== "element" || n.local !== "PartyIdentification" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null;
}

function step105(n, S) {
  if (n.kind !== "element" || n.local !== "ID" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2") return false;
  const c = n;
  if (!rt.attributeValueIs(c, N51, "0151", true)) return false;
  return n.parent !== null && step104(n.parent, S);
}

function step106(n, S) {
  if (n.kind !== "element" || n.local !== "CompanyID" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2") return false;
  const c = n;
  if (!rt.attributeValueIs(c, N51, "0151", true)) return false;
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
  if (!rt.attributeValueIs(c, N51, "0106", true)) return false;
  return n.parent !== null;
}

function step108(n, S) {
  if (n.kind !== "element" || n.local !== "PartyIdentification" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null;
}

function step109(n, S) {
  if (n.kind !== "element" || n.local !== "ID" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2") return false;
  const c = n;
  if (!rt.attributeValueIs(c, N51, "0106", true)) return false;
  return n.parent !== null && step108(n.parent, S);
}

function step110(n, S) {
  if (n.kind !== "element" || n.local !== "CompanyID" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2") return false;
  const c = n;
  if (!rt.attributeValueIs(c, N51, "0106", true)) return false;
  return n.parent !== null;
}

function match27(n, S) { return step107(n, S) || (n.parent?.local === "PartyIdentification" && n.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" && step109(n, S)) || step110(n, S); }

function fire27(c, S, out) {
  S.cur = 39;
  if (!rt.matches(rt.normalizeSpace(rt.strItem(c, "normalize-space")), RE15)) out.push(rt.finding(ROWS[39], c, "Dutch KVK number (scheme 0106) '" + rt.valueOf([rt.normalizeSpace(rt.strItem(c, "normalize-space"))]) + "' in " + rt.nodeName([c]) + " should be 8 digits."));
}

function step111(n, S) {
  if (n.kind !== "element" || n.local !== "EndpointID" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2") return false;
  const c = n;
  if (!rt.attributeValueIs(c, N51, "0190", true)) return false;
  return n.parent !== null;
}

function step112(n, S) {
  if (n.kind !== "element" || n.local !== "PartyIdentification" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null;
}

function step113(n, S) {
  if (n.kind !== "element" || n.local !== "ID" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2") return false;
  const c = n;
  if (!rt.attributeValueIs(c, N51, "0190", true)) return false;
  return n.parent !== null && step112(n.parent, S);
}

function step114(n, S) {
  if (n.kind !== "element" || n.local !== "CompanyID" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2") return false;
  const c = n;
  if (!rt.attributeValueIs(c, N51, "0190", true)) return false;
  return n.parent !== null;
}

function match28(n, S) { return step111(n, S) || (n.parent?.local === "PartyIdentification" && n.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" && step113(n, S)) || step114(n, S); }

function fire28(c, S, out) {
  S.cur = 40;
  if (!rt.matches(rt.normalizeSpace(rt.strItem(c, "normalize-space")), RE16)) out.push(rt.finding(ROWS[40], c, "Dutch OIN (scheme 0190) '" + rt.valueOf([rt.normalizeSpace(rt.strItem(c, "normalize-space"))]) + "' in " + rt.nodeName([c]) + " should be 20 digits."));
}

function step115(n, S) {
  if (n.kind !== "element" || n.local !== "EndpointID" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2") return false;
  const c = n;
  if (!rt.attributeValueIs(c, N51, "9944", true)) return false;
  return n.parent !== null;
}

function step116(n, S) {
  if (n.kind !== "element" || n.local !== "PartyIdentification" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null;
}

function step117(n, S) {
  if (n.kind !== "element" || n.local !== "ID" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2") return false;
  const c = n;
  if (!rt.attributeValueIs(c, N51, "9944", true)) return false;
  return n.parent !== null && step116(n.parent, S);
}

function step118(n, S) {
  if (n.kind !== "element" || n.local !== "CompanyID" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2") return false;
  const c = n;
  if (!rt.attributeValueIs(c, N51, "9944", true)) return false;
  return n.parent !== null;
}

function match29(n, S) { return step115(n, S) || (n.parent?.local === "PartyIdentification" && n.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" && step117(n, S)) || step118(n, S); }

function fire29(c, S, out) {
  S.cur = 41;
  if (!rt.matches(rt.normalizeSpace(rt.strItem(c, "normalize-space")), RE17)) out.push(rt.finding(ROWS[41], c, "Dutch VAT number (scheme 9944) '" + rt.valueOf([rt.normalizeSpace(rt.strItem(c, "normalize-space"))]) + "' in " + rt.nodeName([c]) + " should look like NL123456789B12."));
}

function step119(n, S) {
  if (n.kind !== "element" || n.local !== "PartyTaxScheme" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  const c = n;
  if (!(rt.normalizeSpace(rt.strArg(rt.childOfNodes(rt.child(c, N11), N12), "normalize-space")) === "VAT")) return false;
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
  if (!rt.matches(rt.normalizeSpace(rt.strItem(c, "normalize-space")), RE17)) out.push(rt.finding(ROWS[42], c, "Dutch VAT identifier (BT-31, BT-48, BT-63) '" + rt.valueOf([rt.normalizeSpace(rt.strItem(c, "normalize-space"))]) + "' should look like NL123456789B12."));
}

function step121(n, S) {
  if (n.kind !== "element" || n.local !== "EndpointID" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2") return false;
  const c = n;
  if (!rt.attributeValueIs(c, N51, "0217", true)) return false;
  return n.parent !== null;
}

function step122(n, S) {
  if (n.kind !== "element" || n.local !== "PartyIdentification" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null;
}

function step123(n, S) {
  if (n.kind !== "element" || n.local !== "ID" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2") return false;
  const c = n;
  if (!rt.attributeValueIs(c, N51, "0217", true)) return false;
  return n.parent !== null && step122(n.parent, S);
}

function step124(n, S) {
  if (n.kind !== "element" || n.local !== "CompanyID" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2") return false;
  const c = n;
  if (!rt.attributeValueIs(c, N51, "0217", true)) return false;
  return n.parent !== null;
}

function match31(n, S) { return step121(n, S) || (n.parent?.local === "PartyIdentification" && n.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" && step123(n, S)) || step124(n, S); }

function fire31(c, S, out) {
  S.cur = 43;
  if (!rt.matches(rt.normalizeSpace(rt.strItem(c, "normalize-space")), RE18)) out.push(rt.finding(ROWS[43], c, "Dutch KVK establishment number (scheme 0217) '" + rt.valueOf([rt.normalizeSpace(rt.strItem(c, "normalize-space"))]) + "' in " + rt.nodeName([c]) + " should be 12 digits."));
}

function step125(n, S) {
  if (n.kind !== "element" || n.local !== "EmbeddedDocumentBinaryObject" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2") return false;
  const c = n;
  if (!rt.anyOnAxis(c, "attribute", N54)) return false;
  return n.parent !== null;
}

function match32(n, S) { return step125(n, S); }

function fire32(c, S, out) {
  let t61;
  S.cur = 44;
  if (!rt.generalCompare("eq", (t61 ??= rt.stepOne(c, "attribute", N54, null)), global2(S))) out.push(rt.finding(ROWS[44], c, "Attached document MIME code (BT-125-1) '" + rt.valueOf((t61 ??= rt.stepOne(c, "attribute", N54, null))) + "' is not in the Peppol subset of IANA media types."));
}

function step126(n, S) {
  if (n.kind !== "element" || n.local !== "AllowanceCharge" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  const c = n;
  if (!rt.childValueIs(c, N35, "false", true)) return false;
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
  if (!rt.childValueIs(c, N35, "true", true)) return false;
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
  if (!rt.generalCompare("eq", (t62 ??= rt.stepOne(c, "attribute", N26, null)), global6(S))) out.push(rt.finding(ROWS[48], c, "Currency '" + rt.valueOf((t62 ??= rt.stepOne(c, "attribute", N26, null))) + "' of amount " + rt.nodeName([c]) + " is not an ISO 4217 code (BT-5, BT-6)."));
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
  if (!rt.anyOnAxis(c, "attribute", N51)) return false;
  return n.parent !== null;
}

function match38(n, S) { return step151(n, S); }

function fire38(c, S, out) {
  let t63;
  S.cur = 50;
  if (!rt.generalCompare("eq", (t63 ??= rt.stepOne(c, "attribute", N51, null)), global7(S))) out.push(rt.finding(ROWS[50], c, "Electronic address scheme (BT-34-1, BT-49-1) '" + rt.valueOf((t63 ??= rt.stepOne(c, "attribute", N51, null))) + "' is not in the Electronic Address Scheme (EAS) code list."));
}

function step152(n, S) {
  if (n.kind !== "element" || n.local !== "TaxCategory" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  const c = n;
  if (!(rt.upperCase(rt.childStr(c, N70, "upper-case")) === "VATEX-EU-G")) return false;
  return n.parent !== null;
}

function match39(n, S) { return step152(n, S); }

function fire39(c, S, out) {
  let t64;
  S.cur = 51;
  if (!(rt.normalizeSpace(rt.strArg((t64 ??= rt.child(c, N12)), "normalize-space")) === "G")) out.push(rt.finding(ROWS[51], c, "VAT exemption reason code (BT-121) VATEX-EU-G requires VAT category code (BT-118) G, found '" + rt.valueOf([rt.normalizeSpace(rt.strArg((t64 ??= rt.child(c, N12)), "normalize-space"))]) + "'."));
}

function step153(n, S) {
  if (n.kind !== "element" || n.local !== "TaxCategory" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  const c = n;
  if (!(rt.upperCase(rt.childStr(c, N70, "upper-case")) === "VATEX-EU-O")) return false;
  return n.parent !== null;
}

function match40(n, S) { return step153(n, S); }

function fire40(c, S, out) {
  let t65;
  S.cur = 52;
  if (!(rt.normalizeSpace(rt.strArg((t65 ??= rt.child(c, N12)), "normalize-space")) === "O")) out.push(rt.finding(ROWS[52], c, "VAT exemption reason code (BT-121) VATEX-EU-O requires VAT category code (BT-118) O, found '" + rt.valueOf([rt.normalizeSpace(rt.strArg((t65 ??= rt.child(c, N12)), "normalize-space"))]) + "'."));
}

function step154(n, S) {
  if (n.kind !== "element" || n.local !== "TaxCategory" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  const c = n;
  if (!(rt.upperCase(rt.childStr(c, N70, "upper-case")) === "VATEX-EU-IC")) return false;
  return n.parent !== null;
}

function match41(n, S) { return step154(n, S); }

function fire41(c, S, out) {
  let t66;
  S.cur = 53;
  if (!(rt.normalizeSpace(rt.strArg((t66 ??= rt.child(c, N12)), "normalize-space")) === "K")) out.push(rt.finding(ROWS[53], c, "VAT exemption reason code (BT-121) VATEX-EU-IC requires VAT category code (BT-118) K, found '" + rt.valueOf([rt.normalizeSpace(rt.strArg((t66 ??= rt.child(c, N12)), "normalize-space"))]) + "'."));
}

function step155(n, S) {
  if (n.kind !== "element" || n.local !== "TaxCategory" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  const c = n;
  if (!(rt.upperCase(rt.childStr(c, N70, "upper-case")) === "VATEX-EU-AE")) return false;
  return n.parent !== null;
}

function match42(n, S) { return step155(n, S); }

function fire42(c, S, out) {
  let t67;
  S.cur = 54;
  if (!(rt.normalizeSpace(rt.strArg((t67 ??= rt.child(c, N12)), "normalize-space")) === "AE")) out.push(rt.finding(ROWS[54], c, "VAT exemption reason code (BT-121) VATEX-EU-AE requires VAT category code (BT-118) AE, found '" + rt.valueOf([rt.normalizeSpace(rt.strArg((t67 ??= rt.child(c, N12)), "normalize-space"))]) + "'."));
}

function step156(n, S) {
  if (n.kind !== "element" || n.local !== "TaxCategory" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  const c = n;
  if (!(rt.upperCase(rt.childStr(c, N70, "upper-case")) === "VATEX-EU-D")) return false;
  return n.parent !== null;
}

function match43(n, S) { return step156(n, S); }

function fire43(c, S, out) {
  let t68;
  S.cur = 55;
  if (!(rt.normalizeSpace(rt.strArg((t68 ??= rt.child(c, N12)), "normalize-space")) === "E")) out.push(rt.finding(ROWS[55], c, "VAT exemption reason code (BT-121) VATEX-EU-D requires VAT category code (BT-118) E, found '" + rt.valueOf([rt.normalizeSpace(rt.strArg((t68 ??= rt.child(c, N12)), "normalize-space"))]) + "'."));
}

function step157(n, S) {
  if (n.kind !== "element" || n.local !== "TaxCategory" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  const c = n;
  if (!(rt.upperCase(rt.childStr(c, N70, "upper-case")) === "VATEX-EU-F")) return false;
  return n.parent !== null;
}

function match44(n, S) { return step157(n, S); }

function fire44(c, S, out) {
  let t69;
  S.cur = 56;
  if (!(rt.normalizeSpace(rt.strArg((t69 ??= rt.child(c, N12)), "normalize-space")) === "E")) out.push(rt.finding(ROWS[56], c, "VAT exemption reason code (BT-121) VATEX-EU-F requires VAT category code (BT-118) E, found '" + rt.valueOf([rt.normalizeSpace(rt.strArg((t69 ??= rt.child(c, N12)), "normalize-space"))]) + "'."));
}

function step158(n, S) {
  if (n.kind !== "element" || n.local !== "TaxCategory" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  const c = n;
  if (!(rt.upperCase(rt.childStr(c, N70, "upper-case")) === "VATEX-EU-I")) return false;
  return n.parent !== null;
}

function match45(n, S) { return step158(n, S); }

function fire45(c, S, out) {
  let t70;
  S.cur = 57;
  if (!(rt.normalizeSpace(rt.strArg((t70 ??= rt.child(c, N12)), "normalize-space")) === "E")) out.push(rt.finding(ROWS[57], c, "VAT exemption reason code (BT-121) VATEX-EU-I requires VAT category code (BT-118) E, found '" + rt.valueOf([rt.normalizeSpace(rt.strArg((t70 ??= rt.child(c, N12)), "normalize-space"))]) + "'."));
}

function step159(n, S) {
  if (n.kind !== "element" || n.local !== "TaxCategory" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  const c = n;
  if (!(rt.upperCase(rt.childStr(c, N70, "upper-case")) === "VATEX-EU-J")) return false;
  return n.parent !== null;
}

function match46(n, S) { return step159(n, S); }

function fire46(c, S, out) {
  let t71;
  S.cur = 58;
  if (!(rt.normalizeSpace(rt.strArg((t71 ??= rt.child(c, N12)), "normalize-space")) === "E")) out.push(rt.finding(ROWS[58], c, "VAT exemption reason code (BT-121) VATEX-EU-J requires VAT category code (BT-118) E, found '" + rt.valueOf([rt.normalizeSpace(rt.strArg((t71 ??= rt.child(c, N12)), "normalize-space"))]) + "'."));
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
  if (!rt.anyOnAxis(c, "child", N23)) return false;
  return n.parent !== null;
}

function step164(n, S) {
  if (n.kind !== "element" || n.local !== "TaxAmount" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2") return false;
  return n.parent !== null && step163(n.parent, S);
}

function step165(n, S) {
  if (n.kind !== "element" || n.local !== "TaxSubtotal" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null;
}

function step166(n, S) {
  if (n.kind !== "element" || n.local !== "TaxAmount" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2") return false;
  return n.parent !== null && step165(n.parent, S);
}

function step167(n, S) {
  if (n.kind !== "element" || n.local !== "TaxableAmount" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2") return false;
  return n.parent !== null;
}

function step168(n, S) {
  if (n.kind !== "element" || n.local !== "LineExtensionAmount" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2") return false;
  return n.parent !== null;
}

function step169(n, S) {
  if (n.kind !== "element" || n.local !== "TaxExclusiveAmount" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2") return false;
  return n.parent !== null;
}

function step170(n, S) {
  if (n.kind !== "element" || n.local !== "TaxInclusiveAmount" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2") return false;
  return n.parent !== null;
}

function step171(n, S) {
  if (n.kind !== "element" || n.local !== "AllowanceTotalAmount" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2") return false;
  return n.parent !== null;
}

function step172(n, S) {
  if (n.kind !== "element" || n.local !== "ChargeTotalAmount" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2") return false;
  return n.parent !== null;
}

function step173(n, S) {
  if (n.kind !== "element" || n.local !== "PrepaidAmount" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2") return false;
  return n.parent !== null;
}

function step174(n, S) {
  if (n.kind !== "element" || n.local !== "PayableRoundingAmount" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2") return false;
  return n.parent !== null;
}

function step175(n, S) {
  if (n.kind !== "element" || n.local !== "PayableAmount" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2") return false;
  return n.parent !== null;
}

function match47(n, S) { return step160(n, S) || step161(n, S) || step162(n, S) || (n.parent?.local === "TaxTotal" && n.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" && step164(n, S)) || (n.parent?.local === "TaxSubtotal" && n.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" && step166(n, S)) || step167(n, S) || step168(n, S) || step169(n, S) || step170(n, S) || step171(n, S) || step172(n, S) || step173(n, S) || step174(n, S) || step175(n, S); }

function fire47(c, S, out) {
  let t72;
  S.cur = 59;
  if (!rt.generalCompare("eq", (t72 ??= rt.stepOne(c, "attribute", N26, null)), global12(S))) out.push(rt.finding(ROWS[59], c, "Currency '" + rt.valueOf((t72 ??= rt.stepOne(c, "attribute", N26, null))) + "' of " + rt.nodeName([c]) + " must be the invoice currency code (BT-5) '" + rt.valueOf(global12(S)) + "'; only BT-111 may use another currency."));
}

function step176(n, S) {
  if (n.kind !== "element" || n.local !== "InvoiceTypeCode" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2") return false;
  return n.parent !== null;
}

function match48(n, S) { return step176(n, S); }

function fire48(c, S, out) {
  S.cur = 60;
  if (!(!rt.generalCompare("eq", [global9(S)], Q13) || rt.inStringSet([rt.normalizeSpace(rt.strItem(c, "normalize-space"))], SET0, Q14))) out.push(rt.finding(ROWS[60], c, "Invoice type code (BT-3) '" + rt.valueOf([rt.normalizeSpace(rt.strItem(c, "normalize-space"))]) + "' is not allowed in Peppol billing."));
  S.cur = 61;
  if (!(!rt.generalCompare("eq", [rt.normalizeSpace(rt.strItem(c, "normalize-space"))], Q15) || (global10(S) && global11(S)))) out.push(rt.finding(ROWS[61], c, "Invoice type code (BT-3) " + rt.valueOf([rt.normalizeSpace(rt.strItem(c, "normalize-space"))]) + " is allowed only when seller and buyer are both in Germany."));
}

function step177(n, S) {
  if (n.kind !== "element" || n.local !== "CreditNoteTypeCode" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2") return false;
  return n.parent !== null;
}

function match49(n, S) { return step177(n, S); }

function fire49(c, S, out) {
  S.cur = 62;
  if (!(!rt.generalCompare("eq", [global9(S)], Q13) || rt.inStringSet([rt.normalizeSpace(rt.strItem(c, "normalize-space"))], SET1, Q16))) out.push(rt.finding(ROWS[62], c, "Credit note type code (BT-3) '" + rt.valueOf([rt.normalizeSpace(rt.strItem(c, "normalize-space"))]) + "' is not allowed in Peppol billing."));
}

function global20(S) {
  const m = S.D.memo;
  if (m[27] === undefined) {
    const c = S.D.doc;
    m[27] = global13(S);
  }
  return m[27];
}

function step178(n, S) {
  if (n.kind !== "element" || n.local !== "AccountingSupplierParty" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null;
}

function step179(n, S) {
  if (n.kind !== "element" || n.local !== "Party" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  const c = n;
  if (!rt.generalCompare1("eq", global20(S), "NO")) return false;
  return n.parent !== null && step178(n.parent, S);
}

function match50(n, S) { return (n.parent?.local === "AccountingSupplierParty" && n.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" && step179(n, S)); }

function fire50(c, S, out) {
  let t73, t74, t75, t76, t77;
  const v105_0 = (t74 ??= rt.childOfNodes((t73 ??= rt.stepOne(c, "child", N10, [(c, p, z) => (rt.normalizeSpace(rt.strArg(rt.childOfNodes(rt.child(c, N11), N12), "normalize-space")) === "VAT")])), N9));
  S.cur = 63;
  if (!rt.ebv((t76 ??= rt.stepNodes((t75 ??= rt.stepOne(c, "child", N10, [(c, p, z) => (rt.normalizeSpace(rt.strArg(rt.childOfNodes(rt.child(c, N11), N12), "normalize-space")) === "TAX")])), "child", N9, [(c, p, z) => (rt.normalizeSpace(rt.strItem(c, "normalize-space")) === "Foretaksregisteret")])))) out.push(rt.finding(ROWS[63], c, "A Norwegian seller that is a limited company or a branch of a foreign company should state 'Foretaksregisteret' as seller tax registration identifier (BT-32, tax scheme TAX); found '" + rt.valueOf((t77 ??= rt.childOfNodes((t75 ??= rt.stepOne(c, "child", N10, [(c, p, z) => (rt.normalizeSpace(rt.strArg(rt.childOfNodes(rt.child(c, N11), N12), "normalize-space")) === "TAX")])), N9))) + "'."));
  S.cur = 64;
  if (!(!rt.ebv(rt.filter(v105_0, (c, p, z) => rt.startsWith(rt.strItem(c, "starts-with"), "NO"))) || (rt.matches(rt.strArg(v105_0, "matches"), RE19) && rt.ebv(fn18(S, [rt.substring(rt.strArg(v105_0, "substring"), rt.dblArg([3n], "substring"), rt.dblArg([9n], "substring"))]))))) out.push(rt.finding(ROWS[64], c, "Norwegian seller VAT identifier (BT-31) '" + rt.valueOf(v105_0) + "' must be 'NO', a valid nine-digit organisation number (modulus 11) and 'MVA'."));
}

function global21(S) {
  const m = S.D.memo;
  if (m[28] === undefined) {
    const c = S.D.doc;
    m[28] = global16(S);
  }
  return m[28];
}

function global22(S) {
  const m = S.D.memo;
  if (m[29] === undefined) {
    const c = S.D.doc;
    m[29] = global17(S);
  }
  return m[29];
}

function global23(S) {
  const m = S.D.memo;
  if (m[30] === undefined) {
    const c = S.D.doc;
    m[30] = (rt.generalCompare1("eq", global21(S), "DK") && rt.generalCompare1("eq", global22(S), "DK"));
  }
  return m[30];
}

function step180(n, S) {
  if (n.kind !== "element" || n.local !== "Invoice" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2") return false;
  const c = n;
  if (!rt.generalCompare1("eq", global21(S), "DK")) return false;
  return n.parent !== null;
}

function step181(n, S) {
  if (n.kind !== "element" || n.local !== "CreditNote" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2") return false;
  const c = n;
  if (!rt.generalCompare1("eq", global21(S), "DK")) return false;
  return n.parent !== null;
}

function match51(n, S) { return step180(n, S) || step181(n, S); }

function fire51(c, S, out) {
  let t78, t79, t80, t81, t82, t83, t84;
  const v109_0 = (t81 ??= rt.childOfNodes((t80 ??= rt.childOfNodes((t79 ??= rt.childOfNodes((t78 ??= rt.child(c, N2)), N3)), N73)), N9));
  S.cur = 65;
  if (!rt.ebv(rt.filter(v109_0, (c, p, z) => !rt.isBlank(rt.strItem(c, "normalize-space"))))) out.push(rt.finding(ROWS[65], c, "A Danish seller must give its CVR number as seller legal registration identifier (BT-30)."));
  S.cur = 66;
  if (!!rt.ebv(rt.filter(v109_0, (c, p, z) => (rt.normalizeSpace(rt.strArg(rt.stepOne(c, "attribute", N51, null), "normalize-space")) !== "0184")))) out.push(rt.finding(ROWS[66], c, "The seller legal registration identifier (BT-30) of a Danish seller must have scheme identifier 0184 (CVR number), not '" + rt.valueOf((t82 ??= rt.stepNodes(v109_0, "attribute", N51, null))) + "'."));
  S.cur = 67;
  if (!!(((S.D.memo[32] !== undefined ? S.D.memo[32] : (S.D.memo[32] = ((S.D.memo[31] !== undefined ? S.D.memo[31] : (S.D.memo[31] = rt.child(rt.requireNode(rt.rootOf(rt.requireNode(c))), N14))).length > 0))) && rt.generalCompare1("eq", global22(S), "DK")) && (rt.valueCompare("lt", [rt.number((t84 ??= rt.childOfNodes((t83 ??= rt.child(c, N74)), N64)))], [0n]) === true))) out.push(rt.finding(ROWS[67], c, "A credit note between Danish parties must not have a negative amount due for payment (BT-115): " + rt.valueOf((t84 ??= rt.childOfNodes((t83 ??= rt.child(c, N74)), N64))) + "."));
}

function step182(n, S) {
  if (!rt.testNode(N0, n)) return false;
  if (n.kind === "attribute" || n.kind === "document") return false;
  return n.parent !== null && n.parent.kind === "document";
}

function step183(n, S) {
  if (n.kind !== "element" || n.local !== "AccountingSupplierParty" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null && step182(n.parent, S);
}

function step184(n, S) {
  if (n.kind !== "element" || n.local !== "Party" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null && step183(n.parent, S);
}

function step185(n, S) {
  if (n.kind !== "element" || n.local !== "PartyIdentification" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  const c = n;
  if (!global23(S)) return false;
  return n.parent !== null && step184(n.parent, S);
}

function step186(n, S) {
  if (!rt.testNode(N0, n)) return false;
  if (n.kind === "attribute" || n.kind === "document") return false;
  return n.parent !== null && n.parent.kind === "document";
}

function step187(n, S) {
  if (n.kind !== "element" || n.local !== "AccountingCustomerParty" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null && step186(n.parent, S);
}

function step188(n, S) {
  if (n.kind !== "element" || n.local !== "Party" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null && step187(n.parent, S);
}

function step189(n, S) {
  if (n.kind !== "element" || n.local !== "PartyIdentification" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  const c = n;
  if (!global23(S)) return false;
  return n.parent !== null && step188(n.parent, S);
}

function match52(n, S) { return (n.parent?.local === "Party" && n.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" && n.parent.parent?.local === "AccountingSupplierParty" && n.parent.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" && step185(n, S)) || (n.parent?.local === "Party" && n.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" && n.parent.parent?.local === "AccountingCustomerParty" && n.parent.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" && step189(n, S)); }

function fire52(c, S, out) {
  let t85, t86;
  S.cur = 68;
  if (!!rt.ebv((t85 ??= rt.stepOne(c, "child", N12, [(c, p, z) => rt.isBlank(rt.strArg(rt.stepOne(c, "attribute", N51, null), "normalize-space"))])))) out.push(rt.finding(ROWS[68], c, "Between Danish parties, a seller or buyer identifier (BT-29, BT-46) must carry a scheme identifier; '" + rt.valueOf((t86 ??= rt.child(c, N12))) + "' has none."));
}

function step190(n, S) {
  if (n.kind !== "element" || n.local !== "Invoice" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2") return false;
  return n.parent !== null && n.parent.kind === "document";
}

function step191(n, S) {
  if (n.kind !== "element" || n.local !== "PaymentMeans" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  const c = n;
  if (!global23(S)) return false;
  return n.parent !== null && step190(n.parent, S);
}

function match53(n, S) { return (n.parent?.local === "Invoice" && n.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2" && n.parent.parent?.kind === "document" && step191(n, S)); }

function fire53(c, S, out) {
  let t87, t88, t89, t90, t91, t92, t93, t94, t95, t96;
  const v110_0 = rt.string((t87 ??= rt.child(c, N37)));
  S.cur = 69;
  if (!rt.inStringSet([v110_0], SET2, Q17)) out.push(rt.finding(ROWS[69], c, "Between Danish parties the payment means type code (BT-81) must be 1, 10, 31, 42, 48, 49, 50, 58, 59, 93 or 97, not '" + rt.valueOf([v110_0]) + "'."));
  S.cur = 70;
  if (!(!rt.generalCompare("eq", [v110_0], Q18) || (!rt.isBlank(rt.strArg((t89 ??= rt.childOfNodes((t88 ??= rt.child(c, N75)), N12)), "normalize-space")) && !rt.isBlank(rt.strArg((t91 ??= rt.childOfNodes((t90 ??= rt.childOfNodes((t88 ??= rt.child(c, N75)), N76)), N12)), "normalize-space"))))) out.push(rt.finding(ROWS[70], c, "Between Danish parties, payment means " + rt.valueOf([v110_0]) + " (BT-81) needs both the account number (BT-84) and the bank registration number (BT-86)."));
  S.cur = 71;
  if (!((v110_0 !== "49") || (!rt.isBlank(rt.strArg((t93 ??= rt.childOfNodes((t92 ??= rt.child(c, N38)), N12)), "normalize-space")) && !rt.isBlank(rt.strArg((t95 ??= rt.childOfNodes((t94 ??= rt.childOfNodes((t92 ??= rt.child(c, N38)), N77)), N12)), "normalize-space"))))) out.push(rt.finding(ROWS[71], c, "Between Danish parties, direct debit (BT-81 = 49) needs the mandate reference identifier (BT-89) and the debited account identifier (BT-91)."));
  S.cur = 72;
  if (!((v110_0 !== "50") || (rt.generalCompare("eq", [rt.substring(rt.strArg((t96 ??= rt.child(c, N78)), "substring"), rt.dblArg([1n], "substring"), rt.dblArg([3n], "substring"))], Q19) && rt.matches(rt.strArg((t89 ??= rt.childOfNodes((t88 ??= rt.child(c, N75)), N12)), "matches"), RE20)))) out.push(rt.finding(ROWS[72], c, "Between Danish parties, giro payment (BT-81 = 50) needs a payment ID (BT-83) starting with 01#, 04# or 15# and a giro account number (BT-84) of 7 or 8 digits; found '" + rt.valueOf((t96 ??= rt.child(c, N78))) + "' and '" + rt.valueOf((t89 ??= rt.childOfNodes((t88 ??= rt.child(c, N75)), N12))) + "'."));
  S.cur = 73;
  if (!(!((v110_0 === "50") && rt.generalCompare("eq", [rt.substring(rt.strArg((t96 ??= rt.child(c, N78)), "substring"), rt.dblArg([1n], "substring"), rt.dblArg([3n], "substring"))], Q20)) || (rt.stringLength(rt.strArg((t96 ??= rt.child(c, N78)), "string-length")) === 19))) out.push(rt.finding(ROWS[73], c, "Between Danish parties, a giro payment ID (BT-83) starting with 04# or 15# must continue with the 16-digit instruction id (19 characters in all), not '" + rt.valueOf((t96 ??= rt.child(c, N78))) + "'."));
  S.cur = 74;
  if (!((v110_0 !== "93") || (rt.generalCompare("eq", [rt.substring(rt.strArg((t96 ??= rt.child(c, N78)), "substring"), rt.dblArg([1n], "substring"), rt.dblArg([3n], "substring"))], Q21) && (rt.stringLength(rt.strArg((t89 ??= rt.childOfNodes((t88 ??= rt.child(c, N75)), N12)), "string-length")) === 8)))) out.push(rt.finding(ROWS[74], c, "Between Danish parties, FIK payment (BT-81 = 93) needs a payment ID (BT-83) starting with 71#, 73# or 75# and an account identifier (BT-84) of exactly 8 characters; found '" + rt.valueOf((t96 ??= rt.child(c, N78))) + "' and '" + rt.valueOf((t89 ??= rt.childOfNodes((t88 ??= rt.child(c, N75)), N12))) + "'."));
  S.cur = 75;
  if (!(!((v110_0 === "93") && rt.generalCompare("eq", [rt.substring(rt.strArg((t96 ??= rt.child(c, N78)), "substring"), rt.dblArg([1n], "substring"), rt.dblArg([3n], "substring"))], Q22)) || rt.generalCompare("eq", [BigInt(rt.stringLength(rt.strArg((t96 ??= rt.child(c, N78)), "string-length")))], Q23))) out.push(rt.finding(ROWS[75], c, "Between Danish parties, a FIK payment ID (BT-83) starting with 71# or 75# must continue with the 15- or 16-digit instruction id (18 or 19 characters in all), not '" + rt.valueOf((t96 ??= rt.child(c, N78))) + "'."));
}

function step192(n, S) {
  if (!rt.testNode(N0, n)) return false;
  if (n.kind === "attribute" || n.kind === "document") return false;
  return n.parent !== null && n.parent.kind === "document";
}

function step193(n, S) {
  if (n.kind !== "element" || n.local !== "AccountingCustomerParty" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null && step192(n.parent, S);
}

function step194(n, S) {
  if (n.kind !== "element" || n.local !== "Party" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  const c = n;
  if (!global23(S)) return false;
  return n.parent !== null && step193(n.parent, S);
}

function match54(n, S) { return (n.parent?.local === "AccountingCustomerParty" && n.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" && step194(n, S)); }

function fire54(c, S, out) {
  let t97, t98, t99, t100;
  S.cur = 76;
  if (!!rt.ebv((t98 ??= rt.stepNodes((t97 ??= rt.child(c, N73)), "child", N9, [(c, p, z) => (rt.normalizeSpace(rt.strArg(rt.stepOne(c, "attribute", N51, null), "normalize-space")) !== "0184")])))) out.push(rt.finding(ROWS[76], c, "The buyer legal registration identifier (BT-47) of a Danish buyer must have scheme identifier 0184 (CVR number), not '" + rt.valueOf((t100 ??= rt.stepNodes((t99 ??= rt.childOfNodes((t97 ??= rt.child(c, N73)), N9)), "attribute", N51, null))) + "'."));
}

function step195(n, S) {
  if (n.kind !== "element" || n.local !== "Invoice" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2") return false;
  return n.parent !== null && n.parent.kind === "document";
}

function step196(n, S) {
  if (n.kind !== "element" || n.local !== "InvoiceLine" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  const c = n;
  if (!global23(S)) return false;
  return n.parent !== null && step195(n.parent, S);
}

function step197(n, S) {
  if (n.kind !== "element" || n.local !== "CreditNote" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2") return false;
  return n.parent !== null && n.parent.kind === "document";
}

function step198(n, S) {
  if (n.kind !== "element" || n.local !== "CreditNoteLine" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  const c = n;
  if (!global23(S)) return false;
  return n.parent !== null && step197(n.parent, S);
}

function match55(n, S) { return (n.parent?.local === "Invoice" && n.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2" && n.parent.parent?.kind === "document" && step196(n, S)) || (n.parent?.local === "CreditNote" && n.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2" && n.parent.parent?.kind === "document" && step198(n, S)); }

function fire55(c, S, out) {
  let t101, t102, t103, t104, t105;
  const v111_0 = (t103 ??= rt.childOfNodes((t102 ??= rt.childOfNodes((t101 ??= rt.child(c, N79)), N80)), N81));
  S.cur = 77;
  if (!(!rt.generalCompare1("eq", (t104 ??= rt.stepNodes(v111_0, "attribute", N82, null)), "TST") || rt.inStringSet((t105 ??= rt.stepNodes(v111_0, "attribute", N83, null)), SET3, Q24))) out.push(rt.finding(ROWS[77], c, "Between Danish parties, an UNSPSC item classification (BT-158, scheme TST) must use version 19.05.01 or 26.08.01 (BT-158-2), not '" + rt.valueOf((t105 ??= rt.stepNodes(v111_0, "attribute", N83, null))) + "'."));
}

function step199(n, S) {
  if (n.kind !== "element" || n.local !== "AllowanceCharge" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  const c = n;
  if (!global23(S)) return false;
  return n.parent !== null;
}

function match56(n, S) { return step199(n, S); }

function fire56(c, S, out) {
  let t106;
  const v112_0 = rt.string((t106 ??= rt.child(c, N84)));
  S.cur = 78;
  if (!((!rt.childValueIs(c, N55, "ZZZ", true) || (((rt.stringLength(rt.normalizeSpace(v112_0)) === 4) && (rt.valueCompare("ge", [rt.number([v112_0])], [0n]) === true)) && (rt.valueCompare("le", [rt.number([v112_0])], [9999n]) === true))) || ((rt.contains(v112_0, "#") && !rt.startsWith(v112_0, "#")) && !rt.endsWith(v112_0, "#")))) out.push(rt.finding(ROWS[78], c, "Between Danish parties, a non-VAT tax given as allowance or charge reason code ZZZ (BT-98, BT-105) must have as reason (BT-97, BT-104) either the 4-digit tax category or a text with an inner '#', not '" + rt.valueOf([v112_0]) + "'."));
}

function global24(S) {
  const m = S.D.memo;
  if (m[33] === undefined) {
    const c = S.D.doc;
    m[33] = rt.generalCompare1("eq", global13(S), "IT");
  }
  return m[33];
}

function step200(n, S) {
  if (n.kind !== "element" || n.local !== "AccountingSupplierParty" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null;
}

function step201(n, S) {
  if (n.kind !== "element" || n.local !== "Party" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  const c = n;
  if (!global24(S)) return false;
  return n.parent !== null && step200(n.parent, S);
}

function step202(n, S) {
  if (n.kind !== "element" || n.local !== "PartyTaxScheme" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  const c = n;
  if (!(rt.normalizeSpace(rt.strArg(rt.childOfNodes(rt.child(c, N11), N12), "normalize-space")) !== "VAT")) return false;
  return n.parent !== null && step201(n.parent, S);
}

function match57(n, S) { return (n.parent?.local === "Party" && n.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" && n.parent.parent?.local === "AccountingSupplierParty" && n.parent.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" && step202(n, S)); }

function fire57(c, S, out) {
  let t107;
  S.cur = 79;
  if (!rt.matches(rt.normalizeSpace(rt.strArg((t107 ??= rt.child(c, N9)), "normalize-space")), RE21)) out.push(rt.finding(ROWS[79], c, "The seller tax registration identifier (BT-32) of an Italian seller must be 11 to 16 capital letters or digits, not '" + rt.valueOf((t107 ??= rt.child(c, N9))) + "'."));
}

function step203(n, S) {
  if (n.kind !== "element" || n.local !== "AccountingSupplierParty" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null;
}

function step204(n, S) {
  if (n.kind !== "element" || n.local !== "Party" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  const c = n;
  if (!global24(S)) return false;
  return n.parent !== null && step203(n.parent, S);
}

function match58(n, S) { return (n.parent?.local === "AccountingSupplierParty" && n.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" && step204(n, S)); }

function fire58(c, S, out) {
  let t108;
  S.cur = 80;
  if (!(S.D.hasNamePath(P26) && rt.anyOnAxisSeq((t108 ??= rt.child(c, N4)), "child", N85))) out.push(rt.finding(ROWS[80], c, "An Italian seller must give the seller address line 1 (BT-35)."));
  S.cur = 81;
  if (!(S.D.hasNamePath(P27) && rt.anyOnAxisSeq((t108 ??= rt.child(c, N4)), "child", N86))) out.push(rt.finding(ROWS[81], c, "An Italian seller must give the seller city (BT-37)."));
  S.cur = 82;
  if (!(S.D.hasNamePath(P28) && rt.anyOnAxisSeq((t108 ??= rt.child(c, N4)), "child", N87))) out.push(rt.finding(ROWS[82], c, "An Italian seller must give the seller post code (BT-38)."));
}

function global25(S) {
  const m = S.D.memo;
  if (m[36] === undefined) {
    const c = S.D.doc;
    m[36] = (S.D.memo[35] !== undefined ? S.D.memo[35] : (S.D.memo[35] = ((S.D.memo[34] !== undefined ? S.D.memo[34] : (S.D.memo[34] = rt.stepNodes(rt.descendantsByName(S.D, c, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "AccountingSupplierParty"), "child", N3, [(c, p, z) => rt.generalCompare1("eq", rt.childOfNodes(rt.childOfNodes(rt.child(c, N4), N5), N6), "SE")]))).length > 0)));
  }
  return m[36];
}

function global26(S) {
  const m = S.D.memo;
  if (m[39] === undefined) {
    const c = S.D.doc;
    m[39] = (S.D.memo[38] !== undefined ? S.D.memo[38] : (S.D.memo[38] = ((S.D.memo[37] !== undefined ? S.D.memo[37] : (S.D.memo[37] = rt.stepNodes(rt.descendantsByName(S.D, c, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "AccountingCustomerParty"), "child", N3, [(c, p, z) => rt.generalCompare1("eq", rt.childOfNodes(rt.childOfNodes(rt.child(c, N4), N5), N6), "SE")]))).length > 0)));
  }
  return m[39];
}

function global27(S) {
  const m = S.D.memo;
  if (m[42] === undefined) {
    const c = S.D.doc;
    m[42] = (S.D.memo[41] !== undefined ? S.D.memo[41] : (S.D.memo[41] = ((S.D.memo[40] !== undefined ? S.D.memo[40] : (S.D.memo[40] = rt.stepNodes(rt.descendantsByName(S.D, c, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "AccountingSupplierParty"), "child", N3, [(c, p, z) => rt.ebv(fn17(S, [c]))]))).length > 0)));
  }
  return m[42];
}

function step205(n, S) {
  if (n.kind !== "element" || n.local !== "AccountingSupplierParty" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null;
}

function step206(n, S) {
  if (n.kind !== "element" || n.local !== "Party" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  const c = n;
  if (!rt.ebv(fn17(S, [c]))) return false;
  return n.parent !== null && step205(n.parent, S);
}

function match59(n, S) { return (n.parent?.local === "AccountingSupplierParty" && n.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" && step206(n, S)); }

function fire59(c, S, out) {
  let t112, t113;
  const v117_0 = (t113 ??= rt.childOfNodes((t112 ??= rt.stepOne(c, "child", N10, [(c, p, z) => rt.generalCompare1("eq", rt.childOfNodes(rt.child(c, N11), N12), "VAT")])), N9));
  S.cur = 83;
  if (!(rt.stringLength(rt.normalizeSpace(rt.strArg(v117_0, "normalize-space"))) === 14)) out.push(rt.finding(ROWS[83], c, (S.lang === "sv" ? "Säljarens momsregistreringsnummer (BT-31) ska för svenska säljare ha 14 tecken (SE, 10 siffror, 01); '" + rt.valueOf(v117_0) + "' har " + rt.valueOf([BigInt(rt.stringLength(rt.normalizeSpace(rt.strArg(v117_0, "normalize-space"))))]) + "." : "The Swedish seller VAT identifier (BT-31) must have 14 characters (SE, 10 digits, 01); '" + rt.valueOf(v117_0) + "' has " + rt.valueOf([BigInt(rt.stringLength(rt.normalizeSpace(rt.strArg(v117_0, "normalize-space"))))]) + ".")));
  S.cur = 84;
  if (!rt.ebv(fn16(S, [rt.substring(rt.strArg(v117_0, "substring"), rt.dblArg([3n], "substring"), rt.dblArg([12n], "substring"))]))) out.push(rt.finding(ROWS[84], c, (S.lang === "sv" ? "De 12 tecknen efter 'SE' i säljarens momsregistreringsnummer (BT-31) ska vara siffror; angivet: '" + rt.valueOf([rt.substring(rt.strArg(v117_0, "substring"), rt.dblArg([3n], "substring"), rt.dblArg([12n], "substring"))]) + "'." : "The 12 characters after 'SE' in the Swedish seller VAT identifier (BT-31) must be numeric; found '" + rt.valueOf([rt.substring(rt.strArg(v117_0, "substring"), rt.dblArg([3n], "substring"), rt.dblArg([12n], "substring"))]) + "'.")));
}

function step207(n, S) {
  if (n.kind !== "element" || n.local !== "AccountingSupplierParty" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null;
}

function step208(n, S) {
  if (n.kind !== "element" || n.local !== "Party" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null && step207(n.parent, S);
}

function step209(n, S) {
  if (n.kind !== "element" || n.local !== "PartyLegalEntity" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  const c = n;
  if (!rt.generalCompare1("eq", rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(rt.stepOne(c, "parent", N27, null), N4), N5), N6), "SE")) return false;
  if (!rt.anyOnAxis(c, "child", N9)) return false;
  return n.parent !== null && step208(n.parent, S);
}

function match60(n, S) { return (n.parent?.local === "Party" && n.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" && n.parent.parent?.local === "AccountingSupplierParty" && n.parent.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" && step209(n, S)); }

function fire60(c, S, out) {
  let t114;
  S.cur = 85;
  if (!rt.ebv(fn16(S, [rt.string((t114 ??= rt.child(c, N9)))]))) out.push(rt.finding(ROWS[85], c, (S.lang === "sv" ? "Säljarens organisationsnummer (juridisk registreringsidentitet, BT-30) ska vara numeriskt, inte '" + rt.valueOf((t114 ??= rt.child(c, N9))) + "'." : "The Swedish organisation number given as seller legal registration identifier (BT-30) must be numeric, not '" + rt.valueOf((t114 ??= rt.child(c, N9))) + "'.")));
  S.cur = 86;
  if (!(rt.stringLength(rt.normalizeSpace(rt.strArg((t114 ??= rt.child(c, N9)), "normalize-space"))) === 10)) out.push(rt.finding(ROWS[86], c, (S.lang === "sv" ? "Säljarens organisationsnummer (juridisk registreringsidentitet, BT-30) ska ha 10 tecken; '" + rt.valueOf((t114 ??= rt.child(c, N9))) + "' har " + rt.valueOf([BigInt(rt.stringLength(rt.normalizeSpace(rt.strArg((t114 ??= rt.child(c, N9)), "normalize-space"))))]) + "." : "The Swedish organisation number given as seller legal registration identifier (BT-30) must have 10 characters; '" + rt.valueOf((t114 ??= rt.child(c, N9))) + "' has " + rt.valueOf([BigInt(rt.stringLength(rt.normalizeSpace(rt.strArg((t114 ??= rt.child(c, N9)), "normalize-space"))))]) + ".")));
  S.cur = 87;
  if (!rt.ebv(fn19(S, [rt.normalizeSpace(rt.strArg((t114 ??= rt.child(c, N9)), "normalize-space"))]))) out.push(rt.finding(ROWS[87], c, (S.lang === "sv" ? "Kontrollsiffran i det svenska organisationsnumret '" + rt.valueOf((t114 ??= rt.child(c, N9))) + "' (säljarens juridiska registreringsidentitet, BT-30) är felaktig enligt Luhn-algoritmen (modulus 10)." : "The check digit of the Swedish organisation number '" + rt.valueOf((t114 ??= rt.child(c, N9))) + "' (seller legal registration identifier, BT-30) is wrong (Luhn modulus 10).")));
}

function step210(n, S) {
  if (n.kind !== "element" || n.local !== "AccountingSupplierParty" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null;
}

function step211(n, S) {
  if (n.kind !== "element" || n.local !== "Party" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  const c = n;
  if (!rt.generalCompare1("eq", rt.childOfNodes(rt.childOfNodes(rt.child(c, N4), N5), N6), "SE")) return false;
  if (!(S.D.hasNamePath(P30) && rt.anyOnAxisSeq(rt.child(c, N73), "child", N9))) return false;
  return n.parent !== null && step210(n.parent, S);
}

function step212(n, S) {
  if (n.kind !== "element" || n.local !== "PartyTaxScheme" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  const c = n;
  if (!(rt.upperCase(rt.normalizeSpace(rt.strArg(rt.childOfNodes(rt.child(c, N11), N12), "normalize-space"))) !== "VAT")) return false;
  return n.parent !== null && step211(n.parent, S);
}

function step213(n, S) {
  if (n.kind !== "element" || n.local !== "CompanyID" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2") return false;
  return n.parent !== null && step212(n.parent, S);
}

function match61(n, S) { return (n.parent?.local === "PartyTaxScheme" && n.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" && n.parent.parent?.local === "Party" && n.parent.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" && n.parent.parent.parent?.local === "AccountingSupplierParty" && n.parent.parent.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" && step213(n, S)); }

function fire61(c, S, out) {
  S.cur = 88;
  if (!(rt.upperCase(rt.normalizeSpace(rt.strItem(c, "normalize-space"))) === "GODKÄND FÖR F-SKATT")) out.push(rt.finding(ROWS[88], c, (S.lang === "sv" ? "En svensk säljare som anger skatteregistreringsidentitet (BT-32) ska där ange 'Godkänd för F-skatt', inte '" + rt.valueOf([c]) + "'." : "A Swedish seller that gives a seller tax registration identifier (BT-32) must state 'Godkänd för F-skatt' there, not '" + rt.valueOf([c]) + "'.")));
}

function step214(n, S) {
  if (n.kind !== "element" || n.local !== "TaxCategory" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  const c = n;
  if (!global27(S)) return false;
  if (!rt.childValueIs(c, N12, "S", true)) return false;
  return n.parent !== null;
}

function step215(n, S) {
  if (n.kind !== "element" || n.local !== "ClassifiedTaxCategory" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  const c = n;
  if (!global27(S)) return false;
  if (!rt.childValueIs(c, N12, "S", true)) return false;
  return n.parent !== null;
}

function match62(n, S) { return step214(n, S) || step215(n, S); }

function fire62(c, S, out) {
  let t115;
  S.cur = 89;
  if (!rt.generalCompare("eq", [rt.number((t115 ??= rt.child(c, N89)))], Q25)) out.push(rt.finding(ROWS[89], c, (S.lang === "sv" ? "För svenska säljare ska momssatsen för momskategori S (BT-96, BT-103, BT-119, BT-152) vara 25, 12 eller 6 procent, inte '" + rt.valueOf((t115 ??= rt.child(c, N89))) + "'." : "For a Swedish seller the standard-rated VAT category (code S) rate (BT-96, BT-103, BT-119, BT-152) must be 25, 12 or 6, not '" + rt.valueOf((t115 ??= rt.child(c, N89))) + "'.")));
}

function step216(n, S) {
  if (n.kind !== "element" || n.local !== "PaymentMeans" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  const c = n;
  if (!global25(S)) return false;
  if (!(rt.normalizeSpace(rt.childStr(c, N37, "normalize-space")) === "30")) return false;
  if (!(rt.normalizeSpace(rt.strArg(rt.childOfNodes(rt.childOfNodes(rt.child(c, N75), N76), N12), "normalize-space")) === "SE:PLUSGIRO")) return false;
  return n.parent !== null;
}

function step217(n, S) {
  if (n.kind !== "element" || n.local !== "PayeeFinancialAccount" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null && step216(n.parent, S);
}

function step218(n, S) {
  if (n.kind !== "element" || n.local !== "ID" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2") return false;
  return n.parent !== null && step217(n.parent, S);
}

function match63(n, S) { return (n.parent?.local === "PayeeFinancialAccount" && n.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" && n.parent.parent?.local === "PaymentMeans" && n.parent.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" && step218(n, S)); }

function fire63(c, S, out) {
  const v118_0 = rt.normalizeSpace(rt.strItem(c, "normalize-space"));
  S.cur = 90;
  if (!rt.ebv(fn16(S, [v118_0]))) out.push(rt.finding(ROWS[90], c, (S.lang === "sv" ? "Plusgironumret som anges som betalkonto (BT-84) bör vara numeriskt, inte '" + rt.valueOf([v118_0]) + "'." : "A Swedish Plusgiro number given as payment account identifier (BT-84) should be numeric, not '" + rt.valueOf([v118_0]) + "'.")));
  S.cur = 91;
  if (!((rt.stringLength(v118_0) >= 2) && (rt.stringLength(v118_0) <= 8))) out.push(rt.finding(ROWS[91], c, (S.lang === "sv" ? "Plusgironumret som anges som betalkonto (BT-84) bör ha 2 till 8 tecken; '" + rt.valueOf([v118_0]) + "' har " + rt.valueOf([BigInt(rt.stringLength(v118_0))]) + "." : "A Swedish Plusgiro number given as payment account identifier (BT-84) should have 2 to 8 characters; '" + rt.valueOf([v118_0]) + "' has " + rt.valueOf([BigInt(rt.stringLength(v118_0))]) + ".")));
}

function step219(n, S) {
  if (n.kind !== "element" || n.local !== "PaymentMeans" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  const c = n;
  if (!global25(S)) return false;
  if (!(rt.normalizeSpace(rt.childStr(c, N37, "normalize-space")) === "30")) return false;
  if (!(rt.normalizeSpace(rt.strArg(rt.childOfNodes(rt.childOfNodes(rt.child(c, N75), N76), N12), "normalize-space")) === "SE:BANKGIRO")) return false;
  return n.parent !== null;
}

function step220(n, S) {
  if (n.kind !== "element" || n.local !== "PayeeFinancialAccount" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null && step219(n.parent, S);
}

function step221(n, S) {
  if (n.kind !== "element" || n.local !== "ID" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2") return false;
  return n.parent !== null && step220(n.parent, S);
}

function match64(n, S) { return (n.parent?.local === "PayeeFinancialAccount" && n.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" && n.parent.parent?.local === "PaymentMeans" && n.parent.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" && step221(n, S)); }

function fire64(c, S, out) {
  const v119_0 = rt.normalizeSpace(rt.strItem(c, "normalize-space"));
  S.cur = 92;
  if (!rt.ebv(fn16(S, [v119_0]))) out.push(rt.finding(ROWS[92], c, (S.lang === "sv" ? "Bankgironumret som anges som betalkonto (BT-84) bör vara numeriskt, inte '" + rt.valueOf([v119_0]) + "'." : "A Swedish Bankgiro number given as payment account identifier (BT-84) should be numeric, not '" + rt.valueOf([v119_0]) + "'.")));
  S.cur = 93;
  if (!rt.generalCompare("eq", [BigInt(rt.stringLength(v119_0))], Q26)) out.push(rt.finding(ROWS[93], c, (S.lang === "sv" ? "Bankgironumret som anges som betalkonto (BT-84) bör ha 7 eller 8 tecken; '" + rt.valueOf([v119_0]) + "' har " + rt.valueOf([BigInt(rt.stringLength(v119_0))]) + "." : "A Swedish Bankgiro number given as payment account identifier (BT-84) should have 7 or 8 characters; '" + rt.valueOf([v119_0]) + "' has " + rt.valueOf([BigInt(rt.stringLength(v119_0))]) + ".")));
}

function step222(n, S) {
  if (n.kind !== "element" || n.local !== "PaymentMeans" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  const c = n;
  if (!global25(S)) return false;
  if (!rt.generalCompare("eq", rt.child(c, N37), Q27)) return false;
  return n.parent !== null;
}

function match65(n, S) { return step222(n, S); }

function fire65(c, S, out) {
  let t116;
  S.cur = 94;
  if (!!rt.generalCompare("eq", (t116 ??= rt.child(c, N37)), Q27)) out.push(rt.finding(ROWS[94], c, (S.lang === "sv" ? "Svenska säljare bör ange bankgiro eller plusgiro med betalningssätt 30 (BT-81) och SE:BANKGIRO eller SE:PLUSGIRO som betaltjänstleverantörens identitet (BT-86), inte med kod " + rt.valueOf((t116 ??= rt.child(c, N37))) + "." : "A Swedish seller should give Bankgiro or Plusgiro as payment means type code 30 (BT-81) with SE:BANKGIRO or SE:PLUSGIRO as payment service provider identifier (BT-86), not as code " + rt.valueOf((t116 ??= rt.child(c, N37))) + ".")));
}

function step223(n, S) {
  if (n.kind !== "element" || n.local !== "PaymentMeans" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  const c = n;
  if (!(global25(S) && global26(S))) return false;
  if (!rt.childValueIs(c, N37, "31", true)) return false;
  return n.parent !== null;
}

function match66(n, S) { return step223(n, S); }

function fire66(c, S, out) {
  S.cur = 95;
  if (!!rt.childValueIs(c, N37, "31", true)) out.push(rt.finding(ROWS[95], c, (S.lang === "sv" ? "Vid inrikes handel mellan svenska parter bör kontoöverföring anges med betalningssätt 30 (BT-81), inte 31." : "Between Swedish parties a credit transfer should have payment means type code 30 (BT-81), not 31.")));
}

function global28(S) {
  const m = S.D.memo;
  if (m[43] === undefined) {
    const c = S.D.doc;
    m[43] = rt.generalCompare("eq", global13(S), Q28);
  }
  return m[43];
}

function global29(S) {
  const m = S.D.memo;
  if (m[44] === undefined) {
    const c = S.D.doc;
    m[44] = global14(S);
  }
  return m[44];
}

function global30(S) {
  const m = S.D.memo;
  if (m[46] === undefined) {
    const c = S.D.doc;
    m[46] = (S.D.memo[45] !== undefined ? S.D.memo[45] : (S.D.memo[45] = rt.generalCompare1("eq", (S.D.memo[4] !== undefined ? S.D.memo[4] : (S.D.memo[4] = rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(rt.child(rt.requireNode(rt.rootOf(rt.requireNode(c))), N0), N2), N3), N4), N5), N6))), "GR")));
  }
  return m[46];
}

function global31(S) {
  const m = S.D.memo;
  if (m[50] === undefined) {
    const c = S.D.doc;
    m[50] = (S.D.memo[49] !== undefined ? S.D.memo[49] : (S.D.memo[49] = rt.tokenize((S.D.memo[48] !== undefined ? S.D.memo[48] : (S.D.memo[48] = rt.string((S.D.memo[47] !== undefined ? S.D.memo[47] : (S.D.memo[47] = rt.childOfNodes(rt.child(rt.requireNode(rt.rootOf(rt.requireNode(c))), N0), N65)))))), RE22)));
  }
  return m[50];
}

function step224(n, S) {
  if (!rt.testNode(N0, n)) return false;
  if (n.kind === "attribute" || n.kind === "document") return false;
  return n.parent !== null && n.parent.kind === "document";
}

function step225(n, S) {
  if (n.kind !== "element" || n.local !== "ID" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2") return false;
  const c = n;
  if (!global28(S)) return false;
  return n.parent !== null && step224(n.parent, S);
}

function match67(n, S) { return step225(n, S); }

function fire67(c, S, out) {
  const v124_0 = rt.tokenize(rt.strItem(c, "tokenize"), RE23);
  const v125_0 = rt.tokenize(rt.strArg(rt.itemAt(v124_0, () => [2n]), "tokenize"), RE24);
  S.cur = 96;
  if (!(v124_0.length === 6)) out.push(rt.finding(ROWS[96], c, "For a Greek seller the invoice number (BT-1) must have 6 segments separated by '|'; '" + rt.valueOf([c]) + "' has " + rt.valueOf([BigInt(v124_0.length)]) + "."));
  S.cur = 97;
  if (!(((rt.stringLength(rt.normalizeSpace(rt.strArg(rt.itemAt(v124_0, () => [1n]), "normalize-space"))) === 9) && rt.ebv(fn20(S, rt.itemAt(v124_0, () => [1n])))) && rt.generalCompare("eq", rt.itemAt(v124_0, () => [1n]), (S.D.memo[54] !== undefined ? S.D.memo[54] : (S.D.memo[54] = rt.pathMap((S.D.memo[53] !== undefined ? S.D.memo[53] : (S.D.memo[53] = rt.step((S.D.memo[52] !== undefined ? S.D.memo[52] : (S.D.memo[52] = rt.union((S.D.memo[22] !== undefined ? S.D.memo[22] : (S.D.memo[22] = rt.childOfNodes(rt.childOfNodes(rt.child(rt.requireNode(rt.rootOf(rt.requireNode(c))), N0), N2), N3))), (S.D.memo[51] !== undefined ? S.D.memo[51] : (S.D.memo[51] = rt.childOfNodes(rt.child(rt.requireNode(rt.rootOf(rt.requireNode(c))), N0), N13)))))), "child", N10, [(c, p, z) => rt.generalCompare1("eq", rt.childOfNodes(rt.child(c, N11), N12), "VAT")]))), (c, p, z) => [rt.substring(rt.childStr(c, N9, "substring"), rt.dblArg([3n], "substring"), rt.dblArg([9n], "substring"))])))))) out.push(rt.finding(ROWS[97], c, "For a Greek seller the first segment of the invoice number (BT-1), '" + rt.valueOf(rt.itemAt(v124_0, () => [1n])) + "', must be a valid Greek TIN equal to that in the seller VAT identifier (BT-31) or the tax representative VAT identifier (BT-63)."));
  S.cur = 98;
  if (!((((!rt.isBlank(rt.strArg(rt.itemAt(v124_0, () => [2n]), "normalize-space")) && rt.matches(rt.strArg(rt.itemAt(v124_0, () => [2n]), "matches"), RE25)) && rt.generalCompare("eq", rt.itemAt(v125_0, () => [1n]), rt.itemAt(global31(S), () => [3n]))) && rt.generalCompare("eq", rt.itemAt(v125_0, () => [2n]), rt.itemAt(global31(S), () => [2n]))) && rt.generalCompare("eq", rt.itemAt(v125_0, () => [3n]), rt.itemAt(global31(S), () => [1n])))) out.push(rt.finding(ROWS[98], c, "For a Greek seller the second segment of the invoice number (BT-1), '" + rt.valueOf(rt.itemAt(v124_0, () => [2n])) + "', must be the invoice issue date (BT-2) " + rt.valueOf((S.D.memo[47] !== undefined ? S.D.memo[47] : (S.D.memo[47] = rt.childOfNodes(rt.child(rt.requireNode(rt.rootOf(rt.requireNode(c))), N0), N65)))) + " written DD/MM/YYYY."));
  S.cur = 99;
  if (!rt.ebv((rt.castableSeq([rt.normalizeSpace(rt.strArg(rt.itemAt(v124_0, () => [3n]), "normalize-space"))], "integer", false) ? rt.optBool(rt.valueCompare("ge", rt.castSeq([rt.normalizeSpace(rt.strArg(rt.itemAt(v124_0, () => [3n]), "normalize-space"))], "integer", true), [0n])) : [false]))) out.push(rt.finding(ROWS[99], c, "For a Greek seller the third segment of the invoice number (BT-1) must be a non-negative integer, not '" + rt.valueOf(rt.itemAt(v124_0, () => [3n])) + "'."));
  S.cur = 100;
  if (!rt.inStringSet(rt.itemAt(v124_0, () => [4n]), SET4, Q29)) out.push(rt.finding(ROWS[100], c, "For a Greek seller the fourth segment of the invoice number (BT-1) must be a Greek document type (1.1, 1.6, 2.1, 2.4, 5.1 or 5.2), not '" + rt.valueOf(rt.itemAt(v124_0, () => [4n])) + "'."));
  S.cur = 101;
  if (!(rt.stringLength(rt.strArg(rt.itemAt(v124_0, () => [5n]), "string-length")) > 0)) out.push(rt.finding(ROWS[101], c, "For a Greek seller the fifth segment of the invoice number (BT-1) must not be empty."));
  S.cur = 102;
  if (!(rt.stringLength(rt.strArg(rt.itemAt(v124_0, () => [6n]), "string-length")) > 0)) out.push(rt.finding(ROWS[102], c, "For a Greek seller the sixth segment of the invoice number (BT-1) must not be empty."));
}

function step226(n, S) {
  if (n.kind !== "element" || n.local !== "AccountingSupplierParty" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  const c = n;
  if (!global28(S)) return false;
  return n.parent !== null;
}

function step227(n, S) {
  if (n.kind !== "element" || n.local !== "Party" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null && step226(n.parent, S);
}

function match68(n, S) { return (n.parent?.local === "AccountingSupplierParty" && n.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" && step227(n, S)); }

function fire68(c, S, out) {
  let t117, t118, t119, t120;
  S.cur = 103;
  if (!(rt.stringLength(rt.strArg((t118 ??= rt.childOfNodes((t117 ??= rt.child(c, N90)), N91)), "string-length")) > 0)) out.push(rt.finding(ROWS[103], c, "A Greek seller must give its full registered name as seller trading name (BT-28)."));
  S.cur = 104;
  if (!rt.ebv(fn21(S, rt.pathMap((t120 ??= rt.childOfNodes((t119 ??= rt.stepOne(c, "child", N10, [(c, p, z) => (rt.normalizeSpace(rt.strArg(rt.childOfNodes(rt.child(c, N11), N12), "normalize-space")) === "VAT")])), N9)), (c, p, z) => [rt.string([c])])))) out.push(rt.finding(ROWS[104], c, "A Greek seller should give exactly one seller VAT identifier (BT-31): 'EL' and a valid TIN; found '" + rt.valueOf((t120 ??= rt.childOfNodes((t119 ??= rt.stepOne(c, "child", N10, [(c, p, z) => (rt.normalizeSpace(rt.strArg(rt.childOfNodes(rt.child(c, N11), N12), "normalize-space")) === "VAT")])), N9))) + "'."));
}

function step228(n, S) {
  if (n.kind !== "element" || n.local !== "AccountingSupplierParty" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  const c = n;
  if (!global28(S)) return false;
  return n.parent !== null;
}

function step229(n, S) {
  if (n.kind !== "element" || n.local !== "Party" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null && step228(n.parent, S);
}

function step230(n, S) {
  if (n.kind !== "element" || n.local !== "PartyTaxScheme" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  const c = n;
  if (!(rt.normalizeSpace(rt.strArg(rt.childOfNodes(rt.child(c, N11), N12), "normalize-space")) === "VAT")) return false;
  return n.parent !== null && step229(n.parent, S);
}

function step231(n, S) {
  if (n.kind !== "element" || n.local !== "CompanyID" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2") return false;
  return n.parent !== null && step230(n.parent, S);
}

function match69(n, S) { return (n.parent?.local === "PartyTaxScheme" && n.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" && n.parent.parent?.local === "Party" && n.parent.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" && n.parent.parent.parent?.local === "AccountingSupplierParty" && n.parent.parent.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" && step231(n, S)); }

function fire69(c, S, out) {
  S.cur = 105;
  if (!rt.ebv(fn21(S, [rt.string([c])]))) out.push(rt.finding(ROWS[105], c, "The seller VAT identifier (BT-31) of a Greek seller must be 'EL' and a valid TIN, not '" + rt.valueOf([c]) + "'."));
}

function step232(n, S) {
  if (!rt.testNode(N0, n)) return false;
  if (n.kind === "attribute" || n.kind === "document") return false;
  const c = n;
  if (!(global28(S) && global30(S))) return false;
  return n.parent !== null && n.parent.kind === "document";
}

function match70(n, S) { return (n.parent?.kind === "document" && step232(n, S)); }

function fire70(c, S, out) {
  let t121, t122;
  const v126_0 = (t121 ??= rt.stepOne(c, "child", N15, [(c, p, z) => rt.childValueIs(c, N92, "##M.AR.K##", true)])).length;
  const v127_0 = (t122 ??= rt.stepOne(c, "child", N15, [(c, p, z) => rt.childValueIs(c, N92, "##INVOICE|URL##", true)])).length;
  S.cur = 106;
  if (!(v126_0 === 1)) out.push(rt.finding(ROWS[106], c, "For a Greek seller there must be exactly one supporting document (BG-24) with description (BT-123) '##M.AR.K##' (the MARK number); found " + rt.valueOf([BigInt(v126_0)]) + "."));
  S.cur = 107;
  if (!(v127_0 === 1)) out.push(rt.finding(ROWS[107], c, "For a Greek seller there should be one supporting document (BG-24) with description (BT-123) '##INVOICE|URL##' (the invoice URL); found " + rt.valueOf([BigInt(v127_0)]) + "."));
  S.cur = 108;
  if (!(v127_0 <= 1)) out.push(rt.finding(ROWS[108], c, "For a Greek seller there must be at most one supporting document (BG-24) with description (BT-123) '##INVOICE|URL##'; found " + rt.valueOf([BigInt(v127_0)]) + "."));
}

function step233(n, S) {
  if (n.kind !== "element" || n.local !== "AdditionalDocumentReference" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  const c = n;
  if (!(global28(S) && global30(S))) return false;
  if (!rt.childValueIs(c, N92, "##M.AR.K##", true)) return false;
  return n.parent !== null;
}

function step234(n, S) {
  if (n.kind !== "element" || n.local !== "ID" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2") return false;
  return n.parent !== null && step233(n.parent, S);
}

function match71(n, S) { return (n.parent?.local === "AdditionalDocumentReference" && n.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" && step234(n, S)); }

function fire71(c, S, out) {
  S.cur = 109;
  if (!rt.matches(rt.strItem(c, "matches"), RE26)) out.push(rt.finding(ROWS[109], c, "For a Greek seller the MARK number (BT-122 of the '##M.AR.K##' document) must be a positive integer, not '" + rt.valueOf([c]) + "'."));
}

function step235(n, S) {
  if (n.kind !== "element" || n.local !== "AdditionalDocumentReference" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  const c = n;
  if (!global28(S)) return false;
  if (!rt.childValueIs(c, N92, "##INVOICE|URL##", true)) return false;
  return n.parent !== null;
}

function match72(n, S) { return step235(n, S); }

function fire72(c, S, out) {
  let t123, t124, t125;
  S.cur = 110;
  if (!!rt.isBlank(rt.strArg((t125 ??= rt.childOfNodes((t124 ??= rt.childOfNodes((t123 ??= rt.child(c, N93)), N94)), N95)), "normalize-space"))) out.push(rt.finding(ROWS[110], c, "For a Greek seller the '##INVOICE|URL##' supporting document (BG-24) must give the external document location (BT-124)."));
}

function step236(n, S) {
  if (n.kind !== "element" || n.local !== "AccountingCustomerParty" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  const c = n;
  if (!global28(S)) return false;
  return n.parent !== null;
}

function step237(n, S) {
  if (n.kind !== "element" || n.local !== "Party" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null && step236(n.parent, S);
}

function match73(n, S) { return (n.parent?.local === "AccountingCustomerParty" && n.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" && step237(n, S)); }

function fire73(c, S, out) {
  let t126, t127;
  S.cur = 111;
  if (!(rt.stringLength(rt.strArg((t127 ??= rt.childOfNodes((t126 ??= rt.child(c, N90)), N91)), "string-length")) > 0)) out.push(rt.finding(ROWS[111], c, "A Greek seller must give the buyer's full name as buyer trading name (BT-45)."));
}

function step238(n, S) {
  if (n.kind !== "element" || n.local !== "AccountingSupplierParty" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null;
}

function step239(n, S) {
  if (n.kind !== "element" || n.local !== "Party" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  const c = n;
  if (!rt.generalCompare("eq", global29(S), Q28)) return false;
  return n.parent !== null && step238(n.parent, S);
}

function step240(n, S) {
  if (n.kind !== "element" || n.local !== "EndpointID" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2") return false;
  return n.parent !== null && step239(n.parent, S);
}

function match74(n, S) { return (n.parent?.local === "Party" && n.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" && n.parent.parent?.local === "AccountingSupplierParty" && n.parent.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" && step240(n, S)); }

function fire74(c, S, out) {
  let t128;
  S.cur = 112;
  if (!(rt.attributeValueIs(c, N51, "9933", true) && rt.ebv(fn20(S, [rt.string([c])])))) out.push(rt.finding(ROWS[112], c, "A Greek seller's electronic address (BT-34) must be its TIN with scheme 9933, not '" + rt.valueOf([c]) + "' with scheme '" + rt.valueOf((t128 ??= rt.stepOne(c, "attribute", N51, null))) + "'."));
}

function global32(S) {
  const m = S.D.memo;
  if (m[55] === undefined) {
    const c = S.D.doc;
    m[55] = (rt.generalCompare("eq", global13(S), Q28) && rt.generalCompare("eq", global15(S), Q28));
  }
  return m[55];
}

function step241(n, S) {
  if (n.kind !== "element" || n.local !== "AccountingCustomerParty" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  const c = n;
  if (!global32(S)) return false;
  return n.parent !== null;
}

function step242(n, S) {
  if (n.kind !== "element" || n.local !== "Party" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null && step241(n.parent, S);
}

function match75(n, S) { return (n.parent?.local === "AccountingCustomerParty" && n.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" && step242(n, S)); }

function fire75(c, S, out) {
  let t129, t130;
  S.cur = 113;
  if (!rt.ebv(fn21(S, rt.pathMap((t130 ??= rt.childOfNodes((t129 ??= rt.stepOne(c, "child", N10, [(c, p, z) => (rt.normalizeSpace(rt.strArg(rt.childOfNodes(rt.child(c, N11), N12), "normalize-space")) === "VAT")])), N9)), (c, p, z) => [rt.string([c])])))) out.push(rt.finding(ROWS[113], c, "Between Greek parties the buyer must have exactly one buyer VAT identifier (BT-48): 'EL' and a valid TIN; found '" + rt.valueOf((t130 ??= rt.childOfNodes((t129 ??= rt.stepOne(c, "child", N10, [(c, p, z) => (rt.normalizeSpace(rt.strArg(rt.childOfNodes(rt.child(c, N11), N12), "normalize-space")) === "VAT")])), N9))) + "'."));
}

function step243(n, S) {
  if (n.kind !== "element" || n.local !== "AccountingCustomerParty" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  const c = n;
  if (!global32(S)) return false;
  return n.parent !== null;
}

function step244(n, S) {
  if (n.kind !== "element" || n.local !== "Party" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null && step243(n.parent, S);
}

function step245(n, S) {
  if (n.kind !== "element" || n.local !== "EndpointID" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2") return false;
  return n.parent !== null && step244(n.parent, S);
}

function match76(n, S) { return (n.parent?.local === "Party" && n.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" && n.parent.parent?.local === "AccountingCustomerParty" && n.parent.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" && step245(n, S)); }

function fire76(c, S, out) {
  let t131;
  S.cur = 114;
  if (!(rt.attributeValueIs(c, N51, "9933", true) && rt.ebv(fn20(S, [rt.string([c])])))) out.push(rt.finding(ROWS[114], c, "Between Greek parties the buyer electronic address (BT-49) must be the buyer's TIN with scheme 9933, not '" + rt.valueOf([c]) + "' with scheme '" + rt.valueOf((t131 ??= rt.stepOne(c, "attribute", N51, null))) + "'."));
}

function global33(S) {
  const m = S.D.memo;
  if (m[56] === undefined) {
    const c = S.D.doc;
    m[56] = global16(S);
  }
  return m[56];
}

function global34(S) {
  const m = S.D.memo;
  if (m[57] === undefined) {
    const c = S.D.doc;
    m[57] = global17(S);
  }
  return m[57];
}

function step246(n, S) {
  if (n.kind !== "element" || n.local !== "Invoice" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2") return false;
  const c = n;
  if (!rt.generalCompare1("eq", global33(S), "IS")) return false;
  return n.parent !== null;
}

function step247(n, S) {
  if (n.kind !== "element" || n.local !== "CreditNote" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2") return false;
  const c = n;
  if (!rt.generalCompare1("eq", global33(S), "IS")) return false;
  return n.parent !== null;
}

function match77(n, S) { return step246(n, S) || step247(n, S); }

function fire77(c, S, out) {
  let t132, t133, t134, t135, t136, t137, t138, t139, t140, t143, t144, t145, t146, t147, t148, t149, t150;
  const v131_0 = (t132 ??= rt.stepOne(c, "child", N15, [(c, p, z) => rt.childValueIs(c, N92, "EINDAGI", true)]));
  S.cur = 115;
  if (!rt.generalCompare("eq", rt.pathMap(rt.union((t133 ??= rt.child(c, N71)), (t134 ??= rt.child(c, N72))), (c, p, z) => [rt.normalizeSpace(rt.strItem(c, "normalize-space"))]), Q30)) out.push(rt.finding(ROWS[115], c, "An Icelandic seller should use invoice type code (BT-3) 380 or 381, not '" + rt.valueOf(rt.union((t133 ??= rt.child(c, N71)), (t134 ??= rt.child(c, N72)))) + "'."));
  S.cur = 116;
  if (!rt.generalCompare1("eq", (t139 ??= rt.stepNodes((t138 ??= rt.childOfNodes((t137 ??= rt.childOfNodes((t136 ??= rt.childOfNodes((t135 ??= rt.child(c, N2)), N3)), N73)), N9)), "attribute", N51, null)), "0196")) out.push(rt.finding(ROWS[116], c, "An Icelandic seller must give its kennitala as seller legal registration identifier (BT-30) with scheme 0196."));
  S.cur = 117;
  if (!((S.D.hasNamePath(P37) && rt.anyOnAxisSeq((t140 ??= rt.childOfNodes((t136 ??= rt.childOfNodes((t135 ??= rt.child(c, N2)), N3)), N4)), "child", N85)) && (S.D.hasNamePath(P38) && rt.anyOnAxisSeq((t140 ??= rt.childOfNodes((t136 ??= rt.childOfNodes((t135 ??= rt.child(c, N2)), N3)), N4)), "child", N87)))) out.push(rt.finding(ROWS[117], c, "An Icelandic seller must give the seller address line 1 (BT-35) and post code (BT-38)."));
  S.cur = 118;
  if (!(t143 ??= rt.stepOne(c, "child", N36, [(c, p, z) => rt.childValueIs(c, N37, "9", true)])).every((v132_0) => (rt.stringLength(rt.normalizeSpace(rt.strArg(rt.childOfNodes(rt.child(rt.requireNode(v132_0), N75), N12), "normalize-space"))) === 12))) out.push(rt.finding(ROWS[118], c, "An Icelandic seller using payment means type code 9 (BT-81) must give a 12-digit payment account identifier (BT-84), not '" + rt.valueOf((t145 ??= rt.childOfNodes((t144 ??= rt.childOfNodes((t143 ??= rt.stepOne(c, "child", N36, [(c, p, z) => rt.childValueIs(c, N37, "9", true)])), N75)), N12))) + "'."));
  S.cur = 119;
  if (!(t146 ??= rt.stepOne(c, "child", N36, [(c, p, z) => rt.childValueIs(c, N37, "42", true)])).every((v133_0) => (rt.stringLength(rt.normalizeSpace(rt.strArg(rt.childOfNodes(rt.child(rt.requireNode(v133_0), N75), N12), "normalize-space"))) === 12))) out.push(rt.finding(ROWS[119], c, "An Icelandic seller using payment means type code 42 (BT-81) must give a 12-digit payment account identifier (BT-84), not '" + rt.valueOf((t148 ??= rt.childOfNodes((t147 ??= rt.childOfNodes((t146 ??= rt.stepOne(c, "child", N36, [(c, p, z) => rt.childValueIs(c, N37, "42", true)])), N75)), N12))) + "'."));
  S.cur = 120;
  if (!((v131_0.length === 0) || ((rt.stringLength(rt.string((t149 ??= rt.childOfNodes(v131_0, N12)))) === 10) && rt.castableSeq([rt.string((t149 ??= rt.childOfNodes(v131_0, N12)))], "date", false)))) out.push(rt.finding(ROWS[120], c, "An Icelandic seller's EINDAGI supporting document reference (BT-122) must be a date written YYYY-MM-DD, not '" + rt.valueOf((t149 ??= rt.childOfNodes(v131_0, N12))) + "'."));
  S.cur = 121;
  if (!((v131_0.length === 0) || rt.anyOnAxis(c, "child", N66))) out.push(rt.finding(ROWS[121], c, "An Icelandic invoice with an EINDAGI supporting document (BT-122) must also give the payment due date (BT-9)."));
  S.cur = 122;
  if (!((v131_0.length === 0) || rt.generalCompare("le", rt.pathMap((t150 ??= rt.child(c, N66)), (c, p, z) => [rt.string([c])]), rt.pathMap((t149 ??= rt.childOfNodes(v131_0, N12)), (c, p, z) => [rt.string([c])])))) out.push(rt.finding(ROWS[122], c, "An Icelandic seller's EINDAGI date (BT-122) '" + rt.valueOf((t149 ??= rt.childOfNodes(v131_0, N12))) + "' must not be before the payment due date (BT-9) '" + rt.valueOf((t150 ??= rt.child(c, N66))) + "'."));
}

function step248(n, S) {
  if (!rt.testNode(N0, n)) return false;
  if (n.kind === "attribute" || n.kind === "document") return false;
  return n.parent !== null && n.parent.kind === "document";
}

function step249(n, S) {
  if (n.kind !== "element" || n.local !== "AccountingCustomerParty" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  const c = n;
  if (!(rt.generalCompare1("eq", global33(S), "IS") && rt.generalCompare1("eq", global34(S), "IS"))) return false;
  return n.parent !== null && step248(n.parent, S);
}

function match78(n, S) { return step249(n, S); }

function fire78(c, S, out) {
  let t151, t152, t153, t154, t155;
  S.cur = 123;
  if (!rt.generalCompare1("eq", (t154 ??= rt.stepNodes((t153 ??= rt.childOfNodes((t152 ??= rt.childOfNodes((t151 ??= rt.child(c, N3)), N73)), N9)), "attribute", N51, null)), "0196")) out.push(rt.finding(ROWS[123], c, "Between Icelandic parties the buyer's kennitala must be given as buyer legal registration identifier (BT-47) with scheme 0196."));
  S.cur = 124;
  if (!((S.D.hasNamePath(P41) && rt.anyOnAxisSeq((t155 ??= rt.childOfNodes((t151 ??= rt.child(c, N3)), N4)), "child", N85)) && (S.D.hasNamePath(P42) && rt.anyOnAxisSeq((t155 ??= rt.childOfNodes((t151 ??= rt.child(c, N3)), N4)), "child", N87)))) out.push(rt.finding(ROWS[124], c, "Between Icelandic parties the buyer address line 1 (BT-50) and buyer post code (BT-53) must be given."));
}

function global35(S) {
  const m = S.D.memo;
  if (m[58] === undefined) {
    const c = S.D.doc;
    m[58] = rt.generalCompare1("eq", global18(S), "NL");
  }
  return m[58];
}

function global36(S) {
  const m = S.D.memo;
  if (m[59] === undefined) {
    const c = S.D.doc;
    m[59] = rt.generalCompare1("eq", global19(S), "NL");
  }
  return m[59];
}

function global37(S) {
  const m = S.D.memo;
  if (m[61] === undefined) {
    const c = S.D.doc;
    m[61] = (S.D.memo[60] !== undefined ? S.D.memo[60] : (S.D.memo[60] = rt.generalCompare1("eq", fn14(S, (S.D.memo[51] !== undefined ? S.D.memo[51] : (S.D.memo[51] = rt.childOfNodes(rt.child(rt.requireNode(rt.rootOf(rt.requireNode(c))), N0), N13)))), "NL")));
  }
  return m[61];
}

function step250(n, S) {
  if (n.kind !== "element" || n.local !== "CreditNoteTypeCode" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2") return false;
  const c = n;
  if (!global35(S)) return false;
  return n.parent !== null;
}

function match79(n, S) { return step250(n, S); }

function fire79(c, S, out) {
  S.cur = 125;
  if (!(S.D.memo[63] !== undefined ? S.D.memo[63] : (S.D.memo[63] = ((S.D.memo[62] !== undefined ? S.D.memo[62] : (S.D.memo[62] = rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(rt.child(rt.requireNode(rt.rootOf(rt.requireNode(c))), N0), N96), N97), N12))).length > 0)))) out.push(rt.finding(ROWS[125], c, "A credit note from a Dutch seller must refer to the invoice it corrects: preceding invoice reference (BT-25) is missing."));
}

function step251(n, S) {
  if (n.kind !== "element" || n.local !== "AccountingSupplierParty" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null;
}

function step252(n, S) {
  if (n.kind !== "element" || n.local !== "Party" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null && step251(n.parent, S);
}

function step253(n, S) {
  if (n.kind !== "element" || n.local !== "PostalAddress" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  const c = n;
  if (!global35(S)) return false;
  return n.parent !== null && step252(n.parent, S);
}

function match80(n, S) { return (n.parent?.local === "Party" && n.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" && n.parent.parent?.local === "AccountingSupplierParty" && n.parent.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" && step253(n, S)); }

function fire80(c, S, out) {
  S.cur = 126;
  if (!((rt.anyOnAxis(c, "child", N85) && rt.anyOnAxis(c, "child", N86)) && rt.anyOnAxis(c, "child", N87))) out.push(rt.finding(ROWS[126], c, "A Dutch seller address (BG-5) must give address line 1 (BT-35), city (BT-37) and post code (BT-38)."));
}

function step254(n, S) {
  if (n.kind !== "element" || n.local !== "AccountingSupplierParty" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null;
}

function step255(n, S) {
  if (n.kind !== "element" || n.local !== "Party" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null && step254(n.parent, S);
}

function step256(n, S) {
  if (n.kind !== "element" || n.local !== "PartyLegalEntity" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null && step255(n.parent, S);
}

function step257(n, S) {
  if (n.kind !== "element" || n.local !== "CompanyID" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2") return false;
  const c = n;
  if (!global35(S)) return false;
  return n.parent !== null && step256(n.parent, S);
}

function match81(n, S) { return (n.parent?.local === "PartyLegalEntity" && n.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" && n.parent.parent?.local === "Party" && n.parent.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" && n.parent.parent.parent?.local === "AccountingSupplierParty" && n.parent.parent.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" && step257(n, S)); }

function fire81(c, S, out) {
  let t161;
  S.cur = 127;
  if (!(rt.generalCompare("eq", rt.tokenize(rt.string((t161 ??= rt.stepOne(c, "attribute", N51, null))), RE27), Q31) && !rt.isBlank(rt.strItem(c, "normalize-space")))) out.push(rt.finding(ROWS[127], c, "The seller legal registration identifier (BT-30) of a Dutch seller must be a KVK or OIN number (scheme 0106 or 0190), not '" + rt.valueOf([c]) + "' with scheme '" + rt.valueOf((t161 ??= rt.stepOne(c, "attribute", N51, null))) + "'."));
}

function step258(n, S) {
  if (n.kind !== "element" || n.local !== "AccountingCustomerParty" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null;
}

function step259(n, S) {
  if (n.kind !== "element" || n.local !== "Party" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null && step258(n.parent, S);
}

function step260(n, S) {
  if (n.kind !== "element" || n.local !== "PostalAddress" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  const c = n;
  if (!(global35(S) && global36(S))) return false;
  return n.parent !== null && step259(n.parent, S);
}

function match82(n, S) { return (n.parent?.local === "Party" && n.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" && n.parent.parent?.local === "AccountingCustomerParty" && n.parent.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" && step260(n, S)); }

function fire82(c, S, out) {
  S.cur = 128;
  if (!((rt.anyOnAxis(c, "child", N85) && rt.anyOnAxis(c, "child", N86)) && rt.anyOnAxis(c, "child", N87))) out.push(rt.finding(ROWS[128], c, "Between Dutch parties the buyer address (BG-8) must give address line 1 (BT-50), city (BT-52) and post code (BT-53)."));
}

function step261(n, S) {
  if (n.kind !== "element" || n.local !== "AccountingCustomerParty" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null;
}

function step262(n, S) {
  if (n.kind !== "element" || n.local !== "Party" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null && step261(n.parent, S);
}

function step263(n, S) {
  if (n.kind !== "element" || n.local !== "PartyLegalEntity" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null && step262(n.parent, S);
}

function step264(n, S) {
  if (n.kind !== "element" || n.local !== "CompanyID" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2") return false;
  const c = n;
  if (!(global35(S) && global36(S))) return false;
  return n.parent !== null && step263(n.parent, S);
}

function match83(n, S) { return (n.parent?.local === "PartyLegalEntity" && n.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" && n.parent.parent?.local === "Party" && n.parent.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" && n.parent.parent.parent?.local === "AccountingCustomerParty" && n.parent.parent.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" && step264(n, S)); }

function fire83(c, S, out) {
  let t165;
  S.cur = 129;
  if (!(rt.generalCompare("eq", rt.tokenize(rt.string((t165 ??= rt.stepOne(c, "attribute", N51, null))), RE27), Q31) && !rt.isBlank(rt.strItem(c, "normalize-space")))) out.push(rt.finding(ROWS[129], c, "Between Dutch parties the buyer legal registration identifier (BT-47) must be a KVK or OIN number (scheme 0106 or 0190), not '" + rt.valueOf([c]) + "' with scheme '" + rt.valueOf((t165 ??= rt.stepOne(c, "attribute", N51, null))) + "'."));
}

function step265(n, S) {
  if (n.kind !== "element" || n.local !== "TaxRepresentativeParty" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null;
}

function step266(n, S) {
  if (n.kind !== "element" || n.local !== "PostalAddress" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  const c = n;
  if (!(global35(S) && global37(S))) return false;
  return n.parent !== null && step265(n.parent, S);
}

function match84(n, S) { return (n.parent?.local === "TaxRepresentativeParty" && n.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" && step266(n, S)); }

function fire84(c, S, out) {
  S.cur = 130;
  if (!((rt.anyOnAxis(c, "child", N85) && rt.anyOnAxis(c, "child", N86)) && rt.anyOnAxis(c, "child", N87))) out.push(rt.finding(ROWS[130], c, "For a Dutch seller with a Dutch tax representative, the representative's address (BG-12) must give address line 1 (BT-64), city (BT-66) and post code (BT-67)."));
}

function step267(n, S) {
  if (n.kind !== "element" || n.local !== "LegalMonetaryTotal" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  const c = n;
  if (!global35(S)) return false;
  return n.parent !== null;
}

function match85(n, S) { return step267(n, S); }

function fire85(c, S, out) {
  let t169;
  S.cur = 131;
  if (!((S.D.memo[65] !== undefined ? S.D.memo[65] : (S.D.memo[65] = ((S.D.memo[64] !== undefined ? S.D.memo[64] : (S.D.memo[64] = rt.descendantsByName(S.D, c, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "PaymentMeans"))).length > 0))) || rt.ebv((!rt.castableSeq((t169 ??= rt.child(c, N64)), "decimal", false) ? [false] : ((S.D.memo[32] !== undefined ? S.D.memo[32] : (S.D.memo[32] = ((S.D.memo[31] !== undefined ? S.D.memo[31] : (S.D.memo[31] = rt.child(rt.requireNode(rt.rootOf(rt.requireNode(c))), N14))).length > 0))) ? rt.optBool(rt.valueCompare("ge", rt.castSeq((t169 ??= rt.child(c, N64)), "decimal", true), [0n])) : [((S.D.memo[66] !== undefined ? S.D.memo[66] : (S.D.memo[66] = ((S.D.memo[26] !== undefined ? S.D.memo[26] : (S.D.memo[26] = rt.child(rt.requireNode(rt.rootOf(rt.requireNode(c))), N17))).length > 0))) && rt.ebv(rt.optBool(rt.valueCompare("le", rt.castSeq((t169 ??= rt.child(c, N64)), "decimal", true), [0n]))))]))))) out.push(rt.finding(ROWS[131], c, "A Dutch seller must give payment instructions (BG-16) when the buyer has to pay (amount due for payment, BT-115, is " + rt.valueOf((t169 ??= rt.child(c, N64))) + ")."));
}

function step268(n, S) {
  if (n.kind !== "element" || n.local !== "PaymentMeans" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  const c = n;
  if (!(global35(S) && global36(S))) return false;
  return n.parent !== null;
}

function match86(n, S) { return step268(n, S); }

function fire86(c, S, out) {
  let t170;
  S.cur = 132;
  if (!rt.inStringSet([rt.normalizeSpace(rt.strArg((t170 ??= rt.child(c, N37)), "normalize-space"))], SET5, Q32)) out.push(rt.finding(ROWS[132], c, "Between Dutch parties the payment means type code (BT-81) must be 30, 48, 49, 57, 58 or 59, not '" + rt.valueOf((t170 ??= rt.child(c, N37))) + "'."));
}

function step269(n, S) {
  if (n.kind !== "element" || n.local !== "OrderLineReference" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null;
}

function step270(n, S) {
  if (n.kind !== "element" || n.local !== "LineID" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2") return false;
  const c = n;
  if (!global35(S)) return false;
  return n.parent !== null && step269(n.parent, S);
}

function match87(n, S) { return (n.parent?.local === "OrderLineReference" && n.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" && step270(n, S)); }

function fire87(c, S, out) {
  S.cur = 133;
  if (!(S.D.memo[68] !== undefined ? S.D.memo[68] : (S.D.memo[68] = ((S.D.memo[67] !== undefined ? S.D.memo[67] : (S.D.memo[67] = rt.childOfNodes(rt.childOfNodes(rt.child(rt.requireNode(rt.rootOf(rt.requireNode(c))), N0), N21), N12))).length > 0)))) out.push(rt.finding(ROWS[133], c, "A Dutch seller that references a purchase order line (BT-132) must also give the purchase order reference (BT-13)."));
}

function global38(S) {
  const m = S.D.memo;
  if (m[69] === undefined) {
    const c = S.D.doc;
    m[69] = (rt.generalCompare1("eq", global18(S), "DE") && rt.generalCompare1("eq", global19(S), "DE"));
  }
  return m[69];
}

function step271(n, S) {
  if (!rt.testNode(N0, n)) return false;
  if (n.kind === "attribute" || n.kind === "document") return false;
  const c = n;
  if (!global38(S)) return false;
  return n.parent !== null && n.parent.kind === "document";
}

function match88(n, S) { return (n.parent?.kind === "document" && step271(n, S)); }

function fire88(c, S, out) {
  let t171, t172, t173, t174, t175, t176, t177, t178, t179, t180, t181, t182, t183, t185, t186, t187, t188, t189, t190, t191, t193, t194, t195;
  const v138_0 = [...(t173 ??= rt.childOfNodes((t172 ??= rt.childOfNodes((t171 ??= rt.stepOne(c, "child", N29, [(c, p, z) => rt.generalCompare("eq", rt.child(c, N35), Q11)])), N69)), N12)), ...rt.childOfNodes(rt.childOfNodes(rt.step(rt.union((t174 ??= rt.child(c, N32)), (t175 ??= rt.child(c, N33))), "child", N79, null), N88), N12)];
  const v139_0 = (t179 ??= rt.stepNodes((t178 ??= rt.childOfNodes((t177 ??= rt.childOfNodes((t176 ??= rt.child(c, N15)), N93)), N53)), "attribute", N100, null));
  const v140_0 = rt.pathMap(rt.union((t180 ??= rt.child(c, N71)), (t181 ??= rt.child(c, N72))), (c, p, z) => [rt.normalizeSpace(rt.strItem(c, "normalize-space"))]);
  S.cur = 134;
  if (!rt.anyOnAxis(c, "child", N36)) out.push(rt.finding(ROWS[134], c, "Between German parties the invoice must contain payment instructions (BG-16)."));
  S.cur = 135;
  if (!((t183 ??= rt.stepOne(c, "child", N20, [(c, p, z) => !rt.isBlank(rt.strItem(c, "normalize-space"))])).length > 0)) out.push(rt.finding(ROWS[135], c, "Between German parties the buyer reference (BT-10) must be given."));
  S.cur = 136;
  if (!((!rt.inStringSet(v138_0, SET6, Q33) || rt.anyOnAxis(c, "child", N13)) || ((t188 ??= rt.stepNodes((t187 ??= rt.childOfNodes((t186 ??= rt.childOfNodes((t185 ??= rt.child(c, N2)), N3)), N10)), "child", N9, [(c, p, z) => !rt.isBlank(rt.strItem(c, "normalize-space"))])).length > 0))) out.push(rt.finding(ROWS[136], c, "Between German parties, when VAT category code S, Z, E, AE, K, G, L or M is used (BT-95, BT-102, BT-151), the seller VAT identifier (BT-31), the seller tax registration identifier (BT-32) or a seller tax representative (BG-11) must be given."));
  S.cur = 137;
  if (!rt.inStringSet(v140_0, SET7, Q34)) out.push(rt.finding(ROWS[137], c, "Between German parties the invoice type code (BT-3) should be 326, 380, 381, 384, 389, 875, 876 or 877, not '" + rt.valueOf(v140_0) + "'."));
  S.cur = 138;
  if (!(t190 ??= rt.stepNodes((t189 ??= rt.child(c, N101)), "child", N19, [(c, p, z) => rt.posEq([1n], p)])).every((v141_0) => rt.ebv(fn24(S, [rt.string([v141_0])])))) out.push(rt.finding(ROWS[138], c, "Between German parties each cash discount line in the payment terms (BT-20) must read #SKONTO#TAGE=n#PROZENT=n.nn# (optionally with #BASISBETRAG=n.nn before the final #), in capitals, without extra blanks, and end with a line break."));
  S.cur = 139;
  if (!(rt.distinctValues(v139_0).length === v139_0.length)) out.push(rt.finding(ROWS[139], c, "Between German parties each attached document (BT-125) must have its own file name; given: " + rt.valueOf([rt.stringJoin(v139_0, ", ")]) + "."));
  S.cur = 140;
  if (!(!rt.generalCompare1("eq", v140_0, "384") || (S.D.hasNamePath(P46) && rt.anyOnAxisSeq((t191 ??= rt.child(c, N96)), "child", N97)))) out.push(rt.finding(ROWS[140], c, "Between German parties a corrected invoice (BT-3 = 384) should give a preceding invoice reference (BG-3)."));
  S.cur = 141;
  if (!(!(S.D.hasNamePath(P47) && rt.anyOnAxisSeq((t182 ??= rt.child(c, N36)), "child", N38)) || (rt.stepNodes(rt.step(rt.union((t186 ??= rt.childOfNodes((t185 ??= rt.child(c, N2)), N3)), (t194 ??= rt.child(c, N102))), "child", N52, null), "child", N12, [(c, p, z) => rt.attributeValueIs(c, N51, "SEPA", true)]).length > 0))) out.push(rt.finding(ROWS[141], c, "Between German parties direct debit (BG-19) needs the bank assigned creditor identifier (BT-90, scheme SEPA)."));
  S.cur = 142;
  if (!(!(S.D.hasNamePath(P47) && rt.anyOnAxisSeq((t182 ??= rt.child(c, N36)), "child", N38)) || (S.D.hasNamePath(P48) && rt.anyOnAxisSeq((t195 ??= rt.childOfNodes((t193 ??= rt.childOfNodes((t182 ??= rt.child(c, N36)), N38)), N77)), "child", N12)))) out.push(rt.finding(ROWS[142], c, "Between German parties direct debit (BG-19) needs the debited account identifier (BT-91)."));
}

function step272(n, S) {
  if (!rt.testNode(N0, n)) return false;
  if (n.kind === "attribute" || n.kind === "document") return false;
  const c = n;
  if (!global38(S)) return false;
  return n.parent !== null && n.parent.kind === "document";
}

function step273(n, S) {
  if (n.kind !== "element" || n.local !== "AdditionalDocumentReference" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null && step272(n.parent, S);
}

function step274(n, S) {
  if (n.kind !== "element" || n.local !== "Attachment" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null && step273(n.parent, S);
}

function step275(n, S) {
  if (n.kind !== "element" || n.local !== "ExternalReference" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null && step274(n.parent, S);
}

function match89(n, S) { return (n.parent?.local === "Attachment" && n.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" && n.parent.parent?.local === "AdditionalDocumentReference" && n.parent.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" && step275(n, S)); }

function fire89(c, S, out) {
  let t197;
  S.cur = 143;
  if (!rt.matches(rt.strArg((t197 ??= rt.child(c, N95)), "matches"), RE28)) out.push(rt.finding(ROWS[143], c, "Between German parties the external document location (BT-124) should be an absolute URL with a scheme, not '" + rt.valueOf((t197 ??= rt.child(c, N95))) + "'."));
}

function step276(n, S) {
  if (!rt.testNode(N0, n)) return false;
  if (n.kind === "attribute" || n.kind === "document") return false;
  const c = n;
  if (!global38(S)) return false;
  return n.parent !== null && n.parent.kind === "document";
}

function step277(n, S) {
  if (n.kind !== "element" || n.local !== "AccountingSupplierParty" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null && step276(n.parent, S);
}

function match90(n, S) { return step277(n, S); }

function fire90(c, S, out) {
  let t198;
  S.cur = 144;
  if (!(S.D.hasNamePath(P49) && rt.anyOnAxisSeq((t198 ??= rt.child(c, N3)), "child", N103))) out.push(rt.finding(ROWS[144], c, "Between German parties the seller contact (BG-6) must be given."));
}

function step278(n, S) {
  if (!rt.testNode(N0, n)) return false;
  if (n.kind === "attribute" || n.kind === "document") return false;
  const c = n;
  if (!global38(S)) return false;
  return n.parent !== null && n.parent.kind === "document";
}

function step279(n, S) {
  if (n.kind !== "element" || n.local !== "AccountingSupplierParty" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null && step278(n.parent, S);
}

function step280(n, S) {
  if (n.kind !== "element" || n.local !== "Party" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null && step279(n.parent, S);
}

function step281(n, S) {
  if (n.kind !== "element" || n.local !== "PostalAddress" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null && step280(n.parent, S);
}

function match91(n, S) { return (n.parent?.local === "Party" && n.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" && n.parent.parent?.local === "AccountingSupplierParty" && n.parent.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" && step281(n, S)); }

function fire91(c, S, out) {
  let t200, t201;
  S.cur = 145;
  if (!((t200 ??= rt.stepOne(c, "child", N86, [(c, p, z) => !rt.isBlank(rt.strItem(c, "normalize-space"))])).length > 0)) out.push(rt.finding(ROWS[145], c, "Between German parties the seller city (BT-37) must be given."));
  S.cur = 146;
  if (!((t201 ??= rt.stepOne(c, "child", N87, [(c, p, z) => !rt.isBlank(rt.strItem(c, "normalize-space"))])).length > 0)) out.push(rt.finding(ROWS[146], c, "Between German parties the seller post code (BT-38) must be given."));
}

function step282(n, S) {
  if (!rt.testNode(N0, n)) return false;
  if (n.kind === "attribute" || n.kind === "document") return false;
  const c = n;
  if (!global38(S)) return false;
  return n.parent !== null && n.parent.kind === "document";
}

function step283(n, S) {
  if (n.kind !== "element" || n.local !== "AccountingSupplierParty" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null && step282(n.parent, S);
}

function step284(n, S) {
  if (n.kind !== "element" || n.local !== "Party" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null && step283(n.parent, S);
}

function step285(n, S) {
  if (n.kind !== "element" || n.local !== "Contact" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null && step284(n.parent, S);
}

function match92(n, S) { return (n.parent?.local === "Party" && n.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" && n.parent.parent?.local === "AccountingSupplierParty" && n.parent.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" && step285(n, S)); }

function fire92(c, S, out) {
  let t202, t203, t204;
  const v142_0 = rt.normalizeSpace(rt.strArg((t202 ??= rt.child(c, N104)), "normalize-space"));
  const v143_0 = rt.normalizeSpace(rt.strArg((t203 ??= rt.child(c, N105)), "normalize-space"));
  S.cur = 147;
  if (!((t204 ??= rt.stepOne(c, "child", N91, [(c, p, z) => !rt.isBlank(rt.strItem(c, "normalize-space"))])).length > 0)) out.push(rt.finding(ROWS[147], c, "Between German parties the seller contact point (BT-41) must be given."));
  S.cur = 148;
  if (!(v142_0 !== "")) out.push(rt.finding(ROWS[148], c, "Between German parties the seller contact telephone number (BT-42) must be given."));
  S.cur = 149;
  if (!(v143_0 !== "")) out.push(rt.finding(ROWS[149], c, "Between German parties the seller contact email address (BT-43) must be given."));
  S.cur = 150;
  if (!(rt.stringLength(rt.replace(v142_0, RE29, RP0)) >= 3)) out.push(rt.finding(ROWS[150], c, "Between German parties the seller contact telephone number (BT-42) should contain at least 3 digits, not '" + rt.valueOf([v142_0]) + "'."));
  S.cur = 151;
  if (!rt.matches(v143_0, RE30)) out.push(rt.finding(ROWS[151], c, "Between German parties the seller contact email address (BT-43) should be a single address with one @ and a dotted domain, not '" + rt.valueOf([v143_0]) + "'."));
}

function step286(n, S) {
  if (!rt.testNode(N0, n)) return false;
  if (n.kind === "attribute" || n.kind === "document") return false;
  const c = n;
  if (!global38(S)) return false;
  return n.parent !== null && n.parent.kind === "document";
}

function step287(n, S) {
  if (n.kind !== "element" || n.local !== "AccountingCustomerParty" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null && step286(n.parent, S);
}

function step288(n, S) {
  if (n.kind !== "element" || n.local !== "Party" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null && step287(n.parent, S);
}

function step289(n, S) {
  if (n.kind !== "element" || n.local !== "PostalAddress" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null && step288(n.parent, S);
}

function match93(n, S) { return (n.parent?.local === "Party" && n.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" && n.parent.parent?.local === "AccountingCustomerParty" && n.parent.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" && step289(n, S)); }

function fire93(c, S, out) {
  let t205, t206;
  S.cur = 152;
  if (!((t205 ??= rt.stepOne(c, "child", N86, [(c, p, z) => !rt.isBlank(rt.strItem(c, "normalize-space"))])).length > 0)) out.push(rt.finding(ROWS[152], c, "Between German parties the buyer city (BT-52) must be given."));
  S.cur = 153;
  if (!((t206 ??= rt.stepOne(c, "child", N87, [(c, p, z) => !rt.isBlank(rt.strItem(c, "normalize-space"))])).length > 0)) out.push(rt.finding(ROWS[153], c, "Between German parties the buyer post code (BT-53) must be given."));
}

function step290(n, S) {
  if (!rt.testNode(N0, n)) return false;
  if (n.kind === "attribute" || n.kind === "document") return false;
  const c = n;
  if (!global38(S)) return false;
  return n.parent !== null && n.parent.kind === "document";
}

function step291(n, S) {
  if (n.kind !== "element" || n.local !== "Delivery" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null && step290(n.parent, S);
}

function step292(n, S) {
  if (n.kind !== "element" || n.local !== "DeliveryLocation" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null && step291(n.parent, S);
}

function step293(n, S) {
  if (n.kind !== "element" || n.local !== "Address" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null && step292(n.parent, S);
}

function match94(n, S) { return (n.parent?.local === "DeliveryLocation" && n.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" && n.parent.parent?.local === "Delivery" && n.parent.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" && step293(n, S)); }

function fire94(c, S, out) {
  let t207, t208;
  S.cur = 154;
  if (!((t207 ??= rt.stepOne(c, "child", N86, [(c, p, z) => !rt.isBlank(rt.strItem(c, "normalize-space"))])).length > 0)) out.push(rt.finding(ROWS[154], c, "Between German parties a deliver-to address (BG-15) must give the deliver-to city (BT-77)."));
  S.cur = 155;
  if (!((t208 ??= rt.stepOne(c, "child", N87, [(c, p, z) => !rt.isBlank(rt.strItem(c, "normalize-space"))])).length > 0)) out.push(rt.finding(ROWS[155], c, "Between German parties a deliver-to address (BG-15) must give the deliver-to post code (BT-78)."));
}

function step294(n, S) {
  if (!rt.testNode(N0, n)) return false;
  if (n.kind === "attribute" || n.kind === "document") return false;
  const c = n;
  if (!global38(S)) return false;
  return n.parent !== null && n.parent.kind === "document";
}

function step295(n, S) {
  if (n.kind !== "element" || n.local !== "PaymentMeans" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  const c = n;
  if (!rt.generalCompare("eq", [rt.normalizeSpace(rt.childStr(c, N37, "normalize-space"))], Q35)) return false;
  return n.parent !== null && step294(n.parent, S);
}

function match95(n, S) { return step295(n, S); }

function fire95(c, S, out) {
  let t209, t210, t211;
  S.cur = 156;
  if (!((rt.normalizeSpace(rt.strArg((t209 ??= rt.child(c, N37)), "normalize-space")) !== "58") || rt.ebv(fn23(S, (t211 ??= rt.childOfNodes((t210 ??= rt.child(c, N75)), N12)))))) out.push(rt.finding(ROWS[156], c, "Between German parties, with SEPA credit transfer (BT-81 = 58) the payment account identifier (BT-84) should be a valid IBAN, not '" + rt.valueOf((t211 ??= rt.childOfNodes((t210 ??= rt.child(c, N75)), N12))) + "'."));
  S.cur = 157;
  if (!rt.anyOnAxis(c, "child", N75)) out.push(rt.finding(ROWS[157], c, "Between German parties, credit transfer (BT-81 = " + rt.valueOf([rt.normalizeSpace(rt.strArg((t209 ??= rt.child(c, N37)), "normalize-space"))]) + ") needs the credit transfer group (BG-17)."));
  S.cur = 158;
  if (!(!rt.anyOnAxis(c, "child", N109) && !rt.anyOnAxis(c, "child", N38))) out.push(rt.finding(ROWS[158], c, "Between German parties, with credit transfer (BT-81 = " + rt.valueOf([rt.normalizeSpace(rt.strArg((t209 ??= rt.child(c, N37)), "normalize-space"))]) + ") neither payment card information (BG-18) nor direct debit (BG-19) may be given."));
}

function step296(n, S) {
  if (!rt.testNode(N0, n)) return false;
  if (n.kind === "attribute" || n.kind === "document") return false;
  const c = n;
  if (!global38(S)) return false;
  return n.parent !== null && n.parent.kind === "document";
}

function step297(n, S) {
  if (n.kind !== "element" || n.local !== "PaymentMeans" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  const c = n;
  if (!rt.generalCompare("eq", [rt.normalizeSpace(rt.childStr(c, N37, "normalize-space"))], Q36)) return false;
  return n.parent !== null && step296(n.parent, S);
}

function match96(n, S) { return step297(n, S); }

function fire96(c, S, out) {
  let t215;
  S.cur = 159;
  if (!rt.anyOnAxis(c, "child", N109)) out.push(rt.finding(ROWS[159], c, "Between German parties, card payment (BT-81 = " + rt.valueOf([rt.normalizeSpace(rt.strArg((t215 ??= rt.child(c, N37)), "normalize-space"))]) + ") needs payment card information (BG-18)."));
  S.cur = 160;
  if (!(!rt.anyOnAxis(c, "child", N75) && !rt.anyOnAxis(c, "child", N38))) out.push(rt.finding(ROWS[160], c, "Between German parties, with card payment (BT-81 = " + rt.valueOf([rt.normalizeSpace(rt.strArg((t215 ??= rt.child(c, N37)), "normalize-space"))]) + ") neither credit transfer (BG-17) nor direct debit (BG-19) may be given."));
}

function step298(n, S) {
  if (!rt.testNode(N0, n)) return false;
  if (n.kind === "attribute" || n.kind === "document") return false;
  const c = n;
  if (!global38(S)) return false;
  return n.parent !== null && n.parent.kind === "document";
}

function step299(n, S) {
  if (n.kind !== "element" || n.local !== "PaymentMeans" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  const c = n;
  if (!(rt.normalizeSpace(rt.childStr(c, N37, "normalize-space")) === "59")) return false;
  return n.parent !== null && step298(n.parent, S);
}

function match97(n, S) { return step299(n, S); }

function fire97(c, S, out) {
  let t218, t219, t220;
  S.cur = 161;
  if (!rt.ebv(fn23(S, (t220 ??= rt.childOfNodes((t219 ??= rt.childOfNodes((t218 ??= rt.child(c, N38)), N77)), N12))))) out.push(rt.finding(ROWS[161], c, "Between German parties, with SEPA direct debit (BT-81 = 59) the debited account identifier (BT-91) should be a valid IBAN, not '" + rt.valueOf((t220 ??= rt.childOfNodes((t219 ??= rt.childOfNodes((t218 ??= rt.child(c, N38)), N77)), N12))) + "'."));
  S.cur = 162;
  if (!rt.anyOnAxis(c, "child", N38)) out.push(rt.finding(ROWS[162], c, "Between German parties, direct debit (BT-81 = 59) needs the direct debit group (BG-19)."));
  S.cur = 163;
  if (!(!rt.anyOnAxis(c, "child", N75) && !rt.anyOnAxis(c, "child", N109))) out.push(rt.finding(ROWS[163], c, "Between German parties, with direct debit (BT-81 = 59) neither credit transfer (BG-17) nor payment card information (BG-18) may be given."));
}

function step300(n, S) {
  if (!rt.testNode(N0, n)) return false;
  if (n.kind === "attribute" || n.kind === "document") return false;
  const c = n;
  if (!global38(S)) return false;
  return n.parent !== null && n.parent.kind === "document";
}

function step301(n, S) {
  if (n.kind !== "element" || n.local !== "TaxTotal" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null && step300(n.parent, S);
}

function step302(n, S) {
  if (n.kind !== "element" || n.local !== "TaxSubtotal" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null && step301(n.parent, S);
}

function match98(n, S) { return (n.parent?.local === "TaxTotal" && n.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" && step302(n, S)); }

function fire98(c, S, out) {
  let t223, t224;
  S.cur = 164;
  if (!((t224 ??= rt.stepNodes((t223 ??= rt.child(c, N69)), "child", N89, [(c, p, z) => !rt.isBlank(rt.strItem(c, "normalize-space"))])).length > 0)) out.push(rt.finding(ROWS[164], c, "Between German parties each VAT breakdown (BG-23) must give the VAT category rate (BT-119)."));
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
  { id: "peppol-billing-amount-currency", rules: [
  { keys: [{ kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", local: "Amount" }, { kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", local: "BaseAmount" }, { kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", local: "PriceAmount" }, { kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", local: "TaxAmount", parent: { ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "TaxTotal" } }, { kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", local: "TaxAmount", parent: { ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "TaxSubtotal" } }, { kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", local: "TaxableAmount" }, { kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", local: "LineExtensionAmount" }, { kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", local: "TaxExclusiveAmount" }, { kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", local: "TaxInclusiveAmount" }, { kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", local: "AllowanceTotalAmount" }, { kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", local: "ChargeTotalAmount" }, { kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", local: "PrepaidAmount" }, { kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", local: "PayableRoundingAmount" }, { kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", local: "PayableAmount" }], match: match47, fire: fire47 }
] },
  { id: "peppol-billing-type-codes", rules: [
  { keys: [{ kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", local: "InvoiceTypeCode" }], match: match48, fire: fire48 },
  { keys: [{ kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", local: "CreditNoteTypeCode" }], match: match49, fire: fire49 }
] },
  { id: "peppol-national-no", rules: [
  { keys: [{ kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "Party", parent: { ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "AccountingSupplierParty" } }], match: match50, fire: fire50 }
] },
  { id: "peppol-national-dk", rules: [
  { keys: [{ kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2", local: "Invoice" }, { kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2", local: "CreditNote" }], match: match51, fire: fire51 },
  { keys: [{ kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "PartyIdentification", parent: { ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "Party" } }, { kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "PartyIdentification", parent: { ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "Party" } }], match: match52, fire: fire52 },
  { keys: [{ kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "PaymentMeans", parent: { ns: "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2", local: "Invoice" } }], match: match53, fire: fire53 },
  { keys: [{ kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "Party", parent: { ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "AccountingCustomerParty" } }], match: match54, fire: fire54 },
  { keys: [{ kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "InvoiceLine", parent: { ns: "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2", local: "Invoice" } }, { kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "CreditNoteLine", parent: { ns: "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2", local: "CreditNote" } }], match: match55, fire: fire55 },
  { keys: [{ kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "AllowanceCharge" }], match: match56, fire: fire56 }
] },
  { id: "peppol-national-it", rules: [
  { keys: [{ kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "PartyTaxScheme", parent: { ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "Party" } }], match: match57, fire: fire57 },
  { keys: [{ kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "Party", parent: { ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "AccountingSupplierParty" } }], match: match58, fire: fire58 }
] },
  { id: "peppol-national-se", rules: [
  { keys: [{ kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "Party", parent: { ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "AccountingSupplierParty" } }], match: match59, fire: fire59 },
  { keys: [{ kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "PartyLegalEntity", parent: { ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "Party" } }], match: match60, fire: fire60 },
  { keys: [{ kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", local: "CompanyID", parent: { ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "PartyTaxScheme" } }], match: match61, fire: fire61 },
  { keys: [{ kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "TaxCategory" }, { kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "ClassifiedTaxCategory" }], match: match62, fire: fire62 },
  { keys: [{ kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", local: "ID", parent: { ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "PayeeFinancialAccount" } }], match: match63, fire: fire63 },
  { keys: [{ kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", local: "ID", parent: { ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "PayeeFinancialAccount" } }], match: match64, fire: fire64 },
  { keys: [{ kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "PaymentMeans" }], match: match65, fire: fire65 },
  { keys: [{ kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "PaymentMeans" }], match: match66, fire: fire66 }
] },
  { id: "peppol-national-gr-seller", rules: [
  { keys: [{ kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", local: "ID" }], match: match67, fire: fire67 },
  { keys: [{ kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "Party", parent: { ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "AccountingSupplierParty" } }], match: match68, fire: fire68 },
  { keys: [{ kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", local: "CompanyID", parent: { ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "PartyTaxScheme" } }], match: match69, fire: fire69 },
  { keys: [{ kind: "element", ns: null, local: null, parent: "document" }], match: match70, fire: fire70 },
  { keys: [{ kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", local: "ID", parent: { ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "AdditionalDocumentReference" } }], match: match71, fire: fire71 },
  { keys: [{ kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "AdditionalDocumentReference" }], match: match72, fire: fire72 },
  { keys: [{ kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "Party", parent: { ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "AccountingCustomerParty" } }], match: match73, fire: fire73 },
  { keys: [{ kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", local: "EndpointID", parent: { ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "Party" } }], match: match74, fire: fire74 }
] },
  { id: "peppol-national-gr-domestic", rules: [
  { keys: [{ kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "Party", parent: { ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "AccountingCustomerParty" } }], match: match75, fire: fire75 },
  { keys: [{ kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", local: "EndpointID", parent: { ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "Party" } }], match: match76, fire: fire76 }
] },
  { id: "peppol-national-is", rules: [
  { keys: [{ kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2", local: "Invoice" }, { kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2", local: "CreditNote" }], match: match77, fire: fire77 },
  { keys: [{ kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "AccountingCustomerParty" }], match: match78, fire: fire78 }
] },
  { id: "peppol-national-nl", rules: [
  { keys: [{ kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", local: "CreditNoteTypeCode" }], match: match79, fire: fire79 },
  { keys: [{ kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "PostalAddress", parent: { ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "Party" } }], match: match80, fire: fire80 },
  { keys: [{ kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", local: "CompanyID", parent: { ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "PartyLegalEntity" } }], match: match81, fire: fire81 },
  { keys: [{ kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "PostalAddress", parent: { ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "Party" } }], match: match82, fire: fire82 },
  { keys: [{ kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", local: "CompanyID", parent: { ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "PartyLegalEntity" } }], match: match83, fire: fire83 },
  { keys: [{ kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "PostalAddress", parent: { ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "TaxRepresentativeParty" } }], match: match84, fire: fire84 },
  { keys: [{ kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "LegalMonetaryTotal" }], match: match85, fire: fire85 },
  { keys: [{ kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "PaymentMeans" }], match: match86, fire: fire86 },
  { keys: [{ kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", local: "LineID", parent: { ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "OrderLineReference" } }], match: match87, fire: fire87 }
] },
  { id: "peppol-national-de", rules: [
  { keys: [{ kind: "element", ns: null, local: null, parent: "document" }], match: match88, fire: fire88 },
  { keys: [{ kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "ExternalReference", parent: { ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "Attachment" } }], match: match89, fire: fire89 },
  { keys: [{ kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "AccountingSupplierParty" }], match: match90, fire: fire90 },
  { keys: [{ kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "PostalAddress", parent: { ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "Party" } }], match: match91, fire: fire91 },
  { keys: [{ kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "Contact", parent: { ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "Party" } }], match: match92, fire: fire92 },
  { keys: [{ kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "PostalAddress", parent: { ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "Party" } }], match: match93, fire: fire93 },
  { keys: [{ kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "Address", parent: { ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "DeliveryLocation" } }], match: match94, fire: fire94 },
  { keys: [{ kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "PaymentMeans" }], match: match95, fire: fire95 },
  { keys: [{ kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "PaymentMeans" }], match: match96, fire: fire96 },
  { keys: [{ kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "PaymentMeans" }], match: match97, fire: fire97 },
  { keys: [{ kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "TaxSubtotal", parent: { ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "TaxTotal" } }], match: match98, fire: fire98 }
] }
];

const PHASES = new Map([]);
const ALL = Object.freeze([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14]);
const DEFAULT_PHASE = null;

const driver = new rt.PackDriver(PATTERNS, (e, row, node) => new RuleEvaluationError(e.message, row >= 0 ? ROWS[row].id : null, node, e.code));

export const pack = Object.freeze({
  id: "peppol-bis-billing-3",
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
