/** component/can-cu: căn cứ: nghiêng, 13–14. One source for builder and check: src/core/rules/formats.ts. */
import { STATE_FORMATS } from "../../rules/formats";
import { componentFormatRule } from "../component-format-check";

export const componentCanCu = componentFormatRule({
  id: "component/can-cu",
  kind: "canCu",
  label: "Căn cứ ban hành",
  state: STATE_FORMATS.canCu,
});
