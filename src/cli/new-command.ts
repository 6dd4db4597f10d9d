import type { Command } from "commander";

/** Placeholder until the new command lands: it is not registered, so `vbhc new` is an unknown command. */
export function registerNew(_program: Command, _setExit: (code: number) => void): void {}
