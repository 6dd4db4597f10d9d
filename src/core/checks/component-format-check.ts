/**
 * The shape shared by the Phụ lục I component rules: find the component's paragraphs, compare their effective
 * formatting with the rules data of the document's style (state or Party) and report what differs. A value the
 * source could not read (mixed runs, plain text) is not judged.
 */
import type { ParagraphSnapshot } from "../model/document";
import type { FormatEdit } from "../model/edits";
import type { ComponentFormat } from "../rules/formats";
import { componentsOf, isUpperText, type ComponentKind } from "../structure/components";
import { listParagraphs } from "./paragraph-format-check";
import type { CheckContext, Finding, Rule, RuleMeta } from "./types";
import { finding } from "./util";

export interface ComponentSpec {
  id: string;
  kind: ComponentKind;
  /** Vietnamese name of the component for messages ("Quốc hiệu"). */
  label: string;
  /** The component's format for each style; a style without one is not judged. */
  state?: ComponentFormat;
  party?: ComponentFormat;
  /** Judge alignment (only where Phụ lục I fixes it and typed layouts do not vary it). */
  alignment?: boolean;
}

const range = (f: ComponentFormat): string =>
  f.size.min === f.size.max ? `${f.size.min}` : `${f.size.min}–${f.size.max}`;

/** What differs from the format, in words ("in đậm", "cỡ chữ 12–13 (đang 14)"); empty when it conforms. */
export function formatProblems(p: ParagraphSnapshot, f: ComponentFormat, alignment: boolean): string[] {
  const out: string[] = [];
  const font = p.font ?? {};
  if (font.bold !== undefined && font.bold !== f.bold) out.push(f.bold ? "in đậm" : "không in đậm");
  if (font.italic !== undefined && font.italic !== f.italic) out.push(f.italic ? "in nghiêng" : "không in nghiêng");
  if (f.underline !== undefined && font.underline !== undefined && font.underline !== f.underline)
    out.push(f.underline ? "gạch chân" : "không gạch chân");
  if (font.size !== undefined && (font.size < f.size.min || font.size > f.size.max))
    out.push(`cỡ chữ ${range(f)} (đang ${font.size})`);
  if (f.case === "upper" && !isUpperText(p)) out.push("viết in hoa");
  // A line pushed into place with leading spaces or tabs says nothing by its alignment.
  if (alignment && p.alignment !== undefined && !/^[\s\u00a0]/u.test(p.text)) {
    const left = p.alignment === "left" || p.alignment === "justified";
    if (f.align === "centered" && p.alignment !== "centered") out.push("căn giữa");
    else if (f.align === "left" && !left) out.push("căn trái");
  }
  return out;
}

function fixFor(paragraphs: readonly ParagraphSnapshot[], f: ComponentFormat, alignment: boolean): FormatEdit[] {
  return paragraphs.map((p) => {
    const edit: FormatEdit = { kind: "format", paragraph: p.index, font: { bold: f.bold, italic: f.italic } };
    const size = p.font?.size;
    if (size !== undefined && (size < f.size.min || size > f.size.max) && edit.font) edit.font.size = f.size.default;
    if (alignment && f.align === "centered" && p.alignment !== "centered") edit.alignment = "centered";
    return edit;
  });
}

/** Builds a component rule from its spec: one finding per component, listing every paragraph that differs. */
export function componentFormatRule(spec: ComponentSpec): Rule {
  const meta: RuleMeta = {
    severity: "warning",
    ref: (spec.state ?? spec.party)?.ref ?? "",
    title: `Định dạng ${spec.label}`,
    family: "layout",
    fixable: true,
    safeFix: false,
    needsFormatting: true,
  };
  const rule: Rule = {
    id: spec.id,
    meta,
    check(ctx: CheckContext): Finding[] | "not-evaluated" {
      if (!ctx.doc.hasFormatting) return "not-evaluated";
      const c = componentsOf(ctx.doc, ctx.cache);
      if (!c.officialHeader) return [];
      const f = c.style === "party" ? spec.party : spec.state;
      if (!f) return [];
      const paragraphs = (c.at.get(spec.kind) ?? []).map((i) => ctx.doc.paragraphs[i]);
      const bad = paragraphs
        .map((p) => ({ p, problems: formatProblems(p, f, spec.alignment === true) }))
        .filter((x) => x.problems.length > 0);
      if (!bad.length) return [];
      const problems = [...new Set(bad.flatMap((x) => x.problems))];
      const where = paragraphs.length > 1 ? ` (${listParagraphs(bad.map((x) => x.p))})` : "";
      const first = bad[0].p;
      return [
        {
          ...finding(rule, ctx.doc, {
            paragraph: first.index,
            start: 0,
            end: first.text.length,
            message: `${spec.label}${where} phải ${problems.join(", ")}.`,
            fix: {
              description: `Định dạng ${spec.label} theo Phụ lục I`,
              edits: fixFor(
                bad.map((x) => x.p),
                f,
                spec.alignment === true,
              ),
            },
          }),
          ref: f.ref,
        },
      ];
    },
  };
  return rule;
}
