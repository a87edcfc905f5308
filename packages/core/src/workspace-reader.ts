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
import { closeSync, constants, existsSync, fstatSync, openSync, readSync, realpathSync } from "node:fs";
import path from "node:path";

/** Larger files are reported, not parsed: no DAG or configuration is this big, generated code is. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

export type BytesRead = { bytes: Uint8Array } | { problem: string; missing?: true };
export type TextRead = { text: string } | { problem: string; missing?: true };

export interface ReadOptions {
  /**
   * The directory the file must lie in once symlinks are resolved. Without one, symlinks are
   * still resolved and the file must be a regular file, but it may lie anywhere (a path the
   * user named on the command line).
   */
  root?: string;
  /** Read at most this many bytes (default `MAX_FILE_BYTES`). */
  maxBytes?: number;
}

/** Whether `target` is `root` or lies under it (both absolute, already resolved). */
export function isInside(root: string, target: string, pathApi: path.PlatformPath = path): boolean {
  const relative = pathApi.relative(root, target);
  return relative === "" || (!relative.startsWith("..") && !pathApi.isAbsolute(relative));
}

const realRoots = new Map<string, string | undefined>();

function realRoot(root: string): string | undefined {
  if (!realRoots.has(root)) {
    try {
      realRoots.set(root, realpathSync(root));
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

/** Reads a workspace file's bytes, or says (without quoting it) why it was not read. */
export function readWorkspaceBytes(filePath: string, options: ReadOptions = {}): BytesRead {
  const limit = options.maxBytes ?? MAX_FILE_BYTES;
  let real: string;
  try {
    real = realpathSync(filePath);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const problem = `Cannot read file: ${code ?? "unknown error"}.`;
    return code === "ENOENT" || code === "ENOTDIR" ? { problem, missing: true } : { problem };
  }
  if (options.root !== undefined) {
    const root = realRoot(path.resolve(options.root));
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
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) return { problem: "Not a regular file; not analysed." };
    if (stats.size > limit) return { problem: sizeProblem(stats.size, limit) };
    // Read one byte past the limit: a file that grows, or claims a wrong size, is still bounded.
    const buffer = Buffer.allocUnsafe(Math.min(Math.max(stats.size, 64 * 1024), limit) + 1);
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
    return { bytes: target.subarray(0, filled) };
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

/** Reads and decodes a workspace text file, or says (without quoting it) why not. */
export function readWorkspaceText(filePath: string, options: ReadOptions = {}): TextRead {
  const read = readWorkspaceBytes(filePath, options);
  if ("problem" in read) return read;
  return decodeSource(read.bytes);
}

const repositoryRoots = new Map<string, string | undefined>();

/**
 * The repository `dir` lies in: the nearest directory at or above it holding `.git` (a folder,
 * or a file in a worktree or submodule); undefined outside any repository. Cached per directory
 * for the life of the process (a run does not create repositories).
 */
export function findRepositoryRoot(dir: string): string | undefined {
  const start = path.resolve(dir);
  const visited: string[] = [];
  let current = start;
  let found: string | undefined;
  for (;;) {
    if (repositoryRoots.has(current)) {
      found = repositoryRoots.get(current);
      break;
    }
    visited.push(current);
    if (existsSync(path.join(current, ".git"))) {
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
  return workspaceRootOfDirectory(path.dirname(path.resolve(filePath)), cwd);
}

/** `workspaceRootFor` a file directly in `dir`. */
export function workspaceRootOfDirectory(dir: string, cwd: string = process.cwd()): string {
  const resolved = path.resolve(dir);
  const start = path.resolve(cwd);
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
  const resolved = path.resolve(dir);
  const start = path.resolve(cwd);
  const outer = findRepositoryRoot(start) ?? start;
  const own = findRepositoryRoot(resolved);
  if (own === undefined || own === outer || !isInside(outer, own)) return undefined;
  return isInsideReally(outer, own) ? undefined : outer;
}

/** Whether `target`, once its links are resolved, still lies inside `root` (resolved too). */
export function isInsideReally(root: string, target: string): boolean {
  const realRootPath = realRoot(root);
  let realTarget: string;
  try {
    realTarget = realpathSync(target);
  } catch {
    return false;
  }
  return realRootPath !== undefined && isInside(realRootPath, realTarget);
}
