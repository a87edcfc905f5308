/**
 * Paths as the reports and ignore patterns spell them: relative to a folder, with `/`
 * separators, on every platform. `pathModule` is `node:path` (the running platform's); tests
 * pass `path.win32` and `path.posix` to check both on any machine.
 */
import path from "node:path";

/**
 * `to` relative to the folder `from`, `/`-separated: `""` for the folder itself, undefined when
 * `to` is not inside it (above it, or on another Windows drive, where `relative` gives an
 * absolute path). A name that only starts with two dots (`..cache`) is inside.
 */
export function relativeInside(
  from: string,
  to: string,
  pathModule: path.PlatformPath = path,
): string | undefined {
  const relative = pathModule.relative(from, to);
  if (relative === "") return "";
  if (pathModule.isAbsolute(relative) || relative === ".." || relative.startsWith(`..${pathModule.sep}`))
    return undefined;
  return relative.split(pathModule.sep).join("/");
}

/** A path for a report: relative to `cwd` when inside it, else the path itself; `/`-separated. */
export function reportPath(cwd: string, filePath: string, pathModule: path.PlatformPath = path): string {
  return relativeInside(cwd, filePath, pathModule) || filePath.split(pathModule.sep).join("/");
}

/** What keeps an absolute POSIX path from being normalized: `//`, a `.` or `..` step, a trailing `/`. */
const NOT_NORMALIZED = /\/\/|\/\.\.?(?:\/|$)|.\/$/;

/** Whether `path.resolve` would return the path as it is (cheaper than calling it). */
export function isNormalizedAbsolute(filePath: string): boolean {
  if (path.sep !== "/") return path.resolve(filePath) === filePath;
  // One scan of the path (it is asked for every path a run probes).
  return filePath.charCodeAt(0) === 0x2f && !NOT_NORMALIZED.test(filePath);
}

/**
 * `path.join(dir, name)` for a normalized absolute `dir` (`resolvedPath`) and a folder entry's
 * name (no separator, never `.` or `..`), without `join`'s normalization: the walk and the
 * configuration search join a name to a folder for every entry and candidate.
 */
export function entryPath(dir: string, name: string): string {
  if (path.sep !== "/") return path.join(dir, name);
  return dir === "/" ? `/${name}` : `${dir}/${name}`;
}

/** `path.resolve(filePath)`, without its cost when the path already is absolute and normalized. */
export function resolvedPath(filePath: string): string {
  return isNormalizedAbsolute(filePath) ? filePath : path.resolve(filePath);
}
