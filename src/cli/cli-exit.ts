/** An error that ends the command with a code and a message in English and Vietnamese. */
export class CliExit extends Error {
  constructor(
    readonly code: number,
    english: string,
    vietnamese: string,
  ) {
    super(`${english}\n${vietnamese}`);
  }
}
