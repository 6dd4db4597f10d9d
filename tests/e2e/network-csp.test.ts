/**
 * What the built pages may reach, in Chromium: the pane and the playground request nothing but our own
 * files (the pane also Office.js, which the test serves itself), run under their Content-Security-Policy
 * without a single violation, and the only other request is the catalog URL the user typed, over HTTPS.
 */
import type { BrowserContext, Page } from "playwright-core";
import { browserForTestFile } from "./browser";

jest.setTimeout(120_000);

const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const CATALOG = "https://danh-muc.example.gov.vn/van-ban.json";
const s = browserForTestFile();

/** A stand-in for Office.js (no network here): Word with WordApi 1.3 and no document behind it. */
const OFFICE_STUB = `window.Office = {
  HostType: { Word: "Word" },
  context: { requirements: { isSetSupported: function (n) { return n === "WordApi"; } } },
  onReady: function (cb) { var info = { host: "Word", platform: null }; setTimeout(function () { cb(info); }, 0); return Promise.resolve(info); }
};
window.Word = { run: function () { return Promise.reject(new Error("no document in this test")); } };`;

const CATALOG_BODY = JSON.stringify([
  {
    id: "qd-7-2026",
    type: "Quyết định",
    symbol: "7/QĐ-UBND",
    date: "2026-01-15",
    issuer: "Ủy ban nhân dân tỉnh",
    title: "về danh mục thử",
    effective: null,
    status: "in-force",
    replacedBy: null,
    replacedOn: null,
    family: "state",
    source: "thử",
  },
]);

interface Watch {
  page: Page;
  context: BrowserContext;
  /** Every URL the page asked for, our own included. */
  requests: string[];
  /** Content-Security-Policy violations the page reported. */
  violations: string[];
}

/** A fresh context that logs every request, blocks anything off our origin except what `serve` answers. */
async function watch(serve: Record<string, { type: string; body: string }>): Promise<Watch> {
  const context = await s.browser.newContext({ viewport: { width: 1280, height: 860 }, locale: "vi-VN" });
  const requests: string[] = [];
  const violations: string[] = [];
  const own = new URL(s.baseUrl).origin;
  await context.route("**/*", async (route) => {
    const url = route.request().url();
    requests.push(url);
    const answer = serve[url];
    if (answer) await route.fulfill({ status: 200, contentType: answer.type, body: answer.body });
    else if (url.startsWith(own + "/") || url.startsWith("data:") || url.startsWith("blob:")) await route.continue();
    else await route.abort("blockedbyclient");
  });
  await context.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      const log = ((window as unknown as { __cspViolations?: string[] }).__cspViolations ??= []);
      log.push(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  const page = await context.newPage();
  page.on("console", (msg) => {
    if (/Content Security Policy/i.test(msg.text())) violations.push(msg.text());
  });
  return { page, context, requests, violations };
}

async function violationsOf(w: Watch): Promise<string[]> {
  const inPage = await w.page.evaluate(
    () => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? [],
  );
  return [...w.violations, ...inPage];
}

const offOrigin = (w: Watch) => w.requests.filter((u) => !u.startsWith(new URL(s.baseUrl).origin + "/"));

async function visitTabs(page: Page): Promise<void> {
  for (const name of ["Tiêu đề & khối kết", "Mẫu & đề mục", "Kiểm tra", "Căn cứ pháp lý"]) {
    await page.getByRole("tab", { name, exact: true }).click();
    await page.getByRole("tabpanel").waitFor();
  }
}

describe("network requests and the Content-Security-Policy of the built pages", () => {
  test("every page carries a policy without eval, and names no script host but Office.js's", async () => {
    for (const name of ["taskpane.html", "commands.html", "help.html", "playground.html"]) {
      const res = await fetch(`${s.baseUrl}${name}`);
      const html = await res.text();
      const policy = /<meta http-equiv="?Content-Security-Policy"? content="([^"]+)"/.exec(html)?.[1];
      expect(policy).toBeDefined();
      expect(policy).not.toMatch(/unsafe-eval/);
      const scripts = /script-src ([^;]+)/.exec(policy ?? "")?.[1].split(" ") ?? [];
      const hosts = scripts.filter((x) => !x.startsWith("'"));
      expect(hosts).toEqual(
        name === "taskpane.html" || name === "commands.html" ? ["https://appsforoffice.microsoft.com"] : [],
      );
    }
  });

  test("the pane in Word asks only for our files and Office.js, with no policy violation", async () => {
    const w = await watch({ [OFFICE_JS]: { type: "text/javascript", body: OFFICE_STUB } });
    await w.page.goto(`${s.baseUrl}taskpane.html`);
    await visitTabs(w.page);
    expect(offOrigin(w)).toEqual([OFFICE_JS]);
    expect(await violationsOf(w)).toEqual([]);
    await w.context.close();
  });

  test("the playground asks only for our files, with no policy violation", async () => {
    const w = await watch({});
    await w.page.goto(`${s.baseUrl}playground.html`);
    await w.page.getByTestId("taskpane").waitFor();
    await visitTabs(w.page);
    await w.page.getByRole("tab", { name: "Kiểm tra", exact: true }).click();
    await w.page.getByRole("button", { name: "Kiểm tra văn bản" }).click();
    await w.page.getByTestId("checks-summary").waitFor();
    expect(offOrigin(w)).toEqual([]);
    expect(await violationsOf(w)).toEqual([]);
    await w.context.close();
  });

  test("the catalog URL is the only other request, and an http:// one is refused in Vietnamese without a request", async () => {
    const w = await watch({ [CATALOG]: { type: "application/json", body: CATALOG_BODY } });
    await w.page.goto(`${s.baseUrl}playground.html`);
    await w.page.getByRole("tab", { name: "Căn cứ pháp lý", exact: true }).click();
    const panel = w.page.getByTestId("org-catalog");
    const field = panel.getByLabel("Địa chỉ danh mục (URL)");
    const load = panel.getByRole("button", { name: "Tải danh mục từ địa chỉ" });

    await field.fill("http://danh-muc.example.gov.vn/van-ban.json");
    await load.click();
    await panel.getByTestId("org-catalog-status").filter({ hasText: "phải dùng https://" }).waitFor();
    expect(offOrigin(w)).toEqual([]);

    await field.fill(CATALOG);
    await load.click();
    await panel.getByTestId("org-catalog-status").filter({ hasText: "Đã tải 1 văn bản" }).waitFor();
    expect(offOrigin(w)).toEqual([CATALOG]);
    expect(await violationsOf(w)).toEqual([]);
    await w.context.close();
  });
});
