/**
 * `vbhc new bao-cao` rendered by LibreOffice: text, positions (pdftotext -bbox) and rule lengths measured
 * on a grey bitmap of page 1 (pdftoppm -gray writes PGM, which needs no decoder).
 */
import * as fs from "fs";
import * as path from "path";
import { runNew } from "../../src/cli/new-command";
import {
  buildBodyParagraphs,
  buildHeader,
  buildPageHeaders,
  buildSectPr,
  geometry,
  headerRuleLengths,
  resolveMargins,
  textWidthPt,
  type BlockInput,
} from "../../src/core/blocks";
import { FIXED, HEADER_TABLE_OVERHANG_MM, RULE_LENGTHS } from "../../src/core/rules";
import { writeDocxPackage } from "../../src/docx/package-writer";
import { convertAllBeforeAll, pdfBoxes, pdfText, type PdfWord } from "../helpers/libreoffice";
import { type Gray, renderGray } from "../helpers/raster";
import { SAMPLE_FIELDS } from "../helpers/sample-fields";

jest.setTimeout(180_000);

const OUT = path.resolve(__dirname, "../../test-output/render-blocks");
const DPI = 144;
const MM = 72 / 25.4;

function renderGrayPage1(pdf: string, name: string): Gray {
  return renderGray(pdf, path.join(OUT, name), DPI);
}

/** Longest dark horizontal run (in points) between y0 and y1, x0 and x1 (points), and its x-extent. */
function longestRule(
  img: Gray,
  x0: number,
  x1: number,
  y0: number,
  y1: number,
): { length: number; start: number; end: number } {
  const s = DPI / 72;
  if (![x0, x1, y0, y1].every(Number.isFinite)) throw new Error("Bad measuring window");
  let best = { length: 0, start: 0, end: 0 };
  for (let y = Math.floor(y0 * s); y <= Math.ceil(y1 * s) && y < img.height; y++) {
    let runStart = -1;
    for (let x = Math.floor(x0 * s); x <= Math.ceil(x1 * s) && x < img.width; x++) {
      const dark = img.data[y * img.width + x] < 128;
      if (dark && runStart < 0) runStart = x;
      if ((!dark || x === Math.ceil(x1 * s)) && runStart >= 0) {
        const len = x - runStart;
        if (len > best.length * s) best = { length: len / s, start: runStart / s, end: x / s };
        runStart = -1;
      }
    }
  }
  return best;
}

/**
 * pdftotext splits words where LibreOffice positions Vietnamese glyphs separately ("T", "Ỉ", "NH"):
 * pieces on the same baseline that touch are joined back into words.
 */
function mergeWords(words: PdfWord[]): PdfWord[] {
  const sorted = [...words].sort((a, b) => a.page - b.page || Math.round(a.yMax - b.yMax) || a.xMin - b.xMin);
  const out: PdfWord[] = [];
  for (const w of sorted) {
    const prev = out[out.length - 1];
    if (prev && prev.page === w.page && Math.abs(prev.yMax - w.yMax) < 0.5 && w.xMin - prev.xMax < 1)
      out[out.length - 1] = { ...prev, text: prev.text + w.text, xMax: Math.max(prev.xMax, w.xMax) };
    else out.push({ ...w });
  }
  return out;
}

/** The words of page 1 that spell `texts` in a row on one baseline. */
function line(words: PdfWord[], texts: string[]): PdfWord[] {
  const p1 = words.filter((w) => w.page === 1);
  for (let i = 0; i + texts.length <= p1.length; i++)
    if (texts.every((t, k) => p1[i + k].text === t && Math.abs(p1[i + k].yMax - p1[i].yMax) < 0.5))
      return p1.slice(i, i + texts.length);
  throw new Error(`Line not found: ${texts.join(" ")}`);
}
const extent = (ws: PdfWord[]) => {
  if (ws.length === 0) throw new Error("No words");
  return {
    xMin: Math.min(...ws.map((w) => w.xMin)),
    xMax: Math.max(...ws.map((w) => w.xMax)),
    yMin: Math.min(...ws.map((w) => w.yMin)),
    yMax: Math.max(...ws.map((w) => w.yMax)),
  };
};

const input: BlockInput = {
  type: "bao-cao",
  ...SAMPLE_FIELDS,
  subject: "Kết quả công tác chuyển đổi số năm 2025",
};

const party: BlockInput = {
  style: "party",
  type: "nghi-quyet",
  agency: "Tỉnh ủy Trà Vinh",
  agencyCode: "TU",
  number: 57,
  place: "Trà Vinh",
  date: "2026-06-01",
  subject: "về công tác dân vận",
};

const widthSamples = [
  { text: "CONG HOA XA HOI CHU NGHIA VIET NAM", size: 13, bold: true, italic: false },
  { text: "Doc lap - Tu do - Hanh phuc", size: 14, bold: true, italic: false },
  { text: "Tra Vinh, ngay 05 thang 02 nam 2026", size: 14, bold: false, italic: true },
  { text: "SO THONG TIN VA TRUYEN THONG", size: 13, bold: true, italic: false },
  { text: "Kinh gui: Uy ban nhan dan tinh", size: 14, bold: false, italic: false },
];

async function writeDocx(name: string, parts: Parameters<typeof writeDocxPackage>[0]): Promise<string> {
  fs.mkdirSync(OUT, { recursive: true });
  const file = path.join(OUT, name);
  fs.writeFileSync(file, await writeDocxPackage(parts));
  return file;
}

// Every document of this file goes through one LibreOffice start.
const pdfs = convertAllBeforeAll("pdf", () => OUT, {
  baoCao: () => {
    fs.mkdirSync(OUT, { recursive: true });
    return runNew("bao-cao", {
      output: path.join(OUT, "bao-cao.docx"),
      parent: input.parentAgency,
      agency: input.agency,
      agencyCode: input.agencyCode,
      unit: input.unit,
      number: "5",
      place: input.place,
      date: input.date,
      title: input.subject,
      recipients: "UBND tỉnh;Như trên",
      authority: "KT",
      signerTitle: "Giám đốc",
      deputyTitle: "Phó Giám đốc",
      signer: "Nguyễn Văn A",
    });
  },
  party: () =>
    writeDocx("party.docx", {
      bodyXml: buildHeader(party),
      sectPrXml: buildSectPr({ style: "party" }),
      headers: buildPageHeaders("party"),
    }),
  widths: () =>
    writeDocx("widths.docx", {
      bodyXml: widthSamples
        .map(
          (x) =>
            `<w:p><w:r><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/>${x.bold ? "<w:b/>" : ""}${x.italic ? "<w:i/>" : ""}<w:sz w:val="${x.size * 2}"/></w:rPr><w:t xml:space="preserve">${x.text}</w:t></w:r></w:p>`,
        )
        .join(""),
      sectPrXml: buildSectPr(),
      headers: buildPageHeaders(),
    }),
  pageNumbers: () =>
    writeDocx("page-numbers.docx", {
      bodyXml:
        buildHeader(input) +
        buildBodyParagraphs(Array.from({ length: 40 }, (_, i) => `Đoạn nội dung thứ ${i + 1} của văn bản thử.`)),
      sectPrXml: buildSectPr(),
      headers: buildPageHeaders(),
    }),
});

describe("vbhc new bao-cao rendered by LibreOffice", () => {
  let pdf = "";
  let words: PdfWord[] = [];
  let text = "";
  let img: Gray;
  const g = geometry(resolveMargins(input));
  const tableLeft = (30 - HEADER_TABLE_OVERHANG_MM.left) * MM;
  const leftCol = { x0: tableLeft, x1: tableLeft + g.header.left / 20 };
  const rightCol = { x0: leftCol.x1, x1: leftCol.x1 + g.header.right / 20 };

  beforeAll(async () => {
    pdf = pdfs.baoCao;
    words = mergeWords(await pdfBoxes(pdf));
    text = await pdfText(pdf);
    img = renderGrayPage1(pdf, "bao-cao-page1");
  });

  test("the text has the exact fixed strings, number, date, type, title, closing and signing block", () => {
    for (const s of [
      FIXED.quocHieu.text,
      FIXED.tieuNgu.text,
      "Số: 05/BC-STTTT",
      "Trà Vinh, ngày 05 tháng 02 năm 2026",
      "BÁO CÁO",
      input.subject as string,
      "Nơi nhận:",
      "- UBND tỉnh;",
      "- Lưu: VT, VP.",
      "KT. GIÁM ĐỐC",
      "PHÓ GIÁM ĐỐC",
      "Nguyễn Văn A",
    ])
      expect(text).toContain(s);
  });

  test("quốc hiệu is centred in the right column; the agency sits in the left column", () => {
    const qh = extent(line(words, FIXED.quocHieu.text.split(" ")));
    const centre = (qh.xMin + qh.xMax) / 2;
    expect(Math.abs(centre - (rightCol.x0 + rightCol.x1) / 2)).toBeLessThan(3);
    const agency = words.filter((w) => w.page === 1 && ["SỞ", "TRUYỀN"].includes(w.text));
    expect(agency).toHaveLength(2);
    for (const w of agency) {
      expect(w.xMin).toBeGreaterThanOrEqual(leftCol.x0 - 1);
      expect(w.xMax).toBeLessThanOrEqual(leftCol.x1 + 1);
    }
    expect(qh.xMin).toBeGreaterThanOrEqual(rightCol.x0 - 1);
  });

  test("Số and the date share a row", () => {
    const so = extent(line(words, ["Số:", "05/BC-STTTT"]));
    const date = extent(line(words, ["Trà", "Vinh,", "ngày", "05"]));
    expect(Math.abs(so.yMax - date.yMax)).toBeLessThanOrEqual(2);
    expect(so.xMax).toBeLessThan(rightCol.x0);
    expect(date.xMin).toBeGreaterThan(rightCol.x0);
  });

  test("the rule under the tiêu ngữ is drawn at the computed length, which is its text's width", () => {
    const tn = extent(line(words, FIXED.tieuNgu.text.split(" ")));
    const rule = longestRule(img, rightCol.x0, rightCol.x1, tn.yMax, tn.yMax + 8);
    // LibreOffice draws the border exactly as long as the builder asked for.
    expect(Math.abs(rule.length - headerRuleLengths(input).topRight / 20)).toBeLessThan(1.5);
    expect(Math.abs((rule.start + rule.end) / 2 - (tn.xMin + tn.xMax) / 2)).toBeLessThan(3);
    // Liberation Serif 2 (fonts-liberation2, installed by the test setup) has the stacked Vietnamese vowels with
    // Times New Roman's metrics, so the rule matches the rendered text within rounding.
    const textW = tn.xMax - tn.xMin;
    expect(rule.length / textW).toBeGreaterThan(RULE_LENGTHS.tieuNgu.min - 0.02);
    expect(rule.length / textW).toBeLessThan(RULE_LENGTHS.tieuNgu.max + 0.02);
  });

  test("the rule under the agency is 1/3–1/2 of its text, centred", () => {
    const first = extent(line(words, ["SỞ", "THÔNG", "TIN", "VÀ", "TRUYỀN"]));
    // The agency wraps at 13 pt in the left column: its second line is the next baseline below.
    const next = words.filter(
      (w) => w.page === 1 && w.yMax > first.yMax + 5 && w.yMax < first.yMax + 25 && w.xMax < leftCol.x1,
    );
    expect(next.length).toBeGreaterThan(0);
    const last = extent(next);
    const widest = Math.max(first.xMax - first.xMin, last.xMax - last.xMin);
    const rule = longestRule(img, leftCol.x0, leftCol.x1, last.yMax, last.yMax + 8);
    expect(rule.length / widest).toBeGreaterThanOrEqual(RULE_LENGTHS.agency.min);
    expect(rule.length / widest).toBeLessThanOrEqual(RULE_LENGTHS.agency.max);
    expect(Math.abs((rule.start + rule.end) / 2 - (leftCol.x0 + leftCol.x1) / 2)).toBeLessThan(3);
  });

  test("the rule under the trích yếu is 1/3–1/2 of its line", () => {
    const subject = extent(line(words, (input.subject as string).split(" ")));
    const rule = longestRule(img, 30 * MM, (210 - 15) * MM, subject.yMax, subject.yMax + 8);
    const ratio = rule.length / (subject.xMax - subject.xMin);
    expect(ratio).toBeGreaterThanOrEqual(RULE_LENGTHS.subject.min);
    expect(ratio).toBeLessThanOrEqual(RULE_LENGTHS.subject.max);
  });
  test("Nơi nhận is level with the quyền hạn line of the signing block", () => {
    const nn = extent(line(words, ["Nơi", "nhận:"]));
    const kt = extent(line(words, ["KT.", "GIÁM", "ĐỐC"]));
    expect(Math.abs(nn.yMin - kt.yMin)).toBeLessThanOrEqual(3);
    expect(nn.xMax).toBeLessThan(kt.xMin);
  });
});

describe("Party style rendered by LibreOffice", () => {
  test("ĐẢNG CỘNG SẢN VIỆT NAM top right with a rule as long as it, the star under the agency, Số without colon", async () => {
    const pdf = pdfs.party;
    const ws = mergeWords(await pdfBoxes(pdf));
    const head = extent(line(ws, FIXED.partyHeader.text.split(" ")));
    const g = geometry(resolveMargins(party));
    const x0 = (30 - HEADER_TABLE_OVERHANG_MM.left) * MM + g.header.left / 20;
    expect(Math.abs((head.xMin + head.xMax) / 2 - (x0 + g.header.right / 40))).toBeLessThan(3);
    const img = renderGrayPage1(pdf, "party-page1");
    const rule = longestRule(img, x0, x0 + g.header.right / 20, head.yMax, head.yMax + 8);
    expect(Math.abs(rule.length - headerRuleLengths(party).topRight / 20)).toBeLessThan(1.5);
    expect(Math.abs(rule.length / (head.xMax - head.xMin) - 1)).toBeLessThan(0.02);
    const text = (await pdfText(pdf)).replace(/\s+/g, " ");
    expect(text).toContain("Số 57-NQ/TU");
    expect(text).not.toContain("Số:");
    expect(ws.some((w) => w.page === 1 && w.text === "*")).toBe(true);
  });
});

describe("text width estimate", () => {
  test("matches Liberation Serif (Times New Roman metrics) on lines it has every glyph for", async () => {
    const ws = mergeWords(await pdfBoxes(pdfs.widths));
    for (const x of widthSamples) {
      const e = extent(line(ws, x.text.split(" ")));
      expect(Math.abs(e.xMax - e.xMin - textWidthPt(x.text, x.size, x)) / (e.xMax - e.xMin)).toBeLessThan(0.01);
    }
  });
});

describe("page numbers", () => {
  test("none on page 1, a centred number in the top margin from page 2", async () => {
    const ws = await pdfBoxes(pdfs.pageNumbers);
    const topMargin = 20 * MM;
    const inMargin = (p: number) => ws.filter((w) => w.page === p && w.yMax <= topMargin + 1);
    expect(Math.max(...ws.map((w) => w.page))).toBeGreaterThanOrEqual(2);
    expect(inMargin(1)).toEqual([]);
    const num = inMargin(2);
    expect(num.map((w) => w.text)).toEqual(["2"]);
    const textCentre = ((30 + (210 - 15)) / 2) * MM;
    expect(Math.abs((num[0].xMin + num[0].xMax) / 2 - textCentre)).toBeLessThan(3);
  });
});
