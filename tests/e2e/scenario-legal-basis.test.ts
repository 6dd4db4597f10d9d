/**
 * Scenario (b), as an officer builds a legal basis in the playground (real pane, fake Word host, Chromium):
 * put the cursor on a figure with “Đến vị trí”, search five ways, insert two inline citations there, add a
 * căn cứ list, refresh, change the organisation's catalog, refresh again. The end state is read from the
 * rendered document: paragraph texts and the content controls with their tags, not only the pane's messages.
 *
 * The cursor is placed through Kiểm tra › “Đến vị trí” (a selection on the figure “12.4567”): that is how the
 * pane itself places it, and it exercises the rule that a selection is never replaced by an insert.
 */
import { browserForTestFile } from "./browser";
import { openTab, paneOf } from "./pane-forms";

jest.setTimeout(240_000);

const s = browserForTestFile();
const pane = () => paneOf(s.page);

interface DocParagraph {
  index: number;
  text: string;
  controls: { tag: string; text: string }[];
}

/** The rendered document: each paragraph's text and the content controls inside it. */
async function documentStructure(): Promise<DocParagraph[]> {
  return s.page.getByTestId("document").evaluate((root) =>
    [...root.querySelectorAll("p.para")].map((p) => ({
      index: Number(p.getAttribute("data-paragraph")),
      text: p.textContent ?? "",
      controls: [...p.querySelectorAll(".content-control")].map((c) => ({
        tag: c.getAttribute("data-tag") ?? "",
        text: c.textContent ?? "",
      })),
    })),
  );
}

const FIGURE = "12.4567";
const FULL_30 = "Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ về công tác văn thư";
const ORG_ID = "kh-05-kh-snv-2026";
const orgEntry = (title: string) => ({
  id: ORG_ID,
  type: "Kế hoạch",
  symbol: "05/KH-SNV",
  date: "2026-01-20",
  issuer: "Sở Nội vụ",
  title,
  effective: null,
  status: "in-force",
  replacedBy: null,
  replacedOn: null,
  family: "state",
  source: "Văn phòng Sở",
});

async function importOrgCatalog(title: string): Promise<void> {
  await pane()
    .getByLabel("Nhập danh mục (CSV hoặc JSON)")
    .setInputFiles({
      name: "danh-muc.json",
      mimeType: "application/json",
      buffer: Buffer.from(JSON.stringify([orgEntry(title)])),
    });
  await pane().getByTestId("org-catalog").getByText("1 văn bản trong danh mục của cơ quan.").waitFor();
}

/** Types a query and returns the result ids once the list shows `expected` (or after a timeout, whatever it shows). */
async function search(query: string, expected: string): Promise<string[]> {
  const box = pane().getByRole("combobox");
  await box.fill(query);
  await pane().locator(`[data-testid="citation-result"][data-id="${expected}"]`).first().waitFor();
  return pane()
    .getByTestId("citation-result")
    .evaluateAll((rows) => rows.map((r) => r.getAttribute("data-id") ?? ""));
}

async function pick(query: string, id: string): Promise<void> {
  await search(query, id);
  await pane().locator(`[data-testid="citation-result"][data-id="${id}"]`).click();
  await pane().getByTestId("citation-chosen").waitFor();
}

async function status(text: string | RegExp): Promise<void> {
  await pane().getByTestId("citations-status").filter({ hasText: text }).waitFor();
}

describe("scenario: a legal basis, from search to a refreshed căn cứ list", () => {
  test("search five ways, two inline citations at the cursor, a căn cứ list, refresh, change the catalog, refresh", async () => {
    await s.openPlayground();
    const start = await documentStructure();
    const figurePara = start.findIndex((p) => p.text.includes(FIGURE));
    const figureText = start[figurePara].text;
    expect(start.flatMap((p) => p.controls)).toEqual([]);

    // The cursor: Kiểm tra finds the broken figure, “Đến vị trí” selects it and brings it into view.
    await openTab(s.page, "Kiểm tra");
    await pane().getByRole("button", { name: "Kiểm tra văn bản" }).click();
    const finding = pane().locator(`[data-testid="finding"][data-excerpt="${FIGURE}"]`);
    await finding.getByRole("button", { name: "Đến vị trí" }).click();
    const mark = s.page.getByTestId("document").locator("mark.selection");
    await mark.filter({ hasText: FIGURE }).waitFor();
    const inView = await mark.evaluate((m) => {
      const box = (m.closest("main") as HTMLElement).getBoundingClientRect();
      const r = m.getBoundingClientRect();
      return r.top >= box.top && r.bottom <= box.bottom;
    });
    expect(inView).toBe(true);

    // Five ways to find the two documents.
    await openTab(s.page, "Căn cứ pháp lý");
    const nd30 = "nd-30-2020-nd-cp";
    const luat = "luat-33-2024-qh15";
    expect((await search("Nghị định 30/2020 về công tác văn thư", nd30))[0]).toBe(nd30); // with diacritics
    expect((await search("nghi dinh 30 van thu", nd30))[0]).toBe(nd30); // without
    expect((await search("30/2020/NĐ-CP", nd30))[0]).toBe(nd30); // by number
    expect((await search("nđ 30", nd30))[0]).toBe(nd30); // by abbreviation
    expect((await search("luat luu tru 2024", luat))[0]).toBe(luat); // a law by name, no diacritics

    // Two inline citations at the selection: the figure stays, each citation is its own control.
    await pick("30/2020/NĐ-CP", nd30);
    await pane().getByRole("button", { name: "Chèn trích dẫn đầy đủ" }).click();
    await status(`Đã chèn: ${FULL_30}`);
    await pick("luat luu tru 2024", luat);
    await pane().getByRole("button", { name: "Chèn dạng ngắn" }).click();
    await status("Đã chèn: Luật Lưu trữ");
    let doc = await documentStructure();
    const [before, after] = figureText.split(FIGURE);
    expect(doc[figurePara].text).toBe(`${before}${FIGURE} Luật Lưu trữ ${FULL_30}${after}`);
    expect(doc[figurePara].controls).toEqual([
      { tag: `vbhc:cite:${luat}:short`, text: "Luật Lưu trữ" },
      { tag: `vbhc:cite:${nd30}`, text: FULL_30 },
    ]);
    // Nothing ran into the next paragraph.
    expect(doc[figurePara + 1].text).toBe(start[figurePara + 1].text);

    // The organisation's own plan, imported, found by its abbreviation and added with the two others.
    await importOrgCatalog("về cải cách hành chính năm 2026");
    for (const [query, id] of [
      ["kh 05 snv", ORG_ID],
      ["30/2020/NĐ-CP", nd30],
      ["luat luu tru 2024", luat],
    ] as const) {
      await pick(query, id);
      await pane().getByRole("button", { name: "Thêm vào danh sách căn cứ" }).click();
    }
    await pane().getByRole("button", { name: "Chèn danh sách căn cứ" }).click();
    await status("Đã chèn 3 dòng căn cứ");
    doc = await documentStructure();
    // The list goes after the cursor's paragraph (it has text), in legal rank, each line a tagged control.
    const list = doc.slice(figurePara + 1, figurePara + 4);
    expect(list.map((p) => p.controls.map((c) => c.tag))).toEqual([
      [`vbhc:cite:${luat}:cancu`],
      [`vbhc:cite:${nd30}:cancu`],
      [`vbhc:cite:${ORG_ID}:cancu`],
    ]);
    expect(list.map((p) => p.text)).toEqual([
      "Căn cứ Luật Lưu trữ ngày 21 tháng 6 năm 2024;",
      `Căn cứ ${FULL_30};`,
      "Căn cứ Kế hoạch số 05/KH-SNV ngày 20 tháng 01 năm 2026 của Sở Nội vụ về cải cách hành chính năm 2026.",
    ]);
    expect(doc[figurePara + 4].text).toBe(start[figurePara + 1].text);

    // Refresh: every citation is already right, the document does not change.
    await pane().getByRole("button", { name: "Làm mới trích dẫn" }).click();
    await status("Đã làm mới 5 trích dẫn");
    expect(await documentStructure()).toEqual(doc);

    // The organisation corrects its catalog; refresh carries the correction into the document.
    await importOrgCatalog("về triển khai cải cách hành chính nhà nước năm 2026");
    await pane().getByRole("button", { name: "Làm mới trích dẫn" }).click();
    await status("Đã làm mới 5 trích dẫn");
    const end = await documentStructure();
    expect(end[figurePara + 3].text).toBe(
      "Căn cứ Kế hoạch số 05/KH-SNV ngày 20 tháng 01 năm 2026 của Sở Nội vụ về triển khai cải cách hành chính nhà nước năm 2026.",
    );
    expect(end[figurePara + 3].controls.map((c) => c.tag)).toEqual([`vbhc:cite:${ORG_ID}:cancu`]);
    // Everything else is as before the correction.
    expect(end.filter((_, i) => i !== figurePara + 3)).toEqual(doc.filter((_, i) => i !== figurePara + 3));
    expect(end.length).toBe(start.length + 3);
    expect(end.flatMap((p) => p.controls).map((c) => c.tag)).toHaveLength(5);
    await s.screenshot("scenario-legal-basis");
    expect(s.pageErrors).toEqual([]);
  });
});
