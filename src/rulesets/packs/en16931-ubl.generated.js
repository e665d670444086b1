// Generated from en16931-ubl.sch by the ubl-invoice-validator Schematron compiler. Do not edit.
import * as rt from "../../xpath/runtime/index.js";
import { RuleEvaluationError } from "../../engine/pack.js";

const T0 = Object.freeze({ item: "string", occ: "" });
const N0 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "AdditionalDocumentReference");
const N1 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "ID");
const N2 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "AccountingCustomerParty");
const N3 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "Party");
const N4 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "EndpointID");
const N5 = rt.nameTest(2, "", "schemeID");
const N6 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "PostalAddress");
const N7 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "Country");
const N8 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "IdentificationCode");
const P0 = rt.namePath([N7, N8]);
const N9 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "PaymentMeans");
const N10 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "CardAccount");
const N11 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "PrimaryAccountNumberID");
const N12 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "Delivery");
const N13 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "DeliveryLocation");
const N14 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "Address");
const N15 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2", "Invoice");
const N16 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "AllowanceCharge");
const N17 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "ChargeIndicator");
const N18 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2", "CreditNote");
const N19 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "AllowanceChargeReason");
const N20 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "AllowanceChargeReasonCode");
const N21 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "Amount");
const N22 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "TaxCategory");
const N23 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "TaxScheme");
const N24 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "BaseAmount");
const N25 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "LegalMonetaryTotal");
const N26 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "LineExtensionAmount");
const N27 = rt.kindTest(0);
const N28 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "TaxExclusiveAmount");
const N29 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "TaxInclusiveAmount");
const N30 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "PayableAmount");
const N31 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "AllowanceTotalAmount");
const N32 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "ChargeTotalAmount");
const N33 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "PayableRoundingAmount");
const N34 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "PrepaidAmount");
const N35 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "TaxTotal");
const N36 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "TaxSubtotal");
const N37 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "PartyTaxScheme");
const N38 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "CompanyID");
const P1 = rt.namePath([N3, N37, N38]);
const N39 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "PartyLegalEntity");
const P2 = rt.namePath([N3, N39, N38]);
const N40 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "CustomizationID");
const N41 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "IssueDate");
const N42 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "InvoiceTypeCode");
const N43 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "CreditNoteTypeCode");
const N44 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "DocumentCurrencyCode");
const N45 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "AccountingSupplierParty");
const N46 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "RegistrationName");
const P3 = rt.namePath([N45, N3, N39, N46]);
const P4 = rt.namePath([N2, N3, N39, N46]);
const P5 = rt.namePath([N45, N3, N6]);
const P6 = rt.namePath([N2, N3, N6]);
const N47 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "InvoiceLine");
const N48 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "CreditNoteLine");
const N49 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "TaxAmount");
const N50 = rt.nameTest(2, "", "currencyID");
const N51 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "TaxCurrencyCode");
const N52 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "TaxPointDate");
const N53 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "InvoicePeriod");
const N54 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "DescriptionCode");
const P7 = rt.namePath([N53, N54]);
const P8 = rt.namePath([N25, N29]);
const P9 = rt.namePath([N25, N28]);
const P10 = rt.namePath([N44]);
const P11 = rt.namePath([N35, N36]);
const N55 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "ActualDeliveryDate");
const P12 = rt.namePath([N12, N55]);
const N56 = rt.nameTest(1, null, null);
const P13 = rt.namePath([N12, N13, N14, N7, N8]);
const P14 = rt.namePath([N1]);
const P15 = rt.namePath([N35, N36, N22, N1]);
const P16 = rt.namePath([N16, N22, N1]);
const N57 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "InvoicedQuantity");
const N58 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "CreditedQuantity");
const N59 = rt.nameTest(2, "", "unitCode");
const P17 = rt.namePath([N57, N59]);
const P18 = rt.namePath([N58, N59]);
const N60 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "Item");
const N61 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "Name");
const P19 = rt.namePath([N60, N61]);
const N62 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "Price");
const N63 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "PriceAmount");
const P20 = rt.namePath([N62, N63]);
const P21 = rt.namePath([N62, N16, N24]);
const N64 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "ClassifiedTaxCategory");
const N65 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "StartDate");
const N66 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "EndDate");
const N67 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "AdditionalItemProperty");
const N68 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "Value");
const N69 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "CommodityClassification");
const N70 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "ItemClassificationCode");
const N71 = rt.nameTest(2, "", "listID");
const N72 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "StandardItemIdentification");
const N73 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "Note");
const N74 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "PayeeParty");
const N75 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "PartyName");
const P22 = rt.namePath([N75, N61]);
const P23 = rt.namePath([N45, N3, N75, N61]);
const N76 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "PartyIdentification");
const P24 = rt.namePath([N76, N1]);
const P25 = rt.namePath([N45, N3, N76, N1]);
const N77 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "PaymentMeansCode");
const Q0 = Object.freeze(["30", "58"]);
const N78 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "PayeeFinancialAccount");
const P26 = rt.namePath([N77]);
const P27 = rt.namePath([N78, N1]);
const N79 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "BillingReference");
const N80 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "InvoiceDocumentReference");
const P28 = rt.namePath([N80, N1]);
const N81 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "TaxRepresentativeParty");
const N82 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "Percent");
const N83 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "TaxableAmount");
const P29 = rt.namePath([N82]);
const P30 = rt.namePath([N83]);
const P31 = rt.namePath([N49]);
const N84 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "TaxExemptionReason");
const N85 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "TaxExemptionReasonCode");
const N86 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "AddressLine");
const N87 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "DocumentDescription");
const N88 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "DocumentTypeCode");
const P32 = rt.namePath([N1, N5]);
const N89 = rt.nameTest(2, "", "mimeCode");
const N90 = rt.nameTest(2, "", "filename");
const N91 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "DeliveryParty");
const P33 = rt.namePath([N91, N75, N61]);
const P34 = rt.namePath([N23, N1]);
const N92 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonExtensionComponents-2", "UBLExtensions");
const N93 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "UBLVersionID");
const N94 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "ProfileExecutionID");
const N95 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "CopyIndicator");
const N96 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "UUID");
const N97 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "IssueTime");
const N98 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "PricingCurrencyCode");
const N99 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "PaymentCurrencyCode");
const N100 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "PaymentAlternativeCurrencyCode");
const N101 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "AccountingCostCode");
const N102 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "LineCountNumeric");
const N103 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "StartTime");
const P35 = rt.namePath([N53, N103]);
const N104 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "EndTime");
const P36 = rt.namePath([N53, N104]);
const N105 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "DurationMeasure");
const P37 = rt.namePath([N53, N105]);
const N106 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "Description");
const P38 = rt.namePath([N53, N106]);
const N107 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "OrderReference");
const P39 = rt.namePath([N107, N95]);
const P40 = rt.namePath([N107, N96]);
const P41 = rt.namePath([N107, N41]);
const P42 = rt.namePath([N107, N97]);
const N108 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "CustomerReference");
const P43 = rt.namePath([N107, N108]);
const N109 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "OrderTypeCode");
const P44 = rt.namePath([N107, N109]);
const N110 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "DocumentReference");
const P45 = rt.namePath([N107, N110]);
const P46 = rt.namePath([N79, N80, N95]);
const P47 = rt.namePath([N79, N80, N96]);
const P48 = rt.namePath([N79, N80, N97]);
const P49 = rt.namePath([N79, N80, N88]);
const N111 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "DocumentType");
const P50 = rt.namePath([N79, N80, N111]);
const N112 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "XPath");
const P51 = rt.namePath([N79, N80, N112]);
const N113 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "LanguageID");
const P52 = rt.namePath([N79, N80, N113]);
const N114 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "LocaleCode");
const P53 = rt.namePath([N79, N80, N114]);
const N115 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "VersionID");
const P54 = rt.namePath([N79, N80, N115]);
const N116 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "DocumentStatusCode");
const P55 = rt.namePath([N79, N80, N116]);
const P56 = rt.namePath([N79, N80, N87]);
const N117 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "Attachment");
const P57 = rt.namePath([N79, N80, N117]);
const N118 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "ValidityPeriod");
const P58 = rt.namePath([N79, N80, N118]);
const N119 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "IssuerParty");
const P59 = rt.namePath([N79, N80, N119]);
const N120 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "ResultOfVerification");
const P60 = rt.namePath([N79, N80, N120]);
const N121 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "SelfBilledInvoiceDocumentReference");
const P61 = rt.namePath([N79, N121]);
const N122 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "CreditNoteDocumentReference");
const P62 = rt.namePath([N79, N122]);
const N123 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "SelfBilledCreditNoteDocumentReference");
const P63 = rt.namePath([N79, N123]);
const N124 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "DebitNoteDocumentReference");
const P64 = rt.namePath([N79, N124]);
const N125 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "ReminderDocumentReference");
const P65 = rt.namePath([N79, N125]);
const P66 = rt.namePath([N79, N0]);
const N126 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "BillingReferenceLine");
const P67 = rt.namePath([N79, N126]);
const N127 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "DespatchDocumentReference");
const P68 = rt.namePath([N127, N95]);
const P69 = rt.namePath([N127, N96]);
const P70 = rt.namePath([N127, N41]);
const P71 = rt.namePath([N127, N97]);
const P72 = rt.namePath([N127, N88]);
const P73 = rt.namePath([N127, N111]);
const P74 = rt.namePath([N127, N112]);
const P75 = rt.namePath([N127, N113]);
const P76 = rt.namePath([N127, N114]);
const P77 = rt.namePath([N127, N115]);
const P78 = rt.namePath([N127, N116]);
const P79 = rt.namePath([N127, N87]);
const P80 = rt.namePath([N127, N117]);
const P81 = rt.namePath([N127, N118]);
const P82 = rt.namePath([N127, N119]);
const P83 = rt.namePath([N127, N120]);
const N128 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "ReceiptDocumentReference");
const P84 = rt.namePath([N128, N95]);
const P85 = rt.namePath([N128, N96]);
const P86 = rt.namePath([N128, N41]);
const P87 = rt.namePath([N128, N97]);
const P88 = rt.namePath([N128, N88]);
const P89 = rt.namePath([N128, N111]);
const P90 = rt.namePath([N128, N112]);
const P91 = rt.namePath([N128, N113]);
const P92 = rt.namePath([N128, N114]);
const P93 = rt.namePath([N128, N115]);
const P94 = rt.namePath([N128, N116]);
const P95 = rt.namePath([N128, N87]);
const P96 = rt.namePath([N128, N117]);
const P97 = rt.namePath([N128, N118]);
const P98 = rt.namePath([N128, N119]);
const P99 = rt.namePath([N128, N120]);
const N129 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "StatementDocumentReference");
const N130 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "OriginatorDocumentReference");
const P100 = rt.namePath([N130, N95]);
const P101 = rt.namePath([N130, N96]);
const P102 = rt.namePath([N130, N41]);
const P103 = rt.namePath([N130, N97]);
const P104 = rt.namePath([N130, N88]);
const P105 = rt.namePath([N130, N111]);
const P106 = rt.namePath([N130, N112]);
const P107 = rt.namePath([N130, N113]);
const P108 = rt.namePath([N130, N114]);
const P109 = rt.namePath([N130, N115]);
const P110 = rt.namePath([N130, N116]);
const P111 = rt.namePath([N130, N87]);
const P112 = rt.namePath([N130, N117]);
const P113 = rt.namePath([N130, N118]);
const P114 = rt.namePath([N130, N119]);
const P115 = rt.namePath([N130, N120]);
const N131 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "ContractDocumentReference");
const P116 = rt.namePath([N131, N95]);
const P117 = rt.namePath([N131, N96]);
const P118 = rt.namePath([N131, N41]);
const P119 = rt.namePath([N131, N97]);
const P120 = rt.namePath([N131, N88]);
const P121 = rt.namePath([N131, N111]);
const P122 = rt.namePath([N131, N112]);
const P123 = rt.namePath([N131, N113]);
const P124 = rt.namePath([N131, N114]);
const P125 = rt.namePath([N131, N115]);
const P126 = rt.namePath([N131, N116]);
const P127 = rt.namePath([N131, N87]);
const P128 = rt.namePath([N131, N117]);
const P129 = rt.namePath([N131, N118]);
const P130 = rt.namePath([N131, N119]);
const P131 = rt.namePath([N131, N120]);
const P132 = rt.namePath([N0, N95]);
const P133 = rt.namePath([N0, N96]);
const P134 = rt.namePath([N0, N41]);
const P135 = rt.namePath([N0, N97]);
const P136 = rt.namePath([N0, N111]);
const P137 = rt.namePath([N0, N112]);
const P138 = rt.namePath([N0, N113]);
const P139 = rt.namePath([N0, N114]);
const P140 = rt.namePath([N0, N115]);
const P141 = rt.namePath([N0, N116]);
const N132 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "ExternalReference");
const N133 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "DocumentHash");
const P142 = rt.namePath([N0, N117, N132, N133]);
const N134 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "HashAlgorithmMethod");
const P143 = rt.namePath([N0, N117, N132, N134]);
const N135 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "ExpiryDate");
const P144 = rt.namePath([N0, N117, N132, N135]);
const N136 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "ExpiryTime");
const P145 = rt.namePath([N0, N117, N132, N136]);
const N137 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "MimeCode");
const P146 = rt.namePath([N0, N117, N132, N137]);
const N138 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "FormatCode");
const P147 = rt.namePath([N0, N117, N132, N138]);
const N139 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "EncodingCode");
const P148 = rt.namePath([N0, N117, N132, N139]);
const N140 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "CharacterSetCode");
const P149 = rt.namePath([N0, N117, N132, N140]);
const N141 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "FileName");
const P150 = rt.namePath([N0, N117, N132, N141]);
const P151 = rt.namePath([N0, N117, N132, N106]);
const P152 = rt.namePath([N0, N118]);
const P153 = rt.namePath([N0, N119]);
const P154 = rt.namePath([N0, N120]);
const N142 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "ProjectReference");
const P155 = rt.namePath([N142, N96]);
const P156 = rt.namePath([N142, N41]);
const N143 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "WorkPhaseReference");
const P157 = rt.namePath([N142, N143]);
const N144 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "Signature");
const N145 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "CustomerAssignedAccountID");
const P158 = rt.namePath([N45, N145]);
const N146 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "AdditionalAccountID");
const P159 = rt.namePath([N45, N146]);
const N147 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "DataSendingCapability");
const P160 = rt.namePath([N45, N147]);
const N148 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "MarkCareIndicator");
const P161 = rt.namePath([N45, N3, N148]);
const N149 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "MarkAttentionIndicator");
const P162 = rt.namePath([N45, N3, N149]);
const N150 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "WebsiteURI");
const P163 = rt.namePath([N45, N3, N150]);
const N151 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "LogoReferenceID");
const P164 = rt.namePath([N45, N3, N151]);
const N152 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "IndustryClassificationCode");
const P165 = rt.namePath([N45, N3, N152]);
const N153 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "Language");
const P166 = rt.namePath([N45, N3, N153]);
const P167 = rt.namePath([N45, N3, N6, N1]);
const N154 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "AddressTypeCode");
const P168 = rt.namePath([N45, N3, N6, N154]);
const N155 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "AddressFormatCode");
const P169 = rt.namePath([N45, N3, N6, N155]);
const N156 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "Postbox");
const P170 = rt.namePath([N45, N3, N6, N156]);
const N157 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "Floor");
const P171 = rt.namePath([N45, N3, N6, N157]);
const N158 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "Room");
const P172 = rt.namePath([N45, N3, N6, N158]);
const N159 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "BlockName");
const P173 = rt.namePath([N45, N3, N6, N159]);
const N160 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "BuildingName");
const P174 = rt.namePath([N45, N3, N6, N160]);
const N161 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "BuildingNumber");
const P175 = rt.namePath([N45, N3, N6, N161]);
const N162 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "InhouseMail");
const P176 = rt.namePath([N45, N3, N6, N162]);
const N163 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "Department");
const P177 = rt.namePath([N45, N3, N6, N163]);
const N164 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "MarkAttention");
const P178 = rt.namePath([N45, N3, N6, N164]);
const N165 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "MarkCare");
const P179 = rt.namePath([N45, N3, N6, N165]);
const N166 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "PlotIdentification");
const P180 = rt.namePath([N45, N3, N6, N166]);
const N167 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "CitySubdivisionName");
const P181 = rt.namePath([N45, N3, N6, N167]);
const N168 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "CountrySubentityCode");
const P182 = rt.namePath([N45, N3, N6, N168]);
const N169 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "Region");
const P183 = rt.namePath([N45, N3, N6, N169]);
const N170 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "District");
const P184 = rt.namePath([N45, N3, N6, N170]);
const N171 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "TimezoneOffset");
const P185 = rt.namePath([N45, N3, N6, N171]);
const P186 = rt.namePath([N45, N3, N6, N7, N61]);
const N172 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "LocationCoordinate");
const P187 = rt.namePath([N45, N3, N6, N172]);
const N173 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "PhysicalLocation");
const P188 = rt.namePath([N45, N3, N173]);
const P189 = rt.namePath([N45, N3, N37, N46]);
const N174 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "TaxLevelCode");
const P190 = rt.namePath([N45, N3, N37, N174]);
const N175 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "ExemptionReasonCode");
const P191 = rt.namePath([N45, N3, N37, N175]);
const N176 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "ExemptionReason");
const P192 = rt.namePath([N45, N3, N37, N176]);
const N177 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "RegistrationAddress");
const P193 = rt.namePath([N45, N3, N37, N177]);
const P194 = rt.namePath([N45, N3, N37, N23, N61]);
const N178 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "TaxTypeCode");
const P195 = rt.namePath([N45, N3, N37, N23, N178]);
const N179 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "CurrencyCode");
const P196 = rt.namePath([N45, N3, N37, N23, N179]);
const N180 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "JurisdictionRegionAddress");
const P197 = rt.namePath([N45, N3, N37, N23, N180]);
const N181 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "RegistrationDate");
const P198 = rt.namePath([N45, N3, N39, N181]);
const N182 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "RegistrationExpirationDate");
const P199 = rt.namePath([N45, N3, N39, N182]);
const N183 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "CompanyLegalFormCode");
const P200 = rt.namePath([N45, N3, N39, N183]);
const N184 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "SoleProprietorshipIndicator");
const P201 = rt.namePath([N45, N3, N39, N184]);
const N185 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "CompanyLiquidationStatusCode");
const P202 = rt.namePath([N45, N3, N39, N185]);
const N186 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "CorporateStockAmount");
const P203 = rt.namePath([N45, N3, N39, N186]);
const N187 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "FullyPaidSharesIndicator");
const P204 = rt.namePath([N45, N3, N39, N187]);
const P205 = rt.namePath([N45, N3, N39, N177]);
const N188 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "CorporateRegistrationScheme");
const P206 = rt.namePath([N45, N3, N39, N188]);
const N189 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "HeadOfficeParty");
const P207 = rt.namePath([N45, N3, N39, N189]);
const N190 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "ShareholderParty");
const P208 = rt.namePath([N45, N3, N39, N190]);
const N191 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "Contact");
const P209 = rt.namePath([N45, N3, N191, N1]);
const N192 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "Telefax");
const P210 = rt.namePath([N45, N3, N191, N192]);
const P211 = rt.namePath([N45, N3, N191, N73]);
const N193 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "OtherCommunication");
const P212 = rt.namePath([N45, N3, N191, N193]);
const N194 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "Person");
const P213 = rt.namePath([N45, N3, N194]);
const N195 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "AgentParty");
const P214 = rt.namePath([N45, N3, N195]);
const N196 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "ServiceProviderParty");
const P215 = rt.namePath([N45, N3, N196]);
const N197 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "PowerOfAttorney");
const P216 = rt.namePath([N45, N3, N197]);
const N198 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "FinancialAccount");
const P217 = rt.namePath([N45, N3, N198]);
const N199 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "DespatchContact");
const P218 = rt.namePath([N45, N199]);
const N200 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "AccountingContact");
const P219 = rt.namePath([N45, N200]);
const N201 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "SellerContact");
const P220 = rt.namePath([N45, N201]);
const P221 = rt.namePath([N2, N145]);
const N202 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "SupplierAssignedAccountID");
const P222 = rt.namePath([N2, N202]);
const P223 = rt.namePath([N2, N146]);
const P224 = rt.namePath([N2, N3, N148]);
const P225 = rt.namePath([N2, N3, N149]);
const P226 = rt.namePath([N2, N3, N150]);
const P227 = rt.namePath([N2, N3, N151]);
const P228 = rt.namePath([N2, N3, N152]);
const P229 = rt.namePath([N2, N3, N153]);
const P230 = rt.namePath([N2, N3, N6, N1]);
const P231 = rt.namePath([N2, N3, N6, N154]);
const P232 = rt.namePath([N2, N3, N6, N155]);
const P233 = rt.namePath([N2, N3, N6, N156]);
const P234 = rt.namePath([N2, N3, N6, N157]);
const P235 = rt.namePath([N2, N3, N6, N158]);
const P236 = rt.namePath([N2, N3, N6, N159]);
const P237 = rt.namePath([N2, N3, N6, N160]);
const P238 = rt.namePath([N2, N3, N6, N161]);
const P239 = rt.namePath([N2, N3, N6, N162]);
const P240 = rt.namePath([N2, N3, N6, N163]);
const P241 = rt.namePath([N2, N3, N6, N164]);
const P242 = rt.namePath([N2, N3, N6, N165]);
const P243 = rt.namePath([N2, N3, N6, N166]);
const P244 = rt.namePath([N2, N3, N6, N167]);
const P245 = rt.namePath([N2, N3, N6, N168]);
const P246 = rt.namePath([N2, N3, N6, N169]);
const P247 = rt.namePath([N2, N3, N6, N170]);
const P248 = rt.namePath([N2, N3, N6, N171]);
const P249 = rt.namePath([N2, N3, N6, N7, N61]);
const P250 = rt.namePath([N2, N3, N6, N172]);
const P251 = rt.namePath([N2, N3, N173]);
const P252 = rt.namePath([N2, N3, N37, N46]);
const P253 = rt.namePath([N2, N3, N37, N174]);
const P254 = rt.namePath([N2, N3, N37, N175]);
const P255 = rt.namePath([N2, N3, N37, N176]);
const P256 = rt.namePath([N2, N3, N37, N177]);
const P257 = rt.namePath([N2, N3, N37, N23, N61]);
const P258 = rt.namePath([N2, N3, N37, N23, N178]);
const P259 = rt.namePath([N2, N3, N37, N23, N179]);
const P260 = rt.namePath([N2, N3, N37, N23, N180]);
const P261 = rt.namePath([N2, N3, N39, N181]);
const P262 = rt.namePath([N2, N3, N39, N182]);
const P263 = rt.namePath([N2, N3, N39, N183]);
const N203 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "CompanyLegalForm");
const P264 = rt.namePath([N2, N3, N39, N203]);
const P265 = rt.namePath([N2, N3, N39, N184]);
const P266 = rt.namePath([N2, N3, N39, N185]);
const P267 = rt.namePath([N2, N3, N39, N186]);
const P268 = rt.namePath([N2, N3, N39, N187]);
const P269 = rt.namePath([N2, N3, N39, N177]);
const P270 = rt.namePath([N2, N3, N39, N188]);
const P271 = rt.namePath([N2, N3, N39, N189]);
const P272 = rt.namePath([N2, N3, N39, N190]);
const P273 = rt.namePath([N2, N3, N191, N1]);
const P274 = rt.namePath([N2, N3, N191, N192]);
const P275 = rt.namePath([N2, N3, N191, N73]);
const P276 = rt.namePath([N2, N3, N191, N193]);
const P277 = rt.namePath([N2, N3, N194]);
const P278 = rt.namePath([N2, N3, N195]);
const P279 = rt.namePath([N2, N3, N196]);
const P280 = rt.namePath([N2, N3, N197]);
const P281 = rt.namePath([N2, N3, N198]);
const N204 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "DeliveryContact");
const P282 = rt.namePath([N2, N204]);
const P283 = rt.namePath([N2, N200]);
const N205 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "BuyerContact");
const P284 = rt.namePath([N2, N205]);
const P285 = rt.namePath([N74, N148]);
const P286 = rt.namePath([N74, N149]);
const P287 = rt.namePath([N74, N150]);
const P288 = rt.namePath([N74, N151]);
const P289 = rt.namePath([N74, N4]);
const P290 = rt.namePath([N74, N152]);
const P291 = rt.namePath([N74, N153]);
const P292 = rt.namePath([N74, N6]);
const P293 = rt.namePath([N74, N173]);
const P294 = rt.namePath([N74, N37]);
const P295 = rt.namePath([N74, N39, N46]);
const P296 = rt.namePath([N74, N39, N181]);
const P297 = rt.namePath([N74, N39, N182]);
const P298 = rt.namePath([N74, N39, N183]);
const P299 = rt.namePath([N74, N39, N203]);
const P300 = rt.namePath([N74, N39, N184]);
const P301 = rt.namePath([N74, N39, N185]);
const P302 = rt.namePath([N74, N39, N186]);
const P303 = rt.namePath([N74, N39, N187]);
const P304 = rt.namePath([N74, N39, N177]);
const P305 = rt.namePath([N74, N39, N188]);
const P306 = rt.namePath([N74, N39, N189]);
const P307 = rt.namePath([N74, N39, N190]);
const P308 = rt.namePath([N74, N191]);
const P309 = rt.namePath([N74, N194]);
const P310 = rt.namePath([N74, N195]);
const P311 = rt.namePath([N74, N196]);
const P312 = rt.namePath([N74, N197]);
const P313 = rt.namePath([N74, N198]);
const N206 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "BuyerCustomerParty");
const N207 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "SellerSupplierParty");
const P314 = rt.namePath([N81, N148]);
const P315 = rt.namePath([N81, N149]);
const P316 = rt.namePath([N81, N150]);
const P317 = rt.namePath([N81, N151]);
const P318 = rt.namePath([N81, N4]);
const P319 = rt.namePath([N81, N152]);
const P320 = rt.namePath([N81, N76]);
const P321 = rt.namePath([N81, N153]);
const P322 = rt.namePath([N81, N6, N1]);
const P323 = rt.namePath([N81, N6, N154]);
const P324 = rt.namePath([N81, N6, N155]);
const P325 = rt.namePath([N81, N6, N156]);
const P326 = rt.namePath([N81, N6, N157]);
const P327 = rt.namePath([N81, N6, N158]);
const P328 = rt.namePath([N81, N6, N159]);
const P329 = rt.namePath([N81, N6, N160]);
const P330 = rt.namePath([N81, N6, N161]);
const P331 = rt.namePath([N81, N6, N162]);
const P332 = rt.namePath([N81, N6, N163]);
const P333 = rt.namePath([N81, N6, N164]);
const P334 = rt.namePath([N81, N6, N165]);
const P335 = rt.namePath([N81, N6, N166]);
const P336 = rt.namePath([N81, N6, N167]);
const P337 = rt.namePath([N81, N6, N168]);
const P338 = rt.namePath([N81, N6, N169]);
const P339 = rt.namePath([N81, N6, N170]);
const P340 = rt.namePath([N81, N6, N171]);
const P341 = rt.namePath([N81, N6, N7, N61]);
const P342 = rt.namePath([N81, N6, N172]);
const P343 = rt.namePath([N81, N173]);
const P344 = rt.namePath([N81, N37, N46]);
const P345 = rt.namePath([N81, N37, N174]);
const P346 = rt.namePath([N81, N37, N175]);
const P347 = rt.namePath([N81, N37, N176]);
const P348 = rt.namePath([N81, N37, N177]);
const P349 = rt.namePath([N81, N37, N23, N61]);
const P350 = rt.namePath([N81, N37, N23, N178]);
const P351 = rt.namePath([N81, N37, N23, N179]);
const P352 = rt.namePath([N81, N37, N23, N180]);
const P353 = rt.namePath([N81, N39]);
const P354 = rt.namePath([N81, N191]);
const P355 = rt.namePath([N81, N194]);
const P356 = rt.namePath([N81, N195]);
const P357 = rt.namePath([N81, N196]);
const P358 = rt.namePath([N81, N197]);
const P359 = rt.namePath([N81, N198]);
const P360 = rt.namePath([N12, N1]);
const N208 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "Quantity");
const P361 = rt.namePath([N12, N208]);
const N209 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "MinimumQuantity");
const P362 = rt.namePath([N12, N209]);
const N210 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "MaximumQuantity");
const P363 = rt.namePath([N12, N210]);
const N211 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "ActualDeliveryTime");
const P364 = rt.namePath([N12, N211]);
const N212 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "LatestDeliveryDate");
const P365 = rt.namePath([N12, N212]);
const N213 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "LatestDeliveryTime");
const P366 = rt.namePath([N12, N213]);
const N214 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "ReleaseID");
const P367 = rt.namePath([N12, N214]);
const N215 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "TrackingID");
const P368 = rt.namePath([N12, N215]);
const P369 = rt.namePath([N12, N13, N106]);
const N216 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "Conditions");
const P370 = rt.namePath([N12, N13, N216]);
const N217 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "CountrySubentity");
const P371 = rt.namePath([N12, N13, N217]);
const P372 = rt.namePath([N12, N13, N168]);
const N218 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "LocationTypeCode");
const P373 = rt.namePath([N12, N13, N218]);
const N219 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "InformationURI");
const P374 = rt.namePath([N12, N13, N219]);
const P375 = rt.namePath([N12, N13, N61]);
const P376 = rt.namePath([N12, N13, N118]);
const P377 = rt.namePath([N12, N13, N14, N1]);
const P378 = rt.namePath([N12, N13, N14, N154]);
const P379 = rt.namePath([N12, N13, N14, N155]);
const P380 = rt.namePath([N12, N13, N14, N156]);
const P381 = rt.namePath([N12, N13, N14, N157]);
const P382 = rt.namePath([N12, N13, N14, N158]);
const P383 = rt.namePath([N12, N13, N14, N159]);
const P384 = rt.namePath([N12, N13, N14, N160]);
const P385 = rt.namePath([N12, N13, N14, N161]);
const P386 = rt.namePath([N12, N13, N14, N162]);
const P387 = rt.namePath([N12, N13, N14, N163]);
const P388 = rt.namePath([N12, N13, N14, N164]);
const P389 = rt.namePath([N12, N13, N14, N165]);
const P390 = rt.namePath([N12, N13, N14, N166]);
const P391 = rt.namePath([N12, N13, N14, N167]);
const P392 = rt.namePath([N12, N13, N14, N168]);
const P393 = rt.namePath([N12, N13, N14, N169]);
const P394 = rt.namePath([N12, N13, N14, N170]);
const P395 = rt.namePath([N12, N13, N14, N171]);
const P396 = rt.namePath([N12, N13, N14, N7, N61]);
const P397 = rt.namePath([N12, N13, N14, N172]);
const N220 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "SubsidiaryLocation");
const P398 = rt.namePath([N12, N13, N220]);
const P399 = rt.namePath([N12, N13, N172]);
const N221 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "AlternativeDeliveryLocation");
const P400 = rt.namePath([N12, N221]);
const N222 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "RequestedDeliveryPeriod");
const P401 = rt.namePath([N12, N222]);
const N223 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "EstimatedDeliveryPeriod");
const P402 = rt.namePath([N12, N223]);
const N224 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "CarrierParty");
const P403 = rt.namePath([N12, N224]);
const P404 = rt.namePath([N12, N91, N148]);
const P405 = rt.namePath([N12, N91, N149]);
const P406 = rt.namePath([N12, N91, N150]);
const P407 = rt.namePath([N12, N91, N151]);
const P408 = rt.namePath([N12, N91, N4]);
const P409 = rt.namePath([N12, N91, N152]);
const P410 = rt.namePath([N12, N91, N76]);
const P411 = rt.namePath([N12, N91, N153]);
const P412 = rt.namePath([N12, N91, N6]);
const P413 = rt.namePath([N12, N91, N173]);
const P414 = rt.namePath([N12, N91, N37]);
const P415 = rt.namePath([N12, N91, N39]);
const P416 = rt.namePath([N12, N91, N191]);
const P417 = rt.namePath([N12, N91, N194]);
const P418 = rt.namePath([N12, N91, N195]);
const P419 = rt.namePath([N12, N91, N196]);
const P420 = rt.namePath([N12, N91, N197]);
const P421 = rt.namePath([N12, N91, N198]);
const N225 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "NotifyParty");
const P422 = rt.namePath([N12, N225]);
const N226 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "Despatch");
const P423 = rt.namePath([N12, N226]);
const N227 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "DeliveryTerms");
const P424 = rt.namePath([N12, N227]);
const N228 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "MinimumDeliveryUnit");
const P425 = rt.namePath([N12, N228]);
const N229 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "MaximumDeliveryUnit");
const P426 = rt.namePath([N12, N229]);
const N230 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "Shipment");
const P427 = rt.namePath([N12, N230]);
const P428 = rt.namePath([N9, N1]);
const N231 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "PaymentDueDate");
const P429 = rt.namePath([N9, N231]);
const N232 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "PaymentChannelCode");
const P430 = rt.namePath([N9, N232]);
const N233 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "InstructionID");
const P431 = rt.namePath([N9, N233]);
const N234 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "CardTypeCode");
const P432 = rt.namePath([N9, N10, N234]);
const N235 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "ValidityStartDate");
const P433 = rt.namePath([N9, N10, N235]);
const P434 = rt.namePath([N9, N10, N135]);
const N236 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "IssuerID");
const P435 = rt.namePath([N9, N10, N236]);
const N237 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "IssueNumberID");
const P436 = rt.namePath([N9, N10, N237]);
const N238 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "CV2ID");
const P437 = rt.namePath([N9, N10, N238]);
const N239 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "CardChipCode");
const P438 = rt.namePath([N9, N10, N239]);
const N240 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "ChipApplicationID");
const P439 = rt.namePath([N9, N10, N240]);
const N241 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "AliasName");
const P440 = rt.namePath([N9, N78, N241]);
const N242 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "AccountTypeCode");
const P441 = rt.namePath([N9, N78, N242]);
const N243 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "AccountFormatCode");
const P442 = rt.namePath([N9, N78, N243]);
const P443 = rt.namePath([N9, N78, N179]);
const N244 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "PaymentNote");
const P444 = rt.namePath([N9, N78, N244]);
const N245 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "FinancialInstitutionBranch");
const P445 = rt.namePath([N9, N78, N245, N61]);
const N246 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "FinancialInstitution");
const P446 = rt.namePath([N9, N78, N245, N246, N61]);
const P447 = rt.namePath([N9, N78, N245, N246, N14]);
const P448 = rt.namePath([N9, N78, N245, N14]);
const P449 = rt.namePath([N9, N78, N7]);
const N247 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "CreditAccount");
const P450 = rt.namePath([N9, N247]);
const N248 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "PaymentMandate");
const N249 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "MandateTypeCode");
const P451 = rt.namePath([N9, N248, N249]);
const N250 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "MaximumPaymentInstructionsNumeric");
const P452 = rt.namePath([N9, N248, N250]);
const N251 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "MaximumPaidAmount");
const P453 = rt.namePath([N9, N248, N251]);
const N252 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "SignatureID");
const P454 = rt.namePath([N9, N248, N252]);
const N253 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "PayerParty");
const P455 = rt.namePath([N9, N248, N253]);
const N254 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "PayerFinancialAccount");
const P456 = rt.namePath([N9, N248, N254, N61]);
const P457 = rt.namePath([N9, N248, N254, N241]);
const P458 = rt.namePath([N9, N248, N254, N242]);
const P459 = rt.namePath([N9, N248, N254, N243]);
const P460 = rt.namePath([N9, N248, N254, N179]);
const P461 = rt.namePath([N9, N248, N254, N244]);
const P462 = rt.namePath([N9, N248, N254, N245]);
const P463 = rt.namePath([N9, N248, N254, N7]);
const P464 = rt.namePath([N9, N248, N118]);
const N255 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "PaymentReversalPeriod");
const P465 = rt.namePath([N9, N248, N255]);
const N256 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "Clause");
const P466 = rt.namePath([N9, N248, N256]);
const N257 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "TradeFinancing");
const P467 = rt.namePath([N9, N257]);
const N258 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "PaymentTerms");
const P468 = rt.namePath([N258, N1]);
const N259 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "PaymentMeansID");
const P469 = rt.namePath([N258, N259]);
const N260 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "PrepaidPaymentReferenceID");
const P470 = rt.namePath([N258, N260]);
const N261 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "ReferenceEventCode");
const P471 = rt.namePath([N258, N261]);
const N262 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "SettlementDiscountPercent");
const P472 = rt.namePath([N258, N262]);
const N263 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "PenaltySurchargePercent");
const P473 = rt.namePath([N258, N263]);
const N264 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "PaymentPercent");
const P474 = rt.namePath([N258, N264]);
const P475 = rt.namePath([N258, N21]);
const N265 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "SettlementDiscountAmount");
const P476 = rt.namePath([N258, N265]);
const N266 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "PenaltyAmount");
const P477 = rt.namePath([N258, N266]);
const N267 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "PaymentTermsDetailsURI");
const P478 = rt.namePath([N258, N267]);
const P479 = rt.namePath([N258, N231]);
const N268 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "InstallmentDueDate");
const P480 = rt.namePath([N258, N268]);
const N269 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "InvoicingPartyReference");
const P481 = rt.namePath([N258, N269]);
const N270 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "SettlementPeriod");
const P482 = rt.namePath([N258, N270]);
const N271 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "PenaltyPeriod");
const P483 = rt.namePath([N258, N271]);
const N272 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "ExchangeRate");
const P484 = rt.namePath([N258, N272]);
const P485 = rt.namePath([N258, N118]);
const N273 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "PrepaidPayment");
const P486 = rt.namePath([N16, N1]);
const N274 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "PrepaidIndicator");
const P487 = rt.namePath([N16, N274]);
const N275 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "SequenceNumeric");
const P488 = rt.namePath([N16, N275]);
const P489 = rt.namePath([N16, N101]);
const N276 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "AccountingCost");
const P490 = rt.namePath([N16, N276]);
const N277 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "PerUnitAmount");
const P491 = rt.namePath([N16, N277]);
const P492 = rt.namePath([N16, N22, N61]);
const N278 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "BaseUnitMeasure");
const P493 = rt.namePath([N16, N22, N278]);
const P494 = rt.namePath([N16, N22, N277]);
const P495 = rt.namePath([N16, N22, N85]);
const P496 = rt.namePath([N16, N22, N84]);
const N279 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "TierRange");
const P497 = rt.namePath([N16, N22, N279]);
const N280 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "TierRatePercent");
const P498 = rt.namePath([N16, N22, N280]);
const P499 = rt.namePath([N16, N22, N23, N61]);
const P500 = rt.namePath([N16, N22, N23, N178]);
const P501 = rt.namePath([N16, N22, N23, N179]);
const P502 = rt.namePath([N16, N22, N23, N180]);
const P503 = rt.namePath([N16, N35]);
const P504 = rt.namePath([N16, N9]);
const N281 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "TaxExchangeRate");
const N282 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "PricingExchangeRate");
const N283 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "PaymentExchangeRate");
const N284 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "PaymentAlternativeExchangeRate");
const N285 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "RoundingAmount");
const P505 = rt.namePath([N35, N285]);
const N286 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "TaxEvidenceIndicator");
const P506 = rt.namePath([N35, N286]);
const N287 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "TaxIncludedIndicator");
const P507 = rt.namePath([N35, N287]);
const N288 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "CalculationSequenceNumeric");
const P508 = rt.namePath([N35, N36, N288]);
const N289 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "TransactionCurrencyTaxAmount");
const P509 = rt.namePath([N35, N36, N289]);
const P510 = rt.namePath([N35, N36, N82]);
const P511 = rt.namePath([N35, N36, N278]);
const P512 = rt.namePath([N35, N36, N277]);
const P513 = rt.namePath([N35, N36, N279]);
const P514 = rt.namePath([N35, N36, N280]);
const P515 = rt.namePath([N35, N36, N22, N61]);
const P516 = rt.namePath([N35, N36, N22, N278]);
const P517 = rt.namePath([N35, N36, N22, N277]);
const P518 = rt.namePath([N35, N36, N22, N279]);
const P519 = rt.namePath([N35, N36, N22, N280]);
const P520 = rt.namePath([N35, N36, N22, N23, N61]);
const P521 = rt.namePath([N35, N36, N22, N23, N178]);
const P522 = rt.namePath([N35, N36, N22, N23, N179]);
const P523 = rt.namePath([N35, N36, N22, N23, N180]);
const N290 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "WithholdingTaxTotal");
const N291 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "PayableAlternativeAmount");
const P524 = rt.namePath([N25, N291]);
const P525 = rt.namePath([N96]);
const P526 = rt.namePath([N52]);
const P527 = rt.namePath([N101]);
const N292 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "PaymentPurposeCode");
const P528 = rt.namePath([N292]);
const N293 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "FreeOfChargeIndicator");
const P529 = rt.namePath([N293]);
const N294 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "OrderLineReference");
const N295 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "SalesOrderLineID");
const P530 = rt.namePath([N294, N295]);
const P531 = rt.namePath([N294, N96]);
const N296 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "LineStatusCode");
const P532 = rt.namePath([N294, N296]);
const P533 = rt.namePath([N294, N107]);
const N297 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "DespatchLineReference");
const P534 = rt.namePath([N297]);
const N298 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "ReceiptLineReference");
const P535 = rt.namePath([N298]);
const P536 = rt.namePath([N79]);
const P537 = rt.namePath([N110, N95]);
const P538 = rt.namePath([N110, N96]);
const P539 = rt.namePath([N110, N41]);
const P540 = rt.namePath([N110, N97]);
const P541 = rt.namePath([N110, N111]);
const P542 = rt.namePath([N110, N112]);
const P543 = rt.namePath([N110, N113]);
const P544 = rt.namePath([N110, N114]);
const P545 = rt.namePath([N110, N115]);
const P546 = rt.namePath([N110, N116]);
const P547 = rt.namePath([N110, N87]);
const P548 = rt.namePath([N110, N117]);
const P549 = rt.namePath([N110, N118]);
const P550 = rt.namePath([N110, N119]);
const P551 = rt.namePath([N110, N120]);
const N299 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "PricingReference");
const P552 = rt.namePath([N299]);
const N300 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "OriginatorParty");
const P553 = rt.namePath([N300]);
const P554 = rt.namePath([N12]);
const P555 = rt.namePath([N258]);
const P556 = rt.namePath([N16, N22]);
const P557 = rt.namePath([N35]);
const P558 = rt.namePath([N290]);
const N301 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "PackQuantity");
const P559 = rt.namePath([N60, N301]);
const N302 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "PackSizeNumeric");
const P560 = rt.namePath([N60, N302]);
const N303 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "CatalogueIndicator");
const P561 = rt.namePath([N60, N303]);
const N304 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "HazardousRiskIndicator");
const P562 = rt.namePath([N60, N304]);
const N305 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "AdditionalInformation");
const P563 = rt.namePath([N60, N305]);
const N306 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "Keyword");
const P564 = rt.namePath([N60, N306]);
const N307 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "BrandName");
const P565 = rt.namePath([N60, N307]);
const N308 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "ModelName");
const P566 = rt.namePath([N60, N308]);
const N309 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "BuyersItemIdentification");
const N310 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "ExtendedID");
const P567 = rt.namePath([N60, N309, N310]);
const N311 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "BarcodeSymbologyID");
const P568 = rt.namePath([N60, N309, N311]);
const N312 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "PhysicalAttribute");
const P569 = rt.namePath([N60, N309, N312]);
const N313 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "MeasurementDimension");
const P570 = rt.namePath([N60, N309, N313]);
const P571 = rt.namePath([N60, N309, N119]);
const N314 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "SellersItemIdentification");
const P572 = rt.namePath([N60, N314, N310]);
const P573 = rt.namePath([N60, N314, N311]);
const P574 = rt.namePath([N60, N314, N312]);
const P575 = rt.namePath([N60, N314, N313]);
const P576 = rt.namePath([N60, N314, N119]);
const N315 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "ManufacturersItemIdentification");
const P577 = rt.namePath([N60, N315]);
const P578 = rt.namePath([N60, N72, N310]);
const P579 = rt.namePath([N60, N72, N311]);
const P580 = rt.namePath([N60, N72, N312]);
const P581 = rt.namePath([N60, N72, N313]);
const P582 = rt.namePath([N60, N72, N119]);
const N316 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "CatalogueItemIdentification");
const P583 = rt.namePath([N60, N316]);
const N317 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "AdditionalItemIdentification");
const P584 = rt.namePath([N60, N317]);
const N318 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "CatalogueDocumentReference");
const P585 = rt.namePath([N60, N318]);
const N319 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "ItemSpecificationDocumentReference");
const P586 = rt.namePath([N60, N319]);
const N320 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "OriginCountry");
const P587 = rt.namePath([N60, N320, N61]);
const N321 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "NatureCode");
const P588 = rt.namePath([N60, N69, N321]);
const N322 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "CargoTypeCode");
const P589 = rt.namePath([N60, N69, N322]);
const N323 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "CommodityCode");
const P590 = rt.namePath([N60, N69, N323]);
const N324 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "TransactionConditions");
const P591 = rt.namePath([N60, N324]);
const N325 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "HazardousItem");
const P592 = rt.namePath([N60, N325]);
const P593 = rt.namePath([N60, N64, N61]);
const P594 = rt.namePath([N60, N64, N278]);
const P595 = rt.namePath([N60, N64, N277]);
const P596 = rt.namePath([N60, N64, N85]);
const P597 = rt.namePath([N60, N64, N84]);
const P598 = rt.namePath([N60, N64, N279]);
const P599 = rt.namePath([N60, N64, N280]);
const P600 = rt.namePath([N60, N64, N23, N61]);
const P601 = rt.namePath([N60, N64, N23, N178]);
const P602 = rt.namePath([N60, N64, N23, N179]);
const P603 = rt.namePath([N60, N64, N23, N180]);
const P604 = rt.namePath([N60, N67, N1]);
const N326 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "NameCode");
const P605 = rt.namePath([N60, N67, N326]);
const N327 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "TestMethod");
const P606 = rt.namePath([N60, N67, N327]);
const N328 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "ValueQuantity");
const P607 = rt.namePath([N60, N67, N328]);
const N329 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "ValueQualifier");
const P608 = rt.namePath([N60, N67, N329]);
const N330 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "ImportanceCode");
const P609 = rt.namePath([N60, N67, N330]);
const N331 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "ListValue");
const P610 = rt.namePath([N60, N67, N331]);
const N332 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "UsabilityPeriod");
const P611 = rt.namePath([N60, N67, N332]);
const N333 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "ItemPropertyGroup");
const P612 = rt.namePath([N60, N67, N333]);
const N334 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "RangeDimension");
const P613 = rt.namePath([N60, N67, N334]);
const N335 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "ItemPropertyRange");
const P614 = rt.namePath([N60, N67, N335]);
const N336 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "ManufacturerParty");
const P615 = rt.namePath([N60, N336]);
const N337 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "InformationContentProviderParty");
const P616 = rt.namePath([N60, N337]);
const N338 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "OriginAddress");
const P617 = rt.namePath([N60, N338]);
const N339 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "ItemInstance");
const P618 = rt.namePath([N60, N339]);
const N340 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "Certificate");
const P619 = rt.namePath([N60, N340]);
const N341 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "Dimension");
const P620 = rt.namePath([N60, N341]);
const N342 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "PriceChangeReason");
const P621 = rt.namePath([N62, N342]);
const N343 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "PriceTypeCode");
const P622 = rt.namePath([N62, N343]);
const N344 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "PriceType");
const P623 = rt.namePath([N62, N344]);
const N345 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "OrderableUnitFactorRate");
const P624 = rt.namePath([N62, N345]);
const N346 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "ValidityPeriod");
const P625 = rt.namePath([N62, N346]);
const N347 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "PriceList");
const P626 = rt.namePath([N62, N347]);
const P627 = rt.namePath([N62, N16, N1]);
const P628 = rt.namePath([N62, N16, N20]);
const P629 = rt.namePath([N62, N16, N19]);
const N348 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "MultiplierFactorNumeric");
const P630 = rt.namePath([N62, N16, N348]);
const P631 = rt.namePath([N62, N16, N274]);
const P632 = rt.namePath([N62, N16, N275]);
const P633 = rt.namePath([N62, N16, N101]);
const P634 = rt.namePath([N62, N16, N276]);
const P635 = rt.namePath([N62, N16, N277]);
const P636 = rt.namePath([N62, N16, N22]);
const P637 = rt.namePath([N62, N16, N35]);
const P638 = rt.namePath([N62, N16, N9]);
const P639 = rt.namePath([N62, N282]);
const P640 = rt.namePath([N227]);
const N349 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "SubInvoiceLine");
const P641 = rt.namePath([N349]);
const N350 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "ItemPriceExtension");
const P642 = rt.namePath([N350]);
const P643 = rt.namePath([N40, N5]);
const N351 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "ProfileID");
const P644 = rt.namePath([N351, N5]);
const N352 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "SalesOrderID");
const P645 = rt.namePath([N352, N5]);
const P646 = rt.namePath([N38, N5]);
const N353 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "PaymentID");
const P647 = rt.namePath([N9, N353, N5]);
const P648 = rt.namePath([N9, N78, N1, N5]);
const P649 = rt.namePath([N9, N78, N245, N1, N5]);
const P650 = rt.namePath([N42, N71]);
const P651 = rt.namePath([N44, N71]);
const P652 = rt.namePath([N51, N71]);
const P653 = rt.namePath([N0, N88, N71]);
const P654 = rt.namePath([N8, N71]);
const P655 = rt.namePath([N9, N77, N71]);
const P656 = rt.namePath([N71]);
const N354 = rt.nameTest(2, "", "unitCodeListID");
const P657 = rt.namePath([N16, N20]);
const P658 = rt.namePath([N16, N19]);
const P659 = rt.namePath([N16, N348]);
const P660 = rt.namePath([N43, N71]);
const P661 = rt.namePath([N5]);
const N355 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "NetworkID");
const P662 = rt.namePath([N355, N5]);
const P663 = rt.namePath([N254, N1, N5]);
const P664 = rt.namePath([N254]);
const N356 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "InstructionNote");
const P665 = rt.namePath([N9, N356]);
const N357 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "DeliveryAddress");
const P666 = rt.namePath([N12, N357]);
const N358 = rt.nameTest(2, "", "schemeName");
const N359 = rt.nameTest(2, "", "schemeAgencyName");
const N360 = rt.nameTest(2, "", "schemeDataURI");
const N361 = rt.nameTest(2, "", "schemeURI");
const N362 = rt.nameTest(2, "", "format");
const N363 = rt.nameTest(2, "", "unitCodeListIdentifier");
const N364 = rt.nameTest(2, "", "unitCodeListAgencyIdentifier");
const N365 = rt.nameTest(2, "", "unitCodeListAgencyName");
const N366 = rt.nameTest(2, "", "listAgencyName");
const N367 = rt.nameTest(2, "", "listName");
const N368 = rt.nameTest(2, "", "languageID");
const N369 = rt.nameTest(2, "", "listURI");
const N370 = rt.nameTest(2, "", "listSchemeURI");
const N371 = rt.nameTest(2, "", "languageLocaleID");
const N372 = rt.nameTest(2, "", "uri");
const N373 = rt.nameTest(2, "", "currencyCodeListVersionID");
const N374 = rt.nameTest(2, "", "characterSetCode");
const N375 = rt.nameTest(2, "", "encodingCode");
const N376 = rt.nameTest(2, "", "schemeAgencyID");
const N377 = rt.nameTest(2, "", "listAgencyID");
const P667 = rt.namePath([N131, N1]);
const P668 = rt.namePath([N128, N1]);
const P669 = rt.namePath([N127, N1]);
const P670 = rt.namePath([N258, N73]);
const P671 = rt.namePath([N45, N3, N39, N38]);
const P672 = rt.namePath([N45, N3, N39, N203]);
const P673 = rt.namePath([N2, N3, N76, N1]);
const P674 = rt.namePath([N2, N3, N39, N38]);
const P675 = rt.namePath([N142, N1]);
const P676 = rt.namePath([N2, N3, N75, N61]);
const N378 = rt.nameTest(2, "", "name");
const P677 = rt.namePath([N9, N77, N378]);
const P678 = rt.namePath([N9, N10]);
const P679 = rt.namePath([N9, N248]);
const P680 = rt.namePath([N130, N1]);
const N379 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "LineID");
const P681 = rt.namePath([N294, N379]);
const P682 = rt.namePath([N62, N16, N21]);
const P683 = rt.namePath([N60, N64]);
const P684 = rt.namePath([N60, N106]);
const P685 = rt.namePath([N39, N38]);
const P686 = rt.namePath([N248, N1]);
const P687 = rt.namePath([N37, N38]);
const P688 = rt.namePath([N22, N84]);
const Q1 = Object.freeze(["0002", "0007", "0009", "0037", "0060", "0088", "0096", "0097", "0106", "0130", "0135", "0142", "0147", "0151", "0154", "0158", "0170", "0177", "0183", "0184", "0188", "0190", "0191", "0192", "0193", "0194", "0195", "0196", "0198", "0199", "0200", "0201", "0202", "0203", "0204", "0205", "0208", "0209", "0210", "0211", "0212", "0213", "0215", "0216", "0217", "0218", "0219", "0220", "0221", "0225", "0230", "0235", "0240", "0244", "0242", "0245", "0246", "0248", "9910", "9913", "9914", "9915", "9918", "9919", "9920", "9922", "9923", "9924", "9925", "9926", "9927", "9928", "9929", "9930", "9931", "9932", "9933", "9934", "9935", "9936", "9937", "9938", "9939", "9940", "9941", "9942", "9943", "9944", "9945", "9946", "9947", "9948", "9949", "9950", "9951", "9952", "9953", "9957", "9959", "AN", "AQ", "AS", "AU", "EM"]);
const Q2 = Object.freeze(["1A", "AD", "AE", "AF", "AG", "AI", "AL", "AM", "AO", "AQ", "AR", "AS", "AT", "AU", "AW", "AX", "AZ", "BA", "BB", "BD", "BE", "BF", "BG", "BH", "BI", "BJ", "BL", "BM", "BN", "BO", "BQ", "BR", "BS", "BT", "BV", "BW", "BY", "BZ", "CA", "CC", "CD", "CF", "CG", "CH", "CI", "CK", "CL", "CM", "CN", "CO", "CR", "CU", "CV", "CW", "CX", "CY", "CZ", "DE", "DJ", "DK", "DM", "DO", "DZ", "EC", "EE", "EG", "EH", "ER", "ES", "ET", "FI", "FJ", "FK", "FM", "FO", "FR", "GA", "GB", "GD", "GE", "GF", "GG", "GH", "GI", "GL", "GM", "GN", "GP", "GQ", "GR", "GS", "GT", "GU", "GW", "GY", "HK", "HM", "HN", "HR", "HT", "HU", "ID", "IE", "IL", "IM", "IN", "IO", "IQ", "IR", "IS", "IT", "JE", "JM", "JO", "JP", "KE", "KG", "KH", "KI", "KM", "KN", "KP", "KR", "KW", "KY", "KZ", "LA", "LB", "LC", "LI", "LK", "LR", "LS", "LT", "LU", "LV", "LY", "MA", "MC", "MD", "ME", "MF", "MG", "MH", "MK", "ML", "MM", "MN", "MO", "MP", "MQ", "MR", "MS", "MT", "MU", "MV", "MW", "MX", "MY", "MZ", "NA", "NC", "NE", "NF", "NG", "NI", "NL", "NO", "NP", "NR", "NU", "NZ", "OM", "PA", "PE", "PF", "PG", "PH", "PK", "PL", "PM", "PN", "PR", "PS", "PT", "PW", "PY", "QA", "RE", "RO", "RS", "RU", "RW", "SA", "SB", "SC", "SD", "SE", "SG", "SH", "SI", "SJ", "SK", "SL", "SM", "SN", "SO", "SR", "SS", "ST", "SV", "SX", "SY", "SZ", "TC", "TD", "TF", "TG", "TH", "TJ", "TK", "TL", "TM", "TN", "TO", "TR", "TT", "TV", "TW", "TZ", "UA", "UG", "UM", "US", "UY", "UZ", "VA", "VC", "VE", "VG", "VI", "VN", "VU", "WF", "WS", "XI", "YE", "YT", "ZA", "ZM", "ZW"]);
const Q3 = Object.freeze(["AED", "AFN", "ALL", "AMD", "AOA", "ARS", "AUD", "AWG", "AZN", "BAM", "BBD", "BDT", "BHD", "BIF", "BMD", "BND", "BOB", "BOV", "BRL", "BSD", "BTN", "BWP", "BYN", "BZD", "CAD", "CDF", "CHE", "CHF", "CHW", "CLF", "CLP", "CNH", "CNY", "COP", "COU", "CRC", "CUP", "CVE", "CZK", "DJF", "DKK", "DOP", "DZD", "EGP", "ERN", "ETB", "EUR", "FJD", "FKP", "GBP", "GEL", "GHS", "GIP", "GMD", "GNF", "GTQ", "GYD", "HKD", "HNL", "HTG", "HUF", "IDR", "ILS", "INR", "IQD", "IRR", "ISK", "JMD", "JOD", "JPY", "KES", "KGS", "KHR", "KMF", "KPW", "KRW", "KWD", "KYD", "KZT", "LAK", "LBP", "LKR", "LRD", "LSL", "LYD", "MAD", "MDL", "MGA", "MKD", "MMK", "MNT", "MOP", "MRU", "MUR", "MVR", "MWK", "MXN", "MXV", "MYR", "MZN", "NAD", "NGN", "NIO", "NOK", "NPR", "NZD", "OMR", "PAB", "PEN", "PGK", "PHP", "PKR", "PLN", "PYG", "QAR", "RON", "RSD", "RUB", "RWF", "SAR", "SBD", "SCR", "SDG", "SEK", "SGD", "SHP", "SLE", "SOS", "SRD", "SSP", "STD", "SVC", "SYP", "SZL", "THB", "TJS", "TMT", "TND", "TOP", "TRY", "TTD", "TWD", "TZS", "UAH", "UGX", "USD", "USN", "UYI", "UYU", "UYW", "UZS", "VES", "VED", "VND", "VUV", "WST", "XAF", "XAG", "XAU", "XBA", "XBB", "XBC", "XBD", "XCD", "XCG", "XDR", "XOF", "XPD", "XPF", "XPT", "XSU", "XTS", "XUA", "XXX", "YER", "ZAR", "ZMW", "ZWG"]);
const Q4 = Object.freeze(["0002", "0003", "0004", "0005", "0006", "0007", "0008", "0009", "0010", "0011", "0012", "0013", "0014", "0015", "0016", "0017", "0018", "0019", "0020", "0021", "0022", "0023", "0024", "0025", "0026", "0027", "0028", "0029", "0030", "0031", "0032", "0033", "0034", "0035", "0036", "0037", "0038", "0039", "0040", "0041", "0042", "0043", "0044", "0045", "0046", "0047", "0048", "0049", "0050", "0051", "0052", "0053", "0054", "0055", "0056", "0057", "0058", "0059", "0060", "0061", "0062", "0063", "0064", "0065", "0066", "0067", "0068", "0069", "0070", "0071", "0072", "0073", "0074", "0075", "0076", "0077", "0078", "0079", "0080", "0081", "0082", "0083", "0084", "0085", "0086", "0087", "0088", "0089", "0090", "0091", "0093", "0094", "0095", "0096", "0097", "0098", "0099", "0100", "0101", "0102", "0104", "0105", "0106", "0107", "0108", "0109", "0110", "0111", "0112", "0113", "0114", "0115", "0116", "0117", "0118", "0119", "0120", "0121", "0122", "0123", "0124", "0125", "0126", "0127", "0128", "0129", "0130", "0131", "0132", "0133", "0134", "0135", "0136", "0137", "0138", "0139", "0140", "0141", "0142", "0143", "0144", "0145", "0146", "0147", "0148", "0149", "0150", "0151", "0152", "0153", "0154", "0155", "0156", "0157", "0158", "0159", "0160", "0161", "0162", "0163", "0164", "0165", "0166", "0167", "0168", "0169", "0170", "0171", "0172", "0173", "0174", "0175", "0176", "0177", "0178", "0179", "0180", "0183", "0184", "0185", "0186", "0187", "0188", "0189", "0190", "0191", "0192", "0193", "0194", "0195", "0196", "0197", "0198", "0199", "0200", "0201", "0202", "0203", "0204", "0205", "0206", "0207", "0208", "0209", "0210", "0211", "0212", "0213", "0214", "0215", "0216", "0217", "0218", "0219", "0220", "0221", "0222", "0223", "0224", "0225", "0226", "0227", "0228", "0229", "0230", "0231", "0232", "0233", "0234", "0235", "0236", "0237", "0238", "0239", "0240", "0241", "0242", "0243", "0244", "0245", "0246", "0247", "0248"]);
const Q5 = Object.freeze(["application/pdf", "image/png", "image/jpeg", "text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "application/vnd.oasis.opendocument.spreadsheet"]);
const Q6 = Object.freeze(["10", "11", "13", "14", "15", "20", "21", "22", "23", "24", "25", "27", "28", "33", "34", "35", "37", "38", "40", "41", "56", "57", "58", "59", "60", "61", "74", "77", "80", "81", "85", "87", "89", "91", "1I", "2A", "2B", "2C", "2G", "2H", "2I", "2J", "2K", "2L", "2M", "2N", "2P", "2Q", "2R", "2U", "2X", "2Y", "2Z", "3B", "3C", "4C", "4G", "4H", "4K", "4L", "4M", "4N", "4O", "4P", "4Q", "4R", "4T", "4U", "4W", "4X", "5A", "5B", "5E", "5J", "A10", "A11", "A12", "A13", "A14", "A15", "A16", "A17", "A18", "A19", "A2", "A20", "A21", "A22", "A23", "A24", "A26", "A27", "A28", "A29", "A3", "A30", "A31", "A32", "A33", "A34", "A35", "A36", "A37", "A38", "A39", "A4", "A40", "A41", "A42", "A43", "A44", "A45", "A47", "A48", "A49", "A5", "A53", "A54", "A55", "A56", "A59", "A6", "A68", "A69", "A7", "A70", "A71", "A73", "A74", "A75", "A76", "A8", "A84", "A85", "A86", "A87", "A88", "A89", "A9", "A90", "A91", "A93", "A94", "A95", "A96", "A97", "A98", "A99", "AA", "AB", "ACR", "ACT", "AD", "AE", "AH", "AI", "AK", "AL", "AMH", "AMP", "ANN", "APZ", "AQ", "AS", "ASM", "ASU", "ATM", "AWG", "AY", "AZ", "B1", "B10", "B11", "B12", "B13", "B14", "B15", "B16", "B17", "B18", "B19", "B20", "B21", "B22", "B23", "B24", "B25", "B26", "B27", "B28", "B29", "B3", "B30", "B31", "B32", "B33", "B34", "B35", "B4", "B41", "B42", "B43", "B44", "B45", "B46", "B47", "B48", "B49", "B50", "B52", "B53", "B54", "B55", "B56", "B57", "B58", "B59", "B60", "B61", "B62", "B63", "B64", "B66", "B67", "B68", "B69", "B7", "B70", "B71", "B72", "B73", "B74", "B75", "B76", "B77", "B78", "B79", "B8", "B80", "B81", "B82", "B83", "B84", "B85", "B86", "B87", "B88", "B89", "B90", "B91", "B92", "B93", "B94", "B95", "B96", "B97", "B98", "B99", "BAR", "BB", "BFT", "BHP", "BIL", "BLD", "BLL", "BP", "BPM", "BQL", "BTU", "BUA", "BUI", "C0", "C10", "C11", "C12", "C13", "C14", "C15", "C16", "C17", "C18", "C19", "C20", "C21", "C22", "C23", "C24", "C25", "C26", "C27", "C28", "C29", "C3", "C30", "C31", "C32", "C33", "C34", "C35", "C36", "C37", "C38", "C39", "C40", "C41", "C42", "C43", "C44", "C45", "C46", "C47", "C48", "C49", "C50", "C51", "C52", "C53", "C54", "C55", "C56", "C57", "C58", "C59", "C60", "C61", "C62", "C63", "C64", "C65", "C66", "C67", "C68", "C69", "C7", "C70", "C71", "C72", "C73", "C74", "C75", "C76", "C78", "C79", "C8", "C80", "C81", "C82", "C83", "C84", "C85", "C86", "C87", "C88", "C89", "C9", "C90", "C91", "C92", "C93", "C94", "C95", "C96", "C97", "C99", "CCT", "CDL", "CEL", "CEN", "CG", "CGM", "CKG", "CLF", "CLT", "CMK", "CMQ", "CMT", "CNP", "CNT", "COU", "CTG", "CTM", "CTN", "CUR", "CWA", "CWI", "D03", "D04", "D1", "D10", "D11", "D12", "D13", "D15", "D16", "D17", "D18", "D19", "D2", "D20", "D21", "D22", "D23", "D24", "D25", "D26", "D27", "D29", "D30", "D31", "D32", "D33", "D34", "D36", "D41", "D42", "D43", "D44", "D45", "D46", "D47", "D48", "D49", "D5", "D50", "D51", "D52", "D53", "D54", "D55", "D56", "D57", "D58", "D59", "D6", "D60", "D61", "D62", "D63", "D65", "D68", "D69", "D73", "D74", "D77", "D78", "D80", "D81", "D82", "D83", "D85", "D86", "D87", "D88", "D89", "D91", "D93", "D94", "D95", "DAA", "DAD", "DAY", "DB", "DBM", "DBW", "DD", "DEC", "DG", "DJ", "DLT", "DMA", "DMK", "DMO", "DMQ", "DMT", "DN", "DPC", "DPR", "DPT", "DRA", "DRI", "DRL", "DT", "DTN", "DWT", "DZN", "DZP", "E01", "E07", "E08", "E09", "E10", "E12", "E14", "E15", "E16", "E17", "E18", "E19", "E20", "E21", "E22", "E23", "E25", "E27", "E28", "E30", "E31", "E32", "E33", "E34", "E35", "E36", "E37", "E38", "E39", "E4", "E40", "E41", "E42", "E43", "E44", "E45", "E46", "E47", "E48", "E49", "E50", "E51", "E52", "E53", "E54", "E55", "E56", "E57", "E58", "E59", "E60", "E61", "E62", "E63", "E64", "E65", "E66", "E67", "E68", "E69", "E70", "E71", "E72", "E73", "E74", "E75", "E76", "E77", "E78", "E79", "E80", "E81", "E82", "E83", "E84", "E85", "E86", "E87", "E88", "E89", "E90", "E91", "E92", "E93", "E94", "E95", "E96", "E97", "E98", "E99", "EA", "EB", "EQ", "F01", "F02", "F03", "F04", "F05", "F06", "F07", "F08", "F10", "F11", "F12", "F13", "F14", "F15", "F16", "F17", "F18", "F19", "F20", "F21", "F22", "F23", "F24", "F25", "F26", "F27", "F28", "F29", "F30", "F31", "F32", "F33", "F34", "F35", "F36", "F37", "F38", "F39", "F40", "F41", "F42", "F43", "F44", "F45", "F46", "F47", "F48", "F49", "F50", "F51", "F52", "F53", "F54", "F55", "F56", "F57", "F58", "F59", "F60", "F61", "F62", "F63", "F64", "F65", "F66", "F67", "F68", "F69", "F70", "F71", "F72", "F73", "F74", "F75", "F76", "F77", "F78", "F79", "F80", "F81", "F82", "F83", "F84", "F85", "F86", "F87", "F88", "F89", "F90", "F91", "F92", "F93", "F94", "F95", "F96", "F97", "F98", "F99", "FAH", "FAR", "FBM", "FC", "FF", "FH", "FIT", "FL", "FNU", "FOT", "FP", "FR", "FS", "FTK", "FTQ", "G01", "G04", "G05", "G06", "G08", "G09", "G10", "G11", "G12", "G13", "G14", "G15", "G16", "G17", "G18", "G19", "G2", "G20", "G21", "G23", "G24", "G25", "G26", "G27", "G28", "G29", "G3", "G30", "G31", "G32", "G33", "G34", "G35", "G36", "G37", "G38", "G39", "G40", "G41", "G42", "G43", "G44", "G45", "G46", "G47", "G48", "G49", "G50", "G51", "G52", "G53", "G54", "G55", "G56", "G57", "G58", "G59", "G60", "G61", "G62", "G63", "G64", "G65", "G66", "G67", "G68", "G69", "G70", "G71", "G72", "G73", "G74", "G75", "G76", "G77", "G78", "G79", "G80", "G81", "G82", "G83", "G84", "G85", "G86", "G87", "G88", "G89", "G90", "G91", "G92", "G93", "G94", "G95", "G96", "G97", "G98", "G99", "GB", "GBQ", "GDW", "GE", "GF", "GFI", "GGR", "GIA", "GIC", "GII", "GIP", "GJ", "GL", "GLD", "GLI", "GLL", "GM", "GO", "GP", "GQ", "GRM", "GRN", "GRO", "GV", "GWH", "H03", "H04", "H05", "H06", "H07", "H08", "H09", "H10", "H11", "H12", "H13", "H14", "H15", "H16", "H18", "H19", "H20", "H21", "H22", "H23", "H24", "H25", "H26", "H27", "H28", "H29", "H30", "H31", "H32", "H33", "H34", "H35", "H36", "H37", "H38", "H39", "H40", "H41", "H42", "H43", "H44", "H45", "H46", "H47", "H48", "H49", "H50", "H51", "H52", "H53", "H54", "H55", "H56", "H57", "H58", "H59", "H60", "H61", "H62", "H63", "H64", "H65", "H66", "H67", "H68", "H69", "H70", "H71", "H72", "H73", "H74", "H75", "H76", "H77", "H79", "H80", "H81", "H82", "H83", "H84", "H85", "H87", "H88", "H89", "H90", "H91", "H92", "H93", "H94", "H95", "H96", "H98", "H99", "HA", "HAD", "HBA", "HBX", "HC", "HDW", "HEA", "HGM", "HH", "HIU", "HKM", "HLT", "HM", "HMO", "HMQ", "HMT", "HPA", "HTZ", "HUR", "HWE", "IA", "IE", "INH", "INK", "INQ", "ISD", "IU", "IUG", "IV", "J10", "J12", "J13", "J14", "J15", "J16", "J17", "J18", "J19", "J2", "J20", "J21", "J22", "J23", "J24", "J25", "J26", "J27", "J28", "J29", "J30", "J31", "J32", "J33", "J34", "J35", "J36", "J38", "J39", "J40", "J41", "J42", "J43", "J44", "J45", "J46", "J47", "J48", "J49", "J50", "J51", "J52", "J53", "J54", "J55", "J56", "J57", "J58", "J59", "J60", "J61", "J62", "J63", "J64", "J65", "J66", "J67", "J68", "J69", "J70", "J71", "J72", "J73", "J74", "J75", "J76", "J78", "J79", "J81", "J82", "J83", "J84", "J85", "J87", "J90", "J91", "J92", "J93", "J95", "J96", "J97", "J98", "J99", "JE", "JK", "JM", "JNT", "JOU", "JPS", "JWL", "K1", "K10", "K11", "K12", "K13", "K14", "K15", "K16", "K17", "K18", "K19", "K2", "K20", "K21", "K22", "K23", "K26", "K27", "K28", "K3", "K30", "K31", "K32", "K33", "K34", "K35", "K36", "K37", "K38", "K39", "K40", "K41", "K42", "K43", "K45", "K46", "K47", "K48", "K49", "K50", "K51", "K52", "K53", "K54", "K55", "K58", "K59", "K6", "K60", "K61", "K62", "K63", "K64", "K65", "K66", "K67", "K68", "K69", "K70", "K71", "K73", "K74", "K75", "K76", "K77", "K78", "K79", "K80", "K81", "K82", "K83", "K84", "K85", "K86", "K87", "K88", "K89", "K90", "K91", "K92", "K93", "K94", "K95", "K96", "K97", "K98", "K99", "KA", "KAT", "KB", "KBA", "KCC", "KDW", "KEL", "KGM", "KGS", "KHY", "KHZ", "KI", "KIC", "KIP", "KJ", "KJO", "KL", "KLK", "KLX", "KMA", "KMH", "KMK", "KMQ", "KMT", "KNI", "KNM", "KNS", "KNT", "KO", "KPA", "KPH", "KPO", "KPP", "KR", "KSD", "KSH", "KT", "KTN", "KUR", "KVA", "KVR", "KVT", "KW", "KWH", "KWN", "KWO", "KWS", "KWT", "KWY", "KX", "L10", "L11", "L12", "L13", "L14", "L15", "L16", "L17", "L18", "L19", "L2", "L20", "L21", "L23", "L24", "L25", "L26", "L27", "L28", "L29", "L30", "L31", "L32", "L33", "L34", "L35", "L36", "L37", "L38", "L39", "L40", "L41", "L42", "L43", "L44", "L45", "L46", "L47", "L48", "L49", "L50", "L51", "L52", "L53", "L54", "L55", "L56", "L57", "L58", "L59", "L60", "L63", "L64", "L65", "L66", "L67", "L68", "L69", "L70", "L71", "L72", "L73", "L74", "L75", "L76", "L77", "L78", "L79", "L80", "L81", "L82", "L83", "L84", "L85", "L86", "L87", "L88", "L89", "L90", "L91", "L92", "L93", "L94", "L95", "L96", "L98", "L99", "LA", "LAC", "LBR", "LBT", "LD", "LEF", "LF", "LH", "LK", "LM", "LN", "LO", "LP", "LPA", "LR", "LS", "LTN", "LTR", "LUB", "LUM", "LUX", "LY", "M1", "M10", "M11", "M12", "M13", "M14", "M15", "M16", "M17", "M18", "M19", "M20", "M21", "M22", "M23", "M24", "M25", "M26", "M27", "M29", "M30", "M31", "M32", "M33", "M34", "M35", "M36", "M37", "M38", "M39", "M4", "M40", "M41", "M42", "M43", "M44", "M45", "M46", "M47", "M48", "M49", "M5", "M50", "M51", "M52", "M53", "M55", "M56", "M57", "M58", "M59", "M60", "M61", "M62", "M63", "M64", "M65", "M66", "M67", "M68", "M69", "M7", "M70", "M71", "M72", "M73", "M74", "M75", "M76", "M77", "M78", "M79", "M80", "M81", "M82", "M83", "M84", "M85", "M86", "M87", "M88", "M89", "M9", "M90", "M91", "M92", "M93", "M94", "M95", "M96", "M97", "M98", "M99", "MAH", "MAL", "MAM", "MAR", "MAW", "MBE", "MBF", "MBR", "MC", "MCU", "MD", "MGM", "MHZ", "MIK", "MIL", "MIN", "MIO", "MIU", "MKD", "MKM", "MKW", "MLD", "MLT", "MMK", "MMQ", "MMT", "MND", "MNJ", "MON", "MPA", "MQD", "MQH", "MQM", "MQS", "MQW", "MRD", "MRM", "MRW", "MSK", "MTK", "MTQ", "MTR", "MTS", "MTZ", "MVA", "MWH", "N1", "N10", "N11", "N12", "N13", "N14", "N15", "N16", "N17", "N18", "N19", "N20", "N21", "N22", "N23", "N24", "N25", "N26", "N27", "N28", "N29", "N3", "N30", "N31", "N32", "N33", "N34", "N35", "N36", "N37", "N38", "N39", "N40", "N41", "N42", "N43", "N44", "N45", "N46", "N47", "N48", "N49", "N50", "N51", "N52", "N53", "N54", "N55", "N56", "N57", "N58", "N59", "N60", "N61", "N62", "N63", "N64", "N65", "N66", "N67", "N68", "N69", "N70", "N71", "N72", "N73", "N74", "N75", "N76", "N77", "N78", "N79", "N80", "N81", "N82", "N83", "N84", "N85", "N86", "N87", "N88", "N89", "N90", "N91", "N92", "N93", "N94", "N95", "N96", "N97", "N98", "N99", "NA", "NAR", "NCL", "NEW", "NF", "NIL", "NIU", "NL", "NM3", "NMI", "NMP", "NPT", "NT", "NTU", "NU", "NX", "OA", "ODE", "ODG", "ODK", "ODM", "OHM", "ON", "ONZ", "OPM", "OT", "OZA", "OZI", "P1", "P10", "P11", "P12", "P13", "P14", "P15", "P16", "P17", "P18", "P19", "P2", "P20", "P21", "P22", "P23", "P24", "P25", "P26", "P27", "P28", "P29", "P30", "P31", "P32", "P33", "P34", "P35", "P36", "P37", "P38", "P39", "P40", "P41", "P42", "P43", "P44", "P45", "P46", "P47", "P48", "P49", "P5", "P50", "P51", "P52", "P53", "P54", "P55", "P56", "P57", "P58", "P59", "P60", "P61", "P62", "P63", "P64", "P65", "P66", "P67", "P68", "P69", "P70", "P71", "P72", "P73", "P74", "P75", "P76", "P77", "P78", "P79", "P80", "P81", "P82", "P83", "P84", "P85", "P86", "P87", "P88", "P89", "P90", "P91", "P92", "P93", "P94", "P95", "P96", "P97", "P98", "P99", "PAL", "PD", "PFL", "PGL", "PI", "PLA", "PO", "PQ", "PR", "PS", "PTD", "PTI", "PTL", "PTN", "Q10", "Q11", "Q12", "Q13", "Q14", "Q15", "Q16", "Q17", "Q18", "Q19", "Q20", "Q21", "Q22", "Q23", "Q24", "Q25", "Q26", "Q27", "Q28", "Q29", "Q3", "Q30", "Q31", "Q32", "Q33", "Q34", "Q35", "Q36", "Q37", "Q38", "Q39", "Q40", "Q41", "Q42", "QA", "QAN", "QB", "QR", "QTD", "QTI", "QTL", "QTR", "R1", "R9", "RH", "RM", "ROM", "RP", "RPM", "RPS", "RT", "S3", "S4", "SAN", "SCO", "SCR", "SEC", "SET", "SG", "SIE", "SM3", "SMI", "SQ", "SQR", "SR", "STC", "STI", "STK", "STL", "STN", "STW", "SW", "SX", "SYR", "T0", "T3", "TAH", "TAN", "TI", "TIC", "TIP", "TKM", "TMS", "TNE", "TP", "TPI", "TPR", "TQD", "TRL", "TST", "TTS", "U1", "U2", "UB", "UC", "VA", "VLT", "VP", "W2", "WA", "WB", "WCD", "WE", "WEB", "WEE", "WG", "WHR", "WM", "WSD", "WTT", "X1", "YDK", "YDQ", "YRD", "Z11", "Z9", "ZP", "ZZ", "X1A", "X1B", "X1D", "X1F", "X1G", "X1W", "X2C", "X3A", "X3H", "X43", "X44", "X4A", "X4B", "X4C", "X4D", "X4F", "X4G", "X4H", "X5H", "X5L", "X5M", "X6H", "X6P", "X7A", "X7B", "X8A", "X8B", "X8C", "XAA", "XAB", "XAC", "XAD", "XAE", "XAF", "XAG", "XAH", "XAI", "XAJ", "XAL", "XAM", "XAP", "XAT", "XAV", "XB4", "XBA", "XBB", "XBC", "XBD", "XBE", "XBF", "XBG", "XBH", "XBI", "XBJ", "XBK", "XBL", "XBM", "XBN", "XBO", "XBP", "XBQ", "XBR", "XBS", "XBT", "XBU", "XBV", "XBW", "XBX", "XBY", "XBZ", "XCA", "XCB", "XCC", "XCD", "XCE", "XCF", "XCG", "XCH", "XCI", "XCJ", "XCK", "XCL", "XCM", "XCN", "XCO", "XCP", "XCQ", "XCR", "XCS", "XCT", "XCU", "XCV", "XCW", "XCX", "XCY", "XCZ", "XDA", "XDB", "XDC", "XDG", "XDH", "XDI", "XDJ", "XDK", "XDL", "XDM", "XDN", "XDP", "XDR", "XDS", "XDT", "XDU", "XDV", "XDW", "XDX", "XDY", "XEC", "XED", "XEE", "XEF", "XEG", "XEH", "XEI", "XEN", "XFB", "XFC", "XFD", "XFE", "XFI", "XFL", "XFO", "XFP", "XFR", "XFT", "XFW", "XFX", "XGB", "XGI", "XGL", "XGR", "XGU", "XGY", "XGZ", "XHA", "XHB", "XHC", "XHG", "XHN", "XHR", "XIA", "XIB", "XIC", "XID", "XIE", "XIF", "XIG", "XIH", "XIK", "XIL", "XIN", "XIZ", "XJB", "XJC", "XJG", "XJR", "XJT", "XJY", "XKG", "XKI", "XLE", "XLG", "XLT", "XLU", "XLV", "XLZ", "XMA", "XMB", "XMC", "XME", "XMR", "XMS", "XMT", "XMW", "XMX", "XNA", "XNE", "XNF", "XNG", "XNS", "XNT", "XNU", "XNV", "XO1", "XO2", "XO3", "XO4", "XO5", "XO6", "XO7", "XO8", "XO9", "XOA", "XOB", "XOC", "XOD", "XOE", "XOF", "XOG", "XOH", "XOI", "XOJ", "XOK", "XOL", "XOM", "XON", "XOP", "XOQ", "XOR", "XOS", "XOT", "XOU", "XOV", "XOW", "XOX", "XOY", "XOZ", "XP1", "XP2", "XP3", "XP4", "XPA", "XPB", "XPC", "XPD", "XPE", "XPF", "XPG", "XPH", "XPI", "XPJ", "XPK", "XPL", "XPN", "XPO", "XPP", "XPR", "XPT", "XPU", "XPV", "XPX", "XPY", "XPZ", "XQA", "XQB", "XQC", "XQD", "XQF", "XQG", "XQH", "XQJ", "XQK", "XQL", "XQM", "XQN", "XQP", "XQQ", "XQR", "XQS", "XRD", "XRG", "XRJ", "XRK", "XRL", "XRO", "XRT", "XRZ", "XSA", "XSB", "XSC", "XSD", "XSE", "XSH", "XSI", "XSK", "XSL", "XSM", "XSO", "XSP", "XSS", "XST", "XSU", "XSV", "XSW", "XSX", "XSY", "XSZ", "XT1", "XTB", "XTC", "XTD", "XTE", "XTG", "XTI", "XTK", "XTL", "XTN", "XTO", "XTR", "XTS", "XTT", "XTU", "XTV", "XTW", "XTY", "XTZ", "XUC", "XUN", "XVA", "XVG", "XVI", "XVK", "XVL", "XVN", "XVO", "XVP", "XVQ", "XVR", "XVS", "XVY", "XWA", "XWB", "XWC", "XWD", "XWF", "XWG", "XWH", "XWJ", "XWK", "XWL", "XWM", "XWN", "XWP", "XWQ", "XWR", "XWS", "XWT", "XWU", "XWV", "XWW", "XWX", "XWY", "XWZ", "XXA", "XXB", "XXC", "XXD", "XXF", "XXG", "XXH", "XXJ", "XXK", "XYA", "XYB", "XYC", "XYD", "XYF", "XYG", "XYH", "XYJ", "XYK", "XYL", "XYM", "XYN", "XYP", "XYQ", "XYR", "XYS", "XYT", "XYV", "XYW", "XYX", "XYY", "XYZ", "XZA", "XZB", "XZC", "XZD", "XZF", "XZG", "XZH", "XZJ", "XZK", "XZL", "XZM", "XZN", "XZP", "XZQ", "XZR", "XZS", "XZT", "XZU", "XZV", "XZW", "XZX", "XZY", "XZZ"]);
const Q7 = Object.freeze(["81", "83", "261", "262", "296", "308", "381", "396", "420", "458", "502", "503", "532"]);
const Q8 = Object.freeze(["71", "80", "81", "82", "84", "102", "130", "202", "203", "204", "211", "218", "219", "295", "325", "326", "331", "380", "382", "383", "384", "385", "386", "387", "388", "389", "390", "393", "394", "395", "456", "457", "471", "472", "473", "500", "501", "527", "553", "575", "623", "633", "751", "780", "817", "870", "875", "876", "877", "935"]);
const Q9 = Object.freeze(["AAA", "AAB", "AAC", "AAD", "AAE", "AAF", "AAG", "AAH", "AAI", "AAJ", "AAK", "AAL", "AAM", "AAN", "AAO", "AAP", "AAQ", "AAR", "AAS", "AAT", "AAU", "AAV", "AAW", "AAX", "AAY", "AAZ", "ABA", "ABB", "ABC", "ABD", "ABE", "ABF", "ABG", "ABH", "ABI", "ABJ", "ABK", "ABL", "ABM", "ABN", "ABO", "ABP", "ABQ", "ABR", "ABS", "ABT", "ABU", "ABV", "ABW", "ABX", "ABY", "ABZ", "AC", "ACA", "ACB", "ACC", "ACD", "ACE", "ACF", "ACG", "ACH", "ACI", "ACJ", "ACK", "ACL", "ACN", "ACO", "ACP", "ACQ", "ACR", "ACT", "ACU", "ACV", "ACW", "ACX", "ACY", "ACZ", "ADA", "ADB", "ADC", "ADD", "ADE", "ADF", "ADG", "ADI", "ADJ", "ADK", "ADL", "ADM", "ADN", "ADO", "ADP", "ADQ", "ADT", "ADU", "ADV", "ADW", "ADX", "ADY", "ADZ", "AE", "AEA", "AEB", "AEC", "AED", "AEE", "AEF", "AEG", "AEH", "AEI", "AEJ", "AEK", "AEL", "AEM", "AEN", "AEO", "AEP", "AEQ", "AER", "AES", "AET", "AEU", "AEV", "AEW", "AEX", "AEY", "AEZ", "AF", "AFA", "AFB", "AFC", "AFD", "AFE", "AFF", "AFG", "AFH", "AFI", "AFJ", "AFK", "AFL", "AFM", "AFN", "AFO", "AFP", "AFQ", "AFR", "AFS", "AFT", "AFU", "AFV", "AFW", "AFX", "AFY", "AFZ", "AGA", "AGB", "AGC", "AGD", "AGE", "AGF", "AGG", "AGH", "AGI", "AGJ", "AGK", "AGL", "AGM", "AGN", "AGO", "AGP", "AGQ", "AGR", "AGS", "AGT", "AGU", "AGV", "AGW", "AGX", "AGY", "AGZ", "AHA", "AHB", "AHC", "AHD", "AHE", "AHF", "AHG", "AHH", "AHI", "AHJ", "AHK", "AHL", "AHM", "AHN", "AHO", "AHP", "AHQ", "AHR", "AHS", "AHT", "AHU", "AHV", "AHX", "AHY", "AHZ", "AIA", "AIB", "AIC", "AID", "AIE", "AIF", "AIG", "AIH", "AII", "AIJ", "AIK", "AIL", "AIM", "AIN", "AIO", "AIP", "AIQ", "AIR", "AIS", "AIT", "AIU", "AIV", "AIW", "AIX", "AIY", "AIZ", "AJA", "AJB", "AJC", "AJD", "AJE", "AJF", "AJG", "AJH", "AJI", "AJJ", "AJK", "AJL", "AJM", "AJN", "AJO", "AJP", "AJQ", "AJR", "AJS", "AJT", "AJU", "AJV", "AJW", "AJX", "AJY", "AJZ", "AKA", "AKB", "AKC", "AKD", "AKE", "AKF", "AKG", "AKH", "AKI", "AKJ", "AKK", "AKL", "AKM", "AKN", "AKO", "AKP", "AKQ", "AKR", "AKS", "AKT", "AKU", "AKV", "AKW", "AKX", "AKY", "AKZ", "ALA", "ALB", "ALC", "ALD", "ALE", "ALF", "ALG", "ALH", "ALI", "ALJ", "ALK", "ALL", "ALM", "ALN", "ALO", "ALP", "ALQ", "ALR", "ALS", "ALT", "ALU", "ALV", "ALW", "ALX", "ALY", "ALZ", "AMA", "AMB", "AMC", "AMD", "AME", "AMF", "AMG", "AMH", "AMI", "AMJ", "AMK", "AML", "AMM", "AMN", "AMO", "AMP", "AMQ", "AMR", "AMS", "AMT", "AMU", "AMV", "AMW", "AMX", "AMY", "AMZ", "ANA", "ANB", "ANC", "AND", "ANE", "ANF", "ANG", "ANH", "ANI", "ANJ", "ANK", "ANL", "ANM", "ANN", "ANO", "ANP", "ANQ", "ANR", "ANS", "ANT", "ANU", "ANV", "ANW", "ANX", "ANY", "AOA", "AOD", "AOE", "AOF", "AOG", "AOH", "AOI", "AOJ", "AOK", "AOL", "AOM", "AON", "AOO", "AOP", "AOQ", "AOR", "AOS", "AOT", "AOU", "AOV", "AOW", "AOX", "AOY", "AOZ", "AP", "APA", "APB", "APC", "APD", "APE", "APF", "APG", "APH", "API", "APJ", "APK", "APL", "APM", "APN", "APO", "APP", "APQ", "APR", "APS", "APT", "APU", "APV", "APW", "APX", "APY", "APZ", "AQA", "AQB", "AQC", "AQD", "AQE", "AQF", "AQG", "AQH", "AQI", "AQJ", "AQK", "AQL", "AQM", "AQN", "AQO", "AQP", "AQQ", "AQR", "AQS", "AQT", "AQU", "AQV", "AQW", "AQX", "AQY", "AQZ", "ARA", "ARB", "ARC", "ARD", "ARE", "ARF", "ARG", "ARH", "ARI", "ARJ", "ARK", "ARL", "ARM", "ARN", "ARO", "ARP", "ARQ", "ARR", "ARS", "ART", "ARU", "ARV", "ARW", "ARX", "ARY", "ARZ", "ASA", "ASB", "ASC", "ASD", "ASE", "ASF", "ASG", "ASH", "ASI", "ASJ", "ASK", "ASL", "ASM", "ASN", "ASO", "ASP", "ASQ", "ASR", "ASS", "AST", "ASU", "ASV", "ASW", "ASX", "ASY", "ASZ", "ATA", "ATB", "ATC", "ATD", "ATE", "ATF", "ATG", "ATH", "ATI", "ATJ", "ATK", "ATL", "ATM", "ATN", "ATO", "ATP", "ATQ", "ATR", "ATS", "ATT", "ATU", "ATV", "ATW", "ATX", "ATY", "ATZ", "AU", "AUA", "AUB", "AUC", "AUD", "AUE", "AUF", "AUG", "AUH", "AUI", "AUJ", "AUK", "AUL", "AUM", "AUN", "AUO", "AUP", "AUQ", "AUR", "AUS", "AUT", "AUU", "AUV", "AUW", "AUX", "AUY", "AUZ", "AV", "AVA", "AVB", "AVC", "AVD", "AVE", "AVF", "AVG", "AVH", "AVI", "AVJ", "AVK", "AVL", "AVM", "AVN", "AVO", "AVP", "AVQ", "AVR", "AVS", "AVT", "AVU", "AVV", "AVW", "AVX", "AVY", "AVZ", "AWA", "AWB", "AWC", "AWD", "AWE", "AWF", "AWG", "AWH", "AWI", "AWJ", "AWK", "AWL", "AWM", "AWN", "AWO", "AWP", "AWQ", "AWR", "AWS", "AWT", "AWU", "AWV", "AWW", "AWX", "AWY", "AWZ", "AXA", "AXB", "AXC", "AXD", "AXE", "AXF", "AXG", "AXH", "AXI", "AXJ", "AXK", "AXL", "AXM", "AXN", "AXO", "AXP", "AXQ", "AXR", "AXS", "AXU", "BA", "BC", "BD", "BE", "BH", "BM", "BN", "BO", "BR", "BT", "BTP", "BW", "CAS", "CAT", "CAU", "CAV", "CAW", "CAX", "CAY", "CAZ", "CBA", "CBB", "CD", "CEC", "CED", "CFE", "CFF", "CFO", "CG", "CH", "CK", "CKN", "CM", "CMR", "CN", "CNO", "COF", "CP", "CR", "CRN", "CS", "CST", "CT", "CU", "CV", "CW", "CZ", "DA", "DAN", "DB", "DI", "DL", "DM", "DQ", "DR", "EA", "EB", "ED", "EE", "EEP", "EI", "EN", "EQ", "ER", "ERN", "ET", "EX", "FC", "FF", "FI", "FLW", "FN", "FO", "FS", "FT", "FV", "FX", "GA", "GC", "GD", "GDN", "GN", "HS", "HWB", "IA", "IB", "ICA", "ICE", "ICO", "II", "IL", "INB", "INN", "INO", "IP", "IS", "IT", "IV", "JB", "JE", "LA", "LAN", "LAR", "LB", "LC", "LI", "LO", "LRC", "LS", "MA", "MB", "MF", "MG", "MH", "MR", "MRN", "MS", "MSS", "MWB", "NA", "NF", "OH", "OI", "ON", "OP", "OR", "PB", "PC", "PD", "PE", "PF", "PI", "PK", "PL", "POR", "PP", "PQ", "PR", "PS", "PW", "PY", "RA", "RC", "RCN", "RE", "REN", "RF", "RR", "RT", "SA", "SB", "SD", "SE", "SEA", "SF", "SH", "SI", "SM", "SN", "SP", "SQ", "SRN", "SS", "STA", "SW", "SZ", "TB", "TCR", "TE", "TF", "TI", "TIN", "TL", "TN", "TP", "UAR", "UC", "UCN", "UN", "UO", "URI", "VA", "VC", "VGR", "VM", "VN", "VON", "VOR", "VP", "VR", "VS", "VT", "VV", "WE", "WM", "WN", "WR", "WS", "WY", "XA", "XC", "XP", "ZZZ"]);
const Q10 = Object.freeze(["3", "35", "432"]);
const Q11 = Object.freeze(["1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15", "16", "17", "18", "19", "20", "21", "22", "23", "24", "25", "26", "27", "28", "29", "30", "31", "32", "33", "34", "35", "36", "37", "38", "39", "40", "41", "42", "43", "44", "45", "46", "47", "48", "49", "50", "51", "52", "53", "54", "55", "56", "57", "58", "59", "60", "61", "62", "63", "64", "65", "66", "67", "68", "69", "70", "74", "75", "76", "77", "78", "91", "92", "93", "94", "95", "96", "97", "98", "ZZZ"]);
const Q12 = Object.freeze(["41", "42", "60", "62", "63", "64", "65", "66", "67", "68", "70", "71", "88", "95", "100", "102", "103", "104", "105"]);
const Q13 = Object.freeze(["AE", "L", "M", "E", "S", "Z", "G", "O", "K", "B"]);
const Q14 = Object.freeze(["AA", "AB", "AC", "AD", "AE", "AF", "AG", "AH", "AI", "AJ", "AK", "AL", "AM", "AN", "AO", "AP", "AQ", "AR", "AS", "AT", "AU", "AV", "AW", "AX", "AY", "AZ", "BA", "BB", "BC", "BD", "BE", "BF", "BG", "BH", "BI", "BJ", "BK", "BL", "BM", "BN", "BO", "BP", "BQ", "BR", "BS", "BT", "BU", "BV", "BW", "BX", "BY", "BZ", "CC", "CG", "CL", "CR", "CV", "DR", "DW", "EC", "EF", "EMD", "EN", "FS", "GB", "GN", "GMN", "GS", "HS", "IB", "IN", "IS", "IT", "IZ", "MA", "MF", "MN", "MP", "NB", "ON", "PD", "PL", "PO", "PPI", "PV", "QS", "RC", "RN", "RU", "RY", "SA", "SG", "SK", "SN", "SRS", "SRT", "SRU", "SRV", "SRW", "SRX", "SRY", "SRZ", "SS", "SSA", "SSB", "SSC", "SSD", "SSE", "SSF", "SSG", "SSH", "SSI", "SSJ", "SSK", "SSL", "SSM", "SSN", "SSO", "SSP", "SSQ", "SSR", "SSS", "SST", "SSU", "SSV", "SSW", "SSX", "SSY", "SSZ", "ST", "STA", "STB", "STC", "STD", "STE", "STF", "STG", "STH", "STI", "STJ", "STK", "STL", "STM", "STN", "STO", "STP", "STQ", "STR", "STS", "STT", "STU", "STV", "STW", "STX", "STY", "STZ", "SUA", "SUB", "SUC", "SUD", "SUE", "SUF", "SUG", "SUH", "SUI", "SUJ", "SUK", "SUL", "SUM", "TG", "TSN", "TSO", "TSP", "TSQ", "TSR", "TSS", "TST", "TSU", "UA", "UP", "VN", "VP", "VS", "VX", "ZZZ"]);
const Q15 = Object.freeze(["AA", "AAA", "AAC", "AAD", "AAE", "AAF", "AAH", "AAI", "AAS", "AAT", "AAV", "AAY", "AAZ", "ABA", "ABB", "ABC", "ABD", "ABF", "ABK", "ABL", "ABN", "ABR", "ABS", "ABT", "ABU", "ACF", "ACG", "ACH", "ACI", "ACJ", "ACK", "ACL", "ACM", "ACS", "ADC", "ADE", "ADJ", "ADK", "ADL", "ADM", "ADN", "ADO", "ADP", "ADQ", "ADR", "ADT", "ADW", "ADY", "ADZ", "AEA", "AEB", "AEC", "AED", "AEF", "AEH", "AEI", "AEJ", "AEK", "AEL", "AEM", "AEN", "AEO", "AEP", "AES", "AET", "AEU", "AEV", "AEW", "AEX", "AEY", "AEZ", "AJ", "AU", "CA", "CAB", "CAD", "CAE", "CAF", "CAI", "CAJ", "CAK", "CAL", "CAM", "CAN", "CAO", "CAP", "CAQ", "CAR", "CAS", "CAT", "CAU", "CAV", "CAW", "CAX", "CAY", "CAZ", "CD", "CG", "CS", "CT", "DAB", "DAD", "DAC", "DAF", "DAG", "DAH", "DAI", "DAJ", "DAK", "DAL", "DAM", "DAN", "DAO", "DAP", "DAQ", "DL", "EG", "EP", "ER", "FAA", "FAB", "FAC", "FC", "FH", "FI", "GAA", "HAA", "HD", "HH", "IAA", "IAB", "ID", "IF", "IR", "IS", "KO", "L1", "LA", "LAA", "LAB", "LF", "MAE", "MI", "ML", "NAA", "OA", "PA", "PAA", "PC", "PL", "PRV", "RAB", "RAC", "RAD", "RAF", "RE", "RF", "RH", "RV", "SA", "SAA", "SAD", "SAE", "SAI", "SG", "SH", "SM", "SU", "TAB", "TAC", "TT", "TV", "V1", "V2", "WH", "XAA", "YY", "ZZZ"]);
const Q16 = Object.freeze(["VATEX-EU-79-C", "VATEX-EU-132", "VATEX-EU-132-1A", "VATEX-EU-132-1B", "VATEX-EU-132-1C", "VATEX-EU-132-1D", "VATEX-EU-132-1E", "VATEX-EU-132-1F", "VATEX-EU-132-1G", "VATEX-EU-132-1H", "VATEX-EU-132-1I", "VATEX-EU-132-1J", "VATEX-EU-132-1K", "VATEX-EU-132-1L", "VATEX-EU-132-1M", "VATEX-EU-132-1N", "VATEX-EU-132-1O", "VATEX-EU-132-1P", "VATEX-EU-132-1Q", "VATEX-EU-135-1", "VATEX-EU-143", "VATEX-EU-143-1A", "VATEX-EU-143-1B", "VATEX-EU-143-1C", "VATEX-EU-143-1D", "VATEX-EU-143-1E", "VATEX-EU-143-1F", "VATEX-EU-143-1FA", "VATEX-EU-143-1G", "VATEX-EU-143-1H", "VATEX-EU-143-1I", "VATEX-EU-143-1J", "VATEX-EU-143-1K", "VATEX-EU-143-1L", "VATEX-EU-144", "VATEX-EU-146-1E", "VATEX-EU-159", "VATEX-EU-309", "VATEX-EU-148", "VATEX-EU-148-A", "VATEX-EU-148-B", "VATEX-EU-148-C", "VATEX-EU-148-D", "VATEX-EU-148-E", "VATEX-EU-148-F", "VATEX-EU-148-G", "VATEX-EU-151", "VATEX-EU-151-1A", "VATEX-EU-151-1AA", "VATEX-EU-151-1B", "VATEX-EU-151-1C", "VATEX-EU-151-1D", "VATEX-EU-151-1E", "VATEX-EU-G", "VATEX-EU-O", "VATEX-EU-IC", "VATEX-EU-AE", "VATEX-EU-D", "VATEX-EU-F", "VATEX-EU-I", "VATEX-EU-J", "VATEX-FR-FRANCHISE", "VATEX-FR-CNWVAT", "VATEX-EU-153", "VATEX-FR-CGI261-1", "VATEX-FR-CGI261-2", "VATEX-FR-CGI261-3", "VATEX-FR-CGI261-4", "VATEX-FR-CGI261-5", "VATEX-FR-CGI261-7", "VATEX-FR-CGI261-8", "VATEX-FR-CGI261A", "VATEX-FR-CGI261B", "VATEX-FR-CGI261C-1", "VATEX-FR-CGI261C-2", "VATEX-FR-CGI261C-3", "VATEX-FR-CGI261D-1", "VATEX-FR-CGI261D-1BIS", "VATEX-FR-CGI261D-2", "VATEX-FR-CGI261D-3", "VATEX-FR-CGI261D-4", "VATEX-FR-CGI261E-1", "VATEX-FR-CGI261E-2", "VATEX-FR-CGI277A", "VATEX-FR-CGI275", "VATEX-FR-298SEXDECIESA", "VATEX-FR-CGI295", "VATEX-FR-AE"]);
const N380 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "BaseQuantity");
const N381 = rt.nameTest(1, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "EmbeddedDocumentBinaryObject");

const ROWS = Object.freeze([
  { id: "BR-52", flag: "fatal", kind: "assert", test: "normalize-space(cbc:ID) ne ''", businessTerms: Object.freeze(["BG-24", "BT-122"]) },
  { id: "BR-63", flag: "fatal", kind: "assert", test: "exists(@schemeID)", businessTerms: Object.freeze(["BT-49"]) },
  { id: "BR-11", flag: "fatal", kind: "assert", test: "normalize-space(cac:Country/cbc:IdentificationCode) ne ''", businessTerms: Object.freeze(["BG-8", "BT-55"]) },
  { id: "BR-51", flag: "warning", kind: "assert", test: "string-length(normalize-space(.)) le 10", businessTerms: Object.freeze(["BT-87"]) },
  { id: "BR-57", flag: "fatal", kind: "assert", test: "exists(cac:Country/cbc:IdentificationCode)", businessTerms: Object.freeze(["BG-15", "BT-80"]) },
  { id: "BR-31", flag: "fatal", kind: "assert", test: "exists(cbc:Amount)", businessTerms: Object.freeze(["BG-20", "BT-92"]) },
  { id: "BR-32", flag: "fatal", kind: "assert", test: "exists(cac:TaxCategory[cac:TaxScheme/cbc:ID/upper-case(normalize-space(.)) = 'VAT']/cbc:ID)", businessTerms: Object.freeze(["BG-20", "BT-95"]) },
  { id: "BR-33", flag: "fatal", kind: "assert", test: "$reasonGiven", businessTerms: Object.freeze(["BG-20", "BT-97", "BT-98"]) },
  { id: "BR-CO-05", flag: "fatal", kind: "assert", test: "true()", businessTerms: Object.freeze(["BT-98", "BT-97"]) },
  { id: "BR-CO-21", flag: "fatal", kind: "assert", test: "$reasonGiven", businessTerms: Object.freeze(["BG-20", "BT-97", "BT-98"]) },
  { id: "BR-DEC-01", flag: "fatal", kind: "assert", test: "string-length(substring-after(cbc:Amount, '.')) le 2", businessTerms: Object.freeze(["BT-92"]) },
  { id: "BR-DEC-02", flag: "fatal", kind: "assert", test: "string-length(substring-after(cbc:BaseAmount, '.')) le 2", businessTerms: Object.freeze(["BT-93"]) },
  { id: "BR-36", flag: "fatal", kind: "assert", test: "exists(cbc:Amount)", businessTerms: Object.freeze(["BG-21", "BT-99"]) },
  { id: "BR-37", flag: "fatal", kind: "assert", test: "exists(cac:TaxCategory[cac:TaxScheme/cbc:ID/upper-case(normalize-space(.)) = 'VAT']/cbc:ID)", businessTerms: Object.freeze(["BG-21", "BT-102"]) },
  { id: "BR-38", flag: "fatal", kind: "assert", test: "$reasonGiven", businessTerms: Object.freeze(["BG-21", "BT-104", "BT-105"]) },
  { id: "BR-CO-06", flag: "fatal", kind: "assert", test: "true()", businessTerms: Object.freeze(["BT-105", "BT-104"]) },
  { id: "BR-CO-22", flag: "fatal", kind: "assert", test: "$reasonGiven", businessTerms: Object.freeze(["BG-21", "BT-104", "BT-105"]) },
  { id: "BR-DEC-05", flag: "fatal", kind: "assert", test: "string-length(substring-after(cbc:Amount, '.')) le 2", businessTerms: Object.freeze(["BT-99"]) },
  { id: "BR-DEC-06", flag: "fatal", kind: "assert", test: "string-length(substring-after(cbc:BaseAmount, '.')) le 2", businessTerms: Object.freeze(["BT-100"]) },
  { id: "BR-12", flag: "fatal", kind: "assert", test: "exists(cbc:LineExtensionAmount)", businessTerms: Object.freeze(["BG-22", "BT-106"]) },
  { id: "BR-13", flag: "fatal", kind: "assert", test: "exists(cbc:TaxExclusiveAmount)", businessTerms: Object.freeze(["BG-22", "BT-109"]) },
  { id: "BR-14", flag: "fatal", kind: "assert", test: "exists(cbc:TaxInclusiveAmount)", businessTerms: Object.freeze(["BG-22", "BT-112"]) },
  { id: "BR-15", flag: "fatal", kind: "assert", test: "exists(cbc:PayableAmount)", businessTerms: Object.freeze(["BG-22", "BT-115"]) },
  { id: "BR-CO-10", flag: "fatal", kind: "assert", test: "xs:decimal(cbc:LineExtensionAmount) = round($lineNetSum * 100) div 100", businessTerms: Object.freeze(["BT-106", "BT-131"]) },
  { id: "BR-CO-11", flag: "fatal", kind: "assert", test: "xs:decimal(cbc:AllowanceTotalAmount) = $allowanceSum or (empty(cbc:AllowanceTotalAmount) and empty($docAllowances))", businessTerms: Object.freeze(["BT-107", "BT-92"]) },
  { id: "BR-CO-12", flag: "fatal", kind: "assert", test: "xs:decimal(cbc:ChargeTotalAmount) = $chargeSum or (empty(cbc:ChargeTotalAmount) and empty($docCharges))", businessTerms: Object.freeze(["BT-108", "BT-99"]) },
  { id: "BR-CO-13", flag: "fatal", kind: "assert", test: "xs:decimal(cbc:TaxExclusiveAmount) = (if (empty(cbc:ChargeTotalAmount | cbc:AllowanceTotalAmount)) then xs:decimal(cbc:LineExtensionAmount) else round((xs:decimal(cbc:LineExtensionAmount) + (if (exists(cbc:ChargeTotalAmount)) then xs:decimal(cbc:ChargeTotalAmount) else 0) - (if (exists(cbc:AllowanceTotalAmount)) then xs:decimal(cbc:AllowanceTotalAmount) else 0)) * 100) div 100)", businessTerms: Object.freeze(["BT-109", "BT-106", "BT-107", "BT-108"]) },
  { id: "BR-CO-16", flag: "fatal", kind: "assert", test: "(if (exists(cbc:PayableRoundingAmount)) then round((xs:decimal(cbc:PayableAmount) - xs:decimal(cbc:PayableRoundingAmount)) * 100) div 100 else xs:decimal(cbc:PayableAmount)) = (if (exists(cbc:PrepaidAmount)) then round((xs:decimal(cbc:TaxInclusiveAmount) - xs:decimal(cbc:PrepaidAmount)) * 100) div 100 else xs:decimal(cbc:TaxInclusiveAmount))", businessTerms: Object.freeze(["BT-115", "BT-112", "BT-113", "BT-114"]) },
  { id: "BR-DEC-09", flag: "fatal", kind: "assert", test: "string-length(substring-after(cbc:LineExtensionAmount, '.')) le 2", businessTerms: Object.freeze(["BT-106"]) },
  { id: "BR-DEC-10", flag: "fatal", kind: "assert", test: "string-length(substring-after(cbc:AllowanceTotalAmount, '.')) le 2", businessTerms: Object.freeze(["BT-107"]) },
  { id: "BR-DEC-11", flag: "fatal", kind: "assert", test: "string-length(substring-after(cbc:ChargeTotalAmount, '.')) le 2", businessTerms: Object.freeze(["BT-108"]) },
  { id: "BR-DEC-12", flag: "fatal", kind: "assert", test: "string-length(substring-after(cbc:TaxExclusiveAmount, '.')) le 2", businessTerms: Object.freeze(["BT-109"]) },
  { id: "BR-DEC-14", flag: "fatal", kind: "assert", test: "string-length(substring-after(cbc:TaxInclusiveAmount, '.')) le 2", businessTerms: Object.freeze(["BT-112"]) },
  { id: "BR-DEC-16", flag: "fatal", kind: "assert", test: "string-length(substring-after(cbc:PrepaidAmount, '.')) le 2", businessTerms: Object.freeze(["BT-113"]) },
  { id: "BR-DEC-17", flag: "fatal", kind: "assert", test: "string-length(substring-after(cbc:PayableRoundingAmount, '.')) le 2", businessTerms: Object.freeze(["BT-114"]) },
  { id: "BR-DEC-18", flag: "fatal", kind: "assert", test: "string-length(substring-after(cbc:PayableAmount, '.')) le 2", businessTerms: Object.freeze(["BT-115"]) },
  { id: "BR-01", flag: "fatal", kind: "assert", test: "normalize-space(cbc:CustomizationID) ne ''", businessTerms: Object.freeze(["BT-24"]) },
  { id: "BR-02", flag: "fatal", kind: "assert", test: "normalize-space(cbc:ID) ne ''", businessTerms: Object.freeze(["BT-1"]) },
  { id: "BR-03", flag: "fatal", kind: "assert", test: "normalize-space(cbc:IssueDate) ne ''", businessTerms: Object.freeze(["BT-2"]) },
  { id: "BR-04", flag: "fatal", kind: "assert", test: "normalize-space(cbc:InvoiceTypeCode) ne '' or normalize-space(cbc:CreditNoteTypeCode) ne ''", businessTerms: Object.freeze(["BT-3"]) },
  { id: "BR-05", flag: "fatal", kind: "assert", test: "normalize-space(cbc:DocumentCurrencyCode) ne ''", businessTerms: Object.freeze(["BT-5"]) },
  { id: "BR-06", flag: "fatal", kind: "assert", test: "normalize-space(cac:AccountingSupplierParty/cac:Party/cac:PartyLegalEntity/cbc:RegistrationName) ne ''", businessTerms: Object.freeze(["BT-27"]) },
  { id: "BR-07", flag: "fatal", kind: "assert", test: "normalize-space(cac:AccountingCustomerParty/cac:Party/cac:PartyLegalEntity/cbc:RegistrationName) ne ''", businessTerms: Object.freeze(["BT-44"]) },
  { id: "BR-08", flag: "fatal", kind: "assert", test: "exists(cac:AccountingSupplierParty/cac:Party/cac:PostalAddress)", businessTerms: Object.freeze(["BG-5"]) },
  { id: "BR-10", flag: "fatal", kind: "assert", test: "exists(cac:AccountingCustomerParty/cac:Party/cac:PostalAddress)", businessTerms: Object.freeze(["BG-8"]) },
  { id: "BR-16", flag: "fatal", kind: "assert", test: "exists(cac:InvoiceLine | cac:CreditNoteLine)", businessTerms: Object.freeze(["BG-25"]) },
  { id: "BR-53", flag: "fatal", kind: "assert", test: "every $code in cbc:TaxCurrencyCode satisfies //cac:TaxTotal/cbc:TaxAmount/@currencyID = $code", businessTerms: Object.freeze(["BT-6", "BT-111"]) },
  { id: "BR-AE-01", flag: "fatal", kind: "assert", test: "not($vatCategoryIds = 'AE' or $vatLineCategoryIds = 'AE') or count($vatBreakdownIds[. eq 'AE']) eq 1", businessTerms: Object.freeze(["BG-25", "BG-20", "BG-21", "BT-151", "BT-95", "BT-102", "BG-23", "BT-118"]) },
  { id: "BR-AE-02", flag: "fatal", kind: "assert", test: "empty($vatLineCategories[normalize-space(cbc:ID) eq 'AE']) or ($sellerTaxIdentified and (exists($buyerVatIds) or exists($buyerLegalIds)))", businessTerms: Object.freeze(["BG-25", "BT-151", "BT-31", "BT-32", "BT-63", "BT-48", "BT-47"]) },
  { id: "BR-AE-03", flag: "fatal", kind: "assert", test: "empty($vatAllowanceCategories[normalize-space(cbc:ID) eq 'AE']) or ($sellerTaxIdentified and (exists($buyerVatIds) or exists($buyerLegalIds)))", businessTerms: Object.freeze(["BG-20", "BT-95", "BT-31", "BT-32", "BT-63", "BT-48", "BT-47"]) },
  { id: "BR-AE-04", flag: "fatal", kind: "assert", test: "empty($vatChargeCategories[normalize-space(cbc:ID) eq 'AE']) or ($sellerTaxIdentified and (exists($buyerVatIds) or exists($buyerLegalIds)))", businessTerms: Object.freeze(["BG-21", "BT-102", "BT-31", "BT-32", "BT-63", "BT-48", "BT-47"]) },
  { id: "BR-CO-03", flag: "fatal", kind: "assert", test: "not(exists(cbc:TaxPointDate) and exists(cac:InvoicePeriod/cbc:DescriptionCode))", businessTerms: Object.freeze(["BT-7", "BT-8"]) },
  { id: "BR-CO-15", flag: "fatal", kind: "assert", test: "every $currency in cbc:DocumentCurrencyCode satisfies (count(cac:TaxTotal/cbc:TaxAmount[@currencyID = $currency]) eq 1 and cac:LegalMonetaryTotal/xs:decimal(cbc:TaxInclusiveAmount) = round((cac:LegalMonetaryTotal/xs:decimal(cbc:TaxExclusiveAmount) + cac:TaxTotal/cbc:TaxAmount[@currencyID = $currency]/xs:decimal(.)) * 100) div 100)", businessTerms: Object.freeze(["BT-112", "BT-109", "BT-110", "BT-5"]) },
  { id: "BR-CO-18", flag: "fatal", kind: "assert", test: "exists(cac:TaxTotal/cac:TaxSubtotal)", businessTerms: Object.freeze(["BG-23"]) },
  { id: "BR-DEC-13", flag: "fatal", kind: "assert", test: "every $amount in //cac:TaxTotal/cbc:TaxAmount[@currencyID = cbc:DocumentCurrencyCode] satisfies string-length(substring-after($amount, '.')) le 2", businessTerms: Object.freeze(["BT-110"]) },
  { id: "BR-DEC-15", flag: "fatal", kind: "assert", test: "every $amount in //cac:TaxTotal/cbc:TaxAmount[@currencyID = cbc:TaxCurrencyCode] satisfies string-length(substring-after($amount, '.')) le 2", businessTerms: Object.freeze(["BT-111"]) },
  { id: "BR-E-01", flag: "fatal", kind: "assert", test: "not($vatCategoryIds = 'E' or $vatLineCategoryIds = 'E') or count($vatBreakdownIds[. eq 'E']) eq 1", businessTerms: Object.freeze(["BG-25", "BG-20", "BG-21", "BT-151", "BT-95", "BT-102", "BG-23", "BT-118"]) },
  { id: "BR-E-02", flag: "fatal", kind: "assert", test: "empty($vatLineCategories[normalize-space(cbc:ID) eq 'E']) or $sellerTaxIdentified", businessTerms: Object.freeze(["BG-25", "BT-151", "BT-31", "BT-32", "BT-63"]) },
  { id: "BR-E-03", flag: "fatal", kind: "assert", test: "empty($vatAllowanceCategories[normalize-space(cbc:ID) eq 'E']) or $sellerTaxIdentified", businessTerms: Object.freeze(["BG-20", "BT-95", "BT-31", "BT-32", "BT-63"]) },
  { id: "BR-E-04", flag: "fatal", kind: "assert", test: "empty($vatChargeCategories[normalize-space(cbc:ID) eq 'E']) or $sellerTaxIdentified", businessTerms: Object.freeze(["BG-21", "BT-102", "BT-31", "BT-32", "BT-63"]) },
  { id: "BR-G-01", flag: "fatal", kind: "assert", test: "not($vatCategoryIds = 'G' or $vatLineCategoryIds = 'G') or count($vatBreakdownIds[. eq 'G']) eq 1", businessTerms: Object.freeze(["BG-25", "BG-20", "BG-21", "BT-151", "BT-95", "BT-102", "BG-23", "BT-118"]) },
  { id: "BR-G-02", flag: "fatal", kind: "assert", test: "empty($vatLineCategories[normalize-space(cbc:ID) eq 'G']) or $sellerVatIdentified", businessTerms: Object.freeze(["BG-25", "BT-151", "BT-31", "BT-63"]) },
  { id: "BR-G-03", flag: "fatal", kind: "assert", test: "empty($vatAllowanceCategories[normalize-space(cbc:ID) eq 'G']) or $sellerVatIdentified", businessTerms: Object.freeze(["BG-20", "BT-95", "BT-31", "BT-63"]) },
  { id: "BR-G-04", flag: "fatal", kind: "assert", test: "empty($vatChargeCategories[normalize-space(cbc:ID) eq 'G']) or $sellerVatIdentified", businessTerms: Object.freeze(["BG-21", "BT-102", "BT-31", "BT-63"]) },
  { id: "BR-IC-01", flag: "fatal", kind: "assert", test: "not($vatCategoryIds = 'K' or $vatLineCategoryIds = 'K') or count($vatBreakdownIds[. eq 'K']) eq 1", businessTerms: Object.freeze(["BG-25", "BG-20", "BG-21", "BT-151", "BT-95", "BT-102", "BG-23", "BT-118"]) },
  { id: "BR-IC-02", flag: "fatal", kind: "assert", test: "empty($vatLineCategories[normalize-space(cbc:ID) eq 'K']) or ($sellerVatIdentified and exists($buyerVatIds))", businessTerms: Object.freeze(["BG-25", "BT-151", "BT-31", "BT-63", "BT-48"]) },
  { id: "BR-IC-03", flag: "fatal", kind: "assert", test: "empty($vatAllowanceCategories[normalize-space(cbc:ID) eq 'K']) or ($sellerVatIdentified and exists($buyerVatIds))", businessTerms: Object.freeze(["BG-20", "BT-95", "BT-31", "BT-63", "BT-48"]) },
  { id: "BR-IC-04", flag: "fatal", kind: "assert", test: "empty($vatChargeCategories[normalize-space(cbc:ID) eq 'K']) or ($sellerVatIdentified and exists($buyerVatIds))", businessTerms: Object.freeze(["BG-21", "BT-102", "BT-31", "BT-63", "BT-48"]) },
  { id: "BR-IC-11", flag: "fatal", kind: "assert", test: "not($vatBreakdownIds = 'K') or string-length(cac:Delivery/cbc:ActualDeliveryDate) gt 1 or exists(cac:InvoicePeriod/*)", businessTerms: Object.freeze(["BG-23", "BT-118", "BT-72", "BG-14"]) },
  { id: "BR-IC-12", flag: "fatal", kind: "assert", test: "not($vatBreakdownIds = 'K') or string-length(cac:Delivery/cac:DeliveryLocation/cac:Address/cac:Country/cbc:IdentificationCode) gt 1", businessTerms: Object.freeze(["BG-23", "BT-118", "BT-80"]) },
  { id: "BR-AF-01", flag: "fatal", kind: "assert", test: "(count($vatAllowanceChargeCategories[normalize-space(cbc:ID) eq 'L']) + count($vatLineCategories[normalize-space(cbc:ID) eq 'L']) gt 0 and exists(cac:TaxTotal/cac:TaxSubtotal/cac:TaxCategory[cbc:ID = 'L'])) or (count($vatAllowanceChargeCategories[normalize-space(cbc:ID) eq 'L']) + count($vatLineCategories[normalize-space(cbc:ID) eq 'L']) eq 0 and empty($vatBreakdownCategories[normalize-space(cbc:ID) eq 'L']))", businessTerms: Object.freeze(["BG-25", "BG-20", "BG-21", "BT-151", "BT-95", "BT-102", "BG-23", "BT-118"]) },
  { id: "BR-AF-02", flag: "fatal", kind: "assert", test: "empty($vatLineCategories[normalize-space(cbc:ID) eq 'L']) or $sellerTaxIdentified", businessTerms: Object.freeze(["BG-25", "BT-151", "BT-31", "BT-32", "BT-63"]) },
  { id: "BR-AF-03", flag: "fatal", kind: "assert", test: "empty($vatAllowanceCategories[normalize-space(cbc:ID) eq 'L']) or $sellerTaxIdentified", businessTerms: Object.freeze(["BG-20", "BT-95", "BT-31", "BT-32", "BT-63"]) },
  { id: "BR-AF-04", flag: "fatal", kind: "assert", test: "empty($vatChargeCategories[cbc:ID = 'L']) or $sellerTaxIdentified", businessTerms: Object.freeze(["BG-21", "BT-102", "BT-31", "BT-32", "BT-63"]) },
  { id: "BR-AG-01", flag: "fatal", kind: "assert", test: "(count($vatAllowanceChargeCategories[normalize-space(cbc:ID) eq 'M']) + count($vatLineCategories[normalize-space(cbc:ID) eq 'M']) gt 0 and exists($vatBreakdownCategories[cbc:ID = 'M'])) or (count($vatAllowanceChargeCategories[normalize-space(cbc:ID) eq 'M']) + count($vatLineCategories[normalize-space(cbc:ID) eq 'M']) eq 0 and empty($vatBreakdownCategories[normalize-space(cbc:ID) eq 'M']))", businessTerms: Object.freeze(["BG-25", "BG-20", "BG-21", "BT-151", "BT-95", "BT-102", "BG-23", "BT-118"]) },
  { id: "BR-AG-02", flag: "fatal", kind: "assert", test: "empty($vatLineCategories[normalize-space(cbc:ID) eq 'M']) or $sellerTaxIdentified", businessTerms: Object.freeze(["BG-25", "BT-151", "BT-31", "BT-32", "BT-63"]) },
  { id: "BR-AG-03", flag: "fatal", kind: "assert", test: "empty($vatAllowanceCategories[normalize-space(cbc:ID) eq 'M']) or $sellerTaxIdentified", businessTerms: Object.freeze(["BG-20", "BT-95", "BT-31", "BT-32", "BT-63"]) },
  { id: "BR-AG-04", flag: "fatal", kind: "assert", test: "empty($vatChargeCategories[normalize-space(cbc:ID) eq 'M']) or $sellerTaxIdentified", businessTerms: Object.freeze(["BG-21", "BT-102", "BT-31", "BT-32", "BT-63"]) },
  { id: "BR-O-01", flag: "fatal", kind: "assert", test: "not($vatCategoryIds = 'O' or $vatLineCategoryIds = 'O') or count($vatBreakdownIds[. eq 'O']) eq 1", businessTerms: Object.freeze(["BG-25", "BG-20", "BG-21", "BT-151", "BT-95", "BT-102", "BG-23", "BT-118"]) },
  { id: "BR-O-02", flag: "fatal", kind: "assert", test: "empty($vatLineCategories[normalize-space(cbc:ID) eq 'O']) or $noVatIdentifiers", businessTerms: Object.freeze(["BG-25", "BT-151", "BT-31", "BT-63", "BT-48"]) },
  { id: "BR-O-03", flag: "fatal", kind: "assert", test: "empty(cac:AllowanceCharge[cbc:ChargeIndicator = false()]/cac:TaxCategory[cac:TaxScheme/cbc:ID/upper-case(normalize-space(.)) = 'VAT'][normalize-space(cbc:ID) eq 'O']) or $noVatIdentifiers", businessTerms: Object.freeze(["BG-20", "BT-95", "BT-31", "BT-63", "BT-48"]) },
  { id: "BR-O-04", flag: "fatal", kind: "assert", test: "empty(cac:AllowanceCharge[cbc:ChargeIndicator = true()]/cac:TaxCategory[cac:TaxScheme/cbc:ID/upper-case(normalize-space(.)) = 'VAT'][normalize-space(cbc:ID) eq 'O']) or $noVatIdentifiers", businessTerms: Object.freeze(["BG-21", "BT-102", "BT-31", "BT-63", "BT-48"]) },
  { id: "BR-O-11", flag: "fatal", kind: "assert", test: "not($vatBreakdownIds = 'O') or empty($vatBreakdownCategories[normalize-space(cbc:ID) ne 'O'])", businessTerms: Object.freeze(["BG-23", "BT-118"]) },
  { id: "BR-O-12", flag: "fatal", kind: "assert", test: "not($vatBreakdownIds = 'O') or empty($vatLineCategories[normalize-space(cbc:ID) ne 'O'])", businessTerms: Object.freeze(["BG-23", "BT-151"]) },
  { id: "BR-O-13", flag: "fatal", kind: "assert", test: "not($vatBreakdownIds = 'O') or empty($vatAllowanceCategories[normalize-space(cbc:ID) ne 'O'])", businessTerms: Object.freeze(["BG-23", "BT-95"]) },
  { id: "BR-O-14", flag: "fatal", kind: "assert", test: "not($vatBreakdownIds = 'O') or empty($vatChargeCategories[normalize-space(cbc:ID) ne 'O'])", businessTerms: Object.freeze(["BG-23", "BT-102"]) },
  { id: "BR-S-01", flag: "fatal", kind: "assert", test: "(count(//cac:AllowanceCharge/cac:TaxCategory[normalize-space(cbc:ID) eq 'S']) + count(//cac:ClassifiedTaxCategory[normalize-space(cbc:ID) eq 'S']) gt 0) eq exists(cac:TaxTotal/cac:TaxSubtotal/cac:TaxCategory[normalize-space(cbc:ID) eq 'S'])", businessTerms: Object.freeze(["BG-25", "BG-20", "BG-21", "BT-151", "BT-95", "BT-102", "BG-23", "BT-118"]) },
  { id: "BR-S-02", flag: "fatal", kind: "assert", test: "empty(//cac:ClassifiedTaxCategory[normalize-space(cbc:ID) eq 'S']) or (exists($vatLineCategories[normalize-space(cbc:ID) eq 'S']) and $sellerTaxIdentified)", businessTerms: Object.freeze(["BG-25", "BT-151", "BT-31", "BT-32", "BT-63"]) },
  { id: "BR-S-03", flag: "fatal", kind: "assert", test: "empty($vatAllowanceCategories[normalize-space(cbc:ID) eq 'S']) or $sellerTaxIdentified", businessTerms: Object.freeze(["BG-20", "BT-95", "BT-31", "BT-32", "BT-63"]) },
  { id: "BR-S-04", flag: "fatal", kind: "assert", test: "empty($vatChargeCategories[normalize-space(cbc:ID) eq 'S']) or $sellerTaxIdentified", businessTerms: Object.freeze(["BG-21", "BT-102", "BT-31", "BT-32", "BT-63"]) },
  { id: "BR-Z-01", flag: "fatal", kind: "assert", test: "not($vatCategoryIds = 'Z' or $vatLineCategoryIds = 'Z') or count($vatBreakdownIds[. eq 'Z']) eq 1", businessTerms: Object.freeze(["BG-25", "BG-20", "BG-21", "BT-151", "BT-95", "BT-102", "BG-23", "BT-118"]) },
  { id: "BR-Z-02", flag: "fatal", kind: "assert", test: "empty($vatLineCategories[normalize-space(cbc:ID) eq 'Z']) or $sellerTaxIdentified", businessTerms: Object.freeze(["BG-25", "BT-151", "BT-31", "BT-32", "BT-63"]) },
  { id: "BR-Z-03", flag: "fatal", kind: "assert", test: "empty($vatAllowanceCategories[normalize-space(cbc:ID) eq 'Z']) or $sellerTaxIdentified", businessTerms: Object.freeze(["BG-20", "BT-95", "BT-31", "BT-32", "BT-63"]) },
  { id: "BR-Z-04", flag: "fatal", kind: "assert", test: "empty($vatChargeCategories[normalize-space(cbc:ID) eq 'Z']) or $sellerTaxIdentified", businessTerms: Object.freeze(["BG-21", "BT-102", "BT-31", "BT-32", "BT-63"]) },
  { id: "BR-B-01", flag: "fatal", kind: "assert", test: "not(//cac:TaxCategory/cbc:ID = 'B' or //cac:ClassifiedTaxCategory/cbc:ID = 'B') or not(//cbc:IdentificationCode != 'IT')", businessTerms: Object.freeze(["BT-40", "BT-55"]) },
  { id: "BR-B-02", flag: "fatal", kind: "assert", test: "not(cac:TaxTotal/cac:TaxSubtotal/cac:TaxCategory/cbc:ID = 'B' or cac:AllowanceCharge/cac:TaxCategory/cbc:ID = 'B' or //cac:ClassifiedTaxCategory/cbc:ID = 'B') or not(cac:TaxTotal/cac:TaxSubtotal/cac:TaxCategory/cbc:ID = 'S' or cac:AllowanceCharge/cac:TaxCategory/cbc:ID = 'S' or //cac:ClassifiedTaxCategory/cbc:ID = 'S')", businessTerms: Object.freeze(["BG-23", "BG-20", "BG-21", "BG-25"]) },
  { id: "BR-21", flag: "fatal", kind: "assert", test: "normalize-space(cbc:ID) ne ''", businessTerms: Object.freeze(["BG-25", "BT-126"]) },
  { id: "BR-22", flag: "fatal", kind: "assert", test: "exists(cbc:InvoicedQuantity | cbc:CreditedQuantity)", businessTerms: Object.freeze(["BG-25", "BT-126", "BT-129"]) },
  { id: "BR-23", flag: "fatal", kind: "assert", test: "exists(cbc:InvoicedQuantity/@unitCode | cbc:CreditedQuantity/@unitCode)", businessTerms: Object.freeze(["BG-25", "BT-126", "BT-130"]) },
  { id: "BR-24", flag: "fatal", kind: "assert", test: "exists(cbc:LineExtensionAmount)", businessTerms: Object.freeze(["BG-25", "BT-126", "BT-131"]) },
  { id: "BR-25", flag: "fatal", kind: "assert", test: "normalize-space(cac:Item/cbc:Name) ne ''", businessTerms: Object.freeze(["BG-25", "BT-126", "BT-153"]) },
  { id: "BR-26", flag: "fatal", kind: "assert", test: "exists(cac:Price/cbc:PriceAmount)", businessTerms: Object.freeze(["BG-25", "BT-126", "BT-146"]) },
  { id: "BR-27", flag: "fatal", kind: "assert", test: "cac:Price/cbc:PriceAmount >= 0", businessTerms: Object.freeze(["BT-146", "BG-25"]) },
  { id: "BR-28", flag: "fatal", kind: "assert", test: "empty(cac:Price/cac:AllowanceCharge/cbc:BaseAmount) or cac:Price/cac:AllowanceCharge/cbc:BaseAmount >= 0", businessTerms: Object.freeze(["BT-148", "BG-25"]) },
  { id: "BR-CO-04", flag: "fatal", kind: "assert", test: "exists(cac:Item/cac:ClassifiedTaxCategory[cac:TaxScheme/cbc:ID/upper-case(normalize-space(.)) = 'VAT']/cbc:ID)", businessTerms: Object.freeze(["BG-25", "BT-126", "BT-151"]) },
  { id: "BR-DEC-23", flag: "fatal", kind: "assert", test: "string-length(substring-after(cbc:LineExtensionAmount, '.')) le 2", businessTerms: Object.freeze(["BT-131"]) },
  { id: "BR-41", flag: "fatal", kind: "assert", test: "exists(cbc:Amount)", businessTerms: Object.freeze(["BG-27", "BT-136"]) },
  { id: "BR-42", flag: "fatal", kind: "assert", test: "$reasonGiven", businessTerms: Object.freeze(["BG-27", "BT-139", "BT-140"]) },
  { id: "BR-CO-07", flag: "fatal", kind: "assert", test: "true()", businessTerms: Object.freeze(["BT-140", "BT-139"]) },
  { id: "BR-CO-23", flag: "fatal", kind: "assert", test: "$reasonGiven", businessTerms: Object.freeze(["BG-27", "BT-139", "BT-140"]) },
  { id: "BR-DEC-24", flag: "fatal", kind: "assert", test: "string-length(substring-after(cbc:Amount, '.')) le 2", businessTerms: Object.freeze(["BT-136"]) },
  { id: "BR-DEC-25", flag: "fatal", kind: "assert", test: "string-length(substring-after(cbc:BaseAmount, '.')) le 2", businessTerms: Object.freeze(["BT-137"]) },
  { id: "BR-43", flag: "fatal", kind: "assert", test: "exists(cbc:Amount)", businessTerms: Object.freeze(["BG-28", "BT-141"]) },
  { id: "BR-44", flag: "fatal", kind: "assert", test: "$reasonGiven", businessTerms: Object.freeze(["BG-28", "BT-144", "BT-145"]) },
  { id: "BR-CO-08", flag: "fatal", kind: "assert", test: "true()", businessTerms: Object.freeze(["BT-145", "BT-144"]) },
  { id: "BR-CO-24", flag: "fatal", kind: "assert", test: "$reasonGiven", businessTerms: Object.freeze(["BG-28", "BT-144", "BT-145"]) },
  { id: "BR-DEC-27", flag: "fatal", kind: "assert", test: "string-length(substring-after(cbc:Amount, '.')) le 2", businessTerms: Object.freeze(["BT-141"]) },
  { id: "BR-DEC-28", flag: "fatal", kind: "assert", test: "string-length(substring-after(cbc:BaseAmount, '.')) le 2", businessTerms: Object.freeze(["BT-142"]) },
  { id: "BR-30", flag: "fatal", kind: "assert", test: "not(exists(cbc:StartDate) and exists(cbc:EndDate)) or xs:date(cbc:EndDate) ge xs:date(cbc:StartDate)", businessTerms: Object.freeze(["BT-135", "BT-134"]) },
  { id: "BR-CO-20", flag: "fatal", kind: "assert", test: "exists(cbc:StartDate | cbc:EndDate)", businessTerms: Object.freeze(["BG-26", "BT-134", "BT-135"]) },
  { id: "BR-29", flag: "fatal", kind: "assert", test: "not(exists(cbc:StartDate) and exists(cbc:EndDate)) or xs:date(cbc:EndDate) ge xs:date(cbc:StartDate)", businessTerms: Object.freeze(["BT-74", "BT-73"]) },
  { id: "BR-CO-19", flag: "fatal", kind: "assert", test: "exists(cbc:StartDate | cbc:EndDate | cbc:DescriptionCode)", businessTerms: Object.freeze(["BG-14", "BT-73", "BT-74", "BT-8"]) },
  { id: "BR-54", flag: "fatal", kind: "assert", test: "exists(cbc:Name) and exists(cbc:Value)", businessTerms: Object.freeze(["BG-32", "BT-160", "BT-161"]) },
  { id: "BR-65", flag: "fatal", kind: "assert", test: "exists(@listID)", businessTerms: Object.freeze(["BT-158"]) },
  { id: "BR-64", flag: "fatal", kind: "assert", test: "exists(@schemeID)", businessTerms: Object.freeze(["BT-157"]) },
  { id: "BR-CL-08", flag: "fatal", kind: "assert", test: "not(contains(., '#')) or string-length($subjectCode) ne 3 or contains($knownSubjectCodes, $subjectCode)", businessTerms: Object.freeze(["BT-21"]) },
  { id: "BR-17", flag: "fatal", kind: "assert", test: "exists(cac:PartyName/cbc:Name) and not(cac:PartyName/cbc:Name = ../cac:AccountingSupplierParty/cac:Party/cac:PartyName/cbc:Name) and not(cac:PartyIdentification/cbc:ID = ../cac:AccountingSupplierParty/cac:Party/cac:PartyIdentification/cbc:ID)", businessTerms: Object.freeze(["BG-10", "BT-59", "BT-60"]) },
  { id: "BR-50", flag: "fatal", kind: "assert", test: "normalize-space(cbc:ID) ne ''", businessTerms: Object.freeze(["BT-81", "BT-84"]) },
  { id: "BR-49", flag: "fatal", kind: "assert", test: "exists(cbc:PaymentMeansCode)", businessTerms: Object.freeze(["BG-16", "BT-81"]) },
  { id: "BR-61", flag: "fatal", kind: "assert", test: "not($meansCode = ('30', '58')) or exists(cac:PayeeFinancialAccount/cbc:ID)", businessTerms: Object.freeze(["BT-81", "BT-84"]) },
  { id: "BR-55", flag: "fatal", kind: "assert", test: "exists(cac:InvoiceDocumentReference/cbc:ID)", businessTerms: Object.freeze(["BG-3", "BT-25"]) },
  { id: "BR-CO-26", flag: "fatal", kind: "assert", test: "exists(cac:Party/cac:PartyTaxScheme[cac:TaxScheme/cbc:ID/upper-case(normalize-space(.)) = 'VAT']/cbc:CompanyID) or exists(cac:Party/cac:PartyIdentification/cbc:ID[not(@schemeID = 'SEPA')]) or exists(cac:Party/cac:PartyLegalEntity/cbc:CompanyID)", businessTerms: Object.freeze(["BG-4", "BT-29", "BT-30", "BT-31"]) },
  { id: "BR-62", flag: "fatal", kind: "assert", test: "exists(@schemeID)", businessTerms: Object.freeze(["BT-34"]) },
  { id: "BR-09", flag: "fatal", kind: "assert", test: "normalize-space(cac:Country/cbc:IdentificationCode) ne ''", businessTerms: Object.freeze(["BG-5", "BT-40"]) },
  { id: "BR-18", flag: "fatal", kind: "assert", test: "normalize-space(cac:PartyName/cbc:Name) ne ''", businessTerms: Object.freeze(["BG-11", "BT-62"]) },
  { id: "BR-19", flag: "fatal", kind: "assert", test: "exists(cac:PostalAddress)", businessTerms: Object.freeze(["BG-11", "BG-12"]) },
  { id: "BR-56", flag: "fatal", kind: "assert", test: "exists(cac:PartyTaxScheme[cac:TaxScheme/cbc:ID/upper-case(normalize-space(.)) = 'VAT']/cbc:CompanyID)", businessTerms: Object.freeze(["BG-11", "BT-63"]) },
  { id: "BR-20", flag: "fatal", kind: "assert", test: "normalize-space(cac:Country/cbc:IdentificationCode) ne ''", businessTerms: Object.freeze(["BG-12", "BT-69"]) },
  { id: "BR-CO-14", flag: "fatal", kind: "assert", test: "empty(cac:TaxSubtotal) or xs:decimal(cbc:TaxAmount) = round($subtotalVatSum * 100) div 100", businessTerms: Object.freeze(["BT-110", "BT-117"]) },
  { id: "BR-45", flag: "fatal", kind: "assert", test: "exists(cbc:TaxableAmount)", businessTerms: Object.freeze(["BG-23", "BT-116"]) },
  { id: "BR-46", flag: "fatal", kind: "assert", test: "exists(cbc:TaxAmount)", businessTerms: Object.freeze(["BG-23", "BT-117"]) },
  { id: "BR-47", flag: "fatal", kind: "assert", test: "exists($vatCategory/cbc:ID)", businessTerms: Object.freeze(["BG-23", "BT-118"]) },
  { id: "BR-48", flag: "fatal", kind: "assert", test: "exists($vatCategory/cbc:Percent) or $vatCategory/normalize-space(cbc:ID) = 'O'", businessTerms: Object.freeze(["BG-23", "BT-119"]) },
  { id: "BR-CO-17", flag: "fatal", kind: "assert", test: "(round($rate) = 0 and round($categoryVat) = 0) or (round($rate) != 0 and abs(abs($categoryVat) - round(abs(xs:decimal(cbc:TaxableAmount)) * ($rate div 100) * 100) div 100) lt 1) or (empty($rate) and round($categoryVat) = 0)", businessTerms: Object.freeze(["BT-117", "BT-116", "BT-119"]) },
  { id: "BR-DEC-19", flag: "fatal", kind: "assert", test: "string-length(substring-after(cbc:TaxableAmount, '.')) le 2", businessTerms: Object.freeze(["BT-116"]) },
  { id: "BR-DEC-20", flag: "fatal", kind: "assert", test: "string-length(substring-after(cbc:TaxAmount, '.')) le 2", businessTerms: Object.freeze(["BT-117"]) },
  { id: "BR-CO-09", flag: "fatal", kind: "assert", test: "contains($countryPrefixes, substring(cbc:CompanyID, 1, 2))", businessTerms: Object.freeze(["BT-31", "BT-48", "BT-63"]) },
  { id: "BR-AE-08", flag: "fatal", kind: "assert", test: "(exists(//cac:InvoiceLine) and xs:decimal(../cbc:TaxableAmount) = $invoiceLinesNet) or (exists(//cac:CreditNoteLine) and xs:decimal(../cbc:TaxableAmount) = $creditNoteLinesNet)", businessTerms: Object.freeze(["BT-116", "BT-131", "BT-99", "BT-92"]) },
  { id: "BR-AE-09", flag: "fatal", kind: "assert", test: "xs:decimal(../cbc:TaxAmount) = 0", businessTerms: Object.freeze(["BT-117"]) },
  { id: "BR-AE-10", flag: "fatal", kind: "assert", test: "exists(cbc:TaxExemptionReason | cbc:TaxExemptionReasonCode)", businessTerms: Object.freeze(["BG-23", "BT-121", "BT-120"]) },
  { id: "BR-AE-06", flag: "fatal", kind: "assert", test: "xs:decimal(cbc:Percent) = 0", businessTerms: Object.freeze(["BT-96"]) },
  { id: "BR-AE-07", flag: "fatal", kind: "assert", test: "xs:decimal(cbc:Percent) = 0", businessTerms: Object.freeze(["BT-103"]) },
  { id: "BR-AE-05", flag: "fatal", kind: "assert", test: "xs:decimal(cbc:Percent) = 0", businessTerms: Object.freeze(["BT-152"]) },
  { id: "BR-E-08", flag: "fatal", kind: "assert", test: "(exists(//cac:InvoiceLine) and xs:decimal(../cbc:TaxableAmount) = $invoiceLinesNet) or (exists(//cac:CreditNoteLine) and xs:decimal(../cbc:TaxableAmount) = $creditNoteLinesNet)", businessTerms: Object.freeze(["BT-116", "BT-131", "BT-99", "BT-92"]) },
  { id: "BR-E-09", flag: "fatal", kind: "assert", test: "xs:decimal(../cbc:TaxAmount) = 0", businessTerms: Object.freeze(["BT-117"]) },
  { id: "BR-E-10", flag: "fatal", kind: "assert", test: "exists(cbc:TaxExemptionReason | cbc:TaxExemptionReasonCode)", businessTerms: Object.freeze(["BG-23", "BT-121", "BT-120"]) },
  { id: "BR-E-06", flag: "fatal", kind: "assert", test: "xs:decimal(cbc:Percent) = 0", businessTerms: Object.freeze(["BT-96"]) },
  { id: "BR-E-07", flag: "fatal", kind: "assert", test: "xs:decimal(cbc:Percent) = 0", businessTerms: Object.freeze(["BT-103"]) },
  { id: "BR-E-05", flag: "fatal", kind: "assert", test: "xs:decimal(cbc:Percent) = 0", businessTerms: Object.freeze(["BT-152"]) },
  { id: "BR-G-08", flag: "fatal", kind: "assert", test: "(exists(//cac:InvoiceLine) and xs:decimal(../cbc:TaxableAmount) = $invoiceLinesNet) or (exists(//cac:CreditNoteLine) and xs:decimal(../cbc:TaxableAmount) = $creditNoteLinesNet)", businessTerms: Object.freeze(["BT-116", "BT-131", "BT-99", "BT-92"]) },
  { id: "BR-G-09", flag: "fatal", kind: "assert", test: "xs:decimal(../cbc:TaxAmount) = 0", businessTerms: Object.freeze(["BT-117"]) },
  { id: "BR-G-10", flag: "fatal", kind: "assert", test: "exists(cbc:TaxExemptionReason | cbc:TaxExemptionReasonCode)", businessTerms: Object.freeze(["BG-23", "BT-121", "BT-120"]) },
  { id: "BR-G-06", flag: "fatal", kind: "assert", test: "xs:decimal(cbc:Percent) = 0", businessTerms: Object.freeze(["BT-96"]) },
  { id: "BR-G-07", flag: "fatal", kind: "assert", test: "xs:decimal(cbc:Percent) = 0", businessTerms: Object.freeze(["BT-103"]) },
  { id: "BR-G-05", flag: "fatal", kind: "assert", test: "xs:decimal(cbc:Percent) = 0", businessTerms: Object.freeze(["BT-152"]) },
  { id: "BR-IC-08", flag: "fatal", kind: "assert", test: "(exists(//cac:InvoiceLine) and xs:decimal(../cbc:TaxableAmount) = $invoiceLinesNet) or (exists(//cac:CreditNoteLine) and xs:decimal(../cbc:TaxableAmount) = $creditNoteLinesNet)", businessTerms: Object.freeze(["BT-116", "BT-131", "BT-99", "BT-92"]) },
  { id: "BR-IC-09", flag: "fatal", kind: "assert", test: "xs:decimal(../cbc:TaxAmount) = 0", businessTerms: Object.freeze(["BT-117"]) },
  { id: "BR-IC-10", flag: "fatal", kind: "assert", test: "exists(cbc:TaxExemptionReason | cbc:TaxExemptionReasonCode)", businessTerms: Object.freeze(["BG-23", "BT-121", "BT-120"]) },
  { id: "BR-IC-06", flag: "fatal", kind: "assert", test: "xs:decimal(cbc:Percent) = 0", businessTerms: Object.freeze(["BT-96"]) },
  { id: "BR-IC-07", flag: "fatal", kind: "assert", test: "xs:decimal(cbc:Percent) = 0", businessTerms: Object.freeze(["BT-103"]) },
  { id: "BR-IC-05", flag: "fatal", kind: "assert", test: "xs:decimal(cbc:Percent) = 0", businessTerms: Object.freeze(["BT-152"]) },
  { id: "BR-AF-08", flag: "fatal", kind: "assert", test: "empty($rate) or (exists(//cac:InvoiceLine) and ($taxableLow lt $invoiceLinesNet and $invoiceLinesNet lt $taxableHigh)) or (exists(//cac:CreditNoteLine) and ($taxableLow lt $creditNoteLinesNet and $creditNoteLinesNet lt $taxableHigh))", businessTerms: Object.freeze(["BT-116", "BT-119", "BT-131", "BT-99", "BT-92"]) },
  { id: "BR-AF-09", flag: "fatal", kind: "assert", test: "abs(abs(xs:decimal(../cbc:TaxAmount)) - $expectedVat) lt 1", businessTerms: Object.freeze(["BT-117", "BT-116", "BT-119"]) },
  { id: "BR-AF-10", flag: "fatal", kind: "assert", test: "empty(cbc:TaxExemptionReason | cbc:TaxExemptionReasonCode)", businessTerms: Object.freeze(["BG-23", "BT-121", "BT-120"]) },
  { id: "BR-AF-06", flag: "fatal", kind: "assert", test: "cbc:Percent >= 0", businessTerms: Object.freeze(["BT-96"]) },
  { id: "BR-AF-07", flag: "fatal", kind: "assert", test: "cbc:Percent >= 0", businessTerms: Object.freeze(["BT-103"]) },
  { id: "BR-AF-05", flag: "fatal", kind: "assert", test: "cbc:Percent >= 0", businessTerms: Object.freeze(["BT-152"]) },
  { id: "BR-AG-08", flag: "fatal", kind: "assert", test: "empty($rate) or (exists(//cac:InvoiceLine) and ($taxableLow lt $invoiceLinesNet and $invoiceLinesNet lt $taxableHigh)) or (exists(//cac:CreditNoteLine) and ($taxableLow lt $creditNoteLinesNet and $creditNoteLinesNet lt $taxableHigh))", businessTerms: Object.freeze(["BT-116", "BT-119", "BT-131", "BT-99", "BT-92"]) },
  { id: "BR-AG-09", flag: "fatal", kind: "assert", test: "abs(abs(xs:decimal(../cbc:TaxAmount)) - $expectedVat) lt 1", businessTerms: Object.freeze(["BT-117", "BT-116", "BT-119"]) },
  { id: "BR-AG-10", flag: "fatal", kind: "assert", test: "empty(cbc:TaxExemptionReason | cbc:TaxExemptionReasonCode)", businessTerms: Object.freeze(["BG-23", "BT-121", "BT-120"]) },
  { id: "BR-AG-06", flag: "fatal", kind: "assert", test: "cbc:Percent >= 0", businessTerms: Object.freeze(["BT-96"]) },
  { id: "BR-AG-07", flag: "fatal", kind: "assert", test: "cbc:Percent >= 0", businessTerms: Object.freeze(["BT-103"]) },
  { id: "BR-AG-05", flag: "fatal", kind: "assert", test: "cbc:Percent >= 0", businessTerms: Object.freeze(["BT-152"]) },
  { id: "BR-O-08", flag: "fatal", kind: "assert", test: "(exists(//cac:InvoiceLine) and xs:decimal(../cbc:TaxableAmount) = $invoiceLinesNet) or (exists(//cac:CreditNoteLine) and xs:decimal(../cbc:TaxableAmount) = $creditNoteLinesNet)", businessTerms: Object.freeze(["BT-116", "BT-131", "BT-99", "BT-92"]) },
  { id: "BR-O-09", flag: "fatal", kind: "assert", test: "xs:decimal(../cbc:TaxAmount) = 0", businessTerms: Object.freeze(["BT-117"]) },
  { id: "BR-O-10", flag: "fatal", kind: "assert", test: "exists(cbc:TaxExemptionReason | cbc:TaxExemptionReasonCode)", businessTerms: Object.freeze(["BG-23", "BT-121", "BT-120"]) },
  { id: "BR-O-06", flag: "fatal", kind: "assert", test: "empty(cbc:Percent)", businessTerms: Object.freeze(["BT-96"]) },
  { id: "BR-O-07", flag: "fatal", kind: "assert", test: "empty(cbc:Percent)", businessTerms: Object.freeze(["BT-103"]) },
  { id: "BR-O-05", flag: "fatal", kind: "assert", test: "empty(cbc:Percent)", businessTerms: Object.freeze(["BT-152"]) },
  { id: "BR-S-08", flag: "fatal", kind: "assert", test: "empty($rate) or (($invoiceLineAtRate or $allowanceChargeAtRate) and ($taxableLow lt $invoiceLinesNet and $invoiceLinesNet lt $taxableHigh)) or (($creditNoteLineAtRate or $allowanceChargeAtRate) and ($taxableLow lt $creditNoteLinesNet and $creditNoteLinesNet lt $taxableHigh))", businessTerms: Object.freeze(["BT-116", "BT-119", "BT-131", "BT-99", "BT-92"]) },
  { id: "BR-S-09", flag: "fatal", kind: "assert", test: "abs(abs(xs:decimal(../cbc:TaxAmount)) - $expectedVat) lt 1", businessTerms: Object.freeze(["BT-117", "BT-116", "BT-119"]) },
  { id: "BR-S-10", flag: "fatal", kind: "assert", test: "empty(cbc:TaxExemptionReason | cbc:TaxExemptionReasonCode)", businessTerms: Object.freeze(["BG-23", "BT-121", "BT-120"]) },
  { id: "BR-S-06", flag: "fatal", kind: "assert", test: "cbc:Percent > 0", businessTerms: Object.freeze(["BT-96"]) },
  { id: "BR-S-07", flag: "fatal", kind: "assert", test: "cbc:Percent > 0", businessTerms: Object.freeze(["BT-103"]) },
  { id: "BR-S-05", flag: "fatal", kind: "assert", test: "cbc:Percent > 0", businessTerms: Object.freeze(["BT-152"]) },
  { id: "BR-Z-08", flag: "fatal", kind: "assert", test: "(exists(//cac:InvoiceLine) and xs:decimal(../cbc:TaxableAmount) = $invoiceLinesNet) or (exists(//cac:CreditNoteLine) and xs:decimal(../cbc:TaxableAmount) = $creditNoteLinesNet)", businessTerms: Object.freeze(["BT-116", "BT-131", "BT-99", "BT-92"]) },
  { id: "BR-Z-09", flag: "fatal", kind: "assert", test: "xs:decimal(../cbc:TaxAmount) = 0", businessTerms: Object.freeze(["BT-117"]) },
  { id: "BR-Z-10", flag: "fatal", kind: "assert", test: "empty(cbc:TaxExemptionReason | cbc:TaxExemptionReasonCode)", businessTerms: Object.freeze(["BG-23", "BT-121", "BT-120"]) },
  { id: "BR-Z-06", flag: "fatal", kind: "assert", test: "xs:decimal(cbc:Percent) = 0", businessTerms: Object.freeze(["BT-96"]) },
  { id: "BR-Z-07", flag: "fatal", kind: "assert", test: "xs:decimal(cbc:Percent) = 0", businessTerms: Object.freeze(["BT-103"]) },
  { id: "BR-Z-05", flag: "fatal", kind: "assert", test: "xs:decimal(cbc:Percent) = 0", businessTerms: Object.freeze(["BT-152"]) },
  { id: "UBL-SR-51", flag: "fatal", kind: "assert", test: "count(cac:AddressLine) le 1", businessTerms: Object.freeze(["BT-162", "BT-163", "BT-164", "BT-165"]) },
  { id: "UBL-SR-42", flag: "fatal", kind: "assert", test: "count(cac:PartyTaxScheme) le 2", businessTerms: Object.freeze(["BT-31", "BT-32"]) },
  { id: "UBL-SR-33", flag: "fatal", kind: "assert", test: "count(cbc:DocumentDescription) le 1", businessTerms: Object.freeze(["BT-123"]) },
  { id: "UBL-SR-43", flag: "fatal", kind: "assert", test: "if (exists(cbc:DocumentTypeCode)) then (cbc:DocumentTypeCode = '130' or (local-name(/*) eq 'CreditNote' and cbc:DocumentTypeCode = '50')) else empty(cbc:ID/@schemeID)", businessTerms: Object.freeze(["BT-18"]) },
  { id: "UBL-DT-01", flag: "fatal", kind: "assert", test: "string-length(substring-after(., '.')) le 2", businessTerms: Object.freeze([]) },
  { id: "UBL-DT-06", flag: "fatal", kind: "assert", test: "exists(@mimeCode)", businessTerms: Object.freeze(["BT-125"]) },
  { id: "UBL-DT-07", flag: "fatal", kind: "assert", test: "exists(@filename)", businessTerms: Object.freeze(["BT-125"]) },
  { id: "UBL-SR-25", flag: "fatal", kind: "assert", test: "count(cac:DeliveryParty/cac:PartyName/cbc:Name) le 1", businessTerms: Object.freeze(["BT-70"]) },
  { id: "UBL-SR-30", flag: "fatal", kind: "assert", test: "count(cbc:AllowanceChargeReason) le 1", businessTerms: Object.freeze(["BT-97", "BT-139"]) },
  { id: "UBL-SR-31", flag: "fatal", kind: "assert", test: "count(cbc:AllowanceChargeReason) le 1", businessTerms: Object.freeze(["BT-104", "BT-144"]) },
  { id: "UBL-SR-53", flag: "fatal", kind: "assert", test: "exists(cbc:CompanyID) and exists(cac:TaxScheme/cbc:ID)", businessTerms: Object.freeze(["BT-31", "BT-32", "BT-48", "BT-63"]) },
  { id: "UBL-CR-001", flag: "warning", kind: "assert", test: "empty(ext:UBLExtensions)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-002", flag: "warning", kind: "assert", test: "if (exists(cbc:UBLVersionID)) then cbc:UBLVersionID = '2.1' else true()", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-003", flag: "warning", kind: "assert", test: "empty(cbc:ProfileExecutionID)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-004", flag: "warning", kind: "assert", test: "empty(cbc:CopyIndicator)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-005", flag: "warning", kind: "assert", test: "empty(cbc:UUID)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-006", flag: "warning", kind: "assert", test: "empty(cbc:IssueTime)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-007", flag: "warning", kind: "assert", test: "empty(cbc:PricingCurrencyCode)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-008", flag: "warning", kind: "assert", test: "empty(cbc:PaymentCurrencyCode)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-009", flag: "warning", kind: "assert", test: "empty(cbc:PaymentAlternativeCurrencyCode)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-010", flag: "warning", kind: "assert", test: "empty(cbc:AccountingCostCode)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-011", flag: "warning", kind: "assert", test: "empty(cbc:LineCountNumeric)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-012", flag: "warning", kind: "assert", test: "empty(cac:InvoicePeriod/cbc:StartTime)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-013", flag: "warning", kind: "assert", test: "empty(cac:InvoicePeriod/cbc:EndTime)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-014", flag: "warning", kind: "assert", test: "empty(cac:InvoicePeriod/cbc:DurationMeasure)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-015", flag: "warning", kind: "assert", test: "empty(cac:InvoicePeriod/cbc:Description)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-016", flag: "warning", kind: "assert", test: "empty(cac:OrderReference/cbc:CopyIndicator)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-017", flag: "warning", kind: "assert", test: "empty(cac:OrderReference/cbc:UUID)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-018", flag: "warning", kind: "assert", test: "empty(cac:OrderReference/cbc:IssueDate)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-019", flag: "warning", kind: "assert", test: "empty(cac:OrderReference/cbc:IssueTime)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-020", flag: "warning", kind: "assert", test: "empty(cac:OrderReference/cbc:CustomerReference)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-021", flag: "warning", kind: "assert", test: "empty(cac:OrderReference/cbc:OrderTypeCode)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-022", flag: "warning", kind: "assert", test: "empty(cac:OrderReference/cac:DocumentReference)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-023", flag: "warning", kind: "assert", test: "empty(cac:BillingReference/cac:InvoiceDocumentReference/cbc:CopyIndicator)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-024", flag: "warning", kind: "assert", test: "empty(cac:BillingReference/cac:InvoiceDocumentReference/cbc:UUID)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-025", flag: "warning", kind: "assert", test: "empty(cac:BillingReference/cac:InvoiceDocumentReference/cbc:IssueTime)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-026", flag: "warning", kind: "assert", test: "empty(cac:BillingReference/cac:InvoiceDocumentReference/cbc:DocumentTypeCode)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-027", flag: "warning", kind: "assert", test: "empty(cac:BillingReference/cac:InvoiceDocumentReference/cbc:DocumentType)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-028", flag: "warning", kind: "assert", test: "empty(cac:BillingReference/cac:InvoiceDocumentReference/cbc:XPath)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-029", flag: "warning", kind: "assert", test: "empty(cac:BillingReference/cac:InvoiceDocumentReference/cbc:LanguageID)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-030", flag: "warning", kind: "assert", test: "empty(cac:BillingReference/cac:InvoiceDocumentReference/cbc:LocaleCode)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-031", flag: "warning", kind: "assert", test: "empty(cac:BillingReference/cac:InvoiceDocumentReference/cbc:VersionID)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-032", flag: "warning", kind: "assert", test: "empty(cac:BillingReference/cac:InvoiceDocumentReference/cbc:DocumentStatusCode)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-033", flag: "warning", kind: "assert", test: "empty(cac:BillingReference/cac:InvoiceDocumentReference/cbc:DocumentDescription)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-034", flag: "warning", kind: "assert", test: "empty(cac:BillingReference/cac:InvoiceDocumentReference/cac:Attachment)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-035", flag: "warning", kind: "assert", test: "empty(cac:BillingReference/cac:InvoiceDocumentReference/cac:ValidityPeriod)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-036", flag: "warning", kind: "assert", test: "empty(cac:BillingReference/cac:InvoiceDocumentReference/cac:IssuerParty)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-037", flag: "warning", kind: "assert", test: "empty(cac:BillingReference/cac:InvoiceDocumentReference/cac:ResultOfVerification)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-038", flag: "warning", kind: "assert", test: "empty(cac:BillingReference/cac:SelfBilledInvoiceDocumentReference)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-039", flag: "warning", kind: "assert", test: "empty(cac:BillingReference/cac:CreditNoteDocumentReference)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-040", flag: "warning", kind: "assert", test: "empty(cac:BillingReference/cac:SelfBilledCreditNoteDocumentReference)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-041", flag: "warning", kind: "assert", test: "empty(cac:BillingReference/cac:DebitNoteDocumentReference)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-042", flag: "warning", kind: "assert", test: "empty(cac:BillingReference/cac:ReminderDocumentReference)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-043", flag: "warning", kind: "assert", test: "empty(cac:BillingReference/cac:AdditionalDocumentReference)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-044", flag: "warning", kind: "assert", test: "empty(cac:BillingReference/cac:BillingReferenceLine)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-045", flag: "warning", kind: "assert", test: "empty(cac:DespatchDocumentReference/cbc:CopyIndicator)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-046", flag: "warning", kind: "assert", test: "empty(cac:DespatchDocumentReference/cbc:UUID)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-047", flag: "warning", kind: "assert", test: "empty(cac:DespatchDocumentReference/cbc:IssueDate)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-048", flag: "warning", kind: "assert", test: "empty(cac:DespatchDocumentReference/cbc:IssueTime)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-049", flag: "warning", kind: "assert", test: "empty(cac:DespatchDocumentReference/cbc:DocumentTypeCode)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-050", flag: "warning", kind: "assert", test: "empty(cac:DespatchDocumentReference/cbc:DocumentType)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-051", flag: "warning", kind: "assert", test: "empty(cac:DespatchDocumentReference/cbc:XPath)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-052", flag: "warning", kind: "assert", test: "empty(cac:DespatchDocumentReference/cbc:LanguageID)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-053", flag: "warning", kind: "assert", test: "empty(cac:DespatchDocumentReference/cbc:LocaleCode)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-054", flag: "warning", kind: "assert", test: "empty(cac:DespatchDocumentReference/cbc:VersionID)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-055", flag: "warning", kind: "assert", test: "empty(cac:DespatchDocumentReference/cbc:DocumentStatusCode)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-056", flag: "warning", kind: "assert", test: "empty(cac:DespatchDocumentReference/cbc:DocumentDescription)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-057", flag: "warning", kind: "assert", test: "empty(cac:DespatchDocumentReference/cac:Attachment)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-058", flag: "warning", kind: "assert", test: "empty(cac:DespatchDocumentReference/cac:ValidityPeriod)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-059", flag: "warning", kind: "assert", test: "empty(cac:DespatchDocumentReference/cac:IssuerParty)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-060", flag: "warning", kind: "assert", test: "empty(cac:DespatchDocumentReference/cac:ResultOfVerification)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-061", flag: "warning", kind: "assert", test: "empty(cac:ReceiptDocumentReference/cbc:CopyIndicator)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-062", flag: "warning", kind: "assert", test: "empty(cac:ReceiptDocumentReference/cbc:UUID)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-063", flag: "warning", kind: "assert", test: "empty(cac:ReceiptDocumentReference/cbc:IssueDate)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-064", flag: "warning", kind: "assert", test: "empty(cac:ReceiptDocumentReference/cbc:IssueTime)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-065", flag: "warning", kind: "assert", test: "empty(cac:ReceiptDocumentReference/cbc:DocumentTypeCode)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-066", flag: "warning", kind: "assert", test: "empty(cac:ReceiptDocumentReference/cbc:DocumentType)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-067", flag: "warning", kind: "assert", test: "empty(cac:ReceiptDocumentReference/cbc:XPath)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-068", flag: "warning", kind: "assert", test: "empty(cac:ReceiptDocumentReference/cbc:LanguageID)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-069", flag: "warning", kind: "assert", test: "empty(cac:ReceiptDocumentReference/cbc:LocaleCode)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-070", flag: "warning", kind: "assert", test: "empty(cac:ReceiptDocumentReference/cbc:VersionID)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-071", flag: "warning", kind: "assert", test: "empty(cac:ReceiptDocumentReference/cbc:DocumentStatusCode)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-072", flag: "warning", kind: "assert", test: "empty(cac:ReceiptDocumentReference/cbc:DocumentDescription)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-073", flag: "warning", kind: "assert", test: "empty(cac:ReceiptDocumentReference/cac:Attachment)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-074", flag: "warning", kind: "assert", test: "empty(cac:ReceiptDocumentReference/cac:ValidityPeriod)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-075", flag: "warning", kind: "assert", test: "empty(cac:ReceiptDocumentReference/cac:IssuerParty)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-076", flag: "warning", kind: "assert", test: "empty(cac:ReceiptDocumentReference/cac:ResultOfVerification)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-077", flag: "warning", kind: "assert", test: "empty(cac:StatementDocumentReference)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-078", flag: "warning", kind: "assert", test: "empty(cac:OriginatorDocumentReference/cbc:CopyIndicator)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-079", flag: "warning", kind: "assert", test: "empty(cac:OriginatorDocumentReference/cbc:UUID)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-080", flag: "warning", kind: "assert", test: "empty(cac:OriginatorDocumentReference/cbc:IssueDate)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-081", flag: "warning", kind: "assert", test: "empty(cac:OriginatorDocumentReference/cbc:IssueTime)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-082", flag: "warning", kind: "assert", test: "empty(cac:OriginatorDocumentReference/cbc:DocumentTypeCode)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-083", flag: "warning", kind: "assert", test: "empty(cac:OriginatorDocumentReference/cbc:DocumentType)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-084", flag: "warning", kind: "assert", test: "empty(cac:OriginatorDocumentReference/cbc:XPath)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-085", flag: "warning", kind: "assert", test: "empty(cac:OriginatorDocumentReference/cbc:LanguageID)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-086", flag: "warning", kind: "assert", test: "empty(cac:OriginatorDocumentReference/cbc:LocaleCode)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-087", flag: "warning", kind: "assert", test: "empty(cac:OriginatorDocumentReference/cbc:VersionID)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-088", flag: "warning", kind: "assert", test: "empty(cac:OriginatorDocumentReference/cbc:DocumentStatusCode)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-089", flag: "warning", kind: "assert", test: "empty(cac:OriginatorDocumentReference/cbc:DocumentDescription)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-090", flag: "warning", kind: "assert", test: "empty(cac:OriginatorDocumentReference/cac:Attachment)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-091", flag: "warning", kind: "assert", test: "empty(cac:OriginatorDocumentReference/cac:ValidityPeriod)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-092", flag: "warning", kind: "assert", test: "empty(cac:OriginatorDocumentReference/cac:IssuerParty)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-093", flag: "warning", kind: "assert", test: "empty(cac:OriginatorDocumentReference/cac:ResultOfVerification)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-094", flag: "warning", kind: "assert", test: "empty(cac:ContractDocumentReference/cbc:CopyIndicator)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-095", flag: "warning", kind: "assert", test: "empty(cac:ContractDocumentReference/cbc:UUID)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-096", flag: "warning", kind: "assert", test: "empty(cac:ContractDocumentReference/cbc:IssueDate)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-097", flag: "warning", kind: "assert", test: "empty(cac:ContractDocumentReference/cbc:IssueTime)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-098", flag: "warning", kind: "assert", test: "empty(cac:ContractDocumentReference/cbc:DocumentTypeCode)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-099", flag: "warning", kind: "assert", test: "empty(cac:ContractDocumentReference/cbc:DocumentType)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-100", flag: "warning", kind: "assert", test: "empty(cac:ContractDocumentReference/cbc:XPath)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-101", flag: "warning", kind: "assert", test: "empty(cac:ContractDocumentReference/cbc:LanguageID)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-102", flag: "warning", kind: "assert", test: "empty(cac:ContractDocumentReference/cbc:LocaleCode)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-103", flag: "warning", kind: "assert", test: "empty(cac:ContractDocumentReference/cbc:VersionID)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-104", flag: "warning", kind: "assert", test: "empty(cac:ContractDocumentReference/cbc:DocumentStatusCode)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-105", flag: "warning", kind: "assert", test: "empty(cac:ContractDocumentReference/cbc:DocumentDescription)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-106", flag: "warning", kind: "assert", test: "empty(cac:ContractDocumentReference/cac:Attachment)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-107", flag: "warning", kind: "assert", test: "empty(cac:ContractDocumentReference/cac:ValidityPeriod)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-108", flag: "warning", kind: "assert", test: "empty(cac:ContractDocumentReference/cac:IssuerParty)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-109", flag: "warning", kind: "assert", test: "empty(cac:ContractDocumentReference/cac:ResultOfVerification)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-110", flag: "warning", kind: "assert", test: "empty(cac:AdditionalDocumentReference/cbc:CopyIndicator)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-111", flag: "warning", kind: "assert", test: "empty(cac:AdditionalDocumentReference/cbc:UUID)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-112", flag: "warning", kind: "assert", test: "empty(cac:AdditionalDocumentReference/cbc:IssueDate)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-113", flag: "warning", kind: "assert", test: "empty(cac:AdditionalDocumentReference/cbc:IssueTime)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-114", flag: "warning", kind: "assert", test: "empty(cac:AdditionalDocumentReference/cbc:DocumentType)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-115", flag: "warning", kind: "assert", test: "empty(cac:AdditionalDocumentReference/cbc:XPath)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-116", flag: "warning", kind: "assert", test: "empty(cac:AdditionalDocumentReference/cbc:LanguageID)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-117", flag: "warning", kind: "assert", test: "empty(cac:AdditionalDocumentReference/cbc:LocaleCode)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-118", flag: "warning", kind: "assert", test: "empty(cac:AdditionalDocumentReference/cbc:VersionID)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-119", flag: "warning", kind: "assert", test: "empty(cac:AdditionalDocumentReference/cbc:DocumentStatusCode)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-121", flag: "warning", kind: "assert", test: "empty(cac:AdditionalDocumentReference/cac:Attachment/cac:ExternalReference/cbc:DocumentHash)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-122", flag: "warning", kind: "assert", test: "empty(cac:AdditionalDocumentReference/cac:Attachment/cac:ExternalReference/cbc:HashAlgorithmMethod)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-123", flag: "warning", kind: "assert", test: "empty(cac:AdditionalDocumentReference/cac:Attachment/cac:ExternalReference/cbc:ExpiryDate)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-124", flag: "warning", kind: "assert", test: "empty(cac:AdditionalDocumentReference/cac:Attachment/cac:ExternalReference/cbc:ExpiryTime)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-125", flag: "warning", kind: "assert", test: "empty(cac:AdditionalDocumentReference/cac:Attachment/cac:ExternalReference/cbc:MimeCode)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-126", flag: "warning", kind: "assert", test: "empty(cac:AdditionalDocumentReference/cac:Attachment/cac:ExternalReference/cbc:FormatCode)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-127", flag: "warning", kind: "assert", test: "empty(cac:AdditionalDocumentReference/cac:Attachment/cac:ExternalReference/cbc:EncodingCode)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-128", flag: "warning", kind: "assert", test: "empty(cac:AdditionalDocumentReference/cac:Attachment/cac:ExternalReference/cbc:CharacterSetCode)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-129", flag: "warning", kind: "assert", test: "empty(cac:AdditionalDocumentReference/cac:Attachment/cac:ExternalReference/cbc:FileName)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-130", flag: "warning", kind: "assert", test: "empty(cac:AdditionalDocumentReference/cac:Attachment/cac:ExternalReference/cbc:Description)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-131", flag: "warning", kind: "assert", test: "empty(cac:AdditionalDocumentReference/cac:ValidityPeriod)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-132", flag: "warning", kind: "assert", test: "empty(cac:AdditionalDocumentReference/cac:IssuerParty)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-133", flag: "warning", kind: "assert", test: "empty(cac:AdditionalDocumentReference/cac:ResultOfVerification)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-134", flag: "warning", kind: "assert", test: "empty(cac:ProjectReference/cbc:UUID)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-135", flag: "warning", kind: "assert", test: "empty(cac:ProjectReference/cbc:IssueDate)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-136", flag: "warning", kind: "assert", test: "empty(cac:ProjectReference/cac:WorkPhaseReference)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-137", flag: "warning", kind: "assert", test: "empty(cac:Signature)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-138", flag: "warning", kind: "assert", test: "empty(cac:AccountingSupplierParty/cbc:CustomerAssignedAccountID)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-139", flag: "warning", kind: "assert", test: "empty(cac:AccountingSupplierParty/cbc:AdditionalAccountID)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-140", flag: "warning", kind: "assert", test: "empty(cac:AccountingSupplierParty/cbc:DataSendingCapability)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-141", flag: "warning", kind: "assert", test: "empty(cac:AccountingSupplierParty/cac:Party/cbc:MarkCareIndicator)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-142", flag: "warning", kind: "assert", test: "empty(cac:AccountingSupplierParty/cac:Party/cbc:MarkAttentionIndicator)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-143", flag: "warning", kind: "assert", test: "empty(cac:AccountingSupplierParty/cac:Party/cbc:WebsiteURI)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-144", flag: "warning", kind: "assert", test: "empty(cac:AccountingSupplierParty/cac:Party/cbc:LogoReferenceID)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-145", flag: "warning", kind: "assert", test: "empty(cac:AccountingSupplierParty/cac:Party/cbc:IndustryClassificationCode)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-146", flag: "warning", kind: "assert", test: "empty(cac:AccountingSupplierParty/cac:Party/cac:Language)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-147", flag: "warning", kind: "assert", test: "empty(cac:AccountingSupplierParty/cac:Party/cac:PostalAddress/cbc:ID)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-148", flag: "warning", kind: "assert", test: "empty(cac:AccountingSupplierParty/cac:Party/cac:PostalAddress/cbc:AddressTypeCode)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-149", flag: "warning", kind: "assert", test: "empty(cac:AccountingSupplierParty/cac:Party/cac:PostalAddress/cbc:AddressFormatCode)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-150", flag: "warning", kind: "assert", test: "empty(cac:AccountingSupplierParty/cac:Party/cac:PostalAddress/cbc:Postbox)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-151", flag: "warning", kind: "assert", test: "empty(cac:AccountingSupplierParty/cac:Party/cac:PostalAddress/cbc:Floor)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-152", flag: "warning", kind: "assert", test: "empty(cac:AccountingSupplierParty/cac:Party/cac:PostalAddress/cbc:Room)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-153", flag: "warning", kind: "assert", test: "empty(cac:AccountingSupplierParty/cac:Party/cac:PostalAddress/cbc:BlockName)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-154", flag: "warning", kind: "assert", test: "empty(cac:AccountingSupplierParty/cac:Party/cac:PostalAddress/cbc:BuildingName)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-155", flag: "warning", kind: "assert", test: "empty(cac:AccountingSupplierParty/cac:Party/cac:PostalAddress/cbc:BuildingNumber)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-156", flag: "warning", kind: "assert", test: "empty(cac:AccountingSupplierParty/cac:Party/cac:PostalAddress/cbc:InhouseMail)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-157", flag: "warning", kind: "assert", test: "empty(cac:AccountingSupplierParty/cac:Party/cac:PostalAddress/cbc:Department)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-158", flag: "warning", kind: "assert", test: "empty(cac:AccountingSupplierParty/cac:Party/cac:PostalAddress/cbc:MarkAttention)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-159", flag: "warning", kind: "assert", test: "empty(cac:AccountingSupplierParty/cac:Party/cac:PostalAddress/cbc:MarkCare)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-160", flag: "warning", kind: "assert", test: "empty(cac:AccountingSupplierParty/cac:Party/cac:PostalAddress/cbc:PlotIdentification)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-161", flag: "warning", kind: "assert", test: "empty(cac:AccountingSupplierParty/cac:Party/cac:PostalAddress/cbc:CitySubdivisionName)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-162", flag: "warning", kind: "assert", test: "empty(cac:AccountingSupplierParty/cac:Party/cac:PostalAddress/cbc:CountrySubentityCode)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-163", flag: "warning", kind: "assert", test: "empty(cac:AccountingSupplierParty/cac:Party/cac:PostalAddress/cbc:Region)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-164", flag: "warning", kind: "assert", test: "empty(cac:AccountingSupplierParty/cac:Party/cac:PostalAddress/cbc:District)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-165", flag: "warning", kind: "assert", test: "empty(cac:AccountingSupplierParty/cac:Party/cac:PostalAddress/cbc:TimezoneOffset)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-166", flag: "warning", kind: "assert", test: "empty(cac:AccountingSupplierParty/cac:Party/cac:PostalAddress/cac:Country/cbc:Name)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-167", flag: "warning", kind: "assert", test: "empty(cac:AccountingSupplierParty/cac:Party/cac:PostalAddress/cac:LocationCoordinate)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-168", flag: "warning", kind: "assert", test: "empty(cac:AccountingSupplierParty/cac:Party/cac:PhysicalLocation)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-169", flag: "warning", kind: "assert", test: "empty(cac:AccountingSupplierParty/cac:Party/cac:PartyTaxScheme/cbc:RegistrationName)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-170", flag: "warning", kind: "assert", test: "empty(cac:AccountingSupplierParty/cac:Party/cac:PartyTaxScheme/cbc:TaxLevelCode)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-171", flag: "warning", kind: "assert", test: "empty(cac:AccountingSupplierParty/cac:Party/cac:PartyTaxScheme/cbc:ExemptionReasonCode)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-172", flag: "warning", kind: "assert", test: "empty(cac:AccountingSupplierParty/cac:Party/cac:PartyTaxScheme/cbc:ExemptionReason)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-173", flag: "warning", kind: "assert", test: "empty(cac:AccountingSupplierParty/cac:Party/cac:PartyTaxScheme/cac:RegistrationAddress)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-174", flag: "warning", kind: "assert", test: "empty(cac:AccountingSupplierParty/cac:Party/cac:PartyTaxScheme/cac:TaxScheme/cbc:Name)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-175", flag: "warning", kind: "assert", test: "empty(cac:AccountingSupplierParty/cac:Party/cac:PartyTaxScheme/cac:TaxScheme/cbc:TaxTypeCode)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-176", flag: "warning", kind: "assert", test: "empty(cac:AccountingSupplierParty/cac:Party/cac:PartyTaxScheme/cac:TaxScheme/cbc:CurrencyCode)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-177", flag: "warning", kind: "assert", test: "empty(cac:AccountingSupplierParty/cac:Party/cac:PartyTaxScheme/cac:TaxScheme/cac:JurisdictionRegionAddress)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-178", flag: "warning", kind: "assert", test: "empty(cac:AccountingSupplierParty/cac:Party/cac:PartyLegalEntity/cbc:RegistrationDate)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-179", flag: "warning", kind: "assert", test: "empty(cac:AccountingSupplierParty/cac:Party/cac:PartyLegalEntity/cbc:RegistrationExpirationDate)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-180", flag: "warning", kind: "assert", test: "empty(cac:AccountingSupplierParty/cac:Party/cac:PartyLegalEntity/cbc:CompanyLegalFormCode)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-181", flag: "warning", kind: "assert", test: "empty(cac:AccountingSupplierParty/cac:Party/cac:PartyLegalEntity/cbc:SoleProprietorshipIndicator)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-182", flag: "warning", kind: "assert", test: "empty(cac:AccountingSupplierParty/cac:Party/cac:PartyLegalEntity/cbc:CompanyLiquidationStatusCode)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-183", flag: "warning", kind: "assert", test: "empty(cac:AccountingSupplierParty/cac:Party/cac:PartyLegalEntity/cbc:CorporateStockAmount)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-184", flag: "warning", kind: "assert", test: "empty(cac:AccountingSupplierParty/cac:Party/cac:PartyLegalEntity/cbc:FullyPaidSharesIndicator)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-185", flag: "warning", kind: "assert", test: "empty(cac:AccountingSupplierParty/cac:Party/cac:PartyLegalEntity/cac:RegistrationAddress)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-186", flag: "warning", kind: "assert", test: "empty(cac:AccountingSupplierParty/cac:Party/cac:PartyLegalEntity/cac:CorporateRegistrationScheme)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-187", flag: "warning", kind: "assert", test: "empty(cac:AccountingSupplierParty/cac:Party/cac:PartyLegalEntity/cac:HeadOfficeParty)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-188", flag: "warning", kind: "assert", test: "empty(cac:AccountingSupplierParty/cac:Party/cac:PartyLegalEntity/cac:ShareholderParty)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-189", flag: "warning", kind: "assert", test: "empty(cac:AccountingSupplierParty/cac:Party/cac:Contact/cbc:ID)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-190", flag: "warning", kind: "assert", test: "empty(cac:AccountingSupplierParty/cac:Party/cac:Contact/cbc:Telefax)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-191", flag: "warning", kind: "assert", test: "empty(cac:AccountingSupplierParty/cac:Party/cac:Contact/cbc:Note)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-192", flag: "warning", kind: "assert", test: "empty(cac:AccountingSupplierParty/cac:Party/cac:Contact/cac:OtherCommunication)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-193", flag: "warning", kind: "assert", test: "empty(cac:AccountingSupplierParty/cac:Party/cac:Person)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-194", flag: "warning", kind: "assert", test: "empty(cac:AccountingSupplierParty/cac:Party/cac:AgentParty)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-195", flag: "warning", kind: "assert", test: "empty(cac:AccountingSupplierParty/cac:Party/cac:ServiceProviderParty)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-196", flag: "warning", kind: "assert", test: "empty(cac:AccountingSupplierParty/cac:Party/cac:PowerOfAttorney)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-197", flag: "warning", kind: "assert", test: "empty(cac:AccountingSupplierParty/cac:Party/cac:FinancialAccount)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-198", flag: "warning", kind: "assert", test: "empty(cac:AccountingSupplierParty/cac:DespatchContact)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-199", flag: "warning", kind: "assert", test: "empty(cac:AccountingSupplierParty/cac:AccountingContact)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-200", flag: "warning", kind: "assert", test: "empty(cac:AccountingSupplierParty/cac:SellerContact)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-201", flag: "warning", kind: "assert", test: "empty(cac:AccountingCustomerParty/cbc:CustomerAssignedAccountID)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-202", flag: "warning", kind: "assert", test: "empty(cac:AccountingCustomerParty/cbc:SupplierAssignedAccountID)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-203", flag: "warning", kind: "assert", test: "empty(cac:AccountingCustomerParty/cbc:AdditionalAccountID)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-204", flag: "warning", kind: "assert", test: "empty(cac:AccountingCustomerParty/cac:Party/cbc:MarkCareIndicator)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-205", flag: "warning", kind: "assert", test: "empty(cac:AccountingCustomerParty/cac:Party/cbc:MarkAttentionIndicator)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-206", flag: "warning", kind: "assert", test: "empty(cac:AccountingCustomerParty/cac:Party/cbc:WebsiteURI)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-207", flag: "warning", kind: "assert", test: "empty(cac:AccountingCustomerParty/cac:Party/cbc:LogoReferenceID)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-208", flag: "warning", kind: "assert", test: "empty(cac:AccountingCustomerParty/cac:Party/cbc:IndustryClassificationCode)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-209", flag: "warning", kind: "assert", test: "empty(cac:AccountingCustomerParty/cac:Party/cac:Language)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-210", flag: "warning", kind: "assert", test: "empty(cac:AccountingCustomerParty/cac:Party/cac:PostalAddress/cbc:ID)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-211", flag: "warning", kind: "assert", test: "empty(cac:AccountingCustomerParty/cac:Party/cac:PostalAddress/cbc:AddressTypeCode)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-212", flag: "warning", kind: "assert", test: "empty(cac:AccountingCustomerParty/cac:Party/cac:PostalAddress/cbc:AddressFormatCode)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-213", flag: "warning", kind: "assert", test: "empty(cac:AccountingCustomerParty/cac:Party/cac:PostalAddress/cbc:Postbox)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-214", flag: "warning", kind: "assert", test: "empty(cac:AccountingCustomerParty/cac:Party/cac:PostalAddress/cbc:Floor)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-215", flag: "warning", kind: "assert", test: "empty(cac:AccountingCustomerParty/cac:Party/cac:PostalAddress/cbc:Room)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-216", flag: "warning", kind: "assert", test: "empty(cac:AccountingCustomerParty/cac:Party/cac:PostalAddress/cbc:BlockName)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-217", flag: "warning", kind: "assert", test: "empty(cac:AccountingCustomerParty/cac:Party/cac:PostalAddress/cbc:BuildingName)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-218", flag: "warning", kind: "assert", test: "empty(cac:AccountingCustomerParty/cac:Party/cac:PostalAddress/cbc:BuildingNumber)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-219", flag: "warning", kind: "assert", test: "empty(cac:AccountingCustomerParty/cac:Party/cac:PostalAddress/cbc:InhouseMail)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-220", flag: "warning", kind: "assert", test: "empty(cac:AccountingCustomerParty/cac:Party/cac:PostalAddress/cbc:Department)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-221", flag: "warning", kind: "assert", test: "empty(cac:AccountingCustomerParty/cac:Party/cac:PostalAddress/cbc:MarkAttention)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-222", flag: "warning", kind: "assert", test: "empty(cac:AccountingCustomerParty/cac:Party/cac:PostalAddress/cbc:MarkCare)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-223", flag: "warning", kind: "assert", test: "empty(cac:AccountingCustomerParty/cac:Party/cac:PostalAddress/cbc:PlotIdentification)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-224", flag: "warning", kind: "assert", test: "empty(cac:AccountingCustomerParty/cac:Party/cac:PostalAddress/cbc:CitySubdivisionName)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-225", flag: "warning", kind: "assert", test: "empty(cac:AccountingCustomerParty/cac:Party/cac:PostalAddress/cbc:CountrySubentityCode)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-226", flag: "warning", kind: "assert", test: "empty(cac:AccountingCustomerParty/cac:Party/cac:PostalAddress/cbc:Region)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-227", flag: "warning", kind: "assert", test: "empty(cac:AccountingCustomerParty/cac:Party/cac:PostalAddress/cbc:District)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-228", flag: "warning", kind: "assert", test: "empty(cac:AccountingCustomerParty/cac:Party/cac:PostalAddress/cbc:TimezoneOffset)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-229", flag: "warning", kind: "assert", test: "empty(cac:AccountingCustomerParty/cac:Party/cac:PostalAddress/cac:Country/cbc:Name)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-230", flag: "warning", kind: "assert", test: "empty(cac:AccountingCustomerParty/cac:Party/cac:PostalAddress/cac:LocationCoordinate)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-231", flag: "warning", kind: "assert", test: "empty(cac:AccountingCustomerParty/cac:Party/cac:PhysicalLocation)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-232", flag: "warning", kind: "assert", test: "empty(cac:AccountingCustomerParty/cac:Party/cac:PartyTaxScheme/cbc:RegistrationName)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-233", flag: "warning", kind: "assert", test: "empty(cac:AccountingCustomerParty/cac:Party/cac:PartyTaxScheme/cbc:TaxLevelCode)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-234", flag: "warning", kind: "assert", test: "empty(cac:AccountingCustomerParty/cac:Party/cac:PartyTaxScheme/cbc:ExemptionReasonCode)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-235", flag: "warning", kind: "assert", test: "empty(cac:AccountingCustomerParty/cac:Party/cac:PartyTaxScheme/cbc:ExemptionReason)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-236", flag: "warning", kind: "assert", test: "empty(cac:AccountingCustomerParty/cac:Party/cac:PartyTaxScheme/cac:RegistrationAddress)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-237", flag: "warning", kind: "assert", test: "empty(cac:AccountingCustomerParty/cac:Party/cac:PartyTaxScheme/cac:TaxScheme/cbc:Name)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-238", flag: "warning", kind: "assert", test: "empty(cac:AccountingCustomerParty/cac:Party/cac:PartyTaxScheme/cac:TaxScheme/cbc:TaxTypeCode)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-239", flag: "warning", kind: "assert", test: "empty(cac:AccountingCustomerParty/cac:Party/cac:PartyTaxScheme/cac:TaxScheme/cbc:CurrencyCode)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-240", flag: "warning", kind: "assert", test: "empty(cac:AccountingCustomerParty/cac:Party/cac:PartyTaxScheme/cac:TaxScheme/cac:JurisdictionRegionAddress)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-241", flag: "warning", kind: "assert", test: "empty(cac:AccountingCustomerParty/cac:Party/cac:PartyLegalEntity/cbc:RegistrationDate)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-242", flag: "warning", kind: "assert", test: "empty(cac:AccountingCustomerParty/cac:Party/cac:PartyLegalEntity/cbc:RegistrationExpirationDate)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-243", flag: "warning", kind: "assert", test: "empty(cac:AccountingCustomerParty/cac:Party/cac:PartyLegalEntity/cbc:CompanyLegalFormCode)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-244", flag: "warning", kind: "assert", test: "empty(cac:AccountingCustomerParty/cac:Party/cac:PartyLegalEntity/cbc:CompanyLegalForm)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-245", flag: "warning", kind: "assert", test: "empty(cac:AccountingCustomerParty/cac:Party/cac:PartyLegalEntity/cbc:SoleProprietorshipIndicator)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-246", flag: "warning", kind: "assert", test: "empty(cac:AccountingCustomerParty/cac:Party/cac:PartyLegalEntity/cbc:CompanyLiquidationStatusCode)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-247", flag: "warning", kind: "assert", test: "empty(cac:AccountingCustomerParty/cac:Party/cac:PartyLegalEntity/cbc:CorporateStockAmount)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-248", flag: "warning", kind: "assert", test: "empty(cac:AccountingCustomerParty/cac:Party/cac:PartyLegalEntity/cbc:FullyPaidSharesIndicator)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-249", flag: "warning", kind: "assert", test: "empty(cac:AccountingCustomerParty/cac:Party/cac:PartyLegalEntity/cac:RegistrationAddress)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-250", flag: "warning", kind: "assert", test: "empty(cac:AccountingCustomerParty/cac:Party/cac:PartyLegalEntity/cac:CorporateRegistrationScheme)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-251", flag: "warning", kind: "assert", test: "empty(cac:AccountingCustomerParty/cac:Party/cac:PartyLegalEntity/cac:HeadOfficeParty)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-252", flag: "warning", kind: "assert", test: "empty(cac:AccountingCustomerParty/cac:Party/cac:PartyLegalEntity/cac:ShareholderParty)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-253", flag: "warning", kind: "assert", test: "empty(cac:AccountingCustomerParty/cac:Party/cac:Contact/cbc:ID)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-254", flag: "warning", kind: "assert", test: "empty(cac:AccountingCustomerParty/cac:Party/cac:Contact/cbc:Telefax)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-255", flag: "warning", kind: "assert", test: "empty(cac:AccountingCustomerParty/cac:Party/cac:Contact/cbc:Note)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-256", flag: "warning", kind: "assert", test: "empty(cac:AccountingCustomerParty/cac:Party/cac:Contact/cac:OtherCommunication)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-257", flag: "warning", kind: "assert", test: "empty(cac:AccountingCustomerParty/cac:Party/cac:Person)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-258", flag: "warning", kind: "assert", test: "empty(cac:AccountingCustomerParty/cac:Party/cac:AgentParty)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-259", flag: "warning", kind: "assert", test: "empty(cac:AccountingCustomerParty/cac:Party/cac:ServiceProviderParty)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-260", flag: "warning", kind: "assert", test: "empty(cac:AccountingCustomerParty/cac:Party/cac:PowerOfAttorney)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-261", flag: "warning", kind: "assert", test: "empty(cac:AccountingCustomerParty/cac:Party/cac:FinancialAccount)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-262", flag: "warning", kind: "assert", test: "empty(cac:AccountingCustomerParty/cac:DeliveryContact)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-263", flag: "warning", kind: "assert", test: "empty(cac:AccountingCustomerParty/cac:AccountingContact)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-264", flag: "warning", kind: "assert", test: "empty(cac:AccountingCustomerParty/cac:BuyerContact)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-265", flag: "warning", kind: "assert", test: "empty(cac:PayeeParty/cbc:MarkCareIndicator)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-266", flag: "warning", kind: "assert", test: "empty(cac:PayeeParty/cbc:MarkAttentionIndicator)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-267", flag: "warning", kind: "assert", test: "empty(cac:PayeeParty/cbc:WebsiteURI)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-268", flag: "warning", kind: "assert", test: "empty(cac:PayeeParty/cbc:LogoReferenceID)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-269", flag: "warning", kind: "assert", test: "empty(cac:PayeeParty/cbc:EndpointID)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-270", flag: "warning", kind: "assert", test: "empty(cac:PayeeParty/cbc:IndustryClassificationCode)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-271", flag: "warning", kind: "assert", test: "empty(cac:PayeeParty/cac:Language)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-272", flag: "warning", kind: "assert", test: "empty(cac:PayeeParty/cac:PostalAddress)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-273", flag: "warning", kind: "assert", test: "empty(cac:PayeeParty/cac:PhysicalLocation)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-274", flag: "warning", kind: "assert", test: "empty(cac:PayeeParty/cac:PartyTaxScheme)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-275", flag: "warning", kind: "assert", test: "empty(cac:PayeeParty/cac:PartyLegalEntity/cbc:RegistrationName)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-276", flag: "warning", kind: "assert", test: "empty(cac:PayeeParty/cac:PartyLegalEntity/cbc:RegistrationDate)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-277", flag: "warning", kind: "assert", test: "empty(cac:PayeeParty/cac:PartyLegalEntity/cbc:RegistrationExpirationDate)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-278", flag: "warning", kind: "assert", test: "empty(cac:PayeeParty/cac:PartyLegalEntity/cbc:CompanyLegalFormCode)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-279", flag: "warning", kind: "assert", test: "empty(cac:PayeeParty/cac:PartyLegalEntity/cbc:CompanyLegalForm)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-280", flag: "warning", kind: "assert", test: "empty(cac:PayeeParty/cac:PartyLegalEntity/cbc:SoleProprietorshipIndicator)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-281", flag: "warning", kind: "assert", test: "empty(cac:PayeeParty/cac:PartyLegalEntity/cbc:CompanyLiquidationStatusCode)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-282", flag: "warning", kind: "assert", test: "empty(cac:PayeeParty/cac:PartyLegalEntity/cbc:CorporateStockAmount)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-283", flag: "warning", kind: "assert", test: "empty(cac:PayeeParty/cac:PartyLegalEntity/cbc:FullyPaidSharesIndicator)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-284", flag: "warning", kind: "assert", test: "empty(cac:PayeeParty/cac:PartyLegalEntity/cac:RegistrationAddress)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-285", flag: "warning", kind: "assert", test: "empty(cac:PayeeParty/cac:PartyLegalEntity/cac:CorporateRegistrationScheme)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-286", flag: "warning", kind: "assert", test: "empty(cac:PayeeParty/cac:PartyLegalEntity/cac:HeadOfficeParty)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-287", flag: "warning", kind: "assert", test: "empty(cac:PayeeParty/cac:PartyLegalEntity/cac:ShareholderParty)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-288", flag: "warning", kind: "assert", test: "empty(cac:PayeeParty/cac:Contact)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-289", flag: "warning", kind: "assert", test: "empty(cac:PayeeParty/cac:Person)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-290", flag: "warning", kind: "assert", test: "empty(cac:PayeeParty/cac:AgentParty)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-291", flag: "warning", kind: "assert", test: "empty(cac:PayeeParty/cac:ServiceProviderParty)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-292", flag: "warning", kind: "assert", test: "empty(cac:PayeeParty/cac:PowerOfAttorney)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-293", flag: "warning", kind: "assert", test: "empty(cac:PayeeParty/cac:FinancialAccount)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-294", flag: "warning", kind: "assert", test: "empty(cac:BuyerCustomerParty)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-295", flag: "warning", kind: "assert", test: "empty(cac:SellerSupplierParty)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-296", flag: "warning", kind: "assert", test: "empty(cac:TaxRepresentativeParty/cbc:MarkCareIndicator)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-297", flag: "warning", kind: "assert", test: "empty(cac:TaxRepresentativeParty/cbc:MarkAttentionIndicator)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-298", flag: "warning", kind: "assert", test: "empty(cac:TaxRepresentativeParty/cbc:WebsiteURI)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-299", flag: "warning", kind: "assert", test: "empty(cac:TaxRepresentativeParty/cbc:LogoReferenceID)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-300", flag: "warning", kind: "assert", test: "empty(cac:TaxRepresentativeParty/cbc:EndpointID)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-301", flag: "warning", kind: "assert", test: "empty(cac:TaxRepresentativeParty/cbc:IndustryClassificationCode)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-302", flag: "warning", kind: "assert", test: "empty(cac:TaxRepresentativeParty/cac:PartyIdentification)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-303", flag: "warning", kind: "assert", test: "empty(cac:TaxRepresentativeParty/cac:Language)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-304", flag: "warning", kind: "assert", test: "empty(cac:TaxRepresentativeParty/cac:PostalAddress/cbc:ID)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-305", flag: "warning", kind: "assert", test: "empty(cac:TaxRepresentativeParty/cac:PostalAddress/cbc:AddressTypeCode)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-306", flag: "warning", kind: "assert", test: "empty(cac:TaxRepresentativeParty/cac:PostalAddress/cbc:AddressFormatCode)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-307", flag: "warning", kind: "assert", test: "empty(cac:TaxRepresentativeParty/cac:PostalAddress/cbc:Postbox)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-308", flag: "warning", kind: "assert", test: "empty(cac:TaxRepresentativeParty/cac:PostalAddress/cbc:Floor)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-309", flag: "warning", kind: "assert", test: "empty(cac:TaxRepresentativeParty/cac:PostalAddress/cbc:Room)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-310", flag: "warning", kind: "assert", test: "empty(cac:TaxRepresentativeParty/cac:PostalAddress/cbc:BlockName)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-311", flag: "warning", kind: "assert", test: "empty(cac:TaxRepresentativeParty/cac:PostalAddress/cbc:BuildingName)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-312", flag: "warning", kind: "assert", test: "empty(cac:TaxRepresentativeParty/cac:PostalAddress/cbc:BuildingNumber)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-313", flag: "warning", kind: "assert", test: "empty(cac:TaxRepresentativeParty/cac:PostalAddress/cbc:InhouseMail)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-314", flag: "warning", kind: "assert", test: "empty(cac:TaxRepresentativeParty/cac:PostalAddress/cbc:Department)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-315", flag: "warning", kind: "assert", test: "empty(cac:TaxRepresentativeParty/cac:PostalAddress/cbc:MarkAttention)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-316", flag: "warning", kind: "assert", test: "empty(cac:TaxRepresentativeParty/cac:PostalAddress/cbc:MarkCare)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-317", flag: "warning", kind: "assert", test: "empty(cac:TaxRepresentativeParty/cac:PostalAddress/cbc:PlotIdentification)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-318", flag: "warning", kind: "assert", test: "empty(cac:TaxRepresentativeParty/cac:PostalAddress/cbc:CitySubdivisionName)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-319", flag: "warning", kind: "assert", test: "empty(cac:TaxRepresentativeParty/cac:PostalAddress/cbc:CountrySubentityCode)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-320", flag: "warning", kind: "assert", test: "empty(cac:TaxRepresentativeParty/cac:PostalAddress/cbc:Region)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-321", flag: "warning", kind: "assert", test: "empty(cac:TaxRepresentativeParty/cac:PostalAddress/cbc:District)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-322", flag: "warning", kind: "assert", test: "empty(cac:TaxRepresentativeParty/cac:PostalAddress/cbc:TimezoneOffset)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-323", flag: "warning", kind: "assert", test: "empty(cac:TaxRepresentativeParty/cac:PostalAddress/cac:Country/cbc:Name)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-324", flag: "warning", kind: "assert", test: "empty(cac:TaxRepresentativeParty/cac:PostalAddress/cac:LocationCoordinate)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-325", flag: "warning", kind: "assert", test: "empty(cac:TaxRepresentativeParty/cac:PhysicalLocation)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-326", flag: "warning", kind: "assert", test: "empty(cac:TaxRepresentativeParty/cac:PartyTaxScheme/cbc:RegistrationName)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-327", flag: "warning", kind: "assert", test: "empty(cac:TaxRepresentativeParty/cac:PartyTaxScheme/cbc:TaxLevelCode)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-328", flag: "warning", kind: "assert", test: "empty(cac:TaxRepresentativeParty/cac:PartyTaxScheme/cbc:ExemptionReasonCode)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-329", flag: "warning", kind: "assert", test: "empty(cac:TaxRepresentativeParty/cac:PartyTaxScheme/cbc:ExemptionReason)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-330", flag: "warning", kind: "assert", test: "empty(cac:TaxRepresentativeParty/cac:PartyTaxScheme/cac:RegistrationAddress)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-331", flag: "warning", kind: "assert", test: "empty(cac:TaxRepresentativeParty/cac:PartyTaxScheme/cac:TaxScheme/cbc:Name)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-332", flag: "warning", kind: "assert", test: "empty(cac:TaxRepresentativeParty/cac:PartyTaxScheme/cac:TaxScheme/cbc:TaxTypeCode)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-333", flag: "warning", kind: "assert", test: "empty(cac:TaxRepresentativeParty/cac:PartyTaxScheme/cac:TaxScheme/cbc:CurrencyCode)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-334", flag: "warning", kind: "assert", test: "empty(cac:TaxRepresentativeParty/cac:PartyTaxScheme/cac:TaxScheme/cac:JurisdictionRegionAddress)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-335", flag: "warning", kind: "assert", test: "empty(cac:TaxRepresentativeParty/cac:PartyLegalEntity)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-336", flag: "warning", kind: "assert", test: "empty(cac:TaxRepresentativeParty/cac:Contact)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-337", flag: "warning", kind: "assert", test: "empty(cac:TaxRepresentativeParty/cac:Person)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-338", flag: "warning", kind: "assert", test: "empty(cac:TaxRepresentativeParty/cac:AgentParty)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-339", flag: "warning", kind: "assert", test: "empty(cac:TaxRepresentativeParty/cac:ServiceProviderParty)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-340", flag: "warning", kind: "assert", test: "empty(cac:TaxRepresentativeParty/cac:PowerOfAttorney)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-341", flag: "warning", kind: "assert", test: "empty(cac:TaxRepresentativeParty/cac:FinancialAccount)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-342", flag: "warning", kind: "assert", test: "empty(cac:Delivery/cbc:ID)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-343", flag: "warning", kind: "assert", test: "empty(cac:Delivery/cbc:Quantity)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-344", flag: "warning", kind: "assert", test: "empty(cac:Delivery/cbc:MinimumQuantity)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-345", flag: "warning", kind: "assert", test: "empty(cac:Delivery/cbc:MaximumQuantity)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-346", flag: "warning", kind: "assert", test: "empty(cac:Delivery/cbc:ActualDeliveryTime)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-347", flag: "warning", kind: "assert", test: "empty(cac:Delivery/cbc:LatestDeliveryDate)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-348", flag: "warning", kind: "assert", test: "empty(cac:Delivery/cbc:LatestDeliveryTime)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-349", flag: "warning", kind: "assert", test: "empty(cac:Delivery/cbc:ReleaseID)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-350", flag: "warning", kind: "assert", test: "empty(cac:Delivery/cbc:TrackingID)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-351", flag: "warning", kind: "assert", test: "empty(cac:Delivery/cac:DeliveryLocation/cbc:Description)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-352", flag: "warning", kind: "assert", test: "empty(cac:Delivery/cac:DeliveryLocation/cbc:Conditions)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-353", flag: "warning", kind: "assert", test: "empty(cac:Delivery/cac:DeliveryLocation/cbc:CountrySubentity)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-354", flag: "warning", kind: "assert", test: "empty(cac:Delivery/cac:DeliveryLocation/cbc:CountrySubentityCode)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-355", flag: "warning", kind: "assert", test: "empty(cac:Delivery/cac:DeliveryLocation/cbc:LocationTypeCode)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-356", flag: "warning", kind: "assert", test: "empty(cac:Delivery/cac:DeliveryLocation/cbc:InformationURI)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-357", flag: "warning", kind: "assert", test: "empty(cac:Delivery/cac:DeliveryLocation/cbc:Name)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-358", flag: "warning", kind: "assert", test: "empty(cac:Delivery/cac:DeliveryLocation/cac:ValidityPeriod)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-359", flag: "warning", kind: "assert", test: "empty(cac:Delivery/cac:DeliveryLocation/cac:Address/cbc:ID)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-360", flag: "warning", kind: "assert", test: "empty(cac:Delivery/cac:DeliveryLocation/cac:Address/cbc:AddressTypeCode)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-361", flag: "warning", kind: "assert", test: "empty(cac:Delivery/cac:DeliveryLocation/cac:Address/cbc:AddressFormatCode)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-362", flag: "warning", kind: "assert", test: "empty(cac:Delivery/cac:DeliveryLocation/cac:Address/cbc:Postbox)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-363", flag: "warning", kind: "assert", test: "empty(cac:Delivery/cac:DeliveryLocation/cac:Address/cbc:Floor)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-364", flag: "warning", kind: "assert", test: "empty(cac:Delivery/cac:DeliveryLocation/cac:Address/cbc:Room)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-365", flag: "warning", kind: "assert", test: "empty(cac:Delivery/cac:DeliveryLocation/cac:Address/cbc:BlockName)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-366", flag: "warning", kind: "assert", test: "empty(cac:Delivery/cac:DeliveryLocation/cac:Address/cbc:BuildingName)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-367", flag: "warning", kind: "assert", test: "empty(cac:Delivery/cac:DeliveryLocation/cac:Address/cbc:BuildingNumber)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-368", flag: "warning", kind: "assert", test: "empty(cac:Delivery/cac:DeliveryLocation/cac:Address/cbc:InhouseMail)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-369", flag: "warning", kind: "assert", test: "empty(cac:Delivery/cac:DeliveryLocation/cac:Address/cbc:Department)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-370", flag: "warning", kind: "assert", test: "empty(cac:Delivery/cac:DeliveryLocation/cac:Address/cbc:MarkAttention)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-371", flag: "warning", kind: "assert", test: "empty(cac:Delivery/cac:DeliveryLocation/cac:Address/cbc:MarkCare)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-372", flag: "warning", kind: "assert", test: "empty(cac:Delivery/cac:DeliveryLocation/cac:Address/cbc:PlotIdentification)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-373", flag: "warning", kind: "assert", test: "empty(cac:Delivery/cac:DeliveryLocation/cac:Address/cbc:CitySubdivisionName)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-374", flag: "warning", kind: "assert", test: "empty(cac:Delivery/cac:DeliveryLocation/cac:Address/cbc:CountrySubentityCode)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-375", flag: "warning", kind: "assert", test: "empty(cac:Delivery/cac:DeliveryLocation/cac:Address/cbc:Region)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-376", flag: "warning", kind: "assert", test: "empty(cac:Delivery/cac:DeliveryLocation/cac:Address/cbc:District)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-377", flag: "warning", kind: "assert", test: "empty(cac:Delivery/cac:DeliveryLocation/cac:Address/cbc:TimezoneOffset)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-378", flag: "warning", kind: "assert", test: "empty(cac:Delivery/cac:DeliveryLocation/cac:Address/cac:Country/cbc:Name)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-379", flag: "warning", kind: "assert", test: "empty(cac:Delivery/cac:DeliveryLocation/cac:Address/cac:LocationCoordinate)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-380", flag: "warning", kind: "assert", test: "empty(cac:Delivery/cac:DeliveryLocation/cac:SubsidiaryLocation)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-381", flag: "warning", kind: "assert", test: "empty(cac:Delivery/cac:DeliveryLocation/cac:LocationCoordinate)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-382", flag: "warning", kind: "assert", test: "empty(cac:Delivery/cac:AlternativeDeliveryLocation)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-383", flag: "warning", kind: "assert", test: "empty(cac:Delivery/cac:RequestedDeliveryPeriod)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-384", flag: "warning", kind: "assert", test: "empty(cac:Delivery/cac:EstimatedDeliveryPeriod)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-385", flag: "warning", kind: "assert", test: "empty(cac:Delivery/cac:CarrierParty)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-386", flag: "warning", kind: "assert", test: "empty(cac:Delivery/cac:DeliveryParty/cbc:MarkCareIndicator)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-387", flag: "warning", kind: "assert", test: "empty(cac:Delivery/cac:DeliveryParty/cbc:MarkAttentionIndicator)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-388", flag: "warning", kind: "assert", test: "empty(cac:Delivery/cac:DeliveryParty/cbc:WebsiteURI)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-389", flag: "warning", kind: "assert", test: "empty(cac:Delivery/cac:DeliveryParty/cbc:LogoReferenceID)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-390", flag: "warning", kind: "assert", test: "empty(cac:Delivery/cac:DeliveryParty/cbc:EndpointID)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-391", flag: "warning", kind: "assert", test: "empty(cac:Delivery/cac:DeliveryParty/cbc:IndustryClassificationCode)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-392", flag: "warning", kind: "assert", test: "empty(cac:Delivery/cac:DeliveryParty/cac:PartyIdentification)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-393", flag: "warning", kind: "assert", test: "empty(cac:Delivery/cac:DeliveryParty/cac:Language)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-394", flag: "warning", kind: "assert", test: "empty(cac:Delivery/cac:DeliveryParty/cac:PostalAddress)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-395", flag: "warning", kind: "assert", test: "empty(cac:Delivery/cac:DeliveryParty/cac:PhysicalLocation)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-396", flag: "warning", kind: "assert", test: "empty(cac:Delivery/cac:DeliveryParty/cac:PartyTaxScheme)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-397", flag: "warning", kind: "assert", test: "empty(cac:Delivery/cac:DeliveryParty/cac:PartyLegalEntity)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-398", flag: "warning", kind: "assert", test: "empty(cac:Delivery/cac:DeliveryParty/cac:Contact)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-399", flag: "warning", kind: "assert", test: "empty(cac:Delivery/cac:DeliveryParty/cac:Person)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-400", flag: "warning", kind: "assert", test: "empty(cac:Delivery/cac:DeliveryParty/cac:AgentParty)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-401", flag: "warning", kind: "assert", test: "empty(cac:Delivery/cac:DeliveryParty/cac:ServiceProviderParty)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-402", flag: "warning", kind: "assert", test: "empty(cac:Delivery/cac:DeliveryParty/cac:PowerOfAttorney)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-403", flag: "warning", kind: "assert", test: "empty(cac:Delivery/cac:DeliveryParty/cac:FinancialAccount)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-404", flag: "warning", kind: "assert", test: "empty(cac:Delivery/cac:NotifyParty)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-405", flag: "warning", kind: "assert", test: "empty(cac:Delivery/cac:Despatch)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-406", flag: "warning", kind: "assert", test: "empty(cac:Delivery/cac:DeliveryTerms)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-407", flag: "warning", kind: "assert", test: "empty(cac:Delivery/cac:MinimumDeliveryUnit)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-408", flag: "warning", kind: "assert", test: "empty(cac:Delivery/cac:MaximumDeliveryUnit)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-409", flag: "warning", kind: "assert", test: "empty(cac:Delivery/cac:Shipment)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-410", flag: "warning", kind: "assert", test: "empty(cac:DeliveryTerms)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-411", flag: "warning", kind: "assert", test: "empty(cac:PaymentMeans/cbc:ID)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-412", flag: "warning", kind: "assert", test: "exists(self::cn:CreditNote) or empty(cac:PaymentMeans/cbc:PaymentDueDate)", businessTerms: Object.freeze(["BT-9"]) },
  { id: "UBL-CR-413", flag: "warning", kind: "assert", test: "empty(cac:PaymentMeans/cbc:PaymentChannelCode)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-414", flag: "warning", kind: "assert", test: "empty(cac:PaymentMeans/cbc:InstructionID)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-415", flag: "warning", kind: "assert", test: "empty(cac:PaymentMeans/cac:CardAccount/cbc:CardTypeCode)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-416", flag: "warning", kind: "assert", test: "empty(cac:PaymentMeans/cac:CardAccount/cbc:ValidityStartDate)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-417", flag: "warning", kind: "assert", test: "empty(cac:PaymentMeans/cac:CardAccount/cbc:ExpiryDate)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-418", flag: "warning", kind: "assert", test: "empty(cac:PaymentMeans/cac:CardAccount/cbc:IssuerID)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-419", flag: "warning", kind: "assert", test: "empty(cac:PaymentMeans/cac:CardAccount/cbc:IssueNumberID)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-420", flag: "warning", kind: "assert", test: "empty(cac:PaymentMeans/cac:CardAccount/cbc:CV2ID)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-421", flag: "warning", kind: "assert", test: "empty(cac:PaymentMeans/cac:CardAccount/cbc:CardChipCode)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-422", flag: "warning", kind: "assert", test: "empty(cac:PaymentMeans/cac:CardAccount/cbc:ChipApplicationID)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-424", flag: "warning", kind: "assert", test: "empty(cac:PaymentMeans/cac:PayeeFinancialAccount/cbc:AliasName)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-425", flag: "warning", kind: "assert", test: "empty(cac:PaymentMeans/cac:PayeeFinancialAccount/cbc:AccountTypeCode)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-426", flag: "warning", kind: "assert", test: "empty(cac:PaymentMeans/cac:PayeeFinancialAccount/cbc:AccountFormatCode)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-427", flag: "warning", kind: "assert", test: "empty(cac:PaymentMeans/cac:PayeeFinancialAccount/cbc:CurrencyCode)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-428", flag: "warning", kind: "assert", test: "empty(cac:PaymentMeans/cac:PayeeFinancialAccount/cbc:PaymentNote)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-429", flag: "warning", kind: "assert", test: "empty(cac:PaymentMeans/cac:PayeeFinancialAccount/cac:FinancialInstitutionBranch/cbc:Name)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-430", flag: "warning", kind: "assert", test: "empty(cac:PaymentMeans/cac:PayeeFinancialAccount/cac:FinancialInstitutionBranch/cac:FinancialInstitution/cbc:Name)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-431", flag: "warning", kind: "assert", test: "empty(cac:PaymentMeans/cac:PayeeFinancialAccount/cac:FinancialInstitutionBranch/cac:FinancialInstitution/cac:Address)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-432", flag: "warning", kind: "assert", test: "empty(cac:PaymentMeans/cac:PayeeFinancialAccount/cac:FinancialInstitutionBranch/cac:Address)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-433", flag: "warning", kind: "assert", test: "empty(cac:PaymentMeans/cac:PayeeFinancialAccount/cac:Country)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-434", flag: "warning", kind: "assert", test: "empty(cac:PaymentMeans/cac:CreditAccount)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-435", flag: "warning", kind: "assert", test: "empty(cac:PaymentMeans/cac:PaymentMandate/cbc:MandateTypeCode)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-436", flag: "warning", kind: "assert", test: "empty(cac:PaymentMeans/cac:PaymentMandate/cbc:MaximumPaymentInstructionsNumeric)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-437", flag: "warning", kind: "assert", test: "empty(cac:PaymentMeans/cac:PaymentMandate/cbc:MaximumPaidAmount)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-438", flag: "warning", kind: "assert", test: "empty(cac:PaymentMeans/cac:PaymentMandate/cbc:SignatureID)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-439", flag: "warning", kind: "assert", test: "empty(cac:PaymentMeans/cac:PaymentMandate/cac:PayerParty)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-440", flag: "warning", kind: "assert", test: "empty(cac:PaymentMeans/cac:PaymentMandate/cac:PayerFinancialAccount/cbc:Name)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-441", flag: "warning", kind: "assert", test: "empty(cac:PaymentMeans/cac:PaymentMandate/cac:PayerFinancialAccount/cbc:AliasName)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-442", flag: "warning", kind: "assert", test: "empty(cac:PaymentMeans/cac:PaymentMandate/cac:PayerFinancialAccount/cbc:AccountTypeCode)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-443", flag: "warning", kind: "assert", test: "empty(cac:PaymentMeans/cac:PaymentMandate/cac:PayerFinancialAccount/cbc:AccountFormatCode)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-444", flag: "warning", kind: "assert", test: "empty(cac:PaymentMeans/cac:PaymentMandate/cac:PayerFinancialAccount/cbc:CurrencyCode)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-445", flag: "warning", kind: "assert", test: "empty(cac:PaymentMeans/cac:PaymentMandate/cac:PayerFinancialAccount/cbc:PaymentNote)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-446", flag: "warning", kind: "assert", test: "empty(cac:PaymentMeans/cac:PaymentMandate/cac:PayerFinancialAccount/cac:FinancialInstitutionBranch)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-447", flag: "warning", kind: "assert", test: "empty(cac:PaymentMeans/cac:PaymentMandate/cac:PayerFinancialAccount/cac:Country)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-448", flag: "warning", kind: "assert", test: "empty(cac:PaymentMeans/cac:PaymentMandate/cac:ValidityPeriod)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-449", flag: "warning", kind: "assert", test: "empty(cac:PaymentMeans/cac:PaymentMandate/cac:PaymentReversalPeriod)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-450", flag: "warning", kind: "assert", test: "empty(cac:PaymentMeans/cac:PaymentMandate/cac:Clause)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-451", flag: "warning", kind: "assert", test: "empty(cac:PaymentMeans/cac:TradeFinancing)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-452", flag: "warning", kind: "assert", test: "empty(cac:PaymentTerms/cbc:ID)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-453", flag: "warning", kind: "assert", test: "empty(cac:PaymentTerms/cbc:PaymentMeansID)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-454", flag: "warning", kind: "assert", test: "empty(cac:PaymentTerms/cbc:PrepaidPaymentReferenceID)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-455", flag: "warning", kind: "assert", test: "empty(cac:PaymentTerms/cbc:ReferenceEventCode)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-456", flag: "warning", kind: "assert", test: "empty(cac:PaymentTerms/cbc:SettlementDiscountPercent)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-457", flag: "warning", kind: "assert", test: "empty(cac:PaymentTerms/cbc:PenaltySurchargePercent)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-458", flag: "warning", kind: "assert", test: "empty(cac:PaymentTerms/cbc:PaymentPercent)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-459", flag: "warning", kind: "assert", test: "empty(cac:PaymentTerms/cbc:Amount)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-460", flag: "warning", kind: "assert", test: "empty(cac:PaymentTerms/cbc:SettlementDiscountAmount)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-461", flag: "warning", kind: "assert", test: "empty(cac:PaymentTerms/cbc:PenaltyAmount)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-462", flag: "warning", kind: "assert", test: "empty(cac:PaymentTerms/cbc:PaymentTermsDetailsURI)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-463", flag: "warning", kind: "assert", test: "empty(cac:PaymentTerms/cbc:PaymentDueDate)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-464", flag: "warning", kind: "assert", test: "empty(cac:PaymentTerms/cbc:InstallmentDueDate)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-465", flag: "warning", kind: "assert", test: "empty(cac:PaymentTerms/cbc:InvoicingPartyReference)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-466", flag: "warning", kind: "assert", test: "empty(cac:PaymentTerms/cac:SettlementPeriod)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-467", flag: "warning", kind: "assert", test: "empty(cac:PaymentTerms/cac:PenaltyPeriod)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-468", flag: "warning", kind: "assert", test: "empty(cac:PaymentTerms/cac:ExchangeRate)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-469", flag: "warning", kind: "assert", test: "empty(cac:PaymentTerms/cac:ValidityPeriod)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-470", flag: "warning", kind: "assert", test: "empty(cac:PrepaidPayment)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-471", flag: "warning", kind: "assert", test: "empty(cac:AllowanceCharge/cbc:ID)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-472", flag: "warning", kind: "assert", test: "empty(cac:AllowanceCharge/cbc:PrepaidIndicator)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-473", flag: "warning", kind: "assert", test: "empty(cac:AllowanceCharge/cbc:SequenceNumeric)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-474", flag: "warning", kind: "assert", test: "empty(cac:AllowanceCharge/cbc:AccountingCostCode)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-475", flag: "warning", kind: "assert", test: "empty(cac:AllowanceCharge/cbc:AccountingCost)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-476", flag: "warning", kind: "assert", test: "empty(cac:AllowanceCharge/cbc:PerUnitAmount)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-477", flag: "warning", kind: "assert", test: "empty(cac:AllowanceCharge/cac:TaxCategory/cbc:Name)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-478", flag: "warning", kind: "assert", test: "empty(cac:AllowanceCharge/cac:TaxCategory/cbc:BaseUnitMeasure)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-479", flag: "warning", kind: "assert", test: "empty(cac:AllowanceCharge/cac:TaxCategory/cbc:PerUnitAmount)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-480", flag: "warning", kind: "assert", test: "empty(cac:AllowanceCharge/cac:TaxCategory/cbc:TaxExemptionReasonCode)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-481", flag: "warning", kind: "assert", test: "empty(cac:AllowanceCharge/cac:TaxCategory/cbc:TaxExemptionReason)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-482", flag: "warning", kind: "assert", test: "empty(cac:AllowanceCharge/cac:TaxCategory/cbc:TierRange)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-483", flag: "warning", kind: "assert", test: "empty(cac:AllowanceCharge/cac:TaxCategory/cbc:TierRatePercent)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-484", flag: "warning", kind: "assert", test: "empty(cac:AllowanceCharge/cac:TaxCategory/cac:TaxScheme/cbc:Name)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-485", flag: "warning", kind: "assert", test: "empty(cac:AllowanceCharge/cac:TaxCategory/cac:TaxScheme/cbc:TaxTypeCode)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-486", flag: "warning", kind: "assert", test: "empty(cac:AllowanceCharge/cac:TaxCategory/cac:TaxScheme/cbc:CurrencyCode)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-487", flag: "warning", kind: "assert", test: "empty(cac:AllowanceCharge/cac:TaxCategory/cac:TaxScheme/cac:JurisdictionRegionAddress)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-488", flag: "warning", kind: "assert", test: "empty(cac:AllowanceCharge/cac:TaxTotal)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-489", flag: "warning", kind: "assert", test: "empty(cac:AllowanceCharge/cac:PaymentMeans)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-490", flag: "warning", kind: "assert", test: "empty(cac:TaxExchangeRate)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-491", flag: "warning", kind: "assert", test: "empty(cac:PricingExchangeRate)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-492", flag: "warning", kind: "assert", test: "empty(cac:PaymentExchangeRate)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-493", flag: "warning", kind: "assert", test: "empty(cac:PaymentAlternativeExchangeRate)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-494", flag: "warning", kind: "assert", test: "empty(cac:TaxTotal/cbc:RoundingAmount)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-495", flag: "warning", kind: "assert", test: "empty(cac:TaxTotal/cbc:TaxEvidenceIndicator)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-496", flag: "warning", kind: "assert", test: "empty(cac:TaxTotal/cbc:TaxIncludedIndicator)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-497", flag: "warning", kind: "assert", test: "empty(cac:TaxTotal/cac:TaxSubtotal/cbc:CalculationSequenceNumeric)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-498", flag: "warning", kind: "assert", test: "empty(cac:TaxTotal/cac:TaxSubtotal/cbc:TransactionCurrencyTaxAmount)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-499", flag: "warning", kind: "assert", test: "empty(cac:TaxTotal/cac:TaxSubtotal/cbc:Percent)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-500", flag: "warning", kind: "assert", test: "empty(cac:TaxTotal/cac:TaxSubtotal/cbc:BaseUnitMeasure)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-501", flag: "warning", kind: "assert", test: "empty(cac:TaxTotal/cac:TaxSubtotal/cbc:PerUnitAmount)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-502", flag: "warning", kind: "assert", test: "empty(cac:TaxTotal/cac:TaxSubtotal/cbc:TierRange)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-503", flag: "warning", kind: "assert", test: "empty(cac:TaxTotal/cac:TaxSubtotal/cbc:TierRatePercent)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-504", flag: "warning", kind: "assert", test: "empty(cac:TaxTotal/cac:TaxSubtotal/cac:TaxCategory/cbc:Name)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-505", flag: "warning", kind: "assert", test: "empty(cac:TaxTotal/cac:TaxSubtotal/cac:TaxCategory/cbc:BaseUnitMeasure)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-506", flag: "warning", kind: "assert", test: "empty(cac:TaxTotal/cac:TaxSubtotal/cac:TaxCategory/cbc:PerUnitAmount)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-507", flag: "warning", kind: "assert", test: "empty(cac:TaxTotal/cac:TaxSubtotal/cac:TaxCategory/cbc:TierRange)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-508", flag: "warning", kind: "assert", test: "empty(cac:TaxTotal/cac:TaxSubtotal/cac:TaxCategory/cbc:TierRatePercent)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-509", flag: "warning", kind: "assert", test: "empty(cac:TaxTotal/cac:TaxSubtotal/cac:TaxCategory/cac:TaxScheme/cbc:Name)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-510", flag: "warning", kind: "assert", test: "empty(cac:TaxTotal/cac:TaxSubtotal/cac:TaxCategory/cac:TaxScheme/cbc:TaxTypeCode)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-511", flag: "warning", kind: "assert", test: "empty(cac:TaxTotal/cac:TaxSubtotal/cac:TaxCategory/cac:TaxScheme/cbc:CurrencyCode)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-512", flag: "warning", kind: "assert", test: "empty(cac:TaxTotal/cac:TaxSubtotal/cac:TaxCategory/cac:TaxScheme/cac:JurisdictionRegionAddress)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-513", flag: "warning", kind: "assert", test: "empty(cac:WithholdingTaxTotal)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-514", flag: "warning", kind: "assert", test: "empty(cac:LegalMonetaryTotal/cbc:PayableAlternativeAmount)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-515", flag: "warning", kind: "assert", test: "empty($lines/cbc:UUID)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-516", flag: "warning", kind: "assert", test: "empty($lines/cbc:TaxPointDate)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-517", flag: "warning", kind: "assert", test: "empty($lines/cbc:AccountingCostCode)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-518", flag: "warning", kind: "assert", test: "empty($lines/cbc:PaymentPurposeCode)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-519", flag: "warning", kind: "assert", test: "empty($lines/cbc:FreeOfChargeIndicator)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-520", flag: "warning", kind: "assert", test: "empty($lines/cac:InvoicePeriod/cbc:StartTime)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-521", flag: "warning", kind: "assert", test: "empty($lines/cac:InvoicePeriod/cbc:EndTime)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-522", flag: "warning", kind: "assert", test: "empty($lines/cac:InvoicePeriod/cbc:DurationMeasure)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-523", flag: "warning", kind: "assert", test: "empty($lines/cac:InvoicePeriod/cbc:DescriptionCode)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-524", flag: "warning", kind: "assert", test: "empty($lines/cac:InvoicePeriod/cbc:Description)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-525", flag: "warning", kind: "assert", test: "empty($lines/cac:OrderLineReference/cbc:SalesOrderLineID)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-526", flag: "warning", kind: "assert", test: "empty($lines/cac:OrderLineReference/cbc:UUID)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-527", flag: "warning", kind: "assert", test: "empty($lines/cac:OrderLineReference/cbc:LineStatusCode)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-528", flag: "warning", kind: "assert", test: "empty($lines/cac:OrderLineReference/cac:OrderReference)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-529", flag: "warning", kind: "assert", test: "empty($lines/cac:DespatchLineReference)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-530", flag: "warning", kind: "assert", test: "empty($lines/cac:ReceiptLineReference)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-531", flag: "warning", kind: "assert", test: "empty($lines/cac:BillingReference)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-532", flag: "warning", kind: "assert", test: "empty($lines/cac:DocumentReference/cbc:CopyIndicator)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-533", flag: "warning", kind: "assert", test: "empty($lines/cac:DocumentReference/cbc:UUID)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-534", flag: "warning", kind: "assert", test: "empty($lines/cac:DocumentReference/cbc:IssueDate)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-535", flag: "warning", kind: "assert", test: "empty($lines/cac:DocumentReference/cbc:IssueTime)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-537", flag: "warning", kind: "assert", test: "empty($lines/cac:DocumentReference/cbc:DocumentType)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-538", flag: "warning", kind: "assert", test: "empty($lines/cac:DocumentReference/cbc:XPath)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-539", flag: "warning", kind: "assert", test: "empty($lines/cac:DocumentReference/cbc:LanguageID)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-540", flag: "warning", kind: "assert", test: "empty($lines/cac:DocumentReference/cbc:LocaleCode)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-541", flag: "warning", kind: "assert", test: "empty($lines/cac:DocumentReference/cbc:VersionID)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-542", flag: "warning", kind: "assert", test: "empty($lines/cac:DocumentReference/cbc:DocumentStatusCode)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-543", flag: "warning", kind: "assert", test: "empty($lines/cac:DocumentReference/cbc:DocumentDescription)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-544", flag: "warning", kind: "assert", test: "empty($lines/cac:DocumentReference/cac:Attachment)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-545", flag: "warning", kind: "assert", test: "empty($lines/cac:DocumentReference/cac:ValidityPeriod)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-546", flag: "warning", kind: "assert", test: "empty($lines/cac:DocumentReference/cac:IssuerParty)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-547", flag: "warning", kind: "assert", test: "empty($lines/cac:DocumentReference/cac:ResultOfVerification)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-548", flag: "warning", kind: "assert", test: "empty($lines/cac:PricingReference)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-549", flag: "warning", kind: "assert", test: "empty($lines/cac:OriginatorParty)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-550", flag: "warning", kind: "assert", test: "empty($lines/cac:Delivery)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-551", flag: "warning", kind: "assert", test: "empty($lines/cac:PaymentTerms)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-552", flag: "warning", kind: "assert", test: "empty($lines/cac:AllowanceCharge/cbc:ID)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-553", flag: "warning", kind: "assert", test: "empty($lines/cac:AllowanceCharge/cbc:PrepaidIndicator)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-554", flag: "warning", kind: "assert", test: "empty($lines/cac:AllowanceCharge/cbc:SequenceNumeric)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-555", flag: "warning", kind: "assert", test: "empty($lines/cac:AllowanceCharge/cbc:AccountingCostCode)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-556", flag: "warning", kind: "assert", test: "empty($lines/cac:AllowanceCharge/cbc:AccountingCost)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-557", flag: "warning", kind: "assert", test: "empty($lines/cac:AllowanceCharge/cbc:PerUnitAmount)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-558", flag: "warning", kind: "assert", test: "empty($lines/cac:AllowanceCharge/cac:TaxCategory)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-559", flag: "warning", kind: "assert", test: "empty($lines/cac:AllowanceCharge/cac:TaxTotal)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-560", flag: "warning", kind: "assert", test: "empty($lines/cac:AllowanceCharge/cac:PaymentMeans)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-561", flag: "warning", kind: "assert", test: "empty($lines/cac:TaxTotal)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-562", flag: "warning", kind: "assert", test: "empty($lines/cac:WithholdingTaxTotal)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-563", flag: "warning", kind: "assert", test: "empty($lines/cac:Item/cbc:PackQuantity)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-564", flag: "warning", kind: "assert", test: "empty($lines/cac:Item/cbc:PackSizeNumeric)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-565", flag: "warning", kind: "assert", test: "empty($lines/cac:Item/cbc:CatalogueIndicator)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-566", flag: "warning", kind: "assert", test: "empty($lines/cac:Item/cbc:HazardousRiskIndicator)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-567", flag: "warning", kind: "assert", test: "empty($lines/cac:Item/cbc:AdditionalInformation)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-568", flag: "warning", kind: "assert", test: "empty($lines/cac:Item/cbc:Keyword)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-569", flag: "warning", kind: "assert", test: "empty($lines/cac:Item/cbc:BrandName)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-570", flag: "warning", kind: "assert", test: "empty($lines/cac:Item/cbc:ModelName)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-571", flag: "warning", kind: "assert", test: "empty($lines/cac:Item/cac:BuyersItemIdentification/cbc:ExtendedID)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-572", flag: "warning", kind: "assert", test: "empty($lines/cac:Item/cac:BuyersItemIdentification/cbc:BarcodeSymbologyID)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-573", flag: "warning", kind: "assert", test: "empty($lines/cac:Item/cac:BuyersItemIdentification/cac:PhysicalAttribute)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-574", flag: "warning", kind: "assert", test: "empty($lines/cac:Item/cac:BuyersItemIdentification/cac:MeasurementDimension)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-575", flag: "warning", kind: "assert", test: "empty($lines/cac:Item/cac:BuyersItemIdentification/cac:IssuerParty)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-576", flag: "warning", kind: "assert", test: "empty($lines/cac:Item/cac:SellersItemIdentification/cbc:ExtendedID)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-577", flag: "warning", kind: "assert", test: "empty($lines/cac:Item/cac:SellersItemIdentification/cbc:BarcodeSymbologyID)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-578", flag: "warning", kind: "assert", test: "empty($lines/cac:Item/cac:SellersItemIdentification/cac:PhysicalAttribute)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-579", flag: "warning", kind: "assert", test: "empty($lines/cac:Item/cac:SellersItemIdentification/cac:MeasurementDimension)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-580", flag: "warning", kind: "assert", test: "empty($lines/cac:Item/cac:SellersItemIdentification/cac:IssuerParty)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-581", flag: "warning", kind: "assert", test: "empty($lines/cac:Item/cac:ManufacturersItemIdentification)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-582", flag: "warning", kind: "assert", test: "empty($lines/cac:Item/cac:StandardItemIdentification/cbc:ExtendedID)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-583", flag: "warning", kind: "assert", test: "empty($lines/cac:Item/cac:StandardItemIdentification/cbc:BarcodeSymbologyID)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-584", flag: "warning", kind: "assert", test: "empty($lines/cac:Item/cac:StandardItemIdentification/cac:PhysicalAttribute)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-585", flag: "warning", kind: "assert", test: "empty($lines/cac:Item/cac:StandardItemIdentification/cac:MeasurementDimension)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-586", flag: "warning", kind: "assert", test: "empty($lines/cac:Item/cac:StandardItemIdentification/cac:IssuerParty)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-587", flag: "warning", kind: "assert", test: "empty($lines/cac:Item/cac:CatalogueItemIdentification)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-588", flag: "warning", kind: "assert", test: "empty($lines/cac:Item/cac:AdditionalItemIdentification)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-589", flag: "warning", kind: "assert", test: "empty($lines/cac:Item/cac:CatalogueDocumentReference)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-590", flag: "warning", kind: "assert", test: "empty($lines/cac:Item/cac:ItemSpecificationDocumentReference)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-591", flag: "warning", kind: "assert", test: "empty($lines/cac:Item/cac:OriginCountry/cbc:Name)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-592", flag: "warning", kind: "assert", test: "empty($lines/cac:Item/cac:CommodityClassification/cbc:NatureCode)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-593", flag: "warning", kind: "assert", test: "empty($lines/cac:Item/cac:CommodityClassification/cbc:CargoTypeCode)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-594", flag: "warning", kind: "assert", test: "empty($lines/cac:Item/cac:CommodityClassification/cbc:CommodityCode)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-595", flag: "warning", kind: "assert", test: "empty($lines/cac:Item/cac:TransactionConditions)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-596", flag: "warning", kind: "assert", test: "empty($lines/cac:Item/cac:HazardousItem)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-597", flag: "warning", kind: "assert", test: "empty($lines/cac:Item/cac:ClassifiedTaxCategory/cbc:Name)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-598", flag: "warning", kind: "assert", test: "empty($lines/cac:Item/cac:ClassifiedTaxCategory/cbc:BaseUnitMeasure)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-599", flag: "warning", kind: "assert", test: "empty($lines/cac:Item/cac:ClassifiedTaxCategory/cbc:PerUnitAmount)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-600", flag: "warning", kind: "assert", test: "empty($lines/cac:Item/cac:ClassifiedTaxCategory/cbc:TaxExemptionReasonCode)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-601", flag: "warning", kind: "assert", test: "empty($lines/cac:Item/cac:ClassifiedTaxCategory/cbc:TaxExemptionReason)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-602", flag: "warning", kind: "assert", test: "empty($lines/cac:Item/cac:ClassifiedTaxCategory/cbc:TierRange)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-603", flag: "warning", kind: "assert", test: "empty($lines/cac:Item/cac:ClassifiedTaxCategory/cbc:TierRatePercent)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-604", flag: "warning", kind: "assert", test: "empty($lines/cac:Item/cac:ClassifiedTaxCategory/cac:TaxScheme/cbc:Name)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-605", flag: "warning", kind: "assert", test: "empty($lines/cac:Item/cac:ClassifiedTaxCategory/cac:TaxScheme/cbc:TaxTypeCode)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-606", flag: "warning", kind: "assert", test: "empty($lines/cac:Item/cac:ClassifiedTaxCategory/cac:TaxScheme/cbc:CurrencyCode)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-607", flag: "warning", kind: "assert", test: "empty($lines/cac:Item/cac:ClassifiedTaxCategory/cac:TaxScheme/cac:JurisdictionRegionAddress)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-608", flag: "warning", kind: "assert", test: "empty($lines/cac:Item/cac:AdditionalItemProperty/cbc:ID)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-609", flag: "warning", kind: "assert", test: "empty($lines/cac:Item/cac:AdditionalItemProperty/cbc:NameCode)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-610", flag: "warning", kind: "assert", test: "empty($lines/cac:Item/cac:AdditionalItemProperty/cbc:TestMethod)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-611", flag: "warning", kind: "assert", test: "empty($lines/cac:Item/cac:AdditionalItemProperty/cbc:ValueQuantity)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-612", flag: "warning", kind: "assert", test: "empty($lines/cac:Item/cac:AdditionalItemProperty/cbc:ValueQualifier)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-613", flag: "warning", kind: "assert", test: "empty($lines/cac:Item/cac:AdditionalItemProperty/cbc:ImportanceCode)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-614", flag: "warning", kind: "assert", test: "empty($lines/cac:Item/cac:AdditionalItemProperty/cbc:ListValue)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-615", flag: "warning", kind: "assert", test: "empty($lines/cac:Item/cac:AdditionalItemProperty/cac:UsabilityPeriod)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-616", flag: "warning", kind: "assert", test: "empty($lines/cac:Item/cac:AdditionalItemProperty/cac:ItemPropertyGroup)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-617", flag: "warning", kind: "assert", test: "empty($lines/cac:Item/cac:AdditionalItemProperty/cac:RangeDimension)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-618", flag: "warning", kind: "assert", test: "empty($lines/cac:Item/cac:AdditionalItemProperty/cac:ItemPropertyRange)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-619", flag: "warning", kind: "assert", test: "empty($lines/cac:Item/cac:ManufacturerParty)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-620", flag: "warning", kind: "assert", test: "empty($lines/cac:Item/cac:InformationContentProviderParty)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-621", flag: "warning", kind: "assert", test: "empty($lines/cac:Item/cac:OriginAddress)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-622", flag: "warning", kind: "assert", test: "empty($lines/cac:Item/cac:ItemInstance)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-623", flag: "warning", kind: "assert", test: "empty($lines/cac:Item/cac:Certificate)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-624", flag: "warning", kind: "assert", test: "empty($lines/cac:Item/cac:Dimension)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-625", flag: "warning", kind: "assert", test: "empty($lines/cac:Price/cbc:PriceChangeReason)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-626", flag: "warning", kind: "assert", test: "empty($lines/cac:Price/cbc:PriceTypeCode)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-627", flag: "warning", kind: "assert", test: "empty($lines/cac:Price/cbc:PriceType)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-628", flag: "warning", kind: "assert", test: "empty($lines/cac:Price/cbc:OrderableUnitFactorRate)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-629", flag: "warning", kind: "assert", test: "empty($lines/cac:Price/cbc:ValidityPeriod)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-630", flag: "warning", kind: "assert", test: "empty($lines/cac:Price/cbc:PriceList)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-632", flag: "warning", kind: "assert", test: "empty($lines/cac:Price/cac:AllowanceCharge/cbc:ID)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-633", flag: "warning", kind: "assert", test: "empty($lines/cac:Price/cac:AllowanceCharge/cbc:AllowanceChargeReasonCode)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-634", flag: "warning", kind: "assert", test: "empty($lines/cac:Price/cac:AllowanceCharge/cbc:AllowanceChargeReason)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-635", flag: "warning", kind: "assert", test: "empty($lines/cac:Price/cac:AllowanceCharge/cbc:MultiplierFactorNumeric)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-636", flag: "warning", kind: "assert", test: "empty($lines/cac:Price/cac:AllowanceCharge/cbc:PrepaidIndicator)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-637", flag: "warning", kind: "assert", test: "empty($lines/cac:Price/cac:AllowanceCharge/cbc:SequenceNumeric)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-638", flag: "warning", kind: "assert", test: "empty($lines/cac:Price/cac:AllowanceCharge/cbc:AccountingCostCode)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-639", flag: "warning", kind: "assert", test: "empty($lines/cac:Price/cac:AllowanceCharge/cbc:AccountingCost)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-640", flag: "warning", kind: "assert", test: "empty($lines/cac:Price/cac:AllowanceCharge/cbc:PerUnitAmount)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-641", flag: "warning", kind: "assert", test: "empty($lines/cac:Price/cac:AllowanceCharge/cac:TaxCategory)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-642", flag: "warning", kind: "assert", test: "empty($lines/cac:Price/cac:AllowanceCharge/cac:TaxTotal)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-643", flag: "warning", kind: "assert", test: "empty($lines/cac:Price/cac:AllowanceCharge/cac:PaymentMeans)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-644", flag: "warning", kind: "assert", test: "empty($lines/cac:Price/cac:PricingExchangeRate)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-645", flag: "warning", kind: "assert", test: "empty($lines/cac:DeliveryTerms)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-646", flag: "warning", kind: "assert", test: "empty($lines/cac:SubInvoiceLine)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-647", flag: "warning", kind: "assert", test: "empty($lines/cac:ItemPriceExtension)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-648", flag: "warning", kind: "assert", test: "empty(cbc:CustomizationID/@schemeID)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-649", flag: "warning", kind: "assert", test: "empty(cbc:ProfileID/@schemeID)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-650", flag: "warning", kind: "assert", test: "empty(cbc:ID/@schemeID)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-651", flag: "warning", kind: "assert", test: "empty(cbc:SalesOrderID/@schemeID)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-652", flag: "warning", kind: "assert", test: "empty(//cac:PartyTaxScheme/cbc:CompanyID/@schemeID)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-653", flag: "warning", kind: "assert", test: "empty(cac:PaymentMeans/cbc:PaymentID/@schemeID)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-654", flag: "warning", kind: "assert", test: "empty(cac:PaymentMeans/cac:PayeeFinancialAccount/cbc:ID/@schemeID)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-655", flag: "warning", kind: "assert", test: "empty(cac:PaymentMeans/cac:PayeeFinancialAccount/cac:FinancialInstitutionBranch/cbc:ID/@schemeID)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-656", flag: "warning", kind: "assert", test: "empty(cbc:InvoiceTypeCode/@listID)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-657", flag: "warning", kind: "assert", test: "empty(cbc:DocumentCurrencyCode/@listID)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-658", flag: "warning", kind: "assert", test: "empty(cbc:TaxCurrencyCode/@listID)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-659", flag: "warning", kind: "assert", test: "empty(cac:AdditionalDocumentReference/cbc:DocumentTypeCode/@listID)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-660", flag: "warning", kind: "assert", test: "empty(//cac:Country/cbc:IdentificationCode/@listID)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-661", flag: "warning", kind: "assert", test: "empty(cac:PaymentMeans/cbc:PaymentMeansCode/@listID)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-662", flag: "warning", kind: "assert", test: "empty(//cbc:AllowanceChargeReasonCode/@listID)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-663", flag: "warning", kind: "assert", test: "empty(//@unitCodeListID)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-664", flag: "warning", kind: "assert", test: "empty(//cac:FinancialInstitution)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-665", flag: "warning", kind: "assert", test: "every $ref in //cac:AdditionalDocumentReference[cbc:ID/@schemeID] satisfies (exists($ref/cbc:DocumentTypeCode) and (every $code in $ref/cbc:DocumentTypeCode satisfies $code = '130'))", businessTerms: Object.freeze(["BT-18"]) },
  { id: "UBL-CR-666", flag: "fatal", kind: "assert", test: "empty(//cac:AdditionalDocumentReference[cbc:DocumentTypeCode = '130']/cac:Attachment)", businessTerms: Object.freeze(["BT-18"]) },
  { id: "UBL-CR-667", flag: "warning", kind: "assert", test: "empty(//cac:BuyersItemIdentification/cbc:ID/@schemeID)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-668", flag: "warning", kind: "assert", test: "empty(//cac:SellersItemIdentification/cbc:ID/@schemeID)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-669", flag: "warning", kind: "assert", test: "empty(//cac:Price/cac:AllowanceCharge/cbc:AllowanceChargeReasonCode)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-670", flag: "warning", kind: "assert", test: "empty(//cac:Price/cac:AllowanceCharge/cbc:AllowanceChargeReason)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-671", flag: "warning", kind: "assert", test: "empty(//cac:Price/cac:AllowanceCharge/cbc:MultiplierFactorNumeric)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-672", flag: "warning", kind: "assert", test: "empty(cbc:CreditNoteTypeCode/@listID)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-673", flag: "fatal", kind: "assert", test: "empty(//cac:AdditionalDocumentReference[cbc:DocumentTypeCode = '130']/cbc:DocumentDescription)", businessTerms: Object.freeze(["BT-18", "BT-123"]) },
  { id: "UBL-CR-674", flag: "warning", kind: "assert", test: "empty(//cbc:PrimaryAccountNumberID/@schemeID)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-675", flag: "warning", kind: "assert", test: "empty(//cac:CardAccount/cbc:NetworkID/@schemeID)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-676", flag: "warning", kind: "assert", test: "empty(//cac:PaymentMandate/cbc:ID/@schemeID)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-677", flag: "warning", kind: "assert", test: "empty(//cac:PaymentMandate/cac:PayerFinancialAccount/cbc:ID/@schemeID)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-678", flag: "warning", kind: "assert", test: "empty(//cac:TaxCategory/cbc:ID/@schemeID)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-679", flag: "warning", kind: "assert", test: "empty(//cac:ClassifiedTaxCategory/cbc:ID/@schemeID)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-680", flag: "warning", kind: "assert", test: "empty(//cac:PaymentMeans/cac:PayerFinancialAccount)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-681", flag: "warning", kind: "assert", test: "empty(cac:PaymentMeans/cbc:InstructionNote)", businessTerms: Object.freeze([]) },
  { id: "UBL-CR-682", flag: "warning", kind: "assert", test: "empty(cac:Delivery/cac:DeliveryAddress)", businessTerms: Object.freeze([]) },
  { id: "UBL-DT-08", flag: "warning", kind: "assert", test: "empty(//@schemeName)", businessTerms: Object.freeze([]) },
  { id: "UBL-DT-09", flag: "warning", kind: "assert", test: "empty(//@schemeAgencyName)", businessTerms: Object.freeze([]) },
  { id: "UBL-DT-10", flag: "warning", kind: "assert", test: "empty(//@schemeDataURI)", businessTerms: Object.freeze([]) },
  { id: "UBL-DT-11", flag: "warning", kind: "assert", test: "empty(//@schemeURI)", businessTerms: Object.freeze([]) },
  { id: "UBL-DT-12", flag: "warning", kind: "assert", test: "empty(//@format)", businessTerms: Object.freeze([]) },
  { id: "UBL-DT-13", flag: "warning", kind: "assert", test: "empty(//@unitCodeListIdentifier)", businessTerms: Object.freeze([]) },
  { id: "UBL-DT-14", flag: "warning", kind: "assert", test: "empty(//@unitCodeListAgencyIdentifier)", businessTerms: Object.freeze([]) },
  { id: "UBL-DT-15", flag: "warning", kind: "assert", test: "empty(//@unitCodeListAgencyName)", businessTerms: Object.freeze([]) },
  { id: "UBL-DT-16", flag: "warning", kind: "assert", test: "empty(//@listAgencyName)", businessTerms: Object.freeze([]) },
  { id: "UBL-DT-17", flag: "warning", kind: "assert", test: "empty(//@listName)", businessTerms: Object.freeze([]) },
  { id: "UBL-DT-18", flag: "warning", kind: "assert", test: "empty(//@name[not(parent::cbc:PaymentMeansCode)])", businessTerms: Object.freeze(["BT-82"]) },
  { id: "UBL-DT-19", flag: "warning", kind: "assert", test: "empty(//@languageID)", businessTerms: Object.freeze([]) },
  { id: "UBL-DT-20", flag: "warning", kind: "assert", test: "empty(//@listURI)", businessTerms: Object.freeze([]) },
  { id: "UBL-DT-21", flag: "warning", kind: "assert", test: "empty(//@listSchemeURI)", businessTerms: Object.freeze([]) },
  { id: "UBL-DT-22", flag: "warning", kind: "assert", test: "empty(//@languageLocaleID)", businessTerms: Object.freeze([]) },
  { id: "UBL-DT-23", flag: "warning", kind: "assert", test: "empty(//@uri)", businessTerms: Object.freeze([]) },
  { id: "UBL-DT-24", flag: "warning", kind: "assert", test: "empty(//@currencyCodeListVersionID)", businessTerms: Object.freeze([]) },
  { id: "UBL-DT-25", flag: "warning", kind: "assert", test: "empty(//@characterSetCode)", businessTerms: Object.freeze([]) },
  { id: "UBL-DT-26", flag: "warning", kind: "assert", test: "empty(//@encodingCode)", businessTerms: Object.freeze([]) },
  { id: "UBL-DT-27", flag: "warning", kind: "assert", test: "empty(//@schemeAgencyID)", businessTerms: Object.freeze([]) },
  { id: "UBL-DT-28", flag: "warning", kind: "assert", test: "empty(//@listAgencyID)", businessTerms: Object.freeze([]) },
  { id: "UBL-SR-01", flag: "fatal", kind: "assert", test: "count(cac:ContractDocumentReference/cbc:ID) le 1", businessTerms: Object.freeze(["BT-12"]) },
  { id: "UBL-SR-02", flag: "fatal", kind: "assert", test: "count(cac:ReceiptDocumentReference/cbc:ID) le 1", businessTerms: Object.freeze(["BT-15"]) },
  { id: "UBL-SR-03", flag: "fatal", kind: "assert", test: "count(cac:DespatchDocumentReference/cbc:ID) le 1", businessTerms: Object.freeze(["BT-16"]) },
  { id: "UBL-SR-04", flag: "fatal", kind: "assert", test: "count(cac:AdditionalDocumentReference[cbc:DocumentTypeCode = '130']/cbc:ID) le 1", businessTerms: Object.freeze(["BT-18"]) },
  { id: "UBL-SR-05", flag: "fatal", kind: "assert", test: "count(cac:PaymentTerms/cbc:Note) le 1", businessTerms: Object.freeze(["BT-20"]) },
  { id: "UBL-SR-08", flag: "fatal", kind: "assert", test: "count(cac:InvoicePeriod) le 1", businessTerms: Object.freeze(["BG-14"]) },
  { id: "UBL-SR-09", flag: "fatal", kind: "assert", test: "count(cac:AccountingSupplierParty/cac:Party/cac:PartyLegalEntity/cbc:RegistrationName) le 1", businessTerms: Object.freeze(["BT-27"]) },
  { id: "UBL-SR-10", flag: "fatal", kind: "assert", test: "count(cac:AccountingSupplierParty/cac:Party/cac:PartyName/cbc:Name) le 1", businessTerms: Object.freeze(["BT-28"]) },
  { id: "UBL-SR-11", flag: "fatal", kind: "assert", test: "count(cac:AccountingSupplierParty/cac:Party/cac:PartyLegalEntity/cbc:CompanyID) le 1", businessTerms: Object.freeze(["BT-30"]) },
  { id: "UBL-SR-12", flag: "fatal", kind: "assert", test: "count(cac:AccountingSupplierParty/cac:Party/cac:PartyTaxScheme[some $scheme in cac:TaxScheme satisfies upper-case($scheme/cbc:ID) eq 'VAT']/cbc:CompanyID) le 1", businessTerms: Object.freeze(["BT-31"]) },
  { id: "UBL-SR-13", flag: "fatal", kind: "assert", test: "count(cac:AccountingSupplierParty/cac:Party/cac:PartyTaxScheme[some $scheme in cac:TaxScheme satisfies upper-case($scheme/cbc:ID) ne 'VAT']/cbc:CompanyID) le 1", businessTerms: Object.freeze(["BT-32"]) },
  { id: "UBL-SR-14", flag: "fatal", kind: "assert", test: "count(cac:AccountingSupplierParty/cac:Party/cac:PartyLegalEntity/cbc:CompanyLegalForm) le 1", businessTerms: Object.freeze(["BT-33"]) },
  { id: "UBL-SR-15", flag: "fatal", kind: "assert", test: "count(cac:AccountingCustomerParty/cac:Party/cac:PartyLegalEntity/cbc:RegistrationName) le 1", businessTerms: Object.freeze(["BT-44"]) },
  { id: "UBL-SR-16", flag: "fatal", kind: "assert", test: "count(cac:AccountingCustomerParty/cac:Party/cac:PartyIdentification/cbc:ID) le 1", businessTerms: Object.freeze(["BT-46"]) },
  { id: "UBL-SR-17", flag: "fatal", kind: "assert", test: "count(cac:AccountingCustomerParty/cac:Party/cac:PartyLegalEntity/cbc:CompanyID) le 1", businessTerms: Object.freeze(["BT-47"]) },
  { id: "UBL-SR-18", flag: "fatal", kind: "assert", test: "count(cac:AccountingCustomerParty/cac:Party/cac:PartyTaxScheme[some $scheme in cac:TaxScheme satisfies upper-case($scheme/cbc:ID) eq 'VAT']/cbc:CompanyID) le 1", businessTerms: Object.freeze(["BT-48"]) },
  { id: "UBL-SR-24", flag: "fatal", kind: "assert", test: "count(cac:Delivery) le 1", businessTerms: Object.freeze(["BG-13"]) },
  { id: "UBL-SR-29", flag: "fatal", kind: "assert", test: "count(//cac:PartyIdentification/cbc:ID[upper-case(@schemeID) eq 'SEPA']) le 1", businessTerms: Object.freeze(["BT-90"]) },
  { id: "UBL-SR-39", flag: "fatal", kind: "assert", test: "count(cac:ProjectReference/cbc:ID) le 1", businessTerms: Object.freeze(["BT-11"]) },
  { id: "UBL-SR-40", flag: "fatal", kind: "assert", test: "count(cac:AccountingCustomerParty/cac:Party/cac:PartyName/cbc:Name) le 1", businessTerms: Object.freeze(["BT-45"]) },
  { id: "UBL-SR-44", flag: "fatal", kind: "assert", test: "count(distinct-values(//cbc:PaymentID)) le 1", businessTerms: Object.freeze(["BT-83"]) },
  { id: "UBL-SR-45", flag: "fatal", kind: "assert", test: "count(cac:PaymentMeans/cbc:PaymentDueDate) le 1", businessTerms: Object.freeze(["BT-9"]) },
  { id: "UBL-SR-46", flag: "fatal", kind: "assert", test: "count(cac:PaymentMeans/cbc:PaymentMeansCode/@name) le 1", businessTerms: Object.freeze(["BT-82"]) },
  { id: "UBL-SR-47", flag: "fatal", kind: "assert", test: "count(distinct-values(//cbc:PaymentMeansCode)) le 1", businessTerms: Object.freeze(["BT-81"]) },
  { id: "UBL-SR-49", flag: "fatal", kind: "assert", test: "count(cac:InvoicePeriod/cbc:DescriptionCode) le 1", businessTerms: Object.freeze(["BT-8"]) },
  { id: "UBL-SR-54", flag: "fatal", kind: "assert", test: "count(cac:PaymentMeans/cac:CardAccount) le 1", businessTerms: Object.freeze(["BG-18"]) },
  { id: "UBL-SR-55", flag: "fatal", kind: "assert", test: "count(cac:PaymentMeans/cac:PaymentMandate) le 1", businessTerms: Object.freeze(["BG-19"]) },
  { id: "UBL-SR-56", flag: "fatal", kind: "assert", test: "count(cac:OriginatorDocumentReference/cbc:ID) le 1", businessTerms: Object.freeze(["BT-17"]) },
  { id: "UBL-SR-34", flag: "fatal", kind: "assert", test: "count(cbc:Note) le 1", businessTerms: Object.freeze(["BT-127"]) },
  { id: "UBL-SR-35", flag: "fatal", kind: "assert", test: "count(cac:OrderLineReference/cbc:LineID) le 1", businessTerms: Object.freeze(["BT-132"]) },
  { id: "UBL-SR-36", flag: "fatal", kind: "assert", test: "count(cac:InvoicePeriod) le 1", businessTerms: Object.freeze(["BG-26"]) },
  { id: "UBL-SR-37", flag: "fatal", kind: "assert", test: "count(cac:Price/cac:AllowanceCharge/cbc:Amount) le 1", businessTerms: Object.freeze(["BT-147"]) },
  { id: "UBL-SR-48", flag: "fatal", kind: "assert", test: "count(cac:Item/cac:ClassifiedTaxCategory) eq 1", businessTerms: Object.freeze(["BG-30"]) },
  { id: "UBL-SR-50", flag: "fatal", kind: "assert", test: "count(cac:Item/cbc:Description) le 1", businessTerms: Object.freeze(["BT-154"]) },
  { id: "UBL-SR-52", flag: "fatal", kind: "assert", test: "count(cac:DocumentReference) le 1", businessTerms: Object.freeze(["BT-128"]) },
  { id: "UBL-SR-19", flag: "fatal", kind: "assert", test: "count(cac:PartyName/cbc:Name) le 1 and $payeeNameDiffers", businessTerms: Object.freeze(["BT-59", "BT-27"]) },
  { id: "UBL-SR-20", flag: "fatal", kind: "assert", test: "count(cac:PartyIdentification/cbc:ID[upper-case(string(@schemeID)) ne 'SEPA']) le 1 and $payeeNameDiffers", businessTerms: Object.freeze(["BT-60", "BT-59", "BT-27"]) },
  { id: "UBL-SR-21", flag: "fatal", kind: "assert", test: "count(cac:PartyLegalEntity/cbc:CompanyID) le 1 and $payeeNameDiffers", businessTerms: Object.freeze(["BT-61", "BT-59", "BT-27"]) },
  { id: "UBL-SR-26", flag: "fatal", kind: "assert", test: "count(cbc:PaymentID) le 1", businessTerms: Object.freeze(["BT-83"]) },
  { id: "UBL-SR-27", flag: "fatal", kind: "assert", test: "count(cbc:PaymentMeansCode) le 1", businessTerms: Object.freeze(["BT-81"]) },
  { id: "UBL-SR-28", flag: "fatal", kind: "assert", test: "count(cac:PaymentMandate/cbc:ID) le 1", businessTerms: Object.freeze(["BT-89"]) },
  { id: "UBL-SR-06", flag: "fatal", kind: "assert", test: "count(cac:InvoiceDocumentReference) le 1", businessTerms: Object.freeze(["BG-3"]) },
  { id: "UBL-SR-07", flag: "fatal", kind: "assert", test: "exists(cac:InvoiceDocumentReference/cbc:ID)", businessTerms: Object.freeze(["BG-3", "BT-25"]) },
  { id: "UBL-SR-22", flag: "fatal", kind: "assert", test: "count(cac:PartyName/cbc:Name) le 1", businessTerms: Object.freeze(["BT-62"]) },
  { id: "UBL-SR-23", flag: "fatal", kind: "assert", test: "count(cac:PartyTaxScheme/cbc:CompanyID) le 1", businessTerms: Object.freeze(["BT-63"]) },
  { id: "UBL-SR-32", flag: "fatal", kind: "assert", test: "count(cac:TaxCategory/cbc:TaxExemptionReason) le 1", businessTerms: Object.freeze(["BT-120"]) },
  { id: "BR-CL-01", flag: "fatal", kind: "assert", test: "(self::cbc:InvoiceTypeCode and normalize-space(.) = $cen-codes-UNTDID1001-invoice) or (self::cbc:CreditNoteTypeCode and normalize-space(.) = $cen-codes-UNTDID1001-credit-note)", businessTerms: Object.freeze(["BT-3"]) },
  { id: "BR-CL-03", flag: "fatal", kind: "assert", test: "normalize-space(@currencyID) = $cen-codes-ISO4217", businessTerms: Object.freeze(["BT-5", "BT-6"]) },
  { id: "BR-CL-04", flag: "fatal", kind: "assert", test: "normalize-space(.) = $cen-codes-ISO4217", businessTerms: Object.freeze(["BT-5"]) },
  { id: "BR-CL-05", flag: "fatal", kind: "assert", test: "normalize-space(.) = $cen-codes-ISO4217", businessTerms: Object.freeze(["BT-6"]) },
  { id: "BR-CL-06", flag: "fatal", kind: "assert", test: "normalize-space(.) = $cen-codes-UNTDID2005-subset", businessTerms: Object.freeze(["BT-8"]) },
  { id: "BR-CL-07", flag: "fatal", kind: "assert", test: "normalize-space(@schemeID) = $cen-codes-UNTDID1153", businessTerms: Object.freeze(["BT-18"]) },
  { id: "BR-CL-10", flag: "fatal", kind: "assert", test: "normalize-space(@schemeID) = $cen-codes-ISO6523-ICD or (normalize-space(@schemeID) eq 'SEPA' and exists(ancestor::cac:AccountingSupplierParty | ancestor::cac:PayeeParty))", businessTerms: Object.freeze(["BT-29", "BT-46", "BT-60"]) },
  { id: "BR-CL-11", flag: "fatal", kind: "assert", test: "normalize-space(@schemeID) = $cen-codes-ISO6523-ICD", businessTerms: Object.freeze(["BT-30", "BT-47", "BT-61"]) },
  { id: "BR-CL-13", flag: "fatal", kind: "assert", test: "normalize-space(@listID) = $cen-codes-UNTDID7143", businessTerms: Object.freeze(["BT-158"]) },
  { id: "BR-CL-14", flag: "fatal", kind: "assert", test: "normalize-space(.) = $cen-codes-ISO3166-1-alpha2", businessTerms: Object.freeze(["BT-40", "BT-55", "BT-69", "BT-80"]) },
  { id: "BR-CL-15", flag: "fatal", kind: "assert", test: "normalize-space(.) = $cen-codes-ISO3166-1-alpha2", businessTerms: Object.freeze(["BT-159"]) },
  { id: "BR-CL-16", flag: "fatal", kind: "assert", test: "normalize-space(.) = $cen-codes-UNTDID4461", businessTerms: Object.freeze(["BT-81"]) },
  { id: "BR-CL-17", flag: "fatal", kind: "assert", test: "normalize-space(.) = $cen-codes-UNTDID5305", businessTerms: Object.freeze(["BT-95", "BT-102", "BT-118"]) },
  { id: "BR-CL-18", flag: "fatal", kind: "assert", test: "normalize-space(.) = $cen-codes-UNTDID5305", businessTerms: Object.freeze(["BT-151"]) },
  { id: "BR-CL-19", flag: "fatal", kind: "assert", test: "normalize-space(.) = $cen-codes-UNTDID5189", businessTerms: Object.freeze(["BT-98", "BT-140"]) },
  { id: "BR-CL-20", flag: "fatal", kind: "assert", test: "normalize-space(.) = $cen-codes-UNTDID7161", businessTerms: Object.freeze(["BT-105", "BT-145"]) },
  { id: "BR-CL-21", flag: "fatal", kind: "assert", test: "normalize-space(@schemeID) = $cen-codes-ISO6523-ICD", businessTerms: Object.freeze(["BT-157"]) },
  { id: "BR-CL-22", flag: "fatal", kind: "assert", test: "upper-case(normalize-space(.)) = $cen-codes-VATEX", businessTerms: Object.freeze(["BT-121"]) },
  { id: "BR-CL-23", flag: "fatal", kind: "assert", test: "normalize-space(@unitCode) = $cen-codes-UNECE-Rec20-Rec21", businessTerms: Object.freeze(["BT-130", "BT-150"]) },
  { id: "BR-CL-24", flag: "fatal", kind: "assert", test: "@mimeCode = $cen-codes-MIME-attachments", businessTerms: Object.freeze(["BT-125"]) },
  { id: "BR-CL-25", flag: "fatal", kind: "assert", test: "normalize-space(@schemeID) = $cen-codes-EAS", businessTerms: Object.freeze(["BT-34", "BT-49"]) },
  { id: "BR-CL-26", flag: "fatal", kind: "assert", test: "normalize-space(@schemeID) = $cen-codes-ISO6523-ICD", businessTerms: Object.freeze(["BT-71"]) }
]);

function fn0(S, a0) {
  const v0_0 = a0;
  const out0 = [];
  out0.push(...[((v0_0.length === 0) ? "(none)" : rt.stringJoin(rt.forMap(v0_0, (v1_0) => [rt.concat(["'"], [rt.string([v1_0])], ["'"])]), ", "))]);
  return rt.convert(out0, T0, "result of en:shown");
}

function step0(n, S) {
  if (n.kind !== "element" || n.local !== "AdditionalDocumentReference" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null;
}

function match0(n, S) { return step0(n, S); }

function fire0(c, S, out) {
  let t0;
  S.cur = 0;
  if (!!rt.isBlank(rt.strArg((t0 ??= rt.child(c, N1)), "normalize-space"))) out.push(rt.finding(ROWS[0], c, "An additional supporting document (BG-24) needs a supporting document reference (BT-122)."));
}

function step1(n, S) {
  if (n.kind !== "element" || n.local !== "AccountingCustomerParty" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null;
}

function step2(n, S) {
  if (n.kind !== "element" || n.local !== "Party" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null && step1(n.parent, S);
}

function step3(n, S) {
  if (n.kind !== "element" || n.local !== "EndpointID" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2") return false;
  return n.parent !== null && step2(n.parent, S);
}

function match1(n, S) { return (n.parent?.local === "Party" && n.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" && n.parent.parent?.local === "AccountingCustomerParty" && n.parent.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" && step3(n, S)); }

function fire1(c, S, out) {
  S.cur = 1;
  if (!rt.anyOnAxis(c, "attribute", N5)) out.push(rt.finding(ROWS[1], c, "The buyer electronic address (BT-49) " + rt.valueOf(fn0(S, [c])) + " has no scheme identifier (BT-49-1)."));
}

function step4(n, S) {
  if (n.kind !== "element" || n.local !== "AccountingCustomerParty" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null;
}

function step5(n, S) {
  if (n.kind !== "element" || n.local !== "Party" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null && step4(n.parent, S);
}

function step6(n, S) {
  if (n.kind !== "element" || n.local !== "PostalAddress" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null && step5(n.parent, S);
}

function match2(n, S) { return (n.parent?.local === "Party" && n.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" && n.parent.parent?.local === "AccountingCustomerParty" && n.parent.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" && step6(n, S)); }

function fire2(c, S, out) {
  let t2, t3;
  S.cur = 2;
  if (!!rt.isBlank(rt.strArg((t3 ??= rt.childOfNodes((t2 ??= rt.child(c, N7)), N8)), "normalize-space"))) out.push(rt.finding(ROWS[2], c, "The buyer postal address (BG-8) needs a buyer country code (BT-55)."));
}

function step7(n, S) {
  if (n.kind !== "element" || n.local !== "PaymentMeans" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null;
}

function step8(n, S) {
  if (n.kind !== "element" || n.local !== "CardAccount" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null && step7(n.parent, S);
}

function step9(n, S) {
  if (n.kind !== "element" || n.local !== "PrimaryAccountNumberID" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2") return false;
  return n.parent !== null && step8(n.parent, S);
}

function match3(n, S) { return (n.parent?.local === "CardAccount" && n.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" && n.parent.parent?.local === "PaymentMeans" && n.parent.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" && step9(n, S)); }

function fire3(c, S, out) {
  S.cur = 3;
  if (!(rt.stringLength(rt.normalizeSpace(rt.strItem(c, "normalize-space"))) <= 10)) out.push(rt.finding(ROWS[3], c, "The payment card primary account number (BT-87) should not be given in full: card security standards allow at most the first 6 and last 4 digits (10 characters); found " + rt.valueOf([BigInt(rt.stringLength(rt.normalizeSpace(rt.strItem(c, "normalize-space"))))]) + " characters."));
}

function step10(n, S) {
  if (n.kind !== "element" || n.local !== "Delivery" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null;
}

function step11(n, S) {
  if (n.kind !== "element" || n.local !== "DeliveryLocation" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null && step10(n.parent, S);
}

function step12(n, S) {
  if (n.kind !== "element" || n.local !== "Address" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null && step11(n.parent, S);
}

function match4(n, S) { return (n.parent?.local === "DeliveryLocation" && n.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" && n.parent.parent?.local === "Delivery" && n.parent.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" && step12(n, S)); }

function fire4(c, S, out) {
  let t4;
  S.cur = 4;
  if (!(S.D.hasNamePath(P0) && rt.anyOnAxisSeq((t4 ??= rt.child(c, N7)), "child", N8))) out.push(rt.finding(ROWS[4], c, "The deliver-to address (BG-15) needs a deliver-to country code (BT-80)."));
}

function step13(n, S) {
  if (n.kind !== "element" || n.local !== "Invoice" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2") return false;
  return n.parent !== null && n.parent.kind === "document";
}

function step14(n, S) {
  if (n.kind !== "element" || n.local !== "AllowanceCharge" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  const c = n;
  if (!rt.generalCompare("eq", rt.child(c, N17), [false])) return false;
  return n.parent !== null && step13(n.parent, S);
}

function step15(n, S) {
  if (n.kind !== "element" || n.local !== "CreditNote" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2") return false;
  return n.parent !== null && n.parent.kind === "document";
}

function step16(n, S) {
  if (n.kind !== "element" || n.local !== "AllowanceCharge" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  const c = n;
  if (!rt.generalCompare("eq", rt.child(c, N17), [false])) return false;
  return n.parent !== null && step15(n.parent, S);
}

function match5(n, S) { return (n.parent?.local === "Invoice" && n.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2" && n.parent.parent?.kind === "document" && step14(n, S)) || (n.parent?.local === "CreditNote" && n.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2" && n.parent.parent?.kind === "document" && step16(n, S)); }

function fire5(c, S, out) {
  let t6, t7, t8, t9, t11;
  const v2_0 = (rt.union((t6 ??= rt.child(c, N19)), (t7 ??= rt.child(c, N20))).length > 0);
  S.cur = 5;
  if (!rt.anyOnAxis(c, "child", N21)) out.push(rt.finding(ROWS[5], c, "A document level allowance (BG-20) needs an allowance amount (BT-92)."));
  S.cur = 6;
  if (!rt.anyOnAxisSeq((t9 ??= rt.stepOne(c, "child", N22, [(c, p, z) => rt.generalCompare1("eq", rt.pathMap(rt.childOfNodes(rt.child(c, N23), N1), (c, p, z) => [rt.upperCase(rt.normalizeSpace(rt.strItem(c, "normalize-space")))]), "VAT")])), "child", N1)) out.push(rt.finding(ROWS[6], c, "A document level allowance (BG-20) needs a VAT category code (BT-95) in a VAT tax category."));
  S.cur = 7;
  if (!v2_0) out.push(rt.finding(ROWS[7], c, "A document level allowance (BG-20) needs an allowance reason (BT-97) or an allowance reason code (BT-98)."));
  S.cur = 8;
  if (!true) out.push(rt.finding(ROWS[8], c, "The document level allowance reason code (BT-98) and reason (BT-97) must describe the same allowance."));
  S.cur = 9;
  if (!v2_0) out.push(rt.finding(ROWS[9], c, "A document level allowance (BG-20) needs an allowance reason (BT-97), an allowance reason code (BT-98), or both."));
  S.cur = 10;
  if (!(rt.stringLength(rt.substringAfter(rt.strArg((t8 ??= rt.child(c, N21)), "substring-after"), ".")) <= 2)) out.push(rt.finding(ROWS[10], c, "The document level allowance amount (BT-92) may have at most 2 decimals; found " + rt.valueOf(fn0(S, (t8 ??= rt.child(c, N21)))) + "."));
  S.cur = 11;
  if (!(rt.stringLength(rt.substringAfter(rt.strArg((t11 ??= rt.child(c, N24)), "substring-after"), ".")) <= 2)) out.push(rt.finding(ROWS[11], c, "The document level allowance base amount (BT-93) may have at most 2 decimals; found " + rt.valueOf(fn0(S, (t11 ??= rt.child(c, N24)))) + "."));
}

function step17(n, S) {
  if (n.kind !== "element" || n.local !== "Invoice" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2") return false;
  return n.parent !== null && n.parent.kind === "document";
}

function step18(n, S) {
  if (n.kind !== "element" || n.local !== "AllowanceCharge" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  const c = n;
  if (!rt.generalCompare("eq", rt.child(c, N17), [true])) return false;
  return n.parent !== null && step17(n.parent, S);
}

function step19(n, S) {
  if (n.kind !== "element" || n.local !== "CreditNote" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2") return false;
  return n.parent !== null && n.parent.kind === "document";
}

function step20(n, S) {
  if (n.kind !== "element" || n.local !== "AllowanceCharge" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  const c = n;
  if (!rt.generalCompare("eq", rt.child(c, N17), [true])) return false;
  return n.parent !== null && step19(n.parent, S);
}

function match6(n, S) { return (n.parent?.local === "Invoice" && n.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2" && n.parent.parent?.kind === "document" && step18(n, S)) || (n.parent?.local === "CreditNote" && n.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2" && n.parent.parent?.kind === "document" && step20(n, S)); }

function fire6(c, S, out) {
  let t12, t13, t14, t15, t17;
  const v3_0 = (rt.union((t12 ??= rt.child(c, N19)), (t13 ??= rt.child(c, N20))).length > 0);
  S.cur = 12;
  if (!rt.anyOnAxis(c, "child", N21)) out.push(rt.finding(ROWS[12], c, "A document level charge (BG-21) needs a charge amount (BT-99)."));
  S.cur = 13;
  if (!rt.anyOnAxisSeq((t15 ??= rt.stepOne(c, "child", N22, [(c, p, z) => rt.generalCompare1("eq", rt.pathMap(rt.childOfNodes(rt.child(c, N23), N1), (c, p, z) => [rt.upperCase(rt.normalizeSpace(rt.strItem(c, "normalize-space")))]), "VAT")])), "child", N1)) out.push(rt.finding(ROWS[13], c, "A document level charge (BG-21) needs a VAT category code (BT-102) in a VAT tax category."));
  S.cur = 14;
  if (!v3_0) out.push(rt.finding(ROWS[14], c, "A document level charge (BG-21) needs a charge reason (BT-104) or a charge reason code (BT-105)."));
  S.cur = 15;
  if (!true) out.push(rt.finding(ROWS[15], c, "The document level charge reason code (BT-105) and reason (BT-104) must describe the same charge."));
  S.cur = 16;
  if (!v3_0) out.push(rt.finding(ROWS[16], c, "A document level charge (BG-21) needs a charge reason (BT-104), a charge reason code (BT-105), or both."));
  S.cur = 17;
  if (!(rt.stringLength(rt.substringAfter(rt.strArg((t14 ??= rt.child(c, N21)), "substring-after"), ".")) <= 2)) out.push(rt.finding(ROWS[17], c, "The document level charge amount (BT-99) may have at most 2 decimals; found " + rt.valueOf(fn0(S, (t14 ??= rt.child(c, N21)))) + "."));
  S.cur = 18;
  if (!(rt.stringLength(rt.substringAfter(rt.strArg((t17 ??= rt.child(c, N24)), "substring-after"), ".")) <= 2)) out.push(rt.finding(ROWS[18], c, "The document level charge base amount (BT-100) may have at most 2 decimals; found " + rt.valueOf(fn0(S, (t17 ??= rt.child(c, N24)))) + "."));
}

function step21(n, S) {
  if (n.kind !== "element" || n.local !== "LegalMonetaryTotal" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null;
}

function match7(n, S) { return step21(n, S); }

function fire7(c, S, out) {
  let t18, t19, t20, t21, t22, t23, t24, t25, t26, t27, t28;
  const v4_0 = (S.D.memo[1] !== undefined ? S.D.memo[1] : (S.D.memo[1] = rt.sum((S.D.memo[0] !== undefined ? S.D.memo[0] : (S.D.memo[0] = rt.pathMap(rt.union(rt.descendantsByName(S.D, c, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "InvoiceLine"), rt.descendantsByName(S.D, c, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "CreditNoteLine")), (c, p, z) => rt.castSeq(rt.child(c, N26), "decimal", true)))))));
  const v5_0 = (t19 ??= rt.keyFilter(S.D, rt.childrenKept(S.D, (t18 ??= rt.stepOne(c, "parent", N27, null)), N16), 0, (c) => rt.booleanKeys(rt.child(c, N17)), "false", (c, p, z) => rt.generalCompare("eq", rt.child(c, N17), [false])));
  const v6_0 = (t20 ??= rt.keyFilter(S.D, rt.childrenKept(S.D, (t18 ??= rt.stepOne(c, "parent", N27, null)), N16), 0, (c) => rt.booleanKeys(rt.child(c, N17)), "true", (c, p, z) => rt.generalCompare("eq", rt.child(c, N17), [true])));
  const v7_0 = rt.arith("div", rt.fnRound(rt.arith("*", rt.sum(rt.pathMap(v5_0, (c, p, z) => rt.castSeq(rt.child(c, N21), "decimal", true))), [100n])), [100n]);
  const v8_0 = rt.arith("div", rt.fnRound(rt.arith("*", rt.sum(rt.pathMap(v6_0, (c, p, z) => rt.castSeq(rt.child(c, N21), "decimal", true))), [100n])), [100n]);
  S.cur = 19;
  if (!rt.anyOnAxis(c, "child", N26)) out.push(rt.finding(ROWS[19], c, "The document totals (BG-22) need the sum of invoice line net amounts (BT-106)."));
  S.cur = 20;
  if (!rt.anyOnAxis(c, "child", N28)) out.push(rt.finding(ROWS[20], c, "The document totals (BG-22) need the invoice total amount without VAT (BT-109)."));
  S.cur = 21;
  if (!rt.anyOnAxis(c, "child", N29)) out.push(rt.finding(ROWS[21], c, "The document totals (BG-22) need the invoice total amount with VAT (BT-112)."));
  S.cur = 22;
  if (!rt.anyOnAxis(c, "child", N30)) out.push(rt.finding(ROWS[22], c, "The document totals (BG-22) need the amount due for payment (BT-115)."));
  S.cur = 23;
  if (!rt.generalCompare("eq", rt.castSeq((t21 ??= rt.child(c, N26)), "decimal", true), rt.arith("div", rt.fnRound(rt.arith("*", v4_0, [100n])), [100n]))) out.push(rt.finding(ROWS[23], c, "The sum of invoice line net amounts (BT-106) is " + rt.valueOf(fn0(S, (t21 ??= rt.child(c, N26)))) + ", but the invoice line net amounts (BT-131) add up to " + rt.valueOf(v4_0) + "."));
  S.cur = 24;
  if (!(rt.generalCompare("eq", rt.castSeq((t25 ??= rt.child(c, N31)), "decimal", true), v7_0) || (!rt.anyOnAxis(c, "child", N31) && (v5_0.length === 0)))) out.push(rt.finding(ROWS[24], c, "The sum of document level allowances (BT-107) is " + rt.valueOf(fn0(S, (t25 ??= rt.child(c, N31)))) + ", but the document level allowance amounts (BT-92) add up to " + rt.valueOf(v7_0) + "."));
  S.cur = 25;
  if (!(rt.generalCompare("eq", rt.castSeq((t26 ??= rt.child(c, N32)), "decimal", true), v8_0) || (!rt.anyOnAxis(c, "child", N32) && (v6_0.length === 0)))) out.push(rt.finding(ROWS[25], c, "The sum of document level charges (BT-108) is " + rt.valueOf(fn0(S, (t26 ??= rt.child(c, N32)))) + ", but the document level charge amounts (BT-99) add up to " + rt.valueOf(v8_0) + "."));
  S.cur = 26;
  if (!rt.generalCompare("eq", rt.castSeq((t22 ??= rt.child(c, N28)), "decimal", true), ((rt.union((t26 ??= rt.child(c, N32)), (t25 ??= rt.child(c, N31))).length === 0) ? rt.castSeq((t21 ??= rt.child(c, N26)), "decimal", true) : rt.arith("div", rt.fnRound(rt.arith("*", rt.arith("-", rt.arith("+", rt.castSeq((t21 ??= rt.child(c, N26)), "decimal", true), (rt.anyOnAxis(c, "child", N32) ? rt.castSeq((t26 ??= rt.child(c, N32)), "decimal", true) : [0n])), (rt.anyOnAxis(c, "child", N31) ? rt.castSeq((t25 ??= rt.child(c, N31)), "decimal", true) : [0n])), [100n])), [100n])))) out.push(rt.finding(ROWS[26], c, "The invoice total without VAT (BT-109) is " + rt.valueOf(fn0(S, (t22 ??= rt.child(c, N28)))) + ", but it must equal the sum of line net amounts (BT-106) " + rt.valueOf(fn0(S, (t21 ??= rt.child(c, N26)))) + " minus allowances (BT-107) " + rt.valueOf(fn0(S, (t25 ??= rt.child(c, N31)))) + " plus charges (BT-108) " + rt.valueOf(fn0(S, (t26 ??= rt.child(c, N32)))) + "."));
  S.cur = 27;
  if (!rt.generalCompare("eq", (rt.anyOnAxis(c, "child", N33) ? rt.arith("div", rt.fnRound(rt.arith("*", rt.arith("-", rt.castSeq((t24 ??= rt.child(c, N30)), "decimal", true), rt.castSeq((t27 ??= rt.child(c, N33)), "decimal", true)), [100n])), [100n]) : rt.castSeq((t24 ??= rt.child(c, N30)), "decimal", true)), (rt.anyOnAxis(c, "child", N34) ? rt.arith("div", rt.fnRound(rt.arith("*", rt.arith("-", rt.castSeq((t23 ??= rt.child(c, N29)), "decimal", true), rt.castSeq((t28 ??= rt.child(c, N34)), "decimal", true)), [100n])), [100n]) : rt.castSeq((t23 ??= rt.child(c, N29)), "decimal", true)))) out.push(rt.finding(ROWS[27], c, "The amount due for payment (BT-115) is " + rt.valueOf(fn0(S, (t24 ??= rt.child(c, N30)))) + ", but it must equal the total with VAT (BT-112) " + rt.valueOf(fn0(S, (t23 ??= rt.child(c, N29)))) + " minus the paid amount (BT-113) " + rt.valueOf(fn0(S, (t28 ??= rt.child(c, N34)))) + " plus the rounding amount (BT-114) " + rt.valueOf(fn0(S, (t27 ??= rt.child(c, N33)))) + "."));
  S.cur = 28;
  if (!(rt.stringLength(rt.substringAfter(rt.strArg((t21 ??= rt.child(c, N26)), "substring-after"), ".")) <= 2)) out.push(rt.finding(ROWS[28], c, "The sum of invoice line net amounts (BT-106) may have at most 2 decimals; found " + rt.valueOf(fn0(S, (t21 ??= rt.child(c, N26)))) + "."));
  S.cur = 29;
  if (!(rt.stringLength(rt.substringAfter(rt.strArg((t25 ??= rt.child(c, N31)), "substring-after"), ".")) <= 2)) out.push(rt.finding(ROWS[29], c, "The sum of document level allowances (BT-107) may have at most 2 decimals; found " + rt.valueOf(fn0(S, (t25 ??= rt.child(c, N31)))) + "."));
  S.cur = 30;
  if (!(rt.stringLength(rt.substringAfter(rt.strArg((t26 ??= rt.child(c, N32)), "substring-after"), ".")) <= 2)) out.push(rt.finding(ROWS[30], c, "The sum of document level charges (BT-108) may have at most 2 decimals; found " + rt.valueOf(fn0(S, (t26 ??= rt.child(c, N32)))) + "."));
  S.cur = 31;
  if (!(rt.stringLength(rt.substringAfter(rt.strArg((t22 ??= rt.child(c, N28)), "substring-after"), ".")) <= 2)) out.push(rt.finding(ROWS[31], c, "The invoice total amount without VAT (BT-109) may have at most 2 decimals; found " + rt.valueOf(fn0(S, (t22 ??= rt.child(c, N28)))) + "."));
  S.cur = 32;
  if (!(rt.stringLength(rt.substringAfter(rt.strArg((t23 ??= rt.child(c, N29)), "substring-after"), ".")) <= 2)) out.push(rt.finding(ROWS[32], c, "The invoice total amount with VAT (BT-112) may have at most 2 decimals; found " + rt.valueOf(fn0(S, (t23 ??= rt.child(c, N29)))) + "."));
  S.cur = 33;
  if (!(rt.stringLength(rt.substringAfter(rt.strArg((t28 ??= rt.child(c, N34)), "substring-after"), ".")) <= 2)) out.push(rt.finding(ROWS[33], c, "The paid amount (BT-113) may have at most 2 decimals; found " + rt.valueOf(fn0(S, (t28 ??= rt.child(c, N34)))) + "."));
  S.cur = 34;
  if (!(rt.stringLength(rt.substringAfter(rt.strArg((t27 ??= rt.child(c, N33)), "substring-after"), ".")) <= 2)) out.push(rt.finding(ROWS[34], c, "The rounding amount (BT-114) may have at most 2 decimals; found " + rt.valueOf(fn0(S, (t27 ??= rt.child(c, N33)))) + "."));
  S.cur = 35;
  if (!(rt.stringLength(rt.substringAfter(rt.strArg((t24 ??= rt.child(c, N30)), "substring-after"), ".")) <= 2)) out.push(rt.finding(ROWS[35], c, "The amount due for payment (BT-115) may have at most 2 decimals; found " + rt.valueOf(fn0(S, (t24 ??= rt.child(c, N30)))) + "."));
}

function step22(n, S) {
  if (n.kind !== "element" || n.local !== "Invoice" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2") return false;
  return n.parent !== null && n.parent.kind === "document";
}

function step23(n, S) {
  if (n.kind !== "element" || n.local !== "CreditNote" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2") return false;
  return n.parent !== null && n.parent.kind === "document";
}

function match8(n, S) { return (n.parent?.kind === "document" && step22(n, S)) || (n.parent?.kind === "document" && step23(n, S)); }

function fire8_part0(c, S, out, v9_0, v10_0, v11_0, v12_0, v13_0, v14_0, v15_0, v16_0, v17_0, v18_0, v19_0, v20_0, v21_0, v22_0, v23_0, v24_0) {
  let t30, t34, t35, t36, t37, t38, t39, t40, t41, t42, t43, t44, t45, t46, t47, t50, t51, t52, t53, t54, t55, t56, t57, t58, t59;
  S.cur = 36;
  if (!!rt.isBlank(rt.strArg((t34 ??= rt.child(c, N40)), "normalize-space"))) out.push(rt.finding(ROWS[36], c, "The invoice needs a specification identifier (BT-24)."));
  S.cur = 37;
  if (!!rt.isBlank(rt.strArg((t35 ??= rt.child(c, N1)), "normalize-space"))) out.push(rt.finding(ROWS[37], c, "The invoice needs an invoice number (BT-1)."));
  S.cur = 38;
  if (!!rt.isBlank(rt.strArg((t36 ??= rt.child(c, N41)), "normalize-space"))) out.push(rt.finding(ROWS[38], c, "The invoice needs an invoice issue date (BT-2)."));
  S.cur = 39;
  if (!(!rt.isBlank(rt.strArg((t37 ??= rt.child(c, N42)), "normalize-space")) || !rt.isBlank(rt.strArg((t38 ??= rt.child(c, N43)), "normalize-space")))) out.push(rt.finding(ROWS[39], c, "The invoice needs an invoice type code (BT-3)."));
  S.cur = 40;
  if (!!rt.isBlank(rt.strArg((t39 ??= rt.child(c, N44)), "normalize-space"))) out.push(rt.finding(ROWS[40], c, "The invoice needs an invoice currency code (BT-5)."));
  S.cur = 41;
  if (!!rt.isBlank(rt.strArg((t43 ??= rt.childOfNodes((t42 ??= rt.childOfNodes((t41 ??= rt.childOfNodes((t40 ??= rt.child(c, N45)), N3)), N39)), N46)), "normalize-space"))) out.push(rt.finding(ROWS[41], c, "The invoice needs the seller name (BT-27)."));
  S.cur = 42;
  if (!!rt.isBlank(rt.strArg((t47 ??= rt.childOfNodes((t46 ??= rt.childOfNodes((t45 ??= rt.childOfNodes((t44 ??= rt.child(c, N2)), N3)), N39)), N46)), "normalize-space"))) out.push(rt.finding(ROWS[42], c, "The invoice needs the buyer name (BT-44)."));
  S.cur = 43;
  if (!(S.D.hasNamePath(P5) && rt.anyOnAxisSeq((t41 ??= rt.childOfNodes((t40 ??= rt.child(c, N45)), N3)), "child", N6))) out.push(rt.finding(ROWS[43], c, "The invoice needs the seller postal address (BG-5)."));
  S.cur = 44;
  if (!(S.D.hasNamePath(P6) && rt.anyOnAxisSeq((t45 ??= rt.childOfNodes((t44 ??= rt.child(c, N2)), N3)), "child", N6))) out.push(rt.finding(ROWS[44], c, "The invoice needs the buyer postal address (BG-8)."));
  S.cur = 45;
  if (!(rt.union((t50 ??= rt.child(c, N47)), (t51 ??= rt.child(c, N48))).length > 0)) out.push(rt.finding(ROWS[45], c, "The invoice needs at least one invoice line (BG-25)."));
  S.cur = 46;
  if (!(t52 ??= rt.child(c, N51)).every((v25_0) => rt.generalCompare1("eq", (S.D.memo[18] !== undefined ? S.D.memo[18] : (S.D.memo[18] = rt.stepNodes(rt.childOfNodes(rt.descendantsByName(S.D, c, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "TaxTotal"), N49), "attribute", N50, null))), rt.atomizeItem(v25_0)))) out.push(rt.finding(ROWS[46], c, "The VAT accounting currency code (BT-6) is " + rt.valueOf(fn0(S, (t52 ??= rt.child(c, N51)))) + ", but no invoice total VAT amount in accounting currency (BT-111) is given in it."));
  S.cur = 47;
  if (!(!(rt.generalCompare1("eq", v9_0, "AE") || rt.generalCompare1("eq", v11_0, "AE")) || (rt.filter(v13_0, (c, p, z) => (rt.valueCompare("eq", [c], ["AE"]) === true)).length === 1))) out.push(rt.finding(ROWS[47], c, "An invoice line (BG-25), document level allowance (BG-20) or charge (BG-21) has VAT category code (BT-151, BT-95 or BT-102) 'AE' (VAT reverse charge), so the VAT breakdown (BG-23) needs exactly one VAT category code (BT-118) 'AE'; found " + rt.valueOf([BigInt(rt.filter(v13_0, (c, p, z) => (rt.valueCompare("eq", [c], ["AE"]) === true)).length)]) + "."));
  S.cur = 48;
  if (!((rt.keyFilter(S.D, v10_0, 2, (c) => rt.normalizeSpace(rt.childStr(c, N1, "normalize-space")), "AE", (c, p, z) => (rt.normalizeSpace(rt.childStr(c, N1, "normalize-space")) === "AE")).length === 0) || (v22_0 && ((v20_0.length > 0) || (v21_0.length > 0))))) out.push(rt.finding(ROWS[48], c, "An invoice line (BG-25) has invoiced item VAT category code (BT-151) 'AE' (VAT reverse charge), so the invoice needs the seller VAT identifier (BT-31), the seller tax registration identifier (BT-32) or the seller tax representative VAT identifier (BT-63), and the buyer VAT identifier (BT-48) or buyer legal registration identifier (BT-47)."));
  S.cur = 49;
  if (!((rt.keyFilter(S.D, v14_0, 2, (c) => rt.normalizeSpace(rt.childStr(c, N1, "normalize-space")), "AE", (c, p, z) => (rt.normalizeSpace(rt.childStr(c, N1, "normalize-space")) === "AE")).length === 0) || (v22_0 && ((v20_0.length > 0) || (v21_0.length > 0))))) out.push(rt.finding(ROWS[49], c, "A document level allowance (BG-20) has VAT category code (BT-95) 'AE' (VAT reverse charge), so the invoice needs the seller VAT identifier (BT-31), the seller tax registration identifier (BT-32) or the seller tax representative VAT identifier (BT-63), and the buyer VAT identifier (BT-48) or buyer legal registration identifier (BT-47)."));
  S.cur = 50;
  if (!((rt.keyFilter(S.D, v15_0, 2, (c) => rt.normalizeSpace(rt.childStr(c, N1, "normalize-space")), "AE", (c, p, z) => (rt.normalizeSpace(rt.childStr(c, N1, "normalize-space")) === "AE")).length === 0) || (v22_0 && ((v20_0.length > 0) || (v21_0.length > 0))))) out.push(rt.finding(ROWS[50], c, "A document level charge (BG-21) has VAT category code (BT-102) 'AE' (VAT reverse charge), so the invoice needs the seller VAT identifier (BT-31), the seller tax registration identifier (BT-32) or the seller tax representative VAT identifier (BT-63), and the buyer VAT identifier (BT-48) or buyer legal registration identifier (BT-47)."));
  S.cur = 51;
  if (!!(rt.anyOnAxis(c, "child", N52) && (S.D.hasNamePath(P7) && rt.anyOnAxisSeq((t54 ??= rt.child(c, N53)), "child", N54)))) out.push(rt.finding(ROWS[51], c, "The value added tax point date (BT-7) " + rt.valueOf(fn0(S, (t53 ??= rt.child(c, N52)))) + " and the value added tax point date code (BT-8) " + rt.valueOf(fn0(S, (t55 ??= rt.childOfNodes((t54 ??= rt.child(c, N53)), N54)))) + " exclude each other."));
  S.cur = 52;
  if (!(t39 ??= rt.child(c, N44)).every((v26_0) => ((rt.stepNodes(rt.child(c, N35), "child", N49, [(c, p, z) => rt.generalCompare1("eq", rt.stepOne(c, "attribute", N50, null), rt.atomizeItem(v26_0))]).length === 1) && rt.generalCompare("eq", rt.pathMap(rt.child(c, N25), (c, p, z) => rt.castSeq(rt.child(c, N29), "decimal", true)), rt.arith("div", rt.fnRound(rt.arith("*", rt.arith("+", rt.pathMap(rt.child(c, N25), (c, p, z) => rt.castSeq(rt.child(c, N28), "decimal", true)), rt.pathMap(rt.stepNodes(rt.child(c, N35), "child", N49, [(c, p, z) => rt.generalCompare1("eq", rt.stepOne(c, "attribute", N50, null), rt.atomizeItem(v26_0))]), (c, p, z) => rt.castSeq([c], "decimal", true))), [100n])), [100n]))))) out.push(rt.finding(ROWS[52], c, "The invoice total with VAT (BT-112) is " + rt.valueOf(fn0(S, (t57 ??= rt.childOfNodes((t56 ??= rt.child(c, N25)), N29)))) + ", but it must equal the total without VAT (BT-109) " + rt.valueOf(fn0(S, (t58 ??= rt.childOfNodes((t56 ??= rt.child(c, N25)), N28)))) + " plus the one invoice total VAT amount (BT-110) in the document currency (BT-5) " + rt.valueOf(fn0(S, (t59 ??= rt.stepNodes((t30 ??= rt.child(c, N35)), "child", N49, [(c, p, z) => rt.generalCompare("eq", rt.stepOne(c, "attribute", N50, null), rt.childOfNodes(rt.stepNodes(rt.stepOne(c, "parent", N27, null), "parent", N27, null), N44))])))) + "."));
  S.cur = 53;
  if (!(S.D.hasNamePath(P11) && rt.anyOnAxisSeq((t30 ??= rt.child(c, N35)), "child", N36))) out.push(rt.finding(ROWS[53], c, "The invoice needs at least one VAT breakdown (BG-23)."));
  S.cur = 54;
  if (!(S.D.memo[19] !== undefined ? S.D.memo[19] : (S.D.memo[19] = rt.stepNodes(rt.descendantsByName(S.D, c, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "TaxTotal"), "child", N49, [(c, p, z) => rt.generalCompare("eq", rt.stepOne(c, "attribute", N50, null), rt.child(c, N44))]))).every((v27_0) => (rt.stringLength(rt.substringAfter(rt.strItem(v27_0, "substring-after"), ".")) <= 2))) out.push(rt.finding(ROWS[54], c, "The invoice total VAT amount (BT-110) may have at most 2 decimals."));
  S.cur = 55;
  if (!(S.D.memo[20] !== undefined ? S.D.memo[20] : (S.D.memo[20] = rt.stepNodes(rt.descendantsByName(S.D, c, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "TaxTotal"), "child", N49, [(c, p, z) => rt.generalCompare("eq", rt.stepOne(c, "attribute", N50, null), rt.child(c, N51))]))).every((v28_0) => (rt.stringLength(rt.substringAfter(rt.strItem(v28_0, "substring-after"), ".")) <= 2))) out.push(rt.finding(ROWS[55], c, "The invoice total VAT amount in accounting currency (BT-111) may have at most 2 decimals."));
  S.cur = 56;
  if (!(!(rt.generalCompare1("eq", v9_0, "E") || rt.generalCompare1("eq", v11_0, "E")) || (rt.filter(v13_0, (c, p, z) => (rt.valueCompare("eq", [c], ["E"]) === true)).length === 1))) out.push(rt.finding(ROWS[56], c, "An invoice line (BG-25), document level allowance (BG-20) or charge (BG-21) has VAT category code (BT-151, BT-95 or BT-102) 'E' (exempt from VAT), so the VAT breakdown (BG-23) needs exactly one VAT category code (BT-118) 'E'; found " + rt.valueOf([BigInt(rt.filter(v13_0, (c, p, z) => (rt.valueCompare("eq", [c], ["E"]) === true)).length)]) + "."));
  S.cur = 57;
  if (!((rt.keyFilter(S.D, v10_0, 2, (c) => rt.normalizeSpace(rt.childStr(c, N1, "normalize-space")), "E", (c, p, z) => (rt.normalizeSpace(rt.childStr(c, N1, "normalize-space")) === "E")).length === 0) || v22_0)) out.push(rt.finding(ROWS[57], c, "An invoice line (BG-25) has invoiced item VAT category code (BT-151) 'E' (exempt from VAT), so the invoice needs the seller VAT identifier (BT-31), the seller tax registration identifier (BT-32) or the seller tax representative VAT identifier (BT-63)."));
  S.cur = 58;
  if (!((rt.keyFilter(S.D, v14_0, 2, (c) => rt.normalizeSpace(rt.childStr(c, N1, "normalize-space")), "E", (c, p, z) => (rt.normalizeSpace(rt.childStr(c, N1, "normalize-space")) === "E")).length === 0) || v22_0)) out.push(rt.finding(ROWS[58], c, "A document level allowance (BG-20) has VAT category code (BT-95) 'E' (exempt from VAT), so the invoice needs the seller VAT identifier (BT-31), the seller tax registration identifier (BT-32) or the seller tax representative VAT identifier (BT-63)."));
  S.cur = 59;
  if (!((rt.keyFilter(S.D, v15_0, 2, (c) => rt.normalizeSpace(rt.childStr(c, N1, "normalize-space")), "E", (c, p, z) => (rt.normalizeSpace(rt.childStr(c, N1, "normalize-space")) === "E")).length === 0) || v22_0)) out.push(rt.finding(ROWS[59], c, "A document level charge (BG-21) has VAT category code (BT-102) 'E' (exempt from VAT), so the invoice needs the seller VAT identifier (BT-31), the seller tax registration identifier (BT-32) or the seller tax representative VAT identifier (BT-63)."));
}

function fire8_part1(c, S, out, v9_0, v10_0, v11_0, v12_0, v13_0, v14_0, v15_0, v16_0, v17_0, v18_0, v19_0, v20_0, v21_0, v22_0, v23_0, v24_0) {
  let t30, t31, t54, t60, t61, t63, t64, t65, t66, t67, t68, t69, t70, t71;
  S.cur = 60;
  if (!(!(rt.generalCompare1("eq", v9_0, "G") || rt.generalCompare1("eq", v11_0, "G")) || (rt.filter(v13_0, (c, p, z) => (rt.valueCompare("eq", [c], ["G"]) === true)).length === 1))) out.push(rt.finding(ROWS[60], c, "An invoice line (BG-25), document level allowance (BG-20) or charge (BG-21) has VAT category code (BT-151, BT-95 or BT-102) 'G' (free export item, VAT not charged), so the VAT breakdown (BG-23) needs exactly one VAT category code (BT-118) 'G'; found " + rt.valueOf([BigInt(rt.filter(v13_0, (c, p, z) => (rt.valueCompare("eq", [c], ["G"]) === true)).length)]) + "."));
  S.cur = 61;
  if (!((rt.keyFilter(S.D, v10_0, 2, (c) => rt.normalizeSpace(rt.childStr(c, N1, "normalize-space")), "G", (c, p, z) => (rt.normalizeSpace(rt.childStr(c, N1, "normalize-space")) === "G")).length === 0) || v23_0)) out.push(rt.finding(ROWS[61], c, "An invoice line (BG-25) has invoiced item VAT category code (BT-151) 'G' (free export item, VAT not charged), so the invoice needs the seller VAT identifier (BT-31) or the seller tax representative VAT identifier (BT-63)."));
  S.cur = 62;
  if (!((rt.keyFilter(S.D, v14_0, 2, (c) => rt.normalizeSpace(rt.childStr(c, N1, "normalize-space")), "G", (c, p, z) => (rt.normalizeSpace(rt.childStr(c, N1, "normalize-space")) === "G")).length === 0) || v23_0)) out.push(rt.finding(ROWS[62], c, "A document level allowance (BG-20) has VAT category code (BT-95) 'G' (free export item, VAT not charged), so the invoice needs the seller VAT identifier (BT-31) or the seller tax representative VAT identifier (BT-63)."));
  S.cur = 63;
  if (!((rt.keyFilter(S.D, v15_0, 2, (c) => rt.normalizeSpace(rt.childStr(c, N1, "normalize-space")), "G", (c, p, z) => (rt.normalizeSpace(rt.childStr(c, N1, "normalize-space")) === "G")).length === 0) || v23_0)) out.push(rt.finding(ROWS[63], c, "A document level charge (BG-21) has VAT category code (BT-102) 'G' (free export item, VAT not charged), so the invoice needs the seller VAT identifier (BT-31) or the seller tax representative VAT identifier (BT-63)."));
  S.cur = 64;
  if (!(!(rt.generalCompare1("eq", v9_0, "K") || rt.generalCompare1("eq", v11_0, "K")) || (rt.filter(v13_0, (c, p, z) => (rt.valueCompare("eq", [c], ["K"]) === true)).length === 1))) out.push(rt.finding(ROWS[64], c, "An invoice line (BG-25), document level allowance (BG-20) or charge (BG-21) has VAT category code (BT-151, BT-95 or BT-102) 'K' (intra-community supply), so the VAT breakdown (BG-23) needs exactly one VAT category code (BT-118) 'K'; found " + rt.valueOf([BigInt(rt.filter(v13_0, (c, p, z) => (rt.valueCompare("eq", [c], ["K"]) === true)).length)]) + "."));
  S.cur = 65;
  if (!((rt.keyFilter(S.D, v10_0, 2, (c) => rt.normalizeSpace(rt.childStr(c, N1, "normalize-space")), "K", (c, p, z) => (rt.normalizeSpace(rt.childStr(c, N1, "normalize-space")) === "K")).length === 0) || (v23_0 && (v20_0.length > 0)))) out.push(rt.finding(ROWS[65], c, "An invoice line (BG-25) has invoiced item VAT category code (BT-151) 'K' (intra-community supply), so the invoice needs the seller VAT identifier (BT-31) or the seller tax representative VAT identifier (BT-63), and the buyer VAT identifier (BT-48)."));
  S.cur = 66;
  if (!((rt.keyFilter(S.D, v14_0, 2, (c) => rt.normalizeSpace(rt.childStr(c, N1, "normalize-space")), "K", (c, p, z) => (rt.normalizeSpace(rt.childStr(c, N1, "normalize-space")) === "K")).length === 0) || (v23_0 && (v20_0.length > 0)))) out.push(rt.finding(ROWS[66], c, "A document level allowance (BG-20) has VAT category code (BT-95) 'K' (intra-community supply), so the invoice needs the seller VAT identifier (BT-31) or the seller tax representative VAT identifier (BT-63), and the buyer VAT identifier (BT-48)."));
  S.cur = 67;
  if (!((rt.keyFilter(S.D, v15_0, 2, (c) => rt.normalizeSpace(rt.childStr(c, N1, "normalize-space")), "K", (c, p, z) => (rt.normalizeSpace(rt.childStr(c, N1, "normalize-space")) === "K")).length === 0) || (v23_0 && (v20_0.length > 0)))) out.push(rt.finding(ROWS[67], c, "A document level charge (BG-21) has VAT category code (BT-102) 'K' (intra-community supply), so the invoice needs the seller VAT identifier (BT-31) or the seller tax representative VAT identifier (BT-63), and the buyer VAT identifier (BT-48)."));
  S.cur = 68;
  if (!((!rt.generalCompare1("eq", v13_0, "K") || (rt.stringLength(rt.strArg((t61 ??= rt.childOfNodes((t60 ??= rt.child(c, N12)), N55)), "string-length")) > 1)) || rt.anyOnAxisSeq((t54 ??= rt.child(c, N53)), "child", N56))) out.push(rt.finding(ROWS[68], c, "The VAT breakdown (BG-23) has VAT category code (BT-118) 'K' (intra-community supply), so the actual delivery date (BT-72) or the invoicing period (BG-14) must be given."));
  S.cur = 69;
  if (!(!rt.generalCompare1("eq", v13_0, "K") || (rt.stringLength(rt.strArg((t66 ??= rt.childOfNodes((t65 ??= rt.childOfNodes((t64 ??= rt.childOfNodes((t63 ??= rt.childOfNodes((t60 ??= rt.child(c, N12)), N13)), N14)), N7)), N8)), "string-length")) > 1))) out.push(rt.finding(ROWS[69], c, "The VAT breakdown (BG-23) has VAT category code (BT-118) 'K' (intra-community supply), so the deliver-to country code (BT-80) must be given."));
  S.cur = 70;
  if (!((((BigInt(rt.keyFilter(S.D, v16_0, 2, (c) => rt.normalizeSpace(rt.childStr(c, N1, "normalize-space")), "L", (c, p, z) => (rt.normalizeSpace(rt.childStr(c, N1, "normalize-space")) === "L")).length) + BigInt(rt.keyFilter(S.D, v10_0, 2, (c) => rt.normalizeSpace(rt.childStr(c, N1, "normalize-space")), "L", (c, p, z) => (rt.normalizeSpace(rt.childStr(c, N1, "normalize-space")) === "L")).length)) > 0n) && ((t67 ??= rt.stepNodes((t31 ??= rt.childOfNodes((t30 ??= rt.child(c, N35)), N36)), "child", N22, [(c, p, z) => rt.childValueIs(c, N1, "L", true)])).length > 0)) || (((BigInt(rt.keyFilter(S.D, v16_0, 2, (c) => rt.normalizeSpace(rt.childStr(c, N1, "normalize-space")), "L", (c, p, z) => (rt.normalizeSpace(rt.childStr(c, N1, "normalize-space")) === "L")).length) + BigInt(rt.keyFilter(S.D, v10_0, 2, (c) => rt.normalizeSpace(rt.childStr(c, N1, "normalize-space")), "L", (c, p, z) => (rt.normalizeSpace(rt.childStr(c, N1, "normalize-space")) === "L")).length)) === 0n) && (rt.keyFilter(S.D, v12_0, 2, (c) => rt.normalizeSpace(rt.childStr(c, N1, "normalize-space")), "L", (c, p, z) => (rt.normalizeSpace(rt.childStr(c, N1, "normalize-space")) === "L")).length === 0)))) out.push(rt.finding(ROWS[70], c, "When an invoice line (BG-25), document level allowance (BG-20) or charge (BG-21) has VAT category code (BT-151, BT-95 or BT-102) 'L' (IGIC), the VAT breakdown (BG-23) needs at least one VAT category code (BT-118) 'L', and otherwise none."));
  S.cur = 71;
  if (!((rt.keyFilter(S.D, v10_0, 2, (c) => rt.normalizeSpace(rt.childStr(c, N1, "normalize-space")), "L", (c, p, z) => (rt.normalizeSpace(rt.childStr(c, N1, "normalize-space")) === "L")).length === 0) || v22_0)) out.push(rt.finding(ROWS[71], c, "An invoice line (BG-25) has invoiced item VAT category code (BT-151) 'L' (IGIC, Canary Islands general indirect tax), so the invoice needs the seller VAT identifier (BT-31), the seller tax registration identifier (BT-32) or the seller tax representative VAT identifier (BT-63)."));
  S.cur = 72;
  if (!((rt.keyFilter(S.D, v14_0, 2, (c) => rt.normalizeSpace(rt.childStr(c, N1, "normalize-space")), "L", (c, p, z) => (rt.normalizeSpace(rt.childStr(c, N1, "normalize-space")) === "L")).length === 0) || v22_0)) out.push(rt.finding(ROWS[72], c, "A document level allowance (BG-20) has VAT category code (BT-95) 'L' (IGIC, Canary Islands general indirect tax), so the invoice needs the seller VAT identifier (BT-31), the seller tax registration identifier (BT-32) or the seller tax representative VAT identifier (BT-63)."));
  S.cur = 73;
  if (!((rt.keyFilter(S.D, v15_0, 3, (c) => rt.stringKeys(rt.child(c, N1)), "L", (c, p, z) => rt.childValueIs(c, N1, "L", true)).length === 0) || v22_0)) out.push(rt.finding(ROWS[73], c, "A document level charge (BG-21) has VAT category code (BT-102) 'L' (IGIC, Canary Islands general indirect tax), so the invoice needs the seller VAT identifier (BT-31), the seller tax registration identifier (BT-32) or the seller tax representative VAT identifier (BT-63)."));
  S.cur = 74;
  if (!((((BigInt(rt.keyFilter(S.D, v16_0, 2, (c) => rt.normalizeSpace(rt.childStr(c, N1, "normalize-space")), "M", (c, p, z) => (rt.normalizeSpace(rt.childStr(c, N1, "normalize-space")) === "M")).length) + BigInt(rt.keyFilter(S.D, v10_0, 2, (c) => rt.normalizeSpace(rt.childStr(c, N1, "normalize-space")), "M", (c, p, z) => (rt.normalizeSpace(rt.childStr(c, N1, "normalize-space")) === "M")).length)) > 0n) && (rt.keyFilter(S.D, v12_0, 3, (c) => rt.stringKeys(rt.child(c, N1)), "M", (c, p, z) => rt.childValueIs(c, N1, "M", true)).length > 0)) || (((BigInt(rt.keyFilter(S.D, v16_0, 2, (c) => rt.normalizeSpace(rt.childStr(c, N1, "normalize-space")), "M", (c, p, z) => (rt.normalizeSpace(rt.childStr(c, N1, "normalize-space")) === "M")).length) + BigInt(rt.keyFilter(S.D, v10_0, 2, (c) => rt.normalizeSpace(rt.childStr(c, N1, "normalize-space")), "M", (c, p, z) => (rt.normalizeSpace(rt.childStr(c, N1, "normalize-space")) === "M")).length)) === 0n) && (rt.keyFilter(S.D, v12_0, 2, (c) => rt.normalizeSpace(rt.childStr(c, N1, "normalize-space")), "M", (c, p, z) => (rt.normalizeSpace(rt.childStr(c, N1, "normalize-space")) === "M")).length === 0)))) out.push(rt.finding(ROWS[74], c, "When an invoice line (BG-25), document level allowance (BG-20) or charge (BG-21) has VAT category code (BT-151, BT-95 or BT-102) 'M' (IPSI), the VAT breakdown (BG-23) needs at least one VAT category code (BT-118) 'M', and otherwise none."));
  S.cur = 75;
  if (!((rt.keyFilter(S.D, v10_0, 2, (c) => rt.normalizeSpace(rt.childStr(c, N1, "normalize-space")), "M", (c, p, z) => (rt.normalizeSpace(rt.childStr(c, N1, "normalize-space")) === "M")).length === 0) || v22_0)) out.push(rt.finding(ROWS[75], c, "An invoice line (BG-25) has invoiced item VAT category code (BT-151) 'M' (IPSI, Ceuta and Melilla tax), so the invoice needs the seller VAT identifier (BT-31), the seller tax registration identifier (BT-32) or the seller tax representative VAT identifier (BT-63)."));
  S.cur = 76;
  if (!((rt.keyFilter(S.D, v14_0, 2, (c) => rt.normalizeSpace(rt.childStr(c, N1, "normalize-space")), "M", (c, p, z) => (rt.normalizeSpace(rt.childStr(c, N1, "normalize-space")) === "M")).length === 0) || v22_0)) out.push(rt.finding(ROWS[76], c, "A document level allowance (BG-20) has VAT category code (BT-95) 'M' (IPSI, Ceuta and Melilla tax), so the invoice needs the seller VAT identifier (BT-31), the seller tax registration identifier (BT-32) or the seller tax representative VAT identifier (BT-63)."));
  S.cur = 77;
  if (!((rt.keyFilter(S.D, v15_0, 2, (c) => rt.normalizeSpace(rt.childStr(c, N1, "normalize-space")), "M", (c, p, z) => (rt.normalizeSpace(rt.childStr(c, N1, "normalize-space")) === "M")).length === 0) || v22_0)) out.push(rt.finding(ROWS[77], c, "A document level charge (BG-21) has VAT category code (BT-102) 'M' (IPSI, Ceuta and Melilla tax), so the invoice needs the seller VAT identifier (BT-31), the seller tax registration identifier (BT-32) or the seller tax representative VAT identifier (BT-63)."));
  S.cur = 78;
  if (!(!(rt.generalCompare1("eq", v9_0, "O") || rt.generalCompare1("eq", v11_0, "O")) || (rt.filter(v13_0, (c, p, z) => (rt.valueCompare("eq", [c], ["O"]) === true)).length === 1))) out.push(rt.finding(ROWS[78], c, "An invoice line (BG-25), document level allowance (BG-20) or charge (BG-21) has VAT category code (BT-151, BT-95 or BT-102) 'O' (not subject to VAT), so the VAT breakdown (BG-23) needs exactly one VAT category code (BT-118) 'O'; found " + rt.valueOf([BigInt(rt.filter(v13_0, (c, p, z) => (rt.valueCompare("eq", [c], ["O"]) === true)).length)]) + "."));
  S.cur = 79;
  if (!((rt.keyFilter(S.D, v10_0, 2, (c) => rt.normalizeSpace(rt.childStr(c, N1, "normalize-space")), "O", (c, p, z) => (rt.normalizeSpace(rt.childStr(c, N1, "normalize-space")) === "O")).length === 0) || v24_0)) out.push(rt.finding(ROWS[79], c, "An invoice line (BG-25) has invoiced item VAT category code (BT-151) 'O' (not subject to VAT), so the invoice must not contain the seller VAT identifier (BT-31), the seller tax representative VAT identifier (BT-63) or the buyer VAT identifier (BT-48)."));
  S.cur = 80;
  if (!(((t69 ??= rt.stepNodes((t68 ??= rt.stepOne(c, "child", N16, [(c, p, z) => rt.generalCompare("eq", rt.child(c, N17), [false])])), "child", N22, [(c, p, z) => rt.generalCompare1("eq", rt.pathMap(rt.childOfNodes(rt.child(c, N23), N1), (c, p, z) => [rt.upperCase(rt.normalizeSpace(rt.strItem(c, "normalize-space")))]), "VAT"), (c, p, z) => (rt.normalizeSpace(rt.childStr(c, N1, "normalize-space")) === "O")])).length === 0) || v24_0)) out.push(rt.finding(ROWS[80], c, "A document level allowance (BG-20) has VAT category code (BT-95) 'O' (not subject to VAT), so the invoice must not contain the seller VAT identifier (BT-31), the seller tax representative VAT identifier (BT-63) or the buyer VAT identifier (BT-48)."));
  S.cur = 81;
  if (!(((t71 ??= rt.stepNodes((t70 ??= rt.stepOne(c, "child", N16, [(c, p, z) => rt.generalCompare("eq", rt.child(c, N17), [true])])), "child", N22, [(c, p, z) => rt.generalCompare1("eq", rt.pathMap(rt.childOfNodes(rt.child(c, N23), N1), (c, p, z) => [rt.upperCase(rt.normalizeSpace(rt.strItem(c, "normalize-space")))]), "VAT"), (c, p, z) => (rt.normalizeSpace(rt.childStr(c, N1, "normalize-space")) === "O")])).length === 0) || v24_0)) out.push(rt.finding(ROWS[81], c, "A document level charge (BG-21) has VAT category code (BT-102) 'O' (not subject to VAT), so the invoice must not contain the seller VAT identifier (BT-31), the seller tax representative VAT identifier (BT-63) or the buyer VAT identifier (BT-48)."));
  S.cur = 82;
  if (!(!rt.generalCompare1("eq", v13_0, "O") || (rt.filter(v12_0, (c, p, z) => (rt.normalizeSpace(rt.childStr(c, N1, "normalize-space")) !== "O")).length === 0))) out.push(rt.finding(ROWS[82], c, "With a VAT breakdown (BG-23) of category 'O' (not subject to VAT), no other VAT breakdown (BG-23) may be given; found categories (BT-118) " + rt.valueOf(fn0(S, v13_0)) + "."));
  S.cur = 83;
  if (!(!rt.generalCompare1("eq", v13_0, "O") || (rt.filter(v10_0, (c, p, z) => (rt.normalizeSpace(rt.childStr(c, N1, "normalize-space")) !== "O")).length === 0))) out.push(rt.finding(ROWS[83], c, "With a VAT breakdown (BG-23) of category 'O' (not subject to VAT), every invoice line item VAT category code (BT-151) must be 'O'; found " + rt.valueOf(fn0(S, v11_0)) + "."));
}

function fire8_part2(c, S, out, v9_0, v10_0, v11_0, v12_0, v13_0, v14_0, v15_0, v16_0, v17_0, v18_0, v19_0, v20_0, v21_0, v22_0, v23_0, v24_0) {
  let t30, t31, t72, t73, t74, t75, t76, t77;
  S.cur = 84;
  if (!(!rt.generalCompare1("eq", v13_0, "O") || (rt.filter(v14_0, (c, p, z) => (rt.normalizeSpace(rt.childStr(c, N1, "normalize-space")) !== "O")).length === 0))) out.push(rt.finding(ROWS[84], c, "With a VAT breakdown (BG-23) of category 'O' (not subject to VAT), every document level allowance VAT category code (BT-95) must be 'O'."));
  S.cur = 85;
  if (!(!rt.generalCompare1("eq", v13_0, "O") || (rt.filter(v15_0, (c, p, z) => (rt.normalizeSpace(rt.childStr(c, N1, "normalize-space")) !== "O")).length === 0))) out.push(rt.finding(ROWS[85], c, "With a VAT breakdown (BG-23) of category 'O' (not subject to VAT), every document level charge VAT category code (BT-102) must be 'O'."));
  S.cur = 86;
  if (!(rt.valueCompare("eq", [((S.D.memo[25] !== undefined ? S.D.memo[25] : (S.D.memo[25] = (BigInt((S.D.memo[22] !== undefined ? S.D.memo[22] : (S.D.memo[22] = (S.D.memo[21] !== undefined ? S.D.memo[21] : (S.D.memo[21] = rt.stepNodes(rt.descendantsByName(S.D, c, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "AllowanceCharge"), "child", N22, [(c, p, z) => (rt.normalizeSpace(rt.childStr(c, N1, "normalize-space")) === "S")]))).length))) + BigInt((S.D.memo[24] !== undefined ? S.D.memo[24] : (S.D.memo[24] = (S.D.memo[23] !== undefined ? S.D.memo[23] : (S.D.memo[23] = rt.keyFilter(S.D, rt.descendantsByName(S.D, c, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "ClassifiedTaxCategory"), 2, (c) => rt.normalizeSpace(rt.childStr(c, N1, "normalize-space")), "S", (c, p, z) => (rt.normalizeSpace(rt.childStr(c, N1, "normalize-space")) === "S")))).length)))))) > 0n)], [((t72 ??= rt.stepNodes((t31 ??= rt.childOfNodes((t30 ??= rt.child(c, N35)), N36)), "child", N22, [(c, p, z) => (rt.normalizeSpace(rt.childStr(c, N1, "normalize-space")) === "S")])).length > 0)]) === true)) out.push(rt.finding(ROWS[86], c, "When an invoice line (BG-25), document level allowance (BG-20) or charge (BG-21) has VAT category code (BT-151, BT-95 or BT-102) 'S' (standard rated), the VAT breakdown (BG-23) needs at least one VAT category code (BT-118) 'S', and otherwise none."));
  S.cur = 87;
  if (!((S.D.memo[26] !== undefined ? S.D.memo[26] : (S.D.memo[26] = ((S.D.memo[23] !== undefined ? S.D.memo[23] : (S.D.memo[23] = rt.keyFilter(S.D, rt.descendantsByName(S.D, c, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "ClassifiedTaxCategory"), 2, (c) => rt.normalizeSpace(rt.childStr(c, N1, "normalize-space")), "S", (c, p, z) => (rt.normalizeSpace(rt.childStr(c, N1, "normalize-space")) === "S")))).length === 0))) || ((rt.keyFilter(S.D, v10_0, 2, (c) => rt.normalizeSpace(rt.childStr(c, N1, "normalize-space")), "S", (c, p, z) => (rt.normalizeSpace(rt.childStr(c, N1, "normalize-space")) === "S")).length > 0) && v22_0))) out.push(rt.finding(ROWS[87], c, "An invoice line (BG-25) has invoiced item VAT category code (BT-151) 'S' (standard rated), so the invoice needs the seller VAT identifier (BT-31), the seller tax registration identifier (BT-32) or the seller tax representative VAT identifier (BT-63)."));
  S.cur = 88;
  if (!((rt.keyFilter(S.D, v14_0, 2, (c) => rt.normalizeSpace(rt.childStr(c, N1, "normalize-space")), "S", (c, p, z) => (rt.normalizeSpace(rt.childStr(c, N1, "normalize-space")) === "S")).length === 0) || v22_0)) out.push(rt.finding(ROWS[88], c, "A document level allowance (BG-20) has VAT category code (BT-95) 'S' (standard rated), so the invoice needs the seller VAT identifier (BT-31), the seller tax registration identifier (BT-32) or the seller tax representative VAT identifier (BT-63)."));
  S.cur = 89;
  if (!((rt.keyFilter(S.D, v15_0, 2, (c) => rt.normalizeSpace(rt.childStr(c, N1, "normalize-space")), "S", (c, p, z) => (rt.normalizeSpace(rt.childStr(c, N1, "normalize-space")) === "S")).length === 0) || v22_0)) out.push(rt.finding(ROWS[89], c, "A document level charge (BG-21) has VAT category code (BT-102) 'S' (standard rated), so the invoice needs the seller VAT identifier (BT-31), the seller tax registration identifier (BT-32) or the seller tax representative VAT identifier (BT-63)."));
  S.cur = 90;
  if (!(!(rt.generalCompare1("eq", v9_0, "Z") || rt.generalCompare1("eq", v11_0, "Z")) || (rt.filter(v13_0, (c, p, z) => (rt.valueCompare("eq", [c], ["Z"]) === true)).length === 1))) out.push(rt.finding(ROWS[90], c, "An invoice line (BG-25), document level allowance (BG-20) or charge (BG-21) has VAT category code (BT-151, BT-95 or BT-102) 'Z' (zero rated), so the VAT breakdown (BG-23) needs exactly one VAT category code (BT-118) 'Z'; found " + rt.valueOf([BigInt(rt.filter(v13_0, (c, p, z) => (rt.valueCompare("eq", [c], ["Z"]) === true)).length)]) + "."));
  S.cur = 91;
  if (!((rt.keyFilter(S.D, v10_0, 2, (c) => rt.normalizeSpace(rt.childStr(c, N1, "normalize-space")), "Z", (c, p, z) => (rt.normalizeSpace(rt.childStr(c, N1, "normalize-space")) === "Z")).length === 0) || v22_0)) out.push(rt.finding(ROWS[91], c, "An invoice line (BG-25) has invoiced item VAT category code (BT-151) 'Z' (zero rated), so the invoice needs the seller VAT identifier (BT-31), the seller tax registration identifier (BT-32) or the seller tax representative VAT identifier (BT-63)."));
  S.cur = 92;
  if (!((rt.keyFilter(S.D, v14_0, 2, (c) => rt.normalizeSpace(rt.childStr(c, N1, "normalize-space")), "Z", (c, p, z) => (rt.normalizeSpace(rt.childStr(c, N1, "normalize-space")) === "Z")).length === 0) || v22_0)) out.push(rt.finding(ROWS[92], c, "A document level allowance (BG-20) has VAT category code (BT-95) 'Z' (zero rated), so the invoice needs the seller VAT identifier (BT-31), the seller tax registration identifier (BT-32) or the seller tax representative VAT identifier (BT-63)."));
  S.cur = 93;
  if (!((rt.keyFilter(S.D, v15_0, 2, (c) => rt.normalizeSpace(rt.childStr(c, N1, "normalize-space")), "Z", (c, p, z) => (rt.normalizeSpace(rt.childStr(c, N1, "normalize-space")) === "Z")).length === 0) || v22_0)) out.push(rt.finding(ROWS[93], c, "A document level charge (BG-21) has VAT category code (BT-102) 'Z' (zero rated), so the invoice needs the seller VAT identifier (BT-31), the seller tax registration identifier (BT-32) or the seller tax representative VAT identifier (BT-63)."));
  S.cur = 94;
  if (!((S.D.memo[31] !== undefined ? S.D.memo[31] : (S.D.memo[31] = !((S.D.memo[28] !== undefined ? S.D.memo[28] : (S.D.memo[28] = rt.generalCompare1("eq", (S.D.memo[27] !== undefined ? S.D.memo[27] : (S.D.memo[27] = rt.childOfNodes(rt.descendantsByName(S.D, c, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "TaxCategory"), N1))), "B"))) || (S.D.memo[30] !== undefined ? S.D.memo[30] : (S.D.memo[30] = rt.generalCompare1("eq", (S.D.memo[29] !== undefined ? S.D.memo[29] : (S.D.memo[29] = rt.childOfNodes(rt.descendantsByName(S.D, c, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "ClassifiedTaxCategory"), N1))), "B")))))) || (S.D.memo[34] !== undefined ? S.D.memo[34] : (S.D.memo[34] = !(S.D.memo[33] !== undefined ? S.D.memo[33] : (S.D.memo[33] = rt.generalCompare1("ne", (S.D.memo[32] !== undefined ? S.D.memo[32] : (S.D.memo[32] = rt.descendantsByName(S.D, c, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "IdentificationCode"))), "IT"))))))) out.push(rt.finding(ROWS[94], c, "VAT category code 'B' (split payment) is only allowed when every country code (BT-40, BT-55, ...) is 'IT'; found " + rt.valueOf(fn0(S, (S.D.memo[36] !== undefined ? S.D.memo[36] : (S.D.memo[36] = rt.distinctValues((S.D.memo[35] !== undefined ? S.D.memo[35] : (S.D.memo[35] = rt.filter(rt.descendantsByName(S.D, c, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "IdentificationCode"), (c, p, z) => rt.generalCompare1("ne", [c], "IT"))))))))) + "."));
  S.cur = 95;
  if (!(!((rt.generalCompare1("eq", (t74 ??= rt.childOfNodes((t73 ??= rt.childOfNodes((t31 ??= rt.childOfNodes((t30 ??= rt.child(c, N35)), N36)), N22)), N1)), "B") || rt.generalCompare1("eq", (t77 ??= rt.childOfNodes((t76 ??= rt.childOfNodes((t75 ??= rt.child(c, N16)), N22)), N1)), "B")) || (S.D.memo[30] !== undefined ? S.D.memo[30] : (S.D.memo[30] = rt.generalCompare1("eq", (S.D.memo[29] !== undefined ? S.D.memo[29] : (S.D.memo[29] = rt.childOfNodes(rt.descendantsByName(S.D, c, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "ClassifiedTaxCategory"), N1))), "B")))) || !((rt.generalCompare1("eq", (t74 ??= rt.childOfNodes((t73 ??= rt.childOfNodes((t31 ??= rt.childOfNodes((t30 ??= rt.child(c, N35)), N36)), N22)), N1)), "S") || rt.generalCompare1("eq", (t77 ??= rt.childOfNodes((t76 ??= rt.childOfNodes((t75 ??= rt.child(c, N16)), N22)), N1)), "S")) || (S.D.memo[37] !== undefined ? S.D.memo[37] : (S.D.memo[37] = rt.generalCompare1("eq", (S.D.memo[29] !== undefined ? S.D.memo[29] : (S.D.memo[29] = rt.childOfNodes(rt.descendantsByName(S.D, c, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "ClassifiedTaxCategory"), N1))), "S")))))) out.push(rt.finding(ROWS[95], c, "An invoice with VAT category code 'B' (split payment) in the VAT breakdown (BG-23), a document level allowance or charge (BG-20, BG-21) or a line (BG-25) must not also use category 'S' (standard rated)."));
}

function fire8(c, S, out) {
  let t29, t30, t31, t32, t33;
  const v9_0 = (S.D.memo[3] !== undefined ? S.D.memo[3] : (S.D.memo[3] = rt.pathMap(rt.childOfNodes((S.D.memo[2] !== undefined ? S.D.memo[2] : (S.D.memo[2] = rt.keyFilter(S.D, rt.descendantsByName(S.D, c, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "TaxCategory"), 1, (c) => rt.stringKeys(rt.pathMap(rt.childOfNodes(rt.child(c, N23), N1), (c, p, z) => [rt.upperCase(rt.normalizeSpace(rt.strItem(c, "normalize-space")))])), "VAT", (c, p, z) => rt.generalCompare1("eq", rt.pathMap(rt.childOfNodes(rt.child(c, N23), N1), (c, p, z) => [rt.upperCase(rt.normalizeSpace(rt.strItem(c, "normalize-space")))]), "VAT")))), N1), (c, p, z) => [rt.normalizeSpace(rt.strItem(c, "normalize-space"))])));
  const v10_0 = (S.D.memo[4] !== undefined ? S.D.memo[4] : (S.D.memo[4] = rt.keyFilter(S.D, rt.descendantsByName(S.D, c, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "ClassifiedTaxCategory"), 1, (c) => rt.stringKeys(rt.pathMap(rt.childOfNodes(rt.child(c, N23), N1), (c, p, z) => [rt.upperCase(rt.normalizeSpace(rt.strItem(c, "normalize-space")))])), "VAT", (c, p, z) => rt.generalCompare1("eq", rt.pathMap(rt.childOfNodes(rt.child(c, N23), N1), (c, p, z) => [rt.upperCase(rt.normalizeSpace(rt.strItem(c, "normalize-space")))]), "VAT"))));
  const v11_0 = rt.pathMap((t29 ??= rt.childOfNodes(v10_0, N1)), (c, p, z) => [rt.normalizeSpace(rt.strItem(c, "normalize-space"))]);
  const v12_0 = (t32 ??= rt.stepNodes((t31 ??= rt.childOfNodes((t30 ??= rt.child(c, N35)), N36)), "child", N22, [(c, p, z) => rt.generalCompare1("eq", rt.pathMap(rt.childOfNodes(rt.child(c, N23), N1), (c, p, z) => [rt.upperCase(rt.normalizeSpace(rt.strItem(c, "normalize-space")))]), "VAT")]));
  const v13_0 = rt.pathMap((t33 ??= rt.childOfNodes(v12_0, N1)), (c, p, z) => [rt.normalizeSpace(rt.strItem(c, "normalize-space"))]);
  const v14_0 = (S.D.memo[6] !== undefined ? S.D.memo[6] : (S.D.memo[6] = rt.keyFilter(S.D, rt.childrenKept(S.D, (S.D.memo[5] !== undefined ? S.D.memo[5] : (S.D.memo[5] = rt.keyFilter(S.D, rt.descendantsByName(S.D, c, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "AllowanceCharge"), 0, (c) => rt.booleanKeys(rt.child(c, N17)), "false", (c, p, z) => rt.generalCompare("eq", rt.child(c, N17), [false])))), N22), 1, (c) => rt.stringKeys(rt.pathMap(rt.childOfNodes(rt.child(c, N23), N1), (c, p, z) => [rt.upperCase(rt.normalizeSpace(rt.strItem(c, "normalize-space")))])), "VAT", (c, p, z) => rt.generalCompare1("eq", rt.pathMap(rt.childOfNodes(rt.child(c, N23), N1), (c, p, z) => [rt.upperCase(rt.normalizeSpace(rt.strItem(c, "normalize-space")))]), "VAT"))));
  const v15_0 = (S.D.memo[8] !== undefined ? S.D.memo[8] : (S.D.memo[8] = rt.keyFilter(S.D, rt.childrenKept(S.D, (S.D.memo[7] !== undefined ? S.D.memo[7] : (S.D.memo[7] = rt.keyFilter(S.D, rt.descendantsByName(S.D, c, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "AllowanceCharge"), 0, (c) => rt.booleanKeys(rt.child(c, N17)), "true", (c, p, z) => rt.generalCompare("eq", rt.child(c, N17), [true])))), N22), 1, (c) => rt.stringKeys(rt.pathMap(rt.childOfNodes(rt.child(c, N23), N1), (c, p, z) => [rt.upperCase(rt.normalizeSpace(rt.strItem(c, "normalize-space")))])), "VAT", (c, p, z) => rt.generalCompare1("eq", rt.pathMap(rt.childOfNodes(rt.child(c, N23), N1), (c, p, z) => [rt.upperCase(rt.normalizeSpace(rt.strItem(c, "normalize-space")))]), "VAT"))));
  const v16_0 = (S.D.memo[9] !== undefined ? S.D.memo[9] : (S.D.memo[9] = rt.stepNodes(rt.descendantsByName(S.D, c, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "AllowanceCharge"), "child", N22, [(c, p, z) => rt.generalCompare1("eq", rt.pathMap(rt.childOfNodes(rt.child(c, N23), N1), (c, p, z) => [rt.upperCase(rt.normalizeSpace(rt.strItem(c, "normalize-space")))]), "VAT")])));
  const v17_0 = (S.D.memo[10] !== undefined ? S.D.memo[10] : (S.D.memo[10] = rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(rt.descendantsByName(S.D, c, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "AccountingSupplierParty"), N3), N37), N38)));
  const v18_0 = (S.D.memo[12] !== undefined ? S.D.memo[12] : (S.D.memo[12] = rt.childOfNodes((S.D.memo[11] !== undefined ? S.D.memo[11] : (S.D.memo[11] = rt.stepNodes(rt.childOfNodes(rt.descendantsByName(S.D, c, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "AccountingSupplierParty"), N3), "child", N37, [(c, p, z) => rt.generalCompare1("eq", rt.pathMap(rt.childOfNodes(rt.child(c, N23), N1), (c, p, z) => [rt.upperCase(rt.normalizeSpace(rt.strItem(c, "normalize-space")))]), "VAT")]))), N38)));
  const v19_0 = (S.D.memo[14] !== undefined ? S.D.memo[14] : (S.D.memo[14] = rt.childOfNodes((S.D.memo[13] !== undefined ? S.D.memo[13] : (S.D.memo[13] = rt.stepNodes(rt.descendantsByName(S.D, c, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "TaxRepresentativeParty"), "child", N37, [(c, p, z) => rt.generalCompare1("eq", rt.pathMap(rt.childOfNodes(rt.child(c, N23), N1), (c, p, z) => [rt.upperCase(rt.normalizeSpace(rt.strItem(c, "normalize-space")))]), "VAT")]))), N38)));
  const v20_0 = (S.D.memo[16] !== undefined ? S.D.memo[16] : (S.D.memo[16] = rt.childOfNodes((S.D.memo[15] !== undefined ? S.D.memo[15] : (S.D.memo[15] = rt.stepNodes(rt.childOfNodes(rt.descendantsByName(S.D, c, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "AccountingCustomerParty"), N3), "child", N37, [(c, p, z) => rt.generalCompare1("eq", rt.pathMap(rt.childOfNodes(rt.child(c, N23), N1), (c, p, z) => [rt.upperCase(rt.normalizeSpace(rt.strItem(c, "normalize-space")))]), "VAT")]))), N38)));
  const v21_0 = (S.D.memo[17] !== undefined ? S.D.memo[17] : (S.D.memo[17] = rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(rt.descendantsByName(S.D, c, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "AccountingCustomerParty"), N3), N39), N38)));
  const v22_0 = ((v17_0.length > 0) || (v19_0.length > 0));
  const v23_0 = ((v18_0.length > 0) || (v19_0.length > 0));
  const v24_0 = (((v18_0.length === 0) && (v19_0.length === 0)) && (v20_0.length === 0));
  fire8_part0(c, S, out, v9_0, v10_0, v11_0, v12_0, v13_0, v14_0, v15_0, v16_0, v17_0, v18_0, v19_0, v20_0, v21_0, v22_0, v23_0, v24_0);
  fire8_part1(c, S, out, v9_0, v10_0, v11_0, v12_0, v13_0, v14_0, v15_0, v16_0, v17_0, v18_0, v19_0, v20_0, v21_0, v22_0, v23_0, v24_0);
  fire8_part2(c, S, out, v9_0, v10_0, v11_0, v12_0, v13_0, v14_0, v15_0, v16_0, v17_0, v18_0, v19_0, v20_0, v21_0, v22_0, v23_0, v24_0);
}

function step24(n, S) {
  if (n.kind !== "element" || n.local !== "InvoiceLine" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null;
}

function step25(n, S) {
  if (n.kind !== "element" || n.local !== "CreditNoteLine" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null;
}

function match9(n, S) { return step24(n, S) || step25(n, S); }

function fire9(c, S, out) {
  let t78, t79, t80, t81, t82, t83, t84, t85, t86, t87, t88, t89, t90;
  S.cur = 96;
  if (!!rt.isBlank(rt.strArg((t78 ??= rt.child(c, N1)), "normalize-space"))) out.push(rt.finding(ROWS[96], c, "An invoice line (BG-25) needs an invoice line identifier (BT-126)."));
  S.cur = 97;
  if (!(rt.union((t79 ??= rt.child(c, N57)), (t80 ??= rt.child(c, N58))).length > 0)) out.push(rt.finding(ROWS[97], c, "Invoice line (BG-25) with identifier (BT-126) " + rt.valueOf(fn0(S, (t78 ??= rt.child(c, N1)))) + " needs an invoiced quantity (BT-129)."));
  S.cur = 98;
  if (!(rt.union((t81 ??= rt.stepNodes((t79 ??= rt.child(c, N57)), "attribute", N59, null)), (t82 ??= rt.stepNodes((t80 ??= rt.child(c, N58)), "attribute", N59, null))).length > 0)) out.push(rt.finding(ROWS[98], c, "Invoice line (BG-25) with identifier (BT-126) " + rt.valueOf(fn0(S, (t78 ??= rt.child(c, N1)))) + " needs an invoiced quantity unit of measure code (BT-130)."));
  S.cur = 99;
  if (!rt.anyOnAxis(c, "child", N26)) out.push(rt.finding(ROWS[99], c, "Invoice line (BG-25) with identifier (BT-126) " + rt.valueOf(fn0(S, (t78 ??= rt.child(c, N1)))) + " needs an invoice line net amount (BT-131)."));
  S.cur = 100;
  if (!!rt.isBlank(rt.strArg((t85 ??= rt.childOfNodes((t84 ??= rt.child(c, N60)), N61)), "normalize-space"))) out.push(rt.finding(ROWS[100], c, "Invoice line (BG-25) with identifier (BT-126) " + rt.valueOf(fn0(S, (t78 ??= rt.child(c, N1)))) + " needs an item name (BT-153)."));
  S.cur = 101;
  if (!(S.D.hasNamePath(P20) && rt.anyOnAxisSeq((t86 ??= rt.child(c, N62)), "child", N63))) out.push(rt.finding(ROWS[101], c, "Invoice line (BG-25) with identifier (BT-126) " + rt.valueOf(fn0(S, (t78 ??= rt.child(c, N1)))) + " needs an item net price (BT-146)."));
  S.cur = 102;
  if (!rt.generalCompare1("ge", (t87 ??= rt.childOfNodes((t86 ??= rt.child(c, N62)), N63)), rt.atomizeItem(0n))) out.push(rt.finding(ROWS[102], c, "The item net price (BT-146) of invoice line (BG-25) " + rt.valueOf(fn0(S, (t78 ??= rt.child(c, N1)))) + " must not be negative; found " + rt.valueOf(fn0(S, (t87 ??= rt.childOfNodes((t86 ??= rt.child(c, N62)), N63)))) + "."));
  S.cur = 103;
  if (!(!(S.D.hasNamePath(P21) && rt.anyOnAxisSeq((t88 ??= rt.childOfNodes((t86 ??= rt.child(c, N62)), N16)), "child", N24)) || rt.generalCompare1("ge", (t89 ??= rt.childOfNodes((t88 ??= rt.childOfNodes((t86 ??= rt.child(c, N62)), N16)), N24)), rt.atomizeItem(0n)))) out.push(rt.finding(ROWS[103], c, "The item gross price (BT-148) of invoice line (BG-25) " + rt.valueOf(fn0(S, (t78 ??= rt.child(c, N1)))) + " must not be negative; found " + rt.valueOf(fn0(S, (t89 ??= rt.childOfNodes((t88 ??= rt.childOfNodes((t86 ??= rt.child(c, N62)), N16)), N24)))) + "."));
  S.cur = 104;
  if (!rt.anyOnAxisSeq((t90 ??= rt.stepNodes((t84 ??= rt.child(c, N60)), "child", N64, [(c, p, z) => rt.generalCompare1("eq", rt.pathMap(rt.childOfNodes(rt.child(c, N23), N1), (c, p, z) => [rt.upperCase(rt.normalizeSpace(rt.strItem(c, "normalize-space")))]), "VAT")])), "child", N1)) out.push(rt.finding(ROWS[104], c, "Invoice line (BG-25) with identifier (BT-126) " + rt.valueOf(fn0(S, (t78 ??= rt.child(c, N1)))) + " needs an invoiced item VAT category code (BT-151)."));
  S.cur = 105;
  if (!(rt.stringLength(rt.substringAfter(rt.strArg((t83 ??= rt.child(c, N26)), "substring-after"), ".")) <= 2)) out.push(rt.finding(ROWS[105], c, "The invoice line net amount (BT-131) may have at most 2 decimals; found " + rt.valueOf(fn0(S, (t83 ??= rt.child(c, N26)))) + "."));
}

function step26(n, S) {
  if (n.kind !== "element" || n.local !== "InvoiceLine" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null;
}

function step27(n, S) {
  if (n.kind !== "element" || n.local !== "AllowanceCharge" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  const c = n;
  if (!rt.generalCompare("eq", rt.child(c, N17), [false])) return false;
  return n.parent !== null && step26(n.parent, S);
}

function step28(n, S) {
  if (n.kind !== "element" || n.local !== "CreditNoteLine" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null;
}

function step29(n, S) {
  if (n.kind !== "element" || n.local !== "AllowanceCharge" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  const c = n;
  if (!rt.generalCompare("eq", rt.child(c, N17), [false])) return false;
  return n.parent !== null && step28(n.parent, S);
}

function match10(n, S) { return (n.parent?.local === "InvoiceLine" && n.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" && step27(n, S)) || (n.parent?.local === "CreditNoteLine" && n.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" && step29(n, S)); }

function fire10(c, S, out) {
  let t92, t93, t94, t95;
  const v29_0 = (rt.union((t92 ??= rt.child(c, N19)), (t93 ??= rt.child(c, N20))).length > 0);
  S.cur = 106;
  if (!rt.anyOnAxis(c, "child", N21)) out.push(rt.finding(ROWS[106], c, "An invoice line allowance (BG-27) needs an allowance amount (BT-136)."));
  S.cur = 107;
  if (!v29_0) out.push(rt.finding(ROWS[107], c, "An invoice line allowance (BG-27) needs an allowance reason (BT-139) or an allowance reason code (BT-140)."));
  S.cur = 108;
  if (!true) out.push(rt.finding(ROWS[108], c, "The invoice line allowance reason code (BT-140) and reason (BT-139) must describe the same allowance."));
  S.cur = 109;
  if (!v29_0) out.push(rt.finding(ROWS[109], c, "An invoice line allowance (BG-27) needs an allowance reason (BT-139), an allowance reason code (BT-140), or both."));
  S.cur = 110;
  if (!(rt.stringLength(rt.substringAfter(rt.strArg((t94 ??= rt.child(c, N21)), "substring-after"), ".")) <= 2)) out.push(rt.finding(ROWS[110], c, "The invoice line allowance amount (BT-136) may have at most 2 decimals; found " + rt.valueOf(fn0(S, (t94 ??= rt.child(c, N21)))) + "."));
  S.cur = 111;
  if (!(rt.stringLength(rt.substringAfter(rt.strArg((t95 ??= rt.child(c, N24)), "substring-after"), ".")) <= 2)) out.push(rt.finding(ROWS[111], c, "The invoice line allowance base amount (BT-137) may have at most 2 decimals; found " + rt.valueOf(fn0(S, (t95 ??= rt.child(c, N24)))) + "."));
}

function step30(n, S) {
  if (n.kind !== "element" || n.local !== "InvoiceLine" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null;
}

function step31(n, S) {
  if (n.kind !== "element" || n.local !== "AllowanceCharge" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  const c = n;
  if (!rt.generalCompare("eq", rt.child(c, N17), [true])) return false;
  return n.parent !== null && step30(n.parent, S);
}

function step32(n, S) {
  if (n.kind !== "element" || n.local !== "CreditNoteLine" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null;
}

function step33(n, S) {
  if (n.kind !== "element" || n.local !== "AllowanceCharge" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  const c = n;
  if (!rt.generalCompare("eq", rt.child(c, N17), [true])) return false;
  return n.parent !== null && step32(n.parent, S);
}

function match11(n, S) { return (n.parent?.local === "InvoiceLine" && n.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" && step31(n, S)) || (n.parent?.local === "CreditNoteLine" && n.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" && step33(n, S)); }

function fire11(c, S, out) {
  let t96, t97, t98, t99;
  const v30_0 = (rt.union((t96 ??= rt.child(c, N19)), (t97 ??= rt.child(c, N20))).length > 0);
  S.cur = 112;
  if (!rt.anyOnAxis(c, "child", N21)) out.push(rt.finding(ROWS[112], c, "An invoice line charge (BG-28) needs a charge amount (BT-141)."));
  S.cur = 113;
  if (!v30_0) out.push(rt.finding(ROWS[113], c, "An invoice line charge (BG-28) needs a charge reason (BT-144) or a charge reason code (BT-145)."));
  S.cur = 114;
  if (!true) out.push(rt.finding(ROWS[114], c, "The invoice line charge reason code (BT-145) and reason (BT-144) must describe the same charge."));
  S.cur = 115;
  if (!v30_0) out.push(rt.finding(ROWS[115], c, "An invoice line charge (BG-28) needs a charge reason (BT-144), a charge reason code (BT-145), or both."));
  S.cur = 116;
  if (!(rt.stringLength(rt.substringAfter(rt.strArg((t98 ??= rt.child(c, N21)), "substring-after"), ".")) <= 2)) out.push(rt.finding(ROWS[116], c, "The invoice line charge amount (BT-141) may have at most 2 decimals; found " + rt.valueOf(fn0(S, (t98 ??= rt.child(c, N21)))) + "."));
  S.cur = 117;
  if (!(rt.stringLength(rt.substringAfter(rt.strArg((t99 ??= rt.child(c, N24)), "substring-after"), ".")) <= 2)) out.push(rt.finding(ROWS[117], c, "The invoice line charge base amount (BT-142) may have at most 2 decimals; found " + rt.valueOf(fn0(S, (t99 ??= rt.child(c, N24)))) + "."));
}

function step34(n, S) {
  if (n.kind !== "element" || n.local !== "InvoiceLine" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null;
}

function step35(n, S) {
  if (n.kind !== "element" || n.local !== "InvoicePeriod" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null && step34(n.parent, S);
}

function step36(n, S) {
  if (n.kind !== "element" || n.local !== "CreditNoteLine" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null;
}

function step37(n, S) {
  if (n.kind !== "element" || n.local !== "InvoicePeriod" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null && step36(n.parent, S);
}

function match12(n, S) { return (n.parent?.local === "InvoiceLine" && n.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" && step35(n, S)) || (n.parent?.local === "CreditNoteLine" && n.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" && step37(n, S)); }

function fire12(c, S, out) {
  let t100, t101;
  S.cur = 118;
  if (!(!(rt.anyOnAxis(c, "child", N65) && rt.anyOnAxis(c, "child", N66)) || rt.ebv(rt.optBool(rt.valueCompare("ge", rt.castSeq((t101 ??= rt.child(c, N66)), "date", true), rt.castSeq((t100 ??= rt.child(c, N65)), "date", true)))))) out.push(rt.finding(ROWS[118], c, "The invoice line period end date (BT-135) " + rt.valueOf(fn0(S, (t101 ??= rt.child(c, N66)))) + " is before the start date (BT-134) " + rt.valueOf(fn0(S, (t100 ??= rt.child(c, N65)))) + "."));
  S.cur = 119;
  if (!(rt.union((t100 ??= rt.child(c, N65)), (t101 ??= rt.child(c, N66))).length > 0)) out.push(rt.finding(ROWS[119], c, "An invoice line period (BG-26) needs a start date (BT-134) or an end date (BT-135)."));
}

function step38(n, S) {
  if (n.kind !== "element" || n.local !== "InvoicePeriod" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null;
}

function match13(n, S) { return step38(n, S); }

function fire13(c, S, out) {
  let t102, t103, t104;
  S.cur = 120;
  if (!(!(rt.anyOnAxis(c, "child", N65) && rt.anyOnAxis(c, "child", N66)) || rt.ebv(rt.optBool(rt.valueCompare("ge", rt.castSeq((t103 ??= rt.child(c, N66)), "date", true), rt.castSeq((t102 ??= rt.child(c, N65)), "date", true)))))) out.push(rt.finding(ROWS[120], c, "The invoicing period end date (BT-74) " + rt.valueOf(fn0(S, (t103 ??= rt.child(c, N66)))) + " is before the start date (BT-73) " + rt.valueOf(fn0(S, (t102 ??= rt.child(c, N65)))) + "."));
  S.cur = 121;
  if (!(rt.union(rt.union((t102 ??= rt.child(c, N65)), (t103 ??= rt.child(c, N66))), (t104 ??= rt.child(c, N54))).length > 0)) out.push(rt.finding(ROWS[121], c, "An invoicing period (BG-14) needs a start date (BT-73), an end date (BT-74) or a value added tax point date code (BT-8)."));
}

function step39(n, S) {
  if (n.kind !== "element" || n.local !== "AdditionalItemProperty" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null;
}

function match14(n, S) { return step39(n, S); }

function fire14(c, S, out) {
  let t105, t106;
  S.cur = 122;
  if (!(rt.anyOnAxis(c, "child", N61) && rt.anyOnAxis(c, "child", N68))) out.push(rt.finding(ROWS[122], c, "An item attribute (BG-32) needs both a name (BT-160) and a value (BT-161); found name " + rt.valueOf(fn0(S, (t105 ??= rt.child(c, N61)))) + " and value " + rt.valueOf(fn0(S, (t106 ??= rt.child(c, N68)))) + "."));
}

function step40(n, S) {
  if (n.kind !== "element" || n.local !== "InvoiceLine" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null;
}

function step41(n, S) {
  if (n.kind !== "element" || n.local !== "Item" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null && step40(n.parent, S);
}

function step42(n, S) {
  if (n.kind !== "element" || n.local !== "CommodityClassification" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null && step41(n.parent, S);
}

function step43(n, S) {
  if (n.kind !== "element" || n.local !== "ItemClassificationCode" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2") return false;
  return n.parent !== null && step42(n.parent, S);
}

function step44(n, S) {
  if (n.kind !== "element" || n.local !== "CreditNoteLine" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null;
}

function step45(n, S) {
  if (n.kind !== "element" || n.local !== "Item" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null && step44(n.parent, S);
}

function step46(n, S) {
  if (n.kind !== "element" || n.local !== "CommodityClassification" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null && step45(n.parent, S);
}

function step47(n, S) {
  if (n.kind !== "element" || n.local !== "ItemClassificationCode" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2") return false;
  return n.parent !== null && step46(n.parent, S);
}

function match15(n, S) { return (n.parent?.local === "CommodityClassification" && n.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" && n.parent.parent?.local === "Item" && n.parent.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" && n.parent.parent.parent?.local === "InvoiceLine" && n.parent.parent.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" && step43(n, S)) || (n.parent?.local === "CommodityClassification" && n.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" && n.parent.parent?.local === "Item" && n.parent.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" && n.parent.parent.parent?.local === "CreditNoteLine" && n.parent.parent.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" && step47(n, S)); }

function fire15(c, S, out) {
  S.cur = 123;
  if (!rt.anyOnAxis(c, "attribute", N71)) out.push(rt.finding(ROWS[123], c, "The item classification identifier (BT-158) " + rt.valueOf(fn0(S, [c])) + " needs a scheme identifier (BT-158-1)."));
}

function step48(n, S) {
  if (n.kind !== "element" || n.local !== "InvoiceLine" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null;
}

function step49(n, S) {
  if (n.kind !== "element" || n.local !== "Item" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null && step48(n.parent, S);
}

function step50(n, S) {
  if (n.kind !== "element" || n.local !== "StandardItemIdentification" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null && step49(n.parent, S);
}

function step51(n, S) {
  if (n.kind !== "element" || n.local !== "ID" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2") return false;
  return n.parent !== null && step50(n.parent, S);
}

function step52(n, S) {
  if (n.kind !== "element" || n.local !== "CreditNoteLine" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null;
}

function step53(n, S) {
  if (n.kind !== "element" || n.local !== "Item" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null && step52(n.parent, S);
}

function step54(n, S) {
  if (n.kind !== "element" || n.local !== "StandardItemIdentification" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null && step53(n.parent, S);
}

function step55(n, S) {
  if (n.kind !== "element" || n.local !== "ID" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2") return false;
  return n.parent !== null && step54(n.parent, S);
}

function match16(n, S) { return (n.parent?.local === "StandardItemIdentification" && n.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" && n.parent.parent?.local === "Item" && n.parent.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" && n.parent.parent.parent?.local === "InvoiceLine" && n.parent.parent.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" && step51(n, S)) || (n.parent?.local === "StandardItemIdentification" && n.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" && n.parent.parent?.local === "Item" && n.parent.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" && n.parent.parent.parent?.local === "CreditNoteLine" && n.parent.parent.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" && step55(n, S)); }

function fire16(c, S, out) {
  S.cur = 124;
  if (!rt.anyOnAxis(c, "attribute", N5)) out.push(rt.finding(ROWS[124], c, "The item standard identifier (BT-157) " + rt.valueOf(fn0(S, [c])) + " needs a scheme identifier (BT-157-1)."));
}

function step56(n, S) {
  if (n.kind !== "element" || n.local !== "Invoice" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2") return false;
  return n.parent !== null && n.parent.kind === "document";
}

function step57(n, S) {
  if (n.kind !== "element" || n.local !== "Note" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2") return false;
  return n.parent !== null && step56(n.parent, S);
}

function step58(n, S) {
  if (n.kind !== "element" || n.local !== "CreditNote" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2") return false;
  return n.parent !== null && n.parent.kind === "document";
}

function step59(n, S) {
  if (n.kind !== "element" || n.local !== "Note" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2") return false;
  return n.parent !== null && step58(n.parent, S);
}

function match17(n, S) { return (n.parent?.local === "Invoice" && n.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2" && n.parent.parent?.kind === "document" && step57(n, S)) || (n.parent?.local === "CreditNote" && n.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2" && n.parent.parent?.kind === "document" && step59(n, S)); }

function fire17(c, S, out) {
  const v31_0 = rt.substringBefore(rt.substringAfter(rt.strItem(c, "substring-after"), "#"), "#");
  const v32_0 = " AAA AAB AAC AAD AAE AAF AAG AAI AAJ AAK AAL AAM AAN AAO AAP AAQ AAR AAS AAT AAU AAV AAW AAX AAY       AAZ ABA ABB ABC ABD ABE ABF ABG ABH ABI ABJ ABK ABL ABM ABN ABO ABP ABQ ABR ABS ABT ABU ABV ABW       ABX ABZ ACA ACB ACC ACD ACE ACF ACG ACH ACI ACJ ACK ACL ACM ACN ACO ACP ACQ ACR ACS ACT ACU ACV       ACW ACX ACY ACZ ADA ADB ADC ADD ADE ADF ADG ADH ADI ADJ ADK ADL ADM ADN ADO ADP ADQ ADR ADS ADT       ADU ADV ADW ADX ADY ADZ AEA AEB AEC AED AEE AEF AEG AEH AEI AEJ AEK AEL AEM AEN AEO AEP AEQ AER       AES AET AEU AEV AEW AEX AEY AEZ AFA AFB AFC AFD AFE AFF AFG AFH AFI AFJ AFK AFL AFM AFN AFO AFP       AFQ AFR AFS AFT AFU AFV AFW AFX AFY AFZ AGA AGB AGC AGD AGE AGF AGG AGH AGI AGJ AGK AGL AGM AGN       AGO AGP AGQ AGR AGS AGT AGU AGV AGW AGX AGY AGZ AHA AHB AHC AHD AHE AHF AHG AHH AHI AHJ AHK AHL       AHM AHN AHO AHP AHQ AHR AHS AHT AHU AHV AHW AHX AHY AHZ AIA AIB AIC AID AIE AIF AIG AIH AII AIJ       AIK AIL AIM AIN AIO AIP AIQ AIR AIS AIT AIU AIV AIW AIX AIY AIZ AJA AJB ALC ALD ALE ALF ALG ALH       ALI ALJ ALK ALL ALM ALN ALO ALP ALQ ARR ARS AUT AUU AUV AUW AUX AUY AUZ AVA AVB AVC AVD AVE AVF       BAG BAH BAI BAJ BAK BAL BAM BAN BAO BAP BAQ BAR BAS BLC BLD BLE BLF BLG BLH BLI BLJ BLK BLL BLM       BLN BLO BLP BLQ BLR BLS BLT BLU BLV BLW BLX BLY BLZ BMA BMB BMC BMD BME CCI CEX CHG CIP CLP CLR       COI CUR CUS DAR DCL DEL DIN DOC DUT EUR FBC GBL GEN GS7 HAN HAZ ICN IIN IMI IND INS INV IRP ITR       ITS LAN LIN LOI MCO MDH MKS ORI OSI PAC PAI PAY PKG PKT PMD PMT PRD PRF PRI PUR QIN QQD QUT RAH       REG RET REV RQR SAF SIC SIN SLR SPA SPG SPH SPP SPT SRN SSR SUR TCA TDT TRA TRR TXD WHI ZZZ ";
  S.cur = 125;
  if (!((!rt.contains(rt.strItem(c, "contains"), "#") || (rt.stringLength(v31_0) !== 3)) || rt.contains(v32_0, v31_0))) out.push(rt.finding(ROWS[125], c, "The invoice note subject code (BT-21) " + rt.valueOf(fn0(S, [v31_0])) + " is not a UNTDID 4451 text subject code."));
}

function step60(n, S) {
  if (n.kind !== "element" || n.local !== "PayeeParty" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null;
}

function match18(n, S) { return step60(n, S); }

function fire18(c, S, out) {
  let t109, t110, t111, t112, t113, t114, t115, t116, t117, t118, t119;
  S.cur = 126;
  if (!(((S.D.hasNamePath(P22) && rt.anyOnAxisSeq((t109 ??= rt.child(c, N75)), "child", N61)) && !rt.generalCompare("eq", (t110 ??= rt.childOfNodes((t109 ??= rt.child(c, N75)), N61)), (t115 ??= rt.childOfNodes((t114 ??= rt.childOfNodes((t113 ??= rt.childOfNodes((t112 ??= rt.childOfNodes((t111 ??= rt.stepOne(c, "parent", N27, null)), N45)), N3)), N75)), N61)))) && !rt.generalCompare("eq", (t117 ??= rt.childOfNodes((t116 ??= rt.child(c, N76)), N1)), (t119 ??= rt.childOfNodes((t118 ??= rt.childOfNodes((t113 ??= rt.childOfNodes((t112 ??= rt.childOfNodes((t111 ??= rt.stepOne(c, "parent", N27, null)), N45)), N3)), N76)), N1))))) out.push(rt.finding(ROWS[126], c, "The payee (BG-10) needs a payee name (BT-59) and must differ from the seller: payee name " + rt.valueOf(fn0(S, (t110 ??= rt.childOfNodes((t109 ??= rt.child(c, N75)), N61)))) + ", payee identifier (BT-60) " + rt.valueOf(fn0(S, (t117 ??= rt.childOfNodes((t116 ??= rt.child(c, N76)), N1)))) + "."));
}

function step61(n, S) {
  if (n.kind !== "element" || n.local !== "PaymentMeans" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  const c = n;
  if (!rt.generalCompare("eq", rt.child(c, N77), Q0)) return false;
  return n.parent !== null;
}

function step62(n, S) {
  if (n.kind !== "element" || n.local !== "PayeeFinancialAccount" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null && step61(n.parent, S);
}

function match19(n, S) { return (n.parent?.local === "PaymentMeans" && n.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" && step62(n, S)); }

function fire19(c, S, out) {
  let t120, t121, t122;
  S.cur = 127;
  if (!!rt.isBlank(rt.strArg((t120 ??= rt.child(c, N1)), "normalize-space"))) out.push(rt.finding(ROWS[127], c, "A credit transfer (payment means code BT-81 " + rt.valueOf(fn0(S, (t122 ??= rt.childOfNodes((t121 ??= rt.stepOne(c, "parent", N27, null)), N77)))) + ") needs the payment account identifier (BT-84)."));
}

function step63(n, S) {
  if (n.kind !== "element" || n.local !== "PaymentMeans" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null;
}

function match20(n, S) { return step63(n, S); }

function fire20(c, S, out) {
  let t123, t124;
  const v33_0 = rt.normalizeSpace(rt.strArg((t123 ??= rt.child(c, N77)), "normalize-space"));
  S.cur = 128;
  if (!rt.anyOnAxis(c, "child", N77)) out.push(rt.finding(ROWS[128], c, "Payment instructions (BG-16) need a payment means type code (BT-81)."));
  S.cur = 129;
  if (!(!rt.generalCompare("eq", [v33_0], Q0) || (S.D.hasNamePath(P27) && rt.anyOnAxisSeq((t124 ??= rt.child(c, N78)), "child", N1)))) out.push(rt.finding(ROWS[129], c, "With payment means type code (BT-81) " + rt.valueOf(fn0(S, [v33_0])) + " (credit transfer) the payment account identifier (BT-84) is required."));
}

function step64(n, S) {
  if (n.kind !== "element" || n.local !== "BillingReference" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null;
}

function match21(n, S) { return step64(n, S); }

function fire21(c, S, out) {
  let t126;
  S.cur = 130;
  if (!(S.D.hasNamePath(P28) && rt.anyOnAxisSeq((t126 ??= rt.child(c, N80)), "child", N1))) out.push(rt.finding(ROWS[130], c, "A preceding invoice reference (BG-3) needs the preceding invoice number (BT-25)."));
}

function step65(n, S) {
  if (n.kind !== "element" || n.local !== "AccountingSupplierParty" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null;
}

function match22(n, S) { return step65(n, S); }

function fire22(c, S, out) {
  let t128, t129, t131, t132, t133;
  S.cur = 131;
  if (!((rt.anyOnAxisSeq((t129 ??= rt.stepNodes((t128 ??= rt.child(c, N3)), "child", N37, [(c, p, z) => rt.generalCompare1("eq", rt.pathMap(rt.childOfNodes(rt.child(c, N23), N1), (c, p, z) => [rt.upperCase(rt.normalizeSpace(rt.strItem(c, "normalize-space")))]), "VAT")])), "child", N38) || ((t132 ??= rt.stepNodes((t131 ??= rt.childOfNodes((t128 ??= rt.child(c, N3)), N76)), "child", N1, [(c, p, z) => !rt.attributeValueIs(c, N5, "SEPA", true)])).length > 0)) || (S.D.hasNamePath(P2) && rt.anyOnAxisSeq((t133 ??= rt.childOfNodes((t128 ??= rt.child(c, N3)), N39)), "child", N38)))) out.push(rt.finding(ROWS[131], c, "The seller (BG-4) must be identified by a seller identifier (BT-29), a seller legal registration identifier (BT-30) or a seller VAT identifier (BT-31)."));
}

function step66(n, S) {
  if (n.kind !== "element" || n.local !== "AccountingSupplierParty" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null;
}

function step67(n, S) {
  if (n.kind !== "element" || n.local !== "Party" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null && step66(n.parent, S);
}

function step68(n, S) {
  if (n.kind !== "element" || n.local !== "EndpointID" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2") return false;
  return n.parent !== null && step67(n.parent, S);
}

function match23(n, S) { return (n.parent?.local === "Party" && n.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" && n.parent.parent?.local === "AccountingSupplierParty" && n.parent.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" && step68(n, S)); }

function fire23(c, S, out) {
  S.cur = 132;
  if (!rt.anyOnAxis(c, "attribute", N5)) out.push(rt.finding(ROWS[132], c, "The seller electronic address (BT-34) " + rt.valueOf(fn0(S, [c])) + " has no scheme identifier (BT-34-1)."));
}

function step69(n, S) {
  if (n.kind !== "element" || n.local !== "AccountingSupplierParty" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null;
}

function step70(n, S) {
  if (n.kind !== "element" || n.local !== "Party" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null && step69(n.parent, S);
}

function step71(n, S) {
  if (n.kind !== "element" || n.local !== "PostalAddress" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null && step70(n.parent, S);
}

function match24(n, S) { return (n.parent?.local === "Party" && n.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" && n.parent.parent?.local === "AccountingSupplierParty" && n.parent.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" && step71(n, S)); }

function fire24(c, S, out) {
  let t136, t137;
  S.cur = 133;
  if (!!rt.isBlank(rt.strArg((t137 ??= rt.childOfNodes((t136 ??= rt.child(c, N7)), N8)), "normalize-space"))) out.push(rt.finding(ROWS[133], c, "The seller postal address (BG-5) needs a seller country code (BT-40)."));
}

function step72(n, S) {
  if (n.kind !== "element" || n.local !== "TaxRepresentativeParty" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null;
}

function match25(n, S) { return step72(n, S); }

function fire25(c, S, out) {
  let t138, t139, t141;
  S.cur = 134;
  if (!!rt.isBlank(rt.strArg((t139 ??= rt.childOfNodes((t138 ??= rt.child(c, N75)), N61)), "normalize-space"))) out.push(rt.finding(ROWS[134], c, "The seller tax representative party (BG-11) needs a name (BT-62)."));
  S.cur = 135;
  if (!rt.anyOnAxis(c, "child", N6)) out.push(rt.finding(ROWS[135], c, "The seller tax representative party (BG-11) needs a postal address (BG-12)."));
  S.cur = 136;
  if (!rt.anyOnAxisSeq((t141 ??= rt.stepOne(c, "child", N37, [(c, p, z) => rt.generalCompare1("eq", rt.pathMap(rt.childOfNodes(rt.child(c, N23), N1), (c, p, z) => [rt.upperCase(rt.normalizeSpace(rt.strItem(c, "normalize-space")))]), "VAT")])), "child", N38)) out.push(rt.finding(ROWS[136], c, "The seller tax representative party (BG-11) needs a VAT identifier (BT-63)."));
}

function step73(n, S) {
  if (n.kind !== "element" || n.local !== "TaxRepresentativeParty" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null;
}

function step74(n, S) {
  if (n.kind !== "element" || n.local !== "PostalAddress" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null && step73(n.parent, S);
}

function match26(n, S) { return (n.parent?.local === "TaxRepresentativeParty" && n.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" && step74(n, S)); }

function fire26(c, S, out) {
  let t143, t144;
  S.cur = 137;
  if (!!rt.isBlank(rt.strArg((t144 ??= rt.childOfNodes((t143 ??= rt.child(c, N7)), N8)), "normalize-space"))) out.push(rt.finding(ROWS[137], c, "The seller tax representative postal address (BG-12) needs a country code (BT-69)."));
}

function step75(n, S) {
  if (n.kind !== "element" || n.local !== "Invoice" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2") return false;
  return n.parent !== null && n.parent.kind === "document";
}

function step76(n, S) {
  if (n.kind !== "element" || n.local !== "TaxTotal" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null && step75(n.parent, S);
}

function step77(n, S) {
  if (n.kind !== "element" || n.local !== "CreditNote" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2") return false;
  return n.parent !== null && n.parent.kind === "document";
}

function step78(n, S) {
  if (n.kind !== "element" || n.local !== "TaxTotal" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null && step77(n.parent, S);
}

function match27(n, S) { return (n.parent?.local === "Invoice" && n.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2" && n.parent.parent?.kind === "document" && step76(n, S)) || (n.parent?.local === "CreditNote" && n.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2" && n.parent.parent?.kind === "document" && step78(n, S)); }

function fire27(c, S, out) {
  let t145, t146;
  const v34_0 = rt.sum(rt.pathMap((t145 ??= rt.child(c, N36)), (c, p, z) => rt.castSeq(rt.child(c, N49), "decimal", true)));
  S.cur = 138;
  if (!(!rt.anyOnAxis(c, "child", N36) || rt.generalCompare("eq", rt.castSeq((t146 ??= rt.child(c, N49)), "decimal", true), rt.arith("div", rt.fnRound(rt.arith("*", v34_0, [100n])), [100n])))) out.push(rt.finding(ROWS[138], c, "The invoice total VAT amount (BT-110) is " + rt.valueOf(fn0(S, (t146 ??= rt.child(c, N49)))) + ", but the VAT category tax amounts (BT-117) add up to " + rt.valueOf(v34_0) + "."));
}

function step79(n, S) {
  if (n.kind !== "element" || n.local !== "TaxTotal" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null;
}

function step80(n, S) {
  if (n.kind !== "element" || n.local !== "TaxSubtotal" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null && step79(n.parent, S);
}

function match28(n, S) { return (n.parent?.local === "TaxTotal" && n.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" && step80(n, S)); }

function fire28(c, S, out) {
  let t147, t148, t149, t150, t151;
  const v35_0 = (t147 ??= rt.stepOne(c, "child", N22, [(c, p, z) => rt.generalCompare1("eq", rt.pathMap(rt.childOfNodes(rt.child(c, N23), N1), (c, p, z) => [rt.upperCase(rt.normalizeSpace(rt.strItem(c, "normalize-space")))]), "VAT")]));
  const v36_0 = rt.pathMap(v35_0, (c, p, z) => rt.castSeq(rt.child(c, N82), "decimal", true));
  const v37_0 = rt.castSeq((t148 ??= rt.child(c, N49)), "decimal", true);
  S.cur = 139;
  if (!rt.anyOnAxis(c, "child", N83)) out.push(rt.finding(ROWS[139], c, "Each VAT breakdown (BG-23) needs a VAT category taxable amount (BT-116)."));
  S.cur = 140;
  if (!rt.anyOnAxis(c, "child", N49)) out.push(rt.finding(ROWS[140], c, "Each VAT breakdown (BG-23) needs a VAT category tax amount (BT-117)."));
  S.cur = 141;
  if (!(S.D.hasNamePath(P14) && rt.anyOnAxisSeq(v35_0, "child", N1))) out.push(rt.finding(ROWS[141], c, "Each VAT breakdown (BG-23) needs a VAT category code (BT-118)."));
  S.cur = 142;
  if (!((S.D.hasNamePath(P29) && rt.anyOnAxisSeq(v35_0, "child", N82)) || rt.generalCompare1("eq", rt.pathMap(v35_0, (c, p, z) => [rt.normalizeSpace(rt.childStr(c, N1, "normalize-space"))]), "O"))) out.push(rt.finding(ROWS[142], c, "Each VAT breakdown (BG-23) needs a VAT category rate (BT-119), except for category 'O'; category " + rt.valueOf(fn0(S, (t150 ??= rt.childOfNodes(v35_0, N1)))) + " has none."));
  S.cur = 143;
  if (!(((rt.generalCompare1("eq", rt.fnRound(v36_0), rt.atomizeItem(0n)) && rt.generalCompare1("eq", rt.fnRound(v37_0), rt.atomizeItem(0n))) || (rt.generalCompare1("ne", rt.fnRound(v36_0), rt.atomizeItem(0n)) && rt.ebv(rt.optBool(rt.valueCompare("lt", rt.fnAbs(rt.arith("-", rt.fnAbs(v37_0), rt.arith("div", rt.fnRound(rt.arith("*", rt.arith("*", rt.fnAbs(rt.castSeq((t149 ??= rt.child(c, N83)), "decimal", true)), rt.arith("div", v36_0, [100n])), [100n])), [100n]))), [1n]))))) || ((v36_0.length === 0) && rt.generalCompare1("eq", rt.fnRound(v37_0), rt.atomizeItem(0n))))) out.push(rt.finding(ROWS[143], c, "The VAT category tax amount (BT-117) " + rt.valueOf(fn0(S, (t148 ??= rt.child(c, N49)))) + " does not match the taxable amount (BT-116) " + rt.valueOf(fn0(S, (t149 ??= rt.child(c, N83)))) + " times the VAT category rate (BT-119) " + rt.valueOf(fn0(S, (t151 ??= rt.childOfNodes(v35_0, N82)))) + "."));
  S.cur = 144;
  if (!(rt.stringLength(rt.substringAfter(rt.strArg((t149 ??= rt.child(c, N83)), "substring-after"), ".")) <= 2)) out.push(rt.finding(ROWS[144], c, "The VAT category taxable amount (BT-116) may have at most 2 decimals; found " + rt.valueOf(fn0(S, (t149 ??= rt.child(c, N83)))) + "."));
  S.cur = 145;
  if (!(rt.stringLength(rt.substringAfter(rt.strArg((t148 ??= rt.child(c, N49)), "substring-after"), ".")) <= 2)) out.push(rt.finding(ROWS[145], c, "The VAT category tax amount (BT-117) may have at most 2 decimals; found " + rt.valueOf(fn0(S, (t148 ??= rt.child(c, N49)))) + "."));
}

function step81(n, S) {
  if (n.kind !== "element" || n.local !== "PartyTaxScheme" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  const c = n;
  if (!rt.generalCompare1("eq", rt.pathMap(rt.childOfNodes(rt.child(c, N23), N1), (c, p, z) => [rt.upperCase(rt.normalizeSpace(rt.strItem(c, "normalize-space")))]), "VAT")) return false;
  return n.parent !== null;
}

function match29(n, S) { return step81(n, S); }

function fire29(c, S, out) {
  let t152;
  const v38_0 = " 1A AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ CA CC       CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH EL ER ES ET FI FJ FK FM FO FR GA GB GD       GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI       KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY       MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG       SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE       VG VI VN VU WF WS XI YE YT ZA ZM ZW ";
  S.cur = 146;
  if (!rt.contains(v38_0, rt.substring(rt.strArg((t152 ??= rt.child(c, N38)), "substring"), rt.dblArg([1n], "substring"), rt.dblArg([2n], "substring")))) out.push(rt.finding(ROWS[146], c, "The VAT identifier (BT-31, BT-48 or BT-63) " + rt.valueOf(fn0(S, (t152 ??= rt.child(c, N38)))) + " must start with an ISO 3166-1 alpha-2 country code prefix (EL for Greece, XI for Northern Ireland)."));
}

function step82(n, S) {
  if (!rt.testNode(N56, n)) return false;
  if (n.kind === "attribute" || n.kind === "document") return false;
  return n.parent !== null && n.parent.kind === "document";
}

function step83(n, S) {
  if (n.kind !== "element" || n.local !== "TaxTotal" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null && step82(n.parent, S);
}

function step84(n, S) {
  if (n.kind !== "element" || n.local !== "TaxSubtotal" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null && step83(n.parent, S);
}

function step85(n, S) {
  if (n.kind !== "element" || n.local !== "TaxCategory" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  const c = n;
  if (!(rt.normalizeSpace(rt.childStr(c, N1, "normalize-space")) === "AE")) return false;
  if (!rt.generalCompare1("eq", rt.pathMap(rt.childOfNodes(rt.child(c, N23), N1), (c, p, z) => [rt.upperCase(rt.normalizeSpace(rt.strItem(c, "normalize-space")))]), "VAT")) return false;
  return n.parent !== null && step84(n.parent, S);
}

function match30(n, S) { return (n.parent?.local === "TaxSubtotal" && n.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" && n.parent.parent?.local === "TaxTotal" && n.parent.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" && step85(n, S)); }

function fire30(c, S, out) {
  let t153, t154, t155, t156, t157, t158, t159, t160, t161, t162, t163;
  const v39_0 = (t155 ??= rt.stepNodes((t154 ??= rt.stepNodes((t153 ??= rt.stepOne(c, "parent", N27, null)), "parent", N27, null)), "parent", N27, null));
  const v40_0 = rt.arith("-", rt.sum(rt.pathMap((t156 ??= rt.keyFilter(S.D, rt.keyFilter(S.D, rt.childrenKept(S.D, v39_0, N16), 0, (c) => rt.booleanKeys(rt.child(c, N17)), "true", (c, p, z) => rt.generalCompare("eq", rt.child(c, N17), [true])), 4, (c) => rt.stringKeys(rt.pathMap(rt.child(c, N22), (c, p, z) => [rt.normalizeSpace(rt.childStr(c, N1, "normalize-space"))])), "AE", (c, p, z) => rt.generalCompare1("eq", rt.pathMap(rt.child(c, N22), (c, p, z) => [rt.normalizeSpace(rt.childStr(c, N1, "normalize-space"))]), "AE"))), (c, p, z) => rt.castSeq(rt.child(c, N21), "decimal", true))), rt.sum(rt.pathMap((t157 ??= rt.keyFilter(S.D, rt.keyFilter(S.D, rt.childrenKept(S.D, v39_0, N16), 0, (c) => rt.booleanKeys(rt.child(c, N17)), "false", (c, p, z) => rt.generalCompare("eq", rt.child(c, N17), [false])), 4, (c) => rt.stringKeys(rt.pathMap(rt.child(c, N22), (c, p, z) => [rt.normalizeSpace(rt.childStr(c, N1, "normalize-space"))])), "AE", (c, p, z) => rt.generalCompare1("eq", rt.pathMap(rt.child(c, N22), (c, p, z) => [rt.normalizeSpace(rt.childStr(c, N1, "normalize-space"))]), "AE"))), (c, p, z) => rt.castSeq(rt.child(c, N21), "decimal", true))));
  const v41_0 = rt.arith("+", rt.sum(rt.pathMap((t158 ??= rt.keyFilter(S.D, rt.childrenKept(S.D, v39_0, N47), 5, (c) => rt.stringKeys(rt.pathMap(rt.childOfNodes(rt.child(c, N60), N64), (c, p, z) => [rt.normalizeSpace(rt.childStr(c, N1, "normalize-space"))])), "AE", (c, p, z) => rt.generalCompare1("eq", rt.pathMap(rt.childOfNodes(rt.child(c, N60), N64), (c, p, z) => [rt.normalizeSpace(rt.childStr(c, N1, "normalize-space"))]), "AE"))), (c, p, z) => rt.castSeq(rt.child(c, N26), "decimal", true))), v40_0);
  const v42_0 = rt.arith("+", rt.sum(rt.pathMap((t159 ??= rt.keyFilter(S.D, rt.childrenKept(S.D, v39_0, N48), 5, (c) => rt.stringKeys(rt.pathMap(rt.childOfNodes(rt.child(c, N60), N64), (c, p, z) => [rt.normalizeSpace(rt.childStr(c, N1, "normalize-space"))])), "AE", (c, p, z) => rt.generalCompare1("eq", rt.pathMap(rt.childOfNodes(rt.child(c, N60), N64), (c, p, z) => [rt.normalizeSpace(rt.childStr(c, N1, "normalize-space"))]), "AE"))), (c, p, z) => rt.castSeq(rt.child(c, N26), "decimal", true))), v40_0);
  S.cur = 147;
  if (!(((S.D.memo[39] !== undefined ? S.D.memo[39] : (S.D.memo[39] = ((S.D.memo[38] !== undefined ? S.D.memo[38] : (S.D.memo[38] = rt.descendantsByName(S.D, c, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "InvoiceLine"))).length > 0))) && rt.generalCompare("eq", rt.castSeq((t160 ??= rt.childOfNodes((t153 ??= rt.stepOne(c, "parent", N27, null)), N83)), "decimal", true), v41_0)) || ((S.D.memo[41] !== undefined ? S.D.memo[41] : (S.D.memo[41] = ((S.D.memo[40] !== undefined ? S.D.memo[40] : (S.D.memo[40] = rt.descendantsByName(S.D, c, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "CreditNoteLine"))).length > 0))) && rt.generalCompare("eq", rt.castSeq((t160 ??= rt.childOfNodes((t153 ??= rt.stepOne(c, "parent", N27, null)), N83)), "decimal", true), v42_0)))) out.push(rt.finding(ROWS[147], c, "The VAT category taxable amount (BT-116) of category 'AE' (VAT reverse charge) is " + rt.valueOf(fn0(S, (t160 ??= rt.childOfNodes((t153 ??= rt.stepOne(c, "parent", N27, null)), N83)))) + ", but the line net amounts (BT-131) plus charges (BT-99) minus allowances (BT-92) of that category come to " + rt.valueOf(((S.D.memo[39] !== undefined ? S.D.memo[39] : (S.D.memo[39] = ((S.D.memo[38] !== undefined ? S.D.memo[38] : (S.D.memo[38] = rt.descendantsByName(S.D, c, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "InvoiceLine"))).length > 0))) ? v41_0 : v42_0)) + "."));
  S.cur = 148;
  if (!rt.generalCompare1("eq", rt.castSeq((t161 ??= rt.childOfNodes((t153 ??= rt.stepOne(c, "parent", N27, null)), N49)), "decimal", true), rt.atomizeItem(0n))) out.push(rt.finding(ROWS[148], c, "The VAT category tax amount (BT-117) of category 'AE' (VAT reverse charge) must be 0; found " + rt.valueOf(fn0(S, (t161 ??= rt.childOfNodes((t153 ??= rt.stepOne(c, "parent", N27, null)), N49)))) + "."));
  S.cur = 149;
  if (!(rt.union((t162 ??= rt.child(c, N84)), (t163 ??= rt.child(c, N85))).length > 0)) out.push(rt.finding(ROWS[149], c, "The VAT breakdown (BG-23) of category 'AE' (VAT reverse charge) needs a VAT exemption reason code (BT-121) or a VAT exemption reason text (BT-120)."));
}

function step86(n, S) {
  if (n.kind !== "element" || n.local !== "AllowanceCharge" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  const c = n;
  if (!rt.generalCompare("eq", rt.child(c, N17), [false])) return false;
  return n.parent !== null;
}

function step87(n, S) {
  if (n.kind !== "element" || n.local !== "TaxCategory" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  const c = n;
  if (!(rt.normalizeSpace(rt.childStr(c, N1, "normalize-space")) === "AE")) return false;
  if (!rt.generalCompare1("eq", rt.pathMap(rt.childOfNodes(rt.child(c, N23), N1), (c, p, z) => [rt.upperCase(rt.normalizeSpace(rt.strItem(c, "normalize-space")))]), "VAT")) return false;
  return n.parent !== null && step86(n.parent, S);
}

function match31(n, S) { return (n.parent?.local === "AllowanceCharge" && n.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" && step87(n, S)); }

function fire31(c, S, out) {
  let t164;
  S.cur = 150;
  if (!rt.generalCompare1("eq", rt.castSeq((t164 ??= rt.child(c, N82)), "decimal", true), rt.atomizeItem(0n))) out.push(rt.finding(ROWS[150], c, "With VAT category code 'AE' (VAT reverse charge) the document level allowance VAT rate (BT-96) must be 0; found " + rt.valueOf(fn0(S, (t164 ??= rt.child(c, N82)))) + "."));
}

function step88(n, S) {
  if (n.kind !== "element" || n.local !== "AllowanceCharge" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  const c = n;
  if (!rt.generalCompare("eq", rt.child(c, N17), [true])) return false;
  return n.parent !== null;
}

function step89(n, S) {
  if (n.kind !== "element" || n.local !== "TaxCategory" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  const c = n;
  if (!(rt.normalizeSpace(rt.childStr(c, N1, "normalize-space")) === "AE")) return false;
  if (!rt.generalCompare1("eq", rt.pathMap(rt.childOfNodes(rt.child(c, N23), N1), (c, p, z) => [rt.upperCase(rt.normalizeSpace(rt.strItem(c, "normalize-space")))]), "VAT")) return false;
  return n.parent !== null && step88(n.parent, S);
}

function match32(n, S) { return (n.parent?.local === "AllowanceCharge" && n.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" && step89(n, S)); }

function fire32(c, S, out) {
  let t165;
  S.cur = 151;
  if (!rt.generalCompare1("eq", rt.castSeq((t165 ??= rt.child(c, N82)), "decimal", true), rt.atomizeItem(0n))) out.push(rt.finding(ROWS[151], c, "With VAT category code 'AE' (VAT reverse charge) the document level charge VAT rate (BT-103) must be 0; found " + rt.valueOf(fn0(S, (t165 ??= rt.child(c, N82)))) + "."));
}

function step90(n, S) {
  if (n.kind !== "element" || n.local !== "InvoiceLine" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null;
}

function step91(n, S) {
  if (n.kind !== "element" || n.local !== "Item" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null && step90(n.parent, S);
}

function step92(n, S) {
  if (n.kind !== "element" || n.local !== "ClassifiedTaxCategory" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  const c = n;
  if (!(rt.normalizeSpace(rt.childStr(c, N1, "normalize-space")) === "AE")) return false;
  if (!rt.generalCompare1("eq", rt.pathMap(rt.childOfNodes(rt.child(c, N23), N1), (c, p, z) => [rt.upperCase(rt.normalizeSpace(rt.strItem(c, "normalize-space")))]), "VAT")) return false;
  return n.parent !== null && step91(n.parent, S);
}

function step93(n, S) {
  if (n.kind !== "element" || n.local !== "CreditNoteLine" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null;
}

function step94(n, S) {
  if (n.kind !== "element" || n.local !== "Item" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null && step93(n.parent, S);
}

function step95(n, S) {
  if (n.kind !== "element" || n.local !== "ClassifiedTaxCategory" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  const c = n;
  if (!(rt.normalizeSpace(rt.childStr(c, N1, "normalize-space")) === "AE")) return false;
  if (!rt.generalCompare1("eq", rt.pathMap(rt.childOfNodes(rt.child(c, N23), N1), (c, p, z) => [rt.upperCase(rt.normalizeSpace(rt.strItem(c, "normalize-space")))]), "VAT")) return false;
  return n.parent !== null && step94(n.parent, S);
}

function match33(n, S) { return (n.parent?.local === "Item" && n.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" && n.parent.parent?.local === "InvoiceLine" && n.parent.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" && step92(n, S)) || (n.parent?.local === "Item" && n.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" && n.parent.parent?.local === "CreditNoteLine" && n.parent.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" && step95(n, S)); }

function fire33(c, S, out) {
  let t166;
  S.cur = 152;
  if (!rt.generalCompare1("eq", rt.castSeq((t166 ??= rt.child(c, N82)), "decimal", true), rt.atomizeItem(0n))) out.push(rt.finding(ROWS[152], c, "With VAT category code 'AE' (VAT reverse charge) the invoiced item VAT rate (BT-152) must be 0; found " + rt.valueOf(fn0(S, (t166 ??= rt.child(c, N82)))) + "."));
}

function step96(n, S) {
  if (!rt.testNode(N56, n)) return false;
  if (n.kind === "attribute" || n.kind === "document") return false;
  return n.parent !== null && n.parent.kind === "document";
}

function step97(n, S) {
  if (n.kind !== "element" || n.local !== "TaxTotal" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null && step96(n.parent, S);
}

function step98(n, S) {
  if (n.kind !== "element" || n.local !== "TaxSubtotal" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null && step97(n.parent, S);
}

function step99(n, S) {
  if (n.kind !== "element" || n.local !== "TaxCategory" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  const c = n;
  if (!(rt.normalizeSpace(rt.childStr(c, N1, "normalize-space")) === "E")) return false;
  if (!rt.generalCompare1("eq", rt.pathMap(rt.childOfNodes(rt.child(c, N23), N1), (c, p, z) => [rt.upperCase(rt.normalizeSpace(rt.strItem(c, "normalize-space")))]), "VAT")) return false;
  return n.parent !== null && step98(n.parent, S);
}

function match34(n, S) { return (n.parent?.local === "TaxSubtotal" && n.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" && n.parent.parent?.local === "TaxTotal" && n.parent.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" && step99(n, S)); }

function fire34(c, S, out) {
  let t167, t168, t169, t170, t171, t172, t173, t174, t175, t176, t177;
  const v43_0 = (t169 ??= rt.stepNodes((t168 ??= rt.stepNodes((t167 ??= rt.stepOne(c, "parent", N27, null)), "parent", N27, null)), "parent", N27, null));
  const v44_0 = rt.arith("-", rt.sum(rt.pathMap((t170 ??= rt.keyFilter(S.D, rt.keyFilter(S.D, rt.childrenKept(S.D, v43_0, N16), 0, (c) => rt.booleanKeys(rt.child(c, N17)), "true", (c, p, z) => rt.generalCompare("eq", rt.child(c, N17), [true])), 4, (c) => rt.stringKeys(rt.pathMap(rt.child(c, N22), (c, p, z) => [rt.normalizeSpace(rt.childStr(c, N1, "normalize-space"))])), "E", (c, p, z) => rt.generalCompare1("eq", rt.pathMap(rt.child(c, N22), (c, p, z) => [rt.normalizeSpace(rt.childStr(c, N1, "normalize-space"))]), "E"))), (c, p, z) => rt.castSeq(rt.child(c, N21), "decimal", true))), rt.sum(rt.pathMap((t171 ??= rt.keyFilter(S.D, rt.keyFilter(S.D, rt.childrenKept(S.D, v43_0, N16), 0, (c) => rt.booleanKeys(rt.child(c, N17)), "false", (c, p, z) => rt.generalCompare("eq", rt.child(c, N17), [false])), 4, (c) => rt.stringKeys(rt.pathMap(rt.child(c, N22), (c, p, z) => [rt.normalizeSpace(rt.childStr(c, N1, "normalize-space"))])), "E", (c, p, z) => rt.generalCompare1("eq", rt.pathMap(rt.child(c, N22), (c, p, z) => [rt.normalizeSpace(rt.childStr(c, N1, "normalize-space"))]), "E"))), (c, p, z) => rt.castSeq(rt.child(c, N21), "decimal", true))));
  const v45_0 = rt.arith("+", rt.sum(rt.pathMap((t172 ??= rt.keyFilter(S.D, rt.childrenKept(S.D, v43_0, N47), 5, (c) => rt.stringKeys(rt.pathMap(rt.childOfNodes(rt.child(c, N60), N64), (c, p, z) => [rt.normalizeSpace(rt.childStr(c, N1, "normalize-space"))])), "E", (c, p, z) => rt.generalCompare1("eq", rt.pathMap(rt.childOfNodes(rt.child(c, N60), N64), (c, p, z) => [rt.normalizeSpace(rt.childStr(c, N1, "normalize-space"))]), "E"))), (c, p, z) => rt.castSeq(rt.child(c, N26), "decimal", true))), v44_0);
  const v46_0 = rt.arith("+", rt.sum(rt.pathMap((t173 ??= rt.keyFilter(S.D, rt.childrenKept(S.D, v43_0, N48), 5, (c) => rt.stringKeys(rt.pathMap(rt.childOfNodes(rt.child(c, N60), N64), (c, p, z) => [rt.normalizeSpace(rt.childStr(c, N1, "normalize-space"))])), "E", (c, p, z) => rt.generalCompare1("eq", rt.pathMap(rt.childOfNodes(rt.child(c, N60), N64), (c, p, z) => [rt.normalizeSpace(rt.childStr(c, N1, "normalize-space"))]), "E"))), (c, p, z) => rt.castSeq(rt.child(c, N26), "decimal", true))), v44_0);
  S.cur = 153;
  if (!(((S.D.memo[39] !== undefined ? S.D.memo[39] : (S.D.memo[39] = ((S.D.memo[38] !== undefined ? S.D.memo[38] : (S.D.memo[38] = rt.descendantsByName(S.D, c, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "InvoiceLine"))).length > 0))) && rt.generalCompare("eq", rt.castSeq((t174 ??= rt.childOfNodes((t167 ??= rt.stepOne(c, "parent", N27, null)), N83)), "decimal", true), v45_0)) || ((S.D.memo[41] !== undefined ? S.D.memo[41] : (S.D.memo[41] = ((S.D.memo[40] !== undefined ? S.D.memo[40] : (S.D.memo[40] = rt.descendantsByName(S.D, c, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "CreditNoteLine"))).length > 0))) && rt.generalCompare("eq", rt.castSeq((t174 ??= rt.childOfNodes((t167 ??= rt.stepOne(c, "parent", N27, null)), N83)), "decimal", true), v46_0)))) out.push(rt.finding(ROWS[153], c, "The VAT category taxable amount (BT-116) of category 'E' (exempt from VAT) is " + rt.valueOf(fn0(S, (t174 ??= rt.childOfNodes((t167 ??= rt.stepOne(c, "parent", N27, null)), N83)))) + ", but the line net amounts (BT-131) plus charges (BT-99) minus allowances (BT-92) of that category come to " + rt.valueOf(((S.D.memo[39] !== undefined ? S.D.memo[39] : (S.D.memo[39] = ((S.D.memo[38] !== undefined ? S.D.memo[38] : (S.D.memo[38] = rt.descendantsByName(S.D, c, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "InvoiceLine"))).length > 0))) ? v45_0 : v46_0)) + "."));
  S.cur = 154;
  if (!rt.generalCompare1("eq", rt.castSeq((t175 ??= rt.childOfNodes((t167 ??= rt.stepOne(c, "parent", N27, null)), N49)), "decimal", true), rt.atomizeItem(0n))) out.push(rt.finding(ROWS[154], c, "The VAT category tax amount (BT-117) of category 'E' (exempt from VAT) must be 0; found " + rt.valueOf(fn0(S, (t175 ??= rt.childOfNodes((t167 ??= rt.stepOne(c, "parent", N27, null)), N49)))) + "."));
  S.cur = 155;
  if (!(rt.union((t176 ??= rt.child(c, N84)), (t177 ??= rt.child(c, N85))).length > 0)) out.push(rt.finding(ROWS[155], c, "The VAT breakdown (BG-23) of category 'E' (exempt from VAT) needs a VAT exemption reason code (BT-121) or a VAT exemption reason text (BT-120)."));
}

function step100(n, S) {
  if (n.kind !== "element" || n.local !== "AllowanceCharge" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  const c = n;
  if (!rt.generalCompare("eq", rt.child(c, N17), [false])) return false;
  return n.parent !== null;
}

function step101(n, S) {
  if (n.kind !== "element" || n.local !== "TaxCategory" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  const c = n;
  if (!(rt.normalizeSpace(rt.childStr(c, N1, "normalize-space")) === "E")) return false;
  if (!rt.generalCompare1("eq", rt.pathMap(rt.childOfNodes(rt.child(c, N23), N1), (c, p, z) => [rt.upperCase(rt.normalizeSpace(rt.strItem(c, "normalize-space")))]), "VAT")) return false;
  return n.parent !== null && step100(n.parent, S);
}

function match35(n, S) { return (n.parent?.local === "AllowanceCharge" && n.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" && step101(n, S)); }

function fire35(c, S, out) {
  let t178;
  S.cur = 156;
  if (!rt.generalCompare1("eq", rt.castSeq((t178 ??= rt.child(c, N82)), "decimal", true), rt.atomizeItem(0n))) out.push(rt.finding(ROWS[156], c, "With VAT category code 'E' (exempt from VAT) the document level allowance VAT rate (BT-96) must be 0; found " + rt.valueOf(fn0(S, (t178 ??= rt.child(c, N82)))) + "."));
}

function step102(n, S) {
  if (n.kind !== "element" || n.local !== "AllowanceCharge" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  const c = n;
  if (!rt.generalCompare("eq", rt.child(c, N17), [true])) return false;
  return n.parent !== null;
}

function step103(n, S) {
  if (n.kind !== "element" || n.local !== "TaxCategory" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  const c = n;
  if (!(rt.normalizeSpace(rt.childStr(c, N1, "normalize-space")) === "E")) return false;
  if (!rt.generalCompare1("eq", rt.pathMap(rt.childOfNodes(rt.child(c, N23), N1), (c, p, z) => [rt.upperCase(rt.normalizeSpace(rt.strItem(c, "normalize-space")))]), "VAT")) return false;
  return n.parent !== null && step102(n.parent, S);
}

function match36(n, S) { return (n.parent?.local === "AllowanceCharge" && n.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" && step103(n, S)); }

function fire36(c, S, out) {
  let t179;
  S.cur = 157;
  if (!rt.generalCompare1("eq", rt.castSeq((t179 ??= rt.child(c, N82)), "decimal", true), rt.atomizeItem(0n))) out.push(rt.finding(ROWS[157], c, "With VAT category code 'E' (exempt from VAT) the document level charge VAT rate (BT-103) must be 0; found " + rt.valueOf(fn0(S, (t179 ??= rt.child(c, N82)))) + "."));
}

function step104(n, S) {
  if (n.kind !== "element" || n.local !== "InvoiceLine" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null;
}

function step105(n, S) {
  if (n.kind !== "element" || n.local !== "Item" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null && step104(n.parent, S);
}

function step106(n, S) {
  if (n.kind !== "element" || n.local !== "ClassifiedTaxCategory" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  const c = n;
  if (!(rt.normalizeSpace(rt.childStr(c, N1, "normalize-space")) === "E")) return false;
  if (!rt.generalCompare1("eq", rt.pathMap(rt.childOfNodes(rt.child(c, N23), N1), (c, p, z) => [rt.upperCase(rt.normalizeSpace(rt.strItem(c, "normalize-space")))]), "VAT")) return false;
  return n.parent !== null && step105(n.parent, S);
}

function step107(n, S) {
  if (n.kind !== "element" || n.local !== "CreditNoteLine" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null;
}

function step108(n, S) {
  if (n.kind !== "element" || n.local !== "Item" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null && step107(n.parent, S);
}

function step109(n, S) {
  if (n.kind !== "element" || n.local !== "ClassifiedTaxCategory" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  const c = n;
  if (!(rt.normalizeSpace(rt.childStr(c, N1, "normalize-space")) === "E")) return false;
  if (!rt.generalCompare1("eq", rt.pathMap(rt.childOfNodes(rt.child(c, N23), N1), (c, p, z) => [rt.upperCase(rt.normalizeSpace(rt.strItem(c, "normalize-space")))]), "VAT")) return false;
  return n.parent !== null && step108(n.parent, S);
}

function match37(n, S) { return (n.parent?.local === "Item" && n.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" && n.parent.parent?.local === "InvoiceLine" && n.parent.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" && step106(n, S)) || (n.parent?.local === "Item" && n.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" && n.parent.parent?.local === "CreditNoteLine" && n.parent.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" && step109(n, S)); }

function fire37(c, S, out) {
  let t180;
  S.cur = 158;
  if (!rt.generalCompare1("eq", rt.castSeq((t180 ??= rt.child(c, N82)), "decimal", true), rt.atomizeItem(0n))) out.push(rt.finding(ROWS[158], c, "With VAT category code 'E' (exempt from VAT) the invoiced item VAT rate (BT-152) must be 0; found " + rt.valueOf(fn0(S, (t180 ??= rt.child(c, N82)))) + "."));
}

function step110(n, S) {
  if (!rt.testNode(N56, n)) return false;
  if (n.kind === "attribute" || n.kind === "document") return false;
  return n.parent !== null && n.parent.kind === "document";
}

function step111(n, S) {
  if (n.kind !== "element" || n.local !== "TaxTotal" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null && step110(n.parent, S);
}

function step112(n, S) {
  if (n.kind !== "element" || n.local !== "TaxSubtotal" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null && step111(n.parent, S);
}

function step113(n, S) {
  if (n.kind !== "element" || n.local !== "TaxCategory" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  const c = n;
  if (!(rt.normalizeSpace(rt.childStr(c, N1, "normalize-space")) === "G")) return false;
  if (!rt.generalCompare1("eq", rt.pathMap(rt.childOfNodes(rt.child(c, N23), N1), (c, p, z) => [rt.upperCase(rt.normalizeSpace(rt.strItem(c, "normalize-space")))]), "VAT")) return false;
  return n.parent !== null && step112(n.parent, S);
}

function match38(n, S) { return (n.parent?.local === "TaxSubtotal" && n.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" && n.parent.parent?.local === "TaxTotal" && n.parent.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" && step113(n, S)); }

function fire38(c, S, out) {
  let t181, t182, t183, t184, t185, t186, t187, t188, t189, t190, t191;
  const v47_0 = (t183 ??= rt.stepNodes((t182 ??= rt.stepNodes((t181 ??= rt.stepOne(c, "parent", N27, null)), "parent", N27, null)), "parent", N27, null));
  const v48_0 = rt.arith("-", rt.sum(rt.pathMap((t184 ??= rt.keyFilter(S.D, rt.keyFilter(S.D, rt.childrenKept(S.D, v47_0, N16), 0, (c) => rt.booleanKeys(rt.child(c, N17)), "true", (c, p, z) => rt.generalCompare("eq", rt.child(c, N17), [true])), 4, (c) => rt.stringKeys(rt.pathMap(rt.child(c, N22), (c, p, z) => [rt.normalizeSpace(rt.childStr(c, N1, "normalize-space"))])), "G", (c, p, z) => rt.generalCompare1("eq", rt.pathMap(rt.child(c, N22), (c, p, z) => [rt.normalizeSpace(rt.childStr(c, N1, "normalize-space"))]), "G"))), (c, p, z) => rt.castSeq(rt.child(c, N21), "decimal", true))), rt.sum(rt.pathMap((t185 ??= rt.keyFilter(S.D, rt.keyFilter(S.D, rt.childrenKept(S.D, v47_0, N16), 0, (c) => rt.booleanKeys(rt.child(c, N17)), "false", (c, p, z) => rt.generalCompare("eq", rt.child(c, N17), [false])), 4, (c) => rt.stringKeys(rt.pathMap(rt.child(c, N22), (c, p, z) => [rt.normalizeSpace(rt.childStr(c, N1, "normalize-space"))])), "G", (c, p, z) => rt.generalCompare1("eq", rt.pathMap(rt.child(c, N22), (c, p, z) => [rt.normalizeSpace(rt.childStr(c, N1, "normalize-space"))]), "G"))), (c, p, z) => rt.castSeq(rt.child(c, N21), "decimal", true))));
  const v49_0 = rt.arith("+", rt.sum(rt.pathMap((t186 ??= rt.keyFilter(S.D, rt.childrenKept(S.D, v47_0, N47), 5, (c) => rt.stringKeys(rt.pathMap(rt.childOfNodes(rt.child(c, N60), N64), (c, p, z) => [rt.normalizeSpace(rt.childStr(c, N1, "normalize-space"))])), "G", (c, p, z) => rt.generalCompare1("eq", rt.pathMap(rt.childOfNodes(rt.child(c, N60), N64), (c, p, z) => [rt.normalizeSpace(rt.childStr(c, N1, "normalize-space"))]), "G"))), (c, p, z) => rt.castSeq(rt.child(c, N26), "decimal", true))), v48_0);
  const v50_0 = rt.arith("+", rt.sum(rt.pathMap((t187 ??= rt.keyFilter(S.D, rt.childrenKept(S.D, v47_0, N48), 5, (c) => rt.stringKeys(rt.pathMap(rt.childOfNodes(rt.child(c, N60), N64), (c, p, z) => [rt.normalizeSpace(rt.childStr(c, N1, "normalize-space"))])), "G", (c, p, z) => rt.generalCompare1("eq", rt.pathMap(rt.childOfNodes(rt.child(c, N60), N64), (c, p, z) => [rt.normalizeSpace(rt.childStr(c, N1, "normalize-space"))]), "G"))), (c, p, z) => rt.castSeq(rt.child(c, N26), "decimal", true))), v48_0);
  S.cur = 159;
  if (!(((S.D.memo[39] !== undefined ? S.D.memo[39] : (S.D.memo[39] = ((S.D.memo[38] !== undefined ? S.D.memo[38] : (S.D.memo[38] = rt.descendantsByName(S.D, c, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "InvoiceLine"))).length > 0))) && rt.generalCompare("eq", rt.castSeq((t188 ??= rt.childOfNodes((t181 ??= rt.stepOne(c, "parent", N27, null)), N83)), "decimal", true), v49_0)) || ((S.D.memo[41] !== undefined ? S.D.memo[41] : (S.D.memo[41] = ((S.D.memo[40] !== undefined ? S.D.memo[40] : (S.D.memo[40] = rt.descendantsByName(S.D, c, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "CreditNoteLine"))).length > 0))) && rt.generalCompare("eq", rt.castSeq((t188 ??= rt.childOfNodes((t181 ??= rt.stepOne(c, "parent", N27, null)), N83)), "decimal", true), v50_0)))) out.push(rt.finding(ROWS[159], c, "The VAT category taxable amount (BT-116) of category 'G' (free export item, VAT not charged) is " + rt.valueOf(fn0(S, (t188 ??= rt.childOfNodes((t181 ??= rt.stepOne(c, "parent", N27, null)), N83)))) + ", but the line net amounts (BT-131) plus charges (BT-99) minus allowances (BT-92) of that category come to " + rt.valueOf(((S.D.memo[39] !== undefined ? S.D.memo[39] : (S.D.memo[39] = ((S.D.memo[38] !== undefined ? S.D.memo[38] : (S.D.memo[38] = rt.descendantsByName(S.D, c, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "InvoiceLine"))).length > 0))) ? v49_0 : v50_0)) + "."));
  S.cur = 160;
  if (!rt.generalCompare1("eq", rt.castSeq((t189 ??= rt.childOfNodes((t181 ??= rt.stepOne(c, "parent", N27, null)), N49)), "decimal", true), rt.atomizeItem(0n))) out.push(rt.finding(ROWS[160], c, "The VAT category tax amount (BT-117) of category 'G' (free export item, VAT not charged) must be 0; found " + rt.valueOf(fn0(S, (t189 ??= rt.childOfNodes((t181 ??= rt.stepOne(c, "parent", N27, null)), N49)))) + "."));
  S.cur = 161;
  if (!(rt.union((t190 ??= rt.child(c, N84)), (t191 ??= rt.child(c, N85))).length > 0)) out.push(rt.finding(ROWS[161], c, "The VAT breakdown (BG-23) of category 'G' (free export item, VAT not charged) needs a VAT exemption reason code (BT-121) or a VAT exemption reason text (BT-120)."));
}

function step114(n, S) {
  if (n.kind !== "element" || n.local !== "AllowanceCharge" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  const c = n;
  if (!rt.generalCompare("eq", rt.child(c, N17), [false])) return false;
  return n.parent !== null;
}

function step115(n, S) {
  if (n.kind !== "element" || n.local !== "TaxCategory" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  const c = n;
  if (!(rt.normalizeSpace(rt.childStr(c, N1, "normalize-space")) === "G")) return false;
  if (!rt.generalCompare1("eq", rt.pathMap(rt.childOfNodes(rt.child(c, N23), N1), (c, p, z) => [rt.upperCase(rt.normalizeSpace(rt.strItem(c, "normalize-space")))]), "VAT")) return false;
  return n.parent !== null && step114(n.parent, S);
}

function match39(n, S) { return (n.parent?.local === "AllowanceCharge" && n.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" && step115(n, S)); }

function fire39(c, S, out) {
  let t192;
  S.cur = 162;
  if (!rt.generalCompare1("eq", rt.castSeq((t192 ??= rt.child(c, N82)), "decimal", true), rt.atomizeItem(0n))) out.push(rt.finding(ROWS[162], c, "With VAT category code 'G' (free export item, VAT not charged) the document level allowance VAT rate (BT-96) must be 0; found " + rt.valueOf(fn0(S, (t192 ??= rt.child(c, N82)))) + "."));
}

function step116(n, S) {
  if (n.kind !== "element" || n.local !== "AllowanceCharge" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  const c = n;
  if (!rt.generalCompare("eq", rt.child(c, N17), [true])) return false;
  return n.parent !== null;
}

function step117(n, S) {
  if (n.kind !== "element" || n.local !== "TaxCategory" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  const c = n;
  if (!(rt.normalizeSpace(rt.childStr(c, N1, "normalize-space")) === "G")) return false;
  if (!rt.generalCompare1("eq", rt.pathMap(rt.childOfNodes(rt.child(c, N23), N1), (c, p, z) => [rt.upperCase(rt.normalizeSpace(rt.strItem(c, "normalize-space")))]), "VAT")) return false;
  return n.parent !== null && step116(n.parent, S);
}

function match40(n, S) { return (n.parent?.local === "AllowanceCharge" && n.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" && step117(n, S)); }

function fire40(c, S, out) {
  let t193;
  S.cur = 163;
  if (!rt.generalCompare1("eq", rt.castSeq((t193 ??= rt.child(c, N82)), "decimal", true), rt.atomizeItem(0n))) out.push(rt.finding(ROWS[163], c, "With VAT category code 'G' (free export item, VAT not charged) the document level charge VAT rate (BT-103) must be 0; found " + rt.valueOf(fn0(S, (t193 ??= rt.child(c, N82)))) + "."));
}

function step118(n, S) {
  if (n.kind !== "element" || n.local !== "InvoiceLine" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null;
}

function step119(n, S) {
  if (n.kind !== "element" || n.local !== "Item" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null && step118(n.parent, S);
}

function step120(n, S) {
  if (n.kind !== "element" || n.local !== "ClassifiedTaxCategory" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  const c = n;
  if (!(rt.normalizeSpace(rt.childStr(c, N1, "normalize-space")) === "G")) return false;
  if (!rt.generalCompare1("eq", rt.pathMap(rt.childOfNodes(rt.child(c, N23), N1), (c, p, z) => [rt.upperCase(rt.normalizeSpace(rt.strItem(c, "normalize-space")))]), "VAT")) return false;
  return n.parent !== null && step119(n.parent, S);
}

function step121(n, S) {
  if (n.kind !== "element" || n.local !== "CreditNoteLine" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null;
}

function step122(n, S) {
  if (n.kind !== "element" || n.local !== "Item" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null && step121(n.parent, S);
}

function step123(n, S) {
  if (n.kind !== "element" || n.local !== "ClassifiedTaxCategory" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  const c = n;
  if (!(rt.normalizeSpace(rt.childStr(c, N1, "normalize-space")) === "G")) return false;
  if (!rt.generalCompare1("eq", rt.pathMap(rt.childOfNodes(rt.child(c, N23), N1), (c, p, z) => [rt.upperCase(rt.normalizeSpace(rt.strItem(c, "normalize-space")))]), "VAT")) return false;
  return n.parent !== null && step122(n.parent, S);
}

function match41(n, S) { return (n.parent?.local === "Item" && n.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" && n.parent.parent?.local === "InvoiceLine" && n.parent.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" && step120(n, S)) || (n.parent?.local === "Item" && n.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" && n.parent.parent?.local === "CreditNoteLine" && n.parent.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" && step123(n, S)); }

function fire41(c, S, out) {
  let t194;
  S.cur = 164;
  if (!rt.generalCompare1("eq", rt.castSeq((t194 ??= rt.child(c, N82)), "decimal", true), rt.atomizeItem(0n))) out.push(rt.finding(ROWS[164], c, "With VAT category code 'G' (free export item, VAT not charged) the invoiced item VAT rate (BT-152) must be 0; found " + rt.valueOf(fn0(S, (t194 ??= rt.child(c, N82)))) + "."));
}

function step124(n, S) {
  if (!rt.testNode(N56, n)) return false;
  if (n.kind === "attribute" || n.kind === "document") return false;
  return n.parent !== null && n.parent.kind === "document";
}

function step125(n, S) {
  if (n.kind !== "element" || n.local !== "TaxTotal" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null && step124(n.parent, S);
}

function step126(n, S) {
  if (n.kind !== "element" || n.local !== "TaxSubtotal" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null && step125(n.parent, S);
}

function step127(n, S) {
  if (n.kind !== "element" || n.local !== "TaxCategory" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  const c = n;
  if (!(rt.normalizeSpace(rt.childStr(c, N1, "normalize-space")) === "K")) return false;
  if (!rt.generalCompare1("eq", rt.pathMap(rt.childOfNodes(rt.child(c, N23), N1), (c, p, z) => [rt.upperCase(rt.normalizeSpace(rt.strItem(c, "normalize-space")))]), "VAT")) return false;
  return n.parent !== null && step126(n.parent, S);
}

function match42(n, S) { return (n.parent?.local === "TaxSubtotal" && n.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" && n.parent.parent?.local === "TaxTotal" && n.parent.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" && step127(n, S)); }

function fire42(c, S, out) {
  let t195, t196, t197, t198, t199, t200, t201, t202, t203, t204, t205;
  const v51_0 = (t197 ??= rt.stepNodes((t196 ??= rt.stepNodes((t195 ??= rt.stepOne(c, "parent", N27, null)), "parent", N27, null)), "parent", N27, null));
  const v52_0 = rt.arith("-", rt.sum(rt.pathMap((t198 ??= rt.keyFilter(S.D, rt.keyFilter(S.D, rt.childrenKept(S.D, v51_0, N16), 0, (c) => rt.booleanKeys(rt.child(c, N17)), "true", (c, p, z) => rt.generalCompare("eq", rt.child(c, N17), [true])), 4, (c) => rt.stringKeys(rt.pathMap(rt.child(c, N22), (c, p, z) => [rt.normalizeSpace(rt.childStr(c, N1, "normalize-space"))])), "K", (c, p, z) => rt.generalCompare1("eq", rt.pathMap(rt.child(c, N22), (c, p, z) => [rt.normalizeSpace(rt.childStr(c, N1, "normalize-space"))]), "K"))), (c, p, z) => rt.castSeq(rt.child(c, N21), "decimal", true))), rt.sum(rt.pathMap((t199 ??= rt.keyFilter(S.D, rt.keyFilter(S.D, rt.childrenKept(S.D, v51_0, N16), 0, (c) => rt.booleanKeys(rt.child(c, N17)), "false", (c, p, z) => rt.generalCompare("eq", rt.child(c, N17), [false])), 4, (c) => rt.stringKeys(rt.pathMap(rt.child(c, N22), (c, p, z) => [rt.normalizeSpace(rt.childStr(c, N1, "normalize-space"))])), "K", (c, p, z) => rt.generalCompare1("eq", rt.pathMap(rt.child(c, N22), (c, p, z) => [rt.normalizeSpace(rt.childStr(c, N1, "normalize-space"))]), "K"))), (c, p, z) => rt.castSeq(rt.child(c, N21), "decimal", true))));
  const v53_0 = rt.arith("+", rt.sum(rt.pathMap((t200 ??= rt.keyFilter(S.D, rt.childrenKept(S.D, v51_0, N47), 5, (c) => rt.stringKeys(rt.pathMap(rt.childOfNodes(rt.child(c, N60), N64), (c, p, z) => [rt.normalizeSpace(rt.childStr(c, N1, "normalize-space"))])), "K", (c, p, z) => rt.generalCompare1("eq", rt.pathMap(rt.childOfNodes(rt.child(c, N60), N64), (c, p, z) => [rt.normalizeSpace(rt.childStr(c, N1, "normalize-space"))]), "K"))), (c, p, z) => rt.castSeq(rt.child(c, N26), "decimal", true))), v52_0);
  const v54_0 = rt.arith("+", rt.sum(rt.pathMap((t201 ??= rt.keyFilter(S.D, rt.childrenKept(S.D, v51_0, N48), 5, (c) => rt.stringKeys(rt.pathMap(rt.childOfNodes(rt.child(c, N60), N64), (c, p, z) => [rt.normalizeSpace(rt.childStr(c, N1, "normalize-space"))])), "K", (c, p, z) => rt.generalCompare1("eq", rt.pathMap(rt.childOfNodes(rt.child(c, N60), N64), (c, p, z) => [rt.normalizeSpace(rt.childStr(c, N1, "normalize-space"))]), "K"))), (c, p, z) => rt.castSeq(rt.child(c, N26), "decimal", true))), v52_0);
  S.cur = 165;
  if (!(((S.D.memo[39] !== undefined ? S.D.memo[39] : (S.D.memo[39] = ((S.D.memo[38] !== undefined ? S.D.memo[38] : (S.D.memo[38] = rt.descendantsByName(S.D, c, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "InvoiceLine"))).length > 0))) && rt.generalCompare("eq", rt.castSeq((t202 ??= rt.childOfNodes((t195 ??= rt.stepOne(c, "parent", N27, null)), N83)), "decimal", true), v53_0)) || ((S.D.memo[41] !== undefined ? S.D.memo[41] : (S.D.memo[41] = ((S.D.memo[40] !== undefined ? S.D.memo[40] : (S.D.memo[40] = rt.descendantsByName(S.D, c, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "CreditNoteLine"))).length > 0))) && rt.generalCompare("eq", rt.castSeq((t202 ??= rt.childOfNodes((t195 ??= rt.stepOne(c, "parent", N27, null)), N83)), "decimal", true), v54_0)))) out.push(rt.finding(ROWS[165], c, "The VAT category taxable amount (BT-116) of category 'K' (intra-community supply) is " + rt.valueOf(fn0(S, (t202 ??= rt.childOfNodes((t195 ??= rt.stepOne(c, "parent", N27, null)), N83)))) + ", but the line net amounts (BT-131) plus charges (BT-99) minus allowances (BT-92) of that category come to " + rt.valueOf(((S.D.memo[39] !== undefined ? S.D.memo[39] : (S.D.memo[39] = ((S.D.memo[38] !== undefined ? S.D.memo[38] : (S.D.memo[38] = rt.descendantsByName(S.D, c, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "InvoiceLine"))).length > 0))) ? v53_0 : v54_0)) + "."));
  S.cur = 166;
  if (!rt.generalCompare1("eq", rt.castSeq((t203 ??= rt.childOfNodes((t195 ??= rt.stepOne(c, "parent", N27, null)), N49)), "decimal", true), rt.atomizeItem(0n))) out.push(rt.finding(ROWS[166], c, "The VAT category tax amount (BT-117) of category 'K' (intra-community supply) must be 0; found " + rt.valueOf(fn0(S, (t203 ??= rt.childOfNodes((t195 ??= rt.stepOne(c, "parent", N27, null)), N49)))) + "."));
  S.cur = 167;
  if (!(rt.union((t204 ??= rt.child(c, N84)), (t205 ??= rt.child(c, N85))).length > 0)) out.push(rt.finding(ROWS[167], c, "The VAT breakdown (BG-23) of category 'K' (intra-community supply) needs a VAT exemption reason code (BT-121) or a VAT exemption reason text (BT-120)."));
}

function step128(n, S) {
  if (n.kind !== "element" || n.local !== "AllowanceCharge" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  const c = n;
  if (!rt.generalCompare("eq", rt.child(c, N17), [false])) return false;
  return n.parent !== null;
}

function step129(n, S) {
  if (n.kind !== "element" || n.local !== "TaxCategory" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  const c = n;
  if (!(rt.normalizeSpace(rt.childStr(c, N1, "normalize-space")) === "K")) return false;
  if (!rt.generalCompare1("eq", rt.pathMap(rt.childOfNodes(rt.child(c, N23), N1), (c, p, z) => [rt.upperCase(rt.normalizeSpace(rt.strItem(c, "normalize-space")))]), "VAT")) return false;
  return n.parent !== null && step128(n.parent, S);
}

function match43(n, S) { return (n.parent?.local === "AllowanceCharge" && n.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" && step129(n, S)); }

function fire43(c, S, out) {
  let t206;
  S.cur = 168;
  if (!rt.generalCompare1("eq", rt.castSeq((t206 ??= rt.child(c, N82)), "decimal", true), rt.atomizeItem(0n))) out.push(rt.finding(ROWS[168], c, "With VAT category code 'K' (intra-community supply) the document level allowance VAT rate (BT-96) must be 0; found " + rt.valueOf(fn0(S, (t206 ??= rt.child(c, N82)))) + "."));
}

function step130(n, S) {
  if (n.kind !== "element" || n.local !== "AllowanceCharge" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  const c = n;
  if (!rt.generalCompare("eq", rt.child(c, N17), [true])) return false;
  return n.parent !== null;
}

function step131(n, S) {
  if (n.kind !== "element" || n.local !== "TaxCategory" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  const c = n;
  if (!(rt.normalizeSpace(rt.childStr(c, N1, "normalize-space")) === "K")) return false;
  if (!rt.generalCompare1("eq", rt.pathMap(rt.childOfNodes(rt.child(c, N23), N1), (c, p, z) => [rt.upperCase(rt.normalizeSpace(rt.strItem(c, "normalize-space")))]), "VAT")) return false;
  return n.parent !== null && step130(n.parent, S);
}

function match44(n, S) { return (n.parent?.local === "AllowanceCharge" && n.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" && step131(n, S)); }

function fire44(c, S, out) {
  let t207;
  S.cur = 169;
  if (!rt.generalCompare1("eq", rt.castSeq((t207 ??= rt.child(c, N82)), "decimal", true), rt.atomizeItem(0n))) out.push(rt.finding(ROWS[169], c, "With VAT category code 'K' (intra-community supply) the document level charge VAT rate (BT-103) must be 0; found " + rt.valueOf(fn0(S, (t207 ??= rt.child(c, N82)))) + "."));
}

function step132(n, S) {
  if (n.kind !== "element" || n.local !== "InvoiceLine" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null;
}

function step133(n, S) {
  if (n.kind !== "element" || n.local !== "Item" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null && step132(n.parent, S);
}

function step134(n, S) {
  if (n.kind !== "element" || n.local !== "ClassifiedTaxCategory" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  const c = n;
  if (!(rt.normalizeSpace(rt.childStr(c, N1, "normalize-space")) === "K")) return false;
  if (!rt.generalCompare1("eq", rt.pathMap(rt.childOfNodes(rt.child(c, N23), N1), (c, p, z) => [rt.upperCase(rt.normalizeSpace(rt.strItem(c, "normalize-space")))]), "VAT")) return false;
  return n.parent !== null && step133(n.parent, S);
}

function step135(n, S) {
  if (n.kind !== "element" || n.local !== "CreditNoteLine" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null;
}

function step136(n, S) {
  if (n.kind !== "element" || n.local !== "Item" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null && step135(n.parent, S);
}

function step137(n, S) {
  if (n.kind !== "element" || n.local !== "ClassifiedTaxCategory" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  const c = n;
  if (!(rt.normalizeSpace(rt.childStr(c, N1, "normalize-space")) === "K")) return false;
  if (!rt.generalCompare1("eq", rt.pathMap(rt.childOfNodes(rt.child(c, N23), N1), (c, p, z) => [rt.upperCase(rt.normalizeSpace(rt.strItem(c, "normalize-space")))]), "VAT")) return false;
  return n.parent !== null && step136(n.parent, S);
}

function match45(n, S) { return (n.parent?.local === "Item" && n.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" && n.parent.parent?.local === "InvoiceLine" && n.parent.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" && step134(n, S)) || (n.parent?.local === "Item" && n.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" && n.parent.parent?.local === "CreditNoteLine" && n.parent.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" && step137(n, S)); }

function fire45(c, S, out) {
  let t208;
  S.cur = 170;
  if (!rt.generalCompare1("eq", rt.castSeq((t208 ??= rt.child(c, N82)), "decimal", true), rt.atomizeItem(0n))) out.push(rt.finding(ROWS[170], c, "With VAT category code 'K' (intra-community supply) the invoiced item VAT rate (BT-152) must be 0; found " + rt.valueOf(fn0(S, (t208 ??= rt.child(c, N82)))) + "."));
}

function step138(n, S) {
  if (!rt.testNode(N56, n)) return false;
  if (n.kind === "attribute" || n.kind === "document") return false;
  return n.parent !== null && n.parent.kind === "document";
}

function step139(n, S) {
  if (n.kind !== "element" || n.local !== "TaxTotal" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null && step138(n.parent, S);
}

function step140(n, S) {
  if (n.kind !== "element" || n.local !== "TaxSubtotal" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null && step139(n.parent, S);
}

function step141(n, S) {
  if (n.kind !== "element" || n.local !== "TaxCategory" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  const c = n;
  if (!(rt.normalizeSpace(rt.childStr(c, N1, "normalize-space")) === "L")) return false;
  if (!rt.generalCompare1("eq", rt.pathMap(rt.childOfNodes(rt.child(c, N23), N1), (c, p, z) => [rt.upperCase(rt.normalizeSpace(rt.strItem(c, "normalize-space")))]), "VAT")) return false;
  return n.parent !== null && step140(n.parent, S);
}

function match46(n, S) { return (n.parent?.local === "TaxSubtotal" && n.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" && n.parent.parent?.local === "TaxTotal" && n.parent.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" && step141(n, S)); }

function fire46(c, S, out) {
  let t209, t210, t211, t212, t213, t214, t215, t216, t217, t218, t219, t220;
  const v55_0 = rt.castSeq((t209 ??= rt.child(c, N82)), "decimal", true);
  const v56_0 = (t212 ??= rt.stepNodes((t211 ??= rt.stepNodes((t210 ??= rt.stepOne(c, "parent", N27, null)), "parent", N27, null)), "parent", N27, null));
  const v57_0 = rt.arith("-", rt.sum(rt.pathMap((t213 ??= rt.keyFilterDecimal(S.D, rt.keyFilter(S.D, rt.keyFilter(S.D, rt.childrenKept(S.D, v56_0, N16), 0, (c) => rt.booleanKeys(rt.child(c, N17)), "true", (c, p, z) => rt.generalCompare("eq", rt.child(c, N17), [true])), 4, (c) => rt.stringKeys(rt.pathMap(rt.child(c, N22), (c, p, z) => [rt.normalizeSpace(rt.childStr(c, N1, "normalize-space"))])), "L", (c, p, z) => rt.generalCompare1("eq", rt.pathMap(rt.child(c, N22), (c, p, z) => [rt.normalizeSpace(rt.childStr(c, N1, "normalize-space"))]), "L")), 6, (c) => rt.pathMap(rt.child(c, N22), (c, p, z) => rt.castSeq(rt.child(c, N82), "decimal", true)), v55_0, (c, p, z) => rt.generalCompare("eq", rt.pathMap(rt.child(c, N22), (c, p, z) => rt.castSeq(rt.child(c, N82), "decimal", true)), v55_0))), (c, p, z) => rt.castSeq(rt.child(c, N21), "decimal", true))), rt.sum(rt.pathMap((t214 ??= rt.keyFilterDecimal(S.D, rt.keyFilter(S.D, rt.keyFilter(S.D, rt.childrenKept(S.D, v56_0, N16), 0, (c) => rt.booleanKeys(rt.child(c, N17)), "false", (c, p, z) => rt.generalCompare("eq", rt.child(c, N17), [false])), 4, (c) => rt.stringKeys(rt.pathMap(rt.child(c, N22), (c, p, z) => [rt.normalizeSpace(rt.childStr(c, N1, "normalize-space"))])), "L", (c, p, z) => rt.generalCompare1("eq", rt.pathMap(rt.child(c, N22), (c, p, z) => [rt.normalizeSpace(rt.childStr(c, N1, "normalize-space"))]), "L")), 6, (c) => rt.pathMap(rt.child(c, N22), (c, p, z) => rt.castSeq(rt.child(c, N82), "decimal", true)), v55_0, (c, p, z) => rt.generalCompare("eq", rt.pathMap(rt.child(c, N22), (c, p, z) => rt.castSeq(rt.child(c, N82), "decimal", true)), v55_0))), (c, p, z) => rt.castSeq(rt.child(c, N21), "decimal", true))));
  const v58_0 = rt.arith("+", rt.sum(rt.pathMap((t215 ??= rt.keyFilterDecimal(S.D, rt.keyFilter(S.D, rt.childrenKept(S.D, v56_0, N47), 5, (c) => rt.stringKeys(rt.pathMap(rt.childOfNodes(rt.child(c, N60), N64), (c, p, z) => [rt.normalizeSpace(rt.childStr(c, N1, "normalize-space"))])), "L", (c, p, z) => rt.generalCompare1("eq", rt.pathMap(rt.childOfNodes(rt.child(c, N60), N64), (c, p, z) => [rt.normalizeSpace(rt.childStr(c, N1, "normalize-space"))]), "L")), 7, (c) => rt.pathMap(rt.childOfNodes(rt.child(c, N60), N64), (c, p, z) => rt.castSeq(rt.child(c, N82), "decimal", true)), v55_0, (c, p, z) => rt.generalCompare("eq", rt.pathMap(rt.childOfNodes(rt.child(c, N60), N64), (c, p, z) => rt.castSeq(rt.child(c, N82), "decimal", true)), v55_0))), (c, p, z) => rt.castSeq(rt.child(c, N26), "decimal", true))), v57_0);
  const v59_0 = rt.arith("+", rt.sum(rt.pathMap((t216 ??= rt.keyFilterDecimal(S.D, rt.keyFilter(S.D, rt.childrenKept(S.D, v56_0, N48), 5, (c) => rt.stringKeys(rt.pathMap(rt.childOfNodes(rt.child(c, N60), N64), (c, p, z) => [rt.normalizeSpace(rt.childStr(c, N1, "normalize-space"))])), "L", (c, p, z) => rt.generalCompare1("eq", rt.pathMap(rt.childOfNodes(rt.child(c, N60), N64), (c, p, z) => [rt.normalizeSpace(rt.childStr(c, N1, "normalize-space"))]), "L")), 7, (c) => rt.pathMap(rt.childOfNodes(rt.child(c, N60), N64), (c, p, z) => rt.castSeq(rt.child(c, N82), "decimal", true)), v55_0, (c, p, z) => rt.generalCompare("eq", rt.pathMap(rt.childOfNodes(rt.child(c, N60), N64), (c, p, z) => rt.castSeq(rt.child(c, N82), "decimal", true)), v55_0))), (c, p, z) => rt.castSeq(rt.child(c, N26), "decimal", true))), v57_0);
  const v60_0 = rt.castSeq(rt.arith("-", (t217 ??= rt.childOfNodes((t210 ??= rt.stepOne(c, "parent", N27, null)), N83)), [1n]), "decimal", true);
  const v61_0 = rt.castSeq(rt.arith("+", (t217 ??= rt.childOfNodes((t210 ??= rt.stepOne(c, "parent", N27, null)), N83)), [1n]), "decimal", true);
  const v62_0 = rt.arith("div", rt.fnRound(rt.arith("*", rt.arith("*", rt.fnAbs(rt.castSeq((t217 ??= rt.childOfNodes((t210 ??= rt.stepOne(c, "parent", N27, null)), N83)), "decimal", true)), rt.arith("div", rt.castSeq((t209 ??= rt.child(c, N82)), "decimal", true), [100n])), [100n])), [100n]);
  S.cur = 171;
  if (!(((v55_0.length === 0) || ((S.D.memo[39] !== undefined ? S.D.memo[39] : (S.D.memo[39] = ((S.D.memo[38] !== undefined ? S.D.memo[38] : (S.D.memo[38] = rt.descendantsByName(S.D, c, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "InvoiceLine"))).length > 0))) && (rt.ebv(rt.optBool(rt.valueCompare("lt", v60_0, v58_0))) && rt.ebv(rt.optBool(rt.valueCompare("lt", v58_0, v61_0)))))) || ((S.D.memo[41] !== undefined ? S.D.memo[41] : (S.D.memo[41] = ((S.D.memo[40] !== undefined ? S.D.memo[40] : (S.D.memo[40] = rt.descendantsByName(S.D, c, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "CreditNoteLine"))).length > 0))) && (rt.ebv(rt.optBool(rt.valueCompare("lt", v60_0, v59_0))) && rt.ebv(rt.optBool(rt.valueCompare("lt", v59_0, v61_0))))))) out.push(rt.finding(ROWS[171], c, "The VAT category taxable amount (BT-116) of category 'L' (IGIC, Canary Islands general indirect tax) at rate (BT-119) " + rt.valueOf(fn0(S, (t209 ??= rt.child(c, N82)))) + " is " + rt.valueOf(fn0(S, (t217 ??= rt.childOfNodes((t210 ??= rt.stepOne(c, "parent", N27, null)), N83)))) + ", but the line net amounts (BT-131) plus charges (BT-99) minus allowances (BT-92) at that category and rate come to " + rt.valueOf(((S.D.memo[39] !== undefined ? S.D.memo[39] : (S.D.memo[39] = ((S.D.memo[38] !== undefined ? S.D.memo[38] : (S.D.memo[38] = rt.descendantsByName(S.D, c, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "InvoiceLine"))).length > 0))) ? v58_0 : v59_0)) + " (a difference of 1 or more)."));
  S.cur = 172;
  if (!rt.ebv(rt.optBool(rt.valueCompare("lt", rt.fnAbs(rt.arith("-", rt.fnAbs(rt.castSeq((t218 ??= rt.childOfNodes((t210 ??= rt.stepOne(c, "parent", N27, null)), N49)), "decimal", true)), v62_0)), [1n])))) out.push(rt.finding(ROWS[172], c, "The VAT category tax amount (BT-117) of category 'L' (IGIC, Canary Islands general indirect tax) is " + rt.valueOf(fn0(S, (t218 ??= rt.childOfNodes((t210 ??= rt.stepOne(c, "parent", N27, null)), N49)))) + ", but the taxable amount (BT-116) " + rt.valueOf(fn0(S, (t217 ??= rt.childOfNodes((t210 ??= rt.stepOne(c, "parent", N27, null)), N83)))) + " times the rate (BT-119) " + rt.valueOf(fn0(S, (t209 ??= rt.child(c, N82)))) + " gives " + rt.valueOf(fn0(S, v62_0)) + " (a difference of 1 or more)."));
  S.cur = 173;
  if (!(rt.union((t219 ??= rt.child(c, N84)), (t220 ??= rt.child(c, N85))).length === 0)) out.push(rt.finding(ROWS[173], c, "The VAT breakdown (BG-23) of category 'L' (IGIC, Canary Islands general indirect tax) must not have a VAT exemption reason code (BT-121) or text (BT-120)."));
}

function step142(n, S) {
  if (n.kind !== "element" || n.local !== "AllowanceCharge" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  const c = n;
  if (!rt.generalCompare("eq", rt.child(c, N17), [false])) return false;
  return n.parent !== null;
}

function step143(n, S) {
  if (n.kind !== "element" || n.local !== "TaxCategory" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  const c = n;
  if (!(rt.normalizeSpace(rt.childStr(c, N1, "normalize-space")) === "L")) return false;
  if (!rt.generalCompare1("eq", rt.pathMap(rt.childOfNodes(rt.child(c, N23), N1), (c, p, z) => [rt.upperCase(rt.normalizeSpace(rt.strItem(c, "normalize-space")))]), "VAT")) return false;
  return n.parent !== null && step142(n.parent, S);
}

function match47(n, S) { return (n.parent?.local === "AllowanceCharge" && n.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" && step143(n, S)); }

function fire47(c, S, out) {
  let t221;
  S.cur = 174;
  if (!rt.generalCompare1("ge", (t221 ??= rt.child(c, N82)), rt.atomizeItem(0n))) out.push(rt.finding(ROWS[174], c, "With VAT category code 'L' (IGIC, Canary Islands general indirect tax) the document level allowance VAT rate (BT-96) must be 0 or more; found " + rt.valueOf(fn0(S, (t221 ??= rt.child(c, N82)))) + "."));
}

function step144(n, S) {
  if (n.kind !== "element" || n.local !== "AllowanceCharge" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  const c = n;
  if (!rt.generalCompare("eq", rt.child(c, N17), [true])) return false;
  return n.parent !== null;
}

function step145(n, S) {
  if (n.kind !== "element" || n.local !== "TaxCategory" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  const c = n;
  if (!(rt.normalizeSpace(rt.childStr(c, N1, "normalize-space")) === "L")) return false;
  if (!rt.generalCompare1("eq", rt.pathMap(rt.childOfNodes(rt.child(c, N23), N1), (c, p, z) => [rt.upperCase(rt.normalizeSpace(rt.strItem(c, "normalize-space")))]), "VAT")) return false;
  return n.parent !== null && step144(n.parent, S);
}

function match48(n, S) { return (n.parent?.local === "AllowanceCharge" && n.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" && step145(n, S)); }

function fire48(c, S, out) {
  let t222;
  S.cur = 175;
  if (!rt.generalCompare1("ge", (t222 ??= rt.child(c, N82)), rt.atomizeItem(0n))) out.push(rt.finding(ROWS[175], c, "With VAT category code 'L' (IGIC, Canary Islands general indirect tax) the document level charge VAT rate (BT-103) must be 0 or more; found " + rt.valueOf(fn0(S, (t222 ??= rt.child(c, N82)))) + "."));
}

function step146(n, S) {
  if (n.kind !== "element" || n.local !== "InvoiceLine" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null;
}

function step147(n, S) {
  if (n.kind !== "element" || n.local !== "Item" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null && step146(n.parent, S);
}

function step148(n, S) {
  if (n.kind !== "element" || n.local !== "ClassifiedTaxCategory" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  const c = n;
  if (!(rt.normalizeSpace(rt.childStr(c, N1, "normalize-space")) === "L")) return false;
  if (!rt.generalCompare1("eq", rt.pathMap(rt.childOfNodes(rt.child(c, N23), N1), (c, p, z) => [rt.upperCase(rt.normalizeSpace(rt.strItem(c, "normalize-space")))]), "VAT")) return false;
  return n.parent !== null && step147(n.parent, S);
}

function step149(n, S) {
  if (n.kind !== "element" || n.local !== "CreditNoteLine" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null;
}

function step150(n, S) {
  if (n.kind !== "element" || n.local !== "Item" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null && step149(n.parent, S);
}

function step151(n, S) {
  if (n.kind !== "element" || n.local !== "ClassifiedTaxCategory" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  const c = n;
  if (!(rt.normalizeSpace(rt.childStr(c, N1, "normalize-space")) === "L")) return false;
  if (!rt.generalCompare1("eq", rt.pathMap(rt.childOfNodes(rt.child(c, N23), N1), (c, p, z) => [rt.upperCase(rt.normalizeSpace(rt.strItem(c, "normalize-space")))]), "VAT")) return false;
  return n.parent !== null && step150(n.parent, S);
}

function match49(n, S) { return (n.parent?.local === "Item" && n.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" && n.parent.parent?.local === "InvoiceLine" && n.parent.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" && step148(n, S)) || (n.parent?.local === "Item" && n.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" && n.parent.parent?.local === "CreditNoteLine" && n.parent.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" && step151(n, S)); }

function fire49(c, S, out) {
  let t223;
  S.cur = 176;
  if (!rt.generalCompare1("ge", (t223 ??= rt.child(c, N82)), rt.atomizeItem(0n))) out.push(rt.finding(ROWS[176], c, "With VAT category code 'L' (IGIC, Canary Islands general indirect tax) the invoiced item VAT rate (BT-152) must be 0 or more; found " + rt.valueOf(fn0(S, (t223 ??= rt.child(c, N82)))) + "."));
}

function step152(n, S) {
  if (!rt.testNode(N56, n)) return false;
  if (n.kind === "attribute" || n.kind === "document") return false;
  return n.parent !== null && n.parent.kind === "document";
}

function step153(n, S) {
  if (n.kind !== "element" || n.local !== "TaxTotal" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null && step152(n.parent, S);
}

function step154(n, S) {
  if (n.kind !== "element" || n.local !== "TaxSubtotal" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null && step153(n.parent, S);
}

function step155(n, S) {
  if (n.kind !== "element" || n.local !== "TaxCategory" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  const c = n;
  if (!(rt.normalizeSpace(rt.childStr(c, N1, "normalize-space")) === "M")) return false;
  if (!rt.generalCompare1("eq", rt.pathMap(rt.childOfNodes(rt.child(c, N23), N1), (c, p, z) => [rt.upperCase(rt.normalizeSpace(rt.strItem(c, "normalize-space")))]), "VAT")) return false;
  return n.parent !== null && step154(n.parent, S);
}

function match50(n, S) { return (n.parent?.local === "TaxSubtotal" && n.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" && n.parent.parent?.local === "TaxTotal" && n.parent.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" && step155(n, S)); }

function fire50(c, S, out) {
  let t224, t225, t226, t227, t228, t229, t230, t231, t232, t233, t234, t235;
  const v63_0 = rt.castSeq((t224 ??= rt.child(c, N82)), "decimal", true);
  const v64_0 = (t227 ??= rt.stepNodes((t226 ??= rt.stepNodes((t225 ??= rt.stepOne(c, "parent", N27, null)), "parent", N27, null)), "parent", N27, null));
  const v65_0 = rt.arith("-", rt.sum(rt.pathMap((t228 ??= rt.keyFilterDecimal(S.D, rt.keyFilter(S.D, rt.keyFilter(S.D, rt.childrenKept(S.D, v64_0, N16), 0, (c) => rt.booleanKeys(rt.child(c, N17)), "true", (c, p, z) => rt.generalCompare("eq", rt.child(c, N17), [true])), 4, (c) => rt.stringKeys(rt.pathMap(rt.child(c, N22), (c, p, z) => [rt.normalizeSpace(rt.childStr(c, N1, "normalize-space"))])), "M", (c, p, z) => rt.generalCompare1("eq", rt.pathMap(rt.child(c, N22), (c, p, z) => [rt.normalizeSpace(rt.childStr(c, N1, "normalize-space"))]), "M")), 6, (c) => rt.pathMap(rt.child(c, N22), (c, p, z) => rt.castSeq(rt.child(c, N82), "decimal", true)), v63_0, (c, p, z) => rt.generalCompare("eq", rt.pathMap(rt.child(c, N22), (c, p, z) => rt.castSeq(rt.child(c, N82), "decimal", true)), v63_0))), (c, p, z) => rt.castSeq(rt.child(c, N21), "decimal", true))), rt.sum(rt.pathMap((t229 ??= rt.keyFilterDecimal(S.D, rt.keyFilter(S.D, rt.keyFilter(S.D, rt.childrenKept(S.D, v64_0, N16), 0, (c) => rt.booleanKeys(rt.child(c, N17)), "false", (c, p, z) => rt.generalCompare("eq", rt.child(c, N17), [false])), 4, (c) => rt.stringKeys(rt.pathMap(rt.child(c, N22), (c, p, z) => [rt.normalizeSpace(rt.childStr(c, N1, "normalize-space"))])), "M", (c, p, z) => rt.generalCompare1("eq", rt.pathMap(rt.child(c, N22), (c, p, z) => [rt.normalizeSpace(rt.childStr(c, N1, "normalize-space"))]), "M")), 6, (c) => rt.pathMap(rt.child(c, N22), (c, p, z) => rt.castSeq(rt.child(c, N82), "decimal", true)), v63_0, (c, p, z) => rt.generalCompare("eq", rt.pathMap(rt.child(c, N22), (c, p, z) => rt.castSeq(rt.child(c, N82), "decimal", true)), v63_0))), (c, p, z) => rt.castSeq(rt.child(c, N21), "decimal", true))));
  const v66_0 = rt.arith("+", rt.sum(rt.pathMap((t230 ??= rt.keyFilterDecimal(S.D, rt.keyFilter(S.D, rt.childrenKept(S.D, v64_0, N47), 5, (c) => rt.stringKeys(rt.pathMap(rt.childOfNodes(rt.child(c, N60), N64), (c, p, z) => [rt.normalizeSpace(rt.childStr(c, N1, "normalize-space"))])), "M", (c, p, z) => rt.generalCompare1("eq", rt.pathMap(rt.childOfNodes(rt.child(c, N60), N64), (c, p, z) => [rt.normalizeSpace(rt.childStr(c, N1, "normalize-space"))]), "M")), 7, (c) => rt.pathMap(rt.childOfNodes(rt.child(c, N60), N64), (c, p, z) => rt.castSeq(rt.child(c, N82), "decimal", true)), v63_0, (c, p, z) => rt.generalCompare("eq", rt.pathMap(rt.childOfNodes(rt.child(c, N60), N64), (c, p, z) => rt.castSeq(rt.child(c, N82), "decimal", true)), v63_0))), (c, p, z) => rt.castSeq(rt.child(c, N26), "decimal", true))), v65_0);
  const v67_0 = rt.arith("+", rt.sum(rt.pathMap((t231 ??= rt.keyFilterDecimal(S.D, rt.keyFilter(S.D, rt.childrenKept(S.D, v64_0, N48), 5, (c) => rt.stringKeys(rt.pathMap(rt.childOfNodes(rt.child(c, N60), N64), (c, p, z) => [rt.normalizeSpace(rt.childStr(c, N1, "normalize-space"))])), "M", (c, p, z) => rt.generalCompare1("eq", rt.pathMap(rt.childOfNodes(rt.child(c, N60), N64), (c, p, z) => [rt.normalizeSpace(rt.childStr(c, N1, "normalize-space"))]), "M")), 7, (c) => rt.pathMap(rt.childOfNodes(rt.child(c, N60), N64), (c, p, z) => rt.castSeq(rt.child(c, N82), "decimal", true)), v63_0, (c, p, z) => rt.generalCompare("eq", rt.pathMap(rt.childOfNodes(rt.child(c, N60), N64), (c, p, z) => rt.castSeq(rt.child(c, N82), "decimal", true)), v63_0))), (c, p, z) => rt.castSeq(rt.child(c, N26), "decimal", true))), v65_0);
  const v68_0 = rt.castSeq(rt.arith("-", (t232 ??= rt.childOfNodes((t225 ??= rt.stepOne(c, "parent", N27, null)), N83)), [1n]), "decimal", true);
  const v69_0 = rt.castSeq(rt.arith("+", (t232 ??= rt.childOfNodes((t225 ??= rt.stepOne(c, "parent", N27, null)), N83)), [1n]), "decimal", true);
  const v70_0 = rt.arith("div", rt.fnRound(rt.arith("*", rt.arith("*", rt.fnAbs(rt.castSeq((t232 ??= rt.childOfNodes((t225 ??= rt.stepOne(c, "parent", N27, null)), N83)), "decimal", true)), rt.arith("div", rt.castSeq((t224 ??= rt.child(c, N82)), "decimal", true), [100n])), [100n])), [100n]);
  S.cur = 177;
  if (!(((v63_0.length === 0) || ((S.D.memo[39] !== undefined ? S.D.memo[39] : (S.D.memo[39] = ((S.D.memo[38] !== undefined ? S.D.memo[38] : (S.D.memo[38] = rt.descendantsByName(S.D, c, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "InvoiceLine"))).length > 0))) && (rt.ebv(rt.optBool(rt.valueCompare("lt", v68_0, v66_0))) && rt.ebv(rt.optBool(rt.valueCompare("lt", v66_0, v69_0)))))) || ((S.D.memo[41] !== undefined ? S.D.memo[41] : (S.D.memo[41] = ((S.D.memo[40] !== undefined ? S.D.memo[40] : (S.D.memo[40] = rt.descendantsByName(S.D, c, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "CreditNoteLine"))).length > 0))) && (rt.ebv(rt.optBool(rt.valueCompare("lt", v68_0, v67_0))) && rt.ebv(rt.optBool(rt.valueCompare("lt", v67_0, v69_0))))))) out.push(rt.finding(ROWS[177], c, "The VAT category taxable amount (BT-116) of category 'M' (IPSI, Ceuta and Melilla tax) at rate (BT-119) " + rt.valueOf(fn0(S, (t224 ??= rt.child(c, N82)))) + " is " + rt.valueOf(fn0(S, (t232 ??= rt.childOfNodes((t225 ??= rt.stepOne(c, "parent", N27, null)), N83)))) + ", but the line net amounts (BT-131) plus charges (BT-99) minus allowances (BT-92) at that category and rate come to " + rt.valueOf(((S.D.memo[39] !== undefined ? S.D.memo[39] : (S.D.memo[39] = ((S.D.memo[38] !== undefined ? S.D.memo[38] : (S.D.memo[38] = rt.descendantsByName(S.D, c, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "InvoiceLine"))).length > 0))) ? v66_0 : v67_0)) + " (a difference of 1 or more)."));
  S.cur = 178;
  if (!rt.ebv(rt.optBool(rt.valueCompare("lt", rt.fnAbs(rt.arith("-", rt.fnAbs(rt.castSeq((t233 ??= rt.childOfNodes((t225 ??= rt.stepOne(c, "parent", N27, null)), N49)), "decimal", true)), v70_0)), [1n])))) out.push(rt.finding(ROWS[178], c, "The VAT category tax amount (BT-117) of category 'M' (IPSI, Ceuta and Melilla tax) is " + rt.valueOf(fn0(S, (t233 ??= rt.childOfNodes((t225 ??= rt.stepOne(c, "parent", N27, null)), N49)))) + ", but the taxable amount (BT-116) " + rt.valueOf(fn0(S, (t232 ??= rt.childOfNodes((t225 ??= rt.stepOne(c, "parent", N27, null)), N83)))) + " times the rate (BT-119) " + rt.valueOf(fn0(S, (t224 ??= rt.child(c, N82)))) + " gives " + rt.valueOf(fn0(S, v70_0)) + " (a difference of 1 or more)."));
  S.cur = 179;
  if (!(rt.union((t234 ??= rt.child(c, N84)), (t235 ??= rt.child(c, N85))).length === 0)) out.push(rt.finding(ROWS[179], c, "The VAT breakdown (BG-23) of category 'M' (IPSI, Ceuta and Melilla tax) must not have a VAT exemption reason code (BT-121) or text (BT-120)."));
}

function step156(n, S) {
  if (n.kind !== "element" || n.local !== "AllowanceCharge" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  const c = n;
  if (!rt.generalCompare("eq", rt.child(c, N17), [false])) return false;
  return n.parent !== null;
}

function step157(n, S) {
  if (n.kind !== "element" || n.local !== "TaxCategory" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  const c = n;
  if (!(rt.normalizeSpace(rt.childStr(c, N1, "normalize-space")) === "M")) return false;
  if (!rt.generalCompare1("eq", rt.pathMap(rt.childOfNodes(rt.child(c, N23), N1), (c, p, z) => [rt.upperCase(rt.normalizeSpace(rt.strItem(c, "normalize-space")))]), "VAT")) return false;
  return n.parent !== null && step156(n.parent, S);
}

function match51(n, S) { return (n.parent?.local === "AllowanceCharge" && n.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" && step157(n, S)); }

function fire51(c, S, out) {
  let t236;
  S.cur = 180;
  if (!rt.generalCompare1("ge", (t236 ??= rt.child(c, N82)), rt.atomizeItem(0n))) out.push(rt.finding(ROWS[180], c, "With VAT category code 'M' (IPSI, Ceuta and Melilla tax) the document level allowance VAT rate (BT-96) must be 0 or more; found " + rt.valueOf(fn0(S, (t236 ??= rt.child(c, N82)))) + "."));
}

function step158(n, S) {
  if (n.kind !== "element" || n.local !== "AllowanceCharge" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  const c = n;
  if (!rt.generalCompare("eq", rt.child(c, N17), [true])) return false;
  return n.parent !== null;
}

function step159(n, S) {
  if (n.kind !== "element" || n.local !== "TaxCategory" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  const c = n;
  if (!(rt.normalizeSpace(rt.childStr(c, N1, "normalize-space")) === "M")) return false;
  if (!rt.generalCompare1("eq", rt.pathMap(rt.childOfNodes(rt.child(c, N23), N1), (c, p, z) => [rt.upperCase(rt.normalizeSpace(rt.strItem(c, "normalize-space")))]), "VAT")) return false;
  return n.parent !== null && step158(n.parent, S);
}

function match52(n, S) { return (n.parent?.local === "AllowanceCharge" && n.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" && step159(n, S)); }

function fire52(c, S, out) {
  let t237;
  S.cur = 181;
  if (!rt.generalCompare1("ge", (t237 ??= rt.child(c, N82)), rt.atomizeItem(0n))) out.push(rt.finding(ROWS[181], c, "With VAT category code 'M' (IPSI, Ceuta and Melilla tax) the document level charge VAT rate (BT-103) must be 0 or more; found " + rt.valueOf(fn0(S, (t237 ??= rt.child(c, N82)))) + "."));
}

function step160(n, S) {
  if (n.kind !== "element" || n.local !== "InvoiceLine" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null;
}

function step161(n, S) {
  if (n.kind !== "element" || n.local !== "Item" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null && step160(n.parent, S);
}

function step162(n, S) {
  if (n.kind !== "element" || n.local !== "ClassifiedTaxCategory" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  const c = n;
  if (!(rt.normalizeSpace(rt.childStr(c, N1, "normalize-space")) === "M")) return false;
  if (!rt.generalCompare1("eq", rt.pathMap(rt.childOfNodes(rt.child(c, N23), N1), (c, p, z) => [rt.upperCase(rt.normalizeSpace(rt.strItem(c, "normalize-space")))]), "VAT")) return false;
  return n.parent !== null && step161(n.parent, S);
}

function step163(n, S) {
  if (n.kind !== "element" || n.local !== "CreditNoteLine" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null;
}

function step164(n, S) {
  if (n.kind !== "element" || n.local !== "Item" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null && step163(n.parent, S);
}

function step165(n, S) {
  if (n.kind !== "element" || n.local !== "ClassifiedTaxCategory" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  const c = n;
  if (!(rt.normalizeSpace(rt.childStr(c, N1, "normalize-space")) === "M")) return false;
  if (!rt.generalCompare1("eq", rt.pathMap(rt.childOfNodes(rt.child(c, N23), N1), (c, p, z) => [rt.upperCase(rt.normalizeSpace(rt.strItem(c, "normalize-space")))]), "VAT")) return false;
  return n.parent !== null && step164(n.parent, S);
}

function match53(n, S) { return (n.parent?.local === "Item" && n.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" && n.parent.parent?.local === "InvoiceLine" && n.parent.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" && step162(n, S)) || (n.parent?.local === "Item" && n.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" && n.parent.parent?.local === "CreditNoteLine" && n.parent.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" && step165(n, S)); }

function fire53(c, S, out) {
  let t238;
  S.cur = 182;
  if (!rt.generalCompare1("ge", (t238 ??= rt.child(c, N82)), rt.atomizeItem(0n))) out.push(rt.finding(ROWS[182], c, "With VAT category code 'M' (IPSI, Ceuta and Melilla tax) the invoiced item VAT rate (BT-152) must be 0 or more; found " + rt.valueOf(fn0(S, (t238 ??= rt.child(c, N82)))) + "."));
}

function step166(n, S) {
  if (!rt.testNode(N56, n)) return false;
  if (n.kind === "attribute" || n.kind === "document") return false;
  return n.parent !== null && n.parent.kind === "document";
}

function step167(n, S) {
  if (n.kind !== "element" || n.local !== "TaxTotal" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null && step166(n.parent, S);
}

function step168(n, S) {
  if (n.kind !== "element" || n.local !== "TaxSubtotal" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null && step167(n.parent, S);
}

function step169(n, S) {
  if (n.kind !== "element" || n.local !== "TaxCategory" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  const c = n;
  if (!(rt.normalizeSpace(rt.childStr(c, N1, "normalize-space")) === "O")) return false;
  if (!rt.generalCompare1("eq", rt.pathMap(rt.childOfNodes(rt.child(c, N23), N1), (c, p, z) => [rt.upperCase(rt.normalizeSpace(rt.strItem(c, "normalize-space")))]), "VAT")) return false;
  return n.parent !== null && step168(n.parent, S);
}

function match54(n, S) { return (n.parent?.local === "TaxSubtotal" && n.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" && n.parent.parent?.local === "TaxTotal" && n.parent.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" && step169(n, S)); }

function fire54(c, S, out) {
  let t239, t240, t241, t242, t243, t244, t245, t246, t247, t248, t249;
  const v71_0 = (t241 ??= rt.stepNodes((t240 ??= rt.stepNodes((t239 ??= rt.stepOne(c, "parent", N27, null)), "parent", N27, null)), "parent", N27, null));
  const v72_0 = rt.arith("-", rt.sum(rt.pathMap((t242 ??= rt.keyFilter(S.D, rt.keyFilter(S.D, rt.childrenKept(S.D, v71_0, N16), 0, (c) => rt.booleanKeys(rt.child(c, N17)), "true", (c, p, z) => rt.generalCompare("eq", rt.child(c, N17), [true])), 4, (c) => rt.stringKeys(rt.pathMap(rt.child(c, N22), (c, p, z) => [rt.normalizeSpace(rt.childStr(c, N1, "normalize-space"))])), "O", (c, p, z) => rt.generalCompare1("eq", rt.pathMap(rt.child(c, N22), (c, p, z) => [rt.normalizeSpace(rt.childStr(c, N1, "normalize-space"))]), "O"))), (c, p, z) => rt.castSeq(rt.child(c, N21), "decimal", true))), rt.sum(rt.pathMap((t243 ??= rt.keyFilter(S.D, rt.keyFilter(S.D, rt.childrenKept(S.D, v71_0, N16), 0, (c) => rt.booleanKeys(rt.child(c, N17)), "false", (c, p, z) => rt.generalCompare("eq", rt.child(c, N17), [false])), 4, (c) => rt.stringKeys(rt.pathMap(rt.child(c, N22), (c, p, z) => [rt.normalizeSpace(rt.childStr(c, N1, "normalize-space"))])), "O", (c, p, z) => rt.generalCompare1("eq", rt.pathMap(rt.child(c, N22), (c, p, z) => [rt.normalizeSpace(rt.childStr(c, N1, "normalize-space"))]), "O"))), (c, p, z) => rt.castSeq(rt.child(c, N21), "decimal", true))));
  const v73_0 = rt.arith("+", rt.sum(rt.pathMap((t244 ??= rt.keyFilter(S.D, rt.childrenKept(S.D, v71_0, N47), 5, (c) => rt.stringKeys(rt.pathMap(rt.childOfNodes(rt.child(c, N60), N64), (c, p, z) => [rt.normalizeSpace(rt.childStr(c, N1, "normalize-space"))])), "O", (c, p, z) => rt.generalCompare1("eq", rt.pathMap(rt.childOfNodes(rt.child(c, N60), N64), (c, p, z) => [rt.normalizeSpace(rt.childStr(c, N1, "normalize-space"))]), "O"))), (c, p, z) => rt.castSeq(rt.child(c, N26), "decimal", true))), v72_0);
  const v74_0 = rt.arith("+", rt.sum(rt.pathMap((t245 ??= rt.keyFilter(S.D, rt.childrenKept(S.D, v71_0, N48), 5, (c) => rt.stringKeys(rt.pathMap(rt.childOfNodes(rt.child(c, N60), N64), (c, p, z) => [rt.normalizeSpace(rt.childStr(c, N1, "normalize-space"))])), "O", (c, p, z) => rt.generalCompare1("eq", rt.pathMap(rt.childOfNodes(rt.child(c, N60), N64), (c, p, z) => [rt.normalizeSpace(rt.childStr(c, N1, "normalize-space"))]), "O"))), (c, p, z) => rt.castSeq(rt.child(c, N26), "decimal", true))), v72_0);
  S.cur = 183;
  if (!(((S.D.memo[39] !== undefined ? S.D.memo[39] : (S.D.memo[39] = ((S.D.memo[38] !== undefined ? S.D.memo[38] : (S.D.memo[38] = rt.descendantsByName(S.D, c, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "InvoiceLine"))).length > 0))) && rt.generalCompare("eq", rt.castSeq((t246 ??= rt.childOfNodes((t239 ??= rt.stepOne(c, "parent", N27, null)), N83)), "decimal", true), v73_0)) || ((S.D.memo[41] !== undefined ? S.D.memo[41] : (S.D.memo[41] = ((S.D.memo[40] !== undefined ? S.D.memo[40] : (S.D.memo[40] = rt.descendantsByName(S.D, c, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "CreditNoteLine"))).length > 0))) && rt.generalCompare("eq", rt.castSeq((t246 ??= rt.childOfNodes((t239 ??= rt.stepOne(c, "parent", N27, null)), N83)), "decimal", true), v74_0)))) out.push(rt.finding(ROWS[183], c, "The VAT category taxable amount (BT-116) of category 'O' (not subject to VAT) is " + rt.valueOf(fn0(S, (t246 ??= rt.childOfNodes((t239 ??= rt.stepOne(c, "parent", N27, null)), N83)))) + ", but the line net amounts (BT-131) plus charges (BT-99) minus allowances (BT-92) of that category come to " + rt.valueOf(((S.D.memo[39] !== undefined ? S.D.memo[39] : (S.D.memo[39] = ((S.D.memo[38] !== undefined ? S.D.memo[38] : (S.D.memo[38] = rt.descendantsByName(S.D, c, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "InvoiceLine"))).length > 0))) ? v73_0 : v74_0)) + "."));
  S.cur = 184;
  if (!rt.generalCompare1("eq", rt.castSeq((t247 ??= rt.childOfNodes((t239 ??= rt.stepOne(c, "parent", N27, null)), N49)), "decimal", true), rt.atomizeItem(0n))) out.push(rt.finding(ROWS[184], c, "The VAT category tax amount (BT-117) of category 'O' (not subject to VAT) must be 0; found " + rt.valueOf(fn0(S, (t247 ??= rt.childOfNodes((t239 ??= rt.stepOne(c, "parent", N27, null)), N49)))) + "."));
  S.cur = 185;
  if (!(rt.union((t248 ??= rt.child(c, N84)), (t249 ??= rt.child(c, N85))).length > 0)) out.push(rt.finding(ROWS[185], c, "The VAT breakdown (BG-23) of category 'O' (not subject to VAT) needs a VAT exemption reason code (BT-121) or a VAT exemption reason text (BT-120)."));
}

function step170(n, S) {
  if (n.kind !== "element" || n.local !== "AllowanceCharge" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  const c = n;
  if (!rt.generalCompare("eq", rt.child(c, N17), [false])) return false;
  return n.parent !== null;
}

function step171(n, S) {
  if (n.kind !== "element" || n.local !== "TaxCategory" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  const c = n;
  if (!(rt.normalizeSpace(rt.childStr(c, N1, "normalize-space")) === "O")) return false;
  if (!rt.generalCompare1("eq", rt.pathMap(rt.childOfNodes(rt.child(c, N23), N1), (c, p, z) => [rt.upperCase(rt.normalizeSpace(rt.strItem(c, "normalize-space")))]), "VAT")) return false;
  return n.parent !== null && step170(n.parent, S);
}

function match55(n, S) { return (n.parent?.local === "AllowanceCharge" && n.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" && step171(n, S)); }

function fire55(c, S, out) {
  let t250;
  S.cur = 186;
  if (!!rt.anyOnAxis(c, "child", N82)) out.push(rt.finding(ROWS[186], c, "With VAT category code 'O' (not subject to VAT) the document level allowance VAT rate (BT-96) must not be given; found " + rt.valueOf(fn0(S, (t250 ??= rt.child(c, N82)))) + "."));
}

function step172(n, S) {
  if (n.kind !== "element" || n.local !== "AllowanceCharge" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  const c = n;
  if (!rt.generalCompare("eq", rt.child(c, N17), [true])) return false;
  return n.parent !== null;
}

function step173(n, S) {
  if (n.kind !== "element" || n.local !== "TaxCategory" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  const c = n;
  if (!(rt.normalizeSpace(rt.childStr(c, N1, "normalize-space")) === "O")) return false;
  if (!rt.generalCompare1("eq", rt.pathMap(rt.childOfNodes(rt.child(c, N23), N1), (c, p, z) => [rt.upperCase(rt.normalizeSpace(rt.strItem(c, "normalize-space")))]), "VAT")) return false;
  return n.parent !== null && step172(n.parent, S);
}

function match56(n, S) { return (n.parent?.local === "AllowanceCharge" && n.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" && step173(n, S)); }

function fire56(c, S, out) {
  let t251;
  S.cur = 187;
  if (!!rt.anyOnAxis(c, "child", N82)) out.push(rt.finding(ROWS[187], c, "With VAT category code 'O' (not subject to VAT) the document level charge VAT rate (BT-103) must not be given; found " + rt.valueOf(fn0(S, (t251 ??= rt.child(c, N82)))) + "."));
}

function step174(n, S) {
  if (n.kind !== "element" || n.local !== "InvoiceLine" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null;
}

function step175(n, S) {
  if (n.kind !== "element" || n.local !== "Item" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null && step174(n.parent, S);
}

function step176(n, S) {
  if (n.kind !== "element" || n.local !== "ClassifiedTaxCategory" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  const c = n;
  if (!(rt.normalizeSpace(rt.childStr(c, N1, "normalize-space")) === "O")) return false;
  if (!rt.generalCompare1("eq", rt.pathMap(rt.childOfNodes(rt.child(c, N23), N1), (c, p, z) => [rt.upperCase(rt.normalizeSpace(rt.strItem(c, "normalize-space")))]), "VAT")) return false;
  return n.parent !== null && step175(n.parent, S);
}

function step177(n, S) {
  if (n.kind !== "element" || n.local !== "CreditNoteLine" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null;
}

function step178(n, S) {
  if (n.kind !== "element" || n.local !== "Item" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null && step177(n.parent, S);
}

function step179(n, S) {
  if (n.kind !== "element" || n.local !== "ClassifiedTaxCategory" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  const c = n;
  if (!(rt.normalizeSpace(rt.childStr(c, N1, "normalize-space")) === "O")) return false;
  if (!rt.generalCompare1("eq", rt.pathMap(rt.childOfNodes(rt.child(c, N23), N1), (c, p, z) => [rt.upperCase(rt.normalizeSpace(rt.strItem(c, "normalize-space")))]), "VAT")) return false;
  return n.parent !== null && step178(n.parent, S);
}

function match57(n, S) { return (n.parent?.local === "Item" && n.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" && n.parent.parent?.local === "InvoiceLine" && n.parent.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" && step176(n, S)) || (n.parent?.local === "Item" && n.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" && n.parent.parent?.local === "CreditNoteLine" && n.parent.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" && step179(n, S)); }

function fire57(c, S, out) {
  let t252;
  S.cur = 188;
  if (!!rt.anyOnAxis(c, "child", N82)) out.push(rt.finding(ROWS[188], c, "With VAT category code 'O' (not subject to VAT) the invoiced item VAT rate (BT-152) must not be given; found " + rt.valueOf(fn0(S, (t252 ??= rt.child(c, N82)))) + "."));
}

function step180(n, S) {
  if (!rt.testNode(N56, n)) return false;
  if (n.kind === "attribute" || n.kind === "document") return false;
  return n.parent !== null && n.parent.kind === "document";
}

function step181(n, S) {
  if (n.kind !== "element" || n.local !== "TaxTotal" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null && step180(n.parent, S);
}

function step182(n, S) {
  if (n.kind !== "element" || n.local !== "TaxSubtotal" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null && step181(n.parent, S);
}

function step183(n, S) {
  if (n.kind !== "element" || n.local !== "TaxCategory" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  const c = n;
  if (!(rt.normalizeSpace(rt.childStr(c, N1, "normalize-space")) === "S")) return false;
  if (!rt.generalCompare1("eq", rt.pathMap(rt.childOfNodes(rt.child(c, N23), N1), (c, p, z) => [rt.upperCase(rt.normalizeSpace(rt.strItem(c, "normalize-space")))]), "VAT")) return false;
  return n.parent !== null && step182(n.parent, S);
}

function match58(n, S) { return (n.parent?.local === "TaxSubtotal" && n.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" && n.parent.parent?.local === "TaxTotal" && n.parent.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" && step183(n, S)); }

function fire58(c, S, out) {
  let t253, t254, t255, t256, t257, t258, t259, t260, t261, t262, t263, t264;
  const v75_0 = rt.castSeq((t253 ??= rt.child(c, N82)), "decimal", true);
  const v76_0 = (t256 ??= rt.stepNodes((t255 ??= rt.stepNodes((t254 ??= rt.stepOne(c, "parent", N27, null)), "parent", N27, null)), "parent", N27, null));
  const v77_0 = rt.arith("-", rt.sum(rt.pathMap((t257 ??= rt.keyFilterDecimal(S.D, rt.keyFilter(S.D, rt.keyFilter(S.D, rt.childrenKept(S.D, v76_0, N16), 0, (c) => rt.booleanKeys(rt.child(c, N17)), "true", (c, p, z) => rt.generalCompare("eq", rt.child(c, N17), [true])), 4, (c) => rt.stringKeys(rt.pathMap(rt.child(c, N22), (c, p, z) => [rt.normalizeSpace(rt.childStr(c, N1, "normalize-space"))])), "S", (c, p, z) => rt.generalCompare1("eq", rt.pathMap(rt.child(c, N22), (c, p, z) => [rt.normalizeSpace(rt.childStr(c, N1, "normalize-space"))]), "S")), 6, (c) => rt.pathMap(rt.child(c, N22), (c, p, z) => rt.castSeq(rt.child(c, N82), "decimal", true)), v75_0, (c, p, z) => rt.generalCompare("eq", rt.pathMap(rt.child(c, N22), (c, p, z) => rt.castSeq(rt.child(c, N82), "decimal", true)), v75_0))), (c, p, z) => rt.castSeq(rt.child(c, N21), "decimal", true))), rt.sum(rt.pathMap((t258 ??= rt.keyFilterDecimal(S.D, rt.keyFilter(S.D, rt.keyFilter(S.D, rt.childrenKept(S.D, v76_0, N16), 0, (c) => rt.booleanKeys(rt.child(c, N17)), "false", (c, p, z) => rt.generalCompare("eq", rt.child(c, N17), [false])), 4, (c) => rt.stringKeys(rt.pathMap(rt.child(c, N22), (c, p, z) => [rt.normalizeSpace(rt.childStr(c, N1, "normalize-space"))])), "S", (c, p, z) => rt.generalCompare1("eq", rt.pathMap(rt.child(c, N22), (c, p, z) => [rt.normalizeSpace(rt.childStr(c, N1, "normalize-space"))]), "S")), 6, (c) => rt.pathMap(rt.child(c, N22), (c, p, z) => rt.castSeq(rt.child(c, N82), "decimal", true)), v75_0, (c, p, z) => rt.generalCompare("eq", rt.pathMap(rt.child(c, N22), (c, p, z) => rt.castSeq(rt.child(c, N82), "decimal", true)), v75_0))), (c, p, z) => rt.castSeq(rt.child(c, N21), "decimal", true))));
  const v78_0 = rt.arith("+", rt.sum(rt.pathMap((t259 ??= rt.keyFilterDecimal(S.D, rt.keyFilter(S.D, rt.childrenKept(S.D, v76_0, N47), 5, (c) => rt.stringKeys(rt.pathMap(rt.childOfNodes(rt.child(c, N60), N64), (c, p, z) => [rt.normalizeSpace(rt.childStr(c, N1, "normalize-space"))])), "S", (c, p, z) => rt.generalCompare1("eq", rt.pathMap(rt.childOfNodes(rt.child(c, N60), N64), (c, p, z) => [rt.normalizeSpace(rt.childStr(c, N1, "normalize-space"))]), "S")), 7, (c) => rt.pathMap(rt.childOfNodes(rt.child(c, N60), N64), (c, p, z) => rt.castSeq(rt.child(c, N82), "decimal", true)), v75_0, (c, p, z) => rt.generalCompare("eq", rt.pathMap(rt.childOfNodes(rt.child(c, N60), N64), (c, p, z) => rt.castSeq(rt.child(c, N82), "decimal", true)), v75_0))), (c, p, z) => rt.castSeq(rt.child(c, N26), "decimal", true))), v77_0);
  const v79_0 = rt.arith("+", rt.sum(rt.pathMap((t260 ??= rt.keyFilterDecimal(S.D, rt.keyFilter(S.D, rt.childrenKept(S.D, v76_0, N48), 5, (c) => rt.stringKeys(rt.pathMap(rt.childOfNodes(rt.child(c, N60), N64), (c, p, z) => [rt.normalizeSpace(rt.childStr(c, N1, "normalize-space"))])), "S", (c, p, z) => rt.generalCompare1("eq", rt.pathMap(rt.childOfNodes(rt.child(c, N60), N64), (c, p, z) => [rt.normalizeSpace(rt.childStr(c, N1, "normalize-space"))]), "S")), 7, (c) => rt.pathMap(rt.childOfNodes(rt.child(c, N60), N64), (c, p, z) => rt.castSeq(rt.child(c, N82), "decimal", true)), v75_0, (c, p, z) => rt.generalCompare("eq", rt.pathMap(rt.childOfNodes(rt.child(c, N60), N64), (c, p, z) => rt.castSeq(rt.child(c, N82), "decimal", true)), v75_0))), (c, p, z) => rt.castSeq(rt.child(c, N26), "decimal", true))), v77_0);
  const v80_0 = rt.castSeq(rt.arith("-", (t261 ??= rt.childOfNodes((t254 ??= rt.stepOne(c, "parent", N27, null)), N83)), [1n]), "decimal", true);
  const v81_0 = rt.castSeq(rt.arith("+", (t261 ??= rt.childOfNodes((t254 ??= rt.stepOne(c, "parent", N27, null)), N83)), [1n]), "decimal", true);
  const v82_0 = rt.arith("div", rt.fnRound(rt.arith("*", rt.arith("*", rt.fnAbs(rt.castSeq((t261 ??= rt.childOfNodes((t254 ??= rt.stepOne(c, "parent", N27, null)), N83)), "decimal", true)), rt.arith("div", rt.castSeq((t253 ??= rt.child(c, N82)), "decimal", true), [100n])), [100n])), [100n]);
  const v83_0 = (rt.keyFilterDecimal(S.D, rt.keyFilter(S.D, rt.descendantsByName(S.D, c, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "AllowanceCharge"), 4, (c) => rt.stringKeys(rt.pathMap(rt.child(c, N22), (c, p, z) => [rt.normalizeSpace(rt.childStr(c, N1, "normalize-space"))])), "S", (c, p, z) => rt.generalCompare1("eq", rt.pathMap(rt.child(c, N22), (c, p, z) => [rt.normalizeSpace(rt.childStr(c, N1, "normalize-space"))]), "S")), 6, (c) => rt.pathMap(rt.child(c, N22), (c, p, z) => rt.castSeq(rt.child(c, N82), "decimal", true)), v75_0, (c, p, z) => rt.generalCompare("eq", rt.pathMap(rt.child(c, N22), (c, p, z) => rt.castSeq(rt.child(c, N82), "decimal", true)), v75_0)).length > 0);
  const v84_0 = (rt.keyFilterDecimal(S.D, rt.keyFilter(S.D, rt.descendantsByName(S.D, c, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "InvoiceLine"), 5, (c) => rt.stringKeys(rt.pathMap(rt.childOfNodes(rt.child(c, N60), N64), (c, p, z) => [rt.normalizeSpace(rt.childStr(c, N1, "normalize-space"))])), "S", (c, p, z) => rt.generalCompare1("eq", rt.pathMap(rt.childOfNodes(rt.child(c, N60), N64), (c, p, z) => [rt.normalizeSpace(rt.childStr(c, N1, "normalize-space"))]), "S")), 7, (c) => rt.pathMap(rt.childOfNodes(rt.child(c, N60), N64), (c, p, z) => rt.castSeq(rt.child(c, N82), "decimal", true)), v75_0, (c, p, z) => rt.generalCompare("eq", rt.pathMap(rt.childOfNodes(rt.child(c, N60), N64), (c, p, z) => rt.castSeq(rt.child(c, N82), "decimal", true)), v75_0)).length > 0);
  const v85_0 = (rt.keyFilterDecimal(S.D, rt.keyFilter(S.D, rt.descendantsByName(S.D, c, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "CreditNoteLine"), 5, (c) => rt.stringKeys(rt.pathMap(rt.childOfNodes(rt.child(c, N60), N64), (c, p, z) => [rt.normalizeSpace(rt.childStr(c, N1, "normalize-space"))])), "S", (c, p, z) => rt.generalCompare1("eq", rt.pathMap(rt.childOfNodes(rt.child(c, N60), N64), (c, p, z) => [rt.normalizeSpace(rt.childStr(c, N1, "normalize-space"))]), "S")), 7, (c) => rt.pathMap(rt.childOfNodes(rt.child(c, N60), N64), (c, p, z) => rt.castSeq(rt.child(c, N82), "decimal", true)), v75_0, (c, p, z) => rt.generalCompare("eq", rt.pathMap(rt.childOfNodes(rt.child(c, N60), N64), (c, p, z) => rt.castSeq(rt.child(c, N82), "decimal", true)), v75_0)).length > 0);
  S.cur = 189;
  if (!(((v75_0.length === 0) || ((v84_0 || v83_0) && (rt.ebv(rt.optBool(rt.valueCompare("lt", v80_0, v78_0))) && rt.ebv(rt.optBool(rt.valueCompare("lt", v78_0, v81_0)))))) || ((v85_0 || v83_0) && (rt.ebv(rt.optBool(rt.valueCompare("lt", v80_0, v79_0))) && rt.ebv(rt.optBool(rt.valueCompare("lt", v79_0, v81_0))))))) out.push(rt.finding(ROWS[189], c, "The VAT category taxable amount (BT-116) of category 'S' (standard rated) at rate (BT-119) " + rt.valueOf(fn0(S, (t253 ??= rt.child(c, N82)))) + " is " + rt.valueOf(fn0(S, (t261 ??= rt.childOfNodes((t254 ??= rt.stepOne(c, "parent", N27, null)), N83)))) + ", but the line net amounts (BT-131) plus charges (BT-99) minus allowances (BT-92) at that rate come to " + rt.valueOf(((S.D.memo[39] !== undefined ? S.D.memo[39] : (S.D.memo[39] = ((S.D.memo[38] !== undefined ? S.D.memo[38] : (S.D.memo[38] = rt.descendantsByName(S.D, c, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "InvoiceLine"))).length > 0))) ? v78_0 : v79_0)) + " (a difference of 1 or more), or nothing uses that rate."));
  S.cur = 190;
  if (!rt.ebv(rt.optBool(rt.valueCompare("lt", rt.fnAbs(rt.arith("-", rt.fnAbs(rt.castSeq((t262 ??= rt.childOfNodes((t254 ??= rt.stepOne(c, "parent", N27, null)), N49)), "decimal", true)), v82_0)), [1n])))) out.push(rt.finding(ROWS[190], c, "The VAT category tax amount (BT-117) of category 'S' (standard rated) is " + rt.valueOf(fn0(S, (t262 ??= rt.childOfNodes((t254 ??= rt.stepOne(c, "parent", N27, null)), N49)))) + ", but the taxable amount (BT-116) " + rt.valueOf(fn0(S, (t261 ??= rt.childOfNodes((t254 ??= rt.stepOne(c, "parent", N27, null)), N83)))) + " times the rate (BT-119) " + rt.valueOf(fn0(S, (t253 ??= rt.child(c, N82)))) + " gives " + rt.valueOf(fn0(S, v82_0)) + " (a difference of 1 or more)."));
  S.cur = 191;
  if (!(rt.union((t263 ??= rt.child(c, N84)), (t264 ??= rt.child(c, N85))).length === 0)) out.push(rt.finding(ROWS[191], c, "The VAT breakdown (BG-23) of category 'S' (standard rated) must not have a VAT exemption reason code (BT-121) or text (BT-120)."));
}

function step184(n, S) {
  if (n.kind !== "element" || n.local !== "AllowanceCharge" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  const c = n;
  if (!rt.generalCompare("eq", rt.child(c, N17), [false])) return false;
  return n.parent !== null;
}

function step185(n, S) {
  if (n.kind !== "element" || n.local !== "TaxCategory" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  const c = n;
  if (!(rt.normalizeSpace(rt.childStr(c, N1, "normalize-space")) === "S")) return false;
  if (!rt.generalCompare1("eq", rt.pathMap(rt.childOfNodes(rt.child(c, N23), N1), (c, p, z) => [rt.upperCase(rt.normalizeSpace(rt.strItem(c, "normalize-space")))]), "VAT")) return false;
  return n.parent !== null && step184(n.parent, S);
}

function match59(n, S) { return (n.parent?.local === "AllowanceCharge" && n.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" && step185(n, S)); }

function fire59(c, S, out) {
  let t265;
  S.cur = 192;
  if (!rt.generalCompare1("gt", (t265 ??= rt.child(c, N82)), rt.atomizeItem(0n))) out.push(rt.finding(ROWS[192], c, "With VAT category code 'S' (standard rated) the document level allowance VAT rate (BT-96) must be greater than 0; found " + rt.valueOf(fn0(S, (t265 ??= rt.child(c, N82)))) + "."));
}

function step186(n, S) {
  if (n.kind !== "element" || n.local !== "AllowanceCharge" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  const c = n;
  if (!rt.generalCompare("eq", rt.child(c, N17), [true])) return false;
  return n.parent !== null;
}

function step187(n, S) {
  if (n.kind !== "element" || n.local !== "TaxCategory" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  const c = n;
  if (!(rt.normalizeSpace(rt.childStr(c, N1, "normalize-space")) === "S")) return false;
  if (!rt.generalCompare1("eq", rt.pathMap(rt.childOfNodes(rt.child(c, N23), N1), (c, p, z) => [rt.upperCase(rt.normalizeSpace(rt.strItem(c, "normalize-space")))]), "VAT")) return false;
  return n.parent !== null && step186(n.parent, S);
}

function match60(n, S) { return (n.parent?.local === "AllowanceCharge" && n.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" && step187(n, S)); }

function fire60(c, S, out) {
  let t266;
  S.cur = 193;
  if (!rt.generalCompare1("gt", (t266 ??= rt.child(c, N82)), rt.atomizeItem(0n))) out.push(rt.finding(ROWS[193], c, "With VAT category code 'S' (standard rated) the document level charge VAT rate (BT-103) must be greater than 0; found " + rt.valueOf(fn0(S, (t266 ??= rt.child(c, N82)))) + "."));
}

function step188(n, S) {
  if (n.kind !== "element" || n.local !== "InvoiceLine" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null;
}

function step189(n, S) {
  if (n.kind !== "element" || n.local !== "Item" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null && step188(n.parent, S);
}

function step190(n, S) {
  if (n.kind !== "element" || n.local !== "ClassifiedTaxCategory" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  const c = n;
  if (!(rt.normalizeSpace(rt.childStr(c, N1, "normalize-space")) === "S")) return false;
  if (!rt.generalCompare1("eq", rt.pathMap(rt.childOfNodes(rt.child(c, N23), N1), (c, p, z) => [rt.upperCase(rt.normalizeSpace(rt.strItem(c, "normalize-space")))]), "VAT")) return false;
  return n.parent !== null && step189(n.parent, S);
}

function step191(n, S) {
  if (n.kind !== "element" || n.local !== "CreditNoteLine" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null;
}

function step192(n, S) {
  if (n.kind !== "element" || n.local !== "Item" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null && step191(n.parent, S);
}

function step193(n, S) {
  if (n.kind !== "element" || n.local !== "ClassifiedTaxCategory" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  const c = n;
  if (!(rt.normalizeSpace(rt.childStr(c, N1, "normalize-space")) === "S")) return false;
  if (!rt.generalCompare1("eq", rt.pathMap(rt.childOfNodes(rt.child(c, N23), N1), (c, p, z) => [rt.upperCase(rt.normalizeSpace(rt.strItem(c, "normalize-space")))]), "VAT")) return false;
  return n.parent !== null && step192(n.parent, S);
}

function match61(n, S) { return (n.parent?.local === "Item" && n.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" && n.parent.parent?.local === "InvoiceLine" && n.parent.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" && step190(n, S)) || (n.parent?.local === "Item" && n.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" && n.parent.parent?.local === "CreditNoteLine" && n.parent.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" && step193(n, S)); }

function fire61(c, S, out) {
  let t267;
  S.cur = 194;
  if (!rt.generalCompare1("gt", (t267 ??= rt.child(c, N82)), rt.atomizeItem(0n))) out.push(rt.finding(ROWS[194], c, "With VAT category code 'S' (standard rated) the invoiced item VAT rate (BT-152) must be greater than 0; found " + rt.valueOf(fn0(S, (t267 ??= rt.child(c, N82)))) + "."));
}

function step194(n, S) {
  if (!rt.testNode(N56, n)) return false;
  if (n.kind === "attribute" || n.kind === "document") return false;
  return n.parent !== null && n.parent.kind === "document";
}

function step195(n, S) {
  if (n.kind !== "element" || n.local !== "TaxTotal" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null && step194(n.parent, S);
}

function step196(n, S) {
  if (n.kind !== "element" || n.local !== "TaxSubtotal" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null && step195(n.parent, S);
}

function step197(n, S) {
  if (n.kind !== "element" || n.local !== "TaxCategory" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  const c = n;
  if (!(rt.normalizeSpace(rt.childStr(c, N1, "normalize-space")) === "Z")) return false;
  if (!rt.generalCompare1("eq", rt.pathMap(rt.childOfNodes(rt.child(c, N23), N1), (c, p, z) => [rt.upperCase(rt.normalizeSpace(rt.strItem(c, "normalize-space")))]), "VAT")) return false;
  return n.parent !== null && step196(n.parent, S);
}

function match62(n, S) { return (n.parent?.local === "TaxSubtotal" && n.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" && n.parent.parent?.local === "TaxTotal" && n.parent.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" && step197(n, S)); }

function fire62(c, S, out) {
  let t268, t269, t270, t271, t272, t273, t274, t275, t276, t277, t278;
  const v86_0 = (t270 ??= rt.stepNodes((t269 ??= rt.stepNodes((t268 ??= rt.stepOne(c, "parent", N27, null)), "parent", N27, null)), "parent", N27, null));
  const v87_0 = rt.arith("-", rt.sum(rt.pathMap((t271 ??= rt.keyFilter(S.D, rt.keyFilter(S.D, rt.childrenKept(S.D, v86_0, N16), 0, (c) => rt.booleanKeys(rt.child(c, N17)), "true", (c, p, z) => rt.generalCompare("eq", rt.child(c, N17), [true])), 4, (c) => rt.stringKeys(rt.pathMap(rt.child(c, N22), (c, p, z) => [rt.normalizeSpace(rt.childStr(c, N1, "normalize-space"))])), "Z", (c, p, z) => rt.generalCompare1("eq", rt.pathMap(rt.child(c, N22), (c, p, z) => [rt.normalizeSpace(rt.childStr(c, N1, "normalize-space"))]), "Z"))), (c, p, z) => rt.castSeq(rt.child(c, N21), "decimal", true))), rt.sum(rt.pathMap((t272 ??= rt.keyFilter(S.D, rt.keyFilter(S.D, rt.childrenKept(S.D, v86_0, N16), 0, (c) => rt.booleanKeys(rt.child(c, N17)), "false", (c, p, z) => rt.generalCompare("eq", rt.child(c, N17), [false])), 4, (c) => rt.stringKeys(rt.pathMap(rt.child(c, N22), (c, p, z) => [rt.normalizeSpace(rt.childStr(c, N1, "normalize-space"))])), "Z", (c, p, z) => rt.generalCompare1("eq", rt.pathMap(rt.child(c, N22), (c, p, z) => [rt.normalizeSpace(rt.childStr(c, N1, "normalize-space"))]), "Z"))), (c, p, z) => rt.castSeq(rt.child(c, N21), "decimal", true))));
  const v88_0 = rt.arith("+", rt.sum(rt.pathMap((t273 ??= rt.keyFilter(S.D, rt.childrenKept(S.D, v86_0, N47), 5, (c) => rt.stringKeys(rt.pathMap(rt.childOfNodes(rt.child(c, N60), N64), (c, p, z) => [rt.normalizeSpace(rt.childStr(c, N1, "normalize-space"))])), "Z", (c, p, z) => rt.generalCompare1("eq", rt.pathMap(rt.childOfNodes(rt.child(c, N60), N64), (c, p, z) => [rt.normalizeSpace(rt.childStr(c, N1, "normalize-space"))]), "Z"))), (c, p, z) => rt.castSeq(rt.child(c, N26), "decimal", true))), v87_0);
  const v89_0 = rt.arith("+", rt.sum(rt.pathMap((t274 ??= rt.keyFilter(S.D, rt.childrenKept(S.D, v86_0, N48), 5, (c) => rt.stringKeys(rt.pathMap(rt.childOfNodes(rt.child(c, N60), N64), (c, p, z) => [rt.normalizeSpace(rt.childStr(c, N1, "normalize-space"))])), "Z", (c, p, z) => rt.generalCompare1("eq", rt.pathMap(rt.childOfNodes(rt.child(c, N60), N64), (c, p, z) => [rt.normalizeSpace(rt.childStr(c, N1, "normalize-space"))]), "Z"))), (c, p, z) => rt.castSeq(rt.child(c, N26), "decimal", true))), v87_0);
  S.cur = 195;
  if (!(((S.D.memo[39] !== undefined ? S.D.memo[39] : (S.D.memo[39] = ((S.D.memo[38] !== undefined ? S.D.memo[38] : (S.D.memo[38] = rt.descendantsByName(S.D, c, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "InvoiceLine"))).length > 0))) && rt.generalCompare("eq", rt.castSeq((t275 ??= rt.childOfNodes((t268 ??= rt.stepOne(c, "parent", N27, null)), N83)), "decimal", true), v88_0)) || ((S.D.memo[41] !== undefined ? S.D.memo[41] : (S.D.memo[41] = ((S.D.memo[40] !== undefined ? S.D.memo[40] : (S.D.memo[40] = rt.descendantsByName(S.D, c, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "CreditNoteLine"))).length > 0))) && rt.generalCompare("eq", rt.castSeq((t275 ??= rt.childOfNodes((t268 ??= rt.stepOne(c, "parent", N27, null)), N83)), "decimal", true), v89_0)))) out.push(rt.finding(ROWS[195], c, "The VAT category taxable amount (BT-116) of category 'Z' (zero rated) is " + rt.valueOf(fn0(S, (t275 ??= rt.childOfNodes((t268 ??= rt.stepOne(c, "parent", N27, null)), N83)))) + ", but the line net amounts (BT-131) plus charges (BT-99) minus allowances (BT-92) of that category come to " + rt.valueOf(((S.D.memo[39] !== undefined ? S.D.memo[39] : (S.D.memo[39] = ((S.D.memo[38] !== undefined ? S.D.memo[38] : (S.D.memo[38] = rt.descendantsByName(S.D, c, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "InvoiceLine"))).length > 0))) ? v88_0 : v89_0)) + "."));
  S.cur = 196;
  if (!rt.generalCompare1("eq", rt.castSeq((t276 ??= rt.childOfNodes((t268 ??= rt.stepOne(c, "parent", N27, null)), N49)), "decimal", true), rt.atomizeItem(0n))) out.push(rt.finding(ROWS[196], c, "The VAT category tax amount (BT-117) of category 'Z' (zero rated) must be 0; found " + rt.valueOf(fn0(S, (t276 ??= rt.childOfNodes((t268 ??= rt.stepOne(c, "parent", N27, null)), N49)))) + "."));
  S.cur = 197;
  if (!(rt.union((t277 ??= rt.child(c, N84)), (t278 ??= rt.child(c, N85))).length === 0)) out.push(rt.finding(ROWS[197], c, "The VAT breakdown (BG-23) of category 'Z' (zero rated) must not have a VAT exemption reason code (BT-121) or text (BT-120)."));
}

function step198(n, S) {
  if (n.kind !== "element" || n.local !== "AllowanceCharge" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  const c = n;
  if (!rt.generalCompare("eq", rt.child(c, N17), [false])) return false;
  return n.parent !== null;
}

function step199(n, S) {
  if (n.kind !== "element" || n.local !== "TaxCategory" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  const c = n;
  if (!(rt.normalizeSpace(rt.childStr(c, N1, "normalize-space")) === "Z")) return false;
  if (!rt.generalCompare1("eq", rt.pathMap(rt.childOfNodes(rt.child(c, N23), N1), (c, p, z) => [rt.upperCase(rt.normalizeSpace(rt.strItem(c, "normalize-space")))]), "VAT")) return false;
  return n.parent !== null && step198(n.parent, S);
}

function match63(n, S) { return (n.parent?.local === "AllowanceCharge" && n.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" && step199(n, S)); }

function fire63(c, S, out) {
  let t279;
  S.cur = 198;
  if (!rt.generalCompare1("eq", rt.castSeq((t279 ??= rt.child(c, N82)), "decimal", true), rt.atomizeItem(0n))) out.push(rt.finding(ROWS[198], c, "With VAT category code 'Z' (zero rated) the document level allowance VAT rate (BT-96) must be 0; found " + rt.valueOf(fn0(S, (t279 ??= rt.child(c, N82)))) + "."));
}

function step200(n, S) {
  if (n.kind !== "element" || n.local !== "AllowanceCharge" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  const c = n;
  if (!rt.generalCompare("eq", rt.child(c, N17), [true])) return false;
  return n.parent !== null;
}

function step201(n, S) {
  if (n.kind !== "element" || n.local !== "TaxCategory" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  const c = n;
  if (!(rt.normalizeSpace(rt.childStr(c, N1, "normalize-space")) === "Z")) return false;
  if (!rt.generalCompare1("eq", rt.pathMap(rt.childOfNodes(rt.child(c, N23), N1), (c, p, z) => [rt.upperCase(rt.normalizeSpace(rt.strItem(c, "normalize-space")))]), "VAT")) return false;
  return n.parent !== null && step200(n.parent, S);
}

function match64(n, S) { return (n.parent?.local === "AllowanceCharge" && n.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" && step201(n, S)); }

function fire64(c, S, out) {
  let t280;
  S.cur = 199;
  if (!rt.generalCompare1("eq", rt.castSeq((t280 ??= rt.child(c, N82)), "decimal", true), rt.atomizeItem(0n))) out.push(rt.finding(ROWS[199], c, "With VAT category code 'Z' (zero rated) the document level charge VAT rate (BT-103) must be 0; found " + rt.valueOf(fn0(S, (t280 ??= rt.child(c, N82)))) + "."));
}

function step202(n, S) {
  if (n.kind !== "element" || n.local !== "InvoiceLine" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null;
}

function step203(n, S) {
  if (n.kind !== "element" || n.local !== "Item" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null && step202(n.parent, S);
}

function step204(n, S) {
  if (n.kind !== "element" || n.local !== "ClassifiedTaxCategory" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  const c = n;
  if (!(rt.normalizeSpace(rt.childStr(c, N1, "normalize-space")) === "Z")) return false;
  if (!rt.generalCompare1("eq", rt.pathMap(rt.childOfNodes(rt.child(c, N23), N1), (c, p, z) => [rt.upperCase(rt.normalizeSpace(rt.strItem(c, "normalize-space")))]), "VAT")) return false;
  return n.parent !== null && step203(n.parent, S);
}

function step205(n, S) {
  if (n.kind !== "element" || n.local !== "CreditNoteLine" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null;
}

function step206(n, S) {
  if (n.kind !== "element" || n.local !== "Item" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null && step205(n.parent, S);
}

function step207(n, S) {
  if (n.kind !== "element" || n.local !== "ClassifiedTaxCategory" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  const c = n;
  if (!(rt.normalizeSpace(rt.childStr(c, N1, "normalize-space")) === "Z")) return false;
  if (!rt.generalCompare1("eq", rt.pathMap(rt.childOfNodes(rt.child(c, N23), N1), (c, p, z) => [rt.upperCase(rt.normalizeSpace(rt.strItem(c, "normalize-space")))]), "VAT")) return false;
  return n.parent !== null && step206(n.parent, S);
}

function match65(n, S) { return (n.parent?.local === "Item" && n.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" && n.parent.parent?.local === "InvoiceLine" && n.parent.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" && step204(n, S)) || (n.parent?.local === "Item" && n.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" && n.parent.parent?.local === "CreditNoteLine" && n.parent.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" && step207(n, S)); }

function fire65(c, S, out) {
  let t281;
  S.cur = 200;
  if (!rt.generalCompare1("eq", rt.castSeq((t281 ??= rt.child(c, N82)), "decimal", true), rt.atomizeItem(0n))) out.push(rt.finding(ROWS[200], c, "With VAT category code 'Z' (zero rated) the invoiced item VAT rate (BT-152) must be 0; found " + rt.valueOf(fn0(S, (t281 ??= rt.child(c, N82)))) + "."));
}

function step208(n, S) {
  if (n.kind !== "element" || n.local !== "PostalAddress" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null;
}

function step209(n, S) {
  if (n.kind !== "element" || n.local !== "Address" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null;
}

function match66(n, S) { return step208(n, S) || step209(n, S); }

function fire66(c, S, out) {
  let t282;
  S.cur = 201;
  if (!((t282 ??= rt.child(c, N86)).length <= 1)) out.push(rt.finding(ROWS[201], c, "Address line 3 (e.g. BT-162, BT-163, BT-164, BT-165) may occur at most once, found " + rt.valueOf([BigInt((t282 ??= rt.child(c, N86)).length)])));
}

function step210(n, S) {
  if (n.kind !== "element" || n.local !== "AccountingSupplierParty" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null;
}

function step211(n, S) {
  if (n.kind !== "element" || n.local !== "Party" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null && step210(n.parent, S);
}

function match67(n, S) { return (n.parent?.local === "AccountingSupplierParty" && n.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" && step211(n, S)); }

function fire67(c, S, out) {
  let t283;
  S.cur = 202;
  if (!((t283 ??= rt.child(c, N37)).length <= 2)) out.push(rt.finding(ROWS[202], c, "Seller tax scheme (cac:PartyTaxScheme, for BT-31 and BT-32) may occur at most 2 times, found " + rt.valueOf([BigInt((t283 ??= rt.child(c, N37)).length)])));
}

function step212(n, S) {
  if (n.kind !== "element" || n.local !== "AdditionalDocumentReference" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null;
}

function match68(n, S) { return step212(n, S); }

function fire68(c, S, out) {
  let t284, t285, t286;
  S.cur = 203;
  if (!((t284 ??= rt.child(c, N87)).length <= 1)) out.push(rt.finding(ROWS[203], c, "Supporting document description (BT-123) may occur at most once, found " + rt.valueOf([BigInt((t284 ??= rt.child(c, N87)).length)])));
  S.cur = 204;
  if (!(rt.anyOnAxis(c, "child", N88) ? (rt.childValueIs(c, N88, "130", true) || (((S.D.memo[43] !== undefined ? S.D.memo[43] : (S.D.memo[43] = rt.localName((S.D.memo[42] !== undefined ? S.D.memo[42] : (S.D.memo[42] = rt.child(rt.requireNode(rt.rootOf(rt.requireNode(c))), N56)))))) === "CreditNote") && rt.childValueIs(c, N88, "50", true))) : !(S.D.hasNamePath(P32) && rt.anyOnAxisSeq((t286 ??= rt.child(c, N1)), "attribute", N5)))) out.push(rt.finding(ROWS[204], c, "A scheme identifier (cbc:ID/@schemeID) is only allowed on an invoiced object identifier (BT-18): document type code 130, or 50 in a credit note; document type code here: '" + rt.valueOf((t285 ??= rt.child(c, N88))) + "'"));
}

function step213(n, S) {
  if (!rt.testNode(N56, n)) return false;
  if (n.kind === "attribute" || n.kind === "document") return false;
  const c = n;
  if (!(rt.endsWith(rt.localNameOne(c), "Amount") && !rt.endsWith(rt.localNameOne(c), "PriceAmount"))) return false;
  if (!!rt.ebv(rt.stepOne(c, "ancestor", N62, [(c, p, z) => rt.anyOnAxis(c, "child", N16)]))) return false;
  return n.parent !== null;
}

function match69(n, S) { return step213(n, S); }

function fire69(c, S, out) {
  S.cur = 205;
  if (!(rt.stringLength(rt.substringAfter(rt.strItem(c, "substring-after"), ".")) <= 2)) out.push(rt.finding(ROWS[205], c, "Amount " + rt.valueOf([rt.nodeNameOne(c)]) + " '" + rt.valueOf([c]) + "' has more than two fraction digits"));
}

function step214(n, S) {
  if (!rt.testNode(N56, n)) return false;
  if (n.kind === "attribute" || n.kind === "document") return false;
  const c = n;
  if (!rt.endsWith(rt.localNameOne(c), "BinaryObject")) return false;
  return n.parent !== null;
}

function match70(n, S) { return step214(n, S); }

function fire70(c, S, out) {
  S.cur = 206;
  if (!rt.anyOnAxis(c, "attribute", N89)) out.push(rt.finding(ROWS[206], c, "Attached document (BT-125) " + rt.valueOf([rt.nodeNameOne(c)]) + " has no mime code attribute (@mimeCode)"));
  S.cur = 207;
  if (!rt.anyOnAxis(c, "attribute", N90)) out.push(rt.finding(ROWS[207], c, "Attached document (BT-125) " + rt.valueOf([rt.nodeNameOne(c)]) + " has no file name attribute (@filename)"));
}

function step215(n, S) {
  if (n.kind !== "element" || n.local !== "Delivery" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null;
}

function match71(n, S) { return step215(n, S); }

function fire71(c, S, out) {
  let t290, t291, t292;
  S.cur = 208;
  if (!((t292 ??= rt.childOfNodes((t291 ??= rt.childOfNodes((t290 ??= rt.child(c, N91)), N75)), N61)).length <= 1)) out.push(rt.finding(ROWS[208], c, "Deliver to party name (BT-70) may occur at most once, found " + rt.valueOf([BigInt((t292 ??= rt.childOfNodes((t291 ??= rt.childOfNodes((t290 ??= rt.child(c, N91)), N75)), N61)).length)])));
}

function step216(n, S) {
  if (n.kind !== "element" || n.local !== "AllowanceCharge" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  const c = n;
  if (!rt.generalCompare("eq", rt.child(c, N17), [false])) return false;
  return n.parent !== null;
}

function match72(n, S) { return step216(n, S); }

function fire72(c, S, out) {
  let t293;
  S.cur = 209;
  if (!((t293 ??= rt.child(c, N19)).length <= 1)) out.push(rt.finding(ROWS[209], c, "Allowance reason (BT-97, BT-139) may occur at most once, found " + rt.valueOf([BigInt((t293 ??= rt.child(c, N19)).length)])));
}

function step217(n, S) {
  if (n.kind !== "element" || n.local !== "AllowanceCharge" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  const c = n;
  if (!rt.generalCompare("eq", rt.child(c, N17), [true])) return false;
  return n.parent !== null;
}

function match73(n, S) { return step217(n, S); }

function fire73(c, S, out) {
  let t294;
  S.cur = 210;
  if (!((t294 ??= rt.child(c, N19)).length <= 1)) out.push(rt.finding(ROWS[210], c, "Charge reason (BT-104, BT-144) may occur at most once, found " + rt.valueOf([BigInt((t294 ??= rt.child(c, N19)).length)])));
}

function step218(n, S) {
  if (n.kind !== "element" || n.local !== "PartyTaxScheme" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null;
}

function match74(n, S) { return step218(n, S); }

function fire74(c, S, out) {
  let t296;
  S.cur = 211;
  if (!(rt.anyOnAxis(c, "child", N38) && (S.D.hasNamePath(P34) && rt.anyOnAxisSeq((t296 ??= rt.child(c, N23)), "child", N1)))) out.push(rt.finding(ROWS[211], c, "A party tax scheme needs both its VAT or tax registration identifier (cbc:CompanyID, e.g. BT-31, BT-32, BT-48, BT-63) and a tax scheme identifier (cac:TaxScheme/cbc:ID)"));
}

function step219(n, S) {
  if (n.kind !== "element" || n.local !== "Invoice" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2") return false;
  return n.parent !== null && n.parent.kind === "document";
}

function step220(n, S) {
  if (n.kind !== "element" || n.local !== "CreditNote" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2") return false;
  return n.parent !== null && n.parent.kind === "document";
}

function match75(n, S) { return (n.parent?.kind === "document" && step219(n, S)) || (n.parent?.kind === "document" && step220(n, S)); }

function msg0(c, S, [v90_0]) {
  return "Element cbc:ProfileExecutionID is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.child(c, N94).length)]) + ")";
}

function msg1(c, S, [v90_0]) {
  return "Element cbc:CopyIndicator is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.child(c, N95).length)]) + ")";
}

function msg2(c, S, [v90_0]) {
  return "Element cbc:UUID is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.child(c, N96).length)]) + ")";
}

function msg3(c, S, [v90_0]) {
  return "Element cbc:IssueTime is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.child(c, N97).length)]) + ")";
}

function msg4(c, S, [v90_0]) {
  return "Element cbc:PricingCurrencyCode is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.child(c, N98).length)]) + ")";
}

function msg5(c, S, [v90_0]) {
  return "Element cbc:PaymentCurrencyCode is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.child(c, N99).length)]) + ")";
}

function msg6(c, S, [v90_0]) {
  return "Element cbc:PaymentAlternativeCurrencyCode is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.child(c, N100).length)]) + ")";
}

function msg7(c, S, [v90_0]) {
  return "Element cbc:AccountingCostCode is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.child(c, N101).length)]) + ")";
}

function msg8(c, S, [v90_0]) {
  return "Element cbc:LineCountNumeric is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.child(c, N102).length)]) + ")";
}

function msg9(c, S, [v90_0]) {
  return "Element cac:InvoicePeriod/cbc:StartTime is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.child(c, N53), N103).length)]) + ")";
}

function msg10(c, S, [v90_0]) {
  return "Element cac:InvoicePeriod/cbc:EndTime is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.child(c, N53), N104).length)]) + ")";
}

function msg11(c, S, [v90_0]) {
  return "Element cac:InvoicePeriod/cbc:DurationMeasure is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.child(c, N53), N105).length)]) + ")";
}

function msg12(c, S, [v90_0]) {
  return "Element cac:InvoicePeriod/cbc:Description is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.child(c, N53), N106).length)]) + ")";
}

function msg13(c, S, [v90_0]) {
  return "Element cac:OrderReference/cbc:CopyIndicator is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.child(c, N107), N95).length)]) + ")";
}

function msg14(c, S, [v90_0]) {
  return "Element cac:OrderReference/cbc:UUID is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.child(c, N107), N96).length)]) + ")";
}

function msg15(c, S, [v90_0]) {
  return "Element cac:OrderReference/cbc:IssueDate is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.child(c, N107), N41).length)]) + ")";
}

function msg16(c, S, [v90_0]) {
  return "Element cac:OrderReference/cbc:IssueTime is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.child(c, N107), N97).length)]) + ")";
}

function msg17(c, S, [v90_0]) {
  return "Element cac:OrderReference/cbc:CustomerReference is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.child(c, N107), N108).length)]) + ")";
}

function msg18(c, S, [v90_0]) {
  return "Element cac:OrderReference/cbc:OrderTypeCode is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.child(c, N107), N109).length)]) + ")";
}

function msg19(c, S, [v90_0]) {
  return "Element cac:OrderReference/cac:DocumentReference is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.child(c, N107), N110).length)]) + ")";
}

function msg20(c, S, [v90_0]) {
  return "Element cac:BillingReference/cac:InvoiceDocumentReference/cbc:CopyIndicator is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.child(c, N79), N80), N95).length)]) + ")";
}

function msg21(c, S, [v90_0]) {
  return "Element cac:BillingReference/cac:InvoiceDocumentReference/cbc:UUID is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.child(c, N79), N80), N96).length)]) + ")";
}

function msg22(c, S, [v90_0]) {
  return "Element cac:BillingReference/cac:InvoiceDocumentReference/cbc:IssueTime is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.child(c, N79), N80), N97).length)]) + ")";
}

function msg23(c, S, [v90_0]) {
  return "Element cac:BillingReference/cac:InvoiceDocumentReference/cbc:DocumentTypeCode is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.child(c, N79), N80), N88).length)]) + ")";
}

function msg24(c, S, [v90_0]) {
  return "Element cac:BillingReference/cac:InvoiceDocumentReference/cbc:DocumentType is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.child(c, N79), N80), N111).length)]) + ")";
}

function msg25(c, S, [v90_0]) {
  return "Element cac:BillingReference/cac:InvoiceDocumentReference/cbc:XPath is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.child(c, N79), N80), N112).length)]) + ")";
}

function msg26(c, S, [v90_0]) {
  return "Element cac:BillingReference/cac:InvoiceDocumentReference/cbc:LanguageID is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.child(c, N79), N80), N113).length)]) + ")";
}

function msg27(c, S, [v90_0]) {
  return "Element cac:BillingReference/cac:InvoiceDocumentReference/cbc:LocaleCode is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.child(c, N79), N80), N114).length)]) + ")";
}

function msg28(c, S, [v90_0]) {
  return "Element cac:BillingReference/cac:InvoiceDocumentReference/cbc:VersionID is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.child(c, N79), N80), N115).length)]) + ")";
}

function msg29(c, S, [v90_0]) {
  return "Element cac:BillingReference/cac:InvoiceDocumentReference/cbc:DocumentStatusCode is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.child(c, N79), N80), N116).length)]) + ")";
}

function msg30(c, S, [v90_0]) {
  return "Element cac:BillingReference/cac:InvoiceDocumentReference/cbc:DocumentDescription is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.child(c, N79), N80), N87).length)]) + ")";
}

function msg31(c, S, [v90_0]) {
  return "Element cac:BillingReference/cac:InvoiceDocumentReference/cac:Attachment is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.child(c, N79), N80), N117).length)]) + ")";
}

function msg32(c, S, [v90_0]) {
  return "Element cac:BillingReference/cac:InvoiceDocumentReference/cac:ValidityPeriod is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.child(c, N79), N80), N118).length)]) + ")";
}

function msg33(c, S, [v90_0]) {
  return "Element cac:BillingReference/cac:InvoiceDocumentReference/cac:IssuerParty is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.child(c, N79), N80), N119).length)]) + ")";
}

function msg34(c, S, [v90_0]) {
  return "Element cac:BillingReference/cac:InvoiceDocumentReference/cac:ResultOfVerification is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.child(c, N79), N80), N120).length)]) + ")";
}

function msg35(c, S, [v90_0]) {
  return "Element cac:BillingReference/cac:SelfBilledInvoiceDocumentReference is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.child(c, N79), N121).length)]) + ")";
}

function msg36(c, S, [v90_0]) {
  return "Element cac:BillingReference/cac:CreditNoteDocumentReference is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.child(c, N79), N122).length)]) + ")";
}

function msg37(c, S, [v90_0]) {
  return "Element cac:BillingReference/cac:SelfBilledCreditNoteDocumentReference is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.child(c, N79), N123).length)]) + ")";
}

function msg38(c, S, [v90_0]) {
  return "Element cac:BillingReference/cac:DebitNoteDocumentReference is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.child(c, N79), N124).length)]) + ")";
}

function msg39(c, S, [v90_0]) {
  return "Element cac:BillingReference/cac:ReminderDocumentReference is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.child(c, N79), N125).length)]) + ")";
}

function msg40(c, S, [v90_0]) {
  return "Element cac:BillingReference/cac:AdditionalDocumentReference is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.child(c, N79), N0).length)]) + ")";
}

function msg41(c, S, [v90_0]) {
  return "Element cac:BillingReference/cac:BillingReferenceLine is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.child(c, N79), N126).length)]) + ")";
}

function msg42(c, S, [v90_0]) {
  return "Element cac:DespatchDocumentReference/cbc:CopyIndicator is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.child(c, N127), N95).length)]) + ")";
}

function msg43(c, S, [v90_0]) {
  return "Element cac:DespatchDocumentReference/cbc:UUID is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.child(c, N127), N96).length)]) + ")";
}

function msg44(c, S, [v90_0]) {
  return "Element cac:DespatchDocumentReference/cbc:IssueDate is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.child(c, N127), N41).length)]) + ")";
}

function msg45(c, S, [v90_0]) {
  return "Element cac:DespatchDocumentReference/cbc:IssueTime is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.child(c, N127), N97).length)]) + ")";
}

function msg46(c, S, [v90_0]) {
  return "Element cac:DespatchDocumentReference/cbc:DocumentTypeCode is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.child(c, N127), N88).length)]) + ")";
}

function msg47(c, S, [v90_0]) {
  return "Element cac:DespatchDocumentReference/cbc:DocumentType is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.child(c, N127), N111).length)]) + ")";
}

function msg48(c, S, [v90_0]) {
  return "Element cac:DespatchDocumentReference/cbc:XPath is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.child(c, N127), N112).length)]) + ")";
}

function msg49(c, S, [v90_0]) {
  return "Element cac:DespatchDocumentReference/cbc:LanguageID is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.child(c, N127), N113).length)]) + ")";
}

function msg50(c, S, [v90_0]) {
  return "Element cac:DespatchDocumentReference/cbc:LocaleCode is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.child(c, N127), N114).length)]) + ")";
}

function msg51(c, S, [v90_0]) {
  return "Element cac:DespatchDocumentReference/cbc:VersionID is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.child(c, N127), N115).length)]) + ")";
}

function msg52(c, S, [v90_0]) {
  return "Element cac:DespatchDocumentReference/cbc:DocumentStatusCode is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.child(c, N127), N116).length)]) + ")";
}

function msg53(c, S, [v90_0]) {
  return "Element cac:DespatchDocumentReference/cbc:DocumentDescription is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.child(c, N127), N87).length)]) + ")";
}

function msg54(c, S, [v90_0]) {
  return "Element cac:DespatchDocumentReference/cac:Attachment is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.child(c, N127), N117).length)]) + ")";
}

function msg55(c, S, [v90_0]) {
  return "Element cac:DespatchDocumentReference/cac:ValidityPeriod is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.child(c, N127), N118).length)]) + ")";
}

function msg56(c, S, [v90_0]) {
  return "Element cac:DespatchDocumentReference/cac:IssuerParty is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.child(c, N127), N119).length)]) + ")";
}

function msg57(c, S, [v90_0]) {
  return "Element cac:DespatchDocumentReference/cac:ResultOfVerification is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.child(c, N127), N120).length)]) + ")";
}

function msg58(c, S, [v90_0]) {
  return "Element cac:ReceiptDocumentReference/cbc:CopyIndicator is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.child(c, N128), N95).length)]) + ")";
}

function msg59(c, S, [v90_0]) {
  return "Element cac:ReceiptDocumentReference/cbc:UUID is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.child(c, N128), N96).length)]) + ")";
}

function msg60(c, S, [v90_0]) {
  return "Element cac:ReceiptDocumentReference/cbc:IssueDate is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.child(c, N128), N41).length)]) + ")";
}

function msg61(c, S, [v90_0]) {
  return "Element cac:ReceiptDocumentReference/cbc:IssueTime is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.child(c, N128), N97).length)]) + ")";
}

function msg62(c, S, [v90_0]) {
  return "Element cac:ReceiptDocumentReference/cbc:DocumentTypeCode is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.child(c, N128), N88).length)]) + ")";
}

function msg63(c, S, [v90_0]) {
  return "Element cac:ReceiptDocumentReference/cbc:DocumentType is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.child(c, N128), N111).length)]) + ")";
}

function msg64(c, S, [v90_0]) {
  return "Element cac:ReceiptDocumentReference/cbc:XPath is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.child(c, N128), N112).length)]) + ")";
}

function msg65(c, S, [v90_0]) {
  return "Element cac:ReceiptDocumentReference/cbc:LanguageID is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.child(c, N128), N113).length)]) + ")";
}

function msg66(c, S, [v90_0]) {
  return "Element cac:ReceiptDocumentReference/cbc:LocaleCode is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.child(c, N128), N114).length)]) + ")";
}

function msg67(c, S, [v90_0]) {
  return "Element cac:ReceiptDocumentReference/cbc:VersionID is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.child(c, N128), N115).length)]) + ")";
}

function msg68(c, S, [v90_0]) {
  return "Element cac:ReceiptDocumentReference/cbc:DocumentStatusCode is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.child(c, N128), N116).length)]) + ")";
}

function msg69(c, S, [v90_0]) {
  return "Element cac:ReceiptDocumentReference/cbc:DocumentDescription is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.child(c, N128), N87).length)]) + ")";
}

function msg70(c, S, [v90_0]) {
  return "Element cac:ReceiptDocumentReference/cac:Attachment is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.child(c, N128), N117).length)]) + ")";
}

function msg71(c, S, [v90_0]) {
  return "Element cac:ReceiptDocumentReference/cac:ValidityPeriod is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.child(c, N128), N118).length)]) + ")";
}

function msg72(c, S, [v90_0]) {
  return "Element cac:ReceiptDocumentReference/cac:IssuerParty is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.child(c, N128), N119).length)]) + ")";
}

function msg73(c, S, [v90_0]) {
  return "Element cac:ReceiptDocumentReference/cac:ResultOfVerification is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.child(c, N128), N120).length)]) + ")";
}

function msg74(c, S, [v90_0]) {
  return "Element cac:StatementDocumentReference is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.child(c, N129).length)]) + ")";
}

function msg75(c, S, [v90_0]) {
  return "Element cac:OriginatorDocumentReference/cbc:CopyIndicator is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.child(c, N130), N95).length)]) + ")";
}

function msg76(c, S, [v90_0]) {
  return "Element cac:OriginatorDocumentReference/cbc:UUID is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.child(c, N130), N96).length)]) + ")";
}

function msg77(c, S, [v90_0]) {
  return "Element cac:OriginatorDocumentReference/cbc:IssueDate is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.child(c, N130), N41).length)]) + ")";
}

function msg78(c, S, [v90_0]) {
  return "Element cac:OriginatorDocumentReference/cbc:IssueTime is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.child(c, N130), N97).length)]) + ")";
}

function msg79(c, S, [v90_0]) {
  return "Element cac:OriginatorDocumentReference/cbc:DocumentTypeCode is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.child(c, N130), N88).length)]) + ")";
}

function msg80(c, S, [v90_0]) {
  return "Element cac:OriginatorDocumentReference/cbc:DocumentType is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.child(c, N130), N111).length)]) + ")";
}

function msg81(c, S, [v90_0]) {
  return "Element cac:OriginatorDocumentReference/cbc:XPath is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.child(c, N130), N112).length)]) + ")";
}

function msg82(c, S, [v90_0]) {
  return "Element cac:OriginatorDocumentReference/cbc:LanguageID is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.child(c, N130), N113).length)]) + ")";
}

function msg83(c, S, [v90_0]) {
  return "Element cac:OriginatorDocumentReference/cbc:LocaleCode is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.child(c, N130), N114).length)]) + ")";
}

function msg84(c, S, [v90_0]) {
  return "Element cac:OriginatorDocumentReference/cbc:VersionID is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.child(c, N130), N115).length)]) + ")";
}

function msg85(c, S, [v90_0]) {
  return "Element cac:OriginatorDocumentReference/cbc:DocumentStatusCode is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.child(c, N130), N116).length)]) + ")";
}

function msg86(c, S, [v90_0]) {
  return "Element cac:OriginatorDocumentReference/cbc:DocumentDescription is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.child(c, N130), N87).length)]) + ")";
}

function msg87(c, S, [v90_0]) {
  return "Element cac:OriginatorDocumentReference/cac:Attachment is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.child(c, N130), N117).length)]) + ")";
}

function msg88(c, S, [v90_0]) {
  return "Element cac:OriginatorDocumentReference/cac:ValidityPeriod is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.child(c, N130), N118).length)]) + ")";
}

function msg89(c, S, [v90_0]) {
  return "Element cac:OriginatorDocumentReference/cac:IssuerParty is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.child(c, N130), N119).length)]) + ")";
}

function msg90(c, S, [v90_0]) {
  return "Element cac:OriginatorDocumentReference/cac:ResultOfVerification is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.child(c, N130), N120).length)]) + ")";
}

function msg91(c, S, [v90_0]) {
  return "Element cac:ContractDocumentReference/cbc:CopyIndicator is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.child(c, N131), N95).length)]) + ")";
}

function msg92(c, S, [v90_0]) {
  return "Element cac:ContractDocumentReference/cbc:UUID is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.child(c, N131), N96).length)]) + ")";
}

function msg93(c, S, [v90_0]) {
  return "Element cac:ContractDocumentReference/cbc:IssueDate is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.child(c, N131), N41).length)]) + ")";
}

function msg94(c, S, [v90_0]) {
  return "Element cac:ContractDocumentReference/cbc:IssueTime is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.child(c, N131), N97).length)]) + ")";
}

function msg95(c, S, [v90_0]) {
  return "Element cac:ContractDocumentReference/cbc:DocumentTypeCode is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.child(c, N131), N88).length)]) + ")";
}

function msg96(c, S, [v90_0]) {
  return "Element cac:ContractDocumentReference/cbc:DocumentType is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.child(c, N131), N111).length)]) + ")";
}

function msg97(c, S, [v90_0]) {
  return "Element cac:ContractDocumentReference/cbc:XPath is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.child(c, N131), N112).length)]) + ")";
}

function msg98(c, S, [v90_0]) {
  return "Element cac:ContractDocumentReference/cbc:LanguageID is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.child(c, N131), N113).length)]) + ")";
}

function msg99(c, S, [v90_0]) {
  return "Element cac:ContractDocumentReference/cbc:LocaleCode is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.child(c, N131), N114).length)]) + ")";
}

function msg100(c, S, [v90_0]) {
  return "Element cac:ContractDocumentReference/cbc:VersionID is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.child(c, N131), N115).length)]) + ")";
}

function msg101(c, S, [v90_0]) {
  return "Element cac:ContractDocumentReference/cbc:DocumentStatusCode is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.child(c, N131), N116).length)]) + ")";
}

function msg102(c, S, [v90_0]) {
  return "Element cac:ContractDocumentReference/cbc:DocumentDescription is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.child(c, N131), N87).length)]) + ")";
}

function msg103(c, S, [v90_0]) {
  return "Element cac:ContractDocumentReference/cac:Attachment is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.child(c, N131), N117).length)]) + ")";
}

function msg104(c, S, [v90_0]) {
  return "Element cac:ContractDocumentReference/cac:ValidityPeriod is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.child(c, N131), N118).length)]) + ")";
}

function msg105(c, S, [v90_0]) {
  return "Element cac:ContractDocumentReference/cac:IssuerParty is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.child(c, N131), N119).length)]) + ")";
}

function msg106(c, S, [v90_0]) {
  return "Element cac:ContractDocumentReference/cac:ResultOfVerification is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.child(c, N131), N120).length)]) + ")";
}

function msg107(c, S, [v90_0]) {
  return "Element cac:AdditionalDocumentReference/cbc:CopyIndicator is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.child(c, N0), N95).length)]) + ")";
}

function msg108(c, S, [v90_0]) {
  return "Element cac:AdditionalDocumentReference/cbc:UUID is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.child(c, N0), N96).length)]) + ")";
}

function msg109(c, S, [v90_0]) {
  return "Element cac:AdditionalDocumentReference/cbc:IssueDate is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.child(c, N0), N41).length)]) + ")";
}

function msg110(c, S, [v90_0]) {
  return "Element cac:AdditionalDocumentReference/cbc:IssueTime is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.child(c, N0), N97).length)]) + ")";
}

function msg111(c, S, [v90_0]) {
  return "Element cac:AdditionalDocumentReference/cbc:DocumentType is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.child(c, N0), N111).length)]) + ")";
}

function msg112(c, S, [v90_0]) {
  return "Element cac:AdditionalDocumentReference/cbc:XPath is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.child(c, N0), N112).length)]) + ")";
}

function msg113(c, S, [v90_0]) {
  return "Element cac:AdditionalDocumentReference/cbc:LanguageID is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.child(c, N0), N113).length)]) + ")";
}

function msg114(c, S, [v90_0]) {
  return "Element cac:AdditionalDocumentReference/cbc:LocaleCode is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.child(c, N0), N114).length)]) + ")";
}

function msg115(c, S, [v90_0]) {
  return "Element cac:AdditionalDocumentReference/cbc:VersionID is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.child(c, N0), N115).length)]) + ")";
}

function msg116(c, S, [v90_0]) {
  return "Element cac:AdditionalDocumentReference/cbc:DocumentStatusCode is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.child(c, N0), N116).length)]) + ")";
}

function msg117(c, S, [v90_0]) {
  return "Element cac:AdditionalDocumentReference/cac:Attachment/cac:ExternalReference/cbc:DocumentHash is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(rt.child(c, N0), N117), N132), N133).length)]) + ")";
}

function msg118(c, S, [v90_0]) {
  return "Element cac:AdditionalDocumentReference/cac:Attachment/cac:ExternalReference/cbc:HashAlgorithmMethod is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(rt.child(c, N0), N117), N132), N134).length)]) + ")";
}

function msg119(c, S, [v90_0]) {
  return "Element cac:AdditionalDocumentReference/cac:Attachment/cac:ExternalReference/cbc:ExpiryDate is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(rt.child(c, N0), N117), N132), N135).length)]) + ")";
}

function msg120(c, S, [v90_0]) {
  return "Element cac:AdditionalDocumentReference/cac:Attachment/cac:ExternalReference/cbc:ExpiryTime is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(rt.child(c, N0), N117), N132), N136).length)]) + ")";
}

function msg121(c, S, [v90_0]) {
  return "Element cac:AdditionalDocumentReference/cac:Attachment/cac:ExternalReference/cbc:MimeCode is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(rt.child(c, N0), N117), N132), N137).length)]) + ")";
}

function msg122(c, S, [v90_0]) {
  return "Element cac:AdditionalDocumentReference/cac:Attachment/cac:ExternalReference/cbc:FormatCode is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(rt.child(c, N0), N117), N132), N138).length)]) + ")";
}

function msg123(c, S, [v90_0]) {
  return "Element cac:AdditionalDocumentReference/cac:Attachment/cac:ExternalReference/cbc:EncodingCode is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(rt.child(c, N0), N117), N132), N139).length)]) + ")";
}

function msg124(c, S, [v90_0]) {
  return "Element cac:AdditionalDocumentReference/cac:Attachment/cac:ExternalReference/cbc:CharacterSetCode is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(rt.child(c, N0), N117), N132), N140).length)]) + ")";
}

function msg125(c, S, [v90_0]) {
  return "Element cac:AdditionalDocumentReference/cac:Attachment/cac:ExternalReference/cbc:FileName is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(rt.child(c, N0), N117), N132), N141).length)]) + ")";
}

function msg126(c, S, [v90_0]) {
  return "Element cac:AdditionalDocumentReference/cac:Attachment/cac:ExternalReference/cbc:Description is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(rt.child(c, N0), N117), N132), N106).length)]) + ")";
}

function msg127(c, S, [v90_0]) {
  return "Element cac:AdditionalDocumentReference/cac:ValidityPeriod is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.child(c, N0), N118).length)]) + ")";
}

function msg128(c, S, [v90_0]) {
  return "Element cac:AdditionalDocumentReference/cac:IssuerParty is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.child(c, N0), N119).length)]) + ")";
}

function msg129(c, S, [v90_0]) {
  return "Element cac:AdditionalDocumentReference/cac:ResultOfVerification is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.child(c, N0), N120).length)]) + ")";
}

function msg130(c, S, [v90_0]) {
  return "Element cac:ProjectReference/cbc:UUID is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.child(c, N142), N96).length)]) + ")";
}

function msg131(c, S, [v90_0]) {
  return "Element cac:ProjectReference/cbc:IssueDate is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.child(c, N142), N41).length)]) + ")";
}

function msg132(c, S, [v90_0]) {
  return "Element cac:ProjectReference/cac:WorkPhaseReference is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.child(c, N142), N143).length)]) + ")";
}

function msg133(c, S, [v90_0]) {
  return "Element cac:Signature is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.child(c, N144).length)]) + ")";
}

function msg134(c, S, [v90_0]) {
  return "Element cac:AccountingSupplierParty/cbc:CustomerAssignedAccountID is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.child(c, N45), N145).length)]) + ")";
}

function msg135(c, S, [v90_0]) {
  return "Element cac:AccountingSupplierParty/cbc:AdditionalAccountID is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.child(c, N45), N146).length)]) + ")";
}

function msg136(c, S, [v90_0]) {
  return "Element cac:AccountingSupplierParty/cbc:DataSendingCapability is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.child(c, N45), N147).length)]) + ")";
}

function msg137(c, S, [v90_0]) {
  return "Element cac:AccountingSupplierParty/cac:Party/cbc:MarkCareIndicator is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.child(c, N45), N3), N148).length)]) + ")";
}

function msg138(c, S, [v90_0]) {
  return "Element cac:AccountingSupplierParty/cac:Party/cbc:MarkAttentionIndicator is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.child(c, N45), N3), N149).length)]) + ")";
}

function msg139(c, S, [v90_0]) {
  return "Element cac:AccountingSupplierParty/cac:Party/cbc:WebsiteURI is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.child(c, N45), N3), N150).length)]) + ")";
}

function msg140(c, S, [v90_0]) {
  return "Element cac:AccountingSupplierParty/cac:Party/cbc:LogoReferenceID is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.child(c, N45), N3), N151).length)]) + ")";
}

function msg141(c, S, [v90_0]) {
  return "Element cac:AccountingSupplierParty/cac:Party/cbc:IndustryClassificationCode is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.child(c, N45), N3), N152).length)]) + ")";
}

function msg142(c, S, [v90_0]) {
  return "Element cac:AccountingSupplierParty/cac:Party/cac:Language is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.child(c, N45), N3), N153).length)]) + ")";
}

function msg143(c, S, [v90_0]) {
  return "Element cac:AccountingSupplierParty/cac:Party/cac:PostalAddress/cbc:ID is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(rt.child(c, N45), N3), N6), N1).length)]) + ")";
}

function msg144(c, S, [v90_0]) {
  return "Element cac:AccountingSupplierParty/cac:Party/cac:PostalAddress/cbc:AddressTypeCode is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(rt.child(c, N45), N3), N6), N154).length)]) + ")";
}

function msg145(c, S, [v90_0]) {
  return "Element cac:AccountingSupplierParty/cac:Party/cac:PostalAddress/cbc:AddressFormatCode is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(rt.child(c, N45), N3), N6), N155).length)]) + ")";
}

function msg146(c, S, [v90_0]) {
  return "Element cac:AccountingSupplierParty/cac:Party/cac:PostalAddress/cbc:Postbox is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(rt.child(c, N45), N3), N6), N156).length)]) + ")";
}

function msg147(c, S, [v90_0]) {
  return "Element cac:AccountingSupplierParty/cac:Party/cac:PostalAddress/cbc:Floor is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(rt.child(c, N45), N3), N6), N157).length)]) + ")";
}

function msg148(c, S, [v90_0]) {
  return "Element cac:AccountingSupplierParty/cac:Party/cac:PostalAddress/cbc:Room is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(rt.child(c, N45), N3), N6), N158).length)]) + ")";
}

function msg149(c, S, [v90_0]) {
  return "Element cac:AccountingSupplierParty/cac:Party/cac:PostalAddress/cbc:BlockName is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(rt.child(c, N45), N3), N6), N159).length)]) + ")";
}

function msg150(c, S, [v90_0]) {
  return "Element cac:AccountingSupplierParty/cac:Party/cac:PostalAddress/cbc:BuildingName is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(rt.child(c, N45), N3), N6), N160).length)]) + ")";
}

function msg151(c, S, [v90_0]) {
  return "Element cac:AccountingSupplierParty/cac:Party/cac:PostalAddress/cbc:BuildingNumber is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(rt.child(c, N45), N3), N6), N161).length)]) + ")";
}

function msg152(c, S, [v90_0]) {
  return "Element cac:AccountingSupplierParty/cac:Party/cac:PostalAddress/cbc:InhouseMail is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(rt.child(c, N45), N3), N6), N162).length)]) + ")";
}

function msg153(c, S, [v90_0]) {
  return "Element cac:AccountingSupplierParty/cac:Party/cac:PostalAddress/cbc:Department is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(rt.child(c, N45), N3), N6), N163).length)]) + ")";
}

function msg154(c, S, [v90_0]) {
  return "Element cac:AccountingSupplierParty/cac:Party/cac:PostalAddress/cbc:MarkAttention is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(rt.child(c, N45), N3), N6), N164).length)]) + ")";
}

function msg155(c, S, [v90_0]) {
  return "Element cac:AccountingSupplierParty/cac:Party/cac:PostalAddress/cbc:MarkCare is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(rt.child(c, N45), N3), N6), N165).length)]) + ")";
}

function msg156(c, S, [v90_0]) {
  return "Element cac:AccountingSupplierParty/cac:Party/cac:PostalAddress/cbc:PlotIdentification is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(rt.child(c, N45), N3), N6), N166).length)]) + ")";
}

function msg157(c, S, [v90_0]) {
  return "Element cac:AccountingSupplierParty/cac:Party/cac:PostalAddress/cbc:CitySubdivisionName is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(rt.child(c, N45), N3), N6), N167).length)]) + ")";
}

function msg158(c, S, [v90_0]) {
  return "Element cac:AccountingSupplierParty/cac:Party/cac:PostalAddress/cbc:CountrySubentityCode is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(rt.child(c, N45), N3), N6), N168).length)]) + ")";
}

function msg159(c, S, [v90_0]) {
  return "Element cac:AccountingSupplierParty/cac:Party/cac:PostalAddress/cbc:Region is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(rt.child(c, N45), N3), N6), N169).length)]) + ")";
}

function msg160(c, S, [v90_0]) {
  return "Element cac:AccountingSupplierParty/cac:Party/cac:PostalAddress/cbc:District is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(rt.child(c, N45), N3), N6), N170).length)]) + ")";
}

function msg161(c, S, [v90_0]) {
  return "Element cac:AccountingSupplierParty/cac:Party/cac:PostalAddress/cbc:TimezoneOffset is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(rt.child(c, N45), N3), N6), N171).length)]) + ")";
}

function msg162(c, S, [v90_0]) {
  return "Element cac:AccountingSupplierParty/cac:Party/cac:PostalAddress/cac:Country/cbc:Name is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(rt.child(c, N45), N3), N6), N7), N61).length)]) + ")";
}

function msg163(c, S, [v90_0]) {
  return "Element cac:AccountingSupplierParty/cac:Party/cac:PostalAddress/cac:LocationCoordinate is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(rt.child(c, N45), N3), N6), N172).length)]) + ")";
}

function msg164(c, S, [v90_0]) {
  return "Element cac:AccountingSupplierParty/cac:Party/cac:PhysicalLocation is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.child(c, N45), N3), N173).length)]) + ")";
}

function msg165(c, S, [v90_0]) {
  return "Element cac:AccountingSupplierParty/cac:Party/cac:PartyTaxScheme/cbc:RegistrationName is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(rt.child(c, N45), N3), N37), N46).length)]) + ")";
}

function msg166(c, S, [v90_0]) {
  return "Element cac:AccountingSupplierParty/cac:Party/cac:PartyTaxScheme/cbc:TaxLevelCode is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(rt.child(c, N45), N3), N37), N174).length)]) + ")";
}

function msg167(c, S, [v90_0]) {
  return "Element cac:AccountingSupplierParty/cac:Party/cac:PartyTaxScheme/cbc:ExemptionReasonCode is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(rt.child(c, N45), N3), N37), N175).length)]) + ")";
}

function msg168(c, S, [v90_0]) {
  return "Element cac:AccountingSupplierParty/cac:Party/cac:PartyTaxScheme/cbc:ExemptionReason is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(rt.child(c, N45), N3), N37), N176).length)]) + ")";
}

function msg169(c, S, [v90_0]) {
  return "Element cac:AccountingSupplierParty/cac:Party/cac:PartyTaxScheme/cac:RegistrationAddress is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(rt.child(c, N45), N3), N37), N177).length)]) + ")";
}

function msg170(c, S, [v90_0]) {
  return "Element cac:AccountingSupplierParty/cac:Party/cac:PartyTaxScheme/cac:TaxScheme/cbc:Name is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(rt.child(c, N45), N3), N37), N23), N61).length)]) + ")";
}

function msg171(c, S, [v90_0]) {
  return "Element cac:AccountingSupplierParty/cac:Party/cac:PartyTaxScheme/cac:TaxScheme/cbc:TaxTypeCode is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(rt.child(c, N45), N3), N37), N23), N178).length)]) + ")";
}

function msg172(c, S, [v90_0]) {
  return "Element cac:AccountingSupplierParty/cac:Party/cac:PartyTaxScheme/cac:TaxScheme/cbc:CurrencyCode is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(rt.child(c, N45), N3), N37), N23), N179).length)]) + ")";
}

function msg173(c, S, [v90_0]) {
  return "Element cac:AccountingSupplierParty/cac:Party/cac:PartyTaxScheme/cac:TaxScheme/cac:JurisdictionRegionAddress is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(rt.child(c, N45), N3), N37), N23), N180).length)]) + ")";
}

function msg174(c, S, [v90_0]) {
  return "Element cac:AccountingSupplierParty/cac:Party/cac:PartyLegalEntity/cbc:RegistrationDate is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(rt.child(c, N45), N3), N39), N181).length)]) + ")";
}

function msg175(c, S, [v90_0]) {
  return "Element cac:AccountingSupplierParty/cac:Party/cac:PartyLegalEntity/cbc:RegistrationExpirationDate is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(rt.child(c, N45), N3), N39), N182).length)]) + ")";
}

function msg176(c, S, [v90_0]) {
  return "Element cac:AccountingSupplierParty/cac:Party/cac:PartyLegalEntity/cbc:CompanyLegalFormCode is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(rt.child(c, N45), N3), N39), N183).length)]) + ")";
}

function msg177(c, S, [v90_0]) {
  return "Element cac:AccountingSupplierParty/cac:Party/cac:PartyLegalEntity/cbc:SoleProprietorshipIndicator is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(rt.child(c, N45), N3), N39), N184).length)]) + ")";
}

function msg178(c, S, [v90_0]) {
  return "Element cac:AccountingSupplierParty/cac:Party/cac:PartyLegalEntity/cbc:CompanyLiquidationStatusCode is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(rt.child(c, N45), N3), N39), N185).length)]) + ")";
}

function msg179(c, S, [v90_0]) {
  return "Element cac:AccountingSupplierParty/cac:Party/cac:PartyLegalEntity/cbc:CorporateStockAmount is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(rt.child(c, N45), N3), N39), N186).length)]) + ")";
}

function msg180(c, S, [v90_0]) {
  return "Element cac:AccountingSupplierParty/cac:Party/cac:PartyLegalEntity/cbc:FullyPaidSharesIndicator is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(rt.child(c, N45), N3), N39), N187).length)]) + ")";
}

function msg181(c, S, [v90_0]) {
  return "Element cac:AccountingSupplierParty/cac:Party/cac:PartyLegalEntity/cac:RegistrationAddress is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(rt.child(c, N45), N3), N39), N177).length)]) + ")";
}

function msg182(c, S, [v90_0]) {
  return "Element cac:AccountingSupplierParty/cac:Party/cac:PartyLegalEntity/cac:CorporateRegistrationScheme is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(rt.child(c, N45), N3), N39), N188).length)]) + ")";
}

function msg183(c, S, [v90_0]) {
  return "Element cac:AccountingSupplierParty/cac:Party/cac:PartyLegalEntity/cac:HeadOfficeParty is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(rt.child(c, N45), N3), N39), N189).length)]) + ")";
}

function msg184(c, S, [v90_0]) {
  return "Element cac:AccountingSupplierParty/cac:Party/cac:PartyLegalEntity/cac:ShareholderParty is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(rt.child(c, N45), N3), N39), N190).length)]) + ")";
}

function msg185(c, S, [v90_0]) {
  return "Element cac:AccountingSupplierParty/cac:Party/cac:Contact/cbc:ID is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(rt.child(c, N45), N3), N191), N1).length)]) + ")";
}

function msg186(c, S, [v90_0]) {
  return "Element cac:AccountingSupplierParty/cac:Party/cac:Contact/cbc:Telefax is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(rt.child(c, N45), N3), N191), N192).length)]) + ")";
}

function msg187(c, S, [v90_0]) {
  return "Element cac:AccountingSupplierParty/cac:Party/cac:Contact/cbc:Note is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(rt.child(c, N45), N3), N191), N73).length)]) + ")";
}

function msg188(c, S, [v90_0]) {
  return "Element cac:AccountingSupplierParty/cac:Party/cac:Contact/cac:OtherCommunication is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(rt.child(c, N45), N3), N191), N193).length)]) + ")";
}

function msg189(c, S, [v90_0]) {
  return "Element cac:AccountingSupplierParty/cac:Party/cac:Person is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.child(c, N45), N3), N194).length)]) + ")";
}

function msg190(c, S, [v90_0]) {
  return "Element cac:AccountingSupplierParty/cac:Party/cac:AgentParty is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.child(c, N45), N3), N195).length)]) + ")";
}

function msg191(c, S, [v90_0]) {
  return "Element cac:AccountingSupplierParty/cac:Party/cac:ServiceProviderParty is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.child(c, N45), N3), N196).length)]) + ")";
}

function msg192(c, S, [v90_0]) {
  return "Element cac:AccountingSupplierParty/cac:Party/cac:PowerOfAttorney is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.child(c, N45), N3), N197).length)]) + ")";
}

function msg193(c, S, [v90_0]) {
  return "Element cac:AccountingSupplierParty/cac:Party/cac:FinancialAccount is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.child(c, N45), N3), N198).length)]) + ")";
}

function msg194(c, S, [v90_0]) {
  return "Element cac:AccountingSupplierParty/cac:DespatchContact is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.child(c, N45), N199).length)]) + ")";
}

function msg195(c, S, [v90_0]) {
  return "Element cac:AccountingSupplierParty/cac:AccountingContact is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.child(c, N45), N200).length)]) + ")";
}

function msg196(c, S, [v90_0]) {
  return "Element cac:AccountingSupplierParty/cac:SellerContact is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.child(c, N45), N201).length)]) + ")";
}

function msg197(c, S, [v90_0]) {
  return "Element cac:AccountingCustomerParty/cbc:CustomerAssignedAccountID is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.child(c, N2), N145).length)]) + ")";
}

function msg198(c, S, [v90_0]) {
  return "Element cac:AccountingCustomerParty/cbc:SupplierAssignedAccountID is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.child(c, N2), N202).length)]) + ")";
}

function msg199(c, S, [v90_0]) {
  return "Element cac:AccountingCustomerParty/cbc:AdditionalAccountID is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.child(c, N2), N146).length)]) + ")";
}

function msg200(c, S, [v90_0]) {
  return "Element cac:AccountingCustomerParty/cac:Party/cbc:MarkCareIndicator is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.child(c, N2), N3), N148).length)]) + ")";
}

function msg201(c, S, [v90_0]) {
  return "Element cac:AccountingCustomerParty/cac:Party/cbc:MarkAttentionIndicator is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.child(c, N2), N3), N149).length)]) + ")";
}

function msg202(c, S, [v90_0]) {
  return "Element cac:AccountingCustomerParty/cac:Party/cbc:WebsiteURI is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.child(c, N2), N3), N150).length)]) + ")";
}

function msg203(c, S, [v90_0]) {
  return "Element cac:AccountingCustomerParty/cac:Party/cbc:LogoReferenceID is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.child(c, N2), N3), N151).length)]) + ")";
}

function msg204(c, S, [v90_0]) {
  return "Element cac:AccountingCustomerParty/cac:Party/cbc:IndustryClassificationCode is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.child(c, N2), N3), N152).length)]) + ")";
}

function msg205(c, S, [v90_0]) {
  return "Element cac:AccountingCustomerParty/cac:Party/cac:Language is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.child(c, N2), N3), N153).length)]) + ")";
}

function msg206(c, S, [v90_0]) {
  return "Element cac:AccountingCustomerParty/cac:Party/cac:PostalAddress/cbc:ID is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(rt.child(c, N2), N3), N6), N1).length)]) + ")";
}

function msg207(c, S, [v90_0]) {
  return "Element cac:AccountingCustomerParty/cac:Party/cac:PostalAddress/cbc:AddressTypeCode is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(rt.child(c, N2), N3), N6), N154).length)]) + ")";
}

function msg208(c, S, [v90_0]) {
  return "Element cac:AccountingCustomerParty/cac:Party/cac:PostalAddress/cbc:AddressFormatCode is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(rt.child(c, N2), N3), N6), N155).length)]) + ")";
}

function msg209(c, S, [v90_0]) {
  return "Element cac:AccountingCustomerParty/cac:Party/cac:PostalAddress/cbc:Postbox is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(rt.child(c, N2), N3), N6), N156).length)]) + ")";
}

function msg210(c, S, [v90_0]) {
  return "Element cac:AccountingCustomerParty/cac:Party/cac:PostalAddress/cbc:Floor is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(rt.child(c, N2), N3), N6), N157).length)]) + ")";
}

function msg211(c, S, [v90_0]) {
  return "Element cac:AccountingCustomerParty/cac:Party/cac:PostalAddress/cbc:Room is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(rt.child(c, N2), N3), N6), N158).length)]) + ")";
}

function msg212(c, S, [v90_0]) {
  return "Element cac:AccountingCustomerParty/cac:Party/cac:PostalAddress/cbc:BlockName is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(rt.child(c, N2), N3), N6), N159).length)]) + ")";
}

function msg213(c, S, [v90_0]) {
  return "Element cac:AccountingCustomerParty/cac:Party/cac:PostalAddress/cbc:BuildingName is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(rt.child(c, N2), N3), N6), N160).length)]) + ")";
}

function msg214(c, S, [v90_0]) {
  return "Element cac:AccountingCustomerParty/cac:Party/cac:PostalAddress/cbc:BuildingNumber is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(rt.child(c, N2), N3), N6), N161).length)]) + ")";
}

function msg215(c, S, [v90_0]) {
  return "Element cac:AccountingCustomerParty/cac:Party/cac:PostalAddress/cbc:InhouseMail is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(rt.child(c, N2), N3), N6), N162).length)]) + ")";
}

function msg216(c, S, [v90_0]) {
  return "Element cac:AccountingCustomerParty/cac:Party/cac:PostalAddress/cbc:Department is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(rt.child(c, N2), N3), N6), N163).length)]) + ")";
}

function msg217(c, S, [v90_0]) {
  return "Element cac:AccountingCustomerParty/cac:Party/cac:PostalAddress/cbc:MarkAttention is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(rt.child(c, N2), N3), N6), N164).length)]) + ")";
}

function msg218(c, S, [v90_0]) {
  return "Element cac:AccountingCustomerParty/cac:Party/cac:PostalAddress/cbc:MarkCare is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(rt.child(c, N2), N3), N6), N165).length)]) + ")";
}

function msg219(c, S, [v90_0]) {
  return "Element cac:AccountingCustomerParty/cac:Party/cac:PostalAddress/cbc:PlotIdentification is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(rt.child(c, N2), N3), N6), N166).length)]) + ")";
}

function msg220(c, S, [v90_0]) {
  return "Element cac:AccountingCustomerParty/cac:Party/cac:PostalAddress/cbc:CitySubdivisionName is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(rt.child(c, N2), N3), N6), N167).length)]) + ")";
}

function msg221(c, S, [v90_0]) {
  return "Element cac:AccountingCustomerParty/cac:Party/cac:PostalAddress/cbc:CountrySubentityCode is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(rt.child(c, N2), N3), N6), N168).length)]) + ")";
}

function msg222(c, S, [v90_0]) {
  return "Element cac:AccountingCustomerParty/cac:Party/cac:PostalAddress/cbc:Region is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(rt.child(c, N2), N3), N6), N169).length)]) + ")";
}

function msg223(c, S, [v90_0]) {
  return "Element cac:AccountingCustomerParty/cac:Party/cac:PostalAddress/cbc:District is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(rt.child(c, N2), N3), N6), N170).length)]) + ")";
}

function msg224(c, S, [v90_0]) {
  return "Element cac:AccountingCustomerParty/cac:Party/cac:PostalAddress/cbc:TimezoneOffset is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(rt.child(c, N2), N3), N6), N171).length)]) + ")";
}

function msg225(c, S, [v90_0]) {
  return "Element cac:AccountingCustomerParty/cac:Party/cac:PostalAddress/cac:Country/cbc:Name is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(rt.child(c, N2), N3), N6), N7), N61).length)]) + ")";
}

function msg226(c, S, [v90_0]) {
  return "Element cac:AccountingCustomerParty/cac:Party/cac:PostalAddress/cac:LocationCoordinate is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(rt.child(c, N2), N3), N6), N172).length)]) + ")";
}

function msg227(c, S, [v90_0]) {
  return "Element cac:AccountingCustomerParty/cac:Party/cac:PhysicalLocation is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.child(c, N2), N3), N173).length)]) + ")";
}

function msg228(c, S, [v90_0]) {
  return "Element cac:AccountingCustomerParty/cac:Party/cac:PartyTaxScheme/cbc:RegistrationName is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(rt.child(c, N2), N3), N37), N46).length)]) + ")";
}

function msg229(c, S, [v90_0]) {
  return "Element cac:AccountingCustomerParty/cac:Party/cac:PartyTaxScheme/cbc:TaxLevelCode is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(rt.child(c, N2), N3), N37), N174).length)]) + ")";
}

function msg230(c, S, [v90_0]) {
  return "Element cac:AccountingCustomerParty/cac:Party/cac:PartyTaxScheme/cbc:ExemptionReasonCode is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(rt.child(c, N2), N3), N37), N175).length)]) + ")";
}

function msg231(c, S, [v90_0]) {
  return "Element cac:AccountingCustomerParty/cac:Party/cac:PartyTaxScheme/cbc:ExemptionReason is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(rt.child(c, N2), N3), N37), N176).length)]) + ")";
}

function msg232(c, S, [v90_0]) {
  return "Element cac:AccountingCustomerParty/cac:Party/cac:PartyTaxScheme/cac:RegistrationAddress is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(rt.child(c, N2), N3), N37), N177).length)]) + ")";
}

function msg233(c, S, [v90_0]) {
  return "Element cac:AccountingCustomerParty/cac:Party/cac:PartyTaxScheme/cac:TaxScheme/cbc:Name is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(rt.child(c, N2), N3), N37), N23), N61).length)]) + ")";
}

function msg234(c, S, [v90_0]) {
  return "Element cac:AccountingCustomerParty/cac:Party/cac:PartyTaxScheme/cac:TaxScheme/cbc:TaxTypeCode is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(rt.child(c, N2), N3), N37), N23), N178).length)]) + ")";
}

function msg235(c, S, [v90_0]) {
  return "Element cac:AccountingCustomerParty/cac:Party/cac:PartyTaxScheme/cac:TaxScheme/cbc:CurrencyCode is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(rt.child(c, N2), N3), N37), N23), N179).length)]) + ")";
}

function msg236(c, S, [v90_0]) {
  return "Element cac:AccountingCustomerParty/cac:Party/cac:PartyTaxScheme/cac:TaxScheme/cac:JurisdictionRegionAddress is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(rt.child(c, N2), N3), N37), N23), N180).length)]) + ")";
}

function msg237(c, S, [v90_0]) {
  return "Element cac:AccountingCustomerParty/cac:Party/cac:PartyLegalEntity/cbc:RegistrationDate is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(rt.child(c, N2), N3), N39), N181).length)]) + ")";
}

function msg238(c, S, [v90_0]) {
  return "Element cac:AccountingCustomerParty/cac:Party/cac:PartyLegalEntity/cbc:RegistrationExpirationDate is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(rt.child(c, N2), N3), N39), N182).length)]) + ")";
}

function msg239(c, S, [v90_0]) {
  return "Element cac:AccountingCustomerParty/cac:Party/cac:PartyLegalEntity/cbc:CompanyLegalFormCode is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(rt.child(c, N2), N3), N39), N183).length)]) + ")";
}

function msg240(c, S, [v90_0]) {
  return "Element cac:AccountingCustomerParty/cac:Party/cac:PartyLegalEntity/cbc:CompanyLegalForm is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(rt.child(c, N2), N3), N39), N203).length)]) + ")";
}

function msg241(c, S, [v90_0]) {
  return "Element cac:AccountingCustomerParty/cac:Party/cac:PartyLegalEntity/cbc:SoleProprietorshipIndicator is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(rt.child(c, N2), N3), N39), N184).length)]) + ")";
}

function msg242(c, S, [v90_0]) {
  return "Element cac:AccountingCustomerParty/cac:Party/cac:PartyLegalEntity/cbc:CompanyLiquidationStatusCode is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(rt.child(c, N2), N3), N39), N185).length)]) + ")";
}

function msg243(c, S, [v90_0]) {
  return "Element cac:AccountingCustomerParty/cac:Party/cac:PartyLegalEntity/cbc:CorporateStockAmount is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(rt.child(c, N2), N3), N39), N186).length)]) + ")";
}

function msg244(c, S, [v90_0]) {
  return "Element cac:AccountingCustomerParty/cac:Party/cac:PartyLegalEntity/cbc:FullyPaidSharesIndicator is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(rt.child(c, N2), N3), N39), N187).length)]) + ")";
}

function msg245(c, S, [v90_0]) {
  return "Element cac:AccountingCustomerParty/cac:Party/cac:PartyLegalEntity/cac:RegistrationAddress is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(rt.child(c, N2), N3), N39), N177).length)]) + ")";
}

function msg246(c, S, [v90_0]) {
  return "Element cac:AccountingCustomerParty/cac:Party/cac:PartyLegalEntity/cac:CorporateRegistrationScheme is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(rt.child(c, N2), N3), N39), N188).length)]) + ")";
}

function msg247(c, S, [v90_0]) {
  return "Element cac:AccountingCustomerParty/cac:Party/cac:PartyLegalEntity/cac:HeadOfficeParty is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(rt.child(c, N2), N3), N39), N189).length)]) + ")";
}

function msg248(c, S, [v90_0]) {
  return "Element cac:AccountingCustomerParty/cac:Party/cac:PartyLegalEntity/cac:ShareholderParty is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(rt.child(c, N2), N3), N39), N190).length)]) + ")";
}

function msg249(c, S, [v90_0]) {
  return "Element cac:AccountingCustomerParty/cac:Party/cac:Contact/cbc:ID is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(rt.child(c, N2), N3), N191), N1).length)]) + ")";
}

function msg250(c, S, [v90_0]) {
  return "Element cac:AccountingCustomerParty/cac:Party/cac:Contact/cbc:Telefax is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(rt.child(c, N2), N3), N191), N192).length)]) + ")";
}

function msg251(c, S, [v90_0]) {
  return "Element cac:AccountingCustomerParty/cac:Party/cac:Contact/cbc:Note is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(rt.child(c, N2), N3), N191), N73).length)]) + ")";
}

function msg252(c, S, [v90_0]) {
  return "Element cac:AccountingCustomerParty/cac:Party/cac:Contact/cac:OtherCommunication is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(rt.child(c, N2), N3), N191), N193).length)]) + ")";
}

function msg253(c, S, [v90_0]) {
  return "Element cac:AccountingCustomerParty/cac:Party/cac:Person is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.child(c, N2), N3), N194).length)]) + ")";
}

function msg254(c, S, [v90_0]) {
  return "Element cac:AccountingCustomerParty/cac:Party/cac:AgentParty is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.child(c, N2), N3), N195).length)]) + ")";
}

function msg255(c, S, [v90_0]) {
  return "Element cac:AccountingCustomerParty/cac:Party/cac:ServiceProviderParty is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.child(c, N2), N3), N196).length)]) + ")";
}

function msg256(c, S, [v90_0]) {
  return "Element cac:AccountingCustomerParty/cac:Party/cac:PowerOfAttorney is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.child(c, N2), N3), N197).length)]) + ")";
}

function msg257(c, S, [v90_0]) {
  return "Element cac:AccountingCustomerParty/cac:Party/cac:FinancialAccount is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.child(c, N2), N3), N198).length)]) + ")";
}

function msg258(c, S, [v90_0]) {
  return "Element cac:AccountingCustomerParty/cac:DeliveryContact is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.child(c, N2), N204).length)]) + ")";
}

function msg259(c, S, [v90_0]) {
  return "Element cac:AccountingCustomerParty/cac:AccountingContact is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.child(c, N2), N200).length)]) + ")";
}

function msg260(c, S, [v90_0]) {
  return "Element cac:AccountingCustomerParty/cac:BuyerContact is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.child(c, N2), N205).length)]) + ")";
}

function msg261(c, S, [v90_0]) {
  return "Element cac:PayeeParty/cbc:MarkCareIndicator is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.child(c, N74), N148).length)]) + ")";
}

function msg262(c, S, [v90_0]) {
  return "Element cac:PayeeParty/cbc:MarkAttentionIndicator is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.child(c, N74), N149).length)]) + ")";
}

function msg263(c, S, [v90_0]) {
  return "Element cac:PayeeParty/cbc:WebsiteURI is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.child(c, N74), N150).length)]) + ")";
}

function msg264(c, S, [v90_0]) {
  return "Element cac:PayeeParty/cbc:LogoReferenceID is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.child(c, N74), N151).length)]) + ")";
}

function msg265(c, S, [v90_0]) {
  return "Element cac:PayeeParty/cbc:EndpointID is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.child(c, N74), N4).length)]) + ")";
}

function msg266(c, S, [v90_0]) {
  return "Element cac:PayeeParty/cbc:IndustryClassificationCode is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.child(c, N74), N152).length)]) + ")";
}

function msg267(c, S, [v90_0]) {
  return "Element cac:PayeeParty/cac:Language is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.child(c, N74), N153).length)]) + ")";
}

function msg268(c, S, [v90_0]) {
  return "Element cac:PayeeParty/cac:PostalAddress is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.child(c, N74), N6).length)]) + ")";
}

function msg269(c, S, [v90_0]) {
  return "Element cac:PayeeParty/cac:PhysicalLocation is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.child(c, N74), N173).length)]) + ")";
}

function msg270(c, S, [v90_0]) {
  return "Element cac:PayeeParty/cac:PartyTaxScheme is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.child(c, N74), N37).length)]) + ")";
}

function msg271(c, S, [v90_0]) {
  return "Element cac:PayeeParty/cac:PartyLegalEntity/cbc:RegistrationName is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.child(c, N74), N39), N46).length)]) + ")";
}

function msg272(c, S, [v90_0]) {
  return "Element cac:PayeeParty/cac:PartyLegalEntity/cbc:RegistrationDate is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.child(c, N74), N39), N181).length)]) + ")";
}

function msg273(c, S, [v90_0]) {
  return "Element cac:PayeeParty/cac:PartyLegalEntity/cbc:RegistrationExpirationDate is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.child(c, N74), N39), N182).length)]) + ")";
}

function msg274(c, S, [v90_0]) {
  return "Element cac:PayeeParty/cac:PartyLegalEntity/cbc:CompanyLegalFormCode is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.child(c, N74), N39), N183).length)]) + ")";
}

function msg275(c, S, [v90_0]) {
  return "Element cac:PayeeParty/cac:PartyLegalEntity/cbc:CompanyLegalForm is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.child(c, N74), N39), N203).length)]) + ")";
}

function msg276(c, S, [v90_0]) {
  return "Element cac:PayeeParty/cac:PartyLegalEntity/cbc:SoleProprietorshipIndicator is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.child(c, N74), N39), N184).length)]) + ")";
}

function msg277(c, S, [v90_0]) {
  return "Element cac:PayeeParty/cac:PartyLegalEntity/cbc:CompanyLiquidationStatusCode is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.child(c, N74), N39), N185).length)]) + ")";
}

function msg278(c, S, [v90_0]) {
  return "Element cac:PayeeParty/cac:PartyLegalEntity/cbc:CorporateStockAmount is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.child(c, N74), N39), N186).length)]) + ")";
}

function msg279(c, S, [v90_0]) {
  return "Element cac:PayeeParty/cac:PartyLegalEntity/cbc:FullyPaidSharesIndicator is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.child(c, N74), N39), N187).length)]) + ")";
}

function msg280(c, S, [v90_0]) {
  return "Element cac:PayeeParty/cac:PartyLegalEntity/cac:RegistrationAddress is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.child(c, N74), N39), N177).length)]) + ")";
}

function msg281(c, S, [v90_0]) {
  return "Element cac:PayeeParty/cac:PartyLegalEntity/cac:CorporateRegistrationScheme is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.child(c, N74), N39), N188).length)]) + ")";
}

function msg282(c, S, [v90_0]) {
  return "Element cac:PayeeParty/cac:PartyLegalEntity/cac:HeadOfficeParty is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.child(c, N74), N39), N189).length)]) + ")";
}

function msg283(c, S, [v90_0]) {
  return "Element cac:PayeeParty/cac:PartyLegalEntity/cac:ShareholderParty is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.child(c, N74), N39), N190).length)]) + ")";
}

function msg284(c, S, [v90_0]) {
  return "Element cac:PayeeParty/cac:Contact is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.child(c, N74), N191).length)]) + ")";
}

function msg285(c, S, [v90_0]) {
  return "Element cac:PayeeParty/cac:Person is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.child(c, N74), N194).length)]) + ")";
}

function msg286(c, S, [v90_0]) {
  return "Element cac:PayeeParty/cac:AgentParty is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.child(c, N74), N195).length)]) + ")";
}

function msg287(c, S, [v90_0]) {
  return "Element cac:PayeeParty/cac:ServiceProviderParty is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.child(c, N74), N196).length)]) + ")";
}

function msg288(c, S, [v90_0]) {
  return "Element cac:PayeeParty/cac:PowerOfAttorney is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.child(c, N74), N197).length)]) + ")";
}

function msg289(c, S, [v90_0]) {
  return "Element cac:PayeeParty/cac:FinancialAccount is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.child(c, N74), N198).length)]) + ")";
}

function msg290(c, S, [v90_0]) {
  return "Element cac:BuyerCustomerParty is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.child(c, N206).length)]) + ")";
}

function msg291(c, S, [v90_0]) {
  return "Element cac:SellerSupplierParty is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.child(c, N207).length)]) + ")";
}

function msg292(c, S, [v90_0]) {
  return "Element cac:TaxRepresentativeParty/cbc:MarkCareIndicator is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.child(c, N81), N148).length)]) + ")";
}

function msg293(c, S, [v90_0]) {
  return "Element cac:TaxRepresentativeParty/cbc:MarkAttentionIndicator is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.child(c, N81), N149).length)]) + ")";
}

function msg294(c, S, [v90_0]) {
  return "Element cac:TaxRepresentativeParty/cbc:WebsiteURI is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.child(c, N81), N150).length)]) + ")";
}

function msg295(c, S, [v90_0]) {
  return "Element cac:TaxRepresentativeParty/cbc:LogoReferenceID is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.child(c, N81), N151).length)]) + ")";
}

function msg296(c, S, [v90_0]) {
  return "Element cac:TaxRepresentativeParty/cbc:EndpointID is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.child(c, N81), N4).length)]) + ")";
}

function msg297(c, S, [v90_0]) {
  return "Element cac:TaxRepresentativeParty/cbc:IndustryClassificationCode is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.child(c, N81), N152).length)]) + ")";
}

function msg298(c, S, [v90_0]) {
  return "Element cac:TaxRepresentativeParty/cac:PartyIdentification is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.child(c, N81), N76).length)]) + ")";
}

function msg299(c, S, [v90_0]) {
  return "Element cac:TaxRepresentativeParty/cac:Language is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.child(c, N81), N153).length)]) + ")";
}

function msg300(c, S, [v90_0]) {
  return "Element cac:TaxRepresentativeParty/cac:PostalAddress/cbc:ID is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.child(c, N81), N6), N1).length)]) + ")";
}

function msg301(c, S, [v90_0]) {
  return "Element cac:TaxRepresentativeParty/cac:PostalAddress/cbc:AddressTypeCode is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.child(c, N81), N6), N154).length)]) + ")";
}

function msg302(c, S, [v90_0]) {
  return "Element cac:TaxRepresentativeParty/cac:PostalAddress/cbc:AddressFormatCode is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.child(c, N81), N6), N155).length)]) + ")";
}

function msg303(c, S, [v90_0]) {
  return "Element cac:TaxRepresentativeParty/cac:PostalAddress/cbc:Postbox is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.child(c, N81), N6), N156).length)]) + ")";
}

function msg304(c, S, [v90_0]) {
  return "Element cac:TaxRepresentativeParty/cac:PostalAddress/cbc:Floor is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.child(c, N81), N6), N157).length)]) + ")";
}

function msg305(c, S, [v90_0]) {
  return "Element cac:TaxRepresentativeParty/cac:PostalAddress/cbc:Room is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.child(c, N81), N6), N158).length)]) + ")";
}

function msg306(c, S, [v90_0]) {
  return "Element cac:TaxRepresentativeParty/cac:PostalAddress/cbc:BlockName is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.child(c, N81), N6), N159).length)]) + ")";
}

function msg307(c, S, [v90_0]) {
  return "Element cac:TaxRepresentativeParty/cac:PostalAddress/cbc:BuildingName is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.child(c, N81), N6), N160).length)]) + ")";
}

function msg308(c, S, [v90_0]) {
  return "Element cac:TaxRepresentativeParty/cac:PostalAddress/cbc:BuildingNumber is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.child(c, N81), N6), N161).length)]) + ")";
}

function msg309(c, S, [v90_0]) {
  return "Element cac:TaxRepresentativeParty/cac:PostalAddress/cbc:InhouseMail is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.child(c, N81), N6), N162).length)]) + ")";
}

function msg310(c, S, [v90_0]) {
  return "Element cac:TaxRepresentativeParty/cac:PostalAddress/cbc:Department is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.child(c, N81), N6), N163).length)]) + ")";
}

function msg311(c, S, [v90_0]) {
  return "Element cac:TaxRepresentativeParty/cac:PostalAddress/cbc:MarkAttention is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.child(c, N81), N6), N164).length)]) + ")";
}

function msg312(c, S, [v90_0]) {
  return "Element cac:TaxRepresentativeParty/cac:PostalAddress/cbc:MarkCare is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.child(c, N81), N6), N165).length)]) + ")";
}

function msg313(c, S, [v90_0]) {
  return "Element cac:TaxRepresentativeParty/cac:PostalAddress/cbc:PlotIdentification is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.child(c, N81), N6), N166).length)]) + ")";
}

function msg314(c, S, [v90_0]) {
  return "Element cac:TaxRepresentativeParty/cac:PostalAddress/cbc:CitySubdivisionName is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.child(c, N81), N6), N167).length)]) + ")";
}

function msg315(c, S, [v90_0]) {
  return "Element cac:TaxRepresentativeParty/cac:PostalAddress/cbc:CountrySubentityCode is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.child(c, N81), N6), N168).length)]) + ")";
}

function msg316(c, S, [v90_0]) {
  return "Element cac:TaxRepresentativeParty/cac:PostalAddress/cbc:Region is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.child(c, N81), N6), N169).length)]) + ")";
}

function msg317(c, S, [v90_0]) {
  return "Element cac:TaxRepresentativeParty/cac:PostalAddress/cbc:District is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.child(c, N81), N6), N170).length)]) + ")";
}

function msg318(c, S, [v90_0]) {
  return "Element cac:TaxRepresentativeParty/cac:PostalAddress/cbc:TimezoneOffset is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.child(c, N81), N6), N171).length)]) + ")";
}

function msg319(c, S, [v90_0]) {
  return "Element cac:TaxRepresentativeParty/cac:PostalAddress/cac:Country/cbc:Name is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(rt.child(c, N81), N6), N7), N61).length)]) + ")";
}

function msg320(c, S, [v90_0]) {
  return "Element cac:TaxRepresentativeParty/cac:PostalAddress/cac:LocationCoordinate is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.child(c, N81), N6), N172).length)]) + ")";
}

function msg321(c, S, [v90_0]) {
  return "Element cac:TaxRepresentativeParty/cac:PhysicalLocation is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.child(c, N81), N173).length)]) + ")";
}

function msg322(c, S, [v90_0]) {
  return "Element cac:TaxRepresentativeParty/cac:PartyTaxScheme/cbc:RegistrationName is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.child(c, N81), N37), N46).length)]) + ")";
}

function msg323(c, S, [v90_0]) {
  return "Element cac:TaxRepresentativeParty/cac:PartyTaxScheme/cbc:TaxLevelCode is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.child(c, N81), N37), N174).length)]) + ")";
}

function msg324(c, S, [v90_0]) {
  return "Element cac:TaxRepresentativeParty/cac:PartyTaxScheme/cbc:ExemptionReasonCode is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.child(c, N81), N37), N175).length)]) + ")";
}

function msg325(c, S, [v90_0]) {
  return "Element cac:TaxRepresentativeParty/cac:PartyTaxScheme/cbc:ExemptionReason is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.child(c, N81), N37), N176).length)]) + ")";
}

function msg326(c, S, [v90_0]) {
  return "Element cac:TaxRepresentativeParty/cac:PartyTaxScheme/cac:RegistrationAddress is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.child(c, N81), N37), N177).length)]) + ")";
}

function msg327(c, S, [v90_0]) {
  return "Element cac:TaxRepresentativeParty/cac:PartyTaxScheme/cac:TaxScheme/cbc:Name is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(rt.child(c, N81), N37), N23), N61).length)]) + ")";
}

function msg328(c, S, [v90_0]) {
  return "Element cac:TaxRepresentativeParty/cac:PartyTaxScheme/cac:TaxScheme/cbc:TaxTypeCode is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(rt.child(c, N81), N37), N23), N178).length)]) + ")";
}

function msg329(c, S, [v90_0]) {
  return "Element cac:TaxRepresentativeParty/cac:PartyTaxScheme/cac:TaxScheme/cbc:CurrencyCode is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(rt.child(c, N81), N37), N23), N179).length)]) + ")";
}

function msg330(c, S, [v90_0]) {
  return "Element cac:TaxRepresentativeParty/cac:PartyTaxScheme/cac:TaxScheme/cac:JurisdictionRegionAddress is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(rt.child(c, N81), N37), N23), N180).length)]) + ")";
}

function msg331(c, S, [v90_0]) {
  return "Element cac:TaxRepresentativeParty/cac:PartyLegalEntity is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.child(c, N81), N39).length)]) + ")";
}

function msg332(c, S, [v90_0]) {
  return "Element cac:TaxRepresentativeParty/cac:Contact is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.child(c, N81), N191).length)]) + ")";
}

function msg333(c, S, [v90_0]) {
  return "Element cac:TaxRepresentativeParty/cac:Person is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.child(c, N81), N194).length)]) + ")";
}

function msg334(c, S, [v90_0]) {
  return "Element cac:TaxRepresentativeParty/cac:AgentParty is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.child(c, N81), N195).length)]) + ")";
}

function msg335(c, S, [v90_0]) {
  return "Element cac:TaxRepresentativeParty/cac:ServiceProviderParty is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.child(c, N81), N196).length)]) + ")";
}

function msg336(c, S, [v90_0]) {
  return "Element cac:TaxRepresentativeParty/cac:PowerOfAttorney is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.child(c, N81), N197).length)]) + ")";
}

function msg337(c, S, [v90_0]) {
  return "Element cac:TaxRepresentativeParty/cac:FinancialAccount is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.child(c, N81), N198).length)]) + ")";
}

function msg338(c, S, [v90_0]) {
  return "Element cac:Delivery/cbc:ID is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.child(c, N12), N1).length)]) + ")";
}

function msg339(c, S, [v90_0]) {
  return "Element cac:Delivery/cbc:Quantity is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.child(c, N12), N208).length)]) + ")";
}

function msg340(c, S, [v90_0]) {
  return "Element cac:Delivery/cbc:MinimumQuantity is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.child(c, N12), N209).length)]) + ")";
}

function msg341(c, S, [v90_0]) {
  return "Element cac:Delivery/cbc:MaximumQuantity is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.child(c, N12), N210).length)]) + ")";
}

function msg342(c, S, [v90_0]) {
  return "Element cac:Delivery/cbc:ActualDeliveryTime is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.child(c, N12), N211).length)]) + ")";
}

function msg343(c, S, [v90_0]) {
  return "Element cac:Delivery/cbc:LatestDeliveryDate is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.child(c, N12), N212).length)]) + ")";
}

function msg344(c, S, [v90_0]) {
  return "Element cac:Delivery/cbc:LatestDeliveryTime is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.child(c, N12), N213).length)]) + ")";
}

function msg345(c, S, [v90_0]) {
  return "Element cac:Delivery/cbc:ReleaseID is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.child(c, N12), N214).length)]) + ")";
}

function msg346(c, S, [v90_0]) {
  return "Element cac:Delivery/cbc:TrackingID is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.child(c, N12), N215).length)]) + ")";
}

function msg347(c, S, [v90_0]) {
  return "Element cac:Delivery/cac:DeliveryLocation/cbc:Description is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.child(c, N12), N13), N106).length)]) + ")";
}

function msg348(c, S, [v90_0]) {
  return "Element cac:Delivery/cac:DeliveryLocation/cbc:Conditions is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.child(c, N12), N13), N216).length)]) + ")";
}

function msg349(c, S, [v90_0]) {
  return "Element cac:Delivery/cac:DeliveryLocation/cbc:CountrySubentity is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.child(c, N12), N13), N217).length)]) + ")";
}

function msg350(c, S, [v90_0]) {
  return "Element cac:Delivery/cac:DeliveryLocation/cbc:CountrySubentityCode is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.child(c, N12), N13), N168).length)]) + ")";
}

function msg351(c, S, [v90_0]) {
  return "Element cac:Delivery/cac:DeliveryLocation/cbc:LocationTypeCode is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.child(c, N12), N13), N218).length)]) + ")";
}

function msg352(c, S, [v90_0]) {
  return "Element cac:Delivery/cac:DeliveryLocation/cbc:InformationURI is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.child(c, N12), N13), N219).length)]) + ")";
}

function msg353(c, S, [v90_0]) {
  return "Element cac:Delivery/cac:DeliveryLocation/cbc:Name is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.child(c, N12), N13), N61).length)]) + ")";
}

function msg354(c, S, [v90_0]) {
  return "Element cac:Delivery/cac:DeliveryLocation/cac:ValidityPeriod is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.child(c, N12), N13), N118).length)]) + ")";
}

function msg355(c, S, [v90_0]) {
  return "Element cac:Delivery/cac:DeliveryLocation/cac:Address/cbc:ID is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(rt.child(c, N12), N13), N14), N1).length)]) + ")";
}

function msg356(c, S, [v90_0]) {
  return "Element cac:Delivery/cac:DeliveryLocation/cac:Address/cbc:AddressTypeCode is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(rt.child(c, N12), N13), N14), N154).length)]) + ")";
}

function msg357(c, S, [v90_0]) {
  return "Element cac:Delivery/cac:DeliveryLocation/cac:Address/cbc:AddressFormatCode is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(rt.child(c, N12), N13), N14), N155).length)]) + ")";
}

function msg358(c, S, [v90_0]) {
  return "Element cac:Delivery/cac:DeliveryLocation/cac:Address/cbc:Postbox is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(rt.child(c, N12), N13), N14), N156).length)]) + ")";
}

function msg359(c, S, [v90_0]) {
  return "Element cac:Delivery/cac:DeliveryLocation/cac:Address/cbc:Floor is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(rt.child(c, N12), N13), N14), N157).length)]) + ")";
}

function msg360(c, S, [v90_0]) {
  return "Element cac:Delivery/cac:DeliveryLocation/cac:Address/cbc:Room is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(rt.child(c, N12), N13), N14), N158).length)]) + ")";
}

function msg361(c, S, [v90_0]) {
  return "Element cac:Delivery/cac:DeliveryLocation/cac:Address/cbc:BlockName is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(rt.child(c, N12), N13), N14), N159).length)]) + ")";
}

function msg362(c, S, [v90_0]) {
  return "Element cac:Delivery/cac:DeliveryLocation/cac:Address/cbc:BuildingName is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(rt.child(c, N12), N13), N14), N160).length)]) + ")";
}

function msg363(c, S, [v90_0]) {
  return "Element cac:Delivery/cac:DeliveryLocation/cac:Address/cbc:BuildingNumber is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(rt.child(c, N12), N13), N14), N161).length)]) + ")";
}

function msg364(c, S, [v90_0]) {
  return "Element cac:Delivery/cac:DeliveryLocation/cac:Address/cbc:InhouseMail is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(rt.child(c, N12), N13), N14), N162).length)]) + ")";
}

function msg365(c, S, [v90_0]) {
  return "Element cac:Delivery/cac:DeliveryLocation/cac:Address/cbc:Department is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(rt.child(c, N12), N13), N14), N163).length)]) + ")";
}

function msg366(c, S, [v90_0]) {
  return "Element cac:Delivery/cac:DeliveryLocation/cac:Address/cbc:MarkAttention is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(rt.child(c, N12), N13), N14), N164).length)]) + ")";
}

function msg367(c, S, [v90_0]) {
  return "Element cac:Delivery/cac:DeliveryLocation/cac:Address/cbc:MarkCare is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(rt.child(c, N12), N13), N14), N165).length)]) + ")";
}

function msg368(c, S, [v90_0]) {
  return "Element cac:Delivery/cac:DeliveryLocation/cac:Address/cbc:PlotIdentification is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(rt.child(c, N12), N13), N14), N166).length)]) + ")";
}

function msg369(c, S, [v90_0]) {
  return "Element cac:Delivery/cac:DeliveryLocation/cac:Address/cbc:CitySubdivisionName is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(rt.child(c, N12), N13), N14), N167).length)]) + ")";
}

function msg370(c, S, [v90_0]) {
  return "Element cac:Delivery/cac:DeliveryLocation/cac:Address/cbc:CountrySubentityCode is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(rt.child(c, N12), N13), N14), N168).length)]) + ")";
}

function msg371(c, S, [v90_0]) {
  return "Element cac:Delivery/cac:DeliveryLocation/cac:Address/cbc:Region is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(rt.child(c, N12), N13), N14), N169).length)]) + ")";
}

function msg372(c, S, [v90_0]) {
  return "Element cac:Delivery/cac:DeliveryLocation/cac:Address/cbc:District is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(rt.child(c, N12), N13), N14), N170).length)]) + ")";
}

function msg373(c, S, [v90_0]) {
  return "Element cac:Delivery/cac:DeliveryLocation/cac:Address/cbc:TimezoneOffset is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(rt.child(c, N12), N13), N14), N171).length)]) + ")";
}

function msg374(c, S, [v90_0]) {
  return "Element cac:Delivery/cac:DeliveryLocation/cac:Address/cac:Country/cbc:Name is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(rt.child(c, N12), N13), N14), N7), N61).length)]) + ")";
}

function msg375(c, S, [v90_0]) {
  return "Element cac:Delivery/cac:DeliveryLocation/cac:Address/cac:LocationCoordinate is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(rt.child(c, N12), N13), N14), N172).length)]) + ")";
}

function msg376(c, S, [v90_0]) {
  return "Element cac:Delivery/cac:DeliveryLocation/cac:SubsidiaryLocation is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.child(c, N12), N13), N220).length)]) + ")";
}

function msg377(c, S, [v90_0]) {
  return "Element cac:Delivery/cac:DeliveryLocation/cac:LocationCoordinate is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.child(c, N12), N13), N172).length)]) + ")";
}

function msg378(c, S, [v90_0]) {
  return "Element cac:Delivery/cac:AlternativeDeliveryLocation is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.child(c, N12), N221).length)]) + ")";
}

function msg379(c, S, [v90_0]) {
  return "Element cac:Delivery/cac:RequestedDeliveryPeriod is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.child(c, N12), N222).length)]) + ")";
}

function msg380(c, S, [v90_0]) {
  return "Element cac:Delivery/cac:EstimatedDeliveryPeriod is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.child(c, N12), N223).length)]) + ")";
}

function msg381(c, S, [v90_0]) {
  return "Element cac:Delivery/cac:CarrierParty is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.child(c, N12), N224).length)]) + ")";
}

function msg382(c, S, [v90_0]) {
  return "Element cac:Delivery/cac:DeliveryParty/cbc:MarkCareIndicator is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.child(c, N12), N91), N148).length)]) + ")";
}

function msg383(c, S, [v90_0]) {
  return "Element cac:Delivery/cac:DeliveryParty/cbc:MarkAttentionIndicator is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.child(c, N12), N91), N149).length)]) + ")";
}

function msg384(c, S, [v90_0]) {
  return "Element cac:Delivery/cac:DeliveryParty/cbc:WebsiteURI is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.child(c, N12), N91), N150).length)]) + ")";
}

function msg385(c, S, [v90_0]) {
  return "Element cac:Delivery/cac:DeliveryParty/cbc:LogoReferenceID is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.child(c, N12), N91), N151).length)]) + ")";
}

function msg386(c, S, [v90_0]) {
  return "Element cac:Delivery/cac:DeliveryParty/cbc:EndpointID is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.child(c, N12), N91), N4).length)]) + ")";
}

function msg387(c, S, [v90_0]) {
  return "Element cac:Delivery/cac:DeliveryParty/cbc:IndustryClassificationCode is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.child(c, N12), N91), N152).length)]) + ")";
}

function msg388(c, S, [v90_0]) {
  return "Element cac:Delivery/cac:DeliveryParty/cac:PartyIdentification is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.child(c, N12), N91), N76).length)]) + ")";
}

function msg389(c, S, [v90_0]) {
  return "Element cac:Delivery/cac:DeliveryParty/cac:Language is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.child(c, N12), N91), N153).length)]) + ")";
}

function msg390(c, S, [v90_0]) {
  return "Element cac:Delivery/cac:DeliveryParty/cac:PostalAddress is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.child(c, N12), N91), N6).length)]) + ")";
}

function msg391(c, S, [v90_0]) {
  return "Element cac:Delivery/cac:DeliveryParty/cac:PhysicalLocation is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.child(c, N12), N91), N173).length)]) + ")";
}

function msg392(c, S, [v90_0]) {
  return "Element cac:Delivery/cac:DeliveryParty/cac:PartyTaxScheme is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.child(c, N12), N91), N37).length)]) + ")";
}

function msg393(c, S, [v90_0]) {
  return "Element cac:Delivery/cac:DeliveryParty/cac:PartyLegalEntity is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.child(c, N12), N91), N39).length)]) + ")";
}

function msg394(c, S, [v90_0]) {
  return "Element cac:Delivery/cac:DeliveryParty/cac:Contact is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.child(c, N12), N91), N191).length)]) + ")";
}

function msg395(c, S, [v90_0]) {
  return "Element cac:Delivery/cac:DeliveryParty/cac:Person is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.child(c, N12), N91), N194).length)]) + ")";
}

function msg396(c, S, [v90_0]) {
  return "Element cac:Delivery/cac:DeliveryParty/cac:AgentParty is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.child(c, N12), N91), N195).length)]) + ")";
}

function msg397(c, S, [v90_0]) {
  return "Element cac:Delivery/cac:DeliveryParty/cac:ServiceProviderParty is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.child(c, N12), N91), N196).length)]) + ")";
}

function msg398(c, S, [v90_0]) {
  return "Element cac:Delivery/cac:DeliveryParty/cac:PowerOfAttorney is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.child(c, N12), N91), N197).length)]) + ")";
}

function msg399(c, S, [v90_0]) {
  return "Element cac:Delivery/cac:DeliveryParty/cac:FinancialAccount is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.child(c, N12), N91), N198).length)]) + ")";
}

function msg400(c, S, [v90_0]) {
  return "Element cac:Delivery/cac:NotifyParty is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.child(c, N12), N225).length)]) + ")";
}

function msg401(c, S, [v90_0]) {
  return "Element cac:Delivery/cac:Despatch is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.child(c, N12), N226).length)]) + ")";
}

function msg402(c, S, [v90_0]) {
  return "Element cac:Delivery/cac:DeliveryTerms is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.child(c, N12), N227).length)]) + ")";
}

function msg403(c, S, [v90_0]) {
  return "Element cac:Delivery/cac:MinimumDeliveryUnit is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.child(c, N12), N228).length)]) + ")";
}

function msg404(c, S, [v90_0]) {
  return "Element cac:Delivery/cac:MaximumDeliveryUnit is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.child(c, N12), N229).length)]) + ")";
}

function msg405(c, S, [v90_0]) {
  return "Element cac:Delivery/cac:Shipment is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.child(c, N12), N230).length)]) + ")";
}

function msg406(c, S, [v90_0]) {
  return "Element cac:DeliveryTerms is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.child(c, N227).length)]) + ")";
}

function msg407(c, S, [v90_0]) {
  return "Element cac:PaymentMeans/cbc:ID is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.child(c, N9), N1).length)]) + ")";
}

const CHECKS0 = Object.freeze([
  { cur: 214, row: ROWS[214], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N94]], pre: null, message: msg0 },
  { cur: 215, row: ROWS[215], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N95]], pre: null, message: msg1 },
  { cur: 216, row: ROWS[216], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N96]], pre: null, message: msg2 },
  { cur: 217, row: ROWS[217], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N97]], pre: null, message: msg3 },
  { cur: 218, row: ROWS[218], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N98]], pre: null, message: msg4 },
  { cur: 219, row: ROWS[219], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N99]], pre: null, message: msg5 },
  { cur: 220, row: ROWS[220], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N100]], pre: null, message: msg6 },
  { cur: 221, row: ROWS[221], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N101]], pre: null, message: msg7 },
  { cur: 222, row: ROWS[222], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N102]], pre: null, message: msg8 },
  { cur: 223, row: ROWS[223], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N53], [N103]], pre: P35, message: msg9 },
  { cur: 224, row: ROWS[224], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N53], [N104]], pre: P36, message: msg10 },
  { cur: 225, row: ROWS[225], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N53], [N105]], pre: P37, message: msg11 },
  { cur: 226, row: ROWS[226], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N53], [N106]], pre: P38, message: msg12 },
  { cur: 227, row: ROWS[227], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N107], [N95]], pre: P39, message: msg13 },
  { cur: 228, row: ROWS[228], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N107], [N96]], pre: P40, message: msg14 },
  { cur: 229, row: ROWS[229], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N107], [N41]], pre: P41, message: msg15 },
  { cur: 230, row: ROWS[230], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N107], [N97]], pre: P42, message: msg16 },
  { cur: 231, row: ROWS[231], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N107], [N108]], pre: P43, message: msg17 },
  { cur: 232, row: ROWS[232], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N107], [N109]], pre: P44, message: msg18 },
  { cur: 233, row: ROWS[233], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N107], [N110]], pre: P45, message: msg19 },
  { cur: 234, row: ROWS[234], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N79], [N80], [N95]], pre: P46, message: msg20 },
  { cur: 235, row: ROWS[235], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N79], [N80], [N96]], pre: P47, message: msg21 },
  { cur: 236, row: ROWS[236], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N79], [N80], [N97]], pre: P48, message: msg22 },
  { cur: 237, row: ROWS[237], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N79], [N80], [N88]], pre: P49, message: msg23 },
  { cur: 238, row: ROWS[238], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N79], [N80], [N111]], pre: P50, message: msg24 },
  { cur: 239, row: ROWS[239], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N79], [N80], [N112]], pre: P51, message: msg25 },
  { cur: 240, row: ROWS[240], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N79], [N80], [N113]], pre: P52, message: msg26 },
  { cur: 241, row: ROWS[241], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N79], [N80], [N114]], pre: P53, message: msg27 },
  { cur: 242, row: ROWS[242], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N79], [N80], [N115]], pre: P54, message: msg28 },
  { cur: 243, row: ROWS[243], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N79], [N80], [N116]], pre: P55, message: msg29 },
  { cur: 244, row: ROWS[244], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N79], [N80], [N87]], pre: P56, message: msg30 },
  { cur: 245, row: ROWS[245], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N79], [N80], [N117]], pre: P57, message: msg31 },
  { cur: 246, row: ROWS[246], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N79], [N80], [N118]], pre: P58, message: msg32 },
  { cur: 247, row: ROWS[247], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N79], [N80], [N119]], pre: P59, message: msg33 },
  { cur: 248, row: ROWS[248], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N79], [N80], [N120]], pre: P60, message: msg34 },
  { cur: 249, row: ROWS[249], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N79], [N121]], pre: P61, message: msg35 },
  { cur: 250, row: ROWS[250], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N79], [N122]], pre: P62, message: msg36 },
  { cur: 251, row: ROWS[251], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N79], [N123]], pre: P63, message: msg37 },
  { cur: 252, row: ROWS[252], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N79], [N124]], pre: P64, message: msg38 },
  { cur: 253, row: ROWS[253], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N79], [N125]], pre: P65, message: msg39 },
  { cur: 254, row: ROWS[254], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N79], [N0]], pre: P66, message: msg40 },
  { cur: 255, row: ROWS[255], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N79], [N126]], pre: P67, message: msg41 },
  { cur: 256, row: ROWS[256], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N127], [N95]], pre: P68, message: msg42 },
  { cur: 257, row: ROWS[257], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N127], [N96]], pre: P69, message: msg43 },
  { cur: 258, row: ROWS[258], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N127], [N41]], pre: P70, message: msg44 },
  { cur: 259, row: ROWS[259], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N127], [N97]], pre: P71, message: msg45 },
  { cur: 260, row: ROWS[260], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N127], [N88]], pre: P72, message: msg46 },
  { cur: 261, row: ROWS[261], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N127], [N111]], pre: P73, message: msg47 },
  { cur: 262, row: ROWS[262], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N127], [N112]], pre: P74, message: msg48 },
  { cur: 263, row: ROWS[263], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N127], [N113]], pre: P75, message: msg49 },
  { cur: 264, row: ROWS[264], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N127], [N114]], pre: P76, message: msg50 },
  { cur: 265, row: ROWS[265], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N127], [N115]], pre: P77, message: msg51 },
  { cur: 266, row: ROWS[266], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N127], [N116]], pre: P78, message: msg52 },
  { cur: 267, row: ROWS[267], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N127], [N87]], pre: P79, message: msg53 },
  { cur: 268, row: ROWS[268], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N127], [N117]], pre: P80, message: msg54 },
  { cur: 269, row: ROWS[269], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N127], [N118]], pre: P81, message: msg55 },
  { cur: 270, row: ROWS[270], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N127], [N119]], pre: P82, message: msg56 },
  { cur: 271, row: ROWS[271], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N127], [N120]], pre: P83, message: msg57 },
  { cur: 272, row: ROWS[272], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N128], [N95]], pre: P84, message: msg58 },
  { cur: 273, row: ROWS[273], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N128], [N96]], pre: P85, message: msg59 },
  { cur: 274, row: ROWS[274], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N128], [N41]], pre: P86, message: msg60 },
  { cur: 275, row: ROWS[275], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N128], [N97]], pre: P87, message: msg61 },
  { cur: 276, row: ROWS[276], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N128], [N88]], pre: P88, message: msg62 },
  { cur: 277, row: ROWS[277], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N128], [N111]], pre: P89, message: msg63 },
  { cur: 278, row: ROWS[278], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N128], [N112]], pre: P90, message: msg64 },
  { cur: 279, row: ROWS[279], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N128], [N113]], pre: P91, message: msg65 },
  { cur: 280, row: ROWS[280], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N128], [N114]], pre: P92, message: msg66 },
  { cur: 281, row: ROWS[281], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N128], [N115]], pre: P93, message: msg67 },
  { cur: 282, row: ROWS[282], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N128], [N116]], pre: P94, message: msg68 },
  { cur: 283, row: ROWS[283], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N128], [N87]], pre: P95, message: msg69 },
  { cur: 284, row: ROWS[284], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N128], [N117]], pre: P96, message: msg70 },
  { cur: 285, row: ROWS[285], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N128], [N118]], pre: P97, message: msg71 },
  { cur: 286, row: ROWS[286], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N128], [N119]], pre: P98, message: msg72 },
  { cur: 287, row: ROWS[287], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N128], [N120]], pre: P99, message: msg73 },
  { cur: 288, row: ROWS[288], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N129]], pre: null, message: msg74 },
  { cur: 289, row: ROWS[289], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N130], [N95]], pre: P100, message: msg75 },
  { cur: 290, row: ROWS[290], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N130], [N96]], pre: P101, message: msg76 },
  { cur: 291, row: ROWS[291], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N130], [N41]], pre: P102, message: msg77 },
  { cur: 292, row: ROWS[292], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N130], [N97]], pre: P103, message: msg78 },
  { cur: 293, row: ROWS[293], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N130], [N88]], pre: P104, message: msg79 },
  { cur: 294, row: ROWS[294], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N130], [N111]], pre: P105, message: msg80 },
  { cur: 295, row: ROWS[295], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N130], [N112]], pre: P106, message: msg81 },
  { cur: 296, row: ROWS[296], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N130], [N113]], pre: P107, message: msg82 },
  { cur: 297, row: ROWS[297], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N130], [N114]], pre: P108, message: msg83 },
  { cur: 298, row: ROWS[298], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N130], [N115]], pre: P109, message: msg84 },
  { cur: 299, row: ROWS[299], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N130], [N116]], pre: P110, message: msg85 },
  { cur: 300, row: ROWS[300], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N130], [N87]], pre: P111, message: msg86 },
  { cur: 301, row: ROWS[301], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N130], [N117]], pre: P112, message: msg87 },
  { cur: 302, row: ROWS[302], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N130], [N118]], pre: P113, message: msg88 },
  { cur: 303, row: ROWS[303], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N130], [N119]], pre: P114, message: msg89 },
  { cur: 304, row: ROWS[304], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N130], [N120]], pre: P115, message: msg90 },
  { cur: 305, row: ROWS[305], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N131], [N95]], pre: P116, message: msg91 },
  { cur: 306, row: ROWS[306], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N131], [N96]], pre: P117, message: msg92 },
  { cur: 307, row: ROWS[307], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N131], [N41]], pre: P118, message: msg93 },
  { cur: 308, row: ROWS[308], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N131], [N97]], pre: P119, message: msg94 },
  { cur: 309, row: ROWS[309], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N131], [N88]], pre: P120, message: msg95 },
  { cur: 310, row: ROWS[310], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N131], [N111]], pre: P121, message: msg96 },
  { cur: 311, row: ROWS[311], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N131], [N112]], pre: P122, message: msg97 },
  { cur: 312, row: ROWS[312], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N131], [N113]], pre: P123, message: msg98 },
  { cur: 313, row: ROWS[313], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N131], [N114]], pre: P124, message: msg99 },
  { cur: 314, row: ROWS[314], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N131], [N115]], pre: P125, message: msg100 },
  { cur: 315, row: ROWS[315], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N131], [N116]], pre: P126, message: msg101 },
  { cur: 316, row: ROWS[316], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N131], [N87]], pre: P127, message: msg102 },
  { cur: 317, row: ROWS[317], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N131], [N117]], pre: P128, message: msg103 },
  { cur: 318, row: ROWS[318], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N131], [N118]], pre: P129, message: msg104 },
  { cur: 319, row: ROWS[319], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N131], [N119]], pre: P130, message: msg105 },
  { cur: 320, row: ROWS[320], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N131], [N120]], pre: P131, message: msg106 },
  { cur: 321, row: ROWS[321], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N0], [N95]], pre: P132, message: msg107 },
  { cur: 322, row: ROWS[322], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N0], [N96]], pre: P133, message: msg108 },
  { cur: 323, row: ROWS[323], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N0], [N41]], pre: P134, message: msg109 },
  { cur: 324, row: ROWS[324], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N0], [N97]], pre: P135, message: msg110 },
  { cur: 325, row: ROWS[325], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N0], [N111]], pre: P136, message: msg111 },
  { cur: 326, row: ROWS[326], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N0], [N112]], pre: P137, message: msg112 },
  { cur: 327, row: ROWS[327], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N0], [N113]], pre: P138, message: msg113 },
  { cur: 328, row: ROWS[328], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N0], [N114]], pre: P139, message: msg114 },
  { cur: 329, row: ROWS[329], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N0], [N115]], pre: P140, message: msg115 },
  { cur: 330, row: ROWS[330], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N0], [N116]], pre: P141, message: msg116 },
  { cur: 331, row: ROWS[331], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N0], [N117], [N132], [N133]], pre: P142, message: msg117 },
  { cur: 332, row: ROWS[332], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N0], [N117], [N132], [N134]], pre: P143, message: msg118 },
  { cur: 333, row: ROWS[333], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N0], [N117], [N132], [N135]], pre: P144, message: msg119 },
  { cur: 334, row: ROWS[334], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N0], [N117], [N132], [N136]], pre: P145, message: msg120 },
  { cur: 335, row: ROWS[335], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N0], [N117], [N132], [N137]], pre: P146, message: msg121 },
  { cur: 336, row: ROWS[336], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N0], [N117], [N132], [N138]], pre: P147, message: msg122 },
  { cur: 337, row: ROWS[337], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N0], [N117], [N132], [N139]], pre: P148, message: msg123 },
  { cur: 338, row: ROWS[338], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N0], [N117], [N132], [N140]], pre: P149, message: msg124 },
  { cur: 339, row: ROWS[339], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N0], [N117], [N132], [N141]], pre: P150, message: msg125 },
  { cur: 340, row: ROWS[340], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N0], [N117], [N132], [N106]], pre: P151, message: msg126 },
  { cur: 341, row: ROWS[341], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N0], [N118]], pre: P152, message: msg127 },
  { cur: 342, row: ROWS[342], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N0], [N119]], pre: P153, message: msg128 },
  { cur: 343, row: ROWS[343], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N0], [N120]], pre: P154, message: msg129 },
  { cur: 344, row: ROWS[344], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N142], [N96]], pre: P155, message: msg130 },
  { cur: 345, row: ROWS[345], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N142], [N41]], pre: P156, message: msg131 },
  { cur: 346, row: ROWS[346], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N142], [N143]], pre: P157, message: msg132 },
  { cur: 347, row: ROWS[347], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N144]], pre: null, message: msg133 },
  { cur: 348, row: ROWS[348], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N45], [N145]], pre: P158, message: msg134 },
  { cur: 349, row: ROWS[349], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N45], [N146]], pre: P159, message: msg135 },
  { cur: 350, row: ROWS[350], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N45], [N147]], pre: P160, message: msg136 },
  { cur: 351, row: ROWS[351], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N45], [N3], [N148]], pre: P161, message: msg137 },
  { cur: 352, row: ROWS[352], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N45], [N3], [N149]], pre: P162, message: msg138 },
  { cur: 353, row: ROWS[353], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N45], [N3], [N150]], pre: P163, message: msg139 },
  { cur: 354, row: ROWS[354], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N45], [N3], [N151]], pre: P164, message: msg140 },
  { cur: 355, row: ROWS[355], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N45], [N3], [N152]], pre: P165, message: msg141 },
  { cur: 356, row: ROWS[356], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N45], [N3], [N153]], pre: P166, message: msg142 },
  { cur: 357, row: ROWS[357], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N45], [N3], [N6], [N1]], pre: P167, message: msg143 },
  { cur: 358, row: ROWS[358], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N45], [N3], [N6], [N154]], pre: P168, message: msg144 },
  { cur: 359, row: ROWS[359], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N45], [N3], [N6], [N155]], pre: P169, message: msg145 },
  { cur: 360, row: ROWS[360], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N45], [N3], [N6], [N156]], pre: P170, message: msg146 },
  { cur: 361, row: ROWS[361], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N45], [N3], [N6], [N157]], pre: P171, message: msg147 },
  { cur: 362, row: ROWS[362], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N45], [N3], [N6], [N158]], pre: P172, message: msg148 },
  { cur: 363, row: ROWS[363], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N45], [N3], [N6], [N159]], pre: P173, message: msg149 },
  { cur: 364, row: ROWS[364], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N45], [N3], [N6], [N160]], pre: P174, message: msg150 },
  { cur: 365, row: ROWS[365], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N45], [N3], [N6], [N161]], pre: P175, message: msg151 },
  { cur: 366, row: ROWS[366], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N45], [N3], [N6], [N162]], pre: P176, message: msg152 },
  { cur: 367, row: ROWS[367], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N45], [N3], [N6], [N163]], pre: P177, message: msg153 },
  { cur: 368, row: ROWS[368], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N45], [N3], [N6], [N164]], pre: P178, message: msg154 },
  { cur: 369, row: ROWS[369], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N45], [N3], [N6], [N165]], pre: P179, message: msg155 },
  { cur: 370, row: ROWS[370], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N45], [N3], [N6], [N166]], pre: P180, message: msg156 },
  { cur: 371, row: ROWS[371], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N45], [N3], [N6], [N167]], pre: P181, message: msg157 },
  { cur: 372, row: ROWS[372], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N45], [N3], [N6], [N168]], pre: P182, message: msg158 },
  { cur: 373, row: ROWS[373], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N45], [N3], [N6], [N169]], pre: P183, message: msg159 },
  { cur: 374, row: ROWS[374], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N45], [N3], [N6], [N170]], pre: P184, message: msg160 },
  { cur: 375, row: ROWS[375], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N45], [N3], [N6], [N171]], pre: P185, message: msg161 },
  { cur: 376, row: ROWS[376], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N45], [N3], [N6], [N7], [N61]], pre: P186, message: msg162 },
  { cur: 377, row: ROWS[377], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N45], [N3], [N6], [N172]], pre: P187, message: msg163 },
  { cur: 378, row: ROWS[378], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N45], [N3], [N173]], pre: P188, message: msg164 },
  { cur: 379, row: ROWS[379], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N45], [N3], [N37], [N46]], pre: P189, message: msg165 },
  { cur: 380, row: ROWS[380], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N45], [N3], [N37], [N174]], pre: P190, message: msg166 },
  { cur: 381, row: ROWS[381], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N45], [N3], [N37], [N175]], pre: P191, message: msg167 },
  { cur: 382, row: ROWS[382], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N45], [N3], [N37], [N176]], pre: P192, message: msg168 },
  { cur: 383, row: ROWS[383], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N45], [N3], [N37], [N177]], pre: P193, message: msg169 },
  { cur: 384, row: ROWS[384], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N45], [N3], [N37], [N23], [N61]], pre: P194, message: msg170 },
  { cur: 385, row: ROWS[385], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N45], [N3], [N37], [N23], [N178]], pre: P195, message: msg171 },
  { cur: 386, row: ROWS[386], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N45], [N3], [N37], [N23], [N179]], pre: P196, message: msg172 },
  { cur: 387, row: ROWS[387], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N45], [N3], [N37], [N23], [N180]], pre: P197, message: msg173 },
  { cur: 388, row: ROWS[388], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N45], [N3], [N39], [N181]], pre: P198, message: msg174 },
  { cur: 389, row: ROWS[389], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N45], [N3], [N39], [N182]], pre: P199, message: msg175 },
  { cur: 390, row: ROWS[390], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N45], [N3], [N39], [N183]], pre: P200, message: msg176 },
  { cur: 391, row: ROWS[391], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N45], [N3], [N39], [N184]], pre: P201, message: msg177 },
  { cur: 392, row: ROWS[392], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N45], [N3], [N39], [N185]], pre: P202, message: msg178 },
  { cur: 393, row: ROWS[393], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N45], [N3], [N39], [N186]], pre: P203, message: msg179 },
  { cur: 394, row: ROWS[394], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N45], [N3], [N39], [N187]], pre: P204, message: msg180 },
  { cur: 395, row: ROWS[395], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N45], [N3], [N39], [N177]], pre: P205, message: msg181 },
  { cur: 396, row: ROWS[396], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N45], [N3], [N39], [N188]], pre: P206, message: msg182 },
  { cur: 397, row: ROWS[397], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N45], [N3], [N39], [N189]], pre: P207, message: msg183 },
  { cur: 398, row: ROWS[398], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N45], [N3], [N39], [N190]], pre: P208, message: msg184 },
  { cur: 399, row: ROWS[399], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N45], [N3], [N191], [N1]], pre: P209, message: msg185 },
  { cur: 400, row: ROWS[400], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N45], [N3], [N191], [N192]], pre: P210, message: msg186 },
  { cur: 401, row: ROWS[401], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N45], [N3], [N191], [N73]], pre: P211, message: msg187 },
  { cur: 402, row: ROWS[402], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N45], [N3], [N191], [N193]], pre: P212, message: msg188 },
  { cur: 403, row: ROWS[403], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N45], [N3], [N194]], pre: P213, message: msg189 },
  { cur: 404, row: ROWS[404], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N45], [N3], [N195]], pre: P214, message: msg190 },
  { cur: 405, row: ROWS[405], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N45], [N3], [N196]], pre: P215, message: msg191 },
  { cur: 406, row: ROWS[406], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N45], [N3], [N197]], pre: P216, message: msg192 },
  { cur: 407, row: ROWS[407], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N45], [N3], [N198]], pre: P217, message: msg193 },
  { cur: 408, row: ROWS[408], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N45], [N199]], pre: P218, message: msg194 },
  { cur: 409, row: ROWS[409], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N45], [N200]], pre: P219, message: msg195 },
  { cur: 410, row: ROWS[410], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N45], [N201]], pre: P220, message: msg196 },
  { cur: 411, row: ROWS[411], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N2], [N145]], pre: P221, message: msg197 },
  { cur: 412, row: ROWS[412], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N2], [N202]], pre: P222, message: msg198 },
  { cur: 413, row: ROWS[413], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N2], [N146]], pre: P223, message: msg199 },
  { cur: 414, row: ROWS[414], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N2], [N3], [N148]], pre: P224, message: msg200 },
  { cur: 415, row: ROWS[415], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N2], [N3], [N149]], pre: P225, message: msg201 },
  { cur: 416, row: ROWS[416], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N2], [N3], [N150]], pre: P226, message: msg202 },
  { cur: 417, row: ROWS[417], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N2], [N3], [N151]], pre: P227, message: msg203 },
  { cur: 418, row: ROWS[418], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N2], [N3], [N152]], pre: P228, message: msg204 },
  { cur: 419, row: ROWS[419], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N2], [N3], [N153]], pre: P229, message: msg205 },
  { cur: 420, row: ROWS[420], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N2], [N3], [N6], [N1]], pre: P230, message: msg206 },
  { cur: 421, row: ROWS[421], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N2], [N3], [N6], [N154]], pre: P231, message: msg207 },
  { cur: 422, row: ROWS[422], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N2], [N3], [N6], [N155]], pre: P232, message: msg208 },
  { cur: 423, row: ROWS[423], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N2], [N3], [N6], [N156]], pre: P233, message: msg209 },
  { cur: 424, row: ROWS[424], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N2], [N3], [N6], [N157]], pre: P234, message: msg210 },
  { cur: 425, row: ROWS[425], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N2], [N3], [N6], [N158]], pre: P235, message: msg211 },
  { cur: 426, row: ROWS[426], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N2], [N3], [N6], [N159]], pre: P236, message: msg212 },
  { cur: 427, row: ROWS[427], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N2], [N3], [N6], [N160]], pre: P237, message: msg213 },
  { cur: 428, row: ROWS[428], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N2], [N3], [N6], [N161]], pre: P238, message: msg214 },
  { cur: 429, row: ROWS[429], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N2], [N3], [N6], [N162]], pre: P239, message: msg215 },
  { cur: 430, row: ROWS[430], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N2], [N3], [N6], [N163]], pre: P240, message: msg216 },
  { cur: 431, row: ROWS[431], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N2], [N3], [N6], [N164]], pre: P241, message: msg217 },
  { cur: 432, row: ROWS[432], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N2], [N3], [N6], [N165]], pre: P242, message: msg218 },
  { cur: 433, row: ROWS[433], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N2], [N3], [N6], [N166]], pre: P243, message: msg219 },
  { cur: 434, row: ROWS[434], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N2], [N3], [N6], [N167]], pre: P244, message: msg220 },
  { cur: 435, row: ROWS[435], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N2], [N3], [N6], [N168]], pre: P245, message: msg221 },
  { cur: 436, row: ROWS[436], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N2], [N3], [N6], [N169]], pre: P246, message: msg222 },
  { cur: 437, row: ROWS[437], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N2], [N3], [N6], [N170]], pre: P247, message: msg223 },
  { cur: 438, row: ROWS[438], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N2], [N3], [N6], [N171]], pre: P248, message: msg224 },
  { cur: 439, row: ROWS[439], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N2], [N3], [N6], [N7], [N61]], pre: P249, message: msg225 },
  { cur: 440, row: ROWS[440], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N2], [N3], [N6], [N172]], pre: P250, message: msg226 },
  { cur: 441, row: ROWS[441], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N2], [N3], [N173]], pre: P251, message: msg227 },
  { cur: 442, row: ROWS[442], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N2], [N3], [N37], [N46]], pre: P252, message: msg228 },
  { cur: 443, row: ROWS[443], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N2], [N3], [N37], [N174]], pre: P253, message: msg229 },
  { cur: 444, row: ROWS[444], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N2], [N3], [N37], [N175]], pre: P254, message: msg230 },
  { cur: 445, row: ROWS[445], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N2], [N3], [N37], [N176]], pre: P255, message: msg231 },
  { cur: 446, row: ROWS[446], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N2], [N3], [N37], [N177]], pre: P256, message: msg232 },
  { cur: 447, row: ROWS[447], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N2], [N3], [N37], [N23], [N61]], pre: P257, message: msg233 },
  { cur: 448, row: ROWS[448], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N2], [N3], [N37], [N23], [N178]], pre: P258, message: msg234 },
  { cur: 449, row: ROWS[449], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N2], [N3], [N37], [N23], [N179]], pre: P259, message: msg235 },
  { cur: 450, row: ROWS[450], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N2], [N3], [N37], [N23], [N180]], pre: P260, message: msg236 },
  { cur: 451, row: ROWS[451], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N2], [N3], [N39], [N181]], pre: P261, message: msg237 },
  { cur: 452, row: ROWS[452], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N2], [N3], [N39], [N182]], pre: P262, message: msg238 },
  { cur: 453, row: ROWS[453], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N2], [N3], [N39], [N183]], pre: P263, message: msg239 },
  { cur: 454, row: ROWS[454], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N2], [N3], [N39], [N203]], pre: P264, message: msg240 },
  { cur: 455, row: ROWS[455], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N2], [N3], [N39], [N184]], pre: P265, message: msg241 },
  { cur: 456, row: ROWS[456], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N2], [N3], [N39], [N185]], pre: P266, message: msg242 },
  { cur: 457, row: ROWS[457], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N2], [N3], [N39], [N186]], pre: P267, message: msg243 },
  { cur: 458, row: ROWS[458], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N2], [N3], [N39], [N187]], pre: P268, message: msg244 },
  { cur: 459, row: ROWS[459], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N2], [N3], [N39], [N177]], pre: P269, message: msg245 },
  { cur: 460, row: ROWS[460], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N2], [N3], [N39], [N188]], pre: P270, message: msg246 },
  { cur: 461, row: ROWS[461], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N2], [N3], [N39], [N189]], pre: P271, message: msg247 },
  { cur: 462, row: ROWS[462], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N2], [N3], [N39], [N190]], pre: P272, message: msg248 },
  { cur: 463, row: ROWS[463], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N2], [N3], [N191], [N1]], pre: P273, message: msg249 },
  { cur: 464, row: ROWS[464], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N2], [N3], [N191], [N192]], pre: P274, message: msg250 },
  { cur: 465, row: ROWS[465], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N2], [N3], [N191], [N73]], pre: P275, message: msg251 },
  { cur: 466, row: ROWS[466], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N2], [N3], [N191], [N193]], pre: P276, message: msg252 },
  { cur: 467, row: ROWS[467], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N2], [N3], [N194]], pre: P277, message: msg253 },
  { cur: 468, row: ROWS[468], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N2], [N3], [N195]], pre: P278, message: msg254 },
  { cur: 469, row: ROWS[469], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N2], [N3], [N196]], pre: P279, message: msg255 },
  { cur: 470, row: ROWS[470], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N2], [N3], [N197]], pre: P280, message: msg256 },
  { cur: 471, row: ROWS[471], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N2], [N3], [N198]], pre: P281, message: msg257 },
  { cur: 472, row: ROWS[472], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N2], [N204]], pre: P282, message: msg258 },
  { cur: 473, row: ROWS[473], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N2], [N200]], pre: P283, message: msg259 },
  { cur: 474, row: ROWS[474], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N2], [N205]], pre: P284, message: msg260 },
  { cur: 475, row: ROWS[475], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N74], [N148]], pre: P285, message: msg261 },
  { cur: 476, row: ROWS[476], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N74], [N149]], pre: P286, message: msg262 },
  { cur: 477, row: ROWS[477], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N74], [N150]], pre: P287, message: msg263 },
  { cur: 478, row: ROWS[478], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N74], [N151]], pre: P288, message: msg264 },
  { cur: 479, row: ROWS[479], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N74], [N4]], pre: P289, message: msg265 },
  { cur: 480, row: ROWS[480], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N74], [N152]], pre: P290, message: msg266 },
  { cur: 481, row: ROWS[481], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N74], [N153]], pre: P291, message: msg267 },
  { cur: 482, row: ROWS[482], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N74], [N6]], pre: P292, message: msg268 },
  { cur: 483, row: ROWS[483], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N74], [N173]], pre: P293, message: msg269 },
  { cur: 484, row: ROWS[484], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N74], [N37]], pre: P294, message: msg270 },
  { cur: 485, row: ROWS[485], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N74], [N39], [N46]], pre: P295, message: msg271 },
  { cur: 486, row: ROWS[486], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N74], [N39], [N181]], pre: P296, message: msg272 },
  { cur: 487, row: ROWS[487], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N74], [N39], [N182]], pre: P297, message: msg273 },
  { cur: 488, row: ROWS[488], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N74], [N39], [N183]], pre: P298, message: msg274 },
  { cur: 489, row: ROWS[489], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N74], [N39], [N203]], pre: P299, message: msg275 },
  { cur: 490, row: ROWS[490], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N74], [N39], [N184]], pre: P300, message: msg276 },
  { cur: 491, row: ROWS[491], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N74], [N39], [N185]], pre: P301, message: msg277 },
  { cur: 492, row: ROWS[492], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N74], [N39], [N186]], pre: P302, message: msg278 },
  { cur: 493, row: ROWS[493], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N74], [N39], [N187]], pre: P303, message: msg279 },
  { cur: 494, row: ROWS[494], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N74], [N39], [N177]], pre: P304, message: msg280 },
  { cur: 495, row: ROWS[495], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N74], [N39], [N188]], pre: P305, message: msg281 },
  { cur: 496, row: ROWS[496], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N74], [N39], [N189]], pre: P306, message: msg282 },
  { cur: 497, row: ROWS[497], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N74], [N39], [N190]], pre: P307, message: msg283 },
  { cur: 498, row: ROWS[498], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N74], [N191]], pre: P308, message: msg284 },
  { cur: 499, row: ROWS[499], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N74], [N194]], pre: P309, message: msg285 },
  { cur: 500, row: ROWS[500], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N74], [N195]], pre: P310, message: msg286 },
  { cur: 501, row: ROWS[501], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N74], [N196]], pre: P311, message: msg287 },
  { cur: 502, row: ROWS[502], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N74], [N197]], pre: P312, message: msg288 },
  { cur: 503, row: ROWS[503], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N74], [N198]], pre: P313, message: msg289 },
  { cur: 504, row: ROWS[504], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N206]], pre: null, message: msg290 },
  { cur: 505, row: ROWS[505], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N207]], pre: null, message: msg291 },
  { cur: 506, row: ROWS[506], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N81], [N148]], pre: P314, message: msg292 },
  { cur: 507, row: ROWS[507], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N81], [N149]], pre: P315, message: msg293 },
  { cur: 508, row: ROWS[508], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N81], [N150]], pre: P316, message: msg294 },
  { cur: 509, row: ROWS[509], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N81], [N151]], pre: P317, message: msg295 },
  { cur: 510, row: ROWS[510], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N81], [N4]], pre: P318, message: msg296 },
  { cur: 511, row: ROWS[511], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N81], [N152]], pre: P319, message: msg297 },
  { cur: 512, row: ROWS[512], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N81], [N76]], pre: P320, message: msg298 },
  { cur: 513, row: ROWS[513], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N81], [N153]], pre: P321, message: msg299 },
  { cur: 514, row: ROWS[514], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N81], [N6], [N1]], pre: P322, message: msg300 },
  { cur: 515, row: ROWS[515], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N81], [N6], [N154]], pre: P323, message: msg301 },
  { cur: 516, row: ROWS[516], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N81], [N6], [N155]], pre: P324, message: msg302 },
  { cur: 517, row: ROWS[517], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N81], [N6], [N156]], pre: P325, message: msg303 },
  { cur: 518, row: ROWS[518], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N81], [N6], [N157]], pre: P326, message: msg304 },
  { cur: 519, row: ROWS[519], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N81], [N6], [N158]], pre: P327, message: msg305 },
  { cur: 520, row: ROWS[520], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N81], [N6], [N159]], pre: P328, message: msg306 },
  { cur: 521, row: ROWS[521], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N81], [N6], [N160]], pre: P329, message: msg307 },
  { cur: 522, row: ROWS[522], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N81], [N6], [N161]], pre: P330, message: msg308 },
  { cur: 523, row: ROWS[523], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N81], [N6], [N162]], pre: P331, message: msg309 },
  { cur: 524, row: ROWS[524], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N81], [N6], [N163]], pre: P332, message: msg310 },
  { cur: 525, row: ROWS[525], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N81], [N6], [N164]], pre: P333, message: msg311 },
  { cur: 526, row: ROWS[526], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N81], [N6], [N165]], pre: P334, message: msg312 },
  { cur: 527, row: ROWS[527], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N81], [N6], [N166]], pre: P335, message: msg313 },
  { cur: 528, row: ROWS[528], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N81], [N6], [N167]], pre: P336, message: msg314 },
  { cur: 529, row: ROWS[529], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N81], [N6], [N168]], pre: P337, message: msg315 },
  { cur: 530, row: ROWS[530], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N81], [N6], [N169]], pre: P338, message: msg316 },
  { cur: 531, row: ROWS[531], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N81], [N6], [N170]], pre: P339, message: msg317 },
  { cur: 532, row: ROWS[532], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N81], [N6], [N171]], pre: P340, message: msg318 },
  { cur: 533, row: ROWS[533], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N81], [N6], [N7], [N61]], pre: P341, message: msg319 },
  { cur: 534, row: ROWS[534], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N81], [N6], [N172]], pre: P342, message: msg320 },
  { cur: 535, row: ROWS[535], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N81], [N173]], pre: P343, message: msg321 },
  { cur: 536, row: ROWS[536], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N81], [N37], [N46]], pre: P344, message: msg322 },
  { cur: 537, row: ROWS[537], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N81], [N37], [N174]], pre: P345, message: msg323 },
  { cur: 538, row: ROWS[538], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N81], [N37], [N175]], pre: P346, message: msg324 },
  { cur: 539, row: ROWS[539], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N81], [N37], [N176]], pre: P347, message: msg325 },
  { cur: 540, row: ROWS[540], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N81], [N37], [N177]], pre: P348, message: msg326 },
  { cur: 541, row: ROWS[541], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N81], [N37], [N23], [N61]], pre: P349, message: msg327 },
  { cur: 542, row: ROWS[542], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N81], [N37], [N23], [N178]], pre: P350, message: msg328 },
  { cur: 543, row: ROWS[543], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N81], [N37], [N23], [N179]], pre: P351, message: msg329 },
  { cur: 544, row: ROWS[544], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N81], [N37], [N23], [N180]], pre: P352, message: msg330 },
  { cur: 545, row: ROWS[545], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N81], [N39]], pre: P353, message: msg331 },
  { cur: 546, row: ROWS[546], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N81], [N191]], pre: P354, message: msg332 },
  { cur: 547, row: ROWS[547], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N81], [N194]], pre: P355, message: msg333 },
  { cur: 548, row: ROWS[548], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N81], [N195]], pre: P356, message: msg334 },
  { cur: 549, row: ROWS[549], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N81], [N196]], pre: P357, message: msg335 },
  { cur: 550, row: ROWS[550], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N81], [N197]], pre: P358, message: msg336 },
  { cur: 551, row: ROWS[551], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N81], [N198]], pre: P359, message: msg337 },
  { cur: 552, row: ROWS[552], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N12], [N1]], pre: P360, message: msg338 },
  { cur: 553, row: ROWS[553], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N12], [N208]], pre: P361, message: msg339 },
  { cur: 554, row: ROWS[554], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N12], [N209]], pre: P362, message: msg340 },
  { cur: 555, row: ROWS[555], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N12], [N210]], pre: P363, message: msg341 },
  { cur: 556, row: ROWS[556], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N12], [N211]], pre: P364, message: msg342 },
  { cur: 557, row: ROWS[557], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N12], [N212]], pre: P365, message: msg343 },
  { cur: 558, row: ROWS[558], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N12], [N213]], pre: P366, message: msg344 },
  { cur: 559, row: ROWS[559], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N12], [N214]], pre: P367, message: msg345 },
  { cur: 560, row: ROWS[560], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N12], [N215]], pre: P368, message: msg346 },
  { cur: 561, row: ROWS[561], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N12], [N13], [N106]], pre: P369, message: msg347 },
  { cur: 562, row: ROWS[562], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N12], [N13], [N216]], pre: P370, message: msg348 },
  { cur: 563, row: ROWS[563], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N12], [N13], [N217]], pre: P371, message: msg349 },
  { cur: 564, row: ROWS[564], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N12], [N13], [N168]], pre: P372, message: msg350 },
  { cur: 565, row: ROWS[565], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N12], [N13], [N218]], pre: P373, message: msg351 },
  { cur: 566, row: ROWS[566], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N12], [N13], [N219]], pre: P374, message: msg352 },
  { cur: 567, row: ROWS[567], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N12], [N13], [N61]], pre: P375, message: msg353 },
  { cur: 568, row: ROWS[568], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N12], [N13], [N118]], pre: P376, message: msg354 },
  { cur: 569, row: ROWS[569], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N12], [N13], [N14], [N1]], pre: P377, message: msg355 },
  { cur: 570, row: ROWS[570], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N12], [N13], [N14], [N154]], pre: P378, message: msg356 },
  { cur: 571, row: ROWS[571], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N12], [N13], [N14], [N155]], pre: P379, message: msg357 },
  { cur: 572, row: ROWS[572], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N12], [N13], [N14], [N156]], pre: P380, message: msg358 },
  { cur: 573, row: ROWS[573], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N12], [N13], [N14], [N157]], pre: P381, message: msg359 },
  { cur: 574, row: ROWS[574], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N12], [N13], [N14], [N158]], pre: P382, message: msg360 },
  { cur: 575, row: ROWS[575], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N12], [N13], [N14], [N159]], pre: P383, message: msg361 },
  { cur: 576, row: ROWS[576], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N12], [N13], [N14], [N160]], pre: P384, message: msg362 },
  { cur: 577, row: ROWS[577], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N12], [N13], [N14], [N161]], pre: P385, message: msg363 },
  { cur: 578, row: ROWS[578], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N12], [N13], [N14], [N162]], pre: P386, message: msg364 },
  { cur: 579, row: ROWS[579], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N12], [N13], [N14], [N163]], pre: P387, message: msg365 },
  { cur: 580, row: ROWS[580], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N12], [N13], [N14], [N164]], pre: P388, message: msg366 },
  { cur: 581, row: ROWS[581], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N12], [N13], [N14], [N165]], pre: P389, message: msg367 },
  { cur: 582, row: ROWS[582], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N12], [N13], [N14], [N166]], pre: P390, message: msg368 },
  { cur: 583, row: ROWS[583], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N12], [N13], [N14], [N167]], pre: P391, message: msg369 },
  { cur: 584, row: ROWS[584], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N12], [N13], [N14], [N168]], pre: P392, message: msg370 },
  { cur: 585, row: ROWS[585], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N12], [N13], [N14], [N169]], pre: P393, message: msg371 },
  { cur: 586, row: ROWS[586], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N12], [N13], [N14], [N170]], pre: P394, message: msg372 },
  { cur: 587, row: ROWS[587], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N12], [N13], [N14], [N171]], pre: P395, message: msg373 },
  { cur: 588, row: ROWS[588], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N12], [N13], [N14], [N7], [N61]], pre: P396, message: msg374 },
  { cur: 589, row: ROWS[589], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N12], [N13], [N14], [N172]], pre: P397, message: msg375 },
  { cur: 590, row: ROWS[590], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N12], [N13], [N220]], pre: P398, message: msg376 },
  { cur: 591, row: ROWS[591], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N12], [N13], [N172]], pre: P399, message: msg377 },
  { cur: 592, row: ROWS[592], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N12], [N221]], pre: P400, message: msg378 },
  { cur: 593, row: ROWS[593], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N12], [N222]], pre: P401, message: msg379 },
  { cur: 594, row: ROWS[594], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N12], [N223]], pre: P402, message: msg380 },
  { cur: 595, row: ROWS[595], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N12], [N224]], pre: P403, message: msg381 },
  { cur: 596, row: ROWS[596], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N12], [N91], [N148]], pre: P404, message: msg382 },
  { cur: 597, row: ROWS[597], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N12], [N91], [N149]], pre: P405, message: msg383 },
  { cur: 598, row: ROWS[598], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N12], [N91], [N150]], pre: P406, message: msg384 },
  { cur: 599, row: ROWS[599], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N12], [N91], [N151]], pre: P407, message: msg385 },
  { cur: 600, row: ROWS[600], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N12], [N91], [N4]], pre: P408, message: msg386 },
  { cur: 601, row: ROWS[601], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N12], [N91], [N152]], pre: P409, message: msg387 },
  { cur: 602, row: ROWS[602], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N12], [N91], [N76]], pre: P410, message: msg388 },
  { cur: 603, row: ROWS[603], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N12], [N91], [N153]], pre: P411, message: msg389 },
  { cur: 604, row: ROWS[604], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N12], [N91], [N6]], pre: P412, message: msg390 },
  { cur: 605, row: ROWS[605], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N12], [N91], [N173]], pre: P413, message: msg391 },
  { cur: 606, row: ROWS[606], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N12], [N91], [N37]], pre: P414, message: msg392 },
  { cur: 607, row: ROWS[607], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N12], [N91], [N39]], pre: P415, message: msg393 },
  { cur: 608, row: ROWS[608], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N12], [N91], [N191]], pre: P416, message: msg394 },
  { cur: 609, row: ROWS[609], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N12], [N91], [N194]], pre: P417, message: msg395 },
  { cur: 610, row: ROWS[610], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N12], [N91], [N195]], pre: P418, message: msg396 },
  { cur: 611, row: ROWS[611], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N12], [N91], [N196]], pre: P419, message: msg397 },
  { cur: 612, row: ROWS[612], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N12], [N91], [N197]], pre: P420, message: msg398 },
  { cur: 613, row: ROWS[613], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N12], [N91], [N198]], pre: P421, message: msg399 },
  { cur: 614, row: ROWS[614], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N12], [N225]], pre: P422, message: msg400 },
  { cur: 615, row: ROWS[615], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N12], [N226]], pre: P423, message: msg401 },
  { cur: 616, row: ROWS[616], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N12], [N227]], pre: P424, message: msg402 },
  { cur: 617, row: ROWS[617], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N12], [N228]], pre: P425, message: msg403 },
  { cur: 618, row: ROWS[618], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N12], [N229]], pre: P426, message: msg404 },
  { cur: 619, row: ROWS[619], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N12], [N230]], pre: P427, message: msg405 },
  { cur: 620, row: ROWS[620], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N227]], pre: null, message: msg406 },
  { cur: 621, row: ROWS[621], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N9], [N1]], pre: P428, message: msg407 }
]);

function msg408(c, S, [v90_0]) {
  return "Element cac:PaymentMeans/cbc:PaymentChannelCode is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.child(c, N9), N232).length)]) + ")";
}

function msg409(c, S, [v90_0]) {
  return "Element cac:PaymentMeans/cbc:InstructionID is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.child(c, N9), N233).length)]) + ")";
}

function msg410(c, S, [v90_0]) {
  return "Element cac:PaymentMeans/cac:CardAccount/cbc:CardTypeCode is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.child(c, N9), N10), N234).length)]) + ")";
}

function msg411(c, S, [v90_0]) {
  return "Element cac:PaymentMeans/cac:CardAccount/cbc:ValidityStartDate is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.child(c, N9), N10), N235).length)]) + ")";
}

function msg412(c, S, [v90_0]) {
  return "Element cac:PaymentMeans/cac:CardAccount/cbc:ExpiryDate is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.child(c, N9), N10), N135).length)]) + ")";
}

function msg413(c, S, [v90_0]) {
  return "Element cac:PaymentMeans/cac:CardAccount/cbc:IssuerID is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.child(c, N9), N10), N236).length)]) + ")";
}

function msg414(c, S, [v90_0]) {
  return "Element cac:PaymentMeans/cac:CardAccount/cbc:IssueNumberID is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.child(c, N9), N10), N237).length)]) + ")";
}

function msg415(c, S, [v90_0]) {
  return "Element cac:PaymentMeans/cac:CardAccount/cbc:CV2ID is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.child(c, N9), N10), N238).length)]) + ")";
}

function msg416(c, S, [v90_0]) {
  return "Element cac:PaymentMeans/cac:CardAccount/cbc:CardChipCode is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.child(c, N9), N10), N239).length)]) + ")";
}

function msg417(c, S, [v90_0]) {
  return "Element cac:PaymentMeans/cac:CardAccount/cbc:ChipApplicationID is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.child(c, N9), N10), N240).length)]) + ")";
}

function msg418(c, S, [v90_0]) {
  return "Element cac:PaymentMeans/cac:PayeeFinancialAccount/cbc:AliasName is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.child(c, N9), N78), N241).length)]) + ")";
}

function msg419(c, S, [v90_0]) {
  return "Element cac:PaymentMeans/cac:PayeeFinancialAccount/cbc:AccountTypeCode is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.child(c, N9), N78), N242).length)]) + ")";
}

function msg420(c, S, [v90_0]) {
  return "Element cac:PaymentMeans/cac:PayeeFinancialAccount/cbc:AccountFormatCode is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.child(c, N9), N78), N243).length)]) + ")";
}

function msg421(c, S, [v90_0]) {
  return "Element cac:PaymentMeans/cac:PayeeFinancialAccount/cbc:CurrencyCode is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.child(c, N9), N78), N179).length)]) + ")";
}

function msg422(c, S, [v90_0]) {
  return "Element cac:PaymentMeans/cac:PayeeFinancialAccount/cbc:PaymentNote is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.child(c, N9), N78), N244).length)]) + ")";
}

function msg423(c, S, [v90_0]) {
  return "Element cac:PaymentMeans/cac:PayeeFinancialAccount/cac:FinancialInstitutionBranch/cbc:Name is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(rt.child(c, N9), N78), N245), N61).length)]) + ")";
}

function msg424(c, S, [v90_0]) {
  return "Element cac:PaymentMeans/cac:PayeeFinancialAccount/cac:FinancialInstitutionBranch/cac:FinancialInstitution/cbc:Name is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(rt.child(c, N9), N78), N245), N246), N61).length)]) + ")";
}

function msg425(c, S, [v90_0]) {
  return "Element cac:PaymentMeans/cac:PayeeFinancialAccount/cac:FinancialInstitutionBranch/cac:FinancialInstitution/cac:Address is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(rt.child(c, N9), N78), N245), N246), N14).length)]) + ")";
}

function msg426(c, S, [v90_0]) {
  return "Element cac:PaymentMeans/cac:PayeeFinancialAccount/cac:FinancialInstitutionBranch/cac:Address is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(rt.child(c, N9), N78), N245), N14).length)]) + ")";
}

function msg427(c, S, [v90_0]) {
  return "Element cac:PaymentMeans/cac:PayeeFinancialAccount/cac:Country is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.child(c, N9), N78), N7).length)]) + ")";
}

function msg428(c, S, [v90_0]) {
  return "Element cac:PaymentMeans/cac:CreditAccount is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.child(c, N9), N247).length)]) + ")";
}

function msg429(c, S, [v90_0]) {
  return "Element cac:PaymentMeans/cac:PaymentMandate/cbc:MandateTypeCode is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.child(c, N9), N248), N249).length)]) + ")";
}

function msg430(c, S, [v90_0]) {
  return "Element cac:PaymentMeans/cac:PaymentMandate/cbc:MaximumPaymentInstructionsNumeric is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.child(c, N9), N248), N250).length)]) + ")";
}

function msg431(c, S, [v90_0]) {
  return "Element cac:PaymentMeans/cac:PaymentMandate/cbc:MaximumPaidAmount is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.child(c, N9), N248), N251).length)]) + ")";
}

function msg432(c, S, [v90_0]) {
  return "Element cac:PaymentMeans/cac:PaymentMandate/cbc:SignatureID is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.child(c, N9), N248), N252).length)]) + ")";
}

function msg433(c, S, [v90_0]) {
  return "Element cac:PaymentMeans/cac:PaymentMandate/cac:PayerParty is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.child(c, N9), N248), N253).length)]) + ")";
}

function msg434(c, S, [v90_0]) {
  return "Element cac:PaymentMeans/cac:PaymentMandate/cac:PayerFinancialAccount/cbc:Name is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(rt.child(c, N9), N248), N254), N61).length)]) + ")";
}

function msg435(c, S, [v90_0]) {
  return "Element cac:PaymentMeans/cac:PaymentMandate/cac:PayerFinancialAccount/cbc:AliasName is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(rt.child(c, N9), N248), N254), N241).length)]) + ")";
}

function msg436(c, S, [v90_0]) {
  return "Element cac:PaymentMeans/cac:PaymentMandate/cac:PayerFinancialAccount/cbc:AccountTypeCode is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(rt.child(c, N9), N248), N254), N242).length)]) + ")";
}

function msg437(c, S, [v90_0]) {
  return "Element cac:PaymentMeans/cac:PaymentMandate/cac:PayerFinancialAccount/cbc:AccountFormatCode is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(rt.child(c, N9), N248), N254), N243).length)]) + ")";
}

function msg438(c, S, [v90_0]) {
  return "Element cac:PaymentMeans/cac:PaymentMandate/cac:PayerFinancialAccount/cbc:CurrencyCode is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(rt.child(c, N9), N248), N254), N179).length)]) + ")";
}

function msg439(c, S, [v90_0]) {
  return "Element cac:PaymentMeans/cac:PaymentMandate/cac:PayerFinancialAccount/cbc:PaymentNote is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(rt.child(c, N9), N248), N254), N244).length)]) + ")";
}

function msg440(c, S, [v90_0]) {
  return "Element cac:PaymentMeans/cac:PaymentMandate/cac:PayerFinancialAccount/cac:FinancialInstitutionBranch is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(rt.child(c, N9), N248), N254), N245).length)]) + ")";
}

function msg441(c, S, [v90_0]) {
  return "Element cac:PaymentMeans/cac:PaymentMandate/cac:PayerFinancialAccount/cac:Country is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(rt.child(c, N9), N248), N254), N7).length)]) + ")";
}

function msg442(c, S, [v90_0]) {
  return "Element cac:PaymentMeans/cac:PaymentMandate/cac:ValidityPeriod is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.child(c, N9), N248), N118).length)]) + ")";
}

function msg443(c, S, [v90_0]) {
  return "Element cac:PaymentMeans/cac:PaymentMandate/cac:PaymentReversalPeriod is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.child(c, N9), N248), N255).length)]) + ")";
}

function msg444(c, S, [v90_0]) {
  return "Element cac:PaymentMeans/cac:PaymentMandate/cac:Clause is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.child(c, N9), N248), N256).length)]) + ")";
}

function msg445(c, S, [v90_0]) {
  return "Element cac:PaymentMeans/cac:TradeFinancing is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.child(c, N9), N257).length)]) + ")";
}

function msg446(c, S, [v90_0]) {
  return "Element cac:PaymentTerms/cbc:ID is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.child(c, N258), N1).length)]) + ")";
}

function msg447(c, S, [v90_0]) {
  return "Element cac:PaymentTerms/cbc:PaymentMeansID is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.child(c, N258), N259).length)]) + ")";
}

function msg448(c, S, [v90_0]) {
  return "Element cac:PaymentTerms/cbc:PrepaidPaymentReferenceID is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.child(c, N258), N260).length)]) + ")";
}

function msg449(c, S, [v90_0]) {
  return "Element cac:PaymentTerms/cbc:ReferenceEventCode is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.child(c, N258), N261).length)]) + ")";
}

function msg450(c, S, [v90_0]) {
  return "Element cac:PaymentTerms/cbc:SettlementDiscountPercent is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.child(c, N258), N262).length)]) + ")";
}

function msg451(c, S, [v90_0]) {
  return "Element cac:PaymentTerms/cbc:PenaltySurchargePercent is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.child(c, N258), N263).length)]) + ")";
}

function msg452(c, S, [v90_0]) {
  return "Element cac:PaymentTerms/cbc:PaymentPercent is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.child(c, N258), N264).length)]) + ")";
}

function msg453(c, S, [v90_0]) {
  return "Element cac:PaymentTerms/cbc:Amount is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.child(c, N258), N21).length)]) + ")";
}

function msg454(c, S, [v90_0]) {
  return "Element cac:PaymentTerms/cbc:SettlementDiscountAmount is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.child(c, N258), N265).length)]) + ")";
}

function msg455(c, S, [v90_0]) {
  return "Element cac:PaymentTerms/cbc:PenaltyAmount is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.child(c, N258), N266).length)]) + ")";
}

function msg456(c, S, [v90_0]) {
  return "Element cac:PaymentTerms/cbc:PaymentTermsDetailsURI is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.child(c, N258), N267).length)]) + ")";
}

function msg457(c, S, [v90_0]) {
  return "Element cac:PaymentTerms/cbc:PaymentDueDate is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.child(c, N258), N231).length)]) + ")";
}

function msg458(c, S, [v90_0]) {
  return "Element cac:PaymentTerms/cbc:InstallmentDueDate is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.child(c, N258), N268).length)]) + ")";
}

function msg459(c, S, [v90_0]) {
  return "Element cac:PaymentTerms/cbc:InvoicingPartyReference is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.child(c, N258), N269).length)]) + ")";
}

function msg460(c, S, [v90_0]) {
  return "Element cac:PaymentTerms/cac:SettlementPeriod is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.child(c, N258), N270).length)]) + ")";
}

function msg461(c, S, [v90_0]) {
  return "Element cac:PaymentTerms/cac:PenaltyPeriod is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.child(c, N258), N271).length)]) + ")";
}

function msg462(c, S, [v90_0]) {
  return "Element cac:PaymentTerms/cac:ExchangeRate is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.child(c, N258), N272).length)]) + ")";
}

function msg463(c, S, [v90_0]) {
  return "Element cac:PaymentTerms/cac:ValidityPeriod is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.child(c, N258), N118).length)]) + ")";
}

function msg464(c, S, [v90_0]) {
  return "Element cac:PrepaidPayment is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.child(c, N273).length)]) + ")";
}

function msg465(c, S, [v90_0]) {
  return "Element cac:AllowanceCharge/cbc:ID is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.child(c, N16), N1).length)]) + ")";
}

function msg466(c, S, [v90_0]) {
  return "Element cac:AllowanceCharge/cbc:PrepaidIndicator is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.child(c, N16), N274).length)]) + ")";
}

function msg467(c, S, [v90_0]) {
  return "Element cac:AllowanceCharge/cbc:SequenceNumeric is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.child(c, N16), N275).length)]) + ")";
}

function msg468(c, S, [v90_0]) {
  return "Element cac:AllowanceCharge/cbc:AccountingCostCode is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.child(c, N16), N101).length)]) + ")";
}

function msg469(c, S, [v90_0]) {
  return "Element cac:AllowanceCharge/cbc:AccountingCost is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.child(c, N16), N276).length)]) + ")";
}

function msg470(c, S, [v90_0]) {
  return "Element cac:AllowanceCharge/cbc:PerUnitAmount is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.child(c, N16), N277).length)]) + ")";
}

function msg471(c, S, [v90_0]) {
  return "Element cac:AllowanceCharge/cac:TaxCategory/cbc:Name is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.child(c, N16), N22), N61).length)]) + ")";
}

function msg472(c, S, [v90_0]) {
  return "Element cac:AllowanceCharge/cac:TaxCategory/cbc:BaseUnitMeasure is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.child(c, N16), N22), N278).length)]) + ")";
}

function msg473(c, S, [v90_0]) {
  return "Element cac:AllowanceCharge/cac:TaxCategory/cbc:PerUnitAmount is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.child(c, N16), N22), N277).length)]) + ")";
}

function msg474(c, S, [v90_0]) {
  return "Element cac:AllowanceCharge/cac:TaxCategory/cbc:TaxExemptionReasonCode is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.child(c, N16), N22), N85).length)]) + ")";
}

function msg475(c, S, [v90_0]) {
  return "Element cac:AllowanceCharge/cac:TaxCategory/cbc:TaxExemptionReason is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.child(c, N16), N22), N84).length)]) + ")";
}

function msg476(c, S, [v90_0]) {
  return "Element cac:AllowanceCharge/cac:TaxCategory/cbc:TierRange is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.child(c, N16), N22), N279).length)]) + ")";
}

function msg477(c, S, [v90_0]) {
  return "Element cac:AllowanceCharge/cac:TaxCategory/cbc:TierRatePercent is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.child(c, N16), N22), N280).length)]) + ")";
}

function msg478(c, S, [v90_0]) {
  return "Element cac:AllowanceCharge/cac:TaxCategory/cac:TaxScheme/cbc:Name is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(rt.child(c, N16), N22), N23), N61).length)]) + ")";
}

function msg479(c, S, [v90_0]) {
  return "Element cac:AllowanceCharge/cac:TaxCategory/cac:TaxScheme/cbc:TaxTypeCode is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(rt.child(c, N16), N22), N23), N178).length)]) + ")";
}

function msg480(c, S, [v90_0]) {
  return "Element cac:AllowanceCharge/cac:TaxCategory/cac:TaxScheme/cbc:CurrencyCode is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(rt.child(c, N16), N22), N23), N179).length)]) + ")";
}

function msg481(c, S, [v90_0]) {
  return "Element cac:AllowanceCharge/cac:TaxCategory/cac:TaxScheme/cac:JurisdictionRegionAddress is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(rt.child(c, N16), N22), N23), N180).length)]) + ")";
}

function msg482(c, S, [v90_0]) {
  return "Element cac:AllowanceCharge/cac:TaxTotal is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.child(c, N16), N35).length)]) + ")";
}

function msg483(c, S, [v90_0]) {
  return "Element cac:AllowanceCharge/cac:PaymentMeans is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.child(c, N16), N9).length)]) + ")";
}

function msg484(c, S, [v90_0]) {
  return "Element cac:TaxExchangeRate is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.child(c, N281).length)]) + ")";
}

function msg485(c, S, [v90_0]) {
  return "Element cac:PricingExchangeRate is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.child(c, N282).length)]) + ")";
}

function msg486(c, S, [v90_0]) {
  return "Element cac:PaymentExchangeRate is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.child(c, N283).length)]) + ")";
}

function msg487(c, S, [v90_0]) {
  return "Element cac:PaymentAlternativeExchangeRate is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.child(c, N284).length)]) + ")";
}

function msg488(c, S, [v90_0]) {
  return "Element cac:TaxTotal/cbc:RoundingAmount is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.child(c, N35), N285).length)]) + ")";
}

function msg489(c, S, [v90_0]) {
  return "Element cac:TaxTotal/cbc:TaxEvidenceIndicator is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.child(c, N35), N286).length)]) + ")";
}

function msg490(c, S, [v90_0]) {
  return "Element cac:TaxTotal/cbc:TaxIncludedIndicator is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.child(c, N35), N287).length)]) + ")";
}

function msg491(c, S, [v90_0]) {
  return "Element cac:TaxTotal/cac:TaxSubtotal/cbc:CalculationSequenceNumeric is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.child(c, N35), N36), N288).length)]) + ")";
}

function msg492(c, S, [v90_0]) {
  return "Element cac:TaxTotal/cac:TaxSubtotal/cbc:TransactionCurrencyTaxAmount is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.child(c, N35), N36), N289).length)]) + ")";
}

function msg493(c, S, [v90_0]) {
  return "Element cac:TaxTotal/cac:TaxSubtotal/cbc:Percent is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.child(c, N35), N36), N82).length)]) + ")";
}

function msg494(c, S, [v90_0]) {
  return "Element cac:TaxTotal/cac:TaxSubtotal/cbc:BaseUnitMeasure is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.child(c, N35), N36), N278).length)]) + ")";
}

function msg495(c, S, [v90_0]) {
  return "Element cac:TaxTotal/cac:TaxSubtotal/cbc:PerUnitAmount is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.child(c, N35), N36), N277).length)]) + ")";
}

function msg496(c, S, [v90_0]) {
  return "Element cac:TaxTotal/cac:TaxSubtotal/cbc:TierRange is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.child(c, N35), N36), N279).length)]) + ")";
}

function msg497(c, S, [v90_0]) {
  return "Element cac:TaxTotal/cac:TaxSubtotal/cbc:TierRatePercent is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.child(c, N35), N36), N280).length)]) + ")";
}

function msg498(c, S, [v90_0]) {
  return "Element cac:TaxTotal/cac:TaxSubtotal/cac:TaxCategory/cbc:Name is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(rt.child(c, N35), N36), N22), N61).length)]) + ")";
}

function msg499(c, S, [v90_0]) {
  return "Element cac:TaxTotal/cac:TaxSubtotal/cac:TaxCategory/cbc:BaseUnitMeasure is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(rt.child(c, N35), N36), N22), N278).length)]) + ")";
}

function msg500(c, S, [v90_0]) {
  return "Element cac:TaxTotal/cac:TaxSubtotal/cac:TaxCategory/cbc:PerUnitAmount is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(rt.child(c, N35), N36), N22), N277).length)]) + ")";
}

function msg501(c, S, [v90_0]) {
  return "Element cac:TaxTotal/cac:TaxSubtotal/cac:TaxCategory/cbc:TierRange is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(rt.child(c, N35), N36), N22), N279).length)]) + ")";
}

function msg502(c, S, [v90_0]) {
  return "Element cac:TaxTotal/cac:TaxSubtotal/cac:TaxCategory/cbc:TierRatePercent is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(rt.child(c, N35), N36), N22), N280).length)]) + ")";
}

function msg503(c, S, [v90_0]) {
  return "Element cac:TaxTotal/cac:TaxSubtotal/cac:TaxCategory/cac:TaxScheme/cbc:Name is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(rt.child(c, N35), N36), N22), N23), N61).length)]) + ")";
}

function msg504(c, S, [v90_0]) {
  return "Element cac:TaxTotal/cac:TaxSubtotal/cac:TaxCategory/cac:TaxScheme/cbc:TaxTypeCode is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(rt.child(c, N35), N36), N22), N23), N178).length)]) + ")";
}

function msg505(c, S, [v90_0]) {
  return "Element cac:TaxTotal/cac:TaxSubtotal/cac:TaxCategory/cac:TaxScheme/cbc:CurrencyCode is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(rt.child(c, N35), N36), N22), N23), N179).length)]) + ")";
}

function msg506(c, S, [v90_0]) {
  return "Element cac:TaxTotal/cac:TaxSubtotal/cac:TaxCategory/cac:TaxScheme/cac:JurisdictionRegionAddress is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(rt.child(c, N35), N36), N22), N23), N180).length)]) + ")";
}

function msg507(c, S, [v90_0]) {
  return "Element cac:WithholdingTaxTotal is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.child(c, N290).length)]) + ")";
}

function msg508(c, S, [v90_0]) {
  return "Element cac:LegalMonetaryTotal/cbc:PayableAlternativeAmount is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.child(c, N25), N291).length)]) + ")";
}

function msg509(c, S, [v90_0]) {
  return "Element cbc:UUID in an invoice line is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(v90_0, N96).length)]) + ")";
}

function msg510(c, S, [v90_0]) {
  return "Element cbc:TaxPointDate in an invoice line is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(v90_0, N52).length)]) + ")";
}

function msg511(c, S, [v90_0]) {
  return "Element cbc:AccountingCostCode in an invoice line is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(v90_0, N101).length)]) + ")";
}

function msg512(c, S, [v90_0]) {
  return "Element cbc:PaymentPurposeCode in an invoice line is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(v90_0, N292).length)]) + ")";
}

function msg513(c, S, [v90_0]) {
  return "Element cbc:FreeOfChargeIndicator in an invoice line is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(v90_0, N293).length)]) + ")";
}

function msg514(c, S, [v90_0]) {
  return "Element cac:InvoicePeriod/cbc:StartTime in an invoice line is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(v90_0, N53), N103).length)]) + ")";
}

function msg515(c, S, [v90_0]) {
  return "Element cac:InvoicePeriod/cbc:EndTime in an invoice line is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(v90_0, N53), N104).length)]) + ")";
}

function msg516(c, S, [v90_0]) {
  return "Element cac:InvoicePeriod/cbc:DurationMeasure in an invoice line is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(v90_0, N53), N105).length)]) + ")";
}

function msg517(c, S, [v90_0]) {
  return "Element cac:InvoicePeriod/cbc:DescriptionCode in an invoice line is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(v90_0, N53), N54).length)]) + ")";
}

function msg518(c, S, [v90_0]) {
  return "Element cac:InvoicePeriod/cbc:Description in an invoice line is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(v90_0, N53), N106).length)]) + ")";
}

function msg519(c, S, [v90_0]) {
  return "Element cac:OrderLineReference/cbc:SalesOrderLineID in an invoice line is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(v90_0, N294), N295).length)]) + ")";
}

function msg520(c, S, [v90_0]) {
  return "Element cac:OrderLineReference/cbc:UUID in an invoice line is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(v90_0, N294), N96).length)]) + ")";
}

function msg521(c, S, [v90_0]) {
  return "Element cac:OrderLineReference/cbc:LineStatusCode in an invoice line is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(v90_0, N294), N296).length)]) + ")";
}

function msg522(c, S, [v90_0]) {
  return "Element cac:OrderLineReference/cac:OrderReference in an invoice line is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(v90_0, N294), N107).length)]) + ")";
}

function msg523(c, S, [v90_0]) {
  return "Element cac:DespatchLineReference in an invoice line is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(v90_0, N297).length)]) + ")";
}

function msg524(c, S, [v90_0]) {
  return "Element cac:ReceiptLineReference in an invoice line is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(v90_0, N298).length)]) + ")";
}

function msg525(c, S, [v90_0]) {
  return "Element cac:BillingReference in an invoice line is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(v90_0, N79).length)]) + ")";
}

function msg526(c, S, [v90_0]) {
  return "Element cac:DocumentReference/cbc:CopyIndicator in an invoice line is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(v90_0, N110), N95).length)]) + ")";
}

function msg527(c, S, [v90_0]) {
  return "Element cac:DocumentReference/cbc:UUID in an invoice line is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(v90_0, N110), N96).length)]) + ")";
}

function msg528(c, S, [v90_0]) {
  return "Element cac:DocumentReference/cbc:IssueDate in an invoice line is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(v90_0, N110), N41).length)]) + ")";
}

function msg529(c, S, [v90_0]) {
  return "Element cac:DocumentReference/cbc:IssueTime in an invoice line is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(v90_0, N110), N97).length)]) + ")";
}

function msg530(c, S, [v90_0]) {
  return "Element cac:DocumentReference/cbc:DocumentType in an invoice line is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(v90_0, N110), N111).length)]) + ")";
}

function msg531(c, S, [v90_0]) {
  return "Element cac:DocumentReference/cbc:XPath in an invoice line is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(v90_0, N110), N112).length)]) + ")";
}

function msg532(c, S, [v90_0]) {
  return "Element cac:DocumentReference/cbc:LanguageID in an invoice line is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(v90_0, N110), N113).length)]) + ")";
}

function msg533(c, S, [v90_0]) {
  return "Element cac:DocumentReference/cbc:LocaleCode in an invoice line is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(v90_0, N110), N114).length)]) + ")";
}

function msg534(c, S, [v90_0]) {
  return "Element cac:DocumentReference/cbc:VersionID in an invoice line is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(v90_0, N110), N115).length)]) + ")";
}

function msg535(c, S, [v90_0]) {
  return "Element cac:DocumentReference/cbc:DocumentStatusCode in an invoice line is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(v90_0, N110), N116).length)]) + ")";
}

function msg536(c, S, [v90_0]) {
  return "Element cac:DocumentReference/cbc:DocumentDescription in an invoice line is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(v90_0, N110), N87).length)]) + ")";
}

function msg537(c, S, [v90_0]) {
  return "Element cac:DocumentReference/cac:Attachment in an invoice line is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(v90_0, N110), N117).length)]) + ")";
}

function msg538(c, S, [v90_0]) {
  return "Element cac:DocumentReference/cac:ValidityPeriod in an invoice line is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(v90_0, N110), N118).length)]) + ")";
}

function msg539(c, S, [v90_0]) {
  return "Element cac:DocumentReference/cac:IssuerParty in an invoice line is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(v90_0, N110), N119).length)]) + ")";
}

function msg540(c, S, [v90_0]) {
  return "Element cac:DocumentReference/cac:ResultOfVerification in an invoice line is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(v90_0, N110), N120).length)]) + ")";
}

function msg541(c, S, [v90_0]) {
  return "Element cac:PricingReference in an invoice line is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(v90_0, N299).length)]) + ")";
}

function msg542(c, S, [v90_0]) {
  return "Element cac:OriginatorParty in an invoice line is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(v90_0, N300).length)]) + ")";
}

function msg543(c, S, [v90_0]) {
  return "Element cac:Delivery in an invoice line is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(v90_0, N12).length)]) + ")";
}

function msg544(c, S, [v90_0]) {
  return "Element cac:PaymentTerms in an invoice line is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(v90_0, N258).length)]) + ")";
}

function msg545(c, S, [v90_0]) {
  return "Element cac:AllowanceCharge/cbc:ID in an invoice line is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(v90_0, N16), N1).length)]) + ")";
}

function msg546(c, S, [v90_0]) {
  return "Element cac:AllowanceCharge/cbc:PrepaidIndicator in an invoice line is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(v90_0, N16), N274).length)]) + ")";
}

function msg547(c, S, [v90_0]) {
  return "Element cac:AllowanceCharge/cbc:SequenceNumeric in an invoice line is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(v90_0, N16), N275).length)]) + ")";
}

function msg548(c, S, [v90_0]) {
  return "Element cac:AllowanceCharge/cbc:AccountingCostCode in an invoice line is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(v90_0, N16), N101).length)]) + ")";
}

function msg549(c, S, [v90_0]) {
  return "Element cac:AllowanceCharge/cbc:AccountingCost in an invoice line is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(v90_0, N16), N276).length)]) + ")";
}

function msg550(c, S, [v90_0]) {
  return "Element cac:AllowanceCharge/cbc:PerUnitAmount in an invoice line is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(v90_0, N16), N277).length)]) + ")";
}

function msg551(c, S, [v90_0]) {
  return "Element cac:AllowanceCharge/cac:TaxCategory in an invoice line is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(v90_0, N16), N22).length)]) + ")";
}

function msg552(c, S, [v90_0]) {
  return "Element cac:AllowanceCharge/cac:TaxTotal in an invoice line is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(v90_0, N16), N35).length)]) + ")";
}

function msg553(c, S, [v90_0]) {
  return "Element cac:AllowanceCharge/cac:PaymentMeans in an invoice line is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(v90_0, N16), N9).length)]) + ")";
}

function msg554(c, S, [v90_0]) {
  return "Element cac:TaxTotal in an invoice line is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(v90_0, N35).length)]) + ")";
}

function msg555(c, S, [v90_0]) {
  return "Element cac:WithholdingTaxTotal in an invoice line is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(v90_0, N290).length)]) + ")";
}

function msg556(c, S, [v90_0]) {
  return "Element cac:Item/cbc:PackQuantity in an invoice line is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(v90_0, N60), N301).length)]) + ")";
}

function msg557(c, S, [v90_0]) {
  return "Element cac:Item/cbc:PackSizeNumeric in an invoice line is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(v90_0, N60), N302).length)]) + ")";
}

function msg558(c, S, [v90_0]) {
  return "Element cac:Item/cbc:CatalogueIndicator in an invoice line is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(v90_0, N60), N303).length)]) + ")";
}

function msg559(c, S, [v90_0]) {
  return "Element cac:Item/cbc:HazardousRiskIndicator in an invoice line is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(v90_0, N60), N304).length)]) + ")";
}

function msg560(c, S, [v90_0]) {
  return "Element cac:Item/cbc:AdditionalInformation in an invoice line is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(v90_0, N60), N305).length)]) + ")";
}

function msg561(c, S, [v90_0]) {
  return "Element cac:Item/cbc:Keyword in an invoice line is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(v90_0, N60), N306).length)]) + ")";
}

function msg562(c, S, [v90_0]) {
  return "Element cac:Item/cbc:BrandName in an invoice line is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(v90_0, N60), N307).length)]) + ")";
}

function msg563(c, S, [v90_0]) {
  return "Element cac:Item/cbc:ModelName in an invoice line is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(v90_0, N60), N308).length)]) + ")";
}

function msg564(c, S, [v90_0]) {
  return "Element cac:Item/cac:BuyersItemIdentification/cbc:ExtendedID in an invoice line is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(v90_0, N60), N309), N310).length)]) + ")";
}

function msg565(c, S, [v90_0]) {
  return "Element cac:Item/cac:BuyersItemIdentification/cbc:BarcodeSymbologyID in an invoice line is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(v90_0, N60), N309), N311).length)]) + ")";
}

function msg566(c, S, [v90_0]) {
  return "Element cac:Item/cac:BuyersItemIdentification/cac:PhysicalAttribute in an invoice line is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(v90_0, N60), N309), N312).length)]) + ")";
}

function msg567(c, S, [v90_0]) {
  return "Element cac:Item/cac:BuyersItemIdentification/cac:MeasurementDimension in an invoice line is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(v90_0, N60), N309), N313).length)]) + ")";
}

function msg568(c, S, [v90_0]) {
  return "Element cac:Item/cac:BuyersItemIdentification/cac:IssuerParty in an invoice line is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(v90_0, N60), N309), N119).length)]) + ")";
}

function msg569(c, S, [v90_0]) {
  return "Element cac:Item/cac:SellersItemIdentification/cbc:ExtendedID in an invoice line is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(v90_0, N60), N314), N310).length)]) + ")";
}

function msg570(c, S, [v90_0]) {
  return "Element cac:Item/cac:SellersItemIdentification/cbc:BarcodeSymbologyID in an invoice line is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(v90_0, N60), N314), N311).length)]) + ")";
}

function msg571(c, S, [v90_0]) {
  return "Element cac:Item/cac:SellersItemIdentification/cac:PhysicalAttribute in an invoice line is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(v90_0, N60), N314), N312).length)]) + ")";
}

function msg572(c, S, [v90_0]) {
  return "Element cac:Item/cac:SellersItemIdentification/cac:MeasurementDimension in an invoice line is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(v90_0, N60), N314), N313).length)]) + ")";
}

function msg573(c, S, [v90_0]) {
  return "Element cac:Item/cac:SellersItemIdentification/cac:IssuerParty in an invoice line is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(v90_0, N60), N314), N119).length)]) + ")";
}

function msg574(c, S, [v90_0]) {
  return "Element cac:Item/cac:ManufacturersItemIdentification in an invoice line is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(v90_0, N60), N315).length)]) + ")";
}

function msg575(c, S, [v90_0]) {
  return "Element cac:Item/cac:StandardItemIdentification/cbc:ExtendedID in an invoice line is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(v90_0, N60), N72), N310).length)]) + ")";
}

function msg576(c, S, [v90_0]) {
  return "Element cac:Item/cac:StandardItemIdentification/cbc:BarcodeSymbologyID in an invoice line is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(v90_0, N60), N72), N311).length)]) + ")";
}

function msg577(c, S, [v90_0]) {
  return "Element cac:Item/cac:StandardItemIdentification/cac:PhysicalAttribute in an invoice line is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(v90_0, N60), N72), N312).length)]) + ")";
}

function msg578(c, S, [v90_0]) {
  return "Element cac:Item/cac:StandardItemIdentification/cac:MeasurementDimension in an invoice line is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(v90_0, N60), N72), N313).length)]) + ")";
}

function msg579(c, S, [v90_0]) {
  return "Element cac:Item/cac:StandardItemIdentification/cac:IssuerParty in an invoice line is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(v90_0, N60), N72), N119).length)]) + ")";
}

function msg580(c, S, [v90_0]) {
  return "Element cac:Item/cac:CatalogueItemIdentification in an invoice line is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(v90_0, N60), N316).length)]) + ")";
}

function msg581(c, S, [v90_0]) {
  return "Element cac:Item/cac:AdditionalItemIdentification in an invoice line is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(v90_0, N60), N317).length)]) + ")";
}

function msg582(c, S, [v90_0]) {
  return "Element cac:Item/cac:CatalogueDocumentReference in an invoice line is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(v90_0, N60), N318).length)]) + ")";
}

function msg583(c, S, [v90_0]) {
  return "Element cac:Item/cac:ItemSpecificationDocumentReference in an invoice line is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(v90_0, N60), N319).length)]) + ")";
}

function msg584(c, S, [v90_0]) {
  return "Element cac:Item/cac:OriginCountry/cbc:Name in an invoice line is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(v90_0, N60), N320), N61).length)]) + ")";
}

function msg585(c, S, [v90_0]) {
  return "Element cac:Item/cac:CommodityClassification/cbc:NatureCode in an invoice line is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(v90_0, N60), N69), N321).length)]) + ")";
}

function msg586(c, S, [v90_0]) {
  return "Element cac:Item/cac:CommodityClassification/cbc:CargoTypeCode in an invoice line is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(v90_0, N60), N69), N322).length)]) + ")";
}

function msg587(c, S, [v90_0]) {
  return "Element cac:Item/cac:CommodityClassification/cbc:CommodityCode in an invoice line is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(v90_0, N60), N69), N323).length)]) + ")";
}

function msg588(c, S, [v90_0]) {
  return "Element cac:Item/cac:TransactionConditions in an invoice line is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(v90_0, N60), N324).length)]) + ")";
}

function msg589(c, S, [v90_0]) {
  return "Element cac:Item/cac:HazardousItem in an invoice line is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(v90_0, N60), N325).length)]) + ")";
}

function msg590(c, S, [v90_0]) {
  return "Element cac:Item/cac:ClassifiedTaxCategory/cbc:Name in an invoice line is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(v90_0, N60), N64), N61).length)]) + ")";
}

function msg591(c, S, [v90_0]) {
  return "Element cac:Item/cac:ClassifiedTaxCategory/cbc:BaseUnitMeasure in an invoice line is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(v90_0, N60), N64), N278).length)]) + ")";
}

function msg592(c, S, [v90_0]) {
  return "Element cac:Item/cac:ClassifiedTaxCategory/cbc:PerUnitAmount in an invoice line is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(v90_0, N60), N64), N277).length)]) + ")";
}

function msg593(c, S, [v90_0]) {
  return "Element cac:Item/cac:ClassifiedTaxCategory/cbc:TaxExemptionReasonCode in an invoice line is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(v90_0, N60), N64), N85).length)]) + ")";
}

function msg594(c, S, [v90_0]) {
  return "Element cac:Item/cac:ClassifiedTaxCategory/cbc:TaxExemptionReason in an invoice line is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(v90_0, N60), N64), N84).length)]) + ")";
}

function msg595(c, S, [v90_0]) {
  return "Element cac:Item/cac:ClassifiedTaxCategory/cbc:TierRange in an invoice line is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(v90_0, N60), N64), N279).length)]) + ")";
}

function msg596(c, S, [v90_0]) {
  return "Element cac:Item/cac:ClassifiedTaxCategory/cbc:TierRatePercent in an invoice line is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(v90_0, N60), N64), N280).length)]) + ")";
}

function msg597(c, S, [v90_0]) {
  return "Element cac:Item/cac:ClassifiedTaxCategory/cac:TaxScheme/cbc:Name in an invoice line is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(v90_0, N60), N64), N23), N61).length)]) + ")";
}

function msg598(c, S, [v90_0]) {
  return "Element cac:Item/cac:ClassifiedTaxCategory/cac:TaxScheme/cbc:TaxTypeCode in an invoice line is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(v90_0, N60), N64), N23), N178).length)]) + ")";
}

function msg599(c, S, [v90_0]) {
  return "Element cac:Item/cac:ClassifiedTaxCategory/cac:TaxScheme/cbc:CurrencyCode in an invoice line is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(v90_0, N60), N64), N23), N179).length)]) + ")";
}

function msg600(c, S, [v90_0]) {
  return "Element cac:Item/cac:ClassifiedTaxCategory/cac:TaxScheme/cac:JurisdictionRegionAddress in an invoice line is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(v90_0, N60), N64), N23), N180).length)]) + ")";
}

function msg601(c, S, [v90_0]) {
  return "Element cac:Item/cac:AdditionalItemProperty/cbc:ID in an invoice line is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(v90_0, N60), N67), N1).length)]) + ")";
}

function msg602(c, S, [v90_0]) {
  return "Element cac:Item/cac:AdditionalItemProperty/cbc:NameCode in an invoice line is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(v90_0, N60), N67), N326).length)]) + ")";
}

function msg603(c, S, [v90_0]) {
  return "Element cac:Item/cac:AdditionalItemProperty/cbc:TestMethod in an invoice line is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(v90_0, N60), N67), N327).length)]) + ")";
}

function msg604(c, S, [v90_0]) {
  return "Element cac:Item/cac:AdditionalItemProperty/cbc:ValueQuantity in an invoice line is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(v90_0, N60), N67), N328).length)]) + ")";
}

function msg605(c, S, [v90_0]) {
  return "Element cac:Item/cac:AdditionalItemProperty/cbc:ValueQualifier in an invoice line is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(v90_0, N60), N67), N329).length)]) + ")";
}

function msg606(c, S, [v90_0]) {
  return "Element cac:Item/cac:AdditionalItemProperty/cbc:ImportanceCode in an invoice line is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(v90_0, N60), N67), N330).length)]) + ")";
}

function msg607(c, S, [v90_0]) {
  return "Element cac:Item/cac:AdditionalItemProperty/cbc:ListValue in an invoice line is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(v90_0, N60), N67), N331).length)]) + ")";
}

function msg608(c, S, [v90_0]) {
  return "Element cac:Item/cac:AdditionalItemProperty/cac:UsabilityPeriod in an invoice line is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(v90_0, N60), N67), N332).length)]) + ")";
}

function msg609(c, S, [v90_0]) {
  return "Element cac:Item/cac:AdditionalItemProperty/cac:ItemPropertyGroup in an invoice line is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(v90_0, N60), N67), N333).length)]) + ")";
}

function msg610(c, S, [v90_0]) {
  return "Element cac:Item/cac:AdditionalItemProperty/cac:RangeDimension in an invoice line is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(v90_0, N60), N67), N334).length)]) + ")";
}

function msg611(c, S, [v90_0]) {
  return "Element cac:Item/cac:AdditionalItemProperty/cac:ItemPropertyRange in an invoice line is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(v90_0, N60), N67), N335).length)]) + ")";
}

function msg612(c, S, [v90_0]) {
  return "Element cac:Item/cac:ManufacturerParty in an invoice line is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(v90_0, N60), N336).length)]) + ")";
}

function msg613(c, S, [v90_0]) {
  return "Element cac:Item/cac:InformationContentProviderParty in an invoice line is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(v90_0, N60), N337).length)]) + ")";
}

function msg614(c, S, [v90_0]) {
  return "Element cac:Item/cac:OriginAddress in an invoice line is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(v90_0, N60), N338).length)]) + ")";
}

function msg615(c, S, [v90_0]) {
  return "Element cac:Item/cac:ItemInstance in an invoice line is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(v90_0, N60), N339).length)]) + ")";
}

function msg616(c, S, [v90_0]) {
  return "Element cac:Item/cac:Certificate in an invoice line is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(v90_0, N60), N340).length)]) + ")";
}

function msg617(c, S, [v90_0]) {
  return "Element cac:Item/cac:Dimension in an invoice line is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(v90_0, N60), N341).length)]) + ")";
}

function msg618(c, S, [v90_0]) {
  return "Element cac:Price/cbc:PriceChangeReason in an invoice line is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(v90_0, N62), N342).length)]) + ")";
}

function msg619(c, S, [v90_0]) {
  return "Element cac:Price/cbc:PriceTypeCode in an invoice line is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(v90_0, N62), N343).length)]) + ")";
}

function msg620(c, S, [v90_0]) {
  return "Element cac:Price/cbc:PriceType in an invoice line is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(v90_0, N62), N344).length)]) + ")";
}

function msg621(c, S, [v90_0]) {
  return "Element cac:Price/cbc:OrderableUnitFactorRate in an invoice line is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(v90_0, N62), N345).length)]) + ")";
}

function msg622(c, S, [v90_0]) {
  return "Element cac:Price/cbc:ValidityPeriod in an invoice line is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(v90_0, N62), N346).length)]) + ")";
}

function msg623(c, S, [v90_0]) {
  return "Element cac:Price/cbc:PriceList in an invoice line is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(v90_0, N62), N347).length)]) + ")";
}

function msg624(c, S, [v90_0]) {
  return "Element cac:Price/cac:AllowanceCharge/cbc:ID in an invoice line is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(v90_0, N62), N16), N1).length)]) + ")";
}

function msg625(c, S, [v90_0]) {
  return "Element cac:Price/cac:AllowanceCharge/cbc:AllowanceChargeReasonCode in an invoice line is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(v90_0, N62), N16), N20).length)]) + ")";
}

function msg626(c, S, [v90_0]) {
  return "Element cac:Price/cac:AllowanceCharge/cbc:AllowanceChargeReason in an invoice line is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(v90_0, N62), N16), N19).length)]) + ")";
}

function msg627(c, S, [v90_0]) {
  return "Element cac:Price/cac:AllowanceCharge/cbc:MultiplierFactorNumeric in an invoice line is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(v90_0, N62), N16), N348).length)]) + ")";
}

function msg628(c, S, [v90_0]) {
  return "Element cac:Price/cac:AllowanceCharge/cbc:PrepaidIndicator in an invoice line is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(v90_0, N62), N16), N274).length)]) + ")";
}

function msg629(c, S, [v90_0]) {
  return "Element cac:Price/cac:AllowanceCharge/cbc:SequenceNumeric in an invoice line is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(v90_0, N62), N16), N275).length)]) + ")";
}

function msg630(c, S, [v90_0]) {
  return "Element cac:Price/cac:AllowanceCharge/cbc:AccountingCostCode in an invoice line is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(v90_0, N62), N16), N101).length)]) + ")";
}

function msg631(c, S, [v90_0]) {
  return "Element cac:Price/cac:AllowanceCharge/cbc:AccountingCost in an invoice line is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(v90_0, N62), N16), N276).length)]) + ")";
}

function msg632(c, S, [v90_0]) {
  return "Element cac:Price/cac:AllowanceCharge/cbc:PerUnitAmount in an invoice line is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(v90_0, N62), N16), N277).length)]) + ")";
}

function msg633(c, S, [v90_0]) {
  return "Element cac:Price/cac:AllowanceCharge/cac:TaxCategory in an invoice line is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(v90_0, N62), N16), N22).length)]) + ")";
}

function msg634(c, S, [v90_0]) {
  return "Element cac:Price/cac:AllowanceCharge/cac:TaxTotal in an invoice line is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(v90_0, N62), N16), N35).length)]) + ")";
}

function msg635(c, S, [v90_0]) {
  return "Element cac:Price/cac:AllowanceCharge/cac:PaymentMeans in an invoice line is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(v90_0, N62), N16), N9).length)]) + ")";
}

function msg636(c, S, [v90_0]) {
  return "Element cac:Price/cac:PricingExchangeRate in an invoice line is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.childOfNodes(v90_0, N62), N282).length)]) + ")";
}

function msg637(c, S, [v90_0]) {
  return "Element cac:DeliveryTerms in an invoice line is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(v90_0, N227).length)]) + ")";
}

function msg638(c, S, [v90_0]) {
  return "Element cac:SubInvoiceLine in an invoice line is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(v90_0, N349).length)]) + ")";
}

function msg639(c, S, [v90_0]) {
  return "Element cac:ItemPriceExtension in an invoice line is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(v90_0, N350).length)]) + ")";
}

function msg640(c, S, [v90_0]) {
  return "Attribute @schemeID of cbc:CustomizationID is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.stepNodes(rt.child(c, N40), "attribute", N5, null).length)]) + ")";
}

function msg641(c, S, [v90_0]) {
  return "Attribute @schemeID of cbc:ProfileID is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.stepNodes(rt.child(c, N351), "attribute", N5, null).length)]) + ")";
}

function msg642(c, S, [v90_0]) {
  return "Attribute @schemeID of cbc:ID is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.stepNodes(rt.child(c, N1), "attribute", N5, null).length)]) + ")";
}

function msg643(c, S, [v90_0]) {
  return "Attribute @schemeID of cbc:SalesOrderID is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.stepNodes(rt.child(c, N352), "attribute", N5, null).length)]) + ")";
}

function msg644(c, S, [v90_0]) {
  return "Attribute @schemeID of cac:PartyTaxScheme/cbc:CompanyID, anywhere in the document, is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt((S.D.memo[45] !== undefined ? S.D.memo[45] : (S.D.memo[45] = (S.D.memo[44] !== undefined ? S.D.memo[44] : (S.D.memo[44] = rt.stepNodes(rt.childOfNodes(rt.descendantsByName(S.D, c, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "PartyTaxScheme"), N38), "attribute", N5, null))).length)))]) + ")";
}

function msg645(c, S, [v90_0]) {
  return "Attribute @schemeID of cac:PaymentMeans/cbc:PaymentID is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.stepNodes(rt.childOfNodes(rt.child(c, N9), N353), "attribute", N5, null).length)]) + ")";
}

function msg646(c, S, [v90_0]) {
  return "Attribute @schemeID of cac:PaymentMeans/cac:PayeeFinancialAccount/cbc:ID is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.stepNodes(rt.childOfNodes(rt.childOfNodes(rt.child(c, N9), N78), N1), "attribute", N5, null).length)]) + ")";
}

function msg647(c, S, [v90_0]) {
  return "Attribute @schemeID of cac:PaymentMeans/cac:PayeeFinancialAccount/cac:FinancialInstitutionBranch/cbc:ID is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.stepNodes(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(rt.child(c, N9), N78), N245), N1), "attribute", N5, null).length)]) + ")";
}

function msg648(c, S, [v90_0]) {
  return "Attribute @listID of cbc:InvoiceTypeCode is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.stepNodes(rt.child(c, N42), "attribute", N71, null).length)]) + ")";
}

function msg649(c, S, [v90_0]) {
  return "Attribute @listID of cbc:DocumentCurrencyCode is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.stepNodes(rt.child(c, N44), "attribute", N71, null).length)]) + ")";
}

function msg650(c, S, [v90_0]) {
  return "Attribute @listID of cbc:TaxCurrencyCode is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.stepNodes(rt.child(c, N51), "attribute", N71, null).length)]) + ")";
}

function msg651(c, S, [v90_0]) {
  return "Attribute @listID of cac:AdditionalDocumentReference/cbc:DocumentTypeCode is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.stepNodes(rt.childOfNodes(rt.child(c, N0), N88), "attribute", N71, null).length)]) + ")";
}

function msg652(c, S, [v90_0]) {
  return "Attribute @listID of cac:Country/cbc:IdentificationCode, anywhere in the document, is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt((S.D.memo[47] !== undefined ? S.D.memo[47] : (S.D.memo[47] = (S.D.memo[46] !== undefined ? S.D.memo[46] : (S.D.memo[46] = rt.stepNodes(rt.childOfNodes(rt.descendantsByName(S.D, c, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "Country"), N8), "attribute", N71, null))).length)))]) + ")";
}

function msg653(c, S, [v90_0]) {
  return "Attribute @listID of cac:PaymentMeans/cbc:PaymentMeansCode is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.stepNodes(rt.childOfNodes(rt.child(c, N9), N77), "attribute", N71, null).length)]) + ")";
}

function msg654(c, S, [v90_0]) {
  return "Attribute @listID of cbc:AllowanceChargeReasonCode, anywhere in the document, is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt((S.D.memo[49] !== undefined ? S.D.memo[49] : (S.D.memo[49] = (S.D.memo[48] !== undefined ? S.D.memo[48] : (S.D.memo[48] = rt.stepNodes(rt.descendantsByName(S.D, c, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "AllowanceChargeReasonCode"), "attribute", N71, null))).length)))]) + ")";
}

function msg655(c, S, [v90_0]) {
  return "Attribute @unitCodeListID, anywhere in the document, is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt((S.D.memo[51] !== undefined ? S.D.memo[51] : (S.D.memo[51] = (S.D.memo[50] !== undefined ? S.D.memo[50] : (S.D.memo[50] = rt.attributesByName(S.D, c, "", "unitCodeListID"))).length)))]) + ")";
}

function msg656(c, S, [v90_0]) {
  return "Element cac:FinancialInstitution, anywhere in the document, is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt((S.D.memo[53] !== undefined ? S.D.memo[53] : (S.D.memo[53] = (S.D.memo[52] !== undefined ? S.D.memo[52] : (S.D.memo[52] = rt.descendantsByName(S.D, c, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "FinancialInstitution"))).length)))]) + ")";
}

const CHECKS1 = Object.freeze([
  { cur: 623, row: ROWS[623], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N9], [N232]], pre: P430, message: msg408 },
  { cur: 624, row: ROWS[624], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N9], [N233]], pre: P431, message: msg409 },
  { cur: 625, row: ROWS[625], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N9], [N10], [N234]], pre: P432, message: msg410 },
  { cur: 626, row: ROWS[626], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N9], [N10], [N235]], pre: P433, message: msg411 },
  { cur: 627, row: ROWS[627], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N9], [N10], [N135]], pre: P434, message: msg412 },
  { cur: 628, row: ROWS[628], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N9], [N10], [N236]], pre: P435, message: msg413 },
  { cur: 629, row: ROWS[629], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N9], [N10], [N237]], pre: P436, message: msg414 },
  { cur: 630, row: ROWS[630], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N9], [N10], [N238]], pre: P437, message: msg415 },
  { cur: 631, row: ROWS[631], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N9], [N10], [N239]], pre: P438, message: msg416 },
  { cur: 632, row: ROWS[632], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N9], [N10], [N240]], pre: P439, message: msg417 },
  { cur: 633, row: ROWS[633], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N9], [N78], [N241]], pre: P440, message: msg418 },
  { cur: 634, row: ROWS[634], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N9], [N78], [N242]], pre: P441, message: msg419 },
  { cur: 635, row: ROWS[635], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N9], [N78], [N243]], pre: P442, message: msg420 },
  { cur: 636, row: ROWS[636], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N9], [N78], [N179]], pre: P443, message: msg421 },
  { cur: 637, row: ROWS[637], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N9], [N78], [N244]], pre: P444, message: msg422 },
  { cur: 638, row: ROWS[638], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N9], [N78], [N245], [N61]], pre: P445, message: msg423 },
  { cur: 639, row: ROWS[639], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N9], [N78], [N245], [N246], [N61]], pre: P446, message: msg424 },
  { cur: 640, row: ROWS[640], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N9], [N78], [N245], [N246], [N14]], pre: P447, message: msg425 },
  { cur: 641, row: ROWS[641], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N9], [N78], [N245], [N14]], pre: P448, message: msg426 },
  { cur: 642, row: ROWS[642], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N9], [N78], [N7]], pre: P449, message: msg427 },
  { cur: 643, row: ROWS[643], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N9], [N247]], pre: P450, message: msg428 },
  { cur: 644, row: ROWS[644], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N9], [N248], [N249]], pre: P451, message: msg429 },
  { cur: 645, row: ROWS[645], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N9], [N248], [N250]], pre: P452, message: msg430 },
  { cur: 646, row: ROWS[646], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N9], [N248], [N251]], pre: P453, message: msg431 },
  { cur: 647, row: ROWS[647], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N9], [N248], [N252]], pre: P454, message: msg432 },
  { cur: 648, row: ROWS[648], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N9], [N248], [N253]], pre: P455, message: msg433 },
  { cur: 649, row: ROWS[649], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N9], [N248], [N254], [N61]], pre: P456, message: msg434 },
  { cur: 650, row: ROWS[650], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N9], [N248], [N254], [N241]], pre: P457, message: msg435 },
  { cur: 651, row: ROWS[651], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N9], [N248], [N254], [N242]], pre: P458, message: msg436 },
  { cur: 652, row: ROWS[652], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N9], [N248], [N254], [N243]], pre: P459, message: msg437 },
  { cur: 653, row: ROWS[653], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N9], [N248], [N254], [N179]], pre: P460, message: msg438 },
  { cur: 654, row: ROWS[654], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N9], [N248], [N254], [N244]], pre: P461, message: msg439 },
  { cur: 655, row: ROWS[655], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N9], [N248], [N254], [N245]], pre: P462, message: msg440 },
  { cur: 656, row: ROWS[656], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N9], [N248], [N254], [N7]], pre: P463, message: msg441 },
  { cur: 657, row: ROWS[657], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N9], [N248], [N118]], pre: P464, message: msg442 },
  { cur: 658, row: ROWS[658], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N9], [N248], [N255]], pre: P465, message: msg443 },
  { cur: 659, row: ROWS[659], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N9], [N248], [N256]], pre: P466, message: msg444 },
  { cur: 660, row: ROWS[660], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N9], [N257]], pre: P467, message: msg445 },
  { cur: 661, row: ROWS[661], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N258], [N1]], pre: P468, message: msg446 },
  { cur: 662, row: ROWS[662], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N258], [N259]], pre: P469, message: msg447 },
  { cur: 663, row: ROWS[663], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N258], [N260]], pre: P470, message: msg448 },
  { cur: 664, row: ROWS[664], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N258], [N261]], pre: P471, message: msg449 },
  { cur: 665, row: ROWS[665], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N258], [N262]], pre: P472, message: msg450 },
  { cur: 666, row: ROWS[666], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N258], [N263]], pre: P473, message: msg451 },
  { cur: 667, row: ROWS[667], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N258], [N264]], pre: P474, message: msg452 },
  { cur: 668, row: ROWS[668], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N258], [N21]], pre: P475, message: msg453 },
  { cur: 669, row: ROWS[669], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N258], [N265]], pre: P476, message: msg454 },
  { cur: 670, row: ROWS[670], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N258], [N266]], pre: P477, message: msg455 },
  { cur: 671, row: ROWS[671], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N258], [N267]], pre: P478, message: msg456 },
  { cur: 672, row: ROWS[672], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N258], [N231]], pre: P479, message: msg457 },
  { cur: 673, row: ROWS[673], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N258], [N268]], pre: P480, message: msg458 },
  { cur: 674, row: ROWS[674], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N258], [N269]], pre: P481, message: msg459 },
  { cur: 675, row: ROWS[675], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N258], [N270]], pre: P482, message: msg460 },
  { cur: 676, row: ROWS[676], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N258], [N271]], pre: P483, message: msg461 },
  { cur: 677, row: ROWS[677], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N258], [N272]], pre: P484, message: msg462 },
  { cur: 678, row: ROWS[678], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N258], [N118]], pre: P485, message: msg463 },
  { cur: 679, row: ROWS[679], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N273]], pre: null, message: msg464 },
  { cur: 680, row: ROWS[680], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N16], [N1]], pre: P486, message: msg465 },
  { cur: 681, row: ROWS[681], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N16], [N274]], pre: P487, message: msg466 },
  { cur: 682, row: ROWS[682], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N16], [N275]], pre: P488, message: msg467 },
  { cur: 683, row: ROWS[683], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N16], [N101]], pre: P489, message: msg468 },
  { cur: 684, row: ROWS[684], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N16], [N276]], pre: P490, message: msg469 },
  { cur: 685, row: ROWS[685], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N16], [N277]], pre: P491, message: msg470 },
  { cur: 686, row: ROWS[686], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N16], [N22], [N61]], pre: P492, message: msg471 },
  { cur: 687, row: ROWS[687], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N16], [N22], [N278]], pre: P493, message: msg472 },
  { cur: 688, row: ROWS[688], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N16], [N22], [N277]], pre: P494, message: msg473 },
  { cur: 689, row: ROWS[689], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N16], [N22], [N85]], pre: P495, message: msg474 },
  { cur: 690, row: ROWS[690], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N16], [N22], [N84]], pre: P496, message: msg475 },
  { cur: 691, row: ROWS[691], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N16], [N22], [N279]], pre: P497, message: msg476 },
  { cur: 692, row: ROWS[692], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N16], [N22], [N280]], pre: P498, message: msg477 },
  { cur: 693, row: ROWS[693], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N16], [N22], [N23], [N61]], pre: P499, message: msg478 },
  { cur: 694, row: ROWS[694], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N16], [N22], [N23], [N178]], pre: P500, message: msg479 },
  { cur: 695, row: ROWS[695], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N16], [N22], [N23], [N179]], pre: P501, message: msg480 },
  { cur: 696, row: ROWS[696], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N16], [N22], [N23], [N180]], pre: P502, message: msg481 },
  { cur: 697, row: ROWS[697], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N16], [N35]], pre: P503, message: msg482 },
  { cur: 698, row: ROWS[698], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N16], [N9]], pre: P504, message: msg483 },
  { cur: 699, row: ROWS[699], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N281]], pre: null, message: msg484 },
  { cur: 700, row: ROWS[700], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N282]], pre: null, message: msg485 },
  { cur: 701, row: ROWS[701], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N283]], pre: null, message: msg486 },
  { cur: 702, row: ROWS[702], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N284]], pre: null, message: msg487 },
  { cur: 703, row: ROWS[703], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N35], [N285]], pre: P505, message: msg488 },
  { cur: 704, row: ROWS[704], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N35], [N286]], pre: P506, message: msg489 },
  { cur: 705, row: ROWS[705], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N35], [N287]], pre: P507, message: msg490 },
  { cur: 706, row: ROWS[706], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N35], [N36], [N288]], pre: P508, message: msg491 },
  { cur: 707, row: ROWS[707], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N35], [N36], [N289]], pre: P509, message: msg492 },
  { cur: 708, row: ROWS[708], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N35], [N36], [N82]], pre: P510, message: msg493 },
  { cur: 709, row: ROWS[709], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N35], [N36], [N278]], pre: P511, message: msg494 },
  { cur: 710, row: ROWS[710], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N35], [N36], [N277]], pre: P512, message: msg495 },
  { cur: 711, row: ROWS[711], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N35], [N36], [N279]], pre: P513, message: msg496 },
  { cur: 712, row: ROWS[712], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N35], [N36], [N280]], pre: P514, message: msg497 },
  { cur: 713, row: ROWS[713], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N35], [N36], [N22], [N61]], pre: P515, message: msg498 },
  { cur: 714, row: ROWS[714], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N35], [N36], [N22], [N278]], pre: P516, message: msg499 },
  { cur: 715, row: ROWS[715], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N35], [N36], [N22], [N277]], pre: P517, message: msg500 },
  { cur: 716, row: ROWS[716], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N35], [N36], [N22], [N279]], pre: P518, message: msg501 },
  { cur: 717, row: ROWS[717], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N35], [N36], [N22], [N280]], pre: P519, message: msg502 },
  { cur: 718, row: ROWS[718], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N35], [N36], [N22], [N23], [N61]], pre: P520, message: msg503 },
  { cur: 719, row: ROWS[719], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N35], [N36], [N22], [N23], [N178]], pre: P521, message: msg504 },
  { cur: 720, row: ROWS[720], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N35], [N36], [N22], [N23], [N179]], pre: P522, message: msg505 },
  { cur: 721, row: ROWS[721], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N35], [N36], [N22], [N23], [N180]], pre: P523, message: msg506 },
  { cur: 722, row: ROWS[722], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N290]], pre: null, message: msg507 },
  { cur: 723, row: ROWS[723], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N25], [N291]], pre: P524, message: msg508 },
  { cur: 724, row: ROWS[724], limit: 0, whenOver: true, from: 0, desc: null, steps: [[N96]], pre: P525, message: msg509 },
  { cur: 725, row: ROWS[725], limit: 0, whenOver: true, from: 0, desc: null, steps: [[N52]], pre: P526, message: msg510 },
  { cur: 726, row: ROWS[726], limit: 0, whenOver: true, from: 0, desc: null, steps: [[N101]], pre: P527, message: msg511 },
  { cur: 727, row: ROWS[727], limit: 0, whenOver: true, from: 0, desc: null, steps: [[N292]], pre: P528, message: msg512 },
  { cur: 728, row: ROWS[728], limit: 0, whenOver: true, from: 0, desc: null, steps: [[N293]], pre: P529, message: msg513 },
  { cur: 729, row: ROWS[729], limit: 0, whenOver: true, from: 0, desc: null, steps: [[N53], [N103]], pre: P35, message: msg514 },
  { cur: 730, row: ROWS[730], limit: 0, whenOver: true, from: 0, desc: null, steps: [[N53], [N104]], pre: P36, message: msg515 },
  { cur: 731, row: ROWS[731], limit: 0, whenOver: true, from: 0, desc: null, steps: [[N53], [N105]], pre: P37, message: msg516 },
  { cur: 732, row: ROWS[732], limit: 0, whenOver: true, from: 0, desc: null, steps: [[N53], [N54]], pre: P7, message: msg517 },
  { cur: 733, row: ROWS[733], limit: 0, whenOver: true, from: 0, desc: null, steps: [[N53], [N106]], pre: P38, message: msg518 },
  { cur: 734, row: ROWS[734], limit: 0, whenOver: true, from: 0, desc: null, steps: [[N294], [N295]], pre: P530, message: msg519 },
  { cur: 735, row: ROWS[735], limit: 0, whenOver: true, from: 0, desc: null, steps: [[N294], [N96]], pre: P531, message: msg520 },
  { cur: 736, row: ROWS[736], limit: 0, whenOver: true, from: 0, desc: null, steps: [[N294], [N296]], pre: P532, message: msg521 },
  { cur: 737, row: ROWS[737], limit: 0, whenOver: true, from: 0, desc: null, steps: [[N294], [N107]], pre: P533, message: msg522 },
  { cur: 738, row: ROWS[738], limit: 0, whenOver: true, from: 0, desc: null, steps: [[N297]], pre: P534, message: msg523 },
  { cur: 739, row: ROWS[739], limit: 0, whenOver: true, from: 0, desc: null, steps: [[N298]], pre: P535, message: msg524 },
  { cur: 740, row: ROWS[740], limit: 0, whenOver: true, from: 0, desc: null, steps: [[N79]], pre: P536, message: msg525 },
  { cur: 741, row: ROWS[741], limit: 0, whenOver: true, from: 0, desc: null, steps: [[N110], [N95]], pre: P537, message: msg526 },
  { cur: 742, row: ROWS[742], limit: 0, whenOver: true, from: 0, desc: null, steps: [[N110], [N96]], pre: P538, message: msg527 },
  { cur: 743, row: ROWS[743], limit: 0, whenOver: true, from: 0, desc: null, steps: [[N110], [N41]], pre: P539, message: msg528 },
  { cur: 744, row: ROWS[744], limit: 0, whenOver: true, from: 0, desc: null, steps: [[N110], [N97]], pre: P540, message: msg529 },
  { cur: 745, row: ROWS[745], limit: 0, whenOver: true, from: 0, desc: null, steps: [[N110], [N111]], pre: P541, message: msg530 },
  { cur: 746, row: ROWS[746], limit: 0, whenOver: true, from: 0, desc: null, steps: [[N110], [N112]], pre: P542, message: msg531 },
  { cur: 747, row: ROWS[747], limit: 0, whenOver: true, from: 0, desc: null, steps: [[N110], [N113]], pre: P543, message: msg532 },
  { cur: 748, row: ROWS[748], limit: 0, whenOver: true, from: 0, desc: null, steps: [[N110], [N114]], pre: P544, message: msg533 },
  { cur: 749, row: ROWS[749], limit: 0, whenOver: true, from: 0, desc: null, steps: [[N110], [N115]], pre: P545, message: msg534 },
  { cur: 750, row: ROWS[750], limit: 0, whenOver: true, from: 0, desc: null, steps: [[N110], [N116]], pre: P546, message: msg535 },
  { cur: 751, row: ROWS[751], limit: 0, whenOver: true, from: 0, desc: null, steps: [[N110], [N87]], pre: P547, message: msg536 },
  { cur: 752, row: ROWS[752], limit: 0, whenOver: true, from: 0, desc: null, steps: [[N110], [N117]], pre: P548, message: msg537 },
  { cur: 753, row: ROWS[753], limit: 0, whenOver: true, from: 0, desc: null, steps: [[N110], [N118]], pre: P549, message: msg538 },
  { cur: 754, row: ROWS[754], limit: 0, whenOver: true, from: 0, desc: null, steps: [[N110], [N119]], pre: P550, message: msg539 },
  { cur: 755, row: ROWS[755], limit: 0, whenOver: true, from: 0, desc: null, steps: [[N110], [N120]], pre: P551, message: msg540 },
  { cur: 756, row: ROWS[756], limit: 0, whenOver: true, from: 0, desc: null, steps: [[N299]], pre: P552, message: msg541 },
  { cur: 757, row: ROWS[757], limit: 0, whenOver: true, from: 0, desc: null, steps: [[N300]], pre: P553, message: msg542 },
  { cur: 758, row: ROWS[758], limit: 0, whenOver: true, from: 0, desc: null, steps: [[N12]], pre: P554, message: msg543 },
  { cur: 759, row: ROWS[759], limit: 0, whenOver: true, from: 0, desc: null, steps: [[N258]], pre: P555, message: msg544 },
  { cur: 760, row: ROWS[760], limit: 0, whenOver: true, from: 0, desc: null, steps: [[N16], [N1]], pre: P486, message: msg545 },
  { cur: 761, row: ROWS[761], limit: 0, whenOver: true, from: 0, desc: null, steps: [[N16], [N274]], pre: P487, message: msg546 },
  { cur: 762, row: ROWS[762], limit: 0, whenOver: true, from: 0, desc: null, steps: [[N16], [N275]], pre: P488, message: msg547 },
  { cur: 763, row: ROWS[763], limit: 0, whenOver: true, from: 0, desc: null, steps: [[N16], [N101]], pre: P489, message: msg548 },
  { cur: 764, row: ROWS[764], limit: 0, whenOver: true, from: 0, desc: null, steps: [[N16], [N276]], pre: P490, message: msg549 },
  { cur: 765, row: ROWS[765], limit: 0, whenOver: true, from: 0, desc: null, steps: [[N16], [N277]], pre: P491, message: msg550 },
  { cur: 766, row: ROWS[766], limit: 0, whenOver: true, from: 0, desc: null, steps: [[N16], [N22]], pre: P556, message: msg551 },
  { cur: 767, row: ROWS[767], limit: 0, whenOver: true, from: 0, desc: null, steps: [[N16], [N35]], pre: P503, message: msg552 },
  { cur: 768, row: ROWS[768], limit: 0, whenOver: true, from: 0, desc: null, steps: [[N16], [N9]], pre: P504, message: msg553 },
  { cur: 769, row: ROWS[769], limit: 0, whenOver: true, from: 0, desc: null, steps: [[N35]], pre: P557, message: msg554 },
  { cur: 770, row: ROWS[770], limit: 0, whenOver: true, from: 0, desc: null, steps: [[N290]], pre: P558, message: msg555 },
  { cur: 771, row: ROWS[771], limit: 0, whenOver: true, from: 0, desc: null, steps: [[N60], [N301]], pre: P559, message: msg556 },
  { cur: 772, row: ROWS[772], limit: 0, whenOver: true, from: 0, desc: null, steps: [[N60], [N302]], pre: P560, message: msg557 },
  { cur: 773, row: ROWS[773], limit: 0, whenOver: true, from: 0, desc: null, steps: [[N60], [N303]], pre: P561, message: msg558 },
  { cur: 774, row: ROWS[774], limit: 0, whenOver: true, from: 0, desc: null, steps: [[N60], [N304]], pre: P562, message: msg559 },
  { cur: 775, row: ROWS[775], limit: 0, whenOver: true, from: 0, desc: null, steps: [[N60], [N305]], pre: P563, message: msg560 },
  { cur: 776, row: ROWS[776], limit: 0, whenOver: true, from: 0, desc: null, steps: [[N60], [N306]], pre: P564, message: msg561 },
  { cur: 777, row: ROWS[777], limit: 0, whenOver: true, from: 0, desc: null, steps: [[N60], [N307]], pre: P565, message: msg562 },
  { cur: 778, row: ROWS[778], limit: 0, whenOver: true, from: 0, desc: null, steps: [[N60], [N308]], pre: P566, message: msg563 },
  { cur: 779, row: ROWS[779], limit: 0, whenOver: true, from: 0, desc: null, steps: [[N60], [N309], [N310]], pre: P567, message: msg564 },
  { cur: 780, row: ROWS[780], limit: 0, whenOver: true, from: 0, desc: null, steps: [[N60], [N309], [N311]], pre: P568, message: msg565 },
  { cur: 781, row: ROWS[781], limit: 0, whenOver: true, from: 0, desc: null, steps: [[N60], [N309], [N312]], pre: P569, message: msg566 },
  { cur: 782, row: ROWS[782], limit: 0, whenOver: true, from: 0, desc: null, steps: [[N60], [N309], [N313]], pre: P570, message: msg567 },
  { cur: 783, row: ROWS[783], limit: 0, whenOver: true, from: 0, desc: null, steps: [[N60], [N309], [N119]], pre: P571, message: msg568 },
  { cur: 784, row: ROWS[784], limit: 0, whenOver: true, from: 0, desc: null, steps: [[N60], [N314], [N310]], pre: P572, message: msg569 },
  { cur: 785, row: ROWS[785], limit: 0, whenOver: true, from: 0, desc: null, steps: [[N60], [N314], [N311]], pre: P573, message: msg570 },
  { cur: 786, row: ROWS[786], limit: 0, whenOver: true, from: 0, desc: null, steps: [[N60], [N314], [N312]], pre: P574, message: msg571 },
  { cur: 787, row: ROWS[787], limit: 0, whenOver: true, from: 0, desc: null, steps: [[N60], [N314], [N313]], pre: P575, message: msg572 },
  { cur: 788, row: ROWS[788], limit: 0, whenOver: true, from: 0, desc: null, steps: [[N60], [N314], [N119]], pre: P576, message: msg573 },
  { cur: 789, row: ROWS[789], limit: 0, whenOver: true, from: 0, desc: null, steps: [[N60], [N315]], pre: P577, message: msg574 },
  { cur: 790, row: ROWS[790], limit: 0, whenOver: true, from: 0, desc: null, steps: [[N60], [N72], [N310]], pre: P578, message: msg575 },
  { cur: 791, row: ROWS[791], limit: 0, whenOver: true, from: 0, desc: null, steps: [[N60], [N72], [N311]], pre: P579, message: msg576 },
  { cur: 792, row: ROWS[792], limit: 0, whenOver: true, from: 0, desc: null, steps: [[N60], [N72], [N312]], pre: P580, message: msg577 },
  { cur: 793, row: ROWS[793], limit: 0, whenOver: true, from: 0, desc: null, steps: [[N60], [N72], [N313]], pre: P581, message: msg578 },
  { cur: 794, row: ROWS[794], limit: 0, whenOver: true, from: 0, desc: null, steps: [[N60], [N72], [N119]], pre: P582, message: msg579 },
  { cur: 795, row: ROWS[795], limit: 0, whenOver: true, from: 0, desc: null, steps: [[N60], [N316]], pre: P583, message: msg580 },
  { cur: 796, row: ROWS[796], limit: 0, whenOver: true, from: 0, desc: null, steps: [[N60], [N317]], pre: P584, message: msg581 },
  { cur: 797, row: ROWS[797], limit: 0, whenOver: true, from: 0, desc: null, steps: [[N60], [N318]], pre: P585, message: msg582 },
  { cur: 798, row: ROWS[798], limit: 0, whenOver: true, from: 0, desc: null, steps: [[N60], [N319]], pre: P586, message: msg583 },
  { cur: 799, row: ROWS[799], limit: 0, whenOver: true, from: 0, desc: null, steps: [[N60], [N320], [N61]], pre: P587, message: msg584 },
  { cur: 800, row: ROWS[800], limit: 0, whenOver: true, from: 0, desc: null, steps: [[N60], [N69], [N321]], pre: P588, message: msg585 },
  { cur: 801, row: ROWS[801], limit: 0, whenOver: true, from: 0, desc: null, steps: [[N60], [N69], [N322]], pre: P589, message: msg586 },
  { cur: 802, row: ROWS[802], limit: 0, whenOver: true, from: 0, desc: null, steps: [[N60], [N69], [N323]], pre: P590, message: msg587 },
  { cur: 803, row: ROWS[803], limit: 0, whenOver: true, from: 0, desc: null, steps: [[N60], [N324]], pre: P591, message: msg588 },
  { cur: 804, row: ROWS[804], limit: 0, whenOver: true, from: 0, desc: null, steps: [[N60], [N325]], pre: P592, message: msg589 },
  { cur: 805, row: ROWS[805], limit: 0, whenOver: true, from: 0, desc: null, steps: [[N60], [N64], [N61]], pre: P593, message: msg590 },
  { cur: 806, row: ROWS[806], limit: 0, whenOver: true, from: 0, desc: null, steps: [[N60], [N64], [N278]], pre: P594, message: msg591 },
  { cur: 807, row: ROWS[807], limit: 0, whenOver: true, from: 0, desc: null, steps: [[N60], [N64], [N277]], pre: P595, message: msg592 },
  { cur: 808, row: ROWS[808], limit: 0, whenOver: true, from: 0, desc: null, steps: [[N60], [N64], [N85]], pre: P596, message: msg593 },
  { cur: 809, row: ROWS[809], limit: 0, whenOver: true, from: 0, desc: null, steps: [[N60], [N64], [N84]], pre: P597, message: msg594 },
  { cur: 810, row: ROWS[810], limit: 0, whenOver: true, from: 0, desc: null, steps: [[N60], [N64], [N279]], pre: P598, message: msg595 },
  { cur: 811, row: ROWS[811], limit: 0, whenOver: true, from: 0, desc: null, steps: [[N60], [N64], [N280]], pre: P599, message: msg596 },
  { cur: 812, row: ROWS[812], limit: 0, whenOver: true, from: 0, desc: null, steps: [[N60], [N64], [N23], [N61]], pre: P600, message: msg597 },
  { cur: 813, row: ROWS[813], limit: 0, whenOver: true, from: 0, desc: null, steps: [[N60], [N64], [N23], [N178]], pre: P601, message: msg598 },
  { cur: 814, row: ROWS[814], limit: 0, whenOver: true, from: 0, desc: null, steps: [[N60], [N64], [N23], [N179]], pre: P602, message: msg599 },
  { cur: 815, row: ROWS[815], limit: 0, whenOver: true, from: 0, desc: null, steps: [[N60], [N64], [N23], [N180]], pre: P603, message: msg600 },
  { cur: 816, row: ROWS[816], limit: 0, whenOver: true, from: 0, desc: null, steps: [[N60], [N67], [N1]], pre: P604, message: msg601 },
  { cur: 817, row: ROWS[817], limit: 0, whenOver: true, from: 0, desc: null, steps: [[N60], [N67], [N326]], pre: P605, message: msg602 },
  { cur: 818, row: ROWS[818], limit: 0, whenOver: true, from: 0, desc: null, steps: [[N60], [N67], [N327]], pre: P606, message: msg603 },
  { cur: 819, row: ROWS[819], limit: 0, whenOver: true, from: 0, desc: null, steps: [[N60], [N67], [N328]], pre: P607, message: msg604 },
  { cur: 820, row: ROWS[820], limit: 0, whenOver: true, from: 0, desc: null, steps: [[N60], [N67], [N329]], pre: P608, message: msg605 },
  { cur: 821, row: ROWS[821], limit: 0, whenOver: true, from: 0, desc: null, steps: [[N60], [N67], [N330]], pre: P609, message: msg606 },
  { cur: 822, row: ROWS[822], limit: 0, whenOver: true, from: 0, desc: null, steps: [[N60], [N67], [N331]], pre: P610, message: msg607 },
  { cur: 823, row: ROWS[823], limit: 0, whenOver: true, from: 0, desc: null, steps: [[N60], [N67], [N332]], pre: P611, message: msg608 },
  { cur: 824, row: ROWS[824], limit: 0, whenOver: true, from: 0, desc: null, steps: [[N60], [N67], [N333]], pre: P612, message: msg609 },
  { cur: 825, row: ROWS[825], limit: 0, whenOver: true, from: 0, desc: null, steps: [[N60], [N67], [N334]], pre: P613, message: msg610 },
  { cur: 826, row: ROWS[826], limit: 0, whenOver: true, from: 0, desc: null, steps: [[N60], [N67], [N335]], pre: P614, message: msg611 },
  { cur: 827, row: ROWS[827], limit: 0, whenOver: true, from: 0, desc: null, steps: [[N60], [N336]], pre: P615, message: msg612 },
  { cur: 828, row: ROWS[828], limit: 0, whenOver: true, from: 0, desc: null, steps: [[N60], [N337]], pre: P616, message: msg613 },
  { cur: 829, row: ROWS[829], limit: 0, whenOver: true, from: 0, desc: null, steps: [[N60], [N338]], pre: P617, message: msg614 },
  { cur: 830, row: ROWS[830], limit: 0, whenOver: true, from: 0, desc: null, steps: [[N60], [N339]], pre: P618, message: msg615 },
  { cur: 831, row: ROWS[831], limit: 0, whenOver: true, from: 0, desc: null, steps: [[N60], [N340]], pre: P619, message: msg616 },
  { cur: 832, row: ROWS[832], limit: 0, whenOver: true, from: 0, desc: null, steps: [[N60], [N341]], pre: P620, message: msg617 },
  { cur: 833, row: ROWS[833], limit: 0, whenOver: true, from: 0, desc: null, steps: [[N62], [N342]], pre: P621, message: msg618 },
  { cur: 834, row: ROWS[834], limit: 0, whenOver: true, from: 0, desc: null, steps: [[N62], [N343]], pre: P622, message: msg619 },
  { cur: 835, row: ROWS[835], limit: 0, whenOver: true, from: 0, desc: null, steps: [[N62], [N344]], pre: P623, message: msg620 },
  { cur: 836, row: ROWS[836], limit: 0, whenOver: true, from: 0, desc: null, steps: [[N62], [N345]], pre: P624, message: msg621 },
  { cur: 837, row: ROWS[837], limit: 0, whenOver: true, from: 0, desc: null, steps: [[N62], [N346]], pre: P625, message: msg622 },
  { cur: 838, row: ROWS[838], limit: 0, whenOver: true, from: 0, desc: null, steps: [[N62], [N347]], pre: P626, message: msg623 },
  { cur: 839, row: ROWS[839], limit: 0, whenOver: true, from: 0, desc: null, steps: [[N62], [N16], [N1]], pre: P627, message: msg624 },
  { cur: 840, row: ROWS[840], limit: 0, whenOver: true, from: 0, desc: null, steps: [[N62], [N16], [N20]], pre: P628, message: msg625 },
  { cur: 841, row: ROWS[841], limit: 0, whenOver: true, from: 0, desc: null, steps: [[N62], [N16], [N19]], pre: P629, message: msg626 },
  { cur: 842, row: ROWS[842], limit: 0, whenOver: true, from: 0, desc: null, steps: [[N62], [N16], [N348]], pre: P630, message: msg627 },
  { cur: 843, row: ROWS[843], limit: 0, whenOver: true, from: 0, desc: null, steps: [[N62], [N16], [N274]], pre: P631, message: msg628 },
  { cur: 844, row: ROWS[844], limit: 0, whenOver: true, from: 0, desc: null, steps: [[N62], [N16], [N275]], pre: P632, message: msg629 },
  { cur: 845, row: ROWS[845], limit: 0, whenOver: true, from: 0, desc: null, steps: [[N62], [N16], [N101]], pre: P633, message: msg630 },
  { cur: 846, row: ROWS[846], limit: 0, whenOver: true, from: 0, desc: null, steps: [[N62], [N16], [N276]], pre: P634, message: msg631 },
  { cur: 847, row: ROWS[847], limit: 0, whenOver: true, from: 0, desc: null, steps: [[N62], [N16], [N277]], pre: P635, message: msg632 },
  { cur: 848, row: ROWS[848], limit: 0, whenOver: true, from: 0, desc: null, steps: [[N62], [N16], [N22]], pre: P636, message: msg633 },
  { cur: 849, row: ROWS[849], limit: 0, whenOver: true, from: 0, desc: null, steps: [[N62], [N16], [N35]], pre: P637, message: msg634 },
  { cur: 850, row: ROWS[850], limit: 0, whenOver: true, from: 0, desc: null, steps: [[N62], [N16], [N9]], pre: P638, message: msg635 },
  { cur: 851, row: ROWS[851], limit: 0, whenOver: true, from: 0, desc: null, steps: [[N62], [N282]], pre: P639, message: msg636 },
  { cur: 852, row: ROWS[852], limit: 0, whenOver: true, from: 0, desc: null, steps: [[N227]], pre: P640, message: msg637 },
  { cur: 853, row: ROWS[853], limit: 0, whenOver: true, from: 0, desc: null, steps: [[N349]], pre: P641, message: msg638 },
  { cur: 854, row: ROWS[854], limit: 0, whenOver: true, from: 0, desc: null, steps: [[N350]], pre: P642, message: msg639 },
  { cur: 855, row: ROWS[855], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N40], [N5]], pre: P643, message: msg640 },
  { cur: 856, row: ROWS[856], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N351], [N5]], pre: P644, message: msg641 },
  { cur: 857, row: ROWS[857], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N1], [N5]], pre: P32, message: msg642 },
  { cur: 858, row: ROWS[858], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N352], [N5]], pre: P645, message: msg643 },
  { cur: 859, row: ROWS[859], limit: 0, whenOver: true, from: -2, desc: N37, steps: [[N38], [N5]], pre: P646, message: msg644 },
  { cur: 860, row: ROWS[860], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N9], [N353], [N5]], pre: P647, message: msg645 },
  { cur: 861, row: ROWS[861], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N9], [N78], [N1], [N5]], pre: P648, message: msg646 },
  { cur: 862, row: ROWS[862], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N9], [N78], [N245], [N1], [N5]], pre: P649, message: msg647 },
  { cur: 863, row: ROWS[863], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N42], [N71]], pre: P650, message: msg648 },
  { cur: 864, row: ROWS[864], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N44], [N71]], pre: P651, message: msg649 },
  { cur: 865, row: ROWS[865], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N51], [N71]], pre: P652, message: msg650 },
  { cur: 866, row: ROWS[866], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N0], [N88], [N71]], pre: P653, message: msg651 },
  { cur: 867, row: ROWS[867], limit: 0, whenOver: true, from: -2, desc: N7, steps: [[N8], [N71]], pre: P654, message: msg652 },
  { cur: 868, row: ROWS[868], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N9], [N77], [N71]], pre: P655, message: msg653 },
  { cur: 869, row: ROWS[869], limit: 0, whenOver: true, from: -2, desc: N20, steps: [[N71]], pre: P656, message: msg654 },
  { cur: 870, row: ROWS[870], limit: 0, whenOver: true, from: -3, desc: N354, steps: [], pre: null, message: msg655 },
  { cur: 871, row: ROWS[871], limit: 0, whenOver: true, from: -2, desc: N246, steps: [], pre: null, message: msg656 }
]);

function msg657(c, S, [v90_0]) {
  return "Attribute @schemeID of cbc:PrimaryAccountNumberID, anywhere in the document, is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt((S.D.memo[78] !== undefined ? S.D.memo[78] : (S.D.memo[78] = (S.D.memo[77] !== undefined ? S.D.memo[77] : (S.D.memo[77] = rt.stepNodes(rt.descendantsByName(S.D, c, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "PrimaryAccountNumberID"), "attribute", N5, null))).length)))]) + ")";
}

function msg658(c, S, [v90_0]) {
  return "Attribute @schemeID of cac:CardAccount/cbc:NetworkID, anywhere in the document, is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt((S.D.memo[80] !== undefined ? S.D.memo[80] : (S.D.memo[80] = (S.D.memo[79] !== undefined ? S.D.memo[79] : (S.D.memo[79] = rt.stepNodes(rt.childOfNodes(rt.descendantsByName(S.D, c, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "CardAccount"), N355), "attribute", N5, null))).length)))]) + ")";
}

function msg659(c, S, [v90_0]) {
  return "Attribute @schemeID of cac:PaymentMandate/cbc:ID, anywhere in the document, is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt((S.D.memo[82] !== undefined ? S.D.memo[82] : (S.D.memo[82] = (S.D.memo[81] !== undefined ? S.D.memo[81] : (S.D.memo[81] = rt.stepNodes(rt.childOfNodes(rt.descendantsByName(S.D, c, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "PaymentMandate"), N1), "attribute", N5, null))).length)))]) + ")";
}

function msg660(c, S, [v90_0]) {
  return "Attribute @schemeID of cac:PaymentMandate/cac:PayerFinancialAccount/cbc:ID, anywhere in the document, is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt((S.D.memo[84] !== undefined ? S.D.memo[84] : (S.D.memo[84] = (S.D.memo[83] !== undefined ? S.D.memo[83] : (S.D.memo[83] = rt.stepNodes(rt.childOfNodes(rt.childOfNodes(rt.descendantsByName(S.D, c, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "PaymentMandate"), N254), N1), "attribute", N5, null))).length)))]) + ")";
}

function msg661(c, S, [v90_0]) {
  return "Attribute @schemeID of cac:TaxCategory/cbc:ID, anywhere in the document, is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt((S.D.memo[86] !== undefined ? S.D.memo[86] : (S.D.memo[86] = (S.D.memo[85] !== undefined ? S.D.memo[85] : (S.D.memo[85] = rt.stepNodes(rt.childOfNodes(rt.descendantsByName(S.D, c, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "TaxCategory"), N1), "attribute", N5, null))).length)))]) + ")";
}

function msg662(c, S, [v90_0]) {
  return "Attribute @schemeID of cac:ClassifiedTaxCategory/cbc:ID, anywhere in the document, is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt((S.D.memo[88] !== undefined ? S.D.memo[88] : (S.D.memo[88] = (S.D.memo[87] !== undefined ? S.D.memo[87] : (S.D.memo[87] = rt.stepNodes(rt.childOfNodes(rt.descendantsByName(S.D, c, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "ClassifiedTaxCategory"), N1), "attribute", N5, null))).length)))]) + ")";
}

function msg663(c, S, [v90_0]) {
  return "Element cac:PaymentMeans/cac:PayerFinancialAccount, anywhere in the document, is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt((S.D.memo[90] !== undefined ? S.D.memo[90] : (S.D.memo[90] = (S.D.memo[89] !== undefined ? S.D.memo[89] : (S.D.memo[89] = rt.childOfNodes(rt.descendantsByName(S.D, c, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "PaymentMeans"), N254))).length)))]) + ")";
}

function msg664(c, S, [v90_0]) {
  return "Element cac:PaymentMeans/cbc:InstructionNote is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.child(c, N9), N356).length)]) + ")";
}

function msg665(c, S, [v90_0]) {
  return "Element cac:Delivery/cac:DeliveryAddress is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt(rt.childOfNodes(rt.child(c, N12), N357).length)]) + ")";
}

function msg666(c, S, [v90_0]) {
  return "Attribute @schemeName is not used in EN 16931 and should be left out (found " + rt.valueOf([BigInt((S.D.memo[92] !== undefined ? S.D.memo[92] : (S.D.memo[92] = (S.D.memo[91] !== undefined ? S.D.memo[91] : (S.D.memo[91] = rt.attributesByName(S.D, c, "", "schemeName"))).length)))]) + ", first on " + rt.valueOf([(S.D.memo[95] !== undefined ? S.D.memo[95] : (S.D.memo[95] = rt.nodeName((S.D.memo[94] !== undefined ? S.D.memo[94] : (S.D.memo[94] = rt.step((S.D.memo[93] !== undefined ? S.D.memo[93] : (S.D.memo[93] = rt.itemAt((S.D.memo[91] !== undefined ? S.D.memo[91] : (S.D.memo[91] = rt.attributesByName(S.D, c, "", "schemeName"))), () => [1n]))), "parent", N27, null))))))]) + ")";
}

function msg667(c, S, [v90_0]) {
  return "Attribute @schemeAgencyName is not used in EN 16931 and should be left out (found " + rt.valueOf([BigInt((S.D.memo[97] !== undefined ? S.D.memo[97] : (S.D.memo[97] = (S.D.memo[96] !== undefined ? S.D.memo[96] : (S.D.memo[96] = rt.attributesByName(S.D, c, "", "schemeAgencyName"))).length)))]) + ", first on " + rt.valueOf([(S.D.memo[100] !== undefined ? S.D.memo[100] : (S.D.memo[100] = rt.nodeName((S.D.memo[99] !== undefined ? S.D.memo[99] : (S.D.memo[99] = rt.step((S.D.memo[98] !== undefined ? S.D.memo[98] : (S.D.memo[98] = rt.itemAt((S.D.memo[96] !== undefined ? S.D.memo[96] : (S.D.memo[96] = rt.attributesByName(S.D, c, "", "schemeAgencyName"))), () => [1n]))), "parent", N27, null))))))]) + ")";
}

function msg668(c, S, [v90_0]) {
  return "Attribute @schemeDataURI is not used in EN 16931 and should be left out (found " + rt.valueOf([BigInt((S.D.memo[102] !== undefined ? S.D.memo[102] : (S.D.memo[102] = (S.D.memo[101] !== undefined ? S.D.memo[101] : (S.D.memo[101] = rt.attributesByName(S.D, c, "", "schemeDataURI"))).length)))]) + ", first on " + rt.valueOf([(S.D.memo[105] !== undefined ? S.D.memo[105] : (S.D.memo[105] = rt.nodeName((S.D.memo[104] !== undefined ? S.D.memo[104] : (S.D.memo[104] = rt.step((S.D.memo[103] !== undefined ? S.D.memo[103] : (S.D.memo[103] = rt.itemAt((S.D.memo[101] !== undefined ? S.D.memo[101] : (S.D.memo[101] = rt.attributesByName(S.D, c, "", "schemeDataURI"))), () => [1n]))), "parent", N27, null))))))]) + ")";
}

function msg669(c, S, [v90_0]) {
  return "Attribute @schemeURI is not used in EN 16931 and should be left out (found " + rt.valueOf([BigInt((S.D.memo[107] !== undefined ? S.D.memo[107] : (S.D.memo[107] = (S.D.memo[106] !== undefined ? S.D.memo[106] : (S.D.memo[106] = rt.attributesByName(S.D, c, "", "schemeURI"))).length)))]) + ", first on " + rt.valueOf([(S.D.memo[110] !== undefined ? S.D.memo[110] : (S.D.memo[110] = rt.nodeName((S.D.memo[109] !== undefined ? S.D.memo[109] : (S.D.memo[109] = rt.step((S.D.memo[108] !== undefined ? S.D.memo[108] : (S.D.memo[108] = rt.itemAt((S.D.memo[106] !== undefined ? S.D.memo[106] : (S.D.memo[106] = rt.attributesByName(S.D, c, "", "schemeURI"))), () => [1n]))), "parent", N27, null))))))]) + ")";
}

function msg670(c, S, [v90_0]) {
  return "Attribute @format is not used in EN 16931 and should be left out (found " + rt.valueOf([BigInt((S.D.memo[112] !== undefined ? S.D.memo[112] : (S.D.memo[112] = (S.D.memo[111] !== undefined ? S.D.memo[111] : (S.D.memo[111] = rt.attributesByName(S.D, c, "", "format"))).length)))]) + ", first on " + rt.valueOf([(S.D.memo[115] !== undefined ? S.D.memo[115] : (S.D.memo[115] = rt.nodeName((S.D.memo[114] !== undefined ? S.D.memo[114] : (S.D.memo[114] = rt.step((S.D.memo[113] !== undefined ? S.D.memo[113] : (S.D.memo[113] = rt.itemAt((S.D.memo[111] !== undefined ? S.D.memo[111] : (S.D.memo[111] = rt.attributesByName(S.D, c, "", "format"))), () => [1n]))), "parent", N27, null))))))]) + ")";
}

function msg671(c, S, [v90_0]) {
  return "Attribute @unitCodeListIdentifier is not used in EN 16931 and should be left out (found " + rt.valueOf([BigInt((S.D.memo[117] !== undefined ? S.D.memo[117] : (S.D.memo[117] = (S.D.memo[116] !== undefined ? S.D.memo[116] : (S.D.memo[116] = rt.attributesByName(S.D, c, "", "unitCodeListIdentifier"))).length)))]) + ", first on " + rt.valueOf([(S.D.memo[120] !== undefined ? S.D.memo[120] : (S.D.memo[120] = rt.nodeName((S.D.memo[119] !== undefined ? S.D.memo[119] : (S.D.memo[119] = rt.step((S.D.memo[118] !== undefined ? S.D.memo[118] : (S.D.memo[118] = rt.itemAt((S.D.memo[116] !== undefined ? S.D.memo[116] : (S.D.memo[116] = rt.attributesByName(S.D, c, "", "unitCodeListIdentifier"))), () => [1n]))), "parent", N27, null))))))]) + ")";
}

function msg672(c, S, [v90_0]) {
  return "Attribute @unitCodeListAgencyIdentifier is not used in EN 16931 and should be left out (found " + rt.valueOf([BigInt((S.D.memo[122] !== undefined ? S.D.memo[122] : (S.D.memo[122] = (S.D.memo[121] !== undefined ? S.D.memo[121] : (S.D.memo[121] = rt.attributesByName(S.D, c, "", "unitCodeListAgencyIdentifier"))).length)))]) + ", first on " + rt.valueOf([(S.D.memo[125] !== undefined ? S.D.memo[125] : (S.D.memo[125] = rt.nodeName((S.D.memo[124] !== undefined ? S.D.memo[124] : (S.D.memo[124] = rt.step((S.D.memo[123] !== undefined ? S.D.memo[123] : (S.D.memo[123] = rt.itemAt((S.D.memo[121] !== undefined ? S.D.memo[121] : (S.D.memo[121] = rt.attributesByName(S.D, c, "", "unitCodeListAgencyIdentifier"))), () => [1n]))), "parent", N27, null))))))]) + ")";
}

function msg673(c, S, [v90_0]) {
  return "Attribute @unitCodeListAgencyName is not used in EN 16931 and should be left out (found " + rt.valueOf([BigInt((S.D.memo[127] !== undefined ? S.D.memo[127] : (S.D.memo[127] = (S.D.memo[126] !== undefined ? S.D.memo[126] : (S.D.memo[126] = rt.attributesByName(S.D, c, "", "unitCodeListAgencyName"))).length)))]) + ", first on " + rt.valueOf([(S.D.memo[130] !== undefined ? S.D.memo[130] : (S.D.memo[130] = rt.nodeName((S.D.memo[129] !== undefined ? S.D.memo[129] : (S.D.memo[129] = rt.step((S.D.memo[128] !== undefined ? S.D.memo[128] : (S.D.memo[128] = rt.itemAt((S.D.memo[126] !== undefined ? S.D.memo[126] : (S.D.memo[126] = rt.attributesByName(S.D, c, "", "unitCodeListAgencyName"))), () => [1n]))), "parent", N27, null))))))]) + ")";
}

function msg674(c, S, [v90_0]) {
  return "Attribute @listAgencyName is not used in EN 16931 and should be left out (found " + rt.valueOf([BigInt((S.D.memo[132] !== undefined ? S.D.memo[132] : (S.D.memo[132] = (S.D.memo[131] !== undefined ? S.D.memo[131] : (S.D.memo[131] = rt.attributesByName(S.D, c, "", "listAgencyName"))).length)))]) + ", first on " + rt.valueOf([(S.D.memo[135] !== undefined ? S.D.memo[135] : (S.D.memo[135] = rt.nodeName((S.D.memo[134] !== undefined ? S.D.memo[134] : (S.D.memo[134] = rt.step((S.D.memo[133] !== undefined ? S.D.memo[133] : (S.D.memo[133] = rt.itemAt((S.D.memo[131] !== undefined ? S.D.memo[131] : (S.D.memo[131] = rt.attributesByName(S.D, c, "", "listAgencyName"))), () => [1n]))), "parent", N27, null))))))]) + ")";
}

function msg675(c, S, [v90_0]) {
  return "Attribute @listName is not used in EN 16931 and should be left out (found " + rt.valueOf([BigInt((S.D.memo[137] !== undefined ? S.D.memo[137] : (S.D.memo[137] = (S.D.memo[136] !== undefined ? S.D.memo[136] : (S.D.memo[136] = rt.attributesByName(S.D, c, "", "listName"))).length)))]) + ", first on " + rt.valueOf([(S.D.memo[140] !== undefined ? S.D.memo[140] : (S.D.memo[140] = rt.nodeName((S.D.memo[139] !== undefined ? S.D.memo[139] : (S.D.memo[139] = rt.step((S.D.memo[138] !== undefined ? S.D.memo[138] : (S.D.memo[138] = rt.itemAt((S.D.memo[136] !== undefined ? S.D.memo[136] : (S.D.memo[136] = rt.attributesByName(S.D, c, "", "listName"))), () => [1n]))), "parent", N27, null))))))]) + ")";
}

const CHECKS2 = Object.freeze([
  { cur: 881, row: ROWS[881], limit: 0, whenOver: true, from: -2, desc: N11, steps: [[N5]], pre: P661, message: msg657 },
  { cur: 882, row: ROWS[882], limit: 0, whenOver: true, from: -2, desc: N10, steps: [[N355], [N5]], pre: P662, message: msg658 },
  { cur: 883, row: ROWS[883], limit: 0, whenOver: true, from: -2, desc: N248, steps: [[N1], [N5]], pre: P32, message: msg659 },
  { cur: 884, row: ROWS[884], limit: 0, whenOver: true, from: -2, desc: N248, steps: [[N254], [N1], [N5]], pre: P663, message: msg660 },
  { cur: 885, row: ROWS[885], limit: 0, whenOver: true, from: -2, desc: N22, steps: [[N1], [N5]], pre: P32, message: msg661 },
  { cur: 886, row: ROWS[886], limit: 0, whenOver: true, from: -2, desc: N64, steps: [[N1], [N5]], pre: P32, message: msg662 },
  { cur: 887, row: ROWS[887], limit: 0, whenOver: true, from: -2, desc: N9, steps: [[N254]], pre: P664, message: msg663 },
  { cur: 888, row: ROWS[888], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N9], [N356]], pre: P665, message: msg664 },
  { cur: 889, row: ROWS[889], limit: 0, whenOver: true, from: -1, desc: null, steps: [[N12], [N357]], pre: P666, message: msg665 },
  { cur: 890, row: ROWS[890], limit: 0, whenOver: true, from: -3, desc: N358, steps: [], pre: null, message: msg666 },
  { cur: 891, row: ROWS[891], limit: 0, whenOver: true, from: -3, desc: N359, steps: [], pre: null, message: msg667 },
  { cur: 892, row: ROWS[892], limit: 0, whenOver: true, from: -3, desc: N360, steps: [], pre: null, message: msg668 },
  { cur: 893, row: ROWS[893], limit: 0, whenOver: true, from: -3, desc: N361, steps: [], pre: null, message: msg669 },
  { cur: 894, row: ROWS[894], limit: 0, whenOver: true, from: -3, desc: N362, steps: [], pre: null, message: msg670 },
  { cur: 895, row: ROWS[895], limit: 0, whenOver: true, from: -3, desc: N363, steps: [], pre: null, message: msg671 },
  { cur: 896, row: ROWS[896], limit: 0, whenOver: true, from: -3, desc: N364, steps: [], pre: null, message: msg672 },
  { cur: 897, row: ROWS[897], limit: 0, whenOver: true, from: -3, desc: N365, steps: [], pre: null, message: msg673 },
  { cur: 898, row: ROWS[898], limit: 0, whenOver: true, from: -3, desc: N366, steps: [], pre: null, message: msg674 },
  { cur: 899, row: ROWS[899], limit: 0, whenOver: true, from: -3, desc: N367, steps: [], pre: null, message: msg675 }
]);

function msg676(c, S, [v90_0]) {
  return "Attribute @languageID is not used in EN 16931 and should be left out (found " + rt.valueOf([BigInt((S.D.memo[148] !== undefined ? S.D.memo[148] : (S.D.memo[148] = (S.D.memo[147] !== undefined ? S.D.memo[147] : (S.D.memo[147] = rt.attributesByName(S.D, c, "", "languageID"))).length)))]) + ", first on " + rt.valueOf([(S.D.memo[151] !== undefined ? S.D.memo[151] : (S.D.memo[151] = rt.nodeName((S.D.memo[150] !== undefined ? S.D.memo[150] : (S.D.memo[150] = rt.step((S.D.memo[149] !== undefined ? S.D.memo[149] : (S.D.memo[149] = rt.itemAt((S.D.memo[147] !== undefined ? S.D.memo[147] : (S.D.memo[147] = rt.attributesByName(S.D, c, "", "languageID"))), () => [1n]))), "parent", N27, null))))))]) + ")";
}

function msg677(c, S, [v90_0]) {
  return "Attribute @listURI is not used in EN 16931 and should be left out (found " + rt.valueOf([BigInt((S.D.memo[153] !== undefined ? S.D.memo[153] : (S.D.memo[153] = (S.D.memo[152] !== undefined ? S.D.memo[152] : (S.D.memo[152] = rt.attributesByName(S.D, c, "", "listURI"))).length)))]) + ", first on " + rt.valueOf([(S.D.memo[156] !== undefined ? S.D.memo[156] : (S.D.memo[156] = rt.nodeName((S.D.memo[155] !== undefined ? S.D.memo[155] : (S.D.memo[155] = rt.step((S.D.memo[154] !== undefined ? S.D.memo[154] : (S.D.memo[154] = rt.itemAt((S.D.memo[152] !== undefined ? S.D.memo[152] : (S.D.memo[152] = rt.attributesByName(S.D, c, "", "listURI"))), () => [1n]))), "parent", N27, null))))))]) + ")";
}

function msg678(c, S, [v90_0]) {
  return "Attribute @listSchemeURI is not used in EN 16931 and should be left out (found " + rt.valueOf([BigInt((S.D.memo[158] !== undefined ? S.D.memo[158] : (S.D.memo[158] = (S.D.memo[157] !== undefined ? S.D.memo[157] : (S.D.memo[157] = rt.attributesByName(S.D, c, "", "listSchemeURI"))).length)))]) + ", first on " + rt.valueOf([(S.D.memo[161] !== undefined ? S.D.memo[161] : (S.D.memo[161] = rt.nodeName((S.D.memo[160] !== undefined ? S.D.memo[160] : (S.D.memo[160] = rt.step((S.D.memo[159] !== undefined ? S.D.memo[159] : (S.D.memo[159] = rt.itemAt((S.D.memo[157] !== undefined ? S.D.memo[157] : (S.D.memo[157] = rt.attributesByName(S.D, c, "", "listSchemeURI"))), () => [1n]))), "parent", N27, null))))))]) + ")";
}

function msg679(c, S, [v90_0]) {
  return "Attribute @languageLocaleID is not used in EN 16931 and should be left out (found " + rt.valueOf([BigInt((S.D.memo[163] !== undefined ? S.D.memo[163] : (S.D.memo[163] = (S.D.memo[162] !== undefined ? S.D.memo[162] : (S.D.memo[162] = rt.attributesByName(S.D, c, "", "languageLocaleID"))).length)))]) + ", first on " + rt.valueOf([(S.D.memo[166] !== undefined ? S.D.memo[166] : (S.D.memo[166] = rt.nodeName((S.D.memo[165] !== undefined ? S.D.memo[165] : (S.D.memo[165] = rt.step((S.D.memo[164] !== undefined ? S.D.memo[164] : (S.D.memo[164] = rt.itemAt((S.D.memo[162] !== undefined ? S.D.memo[162] : (S.D.memo[162] = rt.attributesByName(S.D, c, "", "languageLocaleID"))), () => [1n]))), "parent", N27, null))))))]) + ")";
}

function msg680(c, S, [v90_0]) {
  return "Attribute @uri is not used in EN 16931 and should be left out (found " + rt.valueOf([BigInt((S.D.memo[168] !== undefined ? S.D.memo[168] : (S.D.memo[168] = (S.D.memo[167] !== undefined ? S.D.memo[167] : (S.D.memo[167] = rt.attributesByName(S.D, c, "", "uri"))).length)))]) + ", first on " + rt.valueOf([(S.D.memo[171] !== undefined ? S.D.memo[171] : (S.D.memo[171] = rt.nodeName((S.D.memo[170] !== undefined ? S.D.memo[170] : (S.D.memo[170] = rt.step((S.D.memo[169] !== undefined ? S.D.memo[169] : (S.D.memo[169] = rt.itemAt((S.D.memo[167] !== undefined ? S.D.memo[167] : (S.D.memo[167] = rt.attributesByName(S.D, c, "", "uri"))), () => [1n]))), "parent", N27, null))))))]) + ")";
}

function msg681(c, S, [v90_0]) {
  return "Attribute @currencyCodeListVersionID is not used in EN 16931 and should be left out (found " + rt.valueOf([BigInt((S.D.memo[173] !== undefined ? S.D.memo[173] : (S.D.memo[173] = (S.D.memo[172] !== undefined ? S.D.memo[172] : (S.D.memo[172] = rt.attributesByName(S.D, c, "", "currencyCodeListVersionID"))).length)))]) + ", first on " + rt.valueOf([(S.D.memo[176] !== undefined ? S.D.memo[176] : (S.D.memo[176] = rt.nodeName((S.D.memo[175] !== undefined ? S.D.memo[175] : (S.D.memo[175] = rt.step((S.D.memo[174] !== undefined ? S.D.memo[174] : (S.D.memo[174] = rt.itemAt((S.D.memo[172] !== undefined ? S.D.memo[172] : (S.D.memo[172] = rt.attributesByName(S.D, c, "", "currencyCodeListVersionID"))), () => [1n]))), "parent", N27, null))))))]) + ")";
}

function msg682(c, S, [v90_0]) {
  return "Attribute @characterSetCode is not used in EN 16931 and should be left out (found " + rt.valueOf([BigInt((S.D.memo[178] !== undefined ? S.D.memo[178] : (S.D.memo[178] = (S.D.memo[177] !== undefined ? S.D.memo[177] : (S.D.memo[177] = rt.attributesByName(S.D, c, "", "characterSetCode"))).length)))]) + ", first on " + rt.valueOf([(S.D.memo[181] !== undefined ? S.D.memo[181] : (S.D.memo[181] = rt.nodeName((S.D.memo[180] !== undefined ? S.D.memo[180] : (S.D.memo[180] = rt.step((S.D.memo[179] !== undefined ? S.D.memo[179] : (S.D.memo[179] = rt.itemAt((S.D.memo[177] !== undefined ? S.D.memo[177] : (S.D.memo[177] = rt.attributesByName(S.D, c, "", "characterSetCode"))), () => [1n]))), "parent", N27, null))))))]) + ")";
}

function msg683(c, S, [v90_0]) {
  return "Attribute @encodingCode is not used in EN 16931 and should be left out (found " + rt.valueOf([BigInt((S.D.memo[183] !== undefined ? S.D.memo[183] : (S.D.memo[183] = (S.D.memo[182] !== undefined ? S.D.memo[182] : (S.D.memo[182] = rt.attributesByName(S.D, c, "", "encodingCode"))).length)))]) + ", first on " + rt.valueOf([(S.D.memo[186] !== undefined ? S.D.memo[186] : (S.D.memo[186] = rt.nodeName((S.D.memo[185] !== undefined ? S.D.memo[185] : (S.D.memo[185] = rt.step((S.D.memo[184] !== undefined ? S.D.memo[184] : (S.D.memo[184] = rt.itemAt((S.D.memo[182] !== undefined ? S.D.memo[182] : (S.D.memo[182] = rt.attributesByName(S.D, c, "", "encodingCode"))), () => [1n]))), "parent", N27, null))))))]) + ")";
}

function msg684(c, S, [v90_0]) {
  return "Attribute @schemeAgencyID is not used in EN 16931 and should be left out (found " + rt.valueOf([BigInt((S.D.memo[188] !== undefined ? S.D.memo[188] : (S.D.memo[188] = (S.D.memo[187] !== undefined ? S.D.memo[187] : (S.D.memo[187] = rt.attributesByName(S.D, c, "", "schemeAgencyID"))).length)))]) + ", first on " + rt.valueOf([(S.D.memo[191] !== undefined ? S.D.memo[191] : (S.D.memo[191] = rt.nodeName((S.D.memo[190] !== undefined ? S.D.memo[190] : (S.D.memo[190] = rt.step((S.D.memo[189] !== undefined ? S.D.memo[189] : (S.D.memo[189] = rt.itemAt((S.D.memo[187] !== undefined ? S.D.memo[187] : (S.D.memo[187] = rt.attributesByName(S.D, c, "", "schemeAgencyID"))), () => [1n]))), "parent", N27, null))))))]) + ")";
}

function msg685(c, S, [v90_0]) {
  return "Attribute @listAgencyID is not used in EN 16931 and should be left out (found " + rt.valueOf([BigInt((S.D.memo[193] !== undefined ? S.D.memo[193] : (S.D.memo[193] = (S.D.memo[192] !== undefined ? S.D.memo[192] : (S.D.memo[192] = rt.attributesByName(S.D, c, "", "listAgencyID"))).length)))]) + ", first on " + rt.valueOf([(S.D.memo[196] !== undefined ? S.D.memo[196] : (S.D.memo[196] = rt.nodeName((S.D.memo[195] !== undefined ? S.D.memo[195] : (S.D.memo[195] = rt.step((S.D.memo[194] !== undefined ? S.D.memo[194] : (S.D.memo[194] = rt.itemAt((S.D.memo[192] !== undefined ? S.D.memo[192] : (S.D.memo[192] = rt.attributesByName(S.D, c, "", "listAgencyID"))), () => [1n]))), "parent", N27, null))))))]) + ")";
}

function msg686(c, S, [v90_0]) {
  return "Contract reference (BT-12) may occur at most once, found " + rt.valueOf([BigInt(rt.childOfNodes(rt.child(c, N131), N1).length)]);
}

function msg687(c, S, [v90_0]) {
  return "Receiving advice reference (BT-15) may occur at most once, found " + rt.valueOf([BigInt(rt.childOfNodes(rt.child(c, N128), N1).length)]);
}

function msg688(c, S, [v90_0]) {
  return "Despatch advice reference (BT-16) may occur at most once, found " + rt.valueOf([BigInt(rt.childOfNodes(rt.child(c, N127), N1).length)]);
}

const CHECKS3 = Object.freeze([
  { cur: 901, row: ROWS[901], limit: 0, whenOver: true, from: -3, desc: N368, steps: [], pre: null, message: msg676 },
  { cur: 902, row: ROWS[902], limit: 0, whenOver: true, from: -3, desc: N369, steps: [], pre: null, message: msg677 },
  { cur: 903, row: ROWS[903], limit: 0, whenOver: true, from: -3, desc: N370, steps: [], pre: null, message: msg678 },
  { cur: 904, row: ROWS[904], limit: 0, whenOver: true, from: -3, desc: N371, steps: [], pre: null, message: msg679 },
  { cur: 905, row: ROWS[905], limit: 0, whenOver: true, from: -3, desc: N372, steps: [], pre: null, message: msg680 },
  { cur: 906, row: ROWS[906], limit: 0, whenOver: true, from: -3, desc: N373, steps: [], pre: null, message: msg681 },
  { cur: 907, row: ROWS[907], limit: 0, whenOver: true, from: -3, desc: N374, steps: [], pre: null, message: msg682 },
  { cur: 908, row: ROWS[908], limit: 0, whenOver: true, from: -3, desc: N375, steps: [], pre: null, message: msg683 },
  { cur: 909, row: ROWS[909], limit: 0, whenOver: true, from: -3, desc: N376, steps: [], pre: null, message: msg684 },
  { cur: 910, row: ROWS[910], limit: 0, whenOver: true, from: -3, desc: N377, steps: [], pre: null, message: msg685 },
  { cur: 911, row: ROWS[911], limit: 1, whenOver: true, from: -1, desc: null, steps: [[N131], [N1]], pre: P667, message: msg686 },
  { cur: 912, row: ROWS[912], limit: 1, whenOver: true, from: -1, desc: null, steps: [[N128], [N1]], pre: P668, message: msg687 },
  { cur: 913, row: ROWS[913], limit: 1, whenOver: true, from: -1, desc: null, steps: [[N127], [N1]], pre: P669, message: msg688 }
]);

function fire75_part0(c, S, out, v90_0) {
  let t300, t301, t303, t305, t306, t307, t308, t309, t310, t311, t312, t313, t314, t315, t316, t317, t318, t319, t320, t321, t322;
  S.cur = 212;
  if (!!rt.anyOnAxis(c, "child", N92)) out.push(rt.finding(ROWS[212], c, "Element ext:UBLExtensions is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt((t300 ??= rt.child(c, N92)).length)]) + ")"));
  S.cur = 213;
  if (!(rt.anyOnAxis(c, "child", N93) ? rt.childValueIs(c, N93, "2.1", true) : true)) out.push(rt.finding(ROWS[213], c, "Element cbc:UBLVersionID is '" + rt.valueOf((t301 ??= rt.child(c, N93))) + "'; it is best left out, and if given it should be 2.1"));
  rt.pathChecks(c, S, out, CHECKS0, [v90_0]);
  S.cur = 622;
  if (!(rt.anyOnAxis(c, "self", N18) || !(S.D.hasNamePath(P429) && rt.anyOnAxisSeq((t303 ??= rt.child(c, N9)), "child", N231)))) out.push(rt.finding(ROWS[622], c, "Element cac:PaymentMeans/cbc:PaymentDueDate is only meant for credit notes; an invoice states its payment due date (BT-9) in cbc:DueDate"));
  rt.pathChecks(c, S, out, CHECKS1, [v90_0]);
  S.cur = 872;
  if (!(S.D.memo[54] !== undefined ? S.D.memo[54] : (S.D.memo[54] = rt.filter(rt.descendantsByName(S.D, c, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "AdditionalDocumentReference"), (c, p, z) => (S.D.hasNamePath(P32) && rt.anyOnAxisSeq(rt.child(c, N1), "attribute", N5))))).every((v91_0) => (rt.anyOnAxis(rt.requireNode(v91_0), "child", N88) && rt.child(rt.requireNode(v91_0), N88).every((v92_0) => rt.generalCompare1("eq", [v92_0], "130"))))) out.push(rt.finding(ROWS[872], c, "Attribute @schemeID of cac:AdditionalDocumentReference/cbc:ID, anywhere in the document, should only be used for an invoiced object identifier (BT-18), whose document type code is 130"));
  S.cur = 873;
  if (!(S.D.memo[57] !== undefined ? S.D.memo[57] : (S.D.memo[57] = ((S.D.memo[56] !== undefined ? S.D.memo[56] : (S.D.memo[56] = rt.childOfNodes((S.D.memo[55] !== undefined ? S.D.memo[55] : (S.D.memo[55] = rt.keyFilter(S.D, rt.descendantsByName(S.D, c, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "AdditionalDocumentReference"), 8, (c) => rt.stringKeys(rt.child(c, N88)), "130", (c, p, z) => rt.childValueIs(c, N88, "130", true)))), N117))).length === 0)))) out.push(rt.finding(ROWS[873], c, "An invoiced object reference (BT-18, document type code 130) must not carry an attached document (cac:Attachment), found " + rt.valueOf([BigInt((S.D.memo[58] !== undefined ? S.D.memo[58] : (S.D.memo[58] = (S.D.memo[56] !== undefined ? S.D.memo[56] : (S.D.memo[56] = rt.childOfNodes((S.D.memo[55] !== undefined ? S.D.memo[55] : (S.D.memo[55] = rt.keyFilter(S.D, rt.descendantsByName(S.D, c, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "AdditionalDocumentReference"), 8, (c) => rt.stringKeys(rt.child(c, N88)), "130", (c, p, z) => rt.childValueIs(c, N88, "130", true)))), N117))).length)))])));
  S.cur = 874;
  if (!(S.D.memo[60] !== undefined ? S.D.memo[60] : (S.D.memo[60] = ((S.D.memo[59] !== undefined ? S.D.memo[59] : (S.D.memo[59] = rt.stepNodes(rt.childOfNodes(rt.descendantsByName(S.D, c, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "BuyersItemIdentification"), N1), "attribute", N5, null))).length === 0)))) out.push(rt.finding(ROWS[874], c, "Attribute @schemeID of cac:BuyersItemIdentification/cbc:ID, anywhere in the document, is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt((S.D.memo[61] !== undefined ? S.D.memo[61] : (S.D.memo[61] = (S.D.memo[59] !== undefined ? S.D.memo[59] : (S.D.memo[59] = rt.stepNodes(rt.childOfNodes(rt.descendantsByName(S.D, c, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "BuyersItemIdentification"), N1), "attribute", N5, null))).length)))]) + ")"));
  S.cur = 875;
  if (!(S.D.memo[63] !== undefined ? S.D.memo[63] : (S.D.memo[63] = ((S.D.memo[62] !== undefined ? S.D.memo[62] : (S.D.memo[62] = rt.stepNodes(rt.childOfNodes(rt.descendantsByName(S.D, c, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "SellersItemIdentification"), N1), "attribute", N5, null))).length === 0)))) out.push(rt.finding(ROWS[875], c, "Attribute @schemeID of cac:SellersItemIdentification/cbc:ID, anywhere in the document, is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt((S.D.memo[64] !== undefined ? S.D.memo[64] : (S.D.memo[64] = (S.D.memo[62] !== undefined ? S.D.memo[62] : (S.D.memo[62] = rt.stepNodes(rt.childOfNodes(rt.descendantsByName(S.D, c, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "SellersItemIdentification"), N1), "attribute", N5, null))).length)))]) + ")"));
  S.cur = 876;
  if (!(S.D.memo[66] !== undefined ? S.D.memo[66] : (S.D.memo[66] = ((S.D.memo[65] !== undefined ? S.D.memo[65] : (S.D.memo[65] = rt.childOfNodes(rt.childOfNodes(rt.descendantsByName(S.D, c, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "Price"), N16), N20))).length === 0)))) out.push(rt.finding(ROWS[876], c, "Element cac:Price/cac:AllowanceCharge/cbc:AllowanceChargeReasonCode, anywhere in the document, is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt((S.D.memo[67] !== undefined ? S.D.memo[67] : (S.D.memo[67] = (S.D.memo[65] !== undefined ? S.D.memo[65] : (S.D.memo[65] = rt.childOfNodes(rt.childOfNodes(rt.descendantsByName(S.D, c, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "Price"), N16), N20))).length)))]) + ")"));
  S.cur = 877;
  if (!(S.D.memo[69] !== undefined ? S.D.memo[69] : (S.D.memo[69] = ((S.D.memo[68] !== undefined ? S.D.memo[68] : (S.D.memo[68] = rt.childOfNodes(rt.childOfNodes(rt.descendantsByName(S.D, c, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "Price"), N16), N19))).length === 0)))) out.push(rt.finding(ROWS[877], c, "Element cac:Price/cac:AllowanceCharge/cbc:AllowanceChargeReason, anywhere in the document, is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt((S.D.memo[70] !== undefined ? S.D.memo[70] : (S.D.memo[70] = (S.D.memo[68] !== undefined ? S.D.memo[68] : (S.D.memo[68] = rt.childOfNodes(rt.childOfNodes(rt.descendantsByName(S.D, c, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "Price"), N16), N19))).length)))]) + ")"));
  S.cur = 878;
  if (!(S.D.memo[72] !== undefined ? S.D.memo[72] : (S.D.memo[72] = ((S.D.memo[71] !== undefined ? S.D.memo[71] : (S.D.memo[71] = rt.childOfNodes(rt.childOfNodes(rt.descendantsByName(S.D, c, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "Price"), N16), N348))).length === 0)))) out.push(rt.finding(ROWS[878], c, "Element cac:Price/cac:AllowanceCharge/cbc:MultiplierFactorNumeric, anywhere in the document, is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt((S.D.memo[73] !== undefined ? S.D.memo[73] : (S.D.memo[73] = (S.D.memo[71] !== undefined ? S.D.memo[71] : (S.D.memo[71] = rt.childOfNodes(rt.childOfNodes(rt.descendantsByName(S.D, c, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "Price"), N16), N348))).length)))]) + ")"));
  S.cur = 879;
  if (!!(S.D.hasNamePath(P660) && rt.anyOnAxisSeq((t305 ??= rt.child(c, N43)), "attribute", N71))) out.push(rt.finding(ROWS[879], c, "Attribute @listID of cbc:CreditNoteTypeCode is not part of EN 16931 and should not be used (found " + rt.valueOf([BigInt((t306 ??= rt.stepNodes((t305 ??= rt.child(c, N43)), "attribute", N71, null)).length)]) + ")"));
  S.cur = 880;
  if (!(S.D.memo[75] !== undefined ? S.D.memo[75] : (S.D.memo[75] = ((S.D.memo[74] !== undefined ? S.D.memo[74] : (S.D.memo[74] = rt.childOfNodes((S.D.memo[55] !== undefined ? S.D.memo[55] : (S.D.memo[55] = rt.keyFilter(S.D, rt.descendantsByName(S.D, c, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "AdditionalDocumentReference"), 8, (c) => rt.stringKeys(rt.child(c, N88)), "130", (c, p, z) => rt.childValueIs(c, N88, "130", true)))), N87))).length === 0)))) out.push(rt.finding(ROWS[880], c, "An invoiced object reference (BT-18, document type code 130) must not carry a supporting document description (BT-123), found " + rt.valueOf([BigInt((S.D.memo[76] !== undefined ? S.D.memo[76] : (S.D.memo[76] = (S.D.memo[74] !== undefined ? S.D.memo[74] : (S.D.memo[74] = rt.childOfNodes((S.D.memo[55] !== undefined ? S.D.memo[55] : (S.D.memo[55] = rt.keyFilter(S.D, rt.descendantsByName(S.D, c, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "AdditionalDocumentReference"), 8, (c) => rt.stringKeys(rt.child(c, N88)), "130", (c, p, z) => rt.childValueIs(c, N88, "130", true)))), N87))).length)))])));
  rt.pathChecks(c, S, out, CHECKS2, [v90_0]);
  S.cur = 900;
  if (!(S.D.memo[142] !== undefined ? S.D.memo[142] : (S.D.memo[142] = ((S.D.memo[141] !== undefined ? S.D.memo[141] : (S.D.memo[141] = rt.filter(rt.attributesByName(S.D, c, "", "name"), (c, p, z) => !rt.anyOnAxis(c, "parent", N77)))).length === 0)))) out.push(rt.finding(ROWS[900], c, "Attribute @name should only be used on cbc:PaymentMeansCode (payment means text, BT-82), found " + rt.valueOf([BigInt((S.D.memo[143] !== undefined ? S.D.memo[143] : (S.D.memo[143] = (S.D.memo[141] !== undefined ? S.D.memo[141] : (S.D.memo[141] = rt.filter(rt.attributesByName(S.D, c, "", "name"), (c, p, z) => !rt.anyOnAxis(c, "parent", N77)))).length)))]) + " elsewhere, first on " + rt.valueOf([(S.D.memo[146] !== undefined ? S.D.memo[146] : (S.D.memo[146] = rt.nodeName((S.D.memo[145] !== undefined ? S.D.memo[145] : (S.D.memo[145] = rt.step((S.D.memo[144] !== undefined ? S.D.memo[144] : (S.D.memo[144] = rt.itemAt((S.D.memo[141] !== undefined ? S.D.memo[141] : (S.D.memo[141] = rt.filter(rt.attributesByName(S.D, c, "", "name"), (c, p, z) => !rt.anyOnAxis(c, "parent", N77)))), () => [1n]))), "parent", N27, null))))))])));
  rt.pathChecks(c, S, out, CHECKS3, [v90_0]);
  S.cur = 914;
  if (!((t308 ??= rt.childOfNodes((t307 ??= rt.stepOne(c, "child", N0, [(c, p, z) => rt.childValueIs(c, N88, "130", true)])), N1)).length <= 1)) out.push(rt.finding(ROWS[914], c, "Invoiced object identifier (BT-18) may occur at most once, found " + rt.valueOf([BigInt((t308 ??= rt.childOfNodes((t307 ??= rt.stepOne(c, "child", N0, [(c, p, z) => rt.childValueIs(c, N88, "130", true)])), N1)).length)])));
  S.cur = 915;
  if (!((t310 ??= rt.childOfNodes((t309 ??= rt.child(c, N258)), N73)).length <= 1)) out.push(rt.finding(ROWS[915], c, "Payment terms (BT-20) may occur at most once, found " + rt.valueOf([BigInt((t310 ??= rt.childOfNodes((t309 ??= rt.child(c, N258)), N73)).length)])));
  S.cur = 916;
  if (!((t311 ??= rt.child(c, N53)).length <= 1)) out.push(rt.finding(ROWS[916], c, "Invoicing period (BG-14) may occur at most once, found " + rt.valueOf([BigInt((t311 ??= rt.child(c, N53)).length)])));
  S.cur = 917;
  if (!((t315 ??= rt.childOfNodes((t314 ??= rt.childOfNodes((t313 ??= rt.childOfNodes((t312 ??= rt.child(c, N45)), N3)), N39)), N46)).length <= 1)) out.push(rt.finding(ROWS[917], c, "Seller name (BT-27) may occur at most once, found " + rt.valueOf([BigInt((t315 ??= rt.childOfNodes((t314 ??= rt.childOfNodes((t313 ??= rt.childOfNodes((t312 ??= rt.child(c, N45)), N3)), N39)), N46)).length)])));
  S.cur = 918;
  if (!((t317 ??= rt.childOfNodes((t316 ??= rt.childOfNodes((t313 ??= rt.childOfNodes((t312 ??= rt.child(c, N45)), N3)), N75)), N61)).length <= 1)) out.push(rt.finding(ROWS[918], c, "Seller trading name (BT-28) may occur at most once, found " + rt.valueOf([BigInt((t317 ??= rt.childOfNodes((t316 ??= rt.childOfNodes((t313 ??= rt.childOfNodes((t312 ??= rt.child(c, N45)), N3)), N75)), N61)).length)])));
  S.cur = 919;
  if (!((t318 ??= rt.childOfNodes((t314 ??= rt.childOfNodes((t313 ??= rt.childOfNodes((t312 ??= rt.child(c, N45)), N3)), N39)), N38)).length <= 1)) out.push(rt.finding(ROWS[919], c, "Seller legal registration identifier (BT-30) may occur at most once, found " + rt.valueOf([BigInt((t318 ??= rt.childOfNodes((t314 ??= rt.childOfNodes((t313 ??= rt.childOfNodes((t312 ??= rt.child(c, N45)), N3)), N39)), N38)).length)])));
  S.cur = 920;
  if (!((t320 ??= rt.childOfNodes((t319 ??= rt.stepNodes((t313 ??= rt.childOfNodes((t312 ??= rt.child(c, N45)), N3)), "child", N37, [(c, p, z) => rt.child(c, N23).some((v93_0) => (rt.upperCase(rt.childStr(rt.requireNode(v93_0), N1, "upper-case")) === "VAT"))])), N38)).length <= 1)) out.push(rt.finding(ROWS[920], c, "Seller VAT identifier (BT-31) may occur at most once, found " + rt.valueOf([BigInt((t322 ??= rt.childOfNodes((t321 ??= rt.stepNodes((t313 ??= rt.childOfNodes((t312 ??= rt.child(c, N45)), N3)), "child", N37, [(c, p, z) => rt.child(c, N23).some((v96_0) => (rt.upperCase(rt.childStr(rt.requireNode(v96_0), N1, "upper-case")) === "VAT"))])), N38)).length)])));
}

function fire75_part1(c, S, out, v90_0) {
  let t303, t304, t311, t312, t313, t314, t323, t324, t325, t326, t327, t328, t329, t330, t331, t332, t333, t334, t335, t336, t337, t338, t339, t340, t341, t342, t343, t344, t345, t346, t347, t348, t349, t350;
  S.cur = 921;
  if (!((t324 ??= rt.childOfNodes((t323 ??= rt.stepNodes((t313 ??= rt.childOfNodes((t312 ??= rt.child(c, N45)), N3)), "child", N37, [(c, p, z) => rt.child(c, N23).some((v94_0) => (rt.upperCase(rt.childStr(rt.requireNode(v94_0), N1, "upper-case")) !== "VAT"))])), N38)).length <= 1)) out.push(rt.finding(ROWS[921], c, "Seller tax registration identifier (BT-32) may occur at most once, found " + rt.valueOf([BigInt((t326 ??= rt.childOfNodes((t325 ??= rt.stepNodes((t313 ??= rt.childOfNodes((t312 ??= rt.child(c, N45)), N3)), "child", N37, [(c, p, z) => rt.child(c, N23).some((v97_0) => (rt.upperCase(rt.childStr(rt.requireNode(v97_0), N1, "upper-case")) !== "VAT"))])), N38)).length)])));
  S.cur = 922;
  if (!((t327 ??= rt.childOfNodes((t314 ??= rt.childOfNodes((t313 ??= rt.childOfNodes((t312 ??= rt.child(c, N45)), N3)), N39)), N203)).length <= 1)) out.push(rt.finding(ROWS[922], c, "Seller additional legal information (BT-33) may occur at most once, found " + rt.valueOf([BigInt((t327 ??= rt.childOfNodes((t314 ??= rt.childOfNodes((t313 ??= rt.childOfNodes((t312 ??= rt.child(c, N45)), N3)), N39)), N203)).length)])));
  S.cur = 923;
  if (!((t331 ??= rt.childOfNodes((t330 ??= rt.childOfNodes((t329 ??= rt.childOfNodes((t328 ??= rt.child(c, N2)), N3)), N39)), N46)).length <= 1)) out.push(rt.finding(ROWS[923], c, "Buyer name (BT-44) may occur at most once, found " + rt.valueOf([BigInt((t331 ??= rt.childOfNodes((t330 ??= rt.childOfNodes((t329 ??= rt.childOfNodes((t328 ??= rt.child(c, N2)), N3)), N39)), N46)).length)])));
  S.cur = 924;
  if (!((t333 ??= rt.childOfNodes((t332 ??= rt.childOfNodes((t329 ??= rt.childOfNodes((t328 ??= rt.child(c, N2)), N3)), N76)), N1)).length <= 1)) out.push(rt.finding(ROWS[924], c, "Buyer identifier (BT-46) may occur at most once, found " + rt.valueOf([BigInt((t333 ??= rt.childOfNodes((t332 ??= rt.childOfNodes((t329 ??= rt.childOfNodes((t328 ??= rt.child(c, N2)), N3)), N76)), N1)).length)])));
  S.cur = 925;
  if (!((t334 ??= rt.childOfNodes((t330 ??= rt.childOfNodes((t329 ??= rt.childOfNodes((t328 ??= rt.child(c, N2)), N3)), N39)), N38)).length <= 1)) out.push(rt.finding(ROWS[925], c, "Buyer legal registration identifier (BT-47) may occur at most once, found " + rt.valueOf([BigInt((t334 ??= rt.childOfNodes((t330 ??= rt.childOfNodes((t329 ??= rt.childOfNodes((t328 ??= rt.child(c, N2)), N3)), N39)), N38)).length)])));
  S.cur = 926;
  if (!((t336 ??= rt.childOfNodes((t335 ??= rt.stepNodes((t329 ??= rt.childOfNodes((t328 ??= rt.child(c, N2)), N3)), "child", N37, [(c, p, z) => rt.child(c, N23).some((v95_0) => (rt.upperCase(rt.childStr(rt.requireNode(v95_0), N1, "upper-case")) === "VAT"))])), N38)).length <= 1)) out.push(rt.finding(ROWS[926], c, "Buyer VAT identifier (BT-48) may occur at most once, found " + rt.valueOf([BigInt((t338 ??= rt.childOfNodes((t337 ??= rt.stepNodes((t329 ??= rt.childOfNodes((t328 ??= rt.child(c, N2)), N3)), "child", N37, [(c, p, z) => rt.child(c, N23).some((v98_0) => (rt.upperCase(rt.childStr(rt.requireNode(v98_0), N1, "upper-case")) === "VAT"))])), N38)).length)])));
  S.cur = 927;
  if (!((t339 ??= rt.child(c, N12)).length <= 1)) out.push(rt.finding(ROWS[927], c, "Delivery information (BG-13) may occur at most once, found " + rt.valueOf([BigInt((t339 ??= rt.child(c, N12)).length)])));
  S.cur = 928;
  if (!((S.D.memo[198] !== undefined ? S.D.memo[198] : (S.D.memo[198] = (S.D.memo[197] !== undefined ? S.D.memo[197] : (S.D.memo[197] = rt.stepNodes(rt.descendantsByName(S.D, c, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "PartyIdentification"), "child", N1, [(c, p, z) => (rt.upperCase(rt.strArg(rt.stepOne(c, "attribute", N5, null), "upper-case")) === "SEPA")]))).length)) <= 1)) out.push(rt.finding(ROWS[928], c, "Bank assigned creditor identifier (BT-90, scheme SEPA) may occur at most once, found " + rt.valueOf([BigInt((S.D.memo[198] !== undefined ? S.D.memo[198] : (S.D.memo[198] = (S.D.memo[197] !== undefined ? S.D.memo[197] : (S.D.memo[197] = rt.stepNodes(rt.descendantsByName(S.D, c, "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "PartyIdentification"), "child", N1, [(c, p, z) => (rt.upperCase(rt.strArg(rt.stepOne(c, "attribute", N5, null), "upper-case")) === "SEPA")]))).length)))])));
  S.cur = 929;
  if (!((t341 ??= rt.childOfNodes((t340 ??= rt.child(c, N142)), N1)).length <= 1)) out.push(rt.finding(ROWS[929], c, "Project reference (BT-11) may occur at most once, found " + rt.valueOf([BigInt((t341 ??= rt.childOfNodes((t340 ??= rt.child(c, N142)), N1)).length)])));
  S.cur = 930;
  if (!((t343 ??= rt.childOfNodes((t342 ??= rt.childOfNodes((t329 ??= rt.childOfNodes((t328 ??= rt.child(c, N2)), N3)), N75)), N61)).length <= 1)) out.push(rt.finding(ROWS[930], c, "Buyer trading name (BT-45) may occur at most once, found " + rt.valueOf([BigInt((t343 ??= rt.childOfNodes((t342 ??= rt.childOfNodes((t329 ??= rt.childOfNodes((t328 ??= rt.child(c, N2)), N3)), N75)), N61)).length)])));
  S.cur = 931;
  if (!((S.D.memo[201] !== undefined ? S.D.memo[201] : (S.D.memo[201] = (S.D.memo[200] !== undefined ? S.D.memo[200] : (S.D.memo[200] = rt.distinctValues((S.D.memo[199] !== undefined ? S.D.memo[199] : (S.D.memo[199] = rt.descendantsByName(S.D, c, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "PaymentID")))))).length)) <= 1)) out.push(rt.finding(ROWS[931], c, "All payment means must use the same remittance information (BT-83, cbc:PaymentID), found " + rt.valueOf([BigInt((S.D.memo[201] !== undefined ? S.D.memo[201] : (S.D.memo[201] = (S.D.memo[200] !== undefined ? S.D.memo[200] : (S.D.memo[200] = rt.distinctValues((S.D.memo[199] !== undefined ? S.D.memo[199] : (S.D.memo[199] = rt.descendantsByName(S.D, c, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "PaymentID")))))).length)))]) + " different values"));
  S.cur = 932;
  if (!((t304 ??= rt.childOfNodes((t303 ??= rt.child(c, N9)), N231)).length <= 1)) out.push(rt.finding(ROWS[932], c, "Payment due date in payment means (BT-9) may occur at most once, found " + rt.valueOf([BigInt((t304 ??= rt.childOfNodes((t303 ??= rt.child(c, N9)), N231)).length)])));
  S.cur = 933;
  if (!((t345 ??= rt.stepNodes((t344 ??= rt.childOfNodes((t303 ??= rt.child(c, N9)), N77)), "attribute", N378, null)).length <= 1)) out.push(rt.finding(ROWS[933], c, "Payment means text (BT-82) may occur at most once, found " + rt.valueOf([BigInt((t345 ??= rt.stepNodes((t344 ??= rt.childOfNodes((t303 ??= rt.child(c, N9)), N77)), "attribute", N378, null)).length)])));
  S.cur = 934;
  if (!((S.D.memo[204] !== undefined ? S.D.memo[204] : (S.D.memo[204] = (S.D.memo[203] !== undefined ? S.D.memo[203] : (S.D.memo[203] = rt.distinctValues((S.D.memo[202] !== undefined ? S.D.memo[202] : (S.D.memo[202] = rt.descendantsByName(S.D, c, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "PaymentMeansCode")))))).length)) <= 1)) out.push(rt.finding(ROWS[934], c, "All payment means type codes (BT-81) must be equal, found " + rt.valueOf([(S.D.memo[205] !== undefined ? S.D.memo[205] : (S.D.memo[205] = rt.stringJoin((S.D.memo[203] !== undefined ? S.D.memo[203] : (S.D.memo[203] = rt.distinctValues((S.D.memo[202] !== undefined ? S.D.memo[202] : (S.D.memo[202] = rt.descendantsByName(S.D, c, "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", "PaymentMeansCode")))))), ", ")))])));
  S.cur = 935;
  if (!((t346 ??= rt.childOfNodes((t311 ??= rt.child(c, N53)), N54)).length <= 1)) out.push(rt.finding(ROWS[935], c, "Value added tax point date code (BT-8) may occur at most once, found " + rt.valueOf([BigInt((t346 ??= rt.childOfNodes((t311 ??= rt.child(c, N53)), N54)).length)])));
  S.cur = 936;
  if (!((t347 ??= rt.childOfNodes((t303 ??= rt.child(c, N9)), N10)).length <= 1)) out.push(rt.finding(ROWS[936], c, "Payment card information (BG-18) may occur at most once, found " + rt.valueOf([BigInt((t347 ??= rt.childOfNodes((t303 ??= rt.child(c, N9)), N10)).length)])));
  S.cur = 937;
  if (!((t348 ??= rt.childOfNodes((t303 ??= rt.child(c, N9)), N248)).length <= 1)) out.push(rt.finding(ROWS[937], c, "Direct debit mandate (BG-19) may occur at most once, found " + rt.valueOf([BigInt((t348 ??= rt.childOfNodes((t303 ??= rt.child(c, N9)), N248)).length)])));
  S.cur = 938;
  if (!((t350 ??= rt.childOfNodes((t349 ??= rt.child(c, N130)), N1)).length <= 1)) out.push(rt.finding(ROWS[938], c, "Tender or lot reference (BT-17) may occur at most once, found " + rt.valueOf([BigInt((t350 ??= rt.childOfNodes((t349 ??= rt.child(c, N130)), N1)).length)])));
}

function fire75(c, S, out) {
  let t298, t299;
  const v90_0 = rt.union((t298 ??= rt.child(c, N47)), (t299 ??= rt.child(c, N48)));
  fire75_part0(c, S, out, v90_0);
  fire75_part1(c, S, out, v90_0);
}

function step221(n, S) {
  if (n.kind !== "element" || n.local !== "InvoiceLine" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null;
}

function step222(n, S) {
  if (n.kind !== "element" || n.local !== "CreditNoteLine" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null;
}

function match76(n, S) { return step221(n, S) || step222(n, S); }

function fire76(c, S, out) {
  let t351, t352, t353, t354, t355, t356, t357, t358, t359, t360, t361;
  S.cur = 939;
  if (!((t351 ??= rt.child(c, N73)).length <= 1)) out.push(rt.finding(ROWS[939], c, "Invoice line note (BT-127) may occur at most once, found " + rt.valueOf([BigInt((t351 ??= rt.child(c, N73)).length)])));
  S.cur = 940;
  if (!((t353 ??= rt.childOfNodes((t352 ??= rt.child(c, N294)), N379)).length <= 1)) out.push(rt.finding(ROWS[940], c, "Referenced purchase order line reference (BT-132) may occur at most once, found " + rt.valueOf([BigInt((t353 ??= rt.childOfNodes((t352 ??= rt.child(c, N294)), N379)).length)])));
  S.cur = 941;
  if (!((t354 ??= rt.child(c, N53)).length <= 1)) out.push(rt.finding(ROWS[941], c, "Invoice line period (BG-26) may occur at most once, found " + rt.valueOf([BigInt((t354 ??= rt.child(c, N53)).length)])));
  S.cur = 942;
  if (!((t357 ??= rt.childOfNodes((t356 ??= rt.childOfNodes((t355 ??= rt.child(c, N62)), N16)), N21)).length <= 1)) out.push(rt.finding(ROWS[942], c, "Item price discount (BT-147) may occur at most once, found " + rt.valueOf([BigInt((t357 ??= rt.childOfNodes((t356 ??= rt.childOfNodes((t355 ??= rt.child(c, N62)), N16)), N21)).length)])));
  S.cur = 943;
  if (!((t359 ??= rt.childOfNodes((t358 ??= rt.child(c, N60)), N64)).length === 1)) out.push(rt.finding(ROWS[943], c, "An invoice line must have exactly one line VAT information (BG-30, cac:Item/cac:ClassifiedTaxCategory), found " + rt.valueOf([BigInt((t359 ??= rt.childOfNodes((t358 ??= rt.child(c, N60)), N64)).length)])));
  S.cur = 944;
  if (!((t360 ??= rt.childOfNodes((t358 ??= rt.child(c, N60)), N106)).length <= 1)) out.push(rt.finding(ROWS[944], c, "Item description (BT-154) may occur at most once, found " + rt.valueOf([BigInt((t360 ??= rt.childOfNodes((t358 ??= rt.child(c, N60)), N106)).length)])));
  S.cur = 945;
  if (!((t361 ??= rt.child(c, N110)).length <= 1)) out.push(rt.finding(ROWS[945], c, "Invoice line object identifier (BT-128, cac:DocumentReference) may occur at most once, found " + rt.valueOf([BigInt((t361 ??= rt.child(c, N110)).length)])));
}

function step223(n, S) {
  if (n.kind !== "element" || n.local !== "PayeeParty" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null;
}

function match77(n, S) { return step223(n, S); }

function fire77(c, S, out) {
  let t362, t363, t364, t365, t366, t367;
  const v101_0 = (t363 ??= rt.childOfNodes((t362 ??= rt.child(c, N75)), N61)).some((v99_0) => rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(rt.childOfNodes(rt.stepOne(c, "parent", N27, null), N45), N3), N39), N46).some((v100_0) => (rt.string([v99_0]) !== rt.string([v100_0]))));
  S.cur = 946;
  if (!(((t363 ??= rt.childOfNodes((t362 ??= rt.child(c, N75)), N61)).length <= 1) && v101_0)) out.push(rt.finding(ROWS[946], c, "Payee name (BT-59) may occur at most once (found " + rt.valueOf([BigInt((t363 ??= rt.childOfNodes((t362 ??= rt.child(c, N75)), N61)).length)]) + "); also, the Payee name (BT-59) must be present and differ from the Seller name (BT-27)"));
  S.cur = 947;
  if (!(((t365 ??= rt.stepNodes((t364 ??= rt.child(c, N76)), "child", N1, [(c, p, z) => (rt.upperCase(rt.string(rt.stepOne(c, "attribute", N5, null))) !== "SEPA")])).length <= 1) && v101_0)) out.push(rt.finding(ROWS[947], c, "Payee identifier (BT-60) may occur at most once (found " + rt.valueOf([BigInt((t365 ??= rt.stepNodes((t364 ??= rt.child(c, N76)), "child", N1, [(c, p, z) => (rt.upperCase(rt.string(rt.stepOne(c, "attribute", N5, null))) !== "SEPA")])).length)]) + "); also, the Payee name (BT-59) must be present and differ from the Seller name (BT-27)"));
  S.cur = 948;
  if (!(((t367 ??= rt.childOfNodes((t366 ??= rt.child(c, N39)), N38)).length <= 1) && v101_0)) out.push(rt.finding(ROWS[948], c, "Payee legal registration identifier (BT-61) may occur at most once (found " + rt.valueOf([BigInt((t367 ??= rt.childOfNodes((t366 ??= rt.child(c, N39)), N38)).length)]) + "); also, the Payee name (BT-59) must be present and differ from the Seller name (BT-27)"));
}

function step224(n, S) {
  if (n.kind !== "element" || n.local !== "PaymentMeans" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null;
}

function match78(n, S) { return step224(n, S); }

function fire78(c, S, out) {
  let t368, t369, t370, t371;
  S.cur = 949;
  if (!((t368 ??= rt.child(c, N353)).length <= 1)) out.push(rt.finding(ROWS[949], c, "Remittance information (BT-83) may occur at most once, found " + rt.valueOf([BigInt((t368 ??= rt.child(c, N353)).length)])));
  S.cur = 950;
  if (!((t369 ??= rt.child(c, N77)).length <= 1)) out.push(rt.finding(ROWS[950], c, "Payment means type code (BT-81) may occur at most once, found " + rt.valueOf([BigInt((t369 ??= rt.child(c, N77)).length)])));
  S.cur = 951;
  if (!((t371 ??= rt.childOfNodes((t370 ??= rt.child(c, N248)), N1)).length <= 1)) out.push(rt.finding(ROWS[951], c, "Mandate reference identifier (BT-89) may occur at most once, found " + rt.valueOf([BigInt((t371 ??= rt.childOfNodes((t370 ??= rt.child(c, N248)), N1)).length)])));
}

function step225(n, S) {
  if (n.kind !== "element" || n.local !== "BillingReference" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null;
}

function match79(n, S) { return step225(n, S); }

function fire79(c, S, out) {
  let t372;
  S.cur = 952;
  if (!((t372 ??= rt.child(c, N80)).length <= 1)) out.push(rt.finding(ROWS[952], c, "Preceding invoice reference (BG-3) may occur at most once, found " + rt.valueOf([BigInt((t372 ??= rt.child(c, N80)).length)])));
  S.cur = 953;
  if (!(S.D.hasNamePath(P28) && rt.anyOnAxisSeq((t372 ??= rt.child(c, N80)), "child", N1))) out.push(rt.finding(ROWS[953], c, "A preceding invoice reference (BG-3) must give the preceding invoice number (BT-25, cac:InvoiceDocumentReference/cbc:ID)"));
}

function step226(n, S) {
  if (n.kind !== "element" || n.local !== "TaxRepresentativeParty" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null;
}

function match80(n, S) { return step226(n, S); }

function fire80(c, S, out) {
  let t374, t375, t376, t377;
  S.cur = 954;
  if (!((t375 ??= rt.childOfNodes((t374 ??= rt.child(c, N75)), N61)).length <= 1)) out.push(rt.finding(ROWS[954], c, "Seller tax representative name (BT-62) may occur at most once, found " + rt.valueOf([BigInt((t375 ??= rt.childOfNodes((t374 ??= rt.child(c, N75)), N61)).length)])));
  S.cur = 955;
  if (!((t377 ??= rt.childOfNodes((t376 ??= rt.child(c, N37)), N38)).length <= 1)) out.push(rt.finding(ROWS[955], c, "Seller tax representative VAT identifier (BT-63) may occur at most once, found " + rt.valueOf([BigInt((t377 ??= rt.childOfNodes((t376 ??= rt.child(c, N37)), N38)).length)])));
}

function step227(n, S) {
  if (n.kind !== "element" || n.local !== "TaxSubtotal" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null;
}

function match81(n, S) { return step227(n, S); }

function fire81(c, S, out) {
  let t378, t379;
  S.cur = 956;
  if (!((t379 ??= rt.childOfNodes((t378 ??= rt.child(c, N22)), N84)).length <= 1)) out.push(rt.finding(ROWS[956], c, "VAT exemption reason text (BT-120) may occur at most once, found " + rt.valueOf([BigInt((t379 ??= rt.childOfNodes((t378 ??= rt.child(c, N22)), N84)).length)])));
}

let K0;
function global0(S) {
  if (K0 === undefined) {
    const c = S.D.doc;
    K0 = { value: Q1 };
  }
  return K0.value;
}

let K1;
function global1(S) {
  if (K1 === undefined) {
    const c = S.D.doc;
    K1 = { value: Q2 };
  }
  return K1.value;
}

let K2;
function global2(S) {
  if (K2 === undefined) {
    const c = S.D.doc;
    K2 = { value: Q3 };
  }
  return K2.value;
}

let K3;
function global3(S) {
  if (K3 === undefined) {
    const c = S.D.doc;
    K3 = { value: Q4 };
  }
  return K3.value;
}

let K4;
function global4(S) {
  if (K4 === undefined) {
    const c = S.D.doc;
    K4 = { value: Q5 };
  }
  return K4.value;
}

let K5;
function global5(S) {
  if (K5 === undefined) {
    const c = S.D.doc;
    K5 = { value: Q6 };
  }
  return K5.value;
}

let K6;
function global6(S) {
  if (K6 === undefined) {
    const c = S.D.doc;
    K6 = { value: Q7 };
  }
  return K6.value;
}

let K7;
function global7(S) {
  if (K7 === undefined) {
    const c = S.D.doc;
    K7 = { value: Q8 };
  }
  return K7.value;
}

let K8;
function global8(S) {
  if (K8 === undefined) {
    const c = S.D.doc;
    K8 = { value: Q9 };
  }
  return K8.value;
}

let K9;
function global9(S) {
  if (K9 === undefined) {
    const c = S.D.doc;
    K9 = { value: Q10 };
  }
  return K9.value;
}

let K10;
function global10(S) {
  if (K10 === undefined) {
    const c = S.D.doc;
    K10 = { value: Q11 };
  }
  return K10.value;
}

let K11;
function global11(S) {
  if (K11 === undefined) {
    const c = S.D.doc;
    K11 = { value: Q12 };
  }
  return K11.value;
}

let K12;
function global12(S) {
  if (K12 === undefined) {
    const c = S.D.doc;
    K12 = { value: Q13 };
  }
  return K12.value;
}

let K13;
function global13(S) {
  if (K13 === undefined) {
    const c = S.D.doc;
    K13 = { value: Q14 };
  }
  return K13.value;
}

let K14;
function global14(S) {
  if (K14 === undefined) {
    const c = S.D.doc;
    K14 = { value: Q15 };
  }
  return K14.value;
}

let K15;
function global15(S) {
  if (K15 === undefined) {
    const c = S.D.doc;
    K15 = { value: Q16 };
  }
  return K15.value;
}

function step228(n, S) {
  if (n.kind !== "element" || n.local !== "InvoiceTypeCode" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2") return false;
  return n.parent !== null;
}

function step229(n, S) {
  if (n.kind !== "element" || n.local !== "CreditNoteTypeCode" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2") return false;
  return n.parent !== null;
}

function match82(n, S) { return step228(n, S) || step229(n, S); }

function fire82(c, S, out) {
  S.cur = 957;
  if (!((rt.anyOnAxis(c, "self", N42) && rt.generalCompare("eq", [rt.normalizeSpace(rt.strItem(c, "normalize-space"))], global7(S))) || (rt.anyOnAxis(c, "self", N43) && rt.generalCompare("eq", [rt.normalizeSpace(rt.strItem(c, "normalize-space"))], global6(S))))) out.push(rt.finding(ROWS[957], c, "Document type code (BT-3) '" + rt.valueOf([rt.normalizeSpace(rt.strItem(c, "normalize-space"))]) + "' is not a UNTDID 1001 invoice type code for cbc:InvoiceTypeCode, or a UNTDID 1001 credit note type code for cbc:CreditNoteTypeCode"));
}

function step230(n, S) {
  if (n.kind !== "element" || n.local !== "Amount" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2") return false;
  return n.parent !== null;
}

function step231(n, S) {
  if (n.kind !== "element" || n.local !== "BaseAmount" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2") return false;
  return n.parent !== null;
}

function step232(n, S) {
  if (n.kind !== "element" || n.local !== "PriceAmount" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2") return false;
  return n.parent !== null;
}

function step233(n, S) {
  if (n.kind !== "element" || n.local !== "TaxAmount" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2") return false;
  return n.parent !== null;
}

function step234(n, S) {
  if (n.kind !== "element" || n.local !== "TaxableAmount" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2") return false;
  return n.parent !== null;
}

function step235(n, S) {
  if (n.kind !== "element" || n.local !== "LineExtensionAmount" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2") return false;
  return n.parent !== null;
}

function step236(n, S) {
  if (n.kind !== "element" || n.local !== "TaxExclusiveAmount" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2") return false;
  return n.parent !== null;
}

function step237(n, S) {
  if (n.kind !== "element" || n.local !== "TaxInclusiveAmount" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2") return false;
  return n.parent !== null;
}

function step238(n, S) {
  if (n.kind !== "element" || n.local !== "AllowanceTotalAmount" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2") return false;
  return n.parent !== null;
}

function step239(n, S) {
  if (n.kind !== "element" || n.local !== "ChargeTotalAmount" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2") return false;
  return n.parent !== null;
}

function step240(n, S) {
  if (n.kind !== "element" || n.local !== "PrepaidAmount" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2") return false;
  return n.parent !== null;
}

function step241(n, S) {
  if (n.kind !== "element" || n.local !== "PayableRoundingAmount" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2") return false;
  return n.parent !== null;
}

function step242(n, S) {
  if (n.kind !== "element" || n.local !== "PayableAmount" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2") return false;
  return n.parent !== null;
}

function match83(n, S) { return step230(n, S) || step231(n, S) || step232(n, S) || step233(n, S) || step234(n, S) || step235(n, S) || step236(n, S) || step237(n, S) || step238(n, S) || step239(n, S) || step240(n, S) || step241(n, S) || step242(n, S); }

function fire83(c, S, out) {
  let t382;
  S.cur = 958;
  if (!rt.generalCompare("eq", [rt.normalizeSpace(rt.strArg((t382 ??= rt.stepOne(c, "attribute", N50, null)), "normalize-space"))], global2(S))) out.push(rt.finding(ROWS[958], c, "Currency identifier of amount " + rt.valueOf([rt.nodeNameOne(c)]) + " (BT-5 or BT-6) '" + rt.valueOf([rt.normalizeSpace(rt.strArg((t382 ??= rt.stepOne(c, "attribute", N50, null)), "normalize-space"))]) + "' is not an ISO 4217 code"));
}

function step243(n, S) {
  if (n.kind !== "element" || n.local !== "DocumentCurrencyCode" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2") return false;
  return n.parent !== null;
}

function match84(n, S) { return step243(n, S); }

function fire84(c, S, out) {
  S.cur = 959;
  if (!rt.generalCompare("eq", [rt.normalizeSpace(rt.strItem(c, "normalize-space"))], global2(S))) out.push(rt.finding(ROWS[959], c, "Currency code (BT-5) '" + rt.valueOf([rt.normalizeSpace(rt.strItem(c, "normalize-space"))]) + "' is not an ISO 4217 code"));
}

function step244(n, S) {
  if (n.kind !== "element" || n.local !== "TaxCurrencyCode" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2") return false;
  return n.parent !== null;
}

function match85(n, S) { return step244(n, S); }

function fire85(c, S, out) {
  S.cur = 960;
  if (!rt.generalCompare("eq", [rt.normalizeSpace(rt.strItem(c, "normalize-space"))], global2(S))) out.push(rt.finding(ROWS[960], c, "VAT accounting currency code (BT-6) '" + rt.valueOf([rt.normalizeSpace(rt.strItem(c, "normalize-space"))]) + "' is not an ISO 4217 code"));
}

function step245(n, S) {
  if (n.kind !== "element" || n.local !== "InvoicePeriod" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null;
}

function step246(n, S) {
  if (n.kind !== "element" || n.local !== "DescriptionCode" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2") return false;
  return n.parent !== null && step245(n.parent, S);
}

function match86(n, S) { return (n.parent?.local === "InvoicePeriod" && n.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" && step246(n, S)); }

function fire86(c, S, out) {
  S.cur = 961;
  if (!rt.generalCompare("eq", [rt.normalizeSpace(rt.strItem(c, "normalize-space"))], global9(S))) out.push(rt.finding(ROWS[961], c, "Value added tax point date code (BT-8) '" + rt.valueOf([rt.normalizeSpace(rt.strItem(c, "normalize-space"))]) + "' is not one of the allowed UNTDID 2005 codes (3, 35, 432)"));
}

function step247(n, S) {
  if (n.kind !== "element" || n.local !== "AdditionalDocumentReference" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  const c = n;
  if (!rt.childValueIs(c, N88, "130", true)) return false;
  return n.parent !== null;
}

function step248(n, S) {
  if (n.kind !== "element" || n.local !== "ID" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2") return false;
  const c = n;
  if (!rt.anyOnAxis(c, "attribute", N5)) return false;
  return n.parent !== null && step247(n.parent, S);
}

function step249(n, S) {
  if (n.kind !== "element" || n.local !== "DocumentReference" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  const c = n;
  if (!rt.childValueIs(c, N88, "130", true)) return false;
  return n.parent !== null;
}

function step250(n, S) {
  if (n.kind !== "element" || n.local !== "ID" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2") return false;
  const c = n;
  if (!rt.anyOnAxis(c, "attribute", N5)) return false;
  return n.parent !== null && step249(n.parent, S);
}

function match87(n, S) { return (n.parent?.local === "AdditionalDocumentReference" && n.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" && step248(n, S)) || (n.parent?.local === "DocumentReference" && n.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" && step250(n, S)); }

function fire87(c, S, out) {
  let t383;
  S.cur = 962;
  if (!rt.generalCompare("eq", [rt.normalizeSpace(rt.strArg((t383 ??= rt.stepOne(c, "attribute", N5, null)), "normalize-space"))], global8(S))) out.push(rt.finding(ROWS[962], c, "Scheme identifier of the invoiced object identifier (BT-18) '" + rt.valueOf([rt.normalizeSpace(rt.strArg((t383 ??= rt.stepOne(c, "attribute", N5, null)), "normalize-space"))]) + "' is not a UNTDID 1153 reference code"));
}

function step251(n, S) {
  if (n.kind !== "element" || n.local !== "PartyIdentification" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null;
}

function step252(n, S) {
  if (n.kind !== "element" || n.local !== "ID" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2") return false;
  const c = n;
  if (!rt.anyOnAxis(c, "attribute", N5)) return false;
  return n.parent !== null && step251(n.parent, S);
}

function match88(n, S) { return (n.parent?.local === "PartyIdentification" && n.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" && step252(n, S)); }

function fire88(c, S, out) {
  let t384, t385, t386;
  S.cur = 963;
  if (!(rt.generalCompare("eq", [rt.normalizeSpace(rt.strArg((t384 ??= rt.stepOne(c, "attribute", N5, null)), "normalize-space"))], global3(S)) || ((rt.normalizeSpace(rt.strArg((t384 ??= rt.stepOne(c, "attribute", N5, null)), "normalize-space")) === "SEPA") && (rt.union((t385 ??= rt.stepOne(c, "ancestor", N45, null)), (t386 ??= rt.stepOne(c, "ancestor", N74, null))).length > 0)))) out.push(rt.finding(ROWS[963], c, "Scheme identifier of the party identifier (e.g. BT-29, BT-46, BT-60) '" + rt.valueOf([rt.normalizeSpace(rt.strArg((t384 ??= rt.stepOne(c, "attribute", N5, null)), "normalize-space"))]) + "' is not an ISO 6523 ICD code (SEPA is accepted only within cac:AccountingSupplierParty or cac:PayeeParty)"));
}

function step253(n, S) {
  if (n.kind !== "element" || n.local !== "PartyLegalEntity" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null;
}

function step254(n, S) {
  if (n.kind !== "element" || n.local !== "CompanyID" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2") return false;
  const c = n;
  if (!rt.anyOnAxis(c, "attribute", N5)) return false;
  return n.parent !== null && step253(n.parent, S);
}

function match89(n, S) { return (n.parent?.local === "PartyLegalEntity" && n.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" && step254(n, S)); }

function fire89(c, S, out) {
  let t387;
  S.cur = 964;
  if (!rt.generalCompare("eq", [rt.normalizeSpace(rt.strArg((t387 ??= rt.stepOne(c, "attribute", N5, null)), "normalize-space"))], global3(S))) out.push(rt.finding(ROWS[964], c, "Scheme identifier of the legal registration identifier (e.g. BT-30, BT-47, BT-61) '" + rt.valueOf([rt.normalizeSpace(rt.strArg((t387 ??= rt.stepOne(c, "attribute", N5, null)), "normalize-space"))]) + "' is not an ISO 6523 ICD code"));
}

function step255(n, S) {
  if (n.kind !== "element" || n.local !== "CommodityClassification" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null;
}

function step256(n, S) {
  if (n.kind !== "element" || n.local !== "ItemClassificationCode" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2") return false;
  const c = n;
  if (!rt.anyOnAxis(c, "attribute", N71)) return false;
  return n.parent !== null && step255(n.parent, S);
}

function match90(n, S) { return (n.parent?.local === "CommodityClassification" && n.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" && step256(n, S)); }

function fire90(c, S, out) {
  let t388;
  S.cur = 965;
  if (!rt.generalCompare("eq", [rt.normalizeSpace(rt.strArg((t388 ??= rt.stepOne(c, "attribute", N71, null)), "normalize-space"))], global13(S))) out.push(rt.finding(ROWS[965], c, "Item classification list identifier (BT-158) '" + rt.valueOf([rt.normalizeSpace(rt.strArg((t388 ??= rt.stepOne(c, "attribute", N71, null)), "normalize-space"))]) + "' is not a UNTDID 7143 code"));
}

function step257(n, S) {
  if (n.kind !== "element" || n.local !== "Country" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null;
}

function step258(n, S) {
  if (n.kind !== "element" || n.local !== "IdentificationCode" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2") return false;
  return n.parent !== null && step257(n.parent, S);
}

function match91(n, S) { return (n.parent?.local === "Country" && n.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" && step258(n, S)); }

function fire91(c, S, out) {
  S.cur = 966;
  if (!rt.generalCompare("eq", [rt.normalizeSpace(rt.strItem(c, "normalize-space"))], global1(S))) out.push(rt.finding(ROWS[966], c, "Country code (e.g. BT-40, BT-55, BT-69, BT-80) '" + rt.valueOf([rt.normalizeSpace(rt.strItem(c, "normalize-space"))]) + "' is not an ISO 3166-1 alpha-2 country code"));
}

function step259(n, S) {
  if (n.kind !== "element" || n.local !== "OriginCountry" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null;
}

function step260(n, S) {
  if (n.kind !== "element" || n.local !== "IdentificationCode" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2") return false;
  return n.parent !== null && step259(n.parent, S);
}

function match92(n, S) { return (n.parent?.local === "OriginCountry" && n.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" && step260(n, S)); }

function fire92(c, S, out) {
  S.cur = 967;
  if (!rt.generalCompare("eq", [rt.normalizeSpace(rt.strItem(c, "normalize-space"))], global1(S))) out.push(rt.finding(ROWS[967], c, "Item country of origin (BT-159) '" + rt.valueOf([rt.normalizeSpace(rt.strItem(c, "normalize-space"))]) + "' is not an ISO 3166-1 alpha-2 country code"));
}

function step261(n, S) {
  if (n.kind !== "element" || n.local !== "PaymentMeans" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null;
}

function step262(n, S) {
  if (n.kind !== "element" || n.local !== "PaymentMeansCode" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2") return false;
  return n.parent !== null && step261(n.parent, S);
}

function match93(n, S) { return (n.parent?.local === "PaymentMeans" && n.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" && step262(n, S)); }

function fire93(c, S, out) {
  S.cur = 968;
  if (!rt.generalCompare("eq", [rt.normalizeSpace(rt.strItem(c, "normalize-space"))], global10(S))) out.push(rt.finding(ROWS[968], c, "Payment means type code (BT-81) '" + rt.valueOf([rt.normalizeSpace(rt.strItem(c, "normalize-space"))]) + "' is not a UNTDID 4461 code"));
}

function step263(n, S) {
  if (n.kind !== "element" || n.local !== "TaxCategory" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null;
}

function step264(n, S) {
  if (n.kind !== "element" || n.local !== "ID" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2") return false;
  return n.parent !== null && step263(n.parent, S);
}

function match94(n, S) { return (n.parent?.local === "TaxCategory" && n.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" && step264(n, S)); }

function fire94(c, S, out) {
  S.cur = 969;
  if (!rt.generalCompare("eq", [rt.normalizeSpace(rt.strItem(c, "normalize-space"))], global12(S))) out.push(rt.finding(ROWS[969], c, "VAT category code (BT-95, BT-102, BT-118) '" + rt.valueOf([rt.normalizeSpace(rt.strItem(c, "normalize-space"))]) + "' is not a UNTDID 5305 VAT category code allowed by EN 16931"));
}

function step265(n, S) {
  if (n.kind !== "element" || n.local !== "ClassifiedTaxCategory" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null;
}

function step266(n, S) {
  if (n.kind !== "element" || n.local !== "ID" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2") return false;
  return n.parent !== null && step265(n.parent, S);
}

function match95(n, S) { return (n.parent?.local === "ClassifiedTaxCategory" && n.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" && step266(n, S)); }

function fire95(c, S, out) {
  S.cur = 970;
  if (!rt.generalCompare("eq", [rt.normalizeSpace(rt.strItem(c, "normalize-space"))], global12(S))) out.push(rt.finding(ROWS[970], c, "Invoiced item VAT category code (BT-151) '" + rt.valueOf([rt.normalizeSpace(rt.strItem(c, "normalize-space"))]) + "' is not a UNTDID 5305 VAT category code allowed by EN 16931"));
}

function step267(n, S) {
  if (n.kind !== "element" || n.local !== "AllowanceCharge" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  const c = n;
  if (!rt.generalCompare("eq", rt.child(c, N17), [false])) return false;
  return n.parent !== null;
}

function step268(n, S) {
  if (n.kind !== "element" || n.local !== "AllowanceChargeReasonCode" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2") return false;
  return n.parent !== null && step267(n.parent, S);
}

function match96(n, S) { return (n.parent?.local === "AllowanceCharge" && n.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" && step268(n, S)); }

function fire96(c, S, out) {
  S.cur = 971;
  if (!rt.generalCompare("eq", [rt.normalizeSpace(rt.strItem(c, "normalize-space"))], global11(S))) out.push(rt.finding(ROWS[971], c, "Allowance reason code (BT-98, BT-140) '" + rt.valueOf([rt.normalizeSpace(rt.strItem(c, "normalize-space"))]) + "' is not a UNTDID 5189 allowance reason code"));
}

function step269(n, S) {
  if (n.kind !== "element" || n.local !== "AllowanceCharge" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  const c = n;
  if (!rt.generalCompare("eq", rt.child(c, N17), [true])) return false;
  return n.parent !== null;
}

function step270(n, S) {
  if (n.kind !== "element" || n.local !== "AllowanceChargeReasonCode" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2") return false;
  return n.parent !== null && step269(n.parent, S);
}

function match97(n, S) { return (n.parent?.local === "AllowanceCharge" && n.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" && step270(n, S)); }

function fire97(c, S, out) {
  S.cur = 972;
  if (!rt.generalCompare("eq", [rt.normalizeSpace(rt.strItem(c, "normalize-space"))], global14(S))) out.push(rt.finding(ROWS[972], c, "Charge reason code (BT-105, BT-145) '" + rt.valueOf([rt.normalizeSpace(rt.strItem(c, "normalize-space"))]) + "' is not a UNTDID 7161 charge reason code"));
}

function step271(n, S) {
  if (n.kind !== "element" || n.local !== "StandardItemIdentification" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null;
}

function step272(n, S) {
  if (n.kind !== "element" || n.local !== "ID" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2") return false;
  const c = n;
  if (!rt.anyOnAxis(c, "attribute", N5)) return false;
  return n.parent !== null && step271(n.parent, S);
}

function match98(n, S) { return (n.parent?.local === "StandardItemIdentification" && n.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" && step272(n, S)); }

function fire98(c, S, out) {
  let t389;
  S.cur = 973;
  if (!rt.generalCompare("eq", [rt.normalizeSpace(rt.strArg((t389 ??= rt.stepOne(c, "attribute", N5, null)), "normalize-space"))], global3(S))) out.push(rt.finding(ROWS[973], c, "Scheme identifier of the item standard identifier (BT-157) '" + rt.valueOf([rt.normalizeSpace(rt.strArg((t389 ??= rt.stepOne(c, "attribute", N5, null)), "normalize-space"))]) + "' is not an ISO 6523 ICD code"));
}

function step273(n, S) {
  if (n.kind !== "element" || n.local !== "TaxExemptionReasonCode" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2") return false;
  return n.parent !== null;
}

function match99(n, S) { return step273(n, S); }

function fire99(c, S, out) {
  S.cur = 974;
  if (!rt.generalCompare("eq", [rt.upperCase(rt.normalizeSpace(rt.strItem(c, "normalize-space")))], global15(S))) out.push(rt.finding(ROWS[974], c, "VAT exemption reason code (BT-121) '" + rt.valueOf([rt.normalizeSpace(rt.strItem(c, "normalize-space"))]) + "' is not a VATEX exemption reason code"));
}

function step274(n, S) {
  if (n.kind !== "element" || n.local !== "InvoicedQuantity" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2") return false;
  const c = n;
  if (!rt.anyOnAxis(c, "attribute", N59)) return false;
  return n.parent !== null;
}

function step275(n, S) {
  if (n.kind !== "element" || n.local !== "BaseQuantity" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2") return false;
  const c = n;
  if (!rt.anyOnAxis(c, "attribute", N59)) return false;
  return n.parent !== null;
}

function step276(n, S) {
  if (n.kind !== "element" || n.local !== "CreditedQuantity" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2") return false;
  const c = n;
  if (!rt.anyOnAxis(c, "attribute", N59)) return false;
  return n.parent !== null;
}

function match100(n, S) { return step274(n, S) || step275(n, S) || step276(n, S); }

function fire100(c, S, out) {
  let t390;
  S.cur = 975;
  if (!rt.generalCompare("eq", [rt.normalizeSpace(rt.strArg((t390 ??= rt.stepOne(c, "attribute", N59, null)), "normalize-space"))], global5(S))) out.push(rt.finding(ROWS[975], c, "Unit of measure (BT-130, BT-150) '" + rt.valueOf([rt.normalizeSpace(rt.strArg((t390 ??= rt.stepOne(c, "attribute", N59, null)), "normalize-space"))]) + "' is not a UN/ECE Recommendation 20 or 21 unit code"));
}

function step277(n, S) {
  if (n.kind !== "element" || n.local !== "EmbeddedDocumentBinaryObject" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2") return false;
  const c = n;
  if (!rt.anyOnAxis(c, "attribute", N89)) return false;
  return n.parent !== null;
}

function match101(n, S) { return step277(n, S); }

function fire101(c, S, out) {
  let t391;
  S.cur = 976;
  if (!rt.generalCompare("eq", (t391 ??= rt.stepOne(c, "attribute", N89, null)), global4(S))) out.push(rt.finding(ROWS[976], c, "Mime code of the attached document (BT-125) '" + rt.valueOf((t391 ??= rt.stepOne(c, "attribute", N89, null))) + "' is not an allowed attachment mime code (pdf, png, jpeg, csv, xlsx, ods)"));
}

function step278(n, S) {
  if (n.kind !== "element" || n.local !== "EndpointID" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2") return false;
  const c = n;
  if (!rt.anyOnAxis(c, "attribute", N5)) return false;
  return n.parent !== null;
}

function match102(n, S) { return step278(n, S); }

function fire102(c, S, out) {
  let t392;
  S.cur = 977;
  if (!rt.generalCompare("eq", [rt.normalizeSpace(rt.strArg((t392 ??= rt.stepOne(c, "attribute", N5, null)), "normalize-space"))], global0(S))) out.push(rt.finding(ROWS[977], c, "Scheme identifier of the electronic address (BT-34, BT-49) '" + rt.valueOf([rt.normalizeSpace(rt.strArg((t392 ??= rt.stepOne(c, "attribute", N5, null)), "normalize-space"))]) + "' is not an electronic address scheme (EAS) code"));
}

function step279(n, S) {
  if (n.kind !== "element" || n.local !== "DeliveryLocation" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2") return false;
  return n.parent !== null;
}

function step280(n, S) {
  if (n.kind !== "element" || n.local !== "ID" || n.ns !== "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2") return false;
  const c = n;
  if (!rt.anyOnAxis(c, "attribute", N5)) return false;
  return n.parent !== null && step279(n.parent, S);
}

function match103(n, S) { return (n.parent?.local === "DeliveryLocation" && n.parent.ns === "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" && step280(n, S)); }

function fire103(c, S, out) {
  let t393;
  S.cur = 978;
  if (!rt.generalCompare("eq", [rt.normalizeSpace(rt.strArg((t393 ??= rt.stepOne(c, "attribute", N5, null)), "normalize-space"))], global3(S))) out.push(rt.finding(ROWS[978], c, "Scheme identifier of the deliver to location identifier (BT-71) '" + rt.valueOf([rt.normalizeSpace(rt.strArg((t393 ??= rt.stepOne(c, "attribute", N5, null)), "normalize-space"))]) + "' is not an ISO 6523 ICD code"));
}

const PATTERNS = [
  { id: "UBL-model", rules: [
  { keys: [{ kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "AdditionalDocumentReference" }], match: match0, fire: fire0 },
  { keys: [{ kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", local: "EndpointID", parent: { ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "Party" } }], match: match1, fire: fire1 },
  { keys: [{ kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "PostalAddress", parent: { ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "Party" } }], match: match2, fire: fire2 },
  { keys: [{ kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", local: "PrimaryAccountNumberID", parent: { ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "CardAccount" } }], match: match3, fire: fire3 },
  { keys: [{ kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "Address", parent: { ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "DeliveryLocation" } }], match: match4, fire: fire4 },
  { keys: [{ kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "AllowanceCharge", parent: { ns: "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2", local: "Invoice" } }, { kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "AllowanceCharge", parent: { ns: "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2", local: "CreditNote" } }], match: match5, fire: fire5 },
  { keys: [{ kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "AllowanceCharge", parent: { ns: "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2", local: "Invoice" } }, { kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "AllowanceCharge", parent: { ns: "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2", local: "CreditNote" } }], match: match6, fire: fire6 },
  { keys: [{ kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "LegalMonetaryTotal" }], match: match7, fire: fire7 },
  { keys: [{ kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2", local: "Invoice", parent: "document" }, { kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2", local: "CreditNote", parent: "document" }], match: match8, fire: fire8 },
  { keys: [{ kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "InvoiceLine" }, { kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "CreditNoteLine" }], match: match9, fire: fire9 },
  { keys: [{ kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "AllowanceCharge", parent: { ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "InvoiceLine" } }, { kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "AllowanceCharge", parent: { ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "CreditNoteLine" } }], match: match10, fire: fire10 },
  { keys: [{ kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "AllowanceCharge", parent: { ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "InvoiceLine" } }, { kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "AllowanceCharge", parent: { ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "CreditNoteLine" } }], match: match11, fire: fire11 },
  { keys: [{ kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "InvoicePeriod", parent: { ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "InvoiceLine" } }, { kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "InvoicePeriod", parent: { ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "CreditNoteLine" } }], match: match12, fire: fire12 },
  { keys: [{ kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "InvoicePeriod" }], match: match13, fire: fire13 },
  { keys: [{ kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "AdditionalItemProperty" }], match: match14, fire: fire14 },
  { keys: [{ kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", local: "ItemClassificationCode", parent: { ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "CommodityClassification" } }, { kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", local: "ItemClassificationCode", parent: { ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "CommodityClassification" } }], match: match15, fire: fire15 },
  { keys: [{ kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", local: "ID", parent: { ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "StandardItemIdentification" } }, { kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", local: "ID", parent: { ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "StandardItemIdentification" } }], match: match16, fire: fire16 },
  { keys: [{ kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", local: "Note", parent: { ns: "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2", local: "Invoice" } }, { kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", local: "Note", parent: { ns: "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2", local: "CreditNote" } }], match: match17, fire: fire17 },
  { keys: [{ kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "PayeeParty" }], match: match18, fire: fire18 },
  { keys: [{ kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "PayeeFinancialAccount", parent: { ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "PaymentMeans" } }], match: match19, fire: fire19 },
  { keys: [{ kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "PaymentMeans" }], match: match20, fire: fire20 },
  { keys: [{ kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "BillingReference" }], match: match21, fire: fire21 },
  { keys: [{ kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "AccountingSupplierParty" }], match: match22, fire: fire22 },
  { keys: [{ kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", local: "EndpointID", parent: { ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "Party" } }], match: match23, fire: fire23 },
  { keys: [{ kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "PostalAddress", parent: { ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "Party" } }], match: match24, fire: fire24 },
  { keys: [{ kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "TaxRepresentativeParty" }], match: match25, fire: fire25 },
  { keys: [{ kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "PostalAddress", parent: { ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "TaxRepresentativeParty" } }], match: match26, fire: fire26 },
  { keys: [{ kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "TaxTotal", parent: { ns: "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2", local: "Invoice" } }, { kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "TaxTotal", parent: { ns: "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2", local: "CreditNote" } }], match: match27, fire: fire27 },
  { keys: [{ kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "TaxSubtotal", parent: { ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "TaxTotal" } }], match: match28, fire: fire28 },
  { keys: [{ kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "PartyTaxScheme" }], match: match29, fire: fire29 },
  { keys: [{ kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "TaxCategory", parent: { ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "TaxSubtotal" } }], match: match30, fire: fire30 },
  { keys: [{ kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "TaxCategory", parent: { ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "AllowanceCharge" } }], match: match31, fire: fire31 },
  { keys: [{ kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "TaxCategory", parent: { ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "AllowanceCharge" } }], match: match32, fire: fire32 },
  { keys: [{ kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "ClassifiedTaxCategory", parent: { ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "Item" } }, { kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "ClassifiedTaxCategory", parent: { ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "Item" } }], match: match33, fire: fire33 },
  { keys: [{ kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "TaxCategory", parent: { ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "TaxSubtotal" } }], match: match34, fire: fire34 },
  { keys: [{ kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "TaxCategory", parent: { ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "AllowanceCharge" } }], match: match35, fire: fire35 },
  { keys: [{ kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "TaxCategory", parent: { ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "AllowanceCharge" } }], match: match36, fire: fire36 },
  { keys: [{ kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "ClassifiedTaxCategory", parent: { ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "Item" } }, { kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "ClassifiedTaxCategory", parent: { ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "Item" } }], match: match37, fire: fire37 },
  { keys: [{ kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "TaxCategory", parent: { ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "TaxSubtotal" } }], match: match38, fire: fire38 },
  { keys: [{ kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "TaxCategory", parent: { ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "AllowanceCharge" } }], match: match39, fire: fire39 },
  { keys: [{ kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "TaxCategory", parent: { ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "AllowanceCharge" } }], match: match40, fire: fire40 },
  { keys: [{ kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "ClassifiedTaxCategory", parent: { ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "Item" } }, { kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "ClassifiedTaxCategory", parent: { ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "Item" } }], match: match41, fire: fire41 },
  { keys: [{ kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "TaxCategory", parent: { ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "TaxSubtotal" } }], match: match42, fire: fire42 },
  { keys: [{ kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "TaxCategory", parent: { ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "AllowanceCharge" } }], match: match43, fire: fire43 },
  { keys: [{ kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "TaxCategory", parent: { ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "AllowanceCharge" } }], match: match44, fire: fire44 },
  { keys: [{ kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "ClassifiedTaxCategory", parent: { ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "Item" } }, { kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "ClassifiedTaxCategory", parent: { ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "Item" } }], match: match45, fire: fire45 },
  { keys: [{ kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "TaxCategory", parent: { ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "TaxSubtotal" } }], match: match46, fire: fire46 },
  { keys: [{ kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "TaxCategory", parent: { ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "AllowanceCharge" } }], match: match47, fire: fire47 },
  { keys: [{ kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "TaxCategory", parent: { ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "AllowanceCharge" } }], match: match48, fire: fire48 },
  { keys: [{ kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "ClassifiedTaxCategory", parent: { ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "Item" } }, { kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "ClassifiedTaxCategory", parent: { ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "Item" } }], match: match49, fire: fire49 },
  { keys: [{ kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "TaxCategory", parent: { ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "TaxSubtotal" } }], match: match50, fire: fire50 },
  { keys: [{ kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "TaxCategory", parent: { ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "AllowanceCharge" } }], match: match51, fire: fire51 },
  { keys: [{ kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "TaxCategory", parent: { ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "AllowanceCharge" } }], match: match52, fire: fire52 },
  { keys: [{ kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "ClassifiedTaxCategory", parent: { ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "Item" } }, { kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "ClassifiedTaxCategory", parent: { ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "Item" } }], match: match53, fire: fire53 },
  { keys: [{ kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "TaxCategory", parent: { ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "TaxSubtotal" } }], match: match54, fire: fire54 },
  { keys: [{ kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "TaxCategory", parent: { ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "AllowanceCharge" } }], match: match55, fire: fire55 },
  { keys: [{ kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "TaxCategory", parent: { ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "AllowanceCharge" } }], match: match56, fire: fire56 },
  { keys: [{ kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "ClassifiedTaxCategory", parent: { ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "Item" } }, { kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "ClassifiedTaxCategory", parent: { ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "Item" } }], match: match57, fire: fire57 },
  { keys: [{ kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "TaxCategory", parent: { ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "TaxSubtotal" } }], match: match58, fire: fire58 },
  { keys: [{ kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "TaxCategory", parent: { ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "AllowanceCharge" } }], match: match59, fire: fire59 },
  { keys: [{ kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "TaxCategory", parent: { ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "AllowanceCharge" } }], match: match60, fire: fire60 },
  { keys: [{ kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "ClassifiedTaxCategory", parent: { ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "Item" } }, { kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "ClassifiedTaxCategory", parent: { ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "Item" } }], match: match61, fire: fire61 },
  { keys: [{ kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "TaxCategory", parent: { ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "TaxSubtotal" } }], match: match62, fire: fire62 },
  { keys: [{ kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "TaxCategory", parent: { ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "AllowanceCharge" } }], match: match63, fire: fire63 },
  { keys: [{ kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "TaxCategory", parent: { ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "AllowanceCharge" } }], match: match64, fire: fire64 },
  { keys: [{ kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "ClassifiedTaxCategory", parent: { ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "Item" } }, { kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "ClassifiedTaxCategory", parent: { ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "Item" } }], match: match65, fire: fire65 }
] },
  { id: "UBL-syntax", rules: [
  { keys: [{ kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "PostalAddress" }, { kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "Address" }], match: match66, fire: fire66 },
  { keys: [{ kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "Party", parent: { ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "AccountingSupplierParty" } }], match: match67, fire: fire67 },
  { keys: [{ kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "AdditionalDocumentReference" }], match: match68, fire: fire68 },
  { keys: [{ kind: "element", ns: null, local: null, test: (l) => l.endsWith("Amount") && !l.endsWith("PriceAmount") }], match: match69, fire: fire69 },
  { keys: [{ kind: "element", ns: null, local: null, test: (l) => l.endsWith("BinaryObject") }], match: match70, fire: fire70 },
  { keys: [{ kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "Delivery" }], match: match71, fire: fire71 },
  { keys: [{ kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "AllowanceCharge" }], match: match72, fire: fire72 },
  { keys: [{ kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "AllowanceCharge" }], match: match73, fire: fire73 },
  { keys: [{ kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "PartyTaxScheme" }], match: match74, fire: fire74 },
  { keys: [{ kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2", local: "Invoice", parent: "document" }, { kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2", local: "CreditNote", parent: "document" }], match: match75, fire: fire75 },
  { keys: [{ kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "InvoiceLine" }, { kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "CreditNoteLine" }], match: match76, fire: fire76 },
  { keys: [{ kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "PayeeParty" }], match: match77, fire: fire77 },
  { keys: [{ kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "PaymentMeans" }], match: match78, fire: fire78 },
  { keys: [{ kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "BillingReference" }], match: match79, fire: fire79 },
  { keys: [{ kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "TaxRepresentativeParty" }], match: match80, fire: fire80 },
  { keys: [{ kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "TaxSubtotal" }], match: match81, fire: fire81 }
] },
  { id: "Codesmodel", rules: [
  { keys: [{ kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", local: "InvoiceTypeCode" }, { kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", local: "CreditNoteTypeCode" }], match: match82, fire: fire82 },
  { keys: [{ kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", local: "Amount" }, { kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", local: "BaseAmount" }, { kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", local: "PriceAmount" }, { kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", local: "TaxAmount" }, { kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", local: "TaxableAmount" }, { kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", local: "LineExtensionAmount" }, { kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", local: "TaxExclusiveAmount" }, { kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", local: "TaxInclusiveAmount" }, { kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", local: "AllowanceTotalAmount" }, { kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", local: "ChargeTotalAmount" }, { kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", local: "PrepaidAmount" }, { kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", local: "PayableRoundingAmount" }, { kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", local: "PayableAmount" }], match: match83, fire: fire83 },
  { keys: [{ kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", local: "DocumentCurrencyCode" }], match: match84, fire: fire84 },
  { keys: [{ kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", local: "TaxCurrencyCode" }], match: match85, fire: fire85 },
  { keys: [{ kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", local: "DescriptionCode", parent: { ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "InvoicePeriod" } }], match: match86, fire: fire86 },
  { keys: [{ kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", local: "ID", parent: { ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "AdditionalDocumentReference" } }, { kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", local: "ID", parent: { ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "DocumentReference" } }], match: match87, fire: fire87 },
  { keys: [{ kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", local: "ID", parent: { ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "PartyIdentification" } }], match: match88, fire: fire88 },
  { keys: [{ kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", local: "CompanyID", parent: { ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "PartyLegalEntity" } }], match: match89, fire: fire89 },
  { keys: [{ kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", local: "ItemClassificationCode", parent: { ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "CommodityClassification" } }], match: match90, fire: fire90 },
  { keys: [{ kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", local: "IdentificationCode", parent: { ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "Country" } }], match: match91, fire: fire91 },
  { keys: [{ kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", local: "IdentificationCode", parent: { ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "OriginCountry" } }], match: match92, fire: fire92 },
  { keys: [{ kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", local: "PaymentMeansCode", parent: { ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "PaymentMeans" } }], match: match93, fire: fire93 },
  { keys: [{ kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", local: "ID", parent: { ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "TaxCategory" } }], match: match94, fire: fire94 },
  { keys: [{ kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", local: "ID", parent: { ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "ClassifiedTaxCategory" } }], match: match95, fire: fire95 },
  { keys: [{ kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", local: "AllowanceChargeReasonCode", parent: { ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "AllowanceCharge" } }], match: match96, fire: fire96 },
  { keys: [{ kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", local: "AllowanceChargeReasonCode", parent: { ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "AllowanceCharge" } }], match: match97, fire: fire97 },
  { keys: [{ kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", local: "ID", parent: { ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "StandardItemIdentification" } }], match: match98, fire: fire98 },
  { keys: [{ kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", local: "TaxExemptionReasonCode" }], match: match99, fire: fire99 },
  { keys: [{ kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", local: "InvoicedQuantity" }, { kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", local: "BaseQuantity" }, { kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", local: "CreditedQuantity" }], match: match100, fire: fire100 },
  { keys: [{ kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", local: "EmbeddedDocumentBinaryObject" }], match: match101, fire: fire101 },
  { keys: [{ kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", local: "EndpointID" }], match: match102, fire: fire102 },
  { keys: [{ kind: "element", ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", local: "ID", parent: { ns: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", local: "DeliveryLocation" } }], match: match103, fire: fire103 }
] }
];

const PHASES = new Map([["EN16931model_phase", Object.freeze([0])], ["codelist_phase", Object.freeze([2])]]);
const ALL = Object.freeze([0, 1, 2]);
const DEFAULT_PHASE = null;

const driver = new rt.PackDriver(PATTERNS, (e, row, node) => new RuleEvaluationError(e.message, row >= 0 ? ROWS[row].id : null, node, e.code));

export const pack = Object.freeze({
  id: "en16931-ubl",
  version: "1.3.16",
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
