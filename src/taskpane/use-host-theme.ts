import * as React from "react";
import type { HostThemeSource } from "../word/office-theme";
import { themeFromOffice, type ThemeName } from "./theme";

function readHostTheme(source: HostThemeSource | undefined): ThemeName {
  const fromOffice = themeFromOffice({ bodyBackgroundColor: source?.bodyBackgroundColor() });
  if (fromOffice) return fromOffice;
  const mq =
    typeof window !== "undefined" && window.matchMedia ? window.matchMedia("(prefers-color-scheme: dark)") : undefined;
  return mq?.matches ? "dark" : "light";
}

/**
 * The current theme, following changes: the host's theme-changed event where it raises one (through `source`,
 * which the entry point builds from Office), and a re-read whenever the pane regains focus (Word has no theme
 * event; reading the theme is local, no sync). Without a source the browser's colour scheme decides.
 */
export function useHostTheme(fixed?: ThemeName, source?: HostThemeSource): ThemeName {
  const [theme, setTheme] = React.useState<ThemeName>(() => fixed ?? readHostTheme(source));
  React.useEffect(() => {
    if (fixed) {
      setTheme(fixed);
      return undefined;
    }
    const refresh = () => setTheme(readHostTheme(source));
    window.addEventListener("focus", refresh);
    document.addEventListener("visibilitychange", refresh);
    const mq = window.matchMedia ? window.matchMedia("(prefers-color-scheme: dark)") : undefined;
    mq?.addEventListener?.("change", refresh);
    const stopHost = source?.onChange(refresh);
    return () => {
      window.removeEventListener("focus", refresh);
      document.removeEventListener("visibilitychange", refresh);
      mq?.removeEventListener?.("change", refresh);
      stopHost?.();
    };
  }, [fixed, source]);
  return theme;
}
