import * as React from "react";
import {
  Button,
  Caption1,
  Field,
  makeStyles,
  mergeClasses,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  SearchBox,
  Subtitle2,
  Text,
  tokens,
} from "@fluentui/react-components";
import type { TabProps } from "../../tab-props";
import { CAN_CU_TITLE, canCuListXml } from "./cancu-xml";
import {
  addToOrgCatalog,
  CITE_TAG_PREFIX,
  citeTag,
  loadOrgCatalog,
  loadRecent,
  parseCiteTag,
  pushRecent,
} from "./citation-store";
import type { CatalogData, CatalogEntry, CitationForm, CitationsCore, TypedSymbolInfo } from "./citations-core";
import { ComposePanel } from "./ComposePanel";
import { OrgCatalogPanel } from "./OrgCatalogPanel";
import { isoToSlash, StatusBadge } from "./status-badge";

export interface CitationsViewProps extends TabProps {
  core: CitationsCore;
  /** Type-ahead delay in ms (tests may pass 0). */
  debounceMs?: number;
  /** The only network call: fetches the configured catalog URL. */
  fetchText?: (url: string) => Promise<string>;
}

const TITLES: Record<CitationForm, string> = {
  full: "Trích dẫn đầy đủ",
  short: "Trích dẫn ngắn",
  canCu: CAN_CU_TITLE,
};

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    maxHeight: "320px",
    overflowY: "auto",
  },
  item: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
    cursor: "pointer",
    border: `1px solid transparent`,
  },
  active: { border: `1px solid ${tokens.colorStrokeFocus2}`, backgroundColor: tokens.colorNeutralBackground2Hover },
  chosen: { backgroundColor: tokens.colorBrandBackground2 },
  line: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS, alignItems: "baseline" },
  actions: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS },
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  preview: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    fontStyle: "italic",
  },
});

type Status = { intent: "success" | "error" | "warning" | "info"; text: string } | undefined;

const defaultFetch = async (url: string): Promise<string> => {
  const res = await fetch(url, { credentials: "omit" });
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  return res.text();
};

/** The "Căn cứ pháp lý" tab: type-ahead picker over the catalogs, insertion as tagged content controls. */
export function CitationsView(props: CitationsViewProps): React.JSX.Element {
  const { adapter, settings, core, debounceMs = 150, fetchText = defaultFetch } = props;
  const styles = useStyles();
  const [org, setOrg] = React.useState<CatalogEntry[]>(() => loadOrgCatalog(settings, core));
  // The national catalog and the codification layer load on first visit, outside the pane's first script.
  const [base, setBase] = React.useState<CatalogData>();
  const [loadError, setLoadError] = React.useState<string>();
  React.useEffect(() => {
    let live = true;
    core.loadCatalogs().then(
      (data) => live && setBase(data),
      (err: unknown) => live && setLoadError((err as Error).message),
    );
    return () => {
      live = false;
    };
  }, [core]);
  const catalog = React.useMemo(() => base && core.createCatalog(org, base), [core, org, base]);
  const [query, setQuery] = React.useState("");
  const [results, setResults] = React.useState<CatalogEntry[]>([]);
  const [typed, setTyped] = React.useState<TypedSymbolInfo>();
  const [active, setActive] = React.useState(-1);
  const [chosen, setChosen] = React.useState<CatalogEntry>();
  const [cited, setCited] = React.useState<string[]>([]);
  const [recent, setRecent] = React.useState<string[]>(() => loadRecent(settings));
  const [canCu, setCanCu] = React.useState<CatalogEntry[]>([]);
  const [status, setStatus] = React.useState<Status>();
  const [busy, setBusy] = React.useState(false);

  // What is already cited in the document feeds the ranking: read on mount and when the search box gets
  // focus (one read each, never per keystroke), and kept up to date locally after inserts.
  const readCited = React.useCallback(async () => {
    try {
      const cs = await adapter.findContentControls(CITE_TAG_PREFIX);
      setCited([...new Set(cs.map((c) => parseCiteTag(c.tag)?.id).filter((id): id is string => !!id))]);
    } catch {
      // Ranking without this hint is still correct.
    }
  }, [adapter]);
  React.useEffect(() => {
    void readCited();
  }, [readCited]);

  React.useEffect(() => {
    const run = () => {
      // Until the catalogs are in, nothing is said about the query: "not found" or Compose would be wrong.
      setResults(catalog ? catalog.search(query, { cited, recent, limit: 20 }) : []);
      setTyped(catalog?.typedSymbol(query));
      setActive(-1);
    };
    if (debounceMs <= 0) {
      run();
      return undefined;
    }
    const t = setTimeout(run, debounceMs);
    return () => clearTimeout(t);
  }, [catalog, query, cited, recent, debounceMs]);

  const run = async (work: () => Promise<Status>) => {
    setBusy(true);
    try {
      setStatus(await work());
    } catch (err) {
      setStatus({ intent: "error", text: `Không thực hiện được: ${(err as Error).message}` });
    } finally {
      setBusy(false);
    }
  };

  const choose = (e: CatalogEntry) => {
    setChosen(e);
    setStatus(undefined);
  };

  const onKeyDown = (ev: React.KeyboardEvent) => {
    if (results.length === 0) return;
    if (ev.key === "ArrowDown") {
      ev.preventDefault();
      setActive((i) => Math.min(results.length - 1, i + 1));
    } else if (ev.key === "ArrowUp") {
      ev.preventDefault();
      setActive((i) => Math.max(0, i - 1));
    } else if (ev.key === "Enter" && active >= 0) {
      ev.preventDefault();
      choose(results[active]);
    }
  };

  const insert = (form: CitationForm) =>
    run(async () => {
      if (!chosen) return undefined;
      const text = core.format(chosen, form);
      await adapter.insertContentControl(text, citeTag(chosen.id, form), TITLES[form], "selection");
      setCited((c) => (c.includes(chosen.id) ? c : [...c, chosen.id]));
      setRecent(await pushRecent(settings, chosen.id));
      return { intent: "success", text: `Đã chèn: ${text}` };
    });

  const refresh = () =>
    run(async () => {
      // One read of the tagged controls and one write: each control's new text from its own tag and text.
      let missing = 0;
      const cat = catalog ?? core.createCatalog(org, await core.loadCatalogs());
      const n = await adapter.rewriteContentControls(CITE_TAG_PREFIX, (c) => {
        const parsed = parseCiteTag(c.tag);
        const entry = parsed && cat.byId(parsed.id);
        if (!parsed || !entry) {
          missing++;
          return undefined;
        }
        const text = core.format(entry, parsed.form);
        // A căn cứ line keeps its place in a list: "." when it was the last line.
        return parsed.form === "canCu" && c.text.trim().endsWith(".") ? text.replace(/;$/, ".") : text;
      });
      const extra = missing ? `; ${missing} trích dẫn không có trong danh mục nên giữ nguyên` : "";
      return { intent: "success", text: `Đã làm mới ${n} trích dẫn${extra}.` };
    });

  const canCuLines = React.useMemo(() => core.canCuList(canCu), [core, canCu]);
  const insertCanCu = () =>
    run(async () => {
      // The list takes the cursor's paragraph only when it is empty; otherwise it goes after it, so no
      // selected or typed text is replaced and no line merges into the paragraph's text.
      const doc = await adapter.readSnapshot();
      const sel = await adapter.readSelection();
      const emptyParagraph = sel !== undefined && doc.paragraphs[sel.paragraph]?.text.trim() === "";
      const where = emptyParagraph ? "selection" : "after-selection-paragraph";
      await adapter.insertOoxml(core.toOoxml(canCuListXml(canCuLines)), where);
      setCited((c) => [...new Set([...c, ...canCu.map((e) => e.id)])]);
      return { intent: "success", text: `Đã chèn ${canCuLines.length} dòng căn cứ.` };
    });

  // A composed entry joins the organisation catalog, so a later refresh of its citation finds it.
  const compose = (entry: CatalogEntry) =>
    run(async () => {
      setOrg(await addToOrgCatalog(settings, core, [entry]));
      choose(entry);
      return { intent: "success", text: `Đã lưu vào danh mục của cơ quan: ${core.format(entry, "full")}` };
    });

  const replacement = chosen?.status === "replaced" ? catalog?.replacement(chosen) : undefined;
  const listId = "vbhc-cite-results";

  return (
    <div className={styles.root} data-testid="citations-tab">
      <Subtitle2 as="h2">Căn cứ pháp lý</Subtitle2>
      <Field label="Tìm văn bản" hint="Có dấu hoặc không dấu, viết tắt, số ký hiệu: “nđ 30”, “33/CT-TTg”, “văn thư”">
        <SearchBox
          value={query}
          onChange={(_e, d) => setQuery(d.value)}
          onKeyDown={onKeyDown}
          onFocus={() => void readCited()}
          role="combobox"
          aria-expanded={results.length > 0}
          aria-controls={listId}
          aria-autocomplete="list"
          dismiss={{ "aria-label": "Xóa nội dung tìm kiếm", title: "Xóa nội dung tìm kiếm" }}
          aria-activedescendant={active >= 0 ? `${listId}-${active}` : undefined}
        />
      </Field>
      {typed && !typed.inCatalog && <ComposePanel typed={typed} onCompose={compose} busy={busy} />}
      {!catalog && (
        <Caption1 aria-live="polite" data-testid="catalog-loading">
          {loadError ? `Không tải được danh mục văn bản: ${loadError}` : "Đang tải danh mục văn bản…"}
        </Caption1>
      )}
      {catalog && query.trim() && (
        <Caption1 aria-live="polite" data-testid="citation-count">
          {results.length === 0 ? "Không tìm thấy văn bản phù hợp." : `${results.length} kết quả`}
        </Caption1>
      )}
      <ul className={styles.list} id={listId} role="listbox" aria-label="Kết quả tìm kiếm">
        {results.map((e, i) => (
          <li
            key={e.id}
            id={`${listId}-${i}`}
            role="option"
            aria-selected={chosen?.id === e.id}
            data-testid="citation-result"
            data-id={e.id}
            className={mergeClasses(styles.item, i === active && styles.active, chosen?.id === e.id && styles.chosen)}
            onClick={() => choose(e)}
          >
            <span className={styles.line}>
              <Text weight="semibold">
                {e.type} {e.symbol}
              </Text>
              <Caption1>{isoToSlash(e.date)}</Caption1>
              <Caption1>{e.issuer}</Caption1>
            </span>
            <Text size={200}>{e.title}</Text>
            <span>
              <StatusBadge entry={e} label={catalog?.statusLabel(e) ?? ""} />
            </span>
          </li>
        ))}
      </ul>

      {chosen && (
        <section className={styles.section} aria-label="Văn bản đã chọn" data-testid="citation-chosen">
          <Text weight="semibold">{core.format(chosen, "full")}</Text>
          {chosen.status === "replaced" && (
            <MessageBar intent="warning" data-testid="citation-replaced">
              <MessageBarBody>
                Văn bản này {catalog?.statusLabel(chosen)}. Nên trích dẫn văn bản thay thế.
              </MessageBarBody>
              <MessageBarActions>
                <Button size="small" disabled={!replacement} onClick={() => replacement && choose(replacement)}>
                  Trích dẫn văn bản thay thế
                </Button>
              </MessageBarActions>
            </MessageBar>
          )}
          <div className={styles.actions}>
            <Button appearance="primary" disabled={busy} onClick={() => void insert("full")}>
              Chèn trích dẫn đầy đủ
            </Button>
            <Button disabled={busy} onClick={() => void insert("short")}>
              Chèn dạng ngắn
            </Button>
            <Button disabled={busy} onClick={() => void insert("canCu")}>
              Chèn dòng Căn cứ
            </Button>
            <Button
              appearance="subtle"
              disabled={canCu.some((e) => e.id === chosen.id)}
              onClick={() => setCanCu((l) => [...l, chosen])}
            >
              Thêm vào danh sách căn cứ
            </Button>
          </div>
        </section>
      )}

      <div className={styles.actions}>
        <Button disabled={busy} onClick={() => void refresh()}>
          Làm mới trích dẫn
        </Button>
      </div>
      {status && (
        <MessageBar intent={status.intent} data-testid="citations-status">
          <MessageBarBody>{status.text}</MessageBarBody>
        </MessageBar>
      )}

      <section className={styles.section} aria-label="Danh sách căn cứ">
        <Subtitle2 as="h3">Danh sách căn cứ</Subtitle2>
        {canCuLines.length === 0 ? (
          <Caption1>Chọn văn bản rồi bấm “Thêm vào danh sách căn cứ”. Danh sách tự xếp theo thứ bậc pháp lý.</Caption1>
        ) : (
          <>
            <ol className={styles.preview} data-testid="cancu-preview">
              {canCuLines.map((l) => (
                <li key={l.id} data-id={l.id}>
                  {l.text}{" "}
                  <Button
                    size="small"
                    appearance="transparent"
                    aria-label={`Bỏ khỏi danh sách: ${l.text}`}
                    onClick={() => setCanCu((list) => list.filter((e) => e.id !== l.id))}
                  >
                    Bỏ
                  </Button>
                </li>
              ))}
            </ol>
            <div className={styles.actions}>
              <Button disabled={busy} onClick={() => void insertCanCu()}>
                Chèn danh sách căn cứ
              </Button>
            </div>
          </>
        )}
      </section>

      <OrgCatalogPanel
        adapter={adapter}
        settings={settings}
        core={core}
        org={org}
        onOrgChange={setOrg}
        fetchText={fetchText}
      />
    </div>
  );
}
