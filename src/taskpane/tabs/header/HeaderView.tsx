import * as React from "react";
import {
  Button,
  Caption1,
  Checkbox,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Select,
  Subtitle2,
  Text,
  Textarea,
  tokens,
} from "@fluentui/react-components";
import { DOCUMENT_TYPES, SECRECY, SIGNING_PREFIXES, URGENCY } from "../../../core/rules";
import { placeAtCursor, placementNote } from "../../insert-at-cursor";
import type { TabProps } from "../../tab-props";
import type { BlockPart, HeaderCore } from "./header-core";
import {
  emptyForm,
  type FieldErrors,
  type HeaderField,
  type HeaderForm,
  loadProfile,
  saveProfile,
} from "./header-form";
import { ooxmlToHtml, PAGE_TEXT_EMS } from "./ooxml-preview";

export interface HeaderViewProps extends TabProps {
  core: HeaderCore;
  /** Today's date for the default; injectable for tests. */
  now?: Date;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  grid: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) minmax(0, 1fr)",
    // Each field keeps its own height: a hint or an error under one field must not stretch its neighbour.
    alignItems: "start",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalS,
  },
  wide: { gridColumn: "1 / -1" },
  previewSection: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  previewTitle: { margin: 0 },
  actions: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS },
  preview: {
    // The preview is a sheet of paper: it keeps paper colours in both themes, framed by theme tokens.
    backgroundColor: "#ffffff",
    color: "#000000",
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalS,
    fontFamily: '"Times New Roman", "Liberation Serif", serif',
    // The page inside is sized from this box's width (container query units).
    containerType: "inline-size",
  },
  page: {
    // Run sizes are emitted relative to the 14 pt body (see ooxml-preview), and a text line is PAGE_TEXT_EMS such
    // ems: so the page scales to the pane's width as a whole. Webviews without container units use 8 pt.
    fontSize: ["8pt", `calc(100cqi / ${PAGE_TEXT_EMS.toFixed(2)})`],
  },
});

type Status = { intent: "success" | "error" | "warning"; text: string } | undefined;

/** Labels of the fields whose errors can hold back the preview. */
const FIELD_LABEL: Record<string, string> = {
  agency: "Cơ quan ban hành",
  agencyCode: "Viết tắt cơ quan",
  number: "Số",
  place: "Địa danh",
  date: "Ngày",
  subject: "Trích yếu",
  typeSlug: "Loại văn bản",
};

/** The "Tiêu đề & khối kết" form: fills the header and closing blocks, previews them, inserts each in one call. */
export function HeaderView({ adapter, settings, core, now }: HeaderViewProps): React.JSX.Element {
  const styles = useStyles();
  const [form, setForm] = React.useState<HeaderForm>(() => loadProfile(settings, emptyForm(now)));
  const [errors, setErrors] = React.useState<FieldErrors>({});
  const [tried, setTried] = React.useState<BlockPart>();
  const [status, setStatus] = React.useState<Status>();
  const [busy, setBusy] = React.useState(false);

  const set = <K extends HeaderField>(key: K, value: HeaderForm[K]) => {
    setForm((f) => ({ ...f, [key]: value }));
  };
  // After a refused insert, messages follow the user's corrections live.
  React.useEffect(() => {
    if (tried) setErrors(core.validate(form, tried));
  }, [core, form, tried]);
  const text = (key: HeaderField) => ({
    value: String(form[key]),
    onChange: (_e: unknown, d: { value: string }) => set(key, d.value as HeaderForm[typeof key]),
  });
  const fieldProps = (key: HeaderField) =>
    errors[key] ? { validationMessage: errors[key], validationState: "error" as const } : {};

  // The date is judged when the user leaves the field, not only at Chèn.
  const checkDate = () => {
    const message = core.validate(form, "header").date;
    setErrors((e) => {
      const { date: _old, ...rest } = e;
      return message ? { ...rest, date: message } : rest;
    });
  };
  // What keeps the header from being previewed: named fields, so a typo is not reported as a missing field.
  const headerProblems = React.useMemo(() => Object.keys(core.validate(form, "header")), [core, form]);

  // Each part is previewed as soon as it is valid; the builders refuse invalid input.
  const previewHtml = React.useMemo(() => {
    const part = (build: (f: HeaderForm) => string, which: BlockPart) => {
      if (Object.keys(core.validate(form, which)).length > 0) return "";
      try {
        return build(form);
      } catch {
        return "";
      }
    };
    return ooxmlToHtml(part(core.headerXml, "header") + part(core.closingXml, "closing"));
  }, [core, form]);

  const insert = async (which: BlockPart) => {
    setTried(which);
    const found = core.validate(form, which);
    setErrors(found);
    if (Object.keys(found).length > 0) {
      setStatus({ intent: "error", text: "Chưa chèn: hãy sửa các ô được đánh dấu." });
      return;
    }
    setBusy(true);
    try {
      let note = "";
      if (which === "header") await adapter.insertOoxml(core.toOoxml(core.headerXml(form)), "start");
      else {
        // At the cursor, but never inside the header or another table, and never over selected text.
        const place = await placeAtCursor(adapter);
        await adapter.insertOoxml(core.toOoxml(core.closingXml(form)), place.location);
        note = placementNote(place);
      }
      await saveProfile(settings, form);
      setStatus({
        intent: "success",
        text: which === "header" ? "Đã chèn tiêu đề ở đầu văn bản." : `Đã chèn khối kết tại vị trí con trỏ${note}.`,
      });
    } catch (err) {
      setStatus({ intent: "error", text: `Không chèn được: ${(err as Error).message}` });
    } finally {
      setBusy(false);
    }
  };

  const save = async () => {
    await saveProfile(settings, form);
    setStatus({ intent: "success", text: "Đã lưu hồ sơ cơ quan." });
  };

  return (
    <form className={styles.root} data-testid="header-tab" onSubmit={(e) => e.preventDefault()} noValidate>
      <Subtitle2 as="h2">Tiêu đề và khối kết</Subtitle2>
      <div className={styles.grid}>
        <Field label="Kiểu văn bản" className={styles.wide}>
          <RadioGroup
            layout="horizontal"
            value={form.style}
            onChange={(_e, d) => set("style", d.value === "party" ? "party" : "state")}
          >
            <Radio value="state" label="Nhà nước" />
            <Radio value="party" label="Đảng" />
          </RadioGroup>
        </Field>
        <Field label="Cơ quan chủ quản" className={styles.wide} {...fieldProps("parentAgency")}>
          <Input {...text("parentAgency")} />
        </Field>
        <Field label="Cơ quan ban hành" required className={styles.wide} {...fieldProps("agency")}>
          <Input {...text("agency")} />
        </Field>
        <Field label="Viết tắt cơ quan" {...fieldProps("agencyCode")}>
          <Input {...text("agencyCode")} />
        </Field>
        <Field label="Đơn vị soạn thảo" {...fieldProps("unit")}>
          <Input {...text("unit")} />
        </Field>
        <Checkbox
          className={styles.wide}
          checked={form.unitInNumber}
          onChange={(_e, d) => set("unitInNumber", d.checked === true)}
          label="Ghi đơn vị soạn thảo trong số, ký hiệu (05/BC-STTTT-VP)"
        />
        <Field label="Loại văn bản" {...fieldProps("typeSlug")}>
          <Select value={form.typeSlug} onChange={(_e, d) => set("typeSlug", d.value)}>
            {DOCUMENT_TYPES.map((t) => (
              <option key={t.slug} value={t.slug}>
                {t.abbr ? `${t.name} (${t.abbr})` : t.name}
              </option>
            ))}
          </Select>
        </Field>
        <Field label="Số" hint="Để trống nếu là dự thảo" {...fieldProps("number")}>
          <Input inputMode="numeric" {...text("number")} />
        </Field>
        <Field label="Địa danh" {...fieldProps("place")}>
          <Input {...text("place")} />
        </Field>
        <Field label="Ngày" hint="dd/mm/yyyy; để trống nếu là dự thảo" {...fieldProps("date")}>
          <Input placeholder="05/02/2026" inputMode="numeric" {...text("date")} onBlur={checkDate} />
        </Field>
        <Field label="Trích yếu" className={styles.wide} {...fieldProps("subject")}>
          <Textarea resize="vertical" {...text("subject")} />
        </Field>
        <Field label="Độ mật" {...fieldProps("secrecy")}>
          <Select value={form.secrecy} onChange={(_e, d) => set("secrecy", d.value)}>
            <option value="">Không</option>
            {SECRECY.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </Select>
        </Field>
        <Field label="Độ khẩn" {...fieldProps("urgency")}>
          <Select value={form.urgency} onChange={(_e, d) => set("urgency", d.value)}>
            <option value="">Không</option>
            {URGENCY.map((u) => (
              <option key={u.text} value={u.text}>
                {u.text}
              </option>
            ))}
          </Select>
        </Field>
        <Field label="Kính gửi" hint="Mỗi dòng một nơi" className={styles.wide} {...fieldProps("recipients")}>
          <Textarea resize="vertical" {...text("recipients")} />
        </Field>
        <Field label="Nơi nhận" hint="Mỗi dòng một nơi" className={styles.wide} {...fieldProps("copyTo")}>
          <Textarea resize="vertical" {...text("copyTo")} />
        </Field>
        <Field label="Quyền hạn ký" {...fieldProps("authority")}>
          <Select value={form.authority} onChange={(_e, d) => set("authority", d.value as HeaderForm["authority"])}>
            <option value="">Ký trực tiếp</option>
            {SIGNING_PREFIXES.map((p) => (
              <option key={p.authority} value={p.authority}>
                {`${form.style === "party" ? (p.party ?? p.state) : p.state} (${p.meaning})`}
              </option>
            ))}
          </Select>
        </Field>
        <Field label="Chức vụ" {...fieldProps("signerTitle")}>
          <Input {...text("signerTitle")} />
        </Field>
        {form.authority !== "" && form.authority !== "Q" && (
          <Field
            label={form.authority === "KT" ? "Chức vụ cấp phó" : "Chức vụ người ký (dưới dòng quyền hạn)"}
            className={styles.wide}
            {...fieldProps("deputyTitle")}
          >
            <Input {...text("deputyTitle")} />
          </Field>
        )}
        <Field label="Người ký" className={styles.wide} {...fieldProps("signer")}>
          <Input {...text("signer")} />
        </Field>
      </div>
      <div className={styles.actions}>
        <Button appearance="primary" disabled={busy} onClick={() => void insert("header")}>
          Chèn tiêu đề
        </Button>
        <Button disabled={busy} onClick={() => void insert("closing")}>
          Chèn khối kết
        </Button>
        <Button appearance="subtle" onClick={() => void save()}>
          Lưu hồ sơ cơ quan
        </Button>
      </div>
      {status && (
        <MessageBar intent={status.intent} data-testid="header-status">
          <MessageBarBody>{status.text}</MessageBarBody>
        </MessageBar>
      )}
      <section aria-label="Xem trước" className={styles.previewSection}>
        <Text as="h3" size={200} weight="semibold" className={styles.previewTitle}>
          Xem trước
        </Text>
        {previewHtml ? (
          <div className={styles.preview} data-testid="header-preview">
            {/* eslint-disable-next-line react/no-danger -- ooxmlToHtml escapes every text with escapeHtml and writes only its own tags and numeric styles */}
            <div className={styles.page} dangerouslySetInnerHTML={{ __html: previewHtml }} />
          </div>
        ) : (
          <Caption1 as="p" data-testid="preview-note">
            {headerProblems.length > 0 && headerProblems.every((f) => form[f as HeaderField] !== "")
              ? `Chưa xem trước được: hãy sửa ô ${headerProblems.map((f) => FIELD_LABEL[f] ?? f).join(", ")}.`
              : "Điền đủ các ô bắt buộc để xem trước."}
          </Caption1>
        )}
      </section>
    </form>
  );
}
