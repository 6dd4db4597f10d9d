/** date/invalid: a date that cannot exist (“30//2022” with no month, “30/02/2022”, “ngày 31 tháng 4”). */
import { REF } from "../../rules/references";
import { SLASH_DATE, wordsDates } from "../../rules/dates";
import type { CheckContext, Finding, Rule } from "../types";
import { finding, matchAll } from "../util";

interface Written {
  paragraph: number;
  start: number;
  text: string;
  day: string;
  month: string;
  year: string;
}

/** Slash dates and words dates with both day and month written (a blank one is a draft's, reported elsewhere). */
function* writtenDates(ctx: CheckContext): Generator<Written> {
  for (const { paragraph, m } of matchAll(ctx.doc, SLASH_DATE)) {
    yield { paragraph, start: m.index, text: m[0], day: m[1], month: m[2], year: m[3] };
  }
  for (const p of ctx.doc.paragraphs) {
    for (const d of wordsDates(p.text)) {
      if (!d.day || !d.month) continue;
      yield {
        paragraph: p.index,
        start: d.start,
        text: d.text,
        day: d.day.text,
        month: d.month.text,
        year: d.year.text,
      };
    }
  }
}

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
    for (const w of writtenDates(ctx)) {
      const [d, mo, y] = [Number(w.day), w.month === "" ? 0 : Number(w.month), Number(w.year)];
      if (exists(y, mo, d)) continue;
      const why =
        w.month === ""
          ? "thiếu tháng"
          : mo < 1 || mo > 12
            ? `không có tháng ${w.month}`
            : `tháng ${mo} năm ${y} không có ngày ${d}`;
      out.push(
        finding(dateInvalid, ctx.doc, {
          paragraph: w.paragraph,
          start: w.start,
          end: w.start + w.text.length,
          message: `Ngày tháng không hợp lệ: “${w.text}” ${why}; hãy ghi đúng ngày, tháng, năm của văn bản.`,
        }),
      );
    }
    return out;
  },
};
