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
});
