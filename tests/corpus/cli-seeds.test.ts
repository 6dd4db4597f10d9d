/** The CLI on the seed documents: JSON and SARIF reports, and a renumbering fix that keeps every other byte. */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { vbhc } from "../helpers/run-cli";
import { describeCorpus, seedPath } from "./seeds";

describeCorpus("the CLI on the seeds", () => {
  let tmp = "";
  beforeAll(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), "vbhc-cli-seeds-"));
  });
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

  describe("vbhc check", () => {
    it("prints the JSON form of the product spec with 1-based lines and columns", async () => {
      const r = await vbhc("check", seedPath("000"), "--format", "json");
      expect(r.code).toBe(1);
      const json = JSON.parse(r.out);
      expect(json.version).toBe(1);
      const file = json.files[0];
      expect(file.file).toBe(seedPath("000"));
      const lines = fs.readFileSync(seedPath("000"), "utf8").split("\n");
      expect(file.paragraphs).toBe(lines[lines.length - 1] === "" ? lines.length - 1 : lines.length);
      const dup = file.findings.find((f: { ruleId: string }) => f.ruleId === "numbering/duplicate");
      expect(dup).toEqual({
        ruleId: "numbering/duplicate",
        severity: "error",
        message: expect.stringContaining("đoạn 59"),
        line: 91,
        column: 1,
        endLine: 91,
        endColumn: 3,
        excerpt: "5.",
        ref: expect.stringContaining("NĐ 30/2020"),
        fix: "Thay “5” bằng “6”",
      });
      expect(file.findings.find((f: { ruleId: string }) => f.ruleId === "number/thousands").fix).toBeNull();
      expect(file.notEvaluated).toEqual(expect.arrayContaining(["layout/font", "layout/margins"]));
    });
    it("writes minimal valid SARIF 2.1.0", async () => {
      const r = await vbhc("check", seedPath("004"), "--format", "sarif");
      const sarif = JSON.parse(r.out);
      expect(sarif.version).toBe("2.1.0");
      const run = sarif.runs[0];
      expect(run.tool.driver.name).toBe("vbhc");
      const zero = run.results.find((x: { ruleId: string }) => x.ruleId === "date/words-zero");
      expect(zero.level).toBe("warning");
      expect(zero.locations[0].physicalLocation.region.startLine).toBe(9);
      expect(run.results.some((x: { level: string }) => x.level === "note")).toBe(true);
      expect(run.tool.driver.rules.map((x: { id: string }) => x.id)).toContain("date/words-zero");
    });
  });

  describe("vbhc fix on .txt", () => {
    it("renumbers seed 000, keeps every other character and line ending, and leaves unsafe findings", async () => {
      const out = path.join(tmp, "000-fixed.txt");
      const r = await vbhc("fix", seedPath("000"), "-o", out);
      const before = fs.readFileSync(seedPath("000"), "utf8").split("\n");
      const after = fs.readFileSync(out, "utf8").split("\n");
      expect(after).toHaveLength(before.length);
      const changed = before.flatMap((l, i) => (l !== after[i] ? [i + 1] : []));
      expect(changed).toEqual([91, 99]);
      expect(after[90]).toBe(`6${before[90].slice(1)}`);
      expect(after[98]).toBe(`7${before[98].slice(1)}`);
      // "30//2022" is an error no tool can fix: exit 1, and the message says what is left.
      expect(r.code).toBe(1);
      expect(r.out).toContain("đã sửa 2 chỗ");
      const again = JSON.parse((await vbhc("check", out, "--format", "json")).out);
      expect(again.files[0].findings.filter((f: { ruleId: string }) => f.ruleId.startsWith("numbering/"))).toEqual([]);
    });
  });
});
