/**
 * fixed-string/vv: the trích yếu of a công văn opens with “V/v ” (“V/v triển khai …”): capital V, small v, no
 * colon. Only a công văn has it: a document with its own tên loại (Báo cáo, Tờ trình …) puts the trích yếu
 * under the tên loại instead.
 */
import { FIXED } from "../../rules/fixed-strings";
import { structureOf } from "../../structure";
import type { CheckContext, Finding, Rule } from "../types";
import { finding, replaceFix } from "../util";

const VV = /^([\s*_]*)([Vv]\s*\/\s*[Vv])(\s*:)?([ \t]*)(?=\S)/u;
/** The V/v line sits in the header; later lines are not looked at. */
const HEADER_LINES = 30;

export const fixedVv: Rule = {
  id: "fixed-string/vv",
  meta: {
    severity: "warning",
    ref: FIXED.congVanSubjectPrefix.ref,
    title: "“V/v” của công văn",
    family: "fixed-string",
    fixable: true,
    safeFix: true,
  },
  check(ctx: CheckContext): Finding[] {
    const s = structureOf(ctx.doc, ctx.cache);
    const firstHeading = s.headings[0]?.paragraph ?? Infinity;
    const last = Math.min(ctx.doc.paragraphs.length, HEADER_LINES, firstHeading);
    for (let i = 0; i < last; i++) {
      const text = ctx.doc.paragraphs[i].text;
      const m = VV.exec(text);
      if (!m) continue;
      const out: Finding[] = [];
      const start = m[1].length;
      const end = start + m[2].length + (m[3]?.length ?? 0);
      if (m[2] !== "V/v" || m[3]) {
        const replacement = m[3] && !m[4] ? "V/v " : "V/v";
        out.push(
          finding(fixedVv, ctx.doc, {
            paragraph: i,
            start,
            end,
            message: `Trích yếu công văn mở đầu bằng “V/v” (V hoa, v thường, không có dấu hai chấm); ở đây viết “${text.slice(start, end)}”.`,
            fix: replaceFix(ctx.doc, i, start, end, replacement),
          }),
        );
      }
      const type = s.documentType;
      if (type && type.slug !== "cong-van") {
        out.push(
          finding(fixedVv, ctx.doc, {
            paragraph: i,
            start,
            end: text.trimEnd().length,
            message: `“V/v” chỉ dùng cho trích yếu của công văn; ${type.name.toLowerCase()} ghi trích yếu ngay dưới tên loại, không có “V/v”.`,
          }),
        );
      }
      return out;
    }
    return [];
  },
};
