/**
 * @jest-environment jsdom
 */
import "../taskpane/jsdom-globals";
import "./jsdom-structured-clone";
import * as React from "react";
import { act, fireEvent, render, screen, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { ChecksTab } from "../../../src/taskpane/tabs/ChecksTab";
import { createFakeWord } from "../../../src/word/fake";
import { createOfficeAdapter } from "../../../src/word/office-adapter";
import { memorySettings } from "./test-host";

jest.setTimeout(30_000);

// A paragraph typed in decomposed Unicode (Unikey's "Unicode tổ hợp"): every accented letter is two or three
// code units, so offsets computed on the NFC text would land too early.
const BODY = "Thực hiện các nội dung theo Quyết định số 36/NQ-CP về việc khác.".normalize("NFD");

describe("the Kiểm tra tab on decomposed text", () => {
  test("Đến vị trí selects the cited text as typed, and the excerpt is that text", async () => {
    const fake = createFakeWord({ text: ["Nội dung đầu.", BODY].join("\n") });
    const adapter = createOfficeAdapter({ Word: fake.Word, Office: fake.Office });
    render(
      <FluentProvider theme={webLightTheme}>
        <ChecksTab adapter={adapter} settings={memorySettings()} documentSettings={memorySettings()} />
      </FluentProvider>,
    );
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Kiểm tra văn bản" }));
    });
    const item = (await screen.findAllByTestId("finding-excerpt"))
      .map((e) => e.closest("li") ?? e.parentElement!)
      .find((li) => li.textContent?.includes("36/NQ-CP"));
    expect(item).toBeDefined();
    const cited = "Quyết định số 36/NQ-CP".normalize("NFD");
    expect(within(item as HTMLElement).getByTestId("finding-excerpt").textContent).toContain(`“${cited}”`);
    await act(async () => {
      fireEvent.click(within(item as HTMLElement).getByRole("button", { name: "Đến vị trí" }));
    });
    const sel = fake.model.selection;
    expect(sel).not.toBeNull();
    expect(sel!.paragraph).toBe(1);
    expect(BODY.slice(sel!.start, sel!.end)).toBe(cited);
  });
});
