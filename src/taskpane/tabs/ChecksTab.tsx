import * as React from "react";
import type { TabProps } from "../tab-props";
import { ChecksView } from "./checks/ChecksView";
import { coreCheckRunner, coreRenumber, coreSafeFixes } from "./checks/check-runner";

/** The "Kiểm tra" tab: one button checks the whole document with the core engine. */
export function ChecksTab(props: TabProps): React.JSX.Element {
  return <ChecksView {...props} runner={coreCheckRunner} renumber={coreRenumber} safeFixes={coreSafeFixes} />;
}
