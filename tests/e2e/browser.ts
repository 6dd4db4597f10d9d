/**
 * Browser-test rig: serves dist/ on 127.0.0.1 (a free port) and drives Debian's Chromium through
 * playwright-core. `npm test` builds dist/ before jest; run `npx webpack --mode development` first
 * when running these tests alone.
 */
import * as fs from "fs";
import * as path from "path";
import type { Server } from "http";
import { chromium, type Browser, type Page } from "playwright-core";
import { serveDirectory } from "../../scripts/static-server";

export const PROJECT_ROOT = path.resolve(__dirname, "../..");
export const TEST_OUTPUT = path.join(PROJECT_ROOT, "test-output");
const CHROMIUM = "/usr/bin/chromium";

/** The built add-in (VBHC_E2E_DIST may point at another build). */
export function distDir(): string {
  return process.env.VBHC_E2E_DIST ? path.resolve(process.env.VBHC_E2E_DIST) : path.join(PROJECT_ROOT, "dist");
}

export interface BrowserSession {
  browser: Browser;
  page: Page;
  /** Base URL of the served dist/, ending in "/". */
  baseUrl: string;
  /** Errors the page threw or logged, for assertions. */
  pageErrors: string[];
  /** Opens dist/playground.html with an optional query ("?requirement=none") and waits for the pane. */
  openPlayground(query?: string): Promise<void>;
  /** Saves a PNG screenshot of the page under test-output/ and returns its path. */
  screenshot(name: string): Promise<string>;
  close(): Promise<void>;
}

/** Serves dist/ and launches a headless Chromium with a fresh profile. Fails plainly when dist/ or Chromium is missing. */
export async function startBrowser(): Promise<BrowserSession> {
  const dist = distDir();
  if (!fs.existsSync(path.join(dist, "playground.html"))) {
    throw new Error(
      `${path.relative(PROJECT_ROOT, dist) || dist}/playground.html is missing: build first with ` +
        "`npx webpack --mode development` (npm test builds before running jest).",
    );
  }
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(
      `${CHROMIUM} is missing: install Debian's chromium (npm test does it through scripts/ensure-system-deps.sh).`,
    );
  }
  const { server, url } = await serveDirectory(dist, { host: "127.0.0.1", port: 0 });
  let browser: Browser;
  try {
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    });
  } catch (err) {
    await closeServer(server);
    throw err;
  }
  const context = await browser.newContext({
    viewport: { width: 1280, height: 860 },
    locale: "vi-VN",
    acceptDownloads: true,
  });
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on("pageerror", (err) => pageErrors.push(err.message));
  page.on("console", (msg) => {
    if (msg.type() === "error") pageErrors.push(msg.text());
  });
  fs.mkdirSync(TEST_OUTPUT, { recursive: true });
  return {
    browser,
    page,
    baseUrl: url,
    pageErrors,
    async openPlayground(query = "") {
      await page.goto(`${url}playground.html${query}`);
      await page.getByTestId("taskpane").waitFor();
    },
    async screenshot(name) {
      const file = path.join(TEST_OUTPUT, `${name}.png`);
      await page.screenshot({ path: file });
      return file;
    },
    async close() {
      await browser.close();
      await closeServer(server);
    },
  };
}

/**
 * One browser for the calling test file: started in beforeAll, closed in afterAll. The returned session is
 * filled in once the browser has started, so use it inside tests and hooks only.
 */
export function browserForTestFile(): BrowserSession {
  const session = {} as Partial<BrowserSession>;
  beforeAll(async () => {
    Object.assign(session, await startBrowser());
  });
  afterAll(async () => {
    await session.close?.();
  });
  return session as BrowserSession;
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => server.close(() => resolve()));
}
