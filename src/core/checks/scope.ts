/**
 * Whether a document is one NĐ 30 governs. A citizen's application (“ĐƠN …”, “TỜ KHAI …”) borrows the quốc hiệu
 * but is not an administrative document: its layout, numbering and wording follow the form that published it,
 * so only the encoding of its text is checked. Only a positive sign counts (a form's title near the top and no
 * “Số:” line), so a draft or a snippet without a header is always checked.
 */
import type { DocumentSnapshot } from "../model/document";
import { structureOf } from "../structure";

/** Titles of citizens' forms and applications (not tên loại of NĐ 30 Điều 7). */
const FORM_TITLE =
  /^(?:ĐƠN|TỜ KHAI|BẢN KHAI|BẢN TỰ KHAI|GIẤY ĐỀ NGHỊ|BẢN CAM KẾT|VĂN BẢN THỎA THUẬN|VĂN BẢN THOẢ THUẬN)(?![\p{L}\p{M}])/u;
/** How many non-empty paragraphs from the top may hold the title. */
const TITLE_WINDOW = 8;

export function isCitizenForm(doc: DocumentSnapshot, cache?: Map<string, unknown>): boolean {
  if (structureOf(doc, cache).soLine) return false;
  let seen = 0;
  for (const p of doc.paragraphs) {
    const t = p.text.trim();
    if (!t) continue;
    if (FORM_TITLE.test(t) && t === t.toLocaleUpperCase("vi")) return true;
    if (++seen >= TITLE_WINDOW) break;
  }
  return false;
}
