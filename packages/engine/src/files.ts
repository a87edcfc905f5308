/**
 * Which files a run lints: the paths given, folders walked recursively, `.gitignore` files
 * honoured at every level (as git does), and only the endings a frontend understands.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { relativeInside } from "@dag-transport/core";
import ignore, { type Ignore } from "ignore";

/** Never walked into, whatever .gitignore says. */
const ALWAYS_SKIPPED = new Set([".git", "node_modules", ".hg", ".svn", "__pycache__", ".venv", ".tox"]);

export interface FileSelection {
  files: string[];
  /** Paths given on the command line that do not exist. */
  missing: string[];
  /** Directories that could not be listed (permissions). */
  unreadable: { path: string; message: string }[];
}

interface IgnoreLevel {
  dir: string;
  matcher: Ignore;
}

function loadGitignore(dir: string): IgnoreLevel | undefined {
  try {
    const text = readFileSync(path.join(dir, ".gitignore"), "utf8");
    return { dir, matcher: ignore().add(text) };
  } catch {
    return undefined;
  }
}

function isIgnored(filePath: string, isDir: boolean, levels: readonly IgnoreLevel[]): boolean {
  for (const level of levels) {
    const relative = relativeInside(level.dir, filePath);
    if (!relative) continue;
    if (level.matcher.ignores(isDir ? `${relative}/` : relative)) return true;
  }
  return false;
}

/** .gitignore files from the filesystem root down to `dir` (a path given inside a repo still honours the repo's ignores). */
function ancestorIgnores(dir: string): IgnoreLevel[] {
  const levels: IgnoreLevel[] = [];
  let current = dir;
  for (;;) {
    const level = loadGitignore(current);
    if (level) levels.unshift(level);
    const isRepoRoot = existsSync(path.join(current, ".git"));
    const parent = path.dirname(current);
    if (isRepoRoot || parent === current) return levels;
    current = parent;
  }
}

export function selectFiles(
  paths: readonly string[],
  cwd: string,
  extensions: readonly string[],
  extraIgnores: readonly string[] = [],
  /** Directory the extra ignore patterns are relative to (the config file's). */
  extraIgnoresBase: string = cwd,
  /**
   * Files to lint besides those with a lintable ending, by their path relative to the folder
   * given (deployment configuration: `isDeploymentPath`).
   */
  alsoLint?: (relativePath: string) => boolean,
): FileSelection {
  const selection: FileSelection = { files: [], missing: [], unreadable: [] };
  const seen = new Set<string>();
  const extra: IgnoreLevel | undefined = extraIgnores.length
    ? { dir: extraIgnoresBase, matcher: ignore().add([...extraIgnores]) }
    : undefined;
  const lintable = (name: string) => extensions.some((ext) => name.endsWith(ext));
  const add = (file: string) => {
    if (!seen.has(file)) {
      seen.add(file);
      selection.files.push(file);
    }
  };

  const walk = (dir: string, levels: IgnoreLevel[], root: string) => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (error) {
      selection.unreadable.push({ path: dir, message: (error as Error).message });
      return;
    }
    const own = loadGitignore(dir);
    const here = own ? [...levels, own] : levels;
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (ALWAYS_SKIPPED.has(entry.name) || isIgnored(full, true, here)) continue;
        walk(full, here, root);
      } else if (
        (entry.isFile() || entry.isSymbolicLink()) &&
        (lintable(entry.name) ||
          (alsoLint !== undefined && alsoLint(path.relative(root, full).split(path.sep).join("/")))) &&
        !isIgnored(full, false, here)
      ) {
        add(full);
      }
    }
  };

  for (const given of paths) {
    const absolute = path.resolve(cwd, given);
    let stats;
    try {
      stats = statSync(absolute);
    } catch {
      selection.missing.push(given);
      continue;
    }
    if (stats.isDirectory()) {
      const levels = ancestorIgnores(absolute);
      walk(absolute, extra ? [extra, ...levels] : levels, absolute);
    } else {
      // A file named explicitly is linted even if ignored or oddly named: the user asked for it.
      add(absolute);
    }
  }
  return selection;
}
