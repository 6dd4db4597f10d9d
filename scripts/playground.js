#!/usr/bin/env node
/**
 * `npm run playground`: builds dist/ in development mode when it has no playground yet (or with --build),
 * then serves it on http://127.0.0.1:PORT/playground.html (PORT defaults to 3000).
 */
"use strict";
const fs = require("fs");
const path = require("path");
const { spawnSync } = require("child_process");
const { serveDirectory } = require("./static-server");

const root = path.resolve(__dirname, "..");
const dist = path.join(root, "dist");

function build() {
  console.log("Building the add-in in development mode (webpack)…");
  const webpack = path.join(root, "node_modules", ".bin", process.platform === "win32" ? "webpack.cmd" : "webpack");
  const res = spawnSync(webpack, ["--mode", "development"], {
    cwd: root,
    stdio: "inherit",
    shell: process.platform === "win32",
  });
  if (res.status !== 0) process.exit(res.status || 1);
}

async function main() {
  if (process.argv.includes("--build") || !fs.existsSync(path.join(dist, "playground.html"))) build();
  const port = Number(process.env.PORT || 3000);
  const { url } = await serveDirectory(dist, { host: "127.0.0.1", port });
  console.log(`VBHC playground (the real task pane on a fake Word host): ${url}playground.html  (Ctrl+C to stop)`);
}

main().catch((err) => {
  console.error(err.code === "EADDRINUSE" ? `Port ${process.env.PORT || 3000} is in use; set PORT=…` : err);
  process.exit(1);
});
