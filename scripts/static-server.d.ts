/** Types for scripts/static-server.js (used by the browser tests). */
import type { Server } from "http";
export function serveDirectory(
  root: string,
  options?: { host?: string; port?: number },
): Promise<{ server: Server; url: string }>;
export const MIME: Record<string, string>;
/** The Content-Encoding to send for an Accept-Encoding header ("br", "gzip"), or undefined for none. */
export function pickEncoding(acceptEncoding: string | undefined): "br" | "gzip" | undefined;
