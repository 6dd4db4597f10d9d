/**
 * The catalogs as JSON modules, indexed on load: what loadCatalogData falls back to where no build has
 * written the catalog file (unit tests). The build's file carries the same data with the indexes prebuilt.
 */
import nationalJson from "../../../../data/national-catalog.json";
import codifiedJson from "../../../../data/codified-catalog.json";
import { loadCatalog } from "../../../core/citations/catalog";
import { buildCatalogIndex } from "../../../core/citations/search";
import type { CatalogData } from "./catalog-data";

export function catalogData(): CatalogData {
  const national = loadCatalog(nationalJson as unknown).entries;
  const codified = loadCatalog(codifiedJson as unknown).entries;
  return {
    national,
    codified,
    indexes: { national: buildCatalogIndex(national), codified: buildCatalogIndex(codified) },
  };
}
