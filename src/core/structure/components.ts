/**
 * The Phụ lục I components of a real header and closing, paragraph by paragraph: quốc hiệu, tiêu ngữ (or the
 * Party header), cơ quan chủ quản and ban hành, số, địa danh và thời gian, tên loại, trích yếu, V/v, Kính gửi,
 * căn cứ, Nơi nhận and its list, quyền hạn ký, chức vụ and họ tên. It works on the usual borderless 2-column
 * tables (the agency cell is the cell that holds Số, the signer cell the one beside Nơi nhận) and on headers
 * typed as plain paragraphs. The document's style (state or Party) is decided here too.
 */
import type { DocumentSnapshot, ParagraphSnapshot } from "../model/document";
import { structureOf, type DocumentStructure } from "./index";

export type ComponentKind =
  | "quocHieu"
  | "tieuNgu"
  | "partyHeader"
  | "parentAgency"
  | "agency"
  | "number"
  | "placeDate"
  | "typeName"
  | "subject"
  | "congVanSubject"
  | "kinhGui"
  | "canCu"
  | "noiNhanLabel"
  | "recipients"
  | "authority"
  | "signerTitle"
  | "signerName";

export type DocumentStyle = "state" | "party";

export interface DocumentComponents {
  style: DocumentStyle;
  /**
   * True when the document clearly carries an NĐ 30 (or Party) header: the national or Party heading and a
   * Số line. Citizens' đơn and forms have no Số line, so component and closing rules leave them alone.
   */
  officialHeader: boolean;
  /** Paragraph indexes per component, in document order. */
  at: Map<ComponentKind, number[]>;
}

const norm = (s: string): string => s.normalize("NFC").replace(/[*_]/g, "").trim();
const PARTY_HEADER = /^ĐẢNG\s+CỘNG\s+SẢN\s+VIỆT\s+NAM$/u;
const AUTHORITY = /^(TM|KT|TL|TUQ|Q|T\/M|K\/T|T\/L)\s*\.?\s+\S/u;
/** A typed rule or separator: dashes, underscores, stars, dots. */
const SEPARATOR = /^[-_*.…=\s]+$/u;
const hasLetters = (t: string): boolean => /\p{L}/u.test(t);
/** Upper case as shown: every letter capital, or the runs set to All caps. */
export const isUpperText = (p: ParagraphSnapshot): boolean =>
  p.font?.caps === true || (hasLetters(p.text) && p.text === p.text.toLocaleUpperCase("vi"));
/** Brackets around a signing note (“(Đã ký)”, “(Ký, ghi rõ họ tên)”). */
const NOTE = /^[([].*[)\]]$/u;

const sameCell = (a: ParagraphSnapshot, b: ParagraphSnapshot): boolean =>
  !!a.cell && !!b.cell && a.cell.table === b.cell.table && a.cell.row === b.cell.row && a.cell.cell === b.cell.cell;

const sameColumnAbove = (p: ParagraphSnapshot, anchor: ParagraphSnapshot): boolean =>
  !!p.cell &&
  !!anchor.cell &&
  p.cell.table === anchor.cell.table &&
  p.cell.cell === anchor.cell.cell &&
  p.cell.row <= anchor.cell.row;

export function analyzeComponents(doc: DocumentSnapshot, s: DocumentStructure): DocumentComponents {
  const ps = doc.paragraphs;
  const at = new Map<ComponentKind, number[]>();
  const add = (kind: ComponentKind, i: number | undefined): void => {
    if (i === undefined || !ps[i] || norm(ps[i].text) === "") return;
    const list = at.get(kind) ?? [];
    if (!list.includes(i)) list.push(i);
    at.set(kind, list);
  };
  // The header ends where the body starts: the title line, else the Số/date lines, within the first 40 paragraphs.
  const headerLimit = Math.min(ps.length, 40);
  let partyHeader: number | undefined;
  for (let i = 0; i < headerLimit; i++) {
    if (PARTY_HEADER.test(norm(ps[i].text).toLocaleUpperCase("vi"))) {
      partyHeader = i;
      break;
    }
  }
  const style: DocumentStyle = partyHeader !== undefined && !s.quocHieuLine ? "party" : "state";
  const heading = s.quocHieuLine?.paragraph ?? partyHeader;
  // The agency's cell: the one holding Số, else the cell beside the national heading in a header table.
  const headingCell = heading !== undefined ? ps[heading].cell : undefined;
  const agencyCellMate = s.soLine
    ? ps[s.soLine.paragraph]
    : headingCell
      ? ps.find(
          (p) =>
            p.cell &&
            p.cell.table === headingCell.table &&
            p.cell.row === headingCell.row &&
            p.cell.cell !== headingCell.cell &&
            isUpperText(p) &&
            norm(p.text).length > 2,
        )
      : undefined;
  const officialHeader = heading !== undefined && agencyCellMate !== undefined;

  add("quocHieu", s.quocHieuLine?.paragraph);
  add("tieuNgu", s.tieuNguLine?.paragraph);
  if (style === "party") add("partyHeader", partyHeader);
  add("number", s.soLine?.paragraph);
  add("placeDate", s.placeDateLine?.paragraph);

  if (officialHeader && agencyCellMate) {
    // Agency lines: above Số in its cell, or (typed as paragraphs) the capitalised lines before Số that are not
    // the national heading.
    const so = agencyCellMate;
    const last = s.soLine ? so.index : ps.length;
    const taken = new Set([
      s.quocHieuLine?.paragraph,
      s.tieuNguLine?.paragraph,
      partyHeader,
      s.placeDateLine?.paragraph,
    ]);
    const agencyLines: number[] = [];
    for (let i = 0; i < last; i++) {
      const p = ps[i];
      const t = norm(p.text);
      if (so.cell && i > so.index && !sameCell(p, so)) break;
      if (!t || taken.has(i) || SEPARATOR.test(t) || t.includes("\t")) continue;
      // In a header table the agency sits in Số's column, in Số's cell or the rows above it.
      if (so.cell ? !sameColumnAbove(p, so) : p.inTable) continue;
      if (!isUpperText(p)) continue;
      agencyLines.push(i);
    }
    if (agencyLines.length >= 2) {
      const first = ps[agencyLines[0]];
      const last = ps[agencyLines[agencyLines.length - 1]];
      // A parent body is set apart by weight (not bold over a bold issuing body); two bold lines are one wrapped name.
      const parentFirst = !(first.font?.bold === true && last.font?.bold === true);
      if (parentFirst) add("parentAgency", agencyLines[0]);
      for (const i of parentFirst ? agencyLines.slice(1) : agencyLines) add("agency", i);
    } else add("agency", agencyLines[0]);

    // V/v under Số (công văn).
    const vvFrom = s.soLine ? so.index + 1 : ps.length;
    for (let i = vvFrom; i < Math.min(ps.length, so.index + 4); i++) {
      const t = norm(ps[i].text);
      if (/^V\/[vV]\b/u.test(t)) {
        add("congVanSubject", i);
        // A long trích yếu wraps onto the next lines of the same cell.
        for (let j = i + 1; j < Math.min(ps.length, i + 3); j++) {
          const next = ps[j];
          const nt = norm(next.text);
          if (!nt || !ps[i].cell || !sameCell(ps[i], next) || /^K[íi]nh\s*g[ửu]i/iu.test(nt)) break;
          add("congVanSubject", j);
        }
        break;
      }
    }
  }

  if (officialHeader && s.titleLine) {
    add("typeName", s.titleLine.paragraph);
    // Trích yếu: the lines right under the name, up to a blank line, a separator or a capitalised authority line.
    for (let i = s.titleLine.paragraph + 1; i < Math.min(ps.length, s.titleLine.paragraph + 4); i++) {
      const p = ps[i];
      const t = norm(p.text);
      if (!t || SEPARATOR.test(t) || isUpperText(p) || /^(Căn cứ|K[íi]nh\s*g[ửu]i)/iu.test(t)) break;
      if (p.alignment !== undefined && p.alignment !== "centered") break;
      add("subject", i);
    }
  }
  if (officialHeader) {
    add("kinhGui", s.kinhGuiLine?.paragraph);
    if (hasFormalPreamble(ps, s)) for (const i of s.canCu) add("canCu", i);
    // Căn cứ lines after an authority line (a quyết định) come after the structure's header: read them here,
    // up to the first heading.
    const from = (s.titleLine?.paragraph ?? s.headerEnd) + 1;
    for (let i = from; i < Math.min(ps.length, from + 25); i++) {
      if (s.headingAt.has(i)) break;
      if (/^Căn cứ(?![\p{L}\p{M}])/u.test(norm(ps[i].text)) && hasFormalPreamble(ps, s)) add("canCu", i);
    }
  }

  if (officialHeader) closingComponents(ps, s, add);
  return { style, officialHeader, at };
}

/** Nơi nhận, its list, and the signing block beside it (its table cell, or the short lines after the list). */
function closingComponents(
  ps: readonly ParagraphSnapshot[],
  s: DocumentStructure,
  add: (kind: ComponentKind, i: number | undefined) => void,
): void {
  const label = s.noiNhanLine ? ps[s.noiNhanLine.paragraph] : undefined;
  if (label) {
    add("noiNhanLabel", label.index);
    for (let i = label.index + 1; i < ps.length; i++) {
      const p = ps[i];
      const t = norm(p.text);
      if (label.cell && !sameCell(label, p)) break;
      if (!t) continue;
      if (!/^[-+•]/u.test(t)) break;
      add("recipients", i);
    }
  }
  // Signing lines: the other cells of the Nơi nhận row, else the short lines after the recipients.
  let signing: number[] = [];
  if (label?.cell) {
    const row = label.cell;
    signing = ps
      .filter(
        (p) =>
          p.cell && p.cell.table === row.table && p.cell.row === row.row && p.cell.cell !== row.cell && norm(p.text),
      )
      .map((p) => p.index);
  } else if (label) signing = s.signatureLines;
  let seenTitle = false;
  for (const i of signing) {
    const p = ps[i];
    const t = norm(p.text);
    if (!t || SEPARATOR.test(t) || NOTE.test(t)) continue;
    if (AUTHORITY.test(t)) {
      add("authority", i);
      seenTitle = true;
    } else if (isUpperText(p) && t.length < 60) {
      add("signerTitle", i);
      seenTitle = true;
    } else if (seenTitle && isNameLike(t)) {
      add("signerName", i);
      break;
    }
  }
  if (seenTitle) return;
  // Otherwise the block sits before Nơi nhận (a biên bản's two signatures) or ends a text without one: read it
  // back from the last name, through the capitalised lines right above it.
  const end = label ? label.index : (s.appendixStart ?? ps.length);
  const from = Math.max(s.headerEnd + 1, end - 20);
  let name: number | undefined;
  for (let i = end - 1; i >= from; i--) {
    const t = norm(ps[i].text);
    if (!t || NOTE.test(t)) continue;
    if (isNameLike(t) && !isUpperText(ps[i])) {
      name = i;
      break;
    }
    if (!isUpperText(ps[i])) return;
  }
  if (name === undefined) return;
  const block: number[] = [];
  for (let i = name - 1; i >= from; i--) {
    const p = ps[i];
    const t = norm(p.text);
    if (!t || NOTE.test(t)) continue;
    if (!(AUTHORITY.test(t) || (isUpperText(p) && t.length < 60))) break;
    block.unshift(i);
  }
  if (!block.length) return;
  for (const i of block) add(AUTHORITY.test(norm(ps[i].text)) ? "authority" : "signerTitle", i);
  add("signerName", name);
}

/**
 * Căn cứ ban hành (italic, one per line) belong to a decision's preamble: a quyết định or nghị quyết, a
 * “QUYẾT ĐỊNH:”/“QUYẾT NGHỊ:” line, or several lines ending with “;”. A kế hoạch's opening sentence
 * “Căn cứ …, Sở … ban hành Kế hoạch …” is body text, upright.
 */
function hasFormalPreamble(ps: readonly ParagraphSnapshot[], s: DocumentStructure): boolean {
  const abbr = s.documentType?.abbr;
  if (abbr === "QĐ" || abbr === "NQ") return true;
  const start = (s.titleLine?.paragraph ?? s.headerEnd) + 1;
  const window = ps.slice(start, start + 40).map((p) => norm(p.text));
  if (window.some((t) => /^QUYẾT\s+(ĐỊNH|NGHỊ)\s*:$/u.test(t))) return true;
  return window.filter((t) => /^Căn cứ(?![\p{L}\p{M}]).*;$/u.test(t)).length >= 2;
}

/** A person's name: two to six words, each starting with a capital (học hàm such as “TS.” allowed before it). */
export function isNameLike(t: string): boolean {
  // A template's slot for the name ("{{nguoi_ky}}", "………") stands for it.
  if (/^\{\{[^}]*\}\}$|^[.…]{3,}$/u.test(t)) return true;
  const words = t.replace(/^((GS|PGS|TS|ThS|BS|KS|CN|Ths)\.\s*)+/u, "").split(/\s+/u);
  return words.length >= 2 && words.length <= 6 && words.every((w) => /^\p{Lu}/u.test(w));
}

/** Components cached per check run. */
export function componentsOf(doc: DocumentSnapshot, cache?: Map<string, unknown>): DocumentComponents {
  const hit = cache?.get("components") as DocumentComponents | undefined;
  if (hit) return hit;
  const c = analyzeComponents(doc, structureOf(doc, cache));
  cache?.set("components", c);
  return c;
}

/** The document's style, state (NĐ 30) or Party (HD 05), as the layout rules read it. */
export function documentStyleOf(doc: DocumentSnapshot, cache?: Map<string, unknown>): DocumentStyle {
  return componentsOf(doc, cache).style;
}
