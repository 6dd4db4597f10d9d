/**
 * The playground: the real task pane (the same App as in Word) on the fake Word host, beside the
 * host's document rendered as HTML. Query parameters: ?requirement=none simulates a host without
 * WordApi 1.3 (the pane must show its Vietnamese message); ?theme=dark forces the dark theme.
 */
import * as React from "react";
import { createRoot } from "react-dom/client";
import { Playground } from "./Playground";
import { observeAdapter } from "./observed-adapter";
import { sampleBodyXml } from "./sample-format";
import { checkHost } from "../taskpane/host-check";
import { createLocalSettings } from "../taskpane/settings";
import { createFakeWord } from "../word/fake";
import { renderToHtml } from "../word/fake/render-html";
import { createOfficeAdapter } from "../word/office-adapter";

const params = new URLSearchParams(window.location.search);
const noWordApi = params.get("requirement") === "none";
const fake = createFakeWord({
  // The sample drawn with the decree's formats, so layout rules are evaluated too.
  bodyXml: sampleBodyXml(),
  ...(noWordApi ? { requirementSets: { WordApi: "1.1" } } : {}),
});
const support = checkHost(
  { host: fake.Office.HostType.Word },
  fake.Office.HostType.Word,
  fake.Office.context.requirements,
);
const { adapter, subscribe } = observeAdapter(createOfficeAdapter({ Word: fake.Word, Office: fake.Office }));
const renderDocument = () => renderToHtml(fake.model);
const exportDocx = async () =>
  new Blob([new Uint8Array(await fake.exportDocx())], {
    type: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  });

const root = document.getElementById("root");
if (root) {
  createRoot(root).render(
    <Playground
      adapter={adapter}
      settings={createLocalSettings("vbhc:playground:user:")}
      documentSettings={createLocalSettings("vbhc:playground:document:")}
      support={support}
      renderDocument={renderDocument}
      subscribe={subscribe}
      exportDocx={exportDocx}
      theme={params.get("theme") === "dark" ? "dark" : undefined}
    />,
  );
}
