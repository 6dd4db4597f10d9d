import fc from "fast-check";
import { analyzeNumbering, formatNumber, nextHeading, renumber } from "../../../src/core/numbering";
import { analyzeStructure } from "../../../src/core/structure";
import { snapshotFromText } from "../../../src/core/model/document";
import { applyTextEdits } from "../../../src/core/model/edits";

const docOf = (lines: readonly string[]) => snapshotFromText(lines.join("\n"));

describe("renumber", () => {
  it("renumbers Roman and letters, within a scope only", () => {
    const lines = ["I. MỘT", "a) Ý một", "c) Ý hai", "III. HAI", "1. Việc một", "3. Việc hai"];
    expect(applyTextEdits(lines, renumber(docOf(lines)))).toEqual([
      "I. MỘT",
      "a) Ý một",
      "b) Ý hai",
      "II. HAI",
      "1. Việc một",
      "2. Việc hai",
    ]);
    expect(renumber(docOf(lines), { from: 4 }).map((e) => e.paragraph)).toEqual([5]);
  });
  it("property: after renumbering, any heading list has no numbering issue", () => {
    const heading = fc.record({ level: fc.integer({ min: 0, max: 2 }), n: fc.integer({ min: 1, max: 12 }) });
    fc.assert(
      fc.property(fc.array(heading, { minLength: 1, maxLength: 25 }), (hs) => {
        let seenRoman = false;
        let seenArabic = false;
        const lines = hs.map(({ level, n }) => {
          // Keep levels reachable: a letter needs an arabic parent, an arabic a Roman one.
          const lv = !seenRoman ? 0 : !seenArabic ? Math.min(level, 1) : level;
          if (lv === 0) seenRoman = true;
          if (lv === 1) seenArabic = true;
          const marker =
            lv === 0 ? `${formatNumber("roman", n)}.` : lv === 1 ? `${n}.` : `${formatNumber("letter", n)})`;
          return `${marker} Tiêu đề mục`;
        });
        const fixed = applyTextEdits(lines, renumber(docOf(lines)));
        const issues = analyzeNumbering(analyzeStructure(docOf(fixed))).filter((i) => i.kind !== "mixed-separator");
        expect(issues).toEqual([]);
      }),
    );
  });
});

describe("nextHeading", () => {
  const lines = [
    "BÁO CÁO",
    "I. KẾT QUẢ",
    "1. Việc một",
    "a) Ý một",
    "2. Việc hai",
    "II. TỒN TẠI",
    "1- Việc ba",
    "(cursor)",
  ];
  const doc = docOf(lines);
  it("continues the level under the open parent at the cursor", () => {
    expect(nextHeading(doc, "arabic", 5)).toBe("3.");
    expect(nextHeading(doc, "letter", 4)).toBe("b)");
    expect(nextHeading(doc, "letter", 5)).toBe("a)");
    expect(nextHeading(doc, "roman", 7)).toBe("III.");
    expect(nextHeading(doc, "arabic", 7)).toBe("2-");
    expect(nextHeading(doc, "arabic", 1)).toBe("1.");
  });
  it("writes the word forms", () => {
    const d = docOf(["Chương I", "Điều 1. Phạm vi", "Điều 2. Đối tượng"]);
    expect(nextHeading(d, "dieu", 3)).toBe("Điều 3.");
    expect(nextHeading(d, "chuong", 3)).toBe("Chương II");
  });
});

describe("documents with articles", () => {
  const qd = [
    "QUYẾT ĐỊNH",
    "Về việc ban hành Quy chế",
    "Điều 1. Ban hành kèm theo Quyết định này Quy chế làm việc.",
    "Điều 2. Quyết định có hiệu lực kể từ ngày ký.",
    "Điều 3. Chánh Văn phòng chịu trách nhiệm thi hành.",
    "Nơi nhận:",
    "- Như Điều 3;",
    "GIÁM ĐỐC",
    "QUY CHẾ",
    "Làm việc của Sở",
    "Chương I",
    "QUY ĐỊNH CHUNG",
    "Điều 1. Phạm vi điều chỉnh",
    "1. Khoản một của điều",
    "2. Khoản hai của điều",
    "Điều 2. Đối tượng áp dụng",
    "1. Khoản một của điều",
    "Chương II",
    "NỘI DUNG",
    "Điều 3. Nguyên tắc làm việc",
    "Điều 5. Chế độ họp",
  ];
  it("numbers Điều through the whole text across Chương, restarts khoản per Điều, and restarts at an attached regulation", () => {
    const issues = analyzeNumbering(analyzeStructure(docOf(qd)));
    expect(issues.map((i) => [i.kind, i.heading.paragraph + 1, i.expected])).toEqual([["gap", 21, "4"]]);
  });
});
