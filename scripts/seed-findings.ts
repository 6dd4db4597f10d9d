/**
 * Prints every error and warning finding on the seed documents (as .txt), so the team can judge precision.
 * Run: npx tsx scripts/seed-findings.ts [--all] [seeds folder]   (--all also prints info findings; the folder
 * defaults to the seeds in the `shared` folder beside the project, which a bare clone does not have)
 */
import { existsSync, promises as fs } from "fs";
import * as path from "path";
import { snapshotFromText } from "../src/core/model/document";
import { runChecks } from "../src/core/checks";
import { createCatalogLookup } from "../src/core/citations/catalog";
import { readNationalCatalog } from "../src/cli/cite-command";

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const all = args.includes("--all");
  const dir = path.resolve(args.find((a) => a !== "--all") ?? path.join(__dirname, "../../shared/seeds"));
  if (!existsSync(dir)) {
    process.stderr.write(
      `seeds folder not found: ${dir} (pass one as an argument)\n` +
        `không tìm thấy thư mục văn bản mẫu: ${dir} (hãy chỉ ra thư mục đó)\n`,
    );
    process.exitCode = 2;
    return;
  }
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
