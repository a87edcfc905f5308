/** The commands that describe instead of lint: `--list-rules` and `--print-config <file>`. */
import {
  resolveRuleSetting,
  ruleDocsUrl,
  type AnyRule,
  type LoadedConfig,
  type RuleSettings,
  terminalJson,
} from "@dag-transport/core";
import { detectAirflowVersion, findLeoflowProject } from "@dag-transport/deployment";
import { frontendFor, readSiblingFiles } from "@dag-transport/engine";
import { NEWEST_AIRFLOW_VERSION } from "@dag-transport/rules";

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
  const project = findLeoflowProject(filePath);
  const view = {
    filePath,
    configFile: config.filePath ?? null,
    language: frontendFor(filePath)?.language ?? null,
    rules: resolvedRules(rules, config.rules),
    ignores: config.ignores,
    airflowVersion: airflowVersionView(filePath, config),
    leoflowProject: project
      ? {
          filePath: project.filePath,
          dagSource: project.dagSource,
          stagingEnabled: project.stagingEnabled,
          ...(project.problem
            ? { problem: `${project.problem.message} (line ${project.problem.span.line})` }
            : {}),
        }
      : null,
    siblingFiles: readSiblingFiles(filePath).map((s) => ({
      kind: s.kind,
      filePath: s.filePath,
      ...(s.problem ? { problem: s.problem } : {}),
    })),
  };
  // Paths and ignore patterns come from the workspace: escaped for the terminal.
  return `${terminalJson(view, 2)}\n`;
}

/**
 * Which Airflow version the version-dependent rules judge this file against, and why: the
 * rules' `airflowVersion` option, else what the repository pins, else the newest facts.
 */
function airflowVersionView(
  filePath: string,
  config: LoadedConfig,
): { version: string; from: string; reason: string; file?: string; line?: number } {
  for (const ruleId of ["no-unserializable-xcom", "xcom-backend-config"]) {
    const option = config.rules[ruleId]?.options?.airflowVersion;
    if (option !== undefined)
      return {
        version: String(option),
        from: "option",
        reason: `the \`airflowVersion\` option of ${ruleId}${config.filePath ? ` in ${config.filePath}` : ""}`,
      };
  }
  const detected = detectAirflowVersion(filePath);
  if (detected)
    return {
      version: detected.version,
      from: "repository",
      reason: `pinned by ${detected.reason}`,
      ...(detected.file ? { file: detected.file } : {}),
      ...(detected.line ? { line: detected.line } : {}),
    };
  return {
    version: NEWEST_AIRFLOW_VERSION,
    from: "default",
    reason:
      "no airflowVersion option and no pin found (requirements*.txt, constraints*.txt, pyproject.toml, Dockerfile FROM apache/airflow:X, compose image, Helm airflowVersion): the newest facts apply",
  };
}
