/**
 * closing/luu-line: the recipients list of a state document ends with “- Lưu: VT, <đơn vị>.”: a colon after
 * “Lưu” and a full stop at the end. (A Party document writes “- Lưu Văn phòng ….” with no colon.)
 */
import { FIXED } from "../../rules/fixed-strings";
import { REF } from "../../rules/references";
import { structureOf } from "../../structure";
import type { CheckContext, Finding, Rule } from "../types";
import { finding, replaceFix } from "../util";

const LUU = /^([\s*_]*-\s*)(Lưu)(\s*:?)/u;

export const closingLuuLine: Rule = {
  id: "closing/luu-line",
  meta: {
    severity: "warning",
    ref: REF.plI_II9,
    title: "Dòng “Lưu” của nơi nhận",
    family: "closing",
    fixable: true,
    safeFix: true,
  },
  check(ctx: CheckContext): Finding[] {
    const s = structureOf(ctx.doc, ctx.cache);
    if (!s.noiNhanLine) return [];
    const party = ctx.doc.paragraphs.some((p) => p.text.trim() === FIXED.partyHeader.text);
    if (party) return [];
    const out: Finding[] = [];
    // The list runs from “Nơi nhận:” over the lines that start with a dash.
    for (let i = s.noiNhanLine.paragraph + 1; i < ctx.doc.paragraphs.length; i++) {
      const text = ctx.doc.paragraphs[i].text;
      if (!text.trim()) continue;
      const m = LUU.exec(text);
      if (!m) {
        if (/^[\s*_]*-/u.test(text)) continue;
        break;
      }
      const labelEnd = m[1].length + m[2].length;
      if (m[3].trim() !== ":") {
        out.push(
          finding(closingLuuLine, ctx.doc, {
            paragraph: i,
            start: m[1].length,
            end: labelEnd + m[3].length,
            message: `Viết “Lưu:” (có dấu hai chấm), như “${FIXED.luuPrefix.text}, …”; ở đây là “${text.slice(m[1].length, labelEnd + m[3].length).trim()}”.`,
            fix: replaceFix(ctx.doc, i, labelEnd, labelEnd + m[3].length, ": "),
          }),
        );
      }
      const body = text.replace(/[\s*_]+$/u, "");
      if (!body.endsWith(".")) {
        const last = body.length;
        const ends = /[;,]$/u.test(body);
        out.push(
          finding(closingLuuLine, ctx.doc, {
            paragraph: i,
            start: ends ? last - 1 : last,
            end: last,
            message: "Dòng cuối của nơi nhận kết thúc bằng dấu chấm “.”.",
            fix: replaceFix(ctx.doc, i, ends ? last - 1 : last, last, ".", "Kết thúc bằng dấu “.”"),
          }),
        );
      }
      break;
    }
    return out;
  },
};
