/**
 * A jest reporter that says, after the summary, how many corpus tests did not run because the `shared` folder
 * with the real documents is not beside the project (a bare clone). The corpus tests mark themselves with the
 * title prefix below (tests/corpus/seeds.ts), so only tests skipped for that reason are counted.
 */
const SKIP_MARKER = "[needs ../shared]";

class CorpusReporter {
  onRunComplete(_contexts, results) {
    let tests = 0;
    const files = new Set();
    for (const file of results.testResults) {
      for (const t of file.testResults) {
        if (t.status === "pending" && t.ancestorTitles.some((title) => title.startsWith(SKIP_MARKER))) {
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
