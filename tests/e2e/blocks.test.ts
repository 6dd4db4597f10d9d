/**
 * The Tiêu đề & khối kết and Mẫu & đề mục tabs in the playground (real pane, fake Word host, Chromium).
 */
import { browserForTestFile } from "./browser";
import { fill as fillIn, fillHeaderForm as fillHeaderFormIn, openTab as openTabIn, paneOf } from "./pane-forms";
import { FIXED } from "../../src/core/rules";

jest.setTimeout(90_000);

const s = browserForTestFile();

const documentText = async (): Promise<string> => (await s.page.getByTestId("document").innerText()) ?? "";
const pane = () => paneOf(s.page);
const openTab = (name: string) => openTabIn(s.page, name);
const fill = (label: string | RegExp, value: string) => fillIn(s.page, label, value);
const fillHeaderForm = () => fillHeaderFormIn(s.page);

describe("the Tiêu đề & khối kết tab in the playground", () => {
  test("fills the header form, previews it, and inserts the header into the document", async () => {
    await s.openPlayground();
    await openTab("Tiêu đề & khối kết");
    await fillHeaderForm();
    const preview = pane().getByTestId("header-preview");
    await preview.waitFor();
    expect(await preview.innerText()).toContain(FIXED.quocHieu.text);

    expect(await documentText()).not.toContain("Số: 05/BC-STTTT");
    await pane().getByRole("button", { name: "Chèn tiêu đề" }).click();
    await pane().getByTestId("header-status").filter({ hasText: "Đã chèn tiêu đề" }).waitFor();
    const text = await documentText();
    expect(text).toContain(FIXED.quocHieu.text);
    expect(text).toContain(FIXED.tieuNgu.text);
    expect(text).toContain("Số: 05/BC-STTTT");
    expect(text).toContain("Trà Vinh, ngày 05 tháng 02 năm 2026");
    expect(text).toContain("SỞ THÔNG TIN VÀ TRUYỀN THÔNG");
    await s.screenshot("blocks-header-inserted");
    expect(s.pageErrors).toEqual([]);
  });

  test("an invalid number shows its message next to Số and the document does not change", async () => {
    await s.openPlayground();
    await openTab("Tiêu đề & khối kết");
    await fillHeaderForm();
    await fill(/^Số/, "5a");
    const before = await documentText();
    await pane().getByRole("button", { name: "Chèn tiêu đề" }).click();
    await pane()
      .getByText(/Số văn bản: phải là số nguyên dương/)
      .waitFor();
    expect(await documentText()).toBe(before);
  });

  test("inserts the closing block with Nơi nhận and the signing block", async () => {
    await s.openPlayground();
    await openTab("Tiêu đề & khối kết");
    await fillHeaderForm();
    await fill("Nơi nhận", "UBND tỉnh\nSở Nội vụ");
    await pane().getByLabel("Quyền hạn ký").selectOption("KT");
    await fill("Chức vụ", "Giám đốc");
    await fill("Chức vụ cấp phó", "Phó Giám đốc");
    await fill("Người ký", "Nguyễn Văn A");
    await pane().getByRole("button", { name: "Chèn khối kết" }).click();
    await pane().getByTestId("header-status").filter({ hasText: "Đã chèn khối kết" }).waitFor();
    const text = await documentText();
    expect(text).toContain(FIXED.noiNhan.text);
    expect(text).toContain("- Lưu: VT, VP.");
    expect(text).toContain("KT. GIÁM ĐỐC");
    expect(text).toContain("Nguyễn Văn A");
  });
});

describe("the Mẫu & đề mục tab in the playground", () => {
  test("Đánh số lại toàn bộ fixes the sample's duplicate '2.' under section I in one batch", async () => {
    await s.openPlayground();
    const before = await documentText();
    expect(before).toContain("2. Cải cách thủ tục hành chính");
    await openTab("Mẫu & đề mục");
    await pane().getByRole("button", { name: "Đánh số lại toàn bộ" }).click();
    const status = pane().getByTestId("templates-status");
    await status.filter({ hasText: /Đã sửa \d+ số thứ tự/ }).waitFor();
    const after = await documentText();
    expect(after).toContain("3. Cải cách thủ tục hành chính");
    expect(after).toContain("2. Cải cách thể chế");
    await s.screenshot("templates-renumbered");
  });

  test("a new document from a template asks before adding to a document that has text", async () => {
    await s.openPlayground();
    await openTab("Mẫu & đề mục");
    const before = await documentText();
    await pane().getByRole("button", { name: "Tạo văn bản mới từ mẫu" }).click();
    // The playground profile is empty, or the document is not: either way nothing is inserted yet.
    await pane()
      .getByText(/Hồ sơ cơ quan chưa đủ|Văn bản đang có nội dung/)
      .first()
      .waitFor();
    expect(await documentText()).toBe(before);
  });
});
