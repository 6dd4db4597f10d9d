/** The pages' Content-Security-Policy as the build computes it, and where the pages get Office.js from. */
import { createHash } from "crypto";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

const config = jest.requireActual<{
  contentSecurityPolicy: (html: string) => string;
  withContentSecurityPolicy: (html: string) => string;
  officeJsSource: (dir?: string) => { url: string; folder?: string };
}>("../../../webpack.config.js");

const INLINE = "(function () { window.x = 1; })();";
const page = (officeJs: string) =>
  `<!doctype html><html><head><meta charset="UTF-8"><script src="${officeJs}"></script></head>` +
  `<body><script>${INLINE}</script><script defer src="taskpane.js"></script></body></html>`;
const scriptSrc = (policy: string) => /script-src ([^;]+)/.exec(policy)?.[1].split(" ") ?? [];
const hash = `'sha256-${createHash("sha256").update(INLINE).digest("base64")}'`;

describe("the Content-Security-Policy of a page", () => {
  test("allows our scripts, Microsoft's Office.js host and the page's own inline script, and nothing else", () => {
    const policy = config.contentSecurityPolicy(page("https://appsforoffice.microsoft.com/lib/1/hosted/office.js"));
    expect(scriptSrc(policy)).toEqual(["'self'", "https://appsforoffice.microsoft.com", hash]);
    expect(policy).not.toMatch(/unsafe-eval/);
    expect(policy).toContain("object-src 'none'");
    expect(policy).toMatch(/connect-src 'self' https:/);
  });

  test("with Office.js on our own host, names no other script host", () => {
    expect(scriptSrc(config.contentSecurityPolicy(page("office-js/office.js")))).toEqual(["'self'", hash]);
  });

  test("goes in a meta tag right after the charset, and a page without one is refused", () => {
    const html = config.withContentSecurityPolicy(page("office-js/office.js"));
    expect(html).toMatch(
      /^<!doctype html><html><head><meta charset="UTF-8"><meta http-equiv="Content-Security-Policy"/,
    );
    expect(() => config.withContentSecurityPolicy("<html><head></head></html>")).toThrow(/charset/);
  });
});

describe("VBHC_OFFICE_JS_DIR", () => {
  test("unset: the pages load Office.js from Microsoft's CDN", () => {
    expect(config.officeJsSource(undefined)).toEqual({
      url: "https://appsforoffice.microsoft.com/lib/1/hosted/office.js",
    });
  });

  test("a folder with office.js is served from dist/office-js/; a folder without it is refused", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "vbhc-officejs-"));
    try {
      expect(() => config.officeJsSource(dir)).toThrow(/must be a folder holding office\.js/);
      fs.writeFileSync(path.join(dir, "office.js"), "// a copy of Office.js");
      expect(config.officeJsSource(dir)).toEqual({ url: "office-js/office.js", folder: path.resolve(dir) });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
