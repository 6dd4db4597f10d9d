/**
 * The catalogs the pane searches and checks against: the national catalog, the codification layer and
 * their prebuilt search indexes. They are loaded on first need, never with the pane's first JavaScript:
 * the build writes them as one JSON file beside the pages (its name, with a content hash, reaches the code
 * as VBHC_CATALOG_ASSET), which the pane fetches. Without a build (unit tests) they come from their JSON
 * modules in a chunk of their own and are indexed there.
 */
import type { CatalogEntry } from "../../../core/citations/catalog-schema";
import type { SerializedCatalogIndex } from "../../../core/citations/search";

export interface CatalogData {
  national: CatalogEntry[];
  codified: CatalogEntry[];
  indexes: { national?: SerializedCatalogIndex; codified?: SerializedCatalogIndex };
}

async function fetchAsset(name: string): Promise<CatalogData> {
  const res = await fetch(new URL(name, document.baseURI).href, { credentials: "omit" });
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  return (await res.json()) as CatalogData;
}

let pending: Promise<CatalogData> | undefined;

/** The build's catalog file when there is one, else the JSON modules' chunk. */
function load(): Promise<CatalogData> {
  // The build replaces the name with a constant, so the branch it does not take is left out of the bundle.
  return process.env.VBHC_CATALOG_ASSET
    ? fetchAsset(process.env.VBHC_CATALOG_ASSET)
    : import(/* webpackChunkName: "catalog-modules" */ "./catalog-modules").then((m) => m.catalogData());
}

/** The catalogs, loaded once per pane (a failed load is tried again on the next call). */
export function loadCatalogData(): Promise<CatalogData> {
  pending ??= load().catch((err: unknown) => {
    pending = undefined;
    throw err;
  });
  return pending;
}
