/** component/tieu-ngu: Tiêu ngữ: đậm, đứng, 13–14, căn giữa. One source for builder and check: src/core/rules/formats.ts. */
import { STATE_FORMATS } from "../../rules/formats";
import { componentFormatRule } from "../component-format-check";

export const componentTieuNgu = componentFormatRule({
  id: "component/tieu-ngu",
  kind: "tieuNgu",
  label: "Tiêu ngữ",
  state: STATE_FORMATS.tieuNgu,
  alignment: true,
});
