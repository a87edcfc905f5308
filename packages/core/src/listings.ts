/**
 * The folders a run has listed (the CLI's file walk, packages/engine/src/files.ts), so that a
 * probe for a file that is not there is answered without a system call. Config discovery, the
 * sibling files (`leoflow.yaml`), the Airflow version's files and the imported-module lookups
 * probe some ten names per folder, nearly all missing: on 3,600 files in 1,200 folders that is
 * 16,000 failed `stat`s.
 *
 * Only "missing" is answered from a listing, and only when no name in the folder matches the
 * probed one even ignoring case and Unicode normalization (a case-insensitive file system would
 * find it). Anything that may exist is probed as before, through the guarded reader. A listing
 * is as old as the walk: a file created after it is not seen until the next run — the same as a
 * file created after the walk is not linted. Listings live for one run (`clearListings`).
 */
import path from "node:path";
import { isNormalizedAbsolute } from "./paths.js";

const listings = new Map<string, Set<string>>();
/** The names as listed. */
const names = new Map<string, readonly string[]>();
/** Real paths (symlinks resolved) of listed folders, where the walk proves them. */
const realPaths = new Map<string, string>();
/** The names of each listed folder's regular files (not symlinks), as listed. */
const regularFiles = new Map<string, ReadonlySet<string>>();
/**
 * Folders that are not listed, by whether the listings prove them missing (`listedMissing` of
 * the folder): the probes of a run share their folders (an import's candidates under each
 * search root), most of them missing. Forgotten whenever a listing is added.
 */
const unlistedFolders = new Map<string, boolean>();

/** A name as a case- and normalization-insensitive file system may compare it. */
function folded(name: string): string {
  // eslint-disable-next-line no-control-regex -- ASCII test
  return (/^[\x00-\x7f]*$/.test(name) ? name : name.normalize("NFC")).toLowerCase();
}

/**
 * Records what `dir` (absolute, normalized) held when the run listed it, and its real path when
 * known: the walk's starting folder is resolved once, and a folder it entered from a listed one
 * as a directory entry (never a symlink) is its parent's real path and its name.
 */
export function noteListing(
  dir: string,
  listed: readonly string[],
  realPath?: string,
  /** The names among `listed` that were regular files (`readdir`'s type: not a symlink). */
  regular?: ReadonlySet<string>,
): void {
  const set = new Set<string>();
  for (const name of listed) set.add(folded(name));
  listings.set(dir, set);
  unlistedFolders.clear();
  names.set(dir, listed);
  if (realPath !== undefined) {
    realPaths.set(dir, realPath);
    if (regular !== undefined) regularFiles.set(dir, regular);
  }
}

/**
 * The real path of a file the walk listed as a regular file (not a symlink) in a folder whose
 * real path it proved; undefined otherwise (resolve it). The guarded reader opens such a path
 * without following a symlink (`O_NOFOLLOW`), so a file swapped for a link since the walk is
 * resolved as before.
 */
export function listedRealFile(filePath: string): string | undefined {
  if (regularFiles.size === 0) return undefined;
  const dir = path.dirname(filePath);
  const regular = regularFiles.get(dir);
  if (regular === undefined) return undefined;
  const name = filePath.slice(dir.length + (dir.endsWith(path.sep) ? 0 : 1));
  if (!regular.has(name) || !isNormalizedAbsolute(filePath)) return undefined;
  const real = realPaths.get(dir)!;
  return real.endsWith(path.sep) ? real + name : real + path.sep + name;
}

/** The names in a folder as this run listed it (`readdir`'s), or undefined when it did not. */
export function listedNames(dir: string): readonly string[] | undefined {
  return names.get(dir);
}

/** The real path of a listed folder, when the walk proved it (`noteListing`). */
export function listedRealPath(dir: string): string | undefined {
  return realPaths.get(dir);
}

/**
 * What this run's listing of the folder `dir` (absolute, normalized) says of its entry `name`
 * (one path segment: no separator, not `.` or `..`): false when the folder was listed without it
 * (no name matches, even ignoring case and normalization — `listedMissing` of the joined path),
 * true when it was listed with it, undefined when the run did not list the folder.
 */
export function listedHas(dir: string, name: string): boolean | undefined {
  const set = listings.get(dir);
  return set === undefined ? undefined : set.has(folded(name));
}

/** Whether a listing of its folder proves `filePath` missing (false: unknown, probe it). */
export function listedMissing(filePath: string): boolean {
  if (listings.size === 0) return false;
  // Only an absolute, normalized path names the folder that was listed (`a/link/..` is not `a`).
  if (!isNormalizedAbsolute(filePath)) return false;
  // The nearest listed folder above: the path is missing when the next step down is.
  if (path.sep === "/") return filePath !== "/" && missingBelow(filePath, 8);

  let child = filePath;
  for (let depth = 0; depth < 8; depth++) {
    const dir = path.dirname(child);
    if (dir === child) return false;
    const set = listings.get(dir);
    if (set !== undefined) return !set.has(folded(path.basename(child)));
    child = dir;
  }
  return false;
}

/**
 * `listedMissing` of a normalized absolute POSIX path other than `/`: its folder's listing
 * decides; a folder that is not listed is missing when the nearest listed one above it (at most
 * `depth` folders up) lacks the next step down (kept per folder, `unlistedFolders`).
 */
function missingBelow(filePath: string, depth: number): boolean {
  const slash = filePath.lastIndexOf("/");
  const dir = slash === 0 ? "/" : filePath.slice(0, slash);
  const set = listings.get(dir);
  if (set !== undefined) return !set.has(folded(filePath.slice(slash + 1)));
  if (slash === 0 || depth <= 1) return false;
  let missing = unlistedFolders.get(dir);
  if (missing === undefined) unlistedFolders.set(dir, (missing = missingBelow(dir, depth - 1)));
  return missing;
}

/** Forgets every listing (the end of a run: files may appear before the next one). */
export function clearListings(): void {
  unlistedFolders.clear();
  listings.clear();
  names.clear();
  realPaths.clear();
  regularFiles.clear();
}
