/**
 * capitalisation/law-name: the name of a law or code after “Luật”/“Bộ luật” starts with a capital (“Luật Đất
 * đai”, “Bộ luật Lao động”). Only names of the list are judged, and only a first word in small letters: how the
 * later words are written varies even in official texts (“Ngân sách nhà nước”/“Nhà nước”). “pháp luật đất đai”
 * (the law in general) is left alone because “luật” is not capitalised there.
 */
import { CAPITALISATION_REF, LAW_NAMES } from "../../rules/capitalisation";
import type { CheckContext, Finding, Rule } from "../types";
import { finding, matchAll, replaceFix } from "../util";
import { allCaps, capitaliseFirst, phraseSource } from "./capitalisation-common";

const NAMES = [...LAW_NAMES].sort((a, b) => b.length - a.length);
const CANONICAL = new Map(NAMES.map((n) => [n.toLowerCase(), n]));
const RE = new RegExp(
  `(?<![\\p{L}\\p{M}])(Bộ luật|Luật)\\s+(${NAMES.map(phraseSource).join("|")})(?![\\p{L}\\p{M}])`,
  "giu",
);

export const capitalisationLawName: Rule = {
  id: "capitalisation/law-name",
  meta: {
    severity: "warning",
    ref: CAPITALISATION_REF.law,
    title: "Viết hoa tên luật",
    family: "capitalisation",
    fixable: true,
    safeFix: false,
  },
  check(ctx: CheckContext): Finding[] {
    const out: Finding[] = [];
    for (const { paragraph, m } of matchAll(ctx.doc, RE)) {
      const head = m[1] ?? "";
      const written = m[2] ?? "";
      // “Luật”/“Bộ luật” as the decree writes them; a heading in capitals is its own style.
      if (head !== "Luật" && head !== "Bộ luật") continue;
      if (allCaps(written)) continue;
      if (!CANONICAL.has(written.replace(/\s+/gu, " ").toLowerCase())) continue;
      if (!/^\p{Ll}/u.test(written)) continue;
      const name = capitaliseFirst(written);
      const start = m.index + m[0].length - written.length;
      out.push(
        finding(capitalisationLawName, ctx.doc, {
          paragraph,
          start,
          end: start + written.length,
          message: `Tên luật, bộ luật viết hoa chữ cái đầu của tên gọi: “${head} ${name}”, không viết “${head} ${written}” (Phụ lục II, mục V, Nghị định 30/2020).`,
          fix: replaceFix(ctx.doc, paragraph, start, start + written.length, name),
        }),
      );
    }
    return out;
  },
};
