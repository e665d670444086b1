/**
 * Location paths for reports: `/Invoice[1]/cac:AccountingSupplierParty[1]/cbc:EndpointID[1]`,
 * the form the official validators report (each step with its 1-based position among
 * same-named siblings). UBL namespaces get their conventional prefixes (cac, cbc, ext) whatever
 * the document used; the document element is written without a prefix; other namespaces keep
 * the document's own prefix. An attribute ends the path as `/@name`.
 */
import type { XmlElement, XmlNode } from './tree.js';

/** Conventional prefixes by namespace URI (a null-prototype lookup: keys come from documents). */
const CONVENTIONAL: Readonly<Record<string, string>> = Object.assign(Object.create(null) as Record<string, string>, {
  'urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2': 'cac',
  'urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2': 'cbc',
  'urn:oasis:names:specification:ubl:schema:xsd:CommonExtensionComponents-2': 'ext',
  'urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-1': 'cac',
  'urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-1': 'cbc',
});

function stepName(el: XmlElement): string {
  if (el.parent.kind === 'document') return el.local;
  const p = CONVENTIONAL[el.ns] ?? el.prefix;
  return p === '' ? el.local : `${p}:${el.local}`;
}

function elementStep(el: XmlElement): string {
  let n = 1;
  const parent = el.parent;
  if (parent.kind === 'element') {
    for (const sib of parent.children) {
      if (sib === el) break;
      if (sib.kind === 'element' && sib.local === el.local && sib.ns === el.ns) n++;
    }
  }
  return `/${stepName(el)}[${n}]`;
}

/** The location path of a node. The document node is `/`. */
export function nodePath(node: XmlNode): string {
  switch (node.kind) {
    case 'document':
      return '/';
    case 'attribute':
      return `${nodePath(node.parent)}/@${node.prefix === '' ? node.local : `${node.prefix}:${node.local}`}`;
    case 'text': {
      let n = 1;
      for (const sib of node.parent.children) {
        if (sib === node) break;
        if (sib.kind === 'text') n++;
      }
      return `${nodePath(node.parent)}/text()[${n}]`;
    }
    case 'element': {
      const steps: string[] = [];
      let cur: XmlElement | null = node;
      while (cur !== null) {
        steps.push(elementStep(cur));
        cur = cur.parent.kind === 'element' ? cur.parent : null;
      }
      return steps.reverse().join('');
    }
  }
}
