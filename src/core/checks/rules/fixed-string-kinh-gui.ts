/** fixed-string/kinh-gui: the addressee line opens with “Kính gửi:”. */
import { FIXED } from "../../rules/fixed-strings";
import { structureOf } from "../../structure";
import type { CheckContext, Finding, Rule } from "../types";
import { finding, replaceFix } from "../util";

export const fixedKinhGui: Rule = {
  id: "fixed-string/kinh-gui",
  meta: {
    severity: "warning",
    ref: FIXED.kinhGui.ref,
    title: "“Kính gửi:”",
    family: "fixed-string",
    fixable: true,
    safeFix: true,
  },
  check(ctx: CheckContext): Finding[] {
    const line = structureOf(ctx.doc, ctx.cache).kinhGuiLine;
    if (!line) return [];
    const m = /^K[íi]nh\s*g[ửu]i(?:\s*[:.])?/iu.exec(line.text.slice(line.start));
    if (!m || m[0] === FIXED.kinhGui.text) return [];
    const end = line.start + m[0].length;
    // Keep one space between the label and text on the same line.
    const next = line.text.slice(end);
    const replacement = next && !/^\s/u.test(next) ? `${FIXED.kinhGui.text} ` : FIXED.kinhGui.text;
    return [
      finding(fixedKinhGui, ctx.doc, {
        paragraph: line.paragraph,
        start: line.start,
        end,
        message: `Viết đúng “${FIXED.kinhGui.text}” (có dấu hai chấm); ở đây là “${m[0]}”.`,
        fix: replaceFix(ctx.doc, line.paragraph, line.start, end, replacement),
      }),
    ];
  },
};
