import * as React from "react";
import { Text } from "@fluentui/react-components";
import type { TabProps } from "../tab-props";

/** Placeholder for the "Kiểm tra" tab until its feature lands. */
export function ChecksTab(_props: TabProps): React.JSX.Element {
  return <Text>Chức năng này đang được xây dựng.</Text>;
}
