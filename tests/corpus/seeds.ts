/**
 * The seed documents and the shared data, read at test time from the `shared` folder beside the project (never
 * copied in). Only tests under tests/corpus/ import this. Without the folder every corpus test is registered as
 * skipped (`describeCorpus`), so a bare clone passes and the corpus reporter says how many did not run and why.
 */
import * as fs from "fs";
import * as path from "path";
import { SEEDS_DIR, SHARED_DATA_DIR, hasShared } from "../helpers/shared-dir";

/** The marker the corpus reporter counts: every test under a `describeCorpus` that could not run carries it. */
export const SKIP_MARKER = "[needs ../shared]";

const present = hasShared();

/** `describe` when the shared folder is there, otherwise `describe.skip` with a title the reporter recognises. */
export function describeCorpus(name: string, fn: () => void): void {
  if (present) describe(name, fn);
  else describe.skip(`${SKIP_MARKER} ${name}`, fn);
}

/** The catalogue CSV in the shared data. */
export const SHARED_CSV = path.join(SHARED_DATA_DIR, "catalog-core.csv");

/**
 * File names of the .txt seeds, sorted. Without the folder, one placeholder name so that a table-driven test
 * still registers (as one skipped test) instead of failing on an empty table.
 */
export function seedFileNames(): string[] {
  if (!present) return ["(no seeds)"];
  return fs
    .readdirSync(SEEDS_DIR)
    .filter((f) => f.endsWith(".txt"))
    .sort();
}

/** [file name, full path] pairs, so test titles name the seed and not a machine path. */
export function seedCases(): [string, string][] {
  return seedFileNames().map((f) => [f, path.join(SEEDS_DIR, f)]);
}

/** Path of the .txt seed whose name starts with `prefix` ("000", "001", "004"). */
export function seedPath(prefix: string): string {
  const f = fs.readdirSync(SEEDS_DIR).find((n) => n.startsWith(prefix) && n.endsWith(".txt"));
  if (!f) throw new Error(`Seed ${prefix} not found in ${SEEDS_DIR}`);
  return path.join(SEEDS_DIR, f);
}

/** Text of the seed whose name starts with `prefix` (a full file name works too). */
export function readSeed(prefix: string): string {
  return fs.readFileSync(seedPath(prefix), "utf8");
}

/** The lines of a seed file, one per paragraph (BOM and final newline dropped). */
export function seedLines(file: string): string[] {
  const text = fs.readFileSync(file, "utf8").replace(/^\uFEFF/, "");
  const lines = text.split(/\r\n|\n|\r/);
  if (lines.length > 1 && lines[lines.length - 1] === "") lines.pop();
  return lines;
}
