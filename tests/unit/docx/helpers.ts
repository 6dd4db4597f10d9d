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
