import * as React from "react";
import { Body1, Link, MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { HostSupport } from "./host-check";

/** The plain Vietnamese message shown instead of a blank pane when the host cannot run it. */
export function Unsupported({ reason }: { reason: Exclude<HostSupport, "ok"> }): React.JSX.Element {
  const title =
    reason === "not-word"
      ? "Ngăn này chỉ chạy trong Microsoft Word."
      : "Phiên bản Word này chưa hỗ trợ Word JavaScript API 1.3 mà ngăn cần.";
  return (
    <div style={{ padding: 16 }} data-testid="unsupported" role="alert">
      <MessageBar intent="warning">
        <MessageBarBody>
          <MessageBarTitle>{title}</MessageBarTitle>
        </MessageBarBody>
      </MessageBar>
      <Body1 as="p">
        Hãy dùng Word 2016 trở lên hoặc Microsoft 365 (Word cho Windows, Mac hoặc Word trên web), rồi mở lại ngăn Văn
        bản hành chính từ nhóm VBHC trên thẻ Trang đầu.
      </Body1>
      <Body1 as="p">
        Trong lúc chờ, bạn vẫn soạn được văn bản đúng thể thức bằng các mẫu Word (.dotx) trong thư mục{" "}
        <Link href="templates/" inline>
          templates
        </Link>{" "}
        đi kèm phần bổ trợ.
      </Body1>
    </div>
  );
}
