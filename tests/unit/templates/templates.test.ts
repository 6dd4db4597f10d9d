import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import JSZip from "jszip";
import { parseTemplate, buildDocument, createTemplateRegistry } from "../../../src/core/templates";
import { DOCUMENT_TYPES, FONT, findDocumentType } from "../../../src/core/rules";
import { loadTemplateRegistry, runNew, fieldsFromOptions, ProfileSchema } from "../../../src/cli/new-command";
import { CliExit } from "../../../src/cli/cli-exit";
import { main } from "../../../src/cli/main";
import { NS } from "../../../src/docx/xml";
import { paragraphs, parseBody, runs } from "../blocks/xml-helpers";
import { DOMParser } from "@xmldom/xmldom";
import { SAMPLE_FIELDS as fields } from "../../helpers/sample-fields";

const DIR = path.resolve(__dirname, "../../../templates");
const files = fs.readdirSync(DIR).filter((f) => f.endsWith(".json"));
const registry = loadTemplateRegistry(DIR);

const REQUIRED = [
  "bao-cao",
  "ke-hoach",
  "to-trinh",
  "thong-bao",
  "quyet-dinh",
  "quyet-dinh-gian-tiep",
  "cong-van",
  "giay-moi",
  "giay-gioi-thieu",
  "bien-ban",
  "nghi-quyet",
  "chuong-trinh",
  "huong-dan",
  "de-an",
  "cong-dien",
  "giay-nghi-phep",
];

describe("template files", () => {
  test("every required type has a file", () => {
    expect(files.map((f) => f.replace(/\.json$/, "")).sort()).toEqual(expect.arrayContaining(REQUIRED));
  });
  test.each(files)("%s validates, its slug is its file name and its type is a DOCUMENT_TYPES slug", (f) => {
    const t = parseTemplate(JSON.parse(fs.readFileSync(path.join(DIR, f), "utf8")), f);
    expect(t.slug).toBe(f.replace(/\.json$/, ""));
    expect(DOCUMENT_TYPES.map((d) => d.slug)).toContain(t.type);
    expect(findDocumentType(t.type)?.model).toBe(t.model === "1.3" ? "1.2" : t.model);
  });
  test("the schema rejects an unknown type, an unknown key and a bad level", () => {
    const good = JSON.parse(fs.readFileSync(path.join(DIR, "bao-cao.json"), "utf8")) as Record<string, unknown>;
    expect(() => parseTemplate({ ...good, type: "bao-cao-x" })).toThrow(/type/);
    expect(() => parseTemplate({ ...good, extra: 1 })).toThrow();
    expect(() => parseTemplate({ ...good, sections: [{ level: "chapter", title: "x" }] })).toThrow(/sections/);
  });
});

describe("documents from templates", () => {
  test.each(files.map((f) => f.replace(/\.json$/, "")))("%s builds well-formed XML with TNR on every run", (slug) => {
    const doc = registry.buildDocument(slug, fields);
    const root = parseBody(doc.bodyXml + doc.sectPrXml);
    for (const r of runs(root)) expect(r.font).toBe(FONT.name);
    const type = findDocumentType((registry.get(slug) as { type: string }).type);
    const texts = paragraphs(root);
    if (type?.title && type.slug !== "cong-van") expect(texts).toContain(type.title);
    expect(texts).toContain("Nơi nhận:");
  });
  test("quyết định: authority line, Căn cứ, Theo đề nghị, QUYẾT ĐỊNH:, Điều 1..3, the last naming who implements", () => {
    const texts = paragraphs(parseBody(registry.buildDocument("QĐ", fields).bodyXml));
    const i = texts.indexOf("QUYẾT ĐỊNH:");
    expect(i).toBeGreaterThan(0);
    expect(texts.slice(0, i).some((t) => t.startsWith("Căn cứ"))).toBe(true);
    expect(texts[i - 1]).toMatch(/^Theo đề nghị của/);
    const dieu = texts.filter((t) => /^Điều \d+\./.test(t));
    expect(dieu.map((t) => t.split(".")[0])).toEqual(["Điều 1", "Điều 2", "Điều 3"]);
    expect(dieu[2]).toMatch(/chịu trách nhiệm thi hành/);
    expect(texts).toContain("- Như Điều 3;");
  });
  test("quyết định gián tiếp: attached quy chế with its own header, (Kèm theo …) and Chương/Điều", () => {
    const texts = paragraphs(
      parseBody(registry.buildDocument("quyet-dinh-gian-tiep", { ...fields, issuer: "Giám đốc Sở" }).bodyXml),
    );
    expect(texts).toContain("QUY CHẾ");
    expect(texts).toContain("(Kèm theo Quyết định số 05/QĐ-STTTT ngày 05 tháng 02 năm 2026 của Giám đốc Sở)");
    expect(texts.filter((t) => t === "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")).toHaveLength(2);
    expect(texts).toContain("Chương I");
    expect(texts.filter((t) => /^Điều 1\./.test(t))).toHaveLength(2);
  });
  test("nghị quyết says QUYẾT NGHỊ:, biên bản has two signatures", () => {
    expect(paragraphs(parseBody(registry.buildDocument("nghi-quyet", fields).bodyXml))).toContain("QUYẾT NGHỊ:");
    const bb = paragraphs(parseBody(registry.buildDocument("bien-ban", fields).bodyXml));
    expect(bb).toEqual(expect.arrayContaining(["THƯ KÝ", "CHỦ TỌA"]));
  });
  test("fields override the template's defaults", () => {
    const t = registry.get("bao-cao");
    if (!t) throw new Error("no bao-cao");
    const doc = buildDocument(t, { ...fields, subject: "Tiêu đề riêng", recipients: ["Sở Nội vụ"] });
    const texts = paragraphs(parseBody(doc.bodyXml));
    expect(texts).toContain("Tiêu đề riêng");
    expect(texts).toContain("- Sở Nội vụ;");
    expect(doc.title).toBe("Báo cáo Tiêu đề riêng");
  });
  test("a registry refuses a broken template", () => {
    expect(() => createTemplateRegistry([{ slug: "x" }])).toThrow(/template #1/);
  });
});

describe("vbhc new", () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "vbhc-new-"));
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));
  const argv = (extra: string[]) => [
    "node",
    "vbhc",
    "new",
    ...extra,
    "--agency",
    "Sở Thông tin và Truyền thông",
    "--agency-code",
    "STTTT",
    "--unit",
    "VP",
    "--place",
    "Trà Vinh",
  ];

  test("writes a .docx whose document.xml is A4 with margins in range, titlePg and TNR on every run", async () => {
    const out = path.join(tmp, "bc.docx");
    const code = await main(
      argv(["bao-cao", "-o", out, "--number", "5", "--date", "2026-02-05", "--title", "Kết quả năm 2025"]),
    );
    expect(code).toBe(0);
    const zip = await JSZip.loadAsync(fs.readFileSync(out));
    const xml = await (zip.file("word/document.xml") as JSZip.JSZipObject).async("string");
    const doc = new DOMParser().parseFromString(xml, "text/xml");
    const pgSz = doc.getElementsByTagNameNS(NS.w, "pgSz")[0];
    expect([pgSz.getAttribute("w:w"), pgSz.getAttribute("w:h")]).toEqual(["11906", "16838"]);
    const mar = doc.getElementsByTagNameNS(NS.w, "pgMar")[0];
    const mm = (a: string) => (Number(mar.getAttribute(`w:${a}`)) * 25.4) / 1440;
    expect(mm("top")).toBeCloseTo(20, 0);
    expect(mm("left")).toBeCloseTo(30, 0);
    expect(mm("right")).toBeCloseTo(15, 0);
    expect(doc.getElementsByTagNameNS(NS.w, "titlePg")).toHaveLength(1);
    const rs = runs(doc.documentElement as never);
    expect(rs.length).toBeGreaterThan(20);
    for (const r of rs) expect(r.font).toBe(FONT.name);
    expect(rs.map((r) => r.text)).toEqual(
      expect.arrayContaining(["Số: 05/BC-STTTT", "Trà Vinh, ngày 05 tháng 02 năm 2026"]),
    );
    expect(zip.file("word/header1.xml") ?? zip.file(/header/)[0]).toBeTruthy();
  });

  test("an abbreviation works as the type (QD → quyết định)", async () => {
    const out = path.join(tmp, "qd.docx");
    expect(await main(argv(["QD", "-o", out, "--number", "12", "--date", "2026-03-01"]))).toBe(0);
    const zip = await JSZip.loadAsync(fs.readFileSync(out));
    expect(await (zip.file("word/document.xml") as JSZip.JSZipObject).async("string")).toContain("Số: 12/QĐ-STTTT");
  });

  test.each([
    [["bao-cao", "--date", "2026-02-30"], /date/],
    [["bao-cao", "--number", "0"], /number/],
    [["khong-co"], /Unknown document type/],
    [["bao-cao", "--authority", "XX"], /--authority/],
  ])("invalid input %p exits 2 with English and Vietnamese", async (extra, english) => {
    const out = path.join(tmp, "bad.docx");
    const [type, ...rest] = extra as string[];
    let err: unknown;
    try {
      await runNew(type, { ...fieldsArgs(), output: out, ...parseFlags(rest) });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(CliExit);
    expect((err as CliExit).code).toBe(2);
    const [en, ...vi] = (err as CliExit).message.split("\n");
    expect(en).toMatch(english as RegExp);
    expect(vi.join("\n")).toMatch(/[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i);
    expect(fs.existsSync(out)).toBe(false);
  });

  test("main returns 2 and writes both languages to stderr", async () => {
    const spy = jest.spyOn(process.stderr, "write").mockImplementation(() => true);
    try {
      expect(await main(argv(["bao-cao", "-o", path.join(tmp, "x.docx"), "--date", "2026-02-30"]))).toBe(2);
      const written = spy.mock.calls.map((c) => String(c[0])).join("");
      expect(written).toMatch(/Invalid input/);
      expect(written).toMatch(/Ngày ban hành/);
    } finally {
      spy.mockRestore();
    }
  });

  test("profile: validated with zod, flags win over it", () => {
    expect(ProfileSchema.safeParse({ agency: "A", extra: true }).success).toBe(false);
    const profileFile = path.join(tmp, "agency.json");
    fs.writeFileSync(
      profileFile,
      JSON.stringify({ agency: "Sở A", agencyCode: "SA", place: "Huế", signing: { name: "Lê C" } }),
    );
    const bad = path.join(tmp, "bad.json");
    fs.writeFileSync(bad, JSON.stringify({ agency: 5 }));
    const t = registry.get("bao-cao");
    if (!t) throw new Error("no template");
    const f = fieldsFromOptions(t, { agency: "Sở B" }, { agency: "Sở A", place: "Huế", signing: { name: "Lê C" } });
    expect([f.agency, f.place, f.signing?.name]).toEqual(["Sở B", "Huế", "Lê C"]);
    return expect(runNew("bao-cao", { output: path.join(tmp, "p.docx"), profile: bad })).rejects.toMatchObject({
      code: 2,
    });
  });
});

function fieldsArgs() {
  return {
    agency: "Sở Thông tin và Truyền thông",
    agencyCode: "STTTT",
    unit: "VP",
    place: "Trà Vinh",
    date: "2026-02-05",
  };
}
function parseFlags(rest: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (let i = 0; i < rest.length; i += 2) out[rest[i].replace(/^--/, "")] = rest[i + 1];
  return out;
}

describe("vbhc new --party", () => {
  test("Party header, number without colon, T/M signing, fixed margins", async () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "vbhc-party-"));
    try {
      const out = path.join(tmp, "nq.docx");
      const code = await main([
        "node",
        "vbhc",
        "new",
        "nghi-quyet",
        "-o",
        out,
        "--party",
        "--agency",
        "Tỉnh ủy Trà Vinh",
        "--agency-code",
        "TU",
        "--place",
        "Trà Vinh",
        "--number",
        "57",
        "--date",
        "2026-06-01",
        "--authority",
        "TM",
        "--signer-title",
        "Ban Thường vụ",
        "--deputy-title",
        "Bí thư",
        "--signer",
        "Trần Văn B",
      ]);
      expect(code).toBe(0);
      const zip = await JSZip.loadAsync(fs.readFileSync(out));
      const xml = await (zip.file("word/document.xml") as JSZip.JSZipObject).async("string");
      const texts = runs(new DOMParser().parseFromString(xml, "text/xml").documentElement as never).map((r) => r.text);
      expect(texts).toEqual(
        expect.arrayContaining(["ĐẢNG CỘNG SẢN VIỆT NAM", "Số 57-NQ/TU", "T/M BAN THƯỜNG VỤ", "BÍ THƯ", "*"]),
      );
      expect(texts).not.toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
      // The Party has no TUQ form: refused with exit 2.
      let err: unknown;
      try {
        await runNew("nghi-quyet", {
          output: path.join(tmp, "bad.docx"),
          party: true,
          agency: "Tỉnh ủy",
          agencyCode: "TU",
          place: "Trà Vinh",
          date: "2026-06-01",
          authority: "TUQ",
          deputyTitle: "x",
        });
      } catch (e) {
        err = e;
      }
      expect((err as CliExit).code).toBe(2);
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });
});
