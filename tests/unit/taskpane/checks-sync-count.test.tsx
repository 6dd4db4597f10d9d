/**
 * @jest-environment jsdom
 */
import "./jsdom-globals";
import * as React from "react";
import { act, fireEvent, render, screen, within } from "@testing-library/react";
import { ChecksView } from "../../../src/taskpane/tabs/checks/ChecksView";
import { coreCheckRunner, coreRenumber } from "../../../src/taskpane/tabs/checks/check-runner";
import { createFakeWord } from "../../../src/word/fake";
import { createOfficeAdapter } from "../../../src/word/office-adapter";
import { SAMPLE_DOCUMENT_LINES } from "../../../src/playground/sample-document";
import { memorySettings } from "./stub-adapter";

/** The sample with `extra` more items in section III, numbered in pairs (4., 4., 5., 5., …) so each pair is off. */
function documentText(extra: number): string {
  const lines = [...SAMPLE_DOCUMENT_LINES];
  const at = lines.indexOf("IV. KIẾN NGHỊ, ĐỀ XUẤT");
  const items = Array.from({ length: extra }, (_, i) => `${4 + Math.floor(i / 2)}. Nhiệm vụ bổ sung số ${i + 1}`);
  lines.splice(at, 0, ...items);
  return lines.join("\n");
}

/** Syncs used by "Kiểm tra văn bản" and by "Sửa tất cả loại này" on the first fixable rule group. */
async function syncsFor(copies: number): Promise<{ check: number; fixAll: number; findings: number }> {
  const fake = createFakeWord({ text: documentText(copies) });
  const adapter = createOfficeAdapter({ Word: fake.Word, Office: fake.Office });
  const view = render(
    <ChecksView adapter={adapter} settings={memorySettings()} runner={coreCheckRunner} renumber={coreRenumber} />,
  );
  const before = fake.syncCount();
  await act(async () => {
    fireEvent.click(screen.getByRole("button", { name: "Kiểm tra văn bản" }));
  });
  await screen.findByTestId("checks-summary");
  const check = fake.syncCount() - before;
  const findings = screen.getAllByTestId("finding").length;
  const group = screen.getAllByRole("button", { name: "Sửa tất cả loại này" })[0].closest("[data-rule]") as HTMLElement;
  const beforeFix = fake.syncCount();
  await act(async () => {
    fireEvent.click(within(group).getByRole("button", { name: "Sửa tất cả loại này" }));
  });
  await screen.findByText(/Đã sửa \d+ chỗ/);
  // The fix-all includes its re-check (one more read).
  const fixAll = fake.syncCount() - beforeFix;
  view.unmount();
  return { check, fixAll, findings };
}

// Fluent in jsdom takes seconds per test alone, and many times that on a loaded machine.
jest.setTimeout(120_000);

describe("Kiểm tra on the fake Word host: round trips do not grow with the document", () => {
  test("the check and the fix-all use the same number of syncs on a small and a 10x larger document", async () => {
    const small = await syncsFor(4);
    const large = await syncsFor(40);
    // The 36 extra items bring their own findings, on top of those both share (header and closing formatting).
    expect(large.findings - small.findings).toBeGreaterThanOrEqual(30);
    expect(small.check).toBeGreaterThan(0);
    expect(large.check).toBe(small.check);
    expect(large.fixAll).toBe(small.fixAll);
  });
});
