/** component/cong-van-subject: V/v: đứng, không đậm, 12–13, căn giữa dưới số. One source for builder and check: src/core/rules/formats.ts. */
import { PARTY_FORMATS, STATE_FORMATS } from "../../rules/formats";
import { componentFormatRule } from "../component-format-check";

export const componentCongVanSubject = componentFormatRule({
  id: "component/cong-van-subject",
  kind: "congVanSubject",
  label: "Trích yếu công văn (V/v)",
  state: STATE_FORMATS.congVanSubject,
  party: PARTY_FORMATS.congVanSubject,
  alignment: true,
});
