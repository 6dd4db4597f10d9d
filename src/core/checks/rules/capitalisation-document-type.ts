/**
 * capitalisation/document-type: a document type cited with its number is capitalised (“Nghị định số
 * 30/2020/NĐ-CP”, “theo Quyết định số 12/QĐ-UBND”). Judged only before “số” and a number with its ký hiệu, where
 * the word names one document and cannot be the common noun.
 */
import { CAPITALISATION_REF } from "../../rules/capitalisation";
import { DOCUMENT_TYPES } from "../../rules/document-types";
import type { CheckContext, Finding, Rule } from "../types";
import { finding, matchAll, replaceFix } from "../util";
import { capitaliseFirst, phraseSource } from "./capitalisation-common";

const TYPES = [...new Set([...DOCUMENT_TYPES.map((t) => t.name.toLowerCase()), "nghị định", "thông tư", "pháp lệnh"])];
const RE = new RegExp(
  `(?<![\\p{L}\\p{M}])(${TYPES.sort((a, b) => b.length - a.length)
    .map(phraseSource)
    .join("|")})\\s+số\\s+\\d+/`,
  "gu",
);

export const capitalisationDocumentType: Rule = {
  id: "capitalisation/document-type",
  meta: {
    severity: "warning",
    ref: CAPITALISATION_REF.docType,
    title: "Viết hoa tên loại văn bản",
    family: "capitalisation",
    fixable: true,
    safeFix: false,
  },
  check(ctx: CheckContext): Finding[] {
    const out: Finding[] = [];
    for (const { paragraph, m } of matchAll(ctx.doc, RE)) {
      const type = m[1] ?? "";
      const right = capitaliseFirst(type);
      out.push(
        finding(capitalisationDocumentType, ctx.doc, {
          paragraph,
          start: m.index,
          end: m.index + type.length,
          message: `Tên loại văn bản khi viện dẫn viết hoa chữ cái đầu: “${right} số …”, không viết “${type} số …” (Phụ lục II, mục V, Nghị định 30/2020).`,
          fix: replaceFix(ctx.doc, paragraph, m.index, m.index + type.length, right),
        }),
      );
    }
    return out;
  },
};
