/**
 * The Codesmodel pattern of en16931-ubl (BR-CL-*): each rule checks one value against a code list
 * from schematron/data/en16931-ubl/codelists.json. Code lists become pattern variables holding a
 * sequence of strings; a check is a general comparison of the (normalized) value with that sequence.
 */
import type { CodeRule, CodeTables } from './data.js';
import { msg, v, xpathString, type Assertion, type Let, type Message, type Pattern, type Rule } from './sch-writer.js';

/** How each code list is named in messages. */
const LIST_TITLES: ReadonlyMap<string, string> = new Map([
  ['UNTDID1001-invoice', 'a UNTDID 1001 invoice type code'],
  ['UNTDID1001-credit-note', 'a UNTDID 1001 credit note type code'],
  ['ISO4217', 'an ISO 4217 code'],
  ['UNTDID2005-subset', 'one of the allowed UNTDID 2005 codes (3, 35, 432)'],
  ['UNTDID1153', 'a UNTDID 1153 reference code'],
  ['ISO6523-ICD', 'an ISO 6523 ICD code'],
  ['UNTDID7143', 'a UNTDID 7143 code'],
  ['ISO3166-1-alpha2', 'an ISO 3166-1 alpha-2 country code'],
  ['UNTDID4461', 'a UNTDID 4461 code'],
  ['UNTDID5305', 'a UNTDID 5305 VAT category code allowed by EN 16931'],
  ['UNTDID5189', 'a UNTDID 5189 allowance reason code'],
  ['UNTDID7161', 'a UNTDID 7161 charge reason code'],
  ['VATEX', 'a VATEX exemption reason code'],
  ['UNECE-Rec20-Rec21', 'a UN/ECE Recommendation 20 or 21 unit code'],
  ['MIME-attachments', 'an allowed attachment mime code (pdf, png, jpeg, csv, xlsx, ods)'],
  ['EAS', 'an electronic address scheme (EAS) code'],
]);

/** What each rule checks, as named in its message (the value follows in quotes). */
const SUBJECTS: ReadonlyMap<string, Message> = new Map([
  ['BR-CL-01', msg`Document type code (BT-3)`],
  ['BR-CL-03', msg`Currency identifier of amount ${v('name()')} (BT-5 or BT-6)`],
  ['BR-CL-04', msg`Currency code (BT-5)`],
  ['BR-CL-05', msg`VAT accounting currency code (BT-6)`],
  ['BR-CL-06', msg`Value added tax point date code (BT-8)`],
  ['BR-CL-07', msg`Scheme identifier of the invoiced object identifier (BT-18)`],
  ['BR-CL-10', msg`Scheme identifier of the party identifier (e.g. BT-29, BT-46, BT-60)`],
  ['BR-CL-11', msg`Scheme identifier of the legal registration identifier (e.g. BT-30, BT-47, BT-61)`],
  ['BR-CL-13', msg`Item classification list identifier (BT-158)`],
  ['BR-CL-14', msg`Country code (e.g. BT-40, BT-55, BT-69, BT-80)`],
  ['BR-CL-15', msg`Item country of origin (BT-159)`],
  ['BR-CL-16', msg`Payment means type code (BT-81)`],
  ['BR-CL-17', msg`VAT category code (BT-95, BT-102, BT-118)`],
  ['BR-CL-18', msg`Invoiced item VAT category code (BT-151)`],
  ['BR-CL-19', msg`Allowance reason code (BT-98, BT-140)`],
  ['BR-CL-20', msg`Charge reason code (BT-105, BT-145)`],
  ['BR-CL-21', msg`Scheme identifier of the item standard identifier (BT-157)`],
  ['BR-CL-22', msg`VAT exemption reason code (BT-121)`],
  ['BR-CL-23', msg`Unit of measure (BT-130, BT-150)`],
  ['BR-CL-24', msg`Mime code of the attached document (BT-125)`],
  ['BR-CL-25', msg`Scheme identifier of the electronic address (BT-34, BT-49)`],
  ['BR-CL-26', msg`Scheme identifier of the deliver to location identifier (BT-71)`],
]);

/** Variable name of a code list. */
function listVariable(list: string): string {
  return `cen-codes-${list}`;
}

function listTitle(list: string): string {
  const title = LIST_TITLES.get(list);
  if (title === undefined) throw new Error(`no title for code list ${list}`);
  return title;
}

/** A sequence literal of string codes, wrapped for readability. */
function sequenceLiteral(codes: readonly string[]): string {
  const lines: string[] = [];
  const perLine = 16;
  for (let i = 0; i < codes.length; i += perLine) {
    lines.push(codes.slice(i, i + perLine).map(xpathString).join(', '));
  }
  return `(${lines.join(',\n      ')})`;
}

function requireList(tables: CodeTables, list: string | undefined, id: string): string {
  if (list === undefined || tables.lists[list] === undefined) throw new Error(`${id}: unknown code list ${String(list)}`);
  return list;
}

function codeAssertion(rule: CodeRule, tables: CodeTables): Assertion {
  const subject = SUBJECTS.get(rule.id);
  if (subject === undefined) throw new Error(`no message subject for ${rule.id}`);
  const normalized = `normalize-space(${rule.value})`;
  const shown = msg`'${v(normalized)}'`;
  switch (rule.kind) {
    case undefined: {
      const list = requireList(tables, rule.list, rule.id);
      return {
        id: rule.id,
        flag: rule.flag,
        test: `${normalized} = $${listVariable(list)}`,
        message: [...subject, ' ', ...shown, ` is not ${listTitle(list)}`],
      };
    }
    case 'exact': {
      const list = requireList(tables, rule.list, rule.id);
      return {
        id: rule.id,
        flag: rule.flag,
        test: `${rule.value} = $${listVariable(list)}`,
        message: [...subject, ' ', ...msg`'${v(rule.value)}'`, ` is not ${listTitle(list)}`],
      };
    }
    case 'upper-case': {
      const list = requireList(tables, rule.list, rule.id);
      return {
        id: rule.id,
        flag: rule.flag,
        test: `upper-case(${normalized}) = $${listVariable(list)}`,
        message: [...subject, ' ', ...shown, ` is not ${listTitle(list)}`],
      };
    }
    case 'by-document-type': {
      const entries = Object.entries(rule.lists ?? {});
      if (entries.length === 0) throw new Error(`${rule.id}: no lists`);
      const test = entries
        .map(([element, list]) => `(self::${element} and ${normalized} = $${listVariable(requireList(tables, list, rule.id))})`)
        .join(' or ');
      const titles = entries.map(([element, list]) => `${listTitle(list)} for ${element}`).join(', or ');
      return { id: rule.id, flag: rule.flag, test, message: [...subject, ' ', ...shown, ` is not ${titles}`] };
    }
    case 'icd-or-sepa': {
      const list = requireList(tables, rule.list, rule.id);
      const extra = rule.extraCode;
      const ancestors = rule.extraCodeAncestors ?? [];
      if (extra === undefined || ancestors.length === 0) throw new Error(`${rule.id}: extra code and ancestors needed`);
      const inside = ancestors.map((a) => `ancestor::${a}`).join(' | ');
      return {
        id: rule.id,
        flag: rule.flag,
        test: `${normalized} = $${listVariable(list)} or (${normalized} eq ${xpathString(extra)} and exists(${inside}))`,
        message: [
          ...subject,
          ' ',
          ...shown,
          ` is not ${listTitle(list)} (${extra} is accepted only within ${ancestors.join(' or ')})`,
        ],
      };
    }
  }
}

function usedLists(rule: CodeRule): string[] {
  return rule.kind === 'by-document-type' ? Object.values(rule.lists ?? {}) : rule.list === undefined ? [] : [rule.list];
}

export function buildCodelistPattern(tables: CodeTables): Pattern {
  const listNames = [...new Set(tables.rules.flatMap(usedLists))].sort();
  const lets: Let[] = listNames.map((name) => {
    const codes = tables.lists[name];
    if (codes === undefined) throw new Error(`unknown code list ${name}`);
    return { name: listVariable(name), value: sequenceLiteral(codes) };
  });
  const rules: Rule[] = tables.rules.map((rule) => ({ context: rule.context, assertions: [codeAssertion(rule, tables)] }));
  return { id: 'Codesmodel', lets, rules };
}
