/** date/header-form: the place and date line of the header uses the words form “Địa danh, ngày … tháng … năm …”. */
import { NUMERIC_AFTER_NGAY } from "../../rules/dates";
import { REF } from "../../rules/references";
import { structureOf } from "../../structure";
import type { CheckContext, Finding, Rule } from "../types";
import { finding } from "../util";

export const dateHeaderForm: Rule = {
  id: "date/header-form",
  meta: {
    severity: "warning",
    ref: REF.plI_II4,
    title: "Địa danh, ngày tháng ở đầu văn bản",
    family: "date",
    fixable: false,
  },
  check(ctx: CheckContext): Finding[] {
    const line = structureOf(ctx.doc, ctx.cache).placeDateLine;
    if (!line) return [];
    const m = NUMERIC_AFTER_NGAY.exec(line.text);
    if (!m) return [];
    return [
      finding(dateHeaderForm, ctx.doc, {
        paragraph: line.paragraph,
        start: m.index,
        end: m.index + m[0].length,
        message: `Ngày tháng ở đầu văn bản phải viết bằng chữ “ngày … tháng … năm …”, không viết “${m[0]}”.`,
      }),
    ];
  },
};
