/** The picker's saved state: recent picks, the organisation catalog, and the catalog URL with its offline cache. */
import type { SettingsStore } from "../../tab-props";
import {
  CATALOG_CACHE_PREFIX,
  type CatalogStorage,
  fetchCatalog,
  type FetchCatalogResult,
} from "../../../core/citations";
import type { CatalogEntry, CitationsCore } from "./citations-core";

export const RECENT_SETTING = "citations.recent";
export const ORG_CATALOG_SETTING = "citations.orgCatalog";
export const CATALOG_URL_SETTING = "citations.catalogUrl";
const RECENT_MAX = 20;

export const CITE_TAG_PREFIX = "vbhc:cite:";
/**
 * Tag of a citation control: `vbhc:cite:<id>` for the full form, with `:short` or `:cancu` appended for
 * the other forms, so a refresh can re-render each control in its own form (updates go by tag).
 */
export type TaggedForm = "full" | "short" | "canCu";
const FORM_SUFFIX: Record<TaggedForm, string> = { full: "", short: ":short", canCu: ":cancu" };
export const citeTag = (id: string, form: TaggedForm = "full"): string => `${CITE_TAG_PREFIX}${id}${FORM_SUFFIX[form]}`;

/** The catalog id and form of a citation tag, or undefined for a tag that is not ours. */
export function parseCiteTag(tag: string): { id: string; form: TaggedForm } | undefined {
  if (!tag.startsWith(CITE_TAG_PREFIX)) return undefined;
  const [id, suffix] = tag.slice(CITE_TAG_PREFIX.length).split(":");
  if (!id) return undefined;
  const form: TaggedForm | undefined =
    suffix === undefined ? "full" : suffix === "short" ? "short" : suffix === "cancu" ? "canCu" : undefined;
  return form ? { id, form } : undefined;
}

function readJsonArray<T>(settings: SettingsStore, key: string): T[] {
  const raw = settings.get(key);
  if (!raw) return [];
  try {
    const v: unknown = JSON.parse(raw);
    return Array.isArray(v) ? (v as T[]) : [];
  } catch {
    return [];
  }
}

export function loadRecent(settings: SettingsStore): string[] {
  return readJsonArray<unknown>(settings, RECENT_SETTING).filter((x): x is string => typeof x === "string");
}

export async function pushRecent(settings: SettingsStore, id: string): Promise<string[]> {
  const next = [id, ...loadRecent(settings).filter((x) => x !== id)].slice(0, RECENT_MAX);
  await settings.set(RECENT_SETTING, JSON.stringify(next));
  return next;
}

function isEntry(x: unknown): x is CatalogEntry {
  const e = x as Partial<CatalogEntry> | null;
  return !!e && typeof e.id === "string" && typeof e.type === "string" && typeof e.date === "string";
}

/** Core's catalog cache goes through the pane's settings store. */
function storageOf(settings: SettingsStore): CatalogStorage {
  return { getItem: (k) => settings.get(k), setItem: (k, v) => settings.set(k, v) };
}

/** The organisation's own entries, then those of the configured URL's cached copy (offline use). */
export function loadOrgCatalog(settings: SettingsStore, core: CitationsCore): CatalogEntry[] {
  const own = readJsonArray<unknown>(settings, ORG_CATALOG_SETTING).filter(isEntry);
  const url = settings.get(CATALOG_URL_SETTING);
  const cached = url ? settings.get(CATALOG_CACHE_PREFIX + url) : undefined;
  const fromUrl = cached ? core.importCatalog(cached, url ?? "").entries : [];
  const seen = new Set(own.map((e) => e.id));
  return [...own, ...fromUrl.filter((e) => !seen.has(e.id))];
}

/** Adds entries to the organisation's own catalog (an entry with the same id is replaced). */
export async function addToOrgCatalog(
  settings: SettingsStore,
  core: CitationsCore,
  entries: readonly CatalogEntry[],
): Promise<CatalogEntry[]> {
  const ids = new Set(entries.map((e) => e.id));
  const own = readJsonArray<unknown>(settings, ORG_CATALOG_SETTING).filter(isEntry);
  await settings.set(ORG_CATALOG_SETTING, JSON.stringify([...own.filter((e) => !ids.has(e.id)), ...entries]));
  return loadOrgCatalog(settings, core);
}

/**
 * Fetches the catalog from the configured URL (the pane's only network call) through core, which caches
 * it for offline use and falls back to the cache when the network fails.
 */
export async function refreshFromUrl(
  settings: SettingsStore,
  url: string,
  fetchText: (url: string) => Promise<string>,
): Promise<FetchCatalogResult> {
  const result = await fetchCatalog(url, fetchText, storageOf(settings));
  await settings.set(CATALOG_URL_SETTING, url);
  return result;
}
