/**
 * The component, closing and section rules on the real .docx files of the shared corpus, with our judgments:
 * the one NĐ 30 document (a school's công văn template) draws exactly the two findings a clerk would agree
 * with, and citizens' đơn and forms (no Số line) draw none of these rules at all.
 */
import { readdirSync, readFileSync } from "fs";
import * as path from "path";
import { allRules, runChecks } from "../../src/core/checks";
import { componentsOf } from "../../src/core/structure/components";
import { readDocx } from "../../src/docx/read-docx";
import { CORPUS_DIR, hasShared } from "../helpers/shared-dir";

jest.setTimeout(60_000);

const RULES = allRules().filter(
  (r) => r.id.startsWith("component/") || r.id === "closing/missing-parts" || r.id === "fixed-string/hanh-chinh",
);
const files = hasShared() ? readdirSync(CORPUS_DIR).filter((f) => f.endsWith(".docx")) : [];
const load = async (f: string) => readDocx(new Uint8Array(readFileSync(path.join(CORPUS_DIR, f))));

(files.length ? describe : describe.skip)("component rules on the shared corpus", () => {
  it("the công văn template: components found in its tables, two true findings (Kính gửi and Nơi nhận in 11 pt)", async () => {
    const doc = await load("dbk__TEMPLATE_CV.docx");
    const c = componentsOf(doc);
    expect(c.officialHeader).toBe(true);
    for (const k of ["quocHieu", "tieuNgu", "parentAgency", "agency", "kinhGui", "noiNhanLabel", "authority"] as const)
      expect([k, c.at.get(k)?.length]).toEqual([k, 1]);
    const found = runChecks(doc, { rules: RULES }).findings.map((f) => [f.ruleId, f.excerpt]);
    expect(found).toEqual([
      ["component/kinh-gui", "Kính gửi:"],
      ["component/noi-nhan-label", "Nơi nhận:"],
    ]);
  });

  it.each(files.filter((f) => /^(mau|vbai|giang)__/.test(f)))("%s (no NĐ 30 header): nothing", async (f) => {
    const doc = await load(f);
    expect(componentsOf(doc).officialHeader).toBe(false);
    expect(runChecks(doc, { rules: RULES }).findings).toEqual([]);
  });

  it("every file's page setup is read per section, and page-level findings name their section", async () => {
    for (const f of files) {
      const doc = await load(f);
      expect(doc.sections?.length).toBeGreaterThan(0);
      const page = runChecks(doc).findings.filter((x) => /^layout\/(margins|page-size|page-numbers)$/.test(x.ruleId));
      for (const x of page) expect([f, x.section]).toEqual([f, expect.any(Number)]);
    }
  });
});
