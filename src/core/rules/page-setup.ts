import { REF } from "./references";

export interface MarginRule {
  min: number;
  max: number;
  default: number;
}

/** Page setup (PL I Phần I mục I). Millimetres. */
export const PAGE = {
  paper: { name: "A4", width: 210, height: 297 },
  orientation: "portrait",
  margins: {
    top: { min: 20, max: 25, default: 20 },
    bottom: { min: 20, max: 25, default: 20 },
    left: { min: 30, max: 35, default: 30 },
    right: { min: 15, max: 20, default: 15 },
  } satisfies Record<string, MarginRule>,
  /** Party documents use fixed margins (HD 05). */
  partyMargins: { top: 20, bottom: 20, left: 30, right: 15 },
  pageNumber: { position: "header", align: "centered", firstPage: false, size: { min: 13, max: 14 } },
  ref: REF.plI_I,
  partyRef: REF.hd05,
} as const;

/** Tolerance when comparing measured page sizes (rounding in twips/points). */
export const PAGE_TOLERANCE_MM = 1;
