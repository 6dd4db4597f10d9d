import { closingLuuLine } from "../../../src/core/checks/rules/closing-luu-line";
import { closingSignerTitle } from "../../../src/core/checks/rules/closing-signer-title";
import { applyAll, checkLines } from "./helpers";

const closing = (luu: string, name: string, head = "SỞ NỘI VỤ") => [
  head,
  "BÁO CÁO",
  "Kết quả công tác",
  "Nội dung báo cáo.",
  "Nơi nhận:",
  "- Như trên;",
  luu,
  "KT. GIÁM ĐỐC",
  "PHÓ GIÁM ĐỐC",
  name,
];

describe("closing rules", () => {
  it("closing/luu-line: adds the colon after Lưu and the final full stop", () => {
    const lines = closing("- Lưu VT, TCBC;", "Trần Văn Bốn");
    const f = checkLines(closingLuuLine, lines);
    expect(f.map((x) => x.paragraph)).toEqual([6, 6]);
    expect(applyAll(lines, f)[6]).toBe("- Lưu: VT, TCBC.");
    expect(checkLines(closingLuuLine, closing("- Lưu: VT, TCBC.", "Trần Văn Bốn"))).toEqual([]);
  });

  it("closing/luu-line: a drafter's name after the Lưu item is not part of it", () => {
    // On the next line, after a line break in the same paragraph, or in the next cell of a flattened table row.
    const next = [...closing("- Lưu: VT, KHTC (3b).", "Lê Thị Hoa")];
    next.splice(7, 0, "PTHung");
    expect(checkLines(closingLuuLine, next)).toEqual([]);
    expect(checkLines(closingLuuLine, closing("- Lưu: VT, ĐMDN (2b).\u000bNguyễn Văn Tâm", "Trần Văn Bốn"))).toEqual(
      [],
    );
    expect(checkLines(closingLuuLine, closing("- Lưu: VT, TCCB (2b).\tNguyễn Văn Tâm", "Trần Văn Bốn"))).toEqual([]);
    // The item itself is still read: a missing full stop before the name is reported at the item's end.
    const f = checkLines(closingLuuLine, closing("- Lưu: VT, TCCB\u000bNguyễn Văn Tâm", "Trần Văn Bốn"));
    expect(f.map((x) => x.start)).toEqual(["- Lưu: VT, TCCB".length]);
  });
  it("closing/luu-line: a blank number of copies is reported", () => {
    const f = checkLines(closingLuuLine, closing("- Lưu: VT, VP ( b).", "Trần Văn Bốn"));
    expect(f.map((x) => x.excerpt)).toEqual(["( b)"]);
    expect(checkLines(closingLuuLine, closing("- Lưu: VT, VP (…b).", "Trần Văn Bốn"))).toHaveLength(1);
    expect(checkLines(closingLuuLine, closing("- Lưu: VT, VP (05b).", "Trần Văn Bốn"))).toEqual([]);
    expect(checkLines(closingLuuLine, closing("- Lưu: VT, VP (2 bản).", "Trần Văn Bốn"))).toEqual([]);
  });
  it("closing/luu-line: every Nơi nhận block is read, not only the first", () => {
    const two = [
      ...closing("- Lưu: VT, TCBC.", "Trần Văn Bốn"),
      "PHỤ LỤC",
      "Nội dung.",
      "Nơi nhận:",
      "- Như trên;",
      "- Lưu VT;",
    ];
    const f = checkLines(closingLuuLine, two);
    expect(f.map((x) => x.paragraph)).toEqual([14, 14]);
  });
  it("closing/luu-line: leaves a Party document's “- Lưu Văn phòng …” alone", () => {
    const party = ["ĐẢNG CỘNG SẢN VIỆT NAM", ...closing("- Lưu Văn phòng Tỉnh ủy.", "Trần Văn Bốn")];
    expect(checkLines(closingLuuLine, party)).toEqual([]);
  });

  it("closing/signer-title: reports học vị before the signer's name, with a fix that keeps the name", () => {
    for (const title of ["TS.", "ThS.", "PGS.TS.", "GS. TSKH."]) {
      const lines = closing("- Lưu: VT.", `${title} Trần Văn Bốn`);
      const f = checkLines(closingSignerTitle, lines);
      expect(f).toHaveLength(1);
      expect(f[0].message).toContain(title.replace(/\s+/g, " ").trim());
      expect(applyAll(lines, f)[9]).toBe("Trần Văn Bốn");
    }
  });

  it("closing/signer-title: says nothing on a plain name or a title line", () => {
    expect(checkLines(closingSignerTitle, closing("- Lưu: VT.", "Trần Văn Bốn"))).toEqual([]);
    expect(checkLines(closingSignerTitle, closing("- Lưu: VT.", "KS. HÀNH CHÍNH"))).toEqual([]);
  });
});
