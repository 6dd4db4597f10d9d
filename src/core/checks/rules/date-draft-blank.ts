/** date/draft-blank: a draft's blank day or month (“ngày   tháng 6 năm 2022”) is normal before signing: information only. */
import { REF } from "../../rules/references";
import { wordsDates } from "../../rules/dates";
import type { CheckContext, Finding, Rule } from "../types";
import { finding } from "../util";

export const dateDraftBlank: Rule = {
  id: "date/draft-blank",
  meta: {
    severity: "info",
    ref: REF.plI_II4,
    title: "Ngày ban hành để trống (dự thảo)",
    family: "date",
    fixable: false,
  },
  check(ctx: CheckContext): Finding[] {
    const out: Finding[] = [];
    for (const p of ctx.doc.paragraphs) {
      for (const d of wordsDates(p.text)) {
        if (d.day && d.month) continue;
        out.push(
          finding(dateDraftBlank, ctx.doc, {
            paragraph: p.index,
            start: d.start,
            end: d.end,
            message: "Ngày tháng đang để trống: bình thường ở bản dự thảo; điền ngày khi ký ban hành.",
          }),
        );
      }
    }
    return out;
  },
};
