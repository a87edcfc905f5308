/**
 * docs/configuration.md, generated from the configuration schema (`configSchema` in
 * packages/core/src/config.ts, every rule's `optionsSchema` and `defaultOptions`): every key,
 * its type, default, description and an example. `pnpm docs:write` writes it; `pnpm docs:check`
 * (in `pnpm test`) fails when it is stale, so a new key or option cannot go undocumented.
 *
 * The examples of options whose default is empty are here (`OPTION_EXAMPLES`); the check fails
 * when an option has neither a default to show nor an example.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { CONFIG_FILE_NAMES, configSchema } from "../packages/core/src/config.js";
import type { AnyRule } from "../packages/core/src/rule.js";

export const CONFIGURATION_PAGE = path.join("docs", "configuration.md");

type Schema = {
  type?: string | string[];
  enum?: unknown[];
  items?: Schema | Schema[];
  properties?: Record<string, Schema>;
  required?: string[];
  pattern?: string;
  description?: string;
  default?: unknown;
};

/** An example value for each option whose default shows nothing (an empty list, or none). */
const OPTION_EXAMPLES: Record<string, unknown> = {
  registeredSerializers: ["pandas.DataFrame"],
  airflowVersion: "2.10",
  allowedDeserializationClasses: ["airflow.*", "team_models.*"],
  writeApis: [{ call: "team_io.save_array", path: 1 }],
  readApis: [{ call: "team_io.load_array", path: 0 }],
  sanctionedHelpers: ["team_xcom.put_reference"],
  tempPrefixes: ["/tmp", "/var/tmp", "/dev/shm", "/scratch"],
  stagingVariable: "LEOFLOW_STAGING_DIR",
  mountPath: "/staging",
  files: ["airflow.cfg", "deploy/**/*.env", "charts/airflow/values*.yaml"],
};

function typeOf(schema: Schema): string {
  if (schema.enum) return schema.enum.map((v) => `\`${JSON.stringify(v)}\``).join(" \\| ");
  const types = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : [];
  return types
    .map((type) => {
      if (type !== "array") return type;
      const items = Array.isArray(schema.items) ? undefined : schema.items;
      if (items?.type === "object") return "list of tables";
      return items ? `list of ${typeOf(items)}` : "list";
    })
    .join(" or ");
}

function toml(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(toml).join(", ")}]`;
  if (value !== null && typeof value === "object")
    return `{ ${Object.entries(value)
      .map(([k, v]) => `${/^[\w-]+$/.test(k) ? k : JSON.stringify(k)} = ${toml(v)}`)
      .join(", ")} }`;
  return JSON.stringify(value);
}

function cell(text: string): string {
  return text.replace(/\|/g, "\\|").replace(/\s*\n\s*/g, " ");
}

function shownDefault(value: unknown): string {
  return value === undefined ? "—" : `\`${toml(value)}\``;
}

function isEmpty(value: unknown): boolean {
  return value === undefined || (Array.isArray(value) && value.length === 0);
}

/** The options of one rule, as a table, then a TOML example; problems for an option without an example. */
function ruleSection(rule: AnyRule, problems: string[]): string[] {
  const schema = rule.meta.optionsSchema as Schema;
  const defaults = (rule.defaultOptions ?? {}) as Record<string, unknown>;
  const properties = Object.entries(schema.properties ?? {});
  const lines = [
    `### \`${rule.id}\``,
    "",
    `${rule.meta.description} Recommended severity: \`${rule.meta.recommendedSeverity}\`. [The rule's page](rules/${rule.id}.md).`,
    "",
  ];
  if (!properties.length) return [...lines, "No options.", ""];
  lines.push("| option | type | default | what it does |", "| --- | --- | --- | --- |");
  const example: Record<string, unknown> = {};
  for (const [name, option] of properties) {
    let description = option.description ?? "";
    const items = Array.isArray(option.items) ? undefined : option.items;
    if (items?.type === "object" && items.properties) {
      const fields = Object.entries(items.properties).map(
        ([field, fieldSchema]) =>
          `\`${field}\`${items.required?.includes(field) ? " (required)" : ""}: ${fieldSchema.description ?? typeOf(fieldSchema)}`,
      );
      description += ` Each table: ${fields.join("; ")}`;
    }
    lines.push(
      `| \`${name}\` | ${cell(typeOf(option))} | ${cell(shownDefault(defaults[name]))} | ${cell(description)} |`,
    );
    const value = isEmpty(defaults[name]) ? OPTION_EXAMPLES[name] : defaults[name];
    if (value === undefined) problems.push(`option '${rule.id}.${name}' has no default and no example`);
    else example[name] = value;
  }
  lines.push(
    "",
    "```toml",
    "[tool.dag-transport.rules]",
    `${rule.id} = ["${rule.meta.recommendedSeverity}", ${toml(example)}]`,
    "```",
    "",
  );
  return lines;
}

/** The page, and what keeps it from being complete. */
export function configurationPage(rules: readonly AnyRule[]): { text: string; problems: string[] } {
  const problems: string[] = [];
  const schema = configSchema(rules) as Schema;
  const top = schema.properties!;
  const review = top.review!.properties!;
  const names = CONFIG_FILE_NAMES.map((name, i) =>
    name === "pyproject.toml"
      ? `${i + 1}. \`pyproject.toml\`, when it has a \`[tool.dag-transport]\` table (one without it is passed over)`
      : `${i + 1}. \`${name}\``,
  );
  const text = [
    "# Configuration",
    "",
    "<!-- Generated from the configuration schema by scripts/configuration.ts (`pnpm docs:write`); do not edit. -->",
    "",
    "One configuration serves the command line, the pre-commit hook, the pull request gate and, through",
    "`projectConfig`, ESLint. `dag-transport --init` writes a starter one.",
    "",
    "## Where it comes from",
    "",
    "Each file is linted with the configuration **nearest** to it: dag-transport looks in the file's",
    "folder, then in each folder above, and stops at the repository root (the folder holding `.git`;",
    "outside a repository, at the filesystem root). In each folder it tries, in this order:",
    "",
    ...names,
    "",
    "The first one found in a folder is that folder's configuration; the others in the same folder are",
    "not read (a `dag-transport.config.yaml` beside a `pyproject.toml` with a `[tool.dag-transport]`",
    "table wins, whatever the table says). The nearest folder's configuration applies **whole**:",
    "configurations do not merge, so a file in `team/dags/` with its own configuration gets nothing",
    "from the repository root's. With none found, every rule runs at its recommended severity.",
    "",
    "`--config <file>` (`-c`) uses that file for every linted file, and nothing is discovered. The",
    "pull request gate reads the configuration of the pull request's base commit (`--config-from`,",
    "[review.md](review.md)). Only data formats are read — JSON, YAML, TOML — never JavaScript, so",
    "reading a configuration never runs code. `--print-config <file>` shows which file applies to a",
    "file, and every rule's resolved settings.",
    "",
    "In `pyproject.toml` the keys below live under `[tool.dag-transport]`; in",
    "`dag-transport.config.*` they are at the top level.",
    "",
    "## Keys",
    "",
    "| key | type | default | what it does |",
    "| --- | --- | --- | --- |",
    `| \`rules\` | table: rule id → severity, or \`[severity, options]\` | every rule at its recommended severity | ${cell(top.rules!.description ?? "")} |`,
    `| \`ignores\` | ${typeOf(top.ignores!)} | ${shownDefault(top.ignores!.default)} | ${cell(top.ignores!.description ?? "")} |`,
    // Every other top-level key, so a new one cannot go undocumented.
    ...Object.entries(top)
      .filter(([name]) => !["rules", "ignores", "review"].includes(name))
      .map(
        ([name, option]) =>
          `| \`${name}\` | ${typeOf(option)} | ${shownDefault(option.default)} | ${cell(option.description ?? "")} |`,
      ),
    ...Object.entries(review).map(
      ([name, option]) =>
        `| \`review.${name}\` | ${typeOf(option)} | ${shownDefault(option.default)} | ${cell(option.description ?? "")} |`,
    ),
    "",
    "```toml",
    "# pyproject.toml",
    "[tool.dag-transport]",
    'ignores = ["legacy/**", "dags/scratch_*.py"]',
    "",
    "[tool.dag-transport.rules]",
    'no-unserializable-xcom = ["error", { registeredSerializers = ["pandas.DataFrame"] }]',
    'atomic-staging-write = "off"',
    "",
    "[tool.dag-transport.review]",
    'addedSuppressions = "require-approval"',
    "```",
    "",
    "The same in `dag-transport.config.yaml`:",
    "",
    "```yaml",
    "ignores: [legacy/**, dags/scratch_*.py]",
    "rules:",
    "  no-unserializable-xcom: [error, { registeredSerializers: [pandas.DataFrame] }]",
    "  atomic-staging-write: off",
    "review:",
    "  addedSuppressions: require-approval",
    "```",
    "",
    "An unknown key, an unknown rule, or an option of the wrong type is an error (exit 2) that names",
    "the key.",
    "",
    "## Severities",
    "",
    "| severity | also written | meaning |",
    "| --- | --- | --- |",
    '| `"off"` | `0` | the rule does not run, and its options are not used |',
    '| `"warn"` | `1` | reported; does not fail the run unless `--max-warnings` is exceeded |',
    '| `"error"` | `2` | reported; fails the run (exit 1) and the pull request gate |',
    "",
    'A rule is either a severity (`no-tmp-staging = "warn"`) or a list of a severity and its options',
    '(`no-tmp-staging = ["warn", { tempPrefixes = ["/tmp", "/scratch"] }]`). Options not given keep',
    "their defaults; a rule named with a severity alone keeps all of them. ESLint takes the same",
    "severities and the same options, under `dag-transport/<rule id>`.",
    "",
    "## `ignores`",
    "",
    "Patterns are `.gitignore` patterns (`*`, `**`, a leading `/` anchors to the configuration's",
    "folder, a trailing `/` matches folders only, `!` re-includes), matched against paths relative to",
    "the folder of the configuration file that holds them; a path outside that folder never",
    "matches. They apply to files found in folders and to files named on the command line alike",
    "(pre-commit names every staged file: an ignored one is skipped), and an ignored folder is not",
    "searched. They add to `.gitignore`, which is always honoured for folders. Since configurations do",
    "not merge, a nearer configuration's `ignores` replace the root's for the files it governs. ESLint",
    "gets them through `projectConfig`.",
    "",
    "## `review.addedSuppressions`",
    "",
    "How the pull request gate treats a `# dag-transport: ignore[...] -- reason` (or an ESLint",
    "directive for a dag-transport rule) that the pull request adds. It is read from the base",
    "commit's configuration, so a pull request cannot relax it for itself.",
    "",
    ...(review.addedSuppressions!.enum as string[]).map((value) => {
      const meaning: Record<string, string> = {
        warn: "listed in the gate's summary with its reason; the gate stays green (a reviewer reads every exception)",
        "require-approval":
          "each added suppression blocks the gate until someone other than the author approves the head commit",
        block: "an added suppression blocks the gate",
      };
      if (!meaning[value]) problems.push(`review.addedSuppressions value '${value}' is not described`);
      return `- \`${value}\`${value === review.addedSuppressions!.default ? " (the default)" : ""}: ${meaning[value] ?? ""}.`;
    }),
    "",
    "## Rule options",
    "",
    "Every option of every rule. Some options teach the analysis rather than one rule (the storage",
    "APIs, helpers, temp prefixes and staging variable are read by `no-bespoke-transport` and",
    "`no-tmp-staging` alike); `projectConfig` passes them to ESLint together.",
    "",
    ...rules.flatMap((rule) => ruleSection(rule, problems)),
  ].join("\n");
  return { text: `${text.trimEnd()}\n`, problems };
}

export function checkConfigurationPage(
  root: string,
  rules: readonly AnyRule[],
): { file: string; message: string }[] {
  const file = path.join(root, CONFIGURATION_PAGE);
  const { text, problems } = configurationPage(rules);
  const found = problems.map((message) => ({ file, message }));
  if (!existsSync(file)) found.push({ file, message: "is missing; run pnpm docs:write" });
  else if (readFileSync(file, "utf8") !== text)
    found.push({ file, message: "is stale; run pnpm docs:write" });
  return found;
}

export function writeConfigurationPage(root: string, rules: readonly AnyRule[]): string[] {
  const file = path.join(root, CONFIGURATION_PAGE);
  const { text } = configurationPage(rules);
  if (existsSync(file) && readFileSync(file, "utf8") === text) return [];
  writeFileSync(file, text);
  return [file];
}
