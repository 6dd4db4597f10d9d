import * as React from "react";
import {
  Badge,
  Body1,
  Button,
  Caption1,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Subtitle2,
  Switch,
  Text,
  tokens,
} from "@fluentui/react-components";
import type { CheckResult, Finding, NotEvaluatedItem } from "../../../core/checks/types";
import { planFixes } from "../../../core/checks/verify-fixes";
import type { DocumentSnapshot } from "../../../core/model/document";
import type { Edit } from "../../../core/model/edits";
import type { TabProps } from "../../tab-props";
import { withPageLayout } from "./page-layout";
import { loadDisabledRules, saveDisabledRules, SWITCHABLE_RULES } from "./disabled-rules";
import {
  appliedMessage,
  groupFindings,
  IGNORED_SETTING,
  ignoreKey,
  notEvaluatedPlaceText,
  notEvaluatedReason,
  parseIgnored,
  serializeIgnored,
  summarize,
  visibleFindings,
} from "./findings-model";

/** Runs the checks on a snapshot, reporting progress (rules done / total) between chunks of work. */
export type CheckRunner = (
  doc: DocumentSnapshot,
  onProgress: (done: number, total: number) => void,
  /** Rule ids the agency profile turns off. */
  disabled?: readonly string[],
) => Promise<{
  result: CheckResult;
  ruleTitle: (ruleId: string) => string | undefined;
  /** True for numbering rules (the "Đánh số lại mục" button shows when one fires). */
  isNumbering?: (ruleId: string) => boolean;
}>;

/** The edits of every safe fix among the findings, as one batch ("Sửa tất cả"). */
export type SafeFixer = (doc: DocumentSnapshot, findings: readonly Finding[]) => Edit[];

/** Edits that renumber the document's headings (empty when nothing is off). */
export type Renumberer = (doc: DocumentSnapshot) => Edit[];

export interface ChecksViewProps extends TabProps {
  runner: CheckRunner;
  renumber?: Renumberer;
  safeFixes?: SafeFixer;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  actions: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS },
  summary: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
  },
  group: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  rule: {
    borderLeft: `3px solid ${tokens.colorNeutralStroke1}`,
    paddingLeft: tokens.spacingHorizontalS,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
  },
  ruleHead: { display: "flex", flexWrap: "wrap", alignItems: "baseline", columnGap: tokens.spacingHorizontalS },
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
  },
  finding: {
    backgroundColor: tokens.colorNeutralBackground2,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalS,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
  },
  buttons: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalXS },
  notEvaluated: { color: tokens.colorNeutralForeground2, "& summary": { cursor: "pointer" } },
  place: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "baseline",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
  },
  excerpt: { fontFamily: tokens.fontFamilyMonospace, color: tokens.colorNeutralForeground2, wordBreak: "break-word" },
});

type Status = { intent: "success" | "error" | "info"; text: string } | undefined;

/** The Kiểm tra tab's view; the runner and renumberer are injected so tests can drive it. */
export function ChecksView({
  adapter,
  documentSettings,
  settings,
  runner,
  renumber,
  safeFixes,
}: ChecksViewProps): React.JSX.Element {
  const styles = useStyles();
  const store = documentSettings ?? settings;
  const [running, setRunning] = React.useState(false);
  const [progress, setProgress] = React.useState<{ done: number; total: number }>({ done: 0, total: 0 });
  const [run, setRun] = React.useState<Awaited<ReturnType<CheckRunner>>>();
  const [snapshot, setSnapshot] = React.useState<DocumentSnapshot>();
  const [ignored, setIgnored] = React.useState<Set<string>>(() => parseIgnored(store.get(IGNORED_SETTING)));
  // Rules the agency turned off: in the user's agency profile, not in the document.
  const [disabled, setDisabled] = React.useState<string[]>(() => loadDisabledRules(settings));
  const disabledRef = React.useRef(disabled);
  const [status, setStatus] = React.useState<Status>();
  const busy = React.useRef(false);
  // Where focus goes once a check has rendered: the summary, or the finding now at that place in the list
  // (after “Sửa”, the next one), never the page body.
  const [focusAfter, setFocusAfter] = React.useState<{ finding?: number; seq: number }>();
  const summaryRef = React.useRef<HTMLDivElement>(null);
  const listRef = React.useRef<HTMLElement>(null);

  const check = React.useCallback(
    async (after?: string) => {
      if (busy.current) return;
      busy.current = true;
      setRunning(true);
      setProgress({ done: 0, total: 0 });
      try {
        let doc: DocumentSnapshot;
        try {
          doc = await withPageLayout(adapter, await adapter.readSnapshot());
        } catch (err) {
          setStatus({ intent: "error", text: `Không đọc được văn bản từ Word: ${(err as Error).message}` });
          return;
        }
        const next = await runner(doc, (done, total) => setProgress({ done, total }), disabledRef.current);
        setSnapshot(doc);
        setRun(next);
        const noLayout = doc.pageSetupUnavailable;
        setStatus(
          after ? { intent: "success", text: after } : noLayout ? { intent: "info", text: noLayout } : undefined,
        );
        setFocusAfter((f) => ({ finding: f?.finding, seq: (f?.seq ?? 0) + 1 }));
      } catch (err) {
        setStatus({ intent: "error", text: `Kiểm tra không hoàn thành: ${(err as Error).message}` });
      } finally {
        busy.current = false;
        setRunning(false);
      }
    },
    [adapter, runner],
  );

  React.useEffect(() => {
    if (!focusAfter) return;
    const items = listRef.current?.querySelectorAll<HTMLElement>('[data-testid="finding"]') ?? [];
    const target =
      focusAfter.finding !== undefined && items.length > 0
        ? items[Math.min(focusAfter.finding, items.length - 1)]
        : summaryRef.current;
    target?.focus();
  }, [focusAfter]);

  const startCheck = () => {
    setFocusAfter((f) => ({ seq: f?.seq ?? 0 }));
    void check();
  };

  /** One applyEdits call (one batch, one undo step), then a fresh check; focus goes to `focusIndex`'s finding. */
  const apply = async (edits: Edit[], focusIndex?: number) => {
    if (edits.length === 0) return;
    setFocusAfter((f) => ({ finding: focusIndex, seq: f?.seq ?? 0 }));
    let message: string;
    try {
      const res = await adapter.applyEdits(edits);
      message = appliedMessage(res.applied, res.skipped);
    } catch (err) {
      setStatus({ intent: "error", text: `Không sửa được văn bản: ${(err as Error).message}` });
      return;
    }
    await check(message);
  };

  /** "Fix all of this kind": only the fixes core verified on the re-read result (planFixes). */
  const fixAll = (ruleId: string) => {
    const plan = snapshot
      ? planFixes(
          snapshot,
          visible.filter((f) => f.ruleId === ruleId),
        )
      : undefined;
    if (!plan || plan.edits.length === 0) {
      const why = plan?.refused[0]?.reasonVi ?? "văn bản đã thay đổi, hãy kiểm tra lại";
      setStatus({ intent: "info", text: `Không tự sửa được: ${why}.` });
      return;
    }
    void apply(plan.edits);
  };

  const goTo = async (f: Pick<Finding, "paragraph" | "start" | "end">) => {
    try {
      await adapter.select(f.paragraph, f.start, f.end);
    } catch (err) {
      setStatus({ intent: "error", text: `Không chọn được vị trí trong văn bản: ${(err as Error).message}` });
    }
  };

  const ignore = async (f: Finding) => {
    const next = new Set(ignored);
    next.add(ignoreKey(f));
    setIgnored(next);
    try {
      await store.set(IGNORED_SETTING, serializeIgnored(next));
    } catch {
      setStatus({ intent: "info", text: "Đã ẩn lỗi này, nhưng chưa lưu được vào văn bản." });
    }
  };

  /** A switch of the agency profile: saved for the user, and the document checked again when it was checked. */
  const toggleRule = async (id: string, on: boolean) => {
    const next = on ? disabled.filter((x) => x !== id) : [...disabled, id];
    disabledRef.current = next;
    setDisabled(next);
    try {
      await saveDisabledRules(settings, next);
    } catch {
      setStatus({ intent: "info", text: "Đã đổi, nhưng chưa lưu được vào hồ sơ cơ quan." });
    }
    if (run) await check();
  };

  const restoreIgnored = async () => {
    const empty = new Set<string>();
    setIgnored(empty);
    await store.set(IGNORED_SETTING, serializeIgnored(empty)).catch(() => undefined);
  };

  const visible = run ? visibleFindings(run.result, ignored) : [];
  const summary = run ? summarize(run.result, ignored) : undefined;
  const groups = run ? groupFindings(visible, run.ruleTitle) : [];
  // The findings in the order the list shows them (by severity, then rule).
  const shown = groups.flatMap((g) => g.rules.flatMap((r) => r.findings));
  const isNumbering = run?.isNumbering ?? ((id: string) => id.startsWith("numbering"));
  const hasNumbering = visible.some((f) => isNumbering(f.ruleId));
  const renumberEdits = renumber && snapshot && hasNumbering ? renumber(snapshot) : [];
  const allSafeEdits = safeFixes && snapshot ? safeFixes(snapshot, visible) : [];
  const places = run?.result.notEvaluatedItems ?? [];

  return (
    <section className={styles.root} aria-label="Kiểm tra văn bản" data-testid="checks-tab">
      <div className={styles.actions}>
        <Button appearance="primary" onClick={startCheck} disabled={running}>
          Kiểm tra văn bản
        </Button>
        {allSafeEdits.length > 0 && (
          <Button
            onClick={() => void apply(allSafeEdits)}
            disabled={running}
            title="Áp dụng một lần mọi cách sửa an toàn (một bước hoàn tác)"
          >
            Sửa tất cả
          </Button>
        )}
        {renumberEdits.length > 0 && (
          <Button onClick={() => void apply(renumberEdits)} disabled={running}>
            Đánh số lại mục
          </Button>
        )}
      </div>
      <div className={styles.actions} role="group" aria-label="Hồ sơ cơ quan: quy tắc kiểm tra">
        {SWITCHABLE_RULES.map((r) => (
          <Switch
            key={r.id}
            label={r.label}
            checked={!disabled.includes(r.id)}
            disabled={running}
            onChange={(_, data) => void toggleRule(r.id, data.checked)}
          />
        ))}
      </div>
      {running && (
        <Field
          label={
            progress.total > 0 ? `Đang kiểm tra (${progress.done}/${progress.total} quy tắc)…` : "Đang đọc văn bản…"
          }
          validationState="none"
        >
          <ProgressBar value={progress.total > 0 ? progress.done / progress.total : undefined} />
        </Field>
      )}
      {status && (
        <MessageBar intent={status.intent} role="status" data-testid="checks-status">
          <MessageBarBody>{status.text}</MessageBarBody>
        </MessageBar>
      )}
      {summary && (
        <div
          className={styles.summary}
          role="status"
          aria-label="Tóm tắt kết quả"
          data-testid="checks-summary"
          tabIndex={-1}
          ref={summaryRef}
        >
          <Badge color="danger" appearance="tint">{`${summary.error} lỗi`}</Badge>
          <Badge color="warning" appearance="tint">{`${summary.warning} cảnh báo`}</Badge>
          <Badge color="informative" appearance="tint">{`${summary.info} thông tin`}</Badge>
          <Badge color="subtle" appearance="tint">{`${summary.notEvaluated} không đánh giá`}</Badge>
          {summary.notEvaluatedPlaces > 0 && (
            <Badge color="subtle" appearance="tint">{`${summary.notEvaluatedPlaces} trích dẫn chưa rõ hiệu lực`}</Badge>
          )}
          {summary.ignored > 0 && (
            <Button size="small" appearance="transparent" onClick={() => void restoreIgnored()}>
              {`Hiện lại ${summary.ignored} mục đã bỏ qua`}
            </Button>
          )}
        </div>
      )}
      {run && snapshot && run.result.notEvaluated.length > 0 && (
        <details className={styles.notEvaluated} data-testid="not-evaluated">
          <summary>{`Vì sao ${run.result.notEvaluated.length} quy tắc không đánh giá`}</summary>
          <ul>
            {run.result.notEvaluated.map((id) => (
              <li key={id} data-rule={id}>
                {`${run.ruleTitle(id) ?? id}: ${notEvaluatedReason(id, snapshot)}`}
              </li>
            ))}
          </ul>
        </details>
      )}
      {run && places.length > 0 && (
        <details className={styles.notEvaluated} data-testid="not-evaluated-places">
          <summary>{`Vì sao ${places.length} trích dẫn chưa đánh giá được hiệu lực`}</summary>
          <Caption1>
            Danh mục không cho biết các văn bản này đã bị thay thế hay chưa; hãy tự kiểm tra hiệu lực của chúng.
          </Caption1>
          <ul className={styles.list}>
            {places.map((x) => (
              <PlaceItem
                key={`${x.ruleId}|${x.paragraph}|${x.start}`}
                place={x}
                onGoTo={() => void goTo(x)}
                className={styles.place}
              />
            ))}
          </ul>
        </details>
      )}
      {run && visible.length === 0 && <Body1>Không tìm thấy lỗi nào trong các quy tắc đã đánh giá.</Body1>}
      <section ref={listRef} aria-label="Các lỗi tìm thấy" className={styles.group}>
        {groups.map((g) => (
          <div key={g.severity} className={styles.group} data-severity={g.severity}>
            <Subtitle2 as="h2">{`${g.label} (${g.rules.reduce((n, r) => n + r.findings.length, 0)})`}</Subtitle2>
            {g.rules.map((r) => (
              <div key={r.ruleId} className={styles.rule} data-rule={r.ruleId}>
                <div className={styles.ruleHead}>
                  <Text weight="semibold">{r.title}</Text>
                  <Caption1>{r.ref}</Caption1>
                  {r.fixable && r.findings.filter((f) => f.fix).length > 1 && (
                    <Button size="small" onClick={() => fixAll(r.ruleId)} disabled={running}>
                      Sửa tất cả loại này
                    </Button>
                  )}
                </div>
                <ul className={styles.list}>
                  {r.findings.map((f) => (
                    <FindingItem
                      key={`${ignoreKey(f)}|${f.start}`}
                      finding={f}
                      disabled={running}
                      onGoTo={() => void goTo(f)}
                      onFix={f.fix ? () => void apply(f.fix?.edits ?? [], shown.indexOf(f)) : undefined}
                      onIgnore={() => void ignore(f)}
                      classes={styles}
                    />
                  ))}
                </ul>
              </div>
            ))}
          </div>
        ))}
      </section>
    </section>
  );
}

/** A cited document the check could not judge, with Go to like a finding. */
function PlaceItem({
  place: x,
  onGoTo,
  className,
}: {
  place: NotEvaluatedItem;
  onGoTo: () => void;
  className: string;
}): React.JSX.Element {
  const id = React.useId();
  return (
    <li
      className={className}
      data-testid="not-evaluated-place"
      data-rule={x.ruleId}
      data-paragraph={x.paragraph}
      data-code={x.code}
    >
      <Body1 id={id}>{notEvaluatedPlaceText(x)}</Body1>
      <Button size="small" onClick={onGoTo} aria-describedby={id}>
        Đến vị trí
      </Button>
    </li>
  );
}

interface FindingItemProps {
  finding: Finding;
  disabled: boolean;
  onGoTo: () => void;
  onFix?: () => void;
  onIgnore: () => void;
  classes: ReturnType<typeof useStyles>;
}

function FindingItem({ finding: f, disabled, onGoTo, onFix, onIgnore, classes }: FindingItemProps): React.JSX.Element {
  const id = React.useId();
  return (
    <li
      className={classes.finding}
      data-testid="finding"
      data-rule={f.ruleId}
      data-paragraph={f.paragraph}
      data-start={f.start}
      data-excerpt={f.excerpt}
      data-fixable={f.fix ? "true" : "false"}
      aria-describedby={`${id}-msg`}
      tabIndex={-1}
    >
      <Body1 id={`${id}-msg`}>{f.message}</Body1>
      <Caption1 className={classes.excerpt} data-testid="finding-excerpt">
        {`Đoạn ${f.paragraph + 1}: “${f.excerpt}”`}
      </Caption1>
      <div className={classes.buttons}>
        <Button size="small" onClick={onGoTo} aria-describedby={`${id}-msg`}>
          Đến vị trí
        </Button>
        {onFix && (
          <Button
            size="small"
            appearance="primary"
            onClick={onFix}
            disabled={disabled}
            aria-describedby={`${id}-msg`}
            title={f.fix?.description}
          >
            Sửa
          </Button>
        )}
        <Button size="small" appearance="subtle" onClick={onIgnore} aria-describedby={`${id}-msg`}>
          Bỏ qua
        </Button>
      </div>
    </li>
  );
}
