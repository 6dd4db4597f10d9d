/**
 * The national catalog shipped with the add-in, bundled from data/national-catalog.json.
 * Kept apart from catalog.ts so Node code compiled outside the bundle can read the file itself
 * (see readNationalCatalog in the cite command) without this import.
 */
import nationalCatalogJson from "../../../data/national-catalog.json";
import type { CatalogEntry } from "./catalog-schema";
import { loadCatalog } from "./catalog";

let national: CatalogEntry[] | undefined;

/** The national catalog, validated once; invalid entries are left out. */
export function loadNationalCatalog(): CatalogEntry[] {
  if (!national) national = loadCatalog(nationalCatalogJson as unknown).entries;
  return national;
}
