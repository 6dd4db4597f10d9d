import * as React from "react";
import {
  Button,
  Dropdown,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Option,
  tokens,
} from "@fluentui/react-components";
import { type CatalogEntry, typedDay, type TypedSymbolInfo } from "./citations-core";

export interface ComposePanelProps {
  typed: TypedSymbolInfo;
  /** Saves the composed entry to the organisation catalog and chooses it for insertion. */
  onCompose: (entry: CatalogEntry) => Promise<void> | void;
  busy?: boolean;
}

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  actions: { display: "flex", columnGap: tokens.spacingHorizontalS },
});

/**
 * A symbol the catalogs lack: say so, and let the officer compose the citation from the symbol itself
 * (type and issuer read from the ký hiệu; date and trích yếu filled in), saved to the organisation catalog.
 */
export function ComposePanel({ typed, onCompose, busy }: ComposePanelProps): React.JSX.Element {
  const styles = useStyles();
  const c = typed.composed;
  const [open, setOpen] = React.useState(false);
  const [type, setType] = React.useState(c.type);
  const [date, setDate] = React.useState("");
  const [issuer, setIssuer] = React.useState(c.issuer);
  const [title, setTitle] = React.useState("");
  const [touched, setTouched] = React.useState(false);
  React.useEffect(() => {
    setType(c.type);
    setIssuer(c.issuer);
  }, [c.type, c.issuer]);

  const iso = typedDay(date);
  const dateError = touched && !iso ? "Ngày theo dạng dd/mm/yyyy, ví dụ 20/11/2018." : undefined;
  const yearError =
    iso && typed.year !== undefined && Number(iso.slice(0, 4)) !== typed.year
      ? `Năm ban hành phải là ${typed.year}, như trong số, ký hiệu.`
      : undefined;

  const save = async () => {
    setTouched(true);
    if (!iso || yearError) return;
    await onCompose({
      id: typed.makeId(type, iso),
      type,
      symbol: c.symbol,
      date: iso,
      issuer: issuer.trim(),
      title: title.trim(),
      effective: null,
      status: "unknown",
      replacedBy: null,
      replacedOn: null,
      family: c.family,
      source: "soạn từ số, ký hiệu",
    });
    setOpen(false);
  };

  return (
    <MessageBar intent="warning" layout="multiline" data-testid="typed-symbol">
      <MessageBarBody>
        Số, ký hiệu <b>{c.symbol}</b> không có trong danh mục. Các kết quả bên dưới (nếu có) là văn bản khác.
        {open && (
          <div className={styles.form} data-testid="compose-form">
            <Field label="Loại văn bản">
              <Dropdown
                value={type}
                selectedOptions={[type]}
                onOptionSelect={(_e, d) => d.optionValue && setType(d.optionValue)}
              >
                {[c.type, ...c.alternatives].map((t) => (
                  <Option key={t} value={t}>
                    {t}
                  </Option>
                ))}
              </Dropdown>
            </Field>
            <Field label="Ngày ban hành" hint="dd/mm/yyyy" validationMessage={dateError ?? yearError}>
              <Input value={date} onChange={(_e, d) => setDate(d.value)} onBlur={() => setTouched(true)} />
            </Field>
            <Field label="Cơ quan ban hành">
              <Input value={issuer} onChange={(_e, d) => setIssuer(d.value)} />
            </Field>
            <Field label="Trích yếu (tên văn bản)" hint="Luật: tên luật, ví dụ “Luật Phòng, chống tham nhũng”">
              <Input value={title} onChange={(_e, d) => setTitle(d.value)} />
            </Field>
            <div className={styles.actions}>
              <Button appearance="primary" disabled={busy} onClick={() => void save()}>
                Lưu vào danh mục và chọn
              </Button>
              <Button onClick={() => setOpen(false)}>Hủy</Button>
            </div>
          </div>
        )}
      </MessageBarBody>
      {!open && (
        <MessageBarActions>
          <Button size="small" onClick={() => setOpen(true)}>
            Soạn trích dẫn
          </Button>
        </MessageBarActions>
      )}
    </MessageBar>
  );
}
