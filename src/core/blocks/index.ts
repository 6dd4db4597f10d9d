/** Block builders: pure functions from validated data to WordprocessingML body XML (w: prefix). */
export {
  type BlockInput,
  type BlockIssue,
  type BlockStyle,
  type SigningInput,
  type ParsedDate,
  BlockInputError,
  validateBlockInput,
  assertBlockInput,
} from "./input";
export {
  buildHeader,
  buildTitle,
  buildKinhGui,
  numberText,
  placeDateText,
  headerRuleLengths,
  wrappedWidthTwips,
} from "./header";
export { buildClosing, buildDualSigning, recipientLines, signingLines } from "./closing";
export {
  buildBodyParagraphs,
  buildCanCu,
  buildDecisionWord,
  buildAuthorityLine,
  bodyFormat,
  bodyParaOptions,
} from "./body";
export { buildSectPr, buildPageHeaders, type SectPrOptions } from "./page";
export {
  buildScaffold,
  validateOutline,
  headingLabel,
  type ScaffoldKind,
  type ScaffoldLevel,
  type ScaffoldNode,
} from "./scaffold";
export { geometry, resolveMargins, type Geometry, type Margins } from "./layout";
export { textWidthPt } from "./text-width";
export { type RunFormat } from "./wordml";
