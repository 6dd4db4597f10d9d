/** Public API of the check engine, for the task pane and the CLI. */
export { runChecks, applyFixes, byPlace, isSafeFix, sortAndDedupe } from "./engine";
export { fixUntilStable, planFixes } from "./verify-fixes";
export type { FixPlan, FixResult, RefusedFix } from "./verify-fixes";
export type { RunOptions } from "./engine";
export { allRules } from "./registry";
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
  CatalogLookup,
  CatalogNameQuery,
} from "./types";
