/**
 * number/thousands: Vietnamese groups digits in threes with “.” (1.858; 80.523); a group of four or more
 * digits after a dot (“80.5231”) is a typo. Dates, ký hiệu, decimals such as 5.1, phone numbers and section
 * numbers never match: the rule needs a 4+ digit group after a dot and a lone number around it.
 */
import { REF } from "../../rules/references";
import type { CheckContext, Finding, Rule } from "../types";
import { finding, matchAll } from "../util";

const BAD = /(?<![\d.,/\p{L}-])\d{1,3}(?:\.\d{3})*\.\d{4,}(?![\d.,]\d|[\d/\p{L}-])/gu;

export const numberThousands: Rule = {
  id: "number/thousands",
  meta: { severity: "warning", ref: REF.practice, title: "Phân cách hàng nghìn", family: "number", fixable: false },
  check(ctx: CheckContext): Finding[] {
    const out: Finding[] = [];
    for (const { paragraph, m } of matchAll(ctx.doc, BAD)) {
      if (ctx.doc.paragraphs[paragraph].text.includes("\t") || ctx.doc.paragraphs[paragraph].inTable) {
        // Table cells may hold codes; still a typo when clearly a count, but stay quiet to avoid noise.
        continue;
      }
      const digits = m[0].replace(/\./g, "");
      const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
      out.push(
        finding(numberThousands, ctx.doc, {
          paragraph,
          start: m.index,
          end: m.index + m[0].length,
          message: `Số “${m[0]}” phân cách hàng nghìn sai: mỗi nhóm sau dấu chấm phải có đúng 3 chữ số (“${grouped}” nếu đủ chữ số, hoặc đang thừa chữ số); hãy kiểm tra lại số liệu.`,
        }),
      );
    }
    return out;
  },
};
