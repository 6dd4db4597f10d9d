/** fixed-string/signing: signing authority prefixes are written “TM. ”, “KT. ”, “TL. ”, “TUQ. ”, “Q. ” before the title. */
import { SIGNING_PREFIXES, SIGNING_REF } from "../../rules/signing";
import type { CheckContext, Finding, Rule } from "../types";
import { finding, replaceFix } from "../util";

const AUTH = SIGNING_PREFIXES.map((p) => p.authority).join("|");
const RE = new RegExp(`^([\\s*_]*)(${AUTH})(\\s*\\.?\\s*)(?=[A-ZĐÀ-Ỹ]{2})`, "u");

export const fixedSigning: Rule = {
  id: "fixed-string/signing",
  meta: {
    severity: "warning",
    ref: SIGNING_REF,
    title: "Quyền hạn ký",
    family: "fixed-string",
    fixable: true,
    safeFix: true,
  },
  check(ctx: CheckContext): Finding[] {
    const out: Finding[] = [];
    for (const p of ctx.doc.paragraphs) {
      const t = p.text;
      if (t.length > 80) continue;
      const m = RE.exec(t);
      if (!m) continue;
      const rest = t.slice(m[0].length).replace(/[*_\s]+$/u, "");
      // Only an upper-case title line ("KT. GIÁM ĐỐC"), not a sentence that starts with such letters.
      if (!rest || rest !== rest.toLocaleUpperCase("vi")) continue;
      const prefix = SIGNING_PREFIXES.find((s) => s.authority === m[2]);
      if (!prefix || m[3] === ". " || m[3] === "") continue;
      const start = m[1].length;
      const end = start + m[2].length + m[3].length;
      out.push(
        finding(fixedSigning, ctx.doc, {
          paragraph: p.index,
          start,
          end,
          message: `Quyền hạn ký viết “${prefix.state} ${rest.split(/\s+/u)[0]}…” (dấu chấm rồi một dấu cách); ở đây là “${t.slice(start, end)}”.`,
          fix: replaceFix(ctx.doc, p.index, start, end, `${prefix.state} `),
        }),
      );
    }
    return out;
  },
};
