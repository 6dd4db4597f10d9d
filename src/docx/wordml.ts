/**
 * Reading WordprocessingML structure: paragraph order, run text, paragraph and run properties.
 * Shared by the .docx reader, the .docx editor and the fake Word host, so all three agree on
 * paragraph indexes and character offsets.
 */
import type { Alignment, LineSpacing } from "../core/model/document";
import { type XmlElement, type XmlNode, isElement, onOff, twipsToPt, wAttr, wChild, wNum } from "./xml";
import { halfPointsToPt, lineUnitsToLines } from "../core/rules/units";

/** Direct run formatting as WordprocessingML states it (sizes in points). */
export interface RunProps {
  font?: string;
  size?: number;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  /** Upper-case hex without '#', or "auto". */
  color?: string;
  /** w:caps: shown in capitals. */
  caps?: boolean;
  styleId?: string;
}

export interface ParaProps {
  styleId?: string;
  alignment?: Alignment;
  /** Points; negative for a hanging indent. */
  firstLineIndent?: number;
  leftIndent?: number;
  rightIndent?: number;
  spaceBefore?: number;
  spaceAfter?: number;
  lineSpacing?: LineSpacing;
  numbering?: { numId: number; level: number };
}

// Containers whose children are still part of the same paragraph (or body) flow.
const INLINE_WRAPPERS = new Set(["hyperlink", "ins", "smartTag", "customXml", "fldSimple", "dir", "bdo", "moveTo"]);
const BLOCK_WRAPPERS = new Set(["customXml", "ins", "moveTo"]);

/** Paragraphs under a body/cell/header container in document order, table cells and nested tables included. */
export function listParagraphs(container: XmlElement): XmlElement[] {
  const out: XmlElement[] = [];
  // Iterative walk: linear, and no recursion limit on deeply nested tables.
  const stack: XmlNode[] = [];
  for (let c = container.lastChild; c; c = c.previousSibling) stack.push(c);
  while (stack.length > 0) {
    const n = stack.pop();
    if (!isElement(n) || n.namespaceURI !== "http://schemas.openxmlformats.org/wordprocessingml/2006/main") continue;
    const name = n.localName ?? "";
    if (name === "p") {
      out.push(n);
      continue;
    }
    if (name === "tbl" || name === "tr" || name === "tc" || name === "sdt" || name === "sdtContent") {
      for (let c = n.lastChild; c; c = c.previousSibling) stack.push(c);
    } else if (BLOCK_WRAPPERS.has(name)) {
      for (let c = n.lastChild; c; c = c.previousSibling) stack.push(c);
    }
  }
  return out;
}

/** A piece of a run's text: a w:t (editable), or a w:tab / w:br / w:cr standing for one character. */
export interface TextSegment {
  node: XmlElement;
  run: XmlElement;
  text: string;
  kind: "t" | "tab" | "break";
  /** The inline content control (w:sdt) the run is in, if any. */
  control?: XmlElement;
}

function runSegments(run: XmlElement, control: XmlElement | undefined, out: TextSegment[]): void {
  for (let c = run.firstChild; c; c = c.nextSibling) {
    if (!isElement(c) || c.namespaceURI !== "http://schemas.openxmlformats.org/wordprocessingml/2006/main") continue;
    switch (c.localName) {
      case "t":
        out.push({ node: c, run, text: c.textContent ?? "", kind: "t", control });
        break;
      case "tab":
        out.push({ node: c, run, text: "\t", kind: "tab", control });
        break;
      case "br": {
        // Page and column breaks are layout, not text; a text-wrapping break is a line break.
        const type = wAttr(c, "type");
        if (type === undefined || type === "textWrapping")
          out.push({ node: c, run, text: "\n", kind: "break", control });
        break;
      }
      case "cr":
        out.push({ node: c, run, text: "\n", kind: "break", control });
        break;
      case "noBreakHyphen":
        out.push({ node: c, run, text: "\u2011", kind: "break", control });
        break;
      default:
        break;
    }
  }
}

/** The runs of a paragraph in order, descending into hyperlinks, insertions and inline content controls. */
export function paragraphRuns(p: XmlElement): { run: XmlElement; control?: XmlElement }[] {
  const out: { run: XmlElement; control?: XmlElement }[] = [];
  const stack: { node: XmlNode; control?: XmlElement }[] = [];
  for (let c = p.lastChild; c; c = c.previousSibling) stack.push({ node: c });
  while (stack.length > 0) {
    const item = stack.pop();
    if (!item) break;
    const n = item.node;
    if (!isElement(n) || n.namespaceURI !== "http://schemas.openxmlformats.org/wordprocessingml/2006/main") continue;
    const name = n.localName ?? "";
    if (name === "r") out.push({ run: n, control: item.control });
    else if (name === "sdt") {
      const content = wChild(n, "sdtContent");
      if (content) for (let c = content.lastChild; c; c = c.previousSibling) stack.push({ node: c, control: n });
    } else if (INLINE_WRAPPERS.has(name)) {
      for (let c = n.lastChild; c; c = c.previousSibling) stack.push({ node: c, control: item.control });
    }
    // w:del, w:moveFrom, w:pPr, bookmarks, proofing marks: no visible text.
  }
  return out;
}

export function paragraphSegments(p: XmlElement): TextSegment[] {
  const out: TextSegment[] = [];
  for (const { run, control } of paragraphRuns(p)) runSegments(run, control, out);
  return out;
}

export function paragraphText(p: XmlElement): string {
  let s = "";
  for (const seg of paragraphSegments(p)) s += seg.text;
  return s;
}

const JC: Record<string, Alignment> = {
  left: "left",
  start: "left",
  center: "centered",
  right: "right",
  end: "right",
  both: "justified",
  distribute: "justified",
};

export function parseRunProps(rPr: XmlElement | undefined): RunProps {
  const out: RunProps = {};
  if (!rPr) return out;
  const fonts = wChild(rPr, "rFonts");
  const font = wAttr(fonts, "ascii") ?? wAttr(fonts, "hAnsi") ?? wAttr(fonts, "cs");
  if (font) out.font = font;
  const sz = wNum(wChild(rPr, "sz"), "val");
  if (sz !== undefined) out.size = halfPointsToPt(sz);
  const b = onOff(wChild(rPr, "b"));
  if (b !== undefined) out.bold = b;
  const i = onOff(wChild(rPr, "i"));
  if (i !== undefined) out.italic = i;
  const u = wChild(rPr, "u");
  if (u) out.underline = (wAttr(u, "val") ?? "single") !== "none";
  const color = wAttr(wChild(rPr, "color"), "val");
  if (color) out.color = color === "auto" ? "auto" : color.toUpperCase();
  const caps = onOff(wChild(rPr, "caps"));
  if (caps !== undefined) out.caps = caps;
  const rStyle = wAttr(wChild(rPr, "rStyle"), "val");
  if (rStyle) out.styleId = rStyle;
  return out;
}

export function parseParaProps(pPr: XmlElement | undefined): ParaProps {
  const out: ParaProps = {};
  if (!pPr) return out;
  const style = wAttr(wChild(pPr, "pStyle"), "val");
  if (style) out.styleId = style;
  const jc = wAttr(wChild(pPr, "jc"), "val");
  if (jc && JC[jc]) out.alignment = JC[jc];
  const ind = wChild(pPr, "ind");
  if (ind) {
    const left = wNum(ind, "left") ?? wNum(ind, "start");
    if (left !== undefined) out.leftIndent = twipsToPt(left);
    const right = wNum(ind, "right") ?? wNum(ind, "end");
    if (right !== undefined) out.rightIndent = twipsToPt(right);
    const hanging = wNum(ind, "hanging");
    const first = wNum(ind, "firstLine");
    if (hanging !== undefined) out.firstLineIndent = -twipsToPt(hanging);
    else if (first !== undefined) out.firstLineIndent = twipsToPt(first);
  }
  const sp = wChild(pPr, "spacing");
  if (sp) {
    const before = wNum(sp, "before");
    if (before !== undefined) out.spaceBefore = twipsToPt(before);
    const after = wNum(sp, "after");
    if (after !== undefined) out.spaceAfter = twipsToPt(after);
    const line = wNum(sp, "line");
    if (line !== undefined) {
      const rule = wAttr(sp, "lineRule") ?? "auto";
      out.lineSpacing =
        rule === "auto"
          ? { rule: "multiple", value: Math.round(lineUnitsToLines(line) * 100) / 100 }
          : { rule: rule === "exact" ? "exact" : "atLeast", value: twipsToPt(line) };
    }
  }
  const numPr = wChild(pPr, "numPr");
  if (numPr) {
    const numId = wNum(wChild(numPr, "numId"), "val");
    const level = wNum(wChild(numPr, "ilvl"), "val") ?? 0;
    // numId 0 explicitly removes numbering.
    if (numId !== undefined && numId !== 0) out.numbering = { numId, level };
  }
  return out;
}
