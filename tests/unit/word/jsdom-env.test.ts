/** @jest-environment jsdom */
import { createFakeWord } from "../../../src/word/fake";
import { createOfficeAdapter } from "../../../src/word/office-adapter";
it("works under jsdom", async () => {
  const fake = createFakeWord({ text: "a b" });
  const ad = createOfficeAdapter({ Word: fake.Word, Office: fake.Office });
  await ad.applyEdits([{ kind: "text", paragraph: 0, start: 0, end: 1, expected: "a", replacement: "A" }]);
  expect(fake.model.texts()).toEqual(["A b"]);
  fake.model.undo();
  expect(fake.model.texts()).toEqual(["a b"]);
});
