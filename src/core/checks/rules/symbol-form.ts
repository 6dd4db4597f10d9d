/**
 * symbol/form: “Số: 12/…” for state documents (the colon stays when the number is still blank: “Số:    /UBND-VP”),
 * “Số 12-…” for Party ones, and no spaces inside the số, ký hiệu (“152 /SNV-VP”, “BC - UBND”).
 */
import { REF } from "../../rules/references";
import type { CheckContext, Finding, Rule } from "../types";
import { finding, replaceFix } from "../util";
import { parseSoLine } from "./symbol-common";

export const symbolForm: Rule = {
  id: "symbol/form",
  meta: {
    severity: "warning",
    ref: REF.plI_II3,
    title: "Cách viết số, ký hiệu",
    family: "symbol",
    fixable: true,
    safeFix: true,
  },
  check(ctx: CheckContext): Finding[] {
    const so = parseSoLine(ctx);
    if (!so) return [];
    const text = so.line.text;
    const paragraph = so.line.paragraph;
    const out: Finding[] = [];
    const head = text.slice(so.soStart, so.headEnd);
    if (!so.party && so.number && head !== "Số: ") {
      out.push(
        finding(symbolForm, ctx.doc, {
          paragraph,
          start: so.soStart,
          end: so.numEnd,
          message: `Số, ký hiệu viết “Số: ${so.number}/…” (chữ “Số”, dấu hai chấm, một dấu cách rồi đến số); ở đây viết “${text.slice(so.soStart, so.numEnd)}”.`,
          fix: replaceFix(ctx.doc, paragraph, so.soStart, so.headEnd, "Số: "),
        }),
      );
    }
    if (!so.party && !so.number && !so.colon) {
      // A blank number keeps its colon; the blank itself (the spaces before “/”) is left as typed.
      out.push(
        finding(symbolForm, ctx.doc, {
          paragraph,
          start: so.soStart,
          end: so.soStart + 2,
          message: "Số văn bản viết “Số:” (có dấu hai chấm) cả khi số còn để trống chờ văn thư điền.",
          fix: replaceFix(ctx.doc, paragraph, so.soStart + 2, so.soStart + 2, ":", "Thêm dấu “:” sau “Số”"),
        }),
      );
    }
    if (so.party && so.colon) {
      out.push(
        finding(symbolForm, ctx.doc, {
          paragraph,
          start: so.soStart,
          end: so.headEnd,
          message: "Số văn bản của Đảng viết “Số 57-NQ/TW”, không có dấu hai chấm.",
          fix: replaceFix(ctx.doc, paragraph, so.soStart, so.headEnd, "Số "),
        }),
      );
    }
    // Spaces around the separator after the number (“152 /SNV-VP”, “152/ SNV-VP”); a blank number's spaces are its blank.
    const gapStart = so.number ? so.numEnd : so.sepStart + 1;
    if (so.restStart - gapStart > (so.number ? 1 : 0) && /\s/u.test(text.slice(gapStart, so.restStart))) {
      const sep = text[so.sepStart];
      out.push(
        finding(symbolForm, ctx.doc, {
          paragraph,
          start: so.number ? so.numStart : so.sepStart,
          end: so.restStart,
          message: `Số và ký hiệu viết liền, không có dấu cách quanh dấu “${sep}”.`,
          fix: so.number
            ? replaceFix(ctx.doc, paragraph, so.numEnd, so.restStart, sep, `Bỏ dấu cách quanh “${sep}”`)
            : replaceFix(ctx.doc, paragraph, so.sepStart, so.restStart, sep, `Bỏ dấu cách sau “${sep}”`),
        }),
      );
    }
    // Spaces inside the ký hiệu ("BC - UBND").
    const after = text.slice(so.symbolEnd);
    const sp = /^\s+[-/]\s*[A-ZĐ]|^[-/]\s+[A-ZĐ]/u.exec(after);
    if (sp) {
      out.push(
        finding(symbolForm, ctx.doc, {
          paragraph,
          start: so.symbolStart,
          end: so.symbolEnd + sp[0].length,
          message: "Ký hiệu văn bản không có dấu cách giữa các nhóm chữ (viết liền, nối bằng “-” và “/”).",
        }),
      );
    }
    return out;
  },
};
