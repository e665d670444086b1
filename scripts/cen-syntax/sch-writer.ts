/**
 * A tiny typed model of the Schematron we generate (pattern > let / rule > let / assert) and its
 * serializer. All text goes through one escaper; output is deterministic (fixed indentation, LF).
 */

export type Flag = 'fatal' | 'warning' | 'information';

/** A message is text mixed with `sch:value-of` expressions. */
export type MessagePart = string | { readonly valueOf: string };
export type Message = readonly MessagePart[];

export interface Let {
  readonly name: string;
  readonly value: string;
}

export interface Assertion {
  readonly id: string;
  readonly flag: Flag;
  readonly test: string;
  readonly message: Message;
}

export interface Rule {
  readonly context: string;
  readonly lets?: readonly Let[];
  readonly assertions: readonly Assertion[];
  /** Optional comment written before the rule. */
  readonly comment?: string;
}

export interface Pattern {
  readonly id: string;
  readonly lets?: readonly Let[];
  readonly rules: readonly Rule[];
}

/** Tagged template for messages: `msg\`Found ${v('count(x)')} items\`` (v marks an expression). */
export function msg(strings: TemplateStringsArray, ...values: readonly MessagePart[]): Message {
  const parts: MessagePart[] = [];
  strings.forEach((text, i) => {
    if (text !== '') parts.push(text);
    const value = values[i];
    if (value !== undefined) parts.push(value);
  });
  return parts;
}

/** Marks an XPath expression whose value is shown in a message. */
export function v(expression: string): MessagePart {
  return { valueOf: expression };
}

/** Quotes a string as an XPath 2.0 string literal. */
export function xpathString(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}

const NCNAME = /^[A-Za-z_][A-Za-z0-9._-]*$/;

function escapeText(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

function escapeAttribute(text: string): string {
  // Line breaks are written as they are: attribute-value normalization turns them into spaces,
  // which is all an XPath expression needs (long code lists are wrapped for readability).
  return escapeText(text).replaceAll('"', '&quot;').replaceAll('\t', '&#9;');
}

function attribute(name: string, value: string): string {
  return ` ${name}="${escapeAttribute(value)}"`;
}

function writeLet(out: string[], indent: string, item: Let): void {
  if (!NCNAME.test(item.name)) throw new Error(`invalid variable name: ${item.name}`);
  out.push(`${indent}<sch:let${attribute('name', item.name)}${attribute('value', item.value)}/>`);
}

function writeMessage(message: Message): string {
  if (message.length === 0) throw new Error('empty message');
  return message
    .map((part) => (typeof part === 'string' ? escapeText(part) : `<sch:value-of${attribute('select', part.valueOf)}/>`))
    .join('');
}

/** Serializes a pattern as a standalone file whose root element is `sch:pattern`. */
export function writePattern(pattern: Pattern, headComment: string): string {
  const out: string[] = ['<?xml version="1.0" encoding="UTF-8"?>'];
  if (headComment.includes('--')) throw new Error('comment must not contain --');
  out.push(`<!-- ${headComment} -->`);
  out.push(`<sch:pattern xmlns:sch="http://purl.oclc.org/dsdl/schematron"${attribute('id', pattern.id)}>`);
  for (const item of pattern.lets ?? []) writeLet(out, '  ', item);
  for (const rule of pattern.rules) {
    if (rule.comment !== undefined) {
      if (rule.comment.includes('--')) throw new Error('comment must not contain --');
      out.push(`  <!-- ${rule.comment} -->`);
    }
    out.push(`  <sch:rule${attribute('context', rule.context)}>`);
    for (const item of rule.lets ?? []) writeLet(out, '    ', item);
    for (const a of rule.assertions) {
      out.push(
        `    <sch:assert${attribute('id', a.id)}${attribute('flag', a.flag)}${attribute('test', a.test)}>${writeMessage(a.message)}</sch:assert>`,
      );
    }
    out.push('  </sch:rule>');
  }
  out.push('</sch:pattern>');
  return `${out.join('\n')}\n`;
}
