import * as fs from "fs";
import * as path from "path";
import { initialScripts } from "../../scripts/initial-js";
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

  test("the task pane's initial JavaScript is at most 250 KB gzipped; the catalog and the check engine load later", () => {
    const mode = (JSON.parse(read("build.json")) as { mode: string }).mode;
    // The budget is for what users get: a development build (eval source maps) is not measured.
    if (mode !== "production") return;
    const scripts = initialScripts(dist, "taskpane.html");
    const total = scripts.reduce((n, s) => n + s.gzip, 0);
    expect(total).toBeLessThanOrEqual(250 * 1024);
    const initial = scripts.map((s) => read(s.file)).join("\n");
    // An id only the national catalog carries, and a rule id only the check engine carries.
    expect(initial).not.toContain("nd-30-2020-nd-cp");
    expect(initial).not.toContain("fixed-string/tieu-ngu");
    const lazy = fs.readdirSync(dist).filter((f) => /^tab-(citations|checks)\b.*\.js$/.test(f));
    expect(lazy.length).toBeGreaterThanOrEqual(2);
  });

  test("the catalogs and their prebuilt indexes are one JSON file fetched on first need, in no script at all", () => {
    const files = fs.readdirSync(path.join(dist, "catalog"));
    expect(files).toEqual([expect.stringMatching(/^catalog\.[0-9a-f]{8}\.json$/)]);
    const data = JSON.parse(read(`catalog/${files[0]}`)) as {
      national: { symbol: string }[];
      codified: { symbol: string }[];
      indexes: Record<"national" | "codified", { version: number; docs: number }>;
    };
    expect(data.indexes.national).toMatchObject({ version: 2, docs: data.national.length });
    expect(data.indexes.codified).toMatchObject({ version: 2, docs: data.codified.length });
    // A law only the codification layer holds.
    expect(data.codified.map((e) => e.symbol)).toContain("104/2016/QH13");
    const scripts = fs.readdirSync(dist).filter((f) => f.endsWith(".js"));
    for (const f of scripts) {
      expect(read(f)).not.toContain("nd-30-2020-nd-cp");
      expect(read(f)).not.toContain("104/2016/QH13");
    }
    // The pane knows the file by name only.
    expect(scripts.some((f) => read(f).includes(`catalog/${files[0]}`))).toBe(true);
  });
});
