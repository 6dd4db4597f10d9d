/**
 * Binds the Kiểm tra tab to core: runs the engine's rules in a few chunks with a yield to the browser
 * between them, so the progress bar paints on long documents, then sorts and deduplicates as the
 * engine does. Renumbering comes from core numbering. The national catalog feeds the citation rules.
 */
import {
  allRules,
  applyFixes,
  byPlace,
  isSafeFix,
  runChecks,
  sortAndDedupe,
  type CheckOptions,
  type Finding,
  type NotEvaluatedItem,
  type Rule,
} from "../../../core/checks";
import { createCatalogLookup } from "../../../core/citations";
import { loadCatalogData } from "../citations/catalog-data";
import { renumber } from "../../../core/numbering";
import type { DocumentSnapshot } from "../../../core/model/document";
import type { TextEdit } from "../../../core/model/edits";
import type { CheckRunner, Renumberer, SafeFixer } from "./ChecksView";

const CHUNKS = 5;
const nextFrame = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

let catalogOptions: CheckOptions | undefined;
/**
 * Built once per pane from the same catalogs as the CLI's check (national and codification layer): the catalog does
 * not change while the pane is open. It loads as the picker's does; a failed load is tried again at the next check.
 */
async function checkOptions(): Promise<CheckOptions> {
  if (!catalogOptions) {
    try {
      const { national, codified } = await loadCatalogData();
      catalogOptions = { catalogLookup: createCatalogLookup(national, codified) };
    } catch {
      // Without the catalog the citation rules still check form; only "replaced" needs it.
      return {};
    }
  }
  return catalogOptions;
}

/** Runs `rules` over `doc` in chunks, reporting rules done / total. */
export async function runChunked(
  doc: DocumentSnapshot,
  rules: readonly Rule[],
  options: CheckOptions,
  onProgress: (done: number, total: number) => void,
) {
  const size = Math.max(1, Math.ceil(rules.length / CHUNKS));
  const findings: Finding[] = [];
  const notEvaluated: string[] = [];
  const evaluated: string[] = [];
  const notEvaluatedItems: NotEvaluatedItem[] = [];
  onProgress(0, rules.length);
  for (let i = 0; i < rules.length; i += size) {
    await nextFrame();
    const part = runChecks(doc, { ...options, rules: rules.slice(i, i + size) });
    findings.push(...part.findings);
    notEvaluated.push(...part.notEvaluated);
    evaluated.push(...part.evaluated);
    notEvaluatedItems.push(...(part.notEvaluatedItems ?? []));
    onProgress(Math.min(rules.length, i + size), rules.length);
  }
  return {
    findings: sortAndDedupe(findings),
    notEvaluated,
    evaluated,
    notEvaluatedItems: notEvaluatedItems.sort(byPlace),
  };
}

export const coreCheckRunner: CheckRunner = async (doc, onProgress, disabled = []) => {
  const rules = allRules();
  const byId = new Map(rules.map((r) => [r.id, r]));
  const on = rules.filter((r) => !disabled.includes(r.id));
  const result = await runChunked(doc, on, await checkOptions(), onProgress);
  return {
    result,
    ruleTitle: (id) => byId.get(id)?.meta.title,
    isNumbering: (id) => byId.get(id)?.meta.family === "numbering",
  };
};

/** Renumbers every heading group (text edits on the number characters only). */
export const coreRenumber = (doc: DocumentSnapshot): TextEdit[] => renumber(doc);
// Checked here so a change of either signature shows up in this file.
const _renumberer: Renumberer = coreRenumber;

/**
 * “Sửa tất cả”: the safe fixes of the findings, as core batches them (a fix overlapping an earlier one is left
 * whole for the next check). One call, so it can move to a verified batch without touching the view.
 */
export const coreSafeFixes: SafeFixer = (doc, findings) =>
  applyFixes(
    doc,
    findings.filter((f) => isSafeFix(f)),
  );
