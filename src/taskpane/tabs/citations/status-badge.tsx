import * as React from "react";
import { Badge } from "@fluentui/react-components";
import { formatDateSlash, parseIsoDate } from "../../../core/rules";
import type { CatalogEntry } from "./citations-core";

function slash(iso: string | null | undefined): string {
  const d = iso ? parseIsoDate(iso) : undefined;
  return d ? formatDateSlash(d) : (iso ?? "");
}

const COLOR = {
  "in-force": "success",
  replaced: "warning",
  expired: "danger",
  "not-yet-effective": "informative",
  unknown: "subtle",
} as const;

/** The status badge; `label` is core's status line (naming the replacement), capitalised for display. */
export function StatusBadge({ entry, label }: { entry: CatalogEntry; label: string }): React.JSX.Element {
  return (
    <Badge appearance="tint" color={COLOR[entry.status] ?? "subtle"} data-status={entry.status}>
      {label.charAt(0).toLocaleUpperCase("vi") + label.slice(1)}
    </Badge>
  );
}

export { slash as isoToSlash };
