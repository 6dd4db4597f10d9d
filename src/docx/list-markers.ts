/**
 * Word list numbering as the reader sees it: numbering.xml's definitions, and a counter that gives each numbered
 * paragraph, in document order, the marker Word draws for it ("1.", "a)", "II."). The checks read headings that
 * Word numbers itself through these markers, since the number is not in the paragraph text.
 */
import { toRoman } from "../core/rules/sequences";
import { type XmlDocument, type XmlElement, isW, wAttr, wChild, wNum } from "./xml";

interface Level {
  start: number;
  format: string;
  text: string;
}

interface NumDef {
  abstractId: string;
  /** startOverride per level, applied when the num is first used. */
  starts: Map<number, number>;
}

export interface ListDefinitions {
  abstracts: Map<string, Map<number, Level>>;
  nums: Map<number, NumDef>;
}

const EMPTY: ListDefinitions = { abstracts: new Map(), nums: new Map() };

function levelsOf(el: XmlElement): Map<number, Level> {
  const levels = new Map<number, Level>();
  for (let c = el.firstChild; c; c = c.nextSibling) {
    if (!isW(c, "lvl")) continue;
    const ilvl = wNum(c, "ilvl") ?? 0;
    levels.set(ilvl, {
      start: wNum(wChild(c, "start"), "val") ?? 1,
      format: wAttr(wChild(c, "numFmt"), "val") ?? "decimal",
      text: wAttr(wChild(c, "lvlText"), "val") ?? "",
    });
  }
  return levels;
}

/** Reads word/numbering.xml (absent: no lists). */
export function parseListDefinitions(doc: XmlDocument | undefined): ListDefinitions {
  const root = doc?.documentElement;
  if (!root) return EMPTY;
  const out: ListDefinitions = { abstracts: new Map(), nums: new Map() };
  for (let c = root.firstChild; c; c = c.nextSibling) {
    if (isW(c, "abstractNum")) out.abstracts.set(wAttr(c, "abstractNumId") ?? "", levelsOf(c));
    else if (isW(c, "num")) {
      const id = wNum(c, "numId");
      const abstractId = wAttr(wChild(c, "abstractNumId"), "val");
      if (id === undefined || abstractId === undefined) continue;
      const starts = new Map<number, number>();
      for (let o = c.firstChild; o; o = o.nextSibling) {
        if (!isW(o, "lvlOverride")) continue;
        const start = wNum(wChild(o, "startOverride"), "val");
        if (start !== undefined) starts.set(wNum(o, "ilvl") ?? 0, start);
      }
      out.nums.set(id, { abstractId, starts });
    }
  }
  return out;
}

function letters(n: number): string {
  // Word's letter lists: a … z, then aa … zz (its own alphabet, without đ).
  const ch = String.fromCharCode(97 + ((n - 1) % 26));
  return ch.repeat(Math.floor((n - 1) / 26) + 1);
}

function formatNumber(n: number, format: string): string {
  switch (format) {
    case "lowerLetter":
      return letters(n);
    case "upperLetter":
      return letters(n).toUpperCase();
    case "lowerRoman":
      return n <= 3999 ? toRoman(n).toLowerCase() : String(n);
    case "upperRoman":
      return n <= 3999 ? toRoman(n) : String(n);
    case "decimalZero":
      return n < 10 ? `0${n}` : String(n);
    case "none":
      return "";
    default:
      return String(n);
  }
}

/**
 * A counter over one document: call it for each numbered paragraph in document order; it returns the marker
 * Word draws, or undefined for a list it does not know. Lists that share an abstract definition continue one
 * another, as in Word, unless a num restarts a level with startOverride.
 */
export function createListCounter(defs: ListDefinitions): (numId: number, level: number) => string | undefined {
  const counters = new Map<string, number[]>();
  const started = new Set<string>();
  return (numId, level) => {
    const num = defs.nums.get(numId);
    const levels = num && defs.abstracts.get(num.abstractId);
    const lvl = levels?.get(level);
    if (!num || !levels || !lvl) return undefined;
    const count = counters.get(num.abstractId) ?? [];
    counters.set(num.abstractId, count);
    // A restart (startOverride) takes effect where its num first reaches that level.
    const key = `${numId}:${level}`;
    const restart = num.starts.get(level);
    if (!started.has(key)) {
      started.add(key);
      if (restart !== undefined) count[level] = restart - 1;
    }
    count[level] = (count[level] ?? lvl.start - 1) + 1;
    // A number at one level restarts the levels below it.
    count.length = level + 1;
    if (lvl.format === "bullet") return lvl.text;
    return lvl.text.replace(/%([1-9])/g, (_m, k: string) => {
      const i = Number(k) - 1;
      const at = levels.get(i);
      return formatNumber(count[i] ?? at?.start ?? 1, at?.format ?? "decimal");
    });
  };
}
