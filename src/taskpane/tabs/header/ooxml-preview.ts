/**
 * A small WordprocessingML → HTML converter for the pane's live previews. It draws what the builders
 * produce (paragraphs, runs with bold/italic/underline/size, alignment, paragraph borders used as rules,
 * borderless tables) and nothing else, with widths as percentages of the page so it fits any pane. Every text
 * goes through escapeHtml.
 */
import { DOMParser } from "@xmldom/xmldom";
import { geometry, resolveMargins } from "../../../core/blocks";
import { escapeHtml } from "../../../core/xml-escape";
import { twipsToPt } from "../../../core/rules/units";

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

/** Text width of the builders' default page, for content outside a table. */
const PAGE_TEXT_TWIPS = geometry(resolveMargins({})).textWidth;

/** That width in ems of the 14 pt body the run sizes are relative to (a font size of width / this fits a line). */
export const PAGE_TEXT_EMS = twipsToPt(PAGE_TEXT_TWIPS) / 14;

const twipsOf = (v: string | undefined): number => (v && /^-?\d+$/.test(v) ? Number(v) : 0);

/** A length in twips as a percentage of the box it sits in, so the preview scales with the pane. */
const pct = (twips: number, boxTwips: number): string => `${((Math.max(0, twips) / boxTwips) * 100).toFixed(2)}%`;

function paragraphHtml(p: XmlElement, boxTwips: number): string {
  const pPr = child(p, "pPr");
  const styles = ["margin:0"];
  const jc = wAttr(child(pPr, "jc"), "val");
  if (jc && ALIGN[jc]) styles.push(`text-align:${ALIGN[jc]}`);
  const ind = child(pPr, "ind");
  const left = twipsOf(wAttr(ind, "left") ?? wAttr(ind, "start"));
  const right = twipsOf(wAttr(ind, "right") ?? wAttr(ind, "end"));
  if (left > 0) styles.push(`margin-left:${pct(left, boxTwips)}`);
  if (right > 0) styles.push(`margin-right:${pct(right, boxTwips)}`);
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
  // A bottom border is how builders draw the rules under the agency, tiêu ngữ and trích yếu: the rule runs
  // between the paragraph's indents, as in Word, so its length in the preview is the one the builder chose.
  const bottom = child(child(pPr, "pBdr"), "bottom");
  if (bottom && wAttr(bottom, "val") !== "nil" && wAttr(bottom, "val") !== "none") {
    if (!inner)
      return `<div data-rule="1" style="${styles.join(";")};margin-top:1pt;border-top:1px solid currentColor"></div>`;
    styles.push("border-bottom:1px solid currentColor");
  }
  return `<p style="${styles.join(";")}">${inner || "&nbsp;"}</p>`;
}

function blockHtml(el: XmlElement, boxTwips: number): string {
  let html = "";
  for (const c of children(el)) {
    if (c.localName === "p") html += paragraphHtml(c, boxTwips);
    else if (c.localName === "tbl") html += tableHtml(c, boxTwips);
    else if (c.localName === "sdt") html += blockHtml(child(c, "sdtContent") ?? c, boxTwips);
  }
  return html;
}

function tableHtml(tbl: XmlElement, boxTwips: number): string {
  const grid = children(child(tbl, "tblGrid") ?? tbl, "gridCol").map((g) => twipsOf(wAttr(g, "w")));
  const total = grid.reduce((a, b) => a + b, 0) || boxTwips;
  const cols = grid.length
    ? `<colgroup>${grid.map((w) => `<col style="width:${pct(w, total)}">`).join("")}</colgroup>`
    : "";
  const rows = children(tbl, "tr")
    .map((tr) => {
      const cells = children(tr, "tc")
        .map((tc) => {
          const tcPr = child(tc, "tcPr");
          const span = wAttr(child(tcPr, "gridSpan"), "val");
          const colspan = span && /^\d+$/.test(span) ? ` colspan="${span}"` : "";
          const width = twipsOf(wAttr(child(tcPr, "tcW"), "w")) || total / Math.max(1, grid.length);
          return `<td${colspan} style="vertical-align:top;padding:0">${blockHtml(tc, width)}</td>`;
        })
        .join("");
      return `<tr>${cells}</tr>`;
    })
    .join("");
  const width = pct(Math.min(total, boxTwips), boxTwips);
  return `<table style="width:${width};table-layout:fixed;border-collapse:collapse">${cols}<tbody>${rows}</tbody></table>`;
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
  return body ? blockHtml(body, PAGE_TEXT_TWIPS) : "";
}
