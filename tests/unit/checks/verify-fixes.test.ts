/**
 * Safe means provably safe: the fixer verifies each batch on the re-read result, and the property tests state it
 * for generated documents (headings with random numbering, tabs, spaces, list items and table rows).
 */
import * as fc from "fast-check";
import { fixUntilStable, planFixes, runChecks, type Finding, type Rule } from "../../../src/core/checks";
import { snapshotFromText, type DocumentSnapshot } from "../../../src/core/model/document";
import { applyTextEdits, type Edit, type TextEdit } from "../../../src/core/model/edits";
import { analyzeStructure } from "../../../src/core/structure";
import { toRoman, vietnameseLetter } from "../../../src/core/rules/sequences";

/** Applies edits to a plain-text snapshot, as `vbhc fix` does for a .txt. */
function applyText(doc: DocumentSnapshot, edits: Edit[]): DocumentSnapshot {
  const texts = applyTextEdits(
    doc.paragraphs.map((p) => p.text),
    edits.filter((e): e is TextEdit => e.kind === "text"),
  );
  return { ...doc, paragraphs: texts.map((text, index) => ({ index, text, inTable: false })) };
}

const fix = (doc: DocumentSnapshot) => fixUntilStable(doc, applyText);
const numbers = (doc: DocumentSnapshot) =>
  analyzeStructure(doc).headings.map((h) => `${h.paragraph}:${h.prefix ?? ""}${h.number}${h.separator}`);

describe("planFixes", () => {
  it("applies a clean batch whole", () => {
    const doc = snapshotFromText(["BÁO CÁO", "I. MỘT", "II. HAI", "V. BA", "VI. BỐN"].join("\n"));
    const base = runChecks(doc);
    const plan = planFixes(doc, base.findings, {}, base);
    expect(plan.refused).toEqual([]);
    expect(plan.doc.paragraphs.map((p) => p.text).slice(3)).toEqual(["III. BA", "IV. BỐN"]);
    expect(plan.result.findings.filter((f) => f.ruleId.startsWith("numbering/"))).toEqual([]);
  });

  it("refuses a fix that would change a number no finding reported, and keeps the good ones", () => {
    const doc = snapshotFromText(["BÁO CÁO", "I. MỘT", "1. Một", "II. HAI", "1. Hai", "3. Ba"].join("\n"));
    const base = runChecks(doc);
    // A rogue fix from another rule that turns the correct “1.” under II into “a)”: the sequence stays valid,
    // so only the number check can catch it.
    const rogue: Finding = {
      ...base.findings[0],
      ruleId: "fixed-string/rogue",
      paragraph: 0,
      fix: {
        description: "x",
        edits: [{ kind: "text", paragraph: 4, start: 0, end: 2, expected: "1.", replacement: "a)" }],
      },
    };
    const plan = planFixes(doc, [...base.findings, rogue], {}, base);
    expect(plan.refused.map((r) => r.finding)).toEqual([rogue]);
    expect(plan.refused[0].reason).toMatch(/paragraph 5, which no finding reported/);
    expect(plan.doc.paragraphs.map((p) => p.text).slice(4)).toEqual(["1. Hai", "2. Ba"]);
  });

  it("refuses a fix that would create a new error, with a reason in English and Vietnamese", () => {
    const rule: Rule = {
      id: "fixed-string/test",
      meta: { severity: "error", ref: "test", title: "test", family: "fixed-string", fixable: true, safeFix: true },
      check: (ctx) =>
        ctx.doc.paragraphs
          .filter((p) => p.text.includes("xấu"))
          .map((p) => ({
            ruleId: "fixed-string/test",
            severity: "error",
            message: "m",
            paragraph: p.index,
            start: 0,
            end: 1,
            excerpt: "",
            ref: "test",
          })),
    };
    const doc = snapshotFromText(["Một", "Hai"].join("\n"));
    const bad: Finding = {
      ruleId: "fixed-string/test",
      severity: "error",
      message: "m",
      paragraph: 1,
      start: 0,
      end: 3,
      excerpt: "Hai",
      ref: "test",
      fix: {
        description: "x",
        edits: [{ kind: "text", paragraph: 1, start: 0, end: 3, expected: "Hai", replacement: "xấu" }],
      },
    };
    const plan = planFixes(doc, [bad], { rules: [rule] });
    expect(plan.edits).toEqual([]);
    expect(plan.refused.map((r) => [r.reason, r.reasonVi])).toEqual([
      ["it would create a new fixed-string problem in paragraph 2", "sửa sẽ sinh lỗi mới (fixed-string) ở đoạn 2"],
    ]);
  });
});

// ---- Generated documents -------------------------------------------------------------------------------------------

type Level = "roman" | "arabic" | "letter";
interface Item {
  level: Level;
  lead: string;
  gap: string;
}
const LEADS = ["", "\t", "  ", "\u00a0", "\t\t"];
const GAPS = [" ", "\t", "\u00a0"];
const marker = (level: Level, n: number) =>
  level === "roman" ? `${toRoman(n)}.` : level === "arabic" ? `${n}.` : `${vietnameseLetter(n)})`;
const title = (level: Level) => (level === "roman" ? "NỘI DUNG CHÍNH" : "Nội dung thực hiện");

const itemArb: fc.Arbitrary<Item | "text" | "dash" | "row"> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      level: fc.constantFrom<Level>("roman", "arabic", "letter"),
      lead: fc.constantFrom(...LEADS),
      gap: fc.constantFrom(...GAPS),
    }),
  },
  { weight: 1, arbitrary: fc.constant("text" as const) },
  { weight: 1, arbitrary: fc.constant("dash" as const) },
  { weight: 1, arbitrary: fc.constant("row" as const) },
);

/** A correctly numbered document: each level counts 1, 2, 3 under its parent; rows and prose in between. */
function correctDoc(items: readonly (Item | "text" | "dash" | "row")[]): { lines: string[]; headingLines: number[] } {
  const lines = ["BÁO CÁO", "Kết quả thực hiện"];
  const headingLines: number[] = [];
  const count: Record<Level, number> = { roman: 0, arabic: 0, letter: 0 };
  let depth = -1;
  const order: Level[] = ["roman", "arabic", "letter"];
  for (const it of items) {
    if (it === "text") lines.push("Các đơn vị đã triển khai thực hiện đầy đủ.");
    else if (it === "dash") lines.push("\t- Một ý nhỏ;");
    else if (it === "row") lines.push("7.\tNguyễn Văn A\tChuyên viên");
    else {
      // A level may open only one step below the deepest open level.
      const d = Math.min(order.indexOf(it.level), depth + 1);
      const level = order[d];
      for (let k = d + 1; k < order.length; k++) count[order[k]] = 0;
      count[level]++;
      depth = d;
      headingLines.push(lines.length);
      lines.push(`${it.lead}${marker(level, count[level])}${it.gap}${title(level)}`);
    }
  }
  return { lines, headingLines };
}

const docArb = fc.array(itemArb, { minLength: 1, maxLength: 40 });

describe("fix on generated documents (fast-check)", () => {
  it("a correctly numbered document: no numbering finding, and fix changes nothing", async () => {
    await fc.assert(
      fc.asyncProperty(docArb, async (items) => {
        const doc = snapshotFromText(correctDoc(items).lines.join("\n"));
        expect(runChecks(doc).findings.filter((f) => f.ruleId.startsWith("numbering/"))).toEqual([]);
        const r = await fix(doc);
        expect(r.applied).toBe(0);
      }),
      { numRuns: 60 },
    );
  });

  it("one wrong number: fix touches no other number, and a second fix changes nothing", async () => {
    await fc.assert(
      fc.asyncProperty(docArb, fc.nat(), fc.integer({ min: 1, max: 23 }), async (items, pick, wrong) => {
        const { lines, headingLines } = correctDoc(items);
        fc.pre(headingLines.length > 0);
        const at = headingLines[pick % headingLines.length];
        const correct = snapshotFromText(lines.join("\n"));
        const h = analyzeStructure(correct).headings.find((x) => x.paragraph === at);
        fc.pre(h !== undefined && h.confidence === "sure");
        if (!h) return;
        const level: Level = h.style === "roman" ? "roman" : h.style === "letter" ? "letter" : "arabic";
        const text = marker(level, wrong).slice(0, -1);
        fc.pre(text !== h.number);
        const broken = [...lines];
        broken[at] = lines[at].slice(0, h.numStart) + text + lines[at].slice(h.numEnd);
        const doc = snapshotFromText(broken.join("\n"));
        const once = await fix(doc);
        const before = numbers(correct);
        const after = numbers(once.doc);
        // Every other heading keeps its number; the broken one is restored or left as it was.
        const others = (xs: string[]) => xs.filter((x) => !x.startsWith(`${at}:`));
        expect(others(after)).toEqual(others(before));
        const mine = after.find((x) => x.startsWith(`${at}:`));
        expect([before.find((x) => x.startsWith(`${at}:`)), `${at}:${text}${h.separator}`]).toContain(mine);
        const twice = await fix(once.doc);
        expect(twice.applied).toBe(0);
      }),
      { numRuns: 60 },
    );
  });

  it("any document, numbered at random: a second fix changes nothing", async () => {
    const randomDoc = fc.array(
      fc.record({
        level: fc.constantFrom<Level>("roman", "arabic", "letter"),
        n: fc.integer({ min: 1, max: 12 }),
        lead: fc.constantFrom(...LEADS),
        gap: fc.constantFrom(...GAPS),
      }),
      { minLength: 1, maxLength: 30 },
    );
    await fc.assert(
      fc.asyncProperty(randomDoc, async (items) => {
        const lines = ["BÁO CÁO", ...items.map((i) => `${i.lead}${marker(i.level, i.n)}${i.gap}${title(i.level)}`)];
        const once = await fix(snapshotFromText(lines.join("\n")));
        const twice = await fix(once.doc);
        expect(twice.applied).toBe(0);
        expect(twice.doc.paragraphs.map((p) => p.text)).toEqual(once.doc.paragraphs.map((p) => p.text));
      }),
      { numRuns: 60 },
    );
  });
});
