import * as React from "react";
import { Badge, makeStyles, tokens } from "@fluentui/react-components";
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

// Long labels ("đã bị thay thế bởi Luật … từ …") wrap inside the badge instead of overflowing its pill.
const useStyles = makeStyles({
  wrap: {
    height: "auto",
    minHeight: "20px",
    whiteSpace: "normal",
    paddingTop: tokens.spacingVerticalXXS,
    paddingBottom: tokens.spacingVerticalXXS,
  },
});

/** The status badge; `label` is core's status line (naming the replacement), capitalised for display. */
export function StatusBadge({ entry, label }: { entry: CatalogEntry; label: string }): React.JSX.Element {
  const styles = useStyles();
  return (
    <Badge appearance="tint" className={styles.wrap} color={COLOR[entry.status] ?? "subtle"} data-status={entry.status}>
      {label.charAt(0).toLocaleUpperCase("vi") + label.slice(1)}
    </Badge>
  );
}

export { slash as isoToSlash };
