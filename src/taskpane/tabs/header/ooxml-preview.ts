/**
 * A small WordprocessingML → HTML converter for the pane's live previews. It draws what the builders
 * produce (paragraphs, runs with bold/italic/underline/size, alignment, paragraph borders used as rules,
 * borderless tables) and nothing else. Every text goes through escapeHtml.
 */
import { DOMParser } from "@xmldom/xmldom";
import { escapeHtml } from "../../../core/xml-escape";

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

type XmlElement = {
  localName: string | null;
  namespaceURI: string | null;
  textContent: string | null;
  childNodes: ArrayLike<XmlNode>;
  getAttributeNS(ns: string, name: string): string | null;
  getAttribute(name: string): string | null;
};
type XmlNode = { nodeType: number; textContent: string | null } & Partial<XmlElement>;

function children(el: XmlElement, name?: string): XmlElement[] {
  const out: XmlElement[] = [];
  for (let i = 0; i < el.childNodes.length; i++) {
    const n = el.childNodes[i];
    if (n.nodeType === 1 && n.namespaceURI === W && (!name || n.localName === name)) out.push(n as XmlElement);
  }
  return out;
}

function child(el: XmlElement | undefined, name: string): XmlElement | undefined {
  return el ? children(el, name)[0] : undefined;
}

function wAttr(el: XmlElement | undefined, name: string): string | undefined {
  if (!el) return undefined;
  return el.getAttributeNS(W, name) ?? el.getAttribute(`w:${name}`) ?? undefined;
}

/** A toggle property (<w:b/>, <w:b w:val="0"/>). */
function toggle(rPr: XmlElement | undefined, name: string): boolean {
  const el = child(rPr, name);
  if (!el) return false;
  const v = wAttr(el, "val");
  return v === undefined || !["0", "false", "off", "none"].includes(v);
}

const ALIGN: Record<string, string> = { center: "center", right: "right", end: "right", both: "justify" };

function runHtml(r: XmlElement): string {
  const rPr = child(r, "rPr");
  let text = "";
  for (const c of children(r)) {
    if (c.localName === "t") text += escapeHtml(c.textContent ?? "");
    else if (c.localName === "tab") text += "&emsp;";
    else if (c.localName === "br") text += "<br>";
  }
  if (!text) return "";
  const styles: string[] = [];
  const sz = wAttr(child(rPr, "sz"), "val");
  // Sizes relative to the 14 pt body, so the container's font size scales the preview as a whole.
  if (sz && /^\d+$/.test(sz)) styles.push(`font-size:${(Number(sz) / 28).toFixed(3)}em`);
  if (toggle(rPr, "b")) styles.push("font-weight:bold");
  if (toggle(rPr, "i")) styles.push("font-style:italic");
  const u = wAttr(child(rPr, "u"), "val");
  if (u && u !== "none") styles.push("text-decoration:underline");
  if (toggle(rPr, "caps")) styles.push("text-transform:uppercase");
  return styles.length ? `<span style="${styles.join(";")}">${text}</span>` : text;
}

function paragraphHtml(p: XmlElement): string {
  const pPr = child(p, "pPr");
  const styles = ["margin:0"];
  const jc = wAttr(child(pPr, "jc"), "val");
  if (jc && ALIGN[jc]) styles.push(`text-align:${ALIGN[jc]}`);
  // A bottom border is how builders draw the short rules under the agency, tiêu ngữ and trích yếu.
  const bottom = child(child(pPr, "pBdr"), "bottom");
  const ind = child(pPr, "ind");
  const left = Number(wAttr(ind, "left") ?? wAttr(ind, "start") ?? 0);
  const right = Number(wAttr(ind, "right") ?? wAttr(ind, "end") ?? 0);
  let inner = "";
  const collect = (el: XmlElement) => {
    for (const c of children(el)) {
      if (c.localName === "r") inner += runHtml(c);
      else if (["hyperlink", "sdt", "sdtContent", "ins", "smartTag", "fldSimple"].includes(c.localName ?? "")) {
        collect(c);
      }
    }
  };
  collect(p);
  if (bottom && wAttr(bottom, "val") !== "nil" && wAttr(bottom, "val") !== "none") {
    const pad = `padding:0 ${Math.max(0, right) / 20}pt 0 ${Math.max(0, left) / 20}pt`;
    return `<p style="${styles.join(";")}" data-rule="1"><span style="${pad}">${inner || "&nbsp;"}</span></p><hr style="width:33%;margin:1pt auto;border:0;border-top:1px solid currentColor">`;
  }
  return `<p style="${styles.join(";")}">${inner || "&nbsp;"}</p>`;
}

function blockHtml(el: XmlElement): string {
  let html = "";
  for (const c of children(el)) {
    if (c.localName === "p") html += paragraphHtml(c);
    else if (c.localName === "tbl") html += tableHtml(c);
    else if (c.localName === "sdt") html += blockHtml(child(c, "sdtContent") ?? c);
  }
  return html;
}

function tableHtml(tbl: XmlElement): string {
  const rows = children(tbl, "tr")
    .map((tr) => {
      const cells = children(tr, "tc")
        .map((tc) => {
          const span = wAttr(child(child(tc, "tcPr"), "gridSpan"), "val");
          const colspan = span && /^\d+$/.test(span) ? ` colspan="${span}"` : "";
          return `<td${colspan} style="vertical-align:top;padding:0 4pt">${blockHtml(tc)}</td>`;
        })
        .join("");
      return `<tr>${cells}</tr>`;
    })
    .join("");
  return `<table style="width:100%;border-collapse:collapse"><tbody>${rows}</tbody></table>`;
}

/**
 * Converts body content (a sequence of w:p / w:tbl, or a whole w:document / flat OPC package) to HTML.
 * Returns an empty string for input that is not well-formed XML.
 */
export function ooxmlToHtml(xml: string): string {
  const wrapped =
    /<w:(document|body)\b/.test(xml) || /<pkg:package\b/.test(xml) ? xml : `<w:body xmlns:w="${W}">${xml}</w:body>`;
  let failed = false;
  const parser = new DOMParser({
    onError: (level: string) => {
      if (level !== "warning") failed = true;
    },
  });
  let doc: { getElementsByTagNameNS(ns: string, name: string): ArrayLike<XmlElement> };
  try {
    doc = parser.parseFromString(wrapped, "text/xml") as unknown as typeof doc;
  } catch {
    return "";
  }
  if (failed) return "";
  const body = doc.getElementsByTagNameNS(W, "body")[0];
  return body ? blockHtml(body) : "";
}
