/**
 * A worker thread of `vbhc check` (see check-pool.ts): checks the chunks of files it is sent with the same
 * runCheck as one process, and answers with the files' JSON reports and the exit code they imply.
 */
import { parentPort, workerData } from "worker_threads";
import { failedReport, runCheck, type JsonFile } from "./check-command";
import type { ChunkRequest, ChunkResult, WorkerSetup } from "./check-pool";

const { disabled } = (workerData ?? { disabled: [] }) as WorkerSetup;

// The main thread reports unreadable files itself, once, in input order.
process.stderr.write = () => true;

/** runCheck on some files: their reports and the exit code. */
async function check(files: string[]): Promise<{ files: JsonFile[]; code: number }> {
  let code = 0;
  const out = await runCheck(
    files,
    "json",
    (c) => {
      code = Math.max(code, c);
    },
    disabled,
  );
  return { files: (JSON.parse(out) as { files: JsonFile[] }).files, code };
}

/** A file that breaks the checker itself is reported as unreadable, and the others are still checked. */
async function checkEach(files: string[]): Promise<{ files: JsonFile[]; code: number }> {
  const out: JsonFile[] = [];
  let code = 0;
  for (const file of files) {
    try {
      const r = await check([file]);
      out.push(...r.files);
      code = Math.max(code, r.code);
    } catch (err) {
      const reason = err instanceof Error ? err.message : String(err);
      out.push(
        failedReport(file, {
          code: "check-failed",
          message: `${file}: could not be checked (${reason}).\n${file}: không kiểm tra được (${reason}).`,
        }),
      );
      code = 2;
    }
  }
  return { files: out, code };
}

parentPort?.on("message", async (req: ChunkRequest) => {
  let result: { files: JsonFile[]; code: number };
  try {
    result = await check(req.files);
  } catch {
    result = await checkEach(req.files);
  }
  parentPort?.postMessage({ id: req.id, ...result } satisfies ChunkResult);
});
