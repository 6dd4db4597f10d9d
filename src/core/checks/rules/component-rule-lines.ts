/**
 * component/rule-lines: a solid rule under the tiêu ngữ (Party: under “ĐẢNG CỘNG SẢN VIỆT NAM”) and under the
 * issuing body's name (state documents; the Party puts a “*” there). Read where a .docx allows it: a paragraph
 * border, a line shape, an underline, or a typed line of dashes or underscores. Elsewhere: not evaluated.
 */
import type { ParagraphSnapshot } from "../../model/document";
import { RULE_LENGTHS } from "../../rules/formats";
import { componentsOf, type ComponentKind } from "../../structure/components";
import type { CheckContext, Finding, Rule } from "../types";
import { finding } from "../util";

const TYPED_RULE = /^[\s]*[-_─━=]{3,}[\s]*$/u;
/** Empty paragraphs (or typed rules) after a line that may carry its rule. */
const LOOKAHEAD = 3;

function ruledAt(ps: readonly ParagraphSnapshot[], i: number, underlineCounts: boolean): boolean {
  const p = ps[i];
  if (p.ruleBelow || (underlineCounts && p.font?.underline === true)) return true;
  for (let j = i + 1; j < Math.min(ps.length, i + 1 + LOOKAHEAD); j++) {
    const q = ps[j];
    if (q.ruleBelow || TYPED_RULE.test(q.text)) return true;
    if (q.text.trim() !== "") break;
  }
  return false;
}

const NAMES: Partial<Record<ComponentKind, string>> = {
  tieuNgu: "Tiêu ngữ",
  partyHeader: "“ĐẢNG CỘNG SẢN VIỆT NAM”",
  agency: "Tên cơ quan ban hành",
};

export const componentRuleLines: Rule = {
  id: "component/rule-lines",
  meta: {
    severity: "warning",
    ref: RULE_LENGTHS.tieuNgu.ref,
    title: "Đường kẻ dưới tiêu ngữ và tên cơ quan",
    family: "layout",
    fixable: false,
    needsFormatting: true,
  },
  check(ctx: CheckContext): Finding[] | "not-evaluated" {
    if (!ctx.doc.hasFormatting || !ctx.doc.rulesReadable) return "not-evaluated";
    const c = componentsOf(ctx.doc, ctx.cache);
    if (!c.officialHeader) return [];
    const ps = ctx.doc.paragraphs;
    const kinds: ComponentKind[] = c.style === "party" ? ["partyHeader"] : ["tieuNgu", "agency"];
    const targets = kinds
      .map((kind) => ({ kind, at: c.at.get(kind) ?? [] }))
      .filter((t) => t.at.length > 0)
      .map((t) => ({ kind: t.kind, last: t.at[t.at.length - 1] }));
    if (!targets.length) return [];
    // Line shapes are anchored wherever the drafter clicked: two of them in the header cover both rules.
    const headerEnd = Math.max(...targets.map((t) => t.last)) + LOOKAHEAD;
    const shapes = ps.slice(0, headerEnd + 1).filter((p) => p.ruleBelow === "shape").length;
    if (shapes >= targets.length) return [];
    const out: Finding[] = [];
    for (const t of targets) {
      if (ruledAt(ps, t.last, true)) continue;
      const p = ps[t.last];
      out.push(
        finding(componentRuleLines, ctx.doc, {
          paragraph: t.last,
          start: 0,
          end: p.text.length,
          message: `Dưới ${NAMES[t.kind]} phải có đường kẻ ngang, nét liền${t.kind === "agency" ? ", dài từ 1/3 đến 1/2 dòng chữ, đặt cân đối giữa" : ", dài bằng dòng chữ"}; không tìm thấy đường kẻ.`,
        }),
      );
    }
    return out;
  },
};
