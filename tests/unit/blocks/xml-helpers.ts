/** Test helpers: parse builder output with xmldom and read runs with their formatting. */
import { DOMParser } from "@xmldom/xmldom";
import type { Element as XmlElement } from "@xmldom/xmldom";
import { NS, ROOT_NS_DECLS } from "../../../src/docx/xml";

export function parseBody(bodyXml: string): XmlElement {
  const errors: string[] = [];
  const doc = new DOMParser({
    onError: (level, msg) => {
      if (level !== "warning") errors.push(msg);
    },
  }).parseFromString(`<w:document ${ROOT_NS_DECLS}><w:body>${bodyXml}</w:body></w:document>`, "text/xml");
  if (errors.length > 0) throw new Error(errors.join("\n"));
  return doc.documentElement as XmlElement;
}

const attr = (el: XmlElement | undefined, name: string) => el?.getAttributeNS(NS.w, name) ?? undefined;
function child(el: XmlElement, local: string): XmlElement | undefined {
  for (let c = el.firstChild; c; c = c.nextSibling)
    if (c.nodeType === 1 && (c as XmlElement).localName === local) return c as XmlElement;
  return undefined;
}
const on = (el: XmlElement | undefined) => (el ? !["0", "false", "off"].includes(attr(el, "val") ?? "") : false);

export interface RunInfo {
  text: string;
  font?: string;
  fontEastAsia?: string;
  size?: number;
  bold: boolean;
  italic: boolean;
  underline: boolean;
  color?: string;
}

export function runs(root: XmlElement): RunInfo[] {
  const out: RunInfo[] = [];
  const list = root.getElementsByTagNameNS(NS.w, "r");
  for (let i = 0; i < list.length; i++) {
    const r = list[i];
    const rPr = child(r, "rPr");
    const fonts = rPr && child(rPr, "rFonts");
    const ts = r.getElementsByTagNameNS(NS.w, "t");
    let text = "";
    for (let j = 0; j < ts.length; j++) text += ts[j].textContent ?? "";
    const sz = rPr && child(rPr, "sz");
    const u = rPr && child(rPr, "u");
    out.push({
      text,
      font: attr(fonts, "ascii"),
      fontEastAsia: attr(fonts, "eastAsia"),
      size: sz ? Number(attr(sz, "val")) / 2 : undefined,
      bold: on(rPr && child(rPr, "b")),
      italic: on(rPr && child(rPr, "i")),
      underline: !!u && attr(u, "val") !== "none",
      color: attr(rPr && child(rPr, "color"), "val"),
    });
  }
  return out;
}

/** Paragraph texts in document order. */
export function paragraphs(root: XmlElement): string[] {
  const ps = root.getElementsByTagNameNS(NS.w, "p");
  const out: string[] = [];
  for (let i = 0; i < ps.length; i++) {
    const ts = ps[i].getElementsByTagNameNS(NS.w, "t");
    let s = "";
    for (let j = 0; j < ts.length; j++) s += ts[j].textContent ?? "";
    out.push(s);
  }
  return out;
}

export function runWithText(root: XmlElement, text: string): RunInfo {
  const r = runs(root).find((x) => x.text === text);
  if (!r) throw new Error(`No run with text ${JSON.stringify(text)}`);
  return r;
}
