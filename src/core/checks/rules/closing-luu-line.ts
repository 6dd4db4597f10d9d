/**
 * closing/luu-line: the recipients list of a state document ends with “- Lưu: VT, <đơn vị> (<n>b).”: a colon
 * after “Lưu”, the number of copies filled in, and a full stop at the end. Every “Nơi nhận:” block is read
 * (a document with an annex or a second letter has several). A drafter's initials or name after the Lưu item
 * (on the next line, after a line break or in the next table cell) is normal practice and not part of it.
 * A Party document writes “- Lưu Văn phòng ….” with no colon and is left alone.
 */
import { FIXED } from "../../rules/fixed-strings";
import { REF } from "../../rules/references";
import { isNoiNhanLabel } from "../../structure";
import type { CheckContext, Finding, Rule } from "../types";
import { finding, replaceFix } from "../util";

const LUU = /^([\s*_]*-\s*)(Lưu)(\s*:?)/u;
// The number of copies left blank: “( b)”, “(b)”, “(...b)”.
const BLANK_COPIES = /\(\s*[.…_]*\s*b\s*\)/u;

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
    const paragraphs = ctx.doc.paragraphs;
    if (paragraphs.some((p) => p.text.trim() === FIXED.partyHeader.text)) return [];
    const out: Finding[] = [];
    for (const label of paragraphs) {
      if (!isNoiNhanLabel(label.text.split("\t")[0].replace(/[*_]/g, ""))) continue;
      // The list runs from “Nơi nhận:” over the lines that start with a dash, up to the Lưu item.
      for (let i = label.index + 1; i < paragraphs.length; i++) {
        const text = paragraphs[i].text;
        if (!text.trim()) continue;
        const m = LUU.exec(text);
        if (!m) {
          if (/^[\s*_]*-/u.test(text)) continue;
          break;
        }
        out.push(...checkLuu(ctx, i, text, m));
        break;
      }
    }
    return out;
  },
};

function checkLuu(ctx: CheckContext, i: number, text: string, m: RegExpExecArray): Finding[] {
  const out: Finding[] = [];
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
  // The item ends at a line break or a tab: what follows is the drafter's name or the next table cell.
  const cut = text.search(/[\n\t\v]/u);
  const item = cut < 0 ? text : text.slice(0, cut);
  const blank = BLANK_COPIES.exec(item);
  if (blank) {
    out.push(
      finding(closingLuuLine, ctx.doc, {
        paragraph: i,
        start: blank.index,
        end: blank.index + blank[0].length,
        message: `Số bản lưu đang để trống “${blank[0]}”: ghi số bản lưu, ví dụ “(02b)”.`,
      }),
    );
  }
  const body = item.replace(/[\s*_]+$/u, "");
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
  return out;
}
