import * as React from "react";
import {
  Button,
  FluentProvider,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";
import { App } from "../taskpane/App";
import { Unsupported } from "../taskpane/Unsupported";
import type { HostSupport } from "../taskpane/host-check";
import type { SettingsStore } from "../taskpane/tab-props";
import type { ThemeName } from "../taskpane/theme";
import type { WordAdapter } from "../word/adapter";

export interface PlaygroundProps {
  adapter: WordAdapter;
  settings: SettingsStore;
  documentSettings: SettingsStore;
  support: HostSupport;
  /** HTML of the fake host's document (already escaped by the renderer). */
  renderDocument: () => string;
  /** Subscribes to document/selection changes; returns the unsubscribe function. */
  subscribe: (listener: () => void) => () => void;
  exportDocx: () => Promise<Blob>;
  theme?: ThemeName;
}

const useStyles = makeStyles({
  page: { display: "flex", flexDirection: "column", height: "100%" },
  main: { display: "flex", flexGrow: 1, minHeight: 0 },
  doc: {
    flexGrow: 1,
    overflowY: "auto",
    backgroundColor: "#e8e8e8",
    padding: "24px",
  },
  paper: {
    maxWidth: "210mm",
    margin: "0 auto",
    backgroundColor: "#ffffff",
    color: "#000000",
    padding: "20mm 15mm 20mm 30mm",
    boxShadow: "0 1px 4px rgba(0,0,0,0.25)",
    fontFamily: '"Times New Roman", "Liberation Serif", serif',
    fontSize: "14pt",
    lineHeight: 1.3,
  },
  pane: {
    width: "380px",
    flexShrink: 0,
    overflowY: "auto",
    borderLeft: `1px solid ${tokens.colorNeutralStroke1}`,
  },
  banner: { display: "flex", alignItems: "center", columnGap: "12px" },
});

/** The playground page: the fake host's document on the left, the real task pane on the right. */
export function Playground(props: PlaygroundProps): React.JSX.Element {
  const styles = useStyles();
  const [html, setHtml] = React.useState(() => props.renderDocument());
  const [downloadError, setDownloadError] = React.useState<string>();
  const { subscribe, renderDocument } = props;

  React.useEffect(() => subscribe(() => setHtml(renderDocument())), [subscribe, renderDocument]);

  // As Word's range.select() does, bring the selection into view when it is outside the visible page
  // (after “Đến vị trí”, or an insert far from where the reader is).
  const docRef = React.useRef<HTMLElement>(null);
  React.useLayoutEffect(() => {
    const box = docRef.current;
    const mark = box?.querySelector<HTMLElement>("mark.selection");
    if (!box || !mark) return;
    const view = box.getBoundingClientRect();
    const at = mark.getBoundingClientRect();
    if (at.top < view.top || at.bottom > view.bottom) mark.scrollIntoView?.({ block: "center" });
  }, [html]);

  const download = async () => {
    try {
      const blob = await props.exportDocx();
      const url = URL.createObjectURL(blob);
      const a = document.createElement("a");
      a.href = url;
      a.download = "bao-cao-mau.docx";
      a.click();
      setTimeout(() => URL.revokeObjectURL(url), 1000);
      setDownloadError(undefined);
    } catch (err) {
      setDownloadError(`Không tạo được tệp .docx: ${(err as Error).message}`);
    }
  };

  return (
    <FluentProvider theme={webLightTheme} className={styles.page}>
      <MessageBar intent="info" data-testid="playground-banner">
        <MessageBarBody className={styles.banner}>
          <MessageBarTitle>Sân thử VBHC</MessageBarTitle>
          Ngăn thật chạy trên Word giả lập với một báo cáo mẫu có vài lỗi điển hình. Mọi thay đổi chỉ ở trong trang này.
        </MessageBarBody>
        <Button size="small" onClick={() => void download()}>
          Tải .docx
        </Button>
      </MessageBar>
      {downloadError && (
        <MessageBar intent="error">
          <MessageBarBody>{downloadError}</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.main}>
        <main className={styles.doc} aria-label="Văn bản (Word giả lập)" ref={docRef}>
          {/* eslint-disable-next-line react/no-danger -- renderToHtml escapes every document text and attribute with escapeHtml */}
          <div className={styles.paper} data-testid="document" dangerouslySetInnerHTML={{ __html: html }} />
        </main>
        <aside className={styles.pane} aria-label="Ngăn Văn bản hành chính" data-testid="taskpane">
          {props.support === "ok" ? (
            <App
              adapter={props.adapter}
              settings={props.settings}
              documentSettings={props.documentSettings}
              theme={props.theme}
            />
          ) : (
            <Unsupported reason={props.support} />
          )}
        </aside>
      </div>
    </FluentProvider>
  );
}
