/** numbering/gap: a number skipped within one parent (“3.” after “1.”). */
import { makeNumberingRule } from "./numbering-common";

export const numberingGap = makeNumberingRule("gap", "numbering/gap", {
  severity: "error",
  title: "Số thứ tự mục bị nhảy",
});
