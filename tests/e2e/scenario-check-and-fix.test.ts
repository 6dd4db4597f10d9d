/**
 * Scenario (c), as an officer works in the playground: break the sample by typing (a duplicate heading number,
 * an impossible date, a số without its colon), check, go to a finding (selected and scrolled into view),
 * correct it by typing over the selection, fix one finding, fix all numbering at once, ignore one, check again.
 * The end asserts the document's text, not only the pane's messages.
 */
import type { Locator } from "playwright-core";
import { browserForTestFile } from "./browser";
import { paneOf } from "./pane-forms";

jest.setTimeout(180_000);

const s = browserForTestFile();

const pane = () => paneOf(s.page);
const doc = () => s.page.getByTestId("document");
const paragraphTexts = (): Promise<string[]> =>
  doc()
    .locator("[data-paragraph]")
    .evaluateAll((els) => els.map((e) => (e.textContent ?? "").replace(/\u00a0/g, " ")));

/** Puts the caret before character `offset` of the paragraph that starts with `start`, with the keyboard. */
async function caretAt(start: string, offset: number): Promise<void> {
  const p = doc()
    .locator("[data-paragraph]")
    .filter({ hasText: new RegExp(`^${start.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`) })
    .first();
  const box = await p.boundingBox();
  if (!box) throw new Error(`paragraph "${start}" is not shown`);
  await p.click({ position: { x: box.width / 2, y: Math.min(6, box.height / 2) } });
  await s.page.keyboard.press("Home");
  for (let i = 0; i < offset; i++) await s.page.keyboard.press("ArrowRight");
}

async function check(): Promise<void> {
  const before = await pane()
    .getByTestId("checks-summary")
    .textContent()
    .catch(() => null);
  await pane().getByRole("button", { name: "Kiểm tra văn bản" }).click();
  await pane().getByTestId("checks-summary").waitFor();
  if (before !== null) await s.page.waitForTimeout(300);
}

const findings = (rule: string): Locator => pane().locator(`[data-testid="finding"][data-rule="${rule}"]`);

async function inView(target: Locator, container: Locator): Promise<boolean> {
  const a = await target.boundingBox();
  const b = await container.boundingBox();
  return !!a && !!b && a.y >= b.y && a.y + a.height <= b.y + b.height;
}

describe("scenario: check and fix a document broken by typing", () => {
  test("type three mistakes, check, go to, correct, fix, fix numbering, ignore, check again", async () => {
    await s.openPlayground();
    const original = await paragraphTexts();
    const dateLine = original.find((t) => t.includes("30/11/2026")) ?? "";
    const soLine = original.find((t) => t.startsWith("Số: ")) ?? "";
    expect(dateLine).not.toBe("");
    expect(soLine).toBe("Số: 112/BC-SNV");

    // 1. Break it by typing: "3. Tổ chức…" becomes a second "2.", the date becomes 31/11, the số loses its colon.
    await caretAt("3. Tổ chức", 0);
    await s.page.keyboard.press("Shift+ArrowRight");
    await s.page.keyboard.type("2");
    await caretAt(dateLine.slice(0, 12), dateLine.indexOf("30/11/2026") + 2);
    await s.page.keyboard.press("Backspace");
    await s.page.keyboard.type("1");
    await caretAt("Số: ", 3);
    await s.page.keyboard.press("Backspace");
    let texts = await paragraphTexts();
    expect(texts).toContain("2. Tổ chức 02 lớp bồi dưỡng kỹ năng soạn thảo văn bản hành chính cho công chức cấp xã.");
    expect(texts).toContain(dateLine.replace("30/11/2026", "31/11/2026"));
    expect(texts).toContain("Số 112/BC-SNV");

    // 2. Check: each typed mistake is reported where it was typed.
    await pane().getByRole("tab", { name: "Kiểm tra", exact: true }).click();
    await check();
    const dateIndex = texts.indexOf(dateLine.replace("30/11/2026", "31/11/2026"));
    const dupIndex = texts.findIndex((t) => t.startsWith("2. Tổ chức"));
    expect(await findings("date/invalid").getAttribute("data-paragraph")).toBe(String(dateIndex));
    expect(
      await findings("numbering/duplicate").evaluateAll((els) => els.map((e) => e.getAttribute("data-paragraph"))),
    ).toContain(String(dupIndex));
    expect(await findings("symbol/form").count()).toBe(1);

    // 3. Go to the date: the page scrolls to it and its text is selected; the officer types the right date over it.
    const main = s.page.getByRole("main");
    await main.evaluate((m) => (m.scrollTop = 0));
    const dateParagraph = doc().locator(`[data-paragraph="${dateIndex}"]`);
    expect(await inView(dateParagraph, main)).toBe(false);
    const dateFinding = findings("date/invalid").first();
    const excerpt = (await dateFinding.getAttribute("data-excerpt")) ?? "";
    expect(excerpt).toContain("31/11/2026");
    await dateFinding.getByRole("button", { name: "Đến vị trí" }).click();
    const mark = doc().locator("mark.selection").first();
    await s.page.waitForFunction(
      (want) =>
        [...document.querySelectorAll('[data-testid="document"] mark.selection')]
          .map((m) => m.textContent ?? "")
          .join("") === want,
      excerpt,
    );
    expect(await inView(mark, main)).toBe(true);
    await doc().focus();
    expect(await s.page.evaluate(() => window.getSelection()?.toString())).toBe(excerpt);
    await s.page.keyboard.type(excerpt.replace("31/11/2026", "30/11/2026"));
    texts = await paragraphTexts();
    expect(texts[dateIndex]).toBe(dateLine);

    // 4. Fix one finding: the số's colon comes back.
    await check();
    await findings("symbol/form").first().getByRole("button", { name: "Sửa" }).click();
    await pane().getByTestId("checks-status").filter({ hasText: "Đã sửa" }).waitFor();
    expect(await paragraphTexts()).toContain("Số: 112/BC-SNV");

    // 5. Fix all numbering at once: the typed duplicate and the sample's own are renumbered in one step.
    await pane().getByRole("button", { name: "Đánh số lại mục" }).click();
    await s.page.waitForFunction(() => !document.querySelector('[data-rule="numbering/duplicate"]'));
    texts = await paragraphTexts();
    expect(texts[dupIndex]).toBe(original[dupIndex]);
    expect(texts).toContain("3. Cải cách thủ tục hành chính");

    // 6. Ignore the thousands grouping: it stays in the text, and is hidden after the next check.
    const thousands = findings("number/thousands").first();
    const thousandsExcerpt = (await thousands.getAttribute("data-excerpt")) ?? "";
    await thousands.getByRole("button", { name: "Bỏ qua" }).click();
    await check();
    expect(await findings("number/thousands").count()).toBe(0);
    await pane()
      .getByRole("button", { name: /Hiện lại 1 mục đã bỏ qua/ })
      .waitFor();

    // The end: the document is the sample with only its planted mistakes changed by the fixes.
    texts = await paragraphTexts();
    expect(texts.length).toBe(original.length);
    expect(texts.join("\n")).toContain(thousandsExcerpt);
    for (const rule of ["date/invalid", "symbol/form", "numbering/duplicate"]) {
      expect(await findings(rule).count()).toBe(0);
    }
    const changed = texts.map((t, i) => (t === original[i] ? -1 : i)).filter((i) => i >= 0);
    // Renumbering under section I (the sample's planted duplicate) and nothing else the officer did not ask for.
    expect(changed.map((i) => texts[i].slice(0, 3))).toEqual(changed.map(() => expect.stringMatching(/^\d\. /)));
    expect(s.pageErrors).toEqual([]);
    await s.screenshot("scenario-check-and-fix");
  });
});
