/** Body text helpers: Căn cứ lines and ordinary body paragraphs per PL I mục I. */
import { BODY_PARAGRAPH, cmToPt, PARTY_FORMATS, ptToTwips, STATE_FORMATS } from "../rules";
import type { BlockStyle } from "./input";
import { fmt, p1, type ParaOptions, type RunFormat } from "./wordml";

const FIRST_LINE = ptToTwips(cmToPt(BODY_PARAGRAPH.defaultFirstLineIndentCm));

export function bodyFormat(style: BlockStyle = "state"): RunFormat {
  return fmt(style === "party" ? PARTY_FORMATS.body : STATE_FORMATS.body);
}

/** Justified, first-line indent 1.27 cm, 6 pt after, line spacing in range. */
export function bodyParaOptions(extra: ParaOptions = {}): ParaOptions {
  return {
    align: "justified",
    firstLine: FIRST_LINE,
    before: 0,
    after: BODY_PARAGRAPH.defaultSpaceAfterPt,
    line: BODY_PARAGRAPH.lineSpacing.default,
    ...extra,
  };
}

export function buildBodyParagraphs(
  texts: readonly string[],
  style: BlockStyle = "state",
  f?: Partial<RunFormat>,
): string {
  const base = { ...bodyFormat(style), ...f };
  return texts.map((t) => p1(t, base, bodyParaOptions())).join("");
}

/** Căn cứ lines: italic, each ending ";", the last ".". */
export function buildCanCu(lines: readonly string[]): string {
  const list = lines.map((l) => l.trim().replace(/[;.,]+$/, "")).filter((l) => l !== "");
  const f = fmt(STATE_FORMATS.canCu);
  return list.map((l, i) => p1(`${l}${i === list.length - 1 ? "." : ";"}`, f, bodyParaOptions())).join("");
}

/** A centred bold line such as "QUYẾT ĐỊNH:" or "QUYẾT NGHỊ:". */
export function buildDecisionWord(text: string): string {
  return p1(text.trim(), fmt(STATE_FORMATS.decisionWord), { align: "centered", before: 6, after: 6, keepNext: true });
}

/** The bold authority line of a quyết định ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH …"), as written (công điện ends in "điện:"). */
export function buildAuthorityLine(text: string): string {
  return p1(text.trim(), fmt(STATE_FORMATS.decisionWord), {
    align: "centered",
    before: 6,
    after: 6,
  });
}

export { FIRST_LINE as FIRST_LINE_INDENT_TWIPS };
