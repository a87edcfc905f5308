/**
 * The result cache (`--cache`, ESLint's): a file's result from an earlier run, reused when
 * nothing it was computed from has changed. What a result depends on, all in its key:
 *
 * - the file's bytes (SHA-256); under the `metadata` strategy (`CacheStrategy`) a file whose
 *   inode, size and times are those of the read that was hashed is not read again;
 * - the options it was linted with (`optionsKey`: the rules and their settings after `--rule`,
 *   `reportUnusedSuppressions`) — so the configuration that applies to the file, per file;
 * - its context (`contextFingerprint`): the sibling files read with it (`leoflow.yaml`), the
 *   Leoflow project that names it, the Airflow version the repository pins, the repository root;
 * - every repository file the analysis read for imported helpers (`InputRecord.reads`), with
 *   the digest of what it read — a module that was missing is recorded as missing, so one that
 *   appears (and would now win the lookup) invalidates the result too;
 * - the tool's version and this file's format (the cache file's header: a cache written by
 *   another version is ignored as a whole).
 *
 * The engine computes a file's record while linting it, from the very bytes and reads the
 * analysis used (so a file that changes during a run is stored under what was analysed, and
 * misses next time). Only DAG sources (Python, TypeScript) that were read are cached: a file
 * that could not be read, and configuration files (whose context is other files' analyses),
 * are linted afresh on every run.
 *
 * The cache file is untrusted input: read through the guarded reader (a regular file, at most
 * `MAX_CACHE_BYTES`), its body checked against the SHA-256 in its header (a truncated or
 * corrupted file is ignored as a whole), and each entry checked for shape before it is used.
 * It is written to a temporary file beside it and renamed over it, so a reader never sees half
 * a file and two runs at once leave one run's whole cache.
 */
import { createHash } from "node:crypto";
import { renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import {
  makeResult,
  readWorkspaceBytes,
  resolvedPath,
  type LintMessage,
  type LintResult,
  type SiblingFile,
} from "@dag-transport/core";
import { detectAirflowVersion, findLeoflowProject } from "@dag-transport/deployment";
import type { ContextCaches } from "./context.js";
import { frontendFor } from "./frontends.js";

/** Bumped when the file's layout or what a key covers changes. */
export const CACHE_FORMAT = 5;

/**
 * How a cached file is known to be unchanged (`--cache-strategy`, ESLint's option):
 *
 * - `metadata` (the default, as in ESLint): the file's device, inode, size, modification and
 *   status-change times (nanoseconds) are those of the read whose bytes were hashed — then the
 *   file is not read at all. Any write, `touch`, rename, link or `chmod` sets the status-change
 *   time (ctime) to the present, and no ordinary tool can set it back, so a rewrite with the
 *   same size and a restored mtime is still seen. When they differ (a fresh checkout, a restored
 *   CI cache, a touched file) the content is hashed as under `content`, and the new metadata kept.
 * - `content`: every file is read and hashed on every run. For file systems whose ctime cannot
 *   be trusted (some network and FUSE file systems), or a clock that was set back.
 */
export type CacheStrategy = "metadata" | "content";
export const CACHE_STRATEGIES: readonly CacheStrategy[] = ["metadata", "content"];

/**
 * A file changed within this long before it was read may change again with the same times (a
 * file system's clock ticks coarsely: 1–4 ms on Linux, 1–2 s on some others): its identity is
 * not recorded (git's "racily clean" entries), and the next run hashes it.
 */
export const SETTLE_NS = 2_000_000_000n;

/** The identity to record for a read: undefined when the file changed too recently to trust it. */
export function settledIdentity(
  identity: string | undefined,
  nowMs: number = Date.now(),
): string | undefined {
  if (identity === undefined) return undefined;
  const ctime = identity.slice(identity.lastIndexOf(":") + 1);
  if (!/^\d+$/.test(ctime)) return undefined;
  return BigInt(ctime) + SETTLE_NS < BigInt(Math.floor(nowMs)) * 1_000_000n ? identity : undefined;
}
/** A cache file larger than this is not read (a run over 100,000 files writes well under it). */
export const MAX_CACHE_BYTES = 256 * 1024 * 1024;
const MAGIC = "dag-transport-cache";

/** What a file's result was computed from, besides its options (computed by `lintFileRecorded`). */
export interface InputRecord {
  /** SHA-256 of the file's bytes. */
  content: string;
  /**
   * The file's `fileIdentity` (device, inode, size, mtime, ctime in nanoseconds) as the read
   * that was hashed saw it, when it had settled (`settledIdentity`): under the `metadata`
   * strategy an unchanged identity stands for an unchanged hash.
   */
  identity?: string;
  /** `contextFingerprint` when it was linted. */
  context: string;
  /**
   * Repository files the analysis read (imported modules), each with `recordedReadDigest` of
   * what it got.
   */
  reads: [file: string, digest: string][];
}

/**
 * What `ResultCache.lookup` checks a record against: the run's present state (engine.ts
 * `recordChecks`, which computes what a folder's files share once).
 */
export interface RecordChecks {
  /**
   * Whether the file is the one whose bytes were hashed (`content`; under the `metadata`
   * strategy its `identity` may stand for them). A file hashed the same under new metadata
   * holds, with `file.identity` set to the new metadata (or deleted when it has not settled).
   */
  file(filePath: string, file: { content: string; identity?: string }): boolean;
  /** The file's `contextFingerprint` now. */
  context(filePath: string): string;
  /** `readDigest` of a read now of `file` (absolute), a repository file the analysis of `filePath` read. */
  read(filePath: string, file: string): string;
  /**
   * Whether `file`, read for `filePath`, is by its metadata the very file a read with this
   * identity hashed (the `metadata` strategy: a regular file with the identity, as `file` checks
   * the linted file's): then it reads the same, unread. False: unknown (`read` decides).
   */
  readUnchanged?(filePath: string, file: string, identity: string): boolean;
  /**
   * What this run's listing of the folder `dir` (absolute, normalized) says of its entry `name`
   * (one path segment): false when the folder was listed without it — then `read` of the joined
   * path answers "missing" for every file, and a path below it too —, true when it was listed
   * with it, undefined when the folder was not listed. Without it, every read is asked of `read`.
   */
  listed?(dir: string, name: string): boolean | undefined;
  /**
   * What `read`'s answers for `filePath` depend on besides the path read (the engine: the
   * repository root reads are bounded by): within a run, files of one scope get the same answer
   * for a path, so a read set is checked once per scope. Without it, the file's folder.
   */
  readScope?(filePath: string): string;
}

/**
 * An entry as the file keeps it: the record, the options' key, and the result without its
 * `filePath` (the entry's own key).
 */
interface Entry extends InputRecord {
  options: string;
  result: Omit<LintResult, "filePath">;
}

/**
 * The string tables of the cache file's body (`ResultCache.packed`). Read paths are absolute and
 * normalized (as entries' own keys are: a cache is of one place; a repository that moved has
 * another root, in every context fingerprint), kept as a tree of folders (`PathTree`): a run's
 * reads are mostly the candidates of module look-ups, tens of thousands of paths in a few
 * thousand folders, nearly all of them missing.
 */
interface Tables {
  /** The names in read paths (folders' and files'), each once. */
  names: string[];
  /** Read digests (`readDigest`). */
  digests: string[];
  /** `contextFingerprint`s. */
  contexts: string[];
  /** `optionsKey`s. */
  options: string[];
}
const TABLES: readonly (keyof Tables)[] = ["names", "digests", "contexts", "options"];

/**
 * Read paths as the file keeps them: `folders`, pairs (parent folder, name) — a parent of -1 makes
 * the name a root (`/`, `C:\`), and a parent comes before its children —; `paths`, pairs (folder,
 * name); names are indices into `Tables.names`, every one of them a single path segment.
 */
interface PathTree {
  folders: number[];
  paths: number[];
}

/**
 * What a read scope (`RecordChecks.readScope`) has checked this run, by index into the loaded
 * file's tables: whether each read set holds, the digest read of each path, and the identity a
 * path was found unchanged with ("" when it was not).
 */
interface Scoped {
  sets: Map<number, boolean>;
  digests: Map<number, string>;
  unchanged: Map<number, string>;
}

/** A name that is one path segment of a normalized path: joined to its folder, it names a child. */
function isSegment(name: string): boolean {
  return (
    name !== "" &&
    name !== "." &&
    name !== ".." &&
    !name.includes("/") &&
    !name.includes(path.sep) &&
    !name.includes("\0")
  );
}

/** `dir` (a root, or a normalized absolute folder) and a segment, joined without normalizing. */
function joinSegment(dir: string, name: string): string {
  return dir.endsWith(path.sep) ? dir + name : dir + path.sep + name;
}

/** Whether the file's path tree is well formed over its names (`PathTree`). */
function validTree(tree: PathTree, names: readonly string[]): boolean {
  const { folders, paths } = tree;
  if (folders.length % 2 !== 0 || paths.length % 2 !== 0) return false;
  const segment = names.map(isSegment);
  const isRoot = (name: string) => path.isAbsolute(name) && path.parse(name).root === name;
  for (let i = 0; i < folders.length; i += 2) {
    const parent = folders[i];
    const name = folders[i + 1];
    if (!isIndex(name, names)) return false;
    if (
      parent === -1
        ? !isRoot(names[name]!)
        : !(isInt(parent) && parent >= 0 && parent < i / 2 && segment[name])
    )
      return false;
  }
  const folderCount = folders.length / 2;
  for (let i = 0; i < paths.length; i += 2) {
    const folder = paths[i];
    const name = paths[i + 1];
    if (!(isInt(folder) && folder >= 0 && folder < folderCount && isIndex(name, names) && segment[name]))
      return false;
  }
  return true;
}

/**
 * An entry as the file keeps it: content hash, identity (or 0), the context's and the options'
 * index, the index of its read set (`readSets`: the reads as (path index, digest index) pairs,
 * shared by the entries that read the same — the files of a folder mostly look up the same
 * modules), the result (0: no messages at all).
 */
type Packed = [
  content: string,
  identity: string | 0,
  context: number,
  options: number,
  readSet: number,
  result: Entry["result"] | 0,
];

/** A result without messages, as `makeResult` writes it (without its `filePath`). */
const CLEAN_RESULT = JSON.stringify({ ...makeResult("", []), filePath: undefined });
export function cleanResult(filePath: string): LintResult {
  return {
    filePath,
    messages: [],
    suppressedMessages: [],
    errorCount: 0,
    fatalErrorCount: 0,
    warningCount: 0,
    fixableErrorCount: 0,
    fixableWarningCount: 0,
    usedDeprecatedRules: [],
  };
}

export function sha256(data: string | Uint8Array): string {
  return createHash("sha256").update(data).digest("hex");
}

/** The digest of a read of a repository file: its text's hash, or why there was none. */
export function readDigest(read: { text: string } | { problem: string; missing?: true }): string {
  if ("text" in read) return sha256(read.text);
  return read.missing ? "missing" : `problem:${read.problem}`;
}

/**
 * A read's digest as a record keeps it (`InputRecord.reads`): `readDigest`, and for a text read
 * whose file had settled (`settledIdentity`) its identity after an `@` — under the `metadata`
 * strategy an unchanged identity stands for the text's hash (`RecordChecks.readUnchanged`), as
 * the linted file's own does.
 */
export function recordedReadDigest(digest: string, identity: string | undefined): string {
  const settled =
    digest.startsWith("problem:") || digest === "missing" ? undefined : settledIdentity(identity);
  return settled === undefined ? digest : `${digest}@${settled}`;
}

/** A recorded read digest's parts: `readDigest`, and the identity it was read with, if any. */
export function splitReadDigest(recorded: string): [digest: string, identity: string | undefined] {
  const at = recorded.startsWith("problem:") ? -1 : recorded.indexOf("@");
  return at < 0 ? [recorded, undefined] : [recorded.slice(0, at), recorded.slice(at + 1)];
}

/**
 * Whether a recorded read (`recordedReadDigest`) still reads the same for `filePath`: its file
 * unchanged by its identity, or its digest the same now.
 */
export function readHolds(filePath: string, file: string, recorded: string, checks: RecordChecks): boolean {
  const [digest, identity] = splitReadDigest(recorded);
  if (identity !== undefined && checks.readUnchanged?.(filePath, file, identity)) return true;
  return checks.read(filePath, file) === digest;
}

/** Whether a file's results may be cached: a DAG source (its context is data, not other analyses). */
export function cacheable(filePath: string): boolean {
  const language = frontendFor(filePath)?.language;
  return language === "python" || language === "typescript";
}

/** The key of the options a group of files is linted with. */
export function optionsKey(options: { settings?: unknown; reportUnusedSuppressions?: unknown }): string {
  return sha256(
    JSON.stringify({ settings: options.settings ?? {}, unused: options.reportUnusedSuppressions ?? null }),
  );
}

/**
 * What a DAG file is judged against besides its text and imports, as the engine attaches it
 * (context.ts, siblings.ts): computed through the run's caches, so once per folder.
 */
export function contextFingerprint(
  filePath: string,
  root: string,
  siblingFiles: readonly SiblingFile[],
  caches: ContextCaches,
): string {
  const absolute = resolvedPath(filePath);
  const version = detectAirflowVersion(absolute, caches.versions);
  const leoflow = findLeoflowProject(absolute, caches.leoflow);
  // Within a run all of it is the folder's (the cached objects of siblings.ts and context.ts),
  // except whether the folder's Leoflow project names this file.
  const key = `${root}\0${path.dirname(absolute)}\0${leoflow ? leoflow.filePath : ""}`;
  let fingerprint = caches.fingerprints.get(key);
  if (fingerprint === undefined) {
    const text = JSON.stringify({
      root,
      siblings: siblingFiles,
      version: version ?? null,
      leoflow: leoflow ?? null,
    });
    // Most folders of a repository are judged against the same (no siblings, one version):
    // hashed once per distinct text.
    fingerprint = caches.fingerprints.get(text);
    if (fingerprint === undefined) caches.fingerprints.set(text, (fingerprint = sha256(text)));
    caches.fingerprints.set(key, fingerprint);
  }
  return fingerprint;
}

const isInt = (v: unknown): v is number => Number.isSafeInteger(v);
const isString = (v: unknown): v is string => typeof v === "string";
const isIndex = (v: unknown, table: readonly unknown[]): v is number =>
  isInt(v) && v >= 0 && v < table.length;
const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

function validFix(fix: unknown): boolean {
  return (
    isObject(fix) &&
    isString(fix.text) &&
    Array.isArray(fix.range) &&
    fix.range.length === 2 &&
    fix.range.every(isInt)
  );
}

function validMessage(m: unknown, suppressed: boolean): boolean {
  if (!isObject(m)) return false;
  if (!(m.ruleId === null || isString(m.ruleId))) return false;
  if (m.severity !== 1 && m.severity !== 2) return false;
  if (!isString(m.message) || !isInt(m.line) || !isInt(m.column)) return false;
  for (const key of ["endLine", "endColumn"] as const)
    if (m[key] !== undefined && !isInt(m[key])) return false;
  if (m.messageId !== undefined && !isString(m.messageId)) return false;
  if (m.fatal !== undefined && m.fatal !== true) return false;
  if (m.fix !== undefined && !validFix(m.fix)) return false;
  if (
    m.suggestions !== undefined &&
    !(
      Array.isArray(m.suggestions) &&
      m.suggestions.every((s) => isObject(s) && isString(s.desc) && validFix(s.fix))
    )
  )
    return false;
  if (
    m.relatedLocations !== undefined &&
    !(
      Array.isArray(m.relatedLocations) &&
      m.relatedLocations.every(
        (r) =>
          isObject(r) &&
          isString(r.message) &&
          (r.file === undefined || isString(r.file)) &&
          isInt(r.line) &&
          isInt(r.column) &&
          isInt(r.endLine) &&
          isInt(r.endColumn),
      )
    )
  )
    return false;
  if (suppressed)
    return (
      Array.isArray(m.suppressions) &&
      m.suppressions.every(
        (s) => isObject(s) && (s.kind === "directive" || s.kind === "file") && isString(s.justification),
      )
    );
  return m.suppressions === undefined;
}

/** Whether a cached result has the shape every formatter expects, and its counts add up. */
function validResult(result: unknown, filePath: string): result is LintResult {
  if (!isObject(result) || result.filePath !== filePath) return false;
  const { messages, suppressedMessages } = result;
  if (!Array.isArray(messages) || !messages.every((m) => validMessage(m, false))) return false;
  if (!Array.isArray(suppressedMessages) || !suppressedMessages.every((m) => validMessage(m, true)))
    return false;
  const shown = messages as LintMessage[];
  const count = (test: (m: LintMessage) => boolean) => shown.filter(test).length;
  return (
    result.errorCount === count((m) => m.severity === 2) &&
    result.warningCount === count((m) => m.severity === 1) &&
    result.fatalErrorCount === count((m) => m.fatal === true) &&
    result.fixableErrorCount === count((m) => m.fix !== undefined && m.severity === 2) &&
    result.fixableWarningCount === count((m) => m.fix !== undefined && m.severity === 1) &&
    Array.isArray(result.usedDeprecatedRules) &&
    result.usedDeprecatedRules.length === 0
  );
}

function validEntry(entry: unknown): entry is Entry {
  return (
    isObject(entry) &&
    isString(entry.content) &&
    (entry.identity === undefined || isString(entry.identity)) &&
    isString(entry.context) &&
    isString(entry.options) &&
    Array.isArray(entry.reads) &&
    entry.reads.every(
      (r) => Array.isArray(r) && r.length === 2 && isString(r[0]) && path.isAbsolute(r[0]) && isString(r[1]),
    ) &&
    isObject(entry.result) &&
    entry.result.filePath === undefined
  );
}

/**
 * Where the cache file is: `--cache-location` as ESLint reads it — a directory (an existing
 * one, or a path ending in a separator) holds a file named after the working directory; any
 * other path is the file. Default: `.dag-transport-cache` in the working directory.
 */
export function cacheFilePath(
  location: string | undefined,
  cwd: string,
  isDirectory: (p: string) => boolean,
): string {
  const DEFAULT = ".dag-transport-cache";
  if (location === undefined) return path.resolve(cwd, DEFAULT);
  const resolved = path.resolve(cwd, location);
  if (/[\\/]$/.test(location) || isDirectory(resolved))
    return path.join(resolved, `${DEFAULT}_${sha256(path.resolve(cwd)).slice(0, 12)}`);
  return resolved;
}

export class ResultCache {
  /** Entries as the file has them (`Entry`, unchecked until looked up). */
  private entries = new Map<string, unknown>();
  private changed = false;
  /** This run's use of the cache (`DAG_TRANSPORT_DEBUG=cache`): results reused, files linted. */
  readonly stats = { reused: 0, hashed: 0, linted: [] as string[] };

  private constructor(
    readonly file: string,
    private readonly toolVersion: string,
  ) {}

  /** The cache at `file`; empty when there is none or it cannot be used (never throws). */
  static load(file: string, toolVersion: string): ResultCache {
    const cache = new ResultCache(file, toolVersion);
    const read = readWorkspaceBytes(file, { maxBytes: MAX_CACHE_BYTES });
    if ("problem" in read) return cache;
    try {
      const bytes = Buffer.from(read.bytes.buffer, read.bytes.byteOffset, read.bytes.byteLength);
      const newline = bytes.indexOf(0x0a);
      if (newline < 0 || newline > 512) return cache;
      const [magic, format, version, digest] = bytes.subarray(0, newline).toString("latin1").split(" ");
      if (magic !== MAGIC || format !== String(CACHE_FORMAT) || version !== toolVersion) return cache;
      const body = bytes.subarray(newline + 1);
      if (sha256(body) !== digest) return cache;
      const parsed: unknown = JSON.parse(body.toString("utf8"));
      if (!isObject(parsed) || !isObject(parsed.files)) return cache;
      const tables = {} as Tables;
      for (const name of TABLES) {
        const table = parsed[name];
        if (!Array.isArray(table) || !table.every(isString)) return cache;
        tables[name] = table;
      }
      const tree = { folders: parsed.folders, paths: parsed.paths };
      if (!Array.isArray(tree.folders) || !Array.isArray(tree.paths)) return cache;
      if (!validTree(tree as PathTree, tables.names)) return cache;
      // Each set is checked for shape when an entry first uses it (`readSet`).
      if (!Array.isArray(parsed.readSets)) return cache;
      cache.tables = tables;
      cache.tree = tree as PathTree;
      cache.missingDigest = tables.digests.indexOf("missing");
      cache.readSets = parsed.readSets as unknown[];
      const files = parsed.files;
      for (const filePath of Object.keys(files)) {
        // Checked and unpacked on use (`lookup`): an entry nobody asks for costs nothing.
        cache.entries.set(filePath, files[filePath]);
      }
    } catch {
      cache.entries = new Map();
    }
    return cache;
  }

  /** The loaded file's tables (`Packed`); an entry stored by this run is kept unpacked. */
  private tables: Tables = { names: [], digests: [], contexts: [], options: [] };
  /** The loaded file's read paths (`PathTree`). */
  private tree: PathTree = { folders: [], paths: [] };
  /** The index of the digest "missing" in the loaded file's table (-1: none). */
  private missingDigest = -1;
  /** The loaded file's folders and read paths as strings, made when first needed. */
  private readonly folderPaths: (string | undefined)[] = [];
  private readonly pathStrings: (string | undefined)[] = [];

  /** A folder of the loaded file's tree, as a path. */
  private folderPath(folder: number): string {
    let known = this.folderPaths[folder];
    if (known !== undefined) return known;
    const { folders } = this.tree;
    const { names } = this.tables;
    // Up to the nearest folder already made (iteratively: a tree from a file may be deep).
    const chain: number[] = [];
    for (let at = folder; at !== -1 && this.folderPaths[at] === undefined; at = folders[2 * at]!)
      chain.push(at);
    for (let i = chain.length - 1; i >= 0; i--) {
      const at = chain[i]!;
      const parent = folders[2 * at]!;
      const name = names[folders[2 * at + 1]!]!;
      known = parent === -1 ? name : joinSegment(this.folderPaths[parent]!, name);
      this.folderPaths[at] = known;
    }
    return known!;
  }

  /** A read path of the loaded file, as a string. */
  private pathString(index: number): string {
    let known = this.pathStrings[index];
    if (known === undefined) {
      const { paths } = this.tree;
      known = joinSegment(this.folderPath(paths[2 * index]!), this.tables.names[paths[2 * index + 1]!]!);
      this.pathStrings[index] = known;
    }
    return known;
  }

  /**
   * What the run's folder listings prove of the loaded file's folders and paths
   * (`RecordChecks.listed`): 1 missing, 2 not proved missing; 0 not decided yet. Kept for the
   * `checks` they were decided with (one run's listings).
   */
  private proved?: { checks: RecordChecks; folders: Uint8Array; paths: Uint8Array };

  /**
   * The proofs for `checks`, every folder's decided at once, parents first (the tree lists a
   * parent before its children): a folder is missing when its parent is, or its parent was
   * listed without it.
   */
  private provedFor(checks: RecordChecks): { folders: Uint8Array; paths: Uint8Array } {
    if (this.proved?.checks !== checks) {
      const { folders } = this.tree;
      const { names } = this.tables;
      const proved = new Uint8Array(folders.length / 2);
      for (let at = 0; at < proved.length; at++) {
        const parent = folders[2 * at]!;
        proved[at] =
          parent !== -1 &&
          (proved[parent] === 1 ||
            checks.listed!(this.folderPath(parent), names[folders[2 * at + 1]!]!) === false)
            ? 1
            : 2;
      }
      this.proved = { checks, folders: proved, paths: new Uint8Array(this.tree.paths.length / 2) };
    }
    return this.proved;
  }

  /** Whether the listings prove a read path of the loaded file missing (`RecordChecks.listed`). */
  private pathMissing(index: number, checks: RecordChecks): boolean {
    if (checks.listed === undefined) return false;
    const proved = this.proved?.checks === checks ? this.proved : this.provedFor(checks);
    if (proved.paths[index] === 0) {
      const { paths } = this.tree;
      const folder = paths[2 * index]!;
      proved.paths[index] =
        proved.folders[folder] === 1 ||
        checks.listed(this.folderPath(folder), this.tables.names[paths[2 * index + 1]!]!) === false
          ? 1
          : 2;
    }
    return proved.paths[index] === 1;
  }
  /** The loaded file's read sets (`Packed`), unchecked until an entry uses one (`readSet`). */
  private readSets: unknown[] = [];
  /** Read sets checked for shape, by index: the set, or null when it is not one. */
  private readonly checkedSets = new Map<number, number[] | null>();

  /**
   * A read set of the loaded file, if it is one: an even number of indices, each pair a path's
   * (`PathTree`) and a digest's in the tables.
   */
  private readSet(index: unknown): number[] | undefined {
    if (!isIndex(index, this.readSets)) return undefined;
    let set = this.checkedSets.get(index);
    if (set === undefined) {
      const raw = this.readSets[index];
      const { digests } = this.tables;
      const [pathCount, digestCount] = [this.tree.paths.length / 2, digests.length];
      set = Array.isArray(raw) && raw.length % 2 === 0 ? (raw as number[]) : null;
      // Inline (a run checks some 100,000 pairs): an index is an integer within its table.
      for (let i = 0; set !== null && i < set.length; i += 2) {
        const file = set[i]!;
        const digest = set[i + 1]!;
        if (!(file >= 0 && file < pathCount && (file | 0) === file)) set = null;
        else if (!(digest >= 0 && digest < digestCount && (digest | 0) === digest)) set = null;
      }
      this.checkedSets.set(index, set);
    }
    return set ?? undefined;
  }

  /** A packed entry of the loaded file as an `Entry`, or undefined when it is not one. */
  private unpack(filePath: string, packed: unknown): Entry | undefined {
    if (!Array.isArray(packed) || packed.length !== 6) return undefined;
    const [content, identity, context, options, readSet, result] = packed as unknown[];
    const { digests, contexts, options: optionKeys } = this.tables;
    if (!isString(content) || !(identity === 0 || isString(identity))) return undefined;
    if (!isIndex(context, contexts) || !isIndex(options, optionKeys)) return undefined;
    const reads = this.readSet(readSet);
    if (reads === undefined) return undefined;
    const pairs: [string, string][] = [];
    for (let i = 0; i < reads.length; i += 2)
      pairs.push([this.pathString(reads[i]!), digests[reads[i + 1]!]!]);
    let stored: unknown = result;
    if (result === 0) {
      const clean: Partial<LintResult> = makeResult(filePath, []);
      delete clean.filePath;
      stored = clean;
    }
    return {
      content,
      ...(identity !== 0 ? { identity } : {}),
      context: contexts[context]!,
      options: optionKeys[options]!,
      reads: pairs,
      result: stored as Entry["result"],
    };
  }

  /**
   * The read sets of the loaded file checked this run (whether every read still reads the
   * same), by their index, and the digests read, by path index, per read scope
   * (`RecordChecks.readScope`): files that import the same modules share a set (most of their
   * reads are the same missing candidates), and the files of a repository one scope — so each
   * set is checked once, and each path read once. A path the listings prove missing is not read
   * (`pathMissing`).
   */
  private readonly scoped = new Map<string, Scoped>();
  private lastScope: string | undefined;
  private lastScoped: Scoped | undefined;

  /** Whether a read set of the loaded file still holds for `filePath` (once per scope). */
  private readsHold(filePath: string, index: number, reads: number[], checks: RecordChecks): boolean {
    const scope = checks.readScope ? checks.readScope(filePath) : path.dirname(filePath);
    let scoped = this.lastScoped;
    if (scope !== this.lastScope || scoped === undefined) {
      scoped = this.scoped.get(scope);
      if (scoped === undefined)
        this.scoped.set(scope, (scoped = { sets: new Map(), digests: new Map(), unchanged: new Map() }));
      this.lastScope = scope;
      this.lastScoped = scoped;
    }
    let holds = scoped.sets.get(index);
    if (holds === undefined) {
      const { digests } = this.tables;
      holds = true;
      for (let i = 0; holds && i < reads.length; i += 2) {
        const file = reads[i]!;
        const digest = reads[i + 1]!;
        if (this.pathMissing(file, checks)) {
          holds = digest === this.missingDigest;
          continue;
        }
        const [recorded, identity] = splitReadDigest(digests[digest]!);
        if (identity !== undefined && checks.readUnchanged !== undefined) {
          // Unchanged by its metadata (asked once per scope and path, for the identity first met).
          let unchanged = scoped.unchanged.get(file);
          if (unchanged === undefined) {
            unchanged = checks.readUnchanged(filePath, this.pathString(file), identity) ? identity : "";
            scoped.unchanged.set(file, unchanged);
          }
          if (unchanged === identity) continue;
        }
        let now = scoped.digests.get(file);
        if (now === undefined) scoped.digests.set(file, (now = checks.read(filePath, this.pathString(file))));
        holds = now === recorded;
      }
      scoped.sets.set(index, holds);
    }
    return holds;
  }

  /**
   * The result of a file linted with these options, if its record still holds (`checks`);
   * else undefined, and the entry is dropped. Cheap checks first: the options, the file (one
   * `lstat` under the `metadata` strategy), its folder's context, then the recorded reads.
   */
  lookup(filePath: string, options: string, checks: RecordChecks): LintResult | undefined {
    const kept = this.entries.get(filePath);
    if (kept === undefined) return undefined;
    // Packed as the file has it (an array), or stored or updated by this run (an `Entry`).
    const result = Array.isArray(kept)
      ? this.checkPacked(filePath, kept, options, checks)
      : this.checkEntry(filePath, kept, options, checks);
    if (result === undefined) {
      this.entries.delete(filePath);
      this.changed = true;
      return undefined;
    }
    this.stats.reused++;
    return result;
  }

  /** `lookup` of an entry as the loaded file has it, checked in its packed form. */
  private checkPacked(
    filePath: string,
    packed: unknown[],
    options: string,
    checks: RecordChecks,
  ): LintResult | undefined {
    if (packed.length !== 6) return undefined;
    // By index (3,600 entries a run: no iterator for a destructuring).
    const content = packed[0];
    const identity = packed[1];
    const context = packed[2];
    const optionsIndex = packed[3];
    const readSet = packed[4];
    const stored = packed[5];
    const { contexts, options: optionKeys } = this.tables;
    if (!isString(content) || !(identity === 0 || isString(identity))) return undefined;
    if (!isIndex(context, contexts) || !isIndex(optionsIndex, optionKeys)) return undefined;
    const reads = this.readSet(readSet);
    if (reads === undefined) return undefined;
    if (optionKeys[optionsIndex] !== options) return undefined;
    const file: { content: string; identity?: string } = { content };
    if (identity !== 0) file.identity = identity;
    if (!checks.file(filePath, file)) return undefined;
    if (checks.context(filePath) !== contexts[context]) return undefined;
    if (reads.length > 0 && !this.readsHold(filePath, readSet as number, reads, checks)) return undefined;
    let result: LintResult;
    if (stored === 0) result = cleanResult(filePath);
    else {
      if (!isObject(stored) || stored.filePath !== undefined) return undefined;
      const shown = { filePath, ...stored };
      if (!validResult(shown, filePath)) return undefined;
      result = shown;
    }
    // The file was hashed and found the same under new metadata (a touched file, a fresh
    // checkout): keep the new metadata, so the next run need not hash it.
    if (file.identity !== (identity === 0 ? undefined : identity)) {
      const entry = this.unpack(filePath, packed);
      if (entry === undefined) return undefined;
      if (file.identity === undefined) delete entry.identity;
      else entry.identity = file.identity;
      this.entries.set(filePath, entry);
      this.changed = true;
    }
    return result;
  }

  /** `lookup` of an entry this run stored or updated. */
  private checkEntry(
    filePath: string,
    entry: unknown,
    options: string,
    checks: RecordChecks,
  ): LintResult | undefined {
    if (!validEntry(entry) || entry.options !== options) return undefined;
    const result = { filePath, ...entry.result };
    if (!validResult(result, filePath)) return undefined;
    const file: { content: string; identity?: string } = { content: entry.content };
    if (entry.identity !== undefined) file.identity = entry.identity;
    if (!checks.file(filePath, file) || checks.context(filePath) !== entry.context) return undefined;
    for (const [read, digest] of entry.reads)
      if (!readHolds(filePath, read, digest, checks)) return undefined;
    if (file.identity !== entry.identity) {
      if (file.identity === undefined) delete entry.identity;
      else entry.identity = file.identity;
      this.changed = true;
    }
    return result;
  }

  store(filePath: string, options: string, record: InputRecord | undefined, result: LintResult): void {
    this.changed = true;
    this.stats.linted.push(filePath);
    if (record === undefined) {
      this.entries.delete(filePath);
      return;
    }
    const stored: Partial<LintResult> = { ...result };
    delete stored.filePath;
    this.entries.set(filePath, {
      content: record.content,
      ...(record.identity !== undefined ? { identity: record.identity } : {}),
      context: record.context,
      options,
      reads: record.reads.map(([file, digest]) => [resolvedPath(file), digest]),
      result: stored as Entry["result"],
    } satisfies Entry);
  }

  /**
   * The file's body: every name, digest, context and options key once, in tables, read paths as
   * a tree of folders (`PathTree`), and each entry as a `Packed` array of indices (a read, a
   * pair of them); a result without messages as `0`. A fraction of the bytes of entries written
   * out whole, and far fewer strings to parse.
   */
  private packed(): { [K in keyof Tables]: string[] } & PathTree & {
      readSets: number[][];
      files: Record<string, Packed>;
    } {
    const tables: Tables = { names: [], digests: [], contexts: [], options: [] };
    const indices = new Map<string, number>();
    const intern = (table: keyof Tables, value: string): number => {
      const key = `${table}\0${value}`;
      let i = indices.get(key);
      if (i === undefined) {
        i = tables[table].push(value) - 1;
        indices.set(key, i);
      }
      return i;
    };
    const tree: PathTree = { folders: [], paths: [] };
    const nodes = new Map<string, number>();
    /** A node of the tree (a folder, or a path when `paths`), by its parent and name. */
    const node = (into: number[], parent: number, name: string): number => {
      const nameIndex = intern("names", name);
      const key = `${into === tree.paths ? "p" : "f"}${parent}\0${nameIndex}`;
      let i = nodes.get(key);
      if (i === undefined) {
        i = into.push(parent, nameIndex) / 2 - 1;
        nodes.set(key, i);
      }
      return i;
    };
    /** A read path's index in the tree; undefined when it is not absolute and normalized. */
    const pathIndex = (file: string): number | undefined => {
      const root = path.parse(file).root;
      if (root === "" || resolvedPath(file) !== file) return undefined;
      const segments = file.slice(root.length).split(path.sep);
      const name = segments.pop()!;
      if (!isSegment(name) || !segments.every(isSegment)) return undefined;
      let folder = node(tree.folders, -1, root);
      for (const segment of segments) folder = node(tree.folders, folder, segment);
      return node(tree.paths, folder, name);
    };
    const readSets: number[][] = [];
    const setIndices = new Map<string, number>();
    const files: Record<string, Packed> = {};
    entries: for (const [filePath, kept] of this.entries) {
      const entry = Array.isArray(kept) ? this.unpack(filePath, kept) : (kept as Entry);
      if (entry === undefined || !validEntry(entry)) continue;
      const reads: number[] = [];
      for (const [file, digest] of entry.reads) {
        const index = pathIndex(file);
        // Not kept (linted again next run): a read the tree cannot hold.
        if (index === undefined) continue entries;
        reads.push(index, intern("digests", digest));
      }
      const setKey = reads.join(",");
      let readSet = setIndices.get(setKey);
      if (readSet === undefined) {
        readSet = readSets.push(reads) - 1;
        setIndices.set(setKey, readSet);
      }
      files[filePath] = [
        entry.content,
        entry.identity ?? 0,
        intern("contexts", entry.context),
        intern("options", entry.options),
        readSet,
        JSON.stringify(entry.result) === CLEAN_RESULT ? 0 : entry.result,
      ];
    }
    return { ...tables, ...tree, readSets, files };
  }

  /**
   * Writes the cache (a temporary file renamed over it), keeping the entries of files this run
   * did not lint (another run may lint them). Returns a problem to warn about, or undefined.
   */
  save(): string | undefined {
    if (!this.changed) return undefined;
    // ASCII only (any other character as its `\u` escape, which parses back the same): the next
    // run's decoded body is then a one-byte string, half the memory, and parsed about twice as
    // fast as one a single "…" in a message makes two bytes a character.
    const text = JSON.stringify(this.packed()).replace(
      /[\u007f-\uffff]/g,
      (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
    );
    const body = Buffer.from(text, "utf8");
    const header = `${MAGIC} ${CACHE_FORMAT} ${this.toolVersion} ${sha256(body)}\n`;
    const temporary = `${this.file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    try {
      writeFileSync(temporary, Buffer.concat([Buffer.from(header, "latin1"), body]), {
        flag: "wx",
        mode: 0o644,
      });
      renameSync(temporary, this.file);
      return undefined;
    } catch (error) {
      try {
        rmSync(temporary, { force: true });
      } catch {
        // It was never made.
      }
      return (error as NodeJS.ErrnoException).code ?? "unknown error";
    }
  }
}
