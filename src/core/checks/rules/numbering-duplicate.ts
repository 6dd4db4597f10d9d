/** numbering/duplicate: a number repeated within one parent (the second “5.” after “5.”). */
import { makeNumberingRule } from "./numbering-common";

export const numberingDuplicate = makeNumberingRule("duplicate", "numbering/duplicate", {
  severity: "error",
  title: "Số thứ tự mục trùng",
});
