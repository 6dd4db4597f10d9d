/** Nơi nhận (ô 9b) and the signing block (ô 7), as one borderless 2-column table. */
import { FIXED, PARTY_FORMATS, SIGNATURE_SPACE_LINES, signingPrefix, STATE_FORMATS } from "../rules";
import { assertBlockInput, type BlockInput, type SigningInput } from "./input";
import { geometry, resolveMargins } from "./layout";
import { borderlessTable, emptyPara, fmt, p1 } from "./wordml";

const upper = (s: string) => s.trim().toLocaleUpperCase("vi");

/**
 * A recipient line the officer wrote as the archive line: "Lưu:" then anything, or (Party) "Lưu" then a
 * capitalised name ("Lưu Văn phòng"); "Lưu trữ lịch sử tỉnh" is a recipient.
 */
const isLuuLine = (r: string): boolean => /^(?:lưu|Lưu|LƯU)(?:\s*:|\s+\p{Lu})/u.test(r.normalize("NFC"));

/**
 * Recipient lines: "- X;" each, then "- Lưu: VT, <unit>." (Party: "- Lưu <archive>."). An archive line the
 * officer typed among the recipients is kept, in their words, as the last line instead of the default one.
 */
export function recipientLines(input: Pick<BlockInput, "recipients" | "unit" | "style" | "archive">): string[] {
  const items = (input.recipients ?? [])
    .map((r) =>
      r
        .trim()
        .replace(/^-\s*/, "")
        .replace(/[;.,]+$/, ""),
    )
    .filter((r) => r !== "");
  const own = items.filter(isLuuLine);
  const lines = items.filter((r) => !isLuuLine(r)).map((r) => `- ${r};`);
  if (own.length > 0) lines.push(...own.map((r, i) => `- ${r}${i === own.length - 1 ? "." : ";"}`));
  else if (input.style === "party") lines.push(`- Lưu ${input.archive?.trim() || "Văn phòng"}.`);
  else {
    const unit = input.unit?.trim();
    lines.push(`${FIXED.luuPrefix.text}${unit ? `, ${unit}` : ""}.`);
  }
  return lines;
}

/** Lines of the signing block above the signature space: quyền hạn + chức vụ, then the signer's title. */
export function signingLines(s: SigningInput, style: BlockInput["style"] = "state"): { text: string; bold: boolean }[] {
  const party = style === "party";
  const out: { text: string; bold: boolean }[] = [];
  const head = s.authority
    ? `${signingPrefix(s.authority, party ? "party" : "state")} ${upper(s.title)}`
    : upper(s.title);
  out.push({ text: head, bold: true });
  if (s.subTitle)
    for (const l of s.subTitle.split("\n"))
      if (l.trim() !== "")
        out.push({ text: upper(l), bold: party ? PARTY_FORMATS.signerTitle.bold : STATE_FORMATS.signerTitle.bold });
  return out;
}

function signingCell(s: SigningInput, style: BlockInput["style"]): string {
  const party = style === "party";
  const auth = fmt(party ? PARTY_FORMATS.authority : STATE_FORMATS.authority);
  const nameF = fmt(party ? PARTY_FORMATS.signerName : STATE_FORMATS.signerName);
  const c = { align: "centered" as const };
  let out = "";
  for (const l of signingLines(s, style)) out += p1(l.text, { ...auth, bold: l.bold }, c);
  for (let i = 0; i < SIGNATURE_SPACE_LINES.default; i++) out += emptyPara(auth, c);
  out += p1(s.name.trim(), nameF, c);
  return out;
}

/** The closing table: Nơi nhận on the left, the signing block on the right, level with each other. */
export function buildClosing(input: BlockInput): string {
  assertBlockInput(input, { needSigning: true });
  const party = input.style === "party";
  const g = geometry(resolveMargins(input));
  const label = fmt(party ? PARTY_FORMATS.noiNhanLabel : STATE_FORMATS.noiNhanLabel);
  const listF = fmt(party ? PARTY_FORMATS.recipients : STATE_FORMATS.recipients);
  let left = p1(FIXED.noiNhan.text, label);
  for (const l of recipientLines(input)) left += p1(l, listF);
  const right = signingCell(input.signing as SigningInput, input.style);
  return (
    emptyPara(listF) +
    borderlessTable([
      [
        { widthTwips: g.closing.left, content: left },
        { widthTwips: g.closing.right, content: right },
      ],
    ])
  );
}

/** Two signatures side by side (biên bản: THƯ KÝ left, CHỦ TỌA right), no Nơi nhận. */
export function buildDualSigning(input: BlockInput, leftSigner: SigningInput): string {
  assertBlockInput(input, { needSigning: true });
  const g = geometry(resolveMargins(input));
  return (
    emptyPara(fmt(STATE_FORMATS.body)) +
    borderlessTable([
      [
        { widthTwips: Math.round(g.textWidth / 2), content: signingCell(leftSigner, input.style) },
        {
          widthTwips: g.textWidth - Math.round(g.textWidth / 2),
          content: signingCell(input.signing as SigningInput, input.style),
        },
      ],
    ])
  );
}
