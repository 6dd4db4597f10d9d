/**
 * The pane with the real Office.js library from the @microsoft/office-js package (no network here), both where
 * a default build loads it (Microsoft's CDN path, answered from the package) and where a VBHC_OFFICE_JS_DIR
 * build serves it from our own host. Outside Office, Office.onReady resolves with no host and the pane says in
 * Vietnamese that it runs only in Word; the page's Content-Security-Policy (no eval) lets Office.js run, and
 * nothing leaves the machine.
 */
import * as fs from "fs";
import * as path from "path";
import type { BrowserContext, Page } from "playwright-core";
import { browserForTestFile, distDir, PROJECT_ROOT } from "./browser";

jest.setTimeout(90_000);

const config = jest.requireActual<{
  withContentSecurityPolicy: (html: string) => string;
  officeJsSource: (dir?: string) => { url: string; folder?: string };
}>("../../webpack.config.js");

const PACKAGE_DIST = path.join(PROJECT_ROOT, "node_modules", "@microsoft", "office-js", "dist");
const CDN_FOLDER = "https://appsforoffice.microsoft.com/lib/1/hosted/";
const s = browserForTestFile();

interface Visit {
  page: Page;
  context: BrowserContext;
  /** Office.js files the page asked for, relative to the folder office.js came from. */
  officeFiles: string[];
  /** Office.js files asked for that the package does not have. */
  missing: string[];
  /** Requests to anywhere but our origin and the Office.js folder (all refused). */
  elsewhere: string[];
  /** Content-Security-Policy violations the page reported. */
  violations: string[];
}

/**
 * Opens taskpane.html with Office.js answered from the package wherever `officeFolder` points (an absolute
 * URL ending in "/"); `page` replaces the built page's HTML when given.
 */
async function visit(officeFolder: string, html?: string): Promise<Visit> {
  const context = await s.browser.newContext({ locale: "vi-VN" });
  const v: Visit = {
    page: undefined as unknown as Page,
    context,
    officeFiles: [],
    missing: [],
    elsewhere: [],
    violations: [],
  };
  const own = new URL(s.baseUrl).origin + "/";
  await context.route("**/*", async (route) => {
    const url = route.request().url();
    if (url.startsWith(officeFolder)) {
      const rel = new URL(url).pathname.slice(new URL(officeFolder).pathname.length);
      v.officeFiles.push(rel);
      const file = path.join(PACKAGE_DIST, rel);
      if (!rel.includes("..") && fs.existsSync(file)) {
        await route.fulfill({ status: 200, contentType: "text/javascript", body: fs.readFileSync(file) });
      } else {
        v.missing.push(rel);
        await route.fulfill({ status: 404, body: "" });
      }
    } else if (html !== undefined && url === `${s.baseUrl}taskpane.html`) {
      await route.fulfill({ status: 200, contentType: "text/html; charset=utf-8", body: html });
    } else if (url.startsWith(own)) {
      await route.continue();
    } else {
      v.elsewhere.push(url);
      await route.abort("blockedbyclient");
    }
  });
  await context.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      const log = ((window as unknown as { __csp?: string[] }).__csp ??= []);
      log.push(`${e.effectiveDirective} ${e.blockedURI}`);
    });
  });
  v.page = await context.newPage();
  await v.page.goto(`${s.baseUrl}taskpane.html`);
  return v;
}

/** The pane's answer outside Office, and what Office.onReady resolved with. */
async function outsideOffice(v: Visit): Promise<{ message: string; host: unknown }> {
  const message = (await v.page.getByTestId("unsupported").textContent({ timeout: 30_000 })) ?? "";
  const info = await v.page.evaluate(() => Office.onReady());
  v.violations.push(...(await v.page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? [])));
  return { message, host: info.host };
}

/** Violations other than Office.js's own logging frame to Microsoft, which the policy is right to refuse. */
const unexpected = (v: Visit) => v.violations.filter((x) => !/^frame-src https:\/\/telemetryservice\./.test(x));

beforeAll(() => {
  if (!fs.existsSync(path.join(PACKAGE_DIST, "office.js"))) {
    throw new Error("node_modules/@microsoft/office-js is missing: run `npm ci`.");
  }
});

/** Office.js resolved onReady with no host, the pane says so, and every Office.js file came from where it should. */
async function expectNoHostAndSaysSo(v: Awaited<ReturnType<typeof visit>>): Promise<void> {
  const { message, host } = await outsideOffice(v);
  expect(host).toBeNull();
  expect(message).toContain("Ngăn này chỉ chạy trong Microsoft Word.");
  expect(v.officeFiles).toEqual(expect.arrayContaining(["office.js", "o15apptofilemappingtable.js"]));
  expect(v.missing).toEqual([]);
  expect(v.elsewhere).toEqual([]);
  expect(unexpected(v)).toEqual([]);
  await v.context.close();
}

describe("taskpane.html with the real Office.js, outside Office", () => {
  test("a default build (Office.js on Microsoft's CDN path): onReady has no host and the pane says so", async () => {
    const v = await visit(CDN_FOLDER);
    await expectNoHostAndSaysSo(v);
  });

  test("a VBHC_OFFICE_JS_DIR build (Office.js from our own host, no outside script host in the policy)", async () => {
    const built = fs.readFileSync(path.join(distDir(), "taskpane.html"), "utf8");
    const officeJs = config.officeJsSource(PACKAGE_DIST);
    // The page as the build writes it with VBHC_OFFICE_JS_DIR: Office.js from office-js/, and the policy
    // computed again from that HTML.
    const withoutPolicy = built.replace(/<meta http-equiv="Content-Security-Policy" content="[^"]*">/, "");
    const html = config.withContentSecurityPolicy(withoutPolicy.split(`${CDN_FOLDER}office.js`).join(officeJs.url));
    const policy = /content="([^"]*)"/.exec(html.slice(html.indexOf("Content-Security-Policy")))?.[1] ?? "";
    expect(/script-src ([^;]+)/.exec(policy)?.[1]).not.toMatch(/https?:|unsafe-eval/);

    const v = await visit(new URL(path.posix.dirname(officeJs.url) + "/", s.baseUrl).href, html);
    await expectNoHostAndSaysSo(v);
  });
});
