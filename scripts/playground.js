#!/usr/bin/env node
/**
 * `npm run playground` (and `npm start` on Linux): builds dist/ in production mode when it is missing, older than
 * the sources or a development build (or with --build), then serves it compressed on
 * http://127.0.0.1:PORT/playground.html (PORT defaults to 3000). --dev builds in development mode instead.
 */
"use strict";
const fs = require("fs");
const path = require("path");
const { spawnSync } = require("child_process");
const { serveDirectory } = require("./static-server");

const root = path.resolve(__dirname, "..");
const dist = path.join(root, "dist");

const mode = process.argv.includes("--dev") ? "development" : "production";

function build() {
  console.log(`Building the add-in in ${mode} mode (webpack)…`);
  const webpack = path.join(root, "node_modules", ".bin", process.platform === "win32" ? "webpack.cmd" : "webpack");
  const res = spawnSync(webpack, ["--mode", mode], {
    cwd: root,
    stdio: "inherit",
    shell: process.platform === "win32",
  });
  if (res.status !== 0) process.exit(res.status || 1);
}

/** Newest modification time under a directory (the sources), to tell whether dist/ is stale. */
function newestMtime(dir) {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(p) : fs.statSync(p).mtimeMs);
  }
  return newest;
}

function distIsStale() {
  const page = path.join(dist, "playground.html");
  if (!fs.existsSync(page)) return true;
  try {
    if (JSON.parse(fs.readFileSync(path.join(dist, "build.json"), "utf8")).mode !== mode) return true;
  } catch {
    return true;
  }
  const built = fs.statSync(page).mtimeMs;
  return ["src", "assets", "templates", "data"].some((d) => {
    const dir = path.join(root, d);
    return fs.existsSync(dir) && newestMtime(dir) > built;
  });
}

async function main() {
  if (process.argv.includes("--build") || distIsStale()) build();
  const port = Number(process.env.PORT || 3000);
  const { url } = await serveDirectory(dist, { host: "127.0.0.1", port });
  console.log(`VBHC playground (the real task pane on a fake Word host): ${url}playground.html  (Ctrl+C to stop)`);
}

main().catch((err) => {
  console.error(err.code === "EADDRINUSE" ? `Port ${process.env.PORT || 3000} is in use; set PORT=…` : err);
  process.exit(1);
});
