import * as React from "react";
import {
  Button,
  Caption1,
  Checkbox,
  Field,
  Input,
  Label,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  tokens,
} from "@fluentui/react-components";
import type { WordAdapter } from "../../../word/adapter";
import { ISO_DATE } from "../../../core/rules/dates";
import type { SettingsStore } from "../../tab-props";
import { addToOrgCatalog, CATALOG_URL_SETTING, loadOrgCatalog, refreshFromUrl } from "./citation-store";
import type { CatalogEntry, CitationsCore } from "./citations-core";

export interface OrgCatalogPanelProps {
  adapter: WordAdapter;
  settings: SettingsStore;
  core: CitationsCore;
  org: CatalogEntry[];
  onOrgChange: (entries: CatalogEntry[]) => void;
  fetchText: (url: string) => Promise<string>;
}

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    paddingTop: tokens.spacingVerticalM,
  },
  actions: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS },
  errors: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  file: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS },
  review: { listStyleType: "none", margin: 0, padding: 0 },
});

/** FileReader works in every web view the pane supports (Blob.text() is newer). */
function readFileText(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const r = new FileReader();
    r.onload = () => resolve(String(r.result ?? ""));
    r.onerror = () => reject(r.error ?? new Error("FileReader"));
    r.readAsText(file, "utf-8");
  });
}

/** A harvested mention becomes an entry only with a real date. */
const complete = (e: CatalogEntry) => ISO_DATE.test(e.date);

type Note = { intent: "success" | "error" | "warning" | "info"; text: string; details?: string[] } | undefined;

/** The organisation catalog: import (CSV/JSON), export, harvest from the document, and the catalog URL. */
export function OrgCatalogPanel(props: OrgCatalogPanelProps): React.JSX.Element {
  const { adapter, settings, core, org, onOrgChange, fetchText } = props;
  const styles = useStyles();
  const [note, setNote] = React.useState<Note>();
  const [harvested, setHarvested] = React.useState<CatalogEntry[]>();
  const [keep, setKeep] = React.useState<ReadonlySet<string>>(new Set());
  const [url, setUrl] = React.useState(() => settings.get(CATALOG_URL_SETTING) ?? "");
  const fileId = React.useId();
  const fileRef = React.useRef<HTMLInputElement>(null);

  const importFile = async (file: File) => {
    const result = core.importCatalog(await readFileText(file), file.name);
    if (result.entries.length) onOrgChange(await addToOrgCatalog(settings, core, result.entries));
    setNote({
      intent: result.errors.length ? "warning" : "success",
      text: `Đã nhập ${result.entries.length} văn bản từ ${file.name}${result.errors.length ? `; ${result.errors.length} dòng lỗi` : ""}.`,
      details: result.errors,
    });
  };

  const exportCatalog = (format: "json" | "csv") => {
    const type = format === "csv" ? "text/csv" : "application/json";
    const blob = new Blob([core.exportCatalog(org, format)], { type: `${type};charset=utf-8` });
    const href = URL.createObjectURL(blob);
    const a = document.createElement("a");
    a.href = href;
    a.download = `danh-muc-van-ban.${format}`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(href), 1000);
  };

  const harvest = async () => {
    try {
      const found = core.harvest(await adapter.readSnapshot());
      setHarvested(found);
      setKeep(new Set(found.filter(complete).map((e) => e.id)));
      setNote(
        found.length
          ? {
              intent: "info",
              text: `Tìm thấy ${found.length} văn bản được trích dẫn. Xem lại rồi bấm “Thêm vào danh mục”.`,
            }
          : { intent: "info", text: "Không tìm thấy trích dẫn nào trong văn bản này." },
      );
    } catch (err) {
      setNote({ intent: "error", text: `Không đọc được văn bản: ${(err as Error).message}` });
    }
  };

  const addHarvested = async () => {
    const picked = (harvested ?? []).filter((e) => keep.has(e.id) && complete(e));
    onOrgChange(await addToOrgCatalog(settings, core, picked));
    setHarvested(undefined);
    setNote({ intent: "success", text: `Đã thêm ${picked.length} văn bản vào danh mục cơ quan.` });
  };

  const loadUrl = async () => {
    try {
      const r = await refreshFromUrl(settings, url.trim(), fetchText);
      onOrgChange(loadOrgCatalog(settings, core));
      setNote({
        intent: r.errors.length || r.warning ? "warning" : "success",
        text: r.fromCache
          ? `${r.warning ?? ""} ${r.entries.length} văn bản từ bản đã lưu.`.trim()
          : `Đã tải ${r.entries.length} văn bản từ địa chỉ danh mục (lưu lại để dùng khi không có mạng).`,
        details: r.errors,
      });
    } catch (err) {
      setNote({ intent: "error", text: `Không tải được danh mục: ${(err as Error).message}. Vẫn dùng bản đã lưu.` });
    }
  };

  return (
    <section className={styles.root} aria-label="Danh mục của cơ quan" data-testid="org-catalog">
      <Subtitle2 as="h3">Danh mục của cơ quan</Subtitle2>
      <Caption1>{org.length} văn bản trong danh mục của cơ quan.</Caption1>
      <div className={styles.file}>
        {/* The browser draws a native file input in its own language ("Choose File"): a Vietnamese button
            opens it instead, and the input stays reachable by its label for tests and assistive tools. */}
        <Label htmlFor={fileId}>Nhập danh mục (CSV hoặc JSON)</Label>
        <Button onClick={() => fileRef.current?.click()}>Chọn tệp…</Button>
        <input
          id={fileId}
          ref={fileRef}
          hidden
          type="file"
          accept=".csv,.json,text/csv,application/json"
          onChange={(e) => {
            const f = e.target.files?.[0];
            if (f) void importFile(f);
            e.target.value = "";
          }}
        />
      </div>
      <div className={styles.actions}>
        <Button onClick={() => exportCatalog("json")} disabled={org.length === 0}>
          Xuất JSON
        </Button>
        <Button onClick={() => exportCatalog("csv")} disabled={org.length === 0}>
          Xuất CSV
        </Button>
        <Button onClick={() => void harvest()}>Thu thập từ văn bản này</Button>
      </div>
      {harvested && harvested.length > 0 && (
        <>
          <ul className={styles.review} aria-label="Văn bản thu thập được" data-testid="harvest-review">
            {harvested.map((e) => (
              <li key={e.id}>
                <Checkbox
                  disabled={!complete(e)}
                  checked={keep.has(e.id)}
                  onChange={(_ev, d) =>
                    setKeep((k) => {
                      const n = new Set(k);
                      if (d.checked) n.add(e.id);
                      else n.delete(e.id);
                      return n;
                    })
                  }
                  label={
                    // The citation as the entry would give it, so the officer sees the law's name and the issuer.
                    complete(e)
                      ? core.format(e, "full")
                      : `${[e.type, e.symbol].filter(Boolean).join(" ")}${e.title && !e.symbol ? ` (${e.title})` : ""} (thiếu hoặc sai ngày ban hành, chưa thêm được)`
                  }
                />
              </li>
            ))}
          </ul>
          <div className={styles.actions}>
            <Button appearance="primary" onClick={() => void addHarvested()}>
              Thêm vào danh mục
            </Button>
            <Button appearance="subtle" onClick={() => setHarvested(undefined)}>
              Bỏ qua
            </Button>
          </div>
        </>
      )}
      <Field
        label="Địa chỉ danh mục (URL)"
        hint="Chỉ tải từ địa chỉ này; bản tải về được lưu để dùng khi không có mạng."
      >
        <Input type="url" value={url} onChange={(_e, d) => setUrl(d.value)} />
      </Field>
      <div className={styles.actions}>
        <Button onClick={() => void loadUrl()} disabled={!url.trim()}>
          Tải danh mục từ địa chỉ
        </Button>
      </div>
      {note && (
        <MessageBar intent={note.intent} data-testid="org-catalog-status">
          <MessageBarBody>
            {note.text}
            {note.details && note.details.length > 0 && (
              <ul className={styles.errors}>
                {note.details.map((d) => (
                  <li key={d}>{d}</li>
                ))}
              </ul>
            )}
          </MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
