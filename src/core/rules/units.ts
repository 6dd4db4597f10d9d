/**
 * Unit conversions, once: WordprocessingML measures lengths in twips (1/20 pt), font sizes in half-points and
 * "auto" line spacing in 240ths of a line; the decree measures in mm and cm.
 */
export const MM_PER_PT = 25.4 / 72;
export const TWIPS_PER_PT = 20;
export const TWIPS_PER_MM = 1440 / 25.4;
/** w:spacing/@w:line with w:lineRule="auto" counts 240ths of a single line. */
export const LINE_UNITS_PER_LINE = 240;
export const mmToTwips = (mm: number): number => Math.round(mm * TWIPS_PER_MM);
export const cmToTwips = (cm: number): number => mmToTwips(cm * 10);
export const twipsToMm = (tw: number): number => tw / TWIPS_PER_MM;
export const mmToPt = (mm: number): number => (mm * 72) / 25.4;
export const ptToMm = (pt: number): number => (pt * 25.4) / 72;
export const cmToPt = (cm: number): number => (cm * 72) / 2.54;
export const ptToCm = (pt: number): number => (pt * 2.54) / 72;
export const twipsToPt = (tw: number): number => tw / TWIPS_PER_PT;
export const ptToTwips = (pt: number): number => Math.round(pt * TWIPS_PER_PT);
/** A font size in points as w:sz/w:szCs half-points, and back. */
export const ptToHalfPoints = (pt: number): number => Math.round(pt * 2);
export const halfPointsToPt = (hp: number): number => hp / 2;
/** A line-spacing multiple (1, 1.15, 1.5) as w:line in 240ths of a line, and back. */
export const linesToLineUnits = (lines: number): number => Math.round(lines * LINE_UNITS_PER_LINE);
export const lineUnitsToLines = (units: number): number => units / LINE_UNITS_PER_LINE;
