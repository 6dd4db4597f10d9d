/**
 * Word gives a task pane about 320–380 px. Nothing in any tab may stick out past the pane's right edge there,
 * whatever the form holds (long signing options, a wide preview, long search results): a clerk would have
 * to scroll sideways to reach a field or read a citation.
 */
import { browserForTestFile } from "./browser";
import { fillHeaderForm, openTab, paneOf } from "./pane-forms";

jest.setTimeout(90_000);

const s = browserForTestFile();
const pane = () => paneOf(s.page);

/** Elements whose right edge passes the pane's content box, as "tag «field» +overflow". */
async function overflowing(): Promise<string[]> {
  return s.page.evaluate(() => {
    const root = document.querySelector('[data-testid="taskpane"]') as HTMLElement;
    const box = root.getBoundingClientRect();
    const right = box.left + root.clientWidth + 1;
    return [...root.querySelectorAll<HTMLElement>("*")]
      .filter((el) => {
        const r = el.getBoundingClientRect();
        return r.width > 0 && r.right > right;
      })
      .map((el) => {
        // Name the offender by the field (or block) it sits in.
        const field = el.closest(".fui-Field")?.querySelector("label")?.textContent;
        const where = field ?? el.closest("[data-testid]")?.getAttribute("data-testid") ?? "";
        return `${el.tagName.toLowerCase()} «${where}» +${Math.round(el.getBoundingClientRect().right - right)}px`;
      });
  });
}

describe.each([380, 350, 320])("the pane at %i px", (width) => {
  test("no tab content overflows sideways", async () => {
    await s.openPlayground();
    await s.page.evaluate((w) => {
      (document.querySelector('[data-testid="taskpane"]') as HTMLElement).style.width = `${w}px`;
    }, width);

    // The four tabs sit in even rows (one row, or two of two), never three and a straggler.
    const tops = await pane()
      .getByRole("tab")
      .evaluateAll((tabs) => tabs.map((t) => Math.round(t.getBoundingClientRect().top)));
    const perRow = [...new Set(tops)].map((top) => tops.filter((t) => t === top).length);
    expect(tops).toHaveLength(4);
    expect([[4], [2, 2]]).toContainEqual(perRow);

    await openTab(s.page, "Tiêu đề & khối kết");
    await fillHeaderForm(s.page);
    await pane().getByLabel("Quyền hạn ký").selectOption("TUQ");
    await pane().getByTestId("header-preview").scrollIntoViewIfNeeded();
    expect(await overflowing()).toEqual([]);
    await s.screenshot(`pane-fit-${width}-header`);

    await openTab(s.page, "Mẫu & đề mục");
    expect(await overflowing()).toEqual([]);

    await openTab(s.page, "Căn cứ pháp lý");
    await pane()
      .getByRole("combobox", { name: /Tìm văn bản/ })
      .fill("nghi dinh 09/2010 sua doi van thu");
    await pane().getByText("09/2010/NĐ-CP").first().waitFor();
    expect(await overflowing()).toEqual([]);

    await openTab(s.page, "Kiểm tra");
    await pane().getByRole("button", { name: "Kiểm tra văn bản" }).click();
    await pane().getByTestId("checks-summary").waitFor();
    expect(await overflowing()).toEqual([]);
    await s.screenshot(`pane-fit-${width}`);
  });
});
