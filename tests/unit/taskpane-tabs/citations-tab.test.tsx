/**
 * @jest-environment jsdom
 */
import "../taskpane/jsdom-globals";
import * as React from "react";
import { act, cleanup, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { CitationsView } from "../../../src/taskpane/tabs/citations/CitationsView";
import { coreCitations } from "../../../src/taskpane/tabs/citations/citations-core";
import { createTestHost, memorySettings, type TestHost } from "./test-host";

// Fluent in jsdom takes seconds per test alone, and many times that on a loaded machine.
jest.setTimeout(120_000);

const FULL_30 = "Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ về công tác văn thư";

async function mount(host: TestHost, settings = memorySettings(), fetchText?: (u: string) => Promise<string>) {
  render(
    <FluentProvider theme={webLightTheme}>
      <CitationsView adapter={host} settings={settings} core={coreCitations} debounceMs={0} fetchText={fetchText} />
    </FluentProvider>,
  );
  // The tab reads the document's citations once on mount, and loads the catalogs on first visit.
  await waitFor(() => expect(host.syncCount).toBeGreaterThanOrEqual(1));
  await waitFor(() => expect(screen.queryByTestId("catalog-loading")).toBeNull());
  return settings;
}

async function search(q: string) {
  await act(async () => {
    fireEvent.change(screen.getByRole("combobox"), { target: { value: q } });
  });
}

const resultIds = () => screen.queryAllByTestId("citation-result").map((r) => r.getAttribute("data-id"));

async function pick(id: string) {
  const row = screen.getAllByTestId("citation-result").find((r) => r.getAttribute("data-id") === id);
  if (!row) throw new Error(`${id} not among ${resultIds().join(", ")}`);
  await act(async () => {
    fireEvent.click(row);
  });
}

async function click(name: string | RegExp) {
  await act(async () => {
    fireEvent.click(screen.getByRole("button", { name }));
  });
}

describe("the Căn cứ pháp lý tab", () => {
  test("type-ahead without diacritics finds Nghị định 30/2020 first, with its date, issuer and status", async () => {
    await mount(createTestHost());
    await search("nghi dinh 30 van thu");
    expect(resultIds()[0]).toBe("nd-30-2020-nd-cp");
    const first = screen.getAllByTestId("citation-result")[0];
    expect(first.textContent).toContain("30/2020/NĐ-CP");
    expect(first.textContent).toContain("05/3/2020");
    expect(first.textContent).toContain("Chính phủ");
    expect(first.textContent).toContain("Còn hiệu lực");
  });

  test("the search box's clear button is named in Vietnamese and empties the box", async () => {
    await mount(createTestHost());
    await search("nd 30");
    await click("Xóa nội dung tìm kiếm");
    expect((screen.getByRole("combobox") as HTMLInputElement).value).toBe("");
  });

  test("inserting the full citation is one adapter call that adds a content control tagged vbhc:cite:<id>", async () => {
    const host = createTestHost(["Thực hiện"]);
    const settings = await mount(host);
    await search("nghi dinh 30 van thu");
    await pick("nd-30-2020-nd-cp");
    const before = host.syncCount;
    await click("Chèn trích dẫn đầy đủ");
    expect(host.syncCount).toBe(before + 1);
    expect(host.controls).toEqual([
      expect.objectContaining({ tag: "vbhc:cite:nd-30-2020-nd-cp", text: FULL_30, title: "Trích dẫn đầy đủ" }),
    ]);
    // The pick is remembered for ranking.
    expect(JSON.parse(settings.data.get("citations.recent") ?? "[]")).toEqual(["nd-30-2020-nd-cp"]);
  });

  test("the short and căn cứ forms go in as tagged controls too", async () => {
    const host = createTestHost();
    await mount(host);
    await search("30/2020/NĐ-CP");
    expect(resultIds()[0]).toBe("nd-30-2020-nd-cp");
    await pick("nd-30-2020-nd-cp");
    await click("Chèn dạng ngắn");
    await click("Chèn dòng Căn cứ");
    expect(host.controls.map((c) => c.text)).toEqual(["Nghị định số 30/2020/NĐ-CP", `Căn cứ ${FULL_30};`]);
    // Same catalog id, each control marked with its form so a refresh keeps the form.
    expect(host.controls.map((c) => c.tag)).toEqual([
      "vbhc:cite:nd-30-2020-nd-cp:short",
      "vbhc:cite:nd-30-2020-nd-cp:cancu",
    ]);
  });

  test("Làm mới trích dẫn restores every tagged citation from the catalog in one read and one write", async () => {
    const host = createTestHost();
    await mount(host);
    await search("nghi dinh 30 van thu");
    await pick("nd-30-2020-nd-cp");
    await click("Chèn trích dẫn đầy đủ");
    await click("Chèn dòng Căn cứ");
    // Someone edits the citations by hand.
    host.controls[0].text = "Nghị định 30 sai ngày";
    host.paragraphs[host.controls[0].paragraph] = "Nghị định 30 sai ngày";
    host.controls[1].text = "Căn cứ gì đó.";
    const before = host.syncCount;
    await click("Làm mới trích dẫn");
    expect(host.syncCount - before).toBe(2);
    expect(host.controls[0].text).toBe(FULL_30);
    // A căn cứ line that ended a list keeps its final ".".
    expect(host.controls[1].text).toBe(`Căn cứ ${FULL_30}.`);
    expect(screen.getByTestId("citations-status").textContent).toMatch(/Đã làm mới 2 trích dẫn/);
  });

  test("picking a replaced document warns with the replacement and offers to cite it instead", async () => {
    await mount(createTestHost());
    await search("110/2004");
    await pick("nd-110-2004-nd-cp");
    const warning = screen.getByTestId("citation-replaced");
    expect(warning.textContent).toContain("30/2020/NĐ-CP");
    expect(warning.textContent).toMatch(/thay thế/);
    await act(async () => {
      fireEvent.click(within(warning).getByRole("button", { name: "Trích dẫn văn bản thay thế" }));
    });
    expect(screen.getByTestId("citation-chosen").textContent).toContain(FULL_30);
    expect(screen.queryByTestId("citation-replaced")).toBeNull();
  });

  test("documents already cited in this document and recent picks rank higher", async () => {
    const plain = createTestHost();
    await mount(plain);
    await search("nghi dinh van thu");
    const baseline = resultIds();
    expect(baseline.length).toBeGreaterThan(3);
    const other = baseline[baseline.length - 1];
    cleanup();

    const citing = createTestHost();
    citing.controls.push({ tag: `vbhc:cite:${other}`, title: "Trích dẫn đầy đủ", text: "…", paragraph: 0 });
    await mount(citing);
    await waitFor(() => expect(citing.syncCount).toBeGreaterThanOrEqual(1));
    await search("nghi dinh van thu");
    const cited = resultIds().indexOf(other);
    expect(cited).toBeGreaterThanOrEqual(0);
    expect(cited).toBeLessThan(baseline.indexOf(other));
    cleanup();

    const settings = memorySettings();
    settings.data.set("citations.recent", JSON.stringify([other]));
    await mount(createTestHost(), settings);
    await search("nghi dinh van thu");
    const recent = resultIds().indexOf(other);
    expect(recent).toBeGreaterThanOrEqual(0);
    expect(recent).toBeLessThan(baseline.indexOf(other));
  });

  test("results are keyboard navigable: arrow down then Enter chooses a result", async () => {
    await mount(createTestHost());
    await search("van thu");
    const box = screen.getByRole("combobox");
    await act(async () => {
      fireEvent.keyDown(box, { key: "ArrowDown" });
      fireEvent.keyDown(box, { key: "ArrowDown" });
    });
    const second = screen.getAllByTestId("citation-result")[1];
    expect(box.getAttribute("aria-activedescendant")).toBe(second.id);
    await act(async () => {
      fireEvent.keyDown(box, { key: "Enter" });
    });
    expect(second.getAttribute("aria-selected")).toBe("true");
  });

  test("the căn cứ list is shown in legal-rank order with ';' on each line and '.' on the last", async () => {
    const host = createTestHost();
    await mount(host);
    for (const [q, id] of [
      ["01/2019/TT-BNV", "tt-01-2019-tt-bnv"],
      ["30/2020/NĐ-CP", "nd-30-2020-nd-cp"],
      ["luat luu tru 2024", "luat-33-2024-qh15"],
      ["hien phap 2013", "hp-2013"],
    ]) {
      await search(q);
      await pick(id);
      await click("Thêm vào danh sách căn cứ");
    }
    const items = within(screen.getByTestId("cancu-preview")).getAllByRole("listitem");
    expect(items.map((li) => li.getAttribute("data-id"))).toEqual([
      "hp-2013",
      "luat-33-2024-qh15",
      "nd-30-2020-nd-cp",
      "tt-01-2019-tt-bnv",
    ]);
    const texts = items.map((li) => (li.textContent ?? "").replace(/\s*Bỏ$/, ""));
    expect(texts.slice(0, 3).every((t) => t.startsWith("Căn cứ ") && t.endsWith(";"))).toBe(true);
    expect(texts[3].endsWith(".")).toBe(true);

    const before = host.syncCount;
    await click("Chèn danh sách căn cứ");
    // Where the cursor is (the document and the selection), then one insert.
    expect(host.syncCount).toBe(before + 3);
    expect(host.inserts[0].ooxml).toContain('w:val="vbhc:cite:hp-2013:cancu"');
  });

  test("importing a CSV catalog shows row-level errors and makes the valid rows searchable", async () => {
    const settings = memorySettings();
    await mount(createTestHost(), settings);
    const csv = [
      "type,symbol,date,issuer,title,status",
      "Kế hoạch,26/KH-UBND,2022-03-29,Ủy ban nhân dân tỉnh,về việc thực hiện công tác dân vận chính quyền năm 2022,in-force",
      "Kế hoạch,25/KH-UBND,2022-02-30,Ủy ban nhân dân tỉnh,về dân vận giai đoạn 2022 - 2026,in-force",
    ].join("\n");
    const file = new File([csv], "danh-muc.csv", { type: "text/csv" });
    await act(async () => {
      fireEvent.change(screen.getByLabelText("Nhập danh mục (CSV hoặc JSON)"), { target: { files: [file] } });
    });
    await waitFor(() =>
      expect(screen.getByTestId("org-catalog-status").textContent).toContain("dòng 3: ngày không hợp lệ"),
    );
    expect(screen.getByTestId("org-catalog-status").textContent).toMatch(/Đã nhập 1 văn bản/);
    await search("kh 26 dan van");
    expect(screen.getAllByTestId("citation-result")[0].textContent).toContain("26/KH-UBND");
    expect(settings.data.get("citations.orgCatalog")).toContain("26/KH-UBND");

    // Export gives the organisation catalog back as CSV, ready to share with other officers.
    const blobs: Blob[] = [];
    const url = URL as unknown as { createObjectURL?: unknown; revokeObjectURL?: unknown };
    url.createObjectURL = (b: Blob) => (blobs.push(b), "blob:vbhc-test");
    url.revokeObjectURL = () => undefined;
    const click = jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(() => undefined);
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Xuất CSV" }));
    });
    click.mockRestore();
    expect(blobs).toHaveLength(1);
    const text = await new Promise<string>((resolve) => {
      const r = new FileReader();
      r.onload = () => resolve(String(r.result));
      r.readAsText(blobs[0]);
    });
    expect(text.split("\n")[0]).toMatch(/^id,type,symbol,date/);
    expect(text).toContain("26/KH-UBND");
    expect(text).not.toContain("25/KH-UBND");
  });

  test("harvest reads citations from the document for review, then adds the kept ones", async () => {
    const host = createTestHost([
      "Căn cứ Kế hoạch số 03/KH-UBND ngày 21/01/2022 của Ủy ban nhân dân tỉnh về triển khai;",
      "Thực hiện Quyết định số 40/QĐ-STTTT ngày 30//2022 của Sở.",
      "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;",
    ]);
    const settings = await mount(host);
    await click("Thu thập từ văn bản này");
    const review = screen.getByTestId("harvest-review");
    // Each proposal reads as the citation it would give: the issuer and the law's name are there.
    expect(review.textContent).toContain(
      "Kế hoạch số 03/KH-UBND ngày 21 tháng 01 năm 2022 của Ủy ban nhân dân tỉnh về triển khai",
    );
    expect(review.textContent).toContain("Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015");
    // A date with no month is shown for review but cannot be added as a fact.
    const broken = within(review).getByRole("checkbox", { name: /40\/QĐ-STTTT/ });
    expect((broken as HTMLInputElement).disabled).toBe(true);
    await click("Thêm vào danh mục");
    expect(settings.data.get("citations.orgCatalog")).toContain("03/KH-UBND");
    expect(settings.data.get("citations.orgCatalog")).not.toContain("40/QĐ-STTTT");
  });

  test("the catalog URL is the only place fetched, and its catalog is cached for offline use", async () => {
    const fetched: string[] = [];
    const fetchText = async (u: string) => {
      fetched.push(u);
      return JSON.stringify([
        {
          type: "Công văn",
          symbol: "777/SNV-VP",
          date: "2023-04-10",
          issuer: "Sở Nội vụ",
          title: "về cải cách hành chính",
        },
      ]);
    };
    const settings = await mount(createTestHost(), memorySettings(), fetchText);
    fireEvent.change(screen.getByLabelText("Địa chỉ danh mục (URL)"), {
      target: { value: "https://example.gov.vn/danh-muc.json" },
    });
    await click("Tải danh mục từ địa chỉ");
    expect(fetched).toEqual(["https://example.gov.vn/danh-muc.json"]);
    expect(settings.data.get("vbhc:catalog-cache:https://example.gov.vn/danh-muc.json")).toContain("777/SNV-VP");
    await search("777/SNV-VP");
    expect(resultIds()[0]).toBe("cong-van-777-snv-vp");
  });
});
