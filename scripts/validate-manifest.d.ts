/** Types for scripts/validate-manifest.js (used by its unit tests). */
export interface ManifestCheckOptions {
  /** Directory where icon URLs' paths are looked up. */
  baseDir?: string;
  /** When given, every URL must start with it. */
  baseUrl?: string;
}
export function checkManifest(xmlText: string, options?: ManifestCheckOptions): string[];
export function pngSize(buf: Buffer): { width: number; height: number } | undefined;
export function baseUrlOf(xmlText: string): string | undefined;
