/** Mounting the Mẫu & đề mục tab with a saved agency profile, and the few actions its tests take. */
import * as React from "react";
import { act, fireEvent, render, screen } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { TemplatesTab } from "../../../src/taskpane/tabs/TemplatesTab";
import { memorySettings, type TestHost } from "./test-host";

const PROFILE = JSON.stringify({
  agency: "Sở Nội vụ",
  agencyCode: "SNV",
  unit: "VP",
  place: "Trà Vinh",
  signerTitle: "Giám đốc",
  signer: "Nguyễn Văn A",
  copyTo: "UBND tỉnh",
});

export function profileSettings() {
  const s = memorySettings();
  s.data.set("agencyProfile", PROFILE);
  return s;
}

export function mount(host: TestHost, settings = profileSettings()) {
  render(
    <FluentProvider theme={webLightTheme}>
      <TemplatesTab adapter={host} settings={settings} />
    </FluentProvider>,
  );
}

export async function click(name: string | RegExp) {
  await act(async () => {
    fireEvent.click(screen.getByRole("button", { name }));
  });
}

export const status = () => screen.getByTestId("templates-status").textContent ?? "";
