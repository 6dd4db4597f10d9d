/** Misses seen on real texts, each with examples of our own that must be flagged and that must not be. */
import { fixedDieuCapital } from "../../../src/core/checks/rules/fixed-string-dieu-capital";
import { applyAll, checkLines } from "./helpers";

describe("fixed-string/dieu-capital", () => {
  it("flags “Như điều 3” and “khoản 2 điều 5”, with a fix to “Điều”", () => {
    const lines = ["Nơi nhận:", "- Như điều 3;", "Thực hiện theo khoản 2 điều 5 của Quy chế này."];
    const f = checkLines(fixedDieuCapital, lines);
    expect(f.map((x) => x.excerpt)).toEqual(["điều", "điều"]);
    expect(applyAll(lines, f)).toEqual([
      "Nơi nhận:",
      "- Như Điều 3;",
      "Thực hiện theo khoản 2 Điều 5 của Quy chế này.",
    ]);
  });
  it("leaves “Như Điều 3”, the plural “các điều 69, 70” and “điều kiện” alone", () => {
    const lines = [
      "- Như Điều 3;",
      "theo quy định tại các điều 69, 70 và 71 của Luật này",
      "theo điều 4, 5 và 6",
      "đủ điều kiện theo điều lệ",
      "Những điều 3 bên cần lưu ý",
    ];
    expect(checkLines(fixedDieuCapital, lines)).toEqual([]);
  });
});
