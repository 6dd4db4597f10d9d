// Four projects: fast unit tests, LibreOffice render tests, Chromium browser tests, and the tests that
// read the real documents in the `shared` folder beside the project (tests/corpus/). Without that folder the
// corpus tests are skipped, and the corpus reporter says how many and why.
const base = {
  preset: "ts-jest",
  testEnvironment: "node",
  transform: { "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json" }] },
};
module.exports = {
  reporters: ["default", "<rootDir>/tests/helpers/corpus-reporter.js"],
  projects: [
    { ...base, displayName: "unit", testMatch: ["<rootDir>/tests/unit/**/*.test.ts?(x)"] },
    { ...base, displayName: "render", testMatch: ["<rootDir>/tests/render/**/*.test.ts"] },
    { ...base, displayName: "e2e", testMatch: ["<rootDir>/tests/e2e/**/*.test.ts"] },
    { ...base, displayName: "corpus", testMatch: ["<rootDir>/tests/corpus/**/*.test.ts?(x)"] },
  ],
};
