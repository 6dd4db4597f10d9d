/** Small helpers shared by rule modules. */
import type { Edit } from "../model/edits";
import type { DocumentSnapshot, SectionSetup } from "../model/document";
import type { Finding, Fix, Rule, Severity } from "./types";

export interface FindingInput {
  paragraph: number;
  start: number;
  end: number;
  message: string;
  severity?: Severity;
  fix?: Fix;
}

/** Builds a finding with the rule's id, severity and ref, and the excerpt cut from the document. */
export function finding(rule: Pick<Rule, "id" | "meta">, doc: DocumentSnapshot, f: FindingInput): Finding {
  const text = doc.paragraphs[f.paragraph]?.text ?? "";
  return {
    ruleId: rule.id,
    severity: f.severity ?? rule.meta.severity,
    message: f.message,
    paragraph: f.paragraph,
    start: f.start,
    end: f.end,
    excerpt: text.slice(f.start, f.end),
    ref: rule.meta.ref,
    ...(f.fix ? { fix: f.fix } : {}),
  };
}

/**
 * A page-level finding (margins, paper, page numbers): it names its section, has no text range, and points at
 * the section's first paragraph so Go to lands in the right part of the document.
 */
export function pageFinding(
  rule: Pick<Rule, "id" | "meta">,
  doc: DocumentSnapshot,
  section: Pick<SectionSetup, "section" | "firstParagraph">,
  message: string,
  severity?: Severity,
): Finding {
  const paragraph = Math.max(0, Math.min(section.firstParagraph, doc.paragraphs.length - 1));
  return {
    ruleId: rule.id,
    severity: severity ?? rule.meta.severity,
    message,
    paragraph,
    start: 0,
    end: 0,
    excerpt: "",
    ref: rule.meta.ref,
    section: section.section,
  };
}

/** A fix replacing [start, end) of one paragraph. */
export function replaceFix(
  doc: DocumentSnapshot,
  paragraph: number,
  start: number,
  end: number,
  replacement: string,
  description?: string,
): Fix {
  const expected = (doc.paragraphs[paragraph]?.text ?? "").slice(start, end);
  const edit: Edit = { kind: "text", paragraph, start, end, expected, replacement };
  return { description: description ?? `Thay “${expected}” bằng “${replacement}”`, edits: [edit] };
}

/** 1-based paragraph number for messages ("đoạn 59"). */
export const para = (i: number): number => i + 1;

/** Iterates regex matches over every paragraph (the regex must have the g flag). */
export function* matchAll(doc: DocumentSnapshot, re: RegExp): Generator<{ paragraph: number; m: RegExpExecArray }> {
  for (const p of doc.paragraphs) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(p.text))) {
      yield { paragraph: p.index, m };
      if (m[0].length === 0) re.lastIndex++;
    }
  }
}
