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
  listedMissing,
  listedHas,
  fatalResult,
  makeResult,
  planRules,
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
import { deploymentKindByName, findLeoflowProject } from "@dag-transport/deployment";
import { allRules } from "@dag-transport/rules";
import { attachContext, contextCachesFor, type ContextCaches, type RunPlan } from "./context.js";
import { frontendFor } from "./frontends.js";
import {
  cacheable,
  contextFingerprint,
  readDigest,
  readHolds,
  recordedReadDigest,
  settledIdentity,
  sha256,
  type CacheStrategy,
  type InputRecord,
  type RecordChecks,
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

/**
 * Options of every enabled rule, for the frontend (some options are extraction knowledge).
 * Frozen, with each rule's options: a run shares them among its files, and the frontend
 * recognizes them by identity (`readStorageKnowledge`).
 */
export function frontendOptions(rules: readonly AnyRule[], settings: RuleSettings): FrontendOptions {
  const options: FrontendOptions = {};
  for (const rule of rules) {
    const resolved = resolveRuleSetting(rule, settings);
    if (resolved.severity !== "off") options[rule.id] = Object.freeze(resolved.options);
  }
  return Object.freeze(options);
}

/**
 * The plan for these options: the run's (kept in `caches`) while its rules and settings are
 * the ones it was made for — the same objects for every file of a run — else a new one.
 */
function runPlan(options: LintOptions, caches: ContextCaches | undefined): RunPlan {
  const rules = options.rules ?? allRules;
  const settings = options.settings ?? EMPTY_SETTINGS;
  const kept = caches?.plan;
  if (kept && kept.rules.rules === rules && kept.rules.settings === settings) return kept;
  const plan = { rules: planRules(rules, settings), frontend: frontendOptions(rules, settings) };
  if (caches) caches.plan = plan;
  return plan;
}

/** The settings of a run given none (one object, so that such runs keep their plan). */
const EMPTY_SETTINGS: RuleSettings = Object.freeze({});

/**
 * The file's transport model with its context, as `lintText` judges it (`--explain` shows it);
 * undefined when no frontend reads this kind of file.
 */
export function analyzeText(
  text: string,
  filePath: string,
  options: LintOptions = {},
  caches?: ContextCaches,
  plan: RunPlan = runPlan(options, caches),
): TransportModel | undefined {
  const frontend = frontendFor(filePath);
  if (!frontend) return undefined;
  const analyzerOptions = plan.frontend;
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
  const plan = runPlan(options, caches);
  const model = analyzeText(text, filePath, options, caches, plan);
  if (!model)
    return fatalResult(
      filePath,
      "No frontend for this kind of file (expected a Python or TypeScript DAG, or a deployment configuration file).",
    );
  return runRules(
    model,
    plan.rules.rules,
    plan.rules.settings,
    {
      ...(options.reportUnusedSuppressions
        ? { reportUnusedSuppressions: options.reportUnusedSuppressions }
        : {}),
    },
    plan.rules,
  );
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
        // As `disk.read`, with the file's identity for the record (`recordedReadDigest`).
        read = readWorkspaceText(file, { root: disk.root, python: true, identity: true });
        cache.set(key, read);
      }
      if (recordedReads)
        recordedReads.set(
          file,
          recordedReadDigest(
            projectReadDigest(key, read, caches),
            "identity" in read ? read.identity : undefined,
          ),
        );
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

/**
 * What the files of one folder share in the result cache's checks, computed once per run: the
 * workspace root, the sibling files, the repository the imports are read from, and whether the
 * folder's real path lies inside the root.
 */
interface FolderChecks {
  dir: string;
  root: string;
  siblingFiles: readonly SiblingFile[];
  project: ProjectFiles;
  /** The digest of each read of `project` checked this run, by absolute path (shared by its folders). */
  digests: Map<string, string>;
  /** The folder's context fingerprints, by the path of the Leoflow project that names the file ("": none). */
  fingerprints: Map<string, string>;
  /** Whether the folder's real path lies inside `root` (`identityHolds`); computed on first need. */
  inside?: boolean;
}

/**
 * The workspace root of a file of this run, found once per folder (the run's caches remember
 * it): the result cache's checks and the analysis ask for the same folders.
 */
function runRootFor(
  filePath: string,
  siblings: SiblingCache,
  dir = path.dirname(resolvedPath(filePath)),
): string {
  const roots = contextCachesFor(siblings)!.roots;
  let root = roots.get(dir);
  if (root === undefined) roots.set(dir, (root = workspaceRootFor(filePath)));
  return root;
}

/**
 * The result cache's checks of one run (`RecordChecks`, result-cache.ts), on the thread that
 * owns the run's caches: what a folder's files share is computed once (`FolderChecks`), and
 * every read goes through the run's caches, as the analysis's would.
 */
export function recordChecks(
  siblings: SiblingCache,
  options: {
    root?: string;
    /** `content` (the default here) or `metadata` (result-cache.ts `CacheStrategy`). */
    strategy?: CacheStrategy;
    /** Called when a file had to be read and hashed (the `DAG_TRANSPORT_DEBUG=cache` line). */
    onHashed?: () => void;
  } = {},
): RecordChecks {
  const caches = contextCachesFor(siblings)!;
  const strategy = options.strategy ?? "content";
  const folders = new Map<string, FolderChecks>();
  // The folders of read files, by repository root and path: whether each lies inside the root.
  const readFolders = new Map<string, { dir: string; root: string; inside?: boolean }>();
  const readFolder = (dir: string, root: string) => {
    const key = `${root}\0${dir}`;
    let folder = readFolders.get(key);
    if (folder === undefined) readFolders.set(key, (folder = { dir, root }));
    return folder;
  };
  const digestsByRoot = new Map<string, Map<string, string>>();
  // Files come folder by folder (the walk's order): the last folder's state, without a lookup.
  let last: FolderChecks | undefined;
  let lastFile: string | undefined;
  const folderOf = (filePath: string): FolderChecks => {
    // Each check of a file asks (`file`, `context`, every `read`): the folder is found once.
    if (last !== undefined && filePath === lastFile) return last;
    lastFile = filePath;
    // The next file of the same folder (the walk's order), a normalized POSIX path: the folder,
    // a separator, a name (no `resolve` nor `dirname` a file).
    if (last !== undefined && isEntryOf(filePath, last.dir)) return last;
    const dir = path.dirname(resolvedPath(filePath));
    if (last !== undefined && last.dir === dir) return last;
    let folder = folders.get(dir);
    if (folder === undefined) {
      const root = options.root ?? runRootFor(filePath, siblings, dir);
      const project = projectFiles(filePath, root, caches);
      let digests = digestsByRoot.get(project.root);
      if (digests === undefined) digestsByRoot.set(project.root, (digests = new Map()));
      folder = {
        dir,
        root,
        siblingFiles: readSiblingFiles(filePath, SIBLING_FILE_KINDS, siblings, root),
        project,
        digests,
        fingerprints: new Map(),
      };
      folders.set(dir, folder);
    }
    return (last = folder);
  };
  return {
    file(filePath, record) {
      const folder = folderOf(filePath);
      if (
        strategy === "metadata" &&
        record.identity !== undefined &&
        identityHolds(filePath, record.identity, folder)
      )
        return true;
      options.onHashed?.();
      const bytes = readWorkspaceBytes(filePath, { root: folder.root, expected: true, identity: true });
      if ("problem" in bytes || sha256(bytes.bytes) !== record.content) return false;
      // The same bytes: the record holds, under the metadata seen now (result-cache.ts keeps it).
      const identity = settledIdentity(bytes.identity);
      if (identity === undefined) delete record.identity;
      else record.identity = identity;
      return true;
    },
    context(filePath) {
      const folder = folderOf(filePath);
      // All of it is the folder's, except whether the folder's Leoflow project names this file
      // (a folder with none, most of them, known after its first file).
      const leoflow =
        caches.leoflow.folders.get(folder.dir) === null
          ? ""
          : (findLeoflowProject(filePath, caches.leoflow)?.filePath ?? "");
      let fingerprint = folder.fingerprints.get(leoflow);
      if (fingerprint === undefined) {
        fingerprint = contextFingerprint(filePath, folder.root, folder.siblingFiles, caches);
        folder.fingerprints.set(leoflow, fingerprint);
      }
      return fingerprint;
    },
    read(filePath, file) {
      const { project, digests } = folderOf(filePath);
      // A path many files looked up (most are missing) is read once per run.
      let digest = digests.get(file);
      if (digest === undefined) {
        // Proved missing by its folder's listing: what the guarded reader would answer first
        // (readWorkspaceBytes), without the read's objects.
        if (listedMissing(file)) digest = "missing";
        else {
          const key = `${project.root}\0${file}`;
          digest = caches.projectDigests.get(key) ?? projectReadDigest(key, project.read(file), caches);
        }
        digests.set(file, digest);
      }
      return digest;
    },
    // What `read` answers first: a path its folder's listing proves missing is "missing".
    listed: listedHas,
    ...(strategy === "metadata"
      ? {
          readUnchanged: (filePath: string, file: string, identity: string) =>
            identityHolds(file, identity, readFolder(path.dirname(file), folderOf(filePath).project.root)),
        }
      : {}),
    // A read's answer is the repository's (the root bounds it; `digests` are kept per root).
    readScope: (filePath) => folderOf(filePath).project.root,
  };
}

/**
 * Whether `filePath` is an entry of the folder `dir` (a normalized POSIX path other than `/`):
 * `dir`, a separator and a name (not `.` or `..`), so its `resolvedPath`'s folder is `dir`.
 */
function isEntryOf(filePath: string, dir: string): boolean {
  return (
    path.sep === "/" &&
    dir !== "/" &&
    filePath.length > dir.length + 1 &&
    filePath.charCodeAt(dir.length) === 0x2f &&
    filePath.startsWith(dir) &&
    filePath.indexOf("/", dir.length + 1) === -1 &&
    !filePath.endsWith("/.") &&
    !filePath.endsWith("/..")
  );
}

/**
 * Whether a file is, by its metadata, the very file a cached record hashed (the `metadata`
 * strategy): a regular file — not a symlink: `lstat` — with the recorded device, inode, size
 * and times, in a folder whose real path lies inside the root (what the guarded reader checks
 * before it reads). Nothing is read.
 */
function identityHolds(
  filePath: string,
  identity: string,
  folder: { dir: string; root: string; inside?: boolean },
): boolean {
  let stats;
  try {
    stats = lstatSync(filePath, { bigint: true, throwIfNoEntry: false });
  } catch {
    return false;
  }
  if (stats === undefined || !stats.isFile() || fileIdentity(stats) !== identity) return false;
  if (folder.inside === undefined) {
    let real = listedRealPath(folder.dir);
    if (real === undefined) {
      try {
        real = realpathSync.native(folder.dir);
      } catch {
        real = undefined;
      }
    }
    folder.inside = real !== undefined && isInsideRealRoot(folder.root, real);
  }
  return folder.inside;
}

/**
 * Whether a cached record still holds for a file (the result cache's check, on the thread that
 * owns the run's caches): same bytes, same context, and every repository file the analysis read
 * reads the same (`recordChecks`, one file at a time).
 */
export function recordHolds(
  filePath: string,
  record: InputRecord,
  siblings: SiblingCache,
  options: Parameters<typeof recordChecks>[1] = {},
): boolean {
  const checks = recordChecks(siblings, options);
  return (
    checks.file(filePath, record) &&
    checks.context(filePath) === record.context &&
    record.reads.every(([file, digest]) => readHolds(filePath, file, digest, checks))
  );
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
  // A binary deployment file (git-crypt's or sops' encrypted `.env.secret`) is no configuration
  // text: nothing to judge, and no reason to fail a run. Binary DAG source is still reported.
  if ("problem" in source && source.binary && deploymentKindByName(filePath) !== undefined)
    return { result: makeResult(filePath, []) };
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
