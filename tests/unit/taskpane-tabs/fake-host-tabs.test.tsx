/**
 * @jest-environment jsdom
 */
import "../taskpane/jsdom-globals";
import "./jsdom-structured-clone";
import * as React from "react";
import { act, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { HeaderTab } from "../../../src/taskpane/tabs/HeaderTab";
import { CitationsView } from "../../../src/taskpane/tabs/citations/CitationsView";
import { coreCitations } from "../../../src/taskpane/tabs/citations/citations-core";
import { FIXED } from "../../../src/core/rules";
import { createFakeWord } from "../../../src/word/fake";
import { createOfficeAdapter } from "../../../src/word/office-adapter";
import { memorySettings } from "./test-host";

// Fluent in jsdom takes seconds per test alone, and many times that on a loaded machine.
jest.setTimeout(120_000);

function fakeHost(text: string) {
  const fake = createFakeWord({ text });
  const adapter = createOfficeAdapter({ Word: fake.Word, Office: fake.Office });
  return { fake, adapter };
}

const type = (label: string | RegExp, value: string) =>
  fireEvent.change(screen.getByLabelText(label), { target: { value } });

async function click(name: string) {
  await act(async () => {
    fireEvent.click(screen.getByRole("button", { name }));
  });
}

function fillHeader() {
  type(/^Cơ quan ban hành/, "Sở Thông tin và Truyền thông");
  type("Viết tắt cơ quan", "STTTT");
  type(/^Số/, "5");
  type("Địa danh", "Trà Vinh");
  type("Ngày", "05/02/2026");
  type("Trích yếu", "Kết quả chuyển đổi số");
}

describe("the tabs on the fake Word host (the Office.js adapter on the fake host)", () => {
  test("inserting the header is exactly one context.sync and puts the quốc hiệu and Số: 05/BC-STTTT first", async () => {
    const { fake, adapter } = fakeHost("Nội dung báo cáo");
    render(
      <FluentProvider theme={webLightTheme}>
        <HeaderTab adapter={adapter} settings={memorySettings()} />
      </FluentProvider>,
    );
    fillHeader();
    const before = fake.syncCount();
    await click("Chèn tiêu đề");
    await waitFor(() => expect(screen.getByTestId("header-status").textContent).toBe("Đã chèn tiêu đề ở đầu văn bản."));
    expect(fake.syncCount()).toBe(before + 1);
    const texts = (await adapter.readSnapshot()).paragraphs.map((p) => p.text);
    expect(texts).toContain(FIXED.quocHieu.text);
    expect(texts).toContain("Số: 05/BC-STTTT");
    expect(texts.indexOf(FIXED.quocHieu.text)).toBeLessThan(texts.indexOf("Nội dung báo cáo"));
  });

  test("an invalid form makes no sync at all", async () => {
    const { fake, adapter } = fakeHost("Nội dung");
    render(
      <FluentProvider theme={webLightTheme}>
        <HeaderTab adapter={adapter} settings={memorySettings()} />
      </FluentProvider>,
    );
    fillHeader();
    type(/^Số/, "-3");
    const before = fake.syncCount();
    await click("Chèn tiêu đề");
    expect(fake.syncCount()).toBe(before);
    expect((await adapter.readSnapshot()).paragraphs.map((p) => p.text)).toEqual(["Nội dung"]);
  });

  test("a citation goes in as one tagged control in one sync, and refresh restores text edited in the document", async () => {
    const { fake, adapter } = fakeHost("Thực hiện ");
    render(
      <FluentProvider theme={webLightTheme}>
        <CitationsView adapter={adapter} settings={memorySettings()} core={coreCitations} debounceMs={0} />
      </FluentProvider>,
    );
    await waitFor(() => expect(fake.syncCount()).toBeGreaterThanOrEqual(1));
    await act(async () => {
      fireEvent.change(screen.getByRole("combobox"), { target: { value: "nghi dinh 30 van thu" } });
    });
    await act(async () => {
      fireEvent.click(screen.getAllByTestId("citation-result")[0]);
    });
    const before = fake.syncCount();
    await click("Chèn trích dẫn đầy đủ");
    // One read of where the caret is (and what is around it), one insert.
    expect(fake.syncCount()).toBe(before + 2);
    const full = "Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ về công tác văn thư";
    const controls = await adapter.findContentControls("vbhc:cite:");
    expect(controls.map((c) => [c.tag, c.text])).toEqual([["vbhc:cite:nd-30-2020-nd-cp", full]]);

    // Someone retypes the citation inside the control; refresh puts the catalog's text back.
    await adapter.updateContentControls(new Map([["vbhc:cite:nd-30-2020-nd-cp", "Nghị định 30 ngày 5/3"]]));
    await click("Làm mới trích dẫn");
    await screen.findByText(/Đã làm mới 1 trích dẫn/);
    expect((await adapter.findContentControls("vbhc:cite:"))[0].text).toBe(full);
  });

  test("the căn cứ list goes in as one insertOoxml whose lines are tagged controls that refresh can find", async () => {
    const { fake, adapter } = fakeHost("QUYẾT ĐỊNH");
    render(
      <FluentProvider theme={webLightTheme}>
        <CitationsView adapter={adapter} settings={memorySettings()} core={coreCitations} debounceMs={0} />
      </FluentProvider>,
    );
    await waitFor(() => expect(fake.syncCount()).toBeGreaterThanOrEqual(1));
    for (const [q, id] of [
      ["30/2020/NĐ-CP", "nd-30-2020-nd-cp"],
      ["luat luu tru 2024", "luat-33-2024-qh15"],
    ]) {
      await act(async () => {
        fireEvent.change(screen.getByRole("combobox"), { target: { value: q } });
      });
      const row = screen.getAllByTestId("citation-result").find((r) => r.getAttribute("data-id") === id);
      await act(async () => {
        fireEvent.click(row as HTMLElement);
      });
      await click("Thêm vào danh sách căn cứ");
    }
    const before = fake.syncCount();
    await click("Chèn danh sách căn cứ");
    // The document and the selection (is the cursor's paragraph empty?), then one insert.
    expect(fake.syncCount()).toBe(before + 3);
    const controls = await adapter.findContentControls("vbhc:cite:");
    expect(controls.map((c) => c.tag)).toEqual([
      "vbhc:cite:luat-33-2024-qh15:cancu",
      "vbhc:cite:nd-30-2020-nd-cp:cancu",
    ]);
    expect(controls[0].text).toMatch(/^Căn cứ Luật Lưu trữ .*;$/);
    expect(controls[1].text).toMatch(/^Căn cứ Nghị định số 30\/2020\/NĐ-CP .*\.$/);

    await adapter.updateContentControls(new Map([["vbhc:cite:nd-30-2020-nd-cp:cancu", "Căn cứ Nghị định 30."]]));
    await click("Làm mới trích dẫn");
    await screen.findByText(/Đã làm mới 2 trích dẫn/);
    const after = await adapter.findContentControls("vbhc:cite:");
    expect(after[1].text).toBe(controls[1].text);
  });
});
