/**
 * What the adapter assumes of Word itself, as cases: live ranges, Find as loose as Word's, isNullObject without a
 * load, Range.paragraphs at paragraph edges, replacements that keep formatting, OOXML merging at the selection.
 * On the fake host they hold the fake to Word's behaviour; run in Word they check that the assumptions are Word's.
 */
import { toFlatOpc } from "../../docx/flat-opc";
import type { OfficeEnv } from "../office-adapter";
import {
  type ConformanceCase,
  bodyControls,
  bodyTexts,
  expectEqual,
  expectTrue,
  para,
  setBody,
  setText,
} from "./harness";

/** Runs a batch on the host and returns what it returns. */
const batch = <T>(env: OfficeEnv, body: (context: Word.RequestContext) => Promise<T>): Promise<T> => env.Word.run(body);

const texts = (items: { text: string }[]): string[] => items.map((r) => r.text);

export const wordSemanticsCases: ConformanceCase[] = [
  {
    name: "Word: Find numbers matches left to right without overlap, knows ^ codes, and refuses 256 characters",
    run: async (env) => {
      await setText(env, "aaaa ^ A\ta");
      const found = await batch(env, async (context) => {
        const body = context.document.body;
        const searches = [
          body.search("aa", { matchCase: true }),
          body.search("^^", { matchCase: true }),
          body.search("^t", { matchCase: true }),
          body.search("a", { matchCase: false }),
        ];
        for (const r of searches) r.load("items/text");
        await context.sync();
        return searches.map((r) => texts(r.items));
      });
      expectEqual(found.slice(0, 3), [["aa", "aa"], ["^"], ["\t"]], "matches");
      expectEqual(found[3].length, 6, "case-insensitive matches of a");
      let code: unknown;
      try {
        await batch(env, async (context) => {
          const r = context.document.body.search("x".repeat(256));
          r.load("items");
          await context.sync();
        });
      } catch (err) {
        code = (err as { code?: unknown }).code;
      }
      expectEqual(code, "SearchStringInvalidOrTooLong", "error code of a 256-character search");
    },
  },
  {
    name: "Word: Find is case-insensitive unless matchCase, and a straight quote also finds curly ones",
    run: async (env) => {
      await setText(env, "Sở NỘI VỤ, sở nội vụ; “a” 'b' ‘b’ \"a\"");
      const found = await batch(env, async (context) => {
        const body = context.document.body;
        const searches = [
          body.search("sở nội vụ"),
          body.search("sở nội vụ", { matchCase: true }),
          body.search('"a"', { matchCase: true }),
          body.search("‘b’", { matchCase: true }),
        ];
        for (const r of searches) r.load("items/text");
        await context.sync();
        return searches.map((r) => texts(r.items));
      });
      expectEqual(found, [["Sở NỘI VỤ", "sở nội vụ"], ["sở nội vụ"], ["“a”", '"a"'], ["‘b’"]], "matches");
    },
  },
  {
    name: "Word: ranges are live, an edit earlier in the paragraph moves the ranges after it",
    run: async (env) => {
      await setText(env, "ab cd ab cd\nsau");
      const second = await batch(env, async (context) => {
        const hits = context.document.body.search("cd", { matchCase: true });
        hits.load("items/text");
        await context.sync();
        const [first, later] = hits.items;
        first.insertText("CDCDCD", "Replace");
        later.insertText("XY", "Replace");
        later.load("text");
        await context.sync();
        return later.text;
      });
      expectEqual(second, "XY", "the later range after the earlier one grew");
      expectEqual(await bodyTexts(env), ["ab CDCDCD ab XY", "sau"], "texts");
      const moved = await batch(env, async (context) => {
        const target = context.document.body.search("XY", { matchCase: true });
        const head = context.document.body.search("ab CDCDCD ", { matchCase: true });
        target.load("items");
        head.load("items");
        await context.sync();
        head.items[0].insertText("", "Replace");
        target.items[0].load("text");
        await context.sync();
        target.items[0].insertText("Z", "End");
        await context.sync();
        return target.items[0].text;
      });
      expectEqual(moved, "XY", "the range after a deletion");
      expectEqual(await bodyTexts(env), ["ab XYZ", "sau"], "texts after the deletion");
    },
  },
  {
    name: "Word: isNullObject of an *OrNullObject is known after a sync, without a load",
    run: async (env) => {
      await setText(env, "một");
      const nulls = await batch(env, async (context) => {
        // Fresh expressions rather than a variable: the office-addins lint rules take a navigation property of a
        // variable for a read that needs a load.
        const listItem = context.document.body.paragraphs.getFirst().listItemOrNullObject;
        const control = context.document.body.getRange("Start").parentContentControlOrNullObject;
        await context.sync();
        return [listItem.isNullObject, control.isNullObject];
      });
      expectEqual(nulls, [true, true], "a plain paragraph's list item and content control");
    },
  },
  {
    name: "Word: Range.paragraphs of a range that ends at a paragraph's start does not hold it; a whole range does",
    run: async (env) => {
      await setText(env, "a\n\nc");
      const counts = await batch(env, async (context) => {
        const body = context.document.body;
        const paras = body.paragraphs;
        paras.load("$none");
        await context.sync();
        const collections = [
          body.getRange("Start").expandTo(paras.items[2].getRange("Start")).paragraphs,
          paras.items[2].getRange("Start").paragraphs,
          body.getRange("Start").expandTo(paras.items[1].getRange("Whole")).paragraphs,
          body.getRange("Start").expandTo(paras.items[1].getRange("Start")).paragraphs,
        ];
        for (const c of collections) c.load("items/text");
        const first = body.getRange("Whole").paragraphs.getFirst();
        const last = body.getRange("Whole").paragraphs.getLast();
        first.load("text");
        last.load("text");
        await context.sync();
        return [...collections.map((c) => texts(c.items)), [first.text, last.text]];
      });
      expectEqual(counts, [["a", ""], ["c"], ["a", ""], ["a"], ["a", "c"]], "paragraphs of each range");
    },
  },
  {
    name: "Word: a replacement takes the formatting of the first character it replaces, also over whole runs",
    run: async (env) => {
      const bold13 = '<w:b/><w:sz w:val="26"/>';
      await setBody(
        env,
        para("Độc lập – Tự do – Hạnh phúc", "", bold13) +
          `<w:p><w:r><w:rPr>${bold13}</w:rPr><w:t>ĐẢNG</w:t></w:r><w:r><w:t xml:space="preserve"> thường</w:t></w:r></w:p>`,
      );
      const fonts = await batch(env, async (context) => {
        const body = context.document.body;
        const whole = body.search("Độc lập – Tự do – Hạnh phúc", { matchCase: true });
        const word = body.search("ĐẢNG", { matchCase: true });
        whole.load("items");
        word.load("items");
        await context.sync();
        const a = whole.items[0].insertText("Độc lập - Tự do - Hạnh phúc", "Replace");
        const b = word.items[0].insertText("ĐOÀN", "Replace");
        const plain = body.search(" thường", { matchCase: true });
        for (const r of [a, b]) r.load("text,font/bold,font/size");
        plain.load("items/font/bold");
        await context.sync();
        return [[a.text, a.font.bold, a.font.size], [b.text, b.font.bold, b.font.size], [plain.items[0].font.bold]];
      });
      expectEqual(
        fonts,
        [["Độc lập - Tự do - Hạnh phúc", true, 13], ["ĐOÀN", true, 13], [false]],
        "formatting after the replacements",
      );
    },
  },
  {
    name: "Word: OOXML of two paragraphs inserted at a selection merges with the text around it",
    run: async (env) => {
      await setText(env, "Trước|Sau");
      await batch(env, async (context) => {
        const bar = context.document.body.search("|");
        bar.load("items");
        await context.sync();
        bar.items[0].select();
        await context.sync();
        context.document.getSelection().insertOoxml(toFlatOpc(para("A") + para("B")), "Replace");
        await context.sync();
      });
      expectEqual(await bodyTexts(env), ["TrướcA", "BSau"], "texts");
    },
  },
  {
    name: "Word: a content control made on a range is found by its tag, and its text can be replaced",
    run: async (env) => {
      await setText(env, "Số: 12/BC");
      const found = await batch(env, async (context) => {
        const hits = context.document.body.search("12");
        hits.load("items");
        await context.sync();
        const cc = hits.items[0].insertContentControl();
        cc.tag = "vbhc:so";
        cc.title = "Số";
        await context.sync();
        const byTag = context.document.contentControls.getByTag("vbhc:so");
        byTag.load("items/text,items/title");
        await context.sync();
        const seen = byTag.items.map((c) => [c.text, c.title]);
        byTag.items[0].insertText("13", "Replace");
        await context.sync();
        return seen;
      });
      expectEqual(found, [["12", "Số"]], "found by tag");
      expectEqual(await bodyTexts(env), ["Số: 13/BC"], "texts");
      const controls = await bodyControls(env);
      expectTrue(controls.length === 1 && controls[0].text === "13", "the control holds the new text");
    },
  },
];
