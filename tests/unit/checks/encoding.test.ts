import { encodingDamage, undoMojibake } from "../../../src/core/checks/rules/encoding-damage";
import { encodingMixed } from "../../../src/core/checks/rules/encoding-mixed";
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
  it("encoding/damage: converts a whole TCVN3 paragraph and a whole VNI paragraph word by word", () => {
    const lines = ["Së Th«ng tin vµ TruyÒn th«ng b¸o c¸o kÕt qu¶ thùc hiÖn; kÐm", "Xin chaøo caùc baïn ôû Vieät Nam"];
    const f = checkLines(encodingDamage, lines);
    const suggested = f.map((x) => x.fix && (x.fix.edits[0] as { replacement: string }).replacement);
    const fixed = applyAll(lines, f);
    expect(fixed[0]).toBe("Sở Thông tin và Truyền thông báo cáo kết quả thực hiện; kém");
    // One reading per word: “kÐm” is TCVN3 “kém”, not an Icelandic eth.
    expect(new Set(f.map((x) => `${x.paragraph}:${x.start}`)).size).toBe(f.length);
    expect(f.filter((x) => x.paragraph === 1).every((x) => x.message.includes("VNI"))).toBe(true);
    expect(fixed[1]).toBe("Xin chào các bạn ở Việt Nam");
    expect(suggested.every((x) => x !== undefined)).toBe(true);
  });
  it("encoding/damage: VNI residue (“Vieät Nam”, “coâng vaên”, “ñ”) with its conversion for review", () => {
    const lines = [
      "COÄNG HOØA XAÕ HOÄI CHUÛ NGHÓA VIEÄT NAM",
      "Ñoäc laäp - Töï do - Haïnh phuùc",
      "Kính gửi: Sở Nội vụ; coâng vaên ngaøy 5 thaùng 3 naêm 2024 veà vieäc toå chöùc ñaøo taïo",
      "Coâng vaên soá 12 cuûa Sôû Noäi vuï",
    ];
    const f = checkLines(encodingDamage, lines);
    expect(applyAll(lines, f)).toEqual([
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Độc lập - Tự do - Hạnh phúc",
      "Kính gửi: Sở Nội vụ; công văn ngày 5 tháng 3 năm 2024 về việc tổ chức đào tạo",
      "Công văn số 12 của Sở Nội vụ",
    ]);
    // The Unicode words of the mixed paragraph are not touched.
    expect(f.filter((x) => x.paragraph === 2).every((x) => x.start >= "Kính gửi: Sở Nội vụ; ".length)).toBe(true);
    expect(f.every((x) => x.message.includes("VNI") && x.fix !== undefined)).toBe(true);
  });
  it("encoding/damage: foreign names with ö, ñ, ü and footnote marks are not legacy text", () => {
    const lines = [
      "Hội thảo với ông Jörg Müller và bà Peña tại München; hoà giải, Hoà Bình",
      "Căn cứ văn bản số 12/BTC-TCCB của Bộ Tài chính¹ (nếu có); Bộ Nội vụ²",
    ];
    expect(checkLines(encodingDamage, lines)).toEqual([]);
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
  it("encoding/mixed: a paragraph mixing Unicode and VNI, or TCVN3 paragraphs among Unicode ones", () => {
    const mixed = checkLines(encodingMixed, ["Kính gửi: Sở Nội vụ; coâng vaên ngaøy 5 thaùng 3", "Việt Nam"]);
    expect(mixed.map((f) => [f.paragraph, f.severity, f.excerpt])).toEqual([
      [0, "warning", "coâng vaên ngaøy 5 thaùng"],
    ]);
    expect(mixed[0].message).toContain("VNI");
    const doc = checkLines(encodingMixed, ["Báo cáo kết quả thực hiện", "Së Th«ng tin vµ TruyÒn th«ng"]);
    expect(doc.map((f) => [f.paragraph, f.severity])).toEqual([[1, "info"]]);
    expect(doc[0].message).toContain("TCVN3");
  });
  it("encoding/mixed: says nothing on a document wholly in one encoding or with foreign names", () => {
    expect(checkLines(encodingMixed, ["Coâng vaên soá 12", "Vieät Nam"])).toEqual([]);
    expect(checkLines(encodingMixed, ["Việt Nam", "Ông Jörg Müller, bà Peña"])).toEqual([]);
  });
});
