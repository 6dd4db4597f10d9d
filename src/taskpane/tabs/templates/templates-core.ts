/**
 * What the Mẫu & đề mục tab needs from core, as one interface (tests may pass another implementation).
 */
import type { DocumentSnapshot } from "../../../core/model/document";
import type { TextEdit } from "../../../core/model/edits";
import { DOCUMENT_TYPES, FONT, STATE_FORMATS } from "../../../core/rules";
import { escapeXml } from "../../../core/xml-escape";
import { coreHeader } from "../header/header-core";
import type { HeaderForm } from "../header/header-form";
import type { HeadingLevelId } from "./heading-levels";
import { provisionalNextHeading, provisionalRenumber } from "./provisional-numbering";

export interface TemplatesCore {
  /** Types that have a template, in the order the picker shows them. */
  types: readonly { slug: string; name: string }[];
  /** True for types drafted with Chương/Mục/Điều/khoản/điểm. */
  hasArticles(slug: string): boolean;
  /** Vietnamese messages when the agency profile lacks what the template needs; empty when it can be built. */
  missing(slug: string, fields: HeaderForm): string[];
  /** Body WordprocessingML of a whole new document of that type, filled from the form/profile. */
  documentXml(slug: string, fields: HeaderForm): string;
  /** Body WordprocessingML of the type's section scaffold, or undefined when it has none. */
  scaffoldXml(slug: string): string | undefined;
  /** The marker text of the next heading of `level` at paragraph `at` ("II. ", "Điều 3. "). */
  nextHeading(doc: DocumentSnapshot, level: HeadingLevelId, at: number): string;
  /** One paragraph of body XML holding a heading of `level` that starts with `marker`. */
  headingXml(level: HeadingLevelId, marker: string): string;
  /** Edits that renumber every heading of the document. */
  renumber(doc: DocumentSnapshot): TextEdit[];
  toOoxml(bodyXml: string): string;
}

// ---------------------------------------------------------------------------------------------
// Provisional binding until src/core/templates (buildDocument) and src/core/numbering land.
// ---------------------------------------------------------------------------------------------

const ARTICLE_TYPES = new Set(["quyet-dinh", "quy-che", "quy-dinh"]);
/** Scaffold headings the product spec gives for a báo cáo; other types wait for core/templates. */
const SCAFFOLDS: Record<string, readonly string[]> = {
  "bao-cao": ["I. KẾT QUẢ THỰC HIỆN", "II. TỒN TẠI, HẠN CHẾ", "III. PHƯƠNG HƯỚNG", "IV. KIẾN NGHỊ"],
};

function headingPara(text: string, bold: boolean): string {
  const f = bold ? STATE_FORMATS.sectionHeading : STATE_FORMATS.body;
  const sz = f.size.default * 2;
  return (
    '<w:p><w:pPr><w:jc w:val="both"/></w:pPr><w:r><w:rPr>' +
    `<w:rFonts w:ascii="${FONT.name}" w:hAnsi="${FONT.name}" w:cs="${FONT.name}"/>${bold ? "<w:b/>" : ""}` +
    `<w:sz w:val="${sz}"/><w:szCs w:val="${sz}"/></w:rPr><w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r></w:p>`
  );
}

export const coreTemplates: TemplatesCore = {
  types: DOCUMENT_TYPES.map((t) => ({ slug: t.slug, name: t.name })),
  hasArticles: (slug) => ARTICLE_TYPES.has(slug),
  missing: (slug, fields) => Object.values(coreHeader.validate({ ...fields, typeSlug: slug }, "closing")),
  documentXml(slug, fields) {
    const form = { ...fields, typeSlug: slug };
    return coreHeader.headerXml(form) + (coreTemplates.scaffoldXml(slug) ?? "") + coreHeader.closingXml(form);
  },
  scaffoldXml(slug) {
    const s = SCAFFOLDS[slug];
    return s ? s.map((h) => headingPara(h, true)).join("") : undefined;
  },
  nextHeading: provisionalNextHeading,
  headingXml: (level, marker) =>
    headingPara(marker, ["part", "roman", "chapter", "section", "article"].includes(level)),
  renumber: provisionalRenumber,
  toOoxml: coreHeader.toOoxml,
};
