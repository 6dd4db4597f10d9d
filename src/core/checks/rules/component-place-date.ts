/** component/place-date: địa danh và thời gian: nghiêng, 13–14, căn giữa. One source for builder and check: src/core/rules/formats.ts. */
import { PARTY_FORMATS, STATE_FORMATS } from "../../rules/formats";
import { componentFormatRule } from "../component-format-check";

export const componentPlaceDate = componentFormatRule({
  id: "component/place-date",
  kind: "placeDate",
  label: "Địa danh và thời gian",
  state: STATE_FORMATS.placeDate,
  party: PARTY_FORMATS.placeDate,
  alignment: true,
});
