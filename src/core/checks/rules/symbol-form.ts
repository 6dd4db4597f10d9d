/** symbol/form: “Số: 12/…” for state documents, “Số 12-…” for Party ones, no spaces inside the ký hiệu. */
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
    const out: Finding[] = [];
    const head = /^Số(\s*)(:?)(\s*)/u.exec(text.slice(so.soStart));
    if (!head) return [];
    const headEnd = so.soStart + head[0].length;
    if (!so.party && so.number && (head[2] !== ":" || head[1] !== "" || head[3] !== " ")) {
      out.push(
        finding(symbolForm, ctx.doc, {
          paragraph: so.line.paragraph,
          start: so.soStart,
          end: so.numEnd,
          message: `Số, ký hiệu viết “Số: ${so.number}/…” (chữ “Số”, dấu hai chấm, một dấu cách rồi đến số); ở đây viết “${text.slice(so.soStart, so.numEnd)}”.`,
          fix: replaceFix(ctx.doc, so.line.paragraph, so.soStart, headEnd, "Số: "),
        }),
      );
    }
    if (so.party && head[2] === ":") {
      out.push(
        finding(symbolForm, ctx.doc, {
          paragraph: so.line.paragraph,
          start: so.soStart,
          end: headEnd,
          message: "Số văn bản của Đảng viết “Số 57-NQ/TW”, không có dấu hai chấm.",
          fix: replaceFix(ctx.doc, so.line.paragraph, so.soStart, headEnd, "Số "),
        }),
      );
    }
    // Spaces inside the ký hiệu ("BC - UBND").
    const after = text.slice(so.symbolEnd);
    const sp = /^\s+[-/]\s*[A-ZĐ]|^[-/]\s+[A-ZĐ]/u.exec(after);
    if (sp) {
      out.push(
        finding(symbolForm, ctx.doc, {
          paragraph: so.line.paragraph,
          start: so.symbolStart,
          end: so.symbolEnd + sp[0].length,
          message: "Ký hiệu văn bản không có dấu cách giữa các nhóm chữ (viết liền, nối bằng “-” và “/”).",
        }),
      );
    }
    return out;
  },
};
