/**
 * @jest-environment jsdom
 */
import "../taskpane/jsdom-globals";
import { fireEvent, screen } from "@testing-library/react";
import { FIXED } from "../../../src/core/rules";
import { createTestHost, memorySettings } from "./test-host";
import { click, mount, status } from "./templates-tab-harness";

// Fluent in jsdom takes seconds per test alone, and many times that on a loaded machine.
jest.setTimeout(120_000);

describe("the Mẫu & đề mục tab", () => {
  test("a new document from the template goes at the end of an empty document, filled from the saved profile", async () => {
    const host = createTestHost([""]);
    mount(host);
    await click("Tạo văn bản mới từ mẫu");
    expect(host.inserts).toHaveLength(1);
    expect(host.inserts[0].location).toBe("end");
    expect(host.paragraphs).toContain(FIXED.quocHieu.text);
    expect(host.paragraphs).toContain("SỞ NỘI VỤ");
    expect(host.paragraphs).toContain("BÁO CÁO");
    expect(status()).toMatch(/Đã tạo văn bản từ mẫu/);
  });

  test("an incomplete agency profile inserts nothing and says what is missing", async () => {
    const host = createTestHost([""]);
    mount(host, memorySettings());
    await click("Tạo văn bản mới từ mẫu");
    expect(host.inserts).toHaveLength(0);
    expect(status()).toMatch(/Hồ sơ cơ quan chưa đủ/);
    expect(status()).toMatch(/Tên cơ quan ban hành: bắt buộc/);
  });

  test("a document with text is never overwritten: the tab asks first, and Hủy inserts nothing", async () => {
    const host = createTestHost(["Đoạn văn của người dùng"]);
    mount(host);
    await click("Tạo văn bản mới từ mẫu");
    expect(screen.getByTestId("templates-confirm").textContent).toMatch(/không xóa nội dung hiện có/);
    expect(host.inserts).toHaveLength(0);
    await click("Hủy");
    expect(screen.queryByTestId("templates-confirm")).toBeNull();
    expect(host.inserts).toHaveLength(0);

    await click("Tạo văn bản mới từ mẫu");
    await click("Chèn vào cuối");
    expect(host.inserts).toHaveLength(1);
    expect(host.paragraphs[0]).toBe("Đoạn văn của người dùng");
    expect(host.paragraphs).toContain(FIXED.quocHieu.text);
  });

  test("the báo cáo scaffold inserts its sections I..IV, each with items numbered from 1, at the cursor", async () => {
    const host = createTestHost([]);
    mount(host);
    const before = host.syncCount;
    await click("Chèn khung đề mục");
    expect(host.syncCount).toBe(before + 3);
    expect(host.inserts[0].location).toBe("end");
    const romans = host.paragraphs.filter((p) => /^[IVX]+\. /.test(p));
    expect(romans.map((p) => p.split(".")[0])).toEqual(["I", "II", "III", "IV"]);
    expect(romans[0]).toBe("I. KẾT QUẢ THỰC HIỆN");
    expect(romans[1]).toBe("II. TỒN TẠI, HẠN CHẾ");
    // Items restart at 1 under each section.
    const afterII = host.paragraphs.slice(host.paragraphs.indexOf(romans[1]) + 1);
    expect(afterII.find((p) => /^\d+\. /.test(p))).toMatch(/^1\. /);
  });

  test("insert heading picks the next number at the chosen level from the document", async () => {
    const host = createTestHost(["I. KẾT QUẢ", "1. Việc một", "2. Việc hai", "II. TỒN TẠI"]);
    mount(host);
    fireEvent.change(screen.getByLabelText("Cấp đề mục"), { target: { value: "arabic" } });
    await click(/Chèn đề mục cấp/);
    // Under II the numbering restarts at 1.
    expect(host.paragraphs[host.paragraphs.length - 1]).toBe("1. ");
    fireEvent.change(screen.getByLabelText("Cấp đề mục"), { target: { value: "roman" } });
    await click(/Chèn đề mục cấp/);
    expect(host.paragraphs[host.paragraphs.length - 1]).toBe("III. ");
  });

  test("documents with articles offer Chương/Mục/Điều/khoản/điểm, and the next Điều follows the document", async () => {
    const host = createTestHost([
      "QUYẾT ĐỊNH:",
      "Điều 1. Ban hành kèm theo Quyết định này Quy chế.",
      "Điều 2. Hiệu lực thi hành.",
    ]);
    mount(host);
    fireEvent.change(screen.getByLabelText("Loại văn bản"), { target: { value: "quyet-dinh" } });
    const levels = screen
      .getAllByRole("option")
      .filter((o) => o.closest("select") === screen.getByLabelText("Cấp đề mục"));
    expect(levels.map((o) => o.textContent)).toEqual(expect.arrayContaining(["Chương", "Mục", "Điều"]));
    fireEvent.change(screen.getByLabelText("Cấp đề mục"), { target: { value: "article" } });
    await click(/Chèn đề mục cấp/);
    expect(host.paragraphs[host.paragraphs.length - 1]).toBe("Điều 3. ");
  });
});
