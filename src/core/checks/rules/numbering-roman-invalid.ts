/** numbering/roman-invalid: a Roman numeral that is not canonical (“IIII”, “IC”). */
import { makeNumberingRule } from "./numbering-common";

export const numberingRomanInvalid = makeNumberingRule("roman-invalid", "numbering/roman-invalid", {
  severity: "error",
  title: "Số La Mã không hợp lệ",
});
