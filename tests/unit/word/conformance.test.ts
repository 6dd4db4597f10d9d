/**
 * The adapter's conformance suite on the fake host: every case, each on a blank fake document. The same cases run
 * inside Word through `npm run test:word` (README: "Running the conformance suite in Word").
 */
import { conformanceCases } from "../../../src/word/conformance/cases";
import { createFakeWord } from "../../../src/word/fake";

describe("adapter conformance on the fake host", () => {
  it.each(conformanceCases.map((c) => [c.name, c] as const))("%s", async (_name, c) => {
    const fake = createFakeWord();
    await c.run({ Word: fake.Word, Office: fake.Office });
  });

  // The cases that answer differently where Word has page setup run again on a host that has it.
  const pageCases = conformanceCases.filter((c) => c.name.includes("WordApiDesktop"));
  it.each(pageCases.map((c) => [c.name, c] as const))("with WordApiDesktop 1.3: %s", async (_name, c) => {
    const fake = createFakeWord({ requirementSets: { WordApi: "1.3", WordApiDesktop: "1.3" } });
    await c.run({ Word: fake.Word, Office: fake.Office });
  });
});
