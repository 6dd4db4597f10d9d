import { createListCounter, parseListDefinitions } from "../../../src/docx/list-markers";
import { parseXml } from "../../../src/docx/xml";

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const lvl = (ilvl: number, fmt: string, text: string, start = 1) =>
  `<w:lvl w:ilvl="${ilvl}"><w:start w:val="${start}"/><w:numFmt w:val="${fmt}"/><w:lvlText w:val="${text}"/></w:lvl>`;

const defs = parseListDefinitions(
  parseXml(
    `<w:numbering ${W}>` +
      `<w:abstractNum w:abstractNumId="0">${lvl(0, "upperRoman", "%1.")}${lvl(1, "decimal", "%2.")}${lvl(2, "lowerLetter", "%3)")}</w:abstractNum>` +
      `<w:abstractNum w:abstractNumId="1">${lvl(0, "decimal", "%1.")}${lvl(1, "decimal", "%1.%2.")}</w:abstractNum>` +
      `<w:abstractNum w:abstractNumId="2">${lvl(0, "decimalZero", "%1-", 8)}${lvl(1, "bullet", "-")}</w:abstractNum>` +
      `<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>` +
      `<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>` +
      `<w:num w:numId="3"><w:abstractNumId w:val="1"/></w:num>` +
      `<w:num w:numId="4"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>` +
      `<w:num w:numId="5"><w:abstractNumId w:val="2"/></w:num>` +
      `</w:numbering>`,
  ),
);

describe("Word list markers", () => {
  test("count per level in document order, restart lower levels, and format each level", () => {
    const next = createListCounter(defs);
    expect([next(1, 0), next(1, 1), next(1, 2), next(1, 2), next(1, 1), next(1, 2), next(1, 0), next(1, 1)]).toEqual([
      "I.",
      "1.",
      "a)",
      "b)",
      "2.",
      "a)",
      "II.",
      "1.",
    ]);
  });

  test("multi-level text, continuation across nums of one definition, and a restart by startOverride", () => {
    const next = createListCounter(defs);
    expect([next(2, 0), next(2, 1), next(2, 1), next(3, 0), next(3, 1), next(4, 0), next(4, 1)]).toEqual([
      "1.",
      "1.1.",
      "1.2.",
      "2.",
      "2.1.",
      "1.",
      "1.1.",
    ]);
  });

  test("start values, zero-padded numbers and bullets", () => {
    const next = createListCounter(defs);
    expect([next(5, 0), next(5, 1), next(5, 0)]).toEqual(["08-", "-", "09-"]);
  });

  test("unknown lists and an absent numbering part give no marker", () => {
    expect(createListCounter(defs)(99, 0)).toBeUndefined();
    expect(createListCounter(parseListDefinitions(undefined))(1, 0)).toBeUndefined();
  });
});
