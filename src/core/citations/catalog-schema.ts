/** The catalog entry: the shape of data/national-catalog.json and of organisation catalogs. */
import { z } from "zod";
import { ISO_DATE, isValidDate } from "../rules/dates";

export const CATALOG_STATUSES = ["in-force", "replaced", "expired", "not-yet-effective", "unknown"] as const;
export type CatalogStatus = (typeof CATALOG_STATUSES)[number];
export const CATALOG_FAMILIES = ["qppl", "state", "party"] as const;

const isoDay = z
  .string()
  .regex(ISO_DATE, "ngày không hợp lệ")
  .refine(
    (s) => isValidDate(Number(s.slice(0, 4)), Number(s.slice(5, 7)), Number(s.slice(8, 10))),
    "ngày không hợp lệ",
  );

export const catalogEntrySchema = z.object({
  id: z.string().min(1, "thiếu mã (id)"),
  type: z.string().min(1, "thiếu tên loại"),
  /** Empty for documents cited by name only (Hiến pháp). */
  symbol: z.string(),
  date: isoDay,
  issuer: z.string(),
  title: z.string(),
  effective: isoDay.nullable(),
  status: z.enum(CATALOG_STATUSES, { errorMap: () => ({ message: "trạng thái không hợp lệ" }) }),
  replacedBy: z.string().nullable(),
  replacedOn: isoDay.nullable(),
  family: z.enum(CATALOG_FAMILIES, { errorMap: () => ({ message: "họ văn bản không hợp lệ (qppl, state, party)" }) }),
  source: z.string(),
  aliases: z.array(z.string()).optional(),
  amendedBy: z.array(z.string()).optional(),
});

export type CatalogEntry = z.infer<typeof catalogEntrySchema>;
