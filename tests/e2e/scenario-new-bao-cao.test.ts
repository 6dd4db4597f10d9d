/**
 * Scenario (a), as an officer drafts in the playground: a new báo cáo from an empty document. Header, the
 * section scaffold, three headings each with a title and body text typed on the keyboard, the KT. closing;
 * then the .docx is downloaded, opened in LibreOffice and checked with `vbhc check`.
 */
import * as fs from "fs";
import * as path from "path";
import { browserForTestFile, TEST_OUTPUT } from "./browser";
import { fill, fillHeaderForm, openTab, paneOf } from "./pane-forms";
import { convertWithLibreOffice } from "../helpers/libreoffice";
import { vbhc } from "../helpers/run-cli";
import { FIXED } from "../../src/core/rules";

jest.setTimeout(240_000);

const s = browserForTestFile();
const OUT = path.join(TEST_OUTPUT, "scenario-new-bao-cao");

const pane = () => paneOf(s.page);
const doc = () => s.page.getByTestId("document");
const paragraphTexts = (): Promise<string[]> =>
  doc()
    .locator("[data-paragraph]")
    .evaluateAll((els) => els.map((e) => (e.textContent ?? "").replace(/\u00a0/g, " ")));

/** Clicks at the right end of a paragraph's line, where Word would put the caret after its text. */
async function clickEndOf(text: string): Promise<void> {
  const p = doc().locator("[data-paragraph]").filter({ hasText: text }).last();
  const box = await p.boundingBox();
  if (!box) throw new Error(`paragraph "${text}" is not shown`);
  await p.click({ position: { x: box.width - 2, y: Math.min(8, box.height / 2) } });
}

/** Clicks "Chèn đề mục" at level I., II., … and returns the marker the new status names. */
async function insertNextRomanHeading(previous: string): Promise<string> {
  await pane().getByLabel("Cấp đề mục").selectOption("roman");
  await pane()
    .getByRole("button", { name: /Chèn đề mục cấp/ })
    .click();
  const status = pane().getByTestId("templates-status");
  await s.page.waitForFunction((prev) => {
    const t = document.querySelector('[data-testid="templates-status"]')?.textContent ?? "";
    return t.includes("Đã chèn đề mục") && t !== prev;
  }, previous);
  return (await status.textContent()) ?? "";
}

describe("scenario: a new báo cáo from an empty document", () => {
  test("header, scaffold, three headings with typed text, KT. closing; the .docx reads right and checks clean", async () => {
    await s.openPlayground("?doc=blank");
    expect(await paragraphTexts()).toEqual([""]);

    await openTab(s.page, "Tiêu đề & khối kết");
    await fillHeaderForm(s.page);
    await pane().getByRole("button", { name: "Chèn tiêu đề" }).click();
    await pane().getByTestId("header-status").filter({ hasText: "Đã chèn tiêu đề" }).waitFor();

    await openTab(s.page, "Mẫu & đề mục");
    await pane().getByRole("button", { name: "Chèn khung đề mục" }).click();
    await pane().getByTestId("templates-status").filter({ hasText: "Đã chèn khung đề mục" }).waitFor();

    const sections = [
      ["KẾT QUẢ CHUYỂN ĐỔI SỐ", "Sở đã đưa 45 thủ tục hành chính lên cổng dịch vụ công trực tuyến."],
      ["KHÓ KHĂN, VƯỚNG MẮC", "Hạ tầng mạng ở một số xã còn chậm, chưa đáp ứng yêu cầu."],
      ["ĐỀ XUẤT", "Đề nghị bố trí kinh phí nâng cấp đường truyền trong quý II năm 2026."],
    ];
    const markers: string[] = [];
    let status = "";
    for (const [title, body] of sections) {
      status = await insertNextRomanHeading(status);
      markers.push(/“([^”]+)”/.exec(status)?.[1] ?? "");
      // The officer clicks at the end of the new heading and types its title, then the body on a new line.
      await clickEndOf(`${markers[markers.length - 1]} `);
      await s.page.keyboard.type(title);
      await s.page.keyboard.press("Enter");
      await s.page.keyboard.type(body);
    }
    // The scaffold ends at IV: the three new sections number on, each after the text typed before it.
    expect(markers).toEqual(["V.", "VI.", "VII."]);

    // The header form keeps what was typed for the header (the tabs stay mounted).
    await openTab(s.page, "Tiêu đề & khối kết");
    await fill(s.page, "Nơi nhận", "UBND tỉnh Trà Vinh\nSở Nội vụ");
    await pane().getByLabel("Quyền hạn ký").selectOption("KT");
    await fill(s.page, "Chức vụ", "Giám đốc");
    await fill(s.page, "Chức vụ cấp phó", "Phó Giám đốc");
    await fill(s.page, "Người ký", "Nguyễn Văn A");
    await pane().getByRole("button", { name: "Chèn khối kết" }).click();
    await pane().getByTestId("header-status").filter({ hasText: "Đã chèn khối kết" }).waitFor();
    await s.screenshot("scenario-new-bao-cao");

    // The page: header, title, the scaffold, the three typed sections in order, then the closing.
    const texts = await paragraphTexts();
    const at = (t: string): number => texts.findIndex((x) => x.startsWith(t));
    const order = [
      FIXED.quocHieu.text,
      "BÁO CÁO",
      "I. ",
      "IV. ",
      `V. ${sections[0][0]}`,
      sections[0][1],
      `VI. ${sections[1][0]}`,
      sections[1][1],
      `VII. ${sections[2][0]}`,
      sections[2][1],
      FIXED.noiNhan.text,
      "KT. GIÁM ĐỐC",
      "Nguyễn Văn A",
    ].map(at);
    expect(order).not.toContain(-1);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    // Nothing typed or inserted after the header sits in a table cell but the closing's own.
    const inCell = await doc()
      .locator("td [data-paragraph]")
      .evaluateAll((els) => els.map((e) => Number(e.getAttribute("data-paragraph"))));
    expect(inCell.filter((i) => i > at("BÁO CÁO") && i < at(FIXED.noiNhan.text))).toEqual([]);
    expect(await doc().locator("td td").count()).toBe(0);

    // Download, open in LibreOffice, check.
    fs.mkdirSync(OUT, { recursive: true });
    const [download] = await Promise.all([
      s.page.waitForEvent("download"),
      s.page.getByRole("button", { name: "Tải .docx" }).click(),
    ]);
    const file = path.join(OUT, "bao-cao.docx");
    await download.saveAs(file);
    const txt = fs.readFileSync(await convertWithLibreOffice(file, "txt", OUT), "utf8");
    const lines = txt.split(/\r?\n/).map((l) => l.trim());
    const line = (t: string): number => lines.findIndex((l) => l.startsWith(t));
    const rendered = [
      FIXED.quocHieu.text,
      "BÁO CÁO",
      `V. ${sections[0][0]}`,
      sections[0][1],
      `VII. ${sections[2][0]}`,
      sections[2][1],
      FIXED.noiNhan.text,
      "KT. GIÁM ĐỐC",
      "Nguyễn Văn A",
    ].map(line);
    expect(rendered).not.toContain(-1);
    expect([...rendered].sort((a, b) => a - b)).toEqual(rendered);

    const check = await vbhc("check", file, "--format", "json");
    const report = JSON.parse(check.out) as {
      files: { findings: { severity: string; ruleId: string; excerpt: string }[] }[];
    };
    const errors = report.files[0].findings.filter((f) => f.severity === "error");
    expect(errors).toEqual([]);
    expect(check.code).toBe(0);
    expect(s.pageErrors).toEqual([]);
  });
});
