import { runChecks } from "../../../src/core/checks";
import type { Finding, Rule } from "../../../src/core/checks";
import type { DocumentSnapshot } from "../../../src/core/model/document";
import { snapshotFromText } from "../../../src/core/model/document";
import { applyTextEdits, type TextEdit } from "../../../src/core/model/edits";

/** Runs one rule over lines of text. */
export function checkLines(rule: Rule, lines: readonly string[]): Finding[] {
  return runChecks(snapshotFromText(lines.join("\n")), { rules: [rule] }).findings;
}

export function checkDoc(rule: Rule, doc: DocumentSnapshot): Finding[] | "not-evaluated" {
  const r = runChecks(doc, { rules: [rule] });
  return r.notEvaluated.includes(rule.id) ? "not-evaluated" : r.findings;
}

/** Applies every fix of the findings to the lines. */
export function applyAll(lines: readonly string[], findings: readonly Finding[]): string[] {
  const edits = findings.flatMap((f) => f.fix?.edits ?? []).filter((e): e is TextEdit => e.kind === "text");
  return applyTextEdits(lines, edits);
}
