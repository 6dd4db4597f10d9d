import type { Rule } from "../../checks/types";
import { REF } from "../../rules/references";
import { documentCitations, finding } from "../analysis";
import { typeNamesForAbbr } from "../symbol";

// Generic words that do not name a type, and the names a QPPL number without a type part stands for.
const GENERIC = new Set(["Văn bản", "Công văn"]);
const QH_NAMES = new Set(["Luật", "Bộ luật", "Nghị quyết", "Pháp lệnh", "Hiến pháp", "Nghị quyết liên tịch"]);

/** "Quyết định số 36a/NQ-CP": the type name written before the number must match the ký hiệu. */
export const citationTypeMismatch: Rule = {
  id: "citation-type-mismatch",
  meta: {
    severity: "error",
    ref: `${REF.plIII}; ${REF.nd30Art15}`,
    title: "Tên loại không khớp ký hiệu văn bản",
    family: "citation",
    fixable: false,
  },
  check(ctx) {
    return documentCitations(ctx).flatMap(({ paragraph, mention: m }) => {
      if (m.typeInferred || !m.symbol || GENERIC.has(m.type)) return [];
      const s = m.symbol;
      if (!s.typeAbbr) {
        // 64/2025/QH15 is a Luật or a Nghị quyết of the National Assembly, never a Nghị định.
        if (s.family === "qppl" && /^(?:UBTV)?QH\d*$/.test(s.issuer) && !QH_NAMES.has(m.type)) {
          return [
            finding(
              citationTypeMismatch,
              ctx,
              paragraph,
              m.start,
              m.symbolEnd ?? m.end,
              `${s.text} là số của Luật, Pháp lệnh hoặc Nghị quyết của Quốc hội, không phải ${m.type}.`,
            ),
          ];
        }
        return [];
      }
      let names = typeNamesForAbbr(s.family, s.typeAbbr);
      if (names.length === 0 && s.family === "qppl") names = typeNamesForAbbr("state", s.typeAbbr);
      if (names.length === 0 || names.includes(m.type)) return [];
      // Thông tư liên tịch may be written "Thông tư liên tịch số … /TTLT-…"; the written name is canonicalised already.
      const tail = s.family === "party" ? `${s.typeAbbr}/${s.issuer}` : `${s.typeAbbr}-${s.issuer}`;
      return [
        finding(
          citationTypeMismatch,
          ctx,
          paragraph,
          m.start,
          m.symbolEnd ?? m.end,
          `${tail} là ký hiệu của ${names.join(" hoặc ")}, không phải ${m.type}: sửa tên loại hoặc số, ký hiệu.`,
        ),
      ];
    });
  },
};
