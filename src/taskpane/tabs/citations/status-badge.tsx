import * as React from "react";
import { Badge } from "@fluentui/react-components";
import { formatDateSlash, parseIsoDate } from "../../../core/rules";
import type { CatalogEntry } from "./citations-core";

function slash(iso: string | null | undefined): string {
  const d = iso ? parseIsoDate(iso) : undefined;
  return d ? formatDateSlash(d) : (iso ?? "");
}

/** The Vietnamese status line of an entry ("Đã bị thay thế bởi X từ ngày …"). */
export function statusText(e: CatalogEntry): string {
  switch (e.status) {
    case "in-force":
      return "Còn hiệu lực";
    case "replaced":
      return `Đã bị thay thế${e.replacedBy ? ` bởi ${e.replacedBy}` : ""}${e.replacedOn ? ` từ ngày ${slash(e.replacedOn)}` : ""}`;
    case "expired":
      return "Hết hiệu lực";
    case "not-yet-effective":
      return `Chưa có hiệu lực${e.effective ? ` (từ ngày ${slash(e.effective)})` : ""}`;
    default:
      return "Chưa rõ";
  }
}

const COLOR = {
  "in-force": "success",
  replaced: "warning",
  expired: "danger",
  "not-yet-effective": "informative",
  unknown: "subtle",
} as const;

export function StatusBadge({ entry }: { entry: CatalogEntry }): React.JSX.Element {
  return (
    <Badge appearance="tint" color={COLOR[entry.status] ?? "subtle"} data-status={entry.status}>
      {statusText(entry)}
    </Badge>
  );
}

export { slash as isoToSlash };
