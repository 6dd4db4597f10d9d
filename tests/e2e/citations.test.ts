/**
 * The Căn cứ pháp lý tab in the playground (real pane, fake Word host, Chromium): search, insert a tagged
 * citation, refresh it, and the warning for a replaced document; the catalogs fetched from the build's file.
 */
import { browserForTestFile } from "./browser";

jest.setTimeout(90_000);

const s = browserForTestFile();

const FULL_30 = "Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ về công tác văn thư";
const documentText = async (): Promise<string> => (await s.page.getByTestId("document").innerText()) ?? "";
const pane = () => s.page.getByTestId("taskpane");
const count = (text: string, part: string) => text.split(part).length - 1;

/** Types the query and clicks the result with this catalog id (by id: a stale list may mention the symbol too). */
async function searchAndPick(query: string, id: string): Promise<void> {
  await pane().getByRole("tab", { name: "Căn cứ pháp lý", exact: true }).click();
  await pane().getByRole("combobox").fill(query);
  const row = pane().locator(`[data-testid="citation-result"][data-id="${id}"]`);
  await row.waitFor();
  await row.click();
}

describe("the Căn cứ pháp lý tab in the playground", () => {
  test("searches without diacritics, inserts the full citation, and refresh keeps it right", async () => {
    await s.openPlayground();
    await pane().getByRole("tab", { name: "Căn cứ pháp lý", exact: true }).click();
    await pane().getByRole("combobox").fill("nghi dinh 30 van thu");
    const first = pane().getByTestId("citation-result").first();
    await first.filter({ hasText: "30/2020/NĐ-CP" }).waitFor();
    expect(await first.innerText()).toContain("Còn hiệu lực");

    // Keyboard: arrow down to the first result, Enter to choose it.
    await pane().getByRole("combobox").press("ArrowDown");
    await pane().getByRole("combobox").press("Enter");
    await pane().getByTestId("citation-chosen").waitFor();

    const before = count(await documentText(), FULL_30);
    await pane().getByRole("button", { name: "Chèn trích dẫn đầy đủ" }).click();
    await pane().getByTestId("citations-status").filter({ hasText: "Đã chèn" }).waitFor();
    expect(count(await documentText(), FULL_30)).toBe(before + 1);

    await pane().getByRole("button", { name: "Làm mới trích dẫn" }).click();
    await pane().getByTestId("citations-status").filter({ hasText: "Đã làm mới 1 trích dẫn" }).waitFor();
    expect(count(await documentText(), FULL_30)).toBe(before + 1);
    await s.screenshot("citations-inserted");
    expect(s.pageErrors).toEqual([]);
  });

  test("a replaced document shows the warning naming its replacement, and offers to cite it instead", async () => {
    await s.openPlayground();
    await searchAndPick("110/2004", "nd-110-2004-nd-cp");
    const warning = pane().getByTestId("citation-replaced");
    await warning.waitFor();
    expect(await warning.innerText()).toContain("30/2020/NĐ-CP");
    await warning.getByRole("button", { name: "Trích dẫn văn bản thay thế" }).click();
    await pane().getByTestId("citation-chosen").filter({ hasText: FULL_30 }).waitFor();
    expect(await pane().getByTestId("citation-replaced").count()).toBe(0);
    await s.screenshot("citations-replaced-warning");
  });

  test("the căn cứ list builder orders by legal rank and inserts the lines", async () => {
    await s.openPlayground();
    await searchAndPick("30/2020/NĐ-CP", "nd-30-2020-nd-cp");
    await pane().getByRole("button", { name: "Thêm vào danh sách căn cứ" }).click();
    await searchAndPick("luat luu tru 2024", "luat-33-2024-qh15");
    await pane().getByRole("button", { name: "Thêm vào danh sách căn cứ" }).click();
    const items = pane().getByTestId("cancu-preview").getByRole("listitem");
    await items.nth(1).waitFor();
    const texts = await items.allInnerTexts();
    expect(texts[0]).toMatch(/^Căn cứ Luật Lưu trữ.*;/);
    expect(texts[1]).toMatch(/^Căn cứ Nghị định số 30\/2020\/NĐ-CP.*\./);
    await pane().getByRole("button", { name: "Chèn danh sách căn cứ" }).click();
    await pane().getByTestId("citations-status").filter({ hasText: "Đã chèn 2 dòng căn cứ" }).waitFor();
    expect(await documentText()).toContain("Căn cứ Luật Lưu trữ");
  });

  test("the catalogs arrive from the build's catalog file: a law only the codification layer holds is found", async () => {
    await s.openPlayground();
    const fetched: string[] = [];
    s.page.on("request", (r) => {
      if (r.url().includes("/catalog/")) fetched.push(r.url());
    });
    await pane().getByRole("tab", { name: "Căn cứ pháp lý", exact: true }).click();
    await pane().getByRole("combobox").fill("Luật số 104/2016/QH13");
    const first = pane().getByTestId("citation-result").first();
    await first.filter({ hasText: "104/2016/QH13" }).waitFor();
    expect(await first.innerText()).toContain("Tiếp cận thông tin");
    expect(await pane().getByTestId("typed-symbol").count()).toBe(0);
    expect(fetched).toEqual([expect.stringMatching(/\/catalog\/catalog\.[0-9a-f]{8}\.json$/)]);
    expect(s.pageErrors).toEqual([]);
  });

  test("a symbol the catalog lacks is composed from the ký hiệu and inserted as a tagged citation", async () => {
    await s.openPlayground();
    await pane().getByRole("tab", { name: "Căn cứ pháp lý", exact: true }).click();
    await pane().getByRole("combobox").fill("Luật số 28/2018/QH14");
    const notice = pane().getByTestId("typed-symbol");
    await notice.waitFor();
    expect(await notice.innerText()).toContain("không có trong danh mục");
    await notice.getByRole("button", { name: "Soạn trích dẫn" }).click();
    await pane().getByTestId("compose-form").getByLabel("Ngày ban hành").fill("15/6/2018");
    await pane()
      .getByRole("textbox", { name: "Trích yếu (tên văn bản)" })
      .fill("Luật sửa đổi, bổ sung một số điều của 11 luật có liên quan đến quy hoạch");
    await pane().getByRole("button", { name: "Lưu vào danh mục và chọn" }).click();
    await pane()
      .getByTestId("citation-chosen")
      .filter({ hasText: "Luật sửa đổi, bổ sung một số điều của 11 luật có liên quan đến quy hoạch" })
      .waitFor();
    await pane().getByRole("button", { name: "Chèn trích dẫn đầy đủ" }).click();
    await pane().getByTestId("citations-status").filter({ hasText: "Đã chèn" }).waitFor();
    expect(await documentText()).toContain("quy hoạch ngày 15 tháng 6 năm 2018");
    // The composed entry is in the organisation catalog now: a refresh finds and keeps it.
    await pane().getByRole("button", { name: "Làm mới trích dẫn" }).click();
    await pane().getByTestId("citations-status").filter({ hasText: "Đã làm mới" }).waitFor();
    expect(await pane().getByTestId("citations-status").innerText()).not.toContain("không có trong danh mục");
    expect(s.pageErrors).toEqual([]);
  });
});
