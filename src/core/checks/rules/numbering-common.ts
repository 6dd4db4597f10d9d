/**
 * Shared by the numbering sequence rules: heading numbers within one parent must run 1, 2, 3… (I, II…;
 * a, b, c, d, đ…) without repeats or gaps. The analysis runs once per check and is cached.
 */
import { REF } from "../../rules/references";
import { analyzeNumbering, type NumberingIssue, type NumberingIssueKind } from "../../numbering";
import { structureOf } from "../../structure";
import type { CheckContext, Finding, Rule, RuleMeta } from "../types";
import { finding, para, replaceFix } from "../util";

export function numberingIssues(ctx: CheckContext): NumberingIssue[] {
  const hit = ctx.cache.get("numbering") as NumberingIssue[] | undefined;
  if (hit) return hit;
  const issues = analyzeNumbering(structureOf(ctx.doc, ctx.cache));
  ctx.cache.set("numbering", issues);
  return issues;
}

const marker = (i: NumberingIssue, n: string): string => `${n}${i.heading.separator}`;

/** Said of a heading Word numbers itself: the fix is in Word's numbering, not in the text. */
export const AUTO_NOTE = " (số do Word đánh tự động: sửa bằng lệnh đánh số của Word, ví dụ Set Numbering Value)";

function message(i: NumberingIssue): string {
  return sequenceMessage(i) + (i.heading.auto ? AUTO_NOTE : "");
}

function sequenceMessage(i: NumberingIssue): string {
  const want = i.expected === undefined ? undefined : marker(i, i.expected);
  const got = marker(i, i.heading.number);
  // Without a known expected number (an unsure item before it, or past what the style can write) say only what is wrong.
  const should = (s: string): string => (want === undefined ? "." : s);
  switch (i.kind) {
    case "duplicate":
      return `Số thứ tự mục trùng: đã có “${got}” ở đoạn ${para(i.related?.paragraph ?? 0)}${should(`; mục này nên là “${want}”.`)}`;
    case "gap":
      return `Số thứ tự mục bị nhảy: sau “${marker(i, i.related?.number ?? "")}” (đoạn ${para(i.related?.paragraph ?? 0)}) là “${got}”${should(`; mục này nên là “${want}”.`)}`;
    case "shifted":
      return want === undefined
        ? `Số thứ tự mục lệch theo lỗi ở đoạn ${para(i.related?.paragraph ?? 0)}: “${got}” không đúng thứ tự.`
        : `Số thứ tự mục lệch theo lỗi ở đoạn ${para(i.related?.paragraph ?? 0)}: “${got}” nên là “${want}”.`;
    case "start":
      return want === undefined
        ? `Mục đầu tiên ở cấp này không bắt đầu đúng thứ tự: “${got}”.`
        : `Mục đầu tiên ở cấp này phải bắt đầu từ “${want}”, không phải “${got}”.`;
    case "roman-invalid":
      return `Số La Mã “${i.heading.number}” không hợp lệ${should(`; ở vị trí này nên là “${want}”.`)}`;
    default:
      return "";
  }
}

const META_BASE = { ref: REF.plI_II6, family: "numbering", fixable: true, safeFix: true } as const;

export function makeNumberingRule(
  kind: NumberingIssueKind,
  id: string,
  meta: Omit<RuleMeta, keyof typeof META_BASE>,
): Rule {
  const rule: Rule = {
    id,
    meta: { ...META_BASE, ...meta },
    check(ctx: CheckContext): Finding[] {
      return numberingIssues(ctx)
        .filter((i) => i.kind === kind)
        .map((i) =>
          finding(rule, ctx.doc, {
            paragraph: i.heading.paragraph,
            start: i.heading.markerStart,
            end: i.heading.markerEnd,
            message: message(i),
            // A fix only where the whole sequence is unambiguous; Word's own list numbers are left to Word.
            fix:
              i.heading.auto || !i.certain || i.expected === undefined
                ? undefined
                : replaceFix(ctx.doc, i.heading.paragraph, i.heading.numStart, i.heading.numEnd, i.expected),
          }),
        );
    },
  };
  return rule;
}
