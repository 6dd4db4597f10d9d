/**
 * The catalog file the pane fetches on first need: the national catalog, the codification layer and their
 * prebuilt search indexes, as one JSON text named by its content hash (catalog/catalog.<hash>.json).
 * Built by webpack.config.js with the project's own catalog and index code.
 */
"use strict";
const crypto = require("crypto");
const fs = require("fs");
const path = require("path");

const ROOT = path.resolve(__dirname, "..");
const SOURCES = ["data/national-catalog.json", "data/codified-catalog.json"];

function buildCatalogAsset() {
  // The index code is TypeScript; tsx loads it here as it does for the other build scripts.
  const { require: tsRequire } = require("tsx/cjs/api");
  const { loadCatalog } = tsRequire("../src/core/citations/catalog.ts", __filename);
  const { buildCatalogIndex } = tsRequire("../src/core/citations/search.ts", __filename);
  const read = (rel) => {
    const file = path.join(ROOT, rel);
    return fs.existsSync(file) ? loadCatalog(JSON.parse(fs.readFileSync(file, "utf8"))).entries : [];
  };
  const [national, codified] = SOURCES.map(read);
  const text = JSON.stringify({
    national,
    codified,
    indexes: { national: buildCatalogIndex(national), codified: buildCatalogIndex(codified) },
  });
  const hash = crypto.createHash("sha256").update(text).digest("hex").slice(0, 8);
  return { name: `catalog/catalog.${hash}.json`, text, sources: SOURCES.map((rel) => path.join(ROOT, rel)) };
}

module.exports = { buildCatalogAsset };
