import fc from "fast-check";
import { buildScaffold, headingLabel, validateOutline, type ScaffoldNode } from "../../../src/core/blocks";
import { fromRoman, toRoman, vietnameseLetter, VIETNAMESE_LETTERS, STATE_FORMATS } from "../../../src/core/rules";
import { paragraphs, parseBody, runWithText } from "./xml-helpers";
import { NS } from "../../../src/docx/xml";

describe("sequences", () => {
  test("Vietnamese letters: đ after d, no f j w z", () => {
    expect([1, 2, 3, 4, 5, 6, 7].map(vietnameseLetter)).toEqual(["a", "b", "c", "d", "đ", "e", "g"]);
    expect(VIETNAMESE_LETTERS.join("")).not.toMatch(/[fjwz]/);
    expect(vietnameseLetter(11)).toBe("l");
    expect(() => vietnameseLetter(0)).toThrow(RangeError);
  });
  test("Roman numerals round trip and reject non-canonical forms", () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 3999 }), (n) => fromRoman(toRoman(n)) === n));
    expect(toRoman(14)).toBe("XIV");
    expect(fromRoman("IIII")).toBeUndefined();
    expect(fromRoman("IC")).toBeUndefined();
    expect(fromRoman("5")).toBeUndefined();
  });
});

describe("scaffold without articles", () => {
  const outline: ScaffoldNode[] = [
    {
      level: "phan",
      title: "Phần mở đầu",
      children: [
        {
          level: "muc",
          title: "Kết quả thực hiện",
          children: [
            { level: "khoan", title: "Công tác chỉ đạo" },
            {
              level: "khoan",
              text: "Kết quả cụ thể",
              children: [
                { level: "diem", text: "một" },
                { level: "diem", text: "hai" },
                { level: "diem", text: "ba" },
                { level: "diem", text: "bốn" },
                {
                  level: "diem",
                  text: "năm",
                  children: [{ level: "dash", text: "gạch", children: [{ level: "plus", text: "cộng" }] }],
                },
              ],
            },
          ],
        },
        { level: "muc", title: "Tồn tại" },
      ],
    },
    { level: "phan", title: "Phần hai", children: [{ level: "muc", title: "Kiến nghị" }] },
  ];
  const root = parseBody(buildScaffold("no-articles", outline));
  test("numbers and order", () => {
    expect(paragraphs(root)).toEqual([
      "Phần I",
      "PHẦN MỞ ĐẦU",
      "I. KẾT QUẢ THỰC HIỆN",
      "1. Công tác chỉ đạo",
      "2. Kết quả cụ thể",
      "a) một",
      "b) hai",
      "c) ba",
      "d) bốn",
      "đ) năm",
      "- gạch",
      "+ cộng",
      "II. TỒN TẠI",
      "Phần II",
      "PHẦN HAI",
      "I. KIẾN NGHỊ",
    ]);
  });
  test("formats: Mục upper bold at body size and indented, titled khoản bold, plain khoản upright", () => {
    const muc = runWithText(root, "I. KẾT QUẢ THỰC HIỆN");
    expect([muc.bold, muc.size]).toEqual([true, STATE_FORMATS.body.size.default]);
    expect(runWithText(root, "1. Công tác chỉ đạo").bold).toBe(true);
    expect(runWithText(root, "2. Kết quả cụ thể").bold).toBe(false);
    const ps = root.getElementsByTagNameNS(NS.w, "p");
    const mucP = Array.from({ length: ps.length }, (_, i) => ps[i]).find(
      (p) => p.textContent === "I. KẾT QUẢ THỰC HIỆN",
    );
    expect(Number(mucP?.getElementsByTagNameNS(NS.w, "ind")[0].getAttribute("w:firstLine"))).toBe(720);
    const phanP = Array.from({ length: ps.length }, (_, i) => ps[i]).find((p) => p.textContent === "Phần I");
    expect(phanP?.getElementsByTagNameNS(NS.w, "jc")[0].getAttribute("w:val")).toBe("center");
  });
});

describe("scaffold with articles", () => {
  const outline: ScaffoldNode[] = [
    {
      level: "chuong",
      title: "Quy định chung",
      children: [
        { level: "dieu", title: "Phạm vi" },
        { level: "dieu", title: "Đối tượng" },
      ],
    },
    {
      level: "chuong",
      title: "Quy định cụ thể",
      children: [
        {
          level: "muc",
          title: "Nhóm một",
          children: [
            {
              level: "dieu",
              title: "Nguyên tắc",
              children: [{ level: "khoan", text: "Khoản", children: [{ level: "diem", text: "x" }] }],
            },
          ],
        },
      ],
    },
  ];
  test("Điều numbers run through chapters; Chương and Mục centred with the title below", () => {
    expect(paragraphs(parseBody(buildScaffold("articles", outline)))).toEqual([
      "Chương I",
      "QUY ĐỊNH CHUNG",
      "Điều 1. Phạm vi",
      "Điều 2. Đối tượng",
      "Chương II",
      "QUY ĐỊNH CỤ THỂ",
      "Mục 1",
      "NHÓM MỘT",
      "Điều 3. Nguyên tắc",
      "1. Khoản",
      "a) x",
    ]);
    expect(runWithText(parseBody(buildScaffold("articles", outline)), "Điều 3. Nguyên tắc").bold).toBe(true);
  });
  test("invalid outlines are refused: missing title, levels out of order, điểm outside a khoản", () => {
    expect(validateOutline("articles", [{ level: "dieu" }])).toHaveLength(1);
    expect(
      validateOutline("articles", [{ level: "dieu", title: "a", children: [{ level: "chuong", title: "b" }] }]),
    ).not.toEqual([]);
    expect(
      validateOutline("articles", [{ level: "dieu", title: "a", children: [{ level: "diem", text: "x" }] }]),
    ).not.toEqual([]);
    expect(validateOutline("no-articles", [{ level: "dieu", title: "a" }])).not.toEqual([]);
    expect(() => buildScaffold("articles", [{ level: "dieu" }])).toThrow();
  });
  test("labels", () => {
    expect(headingLabel("articles", "tieu-muc", 2)).toBe("Tiểu mục 2");
    expect(headingLabel("no-articles", "muc", 4)).toBe("IV.");
  });
});
