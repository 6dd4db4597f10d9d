/**
 * date/slash-style: one style for dd/mm/yyyy dates in a document. The usual style pads a day below 10
 * and months 1–2 (“05/02/2022”, “29/3/2022”); a date that pads differently from the rest is flagged.
 */
import { REF } from "../../rules/references";
import { SLASH_DATE, isValidDate } from "../../rules/dates";
import type { CheckContext, Finding, Rule } from "../types";
import { finding, matchAll, replaceFix } from "../util";

type Feature = "day" | "monthLow" | "monthHigh";

interface SlashDate {
  paragraph: number;
  start: number;
  text: string;
  day: string;
  month: string;
  year: string;
}

function featureOf(d: SlashDate): [Feature, boolean][] {
  const out: [Feature, boolean][] = [];
  if (Number(d.day) < 10) out.push(["day", d.day.length === 2]);
  const mo = Number(d.month);
  if (mo <= 2) out.push(["monthLow", d.month.length === 2]);
  else if (mo < 10) out.push(["monthHigh", d.month.length === 2]);
  return out;
}

export const dateSlashStyle: Rule = {
  id: "date/slash-style",
  meta: {
    severity: "warning",
    ref: `${REF.plI_II4}; ${REF.practice}`,
    title: "Cách viết ngày không thống nhất",
    family: "date",
    fixable: true,
    safeFix: true,
  },
  check(ctx: CheckContext): Finding[] {
    const dates: SlashDate[] = [];
    for (const { paragraph, m } of matchAll(ctx.doc, SLASH_DATE)) {
      if (!isValidDate(Number(m[3]), Number(m[2]), Number(m[1]))) continue;
      dates.push({ paragraph, start: m.index, text: m[0], day: m[1], month: m[2], year: m[3] });
    }
    // Count padded/unpadded per feature; the majority is the document's style (a tie decides nothing).
    const counts: Record<Feature, [number, number]> = { day: [0, 0], monthLow: [0, 0], monthHigh: [0, 0] };
    for (const d of dates) for (const [f, padded] of featureOf(d)) counts[f][padded ? 1 : 0]++;
    const style = (f: Feature): boolean | undefined =>
      counts[f][0] === counts[f][1] ? undefined : counts[f][1] > counts[f][0];
    const out: Finding[] = [];
    for (const d of dates) {
      const odd = featureOf(d).filter(([f, padded]) => style(f) !== undefined && style(f) !== padded);
      if (!odd.length) continue;
      const fmt = (v: string, f: Feature) => {
        const n = String(Number(v));
        const pad = style(f) ?? v.length === 2;
        return pad ? n.padStart(2, "0") : n;
      };
      const dayF: Feature = "day";
      const monthF: Feature = Number(d.month) <= 2 ? "monthLow" : "monthHigh";
      const day = Number(d.day) < 10 ? fmt(d.day, dayF) : d.day;
      const month = Number(d.month) < 10 ? fmt(d.month, monthF) : d.month;
      const want = `${day}/${month}/${d.year}`;
      if (want === d.text) continue;
      out.push(
        finding(dateSlashStyle, ctx.doc, {
          paragraph: d.paragraph,
          start: d.start,
          end: d.start + d.text.length,
          message: `Cách viết ngày không thống nhất: trong văn bản các ngày khác viết kiểu “${want}”, ở đây viết “${d.text}”.`,
          fix: replaceFix(ctx.doc, d.paragraph, d.start, d.start + d.text.length, want),
        }),
      );
    }
    return out;
  },
};
