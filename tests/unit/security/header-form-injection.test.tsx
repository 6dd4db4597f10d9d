/**
 * @jest-environment jsdom
 */
/**
 * Markup typed into any text field of the header tab is text: the inserted WordprocessingML parses, holds
 * it literally in w:t, and the live preview draws it as text (no element comes from it).
 */
import "../taskpane/jsdom-globals";
import * as React from "react";
import { act, fireEvent, render, screen } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { DOMParser } from "@xmldom/xmldom";
import { HeaderTab } from "../../../src/taskpane/tabs/HeaderTab";
import { createTestHost, memorySettings } from "../taskpane-tabs/test-host";

jest.setTimeout(30_000);

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const payload = (field: string) => `${field}<w:p></w:t>&amp;&"><script>alert(1)</script>]]>'`;

/** Paragraph texts of inserted OOXML, read by a real XML parser (a broken escape makes it fail). */
function parsedParagraphs(xml: string): string[] {
  const errors: string[] = [];
  const doc = new DOMParser({
    onError: (level, msg) => void (level !== "warning" && errors.push(msg)),
  }).parseFromString(/<pkg:package\b/.test(xml) ? xml : `<w:body xmlns:w="${W}">${xml}</w:body>`, "text/xml");
  expect(errors).toEqual([]);
  const out: string[] = [];
  const paras = doc.getElementsByTagNameNS(W, "p");
  for (let i = 0; i < paras.length; i++) {
    const ts = paras[i].getElementsByTagNameNS(W, "t");
    let text = "";
    for (let j = 0; j < ts.length; j++) text += ts[j].textContent ?? "";
    out.push(text);
  }
  return out;
}

function type(label: string | RegExp, value: string) {
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
}

test("every text field of the header tab goes into the document and the preview as literal text", async () => {
  const host = createTestHost(["Nội dung"]);
  render(
    <FluentProvider theme={webLightTheme}>
      <HeaderTab adapter={host} settings={memorySettings()} />
    </FluentProvider>,
  );
  type("Cơ quan chủ quản", payload("parent"));
  type(/^Cơ quan ban hành/, payload("agency"));
  type("Viết tắt cơ quan", "STTTT");
  type(/^Số/, "5");
  type("Địa danh", payload("place"));
  type("Ngày", "05/02/2026");
  type("Trích yếu", payload("subject"));
  type("Kính gửi", payload("to"));
  type("Nơi nhận", payload("copy"));
  fireEvent.change(screen.getByLabelText("Quyền hạn ký"), { target: { value: "KT" } });
  type("Chức vụ", payload("title"));
  type("Chức vụ cấp phó", payload("deputy"));
  type("Người ký", payload("signer"));

  const preview = screen.getByTestId("header-preview");
  expect(preview.querySelector("script")).toBeNull();
  expect(preview.getElementsByTagName("w:p")).toHaveLength(0);

  for (const name of ["Chèn tiêu đề", "Chèn khối kết"]) {
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name }));
    });
  }
  expect(host.inserts).toHaveLength(2);
  const text = host.inserts
    .flatMap((i) => parsedParagraphs(i.ooxml))
    .join("\n")
    .toUpperCase();
  const previewText = (preview.textContent ?? "").toUpperCase();
  for (const name of ["parent", "agency", "place", "subject", "to", "copy", "title", "deputy", "signer"]) {
    // Some lines are set in capitals; none of the characters that matter has a case.
    expect(text).toContain(payload(name).toUpperCase());
    if (["parent", "agency", "place", "subject"].includes(name)) {
      expect(previewText).toContain(payload(name).toUpperCase());
    }
  }
});
