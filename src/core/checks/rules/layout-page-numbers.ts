/**
 * layout/page-numbers: page numbers sit centred in the header, and page 1 shows none. A document is numbered
 * when any header or footer of any section holds a PAGE field; each numbered section is judged on its own.
 */
import { PAGE } from "../../rules/page-setup";
import type { CheckContext, Finding, Rule } from "../types";
import { pageFinding } from "../util";
import { pageSections, sectionMessage } from "./layout-sections";

// Without page counts, a document this long certainly runs past one page.
const MULTI_PAGE_PARAGRAPHS = 40;

export const layoutPageNumbers: Rule = {
  id: "layout/page-numbers",
  meta: {
    severity: "warning",
    ref: PAGE.ref,
    title: "Số trang",
    family: "layout",
    fixable: false,
    needsFormatting: true,
  },
  check(ctx: CheckContext): Finding[] | "not-evaluated" {
    const sections = pageSections(ctx.doc)?.filter((s) => s.pageNumbers);
    if (!sections?.length) return "not-evaluated";
    const numbered = sections.filter((s) => s.pageNumbers?.position !== "none");
    if (!numbered.length) {
      const nonEmpty = ctx.doc.paragraphs.filter((p) => p.text.trim()).length;
      if (nonEmpty < MULTI_PAGE_PARAGRAPHS) return [];
      return [
        pageFinding(
          layoutPageNumbers,
          ctx.doc,
          sections[0],
          "Văn bản nhiều trang phải đánh số trang ở giữa, phía trên đầu trang (từ trang 2).",
        ),
      ];
    }
    const out: Finding[] = [];
    for (const s of numbered) {
      const pn = s.pageNumbers;
      if (!pn) continue;
      if (pn.position === "footer" || (pn.alignment && pn.alignment !== "centered")) {
        out.push(
          pageFinding(
            layoutPageNumbers,
            ctx.doc,
            s,
            sectionMessage(
              sections,
              s,
              "Số trang đặt canh giữa theo chiều ngang, trong phần lề trên (đầu trang), không đặt ở chân trang hay lệch bên.",
            ),
          ),
        );
      }
    }
    // Only the document's first page goes without a number; later sections (an annex) may number their first page.
    const first = sections[0];
    if (first.pageNumbers && first.pageNumbers.position !== "none" && !first.pageNumbers.differentFirstPage) {
      out.push(
        pageFinding(
          layoutPageNumbers,
          ctx.doc,
          first,
          "Không hiển thị số trang ở trang đầu (đặt “trang đầu khác”).",
          "info",
        ),
      );
    }
    return out;
  },
};
