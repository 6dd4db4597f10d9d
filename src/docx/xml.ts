/**
 * Small XML helpers over @xmldom/xmldom (works in Node and in the browser bundle).
 * WordprocessingML is matched by namespace URI + local name, so any prefix a producer chose works.
 */
import { DOMParser, XMLSerializer } from "@xmldom/xmldom";
import type { Document as XmlDocument, Element as XmlElement, Node as XmlNode } from "@xmldom/xmldom";
import { FastXmlError, parseXmlFast, sourceOf } from "./fast-xml";

export { sourceOf };

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

/** How much structure a part may have before the DOM is built (xmldom holds every node in memory). */
export interface XmlLimits {
  /** Start tags in the part. */
  maxElements: number;
  /** Elements open at once; the body walkers recurse per level. */
  maxDepth: number;
}

/**
 * No real document comes near these (Word nests a table cell's paragraph about 7 levels below the body,
 * a text box about 20); a crafted part that does would otherwise overflow the stack of a recursive walk.
 */
export const DEFAULT_XML_LIMITS: XmlLimits = { maxElements: Number.POSITIVE_INFINITY, maxDepth: 256 };

export class XmlLimitError extends Error {
  constructor(
    readonly kind: "doctype" | "elements" | "depth",
    readonly limit: number,
  ) {
    super(kind === "doctype" ? "DOCTYPE or entity declaration" : `more than ${limit} ${kind}`);
  }
}

/**
 * One linear pass over the markup, before any DOM exists: refuses a DOCTYPE (entity expansion, external
 * entities; WordprocessingML never has one) and parts deeper or larger than the limits. Malformed markup
 * is left for the parser to report.
 */
export function checkXmlLimits(xml: string, limits: XmlLimits = DEFAULT_XML_LIMITS): void {
  const n = xml.length;
  let depth = 0;
  let elements = 0;
  let i = 0;
  // Index of the last character of `token` at or after `from`, or -1.
  const endOf = (token: string, from: number): number => {
    const k = xml.indexOf(token, from);
    return k < 0 ? -1 : k + token.length - 1;
  };
  for (;;) {
    i = xml.indexOf("<", i);
    if (i < 0) return;
    const next = xml.charCodeAt(i + 1);
    let end: number;
    if (next === 0x2f /* </ */) {
      depth--;
      end = endOf(">", i + 2);
    } else if (next === 0x3f /* <? */) {
      end = endOf("?>", i + 2);
    } else if (next === 0x21 /* <! */) {
      if (xml.startsWith("!--", i + 1)) end = endOf("-->", i + 4);
      else if (xml.startsWith("![CDATA[", i + 1)) end = endOf("]]>", i + 9);
      else throw new XmlLimitError("doctype", 0);
    } else {
      // A start tag: find its ">" outside quoted attribute values.
      let quote = 0;
      end = -1;
      for (let j = i + 1; j < n; j++) {
        const c = xml.charCodeAt(j);
        if (quote !== 0) {
          if (c === quote) quote = 0;
        } else if (c === 0x22 || c === 0x27) quote = c;
        else if (c === 0x3e) {
          end = j;
          break;
        }
      }
      if (end < 0) return;
      if (++elements > limits.maxElements) throw new XmlLimitError("elements", limits.maxElements);
      if (xml.charCodeAt(end - 1) !== 0x2f && ++depth > limits.maxDepth) {
        throw new XmlLimitError("depth", limits.maxDepth);
      }
    }
    if (end < 0) return;
    i = end + 1;
  }
}

/** Parses XML after checkXmlLimits (which throws XmlLimitError); malformed XML throws XmlParseError. */
export function parseXml(xml: string, limits: XmlLimits = DEFAULT_XML_LIMITS): XmlDocument {
  checkXmlLimits(xml, limits);
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

/**
 * Parses a part for reading only: a light read-only tree (fast-xml.ts) with the DOM members the readers use, many
 * times faster and smaller than the DOM on a long document. Never mutate or serialize what it returns.
 */
export function readXml(xml: string): XmlDocument {
  try {
    return parseXmlFast(xml) as unknown as XmlDocument;
  } catch (e) {
    if (e instanceof FastXmlError) throw new XmlParseError(e.message);
    throw e;
  }
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

export function wChild(el: XmlElement | undefined, local: string): XmlElement | undefined {
  if (!el) return undefined;
  for (let c = el.firstChild; c; c = c.nextSibling) if (isW(c, local)) return c;
  return undefined;
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
