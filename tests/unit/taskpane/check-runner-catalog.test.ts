import { snapshotFromText } from "../../../src/core/model/document";

// The first load of the catalogs fails (a network error in the pane); the next check must try again.
const actual = jest.requireActual<typeof import("../../../src/taskpane/tabs/citations/catalog-data")>(
  "../../../src/taskpane/tabs/citations/catalog-data",
);
let failNext = true;
jest.mock("../../../src/taskpane/tabs/citations/catalog-data", () => ({
  loadCatalogData: () => {
    if (failNext) {
      failNext = false;
      return Promise.reject(new Error("offline"));
    }
    return actual.loadCatalogData();
  },
}));

import { coreCheckRunner } from "../../../src/taskpane/tabs/checks/check-runner";

const doc = snapshotFromText(
  [
    "Hà Nội, ngày 05 tháng 3 năm 2026",
    "BÁO CÁO",
    "Thực hiện Luật số 24/2018/QH14 và Nghị định số 30/2020/NĐ-CP, Sở báo cáo như sau.",
  ].join("\n"),
);

describe("the Kiểm tra tab's catalogs", () => {
  test("a failed load is tried again at the next check, and the codification layer is read as the CLI reads it", async () => {
    const first = await coreCheckRunner(doc, () => undefined);
    // Without a catalog every cited document is unknown to the check.
    expect((first.result.notEvaluatedItems ?? []).map((x) => x.code)).not.toContain("status-unknown");
    const second = await coreCheckRunner(doc, () => undefined);
    const items = second.result.notEvaluatedItems ?? [];
    // Luật An ninh mạng is only in the codification layer: known, with no status, instead of "not in the catalog".
    expect(items.find((x) => x.excerpt.includes("24/2018/QH14"))).toMatchObject({ code: "status-unknown" });
    // Nghị định 30/2020 is in the national catalog with its status: judged, so not listed.
    expect(items.some((x) => x.excerpt.includes("30/2020/NĐ-CP"))).toBe(false);
  });
});
