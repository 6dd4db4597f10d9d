import * as fs from "fs";
import * as path from "path";
import { BUNDLED_TEMPLATES } from "../../../src/taskpane/tabs/templates/bundled-templates";
import { coreTemplates } from "../../../src/taskpane/tabs/templates/templates-core";

const TEMPLATES = path.resolve(__dirname, "../../../templates");

describe("the templates bundled into the pane", () => {
  test("are exactly the templates/*.json files, so a new template is not forgotten in the pane", () => {
    const files = fs
      .readdirSync(TEMPLATES)
      .filter((f) => f.endsWith(".json"))
      .map((f) => JSON.parse(fs.readFileSync(path.join(TEMPLATES, f), "utf8")).slug as string)
      .sort();
    const bundled = BUNDLED_TEMPLATES.map((t) => (t as { slug: string }).slug).sort();
    expect(bundled).toEqual(files);
    expect(coreTemplates.types.map((t) => t.slug).sort()).toEqual(files);
  });

  test("documents with articles get the Chương/Điều levels", () => {
    expect(coreTemplates.hasArticles("quyet-dinh")).toBe(true);
    expect(coreTemplates.hasArticles("bao-cao")).toBe(false);
  });
});
