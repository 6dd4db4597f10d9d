/**
 * What the Mẫu & đề mục tab needs from core, as one interface (tests may pass another implementation);
 * the binding to core/templates, core/blocks and core/numbering lives here and only here.
 */
import { bodyFormat, bodyParaOptions, buildScaffold, validateBlockInput } from "../../../core/blocks";
import { fmt, p1 } from "../../../core/blocks/wordml";
import type { DocumentSnapshot } from "../../../core/model/document";
import type { TextEdit } from "../../../core/model/edits";
import { nextHeading, renumber, type HeadingLevel as CoreLevel } from "../../../core/numbering";
import { matchHeading } from "../../../core/structure";
import { STATE_FORMATS } from "../../../core/rules";
import { createTemplateRegistry, type DocumentFields, resolveInput } from "../../../core/templates";
import { toFlatOpc } from "../../../docx/flat-opc";
import { toBlockInput } from "../header/header-core";
import type { HeaderForm } from "../header/header-form";
import { BUNDLED_TEMPLATES } from "./bundled-templates";
import type { HeadingLevelId } from "./heading-levels";

export interface TemplatesCore {
  /** Types that have a template, in the order the picker shows them. */
  types: readonly { slug: string; name: string }[];
  /** True for types drafted with Chương/Mục/Điều/khoản/điểm. */
  hasArticles(slug: string): boolean;
  /** Vietnamese messages when the agency profile lacks what the template needs; empty when it can be built. */
  missing(slug: string, fields: HeaderForm): string[];
  /** Body WordprocessingML of a whole new document of that type, filled from the form/profile. */
  documentXml(slug: string, fields: HeaderForm): string;
  /** Body WordprocessingML of the type's section scaffold, or undefined when it has none. */
  scaffoldXml(slug: string): string | undefined;
  /** The marker text of a heading of `level` inserted before paragraph `at` ("II. ", "Điều 3. "). */
  nextHeading(doc: DocumentSnapshot, level: HeadingLevelId, at: number): string;
  /** One paragraph of body XML holding a heading of `level` that starts with `marker`. */
  headingXml(level: HeadingLevelId, marker: string): string;
  /** Edits that renumber every heading of the document. */
  renumber(doc: DocumentSnapshot): TextEdit[];
  toOoxml(bodyXml: string): string;
}

const registry = createTemplateRegistry(BUNDLED_TEMPLATES);

/** Profile fields for a template: what the profile leaves blank comes from the template. */
function fieldsOf(form: HeaderForm): DocumentFields {
  const { type: _type, ...input } = toBlockInput(form);
  const s = input.signing;
  return {
    ...input,
    kinhGui: input.kinhGui?.length ? input.kinhGui : undefined,
    recipients: input.recipients?.length ? input.recipients : undefined,
    signing: s && (s.title || s.name) ? s : undefined,
  };
}

const CORE_LEVEL: Partial<Record<HeadingLevelId, CoreLevel>> = {
  part: "phan",
  roman: "roman",
  arabic: "arabic",
  letter: "letter",
  chapter: "chuong",
  section: "muc-word",
  article: "dieu",
  clause: "arabic",
  point: "letter",
};
const BOLD_LEVELS: ReadonlySet<HeadingLevelId> = new Set(["part", "roman", "chapter", "section", "article"]);

/** A heading paragraph drawn like the body around it (indent, spacing, line spacing from the rules data), as the
 * scaffold draws its headings, so Kiểm tra does not report the pane's own headings. */
function headingPara(text: string, bold: boolean): string {
  const f = bold ? fmt(STATE_FORMATS.sectionHeading) : bodyFormat();
  return p1(text, f, bodyParaOptions({ keepNext: bold }));
}

/**
 * The document as numbering should see it: a paragraph holding only a marker ("4. ", "V. ", a heading the
 * pane inserted and the officer has not titled yet) counts as a heading, so the next click numbers on.
 */
function withBareMarkers(doc: DocumentSnapshot): DocumentSnapshot {
  const paragraphs = doc.paragraphs.map((p) => {
    const t = p.text.trim();
    if (t === "" || t.length > 12 || p.inTable || matchHeading(p.text)) return p;
    const titled = `${p.text.trimEnd()} Đề mục`;
    return matchHeading(titled) ? { ...p, text: titled } : p;
  });
  return { ...doc, paragraphs };
}

export const coreTemplates: TemplatesCore = {
  types: registry.list().map((t) => ({ slug: t.slug, name: t.label })),
  hasArticles: (slug) => registry.get(slug)?.kind === "articles",
  missing(slug, form) {
    const t = registry.get(slug);
    if (!t) return ["Chưa có mẫu cho loại văn bản này."];
    return validateBlockInput(resolveInput(t, fieldsOf(form)), { needSigning: true }).map((i) => i.message);
  },
  documentXml: (slug, form) => registry.buildDocument(slug, fieldsOf(form)).bodyXml,
  scaffoldXml(slug) {
    const t = registry.get(slug);
    return t && t.sections.length ? buildScaffold(t.kind, t.sections) : undefined;
  },
  nextHeading(doc, level, at) {
    if (level === "dash") return "- ";
    if (level === "plus") return "+ ";
    const core = CORE_LEVEL[level] ?? "arabic";
    return `${nextHeading(withBareMarkers(doc), core, at)} `;
  },
  headingXml: (level, marker) => headingPara(marker, BOLD_LEVELS.has(level)),
  renumber: (doc) => renumber(doc),
  toOoxml: toFlatOpc,
};
