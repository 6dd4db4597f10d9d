/**
 * Small XML helpers over @xmldom/xmldom (works in Node and in the browser bundle).
 * WordprocessingML is matched by namespace URI + local name, so any prefix a producer chose works.
 */
import { DOMParser, XMLSerializer } from "@xmldom/xmldom";
import type { Document as XmlDocument, Element as XmlElement, Node as XmlNode } from "@xmldom/xmldom";

export type { XmlDocument, XmlElement, XmlNode };

export const NS = {
  w: "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
  r: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  wp: "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
  a: "http://schemas.openxmlformats.org/drawingml/2006/main",
  pic: "http://schemas.openxmlformats.org/drawingml/2006/picture",
  mc: "http://schemas.openxmlformats.org/markup-compatibility/2006",
  w14: "http://schemas.microsoft.com/office/word/2010/wordml",
  pkg: "http://schemas.microsoft.com/office/2006/xmlPackage",
  rels: "http://schemas.openxmlformats.org/package/2006/relationships",
  xml: "http://www.w3.org/XML/1998/namespace",
} as const;

/** Namespace declarations for a root element that holds our body XML (w: prefix and friends). */
export const ROOT_NS_DECLS =
  `xmlns:w="${NS.w}" xmlns:r="${NS.r}" xmlns:wp="${NS.wp}" xmlns:a="${NS.a}" ` +
  `xmlns:pic="${NS.pic}" xmlns:mc="${NS.mc}" xmlns:w14="${NS.w14}" mc:Ignorable="w14"`;

export class XmlParseError extends Error {}

export function parseXml(xml: string): XmlDocument {
  const errors: string[] = [];
  const parser = new DOMParser({
    onError: (level, message) => {
      if (level !== "warning") errors.push(message);
    },
  });
  let doc: XmlDocument;
  try {
    doc = parser.parseFromString(xml, "text/xml");
  } catch (e) {
    throw new XmlParseError(e instanceof Error ? e.message : String(e));
  }
  if (errors.length > 0 || !doc.documentElement) throw new XmlParseError(errors[0] ?? "empty XML");
  return doc;
}

export function serializeXml(node: XmlNode): string {
  return new XMLSerializer().serializeToString(node);
}

export function isElement(n: XmlNode | null | undefined): n is XmlElement {
  return !!n && n.nodeType === 1;
}

/** True when the element is w:<local> (WordprocessingML namespace). */
export function isW(n: XmlNode | null | undefined, local: string): n is XmlElement {
  return isElement(n) && n.namespaceURI === NS.w && n.localName === local;
}

export function childElements(el: XmlElement): XmlElement[] {
  const out: XmlElement[] = [];
  for (let c = el.firstChild; c; c = c.nextSibling) if (isElement(c)) out.push(c);
  return out;
}

export function wChild(el: XmlElement | undefined, local: string): XmlElement | undefined {
  if (!el) return undefined;
  for (let c = el.firstChild; c; c = c.nextSibling) if (isW(c, local)) return c;
  return undefined;
}

export function wChildren(el: XmlElement, local: string): XmlElement[] {
  const out: XmlElement[] = [];
  for (let c = el.firstChild; c; c = c.nextSibling) if (isW(c, local)) out.push(c);
  return out;
}

/** The w:<name> attribute (namespaced, falling back to an unprefixed one). */
export function wAttr(el: XmlElement | undefined, name: string): string | undefined {
  if (!el) return undefined;
  const v = el.getAttributeNS(NS.w, name);
  if (v !== null && v !== "") return v;
  const plain = el.getAttribute(name);
  return plain === null || plain === "" ? undefined : plain;
}

/** Numeric w: attribute, undefined when absent or not a number. */
export function wNum(el: XmlElement | undefined, name: string): number | undefined {
  const v = wAttr(el, name);
  if (v === undefined) return undefined;
  const n = Number(v);
  return Number.isFinite(n) ? n : undefined;
}

/** An on/off property (w:b, w:i…): present means on unless w:val is false/0/off. */
export function onOff(el: XmlElement | undefined): boolean | undefined {
  if (!el) return undefined;
  const v = wAttr(el, "val");
  return v === undefined || !(v === "0" || v === "false" || v === "off");
}

export { ptToTwips, twipsToPt } from "../core/rules/units";
