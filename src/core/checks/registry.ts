/** Every check rule, ours and the citation engineer's. */
import { CITATION_RULES } from "../citations/check-rules";
import type { Rule } from "./types";
import { numberingDuplicate } from "./rules/numbering-duplicate";
import { numberingGap } from "./rules/numbering-gap";
import { numberingShifted } from "./rules/numbering-shifted";
import { numberingStart } from "./rules/numbering-start";
import { numberingRomanInvalid } from "./rules/numbering-roman-invalid";
import { numberingMixedSeparator } from "./rules/numbering-mixed-separator";
import { numberingDecimalPrefix } from "./rules/numbering-decimal-prefix";
import { symbolDraftBlank } from "./rules/symbol-draft-blank";
import { symbolLeadingZero } from "./rules/symbol-leading-zero";
import { symbolForm } from "./rules/symbol-form";
import { symbolTypeMismatch } from "./rules/symbol-type-mismatch";
import { symbolMalformed } from "./rules/symbol-malformed";
import { dateInvalid } from "./rules/date-invalid";
import { dateWordsZero } from "./rules/date-words-zero";
import { dateSlashStyle } from "./rules/date-slash-style";
import { dateDraftBlank } from "./rules/date-draft-blank";
import { dateHeaderForm } from "./rules/date-header-form";
import { dateGlued } from "./rules/date-glued";
import { fixedQuocHieu } from "./rules/fixed-string-quoc-hieu";
import { fixedTieuNgu } from "./rules/fixed-string-tieu-ngu";
import { fixedNoiNhan } from "./rules/fixed-string-noi-nhan";
import { fixedKinhGui } from "./rules/fixed-string-kinh-gui";
import { fixedSigning } from "./rules/fixed-string-signing";
import { fixedDieuCapital } from "./rules/fixed-string-dieu-capital";
import { fixedVv } from "./rules/fixed-string-vv";
import { closingSignerTitle } from "./rules/closing-signer-title";
import { closingLuuLine } from "./rules/closing-luu-line";
import { encodingNonNfc } from "./rules/encoding-non-nfc";
import { encodingDamage } from "./rules/encoding-damage";
import { encodingMixed } from "./rules/encoding-mixed";
import { textInvalidSyllables } from "./rules/text-invalid-syllables";
import { textDetachedMarks } from "./rules/text-detached-marks";
import { textTelexResidue } from "./rules/text-telex-residue";
import { textGluedSyllables } from "./rules/text-glued-syllables";
import { textDamagedWordPair } from "./rules/text-damaged-word-pair";
import { textTonePlacement } from "./rules/text-tone-placement";
import { capitalisationAgencyName } from "./rules/capitalisation-agency-name";
import { capitalisationLawName } from "./rules/capitalisation-law-name";
import { capitalisationDocumentPart } from "./rules/capitalisation-document-part";
import { capitalisationAdminUnit } from "./rules/capitalisation-admin-unit";
import { capitalisationDocumentType } from "./rules/capitalisation-document-type";
import { capitalisationTitle } from "./rules/capitalisation-title";
import { textSplitCapitals } from "./rules/text-split-capitals";
import { numberThousands } from "./rules/number-thousands";
import { layoutPageSize } from "./rules/layout-page-size";
import { layoutMargins } from "./rules/layout-margins";
import { layoutFont } from "./rules/layout-font";
import { layoutFontSize } from "./rules/layout-font-size";
import { layoutLineSpacing } from "./rules/layout-line-spacing";
import { layoutParagraphSpacing } from "./rules/layout-paragraph-spacing";
import { layoutFirstLineIndent } from "./rules/layout-first-line-indent";
import { layoutPageNumbers } from "./rules/layout-page-numbers";
import { componentQuocHieu } from "./rules/component-quoc-hieu";
import { componentTieuNgu } from "./rules/component-tieu-ngu";
import { componentPartyHeader } from "./rules/component-party-header";
import { componentParentAgency } from "./rules/component-parent-agency";
import { componentAgency } from "./rules/component-agency";
import { componentNumber } from "./rules/component-number";
import { componentPlaceDate } from "./rules/component-place-date";
import { componentTypeName } from "./rules/component-type-name";
import { componentSubject } from "./rules/component-subject";
import { componentCongVanSubject } from "./rules/component-cong-van-subject";
import { componentKinhGui } from "./rules/component-kinh-gui";
import { componentCanCu } from "./rules/component-can-cu";
import { componentNoiNhanLabel } from "./rules/component-noi-nhan-label";
import { componentRecipients } from "./rules/component-recipients";
import { componentAuthority } from "./rules/component-authority";
import { componentSignerTitle } from "./rules/component-signer-title";
import { componentSignerName } from "./rules/component-signer-name";
import { componentRuleLines } from "./rules/component-rule-lines";
import { closingMissingParts } from "./rules/closing-missing-parts";
import { fixedHanhChinh } from "./rules/fixed-string-hanh-chinh";

export const CORE_RULES: readonly Rule[] = [
  numberingDuplicate,
  numberingGap,
  numberingShifted,
  numberingStart,
  numberingRomanInvalid,
  numberingMixedSeparator,
  numberingDecimalPrefix,
  symbolDraftBlank,
  symbolLeadingZero,
  symbolForm,
  symbolTypeMismatch,
  symbolMalformed,
  dateInvalid,
  dateWordsZero,
  dateSlashStyle,
  dateDraftBlank,
  dateHeaderForm,
  dateGlued,
  fixedQuocHieu,
  fixedTieuNgu,
  fixedNoiNhan,
  fixedKinhGui,
  fixedSigning,
  fixedDieuCapital,
  fixedVv,
  closingSignerTitle,
  closingLuuLine,
  encodingNonNfc,
  encodingDamage,
  encodingMixed,
  textInvalidSyllables,
  textDetachedMarks,
  textTelexResidue,
  textGluedSyllables,
  textDamagedWordPair,
  textTonePlacement,
  textSplitCapitals,
  capitalisationAgencyName,
  capitalisationLawName,
  capitalisationDocumentPart,
  capitalisationAdminUnit,
  capitalisationDocumentType,
  capitalisationTitle,
  numberThousands,
  layoutPageSize,
  layoutMargins,
  layoutFont,
  layoutFontSize,
  layoutLineSpacing,
  layoutParagraphSpacing,
  layoutFirstLineIndent,
  layoutPageNumbers,
  componentQuocHieu,
  componentTieuNgu,
  componentPartyHeader,
  componentParentAgency,
  componentAgency,
  componentNumber,
  componentPlaceDate,
  componentTypeName,
  componentSubject,
  componentCongVanSubject,
  componentKinhGui,
  componentCanCu,
  componentNoiNhanLabel,
  componentRecipients,
  componentAuthority,
  componentSignerTitle,
  componentSignerName,
  componentRuleLines,
  closingMissingParts,
  fixedHanhChinh,
];

/** All rules run by the engine. */
export function allRules(): readonly Rule[] {
  return [...CORE_RULES, ...CITATION_RULES];
}
