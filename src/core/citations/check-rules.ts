import type { Rule } from "../checks/types";
import { citationDateConflict } from "./rules/citation-date-conflict";
import { citationQpplYear } from "./rules/citation-qppl-year";
import { citationReplaced } from "./rules/citation-replaced";
import { citationSymbolConflict } from "./rules/citation-symbol-conflict";
import { citationSymbolMalformed } from "./rules/citation-symbol-malformed";
import { citationTypeMismatch } from "./rules/citation-type-mismatch";

/** Citation check rules (malformed symbols, type vs ký hiệu, QPPL year, dates, replaced documents). */
export const CITATION_RULES: readonly Rule[] = [
  citationSymbolMalformed,
  citationTypeMismatch,
  citationQpplYear,
  citationDateConflict,
  citationReplaced,
  citationSymbolConflict,
];
