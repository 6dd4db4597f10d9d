import type { Page } from "playwright-core";
import { browserForTestFile } from "./browser";

jest.setTimeout(90_000);

const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const s = browserForTestFile();

/** Serves a stand-in for Office.js (no network here) that reports the given host and WordApi support. */
async function fakeOfficeJs(page: Page, host: string | null, wordApi13: boolean): Promise<void> {
  const script = `window.Office = {
    HostType: { Word: "Word", Excel: "Excel" },
    context: { requirements: { isSetSupported: function (n, v) { return ${wordApi13} && n === "WordApi"; } } },
    onReady: function (cb) { var info = { host: ${JSON.stringify(host)}, platform: null }; setTimeout(function () { cb(info); }, 0); return Promise.resolve(info); }
  };
  window.Word = { run: function () { return Promise.reject(new Error("no document in this test")); } };`;
  await page.route(OFFICE_JS, (route) => route.fulfill({ status: 200, contentType: "text/javascript", body: script }));
}

describe("taskpane.html never stays blank", () => {
  test("outside Word it says the pane runs only in Word", async () => {
    const page = await s.browser.newPage();
    await fakeOfficeJs(page, null, false);
    await page.goto(`${s.baseUrl}taskpane.html`);
    const msg = page.getByTestId("unsupported");
    await expect(msg.textContent()).resolves.toContain("Ngăn này chỉ chạy trong Microsoft Word.");
    await page.close();
  });

  test("in a Word without WordApi 1.3 it names the requirement and the .dotx templates", async () => {
    const page = await s.browser.newPage();
    await fakeOfficeJs(page, "Word", false);
    await page.goto(`${s.baseUrl}taskpane.html`);
    const text = (await page.getByTestId("unsupported").textContent()) ?? "";
    expect(text).toContain("Word JavaScript API 1.3");
    expect(text).toContain("Word 2016");
    expect(text).toContain(".dotx");
    await page.close();
  });

  test("in Word with WordApi 1.3 it shows the pane with its four tabs", async () => {
    const page = await s.browser.newPage();
    await fakeOfficeJs(page, "Word", true);
    await page.goto(`${s.baseUrl}taskpane.html`);
    await page.getByRole("tab", { name: "Kiểm tra", exact: true }).waitFor();
    expect(await page.getByRole("tab").count()).toBe(4);
    expect(await page.getByTestId("unsupported").count()).toBe(0);
    // A failing document read is reported in Vietnamese, not as a blank or broken pane.
    await page.getByRole("tab", { name: "Kiểm tra", exact: true }).click();
    await page.getByRole("button", { name: "Kiểm tra văn bản" }).click();
    await expect(page.getByTestId("checks-status").textContent()).resolves.toContain("Không đọc được văn bản từ Word");
    await page.close();
  });

  test("in an Internet Explorer web view the inline script shows the message and React does not mount", async () => {
    const context = await s.browser.newContext({
      userAgent: "Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; rv:11.0) like Gecko",
    });
    const page = await context.newPage();
    await fakeOfficeJs(page, "Word", true);
    await page.goto(`${s.baseUrl}taskpane.html`);
    await expect(page.locator("#root").textContent()).resolves.toContain(
      "Phiên bản Word này không chạy được ngăn Văn bản hành chính",
    );
    expect(await page.getByRole("tab").count()).toBe(0);
    await context.close();
  });
});
