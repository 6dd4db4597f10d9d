/** component/signer-title: chức vụ: in hoa, đậm (Party: không đậm), 13–14, căn giữa. One source for builder and check: src/core/rules/formats.ts. */
import { PARTY_FORMATS, STATE_FORMATS } from "../../rules/formats";
import { componentFormatRule } from "../component-format-check";

export const componentSignerTitle = componentFormatRule({
  id: "component/signer-title",
  kind: "signerTitle",
  label: "Chức vụ người ký",
  state: STATE_FORMATS.signerTitle,
  party: PARTY_FORMATS.signerTitle,
  alignment: true,
});
