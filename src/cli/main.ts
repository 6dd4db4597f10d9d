/**
 * `vbhc`: the headless command line on the same core as the task pane.
 * Each command lives in its own module and registers itself here.
 */
import { Command, CommanderError } from "commander";
import { registerNew } from "./new-command";
import { registerCheck } from "./check-command";
import { registerCite } from "./cite-command";
import { registerCatalog } from "./catalog-command";
import { CliExit } from "./cli-exit";
import { visible, visibleLines } from "./terminal-text";

export async function main(argv: readonly string[]): Promise<number> {
  const program = new Command();
  let exitCode = 0;
  program
    .name("vbhc")
    .description("Văn bản hành chính: check and draft Vietnamese administrative documents (NĐ 30/2020/NĐ-CP)")
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });
  const setExit = (code: number) => {
    exitCode = Math.max(exitCode, code);
  };
  registerNew(program, setExit);
  registerCheck(program, setExit);
  registerCite(program, setExit);
  registerCatalog(program, setExit);
  try {
    await program.parseAsync([...argv]);
  } catch (err) {
    if (err instanceof CliExit) {
      process.stderr.write(`${visibleLines(err.message)}\n`);
      return err.code;
    }
    if (err instanceof CommanderError) {
      // Help and version are not errors; anything else is bad usage.
      return err.exitCode === 0 ? 0 : 2;
    }
    // A failure no command foresaw still ends with a reason in both languages, and exit 2.
    const detail = visible(err instanceof Error ? err.message : String(err));
    process.stderr.write(`vbhc: unexpected error: ${detail}\nvbhc: lỗi không lường trước: ${detail}\n`);
    return 2;
  }
  return exitCode;
}
