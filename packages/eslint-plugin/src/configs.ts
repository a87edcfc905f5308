/**
 * `configs.recommended`: every rule at its recommended severity, for scripts and Python files.
 * Built by the plugin module for itself (`plugin.ts`), so no module fills another's object.
 */
import {
  endingsGlob,
  PYTHON_EXTENSIONS,
  RULE_ID_PREFIX,
  TYPESCRIPT_EXTENSIONS,
  TYPESCRIPT_SYNTAX_EXTENSIONS,
} from "@dag-transport/core";
import { allRules } from "@dag-transport/rules";
import type { ConfigObject, Plugin } from "@eslint/core";
import tsParser from "@typescript-eslint/parser";

/** The plugin's namespace in configurations and rule ids (`dag-transport`). */
export const NAMESPACE = RULE_ID_PREFIX.replace(/\/$/, "");

/** Files the recommended configuration lints with the TypeScript frontend (core's `TYPESCRIPT_EXTENSIONS`). */
export const SCRIPT_FILES = [endingsGlob(TYPESCRIPT_EXTENSIONS)];
/** Of those, the ones ESLint's default parser cannot read. */
export const TYPESCRIPT_FILES = [endingsGlob(TYPESCRIPT_SYNTAX_EXTENSIONS)];
export const PYTHON_FILES = [endingsGlob(PYTHON_EXTENSIONS)];

/** The recommended configuration, naming the plugin it configures. */
export function recommendedConfigs(plugin: Plugin): ConfigObject[] {
  const rules = Object.fromEntries(
    allRules.map((rule) => [`${RULE_ID_PREFIX}${rule.id}`, rule.meta.recommendedSeverity]),
  );
  return [
    {
      name: `${NAMESPACE}/recommended/scripts`,
      files: SCRIPT_FILES,
      plugins: { [NAMESPACE]: plugin },
      rules,
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
      rules,
    },
  ];
}
