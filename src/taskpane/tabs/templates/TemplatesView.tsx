import * as React from "react";
import {
  Button,
  Field,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Select,
  Subtitle2,
  tokens,
} from "@fluentui/react-components";
import { placeAtCursor, placementNote } from "../../insert-at-cursor";
import type { TabProps } from "../../tab-props";
import { emptyForm, loadProfile } from "../header/header-form";
import { ARTICLE_LEVELS, type HeadingLevelId, PLAIN_LEVELS } from "./heading-levels";
import type { TemplatesCore } from "./templates-core";

export interface TemplatesViewProps extends TabProps {
  core: TemplatesCore;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  actions: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS },
});

type Status = { intent: "success" | "error" | "warning" | "info"; text: string } | undefined;

/** The "Mẫu & đề mục" tab: new document from a template, section scaffolds, next heading, renumber. */
export function TemplatesView({ adapter, settings, core }: TemplatesViewProps): React.JSX.Element {
  const styles = useStyles();
  const [slug, setSlug] = React.useState(core.types.find((t) => t.slug === "bao-cao")?.slug ?? core.types[0]?.slug);
  const levels = core.hasArticles(slug) ? ARTICLE_LEVELS : PLAIN_LEVELS;
  const [level, setLevel] = React.useState<HeadingLevelId>(levels[1]?.id ?? levels[0].id);
  const [confirmNonEmpty, setConfirmNonEmpty] = React.useState(false);
  const [status, setStatus] = React.useState<Status>();
  const [busy, setBusy] = React.useState(false);

  React.useEffect(() => {
    if (!levels.some((l) => l.id === level)) setLevel(levels[1]?.id ?? levels[0].id);
  }, [levels, level]);

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

  const insertTemplate = () => {
    const ooxml = core.toOoxml(core.documentXml(slug, loadProfile(settings, emptyForm())));
    return adapter.insertOoxml(ooxml, "end");
  };

  const newFromTemplate = () =>
    run(async () => {
      const missing = core.missing(slug, loadProfile(settings, emptyForm()));
      if (missing.length > 0) {
        return {
          intent: "error",
          text: `Hồ sơ cơ quan chưa đủ để tạo mẫu (điền ở thẻ “Tiêu đề & khối kết” rồi bấm Lưu): ${missing.join(" ")}`,
        };
      }
      const doc = await adapter.readSnapshot();
      if (doc.paragraphs.some((p) => p.text.trim() !== "")) {
        // Never delete user text: ask before adding the template after it.
        setConfirmNonEmpty(true);
        return undefined;
      }
      await insertTemplate();
      return { intent: "success", text: "Đã tạo văn bản từ mẫu." };
    });

  const confirmInsert = () =>
    run(async () => {
      setConfirmNonEmpty(false);
      await insertTemplate();
      return { intent: "success", text: "Đã chèn mẫu vào cuối văn bản (nội dung cũ được giữ nguyên)." };
    });

  const insertScaffold = () =>
    run(async () => {
      const xml = core.scaffoldXml(slug);
      if (!xml) return { intent: "info", text: "Loại văn bản này chưa có khung đề mục." };
      const place = await placeAtCursor(adapter);
      await adapter.insertOoxml(core.toOoxml(xml), place.location);
      return { intent: "success", text: `Đã chèn khung đề mục${placementNote(place)}.` };
    });

  const insertHeading = () =>
    run(async () => {
      // The heading goes where the cursor is (never into a table or over text), numbered for that place;
      // the caret then moves to it, so the next click numbers the next one.
      const place = await placeAtCursor(adapter);
      const marker = core.nextHeading(place.doc, level, place.at);
      await adapter.insertOoxml(core.toOoxml(core.headingXml(level, marker)), place.location);
      return { intent: "success", text: `Đã chèn đề mục “${marker.trim()}”${placementNote(place)}.` };
    });

  const renumber = () =>
    run(async () => {
      const doc = await adapter.readSnapshot();
      const edits = core.renumber(doc);
      if (edits.length === 0) return { intent: "info", text: "Số thứ tự đề mục đã đúng, không cần sửa." };
      const result = await adapter.applyEdits(edits);
      const skipped = result.skipped ? ` (${result.skipped} chỗ đã thay đổi nên bỏ qua)` : "";
      return { intent: "success", text: `Đã sửa ${result.applied} số thứ tự${skipped}.` };
    });

  const levelName = levels.find((l) => l.id === level)?.label ?? "";

  return (
    <div className={styles.root} data-testid="templates-tab">
      <Subtitle2 as="h2">Mẫu văn bản và đề mục</Subtitle2>
      <section className={styles.section} aria-label="Mẫu văn bản">
        <Field label="Loại văn bản">
          <Select value={slug} onChange={(_e, d) => setSlug(d.value)}>
            {core.types.map((t) => (
              <option key={t.slug} value={t.slug}>
                {t.name}
              </option>
            ))}
          </Select>
        </Field>
        <div className={styles.actions}>
          <Button appearance="primary" disabled={busy} onClick={() => void newFromTemplate()}>
            Tạo văn bản mới từ mẫu
          </Button>
          <Button disabled={busy} onClick={() => void insertScaffold()}>
            Chèn khung đề mục
          </Button>
        </div>
        {confirmNonEmpty && (
          <MessageBar intent="warning" data-testid="templates-confirm">
            <MessageBarBody>
              Văn bản đang có nội dung. Mẫu sẽ được chèn vào cuối, không xóa nội dung hiện có. Tiếp tục?
            </MessageBarBody>
            <MessageBarActions>
              <Button size="small" onClick={() => void confirmInsert()}>
                Chèn vào cuối
              </Button>
              <Button size="small" appearance="subtle" onClick={() => setConfirmNonEmpty(false)}>
                Hủy
              </Button>
            </MessageBarActions>
          </MessageBar>
        )}
      </section>
      <section className={styles.section} aria-label="Đề mục">
        <Field label="Cấp đề mục">
          <Select value={level} onChange={(_e, d) => setLevel(d.value as HeadingLevelId)}>
            {levels.map((l) => (
              <option key={l.id} value={l.id}>
                {l.label}
              </option>
            ))}
          </Select>
        </Field>
        <div className={styles.actions}>
          <Button disabled={busy} onClick={() => void insertHeading()} aria-label={`Chèn đề mục cấp ${levelName}`}>
            Chèn đề mục cấp {levelName}
          </Button>
          <Button disabled={busy} onClick={() => void renumber()}>
            Đánh số lại toàn bộ
          </Button>
        </div>
      </section>
      {status && (
        <MessageBar intent={status.intent} data-testid="templates-status">
          <MessageBarBody>{status.text}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
