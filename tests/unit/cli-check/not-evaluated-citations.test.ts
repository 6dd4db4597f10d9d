import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { formatReport, type JsonFile } from "../../../src/cli/check-command";
import { vbhc } from "../../helpers/run-cli";
import { UNJUDGED_CITATION_LINES } from "../../helpers/unjudged-citations";

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "vbhc-cli-unjudged-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const LINES = UNJUDGED_CITATION_LINES;

describe("vbhc check on citations the catalog cannot date", () => {
  let report: JsonFile;
  let exit: number;
  beforeAll(async () => {
    const p = path.join(tmp, "cites.txt");
    fs.writeFileSync(p, `${LINES.join("\n")}\n`);
    const r = await vbhc("check", p, "--format", "json");
    exit = r.code;
    report = (JSON.parse(r.out) as { files: JsonFile[] }).files[0];
  });

  it("lists them in JSON, once each, apart from the findings", () => {
    const col = (line: number, text: string) => LINES[line - 1].indexOf(text) + 1;
    expect(report.notEvaluatedItems).toEqual([
      {
        ruleId: "citation-replaced",
        code: "status-unknown",
        reason: "không rõ hiệu lực trong danh mục",
        line: 5,
        column: col(5, "Luật số"),
        endLine: 5,
        endColumn: col(5, "Luật số") + "Luật số 42/2013/QH13".length,
        excerpt: "Luật số 42/2013/QH13",
      },
      expect.objectContaining({
        code: "not-in-catalog",
        reason: "không có trong danh mục",
        line: 5,
        column: col(5, "Nghị định số 88"),
        excerpt: "Nghị định số 88/2019/NĐ-CP",
      }),
    ]);
    // The replaced decree stays a warning; the two undated citations are not findings and change no exit code.
    const replaced = report.findings.filter((f) => f.ruleId === "citation-replaced");
    expect(replaced.map((f) => [f.severity, f.excerpt])).toEqual([["warning", "Nghị định số 110/2004/NĐ-CP"]]);
    expect(report.findings.some((f) => /42\/2013|88\/2019/.test(f.excerpt))).toBe(false);
    expect(exit).toBe(report.findings.some((f) => f.severity === "error") ? 1 : 0);
  });

  it("lists them in text under a bilingual heading with line:column", () => {
    const text = formatReport([report], "text");
    expect(text).toContain("Trích dẫn chưa đánh giá được hiệu lực (citations not evaluated, status unknown): 2");
    const at = LINES[4].indexOf("Nghị định số 88") + 1;
    expect(text).toContain(
      `    5:${at}  Nghị định số 88/2019/NĐ-CP: không có trong danh mục (not in the catalog)  [citation-replaced]`,
    );
    expect(text).toContain("không rõ hiệu lực trong danh mục (status unknown in the catalog)");
  });

  it("gives them to SARIF as notes under their own rule, never as warnings", () => {
    const sarif = JSON.parse(formatReport([report], "sarif")) as {
      runs: {
        tool: { driver: { rules: { id: string; defaultConfiguration?: { level: string } }[] } };
        results: { ruleId: string; level: string; message: { text: string }; locations: unknown[] }[];
      }[];
    };
    const run = sarif.runs[0];
    const notes = run.results.filter((r) => r.ruleId === "citation-replaced/not-evaluated");
    expect(notes.map((r) => [r.level, r.message.text])).toEqual([
      ["note", "Luật số 42/2013/QH13: không rõ hiệu lực trong danh mục (status unknown in the catalog)."],
      ["note", "Nghị định số 88/2019/NĐ-CP: không có trong danh mục (not in the catalog)."],
    ]);
    expect(notes[1].locations).toEqual([
      {
        physicalLocation: {
          artifactLocation: { uri: expect.stringMatching(/cites\.txt$/) },
          region: {
            startLine: 5,
            startColumn: LINES[4].indexOf("Nghị định số 88") + 1,
            endLine: 5,
            endColumn: LINES[4].indexOf("Nghị định số 88") + 1 + "Nghị định số 88/2019/NĐ-CP".length,
          },
        },
      },
    ]);
    expect(run.tool.driver.rules.find((r) => r.id === "citation-replaced/not-evaluated")?.defaultConfiguration).toEqual(
      { level: "note" },
    );
    expect(run.results.filter((r) => r.ruleId === "citation-replaced").map((r) => r.level)).toEqual(["warning"]);
  });
});

describe("vbhc check on laws cited by name and date", () => {
  const lines = [
    "ỦY BAN NHÂN DÂN TỈNH TRÀ VINH",
    "Trà Vinh, ngày 15 tháng 01 năm 2026",
    "Căn cứ Luật Ban hành văn bản quy phạm pháp luật ngày 22 tháng 6 năm 2015;",
    "Căn cứ Luật Không có trong danh mục năm 2024;",
  ];
  let report: JsonFile;
  beforeAll(async () => {
    const p = path.join(tmp, "names.txt");
    fs.writeFileSync(p, `${lines.join("\n")}\n`);
    report = (JSON.parse((await vbhc("check", p, "--format", "json")).out) as { files: JsonFile[] }).files[0];
  });

  it("warns at a replaced law found by name, and lists a name no catalog matches as not identified", () => {
    const replaced = report.findings.filter((f) => f.ruleId === "citation-replaced");
    expect(replaced.map((f) => [f.line, f.excerpt])).toEqual([
      [3, "Luật Ban hành văn bản quy phạm pháp luật ngày 22 tháng 6 năm 2015"],
    ]);
    expect(replaced[0].message).toContain("80/2015/QH13");
    expect(report.notEvaluatedItems?.map((x) => [x.line, x.code, x.excerpt])).toEqual([
      [4, "not-identified", "Luật Không có trong danh mục năm 2024"],
    ]);
    expect(formatReport([report], "text")).toContain(
      "Luật Không có trong danh mục năm 2024: không xác định được văn bản trong danh mục (document not identified in the catalog)",
    );
  });
});
