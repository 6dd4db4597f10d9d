/**
 * `vbhc new <type> -o <out.docx> [...]`: writes a complete .docx from a template and the agency's data,
 * with the same builders the task pane inserts, so both give the same document.
 */
import * as fs from "fs";
import * as path from "path";
import type { Command } from "commander";
import { z } from "zod";
import { CliExit } from "./cli-exit";
import { decodeText, readInputFile } from "./read-input";
import { writeFileAtomic } from "./write-output";
import { BlockInputError, type SigningInput } from "../core/blocks";
import {
  buildDocument,
  createTemplateRegistry,
  type DocumentFields,
  type Template,
  type TemplateRegistry,
} from "../core/templates";
import { AUTHORITIES, type Authority, formatIsoDate } from "../core/rules";
import { writeDocxPackage } from "../docx/package-writer";

/** templates/ of the project, found walking up from this file (works from the sources and the build). */
export function templatesDir(): string {
  let dir = __dirname;
  for (let i = 0; i < 6; i++) {
    const candidate = path.join(dir, "templates");
    if (fs.existsSync(path.join(candidate, "bao-cao.json"))) return candidate;
    dir = path.dirname(dir);
  }
  throw new CliExit(
    2,
    "The templates folder (templates/*.json) was not found.",
    "Không tìm thấy thư mục mẫu (templates/*.json).",
  );
}

/** Every template file, validated (a broken file is an error, not a skipped template). */
export function loadTemplateRegistry(dir = templatesDir()): TemplateRegistry {
  const files = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort();
  const raws = files.map((f) => {
    const raw: unknown = JSON.parse(fs.readFileSync(path.join(dir, f), "utf8"));
    return raw;
  });
  return createTemplateRegistry(raws);
}

/** The .docx (or .dotx) of a template filled with the fields. */
export async function buildDocx(
  template: Template,
  fields: DocumentFields,
  opts: { dotx?: boolean } = {},
): Promise<Uint8Array> {
  const doc = buildDocument(template, fields);
  return writeDocxPackage({
    bodyXml: doc.bodyXml,
    sectPrXml: doc.sectPrXml,
    headers: doc.headers,
    template: opts.dotx === true,
    title: doc.title,
  });
}

/** An agency profile file: the same fields as the flags, flags win. */
export const ProfileSchema = z
  .object({
    style: z.enum(["state", "party"]).optional(),
    parentAgency: z.string().optional(),
    agency: z.string().min(1).optional(),
    agencyCode: z.string().min(1).optional(),
    unit: z.string().optional(),
    place: z.string().min(1).optional(),
    archive: z.string().optional(),
    signing: z
      .object({
        authority: z.enum(AUTHORITIES).optional(),
        title: z.string().min(1).optional(),
        subTitle: z.string().min(1).optional(),
        name: z.string().min(1).optional(),
      })
      .strict()
      .optional(),
    /** Rule ids `vbhc check --profile` skips (e.g. "text/tone-placement" for an agency that writes “Hoà”). */
    disabledRules: z.array(z.string().min(1)).optional(),
  })
  .strict();
export type Profile = z.infer<typeof ProfileSchema>;

interface NewOptions {
  output: string;
  profile?: string;
  parent?: string;
  agency?: string;
  agencyCode?: string;
  unit?: string;
  number?: string;
  place?: string;
  date?: string;
  title?: string;
  recipients?: string;
  authority?: string;
  signerTitle?: string;
  deputyTitle?: string;
  signer?: string;
  party?: boolean;
}

export function readProfile(file: string): Profile {
  let raw: unknown;
  try {
    // A regular file of at most 1 MB (a profile is a few hundred bytes), UTF-8 or UTF-16.
    raw = JSON.parse(decodeText(readInputFile(file, 1024 * 1024), file).text);
  } catch (e) {
    if (e instanceof CliExit) throw e;
    throw new CliExit(
      2,
      `Cannot read the profile ${file}: ${e instanceof Error ? e.message : String(e)}`,
      `Không đọc được tệp hồ sơ cơ quan ${file}.`,
    );
  }
  const r = ProfileSchema.safeParse(raw);
  if (!r.success) {
    const where = r.error.issues.map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`).join("; ");
    throw new CliExit(2, `Invalid profile ${file}: ${where}`, `Hồ sơ cơ quan không hợp lệ (${file}): ${where}`);
  }
  return r.data;
}

function todayIso(): string {
  const d = new Date();
  return formatIsoDate({ year: d.getFullYear(), month: d.getMonth() + 1, day: d.getDate() });
}

/** Fields from the profile and flags over the template's defaults. */
export function fieldsFromOptions(
  template: Template,
  o: Omit<NewOptions, "output">,
  profile: Profile = {},
): DocumentFields {
  const authority = o.authority?.toUpperCase().replace(/\.$/, "");
  if (authority !== undefined && !(AUTHORITIES as readonly string[]).includes(authority))
    throw new CliExit(
      2,
      `--authority must be one of ${AUTHORITIES.join(", ")}.`,
      `--authority chỉ nhận ${AUTHORITIES.join(", ")}.`,
    );
  const base = template.closing.signing;
  const ps = profile.signing ?? {};
  const signing: SigningInput = {
    authority: (authority as Authority | undefined) ?? ps.authority ?? base.authority,
    title: o.signerTitle ?? ps.title ?? base.title,
    subTitle: o.deputyTitle ?? ps.subTitle ?? base.subTitle,
    name: o.signer ?? ps.name ?? base.name,
  };
  if (signing.authority === "Q" && o.deputyTitle === undefined) signing.subTitle = undefined;
  return {
    style: o.party ? "party" : (profile.style ?? "state"),
    parentAgency: o.parent ?? profile.parentAgency,
    agency: o.agency ?? profile.agency ?? "",
    agencyCode: o.agencyCode ?? profile.agencyCode ?? "",
    unit: o.unit ?? profile.unit,
    number: o.number ?? "",
    place: o.place ?? profile.place ?? "",
    date: o.date ?? todayIso(),
    subject: o.title,
    recipients: o.recipients
      ?.split(";")
      .map((s) => s.trim())
      .filter((s) => s !== ""),
    archive: profile.archive,
    signing,
  };
}

export async function runNew(typeArg: string, o: NewOptions, registry = loadTemplateRegistry()): Promise<string> {
  const template = registry.get(typeArg);
  if (!template) {
    const known = registry
      .list()
      .map((t) => t.slug)
      .join(", ");
    throw new CliExit(
      2,
      `Unknown document type "${typeArg}". Known templates: ${known}.`,
      `Không có mẫu cho loại văn bản "${typeArg}". Các mẫu hiện có: ${known}.`,
    );
  }
  const profile = o.profile ? readProfile(o.profile) : undefined;
  const fields = fieldsFromOptions(template, o, profile);
  let bytes: Uint8Array;
  try {
    bytes = await buildDocx(template, fields, { dotx: o.output.toLowerCase().endsWith(".dotx") });
  } catch (e) {
    if (e instanceof BlockInputError)
      throw new CliExit(
        2,
        `Invalid input (${e.issues.map((i) => i.field).join(", ")}).`,
        e.issues.map((i) => i.message).join("\n"),
      );
    throw e;
  }
  const out = path.resolve(o.output);
  fs.mkdirSync(path.dirname(out), { recursive: true });
  // Whole or not at all: a temporary file beside it, renamed into place.
  writeFileAtomic(out, bytes);
  return out;
}

export function registerNew(program: Command, setExit: (code: number) => void): void {
  program
    .command("new")
    .description("Write a new document (.docx, or .dotx) from a template / Tạo văn bản mới theo mẫu")
    .argument("<type>", "template slug or Phụ lục III abbreviation (bao-cao, QĐ, cong-van…)")
    .requiredOption("-o, --output <file>", "output .docx")
    .option("--profile <agency.json>", "agency profile (JSON)")
    .option("--parent <name>", "cơ quan chủ quản")
    .option("--agency <name>", "cơ quan ban hành")
    .option("--agency-code <code>", "agency abbreviation in the number (STTTT)")
    .option("--unit <code>", "drafting unit (VP)")
    .option("--number <n>", "document number; leave out for a draft")
    .option("--place <name>", "địa danh")
    .option("--date <YYYY-MM-DD>", "date (YYYY-MM for a draft with a blank day)")
    .option("--title <text>", "trích yếu")
    .option("--recipients <list>", 'Nơi nhận, separated by ";"')
    .option("--authority <TM|KT|TL|TUQ|Q>", "quyền hạn ký")
    .option("--signer-title <title>", "chức vụ after the authority (GIÁM ĐỐC)")
    .option("--deputy-title <title>", "the signer's own title (PHÓ GIÁM ĐỐC)")
    .option("--signer <name>", "họ tên người ký")
    .option("--party", "Party document style (ĐẢNG CỘNG SẢN VIỆT NAM)")
    .action(async (type: string, o: NewOptions) => {
      const out = await runNew(type, o);
      process.stdout.write(`${out}\n`);
      setExit(0);
    });
}
