/** component/authority: quyền hạn ký: in hoa, đậm, 13–14, căn giữa. One source for builder and check: src/core/rules/formats.ts. */
import { PARTY_FORMATS, STATE_FORMATS } from "../../rules/formats";
import { componentFormatRule } from "../component-format-check";

export const componentAuthority = componentFormatRule({
  id: "component/authority",
  kind: "authority",
  label: "Quyền hạn ký",
  state: STATE_FORMATS.authority,
  party: PARTY_FORMATS.authority,
  alignment: true,
});
