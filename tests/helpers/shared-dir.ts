/**
 * Where the real documents live: the `shared` folder beside the project (CI has it; a bare clone does
 * not). Tests that read it belong in `tests/corpus/`, a jest project of its own.
 */
import { existsSync } from "fs";
import * as path from "path";

export const SHARED_DIR = path.resolve(__dirname, "../../../shared");
export const SEEDS_DIR = path.join(SHARED_DIR, "seeds");
export const CORPUS_DIR = path.join(SHARED_DIR, "corpus");
export const SHARED_DATA_DIR = path.join(SHARED_DIR, "data");

export function hasShared(): boolean {
  return existsSync(SEEDS_DIR);
}
