/** Reads the shared seed documents at test time (never copied into the project). */
import * as fs from "fs";
import * as path from "path";

export const SEEDS_DIR = path.resolve(__dirname, "../../../../shared/seeds");
export const SHARED_CSV = path.resolve(__dirname, "../../../../shared/data/catalog-core.csv");
export const NATIONAL_JSON = path.resolve(__dirname, "../../../data/national-catalog.json");

export function seedFiles(): string[] {
  return fs
    .readdirSync(SEEDS_DIR)
    .filter((f) => f.endsWith(".txt"))
    .sort();
}

export function readSeed(name: string): string {
  return fs.readFileSync(path.join(SEEDS_DIR, name), "utf8");
}

/** The seed whose file name starts with the given prefix ("000", "001", "004"). */
export function seedByPrefix(prefix: string): string {
  const f = seedFiles().find((x) => x.startsWith(prefix));
  if (!f) throw new Error(`seed ${prefix} not found`);
  return readSeed(f);
}
