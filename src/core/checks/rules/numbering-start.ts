/** numbering/start: the first item at a level does not start at 1 (I, a). */
import { makeNumberingRule } from "./numbering-common";

export const numberingStart = makeNumberingRule("start", "numbering/start", {
  severity: "error",
  title: "Mục đầu tiên không bắt đầu từ 1",
});
