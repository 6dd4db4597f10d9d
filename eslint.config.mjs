// ESLint: the Office add-in recommended rules (sync/load discipline, Prettier) for all TypeScript, TSX included.
import officeAddins from "eslint-plugin-office-addins";
import tseslint from "typescript-eslint";
import globals from "globals";

// The plugin's config targets .ts/.js only; widen it to .tsx so the pane gets the same rules.
const withTsx = officeAddins.configs.react.map((c) =>
  c.files && c.files.some((f) => f.includes("ts")) ? { ...c, files: ["**/*.{js,mjs,cjs,ts,cts,mts,tsx}"] } : c,
);

const htmlSinks = ["innerHTML", "outerHTML", "srcdoc"];
// Layers (DEVELOPERS.md): the compiler checks src/core and src/docx against ES2021 only and the tabs without Office
// types (tsconfig.core.json, tsconfig.tabs.json); these rules keep the imports and globals the types cannot see
// (@types/papaparse brings Node's globals into every program that imports it).
// Node's modules by exact name (a pattern "util" would also forbid our own ../util).
const NODE_MODULES = ["fs", "fs/promises", "path", "os", "child_process", "crypto", "url", "util", "stream", "zlib"];
const OUTER = (...layers) => layers.map((l) => `**/${l}`).concat(layers.map((l) => `**/${l}/**`));
const HOST_GLOBALS = ["Office", "Word"].map((name) => ({
  name,
  message: "Only src/word (and the pane's entry point) may touch Office.js; take it through the adapter.",
}));
const layers = [
  {
    files: ["src/core/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [...NODE_MODULES, "react", "react-dom", "jszip", "@xmldom/xmldom"],
          patterns: ["node:*", ...OUTER("docx", "word", "taskpane", "playground", "cli")],
        },
      ],
      "no-restricted-globals": [
        "error",
        ...HOST_GLOBALS,
        ...["window", "document", "navigator", "localStorage", "process", "Buffer", "require", "__dirname"],
      ],
    },
  },
  {
    files: ["src/docx/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [...NODE_MODULES, "react", "react-dom"],
          patterns: ["node:*", ...OUTER("word", "taskpane", "playground", "cli")],
        },
      ],
      "no-restricted-globals": ["error", ...HOST_GLOBALS, ...["window", "document", "process", "require", "__dirname"]],
    },
  },
  {
    files: ["src/taskpane/tabs/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        // src/word/adapter is the interface the tabs are written against; the rest of src/word is the host.
        { paths: NODE_MODULES, patterns: ["node:*", "**/word/*", "!**/word/adapter", ...OUTER("playground", "cli")] },
      ],
    },
  },
  {
    files: ["src/**/*.{ts,tsx}"],
    ignores: ["src/word/**", "src/core/**", "src/docx/**", "src/taskpane/index.tsx", "src/taskpane/commands.ts"],
    rules: { "no-restricted-globals": ["error", ...HOST_GLOBALS] },
  },
];

export default [
  { ignores: ["node_modules/", "dist/", "build/", "test-output/", "coverage/"] },
  ...withTsx,
  {
    files: ["**/*.{ts,tsx}"],
    languageOptions: {
      parser: tseslint.parser,
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
  ...layers,
];
