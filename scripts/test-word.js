#!/usr/bin/env node
/**
 * `npm run test:word`: runs the adapter's conformance suite (src/word/conformance/) inside Word desktop.
 * It starts office-addin-test-server, serves the test add-in (`webpack serve --env conformance`) over HTTPS on
 * port 3000, sideloads its manifest into a new Word document with office-addin-debugging, waits for the page to
 * post its results, prints them and fails when a case failed or no results came. Windows and macOS only; the
 * same cases run on the fake host in `npx jest tests/unit/word/conformance.test.ts`. Not part of `npm test`.
 */
"use strict";
const fs = require("fs");
const path = require("path");
const { spawn, spawnSync } = require("child_process");

const root = path.resolve(__dirname, "..");
const win = process.platform === "win32";
const PORT = 4201; // the page's TEST_SERVER_PORT (src/word/conformance/word-runner.ts)
const TIMEOUT_S = Number(process.env.VBHC_TEST_WORD_TIMEOUT || 600);

if (!win && process.platform !== "darwin") {
  console.error(
    `npm run test:word needs Word desktop on Windows or macOS; this system (${process.platform}) has no Word, ` +
      "so nothing ran.\nThe same conformance cases run on the fake Word host with: " +
      "npx jest tests/unit/word/conformance.test.ts",
  );
  process.exit(2);
}

const bin = (name) => path.join(root, "node_modules", ".bin", win ? `${name}.cmd` : name);
const run = (cmd, args) => spawnSync(cmd, args, { cwd: root, stdio: "inherit", shell: win });

/** The test add-in's manifest on disk (webpack serve keeps its build in memory; the sideload needs a file). */
function writeManifest() {
  const { conformanceManifest } = require(path.join(root, "webpack.config.js"));
  const file = path.join(root, "build", "conformance-manifest.xml");
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, conformanceManifest(fs.readFileSync(path.join(root, "manifest.xml"), "utf8")));
  return file;
}

function withTimeout(promise, seconds) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no results from Word within ${seconds} s`)), seconds * 1000);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Prints the page's results; true when there were some and every one passed. */
function report(data) {
  const results = Array.isArray(data && data.results) ? data.results : [];
  for (const r of results) console.log(`${r.passed ? "✓" : "✗"} ${r.name}${r.passed ? "" : `\n    ${r.message}`}`);
  const failed = results.filter((r) => !r.passed).length;
  console.log(`\n${results.length - failed} of ${results.length} conformance cases passed in Word.`);
  return results.length > 0 && failed === 0;
}

async function main() {
  const certs = run(bin("office-addin-dev-certs"), ["install"]);
  if (certs.status !== 0) return 1;
  const manifest = writeManifest();
  const { TestServer } = require("office-addin-test-server");
  const server = new TestServer(PORT);
  if (!(await server.startTestServer())) {
    console.error(`Could not start office-addin-test-server on port ${PORT}.`);
    return 1;
  }
  let ok = false;
  try {
    const debugging = spawn(
      bin("office-addin-debugging"),
      [
        "start",
        manifest,
        "desktop",
        "--app",
        "word",
        "--no-debug",
        "--dev-server",
        `"${bin("webpack")}" serve --mode development --env conformance`,
        "--dev-server-port",
        "3000",
      ],
      { cwd: root, stdio: "inherit", shell: win },
    );
    debugging.on("exit", (code) => {
      if (code) console.error(`office-addin-debugging start exited with ${code}.`);
    });
    console.log(`Waiting up to ${TIMEOUT_S} s for Word to run the cases…`);
    ok = report(await withTimeout(server.getTestResults(), TIMEOUT_S));
  } catch (err) {
    console.error(`npm run test:word: ${err.message}`);
  } finally {
    run(bin("office-addin-debugging"), ["stop", manifest]);
    await server.stopTestServer();
  }
  return ok ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
