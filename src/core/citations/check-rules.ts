import type { Rule } from "../checks/types";

/** Citation check rules (malformed symbols, type vs ký hiệu, QPPL year, dates, replaced documents). */
export const CITATION_RULES: readonly Rule[] = [];
