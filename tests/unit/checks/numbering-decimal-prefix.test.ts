import { numberingDecimalPrefix } from "../../../src/core/checks/rules/numbering-decimal-prefix";
import { renumber } from "../../../src/core/numbering";
import { snapshotFromText } from "../../../src/core/model/document";
import { applyTextEdits } from "../../../src/core/model/edits";
import { applyAll, checkLines } from "./helpers";

describe("numbering/decimal-prefix", () => {
  const lines = ["I. KẾT QUẢ", "1. Việc một", "1.1. Ý một", "2. Việc hai", "1.1. Ý hai", "1.2. Ý ba"];
  it("flags “1.1.” items under “2.” and fixes only the first number", () => {
    const f = checkLines(numberingDecimalPrefix, lines);
    expect(f.map((x) => [x.paragraph, x.excerpt])).toEqual([
      [4, "1.1."],
      [5, "1.2."],
    ]);
    expect(f[0].message).toBe("Mục “1.1.” nằm trong mục “2.” (đoạn 4); nên đánh số “2.1.”.");
    expect(applyAll(lines, f).slice(4)).toEqual(["2.1. Ý hai", "2.2. Ý ba"]);
  });
  it("renumber keeps “n.m.” items in step with a renumbered parent", () => {
    const dup = ["I. KẾT QUẢ", "1. Việc một", "1. Việc hai", "1.1. Ý một", "1.2. Ý hai"];
    expect(applyTextEdits(dup, renumber(snapshotFromText(dup.join("\n"))))).toEqual([
      "I. KẾT QUẢ",
      "1. Việc một",
      "2. Việc hai",
      "2.1. Ý một",
      "2.2. Ý hai",
    ]);
  });
});
