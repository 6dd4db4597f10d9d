/** fixed-string/quoc-hieu: the quốc hiệu is written word for word “CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM”. */
import { FIXED } from "../../rules/fixed-strings";
import { structureOf } from "../../structure";
import type { CheckContext, Finding, Rule } from "../types";
import { finding, replaceFix } from "../util";

export const fixedQuocHieu: Rule = {
  id: "fixed-string/quoc-hieu",
  meta: {
    severity: "error",
    ref: FIXED.quocHieu.ref,
    title: "Quốc hiệu",
    family: "fixed-string",
    fixable: true,
    safeFix: true,
  },
  check(ctx: CheckContext): Finding[] {
    const line = structureOf(ctx.doc, ctx.cache).quocHieuLine;
    if (!line) return [];
    const body = /^(.*?)[\s*_]*$/u.exec(line.text.slice(line.start))?.[1] ?? "";
    if (body === FIXED.quocHieu.text) return [];
    const end = line.start + body.length;
    return [
      finding(fixedQuocHieu, ctx.doc, {
        paragraph: line.paragraph,
        start: line.start,
        end,
        message: `Quốc hiệu phải viết đúng “${FIXED.quocHieu.text}”; ở đây là “${body}”.`,
        fix: replaceFix(ctx.doc, line.paragraph, line.start, end, FIXED.quocHieu.text),
      }),
    ];
  },
};
