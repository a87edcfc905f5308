// eslint-disable-next-line no-restricted-imports -- reads standard input only (fd 0, in lintStdin): the text the user or editor pipes in, not a file of the workspace; decodeSource refuses more than MAX_FILE_BYTES
import { readFileSync, statSync } from "node:fs";
import path from "node:path";
import {
  clearListings,
  ConfigError,
  ConfigResolver,
  decodeSource,
  diskConfigSource,
  fatalResult,
  isIgnoredByConfig,
  reportPath,
  type LoadedConfig,
  type LintResult,
  SuppressionsFileError,
  terminalLines,
  terminalText,
  unusedEntryCount,
  type BulkSuppressions,
} from "@dag-transport/core";
import { allRules } from "@dag-transport/rules";
import {
  decodeOptionsFor,
  initPythonParser,
  lintFiles,
  lintFilesRecorded,
  lintText,
  loadedFrontends,
  optionsKey,
  recordChecks,
  ResultCache,
  cacheable,
  cacheFilePath,
  type CacheStrategy,
  type SiblingCache,
  type Linted,
  analyzeText,
  deploymentPathMatcher,
  readSiblingFiles,
  readSource,
  selectFiles,
  sourceExtensions,
  type LintOptions,
} from "@dag-transport/engine";
import { bulkSuppressions } from "./bulk.js";
// `--init`, `--list-rules`, `--print-config`, `--explain` and `--fix` load their modules when
// asked (a lint, and above all a warm `--cache` run, needs none of them: each ES module costs
// its resolution, reading and compiling at start-up).
import { HELP_OPTIONS, parseOptions, UsageError, type CliOptions } from "./options.js";
import { outcome } from "./outcome.js";
import { render, toolVersion, writeReport } from "./output.js";
import { onlyRules } from "./rule-filter.js";
import { colorEnabled, progressAllowed, progressDelay, startProgress } from "./terminal.js";

const HELP = `Usage: dag-transport [options] [paths...]
       dag-transport review [options]     (GitHub pull request gate; see 'dag-transport review --help')

Lint workflow DAG files (Python and TypeScript) for unsafe data handoffs between tasks.
Paths default to the current directory; folders are searched recursively and .gitignore is honoured.

${HELP_OPTIONS}

Exit codes: 0 clean, 1 error-level findings or more warnings than --max-warnings,
2 usage, configuration or internal error, or unused bulk suppressions (see --prune-suppressions).
Rules: ${allRules.map((r) => r.id).join(", ")}
`;

function usageError(message: string): number {
  process.stderr.write(`dag-transport: ${terminalText(message)}\nRun 'dag-transport --help' for usage.\n`);
  return 2;
}

/**
 * An unexpected error for standard error. Its message may name a file of the workspace, so it
 * is one escaped line (terminal-text.ts); the stack frames below it are the tool's own.
 */
function internalError(error: unknown): string {
  if (!(error instanceof Error)) return terminalText(String(error));
  const head = String(error);
  const stack = error.stack ?? head;
  return stack.startsWith(head)
    ? terminalText(head) + terminalLines(stack.slice(head.length))
    : terminalText(stack);
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
  const source = decodeSource(readFileSync(0), decodeOptionsFor(filePath));
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
    if (options.init) {
      process.stdout.write((await import("./init.js")).runInit(cwd, allRules));
      return 0;
    }
    // The Python parser loads where something is analysed here (a run whose every result comes
    // from the cache needs none; lintFiles loads it for the files it lints).
    const configs = configResolver(options, cwd);
    // Usage and configuration errors surface even when no file is linted: `--rule` names, and
    // the configuration of the directory the run starts in.
    onlyRules(options.rules, {}, allRules);
    onlyRules(options.suppressRules, {}, allRules);
    configs.forDirectory(cwd);
    const lintOptionsOf = (config: LoadedConfig): LintOptions => ({
      settings: onlyRules(options.rules, config.rules, allRules),
      reportUnusedSuppressions: config.reportUnusedSuppressions,
    });
    if (options.listRules) {
      const { listRules } = await import("./info.js");
      process.stdout.write(listRules(allRules, configs.forDirectory(cwd).rules, options.format === "json"));
      return 0;
    }
    if (options.printConfig) {
      const filePath = path.resolve(cwd, options.printConfig);
      const { printConfig } = await import("./info.js");
      process.stdout.write(printConfig(filePath, configs.forFile(filePath), allRules));
      return 0;
    }

    if (options.explain || options.stdin || options.fix) await initPythonParser();
    if (options.explain)
      return await explain(
        options.explain,
        options,
        cwd,
        lintOptionsOf(configs.forFile(path.resolve(cwd, options.explain.file))),
      );

    let results: LintResult[];
    const stdinSources = new Map<string, string>();
    if (options.stdin) {
      // Discovery starts from the file the text stands for.
      const filePath = path.resolve(cwd, options.stdinFilename!);
      const { result, text } = lintStdin(filePath, lintOptionsOf(configs.forFile(filePath)));
      if (text !== undefined) stdinSources.set(filePath, text);
      results = [result];
    } else {
      let excludedFolder: string | undefined;
      let excludedConfig: LoadedConfig | undefined;
      const selection = selectFiles(
        options.paths.length ? options.paths : ["."],
        cwd,
        sourceExtensions,
        // One configuration per folder: every entry of a folder (a file, a subfolder) has the
        // folder's (`forFile` of an entry is `forDirectory` of its folder).
        (absolutePath, isDirectory, folder) => {
          if (folder !== excludedFolder) {
            excludedFolder = folder;
            excludedConfig = configs.forDirectory(folder);
          }
          return isIgnoredByConfig(excludedConfig!, absolutePath, isDirectory, cwd);
        },
        // Deployment files are found by pattern, under the starting directory's configuration.
        deploymentPathMatcher(lintOptionsOf(configs.forDirectory(cwd)).settings ?? {}),
        // Folder listings answer this run's probes for missing files (cleared below).
        true,
      );
      if (selection.missing.length)
        return usageError(`no such file or directory: ${selection.missing.join(", ")}`);

      results = selection.unreadable.map((u) => fatalResult(u.path, `Cannot read directory: ${u.message}`));
      const progress = progressAllowed({
        format: options.format,
        stderrIsTTY: Boolean(process.stderr.isTTY),
        stdin: false,
      })
        ? startProgress(selection.files.length, process.stderr, progressDelay(process.env))
        : undefined;
      const cache = options.cache ? openCache(options, cwd) : undefined;
      try {
        results.push(
          ...(await lintByConfig(
            selection.files,
            configs,
            lintOptionsOf,
            progress && (() => progress.tick()),
            cache,
            options.cacheStrategy,
          )),
        );
      } finally {
        progress?.stop();
        // What follows (--fix, bulk suppressions) may write files: probe the disk again.
        clearListings();
      }
      if (cache) {
        if ((process.env.DAG_TRANSPORT_DEBUG ?? "").split(",").includes("cache"))
          process.stderr.write(
            `dag-transport: cache: ${cache.stats.reused} reused (${cache.stats.hashed} hashed), ${cache.stats.linted.length} linted${cache.stats.linted
              .map((file) => ` ${terminalText(path.relative(cwd, file).split(path.sep).join("/"))}`)
              .join("")}\n`,
          );
        if ((process.env.DAG_TRANSPORT_DEBUG ?? "").split(",").includes("frontends"))
          process.stderr.write(`dag-transport: frontends loaded: ${loadedFrontends().join(" ") || "none"}\n`);
        const problem = cache.save();
        if (problem)
          process.stderr.write(
            `dag-transport: warning: could not write the cache file ${terminalText(path.relative(cwd, cache.file) || cache.file)} (${terminalText(problem)}); results were not cached\n`,
          );
      }
    }

    if (options.fix) {
      const { fixUnusedSuppressions } = await import("./fix.js");
      const fixed = fixUnusedSuppressions(results, (filePath, text) =>
        lintText(text, filePath, {
          ...lintOptionsOf(configs.forFile(filePath)),
          siblingFiles: readSiblingFiles(filePath),
        }),
      );
      results = fixed.results;
      for (const file of fixed.refused)
        process.stderr.write(
          `dag-transport: --fix left ${terminalText(path.relative(cwd, file) || file)} as it was: removing its unused suppressions would break its syntax\n`,
        );
    }

    // Bulk suppressions (ESLint's): recorded, pruned, then applied; not to standard input.
    let unusedBulk: BulkSuppressions = new Map();
    if (!options.stdin) ({ results, unused: unusedBulk } = bulkSuppressions(results, options, cwd));

    const exitCode = report(results, options, cwd, (filePath) => {
      const fromStdin = stdinSources.get(filePath);
      if (fromStdin !== undefined) return fromStdin;
      const source = readSource(filePath);
      return "text" in source ? source.text : undefined;
    });
    if (unusedBulk.size && !options.passOnUnprunedSuppressions) {
      process.stderr.write(unprunedMessage(unusedBulk));
      return 2;
    }
    return exitCode;
  } catch (error) {
    if (error instanceof UsageError) return usageError(error.message);
    if (error instanceof SuppressionsFileError) {
      process.stderr.write(`dag-transport: ${terminalText(error.message)}\n`);
      return 2;
    }
    if (error instanceof ConfigError) {
      process.stderr.write(`dag-transport: invalid configuration: ${terminalText(error.message)}\n`);
      return 2;
    }
    process.stderr.write(`dag-transport: internal error: ${internalError(error)}\n`);
    return 2;
  } finally {
    clearListings();
  }
}

/** `--explain <file>:<line>`: the line's facts and verdicts (explain.ts); exit 0, or 2 for a bad target. */
async function explain(
  target: { file: string; line: number },
  options: CliOptions,
  cwd: string,
  lintOptions: LintOptions,
): Promise<number> {
  const filePath = path.resolve(cwd, target.file);
  const source = readSource(filePath);
  if ("problem" in source) {
    if (source.missing) return usageError(`no such file: ${target.file}`);
    process.stdout.write(`${terminalText(reportPath(cwd, filePath))}: not analysed: ${source.problem}\n`);
    return 0;
  }
  const lineCount = source.text.replace(/(\r\n|\r|\n)$/, "").split(/\r\n|\r|\n/).length;
  if (target.line > lineCount)
    return usageError(
      `${target.file} has ${lineCount} line${lineCount === 1 ? "" : "s"}; there is no line ${target.line}`,
    );
  const withSiblings = { ...lintOptions, siblingFiles: readSiblingFiles(filePath) };
  const model = analyzeText(source.text, filePath, withSiblings);
  const [result] = bulkSuppressions([lintText(source.text, filePath, withSiblings)], options, cwd).results;
  const { explainLine } = await import("./explain.js");
  process.stdout.write(explainLine(model, result!, reportPath(cwd, filePath), target.line));
  return 0;
}

/**
 * ESLint's complaint about recorded counts no finding needed, with the entries (their files are
 * files this run linted; shown escaped, at most ten).
 */
function unprunedMessage(unused: BulkSuppressions): string {
  const entries = [...unused].flatMap(([file, counts]) =>
    [...counts].map(
      ([rule, excess]) => `  ${terminalText(file)}: ${rule} (${excess} more recorded than found)`,
    ),
  );
  const shown = entries.slice(0, 10);
  if (entries.length > shown.length) shown.push(`  … and ${entries.length - shown.length} more`);
  return [
    `dag-transport: there are suppressions left that do not occur anymore (${unusedEntryCount(unused)} in the bulk suppressions file):`,
    ...shown,
    "Re-run with --prune-suppressions to remove them, or use --pass-on-unpruned-suppressions to ignore them.",
    "",
  ].join("\n");
}

/** The `--cache` file (packages/engine/src/result-cache.ts): its entries, or none. */
function openCache(options: CliOptions, cwd: string): ResultCache {
  const isDirectory = (p: string) => {
    try {
      return statSync(p).isDirectory();
    } catch {
      return false;
    }
  };
  return ResultCache.load(cacheFilePath(options.cacheLocation, cwd, isDirectory), toolVersion());
}

/**
 * Lints files grouped by the configuration that governs them (usually one group), and returns
 * the results in the files' order. With a cache, a file whose inputs have not changed gets its
 * cached result, and the others are linted and stored.
 */
async function lintByConfig(
  files: readonly string[],
  configs: ConfigResolver,
  lintOptionsOf: (config: LoadedConfig) => LintOptions,
  onFileDone?: () => void,
  cache?: ResultCache,
  strategy: CacheStrategy = "metadata",
): Promise<LintResult[]> {
  const groups = new Map<LoadedConfig, number[]>();
  files.forEach((file, index) => {
    const config = configs.forFile(file);
    const group = groups.get(config);
    if (group) group.push(index);
    else groups.set(config, [index]);
  });
  const results: LintResult[] = new Array<LintResult>(files.length);
  // One run's reads for the cache's checks (sibling files, context, imported modules).
  const siblings: SiblingCache = new Map();
  const checks = cache
    ? recordChecks(siblings, { strategy, onHashed: () => cache.stats.hashed++ })
    : undefined;
  for (const [config, indexes] of groups) {
    const lintOptions = lintOptionsOf(config);
    const key = cache ? optionsKey(lintOptions) : "";
    const toLint: number[] = [];
    for (const fileIndex of indexes) {
      const file = files[fileIndex]!;
      const cached = cache && checks && cacheable(file) ? cache.lookup(file, key, checks) : undefined;
      if (cached) {
        results[fileIndex] = cached;
        onFileDone?.();
      } else toLint.push(fileIndex);
    }
    const toLintFiles = toLint.map((i) => files[i]!);
    const poolOptions = { ...lintOptions, ...(onFileDone ? { onFileDone } : {}) };
    const linted: Linted[] = cache
      ? await lintFilesRecorded(toLintFiles, poolOptions)
      : (await lintFiles(toLintFiles, poolOptions)).map((result) => ({ result }));
    toLint.forEach((fileIndex, i) => {
      const { result, record } = linted[i]!;
      results[fileIndex] = result;
      if (cache && cacheable(files[fileIndex]!)) cache.store(files[fileIndex]!, key, record, result);
    });
  }
  return results;
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
    color: colorEnabled({
      ...(options.color !== undefined ? { flag: options.color } : {}),
      env: process.env,
      stdoutIsTTY: Boolean(process.stdout.isTTY),
      toFile: Boolean(options.outputFile),
    }),
    sourceOf,
  });
  writeReport(text, options.outputFile, cwd);
  if (tooManyWarnings)
    process.stderr.write(
      `dag-transport: too many warnings (${warnings}, maximum allowed: ${options.maxWarnings}).\n`,
    );
  return exitCode;
}
