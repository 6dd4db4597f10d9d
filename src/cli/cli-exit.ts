/**
 * An error that ends the command (or, in a batch, one file) with an exit code and a message in English
 * and Vietnamese. `reason` is a short machine-readable code, the `error.code` of a file in JSON output.
 */
export class CliExit extends Error {
  constructor(
    readonly code: number,
    readonly english: string,
    readonly vietnamese: string,
    readonly reason = "usage",
  ) {
    super(`${english}\n${vietnamese}`);
  }
}
