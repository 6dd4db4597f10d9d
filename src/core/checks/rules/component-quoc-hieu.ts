/** component/quoc-hieu: Quốc hiệu: in hoa, đậm, đứng, 12–13, căn giữa (not judged: the line fills its cell, so its alignment does not show). One source for builder and check: src/core/rules/formats.ts. */
import { STATE_FORMATS } from "../../rules/formats";
import { componentFormatRule } from "../component-format-check";

export const componentQuocHieu = componentFormatRule({
  id: "component/quoc-hieu",
  kind: "quocHieu",
  label: "Quốc hiệu",
  state: STATE_FORMATS.quocHieu,
});
