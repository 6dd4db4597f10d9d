/** Templates are data (templates/*.json); this schema is their contract, checked on load. */
import { z } from "zod";
import { AUTHORITIES, findDocumentType } from "../rules";
import type { ScaffoldNode } from "../blocks";

const LEVELS = ["phan", "chuong", "muc", "tieu-muc", "dieu", "khoan", "diem", "dash", "plus"] as const;

export const ScaffoldNodeSchema: z.ZodType<ScaffoldNode> = z.lazy(() =>
  z
    .object({
      level: z.enum(LEVELS),
      title: z.string().min(1).optional(),
      text: z.string().min(1).optional(),
      body: z.array(z.string().min(1)).optional(),
      children: z.array(ScaffoldNodeSchema).optional(),
    })
    .strict(),
);

const SigningSchema = z
  .object({
    authority: z.enum(AUTHORITIES).optional(),
    title: z.string().min(1),
    subTitle: z.string().min(1).optional(),
    name: z.string().min(1),
  })
  .strict();

const typeSlug = z.string().refine((s) => findDocumentType(s)?.slug === s, { message: "not a DOCUMENT_TYPES slug" });

export const TemplateSchema = z
  .object({
    /** File name without .json; the CLI and pane use it. */
    slug: z.string().regex(/^[a-z0-9-]+$/),
    /** The DOCUMENT_TYPES slug that gives the tên loại and abbreviation. */
    type: typeSlug,
    /** Vietnamese name shown in menus. */
    label: z.string().min(1),
    /** Phụ lục III mẫu number. */
    model: z.string().regex(/^\d+\.\d+$/),
    kind: z.enum(["no-articles", "articles"]),
    /** Default trích yếu (placeholder). */
    subject: z.string().min(1).optional(),
    kinhGui: z.array(z.string().min(1)).optional(),
    preamble: z
      .object({
        authorityLine: z.string().min(1).optional(),
        canCu: z.array(z.string().min(1)).optional(),
        proposal: z.string().min(1).optional(),
        decisionWord: z.string().min(1).optional(),
      })
      .strict()
      .optional(),
    intro: z.array(z.string().min(1)).optional(),
    sections: z.array(ScaffoldNodeSchema),
    outro: z.array(z.string().min(1)).optional(),
    closing: z
      .object({
        layout: z.enum(["standard", "dual"]).default("standard"),
        recipients: z.array(z.string().min(1)),
        signing: SigningSchema,
        /** Dual layout: the left signature (biên bản: THƯ KÝ). */
        leftSigning: SigningSchema.optional(),
      })
      .strict(),
    /** PL III mẫu 1.3: the document the decision issues, with its own header part. */
    attachment: z
      .object({
        type: typeSlug,
        subject: z.string().min(1),
        kind: z.enum(["no-articles", "articles"]),
        sections: z.array(ScaffoldNodeSchema),
      })
      .strict()
      .optional(),
  })
  .strict();

export type Template = z.infer<typeof TemplateSchema>;

/** Parses and validates one template; throws with the zod issues (path: message) on failure. */
export function parseTemplate(raw: unknown, source = "template"): Template {
  const r = TemplateSchema.safeParse(raw);
  if (!r.success)
    throw new Error(
      `${source}: ${r.error.issues.map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`).join("; ")}`,
    );
  return r.data;
}
