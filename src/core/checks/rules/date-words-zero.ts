/**
 * date/words-zero: in “ngày … tháng … năm …” a day below 10 takes a leading 0, months 1 and 2 take one,
 * months 3 to 12 take none (“ngày 25 tháng 3 năm 2024”, not “tháng 03”).
 */
import { REF } from "../../rules/references";
import { isValidDate, padDay, padMonth, wordsDates } from "../../rules/dates";
import type { CheckContext, Finding, Rule } from "../types";
import { finding, replaceFix } from "../util";

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
    for (const p of ctx.doc.paragraphs) {
      for (const d of wordsDates(p.text)) {
        if (!d.day || !d.month) continue;
        const day = Number(d.day.text);
        const month = Number(d.month.text);
        if (!isValidDate(Number(d.year.text), month, day)) continue;
        const wantDay = padDay(day);
        const wantMonth = padMonth(month);
        if (d.day.text === wantDay && d.month.text === wantMonth) continue;
        const right = `ngày ${wantDay} tháng ${wantMonth} năm ${d.year.text}`;
        const edits = [
          ...(d.day.text !== wantDay
            ? replaceFix(ctx.doc, p.index, d.day.start, d.day.start + d.day.text.length, wantDay).edits
            : []),
          ...(d.month.text !== wantMonth
            ? replaceFix(ctx.doc, p.index, d.month.start, d.month.start + d.month.text.length, wantMonth).edits
            : []),
        ];
        const why =
          d.month.text !== wantMonth
            ? month >= 3
              ? `tháng từ 3 đến 12 không thêm số 0 (“tháng ${wantMonth}”)`
              : `tháng 1 và 2 viết “tháng ${wantMonth}”`
            : `ngày nhỏ hơn 10 thêm số 0 (“ngày ${wantDay}”)`;
        out.push(
          finding(dateWordsZero, ctx.doc, {
            paragraph: p.index,
            start: d.start,
            end: d.end,
            message: `Viết ngày tháng chưa đúng: ${why}; nên viết “${right}”.`,
            fix: { description: `Sửa thành “${right}”`, edits },
          }),
        );
      }
    }
    return out;
  },
};
