import * as React from "react";
import { Text } from "@fluentui/react-components";
import type { TabProps } from "../tab-props";

/** Placeholder for the "Mẫu & đề mục" tab until its feature lands. */
export function TemplatesTab(_props: TabProps): React.JSX.Element {
  return <Text>Chức năng này đang được xây dựng.</Text>;
}
