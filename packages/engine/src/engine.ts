/**
 * The engine every surface shares: text (or a file) in, ESLint-compatible result out.
 * Bad input never throws — it becomes a fatal message on that file's result.
 */
import {
  fatalResult,
  resolveRuleSetting,
  runRules,
  type AnyRule,
  type FrontendOptions,
  type LintResult,
  type RuleSettings,
  type Severity,
  type SiblingFile,
  type TextRead,
  type TransportModel,
  type DecodeOptions,
  readWorkspaceText,
  workspaceRootFor,
  diskProjectFiles,
  type ProjectFiles,
} from "@dag-transport/core";
import { allRules } from "@dag-transport/rules";
import { attachContext, contextCachesFor, type ContextCaches } from "./context.js";
import { frontendFor } from "./frontends.js";
import { readSiblingFiles, SIBLING_FILE_KINDS, type SiblingCache } from "./siblings.js";

export interface LintOptions {
  rules?: readonly AnyRule[];
  settings?: RuleSettings;
  /** How a suppression that suppresses nothing is reported (the configuration's key; default `warn`). */
  reportUnusedSuppressions?: Severity;
  /** Configuration files beside the DAG file; `lintFile` reads them from disk when not given. */
  siblingFiles?: SiblingFile[];
  /** The directory every file read must lie in (default: each file's repository). */
  root?: string;
  /**
   * Read the file's context from disk (its Leoflow project, the Airflow version, neighbouring
   * deployment files). Default true; the source need not be on disk for this.
   */
  context?: boolean;
}

/** Options of every enabled rule, for the frontend (some options are extraction knowledge). */
export function frontendOptions(rules: readonly AnyRule[], settings: RuleSettings): FrontendOptions {
  const options: FrontendOptions = {};
  for (const rule of rules) {
    const resolved = resolveRuleSetting(rule, settings);
    if (resolved.severity !== "off") options[rule.id] = resolved.options;
  }
  return options;
}

/**
 * The file's transport model with its context, as `lintText` judges it (`--explain` shows it);
 * undefined when no frontend reads this kind of file.
 */
export function analyzeText(
  text: string,
  filePath: string,
  options: LintOptions = {},
  caches?: ContextCaches,
): TransportModel | undefined {
  const rules = options.rules ?? allRules;
  const settings = options.settings ?? {};
  const frontend = frontendFor(filePath);
  if (!frontend) return undefined;
  const analyzerOptions = frontendOptions(rules, settings);
  // The repository's own modules, for imported helpers: read from disk like the file's context.
  const project = options.context !== false ? projectFiles(filePath, options.root, caches) : undefined;
  const model = frontend.analyze(text, filePath, analyzerOptions, project);
  if (options.siblingFiles) model.siblingFiles = options.siblingFiles;
  if (options.context !== false) {
    attachContext(
      model,
      filePath,
      (dagFile) => {
        const dagFrontend = frontendFor(dagFile);
        if (!dagFrontend || dagFrontend.language === "config")
          return { problem: "not a Python or TypeScript file" };
        const source = readSource(dagFile);
        if ("problem" in source) return { problem: source.problem };
        return dagFrontend.analyze(source.text, dagFile, analyzerOptions);
      },
      caches,
    );
  }
  return model;
}

export function lintText(
  text: string,
  filePath: string,
  options: LintOptions = {},
  caches?: ContextCaches,
): LintResult {
  const model = analyzeText(text, filePath, options, caches);
  if (!model)
    return fatalResult(
      filePath,
      "No frontend for this kind of file (expected a Python or TypeScript DAG, or a deployment configuration file).",
    );
  return runRules(model, options.rules ?? allRules, options.settings ?? {}, {
    ...(options.reportUnusedSuppressions
      ? { reportUnusedSuppressions: options.reportUnusedSuppressions }
      : {}),
  });
}

/** The file's repository for the frontend; reads cached per run (a helper module is read once). */
function projectFiles(
  filePath: string,
  root: string | undefined,
  caches: ContextCaches | undefined,
): ProjectFiles {
  const disk = diskProjectFiles(filePath, root);
  const cache = caches?.projectReads;
  if (!cache) return disk;
  return {
    root: disk.root,
    read: (file) => {
      const key = `${disk.root}\0${file}`;
      let read = cache.get(key);
      if (!read) {
        read = disk.read(file);
        cache.set(key, read);
      }
      return read;
    },
  };
}

/**
 * Reads and decodes a source file through the guarded reader (regular files inside `root`, at
 * most `MAX_FILE_BYTES`), or says why it cannot be linted. `root` defaults to the file's
 * repository (or the working directory): a symlink that leaves it is not followed.
 */
export function readSource(filePath: string, root: string = workspaceRootFor(filePath)): TextRead {
  return readWorkspaceText(filePath, { root, ...decodeOptionsFor(filePath) });
}

/** How a source file's bytes are decoded: Python's by PEP 263, everything else as UTF-8. */
export function decodeOptionsFor(filePath: string): DecodeOptions {
  return { python: frontendFor(filePath)?.language === "python" };
}

/** Lints a file; files linted in one run pass one `siblings` cache. */
export function lintFile(filePath: string, options: LintOptions = {}, siblings?: SiblingCache): LintResult {
  const root = options.root ?? workspaceRootFor(filePath);
  const source = readSource(filePath, root);
  if ("problem" in source) return fatalResult(filePath, source.problem);
  return lintText(
    source.text,
    filePath,
    {
      ...options,
      root,
      siblingFiles: options.siblingFiles ?? readSiblingFiles(filePath, SIBLING_FILE_KINDS, siblings, root),
    },
    contextCachesFor(siblings),
  );
}
