import { numberThousands } from "../../../src/core/checks/rules/number-thousands";
import { checkLines } from "./helpers";

describe("number/thousands", () => {
  it("flags a group of four digits after the dot", () => {
    const f = checkLines(numberThousands, ["với 80.5231 trực tiếp", "tổng 1.234.5678 hồ sơ"]);
    expect(f.map((x) => x.excerpt)).toEqual(["80.5231", "1.234.5678"]);
  });
  it("leaves right groupings, decimals, dates, symbols, phones, sections and table rows alone", () => {
    const f = checkLines(numberThousands, [
      "Tổng số 1.858 thủ tục; 1.889 hồ sơ; 12.345.678 đồng",
      "tỷ lệ 5.1 và 98,5%; ngày 16/08/2018; số 1183/BC-STTTT-VP; 2019.",
      "điện thoại 0294.3855.123; mục 1.1.2; phiên bản 2.0.1",
      "\t5.1 Mức độ 1\t1.819\t1.4570",
    ]);
    expect(f).toEqual([]);
  });
  it("leaves phone and fax numbers alone: a leading 0, or a phone label before the number", () => {
    const f = checkLines(numberThousands, [
      "Điện thoại: 0294.3855.123; Fax: 028.38291234",
      "Liên hệ 0263.3822.4567 hoặc ĐT: 1800.55889",
      "Số điện thoại di động 0913.4567890; Hotline 1900.56789",
    ]);
    expect(f).toEqual([]);
    // The same digits in a count are still a typo.
    expect(checkLines(numberThousands, ["Kinh phí 294.3855 triệu đồng"]).map((x) => x.excerpt)).toEqual(["294.3855"]);
  });
});
