import * as React from "react";
import type { TabProps } from "../tab-props";
import { coreTemplates } from "./templates/templates-core";
import { TemplatesView } from "./templates/TemplatesView";

/** The "Mẫu & đề mục" tab: templates, section scaffolds and heading numbering. */
export function TemplatesTab(props: TabProps): React.JSX.Element {
  return <TemplatesView {...props} core={coreTemplates} />;
}
