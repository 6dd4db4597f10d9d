/**
 * Writes one .dotx per template into dist/templates/, so users whose Word cannot run the pane still start
 * from a correct document. Run by `npm run build` (npx tsx scripts/build-templates.ts).
 */
import * as fs from "fs";
import * as path from "path";
import { buildDocx, loadTemplateRegistry } from "../src/cli/new-command";
import type { DocumentFields, Template } from "../src/core/templates";

/** Placeholders the officer replaces: blank number and date, as a draft. */
export function placeholderFields(t: Template): DocumentFields {
  return {
    parentAgency: "TÊN CƠ QUAN, TỔ CHỨC CHỦ QUẢN",
    agency: "TÊN CƠ QUAN, TỔ CHỨC BAN HÀNH",
    agencyCode: "TCQ",
    unit: "ĐV",
    number: "",
    place: "Địa danh",
    date: "",
    signing: t.closing.signing,
  };
}

export async function buildAllDotx(outDir: string): Promise<string[]> {
  const registry = loadTemplateRegistry(path.resolve(__dirname, "../templates"));
  fs.mkdirSync(outDir, { recursive: true });
  const written: string[] = [];
  for (const t of registry.list()) {
    const file = path.join(outDir, `${t.slug}.dotx`);
    fs.writeFileSync(file, await buildDocx(t, placeholderFields(t), { dotx: true }));
    written.push(file);
  }
  return written;
}

if (require.main === module) {
  buildAllDotx(path.resolve(__dirname, "../dist/templates")).then(
    (files) => process.stdout.write(`Wrote ${files.length} templates to dist/templates/\n`),
    (err: unknown) => {
      process.stderr.write(`build-templates: ${err instanceof Error ? err.message : String(err)}\n`);
      process.exit(1);
    },
  );
}
