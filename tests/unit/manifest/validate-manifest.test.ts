import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { checkManifest, pngSize } from "../../../scripts/validate-manifest";

const root = path.resolve(__dirname, "../../..");
const manifest = fs.readFileSync(path.join(root, "manifest.xml"), "utf8");
const options = { baseDir: root, baseUrl: "https://localhost:3000/" };

/** Replaces exactly one occurrence, so a broken copy differs from the original in one known way. */
function breakOnce(find: string | RegExp, replacement: string): string {
  const out = manifest.replace(find, replacement);
  expect(out).not.toBe(manifest);
  return out;
}

describe("the structural manifest check", () => {
  test("accepts the project's manifest", () => {
    expect(checkManifest(manifest, options)).toEqual([]);
  });

  test("the committed icons are PNGs of their declared size", () => {
    for (const size of [16, 32, 64, 80]) {
      expect(pngSize(fs.readFileSync(path.join(root, "assets", `icon-${size}.png`)))).toEqual({
        width: size,
        height: size,
      });
    }
  });

  const broken: Array<[string, () => string, RegExp]> = [
    ["malformed XML", () => manifest.replace("</OfficeApp>", ""), /not well-formed/],
    ["an Id that is not a GUID", () => breakOnce(/<Id>[^<]+<\/Id>/, "<Id>vbhc-addin</Id>"), /GUID/],
    ["a bad version", () => breakOnce("<Version>1.0.0.0</Version>", "<Version>1.0.beta</Version>"), /Version/],
    [
      "elements out of order",
      () => {
        const provider = /\s*<ProviderName>VBHC<\/ProviderName>/;
        return breakOnce(provider, "").replace("<Permissions>", "<ProviderName>VBHC</ProviderName><Permissions>");
      },
      /out of order/,
    ],
    [
      "a missing required element",
      () => breakOnce(/\s*<Permissions>[^<]*<\/Permissions>/, ""),
      /Missing required element <Permissions>/,
    ],
    ["a weaker permission", () => breakOnce(">ReadWriteDocument<", ">ReadDocument<"), /ReadWriteDocument/],
    ["a raised requirement floor", () => breakOnce('MinVersion="1.3"/>', 'MinVersion="1.4"/>'), /WordApi 1.3/],
    [
      "no WordApi requirement",
      () => breakOnce(/<Set Name="WordApi"[^>]*\/>/, '<Set Name="DialogApi" MinVersion="1.1"/>'),
      /WordApi/,
    ],
    [
      "a plain-HTTP public URL",
      () => breakOnce('https://localhost:3000/help.html"/>', 'http://example.com/help.html"/>'),
      /HTTPS/,
    ],
    ["an icon of the wrong size", () => breakOnce("assets/icon-64.png", "assets/icon-80.png"), /expected 64x64/],
    [
      "a missing icon file",
      () => breakOnce('assets/icon-32.png"/>\n  <High', 'assets/icon-33.png"/>\n  <High'),
      /does not exist/,
    ],
    [
      "a resid with no resource",
      () => breakOnce('<Label resid="VBHC.Group.Label"/>', '<Label resid="VBHC.Group.Missing"/>'),
      /VBHC.Group.Missing/,
    ],
    [
      "a resource id defined twice",
      () => breakOnce('<bt:String id="VBHC.Group.Label"', '<bt:String id="VBHC.OpenPane.Label"'),
      /defined twice/,
    ],
    [
      "a button that does not open the pane",
      () => breakOnce('xsi:type="ShowTaskpane"', 'xsi:type="ExecuteFunction"'),
      /ShowTaskpane/,
    ],
    [
      "a group not on the Home tab",
      () => breakOnce('<OfficeTab id="TabHome">', '<OfficeTab id="TabInsert">'),
      /TabHome/,
    ],
    ["a wrong host", () => breakOnce('<Host Name="Document"/>', '<Host Name="Workbook"/>'), /Document/],
  ];

  test.each(broken)("rejects %s", (_name, make, expected) => {
    const errors = checkManifest(make(), options);
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.join("\n")).toMatch(expected);
  });

  test("requires every URL to be under the configured base URL (the built manifest)", () => {
    const errors = checkManifest(manifest, { ...options, baseUrl: "https://addins.example.vn/vbhc/" });
    expect(errors.some((e) => e.includes("https://addins.example.vn/vbhc/"))).toBe(true);
  });

  test("finds icons under a base URL with a path, as in a production dist/", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "vbhc-manifest-"));
    fs.mkdirSync(path.join(dir, "assets"));
    for (const size of [16, 32, 64, 80]) {
      fs.copyFileSync(path.join(root, "assets", `icon-${size}.png`), path.join(dir, "assets", `icon-${size}.png`));
    }
    const base = "https://addins.example.vn/vbhc/";
    const built = manifest.split("https://localhost:3000/").join(base);
    expect(checkManifest(built, { baseDir: dir, baseUrl: base })).toEqual([]);
    fs.rmSync(path.join(dir, "assets", "icon-16.png"));
    expect(checkManifest(built, { baseDir: dir, baseUrl: base }).join("\n")).toMatch(/icon-16.png does not exist/);
  });
});
