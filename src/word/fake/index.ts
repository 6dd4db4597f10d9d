/**
 * createFakeWord: an in-memory Word host for tests and the playground. See host.ts for the API
 * subset. Requirement sets default to WordApi 1.1–1.3 (the manifest's floor); WordApiDesktop is
 * off unless requirementSets names it, so the adapter takes its WordApi 1.3 paths.
 */
import JSZip from "jszip";
import { snapshotFromText } from "../../core/model/document";
import { blocksXml, inlineRuns, parseBlocks } from "../../docx/body-model";
import { bodyFromOoxml } from "../../docx/flat-opc";
import { readCarriedParts } from "../../docx/carried-parts";
import { writeDocxPackage } from "../../docx/package-writer";
import { readDocx } from "../../docx/read-docx";
import { mmToTwips } from "../../core/rules/units";
import { NS, isW, parseXml, serializeXml, wAttr, wChild } from "../../docx/xml";
import { FakeRequestContext, guard } from "./host";
import { FakeDocumentModel, defaultPageSetup } from "./model";

export { FakeDocumentModel } from "./model";
export type { SelectionInfo } from "./model";

export interface FakeWordInit {
  docx?: Uint8Array;
  bodyXml?: string;
  text?: string;
  /** Requirement set name → highest supported version, e.g. { WordApi: "1.3" }. */
  requirementSets?: Record<string, string>;
}

export interface FakeWord {
  Word: typeof Word;
  Office: typeof Office;
  model: FakeDocumentModel;
  /** Resolves when the initial document is loaded (immediate unless init.docx was given). */
  ready: Promise<void>;
  exportDocx(): Promise<Uint8Array>;
  syncCount(): number;
  /** Opens another document in place of the current one: a .docx, or a blank page when none is given. */
  load(docx?: Uint8Array): Promise<void>;
}

export const DEFAULT_REQUIREMENT_SETS: Readonly<Record<string, string>> = { WordApi: "1.3" };

function versionAtLeast(have: string, want: string): boolean {
  const a = have.split(".").map(Number);
  const b = want.split(".").map(Number);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i] ?? 0;
    const y = b[i] ?? 0;
    if (x !== y) return x > y;
  }
  return true;
}

async function loadDocx(model: FakeDocumentModel, bytes: Uint8Array): Promise<void> {
  const snapshot = await readDocx(bytes);
  const zip = await JSZip.loadAsync(bytes);
  const main = await zip.file("word/document.xml")?.async("string");
  if (!main) throw new Error("No word/document.xml");
  const body = bodyFromOoxml(main);
  const carried = await readCarriedParts(bytes);
  model.replaceDocument(parseBlocks(body));
  model.carried = carried;
  // Every section break stays where it was, with its headers and footers when the package could carry them;
  // a reference to a part that is not carried goes (a reference to a missing part makes Word refuse the file).
  const keptIds = new Set(carried.relationships.map((r) => r.id));
  const strip = (xml: string) => withoutMissingReferences(xml, keptIds);
  for (const p of model.paragraphs()) {
    if (p.props.keep) p.props.keep = p.props.keep.map(strip);
  }
  const finalSectPr = wChild(body, "sectPr");
  model.finalSectPrXml = finalSectPr
    ? strip(serializeXml(finalSectPr).split(` xmlns:w="${NS.w}"`).join(""))
    : undefined;
  model.pageSetup = snapshot.pageSetup ? { ...snapshot.pageSetup } : defaultPageSetup();
  model.sections =
    snapshot.sections && snapshot.sections.length > 1 ? snapshot.sections.map((s) => ({ ...s })) : undefined;
  // The fake keeps direct formatting only; fill what styles gave each paragraph from the reader's
  // resolved snapshot, so Word-like reads match what readDocx sees.
  const paras = model.paragraphs();
  if (paras.length === snapshot.paragraphs.length) {
    paras.forEach((p, i) => {
      const snap = snapshot.paragraphs[i];
      if (snap.list?.marker !== undefined) model.listMarkers.set(p, snap.list.marker);
      const props = p.props;
      props.alignment ??= snap.alignment;
      props.firstLineIndent ??= snap.firstLineIndent;
      props.leftIndent ??= snap.leftIndent;
      props.spaceBefore ??= snap.spaceBefore;
      props.spaceAfter ??= snap.spaceAfter;
      props.lineSpacing ??= snap.lineSpacing;
      const f = snap.font ?? {};
      for (const run of inlineRuns(p)) {
        run.props.font ??= f.name;
        run.props.size ??= f.size;
        run.props.bold ??= f.bold;
        run.props.italic ??= f.italic;
      }
    });
  }
  const styles = await zip.file("word/styles.xml")?.async("string");
  if (styles) {
    const root = parseXml(styles).documentElement;
    for (let c = root?.firstChild; c; c = c.nextSibling) {
      if (!isW(c, "style")) continue;
      const id = wAttr(c, "styleId");
      const name = wAttr(wChild(c, "name"), "val");
      if (id && name) model.styleNames.set(id, name);
    }
  }
}

/**
 * A w:sectPr (other XML passes unchanged) without the elements that name a part the download does not carry
 * (printer settings, a header whose part was missing): a reference to a missing part makes Word refuse the file.
 */
function withoutMissingReferences(xml: string, kept: ReadonlySet<string>): string {
  if (!xml.startsWith("<w:sectPr")) return xml;
  return xml.replace(/<w:[A-Za-z]+\b[^>]*?\br:id="([^"]*)"[^>]*?\/>/g, (el, id: string) => (kept.has(id) ? el : ""));
}

export function createFakeWord(init: FakeWordInit = {}): FakeWord {
  const model = new FakeDocumentModel();
  let syncs = 0;
  let ready: Promise<void> = Promise.resolve();
  if (init.docx) ready = loadDocx(model, init.docx);
  else if (init.bodyXml !== undefined) model.blocks = parseBlocks(bodyFromOoxml(init.bodyXml));
  else {
    const lines = init.text === undefined ? [""] : snapshotFromText(init.text).paragraphs.map((p) => p.text);
    model.blocks = lines.map((line) => ({
      kind: "paragraph" as const,
      props: {},
      inlines: line === "" ? [] : [{ kind: "run" as const, text: line, props: {} }],
    }));
  }
  if (model.blocks.length === 0 && !init.docx) model.blocks.push({ kind: "paragraph", props: {}, inlines: [] });
  const sets = init.requirementSets ?? DEFAULT_REQUIREMENT_SETS;

  const run = async <T>(callback: (context: FakeRequestContext) => Promise<T> | T): Promise<T> => {
    if (typeof callback !== "function")
      throw new Error("Fake Word host: Word.run with a batch object is not implemented");
    await ready;
    const context = new FakeRequestContext(model, () => syncs++);
    try {
      const result = await callback(context);
      // Word.run syncs what is still queued when the callback returns.
      if (context._queue.length > 0) await context.sync();
      return result;
    } finally {
      context._release();
    }
  };

  const wordNs = guard(
    {
      run,
      InsertLocation: { replace: "Replace", start: "Start", end: "End", before: "Before", after: "After" },
      RangeLocation: { whole: "Whole", start: "Start", end: "End", content: "Content" },
      Alignment: { left: "Left", centered: "Centered", right: "Right", justified: "Justified" },
    },
    "Word",
  );
  const officeNs = guard(
    {
      HostType: { Word: "Word" },
      context: guard(
        {
          host: "Word",
          requirements: guard(
            {
              isSetSupported(name: string, minVersion?: string): boolean {
                const have = sets[name];
                return have !== undefined && versionAtLeast(have, minVersion ?? "1.1");
              },
            },
            "RequirementSetSupport",
          ),
        },
        "Context",
      ),
    },
    "Office",
  );

  return {
    Word: wordNs as unknown as typeof Word,
    Office: officeNs as unknown as typeof Office,
    model,
    ready,
    syncCount: () => syncs,
    async load(docx) {
      await ready;
      if (!docx) {
        // A blank page: one section with our page defaults.
        model.replaceDocument([]);
        model.pageSetup = defaultPageSetup();
        model.sections = undefined;
        model.finalSectPrXml = undefined;
        model.carried = undefined;
        return;
      }
      const loading = loadDocx(model, docx);
      // A file that cannot be read leaves the host usable (with whatever it had).
      ready = loading.catch(() => undefined);
      await loading;
    },
    async exportDocx() {
      await ready;
      if (model.finalSectPrXml) {
        return writeDocxPackage({
          bodyXml: blocksXml(model.blocks),
          sectPrXml: model.finalSectPrXml,
          carried: model.carried,
        });
      }
      const s = model.pageSetup;
      const [w, h] = [mmToTwips(s.width), mmToTwips(s.height)];
      const sectPrXml =
        `<w:sectPr><w:pgSz w:w="${w}" w:h="${h}"${s.orientation === "landscape" ? ' w:orient="landscape"' : ""}/>` +
        `<w:pgMar w:top="${mmToTwips(s.marginTop)}" w:right="${mmToTwips(s.marginRight)}" ` +
        `w:bottom="${mmToTwips(s.marginBottom)}" w:left="${mmToTwips(s.marginLeft)}" ` +
        `w:header="720" w:footer="720" w:gutter="0"/></w:sectPr>`;
      return writeDocxPackage({ bodyXml: blocksXml(model.blocks), sectPrXml, carried: model.carried });
    },
  };
}
