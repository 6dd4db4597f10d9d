/** symbol/type-mismatch: the type abbreviation in the ký hiệu matches tên loại (a báo cáo is BC). */
import { REF } from "../../rules/references";
import { partyAbbreviations } from "../../rules/document-types";
import { structureOf } from "../../structure";
import type { CheckContext, Finding, Rule } from "../types";
import { finding, replaceFix } from "../util";
import { parseSoLine } from "./symbol-common";

export const symbolTypeMismatch: Rule = {
  id: "symbol/type-mismatch",
  meta: {
    severity: "error",
    ref: REF.plIII,
    title: "Ký hiệu không khớp tên loại",
    family: "symbol",
    fixable: true,
    safeFix: false,
  },
  check(ctx: CheckContext): Finding[] {
    const so = parseSoLine(ctx);
    const type = structureOf(ctx.doc, ctx.cache).documentType;
    if (!so || !type || !so.type) return [];
    const party = so.party ? partyAbbreviations(type) : [];
    const ok = so.party ? party.includes(so.type) : type.abbr === null || type.abbr === so.type;
    if (ok) return [];
    const want = so.party ? party[0] : type.abbr;
    if (!want) return [];
    return [
      finding(symbolTypeMismatch, ctx.doc, {
        paragraph: so.line.paragraph,
        start: so.typeStart,
        end: so.typeStart + so.type.length,
        message: `Ký hiệu “${so.type}” không khớp tên loại “${type.name}”; chữ viết tắt của ${type.name.toLowerCase()} là “${want}”.`,
        fix: replaceFix(ctx.doc, so.line.paragraph, so.typeStart, so.typeStart + so.type.length, want),
      }),
    ];
  },
};
