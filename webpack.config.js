/**
 * Builds the add-in into dist/: taskpane.html (the pane, with Office.js from Microsoft's CDN),
 * commands.html (the ribbon's FunctionFile), playground.html (the same pane on the fake Word host,
 * no Office.js), help.html, assets/ and manifest.xml rewritten for the public base URL.
 *
 * VBHC_BASE_URL (default https://localhost:3000/) is the URL dist/ is served from.
 * `--env conformance` builds the test add-in instead, into build/conformance/: conformance.html (the adapter's
 * conformance suite inside Word, see src/word/conformance/word-runner.ts), commands.html and a manifest of its
 * own (conformanceManifest); `npm run test:word` serves and sideloads it.
 * `webpack serve` (development) serves HTTPS on port 3000 with the office-addin-dev-certs certificate,
 * or plain HTTP when VBHC_DEV_HTTP=1 (the playground). The production build never contains the dev server.
 */
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { DefinePlugin } = require("webpack");
const fs = require("fs");
const crypto = require("crypto");
const { buildCatalogAsset } = require("./scripts/catalog-asset");

const DEV_BASE_URL = "https://localhost:3000/";
const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
/** Where a self-hosted copy of Office.js goes inside dist/ (VBHC_OFFICE_JS_DIR). */
const SELF_HOSTED_OFFICE_JS = "office-js/office.js";

/**
 * The Office.js the pages load: Microsoft's CDN by default; with VBHC_OFFICE_JS_DIR (a folder holding
 * office.js and the files beside it, e.g. the dist/ folder of the @microsoft/office-js package or a copy
 * downloaded from the CDN) the build copies it into dist/office-js/ and the pages load it from our own host.
 */
function officeJsSource(dir) {
  if (!dir) return { url: OFFICE_JS_CDN };
  const folder = path.resolve(dir);
  if (!fs.existsSync(path.join(folder, "office.js"))) {
    throw new Error(`VBHC_OFFICE_JS_DIR must be a folder holding office.js, got "${dir}"`);
  }
  return { url: SELF_HOSTED_OFFICE_JS, folder };
}

/** Every file under a folder, as paths relative to it. */
function filesUnder(folder, prefix = "") {
  const out = [];
  for (const e of fs.readdirSync(path.join(folder, prefix), { withFileTypes: true })) {
    const rel = path.posix.join(prefix, e.name);
    if (e.isDirectory()) out.push(...filesUnder(folder, rel));
    else if (e.isFile()) out.push(rel);
  }
  return out;
}

/** Validates the public base URL: absolute HTTPS (or HTTP on localhost), always ending in "/". */
function resolveBaseUrl(raw) {
  const value = (raw || DEV_BASE_URL).trim();
  let url;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`VBHC_BASE_URL is not a URL: "${value}"`);
  }
  const local = ["localhost", "127.0.0.1"].includes(url.hostname);
  if (url.protocol !== "https:" && !(url.protocol === "http:" && local)) {
    throw new Error(`VBHC_BASE_URL must use https:// (http:// only for localhost), got "${value}"`);
  }
  if (url.search || url.hash) throw new Error(`VBHC_BASE_URL must not have a query or fragment: "${value}"`);
  return url.href.endsWith("/") ? url.href : `${url.href}/`;
}

/**
 * Emits assets/*, templates/*.dotx and manifest.xml (base URL rewritten) into dist/.
 * A few lines of our own rather than a copy plugin: the manifest needs its base URL rewritten anyway.
 */
/** The test add-in's identity, so it never replaces the real add-in's registration. */
const CONFORMANCE_ID = "5b0f7a2e-3c1d-4e8a-9f60-7d2c4b1e9a35";

/** The manifest of the test add-in: its own id and name, and its page where the pane's page was. */
function conformanceManifest(text) {
  return text
    .replace(/<Id>[^<]*<\/Id>/, `<Id>${CONFORMANCE_ID}</Id>`)
    .replace(/(<DisplayName DefaultValue=")[^"]*"/, '$1VBHC conformance"')
    .split("/taskpane.html")
    .join("/conformance.html");
}

function staticFiles(baseUrl, officeJs, mode, conformance, catalogAsset) {
  const files = () => {
    const out = [];
    if (officeJs.folder) {
      for (const rel of filesUnder(officeJs.folder))
        out.push([path.join(officeJs.folder, rel), `${path.posix.dirname(SELF_HOSTED_OFFICE_JS)}/${rel}`]);
    }
    for (const name of fs.readdirSync(path.resolve(__dirname, "assets")))
      out.push([`assets/${name}`, `assets/${name}`]);
    const templates = path.resolve(__dirname, "templates");
    if (fs.existsSync(templates)) {
      for (const name of fs.readdirSync(templates))
        if (name.endsWith(".dotx")) out.push([`templates/${name}`, `templates/${name}`]);
    }
    return out;
  };
  return {
    apply(compiler) {
      const { sources, Compilation } = compiler.webpack;
      compiler.hooks.thisCompilation.tap("VbhcStaticFiles", (compilation) => {
        compilation.hooks.processAssets.tap(
          { name: "VbhcStaticFiles", stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
          () => {
            for (const [from, to] of files()) {
              const file = path.resolve(__dirname, from);
              compilation.fileDependencies.add(file);
              compilation.emitAsset(to, new sources.RawSource(fs.readFileSync(file)));
            }
            const manifest = path.resolve(__dirname, "manifest.xml");
            compilation.fileDependencies.add(manifest);
            const text = fs.readFileSync(manifest, "utf8").split(DEV_BASE_URL).join(baseUrl);
            compilation.emitAsset(
              "manifest.xml",
              new sources.RawSource(conformance ? conformanceManifest(text) : text),
            );
            // The catalogs and their prebuilt indexes, fetched by the pane on first need.
            for (const file of catalogAsset.sources) compilation.fileDependencies.add(file);
            compilation.emitAsset(catalogAsset.name, new sources.RawSource(catalogAsset.text));
            // Which build this is, so `npm run playground` can tell a development dist/ from a production one.
            compilation.emitAsset("build.json", new sources.RawSource(JSON.stringify({ mode })));
          },
        );
      });
    },
  };
}

/**
 * The Content-Security-Policy of one page. Scripts: our own files, the hashes of the page's inline scripts,
 * and the Office.js host when the page loads Office.js from it (Office.js loads its other files from the
 * same folder). No eval anywhere. Styles may be inline: Fluent UI writes its styles at run time, and so does
 * Office.js on the web. connect-src allows any HTTPS address because the organisation's catalog URL is
 * the user's to set (the pane refuses anything else); plain http:// beyond loopback is refused by the policy too.
 */
function contentSecurityPolicy(html) {
  const scripts = ["'self'"];
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    const src = /\bsrc=["']?([^"' >]+)/.exec(m[1]);
    if (src) {
      const url = new URL(src[1], "https://vbhc.invalid/");
      if (url.origin !== "https://vbhc.invalid") scripts.push(url.origin);
    } else if (m[2].trim()) {
      scripts.push(`'sha256-${crypto.createHash("sha256").update(m[2], "utf8").digest("base64")}'`);
    }
  }
  return [
    "default-src 'self'",
    `script-src ${[...new Set(scripts)].join(" ")}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    // http:// only on this machine's loopback, as isAllowedCatalogUrl allows for trying a catalog out.
    "connect-src 'self' https: http://localhost:* http://127.0.0.1:*",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join("; ");
}

/** Puts the page's policy in a meta tag right after its charset (a meta policy applies from where it appears). */
function withContentSecurityPolicy(html) {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(html)}">`;
  const at = html.search(/<meta charset=[^>]*>/i);
  if (at < 0) throw new Error("A page without <meta charset> cannot carry the Content-Security-Policy");
  const end = html.indexOf(">", at) + 1;
  return html.slice(0, end) + meta + html.slice(end);
}

async function devServerOptions() {
  const port = Number(process.env.PORT || 3000);
  if (process.env.VBHC_DEV_HTTP === "1") return { port, host: "127.0.0.1", server: "http" };
  // Required lazily: only `webpack serve` needs certificates.
  const devCerts = require("office-addin-dev-certs");
  const options = await devCerts.getHttpsServerOptions();
  return { port, server: { type: "https", options }, headers: { "Access-Control-Allow-Origin": "*" } };
}

module.exports = async (env, argv) => {
  const mode = argv.mode === "development" ? "development" : "production";
  const conformance = Boolean(env && env.conformance);
  const baseUrl = resolveBaseUrl(process.env.VBHC_BASE_URL);
  const officeJs = officeJsSource(process.env.VBHC_OFFICE_JS_DIR);
  const serving = Boolean(process.env.WEBPACK_SERVE);
  const catalogAsset = buildCatalogAsset();
  const html = (filename, template, chunks) => new HtmlWebpackPlugin({ filename, template, chunks, inject: "body" });

  return {
    mode,
    // No eval-based source maps, even in development: the pages' Content-Security-Policy forbids eval.
    devtool: mode === "development" ? "cheap-module-source-map" : "source-map",
    entry: conformance
      ? { conformance: "./src/word/conformance/word-runner.ts", commands: "./src/taskpane/commands.ts" }
      : {
          taskpane: "./src/taskpane/index.tsx",
          commands: "./src/taskpane/commands.ts",
          playground: "./src/playground/index.tsx",
        },
    output: {
      path: path.resolve(__dirname, conformance ? "build/conformance" : "dist"),
      filename: "[name].[contenthash:8].js",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js", ".mjs"],
      // Core needs no Node built-ins; jszip's browser build asks for these and works without them.
      fallback: { stream: false, buffer: false, fs: false, path: false, crypto: false },
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              configFile: path.resolve(__dirname, "tsconfig.json"),
              transpileOnly: true,
              compilerOptions: { module: "esnext", sourceMap: true },
            },
          },
        },
      ],
    },
    optimization: {
      // One shared vendor chunk for what the pane and the playground need to start; libraries only the lazily
      // loaded tabs use (search index, CSV, schema) stay in their async chunks.
      splitChunks: {
        chunks: "all",
        cacheGroups: { vendor: { test: /node_modules/, name: "vendor", chunks: "initial", priority: 10 } },
      },
    },
    performance: { hints: mode === "production" ? "warning" : false, maxAssetSize: 1.5e6, maxEntrypointSize: 2e6 },
    plugins: [
      ...(conformance
        ? [
            html("conformance.html", "./src/word/conformance/conformance.html", ["conformance"]),
            html("commands.html", "./src/taskpane/commands.html", ["commands"]),
          ]
        : [
            html("taskpane.html", "./src/taskpane/taskpane.html", ["taskpane"]),
            html("commands.html", "./src/taskpane/commands.html", ["commands"]),
            html("playground.html", "./src/playground/playground.html", ["playground"]),
          ]),
      new HtmlWebpackPlugin({ filename: "help.html", template: "./src/taskpane/help.html", chunks: [], inject: false }),
      staticFiles(baseUrl, officeJs, mode, conformance, catalogAsset),
      // The catalog file's name, so the pane fetches it instead of bundling the catalogs.
      new DefinePlugin({ "process.env.VBHC_CATALOG_ASSET": JSON.stringify(catalogAsset.name) }),
      {
        // The CDN URL reaches the HTML templates through a global define-like replacement; then every page
        // gets its Content-Security-Policy, computed from the final HTML (hashes of its inline scripts), so
        // this runs after html-webpack-plugin has minified the pages.
        apply(compiler) {
          const { sources, Compilation } = compiler.webpack;
          compiler.hooks.thisCompilation.tap("VbhcPages", (compilation) => {
            compilation.hooks.processAssets.tap(
              { name: "VbhcPages", stage: Compilation.PROCESS_ASSETS_STAGE_SUMMARIZE },
              (assets) => {
                for (const name of Object.keys(assets).filter((n) => n.endsWith(".html"))) {
                  const html = String(assets[name].source()).split("%OFFICE_JS%").join(officeJs.url);
                  compilation.updateAsset(name, new sources.RawSource(withContentSecurityPolicy(html)));
                }
              },
            );
          });
        },
      },
    ],
    ...(serving && mode === "development" ? { devServer: await devServerOptions() } : {}),
  };
};

module.exports.resolveBaseUrl = resolveBaseUrl;
module.exports.contentSecurityPolicy = contentSecurityPolicy;
module.exports.withContentSecurityPolicy = withContentSecurityPolicy;
module.exports.officeJsSource = officeJsSource;
module.exports.conformanceManifest = conformanceManifest;
