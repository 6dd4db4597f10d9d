/** Public API of the check engine, for the task pane and the CLI. */
export { runChecks, applyFixes, byPlace, isSafeFix, sortAndDedupe } from "./engine";
export { applyEditsToSnapshot, fixUntilStable, planFixes } from "./verify-fixes";
export type { FixPlan, FixResult, RefusedFix } from "./verify-fixes";
export { headerDate } from "../structure/header-date";
export type { RunOptions } from "./engine";
export { allRules, CORE_RULES } from "./registry";
export { notEvaluatedCause, type NotEvaluatedCause } from "./scope";
export type {
  CheckContext,
  CheckOptions,
  CheckResult,
  Finding,
  Fix,
  NotEvaluatedItem,
  Rule,
  RuleMeta,
  Severity,
  CatalogStatusInfo,
} from "./types";
