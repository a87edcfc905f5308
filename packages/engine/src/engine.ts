/**
 * The engine every surface shares: text (or a file) in, ESLint-compatible result out.
 * Bad input never throws — it becomes a fatal message on that file's result.
 */
import { lstatSync, realpathSync } from "node:fs";
import path from "node:path";
import {
  fileIdentity,
  isInsideRealRoot,
  resolvedPath,
  listedRealPath,
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
  readWorkspaceBytes,
  readWorkspaceText,
  decodeSource,
  workspaceRootFor,
  diskProjectFiles,
  type ProjectFiles,
} from "@dag-transport/core";
import { allRules } from "@dag-transport/rules";
import { attachContext, contextCachesFor, type ContextCaches } from "./context.js";
import { frontendFor } from "./frontends.js";
import {
  cacheable,
  contextFingerprint,
  readDigest,
  settledIdentity,
  sha256,
  type CacheStrategy,
  type InputRecord,
} from "./result-cache.js";
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

/**
 * The repository files read for the file being linted, with the digest of each read (the result
 * cache's `InputRecord.reads`); set only while `lintFileRecorded` lints a file (analysis is
 * synchronous, and this state is per thread).
 */
let recordedReads: Map<string, string> | undefined;

/** The file's repository for the frontend; reads cached per run (a helper module is read once). */
function projectFiles(
  filePath: string,
  root: string | undefined,
  caches: ContextCaches | undefined,
): ProjectFiles {
  const disk = diskProjectFiles(filePath, root);
  const cache = caches?.projectReads;
  if (!cache) {
    if (!recordedReads) return disk;
    return {
      root: disk.root,
      read: (file) => {
        const read = disk.read(file);
        recordedReads?.set(file, readDigest(read));
        return read;
      },
    };
  }
  return {
    root: disk.root,
    read: (file) => {
      const key = `${disk.root}\0${file}`;
      let read = cache.get(key);
      if (!read) {
        read = disk.read(file);
        cache.set(key, read);
      }
      if (recordedReads) recordedReads.set(file, projectReadDigest(key, read, caches));
      return read;
    },
  };
}

/** A repository file's read digest, once per run. */
function projectReadDigest(key: string, read: TextRead, caches: ContextCaches): string {
  let digest = caches.projectDigests.get(key);
  if (digest === undefined) {
    digest = readDigest(read);
    caches.projectDigests.set(key, digest);
  }
  return digest;
}

/** `workspaceRootFor`, once per folder per run (the result cache checks every file of a folder). */
function runRootFor(filePath: string, siblings: SiblingCache): string {
  const roots = contextCachesFor(siblings)!.roots;
  const dir = path.dirname(resolvedPath(filePath));
  let root = roots.get(dir);
  if (root === undefined) {
    root = workspaceRootFor(filePath);
    roots.set(dir, root);
  }
  return root;
}

/**
 * Whether a file is, by its metadata, the very file a cached record hashed (the `metadata`
 * strategy): a regular file — not a symlink: `lstat` — with the recorded device, inode, size
 * and times, in a folder whose real path lies inside `root` (what the guarded reader checks
 * before it reads). Nothing is read.
 */
function identityHolds(filePath: string, identity: string, root: string, siblings: SiblingCache): boolean {
  let stats;
  try {
    stats = lstatSync(filePath, { bigint: true, throwIfNoEntry: false });
  } catch {
    return false;
  }
  if (stats === undefined || !stats.isFile() || fileIdentity(stats) !== identity) return false;
  const dir = path.dirname(resolvedPath(filePath));
  const insideRoot = contextCachesFor(siblings)!.insideRoot;
  const key = `${root}\0${dir}`;
  let inside = insideRoot.get(key);
  if (inside === undefined) {
    let real = listedRealPath(dir);
    if (real === undefined) {
      try {
        real = realpathSync.native(dir);
      } catch {
        real = undefined;
      }
    }
    inside = real !== undefined && isInsideRealRoot(root, real);
    insideRoot.set(key, inside);
  }
  return inside;
}

/**
 * Whether a cached record still holds for a file (the result cache's check, on the thread that
 * owns the run's caches): same bytes, same context, and every repository file the analysis read
 * reads the same. Reads go through the run's caches, as the analysis's would.
 */
export function recordHolds(
  filePath: string,
  record: InputRecord,
  siblings: SiblingCache,
  options: {
    root?: string;
    /** `content` (the default here) or `metadata` (result-cache.ts `CacheStrategy`). */
    strategy?: CacheStrategy;
    /** Called when the file had to be read and hashed (the `DAG_TRANSPORT_DEBUG=cache` line). */
    onHashed?: () => void;
  } = {},
): boolean {
  const root = options.root ?? runRootFor(filePath, siblings);
  const strategy = options.strategy ?? "content";
  if (!(
    strategy === "metadata" &&
    record.identity !== undefined &&
    identityHolds(filePath, record.identity, root, siblings)
  )) {
    options.onHashed?.();
    const bytes = readWorkspaceBytes(filePath, { root, expected: true, identity: true });
    if ("problem" in bytes || sha256(bytes.bytes) !== record.content) return false;
    // The same bytes: the record holds, under the metadata seen now (result-cache.ts keeps it).
    const identity = settledIdentity(bytes.identity);
    if (identity === undefined) delete record.identity;
    else record.identity = identity;
  }
  const caches = contextCachesFor(siblings)!;
  const siblingFiles = readSiblingFiles(filePath, SIBLING_FILE_KINDS, siblings, root);
  if (contextFingerprint(filePath, root, siblingFiles, caches) !== record.context) return false;
  if (record.reads.length === 0) return true;
  const project = projectFiles(filePath, root, caches);
  const projectRoot = project.root;
  for (const [file, digest] of record.reads) {
    // A path many files looked up (most are missing) is checked once per run.
    const key = `${projectRoot}\0${file}`;
    const known = caches.projectDigests.get(key);
    if ((known ?? projectReadDigest(key, project.read(file), caches)) !== digest) return false;
  }
  return true;
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
  return lintFileRecorded(filePath, options, siblings, false).result;
}

/**
 * Lints a file and, when `record` is asked for and the result may be cached (a DAG source that
 * was read), says what the result was computed from (`InputRecord`, for the result cache):
 * the hash of the bytes analysed, the context, and the repository files the analysis read.
 */
export function lintFileRecorded(
  filePath: string,
  options: LintOptions = {},
  siblings?: SiblingCache,
  record = true,
): { result: LintResult; record?: InputRecord } {
  const root = options.root ?? (siblings ? runRootFor(filePath, siblings) : workspaceRootFor(filePath));
  // readSource, with the bytes kept for their hash (and the file's metadata, for the cache).
  const bytes = readWorkspaceBytes(filePath, { root, expected: true, identity: record });
  if ("problem" in bytes) return { result: fatalResult(filePath, bytes.problem) };
  const source = decodeSource(bytes.bytes, decodeOptionsFor(filePath));
  if ("problem" in source) return { result: fatalResult(filePath, source.problem) };
  const recording =
    record && siblings !== undefined && options.siblingFiles === undefined && cacheable(filePath);
  const siblingFiles = options.siblingFiles ?? readSiblingFiles(filePath, SIBLING_FILE_KINDS, siblings, root);
  const caches = contextCachesFor(siblings);
  const reads = new Map<string, string>();
  if (recording) recordedReads = reads;
  try {
    const result = lintText(source.text, filePath, { ...options, root, siblingFiles }, caches);
    if (!recording) return { result };
    const identity = settledIdentity(bytes.identity);
    return {
      result,
      record: {
        content: sha256(bytes.bytes),
        ...(identity !== undefined ? { identity } : {}),
        context: contextFingerprint(filePath, root, siblingFiles, caches!),
        reads: [...reads],
      },
    };
  } finally {
    recordedReads = undefined;
  }
}
