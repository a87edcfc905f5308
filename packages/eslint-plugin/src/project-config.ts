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
 * see another rule's options. The python language gets the same object as a language option.
 */
import path from "node:path";
import {
  ConfigResolver,
  diskConfigSource,
  findConfigFilesBelow,
  loadConfigFile,
  resolveRuleSetting,
  RULE_ID_PREFIX,
  type FrontendOptions,
  type LoadedConfig,
} from "@dag-transport/core";
import { allRules } from "@dag-transport/rules";
import type { ConfigObject } from "@eslint/core";
import { PYTHON_FILES, SCRIPT_FILES } from "./configs.js";
import { plugin } from "./plugin.js";
import { SETTINGS_KEY, type SharedSettings } from "./models.js";

function configObjects(loaded: LoadedConfig, key: string, basePath?: string): ConfigObject[] {
  const rules: Record<string, unknown> = {};
  const options: FrontendOptions = {};
  for (const rule of allRules) {
    const resolved = resolveRuleSetting(rule, loaded.rules);
    rules[RULE_ID_PREFIX + rule.id] =
      resolved.severity === "off" ? "off" : [resolved.severity, resolved.options];
    if (resolved.severity !== "off") options[rule.id] = resolved.options;
  }
  const settings: SharedSettings = { active: key, options: { [key]: options } };
  const scope = basePath !== undefined ? { basePath } : {};
  const ignoreBase = basePath ?? (loaded.filePath ? path.dirname(loaded.filePath) : undefined);
  return [
    {
      name: `${RULE_ID_PREFIX}project${basePath !== undefined ? `:${key}` : ""}`,
      ...scope,
      files: [...SCRIPT_FILES, ...PYTHON_FILES],
      rules: rules as ConfigObject["rules"],
      settings: { [SETTINGS_KEY]: settings },
    },
    {
      // In a Python file every directive is a dag-transport suppression, so the configuration's
      // `reportUnusedSuppressions` is ESLint's setting there; TypeScript keeps the user's own.
      name: `${RULE_ID_PREFIX}project-suppressions${basePath !== undefined ? `:${key}` : ""}`,
      ...scope,
      files: [...PYTHON_FILES],
      linterOptions: { reportUnusedDisableDirectives: loaded.reportUnusedSuppressions },
      // The python language reads the file's suppressions and diagnostics before any rule runs
      // and sees no settings: the same options, so rules and language share one model.
      languageOptions: { [SETTINGS_KEY]: settings },
    },
    ...(loaded.ignores.length
      ? [
          {
            name: `${RULE_ID_PREFIX}project-ignores${basePath !== undefined ? `:${key}` : ""}`,
            ...(ignoreBase !== undefined ? { basePath: ignoreBase } : {}),
            ignores: loaded.ignores,
          },
        ]
      : []),
  ];
}

/**
 * `configs.recommended` plus the team's configuration, as the CLI applies it: each file gets
 * the nearest config file at or above its folder (within the repository), or `configFile` for
 * every file when given. Config files are found once, when ESLint loads its configuration.
 * Throws the CLI's `ConfigError` for an invalid file.
 */
export function projectConfig(startDir: string = process.cwd(), configFile?: string): ConfigObject[] {
  const source = diskConfigSource();
  if (configFile) {
    const filePath = path.resolve(startDir, configFile);
    const loaded = loadConfigFile(filePath, allRules, source) ?? { ...emptyOf(filePath) };
    return [...plugin.configs.recommended, ...configObjects(loaded, filePath)];
  }
  const resolver = new ConfigResolver(allRules, { source });
  const governing = resolver.forDirectory(startDir);
  const objects = [
    ...plugin.configs.recommended,
    ...configObjects(governing, governing.filePath ?? "(defaults)"),
  ];
  // Nearer config files below startDir override it for their folders (shallowest first, so the
  // deepest is applied last and wins).
  for (const filePath of findConfigFilesBelow(startDir)) {
    if (filePath === governing.filePath) continue;
    const loaded = resolver.forDirectory(path.dirname(filePath));
    if (loaded.filePath !== filePath) continue; // a pyproject.toml without our table
    objects.push(...configObjects(loaded, filePath, path.dirname(filePath)));
  }
  return objects;
}

function emptyOf(filePath: string): LoadedConfig {
  return {
    filePath,
    rules: {},
    ignores: [],
    review: { addedSuppressions: "warn" },
    reportUnusedSuppressions: "warn",
  };
}
