// Lints this repository's own TypeScript. (How users configure the plugin is in the README.)
import js from "@eslint/js";
import eslintPlugin from "eslint-plugin-eslint-plugin";
import tseslint from "typescript-eslint";

export default tseslint.config(
  {
    ignores: [
      "**/dist/**",
      "bundle/**",
      "**/node_modules/**",
      "fixtures/**",
      "bench/.generated/**",
      "coverage/**",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-non-null-assertion": "off",
      "@typescript-eslint/consistent-type-imports": "error",
    },
  },
  // The ESLint plugin is linted as one: rule metadata, RuleTester suites.
  {
    files: ["packages/eslint-plugin/src/**/*.ts"],
    ...eslintPlugin.configs.recommended,
  },
  {
    files: ["**/*.js", "**/*.mjs"],
    languageOptions: { globals: { process: "readonly", console: "readonly", URL: "readonly" } },
  },
);
