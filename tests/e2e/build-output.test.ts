import * as fs from "fs";
import * as path from "path";
import { checkManifest } from "../../scripts/validate-manifest";
import { distDir } from "./browser";

const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const dist = distDir();
const read = (name: string) => fs.readFileSync(path.join(dist, name), "utf8");

describe("the built dist/", () => {
  beforeAll(() => {
    if (!fs.existsSync(path.join(dist, "taskpane.html"))) {
      throw new Error("dist/ is missing: run `npm run build` (npm test builds before jest).");
    }
  });

  test("the pane and the commands page load Office.js from Microsoft's CDN, and nothing else external", () => {
    for (const page of ["taskpane.html", "commands.html"]) {
      // Production HTML is minified: attribute quotes may be dropped.
      const scripts = [...read(page).matchAll(/<script[^>]*\bsrc=["']?([^"'\s>]+)/g)].map((m) => m[1]);
      expect(scripts[0]).toBe(OFFICE_JS);
      expect(scripts.slice(1).every((src) => !/^[a-z]+:/i.test(src))).toBe(true);
      expect(scripts.length).toBeGreaterThan(1);
    }
  });

  test("the playground runs without Office.js", () => {
    expect(read("playground.html")).not.toContain("appsforoffice");
  });

  test("the built manifest passes the structural check under its own base URL, with the icons copied", () => {
    const text = read("manifest.xml");
    const base = /<SourceLocation DefaultValue="([^"]+)taskpane\.html"/.exec(text)?.[1];
    expect(base).toBeDefined();
    expect(checkManifest(text, { baseDir: dist, baseUrl: base })).toEqual([]);
  });

  test("the bundles carry no dev-server client (only `webpack serve` injects it)", () => {
    const js = fs.readdirSync(dist).filter((f) => f.endsWith(".js"));
    expect(js.length).toBeGreaterThan(0);
    for (const f of js) expect(read(f)).not.toMatch(/webpack-dev-server[\\/]client|webpack[\\/]hot[\\/]/);
  });
});
