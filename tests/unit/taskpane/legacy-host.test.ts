/**
 * @jest-environment jsdom
 */
import * as fs from "fs";
import * as path from "path";

const html = fs.readFileSync(path.resolve(__dirname, "../../../src/taskpane/taskpane.html"), "utf8");
const inline = [...html.matchAll(/<script type="text\/javascript">([\s\S]*?)<\/script>/g)].map((m) => m[1]);

function runInlineScript(userAgent: string): void {
  const root = document.createElement("div");
  root.id = "root";
  document.body.replaceChildren(root);
  delete (window as { __vbhcLegacyHost?: boolean }).__vbhcLegacyHost;
  Object.defineProperty(window.navigator, "userAgent", { value: userAgent, configurable: true });
  // eslint-disable-next-line no-new-func -- runs the page's own inline script, as the browser would
  new Function(inline[0])();
}

describe("the legacy-host guard in taskpane.html", () => {
  test("is one inline script written in ES5 only", () => {
    expect(inline).toHaveLength(1);
    const code = inline[0].replace(/\/\/.*$/gm, "").replace(/"(?:[^"\\]|\\.)*"/g, '""');
    expect(code).not.toMatch(/=>|`|\b(let|const|class)\b|\.\.\./);
  });

  test("loads Office.js from Microsoft's CDN placeholder and no other external script", () => {
    const external = [...html.matchAll(/<script[^>]*src="([^"]+)"/g)].map((m) => m[1]);
    expect(external).toEqual(["%OFFICE_JS%"]);
  });

  test("shows the Vietnamese message in Internet Explorer 11 (Trident)", () => {
    runInlineScript("Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; rv:11.0) like Gecko");
    const text = document.getElementById("root")?.textContent ?? "";
    expect(text).toContain("Phiên bản Word này không chạy được ngăn Văn bản hành chính");
    expect(text).toContain("Word 2016");
    expect(text).toContain(".dotx");
    expect((window as { __vbhcLegacyHost?: boolean }).__vbhcLegacyHost).toBe(true);
  });

  test("shows it in legacy EdgeHTML too", () => {
    runInlineScript(
      "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/70.0 Safari/537.36 Edge/18.19045",
    );
    expect(document.getElementById("root")?.textContent).toContain(".dotx");
  });

  test("leaves a modern web view alone so React can mount", () => {
    (window as unknown as { fetch: unknown }).fetch = () => undefined;
    runInlineScript(
      "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/120.0 Safari/537.36 Edg/120.0",
    );
    expect(document.getElementById("root")?.textContent).toBe("");
    expect((window as { __vbhcLegacyHost?: boolean }).__vbhcLegacyHost).toBeUndefined();
  });
});
