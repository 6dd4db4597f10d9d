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
  // The catalogs load on first visit.
  await waitFor(() => expect(screen.queryByTestId("catalog-loading")).toBeNull());
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
    await search("Luật số 28/2018/QH14");
    const notice = screen.getByTestId("typed-symbol");
    expect(notice.textContent).toContain("28/2018/QH14");
    expect(notice.textContent).toContain("không có trong danh mục");
    // No other document is offered as that symbol.
    expect(screen.queryAllByTestId("citation-result").map((r) => r.textContent)).not.toContainEqual(
      expect.stringContaining("28/2018/QH14"),
    );
    await click("Soạn trích dẫn");
    const form = screen.getByTestId("compose-form");
    expect(within(form).getByLabelText("Cơ quan ban hành")).toHaveProperty("value", "Quốc hội");
    // A date of another year than the number's is refused.
    await type("Ngày ban hành", "15/6/2019");
    await click("Lưu vào danh mục và chọn");
    expect(form.textContent).toContain("Năm ban hành phải là 2018");
    await type("Ngày ban hành", "15/6/2018");
    await type(/Trích yếu/, "Luật sửa đổi, bổ sung một số điều của 11 luật có liên quan đến quy hoạch");
    await click("Lưu vào danh mục và chọn");
    expect(screen.getByTestId("citation-chosen").textContent).toContain("quy hoạch ngày 15 tháng 6 năm 2018");
    const saved = JSON.parse(settings.data.get("citations.orgCatalog") ?? "[]") as { symbol: string; type: string }[];
    expect(saved).toEqual([expect.objectContaining({ symbol: "28/2018/QH14", type: "Luật", status: "unknown" })]);
    await click("Chèn trích dẫn đầy đủ");
    expect(host.controls).toEqual([
      expect.objectContaining({
        tag: "vbhc:cite:luat-28-2018-qh14",
        text: "Luật sửa đổi, bổ sung một số điều của 11 luật có liên quan đến quy hoạch ngày 15 tháng 6 năm 2018",
      }),
    ]);
    // Now the catalog holds it: the notice is gone and the search finds it by its symbol.
    expect(screen.queryByTestId("typed-symbol")).toBeNull();
    expect(screen.getAllByTestId("citation-result")[0].getAttribute("data-id")).toBe("luat-28-2018-qh14");
  });

  test("shows how many documents were found", async () => {
    await mountWith([]);
    await search("nghi dinh 30 van thu");
    expect(screen.getByTestId("citation-count").textContent).toMatch(/^\d+ kết quả$/);
    await search("nuôi ong lấy mật vùng cao nguyên");
    expect(screen.getByTestId("citation-count").textContent).toBe("Không tìm thấy văn bản phù hợp.");
  });
});
