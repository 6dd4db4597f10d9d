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
import { UNJUDGED_CITATION_LINES } from "../../helpers/unjudged-citations";

jest.setTimeout(60_000);

const LINES = UNJUDGED_CITATION_LINES;

describe("the Kiểm tra tab with citations the catalog cannot date", () => {
  test("lists them as not evaluated, with a badge and Go to, and keeps the replaced one a warning", async () => {
    const fake = createFakeWord({ text: LINES.join("\n") });
    const adapter = createOfficeAdapter({ Word: fake.Word, Office: fake.Office });
    render(
      <FluentProvider theme={webLightTheme}>
        <ChecksTab adapter={adapter} settings={memorySettings()} documentSettings={memorySettings()} />
      </FluentProvider>,
    );
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Kiểm tra văn bản" }));
    });
    const summary = await screen.findByTestId("checks-summary");
    expect(summary.textContent).toContain("2 trích dẫn chưa rõ hiệu lực");

    // The replaced decree is still a finding; neither other citation is.
    const replaced = screen.getAllByTestId("finding").filter((f) => f.dataset.rule === "citation-replaced");
    expect(replaced.map((f) => f.dataset.excerpt)).toEqual(["Nghị định số 110/2004/NĐ-CP"]);
    const excerpts = screen.getAllByTestId("finding").map((f) => f.dataset.excerpt ?? "");
    expect(excerpts.some((t) => /42\/2013\/QH13|88\/2019/.test(t))).toBe(false);

    // The two the catalog cannot date, once each, in document order, with why; the in-force one is not listed.
    const section = screen.getByTestId("not-evaluated-places");
    expect(section.querySelector("summary")?.textContent).toBe("Vì sao 2 trích dẫn chưa đánh giá được hiệu lực");
    const places = within(section).getAllByTestId("not-evaluated-place");
    expect(places.map((p) => p.querySelector("[id]")?.textContent)).toEqual([
      "Luật số 42/2013/QH13 (đoạn 5): không rõ hiệu lực trong danh mục.",
      "Nghị định số 88/2019/NĐ-CP (đoạn 5): không có trong danh mục.",
    ]);

    await act(async () => {
      fireEvent.click(within(places[1]).getByRole("button", { name: "Đến vị trí" }));
    });
    const sel = fake.model.selection;
    expect(sel).not.toBeNull();
    expect(sel!.paragraph).toBe(4);
    expect(LINES[4].slice(sel!.start, sel!.end)).toBe("Nghị định số 88/2019/NĐ-CP");
  });
});
