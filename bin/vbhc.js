#!/usr/bin/env node
// The published entry: runs the compiled CLI (npm run build:cli writes build/cli).
require("../build/cli/cli/main.js")
  .main(process.argv)
  .then(
    (code) => process.exit(code),
    (err) => {
      process.stderr.write(`vbhc: ${err && err.message ? err.message : String(err)}\n`);
      process.exit(2);
    },
  );
