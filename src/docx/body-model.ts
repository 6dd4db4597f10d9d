/**
 * An in-memory paragraph/run/table model of a WordprocessingML body, with a parser from XML and
 * a serializer back to XML. The fake Word host edits this model; exportDocx writes it.
 */
import { escapeXml } from "../core/xml-escape";
import type { Alignment, LineSpacing } from "../core/model/document";
import { type ParaProps, type RunProps, parseParaProps, parseRunProps } from "./wordml";
import { NS, type XmlElement, isElement, isW, ptToTwips, wAttr, wChild, wNum } from "./xml";

export type { ParaProps, RunProps };

export interface RunNode {
  kind: "run";
  /** Text with "\t" for tabs and "\n" for line breaks. */
  text: string;
  props: RunProps;
}

export interface ControlNode {
  kind: "control";
  id: number;
  tag?: string;
  title?: string;
  runs: RunNode[];
}

export type InlineNode = RunNode | ControlNode;

export interface ParagraphNode {
  kind: "paragraph";
  props: ParaProps;
  inlines: InlineNode[];
}

export interface CellNode {
  blocks: BlockNode[];
  /** Width in twips when known. */
  width?: number;
}

export interface TableNode {
  kind: "table";
  rows: { cells: CellNode[] }[];
  /** Column widths in twips. */
  grid?: number[];
}

export type BlockNode = ParagraphNode | TableNode;

let nextControlId = 1;
export const newControlId = (): number => nextControlId++;

function runText(r: XmlElement): string {
  let s = "";
  for (let c = r.firstChild; c; c = c.nextSibling) {
    if (!isElement(c) || c.namespaceURI !== NS.w) continue;
    if (c.localName === "t") s += c.textContent ?? "";
    else if (c.localName === "tab") s += "\t";
    else if (c.localName === "cr") s += "\n";
    else if (c.localName === "br") {
      const type = wAttr(c, "type");
      if (type === undefined || type === "textWrapping") s += "\n";
    }
  }
  return s;
}

function controlFrom(sdt: XmlElement): ControlNode {
  const sdtPr = wChild(sdt, "sdtPr");
  const node: ControlNode = { kind: "control", id: newControlId(), runs: [] };
  const tag = wAttr(wChild(sdtPr, "tag"), "val");
  const title = wAttr(wChild(sdtPr, "alias"), "val");
  if (tag !== undefined) node.tag = tag;
  if (title !== undefined) node.title = title;
  return node;
}

const INLINE_WRAPPERS = new Set(["hyperlink", "ins", "smartTag", "customXml", "fldSimple", "dir", "bdo", "moveTo"]);

export function parseParagraph(p: XmlElement): ParagraphNode {
  const inlines: InlineNode[] = [];
  const visit = (el: XmlElement, control: ControlNode | undefined): void => {
    for (let c = el.firstChild; c; c = c.nextSibling) {
      if (!isElement(c) || c.namespaceURI !== NS.w) continue;
      const name = c.localName ?? "";
      if (name === "r") {
        const props = parseRunProps(wChild(c, "rPr"));
        delete props.styleId;
        const rn: RunNode = { kind: "run", text: runText(c), props };
        if (control) control.runs.push(rn);
        else inlines.push(rn);
      } else if (name === "sdt" && !control) {
        const node = controlFrom(c);
        inlines.push(node);
        const content = wChild(c, "sdtContent");
        if (content) visit(content, node);
      } else if (name === "sdt") {
        const content = wChild(c, "sdtContent");
        if (content) visit(content, control);
      } else if (INLINE_WRAPPERS.has(name)) visit(c, control);
    }
  };
  visit(p, undefined);
  return { kind: "paragraph", props: parseParaProps(wChild(p, "pPr")), inlines };
}

/** Parses the blocks of a body, cell or sdtContent element. Unknown elements are dropped. */
export function parseBlocks(container: XmlElement): BlockNode[] {
  const out: BlockNode[] = [];
  for (let c = container.firstChild; c; c = c.nextSibling) {
    if (!isElement(c) || c.namespaceURI !== NS.w) continue;
    switch (c.localName) {
      case "p":
        out.push(parseParagraph(c));
        break;
      case "tbl":
        out.push(parseTable(c));
        break;
      case "sdt": {
        const content = wChild(c, "sdtContent");
        if (content) out.push(...parseBlocks(content));
        break;
      }
      case "customXml":
      case "ins":
        out.push(...parseBlocks(c));
        break;
      default:
        break;
    }
  }
  return out;
}

function parseTable(tbl: XmlElement): TableNode {
  const grid: number[] = [];
  const gridEl = wChild(tbl, "tblGrid");
  for (let g = gridEl?.firstChild; g; g = g.nextSibling) {
    if (isW(g, "gridCol")) grid.push(wNum(g, "w") ?? 0);
  }
  const rows: TableNode["rows"] = [];
  for (let tr = tbl.firstChild; tr; tr = tr.nextSibling) {
    if (!isW(tr, "tr")) continue;
    const cells: CellNode[] = [];
    for (let tc = tr.firstChild; tc; tc = tc.nextSibling) {
      if (!isW(tc, "tc")) continue;
      const cell: CellNode = { blocks: parseBlocks(tc) };
      const w = wNum(wChild(wChild(tc, "tcPr"), "tcW"), "w");
      if (w !== undefined) cell.width = w;
      cells.push(cell);
    }
    rows.push({ cells });
  }
  const t: TableNode = { kind: "table", rows };
  if (grid.length > 0) t.grid = grid;
  return t;
}

// ---- serialization ----

const JC_OUT: Record<Alignment, string> = { left: "left", centered: "center", right: "right", justified: "both" };

export function runPropsXml(p: RunProps): string {
  let s = "";
  if (p.styleId) s += `<w:rStyle w:val="${escapeXml(p.styleId)}"/>`;
  if (p.font) {
    const f = escapeXml(p.font);
    s += `<w:rFonts w:ascii="${f}" w:hAnsi="${f}" w:eastAsia="${f}" w:cs="${f}"/>`;
  }
  if (p.bold !== undefined) s += `<w:b w:val="${p.bold ? 1 : 0}"/><w:bCs w:val="${p.bold ? 1 : 0}"/>`;
  if (p.italic !== undefined) s += `<w:i w:val="${p.italic ? 1 : 0}"/><w:iCs w:val="${p.italic ? 1 : 0}"/>`;
  if (p.color) s += `<w:color w:val="${escapeXml(p.color)}"/>`;
  if (p.size !== undefined) {
    const hp = Math.round(p.size * 2);
    s += `<w:sz w:val="${hp}"/><w:szCs w:val="${hp}"/>`;
  }
  if (p.underline !== undefined) s += `<w:u w:val="${p.underline ? "single" : "none"}"/>`;
  return s === "" ? "" : `<w:rPr>${s}</w:rPr>`;
}

function lineSpacingAttrs(l: LineSpacing): string {
  if (l.rule === "multiple") return ` w:line="${Math.round(l.value * 240)}" w:lineRule="auto"`;
  return ` w:line="${ptToTwips(l.value)}" w:lineRule="${l.rule === "exact" ? "exact" : "atLeast"}"`;
}

export function paraPropsXml(p: ParaProps): string {
  let s = "";
  if (p.styleId) s += `<w:pStyle w:val="${escapeXml(p.styleId)}"/>`;
  if (p.numbering)
    s += `<w:numPr><w:ilvl w:val="${p.numbering.level}"/><w:numId w:val="${p.numbering.numId}"/></w:numPr>`;
  if (p.spaceBefore !== undefined || p.spaceAfter !== undefined || p.lineSpacing) {
    s += "<w:spacing";
    if (p.spaceBefore !== undefined) s += ` w:before="${ptToTwips(p.spaceBefore)}"`;
    if (p.spaceAfter !== undefined) s += ` w:after="${ptToTwips(p.spaceAfter)}"`;
    if (p.lineSpacing) s += lineSpacingAttrs(p.lineSpacing);
    s += "/>";
  }
  if (p.leftIndent !== undefined || p.firstLineIndent !== undefined) {
    s += "<w:ind";
    if (p.leftIndent !== undefined) s += ` w:left="${ptToTwips(p.leftIndent)}"`;
    if (p.firstLineIndent !== undefined) {
      s +=
        p.firstLineIndent < 0
          ? ` w:hanging="${ptToTwips(-p.firstLineIndent)}"`
          : ` w:firstLine="${ptToTwips(p.firstLineIndent)}"`;
    }
    s += "/>";
  }
  if (p.alignment) s += `<w:jc w:val="${JC_OUT[p.alignment]}"/>`;
  return s === "" ? "" : `<w:pPr>${s}</w:pPr>`;
}

function runXml(r: RunNode): string {
  if (r.text === "") return "";
  let content = "";
  for (const piece of r.text.split(/(\t|\n)/)) {
    if (piece === "\t") content += "<w:tab/>";
    else if (piece === "\n") content += "<w:br/>";
    else if (piece !== "") content += `<w:t xml:space="preserve">${escapeXml(piece)}</w:t>`;
  }
  return `<w:r>${runPropsXml(r.props)}${content}</w:r>`;
}

function controlXml(c: ControlNode): string {
  let pr = "";
  if (c.title !== undefined) pr += `<w:alias w:val="${escapeXml(c.title)}"/>`;
  if (c.tag !== undefined) pr += `<w:tag w:val="${escapeXml(c.tag)}"/>`;
  pr += `<w:id w:val="${c.id}"/>`;
  return `<w:sdt><w:sdtPr>${pr}</w:sdtPr><w:sdtContent>${c.runs.map(runXml).join("")}</w:sdtContent></w:sdt>`;
}

export function paragraphXml(p: ParagraphNode): string {
  const inner = p.inlines.map((i) => (i.kind === "run" ? runXml(i) : controlXml(i))).join("");
  return `<w:p>${paraPropsXml(p.props)}${inner}</w:p>`;
}

function tableXml(t: TableNode): string {
  const columns = Math.max(1, ...t.rows.map((r) => r.cells.length));
  const grid = t.grid ?? Array.from({ length: columns }, () => Math.round(9000 / columns));
  let s = `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/><w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid>`;
  s += grid.map((w) => `<w:gridCol w:w="${w}"/>`).join("") + "</w:tblGrid>";
  for (const row of t.rows) {
    s += "<w:tr>";
    row.cells.forEach((cell, i) => {
      const width = cell.width ?? grid[i] ?? grid[grid.length - 1];
      const blocks = blocksXml(cell.blocks);
      // A cell must end with a paragraph.
      const last = cell.blocks[cell.blocks.length - 1];
      const tail = last && last.kind === "paragraph" ? "" : "<w:p/>";
      s += `<w:tc><w:tcPr><w:tcW w:w="${width}" w:type="dxa"/></w:tcPr>${blocks}${tail}</w:tc>`;
    });
    s += "</w:tr>";
  }
  return s + "</w:tbl>";
}

export function blocksXml(blocks: readonly BlockNode[]): string {
  return blocks.map((b) => (b.kind === "paragraph" ? paragraphXml(b) : tableXml(b))).join("");
}

// ---- paragraph text helpers ----

export function inlineRuns(p: ParagraphNode): RunNode[] {
  const out: RunNode[] = [];
  for (const i of p.inlines) {
    if (i.kind === "run") out.push(i);
    else out.push(...i.runs);
  }
  return out;
}

export function paragraphNodeText(p: ParagraphNode): string {
  return inlineRuns(p)
    .map((r) => r.text)
    .join("");
}

/** Every paragraph in document order, table cells and nested tables included. */
export function flattenParagraphs(blocks: readonly BlockNode[]): ParagraphNode[] {
  const out: ParagraphNode[] = [];
  const visit = (bs: readonly BlockNode[]): void => {
    for (const b of bs) {
      if (b.kind === "paragraph") out.push(b);
      else for (const r of b.rows) for (const c of r.cells) visit(c.blocks);
    }
  };
  visit(blocks);
  return out;
}
