import type { Rule } from "../../checks/types";
import { REF } from "../../rules/references";
import { documentCitations, finding, type DocCitation } from "../analysis";

/**
 * One document cited with two symbols in the same text: “52/2019/QH14” in one place and “52/2019/QH13” in
 * another (same number, year and type, the issuer's term differs). One of them is a typo. The catalog decides
 * when it knows exactly one of the two; otherwise the form written most often (the first on a tie) is kept and
 * the others are reported.
 */
export const citationSymbolConflict: Rule = {
  id: "citation-symbol-conflict",
  meta: {
    severity: "warning",
    ref: REF.nd30Art15,
    title: "Một văn bản được ghi hai số, ký hiệu khác nhau",
    family: "citation",
    fixable: false,
  },
  check(ctx) {
    const groups = new Map<string, DocCitation[]>();
    for (const c of documentCitations(ctx)) {
      const s = c.mention.symbol;
      if (!s || s.family !== "qppl" || !/\d$/u.test(s.issuer)) continue;
      // Same number, year, type and issuer up to its trailing term number (QH14/QH13, UBTVQH14/UBTVQH15).
      const key = `${s.number}/${s.year}/${s.typeAbbr ?? ""}/${s.issuer.replace(/\d+$/u, "")}`;
      const list = groups.get(key) ?? [];
      list.push(c);
      groups.set(key, list);
    }
    const out = [];
    for (const list of groups.values()) {
      const forms = new Map<string, DocCitation[]>();
      for (const c of list) {
        const t = c.mention.symbol!.text;
        forms.set(t, [...(forms.get(t) ?? []), c]);
      }
      if (forms.size < 2) continue;
      const known = [...forms.keys()].filter((t) => ctx.options.catalogLookup?.(t));
      const kept =
        known.length === 1 ? known[0] : [...forms.entries()].reduce((a, b) => (b[1].length > a[1].length ? b : a))[0];
      const first = forms.get(kept)![0];
      for (const [text, cs] of forms) {
        if (text === kept) continue;
        for (const c of cs) {
          const m = c.mention;
          out.push(
            finding(
              citationSymbolConflict,
              ctx,
              c.paragraph,
              m.symbolStart ?? m.start,
              m.symbolEnd ?? m.end,
              `Văn bản này được ghi hai số, ký hiệu khác nhau: “${text}” ở đây và “${kept}” ở đoạn ${first.paragraph + 1}${known.length === 1 ? " (đúng theo danh mục văn bản)" : ""}; kiểm tra lại số, ký hiệu.`,
            ),
          );
        }
      }
    }
    return out;
  },
};
