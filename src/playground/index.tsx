/**
 * The playground: the real task pane (the same App as in Word) on the fake Word host, beside the
 * host's document as an editable page. Query parameters: ?requirement=none simulates a host without
 * WordApi 1.3 (the pane must show its Vietnamese message); ?theme=dark forces the dark theme;
 * ?doc=blank starts from an empty document instead of the sample.
 */
import * as React from "react";
import { createRoot } from "react-dom/client";
import { Playground } from "./Playground";
import { observeAdapter } from "./observed-adapter";
import { sampleBodyXml } from "./sample-format";
import { checkHost } from "../taskpane/host-check";
import { createLocalSettings } from "../taskpane/settings";
import { createFakeWord } from "../word/fake";
import { createOfficeAdapter } from "../word/office-adapter";

const params = new URLSearchParams(window.location.search);
const noWordApi = params.get("requirement") === "none";
const blank = params.get("doc") === "blank";
const fake = createFakeWord({
  // The sample drawn with the decree's formats, so layout rules are evaluated too.
  ...(blank ? {} : { bodyXml: sampleBodyXml() }),
  ...(noWordApi ? { requirementSets: { WordApi: "1.1" } } : {}),
});
const support = checkHost(
  { host: fake.Office.HostType.Word },
  fake.Office.HostType.Word,
  fake.Office.context.requirements,
);
const { adapter, subscribe } = observeAdapter(createOfficeAdapter({ Word: fake.Word, Office: fake.Office }));
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
      model={fake.model}
      subscribe={subscribe}
      exportDocx={exportDocx}
      openDocument={(docx) => fake.load(docx)}
      fileName={blank ? "van-ban.docx" : "bao-cao-mau.docx"}
      theme={params.get("theme") === "dark" ? "dark" : undefined}
    />,
  );
}
