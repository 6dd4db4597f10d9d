/**
 * Builds the add-in into dist/: taskpane.html (the pane, with Office.js from Microsoft's CDN),
 * commands.html (the ribbon's FunctionFile), playground.html (the same pane on the fake Word host,
 * no Office.js), help.html, assets/ and manifest.xml rewritten for the public base URL.
 *
 * VBHC_BASE_URL (default https://localhost:3000/) is the URL dist/ is served from.
 * `webpack serve` (development) serves HTTPS on port 3000 with the office-addin-dev-certs certificate,
 * or plain HTTP when VBHC_DEV_HTTP=1 (the playground). The production build never contains the dev server.
 */
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const fs = require("fs");

const DEV_BASE_URL = "https://localhost:3000/";
const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

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
function staticFiles(baseUrl, mode) {
  const files = () => {
    const out = [];
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
            compilation.emitAsset("manifest.xml", new sources.RawSource(text));
            // Which build this is, so `npm run playground` can tell a development dist/ from a production one.
            compilation.emitAsset("build.json", new sources.RawSource(JSON.stringify({ mode })));
          },
        );
      });
    },
  };
}

async function devServerOptions() {
  const port = Number(process.env.PORT || 3000);
  if (process.env.VBHC_DEV_HTTP === "1") return { port, host: "127.0.0.1", server: "http" };
  // Required lazily: only `webpack serve` needs certificates.
  const devCerts = require("office-addin-dev-certs");
  const options = await devCerts.getHttpsServerOptions();
  return { port, server: { type: "https", options }, headers: { "Access-Control-Allow-Origin": "*" } };
}

module.exports = async (_env, argv) => {
  const mode = argv.mode === "development" ? "development" : "production";
  const baseUrl = resolveBaseUrl(process.env.VBHC_BASE_URL);
  const serving = Boolean(process.env.WEBPACK_SERVE);
  const html = (filename, template, chunks) => new HtmlWebpackPlugin({ filename, template, chunks, inject: "body" });

  return {
    mode,
    devtool: mode === "development" ? "eval-source-map" : "source-map",
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/taskpane/commands.ts",
      playground: "./src/playground/index.tsx",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
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
      html("taskpane.html", "./src/taskpane/taskpane.html", ["taskpane"]),
      html("commands.html", "./src/taskpane/commands.html", ["commands"]),
      html("playground.html", "./src/playground/playground.html", ["playground"]),
      new HtmlWebpackPlugin({ filename: "help.html", template: "./src/taskpane/help.html", chunks: [], inject: false }),
      staticFiles(baseUrl, mode),
      {
        // The CDN URL reaches the HTML templates through a global define-like replacement.
        apply(compiler) {
          compiler.hooks.compilation.tap("VbhcOfficeJs", (compilation) => {
            HtmlWebpackPlugin.getHooks(compilation).beforeEmit.tap("VbhcOfficeJs", (data) => {
              data.html = data.html.split("%OFFICE_JS%").join(OFFICE_JS);
              return data;
            });
          });
        },
      },
    ],
    ...(serving && mode === "development" ? { devServer: await devServerOptions() } : {}),
  };
};

module.exports.resolveBaseUrl = resolveBaseUrl;
