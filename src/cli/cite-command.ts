import type { Command } from "commander";

/** Placeholder until the cite command lands: it is not registered, so `vbhc cite` is an unknown command. */
export function registerCite(_program: Command, _setExit: (code: number) => void): void {}
