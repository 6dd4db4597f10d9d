/** component/noi-nhan-label: “Nơi nhận:”: đậm nghiêng, 12, căn trái (Party: 14, gạch chân). One source for builder and check: src/core/rules/formats.ts. */
import { PARTY_FORMATS, STATE_FORMATS } from "../../rules/formats";
import { componentFormatRule } from "../component-format-check";

export const componentNoiNhanLabel = componentFormatRule({
  id: "component/noi-nhan-label",
  kind: "noiNhanLabel",
  label: "Chữ “Nơi nhận:”",
  state: STATE_FORMATS.noiNhanLabel,
  party: PARTY_FORMATS.noiNhanLabel,
  alignment: true,
});
