/**
 * @jest-environment jsdom
 */
import "../taskpane/jsdom-globals";
import * as React from "react";
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { CitationsView } from "../../../src/taskpane/tabs/citations/CitationsView";
import { coreCitations } from "../../../src/taskpane/tabs/citations/citations-core";
import { createTestHost, memorySettings } from "./test-host";

jest.setTimeout(30_000);

async function mountWith(lines: string[]) {
  const host = createTestHost(lines);
  const settings = memorySettings();
  render(
    <FluentProvider theme={webLightTheme}>
      <CitationsView adapter={host} settings={settings} core={coreCitations} debounceMs={0} />
    </FluentProvider>,
  );
  await waitFor(() => expect(host.syncCount).toBeGreaterThanOrEqual(1));
  return { host, settings };
}

async function type(label: string | RegExp, value: string) {
  await act(async () => {
    const input = screen.getByLabelText(label);
    fireEvent.change(input, { target: { value } });
    fireEvent.blur(input);
  });
}

async function search(q: string) {
  await act(async () => {
    fireEvent.change(screen.getByRole("combobox"), { target: { value: q } });
  });
}

async function click(name: string | RegExp) {
  await act(async () => {
    fireEvent.click(screen.getByRole("button", { name }));
  });
}

describe("a symbol the catalog lacks, in the Căn cứ pháp lý tab", () => {
  test("says so, composes the citation from the symbol, saves it and inserts it as a tagged control", async () => {
    const { host, settings } = await mountWith(["Thực hiện"]);
    await search("Luật số 24/2018/QH14");
    const notice = screen.getByTestId("typed-symbol");
    expect(notice.textContent).toContain("24/2018/QH14");
    expect(notice.textContent).toContain("không có trong danh mục");
    // No other document is offered as that symbol.
    expect(screen.queryAllByTestId("citation-result").map((r) => r.textContent)).not.toContainEqual(
      expect.stringContaining("24/2018/QH14"),
    );
    await click("Soạn trích dẫn");
    const form = screen.getByTestId("compose-form");
    expect(within(form).getByLabelText("Cơ quan ban hành")).toHaveProperty("value", "Quốc hội");
    // A date of another year than the number's is refused.
    await type("Ngày ban hành", "12/6/2019");
    await click("Lưu vào danh mục và chọn");
    expect(form.textContent).toContain("Năm ban hành phải là 2018");
    await type("Ngày ban hành", "12/6/2018");
    await type(/Trích yếu/, "Luật An ninh mạng");
    await click("Lưu vào danh mục và chọn");
    expect(screen.getByTestId("citation-chosen").textContent).toContain("Luật An ninh mạng ngày 12 tháng 6 năm 2018");
    const saved = JSON.parse(settings.data.get("citations.orgCatalog") ?? "[]") as { symbol: string; type: string }[];
    expect(saved).toEqual([expect.objectContaining({ symbol: "24/2018/QH14", type: "Luật", status: "unknown" })]);
    await click("Chèn trích dẫn đầy đủ");
    expect(host.controls).toEqual([
      expect.objectContaining({
        tag: "vbhc:cite:luat-24-2018-qh14",
        text: "Luật An ninh mạng ngày 12 tháng 6 năm 2018",
      }),
    ]);
    // Now the catalog holds it: the notice is gone and the search finds it by its symbol.
    expect(screen.queryByTestId("typed-symbol")).toBeNull();
    expect(screen.getAllByTestId("citation-result")[0].getAttribute("data-id")).toBe("luat-24-2018-qh14");
  });

  test("shows how many documents were found", async () => {
    await mountWith([]);
    await search("nghi dinh 30 van thu");
    expect(screen.getByTestId("citation-count").textContent).toMatch(/^\d+ kết quả$/);
    await search("quản lý chất lượng nước sinh hoạt nông thôn");
    expect(screen.getByTestId("citation-count").textContent).toBe("Không tìm thấy văn bản phù hợp.");
  });
});
