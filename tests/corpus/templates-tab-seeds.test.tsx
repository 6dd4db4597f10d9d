/**
 * @jest-environment jsdom
 */
/** The Mẫu & đề mục tab renumbering a seed document. */
import "../unit/taskpane/jsdom-globals";
import * as React from "react";
import { act, fireEvent, render, screen } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { TemplatesTab } from "../../src/taskpane/tabs/TemplatesTab";
import { createTestHost, memorySettings, type TestHost } from "../unit/taskpane-tabs/test-host";
import { describeCorpus, seedLines, seedPath } from "./seeds";

// Fluent in jsdom takes seconds per test alone, and many times that on a loaded machine.
jest.setTimeout(120_000);

const PROFILE = JSON.stringify({
  agency: "Sở Nội vụ",
  agencyCode: "SNV",
  unit: "VP",
  place: "Trà Vinh",
  signerTitle: "Giám đốc",
  signer: "Nguyễn Văn A",
  copyTo: "UBND tỉnh",
});

function profileSettings() {
  const s = memorySettings();
  s.data.set("agencyProfile", PROFILE);
  return s;
}

function mount(host: TestHost, settings = profileSettings()) {
  render(
    <FluentProvider theme={webLightTheme}>
      <TemplatesTab adapter={host} settings={settings} />
    </FluentProvider>,
  );
}

async function click(name: string | RegExp) {
  await act(async () => {
    fireEvent.click(screen.getByRole("button", { name }));
  });
}

const status = () => screen.getByTestId("templates-status").textContent ?? "";

describeCorpus("the Mẫu & đề mục tab on a seed", () => {
  test("renumbering seed 000 is one applyEdits batch: section I runs 1..7, and nothing but numbers changes", async () => {
    const original = seedLines(seedPath("000"));
    const host = createTestHost(original);
    const applied: number[] = [];
    const inner = host.applyEdits.bind(host);
    host.applyEdits = async (edits) => {
      applied.push(edits.length);
      return inner(edits);
    };
    mount(host);
    await click("Đánh số lại toàn bộ");
    expect(applied).toHaveLength(1);
    expect(status()).toBe(`Đã sửa ${applied[0]} số thứ tự.`);
    expect(applied[0]).toBeGreaterThanOrEqual(2);

    const start = host.paragraphs.findIndex((p) => p.startsWith("I. "));
    const end = host.paragraphs.findIndex((p) => p.startsWith("II. "));
    const underI = host.paragraphs
      .slice(start, end)
      .map((p) => /^(\d+)\. /.exec(p)?.[1])
      .filter((n): n is string => n !== undefined);
    expect(underI).toEqual(["1", "2", "3", "4", "5", "6", "7"]);
    // Every paragraph is the same once its leading number is taken away.
    const strip = (p: string) => p.replace(/^(\d+|[IVXLC]+|[a-zđ])([.)]) /, "#$2 ");
    expect(host.paragraphs.map(strip)).toEqual(original.map(strip));
    expect(host.paragraphs.length).toBe(original.length);

    // Renumbering again finds nothing to fix.
    await click("Đánh số lại toàn bộ");
    expect(applied).toHaveLength(1);
    expect(status()).toMatch(/đã đúng/);
  });
});
