import * as React from "react";
import {
  FluentProvider,
  inputClassNames,
  makeStyles,
  selectClassNames,
  Spinner,
  Subtitle2,
  Tab,
  TabList,
  tokens,
} from "@fluentui/react-components";
import type { TabProps } from "./tab-props";
import { ErrorBoundary } from "./ErrorBoundary";
import { fluentTheme, type ThemeName } from "./theme";
import { useHostTheme } from "./use-host-theme";
import type { HostThemeSource } from "../word/office-theme";
import { HeaderTab } from "./tabs/HeaderTab";

export type TabId = "header" | "templates" | "citations" | "checks";

// The first tab is in the initial bundle; the others (with the catalog, its search index and the check
// engine) load on their first visit, so the pane renders sooner.
const TemplatesTab = React.lazy(() =>
  import(/* webpackChunkName: "tab-templates" */ "./tabs/TemplatesTab").then((m) => ({ default: m.TemplatesTab })),
);
const CitationsTab = React.lazy(() =>
  import(/* webpackChunkName: "tab-citations" */ "./tabs/CitationsTab").then((m) => ({ default: m.CitationsTab })),
);
const ChecksTab = React.lazy(() =>
  import(/* webpackChunkName: "tab-checks" */ "./tabs/ChecksTab").then((m) => ({ default: m.ChecksTab })),
);

/** The four tabs in their fixed order, with their Vietnamese labels. */
export const TABS: ReadonlyArray<{ id: TabId; label: string; Component: React.ComponentType<TabProps> }> = [
  { id: "header", label: "Tiêu đề & khối kết", Component: HeaderTab },
  { id: "templates", label: "Mẫu & đề mục", Component: TemplatesTab },
  { id: "citations", label: "Căn cứ pháp lý", Component: CitationsTab },
  { id: "checks", label: "Kiểm tra", Component: ChecksTab },
];

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    minHeight: "100%",
    // The tab list lays itself out by the pane's width (Word gives 320–380 px, the playground any width).
    containerType: "inline-size",
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
  header: {
    paddingTop: tokens.spacingVerticalS,
    paddingLeft: tokens.spacingHorizontalM,
    paddingRight: tokens.spacingHorizontalM,
  },
  tabs: {
    flexWrap: "wrap",
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    // Four tabs do not fit one row in a narrow pane: two even rows of two instead of three and a straggler.
    "@container (max-width: 460px)": { display: "grid", gridTemplateColumns: "repeat(2, minmax(0, 1fr))" },
  },
  panel: {
    flexGrow: 1,
    padding: tokens.spacingHorizontalM,
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "-2px" },
    // A native input or select is as wide as its size or its longest option; let it shrink to its column, so
    // a 320 px pane never scrolls sideways.
    [`& .${inputClassNames.root}, & .${selectClassNames.root}`]: { minWidth: 0 },
    [`& .${selectClassNames.select}`]: { minWidth: 0, textOverflow: "ellipsis" },
  },
});

export interface AppProps extends TabProps {
  /** Force a theme (tests, playground ?theme=dark); otherwise the Office theme is followed. */
  theme?: ThemeName;
  /** The Office theme, from the entry point inside Word; without it the browser's colour scheme is followed. */
  hostTheme?: HostThemeSource;
  initialTab?: TabId;
}

/** The task pane: a themed shell with four keyboard-reachable tabs. Tabs mount on first visit and keep their state. */
export function App({ theme, hostTheme, initialTab = "header", ...tabProps }: AppProps): React.JSX.Element {
  const styles = useStyles();
  const themeName = useHostTheme(theme, hostTheme);
  const [selected, setSelected] = React.useState<TabId>(initialTab);
  const [visited, setVisited] = React.useState<ReadonlySet<TabId>>(() => new Set([initialTab]));

  const select = (id: TabId) => {
    setSelected(id);
    setVisited((v) => (v.has(id) ? v : new Set([...v, id])));
  };

  return (
    <FluentProvider theme={fluentTheme(themeName)} className={styles.root} data-theme={themeName}>
      <div className={styles.header}>
        <Subtitle2 as="h1">Văn bản hành chính</Subtitle2>
      </div>
      <TabList
        className={styles.tabs}
        selectedValue={selected}
        onTabSelect={(_e, data) => select(data.value as TabId)}
        aria-label="Các chức năng"
        size="small"
      >
        {TABS.map((t) => (
          <Tab key={t.id} value={t.id} id={`vbhc-tab-${t.id}`} aria-controls={`vbhc-panel-${t.id}`}>
            {t.label}
          </Tab>
        ))}
      </TabList>
      {TABS.map(({ id, label, Component }) =>
        visited.has(id) ? (
          <div
            key={id}
            id={`vbhc-panel-${id}`}
            role="tabpanel"
            aria-labelledby={`vbhc-tab-${id}`}
            hidden={selected !== id}
            tabIndex={0}
            className={styles.panel}
          >
            <ErrorBoundary area={`thẻ “${label}”`}>
              <React.Suspense fallback={<Spinner size="small" label="Đang tải…" />}>
                <Component {...tabProps} />
              </React.Suspense>
            </ErrorBoundary>
          </div>
        ) : null,
      )}
    </FluentProvider>
  );
}
