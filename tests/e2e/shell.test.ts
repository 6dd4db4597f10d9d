import * as fs from "fs";
import * as path from "path";
import JSZip from "jszip";
import { PROJECT_ROOT, TEST_OUTPUT, browserForTestFile } from "./browser";

jest.setTimeout(90_000);

const TABS = ["Tiêu đề & khối kết", "Mẫu & đề mục", "Căn cứ pháp lý", "Kiểm tra"];
const s = browserForTestFile();

describe("the playground in Chromium", () => {
  test("shows the banner, the sample document and the pane with four tabs", async () => {
    await s.openPlayground();
    await expect(s.page.getByTestId("playground-banner").textContent()).resolves.toContain("Word giả lập");
    const doc = s.page.getByTestId("document");
    await expect(doc.textContent()).resolves.toContain("Kết quả công tác cải cách hành chính 6 tháng đầu năm 2026");
    expect(await s.page.locator('[data-testid="document"] [data-paragraph]').count()).toBeGreaterThan(30);
    const tabs = s.page.getByRole("tab");
    expect(await tabs.count()).toBe(4);
    for (const [i, name] of TABS.entries()) {
      await expect(s.page.getByRole("tab", { name, exact: true }).count()).resolves.toBe(1);
      await expect(tabs.nth(i).getAttribute("aria-controls")).resolves.toMatch(/^vbhc-panel-/);
    }
    expect(s.pageErrors).toEqual([]);
  });

  test("clicking each tab shows its panel and only that one", async () => {
    await s.openPlayground();
    for (const name of TABS) {
      await s.page.getByRole("tab", { name, exact: true }).click();
      const panel = s.page.getByRole("tabpanel");
      await expect(panel.count()).resolves.toBe(1);
      await expect(panel.getAttribute("aria-labelledby")).resolves.toBe(
        await s.page.getByRole("tab", { name, exact: true }).getAttribute("id"),
      );
      await expect(s.page.getByRole("tab", { name, exact: true }).getAttribute("aria-selected")).resolves.toBe("true");
      await s.screenshot(`tab-${TABS.indexOf(name) + 1}`);
    }
    await expect(s.page.getByRole("button", { name: "Kiểm tra văn bản" }).isVisible()).resolves.toBe(true);
  });

  test("works with the keyboard alone: Tab reaches the tab list, arrows move, Enter selects", async () => {
    await s.openPlayground();
    const active = () => s.page.evaluate(() => document.activeElement?.getAttribute("role") ?? "");
    const activeName = () => s.page.evaluate(() => document.activeElement?.id ?? "");
    // Tab from the top of the page until focus lands on a tab (banner button comes first).
    for (let i = 0; i < 10 && (await active()) !== "tab"; i++) await s.page.keyboard.press("Tab");
    expect(await active()).toBe("tab");
    expect(await activeName()).toBe("vbhc-tab-header");
    for (let i = 0; i < 3; i++) await s.page.keyboard.press("ArrowRight");
    expect(await activeName()).toBe("vbhc-tab-checks");
    await s.page.keyboard.press("Enter");
    await expect(
      s.page.getByRole("tab", { name: "Kiểm tra", exact: true }).getAttribute("aria-selected"),
    ).resolves.toBe("true");
    // The focused tab shows a visible focus indicator (Fluent draws it when focus came from the keyboard).
    const outline = await s.page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const after = getComputedStyle(el, "::after");
      const own = getComputedStyle(el);
      return [after.borderTopWidth, after.outlineStyle, own.outlineStyle].join(" ");
    });
    expect(outline).not.toBe("0px none none");
    // Tab again moves into the panel content: the check button is reachable and usable with Enter. The tab's
    // content loads on its first visit, so wait for the button before tabbing into it.
    await s.page.getByRole("button", { name: "Kiểm tra văn bản" }).waitFor();
    const focused = () =>
      s.page.evaluate(() => `${document.activeElement?.tagName}:${document.activeElement?.textContent ?? ""}`);
    for (let i = 0; i < 5 && (await focused()) !== "BUTTON:Kiểm tra văn bản"; i++) await s.page.keyboard.press("Tab");
    expect(await focused()).toBe("BUTTON:Kiểm tra văn bản");
    await s.page.keyboard.press("Enter");
    await s.page.getByTestId("checks-summary").waitFor();
  });

  test("every button in the pane has an accessible name", async () => {
    await s.openPlayground();
    for (const name of TABS) await s.page.getByRole("tab", { name, exact: true }).click();
    const unnamed = await s.page.evaluate(() =>
      [...document.querySelectorAll('[data-testid="taskpane"] button, [data-testid="taskpane"] input')]
        .filter(
          (el) =>
            !(
              el.getAttribute("aria-label") ||
              el.textContent?.trim() ||
              el.getAttribute("aria-labelledby") ||
              (el as HTMLInputElement).labels?.length
            ),
        )
        .map((el) => el.outerHTML.slice(0, 80)),
    );
    expect(unnamed).toEqual([]);
  });

  test("the main screenshot is saved for the README", async () => {
    await s.openPlayground();
    await s.page.getByRole("tab", { name: "Kiểm tra", exact: true }).click();
    await s.page.getByRole("button", { name: "Kiểm tra văn bản" }).click();
    await s.page.getByTestId("checks-summary").waitFor();
    const file = await s.screenshot("taskpane");
    const docs = path.join(PROJECT_ROOT, "docs", "images");
    fs.mkdirSync(docs, { recursive: true });
    fs.copyFileSync(file, path.join(docs, "taskpane.png"));
    expect(fs.statSync(path.join(docs, "taskpane.png")).size).toBeGreaterThan(10_000);
  });

  test("follows a dark theme with dark Fluent tokens", async () => {
    await s.openPlayground("?theme=dark");
    const provider = s.page.locator('[data-testid="taskpane"] [data-theme]').first();
    await expect(provider.getAttribute("data-theme")).resolves.toBe("dark");
    const rgb = await provider.evaluate((el) => getComputedStyle(el).backgroundColor);
    const [r, g, b] = (rgb.match(/\d+/g) ?? []).map(Number);
    expect(r + g + b).toBeLessThan(3 * 96);
    const file = await s.screenshot("taskpane-dark");
    fs.copyFileSync(file, path.join(PROJECT_ROOT, "docs", "images", "taskpane-dark.png"));
  });

  test("'Tải .docx' downloads the fake host's document as a real .docx", async () => {
    await s.openPlayground();
    const [download] = await Promise.all([
      s.page.waitForEvent("download"),
      s.page.getByRole("button", { name: "Tải .docx" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("bao-cao-mau.docx");
    const file = path.join(TEST_OUTPUT, "bao-cao-mau.docx");
    await download.saveAs(file);
    const zip = await JSZip.loadAsync(fs.readFileSync(file));
    const xml = (await zip.file("word/document.xml")?.async("string")) ?? "";
    expect(xml).toContain("Kết quả công tác cải cách hành chính 6 tháng đầu năm 2026");
    expect(xml).toContain("Trần Thị Hồng Nhung");
  });

  test("shows the Vietnamese message instead of the pane when the host lacks WordApi 1.3", async () => {
    await s.openPlayground("?requirement=none");
    const msg = s.page.getByTestId("unsupported");
    await expect(msg.textContent()).resolves.toContain("Word JavaScript API 1.3");
    await expect(msg.textContent()).resolves.toContain(".dotx");
    expect(await s.page.getByRole("tab").count()).toBe(0);
    await s.screenshot("unsupported-host");
  });
});
