/**
 * capitalisation/title: titles and positions (Phụ lục II, mục V: tên chức vụ, học vị, danh hiệu). Three certain
 * cases only:
 * - a fixed title whose agency part lost its capitals (“Thủ tướng chính phủ”, “Chủ tịch quốc hội”), judged only
 *   when its first word is written as the decree writes it (warning);
 * - a title in small letters right before a person's name, a known family name and two more capitalised words
 *   (“giám đốc Nguyễn Văn An”, warning);
 * - a title in small letters right before a known agency name written correctly (“bộ trưởng Bộ Nội vụ”, info:
 *   some agencies keep the title in small letters there).
 * A title after “phó” or “tổng” is part of a longer title whose capitals vary, and a title with nothing named after
 * it (“giám đốc các sở”) is a common noun: neither is judged.
 */
import { AGENCY_NAMES, CAPITALISATION_REF, FAMILY_NAMES, FIXED_TITLES, TITLE_WORDS } from "../../rules/capitalisation";
import type { CheckContext, Finding, Rule } from "../types";
import { finding, matchAll, replaceFix } from "../util";
import { allCaps, capitaliseFirst, phraseSource } from "./capitalisation-common";

const NOT_LETTER = "(?![\\p{L}\\p{M}])";
const byLength = (list: readonly string[]) => [...list].sort((a, b) => b.length - a.length);

const FIXED = byLength(FIXED_TITLES);
const FIXED_CANONICAL = new Map(FIXED.map((n) => [n.toLowerCase(), n]));
const FIXED_RE = new RegExp(`(?<![\\p{L}\\p{M}])(?:${FIXED.map(phraseSource).join("|")})${NOT_LETTER}`, "giu");

const TITLES = byLength(TITLE_WORDS).map(phraseSource).join("|");
// A word right before the title that makes it part of a longer one (“phó giám đốc”, “Tổng giám đốc”).
const NOT_AFTER_PREFIX = "(?<!(?:[Pp]hó|PHÓ|[Tt]ổng|TỔNG)\\s+)";
const NAME_WORD = "\\p{Lu}[\\p{Ll}\\p{M}]*";
const PERSON = `(?:${FAMILY_NAMES.join("|")})(?:\\s+${NAME_WORD}){2,3}${NOT_LETTER}`;
// “Chính phủ” and “Quốc hội” complete the highest titles (“thủ tướng Chính phủ”).
const AGENCY = `(?:${byLength([...AGENCY_NAMES, "Chính phủ", "Quốc hội"])
  .map(phraseSource)
  .join("|")})${NOT_LETTER}`;
const BEFORE_RE = new RegExp(`(?<![\\p{L}\\p{M}])${NOT_AFTER_PREFIX}(${TITLES})\\s+(?:(${PERSON})|(${AGENCY}))`, "gu");

export const capitalisationTitle: Rule = {
  id: "capitalisation/title",
  meta: {
    severity: "warning",
    ref: CAPITALISATION_REF.title,
    title: "Viết hoa chức vụ trước tên người, tên cơ quan",
    family: "capitalisation",
    fixable: true,
    safeFix: false,
  },
  check(ctx: CheckContext): Finding[] {
    const out: Finding[] = [];
    for (const { paragraph, m } of matchAll(ctx.doc, FIXED_RE)) {
      const written = m[0];
      const title = FIXED_CANONICAL.get(written.replace(/\s+/gu, " ").toLowerCase());
      if (!title || allCaps(written)) continue;
      const spaced = written.replace(/\s+/gu, " ");
      if (spaced === title || spaced.split(" ")[0] !== title.split(" ")[0]) continue;
      out.push(
        finding(capitalisationTitle, ctx.doc, {
          paragraph,
          start: m.index,
          end: m.index + written.length,
          message: `Chức danh viết như Nghị định: “${title}”, không viết “${written}” (Phụ lục II, mục IV và mục V, Nghị định 30/2020).`,
          fix: replaceFix(ctx.doc, paragraph, m.index, m.index + written.length, title),
        }),
      );
    }
    for (const { paragraph, m } of matchAll(ctx.doc, BEFORE_RE)) {
      const written = m[1] ?? "";
      const person = m[2];
      const named = person ?? m[3] ?? "";
      const right = capitaliseFirst(written.replace(/\s+/gu, " "));
      out.push(
        finding(capitalisationTitle, ctx.doc, {
          paragraph,
          start: m.index,
          end: m.index + written.length,
          severity: person ? "warning" : "info",
          message: `Chức vụ đi liền với ${person ? "tên người" : "tên cơ quan"} viết hoa chữ cái đầu: “${right} ${named}”, không viết “${written} ${named}” (Phụ lục II, mục V, Nghị định 30/2020).`,
          fix: replaceFix(ctx.doc, paragraph, m.index, m.index + written.length, right),
        }),
      );
    }
    return out;
  },
};
