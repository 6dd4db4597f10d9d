/**
 * A long Quyết định built the way drafters type one: items led by a tab ("⇥1. …", "⇥a) …", "⇥- …"), or by spaces
 * or non-breaking spaces, with a tab or a non-breaking space after some numbers, under Roman sections inside Điều 1, a portrait body, then a landscape annex section holding a large table. Every number in
 * it is correct, so a check must report no numbering problem and a fix must change no number. Used by the
 * numbering tests, the render speed test and `npm run bench`; built on demand (no binary is kept).
 */
import {
  buildAuthorityLine,
  buildCanCu,
  buildClosing,
  buildDecisionWord,
  buildHeader,
  buildTitle,
} from "../../src/core/blocks";
import { bodyFormat, bodyParaOptions } from "../../src/core/blocks/body";
import { fmt, p1, pPr, rPr } from "../../src/core/blocks/wordml";
import { buildPageHeaders, buildSectPr } from "../../src/core/blocks/page";
import { STATE_FORMATS } from "../../src/core/rules";
import { toRoman, vietnameseLetter } from "../../src/core/rules/sequences";
import { escapeXml } from "../../src/core/xml-escape";
import { writeDocxPackage } from "../../src/docx/package-writer";
import { SAMPLE_FIELDS } from "./sample-fields";

export interface LongDecisionOptions {
  /** Roughly how many paragraphs the document has (body and annex together). */
  paragraphs?: number;
}

export interface LongDecision {
  bytes: Uint8Array;
  /** Paragraph count as the reader will see it (table cells included). */
  paragraphs: number;
  /** Typed numbered items (Roman sections, "1." items, "a)" points) in the body. */
  numberedItems: number;
}

const WORDS = [
  "rà soát",
  "hồ sơ",
  "thủ tục hành chính",
  "cấp tỉnh",
  "dịch vụ công trực tuyến",
  "cơ sở dữ liệu",
  "chuyển đổi số",
  "báo cáo định kỳ",
  "đơn vị sự nghiệp",
  "kinh phí thực hiện",
  "phối hợp liên ngành",
  "kiểm tra, giám sát",
];

/** Deterministic filler text, so every build is the same document. */
function filler(seed: number, words: number): string {
  const out: string[] = [];
  for (let i = 0; i < words; i++) out.push(WORDS[(seed * 7 + i * 5) % WORDS.length]);
  const s = out.join(" ");
  return s.charAt(0).toUpperCase() + s.slice(1);
}

const BODY = bodyFormat();
const BODY_RPR = rPr(BODY);
const TAB_PPR = pPr(bodyParaOptions({ firstLine: 0 }), BODY);

const INDENT_PPR = pPr(bodyParaOptions(), BODY);

/**
 * A body paragraph as drafters type it: "\t" in `text` is a real w:tab (as Word saves it). A paragraph that does
 * not start with a tab gets the usual first-line indent instead.
 */
function typed(text: string): string {
  const runs = text
    .split(/(\t)/)
    .filter((s) => s !== "")
    .map((s) =>
      s === "\t"
        ? `<w:r>${BODY_RPR}<w:tab/></w:r>`
        : `<w:r>${BODY_RPR}<w:t xml:space="preserve">${escapeXml(s)}</w:t></w:r>`,
    )
    .join("");
  return `<w:p>${text.startsWith("\t") ? TAB_PPR : INDENT_PPR}${runs}</w:p>`;
}

/** How the i-th item's number is led in and followed, varied the ways real typing varies it. */
const LEADS = ["\t", "", "\u00a0\u00a0", "  "] as const;
const lead = (i: number): string => LEADS[(i - 1) % LEADS.length];
const after = (i: number): string => (i % 5 === 0 ? "\t" : i % 7 === 0 ? "\u00a0" : " ");

function cell(widthTwips: number, text: string): string {
  return `<w:tc><w:tcPr><w:tcW w:w="${widthTwips}" w:type="dxa"/></w:tcPr>${p1(text, fmt(STATE_FORMATS.body))}</w:tc>`;
}

const A4_W = 11906;
const A4_H = 16838;

/** Builds the document; about `paragraphs` paragraphs, 40 items per Roman section. */
export async function buildLongDecision(opts: LongDecisionOptions = {}): Promise<LongDecision> {
  const target = opts.paragraphs ?? 10_000;
  const input = {
    ...SAMPLE_FIELDS,
    type: "quyet-dinh",
    subject: "Về việc phê duyệt danh mục nhiệm vụ cải cách hành chính năm 2026",
    recipients: ["Như Điều 3", "UBND tỉnh (b/c)", "Lãnh đạo Sở"],
    signing: { title: "GIÁM ĐỐC", name: "Nguyễn Văn An" },
  };
  let paragraphs = 0;
  let numberedItems = 0;
  const parts: string[] = [];
  const add = (xml: string, n = 1) => {
    parts.push(xml);
    paragraphs += n;
  };
  const head =
    buildHeader(input) +
    buildTitle(input) +
    buildAuthorityLine("GIÁM ĐỐC SỞ THÔNG TIN VÀ TRUYỀN THÔNG") +
    buildCanCu([
      "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025",
      "Căn cứ Quyết định số 12/2025/QĐ-UBND ngày 10 tháng 3 năm 2025 của Ủy ban nhân dân tỉnh Trà Vinh",
    ]) +
    p1("Theo đề nghị của Chánh Văn phòng Sở.", fmt(STATE_FORMATS.canCu), bodyParaOptions()) +
    buildDecisionWord("QUYẾT ĐỊNH:");
  parts.push(head);
  add(p1("Điều 1. Phê duyệt danh mục nhiệm vụ cải cách hành chính năm 2026 như sau:", BODY, bodyParaOptions()));
  // The annex takes about a fifth of the paragraphs: a table of 4 cells per row.
  const annexRows = Math.max(10, Math.floor(target / 5 / 4));
  const bodyBudget = target - annexRows * 4 - 60;
  const perItem = 1 + 3 * 3; // "1." + three points, each with two dash lines
  const items = Math.max(3, Math.floor(bodyBudget / perItem));
  const perSection = 40;
  const sections = Math.ceil(items / perSection);
  let left = items;
  for (let s = 1; s <= sections; s++) {
    add(p1(`${toRoman(s)}. LĨNH VỰC ${filler(s, 3).toUpperCase()}`, { ...BODY, bold: true }, bodyParaOptions()));
    numberedItems++;
    const n = Math.min(perSection, left);
    left -= n;
    for (let i = 1; i <= n; i++) {
      add(typed(`${lead(i)}${i}.${after(i)}${filler(s * 100 + i, 6)}.`));
      numberedItems++;
      for (let k = 1; k <= 3; k++) {
        add(typed(`\t${vietnameseLetter(k)})${after(i + k)}${filler(i + k, 5)};`));
        numberedItems++;
        add(typed(`\t- ${filler(i * k, 8)};`));
        add(typed(`\t- ${filler(i * k + 1, 8)}.`));
      }
    }
  }
  add(p1("Điều 2. Quyết định này có hiệu lực kể từ ngày ký.", BODY, bodyParaOptions()));
  add(
    p1(
      "Điều 3. Chánh Văn phòng Sở, Thủ trưởng các đơn vị thuộc Sở chịu trách nhiệm thi hành Quyết định này./.",
      BODY,
      bodyParaOptions(),
    ),
  );
  parts.push(buildClosing(input));
  // The body section ends here: portrait A4; its sectPr sits in the last paragraph's properties.
  const portrait = buildSectPr();
  add(`<w:p><w:pPr>${portrait}</w:pPr></w:p>`);
  // Annex: landscape A4, a title and a bordered table of the items.
  add(p1("Phụ lục", { ...BODY, bold: true }, { align: "centered" }));
  add(p1("DANH MỤC NHIỆM VỤ VÀ ĐƠN VỊ CHỦ TRÌ", { ...BODY, bold: true }, { align: "centered" }));
  add(
    p1(
      "(Kèm theo Quyết định số 05/QĐ-STTTT ngày 05 tháng 02 năm 2026 của Sở Thông tin và Truyền thông)",
      { ...BODY, italic: true },
      { align: "centered", after: 6 },
    ),
  );
  const widths = [900, 7200, 3600, 2600];
  const rows: string[] = [];
  const header = ["STT", "Nhiệm vụ", "Đơn vị chủ trì", "Thời hạn"];
  rows.push(`<w:tr>${header.map((t, i) => cell(widths[i], t)).join("")}</w:tr>`);
  for (let r = 1; r < annexRows; r++) {
    const row = [String(r), filler(r, 5), "Văn phòng Sở", `Quý ${((r - 1) % 4) + 1}/2026`];
    rows.push(`<w:tr>${row.map((t, i) => cell(widths[i], t)).join("")}</w:tr>`);
  }
  const border = ["top", "left", "bottom", "right", "insideH", "insideV"]
    .map((s) => `<w:${s} w:val="single" w:sz="4" w:space="0" w:color="000000"/>`)
    .join("");
  add(
    `<w:tbl><w:tblPr><w:tblW w:w="${widths.reduce((a, b) => a + b, 0)}" w:type="dxa"/><w:tblBorders>${border}</w:tblBorders></w:tblPr>` +
      `<w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join("")}</w:tblGrid>${rows.join("")}</w:tbl>`,
    annexRows * 4,
  );
  const landscape = portrait
    .replace(`<w:pgSz w:w="${A4_W}" w:h="${A4_H}"/>`, `<w:pgSz w:w="${A4_H}" w:h="${A4_W}" w:orient="landscape"/>`)
    .replace(/<w:titlePg\/>/, "");
  const bytes = await writeDocxPackage({
    bodyXml: parts.join(""),
    sectPrXml: landscape,
    headers: buildPageHeaders(),
    title: "Quyết định phê duyệt danh mục nhiệm vụ",
  });
  return { bytes, paragraphs, numberedItems };
}
