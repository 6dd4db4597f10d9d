/**
 * Writing a command's output file without ever losing the user's words: the output is never the input
 * (by name, through a symlink or through a hard link) unless the user asked for in-place, and it is
 * written to a temporary file beside it and renamed over it, so a failure leaves the old file whole.
 */
import * as fs from "fs";
import * as path from "path";
import { CliExit } from "./cli-exit";

/** The real path of a file, or of its folder plus its name when the file does not exist yet. */
function realTarget(file: string): string {
  try {
    return fs.realpathSync(file);
  } catch {
    try {
      return path.join(fs.realpathSync(path.dirname(path.resolve(file))), path.basename(file));
    } catch {
      return path.resolve(file);
    }
  }
}

/** True when writing `output` would replace `input`: the same path once resolved, or the same inode. */
export function isSameFile(input: string, output: string): boolean {
  if (realTarget(input) === realTarget(output)) return true;
  try {
    const a = fs.statSync(input);
    const b = fs.statSync(output);
    return a.dev === b.dev && a.ino === b.ino;
  } catch {
    return false;
  }
}

/** Refuses an output that is the input itself. */
export function assertNotInput(input: string, output: string): void {
  if (isSameFile(input, output)) {
    throw new CliExit(
      2,
      `${output} is the input file itself (possibly through a link); give another output, or --in-place to overwrite the input.`,
      `${output} chính là tệp đầu vào (có thể qua liên kết); hãy chọn tệp kết quả khác, hoặc dùng --in-place để ghi đè tệp đầu vào.`,
    );
  }
}

/**
 * Writes bytes to `file` atomically: a temporary file in the same folder (so the rename stays on one
 * file system), flushed, then renamed over the target. A symlinked target is written where it points,
 * and an existing file keeps its permissions.
 */
export function writeFileAtomic(file: string, bytes: Uint8Array): void {
  const target = realTarget(file);
  let mode = 0o666;
  try {
    mode = fs.statSync(target).mode & 0o777;
  } catch {
    // A new file: the default mode, less the umask.
  }
  const tmp = path.join(
    path.dirname(target),
    `.${path.basename(target)}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`,
  );
  try {
    const fd = fs.openSync(tmp, "wx", mode);
    try {
      fs.writeSync(fd, bytes);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(tmp, target);
  } catch (err) {
    fs.rmSync(tmp, { force: true });
    const detail = (err as NodeJS.ErrnoException).code ?? (err instanceof Error ? err.message : String(err));
    throw new CliExit(
      2,
      `${file}: cannot write the output (${detail}); nothing was changed.`,
      `${file}: không ghi được tệp kết quả (${detail}); chưa có gì bị thay đổi.`,
      "write-failed",
    );
  }
}
