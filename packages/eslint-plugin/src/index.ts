/**
 * eslint-plugin-dag-transport: dag-transport's rules in ESLint (flat config, ESLint 10), for
 * Airflow TypeScript SDK DAGs and — through the `python` language — for Python DAGs.
 *
 *   import dagTransport from "eslint-plugin-dag-transport";
 *   export default [...dagTransport.configs.recommended];
 */
import { readFileSync } from "node:fs";
import { RULE_ID_PREFIX } from "@dag-transport/core";
import { allRules } from "@dag-transport/rules";
import type { ConfigObject, Plugin, RuleDefinition } from "@eslint/core";
import tsParser from "@typescript-eslint/parser";
import { pythonLanguage } from "./python/language.js";
import { toEslintRule } from "./rules.js";

const { name, version } = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as {
  name: string;
  version: string;
};

const NAMESPACE = RULE_ID_PREFIX.replace(/\/$/, "");

/** Files the recommended configuration lints with the TypeScript frontend. */
export const SCRIPT_FILES = ["**/*.{ts,mts,cts,tsx,js,mjs}"];
/** Of those, the ones ESLint's default parser cannot read. */
export const TYPESCRIPT_FILES = ["**/*.{ts,mts,cts,tsx}"];
export const PYTHON_FILES = ["**/*.py"];

const rules: Record<string, RuleDefinition> = Object.fromEntries(
  allRules.map((rule) => [rule.id, toEslintRule(rule)]),
);

const recommendedRules = Object.fromEntries(
  allRules.map((rule) => [`${RULE_ID_PREFIX}${rule.id}`, rule.meta.recommendedSeverity]),
);

const plugin = {
  meta: { name, version, namespace: NAMESPACE },
  rules,
  languages: { python: pythonLanguage },
  configs: {} as { recommended: ConfigObject[] },
} satisfies Plugin;

plugin.configs.recommended = [
  {
    name: `${NAMESPACE}/recommended/scripts`,
    files: SCRIPT_FILES,
    plugins: { [NAMESPACE]: plugin },
    rules: recommendedRules,
  },
  {
    name: `${NAMESPACE}/recommended/typescript-parser`,
    files: TYPESCRIPT_FILES,
    languageOptions: { parser: tsParser },
  },
  {
    name: `${NAMESPACE}/recommended/python`,
    files: PYTHON_FILES,
    plugins: { [NAMESPACE]: plugin },
    language: `${NAMESPACE}/python`,
    rules: recommendedRules,
  },
];

export default plugin;
export { pythonLanguage, toEslintRule };
