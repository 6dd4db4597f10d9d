/**
 * A small static file server for dist/ (the playground and the browser tests). Serves only files under
 * the root, with the right MIME types, on 127.0.0.1 by default. Text files go compressed (brotli or gzip,
 * as the browser accepts), compressed once per file version and kept in memory.
 */
"use strict";
const fs = require("fs");
const http = require("http");
const path = require("path");
const zlib = require("zlib");

/** Types worth compressing: text (images and .docx are compressed already). */
const COMPRESSIBLE = /^(text\/|application\/(json|xml|javascript))|\+xml/;

/** The encoding to use for a request's Accept-Encoding: br, then gzip, else none. */
function pickEncoding(accept) {
  const offered = new Map(
    String(accept || "")
      .split(",")
      .map((part) => {
        const [name, ...params] = part.trim().toLowerCase().split(";");
        const q = params.map((p) => /^\s*q=([\d.]+)/.exec(p)).find(Boolean);
        return [name, q ? Number(q[1]) : 1];
      }),
  );
  const ok = (name) => (offered.get(name) ?? offered.get("*") ?? 0) > 0;
  if (ok("br")) return "br";
  if (ok("gzip")) return "gzip";
  return undefined;
}

const compressedCache = new Map();
/** The file's bytes in that encoding, cached by path, size and modification time. */
function compressed(file, stat, encoding) {
  const key = `${encoding}:${file}`;
  const hit = compressedCache.get(key);
  if (hit && hit.mtimeMs === stat.mtimeMs && hit.size === stat.size) return hit.body;
  const raw = fs.readFileSync(file);
  const body =
    encoding === "br"
      ? zlib.brotliCompressSync(raw, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 9 } })
      : zlib.gzipSync(raw, { level: 9 });
  compressedCache.set(key, { mtimeMs: stat.mtimeMs, size: stat.size, body });
  return body;
}

const MIME = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8",
  ".csv": "text/csv; charset=utf-8",
  ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  ".dotx": "application/vnd.openxmlformats-officedocument.wordprocessingml.template",
  ".woff2": "font/woff2",
};

/** Starts serving `root`; resolves with the server and its base URL (port 0 picks a free port). */
function serveDirectory(root, options = {}) {
  const host = options.host || "127.0.0.1";
  const base = path.resolve(root);
  const server = http.createServer((req, res) => {
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(req.url || "/", "http://localhost").pathname);
    } catch {
      res.writeHead(400).end("Bad request");
      return;
    }
    if (pathname.endsWith("/")) pathname += "index.html";
    const file = path.resolve(base, `.${pathname}`);
    if (file !== base && !file.startsWith(base + path.sep)) {
      res.writeHead(403).end("Forbidden");
      return;
    }
    fs.stat(file, (err, stat) => {
      if (err || !stat.isFile()) {
        res.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" }).end("Not found");
        return;
      }
      const type = MIME[path.extname(file).toLowerCase()] || "application/octet-stream";
      const encoding = COMPRESSIBLE.test(type) ? pickEncoding(req.headers["accept-encoding"]) : undefined;
      const headers = { "Content-Type": type, "Cache-Control": "no-store" };
      // Caches must key on Accept-Encoding whenever the body may depend on it.
      if (COMPRESSIBLE.test(type)) headers.Vary = "Accept-Encoding";
      if (encoding) {
        const body = compressed(file, stat, encoding);
        res.writeHead(200, { ...headers, "Content-Encoding": encoding, "Content-Length": body.length });
        res.end(req.method === "HEAD" ? undefined : body);
        return;
      }
      res.writeHead(200, { ...headers, "Content-Length": stat.size });
      if (req.method === "HEAD") res.end();
      else fs.createReadStream(file).pipe(res);
    });
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port || 0, host, () => {
      const address = server.address();
      resolve({ server, url: `http://${host}:${address.port}/` });
    });
  });
}

module.exports = { serveDirectory, MIME, pickEncoding };
