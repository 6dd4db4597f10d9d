/**
 * The test add-in that runs the conformance suite in Word: its manifest is the add-in's own with another id and
 * its page, and `npm run test:word` says plainly that it cannot run where there is no Word.
 */
import * as fs from "fs";
import * as path from "path";
import { spawnSync } from "child_process";
import { checkManifest } from "../../../scripts/validate-manifest";

const root = path.resolve(__dirname, "../../..");
const manifest = fs.readFileSync(path.join(root, "manifest.xml"), "utf8");
// webpack.config.js is CommonJS; its helpers are plain functions.
const { conformanceManifest } = require("../../../webpack.config.js") as {
  conformanceManifest(text: string): string;
};

describe("the conformance test add-in", () => {
  test("has a valid manifest of its own id that opens the conformance page instead of the pane", () => {
    const test = conformanceManifest(manifest);
    expect(checkManifest(test, { baseDir: root, baseUrl: "https://localhost:3000/" })).toEqual([]);
    const id = (xml: string) => /<Id>([^<]+)<\/Id>/.exec(xml)?.[1];
    expect(id(test)).toMatch(/^[0-9a-f-]{36}$/);
    expect(id(test)).not.toBe(id(manifest));
    expect(test).not.toContain("taskpane.html");
    expect(test).toContain('<SourceLocation DefaultValue="https://localhost:3000/conformance.html"/>');
  });

  (process.platform === "linux" ? test : test.skip)("npm run test:word fails on Linux, saying why", () => {
    const res = spawnSync(process.execPath, [path.join(root, "scripts", "test-word.js")], { encoding: "utf8" });
    expect(res.status).not.toBe(0);
    expect(res.stderr).toContain("needs Word desktop on Windows or macOS");
    expect(res.stderr).toContain("tests/unit/word/conformance.test.ts");
  });
});
