/** component/number: số, ký hiệu: đứng, cỡ 13 (Party 14), căn giữa. One source for builder and check: src/core/rules/formats.ts. */
import { PARTY_FORMATS, STATE_FORMATS } from "../../rules/formats";
import { componentFormatRule } from "../component-format-check";

export const componentNumber = componentFormatRule({
  id: "component/number",
  kind: "number",
  label: "Số, ký hiệu",
  state: STATE_FORMATS.number,
  party: PARTY_FORMATS.number,
  alignment: true,
});
