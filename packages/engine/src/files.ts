/**
 * Which files a run lints: the paths given, folders walked recursively, git's ignore rules
 * honoured as git does (`.gitignore` at every level, the repository's `.git/info/exclude`, the
 * user's global excludes file), and only the endings a frontend understands.
 */
import { existsSync, readdirSync, realpathSync, statSync } from "node:fs";
import { homedir } from "node:os";
import path from "node:path";
import {
  entryPath,
  ignoreFactory,
  isInsideReally,
  listedHas,
  listedMissing,
  NEVER_WALKED,
  noteListing,
  readWorkspaceText,
  relativeInside,
  workspaceRootOfDirectory,
} from "@dag-transport/core";
import type { Ignore } from "ignore";

/** Never walked into, whatever .gitignore says. */
const ALWAYS_SKIPPED = NEVER_WALKED;

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

/** An ignore file's patterns, applying to `dir` and below; undefined when it cannot be read. */
function loadIgnoreFile(filePath: string, dir: string, root: string): IgnoreLevel | undefined {
  const read = readWorkspaceText(filePath, { root });
  if (!("text" in read)) return undefined;
  // A file of comments and blank lines ignores nothing (git's template `info/exclude`): every
  // path of the walk would still be matched against it.
  if (!read.text.split(/\r?\n/).some((line) => line.trim() !== "" && !line.startsWith("#"))) return undefined;
  return { dir, matcher: ignoreFactory()().add(read.text) };
}

function loadGitignore(dir: string): IgnoreLevel | undefined {
  // Most folders have none, and this run's listing of the folder may know (listings.ts).
  if (listedHas(dir, ".gitignore") === false) return undefined;
  const file = entryPath(dir, ".gitignore");
  if (listedMissing(file)) return undefined;
  return loadIgnoreFile(file, dir, workspaceRootOfDirectory(dir));
}

/**
 * The user's global excludes file: git's `core.excludesFile` when `~/.gitconfig` sets it, else
 * `$XDG_CONFIG_HOME/git/ignore` (`~/.config/git/ignore`), as git looks for it.
 */
export function globalExcludesFile(env: NodeJS.ProcessEnv = process.env, home: string = homedir()): string {
  const gitconfig = readWorkspaceText(path.join(home, ".gitconfig"), { root: home });
  if ("text" in gitconfig) {
    const core = /^\s*\[core\]([^[]*)/im.exec(gitconfig.text)?.[1] ?? "";
    const value = /^\s*excludesfile\s*=\s*(.+?)\s*$/im.exec(core)?.[1]?.replace(/^"(.*)"$/, "$1");
    if (value) return value.startsWith("~/") ? path.join(home, value.slice(2)) : path.resolve(home, value);
  }
  const config = env.XDG_CONFIG_HOME || path.join(home, ".config");
  return path.join(config, "git", "ignore");
}

/** The ignore rules of a repository root that are not `.gitignore` files (`info/exclude`, global). */
function repositoryExcludes(root: string): IgnoreLevel[] {
  const levels: IgnoreLevel[] = [];
  const global = globalExcludesFile();
  const fromGlobal = loadIgnoreFile(global, root, path.dirname(global));
  if (fromGlobal) levels.push(fromGlobal);
  // `.git` is a folder here; a worktree's `.git` file points elsewhere, where we do not follow.
  const fromInfo = loadIgnoreFile(path.join(root, ".git", "info", "exclude"), root, root);
  if (fromInfo) levels.push(fromInfo);
  return levels;
}

/**
 * Whether git's ignore rules skip the entry `name` of a folder, given the folder's path relative
 * to each level (`prefixes`, computed once per folder; undefined where the folder is not inside
 * the level).
 */
function isIgnoredEntry(
  name: string,
  isDir: boolean,
  levels: readonly IgnoreLevel[],
  prefixes: readonly (string | undefined)[],
): boolean {
  for (let i = 0; i < levels.length; i++) {
    const prefix = prefixes[i];
    if (prefix === undefined) continue;
    const relative = prefix === "" ? name : `${prefix}/${name}`;
    if (levels[i]!.matcher.ignores(isDir ? `${relative}/` : relative)) return true;
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
    if (isRepoRoot) levels.unshift(...repositoryExcludes(current));
    const parent = path.dirname(current);
    if (isRepoRoot || parent === current) return levels;
    current = parent;
  }
}

export function selectFiles(
  paths: readonly string[],
  cwd: string,
  extensions: readonly string[],
  /**
   * The configuration's `ignores` (each file's own configuration's): applies to files found in
   * folders and to files named explicitly alike — pre-commit names every staged file, and an
   * ignored one is skipped, as Ruff's `--force-exclude` does. `folder` is the folder the path
   * is in (normalized; the same string for every entry of a folder the walk lists, so a caller
   * can decide once per folder).
   */
  excluded: (absolutePath: string, isDirectory: boolean, folder: string) => boolean = () => false,
  /**
   * Files to lint besides those with a lintable ending, by their path relative to the folder
   * given (deployment configuration: `isDeploymentPath`).
   */
  alsoLint?: (relativePath: string) => boolean,
  /**
   * Keep what each folder held (listings.ts) for the rest of the run, whose probes for missing
   * files it answers; the caller calls `clearListings` when the run ends.
   */
  keepListings = false,
): FileSelection {
  const selection: FileSelection = { files: [], missing: [], unreadable: [] };
  const seen = new Set<string>();
  const lintable = (name: string) => extensions.some((ext) => name.endsWith(ext));
  const add = (file: string) => {
    if (!seen.has(file)) {
      seen.add(file);
      selection.files.push(file);
    }
  };

  /** `realPath`: the folder's real path, when known (listings.ts). */
  const walk = (dir: string, levels: IgnoreLevel[], root: string, realPath: string | undefined) => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (error) {
      selection.unreadable.push({ path: dir, message: (error as Error).message });
      return;
    }
    // What the folder holds, for the probes that follow (config discovery, sibling files, imports).
    if (keepListings)
      noteListing(
        dir,
        entries.map((entry) => entry.name),
        realPath,
        new Set(entries.filter((entry) => entry.isFile()).map((entry) => entry.name)),
      );
    const own = loadGitignore(dir);
    const here = own ? [...levels, own] : levels;
    // The folder's path relative to each level, once: an entry's is this and its name.
    const prefixes = here.map((level) => relativeInside(level.dir, dir));
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const full = entryPath(dir, entry.name);
      if (entry.isDirectory()) {
        if (
          ALWAYS_SKIPPED.has(entry.name) ||
          isIgnoredEntry(entry.name, true, here, prefixes) ||
          excluded(full, true, dir)
        )
          continue;
        // A directory entry, not a symlink: its real path is its parent's and its name.
        walk(full, here, root, realPath === undefined ? undefined : entryPath(realPath, entry.name));
      } else if (
        (entry.isFile() || entry.isSymbolicLink()) &&
        (lintable(entry.name) ||
          (alsoLint !== undefined && alsoLint(path.relative(root, full).split(path.sep).join("/")))) &&
        !isIgnoredEntry(entry.name, false, here, prefixes) &&
        !excluded(full, false, dir)
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
      // A named folder that links out of its workspace (`dags -> /`) is not searched: every file
      // in it would be refused anyway, and walking the whole filesystem takes minutes.
      if (!isInsideReally(workspaceRootOfDirectory(absolute, cwd), absolute)) {
        selection.unreadable.push({
          path: absolute,
          message: "it is a link to something outside the workspace; not searched.",
        });
        continue;
      }
      let real: string | undefined;
      try {
        real = keepListings ? realpathSync.native(absolute) : undefined;
      } catch {
        real = undefined;
      }
      walk(absolute, ancestorIgnores(absolute), absolute, real);
    } else if (!excluded(absolute, false, path.dirname(absolute))) {
      // A file named explicitly is linted even if git ignores it or it is oddly named: the user asked for it.
      add(absolute);
    }
  }
  return selection;
}
