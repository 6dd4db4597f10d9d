/**
 * @jest-environment jsdom
 */
import { act, renderHook } from "@testing-library/react";
import { officeThemeSource, type HostThemeSource } from "../../../src/word/office-theme";
import { useHostTheme } from "../../../src/taskpane/use-host-theme";

/** Just the part of Office the theme source reads, recording the handlers it adds and removes. */
function fakeOffice(background: string | undefined, withEvent = true) {
  const added: Array<() => void> = [];
  const removed: Array<() => void> = [];
  const office = {
    EventType: withEvent ? { OfficeThemeChanged: "officeThemeChanged" } : {},
    context: {
      officeTheme: { bodyBackgroundColor: background },
      document: {
        addHandlerAsync: (_t: string, h: () => void) => added.push(h),
        removeHandlerAsync: (_t: string, o: { handler: () => void }) => removed.push(o.handler),
      },
    },
  };
  return {
    office: office as unknown as typeof Office,
    added,
    removed,
    set: (c: string) => (office.context.officeTheme.bodyBackgroundColor = c),
  };
}

describe("the Office theme source", () => {
  it("reads the body background and removes the very handler it added", () => {
    const f = fakeOffice("#1f1f1f");
    const source = officeThemeSource(f.office);
    expect(source.bodyBackgroundColor()).toBe("#1f1f1f");
    const refresh = () => undefined;
    const stop = source.onChange(refresh);
    expect(f.added).toEqual([refresh]);
    stop();
    expect(f.removed).toEqual([refresh]);
  });

  it("adds nothing where the host has no theme event", () => {
    const f = fakeOffice("#ffffff", false);
    officeThemeSource(f.office).onChange(() => undefined)();
    expect(f.added).toEqual([]);
    expect(f.removed).toEqual([]);
  });
});

describe("useHostTheme", () => {
  it("follows the source's theme event and lets go of it on unmount", () => {
    const f = fakeOffice("#ffffff");
    const source: HostThemeSource = officeThemeSource(f.office);
    const { result, unmount } = renderHook(() => useHostTheme(undefined, source));
    expect(result.current).toBe("light");
    f.set("#202020");
    act(() => f.added[0]());
    expect(result.current).toBe("dark");
    unmount();
    expect(f.removed).toEqual([f.added[0]]);
  });

  it("keeps a fixed theme and adds no handler", () => {
    const f = fakeOffice("#202020");
    const { result } = renderHook(() => useHostTheme("light", officeThemeSource(f.office)));
    expect(result.current).toBe("light");
    expect(f.added).toEqual([]);
  });
});
