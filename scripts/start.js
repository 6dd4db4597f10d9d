#!/usr/bin/env node
/**
 * `npm start`: where Word desktop can be driven (Windows, macOS) it installs the development certificate,
 * serves the add-in over HTTPS on port 3000 and sideloads manifest.xml into Word; on Linux, or with
 * --playground, it runs the playground instead (the task pane on a fake Word host in the browser).
 */
"use strict";
const fs = require("fs");
const os = require("os");
const path = require("path");
const { spawn, spawnSync } = require("child_process");

const root = path.resolve(__dirname, "..");
const win = process.platform === "win32";
const bin = (name) => path.join(root, "node_modules", ".bin", win ? `${name}.cmd` : name);
const run = (cmd, args) => spawnSync(cmd, args, { cwd: root, stdio: "inherit", shell: win });

const desktop = (win || process.platform === "darwin") && !process.argv.includes("--playground");

/** office-addin-debugging cannot load when ajv 8 is missing (legacy-peer-deps); then we sideload ourselves. */
function debuggingToolLoads() {
  const res = spawnSync(bin("office-addin-debugging"), ["--version"], { cwd: root, encoding: "utf8", shell: win });
  return res.status === 0 && !/Cannot find module/.test(`${res.stdout}${res.stderr}`);
}

/** Registers the manifest the way Word looks for developer add-ins, then opens Word. */
function sideloadByHand() {
  const manifest = path.join(root, "manifest.xml");
  const id = /<Id>([^<]+)<\/Id>/.exec(fs.readFileSync(manifest, "utf8"))[1];
  if (win) {
    const key = "HKCU\\Software\\Microsoft\\Office\\16.0\\WEF\\Developer";
    run("reg", ["add", key, "/v", id, "/t", "REG_SZ", "/d", manifest, "/f"]);
    run("cmd", ["/c", "start", "", "winword"]);
  } else {
    const wef = path.join(os.homedir(), "Library/Containers/com.microsoft.Word/Data/Documents/wef");
    fs.mkdirSync(wef, { recursive: true });
    fs.copyFileSync(manifest, path.join(wef, `${id}.manifest.xml`));
    run("open", ["-a", "Microsoft Word"]);
  }
}

if (!desktop) {
  console.log("npm start: no Word desktop on this system (or --playground): serving the playground.");
  const child = spawn(process.execPath, [path.join(__dirname, "playground.js"), ...process.argv.slice(2)], {
    cwd: root,
    stdio: "inherit",
  });
  child.on("exit", (code) => process.exit(code ?? 0));
} else {
  console.log("npm start: installing the dev certificate, serving https://localhost:3000/ and sideloading into Word.");
  const certs = run(bin("office-addin-dev-certs"), ["install"]);
  if (certs.status !== 0) process.exit(certs.status || 1);
  if (debuggingToolLoads()) {
    const res = run(bin("office-addin-debugging"), [
      "start",
      "manifest.xml",
      "desktop",
      "--app",
      "word",
      "--dev-server",
      `"${bin("webpack")}" serve --mode development`,
      "--dev-server-port",
      "3000",
    ]);
    process.exit(res.status ?? 0);
  } else {
    // Serve in the foreground; Word loads the pane from it once the manifest is registered.
    const server = spawn(bin("webpack"), ["serve", "--mode", "development"], {
      cwd: root,
      stdio: "inherit",
      shell: win,
    });
    setTimeout(sideloadByHand, 15000);
    server.on("exit", (code) => process.exit(code ?? 0));
  }
}
