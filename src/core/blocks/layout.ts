/** Page geometry shared by the builders: text width and the header/closing column widths, in twips. */
import { HEADER_LEFT_COLUMN_SHARE, HEADER_TABLE_OVERHANG_MM, mmToTwips, PAGE } from "../rules";
import type { BlockInput } from "./input";

export interface Margins {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

export function resolveMargins(input: Pick<BlockInput, "margins" | "style">): Margins {
  if (input.style === "party") return { ...PAGE.partyMargins };
  const m = PAGE.margins;
  return {
    top: input.margins?.top ?? m.top.default,
    bottom: input.margins?.bottom ?? m.bottom.default,
    left: input.margins?.left ?? m.left.default,
    right: input.margins?.right ?? m.right.default,
  };
}

export interface Geometry {
  textWidth: number;
  /** Header table: reaches into the left margin. */
  header: { indent: number; left: number; right: number };
  /** Closing table: the text width. */
  closing: { left: number; right: number };
}

export function geometry(margins: Margins): Geometry {
  const textWidth = mmToTwips(PAGE.paper.width - margins.left - margins.right);
  const overhang = mmToTwips(HEADER_TABLE_OVERHANG_MM.left);
  const headerTotal = textWidth + overhang;
  const hl = Math.round(headerTotal * HEADER_LEFT_COLUMN_SHARE.default);
  const cl = Math.round(textWidth * HEADER_LEFT_COLUMN_SHARE.default);
  return {
    textWidth,
    header: { indent: -overhang, left: hl, right: headerTotal - hl },
    closing: { left: cl, right: textWidth - cl },
  };
}
