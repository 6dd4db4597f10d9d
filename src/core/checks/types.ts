/**
 * The check engine's contracts, shaped like ESLint rules: one module per rule with an id, meta
 * (severity, the decree reference, Vietnamese messages, fixable or not) and check(), which reports
 * findings with paragraph/character ranges and an optional fix made of text edits.
 */
import type { DocumentSnapshot } from "../model/document";
import type { Edit } from "../model/edits";

export type Severity = "error" | "warning" | "info";

export interface RuleMeta {
  /** Default severity of the rule's findings (a finding may lower it, e.g. a draft's blank number is info). */
  severity: Severity;
  /** The clause the rule enforces, e.g. "NĐ 30/2020, Phụ lục I, mục II.4". */
  ref: string;
  /** Short Vietnamese name of the rule, for grouping in the UI. */
  title: string;
  /** Rule family: numbering, symbol, date, citation, fixed-string, closing, encoding, number, layout. */
  family:
    | "numbering"
    | "symbol"
    | "date"
    | "citation"
    | "fixed-string"
    | "closing"
    | "encoding"
    | "number"
    | "layout"
    | "capitalisation";
  fixable: boolean;
  /** True when the fix is safe to apply without review (vbhc fix applies only these). */
  safeFix?: boolean;
  /** True when the rule must see the text as typed rather than its NFC form (it judges the encoding itself). */
  readsRawText?: boolean;
  /** True when the rule needs formatting/layout (it is "not evaluated" on plain text). */
  needsFormatting?: boolean;
}

export interface Fix {
  /** Human description of the edit, e.g. "Thay “5.” bằng “6.”". */
  description: string;
  edits: Edit[];
}

export interface Finding {
  ruleId: string;
  severity: Severity;
  /** Vietnamese message: what is wrong and what is right. */
  message: string;
  /** 0-based paragraph index; characters [start, end) of its text (JS string indices). */
  paragraph: number;
  start: number;
  end: number;
  /** Paragraph/char where the range ends when it spans paragraphs (defaults to paragraph/end). */
  endParagraph?: number;
  excerpt: string;
  ref: string;
  fix?: Fix;
  /**
   * Set on page-level findings (margins, paper, page numbers): the 1-based section they are about. Such a
   * finding has no text range; `paragraph` is the section's first paragraph, for Go to.
   */
  section?: number;
}

/** What a rule sees: the snapshot plus shared analyses computed once per run. */
export interface CheckContext {
  doc: DocumentSnapshot;
  /** Shared, lazily computed analyses (structure, citations) keyed by name, so rules do not redo work. */
  cache: Map<string, unknown>;
  /** Options from the caller (e.g. the catalog for citation rules). */
  options: CheckOptions;
  /**
   * Where a rule that ran says which places it could not judge (a citation whose status the catalog does not
   * know). Absent when the caller does not collect them; the engine keeps them only when the rule ran.
   */
  notEvaluatedItem?: (item: NotEvaluatedItem) => void;
}

/**
 * One place a rule that ran could not judge, e.g. a cited document the catalog does not date. Not a finding:
 * it is neither an error nor a warning, and says only that this place was not checked, and why.
 */
export interface NotEvaluatedItem {
  ruleId: string;
  /** 0-based paragraph index; characters [start, end) of its text, as for findings. */
  paragraph: number;
  start: number;
  end: number;
  excerpt: string;
  /** Machine-readable reason, for JSON and SARIF. */
  code: "status-unknown" | "not-in-catalog" | "replacement-undated" | "not-identified";
  /** Why, in Vietnamese ("không rõ hiệu lực trong danh mục"). */
  reason: string;
}

export interface CheckOptions {
  /** The document's own date (from its header), when known; used for "replaced before this date". */
  documentDate?: string;
  /** Lookup in the citation catalog, injected so core rules stay free of I/O. */
  catalogLookup?: CatalogLookup;
}

/** A law, code or ordinance cited by its name and a date or year ("Luật Đất đai năm 2024"). */
export interface CatalogNameQuery {
  /** "Luật", "Bộ luật" or "Pháp lệnh". */
  type: string;
  /** The name as written, type included ("Luật Đất đai"). */
  name: string;
  /** YYYY-MM-DD when a full date was written, else the year. */
  date?: string;
  year?: number;
}

/** Status of a cited document by its số, ký hiệu; `byName`, when given, for documents cited by name. */
export interface CatalogLookup {
  (symbol: string): CatalogStatusInfo | undefined;
  /** Only a unique match in the catalog is returned: an ambiguous or absent name gives undefined. */
  byName?: (query: CatalogNameQuery) => CatalogStatusInfo | undefined;
}

export interface CatalogStatusInfo {
  id: string;
  symbol: string;
  type: string;
  date: string;
  status: "in-force" | "replaced" | "expired" | "not-yet-effective" | "unknown";
  replacedBy?: string;
  replacedOn?: string;
  /** First-mention citation of the replacement, for the message. */
  replacementCitation?: string;
}

export interface Rule {
  id: string;
  meta: RuleMeta;
  /** Returns findings; a rule that cannot judge this input returns "not-evaluated". */
  check(ctx: CheckContext): Finding[] | "not-evaluated";
}

export interface CheckResult {
  findings: Finding[];
  /** Ids of rules that could not judge this input (e.g. layout rules on plain text). */
  notEvaluated: string[];
  /** Ids of rules that ran. */
  evaluated: string[];
  /** Places inside rules that ran which those rules could not judge (absent from results built by hand). */
  notEvaluatedItems?: NotEvaluatedItem[];
}
