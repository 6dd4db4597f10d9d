/** The heading levels the picker offers, with their Vietnamese labels (UI vocabulary, not rules). */
export type HeadingLevelId =
  "part" | "roman" | "arabic" | "letter" | "dash" | "plus" | "chapter" | "section" | "article" | "clause" | "point";

export interface HeadingLevel {
  id: HeadingLevelId;
  label: string;
}

/** Documents without articles: Phần → I. → 1. → a) → - → +. */
export const PLAIN_LEVELS: readonly HeadingLevel[] = [
  { id: "part", label: "Phần" },
  { id: "roman", label: "I., II., …" },
  { id: "arabic", label: "1., 2., …" },
  { id: "letter", label: "a), b), …" },
  { id: "dash", label: "- (gạch đầu dòng)" },
  { id: "plus", label: "+ (dấu cộng)" },
];

/** Documents with articles: Chương → Mục → Điều → khoản → điểm. */
export const ARTICLE_LEVELS: readonly HeadingLevel[] = [
  { id: "chapter", label: "Chương" },
  { id: "section", label: "Mục" },
  { id: "article", label: "Điều" },
  { id: "clause", label: "Khoản (1., 2., …)" },
  { id: "point", label: "Điểm (a), b), …)" },
];
