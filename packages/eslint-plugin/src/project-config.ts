/**
 * ESLint configuration from the team's dag-transport configuration file — the same data file
 * the CLI and the PR gate read (`dag-transport.config.*`, `pyproject.toml`), so the editor
 * judges with the same options:
 *
 *   import { projectConfig } from "eslint-plugin-dag-transport";
 *   export default [...projectConfig(import.meta.dirname)];
 *
 * Besides each rule's options, the whole set goes into `settings["dag-transport"]`: some
 * options are extraction knowledge shared across rules (`no-tmp-staging`'s temp prefixes decide
 * whether a write is temp, which `no-bespoke-transport` needs too), and an ESLint rule cannot
 * see another rule's options.
 */
import path from "node:path";
import {
  discoverConfig,
  readConfigFile,
  resolveRuleSetting,
  RULE_ID_PREFIX,
  type FrontendOptions,
} from "@dag-transport/core";
import { allRules } from "@dag-transport/rules";
import type { ConfigObject } from "@eslint/core";
import { PYTHON_FILES, recommended, SCRIPT_FILES } from "./configs.js";
import { SETTINGS_KEY } from "./models.js";

export interface SharedSettings {
  /** Resolved options of every enabled rule, keyed by rule id (what the CLI's frontend gets). */
  options?: FrontendOptions;
}

/**
 * `configs.recommended` plus the team's configuration: found from `startDir` upwards, or read
 * from `configFile` when given. Throws the CLI's `ConfigError` for an invalid file.
 */
export function projectConfig(startDir: string = process.cwd(), configFile?: string): ConfigObject[] {
  const loaded = configFile
    ? (readConfigFile(path.resolve(startDir, configFile), allRules) ?? { rules: {}, ignores: [] })
    : discoverConfig(startDir, allRules);
  const rules: Record<string, unknown> = {};
  const options: FrontendOptions = {};
  for (const rule of allRules) {
    const resolved = resolveRuleSetting(rule, loaded.rules);
    rules[RULE_ID_PREFIX + rule.id] =
      resolved.severity === "off" ? "off" : [resolved.severity, resolved.options];
    if (resolved.severity !== "off") options[rule.id] = resolved.options;
  }
  const settings: SharedSettings = { options };
  const base = loaded.filePath ? path.dirname(loaded.filePath) : startDir;
  return [
    ...recommended,
    {
      name: `${RULE_ID_PREFIX}project`,
      files: [...SCRIPT_FILES, ...PYTHON_FILES],
      rules: rules as ConfigObject["rules"],
      settings: { [SETTINGS_KEY]: settings },
    },
    ...(loaded.ignores.length
      ? [{ name: `${RULE_ID_PREFIX}project-ignores`, basePath: base, ignores: loaded.ignores }]
      : []),
  ];
}
