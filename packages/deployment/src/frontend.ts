/**
 * The deployment-configuration frontend: a deployment file in, a transport model out, with the
 * Airflow settings the file makes (`model.deployment`). One more frontend beside Python and
 * TypeScript, run by the same engine, rules, formats and gate.
 *
 * Which files: by name (`airflow.cfg`, `.env` files, Dockerfiles, `leoflow.yaml`) and, for
 * YAML, by content (`services:` → compose, `apiVersion`+`kind` → Kubernetes, `config:`/`env:`
 * → the official Helm chart's values). Bad input is a diagnostic with a position, never the
 * file's text.
 */
import path from "node:path";
import {
  COMPOSE_FILE_NAMES,
  emptyModel,
  type Diagnostic,
  type Frontend,
  type Span,
  type TransportModel,
} from "@dag-transport/core";
import { parseLeoflow, LEOFLOW_FILE } from "./leoflow.js";
import {
  parseCompose,
  parseDockerfile,
  parseEnvFile,
  parseHelmValues,
  parseIni,
  parseKubernetes,
  yamlKind,
  type Parsed,
} from "./parsers.js";
import { parseYaml } from "./yaml-nodes.js";

/**
 * Files the CLI lints as deployment configuration unless configured otherwise (the
 * `xcom-backend-config` rule's `files` option; `.gitignore` syntax, matched against the path
 * relative to the folder linted).
 */
export const DEFAULT_DEPLOYMENT_FILES: readonly string[] = [
  "airflow.cfg",
  ".env",
  "*.env",
  ".env.*",
  "docker-compose*.yml",
  "docker-compose*.yaml",
  "compose.yml",
  "compose.yaml",
  "values*.yml",
  "values*.yaml",
  "Dockerfile",
  "Dockerfile.*",
  "*.Dockerfile",
  "Containerfile",
  "**/k8s/**/*.yaml",
  "**/k8s/**/*.yml",
  "**/kubernetes/**/*.yaml",
  "**/kubernetes/**/*.yml",
  "**/manifests/**/*.yaml",
  "**/manifests/**/*.yml",
];

/**
 * File-name endings that are always deployment files: what a tool that selects by ending alone
 * (the PR gate's file filter) can recognise. The rest of `DEFAULT_DEPLOYMENT_FILES` needs the
 * engine's `isLintablePath`.
 */
export const DEPLOYMENT_FILE_ENDINGS: readonly string[] = [
  "airflow.cfg",
  LEOFLOW_FILE,
  ".env",
  "Dockerfile",
  ...COMPOSE_FILE_NAMES,
  "values.yaml",
  "values.yml",
];

export type DeploymentKind = "airflow.cfg" | "env-file" | "dockerfile" | "leoflow" | "yaml";

/** What a file is, from its name alone; undefined when the name says nothing. */
export function deploymentKindByName(filePath: string): DeploymentKind | undefined {
  const name = path.basename(filePath);
  if (name === "airflow.cfg") return "airflow.cfg";
  if (name === LEOFLOW_FILE) return "leoflow";
  if (name === ".env" || name.endsWith(".env") || name.startsWith(".env.")) return "env-file";
  if (/^(Dockerfile|Containerfile)(\.[\w.-]+)?$/.test(name) || name.endsWith(".Dockerfile"))
    return "dockerfile";
  if (/\.ya?ml$/.test(name)) return "yaml";
  return undefined;
}

/** YAML files whose name says they are a deployment file, so a parse failure is reported. */
function namedDeploymentYaml(name: string): boolean {
  return /^((docker-)?compose[\w.-]*|values[\w.-]*)\.ya?ml$/.test(name);
}

/** Env files that are templates to copy (`.env.example`, `.env.sample`, `example.env`). */
const ENV_TEMPLATE = /(^|\.)(example|sample|template|dist|tpl|defaults?)(\.env)?$/i;

function diagnostic(message: string, span: Span, fatal = true): Diagnostic {
  return { fatal, message, span };
}

export function analyzeDeployment(text: string, filePath: string): TransportModel {
  const model = emptyModel(filePath, "config");
  try {
    const kind = deploymentKindByName(filePath);
    const name = path.basename(filePath);
    const fileLabel = kind === "leoflow" ? "leoflow.yaml" : name;
    let parsed: Parsed | undefined;
    let deploymentKind: string | undefined;
    switch (kind) {
      case "airflow.cfg":
        parsed = parseIni(text, filePath);
        deploymentKind = "airflow.cfg";
        break;
      case "env-file":
        parsed = parseEnvFile(text, filePath);
        // A template is meant to hold placeholders (`<PROJECT>_SQL_CONN_URI=…`): its settings
        // are read, a line that is not one is no problem of the deployment's.
        if (ENV_TEMPLATE.test(name)) parsed = { ...parsed, problems: [] };
        deploymentKind = "env-file";
        break;
      case "dockerfile":
        parsed = parseDockerfile(text, filePath);
        deploymentKind = "dockerfile";
        break;
      case "leoflow": {
        const project = parseLeoflow(text, filePath);
        model.leoflow = project;
        if (project.problem)
          model.diagnostics.push(
            diagnostic(`${fileLabel} not analysed: ${project.problem.message}.`, project.problem.span),
          );
        return model;
      }
      case "yaml": {
        // A Helm or Go template is not YAML until it is rendered.
        if (text.includes("{{") && !namedDeploymentYaml(name)) return model;
        const yaml = parseYaml(text);
        if ("problem" in yaml) {
          model.diagnostics.push(
            diagnostic(`${fileLabel} not analysed: ${yaml.problem.message}.`, yaml.problem.span),
          );
          return model;
        }
        const byContent = yamlKind(yaml.file);
        if (byContent === "compose") parsed = parseCompose(yaml.file, filePath);
        else if (byContent === "kubernetes") parsed = parseKubernetes(yaml.file, filePath);
        else if (byContent === "helm-values") parsed = parseHelmValues(yaml.file, filePath);
        deploymentKind = byContent;
        break;
      }
      default:
        return model;
    }
    if (!parsed || !deploymentKind) return model;
    for (const problem of parsed.problems)
      model.diagnostics.push(
        diagnostic(
          `${fileLabel} not fully analysed: ${problem.message} (line ${problem.span.line}).`,
          problem.span,
        ),
      );
    model.deployment = { kind: deploymentKind, settings: parsed.settings, neighbours: [] };
    if (parsed.version)
      model.airflowVersion = {
        version: parsed.version.version,
        from: "repository",
        file: filePath,
        line: parsed.version.line,
        reason: `${name}:${parsed.version.line} (${parsed.version.what})`,
      };
  } catch (error) {
    const reason = error instanceof RangeError ? "it is nested too deeply" : "internal error";
    return {
      ...emptyModel(filePath, "config"),
      diagnostics: [
        diagnostic(`File not analysed: ${reason}.`, { line: 1, column: 1, endLine: 1, endColumn: 1 }),
      ],
    };
  }
  return model;
}

export const deploymentFrontend: Frontend = {
  language: "config",
  extensions: DEPLOYMENT_FILE_ENDINGS,
  analyze: (source, filePath) => analyzeDeployment(source, filePath),
};
