/**
 * The fake document as simple HTML for the playground: paragraphs with their formatting, tables
 * without borders, content controls as spans with data-tag, and the selection in <mark> (unless the page
 * draws the selection itself: the playground's editable surface, while it has the focus).
 * Every piece of document text is escaped. A line break is a <br>; the <br> that only gives an empty
 * paragraph its height carries data-empty, so a caret layer can tell the two apart.
 */
import { escapeHtml } from "../../core/xml-escape";
import { twipsToPt } from "../../core/rules/units";
import type { BlockNode, ParagraphNode, RunNode } from "../../docx/body-model";
import type { FakeDocumentModel, SelectionInfo } from "./model";

const ALIGN_CSS = { left: "left", centered: "center", right: "right", justified: "justify" } as const;

/** An empty selection (the caret) is shown as an empty mark. */
const CARET = '<mark class="selection caret"></mark>';

function runStyle(r: RunNode): string {
  const css: string[] = [];
  if (r.props.bold) css.push("font-weight:bold");
  if (r.props.italic) css.push("font-style:italic");
  if (r.props.underline) css.push("text-decoration:underline");
  if (r.props.size !== undefined) css.push(`font-size:${r.props.size}pt`);
  if (r.props.font) css.push(`font-family:${escapeHtml(JSON.stringify(r.props.font))}`);
  if (r.props.color && /^[0-9A-F]{6}$/.test(r.props.color)) css.push(`color:#${r.props.color}`);
  return css.join(";");
}

function textHtml(text: string): string {
  return escapeHtml(text).replace(/\t/g, '<span class="tab">\t</span>').replace(/\n/g, "<br>");
}

/** The run's text with the selected part (absolute offsets selStart..selEnd) wrapped in <mark>. */
function runHtml(r: RunNode, offset: number, sel: [number, number] | undefined): string {
  const style = runStyle(r);
  const open = style ? `<span style="${style}">` : "<span>";
  const end = offset + r.text.length;
  if (sel && sel[0] === sel[1] && offset <= sel[0] && sel[0] < end) {
    const a = sel[0] - offset;
    return `${open}${textHtml(r.text.slice(0, a))}${CARET}${textHtml(r.text.slice(a))}</span>`;
  }
  if (!sel || sel[1] <= offset || sel[0] >= end || sel[0] === sel[1]) return `${open}${textHtml(r.text)}</span>`;
  const a = Math.max(sel[0], offset) - offset;
  const b = Math.min(sel[1], end) - offset;
  return (
    `${open}${textHtml(r.text.slice(0, a))}<mark class="selection">${textHtml(r.text.slice(a, b))}</mark>` +
    `${textHtml(r.text.slice(b))}</span>`
  );
}

function paragraphHtml(p: ParagraphNode, index: number, selection: SelectionInfo | null): string {
  const css: string[] = [`text-align:${ALIGN_CSS[p.props.alignment ?? "left"]}`, "margin:0"];
  if (p.props.firstLineIndent) css.push(`text-indent:${p.props.firstLineIndent}pt`);
  if (p.props.leftIndent) css.push(`margin-left:${p.props.leftIndent}pt`);
  if (p.props.rightIndent) css.push(`margin-right:${p.props.rightIndent}pt`);
  if (p.props.lineSpacing?.rule === "exact") css.push(`line-height:${p.props.lineSpacing.value}pt`);
  // The builders draw their rules as bottom borders (kept as XML by the model, not interpreted elsewhere).
  if (p.props.keep?.some((x) => x.startsWith("<w:pBdr") && /<w:bottom\b(?![^>]*w:val="(?:nil|none)")/.test(x))) {
    css.push("border-bottom:1px solid currentColor");
  }
  if (p.props.spaceBefore) css.push(`margin-top:${p.props.spaceBefore}pt`);
  if (p.props.spaceAfter) css.push(`margin-bottom:${p.props.spaceAfter}pt`);
  let sel: [number, number] | undefined;
  let caret = false;
  if (selection && index >= selection.paragraph && index <= selection.endParagraph) {
    const start = index === selection.paragraph ? selection.start : 0;
    const end = index === selection.endParagraph ? selection.end : Number.MAX_SAFE_INTEGER;
    sel = [start, end];
    caret = start === end;
  }
  const selected = sel && !caret ? " selected" : "";
  let html = `<p class="para${selected}" data-paragraph="${index}" style="${css.join(";")}">`;
  let offset = 0;
  for (const inline of p.inlines) {
    if (inline.kind === "run") {
      html += runHtml(inline, offset, sel);
      offset += inline.text.length;
    } else {
      html += `<span class="content-control" data-tag="${escapeHtml(inline.tag ?? "")}" title="${escapeHtml(inline.title ?? "")}">`;
      for (const r of inline.runs) {
        html += runHtml(r, offset, sel);
        offset += r.text.length;
      }
      html += "</span>";
    }
  }
  if (caret && sel && sel[0] >= offset) html += CARET;
  if (offset === 0) html += p.props.lineSpacing?.rule === "exact" ? "" : "<br data-empty>";
  return html + "</p>";
}

export interface RenderOptions {
  /** Draw the selection as <mark> elements (default true). */
  marks?: boolean;
}

export function renderToHtml(model: FakeDocumentModel, options: RenderOptions = {}): string {
  const selection = options.marks === false ? null : model.selection;
  let index = 0;
  const blocks = (list: readonly BlockNode[]): string =>
    list
      .map((b) => {
        if (b.kind === "paragraph") return paragraphHtml(b, index++, selection);
        // Column widths as the document gives them, in points.
        const cols = (b.grid ?? []).map((w) => `<col style="width:${twipsToPt(w)}pt">`).join("");
        const rows = b.rows
          .map(
            (r) =>
              `<tr>${r.cells.map((c) => `<td style="vertical-align:top;padding:0">${blocks(c.blocks)}</td>`).join("")}</tr>`,
          )
          .join("");
        return `<table class="doc-table" style="border-collapse:collapse;border:none;table-layout:fixed"><colgroup>${cols}</colgroup><tbody>${rows}</tbody></table>`;
      })
      .join("");
  return `<div class="document" style="font-family:'Times New Roman',serif;font-size:14pt">${blocks(model.blocks)}</div>`;
}
