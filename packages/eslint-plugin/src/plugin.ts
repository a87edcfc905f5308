/** The plugin object: one rule per dag-transport rule, and the `python` language. */
// eslint-disable-next-line no-restricted-imports -- reads the plugin's own package.json (a URL relative to this module) for its name and version, not workspace input
import { readFileSync } from "node:fs";
import { allRules } from "@dag-transport/rules";
import type { ConfigObject, Plugin, RuleDefinition } from "@eslint/core";
import { NAMESPACE, recommendedConfigs } from "./configs.js";
import { pythonLanguage } from "./python/language.js";
import { toEslintRule } from "./rules.js";

const { name, version } = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as {
  name: string;
  version: string;
};

export { NAMESPACE };

export const plugin = {
  meta: { name, version, namespace: NAMESPACE },
  rules: Object.fromEntries(allRules.map((rule) => [rule.id, toEslintRule(rule)])) as Record<
    string,
    RuleDefinition
  >,
  languages: { python: pythonLanguage },
  configs: {} as { recommended: ConfigObject[] },
} satisfies Plugin;

// The configurations name the plugin object itself, so they are made once it exists.
plugin.configs.recommended = recommendedConfigs(plugin);
