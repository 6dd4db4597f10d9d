/** Types for scripts/initial-js.js (bench and build-output test). */
export function initialScripts(distDir: string, page: string): { file: string; bytes: number; gzip: number }[];
export function initialGzipBytes(distDir: string, page: string): number;
