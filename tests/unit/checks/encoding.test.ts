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
      "Uỷ",
      "nhân",
      "dân",
    ]);
    expect(encodingDamage.meta.safeFix).toBe(false);
  });
  it("encoding/damage: converts a whole TCVN3 paragraph word by word, and reads VNI bytes as VNI only elsewhere", () => {
    const lines = ["Së Th«ng tin vµ TruyÒn th«ng b¸o c¸o kÕt qu¶ thùc hiÖn; kÐm", "Xin chaøo caùc baïn ôû Vieät Nam"];
    const f = checkLines(encodingDamage, lines);
    const suggested = f.map((x) => x.fix && (x.fix.edits[0] as { replacement: string }).replacement);
    const fixed = applyAll(lines, f);
    expect(fixed[0]).toBe("Sở Thông tin và Truyền thông báo cáo kết quả thực hiện; kém");
    // One reading per word: “kÐm” is TCVN3 “kém”, not an Icelandic eth.
    expect(new Set(f.map((x) => `${x.paragraph}:${x.start}`)).size).toBe(f.length);
    expect(f.filter((x) => x.paragraph === 1).every((x) => x.message.includes("VNI"))).toBe(true);
    expect(f.filter((x) => x.paragraph === 1).length).toBeGreaterThan(0);
    expect(suggested.filter((x) => x !== undefined).length).toBe(f.filter((x) => x.paragraph === 0).length);
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
