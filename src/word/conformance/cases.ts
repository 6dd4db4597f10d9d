/**
 * The adapter's conformance cases: what the pane does to a document (read, check and fix, select, insert blocks
 * and citations, refresh them), each set up and read back through the Word API, so the same case passes on
 * the fake host and in Word. Cases that need the fake's internals (undo depth, a loaded .docx) stay in the
 * unit tests of the fake.
 */
import { type BlockInput, buildClosing, buildHeader } from "../../core/blocks";
import { runChecks } from "../../core/checks";
import { FIXED } from "../../core/rules";
import { blockPlacement } from "../../core/structure/insertion-point";
import { applyTextEdits, type Edit, type TextEdit } from "../../core/model/edits";
import { toFlatOpc } from "../../docx/flat-opc";
import type { WordAdapter } from "../adapter";
import { type OfficeEnv, createOfficeAdapter, escapeWordSearch, fitsWordSearch } from "../office-adapter";
import {
  type ConformanceCase,
  bodyControls,
  bodyFormats,
  bodyTexts,
  expectEqual,
  expectFields,
  expectRejects,
  expectTrue,
  para,
  selectionNow,
  setBody,
  setText,
  syncsOf,
  tableRow,
} from "./harness";
import { wordSemanticsCases } from "./word-semantics";

const ND30 = "Nghị định số 30/2020/NĐ-CP";
const LUAT = "Luật Lưu trữ";
const TRICH_DAN = "Trích dẫn";

const docOf = (n: number): string =>
  Array.from({ length: n }, (_, i) => `Đoạn ${i} có ab và ab; Sở Thông tin ${i % 7}`).join("\n");

const TABLE_DOC =
  para("Trước bảng") +
  tableRow(para("Ô một") + para("Ô một, dòng hai"), para("Ô hai")) +
  para("Sau bảng") +
  para("Đoạn cuối cùng");

/** A case on a fresh adapter over the host. */
const on =
  (run: (adapter: WordAdapter, env: OfficeEnv) => Promise<void>) =>
  (env: OfficeEnv): Promise<void> =>
    run(createOfficeAdapter(env), env);

/** The selection, as offsets into its paragraph, read through the Word API. */
async function selectedSpan(env: OfficeEnv): Promise<{ start: number; end: number; paragraphText: string }> {
  const s = await selectionNow(env);
  return { start: s.before.length, end: s.before.length + s.text.length, paragraphText: s.paragraphText };
}

const adapterCases: ConformanceCase[] = [
  {
    name: "readSnapshot reads text, tables and direct formatting as Word reports them",
    run: on(async (adapter, env) => {
      await setBody(
        env,
        para(
          "QUỐC HIỆU",
          '<w:jc w:val="center"/><w:spacing w:after="120" w:line="276" w:lineRule="auto"/>',
          '<w:b/><w:sz w:val="26"/>',
        ) +
          tableRow(para("Trái"), para("Phải\tcó tab")) +
          para("Thân bài", '<w:ind w:firstLine="720"/><w:jc w:val="both"/>'),
      );
      const snap = await adapter.readSnapshot();
      expectEqual(snap.source, "word", "source");
      const texts = snap.paragraphs.map((p) => p.text).slice(0, 4);
      expectEqual(texts, await bodyTexts(env), "texts");
      expectEqual(texts, ["QUỐC HIỆU", "Trái", "Phải\tcó tab", "Thân bài"], "texts");
      expectFields(snap.paragraphs[0], { alignment: "centered", spaceAfter: 6, inTable: false }, "first paragraph");
      expectEqual(snap.paragraphs[0].lineSpacing, { rule: "multiple", value: 1.15 }, "line spacing");
      expectFields(snap.paragraphs[0].font, { size: 13, bold: true, italic: false }, "first paragraph font");
      expectEqual(
        snap.paragraphs.slice(0, 4).map((p) => p.inTable),
        [false, true, true, false],
        "in table",
      );
      expectFields(snap.paragraphs[3], { alignment: "justified", firstLineIndent: 36 }, "body paragraph");
    }),
  },
  {
    name: "every operation makes as many syncs for 1000 paragraphs as for 10",
    run: async (env) => {
      const counts = async (n: number): Promise<number[]> => {
        await setText(env, docOf(n));
        const adapter = createOfficeAdapter(env);
        const edits: Edit[] = Array.from({ length: Math.min(n, 50) }, (_, i) => ({
          kind: "text" as const,
          paragraph: i,
          start: 0,
          end: 4,
          expected: "Đoạn",
          replacement: "ĐOẠN",
        }));
        return [
          await syncsOf(adapter, () => adapter.readSnapshot()),
          await syncsOf(adapter, () => adapter.readSelection()),
          await syncsOf(adapter, () => adapter.select(n - 1, 12, 14)),
          await syncsOf(adapter, () => adapter.applyEdits(edits)),
          await syncsOf(adapter, () => adapter.insertOoxml(toFlatOpc(para("Mới")), "end")),
          await syncsOf(adapter, () => adapter.insertContentControl("Số: 1", "vbhc:so", "Số", "start")),
          await syncsOf(adapter, () => adapter.findContentControls("vbhc:")),
          await syncsOf(adapter, () => adapter.updateContentControls(new Map([["vbhc:so", "Số: 2"]]))),
          await syncsOf(adapter, () => adapter.rewriteContentControls("vbhc:", ({ text }) => `${text}.`)),
        ];
      };
      const small = await counts(10);
      const large = await counts(1000);
      expectEqual(large, small, "syncs for 1000 paragraphs against 10");
      expectEqual(small, [1, 1, 3, 2, 1, 1, 2, 2, 2], "syncs of each operation");
    },
  },
  {
    name: "select picks the right occurrence of repeated text, a caret, and a whole paragraph",
    run: on(async (adapter, env) => {
      const text = "ab ab xab ab^ab";
      await setText(env, `khác\n${text}`);
      for (let at = text.indexOf("ab"); at >= 0; at = text.indexOf("ab", at + 1)) {
        await adapter.select(1, at, at + 2);
        expectEqual(await selectedSpan(env), { start: at, end: at + 2, paragraphText: text }, `"ab" at ${at}`);
      }
      await adapter.select(1, 11, 13);
      expectEqual(await selectedSpan(env), { start: 11, end: 13, paragraphText: text }, "^a");
      await adapter.select(1, 4, 4);
      expectEqual(await selectedSpan(env), { start: 4, end: 4, paragraphText: text }, "caret");
      await adapter.select(0);
      expectEqual((await selectionNow(env)).text.replace(/\r$/, ""), "khác", "whole paragraph");
    }),
  },
  {
    name: "select reaches ranges past Word's 255-character search limit, also when escaping makes them long",
    run: on(async (adapter, env) => {
      const long = Array.from({ length: 40 }, (_, i) => `câu ${i} dài;`).join(" ");
      await setText(env, long);
      await adapter.select(0, 3, long.length - 2);
      expectEqual(await selectedSpan(env), { start: 3, end: long.length - 2, paragraphText: long }, "long range");
      const row = Array.from({ length: 40 }, (_, i) => `${i}\t^\t`).join("");
      expectTrue(!fitsWordSearch(row), "the row is too long for one search once escaped");
      await setText(env, `a${row}b`);
      await adapter.select(0, 1, 1 + row.length);
      expectEqual(await selectedSpan(env), { start: 1, end: 1 + row.length, paragraphText: `a${row}b` }, "row");
    }),
  },
  {
    name: "applyEdits applies many edits in two syncs, end of document first",
    run: on(async (adapter, env) => {
      const lines = docOf(30).split("\n");
      await setText(env, lines.join("\n"));
      const edits: TextEdit[] = [];
      lines.forEach((line, i) => {
        const second = line.indexOf("ab", line.indexOf("ab") + 1);
        edits.push({ kind: "text", paragraph: i, start: second, end: second + 2, expected: "ab", replacement: "AB" });
        edits.push({ kind: "text", paragraph: i, start: 0, end: 4, expected: "Đoạn", replacement: "Đ." });
      });
      let result: unknown;
      const syncs = await syncsOf(adapter, async () => (result = await adapter.applyEdits(edits)));
      expectEqual(result, { applied: edits.length, skipped: 0 }, "result");
      expectEqual(syncs, 2, "syncs");
      expectEqual(await bodyTexts(env), applyTextEdits(lines, edits), "texts");
    }),
  },
  {
    name: "applyEdits skips an edit whose text is gone and applies format edits and insertions",
    run: on(async (adapter, env) => {
      await setText(env, "Kính gửi: Sở Nội vụ\nNơi nhận:");
      const result = await adapter.applyEdits([
        { kind: "text", paragraph: 0, start: 0, end: 4, expected: "Kinh", replacement: "Kính" },
        { kind: "text", paragraph: 0, start: 10, end: 12, expected: "Sở", replacement: "SỞ" },
        { kind: "format", paragraph: 1, font: { bold: true, size: 12 }, alignment: "centered" },
        { kind: "text", paragraph: 0, start: 9, end: 9, expected: "", replacement: "\t" },
      ]);
      expectEqual(result, { applied: 3, skipped: 1 }, "result");
      expectEqual(await bodyTexts(env), ["Kính gửi:\t SỞ Nội vụ", "Nơi nhận:"], "texts");
      expectFields((await bodyFormats(env))[1], { bold: true, size: 12, alignment: "Centered" }, "format edit");
    }),
  },
  {
    name: "applyEdits measures the search limit on the escaped text: a 250-character row with tabs applies",
    run: on(async (adapter, env) => {
      const row = `${"STT\tĐơn vị\tSố lượng\t^".repeat(10)}`.padEnd(250, "x").slice(0, 250);
      expectTrue(escapeWordSearch(row).length > 255, "the row escapes past 255 characters");
      await setText(env, `Bảng: ${row} hết`);
      const result = await adapter.applyEdits([
        { kind: "text", paragraph: 0, start: 6, end: 256, expected: row, replacement: "[bảng]" },
      ]);
      expectEqual(result, { applied: 1, skipped: 0 }, "result");
      expectEqual(await bodyTexts(env), ["Bảng: [bảng] hết"], "texts");
    }),
  },
  {
    name: "Word's special characters are escaped in searches",
    run: on(async (adapter, env) => {
      await setText(env, "x ^p y ^t z");
      await adapter.select(0, 2, 4);
      expectFields(await selectedSpan(env), { start: 2, end: 4 }, "selection of ^p");
      await adapter.applyEdits([{ kind: "text", paragraph: 0, start: 7, end: 9, expected: "^t", replacement: "T" }]);
      expectEqual(await bodyTexts(env), ["x ^p y T z"], "texts");
    }),
  },
  {
    name: "a search hit whose text differs is refused: a straight quote also finds a curly one",
    run: on(async (adapter, env) => {
      const text = 'Ông nói “x” rồi "x".';
      await setText(env, text);
      const at = text.indexOf('"x"');
      const result = await adapter.applyEdits([
        { kind: "text", paragraph: 0, start: at, end: at + 3, expected: '"x"', replacement: "«x»" },
      ]);
      expectEqual(result, { applied: 0, skipped: 1 }, "result");
      expectEqual(await bodyTexts(env), [text], "texts");
    }),
  },
  {
    name: "a fix over the whole tiêu ngữ keeps its bold and size, and the re-check finds nothing there",
    run: on(async (adapter, env) => {
      await setBody(
        env,
        para("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", '<w:jc w:val="center"/>', '<w:b/><w:sz w:val="26"/>') +
          para("Độc lập – Tự do – Hạnh phúc", '<w:jc w:val="center"/>', '<w:b/><w:sz w:val="28"/>'),
      );
      const fix = runChecks(await adapter.readSnapshot()).findings.find(
        (f) => f.ruleId === "fixed-string/tieu-ngu",
      )?.fix;
      expectTrue(fix !== undefined, "the tiêu ngữ has a fix");
      expectEqual(await adapter.applyEdits(fix?.edits ?? []), { applied: 1, skipped: 0 }, "result");
      expectFields(
        (await bodyFormats(env))[1],
        { text: "Độc lập - Tự do - Hạnh phúc", bold: true, size: 14 },
        "tiêu ngữ",
      );
      const after = runChecks(await adapter.readSnapshot());
      expectEqual(
        after.findings.filter((f) => f.paragraph === 1).map((f) => f.ruleId),
        [],
        "findings on the tiêu ngữ",
      );
    }),
  },
  {
    name: "insertOoxml goes to the start, the end, the selection and after the selection's paragraph",
    run: on(async (adapter, env) => {
      await setText(env, "giữa\nsau");
      await adapter.insertOoxml(toFlatOpc(para("đầu")), "start");
      await adapter.insertOoxml(toFlatOpc(para("cuối")), "end");
      await adapter.select(1, 2, 2);
      await adapter.insertOoxml(toFlatOpc(para("-")), "selection");
      expectEqual(await bodyTexts(env), ["đầu", "gi-ữa", "sau", "cuối"], "texts");
      await adapter.select(2, 1, 2);
      await adapter.insertOoxml(toFlatOpc(para("Mới", '<w:jc w:val="both"/>')), "after-selection-paragraph");
      expectEqual(await bodyTexts(env), ["đầu", "gi-ữa", "sau", "Mới", "cuối"], "texts after the paragraph");
      expectEqual(await selectedSpan(env), { start: 1, end: 2, paragraphText: "sau" }, "selection kept");
      expectEqual((await bodyFormats(env))[3].alignment, "Justified", "inserted paragraph's alignment");
    }),
  },
  {
    name: "insertOoxml after the selection's paragraph stays in the table cell, and works after the last paragraph",
    run: on(async (adapter, env) => {
      await setBody(env, TABLE_DOC);
      await adapter.select(1, 2, 2);
      await adapter.insertOoxml(toFlatOpc(para("Trong ô")), "after-selection-paragraph");
      await adapter.select(5);
      await adapter.insertOoxml(toFlatOpc(para("Cuối")), "after-selection-paragraph");
      const snap = await adapter.readSnapshot();
      const texts = await bodyTexts(env);
      expectEqual(
        texts,
        ["Trước bảng", "Ô một", "Trong ô", "Ô một, dòng hai", "Ô hai", "Sau bảng", "Cuối", "Đoạn cuối cùng"],
        "texts",
      );
      expectEqual(snap.paragraphs[2].inTable, true, "the new paragraph is in the cell");
    }),
  },
  {
    name: "insertOoxml at a paragraph place fills an empty paragraph and moves the caret after what it inserted",
    run: on(async (adapter, env) => {
      await setText(env, "Đầu\n\nCuối");
      await adapter.insertOoxml(toFlatOpc(para("Một") + para("Hai")), { paragraph: 1, where: "fill" });
      expectEqual(await bodyTexts(env), ["Đầu", "Một", "Hai", "Cuối"], "filled");
      expectEqual((await adapter.readSelection())?.paragraph, 2, "caret paragraph");
      await adapter.insertOoxml(toFlatOpc(para("Ba")), { paragraph: 3, where: "before" });
      expectEqual(await bodyTexts(env), ["Đầu", "Một", "Hai", "Ba", "Cuối"], "before");
      await adapter.insertOoxml(toFlatOpc(para("Năm")), { paragraph: 4, where: "after" });
      expectEqual(await bodyTexts(env), ["Đầu", "Một", "Hai", "Ba", "Cuối", "Năm"], "after");
    }),
  },
  {
    name: "drafting from an empty document: header, headings at the cursor, closing; nothing lands in a table",
    run: on(async (adapter, env) => {
      await setText(env, "");
      const input: BlockInput = {
        type: "bao-cao",
        parentAgency: "UBND tỉnh Trà Vinh",
        agency: "Sở Thông tin và Truyền thông",
        agencyCode: "STTTT",
        unit: "VP",
        number: 5,
        place: "Trà Vinh",
        date: "2026-02-05",
        subject: "Kết quả chuyển đổi số quý I năm 2026",
        recipients: ["UBND tỉnh"],
        signing: { authority: "KT", title: "GIÁM ĐỐC", subTitle: "PHÓ GIÁM ĐỐC", name: "Nguyễn Văn A" },
      };
      // As the pane does: read the document and the cursor, let core pick the place, insert there.
      const atCursor = async (bodyXml: string): Promise<void> => {
        const placement = blockPlacement(await adapter.readSnapshot(), await adapter.readSelection());
        await adapter.insertOoxml(toFlatOpc(bodyXml), placement.place === "end" ? "end" : placement.place);
      };
      await adapter.insertOoxml(toFlatOpc(buildHeader(input)), "start");
      await atCursor(para("I. KẾT QUẢ"));
      await atCursor(para("II. NHIỆM VỤ"));
      await atCursor(buildClosing(input));
      const snap = await adapter.readSnapshot();
      const texts = snap.paragraphs.map((p) => p.text);
      const read = await bodyTexts(env);
      expectEqual(texts.slice(0, read.length), read, "the snapshot's texts as Word reports them");
      const at = (t: string): number => texts.indexOf(t);
      expectTrue(
        at(FIXED.quocHieu.text) >= 0 && snap.paragraphs[at(FIXED.quocHieu.text)].inTable,
        "quốc hiệu in the header table",
      );
      expectTrue(at("I. KẾT QUẢ") > at(FIXED.quocHieu.text), "first heading after the header");
      expectEqual(
        [snap.paragraphs[at("I. KẾT QUẢ")].inTable, snap.paragraphs[at("II. NHIỆM VỤ")].inTable],
        [false, false],
        "headings outside the tables",
      );
      expectTrue(at("II. NHIỆM VỤ") === at("I. KẾT QUẢ") + 1, "the second heading follows the first");
      expectTrue(at(FIXED.noiNhan.text) > at("II. NHIỆM VỤ"), "the closing after the headings");
      expectTrue(at("Nguyễn Văn A") > at(FIXED.noiNhan.text), "the signer in the closing");
    }),
  },
  {
    name: "content controls are found with their paragraph and updated, also when their texts repeat",
    run: on(async (adapter, env) => {
      await setText(env, "a\nb");
      await adapter.insertContentControl("12", "vbhc:so", "Số", "end");
      await adapter.insertContentControl("12", "vbhc:ngay", "Ngày", "start");
      await adapter.insertContentControl("khác", "other", "Khác", "end");
      expectEqual(
        await adapter.findContentControls("vbhc:"),
        [
          { tag: "vbhc:ngay", title: "Ngày", text: "12", paragraph: 0 },
          { tag: "vbhc:so", title: "Số", text: "12", paragraph: 3 },
        ],
        "found",
      );
      expectEqual(await adapter.updateContentControls(new Map([["vbhc:so", "34"]])), 1, "updated");
      expectEqual(await bodyTexts(env), ["12", "a", "b", "34", "khác"], "texts");
      expectEqual(
        (await bodyControls(env)).map((c) => [c.tag, c.text]),
        [
          ["vbhc:ngay", "12"],
          ["vbhc:so", "34"],
          ["other", "khác"],
        ],
        "controls",
      );
    }),
  },
  {
    name: "findContentControls places each control, an emptied one too, in two syncs whatever their number",
    run: on(async (adapter, env) => {
      await setBody(
        env,
        tableRow(para("ô")) +
          docOf(40)
            .split("\n")
            .map((line) => para(line))
            .join(""),
      );
      await adapter.insertContentControl(ND30, "vbhc:cite:a", TRICH_DAN, "end");
      await adapter.select(2, 5, 5);
      await adapter.insertContentControl(LUAT, "vbhc:cite:b", TRICH_DAN, "selection");
      await adapter.insertContentControl("x", "vbhc:cite:c", TRICH_DAN, "end");
      await adapter.updateContentControls(new Map([["vbhc:cite:c", ""]]));
      await adapter.select(0, 1, 1);
      await adapter.insertContentControl("Luật trong ô", "vbhc:cite:d", TRICH_DAN, "selection");
      let found: { tag: string; paragraph: number }[] = [];
      const syncs = await syncsOf(adapter, async () => (found = await adapter.findContentControls("vbhc:cite:")));
      expectEqual(syncs, 2, "syncs");
      expectEqual(
        found.map((c) => [c.tag, c.paragraph]),
        [
          ["vbhc:cite:d", 0],
          ["vbhc:cite:b", 2],
          ["vbhc:cite:a", 41],
          ["vbhc:cite:c", 42],
        ],
        "paragraphs",
      );
      expectEqual(await syncsOf(adapter, () => adapter.findContentControls("none:")), 1, "syncs when none match");
    }),
  },
  {
    name: "rewriteContentControls rewrites tagged controls from their own text in two syncs",
    run: on(async (adapter, env) => {
      await setText(env, "a");
      for (let i = 0; i < 20; i++) await adapter.insertContentControl(`cũ ${i};`, `vbhc:cite:${i}`, TRICH_DAN, "end");
      await adapter.insertContentControl("khác", "other", "Khác", "end");
      let n = 0;
      const syncs = await syncsOf(
        adapter,
        async () =>
          (n = await adapter.rewriteContentControls("vbhc:cite:", ({ tag, text }) =>
            tag.endsWith(":3") ? undefined : text.replace("cũ", "mới"),
          )),
      );
      expectEqual(syncs, 2, "syncs");
      expectEqual(n, 19, "rewritten");
      const texts = await bodyTexts(env);
      expectEqual([texts[4], texts[5], texts[21]], ["cũ 3;", "mới 4;", "khác"], "texts");
    }),
  },
  {
    name: "a content control can go into a new paragraph after the cursor's paragraph",
    run: on(async (adapter, env) => {
      await setText(env, "một\nhai");
      await adapter.select(0, 1, 2);
      await adapter.insertContentControl("Số: 1", "vbhc:so", "Số", "after-selection-paragraph");
      expectEqual(await bodyTexts(env), ["một", "Số: 1", "hai"], "texts");
      expectEqual(
        await adapter.findContentControls("vbhc:"),
        [{ tag: "vbhc:so", title: "Số", text: "Số: 1", paragraph: 1 }],
        "found",
      );
    }),
  },
  {
    name: "a second citation at the same caret is its own control beside the first, in two syncs each",
    run: on(async (adapter, env) => {
      await setText(env, "Căn cứ\nỦY BAN NHÂN DÂN");
      await adapter.select(0, 6, 6);
      expectEqual(
        await syncsOf(adapter, () => adapter.insertContentControl(ND30, "vbhc:cite:a", TRICH_DAN, "selection")),
        2,
        "syncs",
      );
      await adapter.select(0, 6, 6);
      await adapter.insertContentControl(LUAT, "vbhc:cite:b", TRICH_DAN, "selection");
      expectEqual(await bodyTexts(env), [`Căn cứ ${LUAT} ${ND30}`, "ỦY BAN NHÂN DÂN"], "texts");
      expectEqual(
        (await bodyControls(env)).map((c) => [c.tag, c.text]).sort(),
        [
          ["vbhc:cite:a", ND30],
          ["vbhc:cite:b", LUAT],
        ],
        "controls",
      );
    }),
  },
  {
    name: "a citation never goes inside another: a caret in a control moves after it",
    run: on(async (adapter, env) => {
      await setText(env, "Theo đó.");
      await adapter.select(0, 4, 4);
      await adapter.insertContentControl(ND30, "vbhc:cite:a", TRICH_DAN, "selection");
      expectEqual(await bodyTexts(env), [`Theo ${ND30} đó.`], "first");
      await adapter.select(0, 10, 10);
      await adapter.insertContentControl(LUAT, "vbhc:cite:b", TRICH_DAN, "selection");
      expectEqual(await bodyTexts(env), [`Theo ${ND30} ${LUAT} đó.`], "second");
      expectEqual(
        (await bodyControls(env)).map((c) => [c.tag, c.text]),
        [
          ["vbhc:cite:a", ND30],
          ["vbhc:cite:b", LUAT],
        ],
        "controls",
      );
    }),
  },
  {
    name: "a citation keeps the selected text and goes after it, with a space, instead of replacing it",
    run: on(async (adapter, env) => {
      await setText(env, "Bảng 1: số liệu\nThân bài");
      await adapter.select(0, 0, 7);
      await adapter.insertContentControl(ND30, "vbhc:cite:a", TRICH_DAN, "selection");
      expectEqual(await bodyTexts(env), [`Bảng 1: ${ND30} số liệu`, "Thân bài"], "texts");
    }),
  },
  {
    name: "a citation at the start of a paragraph is not glued to its text",
    run: on(async (adapter, env) => {
      await setText(env, "ỦY BAN NHÂN DÂN\nThân bài");
      await adapter.select(0, 0, 0);
      await adapter.insertContentControl(ND30, "vbhc:cite:a", TRICH_DAN, "selection");
      expectEqual((await bodyTexts(env))[0], `${ND30} ỦY BAN NHÂN DÂN`, "text");
      expectEqual(
        (await bodyControls(env)).map((c) => [c.tag, c.text, c.paragraphText]),
        [["vbhc:cite:a", ND30, `${ND30} ỦY BAN NHÂN DÂN`]],
        "controls",
      );
    }),
  },
  {
    name: "readSelection reports what select() selected: caret, range, whole paragraph, first and last paragraph",
    run: on(async (adapter, env) => {
      await setText(env, "một hai ba\nbốn năm\nsáu bảy tám");
      const cases: [number, number | undefined, number | undefined, [number, number, number]][] = [
        [0, 0, 0, [0, 0, 0]],
        [0, 4, 7, [0, 4, 7]],
        [1, 0, 0, [1, 0, 0]],
        [1, 3, 3, [1, 3, 3]],
        [1, undefined, undefined, [1, 0, 7]],
        [2, 11, 11, [2, 11, 11]],
        [2, 4, 11, [2, 4, 11]],
      ];
      for (const [p, s, e, [paragraph, start, end]] of cases) {
        await adapter.select(p, s, e);
        expectEqual(
          await adapter.readSelection(),
          { paragraph, start, end, endParagraph: paragraph, hasText: end > start, inTable: false },
          `select(${p}, ${s}, ${e})`,
        );
      }
    }),
  },
  {
    name: "readSelection counts table-cell paragraphs like readSnapshot, inside the table and after it",
    run: on(async (adapter, env) => {
      await setBody(env, TABLE_DOC);
      const texts = (await adapter.readSnapshot()).paragraphs.map((p) => p.text).slice(0, 6);
      expectEqual(texts, ["Trước bảng", "Ô một", "Ô một, dòng hai", "Ô hai", "Sau bảng", "Đoạn cuối cùng"], "texts");
      for (let i = 0; i < texts.length; i++) {
        for (const [s, e] of [
          [0, 0],
          [2, 5],
          [texts[i].length, texts[i].length],
        ]) {
          await adapter.select(i, s, e);
          expectEqual(
            await adapter.readSelection(),
            { paragraph: i, start: s, end: e, endParagraph: i, hasText: e > s, inTable: i >= 1 && i <= 3 },
            `paragraph ${i} [${s}, ${e})`,
          );
        }
      }
    }),
  },
  {
    name: "readSelection: a selection into the next paragraph ends, for its first paragraph, at that paragraph's end",
    run: on(async (adapter, env) => {
      await setText(env, "một hai\nba bốn");
      await env.Word.run(async (context) => {
        const from = context.document.body.search("hai", { matchCase: true });
        const to = context.document.body.search("ba b", { matchCase: true });
        from.load("items");
        to.load("items");
        await context.sync();
        from.items[0].getRange("Start").expandTo(to.items[0].getRange("End")).select();
        await context.sync();
      });
      expectEqual(
        await adapter.readSelection(),
        { paragraph: 0, start: 4, end: 7, endParagraph: 1, hasText: true, inTable: false },
        "selection",
      );
    }),
  },
  {
    name: "readSelection names the content control the selection is inside, and nothing at its edges",
    run: on(async (adapter, env) => {
      await setText(env, "Căn cứ  và Y");
      await adapter.select(0, 7, 7);
      await adapter.insertContentControl("Luật A", "vbhc:cite:a", TRICH_DAN, "selection");
      const at = (await bodyTexts(env))[0].indexOf("Luật A");
      expectTrue(at > 0, "the control's text is in the paragraph");
      await adapter.select(0, at + 2, at + 2);
      expectFields(await adapter.readSelection(), { start: at + 2, controlTag: "vbhc:cite:a" }, "caret inside");
      await adapter.select(0, at + 1, at + 4);
      expectEqual((await adapter.readSelection())?.controlTag, "vbhc:cite:a", "range inside");
      await adapter.select(0, at + 6, at + 6);
      expectEqual((await adapter.readSelection())?.controlTag, undefined, "caret at the end edge");
      await adapter.select(0, 2, 2);
      expectEqual((await adapter.readSelection())?.controlTag, undefined, "caret outside");
    }),
  },
  {
    name: "readSelection places a caret in an empty paragraph, and in the last one",
    run: on(async (adapter, env) => {
      await setText(env, "a\n\nb\n");
      await adapter.select(1, 0, 0);
      expectFields(
        await adapter.readSelection(),
        { paragraph: 1, start: 0, end: 0, hasText: false },
        "empty paragraph",
      );
      await adapter.select(2, 1, 1);
      expectFields(await adapter.readSelection(), { paragraph: 2, start: 1, end: 1 }, "end of a paragraph");
    }),
  },
  {
    name: "readSelection makes one sync and changes nothing",
    run: on(async (adapter, env) => {
      const lines = docOf(200).split("\n");
      await setText(env, lines.join("\n"));
      await adapter.select(199, 2, 4);
      const syncs = await syncsOf(adapter, async () =>
        expectFields(await adapter.readSelection(), { paragraph: 199, start: 2, end: 4 }, "selection"),
      );
      expectEqual(syncs, 1, "syncs");
      expectEqual(await bodyTexts(env), lines, "texts");
    }),
  },
  {
    name: "readPageSetup answers only where the host has page setup (WordApiDesktop 1.3)",
    run: on(async (adapter, env) => {
      await setText(env, "a");
      const desktop = env.Office?.context.requirements.isSetSupported("WordApiDesktop", "1.3") ?? false;
      const ps = await adapter.readPageSetup();
      if (!desktop) expectEqual(ps, undefined, "page setup without WordApiDesktop 1.3");
      else expectTrue(ps !== undefined && ps.width > 0 && ps.height > 0, "page setup with WordApiDesktop 1.3");
    }),
  },
  {
    name: "readSections answers only where the host has page setup (WordApiDesktop 1.3), from paragraph 0 on",
    run: on(async (adapter, env) => {
      await setText(env, "a\nb");
      const desktop = env.Office?.context.requirements.isSetSupported("WordApiDesktop", "1.3") ?? false;
      const sections = await adapter.readSections?.();
      if (!desktop) expectEqual(sections, undefined, "sections without WordApiDesktop 1.3");
      else {
        expectTrue(sections !== undefined && sections.length >= 1, "at least one section");
        expectFields(sections?.[0], { section: 1, firstParagraph: 0 }, "first section");
        expectTrue((sections?.[0].width ?? 0) > 0, "the first section has a page width");
      }
    }),
  },
  {
    name: "a selection that cannot be made is explained in Vietnamese",
    run: on(async (adapter, env) => {
      await setText(env, "Một đoạn");
      await expectRejects(adapter.select(5), "đoạn 6 không còn trong văn bản", "select(5)");
    }),
  },
];

/** Every case: Word's own behaviour the adapter relies on first, then the adapter's. */
export const conformanceCases: ConformanceCase[] = [...wordSemanticsCases, ...adapterCases];
