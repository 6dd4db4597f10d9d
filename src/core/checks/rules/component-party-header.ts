/** component/party-header: Party heading: capitals, bold, 15 (HD 05). One source for builder and check: src/core/rules/formats.ts. */
import { PARTY_FORMATS } from "../../rules/formats";
import { componentFormatRule } from "../component-format-check";

export const componentPartyHeader = componentFormatRule({
  id: "component/party-header",
  kind: "partyHeader",
  label: "Tiêu đề “ĐẢNG CỘNG SẢN VIỆT NAM”",
  party: PARTY_FORMATS.partyHeader,
  alignment: true,
});
