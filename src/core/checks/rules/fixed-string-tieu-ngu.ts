/** fixed-string/tieu-ngu: the tiêu ngữ is “Độc lập - Tự do - Hạnh phúc”, ASCII hyphens with one space each side. */
import { FIXED } from "../../rules/fixed-strings";
import { structureOf } from "../../structure";
import type { CheckContext, Finding, Rule } from "../types";
import { finding, replaceFix } from "../util";

export const fixedTieuNgu: Rule = {
  id: "fixed-string/tieu-ngu",
  meta: {
    severity: "error",
    ref: FIXED.tieuNgu.ref,
    title: "Tiêu ngữ",
    family: "fixed-string",
    fixable: true,
    safeFix: true,
  },
  check(ctx: CheckContext): Finding[] {
    const line = structureOf(ctx.doc, ctx.cache).tieuNguLine;
    if (!line) return [];
    const body = /^(.*?)[\s*_]*$/u.exec(line.text.slice(line.start))?.[1] ?? "";
    if (body === FIXED.tieuNgu.text) return [];
    const end = line.start + body.length;
    const dash = /[–—]/u.test(body) ? " (dùng dấu gạch nối “-”, không dùng gạch dài)" : "";
    return [
      finding(fixedTieuNgu, ctx.doc, {
        paragraph: line.paragraph,
        start: line.start,
        end,
        message: `Tiêu ngữ phải viết đúng “${FIXED.tieuNgu.text}”${dash}; ở đây là “${body}”.`,
        fix: replaceFix(ctx.doc, line.paragraph, line.start, end, FIXED.tieuNgu.text),
      }),
    ];
  },
};
