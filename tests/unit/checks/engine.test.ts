import { applyFixes, fixUntilStable, isSafeFix, runChecks, sortAndDedupe, allRules } from "../../../src/core/checks";
import type { Finding, Rule } from "../../../src/core/checks";
import { snapshotFromText, type DocumentSnapshot } from "../../../src/core/model/document";
import { applyTextEdits, type Edit, type TextEdit } from "../../../src/core/model/edits";

const f = (paragraph: number, start: number, end: number, ruleId = "r", replacement?: string): Finding => ({
  ruleId,
  severity: "warning",
  message: "m",
  paragraph,
  start,
  end,
  excerpt: "",
  ref: "x",
  ...(replacement !== undefined
    ? {
        fix: {
          description: "d",
          edits: [{ kind: "text", paragraph, start, end, expected: "ab".slice(0, end - start), replacement }],
        },
      }
    : {}),
});

describe("check engine", () => {
  it("has unique kebab-case rule ids, each with a reference and a title", () => {
    const ids = allRules().map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of allRules()) {
      expect(r.id).toMatch(/^[a-z0-9]+([/-][a-z0-9]+)*$/);
      expect(r.meta.ref).toMatch(/\S/);
    }
  });
  it("sorts by paragraph and start and drops repeats of the same rule and range", () => {
    const out = sortAndDedupe([f(2, 0, 1), f(1, 5, 6), f(1, 0, 2), f(1, 0, 2), f(1, 0, 2, "other")]);
    expect(out.map((x) => [x.paragraph, x.start, x.ruleId])).toEqual([
      [1, 0, "other"],
      [1, 0, "r"],
      [1, 5, "r"],
      [2, 0, "r"],
    ]);
  });
  it("collects fixes end of document first and drops a fix that overlaps one already kept", () => {
    const edits = applyFixes(snapshotFromText("ab\nab"), [
      f(0, 0, 2, "r", "X"),
      f(0, 1, 2, "s", "Y"),
      f(1, 0, 1, "r", "Z"),
    ]);
    expect(edits.map((e) => [e.paragraph, (e as TextEdit).replacement])).toEqual([
      [1, "Z"],
      [0, "X"],
    ]);
  });
  it("reports not-evaluated rules separately and never as passed", () => {
    const rule: Rule = {
      id: "t/never",
      meta: { severity: "info", ref: "x", title: "t", family: "layout", fixable: false },
      check: () => "not-evaluated",
    };
    const r = runChecks(snapshotFromText("a"), { rules: [rule] });
    expect(r).toEqual({ findings: [], notEvaluated: ["t/never"], evaluated: [], notEvaluatedItems: [] });
  });
  it("keeps the places a rule that ran could not judge, on the text as typed, and drops them if it did not run", () => {
    const reporting = (id: string, outcome: "ran" | "not-evaluated"): Rule => ({
      id,
      meta: { severity: "warning", ref: "x", title: "t", family: "citation", fixable: false },
      check: (ctx) => {
        const text = ctx.doc.paragraphs[1].text;
        const start = text.indexOf("Luật");
        ctx.notEvaluatedItem?.({
          ruleId: id,
          paragraph: 1,
          start,
          end: text.length,
          excerpt: text.slice(start),
          code: "status-unknown",
          reason: "không rõ hiệu lực trong danh mục",
        });
        return outcome === "ran" ? [] : "not-evaluated";
      },
    });
    // "Hiến" typed decomposed: the rule sees NFC text, the place is given back on the text as typed.
    const typed = "Căn cứ Hie\u0302\u0301n pháp; Luật số 42/2013/QH13";
    const r = runChecks(snapshotFromText(`Tiêu đề\n${typed}`), {
      rules: [reporting("t/ran", "ran"), reporting("t/skipped", "not-evaluated")],
    });
    expect(r.findings).toEqual([]);
    expect(r.notEvaluated).toEqual(["t/skipped"]);
    expect(r.notEvaluatedItems).toEqual([
      expect.objectContaining({
        ruleId: "t/ran",
        paragraph: 1,
        start: typed.indexOf("Luật"),
        end: typed.length,
        excerpt: "Luật số 42/2013/QH13",
      }),
    ]);
  });
  it("fixUntilStable applies only safe fixes and re-checks until clean", async () => {
    const text = ["I. KẾT QUẢ", "1. Một việc", "1. Hai việc", "3. Ba việc", "ngày 25 tháng 03 năm 2024 và 80.5231"];
    let calls = 0;
    const apply = (d: DocumentSnapshot, edits: Edit[]) => {
      calls++;
      const texts = applyTextEdits(
        d.paragraphs.map((p) => p.text),
        edits.filter((e): e is TextEdit => e.kind === "text"),
      );
      return snapshotFromText(texts.join("\n"));
    };
    const r = await fixUntilStable(snapshotFromText(text.join("\n")), apply);
    expect(r.doc.paragraphs.map((p) => p.text)).toEqual([
      "I. KẾT QUẢ",
      "1. Một việc",
      "2. Hai việc",
      "3. Ba việc",
      "ngày 25 tháng 3 năm 2024 và 80.5231",
    ]);
    expect(calls).toBe(1);
    // The grouping typo has no safe fix: it stays for a person to judge.
    expect(r.result.findings.map((x) => x.ruleId)).toEqual(["number/thousands"]);
    expect(r.result.findings.every((x) => !isSafeFix(x))).toBe(true);
  });
  it("takes the document date from the header for citation rules", () => {
    let seen: string | undefined;
    const rule: Rule = {
      id: "t/date",
      meta: { severity: "info", ref: "x", title: "t", family: "citation", fixable: false },
      check: (ctx) => {
        seen = ctx.options.documentDate;
        return [];
      },
    };
    runChecks(snapshotFromText("Số: 01/BC-X\nTrà Vinh, ngày 05 tháng 9 năm 2018"), { rules: [rule] });
    expect(seen).toBe("2018-09-05");
  });
});

describe("documents in another language", () => {
  const article = (n: number) =>
    `Article ${n}. Scope of regulation\n1. This Decree prescribes the fees for registration of adoption.\n1. Agencies and organizations shall collect the fees as prescribed.`;
  it("judges nothing in a long English translation and says so", () => {
    const text = Array.from({ length: 40 }, (_, i) => article(i + 1)).join("\n");
    const r = runChecks(snapshotFromText(text));
    expect(r.findings).toEqual([]);
    expect(r.evaluated).toEqual([]);
    expect(r.notEvaluated.length).toBeGreaterThan(10);
  });
  it("still checks short snippets and Vietnamese documents", () => {
    expect(runChecks(snapshotFromText("1. Item one\n1. Item two")).evaluated.length).toBeGreaterThan(0);
    const vi = Array.from(
      { length: 40 },
      (_, i) =>
        `Điều ${i + 1}. Phạm vi điều chỉnh\n1. Nghị định này quy định mức thu lệ phí đăng ký nuôi con nuôi.\n1. Cơ quan thu lệ phí.`,
    ).join("\n");
    const r = runChecks(snapshotFromText(vi));
    expect(r.evaluated.length).toBeGreaterThan(10);
    expect(r.findings.length).toBeGreaterThan(0);
  });
});

describe("citizens' forms", () => {
  const form = (title: string, so?: string) =>
    [
      "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Độc lập – Tự do – Hạnh phúc",
      ...(so ? [so] : []),
      title,
      "Kính gửi: Tòa án nhân dân huyện ...........",
      "1. Người làm đơn: ..........",
      "1. Địa chỉ: ..........",
    ].join("\n");
  it("judge only the encoding of an application or a declaration", () => {
    for (const title of ["ĐƠN KHỞI KIỆN", "TỜ KHAI ĐĂNG KÝ KHAI SINH", "VĂN BẢN THỎA THUẬN VỀ VIỆC CHIA TÀI SẢN"]) {
      const r = runChecks(snapshotFromText(form(title)));
      // Only the encoding family (encoding/*, and the damaged-text rules text/*) judges a form.
      const family = new Map(allRules().map((rule) => [rule.id, rule.meta.family]));
      expect(r.findings.filter((x) => family.get(x.ruleId) !== "encoding")).toEqual([]);
      expect(r.evaluated.every((id) => family.get(id) === "encoding")).toBe(true);
    }
  });
  it("still judge a state document and a document without a form title", () => {
    const state = runChecks(snapshotFromText(form("ĐƠN KHỞI KIỆN", "Số: 12/UBND-VP")));
    expect(state.findings.some((x) => x.ruleId === "fixed-string/quoc-hieu")).toBe(true);
    const report = runChecks(snapshotFromText(form("BÁO CÁO")));
    expect(report.findings.some((x) => x.ruleId === "fixed-string/tieu-ngu")).toBe(true);
  });
});
