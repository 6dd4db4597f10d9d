/** Public API of the check engine, for the task pane and the CLI. */
export { runChecks, applyFixes, isSafeFix, sortAndDedupe } from "./engine";
export { fixUntilStable, planFixes } from "./verify-fixes";
export type { FixPlan, FixResult, RefusedFix } from "./verify-fixes";
export type { RunOptions } from "./engine";
export { allRules } from "./registry";
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
