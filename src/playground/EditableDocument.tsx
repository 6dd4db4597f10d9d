/**
 * The fake host's document as an editable page. The model is the source of truth: the browser only
 * places the caret and the selection (mouse, Shift+arrows, double-click), which the model follows so the
 * adapter's readSelection sees it; every edit (typing, Backspace/Delete, Enter, paste, Ctrl+Z) is cancelled
 * in the page, made on the model, and the page is drawn again with the caret put back.
 */
import * as React from "react";
import { renderToHtml } from "../word/fake/render-html";
import {
  type FakeDocumentModel,
  type PointInfo,
  deleteAtCaret,
  insertLineBreak,
  spanBetween,
  splitAtCaret,
  typeText,
} from "../word/fake/model";
import { domFromPoint, pointFromDom } from "./caret";

export interface EditableDocumentProps {
  model: FakeDocumentModel;
  /** Subscribes to changes made through the adapter (the pane); returns the unsubscribe function. */
  subscribe: (listener: () => void) => () => void;
  className?: string;
}

type Direction = { anchor: PointInfo; focus: PointInfo };

const sameSpan = (a: Direction, sel: NonNullable<FakeDocumentModel["selection"]>): boolean => {
  const [x, y] =
    a.anchor.paragraph < a.focus.paragraph ||
    (a.anchor.paragraph === a.focus.paragraph && a.anchor.offset <= a.focus.offset)
      ? [a.anchor, a.focus]
      : [a.focus, a.anchor];
  return (
    x.paragraph === sel.paragraph && x.offset === sel.start && y.paragraph === sel.endParagraph && y.offset === sel.end
  );
};

/** One edit per input type; false when the model did not change. */
function applyInput(model: FakeDocumentModel, e: InputEvent): boolean {
  const pasted = () => e.dataTransfer?.getData("text/plain") ?? "";
  switch (e.inputType) {
    case "insertText":
    case "insertReplacementText":
      return typeText(model, e.data ?? pasted());
    case "insertFromPaste":
    case "insertFromDrop":
    case "insertFromYank":
      return typeText(model, pasted());
    case "insertParagraph":
      return splitAtCaret(model);
    case "insertLineBreak":
      return insertLineBreak(model);
    case "deleteContentBackward":
    case "deleteByCut":
    case "deleteContent":
      return deleteAtCaret(model, "backward");
    case "deleteContentForward":
      return deleteAtCaret(model, "forward");
    case "deleteWordBackward":
      return deleteAtCaret(model, "backward", "word");
    case "deleteWordForward":
      return deleteAtCaret(model, "forward", "word");
    case "historyUndo":
      return model.undo();
    default:
      // Formatting and the rest: not modelled, so not done.
      return false;
  }
}

export function EditableDocument({ model, subscribe, className }: EditableDocumentProps): React.JSX.Element {
  const ref = React.useRef<HTMLDivElement>(null);
  const direction = React.useRef<Direction | null>(null);
  const composingFrom = React.useRef<FakeDocumentModel["selectionSpan"]>(null);

  /** Puts the browser's selection where the model's is (keeping the direction the user extended it in). */
  const restoreSelection = React.useCallback(() => {
    const el = ref.current;
    const sel = model.selection;
    const dom = window.getSelection();
    if (!el || !sel || !dom) return;
    const d = direction.current;
    const anchor = d && sameSpan(d, sel) ? d.anchor : { paragraph: sel.paragraph, offset: sel.start };
    const focus = d && sameSpan(d, sel) ? d.focus : { paragraph: sel.endParagraph, offset: sel.end };
    const a = domFromPoint(el, anchor);
    const f = domFromPoint(el, focus);
    if (a && f) dom.setBaseAndExtent(a.node, a.offset, f.node, f.offset);
  }, [model]);

  const draw = React.useCallback(
    (from: "edit" | "outside") => {
      const el = ref.current;
      if (!el) return;
      // renderToHtml escapes every document text and attribute with escapeHtml.
      // eslint-disable-next-line no-restricted-syntax
      el.innerHTML = renderToHtml(model);
      if (document.activeElement === el) restoreSelection();
      else if (from === "outside") {
        // As Word does when an add-in selects a range: bring it into view.
        const mark = el.querySelector("mark.selection");
        if (mark && typeof mark.scrollIntoView === "function") mark.scrollIntoView({ block: "center" });
      }
    },
    [model, restoreSelection],
  );

  React.useEffect(() => {
    draw("edit");
    let lastSelection = JSON.stringify(model.selection);
    return subscribe(() => {
      const now = JSON.stringify(model.selection);
      const moved = now !== lastSelection;
      lastSelection = now;
      draw(moved ? "outside" : "edit");
    });
  }, [model, subscribe, draw]);

  React.useEffect(() => {
    const el = ref.current;
    if (!el) return undefined;
    const onSelectionChange = () => {
      // Destructured at once: the browser's Selection, not an Office object to load and sync.
      const { anchorNode, anchorOffset, focusNode, focusOffset } = window.getSelection() ?? {};
      if (composingFrom.current || !anchorNode || !focusNode) return;
      if (!el.contains(anchorNode) || !el.contains(focusNode)) return;
      const anchor = pointFromDom(el, anchorNode, anchorOffset ?? 0);
      const focus = pointFromDom(el, focusNode, focusOffset ?? 0);
      if (!anchor || !focus) return;
      direction.current = { anchor, focus };
      const span = spanBetween(model, anchor, focus);
      if (span) model.selectionSpan = span;
    };
    const onBeforeInput = (e: InputEvent) => {
      if (e.inputType === "insertCompositionText") return; // not cancellable: handled at compositionend
      e.preventDefault();
      // selectionchange comes later, as a task: a key pressed right after an arrow must see where it moved.
      onSelectionChange();
      if (applyInput(model, e)) draw("edit");
    };
    const onKeyDown = (e: KeyboardEvent) => {
      const mod = e.ctrlKey || e.metaKey;
      if (!mod || e.altKey) return;
      const key = e.key.toLowerCase();
      if (key === "z" && !e.shiftKey) {
        e.preventDefault();
        if (model.undo()) draw("edit");
      } else if (key === "y" || (key === "z" && e.shiftKey) || key === "b" || key === "i" || key === "u") {
        // Redo and character formatting are not modelled: keep the browser from doing them on the page.
        e.preventDefault();
      }
    };
    const onCompositionStart = () => {
      onSelectionChange();
      composingFrom.current = model.selectionSpan;
    };
    const onCompositionEnd = (e: CompositionEvent) => {
      model.selectionSpan = composingFrom.current;
      composingFrom.current = null;
      typeText(model, e.data);
      draw("edit");
    };
    const onBlur = () => draw("edit");
    // Focus from the keyboard (Tab, or a script) finds the caret where the model has it, as Word keeps its own.
    const onFocus = () => restoreSelection();
    document.addEventListener("selectionchange", onSelectionChange);
    el.addEventListener("beforeinput", onBeforeInput);
    el.addEventListener("keydown", onKeyDown);
    el.addEventListener("compositionstart", onCompositionStart);
    el.addEventListener("compositionend", onCompositionEnd);
    el.addEventListener("blur", onBlur);
    el.addEventListener("focus", onFocus);
    return () => {
      document.removeEventListener("selectionchange", onSelectionChange);
      el.removeEventListener("beforeinput", onBeforeInput);
      el.removeEventListener("keydown", onKeyDown);
      el.removeEventListener("compositionstart", onCompositionStart);
      el.removeEventListener("compositionend", onCompositionEnd);
      el.removeEventListener("blur", onBlur);
      el.removeEventListener("focus", onFocus);
    };
  }, [model, draw, restoreSelection]);

  return (
    <div
      ref={ref}
      className={className}
      data-testid="document"
      contentEditable
      suppressContentEditableWarning
      spellCheck={false}
      role="textbox"
      aria-multiline="true"
      aria-label="Nội dung văn bản"
    />
  );
}
