/**
 * A random sequence of what the pane does to a document (insert blocks, renumber, apply the safe fixes,
 * insert and refresh citations), run through the Office adapter on the fake Word host, changes only what
 * each step owns: every other paragraph keeps its WordprocessingML byte for byte, and an edited paragraph
 * keeps every character outside the edited range.
 */
import * as fc from "fast-check";
import { applyFixes, isSafeFix, runChecks } from "../../../src/core/checks";
import { applyTextEdits, type TextEdit } from "../../../src/core/model/edits";
import { renumber } from "../../../src/core/numbering";
import { escapeXml } from "../../../src/core/xml-escape";
import { blocksXml } from "../../../src/docx/body-model";
import { toFlatOpc } from "../../../src/docx/flat-opc";
import type { WordAdapter } from "../../../src/word/adapter";
import { createFakeWord, type FakeWord } from "../../../src/word/fake";
import { createOfficeAdapter } from "../../../src/word/office-adapter";

jest.setTimeout(180_000);

/** A paragraph in three runs with different formatting, so a rewrite of its XML would show. */
function paragraphXml(text: string, i: number): string {
  const a = Math.floor(text.length / 3);
  const b = Math.floor((2 * text.length) / 3);
  const run = (t: string, rPr: string) =>
    t ? `<w:r>${rPr ? `<w:rPr>${rPr}</w:rPr>` : ""}<w:t xml:space="preserve">${escapeXml(t)}</w:t></w:r>` : "";
  const pPr = i % 2 ? '<w:pPr><w:jc w:val="both"/><w:spacing w:after="120"/></w:pPr>' : "";
  return `<w:p>${pPr}${run(text.slice(0, a), "<w:b/>")}${run(text.slice(a, b), '<w:i/><w:sz w:val="26"/>')}${run(text.slice(b), "")}</w:p>`;
}

/** Lines a report has: headings numbered with gaps and mixed separators, citations, text to normalise. */
const LINES = [
  "I. MỞ ĐẦU",
  "III. KẾT QUẢ THỰC HIỆN",
  "II- NHIỆM VỤ",
  "1. Công tác chỉ đạo",
  "3. Công tác kiểm tra",
  "2- Công tác tuyên truyền",
  "a) Điểm thứ nhất",
  "c) Điểm thứ ba",
  "1.1. Nội dung chi tiết",
  "1.3. Nội dung khác",
  "Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ về công tác văn thư;",
  "Theo Quyết định số 05/QĐ-UBND ngày 9/1/2025 của Ủy ban nhân dân tỉnh.",
  "Ke\u0302\u0301t qua\u0309 đạt 1234567 đồng.",
  "Nội dung thường, không có gì để sửa.",
  "Cộng hòa xã hội chủ nghĩa Việt Nam",
];
const lineArb = fc.oneof(
  fc.constantFrom(...LINES),
  fc.string({ unit: fc.constantFrom("a", "ă", "Đ", "ệ", " ", "1", ".", "/", "-"), minLength: 1, maxLength: 30 }),
);

type Step =
  | { kind: "insert"; text: string; at: "start" | "end" }
  | { kind: "renumber" }
  | { kind: "fix" }
  | { kind: "cite"; text: string }
  | { kind: "refresh"; text: string };
const stepArb: fc.Arbitrary<Step> = fc.oneof(
  fc.record({
    kind: fc.constant("insert" as const),
    text: lineArb,
    at: fc.constantFrom("start" as const, "end" as const),
  }),
  fc.record({ kind: fc.constant("renumber" as const) }),
  fc.record({ kind: fc.constant("fix" as const) }),
  fc.record({ kind: fc.constant("cite" as const), text: lineArb }),
  fc.record({ kind: fc.constant("refresh" as const), text: lineArb }),
);

const paragraphsXml = (fake: FakeWord): string[] =>
  fake.model.blocks.map((b) => blocksXml([b])).filter((x) => x.startsWith("<w:p"));

/** How many edits each kind of step made over the whole run, to show the property exercised them. */
const made = { renumber: 0, fix: 0, refresh: 0 };

/** Applies text edits and checks that only they changed the document. */
async function applyOwned(fake: FakeWord, adapter: WordAdapter, edits: TextEdit[]): Promise<void> {
  const texts = fake.model.texts();
  const xml = paragraphsXml(fake);
  const result = await adapter.applyEdits(edits);
  expect(result.skipped).toBe(0);
  expect(fake.model.texts()).toEqual(applyTextEdits(texts, edits));
  const touched = new Set(edits.map((e) => e.paragraph));
  const after = paragraphsXml(fake);
  expect(after).toHaveLength(xml.length);
  xml.forEach((x, i) => {
    if (!touched.has(i)) expect(after[i]).toBe(x);
  });
}

async function runStep(fake: FakeWord, adapter: WordAdapter, step: Step, tags: string[]): Promise<void> {
  const texts = fake.model.texts();
  const xml = paragraphsXml(fake);
  switch (step.kind) {
    case "insert": {
      await adapter.insertOoxml(toFlatOpc(paragraphXml(step.text, 0)), step.at);
      const after = paragraphsXml(fake);
      expect(after).toHaveLength(xml.length + 1);
      // Everything that was there is still there, byte for byte, around the one new paragraph.
      expect(step.at === "start" ? after.slice(1) : after.slice(0, -1)).toEqual(xml);
      expect(fake.model.texts()[step.at === "start" ? 0 : texts.length]).toBe(step.text);
      return;
    }
    case "renumber": {
      const edits = renumber(await adapter.readSnapshot());
      // A renumbering edit owns a heading's number and nothing else.
      for (const e of edits) expect(e.expected).toMatch(/^[0-9IVXLCDMa-zđ]{1,6}$/u);
      made.renumber += edits.length;
      await applyOwned(fake, adapter, edits);
      return;
    }
    case "fix": {
      const doc = await adapter.readSnapshot();
      const safe = runChecks(doc).findings.filter((f) => isSafeFix(f));
      const edits = applyFixes(doc, safe).filter((e): e is TextEdit => e.kind === "text");
      made.fix += edits.length;
      await applyOwned(fake, adapter, edits);
      return;
    }
    case "cite": {
      const tag = `vbhc:cite:t${tags.length}`;
      await adapter.insertContentControl(step.text, tag, "Trích dẫn", "end");
      tags.push(tag);
      const after = paragraphsXml(fake);
      // The control goes at the end: every earlier paragraph is untouched.
      expect(after.slice(0, xml.length - 1)).toEqual(xml.slice(0, -1));
      expect(fake.model.texts().join("\n")).toContain(step.text);
      return;
    }
    case "refresh": {
      const controls = await adapter.findContentControls("vbhc:cite:");
      const target = controls[0];
      if (!target) return;
      const count = await adapter.updateContentControls(new Map([[target.tag, step.text]]));
      expect(count).toBe(1);
      made.refresh++;
      const after = paragraphsXml(fake);
      const now = fake.model.texts();
      expect(after).toHaveLength(xml.length);
      xml.forEach((x, i) => {
        if (i !== target.paragraph) expect(after[i]).toBe(x);
      });
      // In the control's paragraph, only the control's text changed.
      const before = texts[target.paragraph];
      const at = before.indexOf(target.text);
      expect(at).toBeGreaterThanOrEqual(0);
      expect(now[target.paragraph]).toBe(before.slice(0, at) + step.text + before.slice(at + target.text.length));
      return;
    }
  }
}

test("inserts, renumbering, safe fixes and citation refreshes change only what they own", async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.array(lineArb, { minLength: 1, maxLength: 12 }),
      fc.array(stepArb, { minLength: 1, maxLength: 8 }),
      async (lines, steps) => {
        const fake = createFakeWord({ bodyXml: lines.map(paragraphXml).join("") });
        const adapter = createOfficeAdapter({ Word: fake.Word, Office: fake.Office });
        const tags: string[] = [];
        for (const step of steps) await runStep(fake, adapter, step, tags);
      },
    ),
    { numRuns: 40 },
  );
  expect(made.renumber).toBeGreaterThan(0);
  expect(made.fix).toBeGreaterThan(0);
  expect(made.refresh).toBeGreaterThan(0);
});
