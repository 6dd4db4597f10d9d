/**
 * The Office theme for the pane, read here so that the React layer never touches the Office global: the pane's
 * theme hook gets this small source from the entry point, and the playground (no Office) passes none.
 */
export interface HostThemeSource {
  /** The Office theme's body background (#RRGGBB), when the host exposes one. */
  bodyBackgroundColor(): string | undefined;
  /** Calls `refresh` when the host raises its theme-changed event; returns what removes the handler again. */
  onChange(refresh: () => void): () => void;
}

export function officeThemeSource(office: typeof Office): HostThemeSource {
  return {
    bodyBackgroundColor: () => office.context?.officeTheme?.bodyBackgroundColor,
    onChange(refresh) {
      const doc = office.context?.document;
      // Word has no such event in most versions: the enum member may be missing.
      const eventType = (office.EventType as unknown as Record<string, Office.EventType | undefined>)?.[
        "OfficeThemeChanged"
      ];
      if (!doc || !eventType) return () => undefined;
      try {
        doc.addHandlerAsync(eventType, refresh, () => undefined);
      } catch {
        return () => undefined;
      }
      return () => {
        try {
          doc.removeHandlerAsync(eventType, { handler: refresh }, () => undefined);
        } catch {
          // The host refused the handler when it was added; nothing to remove.
        }
      };
    },
  };
}
