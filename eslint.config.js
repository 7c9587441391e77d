// ESLint flat config: TypeScript rules, React hooks, and the Office add-in rules that catch
// load/sync mistakes Office.js only reports at run time.
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import officeAddins from "eslint-plugin-office-addins";
import reactHooks from "eslint-plugin-react-hooks";

// Workbook text is untrusted: it is rendered as text, never as markup (SECURITY.md).
const NO_MARKUP = [
  { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: "Workbook text is untrusted: render it as text." },
  { selector: "AssignmentExpression > MemberExpression.left[property.name=/^(innerHTML|outerHTML)$/]", message: "Workbook text is untrusted: set textContent, not markup." },
  { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: "Workbook text is untrusted: build elements and set textContent." },
  { selector: "CallExpression[callee.object.name='document'][callee.property.name=/^(write|writeln)$/]", message: "Workbook text is untrusted: build elements and set textContent." },
];
// The add-in's pages make no network call of their own; office.js is the only thing loaded from outside.
const NETWORK_GLOBALS = ["fetch", "XMLHttpRequest", "WebSocket", "EventSource", "importScripts"].map((name) => ({
  name,
  message: "The add-in makes no network calls (SECURITY.md): nothing leaves the workbook.",
}));
const NETWORK_PROPERTIES = ["window", "globalThis", "self", "navigator"].flatMap((object) =>
  ["fetch", "XMLHttpRequest", "WebSocket", "EventSource", "sendBeacon"].map((property) => ({ object, property, message: "The add-in makes no network calls (SECURITY.md)." })),
);

export default tseslint.config(
  { ignores: ["dist/", "node_modules/", "coverage/", "test-output/", "bench/results/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx}"],
    plugins: { "office-addins": officeAddins, "react-hooks": reactHooks },
    // Declared so no-implied-eval can see calls to them (it only checks known globals).
    languageOptions: { globals: { setTimeout: "readonly", setInterval: "readonly", execScript: "readonly" } },
    rules: {
      "office-addins/call-sync-before-read": "error",
      "office-addins/call-sync-after-load": "error",
      "office-addins/load-object-before-read": "error",
      "office-addins/no-context-sync-in-loop": "error",
      "office-addins/no-empty-load": "error",
      "office-addins/no-navigational-load": "error",
      "office-addins/test-for-null-using-isNullObject": "error",
      "office-addins/no-office-initialize": "warn",
      "react-hooks/rules-of-hooks": "error",
      "react-hooks/exhaustive-deps": "warn",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "no-restricted-syntax": ["error", ...NO_MARKUP],
      "no-eval": "error",
      "no-implied-eval": "error",
      "no-new-func": "error",
    },
  },
  {
    // What ships (the pane, the commands, the doors, the command line): no network, no remote code.
    // The workbench's entry alone fetches, and only the sample workbook served beside it.
    files: ["src/**/*.{ts,tsx}"],
    ignores: ["src/workbench/index.tsx"],
    rules: {
      "no-restricted-globals": ["error", ...NETWORK_GLOBALS],
      "no-restricted-properties": ["error", ...NETWORK_PROPERTIES],
      "no-restricted-syntax": ["error", ...NO_MARKUP, { selector: "ImportExpression > Literal.source[value=/^(https?:)?\\/\\//]", message: "No remote code: import only from this package." }],
    },
  },
  {
    // The engine stays pure: no Office.js, React, DOM or Node I/O.
    files: ["src/core/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: ["react", "react-dom", "@fluentui/*", "node:*", "fs", "path", "exceljs", "../excel/*", "../xlsx/*", "../taskpane/*", "../door/*"] }],
      "no-restricted-globals": ["error", "Office", "Excel", "window", "document", "process", ...NETWORK_GLOBALS],
    },
  },
  {
    files: ["**/*.{js,mjs,cjs}"],
    languageOptions: { globals: { process: "readonly", console: "readonly", URL: "readonly" } },
  },
);
