/**
 * Phụ lục I component rules on .docx written by LibreOffice from hand-made documents (not by our builders):
 * a báo cáo with the usual 2-column header and closing tables, and a công văn typed as plain paragraphs.
 * Each is converted once as drafted correctly and once with every component's formatting wrong.
 */
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import { allRules, runChecks } from "../../src/core/checks";
import type { DocumentSnapshot } from "../../src/core/model/document";
import { componentsOf } from "../../src/core/structure/components";
import { readDocx } from "../../src/docx/read-docx";
import { convertWithLibreOffice } from "../helpers/libreoffice";

jest.setTimeout(180_000);

const RULES = allRules().filter((r) => r.id.startsWith("component/") || r.id === "closing/missing-parts");

type Look = "good" | "bad";
/** CSS for a component: the decree's look, or a wrong one. */
const css = (look: Look, good: string, bad: string): string => (look === "good" ? good : bad);
const p = (style: string, text: string): string => `<p style="margin:0;${style}">${text}</p>`;
const C = "text-align:center;";
const RULE = "border-bottom:1px solid black;";

function baoCao(look: Look): string {
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><style>body{font-family:"Times New Roman";font-size:14pt}td{vertical-align:top}</style></head><body>
<table style="width:100%;border-collapse:collapse"><tr><td style="width:40%">
${p(C + css(look, "font-size:13pt", "font-size:15pt;font-style:italic"), "ỦY BAN NHÂN DÂN TỈNH TRÀ VINH")}
${p(C + css(look, "font-size:13pt;font-weight:bold;" + RULE, "font-size:13pt;font-weight:bold;font-style:italic"), "SỞ NỘI VỤ")}
</td><td style="width:60%">
${p(C + css(look, "font-size:13pt;font-weight:bold", "font-size:13pt;font-style:italic"), "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")}
${p(C + css(look, "font-size:14pt;font-weight:bold;" + RULE, "font-size:11pt;font-weight:bold"), "Độc lập - Tự do - Hạnh phúc")}
</td></tr><tr><td>
${p(C + css(look, "font-size:13pt", "font-size:13pt;font-weight:bold"), "Số: 05/BC-SNV")}
</td><td>
${p(C + css(look, "font-size:14pt;font-style:italic", "font-size:14pt"), "Trà Vinh, ngày 05 tháng 3 năm 2026")}
</td></tr></table>
${p(C + css(look, "font-weight:bold", "font-size:12pt"), "BÁO CÁO")}
${p(C + css(look, "font-weight:bold", "font-weight:normal"), "Kết quả công tác quý I năm 2026")}
${p("text-align:justify;" + css(look, "font-style:italic", "font-weight:bold"), "Căn cứ Kế hoạch số 12/KH-UBND ngày 10 tháng 01 năm 2026 của Ủy ban nhân dân tỉnh;")}
${p("text-align:justify;" + css(look, "font-style:italic", "font-weight:bold"), "Căn cứ Công văn số 30/UBND-VP ngày 15 tháng 01 năm 2026 của Ủy ban nhân dân tỉnh;")}
${p(css(look, "", "font-weight:bold"), "Kính gửi: Ủy ban nhân dân tỉnh Trà Vinh.")}
${p("text-align:justify;text-indent:1.27cm;margin-bottom:6pt", "Sở Nội vụ báo cáo kết quả công tác quý I như sau.")}
<table style="width:100%;border-collapse:collapse"><tr><td style="width:45%">
${p(css(look, "font-size:12pt;font-weight:bold;font-style:italic", "font-size:12pt"), "Nơi nhận:")}
${p(css(look, "font-size:11pt", "font-size:14pt"), "- Ủy ban nhân dân tỉnh;")}
${p(css(look, "font-size:11pt", "font-size:14pt"), "- Lưu: VT, VP.")}
</td><td>
${p(C + css(look, "font-weight:bold", "font-weight:normal"), "KT. GIÁM ĐỐC")}
${p(C + css(look, "font-weight:bold", "font-size:12pt;font-weight:bold"), "PHÓ GIÁM ĐỐC")}
${p(C, "&nbsp;")}
${p(C + css(look, "font-weight:bold", "font-style:italic;font-weight:bold"), "Nguyễn Văn A")}
</td></tr></table></body></html>`;
}

/** A công văn whose header was typed line by line, no table; the rules are typed lines of underscores. */
function congVan(look: Look): string {
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><style>body{font-family:"Times New Roman";font-size:14pt}</style></head><body>
${p(C + "font-size:13pt", "ỦY BAN NHÂN DÂN TỈNH TRÀ VINH")}
${p(C + "font-size:13pt;font-weight:bold", "SỞ NỘI VỤ")}
${p(C + "font-size:13pt", css(look, "________", "&nbsp;"))}
${p(C + "font-size:13pt;font-weight:bold", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")}
${p(C + "font-size:14pt;font-weight:bold", "Độc lập - Tự do - Hạnh phúc")}
${p(C + "font-size:14pt", css(look, "________________________", "&nbsp;"))}
${p(C + "font-size:13pt", "Số: 15/SNV-VP")}
${p(C + css(look, "font-size:12pt", "font-size:12pt;font-weight:bold"), "V/v báo cáo kết quả công tác quý I")}
${p(C + "font-size:14pt;font-style:italic", "Trà Vinh, ngày 05 tháng 3 năm 2026")}
${p("", "Kính gửi: Ủy ban nhân dân tỉnh Trà Vinh.")}
${p("text-align:justify;text-indent:1.27cm;margin-bottom:6pt", "Sở Nội vụ báo cáo kết quả công tác quý I như sau.")}
${p("font-size:12pt;font-weight:bold;font-style:italic", "Nơi nhận:")}
${p("font-size:11pt", "- Như trên;")}
${p("font-size:11pt", "- Lưu: VT, VP.")}
${p(C + "font-weight:bold", "GIÁM ĐỐC")}
${p(C + "font-weight:bold", "Nguyễn Văn B")}
</body></html>`;
}

let dir: string;
const docs = new Map<string, DocumentSnapshot>();
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "vbhc-components-lo-"));
  for (const [name, html] of [
    ["bao-cao-good", baoCao("good")],
    ["bao-cao-bad", baoCao("bad")],
    ["cong-van-good", congVan("good")],
    ["cong-van-bad", congVan("bad")],
  ] as const) {
    const src = path.join(dir, `${name}.html`);
    await fs.writeFile(src, html);
    const out = await convertWithLibreOffice(src, "docx", path.join(dir, "out"));
    docs.set(name, await readDocx(new Uint8Array(await fs.readFile(out))));
  }
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

const fired = (doc: DocumentSnapshot): string[] =>
  [...new Set(runChecks(doc, { rules: RULES }).findings.map((f) => f.ruleId))].sort();

describe("component rules on LibreOffice's .docx of hand-made documents", () => {
  it("header and closing tables: every component is found, and the correct draft draws nothing", () => {
    const doc = docs.get("bao-cao-good")!;
    const c = componentsOf(doc);
    expect([...c.at.keys()].sort()).toEqual(
      [
        "agency",
        "authority",
        "canCu",
        "kinhGui",
        "noiNhanLabel",
        "number",
        "parentAgency",
        "placeDate",
        "quocHieu",
        "recipients",
        "signerName",
        "signerTitle",
        "subject",
        "tieuNgu",
        "typeName",
      ].sort(),
    );
    expect(fired(doc)).toEqual([]);
  });

  it("header and closing tables: each wrongly formatted component fires its own rule", () => {
    expect(fired(docs.get("bao-cao-bad")!)).toEqual(
      [
        "component/agency",
        "component/authority",
        "component/can-cu",
        "component/kinh-gui",
        "component/noi-nhan-label",
        "component/number",
        "component/parent-agency",
        "component/place-date",
        "component/quoc-hieu",
        "component/recipients",
        "component/rule-lines",
        "component/signer-name",
        "component/signer-title",
        "component/subject",
        "component/tieu-ngu",
        "component/type-name",
      ].sort(),
    );
  });

  it("a header typed as paragraphs: components found, typed rules accepted, the correct draft draws nothing", () => {
    const doc = docs.get("cong-van-good")!;
    const c = componentsOf(doc);
    for (const k of ["parentAgency", "agency", "quocHieu", "tieuNgu", "number", "congVanSubject", "placeDate"] as const)
      expect([k, c.at.get(k)?.length ?? 0]).toEqual([k, 1]);
    expect(c.at.get("signerTitle")?.length).toBe(1);
    expect(c.at.get("signerName")?.length).toBe(1);
    expect(fired(doc)).toEqual([]);
  });

  it("a header typed as paragraphs: a bold V/v and missing rules are reported", () => {
    expect(fired(docs.get("cong-van-bad")!)).toEqual(["component/cong-van-subject", "component/rule-lines"]);
  });
});
