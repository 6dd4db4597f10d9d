/** Whole documents from a template and the user's fields: header, title, preamble, sections, closing. */
import {
  assertBlockInput,
  buildAuthorityLine,
  buildBodyParagraphs,
  buildCanCu,
  buildClosing,
  buildDecisionWord,
  buildDualSigning,
  buildHeader,
  buildKinhGui,
  buildPageHeaders,
  buildScaffold,
  buildSectPr,
  buildTitle,
  numberText,
  placeDateText,
  recipientLines,
  type BlockInput,
} from "../blocks";
import { fmt, p1, rPr } from "../blocks/wordml";
import { bodyParaOptions } from "../blocks/body";
import { findDocumentType, PARTY_FORMATS, STATE_FORMATS, type DocumentType } from "../rules";
import { parseTemplate, type Template } from "./schema";

/** What the user supplies; anything left out comes from the template (subject, recipients, signing, kính gửi). */
export type DocumentFields = Omit<BlockInput, "type"> & {
  /** Who issues the decision, for the attachment's "(Kèm theo … của …)" line. */
  issuer?: string;
};

export interface BuiltDocument {
  bodyXml: string;
  sectPrXml: string;
  headers: { default: string; first: string };
  title: string;
}

/** The block input a template and fields resolve to (also what the header tab can prefill). */
export function resolveInput(template: Template, fields: DocumentFields): BlockInput {
  return {
    ...fields,
    type: template.type,
    subject: fields.subject ?? template.subject,
    kinhGui: fields.kinhGui ?? template.kinhGui,
    recipients: fields.recipients ?? template.closing.recipients,
    signing: fields.signing ?? template.closing.signing,
  };
}

// The break run carries the font too, so every run in the document is Times New Roman.
const PAGE_BREAK = `<w:p><w:r>${rPr(fmt(STATE_FORMATS.body))}<w:br w:type="page"/></w:r></w:p>`;

function attachmentXml(
  template: Template,
  input: BlockInput,
  decision: DocumentType,
  issuer: string | undefined,
): string {
  const a = template.attachment;
  if (!a) return "";
  const attached: BlockInput = { ...input, type: a.type, subject: a.subject, urgency: undefined, secrecy: undefined };
  const num = numberText(input, decision).replace(/^Số:?\s*/, "");
  const date = placeDateText(input).replace(/^[^,]*,\s*/, "");
  const kem = `(Kèm theo ${decision.name} số ${num} ${date} của ${issuer?.trim() || "…"})`;
  return (
    PAGE_BREAK +
    buildHeader(attached, { numberRow: false }) +
    buildTitle(attached, { underSubject: kem }) +
    buildScaffold(a.kind, a.sections)
  );
}

export function buildDocument(template: Template, fields: DocumentFields): BuiltDocument {
  const input = resolveInput(template, fields);
  const type = assertBlockInput(input, { needSigning: true });
  const style = input.style ?? "state";
  let body = buildHeader(input) + buildTitle(input);
  if (input.kinhGui && input.kinhGui.length > 0) body += buildKinhGui(input.kinhGui, style);
  const pre = template.preamble;
  if (pre?.authorityLine) body += buildAuthorityLine(pre.authorityLine);
  if (pre?.canCu) body += buildCanCu(pre.canCu);
  if (pre?.proposal) body += p1(pre.proposal, fmt(STATE_FORMATS.canCu), bodyParaOptions());
  if (pre?.decisionWord) body += buildDecisionWord(pre.decisionWord);
  if (template.intro) body += buildBodyParagraphs(template.intro, style);
  body += buildScaffold(template.kind, template.sections, style);
  if (template.outro) body += buildBodyParagraphs(template.outro, style);
  if (template.closing.layout === "dual" && template.closing.leftSigning) {
    body += buildDualSigning(input, template.closing.leftSigning);
    // The same formats as the closing table's, in the document's style.
    const formats = style === "party" ? PARTY_FORMATS : STATE_FORMATS;
    const listF = fmt(formats.recipients);
    body += p1("Nơi nhận:", fmt(formats.noiNhanLabel), { before: 12 });
    for (const l of recipientLines(input)) body += p1(l, listF);
  } else body += buildClosing(input);
  body += attachmentXml(template, input, type, fields.issuer);
  return {
    bodyXml: body,
    sectPrXml: buildSectPr({ style, margins: input.margins }),
    headers: buildPageHeaders(style),
    title: [type.name, input.subject].filter(Boolean).join(" "),
  };
}

export interface TemplateRegistry {
  list(): readonly Template[];
  get(slugOrType: string): Template | undefined;
  buildDocument(slugOrType: string, fields: DocumentFields): BuiltDocument;
}

/** Validates raw template data (from JSON files or a bundle) once, and builds documents by slug or type. */
export function createTemplateRegistry(raws: readonly unknown[]): TemplateRegistry {
  const templates = raws.map((r, i) => parseTemplate(r, `template #${i + 1}`));
  const bySlug = new Map(templates.map((t) => [t.slug, t]));
  const get = (key: string): Template | undefined => {
    const direct = bySlug.get(key.trim().toLowerCase());
    if (direct) return direct;
    // A type or Phụ lục III abbreviation ("QĐ", "QD", "bao-cao") maps to that type's main template.
    const type = findDocumentType(key);
    return type ? bySlug.get(type.slug) : undefined;
  };
  return {
    list: () => templates,
    get,
    buildDocument(key, fields) {
      const t = get(key);
      if (!t) throw new Error(`Unknown template: ${key}`);
      return buildDocument(t, fields);
    },
  };
}
