/** component/agency: cơ quan ban hành: in hoa, đậm, căn giữa. One source for builder and check: src/core/rules/formats.ts. */
import { PARTY_FORMATS, STATE_FORMATS } from "../../rules/formats";
import { componentFormatRule } from "../component-format-check";

export const componentAgency = componentFormatRule({
  id: "component/agency",
  kind: "agency",
  label: "Tên cơ quan ban hành",
  state: STATE_FORMATS.agency,
  party: PARTY_FORMATS.agency,
  alignment: true,
});
