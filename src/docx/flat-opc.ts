/**
 * Flat OPC (pkg:package) for Word's insertOoxml: a document part with the body XML and a styles
 * part whose defaults are Times New Roman 14 pt, so inserted text does not inherit odd defaults.
 */
import { NS, ROOT_NS_DECLS, type XmlElement, isElement, parseXml } from "./xml";
import { stylesXml } from "./package-writer";

const stripDecl = (xml: string): string => xml.replace(/^<\?xml[^>]*\?>\s*/, "");

export function toFlatOpc(bodyXml: string): string {
  const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  return (
    `<pkg:package xmlns:pkg="${NS.pkg}">` +
    `<pkg:part pkg:name="/_rels/.rels" pkg:contentType="application/vnd.openxmlformats-package.relationships+xml">` +
    `<pkg:xmlData><Relationships xmlns="${NS.rels}">` +
    `<Relationship Id="rId1" Type="${REL}/officeDocument" Target="word/document.xml"/>` +
    `</Relationships></pkg:xmlData></pkg:part>` +
    `<pkg:part pkg:name="/word/_rels/document.xml.rels" pkg:contentType="application/vnd.openxmlformats-package.relationships+xml">` +
    `<pkg:xmlData><Relationships xmlns="${NS.rels}">` +
    `<Relationship Id="rIdStyles" Type="${REL}/styles" Target="styles.xml"/>` +
    `</Relationships></pkg:xmlData></pkg:part>` +
    `<pkg:part pkg:name="/word/document.xml" ` +
    `pkg:contentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml">` +
    `<pkg:xmlData><w:document ${ROOT_NS_DECLS}><w:body>${bodyXml}</w:body></w:document></pkg:xmlData></pkg:part>` +
    `<pkg:part pkg:name="/word/styles.xml" ` +
    `pkg:contentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml">` +
    `<pkg:xmlData>${stripDecl(stylesXml())}</pkg:xmlData></pkg:part>` +
    `</pkg:package>`
  );
}

/**
 * The w:body element of OOXML given to insertOoxml: a flat OPC package, a bare w:document, or a
 * fragment of body XML using the w: prefix without declarations.
 */
export function bodyFromOoxml(ooxml: string): XmlElement {
  const text = stripDecl(ooxml.trim());
  const wrapped = /^<(pkg:package|w:document)\b/.test(text)
    ? text
    : `<w:document ${ROOT_NS_DECLS}><w:body>${text}</w:body></w:document>`;
  const doc = parseXml(wrapped);
  const bodies = doc.getElementsByTagNameNS(NS.w, "body");
  const body = bodies.item(0);
  if (!isElement(body)) throw new Error("OOXML has no w:body");
  return body;
}
