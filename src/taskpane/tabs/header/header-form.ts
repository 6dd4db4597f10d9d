/**
 * The header/closing form's state, and the agency profile (the part of it saved for next time).
 * No rules here: lists and strings come from core/rules, validation from the blocks core.
 */
import { AUTHORITIES, type Authority } from "../../../core/rules";
import { typedDateToIso } from "../../../core/rules/dates";
import type { SettingsStore } from "../../tab-props";

export type DocumentStyle = "state" | "party";

export interface HeaderForm {
  parentAgency: string;
  agency: string;
  agencyCode: string;
  unit: string;
  /** Put the drafting unit after the agency in the number (local practice: 05/BC-STTTT-VP). */
  unitInNumber: boolean;
  typeSlug: string;
  number: string;
  place: string;
  /** As typed: dd/mm/yyyy (or yyyy-mm-dd); blank for a draft. See isoDate. */
  date: string;
  subject: string;
  secrecy: string;
  urgency: string;
  /** Kính gửi, one addressee per line. */
  recipients: string;
  /** Nơi nhận, one per line. */
  copyTo: string;
  authority: Authority | "";
  signerTitle: string;
  deputyTitle: string;
  signer: string;
  style: DocumentStyle;
}

export type HeaderField = keyof HeaderForm;
export type FieldErrors = Partial<Record<HeaderField, string>>;

/** Fields that belong to the agency profile (names, abbreviations, place, usual signers and recipients). */
export const PROFILE_FIELDS = [
  "parentAgency",
  "agency",
  "agencyCode",
  "unit",
  "unitInNumber",
  "place",
  "authority",
  "signerTitle",
  "deputyTitle",
  "signer",
  "recipients",
  "copyTo",
  "style",
] as const satisfies readonly HeaderField[];

export const PROFILE_SETTING = "agencyProfile";

function today(now: Date): string {
  const p = (n: number) => String(n).padStart(2, "0");
  return `${p(now.getDate())}/${p(now.getMonth() + 1)}/${now.getFullYear()}`;
}

/** The typed date as YYYY-MM-DD for the builders, read by the one date grammar in the rules data. */
export function isoDate(typed: string): string {
  return typedDateToIso(typed);
}

export function emptyForm(now = new Date()): HeaderForm {
  return {
    parentAgency: "",
    agency: "",
    agencyCode: "",
    unit: "",
    unitInNumber: false,
    typeSlug: "bao-cao",
    number: "",
    place: "",
    date: today(now),
    subject: "",
    secrecy: "",
    urgency: "",
    recipients: "",
    copyTo: "",
    authority: "",
    signerTitle: "",
    deputyTitle: "",
    signer: "",
    style: "state",
  };
}

const AUTHORITY_VALUES = new Set<string>(["", ...AUTHORITIES]);

/** Reads the saved profile over the defaults; ignores anything malformed rather than failing the pane. */
export function loadProfile(settings: SettingsStore, base: HeaderForm): HeaderForm {
  const raw = settings.get(PROFILE_SETTING);
  if (!raw) return base;
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return base;
  }
  if (!parsed || typeof parsed !== "object") return base;
  const saved = parsed as Record<string, unknown>;
  const out: HeaderForm = { ...base };
  for (const key of PROFILE_FIELDS) {
    const v = saved[key];
    if (typeof v !== "string") continue;
    if (key === "authority") {
      if (AUTHORITY_VALUES.has(v)) out.authority = v as HeaderForm["authority"];
    } else if (key === "style") {
      if (v === "state" || v === "party") out.style = v;
    } else if (key === "unitInNumber") {
      out.unitInNumber = v === "true";
    } else {
      out[key] = v;
    }
  }
  return out;
}

export async function saveProfile(settings: SettingsStore, form: HeaderForm): Promise<void> {
  // Other parts of the profile (the rules the agency turned off in the Kiểm tra tab) are kept.
  let kept: Record<string, unknown> = {};
  try {
    const parsed: unknown = JSON.parse(settings.get(PROFILE_SETTING) ?? "{}");
    if (parsed && typeof parsed === "object" && !Array.isArray(parsed)) kept = parsed as Record<string, unknown>;
  } catch {
    kept = {};
  }
  const profile: Record<string, unknown> = { ...kept };
  for (const key of PROFILE_FIELDS) profile[key] = String(form[key]);
  await settings.set(PROFILE_SETTING, JSON.stringify(profile));
}

/** Splits a one-per-line textarea into trimmed, non-empty lines. */
export function lines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l.length > 0);
}
