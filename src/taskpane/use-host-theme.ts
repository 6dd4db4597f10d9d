import * as React from "react";
import { themeFromOffice, type ThemeName } from "./theme";

function readHostTheme(): ThemeName {
  const office = typeof Office === "undefined" ? undefined : Office;
  const fromOffice = themeFromOffice(office?.context?.officeTheme);
  if (fromOffice) return fromOffice;
  const mq =
    typeof window !== "undefined" && window.matchMedia ? window.matchMedia("(prefers-color-scheme: dark)") : undefined;
  return mq?.matches ? "dark" : "light";
}

/**
 * The current theme, following changes: Office's theme-changed event where the host raises it,
 * and a re-read whenever the pane regains focus (Word has no theme event; reading officeTheme is local, no sync).
 */
export function useHostTheme(fixed?: ThemeName): ThemeName {
  const [theme, setTheme] = React.useState<ThemeName>(() => fixed ?? readHostTheme());
  React.useEffect(() => {
    if (fixed) {
      setTheme(fixed);
      return undefined;
    }
    const refresh = () => setTheme(readHostTheme());
    window.addEventListener("focus", refresh);
    document.addEventListener("visibilitychange", refresh);
    const mq = window.matchMedia ? window.matchMedia("(prefers-color-scheme: dark)") : undefined;
    mq?.addEventListener?.("change", refresh);
    try {
      const doc = typeof Office === "undefined" ? undefined : Office.context?.document;
      const eventType = (Office.EventType as unknown as Record<string, Office.EventType | undefined>)[
        "OfficeThemeChanged"
      ];
      if (doc && eventType) doc.addHandlerAsync(eventType, refresh, () => undefined);
    } catch {
      // Hosts without the event: the focus re-read above still follows the theme.
    }
    return () => {
      window.removeEventListener("focus", refresh);
      document.removeEventListener("visibilitychange", refresh);
      mq?.removeEventListener?.("change", refresh);
    };
  }, [fixed]);
  return theme;
}
