/**
 * Whether a document is one NĐ 30 governs. A citizen's application (“ĐƠN …”, “TỜ KHAI …”) borrows the quốc hiệu
 * but is not an administrative document: its layout, numbering and wording follow the form that published it,
 * so only the encoding of its text is checked. Only a positive sign counts (a form's title near the top and no
 * “Số:” line), so a draft or a snippet without a header still has its text checked; its page and paragraph layout
 * waits for a sign of NĐ 30 (see hasAdministrativeHeader).
 */
import type { DocumentSnapshot } from "../model/document";
import { structureOf } from "../structure";
import { looksVietnamese } from "./language";

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

/**
 * Whether the document shows any part of an NĐ 30 header: quốc hiệu, tiêu ngữ, the số, ký hiệu line or a tên loại
 * (Party documents carry the same). Without one, a document is not shown to be an administrative document (a bid
 * statement, a school's information sheet, a guide), and its page and paragraph layout is not judged against NĐ 30.
 */
export function hasAdministrativeHeader(doc: DocumentSnapshot, cache?: Map<string, unknown>): boolean {
  const s = structureOf(doc, cache);
  return Boolean(s.quocHieuLine || s.tieuNguLine || s.soLine || s.titleLine || partyHeader(doc));
}

const PARTY_HEADER = /^ĐẢNG\s+CỘNG\s+SẢN\s+VIỆT\s+NAM$/u;

function partyHeader(doc: DocumentSnapshot): boolean {
  let seen = 0;
  for (const p of doc.paragraphs) {
    const t = p.text.trim();
    if (!t) continue;
    if (PARTY_HEADER.test(t.toLocaleUpperCase("vi"))) return true;
    if (++seen >= TITLE_WINDOW * 2) break;
  }
  return false;
}

/** Why a rule was not evaluated on a document, as the UI and the CLI explain it. */
export type NotEvaluatedCause =
  | "other-language"
  | "citizen-form"
  | "not-administrative"
  | "no-formatting"
  | "no-page-setup"
  | "no-page-numbers"
  | "no-data";

/**
 * The cause behind a rule the engine listed as not evaluated, read from the document in the engine's order: the
 * language, a citizen's form, a layout rule on a document without an NĐ 30 header, then what the snapshot lacks.
 */
export function notEvaluatedCause(
  ruleId: string,
  family: string | undefined,
  doc: DocumentSnapshot,
): NotEvaluatedCause {
  if (!looksVietnamese(doc)) return "other-language";
  if (family !== "encoding" && isCitizenForm(doc)) return "citizen-form";
  if (family === "layout" && !hasAdministrativeHeader(doc)) return "not-administrative";
  if (!doc.hasFormatting) return "no-formatting";
  if (/^layout\/(margins|page-size|page-numbers)$/u.test(ruleId) && !doc.pageSetup) return "no-page-setup";
  if (ruleId === "layout/page-numbers") return "no-page-numbers";
  return "no-data";
}
