/** Public API of the check engine, for the task pane and the CLI. */
export { runChecks, applyFixes, fixUntilStable, isSafeFix, sortAndDedupe } from "./engine";
export { headerDate } from "../structure/header-date";
export type { RunOptions, FixResult } from "./engine";
export { allRules, CORE_RULES } from "./registry";
export type {
  CheckContext,
  CheckOptions,
  CheckResult,
  Finding,
  Fix,
  Rule,
  RuleMeta,
  Severity,
  CatalogStatusInfo,
} from "./types";
