/**
 * `vbhc fix` on seed 000 as .docx: the duplicated numbering is fixed, a second check has no numbering finding,
 * and the text outside the changed numbers is identical (also when LibreOffice reads the result back).
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { runChecks } from "../../src/core/checks";
import { readDocx } from "../../src/docx/read-docx";
import { convertWithLibreOffice } from "../helpers/libreoffice";
import { vbhc } from "../helpers/run-cli";
import { seedPath } from "../unit/checks/seed-expectations";

jest.setTimeout(180_000);

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "vbhc-fix-docx-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe("vbhc fix on seed 000 as .docx", () => {
  it("renumbers section I to 1..7 and changes nothing else", async () => {
    const input = await convertWithLibreOffice(seedPath("000"), "docx", path.join(tmp, "in"));
    const output = path.join(tmp, "000-fixed.docx");
    const r = await vbhc("fix", input, "-o", output);
    expect(r.out).toContain("applied");

    const before = await readDocx(new Uint8Array(fs.readFileSync(input)));
    const after = await readDocx(new Uint8Array(fs.readFileSync(output)));
    expect(after.paragraphs).toHaveLength(before.paragraphs.length);
    const changed = before.paragraphs.flatMap((p, i) => (p.text !== after.paragraphs[i].text ? [i + 1] : []));
    expect(changed).toEqual([91, 99]);
    expect(after.paragraphs[90].text).toBe(`6${before.paragraphs[90].text.slice(1)}`);
    expect(after.paragraphs[98].text).toBe(`7${before.paragraphs[98].text.slice(1)}`);
    // Formatting of the edited paragraphs is kept.
    expect(after.paragraphs[90].font).toEqual(before.paragraphs[90].font);

    const again = JSON.parse((await vbhc("check", output, "--format", "json")).out);
    expect(again.files[0].findings.filter((f: { ruleId: string }) => f.ruleId.startsWith("numbering/"))).toEqual([]);
    expect(runChecks(after).findings.filter((f) => f.ruleId.startsWith("numbering/"))).toEqual([]);

    // LibreOffice opens the fixed file; its text export shows the new numbers and nothing else moved.
    const txt = fs.readFileSync(await convertWithLibreOffice(output, "txt", path.join(tmp, "out")), "utf8");
    const lines = txt.replace(/^\uFEFF/, "").split(/\r\n|\n/);
    expect(lines[90].startsWith("6. Đẩy mạnh")).toBe(true);
    expect(lines[98].startsWith("7. ")).toBe(true);
    const original = fs.readFileSync(seedPath("000"), "utf8").split("\n");
    original.forEach((l, i) => {
      if (i !== 90 && i !== 98) expect(lines[i]?.trimEnd()).toBe(l.trimEnd());
    });
  });
});
