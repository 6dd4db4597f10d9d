import * as React from "react";
import { Body1, Button, MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";

interface Props {
  /** Where the error happened, in Vietnamese (e.g. the tab's name). */
  area: string;
  children: React.ReactNode;
}

interface State {
  error?: Error;
}

/** Catches a crash in one part of the pane and shows a Vietnamese message instead of a blank area. */
export class ErrorBoundary extends React.Component<Props, State> {
  override state: State = {};

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error): void {
    // Keep the technical detail for developers; the user sees the Vietnamese message.
    console.error(`VBHC: lỗi trong ${this.props.area}:`, error);
  }

  override render(): React.ReactNode {
    if (!this.state.error) return this.props.children;
    return (
      <div role="alert" style={{ padding: 8 }}>
        <MessageBar intent="error">
          <MessageBarBody>
            <MessageBarTitle>Đã xảy ra lỗi trong {this.props.area}.</MessageBarTitle>
            Văn bản của bạn không bị thay đổi. Hãy thử lại; nếu lỗi lặp lại, hãy đóng và mở lại ngăn.
          </MessageBarBody>
        </MessageBar>
        <Body1 as="p">Chi tiết kỹ thuật: {this.state.error.message}</Body1>
        <Button onClick={() => this.setState({ error: undefined })}>Thử lại</Button>
      </div>
    );
  }
}
