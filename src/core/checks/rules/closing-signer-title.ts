/**
 * closing/signer-title: the signer's name is written without học hàm, học vị or danh hiệu in front of it
 * (“TS. Trần Văn A” is written “Trần Văn A”). Armed forces, education, health and science bodies may be
 * allowed otherwise by their sector head, so this is a warning and its fix is offered, never applied alone.
 */
import { REF } from "../../rules/references";
import { structureOf } from "../../structure";
import type { CheckContext, Finding, Rule } from "../types";
import { finding, replaceFix } from "../util";

/** Degree and title abbreviations, each with its dot, possibly chained (“PGS.TS.”), before a capitalised name. */
const TITLE =
  /^([\s*_]*)((?:(?:GS|PGS|TSKH|TS|ThS|Ths|THS|KS|BS|DS|CN|NCS|LS)\.\s*)+)(?=\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){1,5}[\s*_]*$)/u;

export const closingSignerTitle: Rule = {
  id: "closing/signer-title",
  meta: {
    severity: "warning",
    ref: REF.plI_II7,
    title: "Học hàm, học vị trước tên người ký",
    family: "closing",
    fixable: true,
    safeFix: false,
  },
  check(ctx: CheckContext): Finding[] {
    const out: Finding[] = [];
    for (const index of structureOf(ctx.doc, ctx.cache).signatureLines) {
      const text = ctx.doc.paragraphs[index].text;
      const m = TITLE.exec(text);
      if (!m) continue;
      const start = m[1].length;
      const end = start + m[2].length;
      const title = m[2].trim();
      out.push(
        finding(closingSignerTitle, ctx.doc, {
          paragraph: index,
          start,
          end,
          message: `Họ tên người ký không kèm học hàm, học vị: bỏ “${title}” trước tên (trừ cơ quan được người đứng đầu ngành cho phép ghi).`,
          fix: replaceFix(ctx.doc, index, start, end, "", `Bỏ “${title}” trước tên người ký`),
        }),
      );
    }
    return out;
  },
};
