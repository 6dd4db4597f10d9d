/**
 * symbol/type-mismatch: the type abbreviation in the ký hiệu matches tên loại (a báo cáo is BC), and a named
 * type has one at all: “45/SGDĐT” on a tờ trình lacks its “TTr-” (a named type is <n>/<TYPE>-<AGENCY>).
 */
import { REF } from "../../rules/references";
import { DOCUMENT_TYPES, PARTY_TYPES, QPPL_TYPES, partyAbbreviations } from "../../rules/document-types";
import { structureOf } from "../../structure";
import type { CheckContext, Finding, Rule } from "../types";
import { finding, replaceFix } from "../util";
import { parseSoLine } from "./symbol-common";

const STATE_ABBRS = new Set<string>(DOCUMENT_TYPES.flatMap((t) => (t.abbr ? [t.abbr] : [])));
const KNOWN_ABBRS = new Set<string>(
  [...DOCUMENT_TYPES, ...QPPL_TYPES, ...PARTY_TYPES].flatMap((t) => (t.abbr ? [t.abbr] : [])),
);
// Numbers of the National Assembly and its Standing Committee carry no type part (“52/2019/QH14”).
const QH_ISSUER = /^(?:UBTV)?QH\d*$/u;

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
    if (!so || !type || !so.type || so.problem) return [];
    // A QPPL-only type (Thông tư “TT”, Nghị định “NĐ”) has a title the structure does not take for tên loại, so the
    // type it found is the trích yếu's first word (“QUY ĐỊNH …” under “THÔNG TƯ”): no judgement then.
    if (!so.party && KNOWN_ABBRS.has(so.type) && !STATE_ABBRS.has(so.type)) return [];
    const party = so.party ? partyAbbreviations(type) : [];
    const ok = so.party ? party.includes(so.type) : type.abbr === null || type.abbr === so.type;
    if (ok) return [];
    const want = so.party ? party[0] : type.abbr;
    if (!want) return [];
    const at = { paragraph: so.line.paragraph, start: so.typeStart, end: so.typeStart + so.type.length };
    if (!so.party && !KNOWN_ABBRS.has(so.type)) {
      if (QH_ISSUER.test(so.type)) return [];
      // The first group is not a type: the abbreviation is missing (“45/SGDĐT”), or the group is a typo.
      const number = so.number || "…";
      const right = `${number}/${so.qppl ? `${so.symbol?.year ?? ""}/` : ""}${want}-${so.line.text.slice(so.typeStart, so.symbolEnd)}`;
      return [
        finding(symbolTypeMismatch, ctx.doc, {
          ...at,
          message: so.typeHasTail
            ? `Ký hiệu “${so.type}” không phải chữ viết tắt tên loại; chữ viết tắt của ${type.name.toLowerCase()} là “${want}”.`
            : `Số, ký hiệu thiếu chữ viết tắt tên loại: ${type.name.toLowerCase()} viết “<số>/${want}-<cơ quan>” (ở đây nên là “${right}”).`,
          ...(so.typeHasTail
            ? {}
            : {
                fix: replaceFix(ctx.doc, so.line.paragraph, so.typeStart, so.typeStart, `${want}-`, `Thêm “${want}-”`),
              }),
        }),
      ];
    }
    return [
      finding(symbolTypeMismatch, ctx.doc, {
        ...at,
        message: `Ký hiệu “${so.type}” không khớp tên loại “${type.name}”; chữ viết tắt của ${type.name.toLowerCase()} là “${want}”.`,
        fix: replaceFix(ctx.doc, so.line.paragraph, so.typeStart, so.typeStart + so.type.length, want),
      }),
    ];
  },
};
