/**
 * The one door for bytes taken from a workspace: DAG files, configuration files, sibling files
 * (`leoflow.yaml`), ignore files. Everything in a repository or a pull request is untrusted: a
 * "config file" may be a symlink to `/proc/self/environ`, a FIFO, `/dev/zero` or a 2 GB blob.
 * So a read here is
 *
 * - of a regular file only (never a device, FIFO or socket — opened non-blocking, then checked
 *   on the open descriptor, so a swap between check and open cannot slip one in);
 * - inside the root, after resolving every symlink (a link that leaves the root is refused);
 * - bounded: at most `MAX_FILE_BYTES` are read, whatever size the file claims (files under
 *   `/proc` claim 0);
 * - never echoed: a problem names the file's situation, never its content. Callers that parse
 *   what they read must do the same (`describeParseError` in config.ts).
 *
 * `pnpm lint` forbids reading files anywhere else in the packages' sources.
 */
import {
  closeSync,
  constants,
  existsSync,
  fstatSync,
  openSync,
  readSync,
  realpathSync,
  statSync,
} from "node:fs";
import path from "node:path";
import { listedMissing, listedRealFile } from "./listings.js";
import { entryPath, isNormalizedAbsolute, relativeInside, resolvedPath } from "./paths.js";

/** Larger files are reported, not parsed: no DAG or configuration is this big, generated code is. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

export type BytesRead = { bytes: Uint8Array; identity?: string } | { problem: string; missing?: true };
/** A text read; `identity` (`fileIdentity`) when `ReadOptions.identity` asked for it. */
export type TextRead = { text: string; identity?: string } | { problem: string; missing?: true };

export interface ReadOptions {
  /**
   * The directory the file must lie in once symlinks are resolved. Without one, symlinks are
   * still resolved and the file must be a regular file, but it may lie anywhere (a path the
   * user named on the command line).
   */
  root?: string;
  /** Read at most this many bytes (default `MAX_FILE_BYTES`). */
  maxBytes?: number;
  /**
   * The file is expected to exist (a file selected for linting): skip the probe that answers a
   * missing file cheaply, which costs an existing file one more system call. Same answers.
   */
  expected?: boolean;
  /**
   * Also say which file was read, as its open descriptor's `fstat` has it (`fileIdentity`):
   * the result cache's metadata check (packages/engine/src/result-cache.ts).
   */
  identity?: boolean;
}

/** Stat fields that change whenever a file's content may have (inode, device, size, mtime, ctime). */
export interface FileStats {
  dev: bigint;
  ino: bigint;
  size: bigint;
  mtimeNs: bigint;
  ctimeNs: bigint;
}

/** A file's identity and state, from `stat` (with `bigint: true`), as one string. */
export function fileIdentity(stats: FileStats): string {
  return `${stats.dev}:${stats.ino}:${stats.size}:${stats.mtimeNs}:${stats.ctimeNs}`;
}

/** Whether `target` is `root` or lies under it (both absolute, already resolved). */
export function isInside(root: string, target: string, pathApi: path.PlatformPath = path): boolean {
  // Two normalized absolute POSIX paths: a prefix that ends at a separator (no `relative`).
  if (pathApi === path && path.sep === "/" && isNormalizedAbsolute(root) && isNormalizedAbsolute(target))
    return (
      target === root ||
      (target.startsWith(root) && (root === "/" || target.charCodeAt(root.length) === 0x2f))
    );
  return relativeInside(root, target, pathApi) !== undefined;
}

const realRoots = new Map<string, string | undefined>();

function realRoot(root: string): string | undefined {
  if (!realRoots.has(root)) {
    try {
      realRoots.set(root, realpathSync.native(root));
    } catch {
      realRoots.set(root, undefined);
    }
  }
  return realRoots.get(root);
}

function sizeProblem(size: number, limit: number): string {
  const mib = (bytes: number) => `${Number((bytes / 1024 / 1024).toFixed(1))}`;
  return `File is ${(size / 1024 / 1024).toFixed(1)} MiB, over the ${mib(limit)} MiB limit; not analysed.`;
}

/** Whether `stat` says ENOENT (other failures are left to the caller's `realpath`). */
function existsNot(filePath: string): boolean {
  try {
    return statSync(filePath, { throwIfNoEntry: false }) === undefined;
  } catch {
    return false;
  }
}

/** Reads a workspace file's bytes, or says (without quoting it) why it was not read. */
export function readWorkspaceBytes(filePath: string, options: ReadOptions = {}): BytesRead {
  const limit = options.maxBytes ?? MAX_FILE_BYTES;
  // Most reads probe for a file that is not there (config discovery, imported-module lookups):
  // answered without an exception (a `realpath` that fails costs an Error and its stack).
  // The same answer as realpath's ENOENT below; other failures take that path.
  // A regular file the run's walk listed, in a folder whose real path it proved: no `realpath`
  // (nor probe), and opened without following a link; if it became one since, resolved below.
  const listed = NO_FOLLOW === undefined ? undefined : listedRealFile(filePath);
  if (listed !== undefined) {
    const fd = openListed(listed, options);
    if (fd !== undefined) return readOpened(fd, limit, options);
  }
  if (!options.expected && (listedMissing(filePath) || existsNot(filePath)))
    return { problem: "Cannot read file: ENOENT.", missing: true };
  let real: string;
  try {
    real = realpathSync.native(filePath);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const problem = `Cannot read file: ${code ?? "unknown error"}.`;
    return code === "ENOENT" || code === "ENOTDIR" ? { problem, missing: true } : { problem };
  }
  if (options.root !== undefined) {
    const root = realRoot(resolvedPath(options.root));
    if (root === undefined || !isInside(root, real))
      return { problem: "File is a link to something outside the workspace; not analysed." };
  }
  let fd: number;
  try {
    // Non-blocking: opening a FIFO for reading would otherwise wait for a writer forever.
    fd = openSync(real, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOCTTY);
  } catch (error) {
    return { problem: `Cannot read file: ${(error as NodeJS.ErrnoException).code ?? "unknown error"}.` };
  }
  return readOpened(fd, limit, options);
}

/** `O_NOFOLLOW` where the platform has it (not on Windows: there every read resolves links first). */
const NO_FOLLOW: number | undefined = (constants as { O_NOFOLLOW?: number }).O_NOFOLLOW;

/**
 * Opens a listed file's real path (`listedRealFile`) as `readWorkspaceBytes` would once it had
 * resolved it — inside the root, not following a link; undefined when that does not hold or the
 * open fails (the caller then takes the resolving path, which says why).
 */
function openListed(real: string, options: ReadOptions): number | undefined {
  if (options.root !== undefined) {
    const root = realRoot(resolvedPath(options.root));
    if (root === undefined || !isInside(root, real)) return undefined;
  }
  try {
    return openSync(real, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOCTTY | NO_FOLLOW!);
  } catch {
    return undefined;
  }
}

/** Reads an open file (closing it) as `readWorkspaceBytes` does. */
function readOpened(fd: number, limit: number, options: ReadOptions): BytesRead {
  try {
    const big = options.identity ? fstatSync(fd, { bigint: true }) : undefined;
    const stats = big ?? fstatSync(fd);
    if (!stats.isFile()) return { problem: "Not a regular file; not analysed." };
    const size = Number(stats.size);
    if (size > limit) return { problem: sizeProblem(size, limit) };
    // Read one byte past the limit: a file that grows, or claims a wrong size, is still bounded.
    // Files under `/proc` claim 0 bytes: start them at 64 KiB. A file that grows doubles it.
    const buffer = Buffer.allocUnsafe(Math.min(size === 0 ? 64 * 1024 : size, limit) + 1);
    let filled = 0;
    let target = buffer;
    for (;;) {
      if (filled === target.length) {
        if (target.length > limit) return { problem: sizeProblem(filled, limit) };
        const bigger = Buffer.allocUnsafe(Math.min(target.length * 2, limit + 1));
        target.copy(bigger, 0, 0, filled);
        target = bigger;
      }
      const count = readSync(fd, target, filled, target.length - filled, null);
      if (count === 0) break;
      filled += count;
    }
    if (filled > limit) return { problem: sizeProblem(filled, limit) };
    return big
      ? { bytes: target.subarray(0, filled), identity: fileIdentity(big) }
      : { bytes: target.subarray(0, filled) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return {
      problem: `Cannot read file: ${code === "EISDIR" ? "it is a directory" : (code ?? "unknown error")}.`,
    };
  } finally {
    closeSync(fd);
  }
}

const utf8 = new TextDecoder("utf-8", { fatal: true });

export interface DecodeOptions {
  /**
   * Decode as Python does (PEP 263): a `coding` declaration on line 1 or 2 names the encoding.
   * Other languages (and configuration files) are UTF-8.
   */
  python?: boolean;
  /** What an over-size message calls the bytes: standard input ("Input", the default) or a file. */
  subject?: "Input" | "File";
}

/** PEP 263's pattern, on a comment-only line (Python's tokenizer, `get_coding_spec`). */
const CODING_LINE = /^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)/;

/**
 * The encoding a Python file's first two lines declare (PEP 263), as written; undefined when
 * there is none. Line 2 counts only when line 1 is a comment or blank, as in Python.
 */
export function codingDeclaration(head: string): string | undefined {
  const [first = "", second = ""] = head.split(/\r\n|\r|\n/, 2);
  const onFirst = CODING_LINE.exec(first);
  if (onFirst) return onFirst[1];
  if (!/^[ \t\f]*(#.*)?$/.test(first)) return undefined;
  return CODING_LINE.exec(second)?.[1];
}

/** Python's codec name, normalized: lower case, `_` and spaces as `-` (`Latin_1` → `latin-1`). */
function normalizeCodec(name: string): string {
  return name.toLowerCase().replace(/[_ ]/g, "-");
}

const UTF8_NAMES = new Set(["utf-8", "utf8", "u8", "utf", "cp65001", "utf-8-sig"]);
/** Python's latin-1 maps each byte to the code point of that number; WHATWG's label is cp1252. */
const LATIN1_NAMES = new Set([
  "latin-1",
  "latin1",
  "latin",
  "l1",
  "iso-8859-1",
  "iso8859-1",
  "8859",
  "cp819",
  "iso-ir-100",
]);
const ASCII_NAMES = new Set(["ascii", "us-ascii", "646", "us"]);

/** Whether a Python codec name means UTF-8 (what ESLint and editors read). */
export function isUtf8Codec(name: string): boolean {
  return UTF8_NAMES.has(normalizeCodec(name));
}

/**
 * A decoder for a declared Python codec, or undefined when this runtime has none. WHATWG's
 * labels cover most of Python's names once `iso8859-N` is spelled `iso-8859-N`; Latin-1 and
 * ASCII are decoded here, since WHATWG takes both labels to mean windows-1252.
 */
function decoderFor(name: string): ((bytes: Uint8Array) => string) | undefined {
  const codec = normalizeCodec(name);
  if (UTF8_NAMES.has(codec)) return (bytes) => utf8.decode(bytes);
  if (LATIN1_NAMES.has(codec)) return (bytes) => Buffer.from(bytes).toString("latin1");
  if (ASCII_NAMES.has(codec))
    return (bytes) => {
      if (bytes.some((b) => b > 0x7f)) throw new TypeError("not ASCII");
      return Buffer.from(bytes).toString("latin1");
    };
  // Not ASCII-compatible: Python cannot read a declaration written in them either.
  if (/^utf-?(16|32)/.test(codec)) return undefined;
  const label = codec.replace(/^iso8859-?/, "iso-8859-").replace(/^latin-?(\d+)$/, "latin$1");
  try {
    const decoder = new TextDecoder(label, { fatal: true });
    return (bytes) => decoder.decode(bytes);
  } catch {
    return undefined;
  }
}

/** What a printable codec name looks like (it comes from the file: nothing else is echoed). */
function shownCodec(name: string): string {
  return name.length <= 40 ? name : `${name.slice(0, 40)}…`;
}

/** The message for a Python file whose declared encoding this runtime cannot decode. */
export function unsupportedCodingProblem(name: string): string {
  return `File declares encoding '${shownCodec(name)}' (PEP 263 coding declaration), which dag-transport cannot decode; not analysed.`;
}

/**
 * Decodes source bytes (a file's, or standard input's) as the language's own tool would, or
 * says why they cannot be linted: UTF-8, a UTF-8 byte-order mark dropped, and for Python the
 * PEP 263 declaration honoured. Line endings are kept as they are (CRLF, CR, LF).
 */
export function decodeSource(
  bytes: Uint8Array,
  options: DecodeOptions = {},
): { text: string } | { problem: string; binary?: true } {
  if (bytes.byteLength > MAX_FILE_BYTES) {
    return {
      problem: `${options.subject ?? "Input"} is ${(bytes.byteLength / 1024 / 1024).toFixed(1)} MiB, over the ${MAX_FILE_BYTES / 1024 / 1024} MiB limit; not analysed.`,
    };
  }
  if (bytes.subarray(0, 8192).includes(0))
    return { problem: "Binary file (contains NUL bytes); not analysed.", binary: true };
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  if (options.python) {
    // The declaration is ASCII: read the first two lines byte for byte.
    const head = Buffer.from(body.subarray(0, 1024)).toString("latin1");
    const declared = codingDeclaration(head);
    if (declared !== undefined && !isUtf8Codec(declared)) {
      // Python refuses a byte-order mark with another declaration ("encoding problem: utf-8").
      if (bom)
        return {
          problem: `File starts with a UTF-8 byte-order mark but declares encoding '${shownCodec(declared)}' (PEP 263); Python refuses it; not analysed.`,
        };
      const decode = decoderFor(declared);
      if (!decode) return { problem: unsupportedCodingProblem(declared) };
      try {
        return { text: decode(body) };
      } catch {
        return {
          problem: `File is not valid ${shownCodec(declared)}, the encoding it declares (PEP 263); not analysed.`,
        };
      }
    }
  }
  try {
    return { text: utf8.decode(body) };
  } catch {
    return { problem: "File is not valid UTF-8; not analysed." };
  }
}

/**
 * Why text that ESLint decoded (always as UTF-8, byte-order mark dropped, invalid bytes as
 * U+FFFD) is not what Python reads, so the file must not be analysed from it; undefined when it
 * is. `bytesOnDisk` reads the file, to tell a U+FFFD written in the file from an undecodable
 * byte: such a file gets the CLI's own message.
 */
export function eslintTextProblem(
  text: string,
  options: DecodeOptions & { bytesOnDisk: () => Uint8Array | undefined },
): string | undefined {
  // ESLint reads any file it is given (a 1 GB blob too): refuse what the CLI's reader refuses,
  // in its words. UTF-16 length bounds UTF-8 size from below, so no encoding is needed to know.
  if (text.length > MAX_FILE_BYTES || text.slice(0, 8192).includes("\u0000")) {
    const decoded = decodeSource(Buffer.from(text, "utf8"), { ...options, subject: "File" });
    if ("problem" in decoded) return decoded.problem;
  }
  if (options.python) {
    const declared = codingDeclaration(text.slice(0, 1024));
    // ASCII reads the same in every codec Python accepts a declaration in.
    if (declared !== undefined && !isUtf8Codec(declared) && /[^\p{ASCII}]/u.test(text)) {
      return `File declares encoding '${shownCodec(declared)}' (PEP 263), and ESLint reads files as UTF-8; not analysed here. The dag-transport CLI decodes it; or save the file as UTF-8.`;
    }
  }
  if (!text.includes("\uFFFD")) return undefined;
  const bytes = options.bytesOnDisk();
  if (!bytes) return undefined;
  const decoded = decodeSource(bytes, options);
  return "problem" in decoded ? decoded.problem : undefined;
}

/** Reads and decodes a workspace text file, or says (without quoting it) why not. */
export function readWorkspaceText(filePath: string, options: ReadOptions & DecodeOptions = {}): TextRead {
  const read = readWorkspaceBytes(filePath, options);
  if ("problem" in read) return read;
  const text = decodeSource(read.bytes, options);
  return read.identity !== undefined && "text" in text ? { text: text.text, identity: read.identity } : text;
}

const repositoryRoots = new Map<string, string | undefined>();

/**
 * The repository `dir` lies in: the nearest directory at or above it holding `.git` (a folder,
 * or a file in a worktree or submodule); undefined outside any repository. Cached per directory
 * for the life of the process (a run does not create repositories).
 */
export function findRepositoryRoot(dir: string): string | undefined {
  const start = resolvedPath(dir);
  // Asked for every folder of a run, by several probes: most are answered here.
  const known = repositoryRoots.get(start);
  if (known !== undefined || repositoryRoots.has(start)) return known;
  const visited: string[] = [];
  let current = start;
  let found: string | undefined;
  for (;;) {
    if (repositoryRoots.has(current)) {
      found = repositoryRoots.get(current);
      break;
    }
    visited.push(current);
    // `current` is normalized (`resolvedPath`, then its parents): no `join`.
    const git = entryPath(current, ".git");
    if (!listedMissing(git) && existsSync(git)) {
      found = current;
      break;
    }
    const parent = path.dirname(current);
    if (parent === current) break;
    current = parent;
  }
  for (const d of visited) repositoryRoots.set(d, found);
  return found;
}

/**
 * The root a file of a run must lie in: its repository, else the working directory when the
 * file is inside it, else the file's own directory (a path named on the command line).
 */
export function workspaceRootFor(filePath: string, cwd: string = process.cwd()): string {
  return workspaceRootOfDirectory(path.dirname(resolvedPath(filePath)), cwd);
}

/** `workspaceRootFor` a file directly in `dir`. */
export function workspaceRootOfDirectory(dir: string, cwd: string = process.cwd()): string {
  // Asked per folder of a run: most paths are normalized already (`resolvedPath`).
  const resolved = resolvedPath(dir);
  const start = resolvedPath(cwd);
  const repository = findRepositoryRoot(resolved);
  return workspaceLinkedOutOf(resolved, cwd) ?? repository ?? (isInside(start, resolved) ? start : resolved);
}

/**
 * The workspace the run started in (the working directory's repository, else the working
 * directory) when `dir`'s repository was reached *through a link* out of it (`dags -> /`,
 * `dags -> /home/runner/work/other-repo`): that repository's `.git` lies outside, so it is not a
 * workspace of its own, and the starting workspace stays the root — the link's target is
 * refused. Undefined otherwise.
 */
export function workspaceLinkedOutOf(dir: string, cwd: string = process.cwd()): string | undefined {
  const resolved = resolvedPath(dir);
  const start = resolvedPath(cwd);
  const outer = findRepositoryRoot(start) ?? start;
  const own = findRepositoryRoot(resolved);
  if (own === undefined || own === outer || !isInside(outer, own)) return undefined;
  // `isInsideReally(outer, own)`, asked for every folder of a run: both are repository roots,
  // whose real paths the reader keeps for the process (`realRoot`, as for every root it reads in).
  const [realOuter, realOwn] = [realRoot(outer), realRoot(own)];
  return realOuter !== undefined && realOwn !== undefined && isInside(realOuter, realOwn) ? undefined : outer;
}

/** Whether a real path (links already resolved) lies inside `root` once its links are resolved. */
export function isInsideRealRoot(root: string, realTarget: string): boolean {
  const realRootPath = realRoot(resolvedPath(root));
  return realRootPath !== undefined && isInside(realRootPath, realTarget);
}

/** Whether `target`, once its links are resolved, still lies inside `root` (resolved too). */
export function isInsideReally(root: string, target: string): boolean {
  const realRootPath = realRoot(root);
  let realTarget: string;
  try {
    realTarget = realpathSync.native(target);
  } catch {
    return false;
  }
  return realRootPath !== undefined && isInside(realRootPath, realTarget);
}
