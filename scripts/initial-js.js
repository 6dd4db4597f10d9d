/**
 * The JavaScript a page loads before it can render: the local <script src> of a built HTML page in dist/,
 * each with its size raw and gzipped (what the static server sends). Used by `npm run bench` and by a
 * build-output test that holds the task pane to its budget.
 */
"use strict";
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

/** Local scripts of the page, in document order (external ones, like Office.js from the CDN, are left out). */
function initialScripts(distDir, page) {
  const html = fs.readFileSync(path.join(distDir, page), "utf8");
  return [...html.matchAll(/<script[^>]*\bsrc=["']?([^"'\s>]+)/g)]
    .map((m) => m[1])
    .filter((src) => !/^[a-z]+:/i.test(src) && !src.startsWith("//"))
    .map((src) => {
      const buf = fs.readFileSync(path.join(distDir, src.replace(/^\.?\//, "")));
      return { file: src, bytes: buf.length, gzip: zlib.gzipSync(buf, { level: 9 }).length };
    });
}

/** Total gzipped bytes of a page's initial scripts. */
function initialGzipBytes(distDir, page) {
  return initialScripts(distDir, page).reduce((n, s) => n + s.gzip, 0);
}

module.exports = { initialScripts, initialGzipBytes };

if (require.main === module) {
  const dist = path.resolve(__dirname, "..", "dist");
  for (const page of process.argv.slice(2).length ? process.argv.slice(2) : ["taskpane.html"]) {
    const scripts = initialScripts(dist, page);
    for (const s of scripts) console.log(`${page}  ${s.file}  ${s.bytes} B  ${s.gzip} B gzip`);
    console.log(`${page}  total ${(scripts.reduce((n, s) => n + s.gzip, 0) / 1024).toFixed(1)} KB gzip`);
  }
}
