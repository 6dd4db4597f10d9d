/** date/invalid: a date that cannot exist (“30//2022” with no month, “30/02/2022”, “ngày 31 tháng 4”). */
import { REF } from "../../rules/references";
import type { CheckContext, Finding, Rule } from "../types";
import { finding, matchAll } from "../util";

// Slash dates not inside URLs, symbols or longer numbers; the month may be missing ("30//2022").
const SLASH = /(?<![\d/:.\p{L}-])(\d{1,2})\/(\d{0,2})\/(\d{4})(?![\d/])/gu;
const WORDS = /ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/gu;

/** Calendar validity only: historical dates such as 03/02/1930 are real, unlike the rules data's 1945 floor. */
function exists(year: number, month: number, day: number): boolean {
  if (year < 1800 || year > 2200 || month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export const dateInvalid: Rule = {
  id: "date/invalid",
  meta: { severity: "error", ref: REF.plI_II4, title: "Ngày tháng không hợp lệ", family: "date", fixable: false },
  check(ctx: CheckContext): Finding[] {
    const out: Finding[] = [];
    for (const re of [SLASH, WORDS]) {
      for (const { paragraph, m } of matchAll(ctx.doc, re)) {
        const [d, mo, y] = [Number(m[1]), m[2] === "" ? 0 : Number(m[2]), Number(m[3])];
        if (exists(y, mo, d)) continue;
        const why =
          m[2] === ""
            ? "thiếu tháng"
            : mo < 1 || mo > 12
              ? `không có tháng ${m[2]}`
              : `tháng ${mo} năm ${y} không có ngày ${d}`;
        out.push(
          finding(dateInvalid, ctx.doc, {
            paragraph,
            start: m.index,
            end: m.index + m[0].length,
            message: `Ngày tháng không hợp lệ: “${m[0]}” ${why}; hãy ghi đúng ngày, tháng, năm của văn bản.`,
          }),
        );
      }
    }
    return out;
  },
};
