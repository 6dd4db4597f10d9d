/** component/kinh-gui: Kính gửi: đứng, không đậm, 13–14. One source for builder and check: src/core/rules/formats.ts. */
import { STATE_FORMATS } from "../../rules/formats";
import { componentFormatRule } from "../component-format-check";

export const componentKinhGui = componentFormatRule({
  id: "component/kinh-gui",
  kind: "kinhGui",
  label: "Dòng “Kính gửi”",
  state: STATE_FORMATS.kinhGui,
});
