/**
 * The engine every surface shares: text (or a file) in, ESLint-compatible result out.
 * Bad input never throws — it becomes a fatal message on that file's result.
 */
import { readFileSync, statSync } from "node:fs";
import {
  fatalResult,
  resolveRuleSetting,
  runRules,
  type AnyRule,
  type FrontendOptions,
  type LintResult,
  type RuleSettings,
  type SiblingFile,
} from "@dag-transport/core";
import { allRules } from "@dag-transport/rules";
import { attachContext, contextCachesFor, type ContextCaches } from "./context.js";
import { frontendFor } from "./frontends.js";
import { readSiblingFiles, SIBLING_FILE_KINDS, type SiblingCache } from "./siblings.js";

/** Larger files are reported, not parsed: no DAG is this big, generated code is. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

export interface LintOptions {
  rules?: readonly AnyRule[];
  settings?: RuleSettings;
  /** Configuration files beside the DAG file; `lintFile` reads them from disk when not given. */
  siblingFiles?: SiblingFile[];
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

export function lintText(
  text: string,
  filePath: string,
  options: LintOptions = {},
  caches?: ContextCaches,
): LintResult {
  const rules = options.rules ?? allRules;
  const settings = options.settings ?? {};
  const frontend = frontendFor(filePath);
  if (!frontend)
    return fatalResult(
      filePath,
      "No frontend for this kind of file (expected a Python or TypeScript DAG, or a deployment configuration file).",
    );
  const analyzerOptions = frontendOptions(rules, settings);
  const model = frontend.analyze(text, filePath, analyzerOptions);
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
  return runRules(model, rules, settings);
}

const utf8 = new TextDecoder("utf-8", { fatal: true });

/** Decodes source bytes (a file's, or standard input's), or says why they cannot be linted. */
export function decodeSource(bytes: Uint8Array): { text: string } | { problem: string } {
  if (bytes.byteLength > MAX_FILE_BYTES) {
    return {
      problem: `Input is ${(bytes.byteLength / 1024 / 1024).toFixed(1)} MiB, over the ${MAX_FILE_BYTES / 1024 / 1024} MiB limit; not analysed.`,
    };
  }
  if (bytes.subarray(0, 8192).includes(0))
    return { problem: "Binary file (contains NUL bytes); not analysed." };
  try {
    // Drop a UTF-8 byte-order mark, as Python does.
    return { text: utf8.decode(bytes).replace(/^\uFEFF/, "") };
  } catch {
    return { problem: "File is not valid UTF-8; not analysed." };
  }
}

/** Reads and decodes a source file, or says why it cannot be linted. */
export function readSource(filePath: string): { text: string } | { problem: string } {
  let bytes: Buffer;
  try {
    const stats = statSync(filePath);
    // A FIFO or device named `.py` would block or stream forever.
    if (!stats.isFile()) return { problem: "Not a regular file; not analysed." };
    const size = stats.size;
    if (size > MAX_FILE_BYTES) {
      return {
        problem: `File is ${(size / 1024 / 1024).toFixed(1)} MiB, over the ${MAX_FILE_BYTES / 1024 / 1024} MiB limit; not analysed.`,
      };
    }
    bytes = readFileSync(filePath);
  } catch (error) {
    return {
      problem: `Cannot read file: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}.`,
    };
  }
  return decodeSource(bytes);
}

/** Lints a file; files linted in one run pass one `siblings` cache. */
export function lintFile(filePath: string, options: LintOptions = {}, siblings?: SiblingCache): LintResult {
  const source = readSource(filePath);
  if ("problem" in source) return fatalResult(filePath, source.problem);
  return lintText(
    source.text,
    filePath,
    {
      ...options,
      siblingFiles: options.siblingFiles ?? readSiblingFiles(filePath, SIBLING_FILE_KINDS, siblings),
    },
    contextCachesFor(siblings),
  );
}
