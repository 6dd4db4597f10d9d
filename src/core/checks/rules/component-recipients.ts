/** component/recipients: nơi nhận: đứng, 11 (Party 12), căn trái. One source for builder and check: src/core/rules/formats.ts. */
import { PARTY_FORMATS, STATE_FORMATS } from "../../rules/formats";
import { componentFormatRule } from "../component-format-check";

export const componentRecipients = componentFormatRule({
  id: "component/recipients",
  kind: "recipients",
  label: "Danh sách nơi nhận",
  state: STATE_FORMATS.recipients,
  party: PARTY_FORMATS.recipients,
  alignment: true,
});
