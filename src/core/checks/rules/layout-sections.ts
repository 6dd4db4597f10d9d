/** Shared by the page-level layout rules: the sections to judge, and how a finding names its section. */
import type { DocumentSnapshot, SectionSetup } from "../../model/document";

/** Every section's page setup; a source that reads only one page setup counts as one section. */
export function pageSections(doc: DocumentSnapshot): SectionSetup[] | undefined {
  if (doc.sections?.length) return doc.sections;
  if (doc.pageSetup) return [{ ...doc.pageSetup, section: 1, firstParagraph: 0 }];
  return undefined;
}

/** "Section 2 (trang ngang)": how messages name a section. */
export function sectionName(s: SectionSetup): string {
  return `Section ${s.section}${s.orientation === "landscape" ? " (trang ngang)" : ""}`;
}

/**
 * A page-level message: as is for a one-section document, and led by the section's name when there are
 * several ("Section 2 (trang ngang): lề trên …").
 */
export function sectionMessage(sections: readonly SectionSetup[], s: SectionSetup, text: string): string {
  if (sections.length < 2) return text;
  return `${sectionName(s)}: ${text.charAt(0).toLocaleLowerCase("vi")}${text.slice(1)}`;
}
