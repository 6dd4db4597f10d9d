/**
 * @jest-environment jsdom
 */
import "./jsdom-globals";
import * as React from "react";
import { act, fireEvent, render, screen, within } from "@testing-library/react";
import { ChecksView, type CheckRunner, type SafeFixer } from "../../../src/taskpane/tabs/checks/ChecksView";
import type { CheckResult, Finding } from "../../../src/core/checks/types";
import type { DocumentSnapshot } from "../../../src/core/model/document";
import { IGNORED_SETTING } from "../../../src/taskpane/tabs/checks/findings-model";
import { PROFILE_SETTING, saveProfile, emptyForm } from "../../../src/taskpane/tabs/header/header-form";
import { createStubAdapter, memorySettings } from "./stub-adapter";

// Fluent in jsdom takes seconds per test alone, and many times that on a loaded machine.
jest.setTimeout(120_000);

/** A tiny rule set for the view: duplicated "N." numbers at the start of a line, and en dashes. */
const runner: CheckRunner = async (doc: DocumentSnapshot, onProgress) => {
  onProgress(0, 2);
  const findings: Finding[] = [];
  let last = 0;
  for (const p of doc.paragraphs) {
    const m = /^(\d+)\./.exec(p.text);
    if (m) {
      const n = Number(m[1]);
      if (n <= last) {
        const want = `${last + 1}`;
        findings.push({
          ruleId: "numbering/sequence",
          severity: "error",
          message: `Số thứ tự mục trùng; mục này nên là “${want}.”`,
          paragraph: p.index,
          start: 0,
          end: m[1].length,
          excerpt: m[1],
          ref: "NĐ 30/2020, Phụ lục I",
          fix: {
            description: `Thay “${m[1]}” bằng “${want}”`,
            edits: [
              { kind: "text", paragraph: p.index, start: 0, end: m[1].length, expected: m[1], replacement: want },
            ],
          },
        });
        last += 1;
      } else last = n;
    }
    let at = p.text.indexOf("–");
    while (at >= 0) {
      findings.push({
        ruleId: "fixed-string/dash",
        severity: "warning",
        message: "Dùng gạch nối “-”, không dùng gạch ngang “–”.",
        paragraph: p.index,
        start: at,
        end: at + 1,
        excerpt: "–",
        ref: "NĐ 30/2020, Phụ lục I, mục II.1",
        fix: {
          description: "Thay “–” bằng “-”",
          edits: [{ kind: "text", paragraph: p.index, start: at, end: at + 1, expected: "–", replacement: "-" }],
        },
      });
      at = p.text.indexOf("–", at + 1);
    }
  }
  onProgress(2, 2);
  const result: CheckResult = { findings, notEvaluated: ["layout/font"], evaluated: ["numbering/sequence"] };
  return { result, ruleTitle: (id) => (id === "numbering/sequence" ? "Đánh số đề mục" : undefined) };
};

const LINES = ["Độc lập – Tự do – Hạnh phúc", "1. Một", "2. Hai", "2. Ba", "3. Bốn"];

/** “Safe” in this test: the dash fixes and the numbering fixes, each finding's edits. */
const safeFixes: SafeFixer = (_doc, findings) => findings.flatMap((f) => f.fix?.edits ?? []);

async function setup() {
  const adapter = createStubAdapter(LINES);
  const settings = memorySettings();
  const documentSettings = memorySettings();
  render(
    <ChecksView
      adapter={adapter}
      settings={settings}
      documentSettings={documentSettings}
      runner={runner}
      safeFixes={safeFixes}
    />,
  );
  await act(async () => {
    fireEvent.click(screen.getByRole("button", { name: "Kiểm tra văn bản" }));
  });
  return { adapter, documentSettings };
}

describe("the Kiểm tra view", () => {
  test("reads the document once and shows the summary counts, including rules not evaluated", async () => {
    const { adapter } = await setup();
    expect(adapter.calls).toEqual(["readSnapshot"]);
    const summary = screen.getByTestId("checks-summary");
    expect(summary.textContent).toContain("2 lỗi");
    expect(summary.textContent).toContain("2 cảnh báo");
    expect(summary.textContent).toContain("0 thông tin");
    expect(summary.textContent).toContain("1 không đánh giá");
  });

  test("groups by severity (errors first) then rule, with the rule title and decree reference", async () => {
    await setup();
    const headings = screen.getAllByRole("heading", { level: 2 }).map((h) => h.textContent);
    expect(headings).toEqual(["Lỗi (2)", "Cảnh báo (2)"]);
    const errors = screen.getByText("Đánh số đề mục").closest("[data-rule]") as HTMLElement;
    expect(within(errors).getByText("NĐ 30/2020, Phụ lục I")).toBeTruthy();
    expect(within(errors).getAllByTestId("finding")).toHaveLength(2);
  });

  test("'Đến vị trí' selects the finding's exact range", async () => {
    const { adapter } = await setup();
    const first = screen.getAllByTestId("finding")[0];
    await act(async () => {
      fireEvent.click(within(first).getByRole("button", { name: "Đến vị trí" }));
    });
    expect(adapter.selection).toEqual({ paragraph: 3, start: 0, end: 1 });
  });

  test("'Sửa' applies the fix in one applyEdits call and checks again", async () => {
    const { adapter } = await setup();
    const first = screen.getAllByTestId("finding")[0];
    await act(async () => {
      fireEvent.click(within(first).getByRole("button", { name: "Sửa" }));
    });
    expect(adapter.calls).toEqual(["readSnapshot", "applyEdits:1", "readSnapshot"]);
    expect(adapter.paragraphs[3]).toBe("3. Ba");
    expect(screen.getByTestId("checks-status").textContent).toContain("Đã sửa 1 chỗ.");
    // The runner now sees "3." twice (paragraphs 3 and 4): one numbering finding remains, on paragraph 4.
    const left = screen.getAllByTestId("finding").filter((f) => f.dataset.rule === "numbering/sequence");
    expect(left.map((f) => f.dataset.paragraph)).toEqual(["4"]);
  });

  test("'Sửa tất cả loại này' fixes every finding of one rule in one batch", async () => {
    const { adapter } = await setup();
    const dashes = document.querySelector('[data-rule="fixed-string/dash"]') as HTMLElement;
    await act(async () => {
      fireEvent.click(within(dashes).getByRole("button", { name: "Sửa tất cả loại này" }));
    });
    expect(adapter.calls.filter((c) => c.startsWith("applyEdits"))).toEqual(["applyEdits:2"]);
    expect(adapter.paragraphs[0]).toBe("Độc lập - Tự do - Hạnh phúc");
    expect(document.querySelector('[data-rule="fixed-string/dash"]')).toBeNull();
  });

  test("'Bỏ qua' hides the finding and stores its key in the document's settings", async () => {
    const { documentSettings } = await setup();
    const before = screen.getAllByTestId("finding").length;
    await act(async () => {
      fireEvent.click(within(screen.getAllByTestId("finding")[0]).getByRole("button", { name: "Bỏ qua" }));
    });
    expect(screen.getAllByTestId("finding")).toHaveLength(before - 1);
    expect(JSON.parse(documentSettings.data.get(IGNORED_SETTING) ?? "[]")).toEqual(["numbering/sequence|3|2"]);
    expect(screen.getByTestId("checks-summary").textContent).toContain("1 lỗi");
  });

  test("'Sửa tất cả' applies every safe fix in one applyEdits call (one undo step), then checks again", async () => {
    const { adapter } = await setup();
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Sửa tất cả" }));
    });
    expect(adapter.calls).toEqual(["readSnapshot", "applyEdits:4", "readSnapshot"]);
    expect(adapter.paragraphs).toEqual(["Độc lập - Tự do - Hạnh phúc", "1. Một", "2. Hai", "3. Ba", "4. Bốn"]);
    expect(screen.queryAllByTestId("finding")).toHaveLength(0);
    expect(screen.queryByRole("button", { name: "Sửa tất cả" })).toBeNull();
  });

  test("focus goes to the summary after a check, and to the next finding after 'Sửa', never the body", async () => {
    await setup();
    expect(document.activeElement).toBe(screen.getByTestId("checks-summary"));
    const [first, second] = screen.getAllByTestId("finding");
    const nextKey = [second.dataset.rule, second.dataset.paragraph, second.dataset.start];
    await act(async () => {
      fireEvent.click(within(first).getByRole("button", { name: "Sửa" }));
    });
    const focused = document.activeElement as HTMLElement;
    expect(focused.dataset.testid).toBe("finding");
    // The finding that followed the fixed one now has its place.
    expect([focused.dataset.rule, focused.dataset.paragraph, focused.dataset.start]).toEqual(nextKey);
  });

  test("says which rules were not evaluated and why", async () => {
    await setup();
    const details = screen.getByTestId("not-evaluated");
    expect(details.querySelector("summary")?.textContent).toBe("Vì sao 1 quy tắc không đánh giá");
    const item = details.querySelector('li[data-rule="layout/font"]');
    // The stub document has no formatting: that is the reason given.
    expect(item?.textContent).toMatch(/^layout\/font: văn bản không có định dạng/);
  });

  test("shows a Vietnamese message when the document cannot be read", async () => {
    const adapter = createStubAdapter(LINES);
    adapter.readSnapshot = async () => {
      throw new Error("GeneralException");
    };
    render(<ChecksView adapter={adapter} settings={memorySettings()} runner={runner} />);
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Kiểm tra văn bản" }));
    });
    expect(screen.getByTestId("checks-status").textContent).toBe("Không đọc được văn bản từ Word: GeneralException");
  });
  test("the tone-placement switch is kept in the agency profile and passed to the runner", async () => {
    const adapter = createStubAdapter(LINES);
    const settings = memorySettings();
    settings.data.set(PROFILE_SETTING, JSON.stringify({ agency: "UBND xã Hoà Bình" }));
    const seen: (readonly string[] | undefined)[] = [];
    const spy: CheckRunner = async (doc, onProgress, disabled) => {
      seen.push(disabled);
      return runner(doc, onProgress, disabled);
    };
    render(<ChecksView adapter={adapter} settings={settings} runner={spy} />);
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Kiểm tra văn bản" }));
    });
    const toggle = screen.getByRole("switch", { name: /Hoà → Hòa/ });
    expect((toggle as HTMLInputElement).checked).toBe(true);
    await act(async () => {
      fireEvent.click(toggle);
    });
    // Saved in the profile beside its other fields, and the document checked again without the rule.
    const saved = JSON.parse(settings.data.get(PROFILE_SETTING) ?? "{}");
    expect(saved).toEqual({ agency: "UBND xã Hoà Bình", disabledRules: ["text/tone-placement"] });
    expect(seen).toEqual([[], ["text/tone-placement"]]);
    // The header form saving the profile keeps the switch.
    await saveProfile(settings, { ...emptyForm(), agency: "UBND xã Hòa Bình" });
    expect(JSON.parse(settings.data.get(PROFILE_SETTING) ?? "{}").disabledRules).toEqual(["text/tone-placement"]);
  });
});
