import { encodingDamage, undoMojibake } from "../../../src/core/checks/rules/encoding-damage";
import { encodingNonNfc } from "../../../src/core/checks/rules/encoding-non-nfc";
import { applyAll, checkLines } from "./helpers";

describe("encoding rules", () => {
  it("encoding/non-nfc: normalises decomposed letters with a safe fix", () => {
    const lines = ["Việt Nam".normalize("NFD")];
    const f = checkLines(encodingNonNfc, lines);
    expect(f.length).toBeGreaterThan(0);
    expect(applyAll(lines, f)[0]).toBe("Việt Nam");
    expect(checkLines(encodingNonNfc, ["Việt Nam"])).toEqual([]);
  });
  it("encoding/damage: suggests fixes for ƣ, Ð, CỘNG HÕA and mojibake without marking them safe", () => {
    const f = checkLines(encodingDamage, ["ngƣời dân", "Ðảng", "CỘNG HÕA", "Viá»‡t Nam", "Uû ban nh©n d©n"]);
    expect(f.map((x) => x.fix?.edits[0] && (x.fix.edits[0] as { replacement: string }).replacement)).toEqual([
      "người",
      "Đảng",
      "HÒA",
      "Việt",
      undefined,
      undefined,
    ]);
    expect(encodingDamage.meta.safeFix).toBe(false);
  });
  it("encoding/damage: says nothing on clean Vietnamese with Õ and hoá", () => {
    expect(
      checkLines(encodingDamage, ["Võ Văn Kiệt; hoá đơn; “Dân vận khéo” – 2024 © không; Microsoft® Word"]),
    ).toEqual([]);
  });
  it("undoMojibake reverses UTF-8 read as Windows-1252 and refuses other text", () => {
    expect(undoMojibake("Viá»‡t")).toBe("Việt");
    expect(undoMojibake("Việt")).toBeUndefined();
  });
});
