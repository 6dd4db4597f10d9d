/**
 * The pane's weight for `npm run bench`: the task pane's initial JavaScript gzipped (what the static server
 * sends), and the time to a usable pane in the playground against a blank page served the same way, both
 * loaded cold in the same Chromium run. Needs a production dist/ and /usr/bin/chromium.
 */
import * as fs from "fs";
import * as path from "path";
import { performance } from "perf_hooks";
import { chromium } from "playwright-core";
import { initialScripts } from "./initial-js";
import { serveDirectory } from "./static-server";

const CHROMIUM = "/usr/bin/chromium";
const RUNS = 5;

export interface PaneFigures {
  initialGzipKB: number;
  scripts: { file: string; bytes: number; gzip: number }[];
  /** Median ms from navigation to a pane whose first button is enabled, and to a blank page's load. */
  renderMs?: number;
  blankMs?: number;
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export async function benchPane(dist: string): Promise<PaneFigures | undefined> {
  if (!fs.existsSync(path.join(dist, "taskpane.html"))) return undefined;
  const scripts = initialScripts(dist, "taskpane.html");
  const figures: PaneFigures = { initialGzipKB: scripts.reduce((n, s) => n + s.gzip, 0) / 1024, scripts };
  if (!fs.existsSync(CHROMIUM)) return figures;
  const { server, url } = await serveDirectory(dist, { port: 0 });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--headless", "--no-sandbox"] });
  try {
    const blank: number[] = [];
    const pane: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      // A fresh context each time: nothing cached, as on the first open.
      for (const [target, out] of [
        ["blank", blank],
        ["pane", pane],
      ] as const) {
        const context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
        const page = await context.newPage();
        await page.route(`${url}__blank.html`, (r) =>
          r.fulfill({ contentType: "text/html", body: "<!doctype html><title>blank</title><p>blank</p>" }),
        );
        const t0 = performance.now();
        if (target === "blank") {
          await page.goto(`${url}__blank.html`);
        } else {
          await page.goto(`${url}playground.html`, { waitUntil: "commit" });
          await page.getByTestId("taskpane").getByRole("button").first().waitFor({ state: "visible" });
        }
        out.push(performance.now() - t0);
        await context.close();
      }
    }
    figures.renderMs = median(pane);
    figures.blankMs = median(blank);
  } finally {
    await browser.close();
    await new Promise<void>((r) => server.close(() => r()));
  }
  return figures;
}
