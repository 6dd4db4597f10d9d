/** component/parent-agency: cơ quan chủ quản: in hoa, đứng, không đậm. One source for builder and check: src/core/rules/formats.ts. */
import { PARTY_FORMATS, STATE_FORMATS } from "../../rules/formats";
import { componentFormatRule } from "../component-format-check";

export const componentParentAgency = componentFormatRule({
  id: "component/parent-agency",
  kind: "parentAgency",
  label: "Tên cơ quan chủ quản",
  state: STATE_FORMATS.parentAgency,
  party: PARTY_FORMATS.parentAgency,
  alignment: true,
});
