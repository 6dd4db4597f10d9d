/**
 * A model of the Vietnamese written syllable: initial consonant, medial (o/u), nucleus, final and tone, with
 * the spelling rules (c/k/q, g/gh, ng/ngh, gi, qu; stop finals take only sắc or nặng; where the tone mark
 * sits). It answers "could this be a Vietnamese syllable?" from structure, not from a word list, and proposes
 * the valid syllables one edit away from a damaged one.
 */

export type Tone = "ngang" | "huyen" | "sac" | "hoi" | "nga" | "nang";

const TONE_MARKS: Record<string, Tone> = {
  "\u0300": "huyen",
  "\u0301": "sac",
  "\u0309": "hoi",
  "\u0303": "nga",
  "\u0323": "nang",
};
const TONE_TO_MARK: Record<Tone, string> = {
  ngang: "",
  huyen: "\u0300",
  sac: "\u0301",
  hoi: "\u0309",
  nga: "\u0303",
  nang: "\u0323",
};

const VOWELS = new Set([..."aăâeêioôơuưy"]);

const INITIALS = [
  "ngh",
  "ch",
  "gh",
  "gi",
  "kh",
  "ng",
  "nh",
  "ph",
  "qu",
  "th",
  "tr",
  "b",
  "c",
  "d",
  "đ",
  "g",
  "h",
  "k",
  "l",
  "m",
  "n",
  "p",
  "r",
  "s",
  "t",
  "v",
  "x",
  "",
];

interface Rhyme {
  medial: string;
  nucleus: string;
  final: string;
}

// Nucleus → the finals it takes ("" = open syllable). Semivowel finals are i/y and o/u.
const NUCLEI: Record<string, string[]> = {
  a: ["", "c", "ch", "i", "m", "n", "ng", "nh", "o", "p", "t", "u", "y"],
  ă: ["c", "m", "n", "ng", "p", "t"],
  â: ["c", "m", "n", "ng", "p", "t", "u", "y"],
  e: ["", "c", "m", "n", "ng", "o", "p", "t"],
  ê: ["", "ch", "m", "n", "nh", "p", "t", "u"],
  i: ["", "ch", "m", "n", "nh", "p", "t", "u"],
  y: [""],
  o: ["", "c", "i", "m", "n", "ng", "p", "t"],
  oo: ["c", "ng"],
  ô: ["", "c", "i", "m", "n", "ng", "p", "t"],
  ơ: ["", "i", "m", "n", "p", "t"],
  u: ["", "c", "i", "m", "n", "ng", "p", "t"],
  ư: ["", "c", "i", "m", "n", "ng", "t", "u"],
  ia: [""],
  iê: ["c", "m", "n", "ng", "p", "t", "u"],
  yê: ["m", "n", "t", "u"],
  ua: [""],
  uô: ["c", "i", "m", "n", "ng", "t"],
  ưa: [""],
  ươ: ["c", "i", "m", "n", "ng", "p", "t", "u"],
};

// Medial + nucleus → finals. Medial o before a, ă, e; medial u before â, ê, y, ơ and the yê/ya diphthongs.
const MEDIAL_RHYMES: Record<string, string[]> = {
  "o|a": ["", "c", "ch", "i", "m", "n", "ng", "nh", "o", "p", "t", "y"],
  "o|ă": ["c", "m", "n", "ng", "t"],
  "o|e": ["", "n", "o", "t"],
  "u|â": ["n", "ng", "t", "y"],
  "u|ê": ["", "ch", "n", "nh", "t"],
  "u|y": ["", "ch", "n", "nh", "p", "t", "u"],
  "u|ơ": [""],
  "u|yê": ["n", "t"],
  "u|ya": [""],
};

/** Written rhyme → its parts (several parses are possible only for rare spellings; the first wins). */
const RHYMES = new Map<string, Rhyme>();
for (const [nucleus, finals] of Object.entries(NUCLEI))
  for (const final of finals) RHYMES.set(nucleus + final, { medial: "", nucleus, final });
for (const [key, finals] of Object.entries(MEDIAL_RHYMES)) {
  const [medial, nucleus] = key.split("|") as [string, string];
  for (const final of finals) RHYMES.set(medial + nucleus + final, { medial, nucleus, final });
}

export interface Syllable {
  initial: string;
  rhyme: Rhyme;
  tone: Tone;
  /** Index in the written (lower-case, toneless) syllable of the letter carrying the tone mark, or -1. */
  toneAt: number;
  /** The toneless, lower-case spelling. */
  bare: string;
}

/** Splits a syllable into its toneless letters and its tone; undefined when it carries two tone marks. */
export function stripTone(word: string): { bare: string; tone: Tone; toneAt: number } | undefined {
  let tone: Tone = "ngang";
  let toneAt = -1;
  let bare = "";
  let letters = 0;
  for (const ch of word.toLowerCase()) {
    const parts = ch.normalize("NFD");
    let base = "";
    for (const c of parts) {
      const t = TONE_MARKS[c];
      if (t) {
        if (toneAt >= 0) return undefined;
        tone = t;
        toneAt = letters;
      } else base += c;
    }
    bare += base.normalize("NFC");
    letters++;
  }
  return { bare, tone, toneAt };
}

const STOP_FINALS = new Set(["c", "ch", "p", "t"]);

/** Where the tone mark may sit, as indices into the rhyme's written letters (old and new placement). */
function toneSlots(r: Rhyme): number[] {
  const m = r.medial.length;
  if (r.nucleus.length === 2) {
    // iê, uô, ươ, yê and oo carry it on the second letter; ia, ua, ưa, ya (open) on the first.
    const second = r.final !== "" || /^(iê|yê|uô|ươ|oo)$/u.test(r.nucleus);
    return [m + (second ? 1 : 0)];
  }
  // “hòa/hoà”, “thủy/thuỷ”, “khỏe/khoẻ”: with a medial and no final both placements are in use.
  // uê and uơ carry it on the shaped vowel only (“thuế”, “thuở”).
  if (m > 0 && r.final === "" && /^[aey]$/u.test(r.nucleus)) return [0, m];
  return [m];
}

/**
 * Parsed words, shared by every text rule: a long document repeats a few thousand words hundreds of thousands of
 * times. Bounded, so a document of random strings cannot grow it without end. Callers never change a Syllable.
 */
const PARSED = new Map<string, Syllable | null>();
const PARSED_MAX = 50_000;

/** Parses a syllable (any case, NFC or not); undefined when it is not a possible Vietnamese syllable. */
export function parseSyllable(word: string): Syllable | undefined {
  const hit = PARSED.get(word);
  if (hit !== undefined) return hit ?? undefined;
  const parsed = parseUncached(word);
  if (PARSED.size >= PARSED_MAX) PARSED.clear();
  PARSED.set(word, parsed ?? null);
  return parsed;
}

function parseUncached(word: string): Syllable | undefined {
  const s = stripTone(word.normalize("NFC"));
  if (!s || s.bare.length === 0) return undefined;
  const { bare, tone, toneAt } = s;
  for (const initial of INITIALS) {
    if (!bare.startsWith(initial)) continue;
    const rest = bare.slice(initial.length);
    for (const [written, offset, rhyme] of rhymeReadings(initial, rest)) {
      if (!rhyme) continue;
      if (!initialFits(initial, rhyme, written)) continue;
      if (STOP_FINALS.has(rhyme.final) && tone !== "sac" && tone !== "nang") continue;
      if (tone !== "ngang") {
        const at = toneAt - initial.length + offset;
        if (!toneSlots(rhyme).includes(at)) continue;
        // The u of qu and the i of gi are part of the initial, not a tone carrier.
        if (offset > 0 && at < offset) continue;
      }
      return { initial, rhyme, tone, toneAt, bare };
    }
  }
  return undefined;
}

/** The rhyme readings of what follows the initial: [written rhyme, letters hidden in the initial, parts]. */
function rhymeReadings(initial: string, rest: string): [string, number, Rhyme | undefined][] {
  if (initial === "qu") {
    // qu + a = medial o (“qua”), qu + y/ê/â/ơ = medial u, and “quốc”, “quí”, “quít” in older spelling.
    const out: [string, number, Rhyme | undefined][] = [
      ["o" + rest, 1, RHYMES.get("o" + rest)],
      ["u" + rest, 1, RHYMES.get("u" + rest)],
    ];
    if (/^(ôc|i|it|in|inh|ich)$/u.test(rest)) out.push([rest, 0, RHYMES.get(rest)]);
    return out.filter(([w, , r]) => r !== undefined && (r.medial !== "" || w === rest));
  }
  if (initial === "gi") {
    // gi absorbs the i of iê (“giếng”, “giết”); “gì”, “gìn” are g + i.
    const out: [string, number, Rhyme | undefined][] = [[rest, 0, RHYMES.get(rest)]];
    if (rest.startsWith("ê")) out.push(["i" + rest, 1, RHYMES.get("i" + rest)]);
    return out;
  }
  return [[rest, 0, RHYMES.get(rest)]];
}

function initialFits(initial: string, r: Rhyme, written: string): boolean {
  const first = written[0] ?? "";
  const front = first === "i" || first === "e" || first === "ê" || first === "y";
  if (initial === "k" || initial === "gh" || initial === "ngh") return front && r.medial === "";
  // c never takes a medial (that is written qu); ng and g do (“ngoài”, “góa”).
  if (initial === "c") return !front && r.medial === "";
  if (initial === "ng") return !front;
  if (initial === "g") return !front || first === "i";
  if (initial === "qu") return true;
  // yê and ya open a syllable or follow medial u; after another initial the spelling is iê/ia.
  if (initial !== "" && r.medial === "" && (r.nucleus === "yê" || r.nucleus === "ya")) return false;
  if (initial === "" && r.medial === "" && (r.nucleus === "iê" || (r.nucleus === "ia" && r.final !== ""))) return false;
  return true;
}

/** True when the word is a possible Vietnamese syllable (case-insensitive, NFC or decomposed). */
export function isVietnameseSyllable(word: string): boolean {
  return parseSyllable(word) !== undefined;
}

/** “old” = NĐ 30 placement on the medial (hòa, thủy), “new” = on the nucleus (hoà, thuỷ), else undefined. */
export function tonePlacement(word: string): "old" | "new" | undefined {
  const p = parseSyllable(word);
  if (!p || p.tone === "ngang" || p.rhyme.final !== "" || p.rhyme.medial === "" || !/^[aey]$/u.test(p.rhyme.nucleus))
    return undefined;
  if (p.initial === "qu") return undefined;
  const at = p.toneAt - p.initial.length;
  return at === 0 ? "old" : "new";
}

/** Puts a tone mark on the letter at index i of a word (keeping its case). */
function markAt(word: string, i: number, tone: Tone): string {
  const chars = [...word];
  const c = chars[i];
  if (c === undefined) return word;
  chars[i] = (c + TONE_TO_MARK[tone]).normalize("NFC");
  return chars.join("");
}

/** Rewrites a new-style syllable (“hoà”, “Uỷ”) in the NĐ 30 placement (“hòa”, “Ủy”); same word otherwise. */
export function toOldPlacement(word: string): string {
  if (tonePlacement(word) !== "new") return word;
  const p = parseSyllable(word);
  if (!p) return word;
  const plain = [...word.normalize("NFC")].map((c) => stripToneKeepCase(c)).join("");
  return markAt(plain, p.initial.length, p.tone);
}

function stripToneKeepCase(c: string): string {
  return [...c.normalize("NFD")]
    .filter((x) => !TONE_MARKS[x])
    .join("")
    .normalize("NFC");
}

const LETTERS = [..."abcdđeghiklmnopqrstuvxyăâêôơư"];
const TONES: Tone[] = ["ngang", "huyen", "sac", "hoi", "nga", "nang"];
const TONED_VOWELS = [...VOWELS].flatMap((v) => TONES.map((t) => (v + TONE_TO_MARK[t]).normalize("NFC")));
const ALPHABET = [...new Set([...LETTERS, ...TONED_VOWELS])];

/** Letters PDF font mappings and lost keystrokes confuse, cheaper to undo than an arbitrary edit. */
const CONFUSIONS: [string, string][] = [
  ["ơ", "ô"],
  ["ĩ", "ó"],
  ["ị", "ò"],
  ["õ", "ò"],
  ["ồ", "oà"],
  ["ộ", "oạ"],
  ["ư", "ươ"],
];

export interface Suggestion {
  syllable: string;
  /** Lower is likelier: 1 for a known PDF/keystroke confusion, 2 for an arbitrary single edit. */
  cost: number;
}

/**
 * Valid syllables one edit (insertion, deletion, substitution, or a known confusion) away from a damaged one,
 * likeliest first, in the damaged word's case. Empty for a word that is already valid.
 */
export function suggestSyllables(damaged: string): Suggestion[] {
  const word = damaged.normalize("NFC");
  if (isVietnameseSyllable(word)) return [];
  const lower = word.toLowerCase();
  const chars = [...lower];
  const found = new Map<string, number>();
  const add = (cand: string, cost: number): void => {
    if (cand.length === 0 || cand === lower) return;
    const prev = found.get(cand);
    if (prev !== undefined && prev <= cost) return;
    if (isVietnameseSyllable(cand)) found.set(cand, cost);
  };
  for (const [from, to] of CONFUSIONS)
    for (let i = chars.indexOf(from); i >= 0; i = chars.indexOf(from, i + 1))
      add([...chars.slice(0, i), to, ...chars.slice(i + 1)].join(""), 1);
  // A tone mark put on the wrong vowel (“hòai” for “hoài”).
  const t = stripTone(lower);
  if (t && t.tone !== "ngang") for (let i = 0; i < chars.length; i++) add(markAt(t.bare, i, t.tone), 1);
  for (let i = 0; i <= chars.length; i++) {
    if (i < chars.length) add([...chars.slice(0, i), ...chars.slice(i + 1)].join(""), 2);
    for (const c of ALPHABET) {
      add([...chars.slice(0, i), c, ...chars.slice(i)].join(""), 2);
      if (i < chars.length) add([...chars.slice(0, i), c, ...chars.slice(i + 1)].join(""), 2);
    }
  }
  return [...found.entries()]
    .sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0], "vi"))
    .map(([s, cost]) => ({ syllable: matchCase(word, s), cost }));
}

/** Gives the candidate the damaged word's case: all capitals, first capital, or lower. */
function matchCase(model: string, s: string): string {
  if (model.length > 1 && model === model.toUpperCase()) return s.toUpperCase();
  if (model[0] !== undefined && model[0] !== model[0].toLowerCase()) return s[0]?.toUpperCase() + s.slice(1);
  return s;
}

/** Letters that only Vietnamese uses among the Latin ones: they make a token “look Vietnamese”. */
const VIETNAMESE_ONLY =
  /[\u0300\u0301\u0303\u0309\u0323]|[đăâêôơưĐĂÂÊÔƠƯàáảãạèéẻẽẹìíỉĩịòóỏõọùúủũụỳýỷỹỵÀÁẢÃẠÈÉẺẼẸÌÍỈĨỊÒÓỎÕỌÙÚỦŨỤỲÝỶỸỴấầẩẫậắằẳẵặếềểễệốồổỗộớờởỡợứừửữựẤẦẨẪẬẮẰẲẴẶẾỀỂỄỆỐỒỔỖỘỚỜỞỠỢỨỪỬỮỰ]/u;

/** True when a token carries a letter or mark only Vietnamese uses (so English and codes are left alone). */
export function looksVietnamese(token: string): boolean {
  return VIETNAMESE_ONLY.test(token.normalize("NFC"));
}

export interface Token {
  word: string;
  start: number;
  end: number;
}

// A word is a run of letters and marks; what touches digits, @, /, _, a hyphen or a dot followed by a letter
// is part of a code, symbol (ký hiệu), URL or e-mail and is never read as a syllable.
const WORD = /[\p{L}\p{M}]+/gu;
const CODE_NEIGHBOUR = /[\p{N}@/\\_&=#%+-]/u;
const FOREIGN_LETTERS = /[fjwzFJWZ]|[^\p{Script=Latin}\p{M}]/u;

/**
 * Tokens per paragraph text, shared by the text rules that each read every paragraph. Bounded like PARSED; the
 * arrays are frozen because callers share them.
 */
const TOKENS = new Map<string, readonly Token[]>();
const TOKENS_MAX = 20_000;

/** The words of a text that are read as Vietnamese syllables (not codes, URLs, e-mail or foreign letters). */
export function syllableTokens(text: string): readonly Token[] {
  const hit = TOKENS.get(text);
  if (hit) return hit;
  const out = Object.freeze(tokenize(text).map((t) => Object.freeze(t)));
  if (TOKENS.size >= TOKENS_MAX) TOKENS.clear();
  TOKENS.set(text, out);
  return out;
}

function tokenize(text: string): Token[] {
  const out: Token[] = [];
  WORD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WORD.exec(text))) {
    const start = m.index;
    const end = start + m[0].length;
    const before = text[start - 1] ?? " ";
    const after = text[end] ?? " ";
    if (CODE_NEIGHBOUR.test(before) || CODE_NEIGHBOUR.test(after)) continue;
    if (
      (before === "." || after === ".") &&
      /\p{L}/u.test(before === "." ? (text[start - 2] ?? "") : (text[end + 1] ?? ""))
    )
      continue;
    if (text.startsWith("://", end)) continue;
    // Foreign letters, or a capital after a small letter (“QĐi”, “iPhone”): not a Vietnamese syllable.
    if (FOREIGN_LETTERS.test(m[0]) || /\p{Ll}\p{Lu}|\p{Lu}\p{Ll}+\p{Lu}|\p{Lu}{2,}\p{Ll}/u.test(m[0])) continue;
    out.push({ word: m[0], start, end });
  }
  return out;
}

/** An abbreviation (“QĐ”, “HĐND”, “NĐ-CP”) or a lone consonant letter (“điểm đ”): all capitals, or one letter, with no vowel. */
export function isAbbreviation(word: string): boolean {
  // Decomposed, every Vietnamese vowel shows its plain letter (ư is u with a horn), so no tone stripping is needed.
  if (/[aeiouy]/iu.test(word.normalize("NFD"))) return false;
  return [...word].length === 1 || word === word.toUpperCase();
}

/** The tokens that are read as Vietnamese: they carry a Vietnamese-only letter or mark and are no abbreviation. */
export function vietnameseTokens(text: string): Token[] {
  return syllableTokens(text).filter((t) => looksVietnamese(t.word) && !isAbbreviation(t.word));
}
