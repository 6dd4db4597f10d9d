/**
 * Section skeletons per PL I mục II.6. Numbers are computed from the outline's shape, so a template only
 * states levels and titles. Điều, Chương and Phần run through the whole document; lower levels restart
 * under each parent.
 */
import { toRoman, vietnameseLetter, STATE_FORMATS } from "../rules";
import { bodyFormat, bodyParaOptions, FIRST_LINE_INDENT_TWIPS } from "./body";
import type { BlockStyle } from "./input";
import { fmt, p1, para } from "./wordml";

export type ScaffoldKind = "no-articles" | "articles";
/** no-articles: phan → muc (I.) → khoan (1.) → diem (a)) → dash (-) → plus (+).
 *  articles: phan → chuong → muc (Mục 1) → tieu-muc → dieu → khoan → diem. */
export type ScaffoldLevel = "phan" | "chuong" | "muc" | "tieu-muc" | "dieu" | "khoan" | "diem" | "dash" | "plus";

export interface ScaffoldNode {
  level: ScaffoldLevel;
  /** Heading title; required for phần, chương, mục, tiểu mục and điều. */
  title?: string;
  /** Text on the heading line after the number (khoản, điểm, dash without a title). */
  text?: string;
  /** Body paragraphs under the heading. */
  body?: string[];
  children?: ScaffoldNode[];
}

const ORDER: Record<ScaffoldKind, ScaffoldLevel[]> = {
  "no-articles": ["phan", "muc", "khoan", "diem", "dash", "plus"],
  articles: ["phan", "chuong", "muc", "tieu-muc", "dieu", "khoan", "diem"],
};
const GLOBAL: ReadonlySet<ScaffoldLevel> = new Set(["phan", "chuong", "dieu"]);

/** Problems with an outline (levels out of order, missing titles), in Vietnamese. Empty when fine. */
export function validateOutline(kind: ScaffoldKind, nodes: readonly ScaffoldNode[]): string[] {
  const out: string[] = [];
  const order = ORDER[kind];
  const walk = (list: readonly ScaffoldNode[], parentRank: number) => {
    for (const n of list) {
      const rank = order.indexOf(n.level);
      if (rank < 0)
        out.push(`Cấp "${n.level}" không dùng trong văn bản ${kind === "articles" ? "có" : "không có"} điều.`);
      else if (rank <= parentRank) out.push(`Cấp "${n.level}" không thể nằm trong cấp cao hơn hoặc bằng nó.`);
      if (["phan", "chuong", "muc", "tieu-muc", "dieu"].includes(n.level) && !n.title?.trim())
        out.push(`Cấp "${n.level}" phải có tên (PL I mục II.6).`);
      if (n.level === "diem" && kind === "articles" && parentRank !== order.indexOf("khoan"))
        out.push("Điểm chỉ nằm trong khoản.");
      walk(n.children ?? [], rank < 0 ? parentRank : rank);
    }
  };
  walk(nodes, -1);
  return out;
}

/** The literal number of a heading: "Phần I", "Chương II", "I.", "Mục 1", "Điều 3.", "1.", "a)", "-", "+". */
export function headingLabel(kind: ScaffoldKind, level: ScaffoldLevel, n: number): string {
  switch (level) {
    case "phan":
      return `Phần ${toRoman(n)}`;
    case "chuong":
      return `Chương ${toRoman(n)}`;
    case "muc":
      return kind === "articles" ? `Mục ${n}` : `${toRoman(n)}.`;
    case "tieu-muc":
      return `Tiểu mục ${n}`;
    case "dieu":
      return `Điều ${n}.`;
    case "khoan":
      return `${n}.`;
    case "diem":
      return `${vietnameseLetter(n)})`;
    case "dash":
      return "-";
    case "plus":
      return "+";
  }
}

/** Body XML for an outline. Throws on an invalid outline. */
export function buildScaffold(kind: ScaffoldKind, nodes: readonly ScaffoldNode[], style: BlockStyle = "state"): string {
  const problems = validateOutline(kind, nodes);
  if (problems.length > 0) throw new Error(problems.join("\n"));
  const body = bodyFormat(style);
  const bold = { ...body, bold: true };
  const heading = fmt(STATE_FORMATS.sectionHeading);
  const global = new Map<ScaffoldLevel, number>();
  let out = "";

  const emit = (n: ScaffoldNode, num: number) => {
    const label = headingLabel(kind, n.level, num);
    const title = n.title?.trim() ?? "";
    const text = n.text?.trim() ?? "";
    const centred =
      n.level === "phan" ||
      n.level === "chuong" ||
      (kind === "articles" && (n.level === "muc" || n.level === "tieu-muc"));
    if (centred) {
      out += p1(label, bold, { align: "centered", before: 12, keepNext: true });
      out += p1(
        title.toLocaleUpperCase("vi"),
        { ...heading, size: body.size },
        { align: "centered", after: 6, keepNext: true },
      );
    } else if (n.level === "muc") {
      out += p1(
        `${label} ${title.toLocaleUpperCase("vi")}`,
        { ...heading, size: body.size },
        bodyParaOptions({ keepNext: true }),
      );
    } else if (n.level === "dieu") {
      out += para(
        [{ text: `${label} ${title}`, f: bold }, ...(text ? [{ text: ` ${text}`, f: body }] : [])],
        bodyParaOptions(),
      );
    } else if (title) {
      // A titled khoản/điểm: number and title on their own line, bold.
      out += p1(`${label} ${title}`, bold, bodyParaOptions({ keepNext: true }));
      if (text) out += p1(text, body, bodyParaOptions());
    } else {
      out += p1(`${label} ${text}`.trimEnd(), body, bodyParaOptions({ firstLine: FIRST_LINE_INDENT_TWIPS }));
    }
    for (const b of n.body ?? []) out += p1(b, body, bodyParaOptions());
  };

  const walk = (list: readonly ScaffoldNode[]) => {
    const local = new Map<ScaffoldLevel, number>();
    for (const n of list) {
      const counter = GLOBAL.has(n.level) ? global : local;
      const num = (counter.get(n.level) ?? 0) + 1;
      counter.set(n.level, num);
      emit(n, num);
      walk(n.children ?? []);
    }
  };
  walk(nodes);
  return out;
}
