/** The issuing office the block, template and render tests build documents for. */
import type { DocumentFields } from "../../src/core/templates";

/** Sở Thông tin và Truyền thông of UBND tỉnh Trà Vinh, document number 5 of 5 February 2026. */
export const SAMPLE_FIELDS: DocumentFields = {
  parentAgency: "UBND tỉnh Trà Vinh",
  agency: "Sở Thông tin và Truyền thông",
  agencyCode: "STTTT",
  unit: "VP",
  number: 5,
  place: "Trà Vinh",
  date: "2026-02-05",
};
