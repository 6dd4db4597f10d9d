/**
 * WordprocessingML primitives for the block builders: every run gets Times New Roman, its size and
 * black colour directly, so the output looks the same whatever styles the target document has.
 */
import { FONT, linesToLineUnits, ptToHalfPoints, ptToTwips, type ComponentFormat } from "../rules";
import { escapeXml } from "../xml-escape";

export type Align = ComponentFormat["align"];

export interface RunFormat {
  size: number;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
}

/** The run format a rules component prescribes, at its default size. */
export function fmt(c: Pick<ComponentFormat, "size" | "bold" | "italic"> & { underline?: boolean }): RunFormat {
  return { size: c.size.default, bold: c.bold, italic: c.italic, underline: c.underline };
}

const JC: Record<Align, string> = { left: "left", centered: "center", right: "right", justified: "both" };

export function rPr(f: RunFormat): string {
  const sz = ptToHalfPoints(f.size);
  return (
    "<w:rPr>" +
    `<w:rFonts w:ascii="${FONT.name}" w:hAnsi="${FONT.name}" w:cs="${FONT.name}" w:eastAsia="${FONT.name}"/>` +
    (f.bold ? "<w:b/><w:bCs/>" : '<w:b w:val="0"/><w:bCs w:val="0"/>') +
    (f.italic ? "<w:i/><w:iCs/>" : '<w:i w:val="0"/><w:iCs w:val="0"/>') +
    `<w:color w:val="${FONT.color}"/>` +
    `<w:sz w:val="${sz}"/><w:szCs w:val="${sz}"/>` +
    (f.underline ? '<w:u w:val="single"/>' : "") +
    "</w:rPr>"
  );
}

/** One run of escaped text: "\n" becomes w:br, a tab a space, CR and other control characters are dropped. */
export function run(text: string, f: RunFormat): string {
  const clean = text.replace(/\r\n?/g, "\n").replace(/\t/g, " ");
  const parts = clean.split("\n").map((t) => `<w:t xml:space="preserve">${escapeXml(t)}</w:t>`);
  return `<w:r>${rPr(f)}${parts.join("<w:br/>")}</w:r>`;
}

export interface ParaOptions {
  align?: Align;
  /** Twips. */
  left?: number;
  right?: number;
  firstLine?: number;
  hanging?: number;
  /** Points. */
  before?: number;
  after?: number;
  /** Multiple of single line spacing. */
  line?: number;
  /** Exact line height in points (used by the thin rule paragraphs). */
  exactLine?: number;
  /** Bottom border: the rule under header lines. */
  bottomBorder?: boolean;
  keepNext?: boolean;
}

export function pPr(o: ParaOptions, markFormat?: RunFormat): string {
  let s = "<w:pPr>";
  if (o.keepNext) s += "<w:keepNext/>";
  if (o.bottomBorder) s += '<w:pBdr><w:bottom w:val="single" w:sz="6" w:space="0" w:color="000000"/></w:pBdr>';
  const before = ptToTwips(o.before ?? 0);
  const after = ptToTwips(o.after ?? 0);
  const line =
    o.exactLine !== undefined
      ? ` w:line="${ptToTwips(o.exactLine)}" w:lineRule="exact"`
      : ` w:line="${linesToLineUnits(o.line ?? 1)}" w:lineRule="auto"`;
  s += `<w:spacing w:before="${before}" w:after="${after}"${line}/>`;
  if (o.left || o.right || o.firstLine || o.hanging) {
    s += "<w:ind";
    s += ` w:left="${o.left ?? 0}" w:right="${o.right ?? 0}"`;
    if (o.hanging) s += ` w:hanging="${o.hanging}"`;
    else if (o.firstLine) s += ` w:firstLine="${o.firstLine}"`;
    s += "/>";
  }
  s += `<w:jc w:val="${JC[o.align ?? "left"]}"/>`;
  if (markFormat) s += rPr(markFormat);
  s += "</w:pPr>";
  return s;
}

/** A paragraph of runs; the paragraph mark carries the first run's format so empty lines keep the size. */
export function para(runs: { text: string; f: RunFormat }[], o: ParaOptions = {}): string {
  const mark = runs[0]?.f;
  return `<w:p>${pPr(o, mark)}${runs.map((r) => run(r.text, r.f)).join("")}</w:p>`;
}

export function p1(text: string, f: RunFormat, o: ParaOptions = {}): string {
  return text === "" ? emptyPara(f, o) : para([{ text, f }], o);
}

/** An empty paragraph whose mark has the given size (Word sizes empty lines by their mark). */
export function emptyPara(f: RunFormat, o: ParaOptions = {}): string {
  return `<w:p>${pPr(o, f)}</w:p>`;
}

/**
 * A thin paragraph that only draws a rule: a bottom border between indents that leave `ruleTwips` in the
 * middle of `widthTwips`. Word and LibreOffice both draw paragraph borders between the indents.
 */
export function ruleParagraph(widthTwips: number, ruleTwips: number, f: RunFormat): string {
  const side = Math.max(0, Math.round((widthTwips - ruleTwips) / 2));
  return emptyPara(
    { ...f, size: 2 },
    { left: side, right: side, exactLine: 2, bottomBorder: true, before: 3, after: 0 },
  );
}

export interface Cell {
  widthTwips: number;
  content: string;
}

/** A borderless fixed-layout table with explicit grid widths and zero side cell margins. */
export function borderlessTable(rows: Cell[][], opts: { indentTwips?: number } = {}): string {
  const grid = rows[0].map((c) => c.widthTwips);
  const total = grid.reduce((a, b) => a + b, 0);
  const none = ["top", "left", "bottom", "right", "insideH", "insideV"].map((s) => `<w:${s} w:val="nil"/>`).join("");
  const tblPr =
    "<w:tblPr>" +
    `<w:tblW w:w="${total}" w:type="dxa"/>` +
    (opts.indentTwips ? `<w:tblInd w:w="${opts.indentTwips}" w:type="dxa"/>` : "") +
    `<w:tblBorders>${none}</w:tblBorders>` +
    '<w:tblLayout w:type="fixed"/>' +
    '<w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="0" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="0" w:type="dxa"/></w:tblCellMar>' +
    '<w:tblLook w:val="0000" w:firstRow="0" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="1" w:noVBand="1"/>' +
    "</w:tblPr>";
  const tblGrid = `<w:tblGrid>${grid.map((w) => `<w:gridCol w:w="${w}"/>`).join("")}</w:tblGrid>`;
  const trs = rows
    .map(
      (row) =>
        "<w:tr><w:trPr><w:cantSplit/></w:trPr>" +
        row
          .map(
            (c) => `<w:tc><w:tcPr><w:tcW w:w="${c.widthTwips}" w:type="dxa"/></w:tcPr>${c.content || "<w:p/>"}</w:tc>`,
          )
          .join("") +
        "</w:tr>",
    )
    .join("");
  return `<w:tbl>${tblPr}${tblGrid}${trs}</w:tbl>`;
}

/** A one-cell bordered box of a fixed size (dấu độ khẩn, độ mật, phạm vi lưu hành). */
export function boxTable(widthTwips: number, heightTwips: number, content: string): string {
  const b = ["top", "left", "bottom", "right"]
    .map((s) => `<w:${s} w:val="single" w:sz="8" w:space="0" w:color="000000"/>`)
    .join("");
  return (
    "<w:tbl><w:tblPr>" +
    `<w:tblW w:w="${widthTwips}" w:type="dxa"/><w:tblBorders>${b}</w:tblBorders><w:tblLayout w:type="fixed"/>` +
    '<w:tblCellMar><w:left w:w="0" w:type="dxa"/><w:right w:w="0" w:type="dxa"/></w:tblCellMar>' +
    `</w:tblPr><w:tblGrid><w:gridCol w:w="${widthTwips}"/></w:tblGrid>` +
    `<w:tr><w:trPr><w:trHeight w:val="${heightTwips}" w:hRule="exact"/></w:trPr>` +
    `<w:tc><w:tcPr><w:tcW w:w="${widthTwips}" w:type="dxa"/><w:vAlign w:val="center"/></w:tcPr>${content}</w:tc></w:tr></w:tbl>`
  );
}
