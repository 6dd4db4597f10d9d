/**
 * capitalisation/document-part: when a part of a document is cited, Phần, Chương, Mục and Điều are capitalised
 * and khoản, điểm are not (“điểm a khoản 1 Điều 3”). Judged: “điều 5” and “chương II” in lower case, and a
 * capital Khoản/Điểm inside a sentence. Not judged: the plural “các điều 69, 70” (as legal texts write it),
 * “phần”/“mục” (official texts also write “mục I Phụ lục II”), and “chương” before an Arabic number
 * (“Kỷ niệm chương 01”), since a chapter carries a Roman number.
 */
import { CAPITALISATION_REF } from "../../rules/capitalisation";
import type { CheckContext, Finding, Rule } from "../types";
import { finding, matchAll, replaceFix } from "../util";
import { capitaliseFirst, lowerFirst, midSentence } from "./capitalisation-common";

const LOWER_PART = /(?<![\p{L}\p{M}])(?<!các\s)(điều\s+\d+|chương\s+[IVXLC]+)(?![\p{L}\p{M}\d])/gu;
const UPPER_SUB = /(?<![\p{L}\p{M}])(Khoản\s+\d+|Điểm\s+[a-zđ])(?![\p{L}\p{M}\d])/gu;

export const capitalisationDocumentPart: Rule = {
  id: "capitalisation/document-part",
  meta: {
    severity: "warning",
    ref: CAPITALISATION_REF.part,
    title: "Viết hoa phần, chương, điều",
    family: "capitalisation",
    fixable: true,
    safeFix: false,
  },
  check(ctx: CheckContext): Finding[] {
    const out: Finding[] = [];
    for (const { paragraph, m } of matchAll(ctx.doc, LOWER_PART)) {
      const word = (m[1] ?? "").split(/\s/u)[0] ?? "";
      const right = capitaliseFirst(word);
      out.push(
        finding(capitalisationDocumentPart, ctx.doc, {
          paragraph,
          start: m.index,
          end: m.index + word.length,
          message: `Khi viện dẫn, viết hoa chữ cái đầu của chương, điều: “${right}”, không viết “${word}” (Phụ lục II, mục V, Nghị định 30/2020).`,
          fix: replaceFix(ctx.doc, paragraph, m.index, m.index + word.length, right),
        }),
      );
    }
    for (const { paragraph, m } of matchAll(ctx.doc, UPPER_SUB)) {
      const text = ctx.doc.paragraphs[paragraph]?.text ?? "";
      if (!midSentence(text, m.index)) continue;
      const word = (m[1] ?? "").split(/\s/u)[0] ?? "";
      out.push(
        finding(capitalisationDocumentPart, ctx.doc, {
          paragraph,
          start: m.index,
          end: m.index + word.length,
          message: `Khi viện dẫn, khoản và điểm viết thường: “${lowerFirst(word)}”, không viết “${word}” (Phụ lục II, mục V, Nghị định 30/2020).`,
          fix: replaceFix(ctx.doc, paragraph, m.index, m.index + word.length, lowerFirst(word)),
        }),
      );
    }
    return out;
  },
};
