// ESLint: the Office add-in recommended rules (sync/load discipline, Prettier) for all TypeScript, TSX included.
import officeAddins from "eslint-plugin-office-addins";
import tsParser from "@typescript-eslint/parser";
import globals from "globals";

// The plugin's config targets .ts/.js only; widen it to .tsx so the pane gets the same rules.
const withTsx = officeAddins.configs.react.map((c) =>
  c.files && c.files.some((f) => f.includes("ts")) ? { ...c, files: ["**/*.{js,mjs,cjs,ts,cts,mts,tsx}"] } : c,
);

export default [
  { ignores: ["node_modules/", "dist/", "build/", "test-output/", "coverage/"] },
  ...withTsx,
  {
    files: ["**/*.{ts,tsx}"],
    languageOptions: {
      parser: tsParser,
      ecmaVersion: 2022,
      sourceType: "module",
      parserOptions: { ecmaFeatures: { jsx: true } },
      globals: { ...globals.browser, ...globals.node, ...globals.jest, Office: "readonly", Word: "readonly" },
    },
    rules: {
      "no-undef": "off",
      "no-redeclare": "off",
      "react/react-in-jsx-scope": "off",
      "react/prop-types": "off",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["**/*.{js,mjs,cjs}"],
    languageOptions: { ecmaVersion: 2022, globals: { ...globals.node } },
  },
];
