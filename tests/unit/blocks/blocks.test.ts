import {
  BlockInputError,
  buildClosing,
  buildHeader,
  buildKinhGui,
  buildCanCu,
  buildPageHeaders,
  buildSectPr,
  buildTitle,
  headerRuleLengths,
  numberText,
  placeDateText,
  recipientLines,
  signingLines,
  validateBlockInput,
  type BlockInput,
} from "../../../src/core/blocks";
import {
  FIXED,
  FONT,
  findDocumentType,
  PARTY_FORMATS,
  STATE_FORMATS,
  type DocumentType,
} from "../../../src/core/rules";
import { NS } from "../../../src/docx/xml";
import { paragraphs, parseBody, runs, runWithText } from "./xml-helpers";
import { SAMPLE_FIELDS } from "../../helpers/sample-fields";

const baoCao: BlockInput = {
  type: "bao-cao",
  ...SAMPLE_FIELDS,
  subject: "Kết quả công tác năm 2025",
  recipients: ["UBND tỉnh", "Như trên"],
  signing: { authority: "KT", title: "Giám đốc", subTitle: "Phó Giám đốc", name: "Nguyễn Văn A" },
};
const type = (slug: string) => findDocumentType(slug) as DocumentType;

describe("header", () => {
  const root = parseBody(buildHeader(baoCao) + buildTitle(baoCao));

  test("every run is Times New Roman, black, with an explicit size", () => {
    const rs = runs(root);
    expect(rs.length).toBeGreaterThan(5);
    for (const r of rs) {
      expect(r.font).toBe(FONT.name);
      expect(r.fontEastAsia).toBe(FONT.name);
      expect(r.color).toBe(FONT.color);
      expect(r.size).toBeGreaterThan(0);
    }
  });

  test("components take the sizes and styles of the rules data", () => {
    const qh = runWithText(root, FIXED.quocHieu.text);
    expect([qh.size, qh.bold, qh.italic]).toEqual([STATE_FORMATS.quocHieu.size.default, true, false]);
    const tn = runWithText(root, FIXED.tieuNgu.text);
    expect([tn.size, tn.bold]).toEqual([STATE_FORMATS.tieuNgu.size.default, true]);
    const parent = runWithText(root, "UBND TỈNH TRÀ VINH");
    expect([parent.size, parent.bold]).toEqual([STATE_FORMATS.parentAgency.size.default, false]);
    const agency = runWithText(root, "SỞ THÔNG TIN VÀ TRUYỀN THÔNG");
    expect([agency.size, agency.bold]).toEqual([STATE_FORMATS.agency.size.default, true]);
    const so = runWithText(root, "Số: 05/BC-STTTT");
    expect([so.size, so.bold, so.italic]).toEqual([13, false, false]);
    const date = runWithText(root, "Trà Vinh, ngày 05 tháng 02 năm 2026");
    expect([date.size, date.italic, date.bold]).toEqual([STATE_FORMATS.placeDate.size.default, true, false]);
    const title = runWithText(root, "BÁO CÁO");
    expect([title.size, title.bold]).toEqual([STATE_FORMATS.typeName.size.default, true]);
    const subject = runWithText(root, "Kết quả công tác năm 2025");
    expect(subject.bold).toBe(true);
  });

  test("Số and the date are in the same table row, agency on the left, quốc hiệu on the right", () => {
    const rows = root.getElementsByTagNameNS(NS.w, "tr");
    expect(rows.length).toBe(2);
    const cells = (i: number) => rows[i].getElementsByTagNameNS(NS.w, "tc");
    expect(cells(0)[0].textContent).toContain("SỞ THÔNG TIN VÀ TRUYỀN THÔNG");
    expect(cells(0)[1].textContent).toContain(FIXED.quocHieu.text);
    expect(cells(1)[0].textContent).toBe("Số: 05/BC-STTTT");
    expect(cells(1)[1].textContent).toBe("Trà Vinh, ngày 05 tháng 02 năm 2026");
  });

  test("the table is borderless, fixed, with grid widths matching the cells", () => {
    const tbl = root.getElementsByTagNameNS(NS.w, "tbl")[0];
    const borders = tbl.getElementsByTagNameNS(NS.w, "tblBorders")[0];
    for (let c = borders.firstChild; c; c = c.nextSibling)
      expect((c as unknown as Element).getAttribute("w:val")).toBe("nil");
    expect(tbl.getElementsByTagNameNS(NS.w, "tblLayout")[0].getAttribute("w:type")).toBe("fixed");
    const grid = Array.from({ length: 2 }, (_, i) =>
      Number(tbl.getElementsByTagNameNS(NS.w, "gridCol")[i].getAttribute("w:w")),
    );
    const tcW = Number(tbl.getElementsByTagNameNS(NS.w, "tcW")[0].getAttribute("w:w"));
    expect(grid[0]).toBe(tcW);
    // Left column 40–45 % of the table.
    expect(grid[0] / (grid[0] + grid[1])).toBeGreaterThanOrEqual(0.4);
    expect(grid[0] / (grid[0] + grid[1])).toBeLessThanOrEqual(0.45);
  });

  test("rules are bottom borders whose indents leave the computed length", () => {
    const lengths = headerRuleLengths(baoCao);
    const ps = root.getElementsByTagNameNS(NS.w, "p");
    const bordered: number[] = [];
    for (let i = 0; i < ps.length; i++) {
      if (ps[i].getElementsByTagNameNS(NS.w, "pBdr").length === 0) continue;
      const ind = ps[i].getElementsByTagNameNS(NS.w, "ind")[0];
      const cell = ps[i].parentNode as unknown as Element;
      const cellW =
        cell.localName === "tc" ? Number(cell.getElementsByTagNameNS(NS.w, "tcW")[0].getAttribute("w:w")) : undefined;
      if (cellW !== undefined)
        bordered.push(cellW - Number(ind.getAttribute("w:left")) - Number(ind.getAttribute("w:right")));
    }
    expect(bordered).toHaveLength(2);
    expect(Math.abs(bordered[0] - lengths.agency)).toBeLessThanOrEqual(1);
    expect(Math.abs(bordered[1] - lengths.topRight)).toBeLessThanOrEqual(1);
  });

  test("number forms: leading zero, draft blank, công văn agency-unit, unit suffix", () => {
    expect(numberText({ ...baoCao, number: 12 }, type("bao-cao"))).toBe("Số: 12/BC-STTTT");
    expect(numberText({ ...baoCao, number: "" }, type("bao-cao")).replace(/\s+/g, " ")).toBe("Số: /BC-STTTT");
    expect(
      numberText({ ...baoCao, type: "cong-van", agencyCode: "SGDĐT", unit: "VP", number: 125 }, type("cong-van")),
    ).toBe("Số: 125/SGDĐT-VP");
    expect(numberText({ ...baoCao, unitInNumber: true, number: 1183 }, type("bao-cao"))).toBe("Số: 1183/BC-STTTT-VP");
    expect(numberText({ ...baoCao, type: "quy-dinh" }, type("quy-dinh"))).toBe("Số: 05/QyĐ-STTTT");
  });

  test("dates: leading zeros per the decree, blank day for drafts", () => {
    expect(placeDateText({ place: "Trà Vinh", date: "2026-03-09" })).toBe("Trà Vinh, ngày 09 tháng 3 năm 2026");
    expect(placeDateText({ place: "Trà Vinh", date: "2026-06" }).replace(/\s+/g, " ")).toBe(
      "Trà Vinh, ngày tháng 6 năm 2022".replace("2022", "2026"),
    );
  });

  test("công văn: no tên loại, V/v under Số in the left column at 13 pt, not bold", () => {
    const cv: BlockInput = { ...baoCao, type: "cong-van", agencyCode: "SGDĐT", subject: "triển khai nhiệm vụ năm học" };
    expect(buildTitle(cv)).toBe("");
    const r = parseBody(buildHeader(cv));
    const row2 = r.getElementsByTagNameNS(NS.w, "tr")[1].getElementsByTagNameNS(NS.w, "tc")[0];
    expect(paragraphs(row2 as never)).toEqual(["Số: 05/SGDĐT-VP", "V/v triển khai nhiệm vụ năm học"]);
    const vv = runWithText(r, "V/v triển khai nhiệm vụ năm học");
    expect([vv.size, vv.bold]).toEqual([STATE_FORMATS.congVanSubject.size.default, false]);
  });

  test("urgency box has the decree's size", () => {
    const r = parseBody(buildHeader({ ...baoCao, urgency: "THƯỢNG KHẨN" }));
    const tbls = r.getElementsByTagNameNS(NS.w, "tbl");
    const box = tbls[tbls.length - 1];
    expect(box.textContent).toBe("THƯỢNG KHẨN");
    expect(Number(box.getElementsByTagNameNS(NS.w, "tblW")[0].getAttribute("w:w"))).toBe(
      Math.round((40 * 1440) / 25.4),
    );
    expect(box.getElementsByTagNameNS(NS.w, "trHeight")[0].getAttribute("w:hRule")).toBe("exact");
  });
});

describe("Kính gửi and Căn cứ", () => {
  test("one addressee on the same line", () => {
    expect(paragraphs(parseBody(buildKinhGui(["Ủy ban nhân dân tỉnh"])))).toEqual(["Kính gửi: Ủy ban nhân dân tỉnh"]);
  });
  test("several: one per line, '- ', ';' and '.' last", () => {
    expect(paragraphs(parseBody(buildKinhGui(["Sở Tài chính;", "Sở Nội vụ", "Sở Tư pháp."])))).toEqual([
      "Kính gửi:",
      "- Sở Tài chính;",
      "- Sở Nội vụ;",
      "- Sở Tư pháp.",
    ]);
  });
  test("Căn cứ lines are italic, ';' each and '.' last", () => {
    const r = parseBody(buildCanCu(["Căn cứ Luật A;", "Căn cứ Nghị định B."]));
    expect(paragraphs(r)).toEqual(["Căn cứ Luật A;", "Căn cứ Nghị định B."]);
    for (const x of runs(r)) expect([x.italic, x.size]).toEqual([true, STATE_FORMATS.canCu.size.default]);
  });
});

describe("closing", () => {
  const root = parseBody(buildClosing(baoCao));
  test("Nơi nhận 12 bold italic, list 11, last line Lưu with the unit", () => {
    const label = runWithText(root, "Nơi nhận:");
    expect([label.size, label.bold, label.italic]).toEqual([12, true, true]);
    const list = recipientLines(baoCao);
    expect(list).toEqual(["- UBND tỉnh;", "- Như trên;", "- Lưu: VT, VP."]);
    for (const l of list) expect(runWithText(root, l).size).toBe(STATE_FORMATS.recipients.size.default);
  });
  test("an archive line the officer typed is kept, last, instead of a second “- Lưu: VT.”", () => {
    for (const typed of ["Lưu: VT, CCHC.", "- Lưu: VT, CCHC", "  lưu: VT, CCHC;"]) {
      const lines = recipientLines({ recipients: ["Như trên", typed, "UBND tỉnh"], unit: "VP" });
      expect(lines).toEqual([
        "- Như trên;",
        "- UBND tỉnh;",
        `- ${typed.trim().replace(/^-\s*/, "").replace(/[;.]$/, "")}.`,
      ]);
      expect(lines.filter((l) => /Lưu/i.test(l))).toHaveLength(1);
    }
    expect(recipientLines({ recipients: ["Lưu VP"], style: "party" })).toEqual(["- Lưu VP."]);
    // A recipient whose name merely starts with the letters is not an archive line.
    expect(recipientLines({ recipients: ["Lưu trữ lịch sử tỉnh"], unit: "VP" })).toEqual([
      "- Lưu trữ lịch sử tỉnh;",
      "- Lưu: VT, VP.",
    ]);
  });
  test("signing block: KT. line and title bold upper, name bold", () => {
    expect(signingLines(baoCao.signing as never).map((l) => l.text)).toEqual(["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"]);
    expect(runWithText(root, "KT. GIÁM ĐỐC").bold).toBe(true);
    expect(runWithText(root, "PHÓ GIÁM ĐỐC").bold).toBe(true);
    const name = runWithText(root, "Nguyễn Văn A");
    expect([name.bold, name.size]).toEqual([true, STATE_FORMATS.signerName.size.default]);
    const cells = root.getElementsByTagNameNS(NS.w, "tc");
    expect(cells[0].textContent).toContain("Nơi nhận:");
    expect(cells[1].textContent).toContain("KT. GIÁM ĐỐC");
  });
});

describe("party style", () => {
  const party: BlockInput = {
    ...baoCao,
    style: "party",
    type: "nghi-quyet",
    parentAgency: "Đảng bộ tỉnh Trà Vinh",
    agency: "Tỉnh ủy Trà Vinh",
    agencyCode: "TU",
    number: 7,
    archive: "Văn phòng Tỉnh ủy",
    signing: { authority: "TM", title: "Ban Thường vụ", subTitle: "Phó Bí thư", name: "Trần Văn B" },
  };
  const root = parseBody(buildHeader(party) + buildTitle(party) + buildClosing(party));
  test("header, number without colon, star instead of a rule", () => {
    const h = runWithText(root, FIXED.partyHeader.text);
    expect([h.size, h.bold]).toEqual([15, true]);
    expect(runs(root).some((r) => r.text === FIXED.quocHieu.text)).toBe(false);
    expect(runWithText(root, "Số 07-NQ/TU").size).toBe(14);
    expect(runWithText(root, "*").size).toBe(14);
    expect(runWithText(root, "NGHỊ QUYẾT").size).toBe(PARTY_FORMATS.typeName.size.default);
  });
  test("T/M signing, chức vụ not bold, Nơi nhận 14 underlined, Lưu without VT", () => {
    expect(runWithText(root, "T/M BAN THƯỜNG VỤ").bold).toBe(true);
    expect(runWithText(root, "PHÓ BÍ THƯ").bold).toBe(false);
    const label = runWithText(root, "Nơi nhận:");
    expect([label.size, label.underline, label.bold]).toEqual([14, true, false]);
    expect(runWithText(root, "- Lưu Văn phòng Tỉnh ủy.").size).toBe(12);
  });
  test("KT. is not a Party form", () => {
    expect(() => signingLines({ authority: "TUQ", title: "x", subTitle: "y", name: "z" }, "party")).toThrow();
  });
});

describe("escaping", () => {
  test("markup and control characters survive as text in well-formed XML", () => {
    const controls = Array.from({ length: 31 }, (_, i) => String.fromCharCode(i + 1)).join("");
    const nasty = `A <b> & "q" ]]> 'x'${controls}Z`;
    const input: BlockInput = { ...baoCao, agency: nasty, subject: nasty, place: `Trà <Vinh>`, recipients: [nasty] };
    const xml = buildHeader(input) + buildTitle(input) + buildClosing(input);
    const root = parseBody(xml); // throws when not well-formed
    const texts = runs(root).map((r) => r.text);
    // The tab becomes a space, the line feed a w:br (no text), the other controls vanish.
    const kept = `A <b> & "q" ]]> 'x' Z`;
    expect(texts).toContain(kept);
    expect(texts).toContain(kept.toLocaleUpperCase("vi"));
    expect(texts).toContain(`- ${kept.replace(/[;.,]+$/, "")};`);
    expect(texts.some((t) => t.startsWith("Trà <Vinh>, ngày"))).toBe(true);
    // eslint-disable-next-line no-control-regex -- the point is that none is left
    expect(xml).not.toMatch(/[\u0001-\u0009\u000b-\u001f]/);
    expect(root.getElementsByTagNameNS(NS.w, "br").length).toBeGreaterThanOrEqual(3);
  });
});

describe("validation", () => {
  const fields = (i: Partial<BlockInput>) => validateBlockInput({ ...baoCao, ...i }).map((x) => x.field);
  test("valid input has no issue", () => expect(validateBlockInput(baoCao)).toEqual([]));
  test.each([0, -1, 1.5, "abc", "05a"])("number %p is rejected", (n) =>
    expect(fields({ number: n })).toContain("number"),
  );
  test("blank number is a draft", () => expect(fields({ number: "" })).toEqual([]));
  test.each(["2026-02-30", "2026-13-01", "05/02/2026", "2025-02-29"])("date %p is rejected", (d) =>
    expect(fields({ date: d })).toContain("date"),
  );
  test("missing agency, place, unknown type, bad code", () => {
    expect(fields({ agency: " " })).toContain("agency");
    expect(fields({ place: "" })).toContain("place");
    expect(fields({ type: "xyz" })).toContain("type");
    expect(fields({ agencyCode: "S TTTT" })).toContain("agencyCode");
  });
  test("công văn needs a unit and a subject", () => {
    expect(fields({ type: "cong-van", unit: "", subject: "" })).toEqual(expect.arrayContaining(["unit", "subject"]));
  });
  test("signing: KT needs the deputy title; no academic title before the name", () => {
    expect(fields({ signing: { authority: "KT", title: "Giám đốc", name: "A" } })).toContain("signing.subTitle");
    expect(fields({ signing: { title: "Giám đốc", name: "TS. Nguyễn Văn A" } })).toContain("signing.name");
  });
  test("messages are Vietnamese and name the field", () => {
    const issues = validateBlockInput({ ...baoCao, number: 0, date: "2026-02-30" });
    expect(issues.map((i) => i.message)).toEqual([
      expect.stringMatching(/^Số văn bản/),
      expect.stringMatching(/^Ngày ban hành/),
    ]);
  });
  test("builders refuse invalid input with every message", () => {
    let err: unknown;
    try {
      buildHeader({ ...baoCao, agency: "", number: -3 });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(BlockInputError);
    expect((err as BlockInputError).issues.map((i) => i.field)).toEqual(["agency", "number"]);
    expect(() => buildClosing({ ...baoCao, signing: undefined })).toThrow(BlockInputError);
  });
});

describe("page setup", () => {
  const sect = parseBody(buildSectPr()).getElementsByTagNameNS(NS.w, "sectPr")[0];
  const get = (n: string, a: string) => Number(sect.getElementsByTagNameNS(NS.w, n)[0].getAttribute(`w:${a}`));
  test("A4 portrait, default margins 20/20/30/15 mm, title page", () => {
    expect([get("pgSz", "w"), get("pgSz", "h")]).toEqual([11906, 16838]);
    expect([get("pgMar", "top"), get("pgMar", "bottom"), get("pgMar", "left"), get("pgMar", "right")]).toEqual([
      1134, 1134, 1701, 850,
    ]);
    expect(sect.getElementsByTagNameNS(NS.w, "titlePg")).toHaveLength(1);
    expect(sect.getElementsByTagNameNS(NS.w, "headerReference")).toHaveLength(2);
  });
  test("margins out of range are refused", () => {
    expect(() => buildSectPr({ margins: { left: 25 } })).toThrow(BlockInputError);
    expect(get("pgMar", "left")).toBe(1701);
    const custom = parseBody(buildSectPr({ margins: { right: 20 } })).getElementsByTagNameNS(NS.w, "pgMar")[0];
    expect(custom.getAttribute("w:right")).toBe("1134");
  });
  test("page number: a centred PAGE field at 13 pt in the default header, nothing on the first page", () => {
    const h = buildPageHeaders();
    const d = parseBody(h.default);
    expect(d.getElementsByTagNameNS(NS.w, "instrText")[0].textContent?.trim()).toBe("PAGE");
    expect(d.getElementsByTagNameNS(NS.w, "jc")[0].getAttribute("w:val")).toBe("center");
    expect(runs(d).every((r) => r.size === STATE_FORMATS.pageNumber.size.default && r.font === FONT.name)).toBe(true);
    expect(parseBody(h.first).getElementsByTagNameNS(NS.w, "instrText")).toHaveLength(0);
  });
});

describe("body paragraphs", () => {
  test("justified, first line 1.27 cm, ≥ 6 pt after, line spacing within single–1.5, size 14", async () => {
    const { buildBodyParagraphs } = await import("../../../src/core/blocks");
    const { BODY_PARAGRAPH } = await import("../../../src/core/rules");
    const root = parseBody(buildBodyParagraphs(["Một đoạn.", "Đoạn khác."]));
    const ps = root.getElementsByTagNameNS(NS.w, "p");
    expect(ps).toHaveLength(2);
    for (let i = 0; i < ps.length; i++) {
      const p = ps[i];
      expect(p.getElementsByTagNameNS(NS.w, "jc")[0].getAttribute("w:val")).toBe("both");
      const firstCm = (Number(p.getElementsByTagNameNS(NS.w, "ind")[0].getAttribute("w:firstLine")) / 1440) * 2.54;
      expect(BODY_PARAGRAPH.firstLineIndentsCm.some((c) => Math.abs(c - firstCm) < 0.01)).toBe(true);
      const sp = p.getElementsByTagNameNS(NS.w, "spacing")[0];
      expect(Number(sp.getAttribute("w:after")) / 20).toBeGreaterThanOrEqual(BODY_PARAGRAPH.minSpaceAfterPt);
      const line = Number(sp.getAttribute("w:line")) / 240;
      expect(line).toBeGreaterThanOrEqual(BODY_PARAGRAPH.lineSpacing.min);
      expect(line).toBeLessThanOrEqual(BODY_PARAGRAPH.lineSpacing.max);
    }
    for (const r of runs(root)) expect([r.size, r.bold, r.italic]).toEqual([14, false, false]);
  });
});

describe("agency rule with a typed line break", () => {
  test("the rule follows the widest typed line", async () => {
    const { wrappedWidthTwips, textWidthPt } = await import("../../../src/core/blocks");
    const f = { size: 13, bold: true };
    const w = wrappedWidthTwips("SỞ GIÁO DỤC\nVÀ ĐÀO TẠO TỈNH TRÀ VINH", f, 10000);
    expect(w).toBe(Math.round(textWidthPt("VÀ ĐÀO TẠO TỈNH TRÀ VINH", 13, f) * 20));
    const root = parseBody(buildHeader({ ...baoCao, agency: "Sở Giáo dục\nvà Đào tạo" }));
    expect(root.getElementsByTagNameNS(NS.w, "br").length).toBe(1);
  });
});
