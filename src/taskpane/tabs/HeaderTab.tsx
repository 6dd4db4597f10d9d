import * as React from "react";
import type { TabProps } from "../tab-props";
import { coreHeader } from "./header/header-core";
import { HeaderView } from "./header/HeaderView";

/** The "Tiêu đề & khối kết" tab: header and closing blocks from the agency profile. */
export function HeaderTab(props: TabProps): React.JSX.Element {
  return <HeaderView {...props} core={coreHeader} />;
}
