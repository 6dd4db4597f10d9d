/**
 * @jest-environment jsdom
 */
import "../taskpane/jsdom-globals";
import * as React from "react";
import { act, fireEvent, render, screen, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { HeaderTab } from "../../../src/taskpane/tabs/HeaderTab";
import { FIXED } from "../../../src/core/rules";
import { createTestHost, memorySettings, paragraphsOf, type TestHost } from "./test-host";

// Fluent in jsdom takes seconds per test alone, and many times that on a loaded machine.
jest.setTimeout(120_000);

function mount(host: TestHost, settings = memorySettings()) {
  const utils = render(
    <FluentProvider theme={webLightTheme}>
      <HeaderTab adapter={host} settings={settings} />
    </FluentProvider>,
  );
  return { ...utils, settings };
}

function type(label: string | RegExp, value: string) {
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
}

function fillValid() {
  type("Cơ quan chủ quản", "UBND tỉnh Trà Vinh");
  type(/^Cơ quan ban hành/, "Sở Thông tin và Truyền thông");
  type("Viết tắt cơ quan", "STTTT");
  type("Đơn vị soạn thảo", "VP");
  fireEvent.click(screen.getByLabelText(/Ghi đơn vị soạn thảo trong số/));
  type(/^Số/, "5");
  type("Địa danh", "Trà Vinh");
  type("Ngày", "05/02/2026");
  type("Trích yếu", "Kết quả chuyển đổi số quý I");
}

async function click(name: string) {
  await act(async () => {
    fireEvent.click(screen.getByRole("button", { name }));
  });
}

/** The validation message Fluent renders for the field whose control has this label. */
function messageFor(label: string | RegExp): string {
  const control = screen.getByLabelText(label);
  const ids = (control.getAttribute("aria-describedby") ?? "").split(/\s+/).filter(Boolean);
  return ids.map((id) => document.getElementById(id)?.textContent ?? "").join(" ");
}

describe("the Tiêu đề & khối kết tab", () => {
  test("a number that is not a positive integer blocks insertion with a message next to Số", async () => {
    const host = createTestHost(["Nội dung"]);
    mount(host);
    fillValid();
    type(/^Số/, "5a");
    const before = host.syncCount;
    await click("Chèn tiêu đề");
    expect(messageFor(/^Số/)).toMatch(/số nguyên dương/);
    expect(host.inserts).toHaveLength(0);
    expect(host.syncCount).toBe(before);
    expect(host.paragraphs).toEqual(["Nội dung"]);
    // Correcting it clears the message live.
    type(/^Số/, "5");
    expect(messageFor(/^Số/)).not.toMatch(/số nguyên dương/);
  });

  test("a missing agency name or an impossible date blocks insertion, each with its own message", async () => {
    const host = createTestHost();
    mount(host);
    fillValid();
    type(/^Cơ quan ban hành/, "  ");
    type("Ngày", "30/02/2026");
    await click("Chèn khối kết");
    expect(messageFor(/^Cơ quan ban hành/)).toMatch(/Tên cơ quan ban hành: bắt buộc/);
    expect(messageFor("Ngày")).toMatch(/Ngày không hợp lệ: viết dd\/mm\/yyyy/);
    expect(host.inserts).toHaveLength(0);
    expect(screen.getByTestId("header-status").textContent).toMatch(/Chưa chèn/);
  });

  test("a bad date is reported when leaving the field, in the hint's dd/mm/yyyy form, and the preview names it", () => {
    mount(createTestHost());
    fillValid();
    type("Ngày", "31/13/2026");
    expect(screen.queryByTestId("header-preview")).toBeNull();
    // Not a missing field: the preview note points at the date.
    expect(screen.getByTestId("preview-note").textContent).toBe("Chưa xem trước được: hãy sửa ô Ngày.");
    act(() => {
      fireEvent.blur(screen.getByLabelText("Ngày"));
    });
    expect(messageFor("Ngày")).toMatch(/Ngày không hợp lệ: viết dd\/mm\/yyyy/);
    expect(messageFor("Ngày")).not.toMatch(/YYYY-MM-DD/);
    type("Ngày", "05/02/2026");
    act(() => {
      fireEvent.blur(screen.getByLabelText("Ngày"));
    });
    expect(messageFor("Ngày")).not.toMatch(/không hợp lệ/);
    expect(screen.getByTestId("header-preview")).toBeTruthy();
  });

  test("inserting the header is exactly one adapter call (one sync), at the start, with the quốc hiệu and Số: 05/BC-STTTT", async () => {
    const host = createTestHost(["Nội dung báo cáo"]);
    mount(host);
    fillValid();
    const before = host.syncCount;
    await click("Chèn tiêu đề");
    expect(host.syncCount).toBe(before + 1);
    expect(host.inserts).toHaveLength(1);
    expect(host.inserts[0].location).toBe("start");
    const paras = paragraphsOf(host.inserts[0].ooxml);
    expect(paras).toContain(FIXED.quocHieu.text);
    expect(paras).toContain(FIXED.tieuNgu.text);
    expect(paras).toContain("Số: 05/BC-STTTT-VP");
    expect(paras).toContain("Trà Vinh, ngày 05 tháng 02 năm 2026");
    expect(host.paragraphs[host.paragraphs.length - 1]).toBe("Nội dung báo cáo");
  });

  test("inserting the closing reads the document and the cursor, then inserts once, with Nơi nhận, the list and the signing block", async () => {
    const host = createTestHost(["Nội dung"]);
    mount(host);
    fillValid();
    type("Nơi nhận", "UBND tỉnh\nSở Nội vụ");
    fireEvent.change(screen.getByLabelText("Quyền hạn ký"), { target: { value: "KT" } });
    type("Chức vụ", "Giám đốc");
    type("Chức vụ cấp phó", "Phó Giám đốc");
    type("Người ký", "Nguyễn Văn A");
    const before = host.syncCount;
    await click("Chèn khối kết");
    expect(host.syncCount).toBe(before + 3);
    // The test host knows no cursor: the closing goes at the end, after the user's text.
    expect(host.inserts[0].location).toBe("end");
    expect(host.paragraphs[0]).toBe("Nội dung");
    const paras = paragraphsOf(host.inserts[0].ooxml);
    expect(paras).toEqual(
      expect.arrayContaining([
        FIXED.noiNhan.text,
        "- UBND tỉnh;",
        "- Sở Nội vụ;",
        "- Lưu: VT, VP.",
        "KT. GIÁM ĐỐC",
        "PHÓ GIÁM ĐỐC",
        "Nguyễn Văn A",
      ]),
    );
  });

  test("the live preview is drawn from the builder output and escapes user text", () => {
    mount(createTestHost());
    fillValid();
    type("Trích yếu", "Về <script>alert(1)</script> & việc khác");
    const preview = screen.getByTestId("header-preview");
    expect(preview.textContent).toContain(FIXED.quocHieu.text);
    expect(preview.textContent).toContain("Số: 05/BC-STTTT-VP");
    expect(preview.textContent).toContain("Về <script>alert(1)</script> & việc khác");
    expect(preview.querySelector("script")).toBeNull();
  });

  test("the agency profile is saved through settings and restored after a remount", async () => {
    const host = createTestHost();
    const settings = memorySettings();
    const first = mount(host, settings);
    fillValid();
    type("Kính gửi", "Ủy ban nhân dân tỉnh");
    type("Người ký", "Trần Thị B");
    await click("Lưu hồ sơ cơ quan");
    expect(settings.data.has("agencyProfile")).toBe(true);
    first.unmount();

    mount(host, settings);
    expect((screen.getByLabelText(/^Cơ quan ban hành/) as HTMLInputElement).value).toBe("Sở Thông tin và Truyền thông");
    expect((screen.getByLabelText("Viết tắt cơ quan") as HTMLInputElement).value).toBe("STTTT");
    expect((screen.getByLabelText("Địa danh") as HTMLInputElement).value).toBe("Trà Vinh");
    expect((screen.getByLabelText("Kính gửi") as HTMLTextAreaElement).value).toBe("Ủy ban nhân dân tỉnh");
    expect((screen.getByLabelText("Người ký") as HTMLInputElement).value).toBe("Trần Thị B");
    // Per-document fields are not part of the profile.
    expect((screen.getByLabelText(/^Số/) as HTMLInputElement).value).toBe("");
    expect((screen.getByLabelText("Trích yếu") as HTMLTextAreaElement).value).toBe("");
  });

  test("the Party style draws the same form as the Party header and signing forms", async () => {
    const host = createTestHost();
    mount(host);
    fireEvent.click(screen.getByLabelText("Đảng"));
    type("Cơ quan chủ quản", "Đảng bộ tỉnh Trà Vinh");
    type(/^Cơ quan ban hành/, "Tỉnh ủy Trà Vinh");
    type("Viết tắt cơ quan", "TU");
    fireEvent.change(screen.getByLabelText("Loại văn bản"), { target: { value: "nghi-quyet" } });
    type(/^Số/, "57");
    type("Địa danh", "Trà Vinh");
    type("Ngày", "05/02/2026");
    type("Trích yếu", "Về công tác dân vận");
    const auth = within(screen.getByLabelText("Quyền hạn ký")).getAllByRole("option");
    expect(auth.map((o) => o.textContent)).toContain("T/M (thay mặt tập thể)");
    await click("Chèn tiêu đề");
    const paras = paragraphsOf(host.inserts[0].ooxml);
    expect(paras).toContain(FIXED.partyHeader.text);
    expect(paras).toContain("Số 57-NQ/TU");
    expect(paras).not.toContain(FIXED.quocHieu.text);
  });

  test("the type list and signing authorities come from the rules data", () => {
    mount(createTestHost());
    const types = within(screen.getByLabelText("Loại văn bản")).getAllByRole("option");
    expect(types.map((o) => o.textContent)).toContain("Quy định (QyĐ)");
    expect(types.map((o) => o.textContent)).toContain("Công văn");
    const auth = within(screen.getByLabelText("Quyền hạn ký")).getAllByRole("option");
    expect(auth.map((o) => (o as HTMLOptionElement).value)).toEqual(["", "TM", "KT", "TL", "TUQ", "Q"]);
  });
});
