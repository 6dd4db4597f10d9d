/** layout/page-numbers: page numbers sit centred in the header, not on the first page. */
import { PAGE } from "../../rules/page-setup";
import type { CheckContext, Finding, Rule } from "../types";
import { finding } from "../util";

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
    const ps = ctx.doc.pageSetup;
    if (!ps || !ps.pageNumbers) return "not-evaluated";
    const pn = ps.pageNumbers;
    const nonEmpty = ctx.doc.paragraphs.filter((p) => p.text.trim()).length;
    const at = { paragraph: 0, start: 0, end: 0 };
    if (pn.position === "none") {
      if (nonEmpty < MULTI_PAGE_PARAGRAPHS) return [];
      return [
        finding(layoutPageNumbers, ctx.doc, {
          ...at,
          message: "Văn bản nhiều trang phải đánh số trang ở giữa, phía trên đầu trang (từ trang 2).",
        }),
      ];
    }
    const out: Finding[] = [];
    if (pn.position === "footer" || (pn.alignment && pn.alignment !== "centered")) {
      out.push(
        finding(layoutPageNumbers, ctx.doc, {
          ...at,
          message:
            "Số trang đặt canh giữa theo chiều ngang, trong phần lề trên (đầu trang), không đặt ở chân trang hay lệch bên.",
        }),
      );
    }
    if (!pn.differentFirstPage) {
      out.push(
        finding(layoutPageNumbers, ctx.doc, {
          ...at,
          severity: "info",
          message: "Không hiển thị số trang ở trang đầu (đặt “trang đầu khác”).",
        }),
      );
    }
    return out;
  },
};
