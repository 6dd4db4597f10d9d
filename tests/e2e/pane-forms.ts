/** Pane helpers shared by the browser tests: open a tab, fill a field, fill the header form with a sample office. */
import type { Locator, Page } from "playwright-core";

export const paneOf = (page: Page): Locator => page.getByTestId("taskpane");

export async function openTab(page: Page, name: string): Promise<void> {
  await paneOf(page).getByRole("tab", { name, exact: true }).click();
}

export async function fill(page: Page, label: string | RegExp, value: string): Promise<void> {
  await paneOf(page).getByLabel(label).first().fill(value);
}

/** A complete, valid báo cáo header for Sở Thông tin và Truyền thông Trà Vinh, số 05, 05/02/2026. */
export async function fillHeaderForm(page: Page): Promise<void> {
  await fill(page, "Cơ quan chủ quản", "UBND tỉnh Trà Vinh");
  await fill(page, /^Cơ quan ban hành/, "Sở Thông tin và Truyền thông");
  await fill(page, "Viết tắt cơ quan", "STTTT");
  await fill(page, "Đơn vị soạn thảo", "VP");
  await paneOf(page).getByLabel("Loại văn bản").selectOption("bao-cao");
  await fill(page, /^Số/, "5");
  await fill(page, "Địa danh", "Trà Vinh");
  await fill(page, "Ngày", "05/02/2026");
  await fill(page, "Trích yếu", "Kết quả chuyển đổi số quý I năm 2026");
}
