import { mmToTwips } from "../../../src/core/rules/units";
import { escapeXml } from "../../../src/core/xml-escape";

/** A paragraph of body XML with one plain run per piece (tabs kept as w:tab). */
export function para(text: string, pPr = "", rPr = ""): string {
  const runs = text
    .split(/(\t)/)
    .filter((s) => s !== "")
    .map((s) =>
      s === "\t" ? `<w:r>${rPr}<w:tab/></w:r>` : `<w:r>${rPr}<w:t xml:space="preserve">${escapeXml(s)}</w:t></w:r>`,
    )
    .join("");
  return `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ""}${runs}</w:p>`;
}

/** Page margins in millimetres → w:pgMar (header and footer at 12.7 mm). */
export function pgMar(top: number, right: number, bottom: number, left: number): string {
  const tw = mmToTwips;
  return `<w:pgMar w:top="${tw(top)}" w:right="${tw(right)}" w:bottom="${tw(bottom)}" w:left="${tw(left)}" w:header="720" w:footer="720" w:gutter="0"/>`;
}

/** A centred paragraph holding a PAGE field, as a page-number header. */
export const PAGE_FIELD_PARAGRAPH =
  '<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:fldChar w:fldCharType="begin"/></w:r>' +
  '<w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>' +
  '<w:r><w:t>2</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>';
