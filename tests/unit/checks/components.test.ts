/**
 * Phụ lục I component rules on .docx written by our builders (`vbhc new`): every component is found and
 * conforms; then each component's formatting is broken in turn and exactly its rule reports it.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { main } from "../../../src/cli/main";
import { allRules, runChecks } from "../../../src/core/checks";
import type { DocumentSnapshot } from "../../../src/core/model/document";
import { componentsOf, type ComponentKind } from "../../../src/core/structure/components";
import { readDocx } from "../../../src/docx/read-docx";
import { snapshotFromText } from "../../../src/core/model/document";

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "vbhc-components-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

async function quiet<T>(fn: () => Promise<T>): Promise<T> {
  const o = jest.spyOn(process.stdout, "write").mockImplementation(() => true);
  const e = jest.spyOn(process.stderr, "write").mockImplementation(() => true);
  try {
    return await fn();
  } finally {
    o.mockRestore();
    e.mockRestore();
  }
}

async function built(type: string, party = false): Promise<DocumentSnapshot> {
  const out = path.join(tmp, `${type}${party ? "-party" : ""}.docx`);
  const args = ["new", type, "-o", out, "--agency", party ? "Ban Thường vụ Tỉnh ủy" : "Sở Thông tin và Truyền thông"];
  args.push("--parent", party ? "Đảng bộ tỉnh Trà Vinh" : "Ủy ban nhân dân tỉnh Trà Vinh");
  args.push("--agency-code", party ? "TU" : "STTTT", "--unit", "VP", "--place", "Trà Vinh", "--date", "2026-03-05");
  args.push("--number", "5", "--title", "Kết quả công tác quý I", "--signer", "Nguyễn Văn A");
  args.push("--recipients", "Sở Nội vụ;Ủy ban nhân dân tỉnh");
  if (party) args.push("--party", "--authority", "TM", "--signer-title", "PHÓ BÍ THƯ", "--deputy-title", "PHÓ BÍ THƯ");
  else args.push("--authority", "KT", "--signer-title", "GIÁM ĐỐC", "--deputy-title", "PHÓ GIÁM ĐỐC");
  expect(await quiet(() => main(["node", "vbhc", ...args]))).toBe(0);
  return readDocx(new Uint8Array(fs.readFileSync(out)));
}

const COMPONENT_RULES = allRules().filter((r) => r.id.startsWith("component/") || r.id === "closing/missing-parts");

/** Runs the component rules; returns "ruleId" of each finding. */
const fired = (doc: DocumentSnapshot): string[] =>
  runChecks(doc, { rules: COMPONENT_RULES }).findings.map((f) => f.ruleId);

/** A copy of the snapshot with one paragraph's font changed. */
function withFont(doc: DocumentSnapshot, i: number, font: Record<string, unknown>): DocumentSnapshot {
  const paragraphs = doc.paragraphs.map((p) => (p.index === i ? { ...p, font: { ...p.font, ...font } } : p));
  return { ...doc, paragraphs };
}

/** How to break each component, and the rule that must then fire. */
const BREAK: Record<ComponentKind, { rule: string; font: Record<string, unknown> }> = {
  quocHieu: { rule: "component/quoc-hieu", font: { bold: false } },
  tieuNgu: { rule: "component/tieu-ngu", font: { size: 12 } },
  partyHeader: { rule: "component/party-header", font: { size: 13 } },
  // Made bold, a parent would read as the first line of a wrapped issuing name: break its size instead.
  parentAgency: { rule: "component/parent-agency", font: { size: 15 } },
  agency: { rule: "component/agency", font: { bold: false } },
  number: { rule: "component/number", font: { italic: true } },
  placeDate: { rule: "component/place-date", font: { italic: false } },
  typeName: { rule: "component/type-name", font: { bold: false } },
  subject: { rule: "component/subject", font: { size: 11 } },
  congVanSubject: { rule: "component/cong-van-subject", font: { bold: true } },
  kinhGui: { rule: "component/kinh-gui", font: { bold: true } },
  canCu: { rule: "component/can-cu", font: { italic: false } },
  noiNhanLabel: { rule: "component/noi-nhan-label", font: { size: 16 } },
  recipients: { rule: "component/recipients", font: { size: 14 } },
  authority: { rule: "component/authority", font: { bold: false } },
  signerTitle: { rule: "component/signer-title", font: { size: 16 } },
  signerName: { rule: "component/signer-name", font: { bold: false } },
};

const CASES: [string, boolean, ComponentKind[]][] = [
  [
    "cong-van",
    false,
    [
      "quocHieu",
      "tieuNgu",
      "parentAgency",
      "agency",
      "number",
      "placeDate",
      "congVanSubject",
      "kinhGui",
      "noiNhanLabel",
      "recipients",
      "authority",
      "signerTitle",
      "signerName",
    ],
  ],
  ["quyet-dinh", false, ["typeName", "subject", "canCu", "authority", "signerName"]],
  ["to-trinh", false, ["typeName", "subject", "kinhGui"]],
  [
    "bao-cao",
    true,
    [
      "partyHeader",
      "parentAgency",
      "agency",
      "number",
      "placeDate",
      "typeName",
      "noiNhanLabel",
      "recipients",
      "authority",
      "signerTitle",
      "signerName",
    ],
  ],
];

describe("component rules on documents our builders write", () => {
  it.each(CASES)("%s (Party: %s): every component is found and conforms", async (type, party, kinds) => {
    const doc = await built(type, party);
    const c = componentsOf(doc);
    expect(c.style).toBe(party ? "party" : "state");
    expect(c.officialHeader).toBe(true);
    expect(kinds.filter((k) => !c.at.get(k)?.length)).toEqual([]);
    expect(fired(doc)).toEqual([]);
  });

  it.each(CASES)("%s (Party: %s): breaking one component fires its rule alone", async (type, party, kinds) => {
    const doc = await built(type, party);
    const c = componentsOf(doc);
    for (const k of kinds) {
      const i = c.at.get(k)![0];
      const broken = withFont(doc, i, BREAK[k].font);
      expect([k, fired(broken)]).toEqual([k, [BREAK[k].rule]]);
    }
  });

  it("the rule line under the tiêu ngữ and the agency is read from the builder's bordered paragraphs", async () => {
    const doc = await built("cong-van");
    expect(fired(doc)).not.toContain("component/rule-lines");
    const bare = { ...doc, paragraphs: doc.paragraphs.map(({ ruleBelow: _r, ...p }) => p) };
    const f = runChecks(bare, { rules: COMPONENT_RULES }).findings.filter((x) => x.ruleId === "component/rule-lines");
    expect(f.map((x) => doc.paragraphs[x.paragraph].text)).toEqual([
      "SỞ THÔNG TIN VÀ TRUYỀN THÔNG",
      "Độc lập - Tự do - Hạnh phúc",
    ]);
    // Where the source cannot tell (Word's API), the rule is not evaluated rather than passed.
    const r = runChecks({ ...doc, rulesReadable: false }, { rules: COMPONENT_RULES });
    expect(r.notEvaluated).toContain("component/rule-lines");
  });

  it("a document with an NĐ 30 header but no closing is reported; a citizen's đơn is not", async () => {
    const doc = await built("bao-cao");
    const end = doc.paragraphs.findIndex((p) => /^N[ơo]i nhận/u.test(p.text.trim()));
    const cut = { ...doc, paragraphs: doc.paragraphs.slice(0, end) };
    const f = runChecks(cut, { rules: COMPONENT_RULES }).findings.filter((x) => x.ruleId === "closing/missing-parts");
    expect(f).toHaveLength(1);
    expect(f[0].message).toContain("“Nơi nhận:”");
    expect(f[0].message).toContain("họ tên người ký");
    const don = snapshotFromText(
      [
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "ĐƠN ĐỀ NGHỊ",
        "Kính gửi: Ủy ban nhân dân xã A",
        ...Array.from({ length: 10 }, (_, i) => `Nội dung ${i}.`),
      ].join("\n"),
    );
    expect(fired(don)).toEqual([]);
  });

  it("a Party body at 15 pt is in range, a state body at 15 pt is not", async () => {
    for (const [party, expected] of [
      [true, []],
      [false, ["layout/font-size"]],
    ] as const) {
      const doc = await built("bao-cao", party);
      const c = componentsOf(doc);
      const bodyAt = doc.paragraphs.findIndex(
        (p, i) =>
          i > Math.max(...[...c.at.values()].flat().filter((x) => x < 30)) && /\S{3,}/u.test(p.text) && !p.inTable,
      );
      const big = {
        ...doc,
        paragraphs: doc.paragraphs.map((p) =>
          p.index >= bodyAt && !p.inTable ? { ...p, font: { ...p.font, size: 15 } } : p,
        ),
      };
      const r = runChecks(big, { rules: allRules().filter((x) => x.id === "layout/font-size") });
      expect(r.findings.map((f) => f.ruleId)).toEqual(expected);
    }
  });
});

describe("fixed-string/hanh-chinh", () => {
  it("flags “hành chánh” in any case with a fix for review, and leaves “hành chính” alone", () => {
    const doc = snapshotFromText("Cải cách hành chánh và HÀNH CHÁNH công.\nCải cách hành chính.");
    const f = runChecks(doc, { rules: allRules().filter((r) => r.id === "fixed-string/hanh-chinh") }).findings;
    expect(f.map((x) => [x.paragraph, x.excerpt, x.fix?.edits[0]])).toEqual([
      [0, "hành chánh", expect.objectContaining({ replacement: "hành chính" })],
      [0, "HÀNH CHÁNH", expect.objectContaining({ replacement: "HÀNH CHÍNH" })],
    ]);
    expect(allRules().find((r) => r.id === "fixed-string/hanh-chinh")?.meta.safeFix).toBe(false);
  });
});
