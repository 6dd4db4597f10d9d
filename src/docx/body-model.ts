/**
 * An in-memory paragraph/run/table model of a WordprocessingML body, with a parser from XML and
 * a serializer back to XML. The fake Word host edits this model; exportDocx writes it.
 */
import { escapeXml } from "../core/xml-escape";
import type { Alignment, LineSpacing } from "../core/model/document";
import { type ParaProps, type RunProps, parseParaProps, parseRunProps } from "./wordml";
import { NS, type XmlElement, isElement, isW, ptToTwips, serializeXml, wAttr, wChild, wNum } from "./xml";
import { PPR_ORDER, RPR_ORDER } from "./property-order";
import { linesToLineUnits, ptToHalfPoints } from "../core/rules/units";

export type { ParaProps, RunProps };

/**
 * Properties the model does not interpret (borders, tabs, caps, a section break…), kept as their XML so a
 * document written back holds everything that was inserted, as Word would.
 */
export interface KeptXml {
  keep?: string[];
}
export type NodeRunProps = RunProps & KeptXml;
export type NodeParaProps = ParaProps & KeptXml;

export interface RunNode {
  kind: "run";
  /** Text with "\t" for tabs and "\n" for line breaks. */
  text: string;
  props: NodeRunProps;
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
  props: NodeParaProps;
  inlines: InlineNode[];
}

export interface CellNode {
  blocks: BlockNode[];
  /** Width in twips when known. */
  width?: number;
  /** The cell's own w:tcPr as XML (width, borders, merges), when it had one. */
  tcPr?: string;
}

export interface TableNode {
  kind: "table";
  rows: { cells: CellNode[]; trPr?: string }[];
  /** Column widths in twips. */
  grid?: number[];
  /** The table's own w:tblPr as XML (borders, indent, layout, cell margins), when it had one. */
  tblPr?: string;
}

// The model owns some children of w:pPr and w:rPr and keeps the rest, in schema order (property-order.ts).
const OWNED_PPR = new Set(["pStyle", "numPr", "spacing", "ind", "jc"]);
const OWNED_RPR = new Set(["rStyle", "rFonts", "b", "bCs", "i", "iCs", "color", "sz", "szCs", "u"]);
const W_DECL = ` xmlns:w="${NS.w}"`;

/** XML of an element without the w namespace declaration the serializer repeats (the part's root has it). */
function elementXml(el: XmlElement): string {
  return serializeXml(el).split(W_DECL).join("");
}

/** XML of the children of a property element that the model does not own. */
function keptChildren(pr: XmlElement | undefined, owned: ReadonlySet<string>): string[] | undefined {
  const out: string[] = [];
  for (let c = pr?.firstChild; c; c = c.nextSibling) {
    if (isElement(c) && c.namespaceURI === NS.w && !owned.has(c.localName ?? "")) out.push(elementXml(c));
  }
  return out.length ? out : undefined;
}

function withKept<T extends object>(props: T, pr: XmlElement | undefined, owned: ReadonlySet<string>): T & KeptXml {
  const keep = keptChildren(pr, owned);
  return keep ? { ...props, keep } : props;
}

/** Joins generated and kept property children in schema order; "" when there are none. */
function propsXml(
  tag: "pPr" | "rPr",
  order: readonly string[],
  pieces: string[],
  kept: readonly string[] = [],
): string {
  if (pieces.length === 0 && kept.length === 0) return "";
  const rank = (xml: string) => {
    const i = order.indexOf(/^<w:([A-Za-z]+)/.exec(xml)?.[1] ?? "");
    return i < 0 ? order.length : i;
  };
  const all = [...pieces, ...kept].map((x, i) => ({ x, i, r: rank(x) }));
  all.sort((p, q) => p.r - q.r || p.i - q.i);
  return `<w:${tag}>${all.map((p) => p.x).join("")}</w:${tag}>`;
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
        const rPr = wChild(c, "rPr");
        const props = withKept(parseRunProps(rPr), rPr, OWNED_RPR);
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
  const pPr = wChild(p, "pPr");
  return { kind: "paragraph", props: withKept(parseParaProps(pPr), pPr, OWNED_PPR), inlines };
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
      const tcPr = wChild(tc, "tcPr");
      const w = wNum(wChild(tcPr, "tcW"), "w");
      if (w !== undefined) cell.width = w;
      if (tcPr) cell.tcPr = elementXml(tcPr);
      cells.push(cell);
    }
    const trPr = wChild(tr, "trPr");
    rows.push(trPr ? { cells, trPr: elementXml(trPr) } : { cells });
  }
  const t: TableNode = { kind: "table", rows };
  if (grid.length > 0) t.grid = grid;
  const tblPr = wChild(tbl, "tblPr");
  if (tblPr) t.tblPr = elementXml(tblPr);
  return t;
}

// ---- serialization ----

const JC_OUT: Record<Alignment, string> = { left: "left", centered: "center", right: "right", justified: "both" };

export function runPropsXml(p: NodeRunProps): string {
  const s: string[] = [];
  if (p.styleId) s.push(`<w:rStyle w:val="${escapeXml(p.styleId)}"/>`);
  if (p.font) {
    const f = escapeXml(p.font);
    s.push(`<w:rFonts w:ascii="${f}" w:hAnsi="${f}" w:eastAsia="${f}" w:cs="${f}"/>`);
  }
  if (p.bold !== undefined) s.push(`<w:b w:val="${p.bold ? 1 : 0}"/>`, `<w:bCs w:val="${p.bold ? 1 : 0}"/>`);
  if (p.italic !== undefined) s.push(`<w:i w:val="${p.italic ? 1 : 0}"/>`, `<w:iCs w:val="${p.italic ? 1 : 0}"/>`);
  if (p.color) s.push(`<w:color w:val="${escapeXml(p.color)}"/>`);
  if (p.size !== undefined) {
    const hp = ptToHalfPoints(p.size);
    s.push(`<w:sz w:val="${hp}"/>`, `<w:szCs w:val="${hp}"/>`);
  }
  if (p.underline !== undefined) s.push(`<w:u w:val="${p.underline ? "single" : "none"}"/>`);
  return propsXml("rPr", RPR_ORDER, s, p.keep);
}

function lineSpacingAttrs(l: LineSpacing): string {
  if (l.rule === "multiple") return ` w:line="${linesToLineUnits(l.value)}" w:lineRule="auto"`;
  return ` w:line="${ptToTwips(l.value)}" w:lineRule="${l.rule === "exact" ? "exact" : "atLeast"}"`;
}

export function paraPropsXml(p: NodeParaProps): string {
  const s: string[] = [];
  if (p.styleId) s.push(`<w:pStyle w:val="${escapeXml(p.styleId)}"/>`);
  if (p.numbering) {
    s.push(`<w:numPr><w:ilvl w:val="${p.numbering.level}"/><w:numId w:val="${p.numbering.numId}"/></w:numPr>`);
  }
  if (p.spaceBefore !== undefined || p.spaceAfter !== undefined || p.lineSpacing) {
    let sp = "<w:spacing";
    if (p.spaceBefore !== undefined) sp += ` w:before="${ptToTwips(p.spaceBefore)}"`;
    if (p.spaceAfter !== undefined) sp += ` w:after="${ptToTwips(p.spaceAfter)}"`;
    if (p.lineSpacing) sp += lineSpacingAttrs(p.lineSpacing);
    s.push(`${sp}/>`);
  }
  if (p.leftIndent !== undefined || p.rightIndent !== undefined || p.firstLineIndent !== undefined) {
    let ind = "<w:ind";
    if (p.leftIndent !== undefined) ind += ` w:left="${ptToTwips(p.leftIndent)}"`;
    if (p.rightIndent !== undefined) ind += ` w:right="${ptToTwips(p.rightIndent)}"`;
    if (p.firstLineIndent !== undefined) {
      ind +=
        p.firstLineIndent < 0
          ? ` w:hanging="${ptToTwips(-p.firstLineIndent)}"`
          : ` w:firstLine="${ptToTwips(p.firstLineIndent)}"`;
    }
    s.push(`${ind}/>`);
  }
  if (p.alignment) s.push(`<w:jc w:val="${JC_OUT[p.alignment]}"/>`);
  return propsXml("pPr", PPR_ORDER, s, p.keep);
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
  const tblPr = t.tblPr ?? `<w:tblPr><w:tblW w:w="0" w:type="auto"/><w:tblLayout w:type="fixed"/></w:tblPr>`;
  let s = `<w:tbl>${tblPr}<w:tblGrid>`;
  s += grid.map((w) => `<w:gridCol w:w="${w}"/>`).join("") + "</w:tblGrid>";
  for (const row of t.rows) {
    s += `<w:tr>${row.trPr ?? ""}`;
    row.cells.forEach((cell, i) => {
      const width = cell.width ?? grid[i] ?? grid[grid.length - 1];
      const blocks = blocksXml(cell.blocks);
      // A cell must end with a paragraph.
      const last = cell.blocks[cell.blocks.length - 1];
      const tail = last && last.kind === "paragraph" ? "" : "<w:p/>";
      const tcPr = cell.tcPr ?? `<w:tcPr><w:tcW w:w="${width}" w:type="dxa"/></w:tcPr>`;
      s += `<w:tc>${tcPr}${blocks}${tail}</w:tc>`;
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
