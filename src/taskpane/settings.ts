/**
 * Settings stores for the pane.
 *
 * Decision: Office.context.roamingSettings exists only in Outlook. In Word we keep
 * - per-document settings (e.g. ignored findings) in Office.context.document.settings, saved inside the
 *   document with saveAsync, so they travel with the file;
 * - user-profile settings (agency profile, recent picks) in the pane's localStorage, which Office keeps
 *   per user and per add-in origin.
 * Where either is missing (the playground, a locked-down web view) the store falls back to localStorage,
 * and then to memory, so the pane always works.
 */
import type { SettingsStore } from "./tab-props";

/** Minimal view of Office.Settings, so tests and the fake host can provide one. */
export interface DocumentSettingsLike {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  saveAsync(callback?: (result: { status: string; error?: { message: string } }) => void): void;
}

function safeLocalStorage(): Storage | undefined {
  try {
    const ls = globalThis.localStorage;
    const probe = "vbhc:probe";
    ls.setItem(probe, "1");
    ls.removeItem(probe);
    return ls;
  } catch {
    return undefined;
  }
}

/** A store in localStorage under a key prefix, or in memory when localStorage is unavailable. */
export function createLocalSettings(prefix = "vbhc:user:"): SettingsStore {
  const ls = safeLocalStorage();
  const memory = new Map<string, string>();
  return {
    get(key) {
      if (ls) return ls.getItem(prefix + key) ?? undefined;
      return memory.get(key);
    },
    async set(key, value) {
      if (ls) ls.setItem(prefix + key, value);
      else memory.set(key, value);
    },
  };
}

/** A store saved inside the document (Office document settings). */
export function createDocumentSettings(settings: DocumentSettingsLike): SettingsStore {
  return {
    get(key) {
      const v = settings.get(key);
      return typeof v === "string" ? v : undefined;
    },
    set(key, value) {
      settings.set(key, value);
      return new Promise<void>((resolve, reject) => {
        settings.saveAsync((result) => {
          if (result.status === "failed") reject(new Error(result.error?.message ?? "saveAsync failed"));
          else resolve();
        });
      });
    },
  };
}

/** The document store when the host has one, else a localStorage store scoped to documents. */
export function documentSettingsFor(
  office: { context?: { document?: { settings?: unknown } } } | undefined,
): SettingsStore {
  const s = office?.context?.document?.settings as DocumentSettingsLike | undefined;
  if (s && typeof s.get === "function" && typeof s.set === "function" && typeof s.saveAsync === "function") {
    return createDocumentSettings(s);
  }
  return createLocalSettings("vbhc:document:");
}
