/** Decides whether the pane can run in this host, before anything else is rendered. */

export type HostSupport = "ok" | "not-word" | "no-wordapi-1.3";

export interface HostInfoLike {
  host: unknown;
}

export interface RequirementsLike {
  isSetSupported(name: string, minVersion?: string): boolean;
}

/** "ok" only in Word with WordApi 1.3, the manifest's floor. */
export function checkHost(
  info: HostInfoLike,
  wordHost: unknown,
  requirements: RequirementsLike | undefined,
): HostSupport {
  if (info.host !== wordHost) return "not-word";
  try {
    return requirements?.isSetSupported("WordApi", "1.3") ? "ok" : "no-wordapi-1.3";
  } catch {
    return "no-wordapi-1.3";
  }
}
