import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import {
  ConfigError,
  discoverConfig,
  fatalResult,
  formatJson,
  formatStylish,
  readConfigFile,
  type LintResult,
} from "@dag-transport/core";
import { allRules } from "@dag-transport/rules";
import { lintFile, lintableExtensions, selectFiles } from "@dag-transport/engine";

const HELP = `Usage: dag-transport [options] [paths...]
       dag-transport review [options]     (GitHub pull request gate; see 'dag-transport review --help')

Lint workflow DAG files (Python and TypeScript) for unsafe data handoffs between tasks.
Paths default to the current directory; folders are searched recursively and .gitignore is honoured.

Options:
  -f, --format <name>       Output format: stylish (default) or json (ESLint-compatible)
  -o, --output-file <path>  Write the report to a file instead of standard output
  -c, --config <path>       Use this configuration file instead of discovering one
  -h, --help                Show this help
  -v, --version             Show the version

Exit codes: 0 no errors, 1 error-level findings, 2 usage or internal error.
Rules: ${allRules.map((r) => r.id).join(", ")}
`;

export const FORMATS = ["stylish", "json"] as const;
type Format = (typeof FORMATS)[number];

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as {
    version: string;
  };
  return pkg.version;
}

function usageError(message: string): number {
  process.stderr.write(`dag-transport: ${message}\nRun 'dag-transport --help' for usage.\n`);
  return 2;
}

export async function main(argv: readonly string[], cwd = process.cwd()): Promise<number> {
  // The pull request reviewer gate: its own options, its own package (docs/review.md).
  if (argv[0] === "review") return (await import("@dag-transport/review")).runReview(argv.slice(1), { cwd });
  let args;
  try {
    args = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        format: { type: "string", short: "f", default: "stylish" },
        "output-file": { type: "string", short: "o" },
        config: { type: "string", short: "c" },
        help: { type: "boolean", short: "h" },
        version: { type: "boolean", short: "v" },
      },
    });
  } catch (error) {
    return usageError((error as Error).message);
  }
  const { values, positionals } = args;
  if (values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  if (values.version) {
    process.stdout.write(`${version()}\n`);
    return 0;
  }
  const format = values.format as Format;
  if (!FORMATS.includes(format))
    return usageError(`unknown format '${values.format}' (expected ${FORMATS.join(", ")})`);

  try {
    const config = values.config
      ? (readConfigFile(path.resolve(cwd, values.config), allRules) ?? { rules: {}, ignores: [] })
      : discoverConfig(cwd, allRules);
    const ignoreBase = config.filePath ? path.dirname(config.filePath) : cwd;
    const selection = selectFiles(
      positionals.length ? positionals : ["."],
      cwd,
      lintableExtensions,
      config.ignores,
      ignoreBase,
    );
    if (selection.missing.length)
      return usageError(`no such file or directory: ${selection.missing.join(", ")}`);

    const results: LintResult[] = selection.unreadable.map((u) =>
      fatalResult(u.path, `Cannot read directory: ${u.message}`),
    );
    for (const file of selection.files) results.push(lintFile(file, { settings: config.rules }));

    const report =
      format === "json"
        ? `${formatJson(results)}\n`
        : formatStylish(results, { cwd, color: !values["output-file"] && process.stdout.isTTY });
    if (values["output-file"]) {
      const target = path.resolve(cwd, values["output-file"]);
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, report);
    } else {
      process.stdout.write(report);
    }
    return results.some((r) => r.errorCount > 0) ? 1 : 0;
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`dag-transport: invalid configuration: ${error.message}\n`);
      return 2;
    }
    process.stderr.write(`dag-transport: internal error: ${(error as Error).stack ?? error}\n`);
    return 2;
  }
}
