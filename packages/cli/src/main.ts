import { readFileSync } from "node:fs";
import path from "node:path";
import {
  ConfigError,
  ConfigResolver,
  decodeSource,
  diskConfigSource,
  escapeControlCharacters,
  fatalResult,
  isIgnoredByConfig,
  type LoadedConfig,
  type LintResult,
} from "@dag-transport/core";
import { allRules } from "@dag-transport/rules";
import {
  lintFiles,
  lintText,
  lintableExtensions,
  readSiblingFiles,
  readSource,
  selectFiles,
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
  // The message may name paths from the workspace (pre-commit passes staged file names).
  process.stderr.write(
    `dag-transport: ${escapeControlCharacters(message)}\nRun 'dag-transport --help' for usage.\n`,
  );
  return 2;
}

/** Each file's configuration: `--config` for all, else the nearest to the file (config.ts). */
function configResolver(options: CliOptions, cwd: string): ConfigResolver {
  return new ConfigResolver(allRules, {
    source: diskConfigSource(),
    ...(options.config ? { explicitFile: path.resolve(cwd, options.config) } : {}),
  });
}

/** Lints standard input as the file it stands for; its siblings are read from that file's folder. */
function lintStdin(filePath: string, lintOptions: LintOptions): { result: LintResult; text?: string } {
  // Standard input is what the editor holds, not a workspace file: bounded by decodeSource.
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
  if (argv[0] === "review") return (await import("@dag-transport/review")).runReview(argv.slice(1), { cwd });
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
    process.stdout.write(`${toolVersion()}\n`);
    return 0;
  }

  try {
    const configs = configResolver(options, cwd);
    // Usage and configuration errors surface even when no file is linted: `--rule` names, and
    // the configuration of the directory the run starts in.
    onlyRules(options.rules, {}, allRules);
    configs.forDirectory(cwd);
    const lintOptionsOf = (config: LoadedConfig): LintOptions => ({
      settings: onlyRules(options.rules, config.rules, allRules),
    });
    if (options.listRules) {
      process.stdout.write(listRules(allRules, configs.forDirectory(cwd).rules, options.format === "json"));
      return 0;
    }
    if (options.printConfig) {
      const filePath = path.resolve(cwd, options.printConfig);
      process.stdout.write(printConfig(filePath, configs.forFile(filePath), allRules));
      return 0;
    }

    let results: LintResult[];
    const stdinSources = new Map<string, string>();
    if (options.stdin) {
      // Discovery starts from the file the text stands for.
      const filePath = path.resolve(cwd, options.stdinFilename!);
      const { result, text } = lintStdin(filePath, lintOptionsOf(configs.forFile(filePath)));
      if (text !== undefined) stdinSources.set(filePath, text);
      results = [result];
    } else {
      const selection = selectFiles(
        options.paths.length ? options.paths : ["."],
        cwd,
        lintableExtensions,
        (absolutePath, isDirectory) =>
          isIgnoredByConfig(configs.forFile(absolutePath), absolutePath, isDirectory, cwd),
      );
      if (selection.missing.length)
        return usageError(`no such file or directory: ${selection.missing.join(", ")}`);

      results = selection.unreadable.map((u) => fatalResult(u.path, `Cannot read directory: ${u.message}`));
      results.push(...(await lintByConfig(selection.files, configs, lintOptionsOf)));
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
      // It names a file of the workspace, whose name may hold anything (a line break, `::`).
      process.stderr.write(
        `dag-transport: invalid configuration: ${escapeControlCharacters(error.message)}\n`,
      );
      return 2;
    }
    process.stderr.write(`dag-transport: internal error: ${(error as Error).stack ?? error}\n`);
    return 2;
  }
}

/**
 * Lints files grouped by the configuration that governs them (usually one group), and returns
 * the results in the files' order.
 */
async function lintByConfig(
  files: readonly string[],
  configs: ConfigResolver,
  lintOptionsOf: (config: LoadedConfig) => LintOptions,
): Promise<LintResult[]> {
  const groups = new Map<LoadedConfig, number[]>();
  files.forEach((file, index) => {
    const config = configs.forFile(file);
    const group = groups.get(config);
    if (group) group.push(index);
    else groups.set(config, [index]);
  });
  const results: LintResult[] = new Array<LintResult>(files.length);
  for (const [config, indexes] of groups) {
    const groupResults = await lintFiles(
      indexes.map((i) => files[i]!),
      lintOptionsOf(config),
    );
    indexes.forEach((fileIndex, i) => (results[fileIndex] = groupResults[i]!));
  }
  return results;
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
