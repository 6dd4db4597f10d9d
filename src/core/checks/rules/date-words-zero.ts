/**
 * date/words-zero: in “ngày … tháng … năm …” a day below 10 takes a leading 0, months 1 and 2 take one,
 * months 3 to 12 take none (“ngày 25 tháng 3 năm 2024”, not “tháng 03”).
 */
import { REF } from "../../rules/references";
import { isValidDate, padDay, padMonth } from "../../rules/dates";
import type { CheckContext, Finding, Rule } from "../types";
import { finding, matchAll, replaceFix } from "../util";

const WORDS = /ngày(\s+)(\d{1,2})(\s+)tháng(\s+)(\d{1,2})(\s+)năm\s+(\d{4})/gu;

export const dateWordsZero: Rule = {
  id: "date/words-zero",
  meta: {
    severity: "warning",
    ref: REF.plI_II4,
    title: "Số 0 ở ngày, tháng viết bằng chữ",
    family: "date",
    fixable: true,
    safeFix: true,
  },
  check(ctx: CheckContext): Finding[] {
    const out: Finding[] = [];
    for (const { paragraph, m } of matchAll(ctx.doc, WORDS)) {
      const day = Number(m[2]);
      const month = Number(m[5]);
      if (!isValidDate(Number(m[7]), month, day)) continue;
      const dayStart = m.index + 4 + m[1].length;
      const monthStart = dayStart + m[2].length + m[3].length + 5 + m[4].length;
      const wantDay = padDay(day);
      const wantMonth = padMonth(month);
      if (m[2] === wantDay && m[5] === wantMonth) continue;
      const right = `ngày ${wantDay} tháng ${wantMonth} năm ${m[7]}`;
      const edits = [
        ...(m[2] !== wantDay ? replaceFix(ctx.doc, paragraph, dayStart, dayStart + m[2].length, wantDay).edits : []),
        ...(m[5] !== wantMonth
          ? replaceFix(ctx.doc, paragraph, monthStart, monthStart + m[5].length, wantMonth).edits
          : []),
      ];
      const why =
        m[5] !== wantMonth
          ? month >= 3
            ? `tháng từ 3 đến 12 không thêm số 0 (“tháng ${wantMonth}”)`
            : `tháng 1 và 2 viết “tháng ${wantMonth}”`
          : `ngày nhỏ hơn 10 thêm số 0 (“ngày ${wantDay}”)`;
      out.push(
        finding(dateWordsZero, ctx.doc, {
          paragraph,
          start: m.index,
          end: m.index + m[0].length,
          message: `Viết ngày tháng chưa đúng: ${why}; nên viết “${right}”.`,
          fix: { description: `Sửa thành “${right}”`, edits },
        }),
      );
    }
    return out;
  },
};
