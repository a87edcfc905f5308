import type { Language, TransportModel } from "./model.js";
import { resolvedPath } from "./paths.js";
import { readWorkspaceText, workspaceRootFor, type TextRead } from "./workspace-reader.js";

/**
 * Options a frontend receives: the resolved options of every enabled rule, keyed by rule id.
 * Rules own their options (one schema for the config file and ESLint), but some options are
 * extraction knowledge — a team's own write/read helpers, temp prefixes — that only a
 * frontend can apply.
 */
export type FrontendOptions = Record<string, Record<string, unknown>>;

/**
 * The repository a linted file belongs to, for a frontend that follows imports into the
 * repository's own modules. Every read goes through the guarded reader (`readWorkspaceText`:
 * regular files inside `root`, bounded, decoded as the language reads them).
 */
export interface ProjectFiles {
  /** The repository root (absolute): imports resolve at most up to here, and reads stay inside. */
  root: string;
  /** Reads a file of the repository; `missing` when it does not exist. */
  read(filePath: string): TextRead;
}

/** Turns the source of one file into a transport model. Never throws for bad input. */
export interface Frontend {
  language: Language;
  /** File name endings it handles, with the dot: `.py`. */
  extensions: readonly string[];
  analyze(
    source: string,
    filePath: string,
    options?: FrontendOptions,
    project?: ProjectFiles,
  ): TransportModel;
}

/**
 * The repository of a file on disk, read through the guarded reader: regular files inside
 * `root` (default: the file's repository, as for the file itself), at most `MAX_FILE_BYTES`,
 * decoded as Python reads them (PEP 263) — only Python frontends follow imports today.
 */
export function diskProjectFiles(filePath: string, root: string = workspaceRootFor(filePath)): ProjectFiles {
  const resolved = resolvedPath(root);
  return { root: resolved, read: (file) => readWorkspaceText(file, { root: resolved, python: true }) };
}
