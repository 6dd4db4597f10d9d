/** The block builders' number, date, recipient and signing lines against the same lines in the seeds. */
import { numberText, placeDateText, recipientLines, signingLines, type BlockInput } from "../../src/core/blocks";
import { findDocumentType, type DocumentType } from "../../src/core/rules";
import { SAMPLE_FIELDS } from "../helpers/sample-fields";
import { describeCorpus, seedLines, seedPath } from "./seeds";

const baoCao: BlockInput = {
  type: "bao-cao",
  ...SAMPLE_FIELDS,
  subject: "Kết quả công tác năm 2025",
  recipients: ["UBND tỉnh", "Như trên"],
  signing: { authority: "KT", title: "Giám đốc", subTitle: "Phó Giám đốc", name: "Nguyễn Văn A" },
};
const type = (slug: string) => findDocumentType(slug) as DocumentType;

describeCorpus("the block builders against the seed documents", () => {
  test("seed 001: our date line is the seed's, and our number is the seed's with the missing space restored", () => {
    const lines = seedLines(seedPath("001"));
    const date = lines.find((l) => /^Trà Vinh, ngày/.test(l));
    expect(placeDateText({ place: "Trà Vinh", date: "2018-09-05" })).toBe(date);
    const so = lines.find((l) => l.startsWith("Số:")) as string;
    expect(numberText({ ...baoCao, number: 1183, unitInNumber: true }, type("bao-cao"))).toBe(
      so.replace(/^Số:\s*/, "Số: "),
    );
  });
  test("seed 000: a draft with blank number and day matches the seed's lines", () => {
    const lines = seedLines(seedPath("000"));
    const norm = (s: string) => s.replace(/[\s\u00a0]+/g, " ").trim();
    const so = lines.find((l) => l.startsWith("Số:")) as string;
    expect(norm(numberText({ ...baoCao, number: "", unitInNumber: true }, type("bao-cao")))).toBe(norm(so));
    const date = lines.find((l) => /^Trà Vinh, ngày/.test(l)) as string;
    expect(norm(placeDateText({ place: "Trà Vinh", date: "2022-06" }))).toBe(norm(date));
  });
  test("seed 004: Lưu line and KT. signing lines", () => {
    const lines = seedLines(seedPath("004"));
    expect(lines).toContain(recipientLines({ recipients: [], unit: "VP" })[0]);
    const i = lines.findIndex((l) => l.includes("KT. GIÁM ĐỐC"));
    const seedSigning = [lines[i], lines[i + 1]].map((l) => l.replace(/\*/g, "").trim());
    expect(
      signingLines({ authority: "KT", title: "Giám đốc", subTitle: "Phó Giám đốc", name: "x" }).map((l) => l.text),
    ).toEqual(seedSigning);
  });
});
