/**
 * Entry of the pane inside Word. Order matters: the inline ES5 script in taskpane.html has already
 * shown a message on IE11/legacy Edge; here Office.onReady decides between the pane and the Vietnamese
 * "unsupported host" message, so the pane is never blank.
 */
import * as React from "react";
import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "./App";
import { ErrorBoundary } from "./ErrorBoundary";
import { checkHost } from "./host-check";
import { createLocalSettings, documentSettingsFor } from "./settings";
import { Unsupported } from "./Unsupported";
import { createOfficeAdapter } from "../word/office-adapter";
import { officeThemeSource } from "../word/office-theme";

declare global {
  interface Window {
    __vbhcLegacyHost?: boolean;
  }
}

function mount(node: React.ReactNode): void {
  const el = document.getElementById("root");
  if (el) createRoot(el).render(node);
}

if (!window.__vbhcLegacyHost) {
  Office.onReady((info) => {
    const support = checkHost(info, Office.HostType.Word, Office.context?.requirements);
    if (support !== "ok") {
      mount(
        <FluentProvider theme={webLightTheme}>
          <Unsupported reason={support} />
        </FluentProvider>,
      );
      return;
    }
    const adapter = createOfficeAdapter({ Word, Office });
    mount(
      <ErrorBoundary area="ngăn Văn bản hành chính">
        <App
          adapter={adapter}
          settings={createLocalSettings()}
          documentSettings={documentSettingsFor(Office)}
          hostTheme={officeThemeSource(Office)}
        />
      </ErrorBoundary>,
    );
  });
}
