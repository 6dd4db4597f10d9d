/** Body XML for a căn cứ list: one italic paragraph per line, each line a content control tagged with its id. */
import { escapeXml } from "../../../core/xml-escape";
import { FONT, ptToHalfPoints, STATE_FORMATS } from "../../../core/rules";
import { citeTag } from "./citation-store";

export const CAN_CU_TITLE = "Căn cứ";

export function canCuListXml(lines: readonly { id: string; text: string }[]): string {
  const f = STATE_FORMATS.canCu;
  const sz = ptToHalfPoints(f.size.default);
  const rPr =
    `<w:rPr><w:rFonts w:ascii="${FONT.name}" w:hAnsi="${FONT.name}" w:cs="${FONT.name}"/>` +
    `${f.italic ? "<w:i/>" : ""}<w:sz w:val="${sz}"/><w:szCs w:val="${sz}"/></w:rPr>`;
  return lines
    .map(
      (l) =>
        '<w:p><w:pPr><w:jc w:val="both"/></w:pPr><w:sdt><w:sdtPr>' +
        `<w:alias w:val="${escapeXml(CAN_CU_TITLE)}"/><w:tag w:val="${escapeXml(citeTag(l.id, "canCu"))}"/></w:sdtPr>` +
        `<w:sdtContent><w:r>${rPr}<w:t xml:space="preserve">${escapeXml(l.text)}</w:t></w:r></w:sdtContent></w:sdt></w:p>`,
    )
    .join("");
}
