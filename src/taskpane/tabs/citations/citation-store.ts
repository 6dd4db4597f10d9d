/** The picker's saved state: recent picks, the organisation catalog, and the catalog URL with its offline cache. */
import type { SettingsStore } from "../../tab-props";
import type { CatalogEntry, CitationsCore } from "./citations-core";

export const RECENT_SETTING = "citations.recent";
export const ORG_CATALOG_SETTING = "citations.orgCatalog";
export const CATALOG_URL_SETTING = "citations.catalogUrl";
export const CATALOG_CACHE_SETTING = "citations.catalogUrlCache";
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

export function loadOrgCatalog(settings: SettingsStore): CatalogEntry[] {
  const own = readJsonArray<unknown>(settings, ORG_CATALOG_SETTING).filter(isEntry);
  const fromUrl = readJsonArray<unknown>(settings, CATALOG_CACHE_SETTING).filter(isEntry);
  const seen = new Set(own.map((e) => e.id));
  return [...own, ...fromUrl.filter((e) => !seen.has(e.id))];
}

/** Adds entries to the organisation's own catalog (an entry with the same id is replaced). */
export async function addToOrgCatalog(
  settings: SettingsStore,
  entries: readonly CatalogEntry[],
): Promise<CatalogEntry[]> {
  const ids = new Set(entries.map((e) => e.id));
  const own = readJsonArray<unknown>(settings, ORG_CATALOG_SETTING).filter(isEntry);
  const next = [...own.filter((e) => !ids.has(e.id)), ...entries.map((e) => ({ ...e, origin: "org" as const }))];
  await settings.set(ORG_CATALOG_SETTING, JSON.stringify(next));
  return loadOrgCatalog(settings);
}

/**
 * Fetches the catalog from the configured URL (the pane's only network call) and caches it for offline
 * use. On failure the cache stays as it was.
 */
export async function refreshFromUrl(
  settings: SettingsStore,
  core: CitationsCore,
  url: string,
  fetchText: (url: string) => Promise<string>,
): Promise<{ count: number; errors: string[] }> {
  const u = new URL(url);
  if (u.protocol !== "https:" && u.hostname !== "127.0.0.1" && u.hostname !== "localhost") {
    throw new Error("Địa chỉ danh mục phải dùng https://");
  }
  const text = await fetchText(u.toString());
  const result = core.importCatalog(text, u.pathname);
  await settings.set(CATALOG_URL_SETTING, u.toString());
  await settings.set(CATALOG_CACHE_SETTING, JSON.stringify(result.entries));
  return { count: result.entries.length, errors: result.errors };
}
