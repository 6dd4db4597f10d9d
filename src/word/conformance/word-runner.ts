/**
 * The conformance suite inside Word: the page of the test add-in (built with `webpack --env conformance`,
 * sideloaded by `npm run test:word`). When office-addin-test-server answers on its port, the cases run at once
 * and their results go to it; otherwise the page waits for its "Chạy" button. Either way the results are shown.
 * The cases replace the open document's content: the test run sideloads into a new document.
 */
import { pingTestServer, sendTestResults } from "office-addin-test-helpers";
import { conformanceCases } from "./cases";
import { type CaseResult, runCases } from "./harness";

/** office-addin-test-server's port; scripts/test-word.js starts the server on it. */
export const TEST_SERVER_PORT = 4201;

function show(results: readonly CaseResult[]): void {
  const list = document.getElementById("results");
  if (!list) return;
  list.replaceChildren(
    ...results.map((r) => {
      const item = document.createElement("li");
      item.textContent = r.passed ? `✓ ${r.name}` : `✗ ${r.name}: ${r.message ?? ""}`;
      return item;
    }),
  );
}

function status(text: string): void {
  const el = document.getElementById("status");
  if (el) el.textContent = text;
}

async function runAll(report: boolean): Promise<void> {
  status(`Đang chạy ${conformanceCases.length} trường hợp…`);
  const results = await runCases({ Word, Office }, conformanceCases);
  show(results);
  const failed = results.filter((r) => !r.passed).length;
  status(`${results.length - failed}/${results.length} đạt.`);
  if (report) await sendTestResults({ host: "Word", results }, TEST_SERVER_PORT);
}

async function serverAnswers(): Promise<boolean> {
  try {
    return (await pingTestServer(TEST_SERVER_PORT)).status === 200;
  } catch {
    return false;
  }
}

Office.onReady(async (info) => {
  if (info.host !== Office.HostType.Word) {
    status("Trang này chỉ chạy trong Word.");
    return;
  }
  const button = document.getElementById("run");
  button?.addEventListener("click", () => void runAll(false));
  if (await serverAnswers()) await runAll(true);
  else status("Không có máy chủ kiểm thử: bấm “Chạy” để chạy trên văn bản đang mở.");
});
