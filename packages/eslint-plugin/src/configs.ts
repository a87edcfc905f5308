/** `configs.recommended`: every rule at its recommended severity, for scripts and Python files. */
import {
  endingsGlob,
  PYTHON_EXTENSIONS,
  RULE_ID_PREFIX,
  TYPESCRIPT_EXTENSIONS,
  TYPESCRIPT_SYNTAX_EXTENSIONS,
} from "@dag-transport/core";
import { allRules } from "@dag-transport/rules";
import type { ConfigObject } from "@eslint/core";
import tsParser from "@typescript-eslint/parser";
import { NAMESPACE, plugin } from "./plugin.js";

/** Files the recommended configuration lints with the TypeScript frontend (core's `TYPESCRIPT_EXTENSIONS`). */
export const SCRIPT_FILES = [endingsGlob(TYPESCRIPT_EXTENSIONS)];
/** Of those, the ones ESLint's default parser cannot read. */
export const TYPESCRIPT_FILES = [endingsGlob(TYPESCRIPT_SYNTAX_EXTENSIONS)];
export const PYTHON_FILES = [endingsGlob(PYTHON_EXTENSIONS)];

const recommendedRules = Object.fromEntries(
  allRules.map((rule) => [`${RULE_ID_PREFIX}${rule.id}`, rule.meta.recommendedSeverity]),
);

export const recommended: ConfigObject[] = [
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

plugin.configs.recommended = recommended;
