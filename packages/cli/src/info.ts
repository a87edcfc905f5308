/** The commands that describe instead of lint: `--list-rules` and `--print-config <file>`. */
import {
  resolveRuleSetting,
  ruleDocsUrl,
  type AnyRule,
  type LoadedConfig,
  type RuleSettings,
  terminalJson,
} from "@dag-transport/core";
import { frontendFor, readSiblingFiles } from "@dag-transport/engine";

/** Each rule's effective severity and options under `settings`, ESLint's `[severity, options]` shape. */
export function resolvedRules(
  rules: readonly AnyRule[],
  settings: RuleSettings,
): Record<string, [string, Record<string, unknown>]> {
  return Object.fromEntries(
    rules.map((rule) => {
      const { severity, options } = resolveRuleSetting(rule, settings);
      return [rule.id, [severity, options]];
    }),
  );
}

export function listRules(rules: readonly AnyRule[], settings: RuleSettings, json: boolean): string {
  if (json) {
    const list = rules.map((rule) => ({
      id: rule.id,
      description: rule.meta.description,
      recommendedSeverity: rule.meta.recommendedSeverity,
      severity: resolveRuleSetting(rule, settings).severity,
      docs: ruleDocsUrl(rule.id),
    }));
    return `${JSON.stringify(list, null, 2)}\n`;
  }
  const width = Math.max(...rules.map((r) => r.id.length));
  return rules
    .map((rule) => {
      const { severity } = resolveRuleSetting(rule, settings);
      return `${rule.id.padEnd(width)}  ${severity.padEnd(5)}  ${rule.meta.description}\n`;
    })
    .join("");
}

/** What applies to one file: the config file, the language, every rule's severity and options, siblings. */
export function printConfig(filePath: string, config: LoadedConfig, rules: readonly AnyRule[]): string {
  const view = {
    filePath,
    configFile: config.filePath ?? null,
    language: frontendFor(filePath)?.language ?? null,
    rules: resolvedRules(rules, config.rules),
    ignores: config.ignores,
    siblingFiles: readSiblingFiles(filePath).map((s) => ({
      kind: s.kind,
      filePath: s.filePath,
      ...(s.problem ? { problem: s.problem } : {}),
    })),
  };
  // Paths and ignore patterns come from the workspace: escaped for the terminal.
  return `${terminalJson(view, 2)}\n`;
}
