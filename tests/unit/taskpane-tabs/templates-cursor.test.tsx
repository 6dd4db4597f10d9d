/**
 * @jest-environment jsdom
 */
import "../taskpane/jsdom-globals";
import "./jsdom-structured-clone";
import * as React from "react";
import { act, fireEvent, render, screen } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { TemplatesTab } from "../../../src/taskpane/tabs/TemplatesTab";
import type { WordAdapter } from "../../../src/word/adapter";
import { createFakeWord } from "../../../src/word/fake";
import { createOfficeAdapter } from "../../../src/word/office-adapter";
import { createTestHost, memorySettings } from "./test-host";

// Fluent in jsdom takes seconds per test alone, and many times that on a loaded machine.
jest.setTimeout(120_000);

const DOC = ["I. KẾT QUẢ", "1. Việc một", "2. Việc hai", "II. TỒN TẠI", "1. Việc ba"];

function mount(adapter: WordAdapter) {
  render(
    <FluentProvider theme={webLightTheme}>
      <TemplatesTab adapter={adapter} settings={memorySettings()} />
    </FluentProvider>,
  );
}

async function insertArabicHeading() {
  fireEvent.change(screen.getByLabelText("Cấp đề mục"), { target: { value: "arabic" } });
  await act(async () => {
    fireEvent.click(screen.getByRole("button", { name: /Chèn đề mục cấp/ }));
  });
}

const status = () => screen.getByTestId("templates-status").textContent ?? "";

describe("Chèn đề mục at the cursor (the Office.js adapter on the fake Word host)", () => {
  test("with the cursor in section I, a level 1. heading is 3. right after the cursor's paragraph; no other text changes", async () => {
    const fake = createFakeWord({ text: DOC.join("\n") });
    const adapter = createOfficeAdapter({ Word: fake.Word, Office: fake.Office });
    // Some text of "2. Việc hai" is selected: it must stay.
    await adapter.select(2, 3, 6);
    mount(adapter);
    const before = fake.syncCount();
    await insertArabicHeading();
    expect(status()).toBe("Đã chèn đề mục “3.” (sau đoạn đang chọn; phần được chọn giữ nguyên).");
    expect(fake.model.texts()).toEqual([
      "I. KẾT QUẢ",
      "1. Việc một",
      "2. Việc hai",
      "3. ",
      "II. TỒN TẠI",
      "1. Việc ba",
    ]);
    // Read the document, read the cursor, find the paragraph, insert.
    expect(fake.syncCount() - before).toBe(4);
    // The caret moves to the end of the new heading.
    expect(fake.model.selection).toEqual({ paragraph: 3, start: 3, endParagraph: 3, end: 3 });
    expect(fake.model.undoDepth).toBe(1);
  });

  test("with the cursor in section II, the next heading there is 2.", async () => {
    const fake = createFakeWord({ text: DOC.join("\n") });
    const adapter = createOfficeAdapter({ Word: fake.Word, Office: fake.Office });
    await adapter.select(4, 0, 0);
    mount(adapter);
    await insertArabicHeading();
    expect(fake.model.texts()).toEqual([...DOC, "2. "]);
  });

  test("when the adapter cannot tell where the cursor is, the heading goes at the end of the document", async () => {
    const host = createTestHost(DOC);
    mount(host);
    await insertArabicHeading();
    expect(host.inserts.map((i) => i.location)).toEqual(["end"]);
    expect(host.paragraphs).toEqual([...DOC, "2. "]);
  });

  test("a cursor reported in section I (test host) inserts after that paragraph", async () => {
    const host = createTestHost(DOC);
    host.cursor = { paragraph: 1, start: 0, end: 0 };
    mount(host);
    await insertArabicHeading();
    expect(host.inserts.map((i) => i.location)).toEqual([{ paragraph: 1, where: "after" }]);
    expect(host.paragraphs).toEqual(["I. KẾT QUẢ", "1. Việc một", "2. ", "2. Việc hai", "II. TỒN TẠI", "1. Việc ba"]);
  });
});
