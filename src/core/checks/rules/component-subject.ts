/** component/subject: trích yếu: đậm, 13–14, căn giữa. One source for builder and check: src/core/rules/formats.ts. */
import { PARTY_FORMATS, STATE_FORMATS } from "../../rules/formats";
import { componentFormatRule } from "../component-format-check";

export const componentSubject = componentFormatRule({
  id: "component/subject",
  kind: "subject",
  label: "Trích yếu",
  state: STATE_FORMATS.subject,
  party: PARTY_FORMATS.subject,
  alignment: true,
});
