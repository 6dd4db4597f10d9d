import * as React from "react";
import {
  Button,
  Caption1,
  FluentProvider,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";
import { App } from "../taskpane/App";
import type { FakeDocumentModel } from "../word/fake/model";
import { EditableDocument } from "./EditableDocument";
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
  /** The fake host's document: the page edits it directly, the pane through the adapter. */
  model: FakeDocumentModel;
  /** Subscribes to document/selection changes made through the adapter; returns the unsubscribe function. */
  subscribe: (listener: () => void) => () => void;
  exportDocx: () => Promise<Blob>;
  /** Opens a .docx in place of the current document, or a blank page without one. */
  openDocument: (docx?: Uint8Array) => Promise<void>;
  /** Name the download gets at first (then the opened file's). */
  fileName?: string;
  theme?: ThemeName;
}

const DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

const useStyles = makeStyles({
  page: { display: "flex", flexDirection: "column", height: "100%" },
  main: { display: "flex", flexGrow: 1, minHeight: 0 },
  doc: {
    flexGrow: 1,
    overflowY: "auto",
    backgroundColor: "#e8e8e8",
    padding: "24px",
  },
  dropping: { outline: `3px dashed ${tokens.colorBrandStroke1}`, outlineOffset: "-6px" },
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
    minHeight: "120mm",
    outlineStyle: "none",
    caretColor: "#000000",
    cursor: "text",
    // While the page has the focus, the browser draws the selection; the marks are for when it has not.
    ":focus mark.selection": { backgroundColor: "transparent", color: "inherit" },
  },
  pane: {
    width: "380px",
    flexShrink: 0,
    overflowY: "auto",
    borderLeft: `1px solid ${tokens.colorNeutralStroke1}`,
  },
  banner: { display: "flex", alignItems: "center", columnGap: "12px" },
  toolbar: {
    display: "flex",
    alignItems: "center",
    columnGap: "8px",
    rowGap: "4px",
    flexWrap: "wrap",
    padding: "4px 12px",
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  hidden: { display: "none" },
});

/** The playground page: the fake host's document on the left, the real task pane on the right. */
export function Playground(props: PlaygroundProps): React.JSX.Element {
  const styles = useStyles();
  const [error, setError] = React.useState<string>();
  const [fileName, setFileName] = React.useState(props.fileName ?? "van-ban.docx");
  // A new document restarts the pane, as Word does when another document is opened.
  const [generation, setGeneration] = React.useState(0);
  const [dropping, setDropping] = React.useState(false);
  const fileInput = React.useRef<HTMLInputElement>(null);
  const { openDocument } = props;

  const download = async () => {
    try {
      const blob = await props.exportDocx();
      const url = URL.createObjectURL(blob);
      const a = document.createElement("a");
      a.href = url;
      a.download = fileName;
      a.click();
      setTimeout(() => URL.revokeObjectURL(url), 1000);
      setError(undefined);
    } catch (err) {
      setError(`Không tạo được tệp .docx: ${(err as Error).message}`);
    }
  };

  const open = React.useCallback(
    async (file?: File) => {
      try {
        if (file && !/\.docx$/i.test(file.name) && file.type !== DOCX_TYPE) {
          setError(`Chỉ mở được tệp Word .docx (tệp đã chọn: ${file.name}).`);
          return;
        }
        await openDocument(file ? new Uint8Array(await file.arrayBuffer()) : undefined);
        setFileName(file ? file.name : "van-ban.docx");
        setGeneration((g) => g + 1);
        setError(undefined);
      } catch (err) {
        setError(`Không mở được tệp ${file?.name ?? ""}: ${(err as Error).message}`);
      }
    },
    [openDocument],
  );

  const onDrop = (e: React.DragEvent) => {
    e.preventDefault();
    setDropping(false);
    const file = e.dataTransfer.files[0];
    if (file) void open(file);
  };
  const onDragOver = (e: React.DragEvent) => {
    if (![...e.dataTransfer.types].includes("Files")) return;
    e.preventDefault();
    setDropping(true);
  };

  return (
    <FluentProvider theme={webLightTheme} className={styles.page}>
      <MessageBar intent="info" data-testid="playground-banner">
        <MessageBarBody className={styles.banner}>
          <MessageBarTitle>Sân thử VBHC</MessageBarTitle>
          Ngăn thật chạy trên một Word giả lập trong trình duyệt. Bấm vào văn bản để soạn; mọi thay đổi chỉ ở trong
          trang này.
        </MessageBarBody>
      </MessageBar>
      <div className={styles.toolbar} role="toolbar" aria-label="Tệp văn bản">
        <Button size="small" onClick={() => void open()}>
          Văn bản trống
        </Button>
        <Button size="small" onClick={() => fileInput.current?.click()}>
          Mở tệp .docx…
        </Button>
        <input
          ref={fileInput}
          className={styles.hidden}
          type="file"
          accept={`.docx,${DOCX_TYPE}`}
          aria-label="Mở tệp .docx"
          data-testid="open-docx"
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = "";
            if (file) void open(file);
          }}
        />
        <Button size="small" onClick={() => void download()}>
          Tải .docx
        </Button>
        <Caption1>hoặc kéo thả một tệp .docx vào trang văn bản</Caption1>
      </div>
      {error && (
        <MessageBar intent="error" data-testid="playground-error">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.main}>
        <main
          className={dropping ? `${styles.doc} ${styles.dropping}` : styles.doc}
          aria-label="Văn bản (Word giả lập)"
          onDragOver={onDragOver}
          onDragLeave={() => setDropping(false)}
          onDrop={onDrop}
        >
          <EditableDocument key={generation} className={styles.paper} model={props.model} subscribe={props.subscribe} />
        </main>
        <aside className={styles.pane} aria-label="Ngăn Văn bản hành chính" data-testid="taskpane">
          {props.support === "ok" ? (
            <App
              key={generation}
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
