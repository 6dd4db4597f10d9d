/**
 * @jest-environment jsdom
 */
import "./jsdom-globals";
import * as React from "react";
import { act, fireEvent, render, screen } from "@testing-library/react";
import { App, TABS } from "../../../src/taskpane/App";
import { ErrorBoundary } from "../../../src/taskpane/ErrorBoundary";
import { checkHost } from "../../../src/taskpane/host-check";
import { createDocumentSettings, createLocalSettings, documentSettingsFor } from "../../../src/taskpane/settings";
import { isDarkColor, themeFromOffice } from "../../../src/taskpane/theme";
import { createStubAdapter, memorySettings } from "./stub-adapter";

// Fluent in jsdom takes seconds per test alone, and many times that on a loaded machine.
jest.setTimeout(120_000);

jest.mock("../../../src/taskpane/tabs/checks/check-runner", () => ({
  coreCheckRunner: async () => ({
    result: { findings: [], notEvaluated: [], evaluated: [] },
    ruleTitle: () => undefined,
  }),
}));

describe("the task pane shell", () => {
  test("shows the four tabs in order with their Vietnamese names", () => {
    render(<App adapter={createStubAdapter(["a"])} settings={memorySettings()} theme="light" />);
    const labels = ["Tiêu đề & khối kết", "Mẫu & đề mục", "Căn cứ pháp lý", "Kiểm tra"];
    const tabs = screen.getAllByRole("tab");
    // Accessible names (Fluent also renders a hidden copy of unselected labels to reserve width).
    expect(labels.map((name) => tabs.indexOf(screen.getByRole("tab", { name })))).toEqual([0, 1, 2, 3]);
    expect(TABS.map((t) => t.id)).toEqual(["header", "templates", "citations", "checks"]);
  });

  test("selecting a tab shows its panel, labelled by the tab, and hides the others", async () => {
    render(<App adapter={createStubAdapter(["a"])} settings={memorySettings()} theme="light" />);
    await act(async () => {
      fireEvent.click(screen.getByRole("tab", { name: "Kiểm tra" }));
    });
    const panel = screen.getByRole("tabpanel", { name: "Kiểm tra" });
    expect(panel.querySelector('[data-testid="checks-tab"]')).not.toBeNull();
    expect(screen.getAllByRole("tabpanel")).toHaveLength(1);
    // The first tab stays mounted (keeps its state) but hidden.
    expect((document.getElementById("vbhc-panel-header") as HTMLElement).hidden).toBe(true);
  });

  test("uses dark Fluent tokens when asked for the dark theme", () => {
    const { container } = render(<App adapter={createStubAdapter(["a"])} settings={memorySettings()} theme="dark" />);
    expect(container.querySelector('[data-theme="dark"]')).not.toBeNull();
  });
});

describe("host detection", () => {
  const word = "Word";
  test("accepts Word with WordApi 1.3", () => {
    expect(checkHost({ host: word }, word, { isSetSupported: (n, v) => n === "WordApi" && v === "1.3" })).toBe("ok");
  });
  test("refuses Word without WordApi 1.3, and other hosts", () => {
    expect(checkHost({ host: word }, word, { isSetSupported: () => false })).toBe("no-wordapi-1.3");
    expect(checkHost({ host: word }, word, undefined)).toBe("no-wordapi-1.3");
    expect(checkHost({ host: null }, word, { isSetSupported: () => true })).toBe("not-word");
  });
});

describe("theme from Office", () => {
  test("dark when Office's body background is dark", () => {
    expect(isDarkColor("#1f1f1f")).toBe(true);
    expect(isDarkColor("#FFFFFF")).toBe(false);
    expect(themeFromOffice({ bodyBackgroundColor: "#262626" })).toBe("dark");
    expect(themeFromOffice({ bodyBackgroundColor: "#f3f3f3" })).toBe("light");
    expect(themeFromOffice(undefined)).toBeUndefined();
  });
});

describe("settings stores", () => {
  test("the user store persists in localStorage under its prefix", async () => {
    const s = createLocalSettings("vbhc:test:");
    await s.set("agency", "Sở Nội vụ");
    expect(window.localStorage.getItem("vbhc:test:agency")).toBe("Sở Nội vụ");
    expect(createLocalSettings("vbhc:test:").get("agency")).toBe("Sở Nội vụ");
  });

  test("the document store writes Office document settings and saves them", async () => {
    const data = new Map<string, unknown>();
    let saves = 0;
    const office = {
      context: {
        document: {
          settings: {
            get: (k: string) => data.get(k),
            set: (k: string, v: unknown) => void data.set(k, v),
            saveAsync: (cb?: (r: { status: string }) => void) => {
              saves++;
              cb?.({ status: "succeeded" });
            },
          },
        },
      },
    };
    const s = documentSettingsFor(office);
    await s.set("vbhc.checks.ignored", "[]");
    expect(data.get("vbhc.checks.ignored")).toBe("[]");
    expect(saves).toBe(1);
    expect(s.get("vbhc.checks.ignored")).toBe("[]");
  });

  test("a failed save is reported", async () => {
    const s = createDocumentSettings({
      get: () => undefined,
      set: () => undefined,
      saveAsync: (cb) => cb?.({ status: "failed", error: { message: "read-only" } }),
    });
    await expect(s.set("k", "v")).rejects.toThrow("read-only");
  });

  test("without Office document settings it falls back to localStorage", async () => {
    const s = documentSettingsFor(undefined);
    await s.set("x", "1");
    expect(window.localStorage.getItem("vbhc:document:x")).toBe("1");
  });
});

describe("the error boundary", () => {
  test("shows a Vietnamese message with the area instead of a blank pane, and can retry", async () => {
    let fail = true;
    function Flaky(): React.JSX.Element {
      if (fail) throw new Error("boom");
      return <p>đã ổn</p>;
    }
    const spy = jest.spyOn(console, "error").mockImplementation(() => undefined);
    render(
      <ErrorBoundary area="thẻ “Kiểm tra”">
        <Flaky />
      </ErrorBoundary>,
    );
    expect(screen.getByRole("alert").textContent).toContain("Đã xảy ra lỗi trong thẻ “Kiểm tra”.");
    expect(screen.getByRole("alert").textContent).toContain("Văn bản của bạn không bị thay đổi.");
    fail = false;
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Thử lại" }));
    });
    expect(screen.getByText("đã ổn")).toBeTruthy();
    spy.mockRestore();
  });
});
