/**
 * capitalisation/admin-unit: the unit word before a place name is lower case (“tỉnh Trà Vinh”, “xã Hòa Bình”,
 * “Ủy ban nhân dân tỉnh Trà Vinh”). Judged only inside a sentence (after a word in small letters) and before a
 * capitalised name; “Thành phố Hồ Chí Minh”, “Tỉnh ủy” and “Xã hội” are names or other words and left alone.
 * Mục III capitalises the unit word when the name is a number, a person's name or a historical event (“Quận 1”,
 * “Phường Nguyễn Trãi”, “Phường Điện Biên Phủ”): a name that starts with a family name, or that event, is not judged.
 */
import { CAPITALISATION_REF, FAMILY_NAMES, UNIT_WORDS } from "../../rules/capitalisation";
import type { CheckContext, Finding, Rule } from "../types";
import { finding, matchAll, replaceFix } from "../util";
import { capitaliseFirst, lowerFirst, midSentence, phraseSource } from "./capitalisation-common";

const NAMED_AFTER = `(?:${FAMILY_NAMES.join("|")})\\s+\\p{Lu}|Điện\\s+Biên\\s+Phủ`;
const RE = new RegExp(
  `(?<![\\p{L}\\p{M}])(${UNIT_WORDS.map((u) => phraseSource(capitaliseFirst(u))).join("|")})\\s+(?!(?:Ủy|Uỷ|ủy|uỷ|Hội|hội)(?![\\p{L}\\p{M}]))(?!${NAMED_AFTER})\\p{Lu}`,
  "gu",
);

export const capitalisationAdminUnit: Rule = {
  id: "capitalisation/admin-unit",
  meta: {
    severity: "warning",
    ref: CAPITALISATION_REF.place,
    title: "Viết thường tên đơn vị hành chính",
    family: "capitalisation",
    fixable: true,
    safeFix: false,
  },
  check(ctx: CheckContext): Finding[] {
    const out: Finding[] = [];
    for (const { paragraph, m } of matchAll(ctx.doc, RE)) {
      const text = ctx.doc.paragraphs[paragraph]?.text ?? "";
      if (!midSentence(text, m.index)) continue;
      const unit = m[1] ?? "";
      out.push(
        finding(capitalisationAdminUnit, ctx.doc, {
          paragraph,
          start: m.index,
          end: m.index + unit.length,
          message: `Danh từ chỉ đơn vị hành chính đứng trước tên riêng viết thường: “${lowerFirst(unit)}”, không viết “${unit}” (Phụ lục II, mục III, Nghị định 30/2020).`,
          fix: replaceFix(ctx.doc, paragraph, m.index, m.index + unit.length, lowerFirst(unit)),
        }),
      );
    }
    return out;
  },
};
