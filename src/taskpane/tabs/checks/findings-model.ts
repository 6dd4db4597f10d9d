/**
 * Pure logic of the Kiểm tra tab: summary counts, grouping by severity then rule, ignore keys,
 * and collecting the edits of a "fix all of this kind". No React, no Word: unit-tested directly.
 */
import { allRules, notEvaluatedCause, type NotEvaluatedCause } from "../../../core/checks";
import type { CheckResult, Finding, NotEvaluatedItem, Severity } from "../../../core/checks/types";
import type { DocumentSnapshot } from "../../../core/model/document";

export const SEVERITY_ORDER: readonly Severity[] = ["error", "warning", "info"];

export const SEVERITY_LABEL: Record<Severity, string> = {
  error: "Lỗi",
  warning: "Cảnh báo",
  info: "Thông tin",
};

export interface Summary {
  error: number;
  warning: number;
  info: number;
  notEvaluated: number;
  /** Places inside rules that ran which they could not judge (cited documents the catalog does not date). */
  notEvaluatedPlaces: number;
  ignored: number;
}

export interface RuleGroup {
  ruleId: string;
  title: string;
  ref: string;
  findings: Finding[];
  /** True when at least one finding of the group carries a fix. */
  fixable: boolean;
}

export interface SeverityGroup {
  severity: Severity;
  label: string;
  rules: RuleGroup[];
}

/** Stable key of a finding for "Bỏ qua": rule, paragraph and the offending text (not offsets, which shift). */
export function ignoreKey(f: Finding): string {
  return `${f.ruleId}|${f.paragraph}|${f.excerpt}`;
}

export const IGNORED_SETTING = "vbhc.checks.ignored";

/** Parses the stored ignore list; anything malformed counts as empty. */
export function parseIgnored(raw: string | undefined): Set<string> {
  if (!raw) return new Set();
  try {
    const v: unknown = JSON.parse(raw);
    return new Set(Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : []);
  } catch {
    return new Set();
  }
}

export function serializeIgnored(keys: ReadonlySet<string>): string {
  return JSON.stringify([...keys].sort());
}

export function visibleFindings(result: CheckResult, ignored: ReadonlySet<string>): Finding[] {
  return result.findings.filter((f) => !ignored.has(ignoreKey(f)));
}

export function summarize(result: CheckResult, ignored: ReadonlySet<string>): Summary {
  const s: Summary = {
    error: 0,
    warning: 0,
    info: 0,
    notEvaluated: result.notEvaluated.length,
    notEvaluatedPlaces: result.notEvaluatedItems?.length ?? 0,
    ignored: 0,
  };
  for (const f of result.findings) {
    if (ignored.has(ignoreKey(f))) s.ignored++;
    else s[f.severity]++;
  }
  return s;
}

/** Groups visible findings by severity (errors first), then by rule in order of first appearance. */
export function groupFindings(
  findings: readonly Finding[],
  ruleTitle: (ruleId: string) => string | undefined,
): SeverityGroup[] {
  const out: SeverityGroup[] = [];
  for (const severity of SEVERITY_ORDER) {
    const byRule = new Map<string, RuleGroup>();
    for (const f of findings) {
      if (f.severity !== severity) continue;
      let g = byRule.get(f.ruleId);
      if (!g) {
        g = { ruleId: f.ruleId, title: ruleTitle(f.ruleId) ?? f.ruleId, ref: f.ref, findings: [], fixable: false };
        byRule.set(f.ruleId, g);
      }
      g.findings.push(f);
      if (f.fix && f.fix.edits.length > 0) g.fixable = true;
    }
    if (byRule.size > 0) out.push({ severity, label: SEVERITY_LABEL[severity], rules: [...byRule.values()] });
  }
  return out;
}

/** "Đã sửa 3 chỗ." plus the skipped count when the document changed under an edit. */
export function appliedMessage(applied: number, skipped: number): string {
  const done = applied > 0 ? `Đã sửa ${applied} chỗ.` : "Không có chỗ nào được sửa.";
  return skipped > 0 ? `${done} Bỏ qua ${skipped} chỗ vì văn bản đã thay đổi ở đó.` : done;
}

const REASONS: Record<NotEvaluatedCause, string> = {
  "other-language": "văn bản không viết bằng tiếng Việt.",
  "citizen-form": "đây là đơn, tờ khai của công dân, không thuộc phạm vi Nghị định 30; chỉ kiểm tra bảng mã chữ.",
  "not-administrative":
    "văn bản chưa có quốc hiệu, số, ký hiệu hay tên loại theo Nghị định 30, nên chưa đánh giá khổ giấy, lề và định dạng đoạn văn.",
  "no-formatting": "văn bản không có định dạng (chỉ có chữ), nên không đánh giá được phông, cỡ chữ và dàn trang.",
  "no-page-setup":
    "phiên bản Word này không cho phần bổ trợ đọc khổ giấy, lề và số trang; hãy tự xem trong Bố trí › Thiết lập trang.",
  "no-page-numbers": "không đọc được cách đánh số trang của văn bản.",
  "no-data": "không đủ dữ liệu trong văn bản để đánh giá.",
};

/** Why a rule could not be judged on this document, from core's reading of what the document is and lacks. */
export function notEvaluatedReason(ruleId: string, doc: DocumentSnapshot): string {
  const family = allRules().find((r) => r.id === ruleId)?.meta.family;
  return REASONS[notEvaluatedCause(ruleId, family, doc)];
}

/** One line for a place not evaluated: “Luật số 42/2013/QH13 (đoạn 3): không rõ hiệu lực trong danh mục.” */
export function notEvaluatedPlaceText(x: NotEvaluatedItem): string {
  return `${x.excerpt} (đoạn ${x.paragraph + 1}): ${x.reason}.`;
}
