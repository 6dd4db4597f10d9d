/**
 * The check flow's page-layout read: every section's page setup and page numbers from the adapter, where the
 * host has the API, so margins, paper and page numbers are judged in Word too. Where it has not, the snapshot
 * says why, and those rules report "not evaluated".
 */
import type { DocumentSnapshot } from "../../../core/model/document";
import type { WordAdapter } from "../../../word/adapter";

export const PAGE_SETUP_UNAVAILABLE =
  "Word ở đây không cho phần bổ trợ đọc khổ giấy và lề trang (cần WordApiDesktop 1.3, có trên Word cho Windows và Mac): lề, khổ giấy và số trang không được đánh giá.";

export async function withPageLayout(adapter: WordAdapter, doc: DocumentSnapshot): Promise<DocumentSnapshot> {
  if (doc.pageSetup || doc.sections) return doc;
  try {
    const sections = adapter.readSections ? await adapter.readSections() : undefined;
    if (sections?.length) {
      const { section: _section, firstParagraph: _first, ...last } = sections[sections.length - 1];
      return { ...doc, sections, pageSetup: last };
    }
    const pageSetup = await adapter.readPageSetup();
    if (pageSetup) return { ...doc, pageSetup };
  } catch (err) {
    return { ...doc, pageSetupUnavailable: `Không đọc được bố cục trang từ Word (${(err as Error).message}).` };
  }
  return { ...doc, pageSetupUnavailable: PAGE_SETUP_UNAVAILABLE };
}
