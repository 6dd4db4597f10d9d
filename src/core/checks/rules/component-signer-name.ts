/** component/signer-name: họ tên: đậm, 13–14, căn giữa. One source for builder and check: src/core/rules/formats.ts. */
import { PARTY_FORMATS, STATE_FORMATS } from "../../rules/formats";
import { componentFormatRule } from "../component-format-check";

export const componentSignerName = componentFormatRule({
  id: "component/signer-name",
  kind: "signerName",
  label: "Họ tên người ký",
  state: STATE_FORMATS.signerName,
  party: PARTY_FORMATS.signerName,
  alignment: true,
});
