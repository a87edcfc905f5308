import { readFileSync } from "node:fs";
import path from "node:path";
import {
  ConfigError,
  discoverConfig,
  fatalResult,
  readConfigFile,
  type LoadedConfig,
  type LintResult,
} from "@dag-transport/core";
import { allRules } from "@dag-transport/rules";
import {
  decodeSource,
  initPythonParser,
  lintFiles,
  lintText,
  deploymentPathMatcher,
  readSiblingFiles,
  readSource,
  selectFiles,
  sourceExtensions,
  type LintOptions,
} from "@dag-transport/engine";
import { listRules, printConfig } from "./info.js";
import { HELP_OPTIONS, parseOptions, UsageError, type CliOptions } from "./options.js";
import { outcome } from "./outcome.js";
import { render, toolVersion, writeReport } from "./output.js";
import { onlyRules } from "./rule-filter.js";

const HELP = `Usage: dag-transport [options] [paths...]
       dag-transport review [options]     (GitHub pull request gate; see 'dag-transport review --help')

Lint workflow DAG files (Python and TypeScript) for unsafe data handoffs between tasks.
Paths default to the current directory; folders are searched recursively and .gitignore is honoured.

${HELP_OPTIONS}

Exit codes: 0 clean, 1 error-level findings or more warnings than --max-warnings,
2 usage or internal error.
Rules: ${allRules.map((r) => r.id).join(", ")}
`;

function usageError(message: string): number {
  process.stderr.write(`dag-transport: ${message}\nRun 'dag-transport --help' for usage.\n`);
  return 2;
}

function loadConfig(options: CliOptions, cwd: string): LoadedConfig {
  return options.config
    ? (readConfigFile(path.resolve(cwd, options.config), allRules) ?? { rules: {}, ignores: [] })
    : discoverConfig(cwd, allRules);
}

/** Lints standard input as the file it stands for; its siblings are read from that file's folder. */
function lintStdin(filePath: string, lintOptions: LintOptions): { result: LintResult; text?: string } {
  const source = decodeSource(readFileSync(0));
  if ("problem" in source) return { result: fatalResult(filePath, source.problem) };
  const result = lintText(source.text, filePath, {
    ...lintOptions,
    siblingFiles: readSiblingFiles(filePath),
  });
  return { result, text: source.text };
}

export async function main(argv: readonly string[], cwd = process.cwd()): Promise<number> {
  // The pull request reviewer gate: its own options, its own package (docs/review.md).
  if (argv[0] === "review") {
    await initPythonParser();
    return (await import("@dag-transport/review")).runReview(argv.slice(1), { cwd });
  }
  let options: CliOptions;
  try {
    options = parseOptions(argv);
  } catch (error) {
    return usageError((error as Error).message);
  }
  if (options.help) {
    process.stdout.write(HELP);
    return 0;
  }
  if (options.version) {
    process.stdout.write(options.verbose ? await verboseVersion() : `${toolVersion()}\n`);
    return 0;
  }

  try {
    await initPythonParser();
    const config = loadConfig(options, cwd);
    if (options.listRules) {
      process.stdout.write(listRules(allRules, config.rules, options.format === "json"));
      return 0;
    }
    if (options.printConfig) {
      process.stdout.write(printConfig(options.printConfig, cwd, config, allRules));
      return 0;
    }
    const lintOptions: LintOptions = { settings: onlyRules(options.rules, config.rules, allRules) };

    let results: LintResult[];
    const stdinSources = new Map<string, string>();
    if (options.stdin) {
      const filePath = path.resolve(cwd, options.stdinFilename!);
      const { result, text } = lintStdin(filePath, lintOptions);
      if (text !== undefined) stdinSources.set(filePath, text);
      results = [result];
    } else {
      const ignoreBase = config.filePath ? path.dirname(config.filePath) : cwd;
      const selection = selectFiles(
        options.paths.length ? options.paths : ["."],
        cwd,
        sourceExtensions,
        config.ignores,
        ignoreBase,
        deploymentPathMatcher(lintOptions.settings ?? {}),
      );
      if (selection.missing.length)
        return usageError(`no such file or directory: ${selection.missing.join(", ")}`);

      results = selection.unreadable.map((u) => fatalResult(u.path, `Cannot read directory: ${u.message}`));
      for (const result of await lintFiles(selection.files, lintOptions)) results.push(result);
    }

    return report(results, options, cwd, (filePath) => {
      const fromStdin = stdinSources.get(filePath);
      if (fromStdin !== undefined) return fromStdin;
      const source = readSource(filePath);
      return "text" in source ? source.text : undefined;
    });
  } catch (error) {
    if (error instanceof UsageError) return usageError(error.message);
    if (error instanceof ConfigError) {
      process.stderr.write(`dag-transport: invalid configuration: ${error.message}\n`);
      return 2;
    }
    process.stderr.write(`dag-transport: internal error: ${(error as Error).stack ?? error}\n`);
    return 2;
  }
}

/** `--version --verbose`: what a bug report needs, including which Python parser loaded. */
async function verboseVersion(): Promise<string> {
  let parser: string;
  try {
    const info = await initPythonParser();
    parser =
      info.kind === "native"
        ? `native (${info.runtime})`
        : `wasm (${info.runtime}${info.nativeUnavailable ? `; native not in use: ${info.nativeUnavailable}` : ""})`;
    parser += `, tree-sitter-python ${info.grammar}`;
  } catch (error) {
    parser = `none loaded: ${(error as Error).message}`;
  }
  return [
    `dag-transport ${toolVersion()}`,
    `node ${process.version} (${process.platform}-${process.arch})`,
    `python parser: ${parser}`,
    "",
  ].join("\n");
}

/** Writes the report and decides the exit code. */
function report(
  results: LintResult[],
  options: CliOptions,
  cwd: string,
  sourceOf: (filePath: string) => string | undefined,
): number {
  const { shown, warnings, tooManyWarnings, exitCode } = outcome(results, options);
  const text = render(options.format, shown, {
    cwd,
    rules: allRules,
    color: !options.outputFile && Boolean(process.stdout.isTTY),
    sourceOf,
  });
  writeReport(text, options.outputFile, cwd);
  if (tooManyWarnings)
    process.stderr.write(
      `dag-transport: too many warnings (${warnings}, maximum allowed: ${options.maxWarnings}).\n`,
    );
  return exitCode;
}
