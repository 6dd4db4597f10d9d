/**
 * The pane's one way to insert a block where the cursor is: read the document and the cursor, let core
 * pick the place (core/structure/insertion-point), insert there. The caret then follows the block.
 */
import type { DocumentSnapshot } from "../core/model/document";
import { type BlockPlacement, blockPlacement } from "../core/structure/insertion-point";
import type { InsertLocation, WordAdapter } from "../word/adapter";

export interface CursorPlacement extends BlockPlacement {
  doc: DocumentSnapshot;
  location: InsertLocation;
}

/** Reads the document and the cursor (two reads) and says where a block goes. */
export async function placeAtCursor(adapter: WordAdapter): Promise<CursorPlacement> {
  const doc = await adapter.readSnapshot();
  const cursor = await adapter.readSelection();
  const placement = blockPlacement(doc, cursor);
  return { ...placement, doc, location: placement.place === "end" ? "end" : placement.place };
}

/** A short Vietnamese note on where the block went, for the status line (empty when it is plain). */
export function placementNote(p: BlockPlacement): string {
  switch (p.reason) {
    case "header":
      return " (sau phần tiêu đề)";
    case "table":
      return " (sau bảng chứa con trỏ)";
    case "selection":
      return " (sau đoạn đang chọn; phần được chọn giữ nguyên)";
    case "end":
      return " (cuối văn bản)";
    default:
      return "";
  }
}
