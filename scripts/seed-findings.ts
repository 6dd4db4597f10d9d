/**
 * Prints every error and warning finding on the seed documents (as .txt), so the team can judge precision.
 * Run: npx tsx scripts/seed-findings.ts [--all]   (--all also prints info findings)
 */
import { promises as fs } from "fs";
import * as path from "path";
import { snapshotFromText } from "../src/core/model/document";
import { runChecks } from "../src/core/checks";
import { createCatalogLookup } from "../src/core/citations/catalog";
import { readNationalCatalog } from "../src/cli/cite-command";

async function main(): Promise<void> {
  const dir = path.resolve(__dirname, "../../shared/seeds");
  const all = process.argv.includes("--all");
  const files = (await fs.readdir(dir)).filter((f) => f.endsWith(".txt")).sort();
  // Same options as `vbhc check`: the national catalog feeds the citation rules.
  const catalogLookup = createCatalogLookup(readNationalCatalog());
  let count = 0;
  for (const f of files) {
    const doc = snapshotFromText(await fs.readFile(path.join(dir, f), "utf8"));
    const { findings } = runChecks(doc, { catalogLookup });
    process.stdout.write(`== ${f}\n`);
    for (const x of findings) {
      if (!all && x.severity === "info") continue;
      count++;
      process.stdout.write(
        `${f.slice(0, 3)}:${x.paragraph + 1}:${x.start + 1} ${x.severity} ${x.ruleId} «${x.excerpt}» ${x.message}\n`,
      );
    }
  }
  process.stdout.write(`${count} findings\n`);
}

void main();
