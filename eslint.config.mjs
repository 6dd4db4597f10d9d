// ESLint: the Office add-in recommended rules (sync/load discipline, Prettier) for all TypeScript, TSX included.
import officeAddins from "eslint-plugin-office-addins";
import tsParser from "@typescript-eslint/parser";
import globals from "globals";

// The plugin's config targets .ts/.js only; widen it to .tsx so the pane gets the same rules.
const withTsx = officeAddins.configs.react.map((c) =>
  c.files && c.files.some((f) => f.includes("ts")) ? { ...c, files: ["**/*.{js,mjs,cjs,ts,cts,mts,tsx}"] } : c,
);

const htmlSinks = ["innerHTML", "outerHTML", "srcdoc"];

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
    // Security: no code from strings and no HTML from strings. Document and catalog text reaches the page only
    // as text nodes, or through a renderer that escapes every piece with src/core/xml-escape.ts (and says so
    // in an eslint-disable comment at the one place it is mounted).
    files: ["**/*.{js,mjs,cjs,ts,tsx}"],
    rules: {
      "no-eval": "error",
      "no-implied-eval": "error",
      "no-new-func": "error",
      "react/no-danger": "error",
      "no-restricted-syntax": [
        "error",
        ...htmlSinks.map((name) => ({
          selector: `AssignmentExpression > MemberExpression.left[property.name="${name}"]`,
          message: `Assigning ${name} parses a string as HTML; build nodes or set textContent.`,
        })),
      ],
      "no-restricted-properties": [
        "error",
        { property: "insertAdjacentHTML", message: "Parses a string as HTML; build nodes instead." },
        { object: "document", property: "write", message: "Parses a string as HTML; build nodes instead." },
        { object: "document", property: "writeln", message: "Parses a string as HTML; build nodes instead." },
        { property: "createContextualFragment", message: "Parses a string as HTML; build nodes instead." },
      ],
    },
  },
  {
    files: ["**/*.{js,mjs,cjs}"],
    languageOptions: { ecmaVersion: 2022, globals: { ...globals.node } },
  },
];
