import { browserForTestFile } from "./browser";

jest.setTimeout(90_000);

const s = browserForTestFile();

/** Text of the selection the fake host's renderer highlights in the document. */
async function selectedText(): Promise<string> {
  return s.page.evaluate(() => {
    const marks = document.querySelectorAll('[data-testid="document"] mark.selection');
    return [...marks].map((m) => m.textContent ?? "").join("");
  });
}

async function paragraphText(n: number): Promise<string> {
  return (await s.page.locator(`[data-testid="document"] [data-paragraph="${n}"]`).first().textContent()) ?? "";
}

async function runChecks(): Promise<void> {
  await s.page.getByRole("tab", { name: "Kiểm tra", exact: true }).click();
  await s.page.getByRole("button", { name: "Kiểm tra văn bản" }).click();
  await s.page.getByTestId("checks-summary").waitFor();
}

describe("the Kiểm tra tab on the playground's sample", () => {
  test("finds the sample's planted mistakes and shows the counts", async () => {
    await s.openPlayground();
    await runChecks();
    const summary = (await s.page.getByTestId("checks-summary").textContent()) ?? "";
    expect(summary).toMatch(/\d+ lỗi/);
    expect(summary).toMatch(/\d+ không đánh giá/);
    const excerpts = await s.page
      .getByTestId("finding")
      .evaluateAll((els) => els.map((e) => e.getAttribute("data-excerpt")));
    expect(excerpts.length).toBeGreaterThanOrEqual(3);
    // The en dash of the tiêu ngữ, the leading-zero month and the broken grouping are each reported.
    expect(excerpts.some((e) => e?.includes("–"))).toBe(true);
    expect(excerpts.some((e) => e?.includes("06"))).toBe(true);
    expect(excerpts.some((e) => e?.includes("12.4567"))).toBe(true);
    await s.screenshot("checks-findings");
  });

  test("'Đến vị trí' moves the selection in the document to the finding's excerpt", async () => {
    await s.openPlayground();
    await runChecks();
    const findings = s.page.getByTestId("finding");
    const count = await findings.count();
    const tried: string[] = [];
    for (const i of [0, Math.floor(count / 2), count - 1]) {
      const f = findings.nth(i);
      const excerpt = (await f.getAttribute("data-excerpt")) ?? "";
      await f.getByRole("button", { name: "Đến vị trí" }).click();
      await s.page.waitForFunction(
        (want) =>
          [...document.querySelectorAll('[data-testid="document"] mark.selection')]
            .map((m) => m.textContent ?? "")
            .join("") === want,
        excerpt,
      );
      expect(await selectedText()).toBe(excerpt);
      tried.push(excerpt);
    }
    expect(new Set(tried).size).toBeGreaterThan(1);
    await s.screenshot("checks-go-to");
  });

  test("'Sửa' changes the document and the finding is gone after the re-check", async () => {
    await s.openPlayground();
    await runChecks();
    const fixable = s.page.locator('[data-testid="finding"][data-fixable="true"]');
    expect(await fixable.count()).toBeGreaterThan(0);
    const target = fixable.first();
    const rule = (await target.getAttribute("data-rule")) ?? "";
    const paragraph = Number(await target.getAttribute("data-paragraph"));
    const start = (await target.getAttribute("data-start")) ?? "";
    const excerpt = (await target.getAttribute("data-excerpt")) ?? "";
    const before = await paragraphText(paragraph);
    await target.getByRole("button", { name: "Sửa" }).click();
    await s.page.getByTestId("checks-status").filter({ hasText: "Đã sửa" }).waitFor();
    const after = await paragraphText(paragraph);
    expect(after).not.toBe(before);
    const same = s.page.locator(
      `[data-testid="finding"][data-rule="${rule}"][data-paragraph="${paragraph}"][data-start="${start}"][data-excerpt="${excerpt.replace(/"/g, '\\"')}"]`,
    );
    expect(await same.count()).toBe(0);
    await s.screenshot("checks-after-fix");
  });
});
