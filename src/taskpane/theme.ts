/**
 * The pane follows the Office theme: dark Fluent tokens when Office's body background is dark.
 * Outside Office (the playground) it follows the browser's colour scheme.
 */
import { webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";

export type ThemeName = "light" | "dark";

/** True when a #RRGGBB colour is dark (relative luminance below one half). */
export function isDarkColor(hex: string | undefined): boolean | undefined {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec((hex ?? "").trim());
  if (!m) return undefined;
  const [r, g, b] = [m[1], m[2], m[3]].map((h) => parseInt(h, 16) / 255);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.5;
}

interface OfficeThemeLike {
  bodyBackgroundColor?: string;
}

/** Theme name from Office.context.officeTheme when the host exposes it. */
export function themeFromOffice(officeTheme: OfficeThemeLike | undefined): ThemeName | undefined {
  const dark = isDarkColor(officeTheme?.bodyBackgroundColor);
  return dark === undefined ? undefined : dark ? "dark" : "light";
}

export function fluentTheme(name: ThemeName): Theme {
  return name === "dark" ? webDarkTheme : webLightTheme;
}
