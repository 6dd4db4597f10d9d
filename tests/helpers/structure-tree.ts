/** The headings structure reads from plain text, as 1-based lines with their marker and parent, for assertions. */
import { snapshotFromText } from "../../src/core/model/document";
import { analyzeStructure } from "../../src/core/structure";

export const tree = (text: string) => {
  const s = analyzeStructure(snapshotFromText(text));
  return s.headings.map((h) => ({
    line: h.paragraph + 1,
    marker: `${h.number}${h.separator}`,
    style: h.style,
    parentLine: h.parent >= 0 ? s.headings[h.parent].paragraph + 1 : 0,
    sure: h.confidence === "sure",
  }));
};
