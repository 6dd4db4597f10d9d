/**
 * capitalisation/agency-name: a known agency name written with the wrong capitals (“Ủy Ban Nhân Dân”, “Sở Thông
 * Tin và Truyền Thông”). Only exact names of the list are judged, and only when their first word is written as
 * the decree writes it, so generic uses (“các ủy ban”) and headings in capitals are left alone. A name with no
 * capital after its first word is not judged either: in “Giám đốc Sở xây dựng kế hoạch” the words are a verb.
 * Right after a title (“Bộ trưởng Bộ nội vụ”, “Giám đốc Sở tài chính”) such a name is the agency's, and it is
 * reported as info, except for a function that reads as a verb (“xây dựng”).
 */
import { AGENCY_NAMES, CAPITALISATION_REF, TITLE_WORDS } from "../../rules/capitalisation";
import type { CheckContext, Finding, Rule } from "../types";
import { finding, matchAll, replaceFix } from "../util";
import { allCaps, phraseSource } from "./capitalisation-common";

// Longest first, so “Ủy ban Mặt trận Tổ quốc Việt Nam” wins over a shorter name it contains.
const NAMES = [...AGENCY_NAMES].sort((a, b) => b.length - a.length);
const CANONICAL = new Map(NAMES.map((n) => [n.toLowerCase(), n]));
// A title just before the name: “Bộ trưởng ”, “Giám đốc ”, in any case.
const AFTER_TITLE = new RegExp(`(?<![\\p{L}\\p{M}])(?:${TITLE_WORDS.map(phraseSource).join("|")})\\s+$`, "iu");
const VERB_FUNCTIONS = /^(?:Sở|Bộ) Xây dựng$/u;
const RE = new RegExp(`(?<![\\p{L}\\p{M}])(?:${NAMES.map(phraseSource).join("|")})(?![\\p{L}\\p{M}])`, "giu");

export const capitalisationAgencyName: Rule = {
  id: "capitalisation/agency-name",
  meta: {
    severity: "warning",
    ref: CAPITALISATION_REF.agency,
    title: "Viết hoa tên cơ quan",
    family: "capitalisation",
    fixable: true,
    safeFix: false,
  },
  check(ctx: CheckContext): Finding[] {
    const out: Finding[] = [];
    for (const { paragraph, m } of matchAll(ctx.doc, RE)) {
      const written = m[0];
      const name = CANONICAL.get(written.replace(/\s+/gu, " ").toLowerCase());
      if (!name || allCaps(written)) continue;
      const spaced = written.replace(/\s+/gu, " ");
      if (spaced === name || spaced.split(" ")[0] !== name.split(" ")[0]) continue;
      let severity: "info" | undefined;
      if (!/\s\p{Lu}/u.test(written)) {
        const titled = AFTER_TITLE.test(
          ctx.doc.paragraphs[paragraph]?.text.slice(Math.max(0, m.index - 40), m.index) ?? "",
        );
        if (!titled || VERB_FUNCTIONS.test(name)) continue;
        severity = "info";
      }
      out.push(
        finding(capitalisationAgencyName, ctx.doc, {
          paragraph,
          start: m.index,
          end: m.index + written.length,
          ...(severity ? { severity } : {}),
          message: `Tên cơ quan viết hoa chữ cái đầu và các chữ chỉ chức năng: “${name}”, không viết “${written}” (Phụ lục II, mục IV, Nghị định 30/2020).`,
          fix: replaceFix(ctx.doc, paragraph, m.index, m.index + written.length, name),
        }),
      );
    }
    return out;
  },
};
