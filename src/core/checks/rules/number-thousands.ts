/**
 * number/thousands: Vietnamese groups digits in threes with “.” (1.858; 80.523); a group of four or more
 * digits after a dot (“80.5231”) is a typo. Dates, ký hiệu, decimals such as 5.1, phone numbers and section
 * numbers never match: the rule needs a 4+ digit group after a dot and a lone number around it. A number
 * that starts with 0 (“028.38291234”, “0294.3855.123”) or follows a phone or fax label is a phone number,
 * which offices group as they like.
 */
import { REF } from "../../rules/references";
import type { CheckContext, Finding, Rule } from "../types";
import { finding, matchAll } from "../util";

// Labels after which digits are a phone or fax number, within a short distance before the number.
const PHONE_LABEL = /(?:điện\s*thoại|đt|sđt|dđ|di\s*động|fax|tel|phone|hotline|đường\s*dây\s*nóng)\b[^\p{L}]{0,30}$/iu;

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
      if (m[0].startsWith("0")) continue;
      const before = ctx.doc.paragraphs[paragraph].text.slice(Math.max(0, m.index - 60), m.index);
      if (PHONE_LABEL.test(before)) continue;
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
