import * as React from "react";
import type { TabProps } from "../tab-props";
import { coreCitations } from "./citations/citations-core";
import { CitationsView } from "./citations/CitationsView";

/** The "Căn cứ pháp lý" tab: the legal-basis citation picker. */
export function CitationsTab(props: TabProps): React.JSX.Element {
  return <CitationsView {...props} core={coreCitations} />;
}
