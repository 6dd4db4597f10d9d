import { REF } from "./references";

/** The signing authorities, once: forms, the CLI, the template schema and the checks read this list. */
export const AUTHORITIES = ["TM", "KT", "TL", "TUQ", "Q"] as const;
export type Authority = (typeof AUTHORITIES)[number];

export interface SigningPrefix {
  authority: Authority;
  /** State form (NĐ 30): "TM." */
  state: string;
  /** Party form (HD 05): "T/M"; null when the Party has no such form. */
  party: string | null;
  meaning: string;
}

/** Quyền hạn ký (NĐ 30 Điều 13; PL I mục II.7). */
export const SIGNING_PREFIXES: readonly SigningPrefix[] = [
  { authority: "TM", state: "TM.", party: "T/M", meaning: "thay mặt tập thể" },
  { authority: "KT", state: "KT.", party: "K/T", meaning: "ký thay người đứng đầu" },
  { authority: "TL", state: "TL.", party: "T/L", meaning: "thừa lệnh" },
  { authority: "TUQ", state: "TUQ.", party: null, meaning: "thừa ủy quyền" },
  { authority: "Q", state: "Q.", party: "Q.", meaning: "quyền (cấp trưởng)" },
];
export const SIGNING_REF = `${REF.nd30Art13}; ${REF.plI_II7}`;

export function signingPrefix(authority: Authority, style: "state" | "party" = "state"): string {
  const p = SIGNING_PREFIXES.find((s) => s.authority === authority);
  if (!p) throw new Error(`Unknown signing authority: ${authority}`);
  const text = style === "party" ? p.party : p.state;
  if (!text) throw new Error(`The Party style has no ${authority} signing form`);
  return text;
}
