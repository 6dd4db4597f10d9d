/** numbering/shifted: numbers after a duplicate or gap, off by one because of it. */
import { makeNumberingRule } from "./numbering-common";

export const numberingShifted = makeNumberingRule("shifted", "numbering/shifted", {
  severity: "error",
  title: "Số thứ tự mục lệch sau lỗi đánh số",
});
