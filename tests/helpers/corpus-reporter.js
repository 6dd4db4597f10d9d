/**
 * A jest reporter that says, after the summary, how many corpus tests did not run because the `shared` folder
 * with the real documents is not beside the project (a bare clone). Every test under tests/corpus/ reads that
 * folder, so when it is missing each skipped test there is counted, however it skips itself (a describe marked
 * with the title prefix of tests/corpus/seeds.ts, or an `it.skip` chosen when no document is found).
 */
const fs = require("fs");
const path = require("path");

const SHARED_SEEDS = path.resolve(__dirname, "../../../shared/seeds");
const CORPUS_TESTS = path.resolve(__dirname, "../corpus") + path.sep;

class CorpusReporter {
  onRunComplete(_contexts, results) {
    if (fs.existsSync(SHARED_SEEDS)) return;
    let tests = 0;
    const files = new Set();
    for (const file of results.testResults) {
      if (!file.testFilePath.startsWith(CORPUS_TESTS)) continue;
      for (const t of file.testResults) {
        if (t.status === "pending" || t.status === "skipped") {
          tests++;
          files.add(file.testFilePath);
        }
      }
    }
    if (tests === 0) return;
    process.stderr.write(
      `\ncorpus: ${tests} tests in ${files.size} files did not run: the real documents are not here ` +
        `(a folder named "shared" beside the project, with seeds/, corpus/ and data/). CI has it; see DEVELOPERS.md.\n`,
    );
  }
}

module.exports = CorpusReporter;
