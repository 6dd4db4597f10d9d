/** Section properties (A4, margins, title page) and the header parts with the page number field. */
import { mmToTwips, PAGE, PARTY_FORMATS, STATE_FORMATS } from "../rules";
import { BlockInputError, type BlockInput, validateBlockInput } from "./input";
import { resolveMargins } from "./layout";
import { fmt, rPr } from "./wordml";

export interface SectPrOptions {
  style?: BlockInput["style"];
  margins?: BlockInput["margins"];
}

/** Relationship ids the package writer gives the two header parts. */
export const HEADER_REL_IDS = { default: "rIdHdrDefault", first: "rIdHdrFirst" } as const;

/** A4 portrait, margins within range, page numbers from page 2 (titlePg with an empty first-page header). */
export function buildSectPr(options: SectPrOptions = {}): string {
  if (options.margins) {
    const issues = validateBlockInput({
      type: "bao-cao",
      agency: "x",
      agencyCode: "X",
      place: "x",
      date: "2020-01-01",
      margins: options.margins,
    }).filter((i) => i.field.startsWith("margins."));
    if (issues.length > 0) throw new BlockInputError(issues);
  }
  const m = resolveMargins(options);
  const w = mmToTwips(PAGE.paper.width);
  const h = mmToTwips(PAGE.paper.height);
  // The page number sits in the top margin, 10 mm from the edge.
  const headerDist = mmToTwips(10);
  return (
    "<w:sectPr>" +
    `<w:headerReference w:type="default" r:id="${HEADER_REL_IDS.default}"/>` +
    `<w:headerReference w:type="first" r:id="${HEADER_REL_IDS.first}"/>` +
    `<w:pgSz w:w="${w}" w:h="${h}"/>` +
    `<w:pgMar w:top="${mmToTwips(m.top)}" w:right="${mmToTwips(m.right)}" w:bottom="${mmToTwips(m.bottom)}" w:left="${mmToTwips(m.left)}" w:header="${headerDist}" w:footer="${headerDist}" w:gutter="0"/>` +
    '<w:pgNumType w:fmt="decimal"/>' +
    "<w:titlePg/>" +
    "</w:sectPr>"
  );
}

/** Header contents: the default header has a centred PAGE field; the first page's is empty. */
export function buildPageHeaders(style: BlockInput["style"] = "state"): { default: string; first: string } {
  const f = fmt(style === "party" ? { ...PARTY_FORMATS.number } : STATE_FORMATS.pageNumber);
  const r = rPr(f);
  const field =
    `<w:r>${r}<w:fldChar w:fldCharType="begin"/></w:r>` +
    `<w:r>${r}<w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>` +
    `<w:r>${r}<w:fldChar w:fldCharType="separate"/></w:r>` +
    `<w:r>${r}<w:t>2</w:t></w:r>` +
    `<w:r>${r}<w:fldChar w:fldCharType="end"/></w:r>`;
  return {
    default: `<w:p><w:pPr><w:jc w:val="center"/>${r}</w:pPr>${field}</w:p>`,
    first: `<w:p><w:pPr>${r}</w:pPr></w:p>`,
  };
}
