/** component/type-name: tên loại: in hoa, đậm, 13–14 (Party 15–16), căn giữa. One source for builder and check: src/core/rules/formats.ts. */
import { PARTY_FORMATS, STATE_FORMATS } from "../../rules/formats";
import { componentFormatRule } from "../component-format-check";

export const componentTypeName = componentFormatRule({
  id: "component/type-name",
  kind: "typeName",
  label: "Tên loại văn bản",
  state: STATE_FORMATS.typeName,
  party: PARTY_FORMATS.typeName,
  alignment: true,
});
