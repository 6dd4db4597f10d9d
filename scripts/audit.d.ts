export type AuditResult =
  { ran: false; reason: string } | { ran: true; counts: Record<string, number>; names: string[]; failing: string[] };
export function interpretAudit(stdout: string, status: number | null, spawnError?: Error): AuditResult;
export function productionPackages(root: string): number | undefined;
