/** Command-line options: parsing and validation, nothing else. */
import { parseArgs } from "node:util";

export const FORMATS = ["stylish", "json", "sarif", "github", "gitlab", "junit"] as const;
export type Format = (typeof FORMATS)[number];

export interface CliOptions {
  paths: string[];
  format: Format;
  outputFile?: string;
  config?: string;
  /** Exit 1 when there are more warnings than this; undefined means no limit. */
  maxWarnings?: number;
  /** Report errors only. */
  quiet: boolean;
  /** Remove unused suppressions from the files. */
  fix: boolean;
  /** Run only these rules (bare ids); empty means every enabled rule. */
  rules: string[];
  printConfig?: string;
  listRules: boolean;
  stdin: boolean;
  stdinFilename?: string;
  help: boolean;
  version: boolean;
  /** With --version: the runtime and which Python parser loaded. */
  verbose: boolean;
  /** `--color` (true) or `--no-color` (false); undefined: decided by the environment (color.ts). */
  color?: boolean;
  /** `--init`: write a starter configuration and print the integration snippets. */
  init: boolean;
  /** `--suppress-all`: record every error-level finding in the bulk suppressions file. */
  suppressAll: boolean;
  /** `--suppress-rule`: record these rules' error-level findings (bare ids). */
  suppressRules: string[];
  /** `--suppressions-location`: the bulk suppressions file, instead of the repository root's. */
  suppressionsLocation?: string;
  /** `--prune-suppressions`: drop the recorded counts no finding needs any more. */
  pruneSuppressions: boolean;
  /** `--pass-on-unpruned-suppressions`: unused recorded counts do not fail the run. */
  passOnUnprunedSuppressions: boolean;
  /** `--explain <file>:<line>`: why that line is or is not a finding. */
  explain?: { file: string; line: number };
  /** `--cache`: reuse the results of files whose inputs have not changed (packages/engine/src/result-cache.ts). */
  cache: boolean;
  /** `--cache-location`: the cache file, or a directory for it (ESLint's semantics). */
  cacheLocation?: string;
  /** `--cache-strategy`: how an unchanged file is recognised (result-cache.ts `CacheStrategy`). */
  cacheStrategy: "metadata" | "content";
}

/** A mistake in how the command was called: exit code 2 with a hint. */
export class UsageError extends Error {
  override name = "UsageError";
}

export const HELP_OPTIONS = `Options:
  -f, --format <name>         Output format: stylish (default), json (ESLint's), sarif (SARIF 2.1.0),
                              github (GitHub Actions annotations), gitlab (GitLab Code Quality),
                              junit (JUnit XML)
  -o, --output-file <path>    Write the report to a file instead of standard output
  -c, --config <path>         Use this configuration file instead of discovering one
      --max-warnings <n>      Exit 1 when there are more than n warnings (-1: no limit, the default)
      --quiet                 Report errors only (warnings still count for --max-warnings)
      --rule <id>             Run only this rule; repeat for several
      --fix                   Remove suppressions that suppress nothing (and change nothing else)
      --cache                 Only analyse files whose content, configuration, sibling files or
                              imported modules changed since the last run with --cache
      --cache-location <path> The cache file, or a directory to put it in (default:
                              .dag-transport-cache in the current directory)
      --cache-strategy <name> How --cache tells that a file is unchanged: metadata (the default:
                              same inode, size, mtime and ctime as when it was hashed; else its
                              content is hashed) or content (always hash the content)
      --stdin                 Lint the text on standard input (needs --stdin-filename)
      --stdin-filename <path> The file the standard input stands for (picks the language)
      --print-config <file>   Print the configuration that applies to <file> as JSON, and exit
      --list-rules            List the rules with their configured severity, and exit
      --color, --no-color     Force colour on or off (default: on for a terminal; FORCE_COLOR and
                              NO_COLOR are honoured)
      --suppress-all          Record every error-level finding in the bulk suppressions file, so
                              that only new ones fail later runs (as ESLint's --suppress-all)
      --suppress-rule <id>    The same for one rule's findings; repeat for several
      --suppressions-location <file>
                              The bulk suppressions file (default: dag-transport-suppressions.json
                              at the repository root)
      --prune-suppressions    Remove recorded counts that no finding needs any more
      --pass-on-unpruned-suppressions
                              Do not fail (exit 2) on recorded counts no finding needs any more
      --explain <file>:<line> Explain why that line is or is not a finding (the task, the values
                              and locations it hands on, what made them, what was reported or
                              suppressed), and exit
      --init                  Add a starter [tool.dag-transport] table to pyproject.toml (or write
                              dag-transport.config.toml), print the pre-commit, ESLint and
                              workflow snippets, and exit
  -h, --help                  Show this help
  -v, --version               Show the version (with --verbose: Node.js, and which Python parser
                              loaded: native tree-sitter or its WebAssembly build)`;

function parseMaxWarnings(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^-?\d+$/.test(value.trim()) || Number(value) < -1)
    throw new UsageError(`--max-warnings expects a whole number (or -1 for no limit), got '${value}'`);
  const n = Number(value);
  return n === -1 ? undefined : n;
}

/** `--max-warnings -1` as ESLint spells it; parseArgs would take `-1` for an option. */
function joinNegativeNumbers(argv: readonly string[]): string[] {
  const joined: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const next = argv[i + 1];
    if (argv[i] === "--max-warnings" && next !== undefined && /^-\d+$/.test(next)) {
      joined.push(`--max-warnings=${next}`);
      i++;
    } else {
      joined.push(argv[i]!);
    }
  }
  return joined;
}

/**
 * What to say about an option the CLI does not have. ESLint's and Ruff's users try theirs;
 * Node's own parseArgs message (about positionals after `--`) helps none of them.
 */
const NOT_OFFERED: Record<string, string> = {
  "--fix-dry-run":
    "--fix only removes suppressions that suppress nothing; conversions are offered as suggestions, never applied (they change what the next task receives)",
  "--watch": "dag-transport does not watch files; run it from your editor's ESLint integration instead",
};

/** A clear usage message for what parseArgs refused. */
function describeParseArgsError(error: Error & { code?: string }): string {
  const quoted = /'([^']*)'/.exec(error.message)?.[1];
  if (error.code === "ERR_PARSE_ARGS_UNKNOWN_OPTION" && quoted !== undefined) {
    const option = quoted.replace(/=.*$/, "");
    const why = NOT_OFFERED[option];
    return `unknown option '${option}'${why ? `: ${why}` : ""}`;
  }
  if (error.code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE" && quoted !== undefined) {
    const name = /--[\w-]+/.exec(quoted)?.[0] ?? quoted;
    if (/argument missing/.test(error.message)) return `${name} needs a value`;
    if (/does not take an argument/.test(error.message)) return `${name} takes no value`;
  }
  return error.message;
}

export function parseOptions(argv: readonly string[]): CliOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: joinNegativeNumbers(argv),
      allowPositionals: true,
      options: {
        format: { type: "string", short: "f", default: "stylish" },
        "output-file": { type: "string", short: "o" },
        config: { type: "string", short: "c" },
        "max-warnings": { type: "string" },
        quiet: { type: "boolean", default: false },
        fix: { type: "boolean", default: false },
        rule: { type: "string", multiple: true, default: [] },
        stdin: { type: "boolean", default: false },
        "stdin-filename": { type: "string" },
        "print-config": { type: "string" },
        "list-rules": { type: "boolean", default: false },
        help: { type: "boolean", short: "h", default: false },
        version: { type: "boolean", short: "v", default: false },
        verbose: { type: "boolean", default: false },
        color: { type: "boolean" },
        "no-color": { type: "boolean" },
        init: { type: "boolean", default: false },
        "suppress-all": { type: "boolean", default: false },
        "suppress-rule": { type: "string", multiple: true, default: [] },
        "suppressions-location": { type: "string" },
        "prune-suppressions": { type: "boolean", default: false },
        "pass-on-unpruned-suppressions": { type: "boolean", default: false },
        explain: { type: "string" },
        cache: { type: "boolean", default: false },
        "cache-location": { type: "string" },
        "cache-strategy": { type: "string" },
      },
    });
  } catch (error) {
    throw new UsageError(describeParseArgsError(error as Error & { code?: string }));
  }
  const { values, positionals } = parsed;
  const format = values.format as Format;
  if (!FORMATS.includes(format))
    throw new UsageError(`unknown format '${values.format}' (expected ${FORMATS.join(", ")})`);
  if (values.stdin && !values["stdin-filename"])
    throw new UsageError("--stdin needs --stdin-filename <path>: the file name picks the language");
  if (values["stdin-filename"] && !values.stdin)
    throw new UsageError("--stdin-filename is only meaningful with --stdin");
  if (values.verbose && !values.version) throw new UsageError("--verbose is only meaningful with --version");
  if (values.fix && values.stdin) throw new UsageError("--fix rewrites files; it does not apply to --stdin");
  if (values.stdin && positionals.length)
    throw new UsageError("--stdin lints standard input; do not also give paths");
  if (values.color && values["no-color"])
    throw new UsageError("--color and --no-color contradict each other");
  if (values.init && (positionals.length || values.stdin))
    throw new UsageError("--init sets up the current directory; it takes no paths");
  const suppressRules = values["suppress-rule"];
  if (values["suppress-all"] && suppressRules.length)
    throw new UsageError("--suppress-all and --suppress-rule cannot be used together");
  if (values["prune-suppressions"] && (values["suppress-all"] || suppressRules.length))
    throw new UsageError(
      `--${values["suppress-all"] ? "suppress-all" : "suppress-rule"} and --prune-suppressions cannot be used together`,
    );
  if (
    values.stdin &&
    (values["suppress-all"] ||
      suppressRules.length ||
      values["prune-suppressions"] ||
      values["suppressions-location"] ||
      values["pass-on-unpruned-suppressions"])
  )
    throw new UsageError("bulk suppressions do not apply to --stdin (as in ESLint)");

  if (values.cache && values.stdin)
    throw new UsageError("--cache applies to files; standard input is always analysed afresh");
  const cacheStrategy = values["cache-strategy"] ?? "metadata";
  if (cacheStrategy !== "metadata" && cacheStrategy !== "content")
    throw new UsageError("--cache-strategy expects metadata or content");

  let explain: { file: string; line: number } | undefined;
  if (values.explain !== undefined) {
    const match = /^(.+):(\d+)$/.exec(values.explain);
    if (!match || Number(match[2]) < 1)
      throw new UsageError("--explain expects <file>:<line>, e.g. dags/etl.py:42");
    if (
      positionals.length ||
      values.stdin ||
      values.fix ||
      values["suppress-all"] ||
      suppressRules.length ||
      values["prune-suppressions"]
    )
      throw new UsageError(
        "--explain looks at one line of one file; give no paths, --stdin, --fix or suppression options",
      );
    if (values.format !== "stylish") throw new UsageError("--explain prints text; it takes no --format");
    explain = { file: match[1]!, line: Number(match[2]) };
  }
  return {
    ...(explain ? { explain } : {}),
    paths: positionals,
    format,
    ...(values["output-file"] ? { outputFile: values["output-file"] } : {}),
    ...(values.config ? { config: values.config } : {}),
    ...(values["max-warnings"] !== undefined
      ? { maxWarnings: parseMaxWarnings(values["max-warnings"]) }
      : {}),
    quiet: values.quiet,
    fix: values.fix,
    rules: values.rule.map((id) => id.replace(/^dag-transport\//, "")),
    ...(values["print-config"] ? { printConfig: values["print-config"] } : {}),
    listRules: values["list-rules"],
    stdin: values.stdin,
    ...(values["stdin-filename"] ? { stdinFilename: values["stdin-filename"] } : {}),
    help: values.help,
    version: values.version,
    verbose: values.verbose,
    ...(values.color ? { color: true } : values["no-color"] ? { color: false } : {}),
    init: values.init,
    suppressAll: values["suppress-all"],
    suppressRules: suppressRules.map((id) => id.replace(/^dag-transport\//, "")),
    ...(values["suppressions-location"] ? { suppressionsLocation: values["suppressions-location"] } : {}),
    pruneSuppressions: values["prune-suppressions"],
    passOnUnprunedSuppressions: values["pass-on-unpruned-suppressions"],
    cache: values.cache,
    ...(values["cache-location"] !== undefined ? { cacheLocation: values["cache-location"] } : {}),
    cacheStrategy,
  };
}
