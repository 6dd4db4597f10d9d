#!/usr/bin/env node
/**
 * `npm start`: where Word desktop can be driven (Windows, macOS) it installs the development certificate,
 * serves the add-in over HTTPS on port 3000 and sideloads manifest.xml into Word; on Linux, or with
 * --playground, it runs the playground instead (the task pane on a fake Word host in the browser).
 */
"use strict";
const path = require("path");
const { spawn, spawnSync } = require("child_process");

const root = path.resolve(__dirname, "..");
const bin = (name) => path.join(root, "node_modules", ".bin", process.platform === "win32" ? `${name}.cmd` : name);
const run = (cmd, args) => spawnSync(cmd, args, { cwd: root, stdio: "inherit", shell: process.platform === "win32" });

const desktop =
  (process.platform === "win32" || process.platform === "darwin") && !process.argv.includes("--playground");

if (!desktop) {
  console.log("npm start: no Word desktop on this system (or --playground): serving the playground.");
  const child = spawn(process.execPath, [path.join(__dirname, "playground.js"), ...process.argv.slice(2)], {
    cwd: root,
    stdio: "inherit",
  });
  child.on("exit", (code) => process.exit(code ?? 0));
} else {
  console.log(
    "npm start: installing the dev certificate, serving https://localhost:3000/ and sideloading into Word desktop.",
  );
  const certs = run(bin("office-addin-dev-certs"), ["install"]);
  if (certs.status !== 0) process.exit(certs.status || 1);
  const devServer = `"${bin("webpack")}" serve --mode development`;
  const res = run(bin("office-addin-debugging"), [
    "start",
    "manifest.xml",
    "desktop",
    "--app",
    "word",
    "--dev-server",
    devServer,
    "--dev-server-port",
    "3000",
  ]);
  process.exit(res.status ?? 0);
}
