import type { Command } from "commander";

/** Placeholder until the check command lands: it is not registered, so `vbhc check` is an unknown command. */
export function registerCheck(_program: Command, _setExit: (code: number) => void): void {}
