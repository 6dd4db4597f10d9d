/** date/draft-blank: a draft's blank day or month (“ngày   tháng 6 năm 2022”) is normal before signing: information only. */
import { REF } from "../../rules/references";
import type { CheckContext, Finding, Rule } from "../types";
import { finding, matchAll } from "../util";

const BLANK = /ngày[\s.…]*tháng[\s.…]*(\d{1,2})?[\s.…]*năm\s+\d{4}/gu;

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
    for (const { paragraph, m } of matchAll(ctx.doc, BLANK)) {
      out.push(
        finding(dateDraftBlank, ctx.doc, {
          paragraph,
          start: m.index,
          end: m.index + m[0].length,
          message: "Ngày tháng đang để trống: bình thường ở bản dự thảo; điền ngày khi ký ban hành.",
        }),
      );
    }
    return out;
  },
};
