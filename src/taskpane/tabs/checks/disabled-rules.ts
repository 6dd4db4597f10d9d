/**
 * Rules an agency turns off, kept in its agency profile (the `disabledRules` list, the same name as in the
 * CLI's profile file) beside the header fields, so the choice follows the user from document to document.
 */
import { PROFILE_SETTING } from "../header/header-form";
import type { SettingsStore } from "../../tab-props";

/** The rules the Kiểm tra tab offers to turn off, with the switch's label. */
export const SWITCHABLE_RULES: readonly { id: string; label: string }[] = [
  { id: "text/tone-placement", label: "Nhắc đặt dấu thanh như Nghị định 30 (Hoà → Hòa, Uỷ → Ủy)" },
];

function savedProfile(settings: SettingsStore): Record<string, unknown> {
  try {
    const parsed: unknown = JSON.parse(settings.get(PROFILE_SETTING) ?? "{}");
    return parsed && typeof parsed === "object" && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** The profile's disabled rule ids; anything malformed reads as none. */
export function loadDisabledRules(settings: SettingsStore): string[] {
  const v = savedProfile(settings).disabledRules;
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : [];
}

/** Writes the list into the profile, keeping its other fields. */
export async function saveDisabledRules(settings: SettingsStore, ids: readonly string[]): Promise<void> {
  await settings.set(PROFILE_SETTING, JSON.stringify({ ...savedProfile(settings), disabledRules: [...ids] }));
}
