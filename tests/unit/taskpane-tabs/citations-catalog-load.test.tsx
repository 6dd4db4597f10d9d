/**
 * @jest-environment jsdom
 */
import "../taskpane/jsdom-globals";
import * as React from "react";
import { act, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { CitationsView } from "../../../src/taskpane/tabs/citations/CitationsView";
import {
  coreCitations,
  type CatalogData,
  type CitationsCore,
} from "../../../src/taskpane/tabs/citations/citations-core";
import { createTestHost, memorySettings } from "./test-host";

jest.setTimeout(60_000);

async function search(q: string) {
  await act(async () => {
    fireEvent.change(screen.getByRole("combobox"), { target: { value: q } });
  });
}

describe("the Căn cứ pháp lý tab's catalogs, loaded on first visit", () => {
  test("says it is loading, answers nothing meanwhile, then finds a document only the codification layer holds", async () => {
    let release: (d: CatalogData) => void = () => undefined;
    const gate = new Promise<CatalogData>((resolve) => (release = resolve));
    const core: CitationsCore = { ...coreCitations, loadCatalogs: () => gate };
    const host = createTestHost(["Thực hiện"]);
    render(
      <FluentProvider theme={webLightTheme}>
        <CitationsView adapter={host} settings={memorySettings()} core={core} debounceMs={0} />
      </FluentProvider>,
    );
    await waitFor(() => expect(host.syncCount).toBeGreaterThanOrEqual(1));
    expect(screen.getByTestId("catalog-loading").textContent).toBe("Đang tải danh mục văn bản…");
    // A symbol typed before the catalogs are in is neither "not found" nor offered for composing.
    await search("Luật số 104/2016/QH13");
    expect(screen.queryByTestId("citation-count")).toBeNull();
    expect(screen.queryByTestId("typed-symbol")).toBeNull();
    expect(screen.queryAllByTestId("citation-result")).toHaveLength(0);

    const data = await coreCitations.loadCatalogs();
    // The law is in the codification layer only, not in the curated catalog.
    expect(data.national.some((e) => e.symbol === "104/2016/QH13")).toBe(false);
    expect(data.codified.some((e) => e.symbol === "104/2016/QH13")).toBe(true);
    await act(async () => release(data));
    await waitFor(() => expect(screen.queryByTestId("catalog-loading")).toBeNull());
    const first = screen.getAllByTestId("citation-result")[0];
    expect(first.textContent).toContain("104/2016/QH13");
    expect(screen.queryByTestId("typed-symbol")).toBeNull();
    await search("tiếp cận thông tin");
    expect(screen.getAllByTestId("citation-result")[0].textContent).toContain("Luật Tiếp cận thông tin");
  });

  test("loads once per pane, with the prebuilt indexes the search uses", async () => {
    const a = coreCitations.loadCatalogs();
    expect(coreCitations.loadCatalogs()).toBe(a);
    const data = await a;
    expect(data.indexes.national?.docs).toBe(data.national.length);
    expect(data.indexes.codified?.docs).toBe(data.codified.length);
  });
});
