/** Unit conversions, once: WordprocessingML measures in twips (1/20 pt), the decree in mm and cm. */
export const MM_PER_PT = 25.4 / 72;
export const TWIPS_PER_PT = 20;
export const TWIPS_PER_MM = 1440 / 25.4;
export const mmToTwips = (mm: number): number => Math.round(mm * TWIPS_PER_MM);
export const twipsToMm = (tw: number): number => tw / TWIPS_PER_MM;
export const cmToPt = (cm: number): number => (cm * 72) / 2.54;
export const ptToCm = (pt: number): number => (pt * 2.54) / 72;
export const twipsToPt = (tw: number): number => tw / TWIPS_PER_PT;
export const ptToTwips = (pt: number): number => Math.round(pt * TWIPS_PER_PT);
