/**
 * `dag-transport --init`: a starter configuration for the current directory, and the snippets
 * that wire dag-transport into pre-commit, ESLint and GitHub. It only ever appends: an existing
 * `pyproject.toml` keeps every byte it had, and an existing dag-transport configuration is
 * never touched (the command refuses instead).
 */
import { appendFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import {
  CONFIG_FILE_NAMES,
  ConfigError,
  ConfigResolver,
  diskConfigSource,
  parseConfigText,
  parseDataFile,
  readWorkspaceText,
  type AnyRule,
} from "@dag-transport/core";
import { UsageError } from "./options.js";

export const CONFIGURATION_DOCS_URL =
  "https://github.com/dag-transport/dag-transport/blob/main/docs/configuration.md";

/**
 * The starter settings as TOML lines: under `[tool.dag-transport]` in a pyproject.toml, or at
 * the top level of dag-transport.config.toml (`table` undefined).
 */
function starterToml(table: string | undefined): string[] {
  return [
    ...(table ? [`[${table}]`] : []),
    `# dag-transport: ${CONFIGURATION_DOCS_URL}`,
    "# Paths to skip, as .gitignore patterns relative to this file.",
    "ignores = []",
    "",
    table ? `[${table}.rules]` : "[rules]",
    '# Every rule runs at its recommended severity. Set one to "off", "warn" or "error",',
    "# with options as the rule's page describes, e.g.:",
    '# no-unserializable-xcom = ["error", { registeredSerializers = ["pandas.DataFrame"] }]',
    '# no-tmp-staging = ["error", { tempPrefixes = ["/tmp", "/var/tmp", "/scratch"] }]',
  ];
}

export interface InitOutcome {
  /** The file written or appended to. */
  file: string;
  appended: boolean;
  /** A configuration in a folder above that files here no longer use (configurations do not merge). */
  shadowed?: string;
}

/** Writes the starter configuration in `cwd`, or throws `UsageError` saying why not. */
export function writeStarterConfig(cwd: string, rules: readonly AnyRule[]): InitOutcome {
  const source = diskConfigSource();
  for (const name of CONFIG_FILE_NAMES) {
    if (name === "pyproject.toml") continue;
    const candidate = path.join(cwd, name);
    const read = source.read(candidate);
    if (!("missing" in read && read.missing))
      throw new UsageError(`${name} already exists here; --init does not change an existing configuration`);
  }
  let shadowed: string | undefined;
  // Discovery never looks above the repository root: at the root, nothing above is shadowed.
  if (source.boundary(cwd) !== path.resolve(cwd))
    try {
      shadowed = new ConfigResolver(rules, { source }).forDirectory(path.dirname(cwd)).filePath;
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      shadowed = error.filePath;
    }
  if (shadowed !== undefined && path.dirname(shadowed) === cwd) shadowed = undefined;
  const pyproject = path.join(cwd, "pyproject.toml");
  const read = readWorkspaceText(pyproject, { root: cwd });
  if ("missing" in read && read.missing) {
    const file = path.join(cwd, "dag-transport.config.toml");
    writeFileSync(file, `${starterToml(undefined).join("\n")}\n`, { flag: "wx" });
    return { file, appended: false, ...(shadowed ? { shadowed } : {}) };
  }
  if ("problem" in read) throw new UsageError(`cannot read pyproject.toml: ${read.problem}`);
  const existing = read.text;
  let parsed: unknown;
  try {
    parsed = parseDataFile(existing, pyproject);
  } catch (error) {
    throw new UsageError(
      `pyproject.toml does not parse (${(error as ConfigError).reason}); fix it before --init appends to it`,
    );
  }
  const tool = (parsed as { tool?: unknown }).tool;
  if (tool && typeof tool === "object" && "dag-transport" in tool)
    throw new UsageError(
      "pyproject.toml already has a [tool.dag-transport] table; --init does not change an existing configuration",
    );
  const eol = existing.includes("\r\n") ? "\r\n" : "\n";
  const separator = existing.length === 0 ? "" : existing.endsWith("\n") ? eol : `${eol}${eol}`;
  const addition = separator + starterToml("tool.dag-transport").join(eol) + eol;
  // The file as it will be must still parse, with a valid table (an inline `tool = {…}` cannot
  // be extended by a table header, for one).
  try {
    if (!parseConfigText(existing + addition, pyproject, rules)) throw new Error("no table");
  } catch {
    throw new UsageError(
      "pyproject.toml cannot take a [tool.dag-transport] table at its end (is `tool` an inline table?); add it by hand",
    );
  }
  appendFileSync(pyproject, addition);
  return { file: pyproject, appended: true, ...(shadowed ? { shadowed } : {}) };
}

/** What the user adds next, for the repository in `cwd`. */
export function integrationSnippets(cwd: string): string {
  const packageJson = readWorkspaceText(path.join(cwd, "package.json"), { root: cwd });
  let esm = false;
  if ("text" in packageJson) {
    try {
      esm = (JSON.parse(packageJson.text) as { type?: unknown }).type === "module";
    } catch {
      esm = false;
    }
  }
  const eslintFile = esm ? "eslint.config.js" : "eslint.config.mjs";
  return `
pre-commit (.pre-commit-config.yaml), then \`pre-commit install\`:

repos:
  - repo: https://github.com/dag-transport/dag-transport
    rev: 0123456789abcdef0123456789abcdef01234567 # a commit SHA until the first release; then a tag (v0.1.0)
    hooks:
      - id: dag-transport

ESLint, for the editor (npm install --save-dev eslint eslint-plugin-dag-transport), in ${eslintFile}:

import { projectConfig } from "eslint-plugin-dag-transport";

export default [...projectConfig(import.meta.dirname)];

GitHub, the pull request gate (.github/workflows/dag-transport.yml):

on: [pull_request, merge_group]
permissions:
  contents: read
  pull-requests: write
  checks: write
jobs:
  dag-transport:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
        with:
          persist-credentials: false
      - uses: dag-transport/dag-transport@0123456789abcdef0123456789abcdef01234567 # a commit SHA, or a tag once released
`;
}

/** `--init`: the configuration, then what to add next. Throws `UsageError` when it refuses. */
export function runInit(cwd: string, rules: readonly AnyRule[]): string {
  const outcome = writeStarterConfig(cwd, rules);
  const name = path.relative(cwd, outcome.file) || outcome.file;
  const lines = [
    outcome.appended
      ? `Added a [tool.dag-transport] table at the end of ${name}.`
      : `Wrote ${name} (no pyproject.toml here).`,
  ];
  if (outcome.shadowed)
    lines.push(
      `Note: files here used ${outcome.shadowed} until now; the nearest configuration wins whole (they do not merge).`,
    );
  lines.push(`Every key: ${CONFIGURATION_DOCS_URL}`);
  return `${lines.join("\n")}\n${integrationSnippets(cwd)}`;
}
