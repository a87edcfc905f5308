/**
 * The repository's own modules, for a DAG file that imports its helpers from them
 * (`from include.io import save_frame`, `from utils.s3 import upload`, `from .io import f`).
 *
 * Where a module is looked for, in order (the first that has it wins):
 *
 *   1. relative imports (`from .io import f`, `from .. import io`): from the importing file's
 *      folder, the dots counted as Python does; nowhere else;
 *   2. the importing file's folder, then each folder above it up to the repository root
 *      (Airflow puts the DAGs folder on `sys.path`; a DAG in `dags/team/x.py` imports
 *      `dags/common/` as `common`), nearest first — so `dags/utils.py` wins over a root `utils/`
 *      for a DAG in `dags/`;
 *   3. the `plugins/` folder beside each of those folders, nearest first (Airflow's plugins
 *      folder sits beside its DAGs folder: `src/dags/x.py` imports `src/plugins/op.py` as `op`),
 *      then the repository root's `plugins/` and `include/` folders (Astro projects' `include/`
 *      is imported as `include.x` from the root, found in step 2);
 *   4. the `src/` folder beside each folder of step 2, nearest first: a src-layout package
 *      (`chapter14/src/nyctransport/…` for a DAG in `chapter14/dags/`) that the image
 *      pip-installs. Last on purpose: whether an installed package or the DAGs folder wins
 *      depends on the deployment, so a module steps 1-3 find keeps being the one followed, and
 *      `src/` only makes visible what nothing else provides;
 *   5. the repository itself as a package named by the import's first name, from the root
 *      (`from agent_dags.utils.email_utils import …` in a repository whose root holds
 *      `utils/email_utils.py`: deployed as the folder `agent_dags/` of the DAGs folder, whatever
 *      the checkout is called). Last: only a name nothing else provides;
 *   6. the folders a Compose file in the importing file's folder or one above it puts on
 *      `PYTHONPATH` through its bind mounts (`compose.ts`): a deployment's own path;
 *   7. the folders the importing file puts on `sys.path` by a literal container path
 *      (`sys.path.append("/opt/airflow/scripts")`), where such a Compose file bind-mounts a
 *      folder of the repository (`./scripts:/opt/airflow/scripts`).
 *
 * In each folder `name.py` wins over `name/__init__.py`. A function a package's `__init__.py`
 * re-exports (`from .io import save_frame`) is followed to where it is defined (up to
 * `MAX_REEXPORTS` hops). Namespace packages (a folder without `__init__.py`) are found through
 * their modules (`a/b.py` for `a.b`), never as modules of their own.
 *
 * Every file is read through `ProjectFiles.read` (core's guarded reader: regular files inside the
 * repository root, bounded). A module that cannot be read or does not parse cleanly is unknown:
 * its functions are never followed, so it makes no finding and no crash. Parsed modules are
 * cached by path and content for the whole process (a worker lints many DAGs that import the
 * same helpers); each file is read once per linted file (nothing is remembered across linted
 * files about files that were missing: an editor's ESLint may see them appear).
 */
import path from "node:path";
import { COMPOSE_FILE_NAMES, isNormalizedAbsolute, type ProjectFiles } from "@dag-transport/core";
import type { PythonModule } from "./module.js";
import { Bindings } from "./bindings.js";
import { mountedHostFolder, readCompose, type ComposeFacts } from "./compose.js";
import { parseSkippingDataLiterals } from "./data-literals.js";
import { ModuleContext } from "./module-context.js";
import { NodeIndex } from "./node-index.js";
import { classMethod } from "./operator-classes.js";
import { unparenthesize } from "./syntax.js";
import type { SyntaxNode } from "./syntax-tree.js";

/** One module of the repository, parsed and indexed as the DAG file is. */
export interface ProjectModule {
  /** Absolute path. */
  file: string;
  /** The path from the repository root, `/`-separated (for messages). */
  name: string;
  source: string;
  root: SyntaxNode;
  context: ModuleContext;
  nodes: NodeIndex;
  bindings: Bindings;
}

/** A function defined at the top level of a repository module. */
export interface ProjectFunction {
  module: ProjectModule;
  fn: SyntaxNode;
}

/** The most trailing segments of a script's path tried against the repository's folders. */
const MAX_SCRIPT_SEGMENTS = 4;
/** `__init__.py` re-exporting from a module re-exporting …: hops followed at most. */
const MAX_REEXPORTS = 4;
/** Parsed modules kept per process; past this the cache starts over. */
const MAX_CACHED_MODULES = 2000;
/** A helper module this large is not followed (a DAG file's own limit is the reader's 5 MiB). */
const MAX_MODULE_BYTES = 1024 * 1024;

/**
 * Top-level modules that are never the repository's: Python's standard library and the
 * packages an Airflow worker has installed (they come before the DAGs folder on `sys.path`, so a
 * repository module of the same name is shadowed). Not looked up at all: most calls in task code
 * are to these, and each lookup costs a few file probes.
 */
const NOT_PROJECT_MODULES = new Set(
  [
    "abc aifc argparse array ast asynchat asyncio asyncore atexit audioop base64 bdb binascii bisect",
    "builtins bz2 cProfile calendar cgi cgitb chunk cmath cmd code codecs codeop collections colorsys",
    "compileall concurrent configparser contextlib contextvars copy copyreg crypt csv ctypes curses",
    "dataclasses datetime dbm decimal difflib dis distutils doctest email encodings ensurepip enum",
    "errno faulthandler fcntl filecmp fileinput fnmatch fractions ftplib functools gc genericpath",
    "getopt getpass gettext glob graphlib grp gzip hashlib heapq hmac html http imaplib imghdr imp",
    "importlib inspect io ipaddress itertools json keyword lib2to3 linecache locale logging lzma",
    "mailbox mailcap marshal math mimetypes mmap modulefinder msilib msvcrt multiprocessing netrc nis",
    "nntplib nt ntpath nturl2path numbers opcode operator optparse os ossaudiodev pathlib pdb pickle",
    "pickletools pipes pkgutil platform plistlib poplib posix posixpath pprint profile pstats pty pwd",
    "py_compile pyclbr pydoc pydoc_data pyexpat queue quopri random re readline reprlib resource",
    "rlcompleter runpy sched secrets select selectors shelve shlex shutil signal site smtpd smtplib",
    "sndhdr socket socketserver spwd sqlite3 sre_compile sre_constants sre_parse ssl stat statistics",
    "string stringprep struct subprocess sunau symtable sys sysconfig syslog tabnanny tarfile",
    "telnetlib tempfile termios textwrap threading time timeit tkinter token tokenize tomllib trace",
    "traceback tracemalloc tty turtle types typing unicodedata unittest urllib uu uuid venv warnings",
    "wave weakref webbrowser winreg winsound wsgiref xdrlib xml xmlrpc zipapp zipfile zipimport zlib",
    "zoneinfo",
    "airflow pendulum pandas numpy polars pyarrow requests boto3 botocore google sqlalchemy pydantic",
    "yaml jinja2 kubernetes docker dbt snowflake psycopg2 pymongo redis sklearn torch tensorflow",
    "duckdb fsspec s3fs gcsfs smart_open openpyxl paramiko pysftp airflow_client",
  ]
    .join(" ")
    .split(" "),
);

interface CachedModule {
  source: string;
  module: ProjectModule | undefined;
}

const parsedModules = new Map<string, CachedModule>();

/** `readCompose` by Compose file text and folder, for the process (a file is parsed once). */
const composeCache = new Map<string, ComposeFacts>();

function composeFactsOf(text: string, composeDir: string): ComposeFacts {
  const key = `${composeDir}\0${text}`;
  let facts = composeCache.get(key);
  if (!facts) {
    if (composeCache.size >= MAX_CACHED_MODULES) composeCache.clear();
    facts = readCompose(text, composeDir);
    composeCache.set(key, facts);
  }
  return facts;
}

/** `ProjectModules.searchFolders` by root and folder (pure path arithmetic). */
const searchFolderCache = new Map<string, readonly string[]>();

function parseModule(file: string, root: string, source: string): ProjectModule | undefined {
  const cached = parsedModules.get(file);
  if (cached && cached.source === source) return cached.module;
  const name = path.relative(root, file).split(path.sep).join("/");
  let module: ProjectModule | undefined;
  if (source.length <= MAX_MODULE_BYTES) {
    try {
      const text = source.includes("\r") ? source.replace(/\r(?!\n)/g, "\n") : source;
      const tree = parseSkippingDataLiterals(text);
      const root = tree.rootNode;
      // A module with a syntax error is unknown as a whole: what its functions do is a guess.
      if (!root.hasError) {
        const nodes = new NodeIndex(root);
        const context = new ModuleContext(tree, nodes);
        module = { file, name, source: text, root, context, nodes, bindings: new Bindings(context) };
      }
    } catch {
      module = undefined;
    }
  }
  if (parsedModules.size >= MAX_CACHED_MODULES) parsedModules.clear();
  parsedModules.set(file, { source, module });
  return module;
}

/** The top-level function (or class) definition named `name` under `root` (decorated or not). */
export function topLevelDefinition(
  root: SyntaxNode,
  name: string,
  type: "function_definition" | "class_definition" = "function_definition",
): SyntaxNode | undefined {
  let found: SyntaxNode | undefined;
  for (const statement of root.namedChildren) {
    const definition =
      statement.type === "decorated_definition" ? statement.childForFieldName("definition") : statement;
    if (definition?.type === type && definition.childForFieldName("name")?.text === name) found = definition; // the last definition wins, as at run time
  }
  return found;
}

/**
 * The class an expression of a module names, with the repository module that defines it
 * (undefined: the module itself): a class defined at the module's top level, for a name no import
 * binds; for an imported name, the class a repository module defines (through re-exports).
 * Undefined for anything else (a library's class, a function).
 */
export function namedClass(
  expression: SyntaxNode,
  module: { root: SyntaxNode; context: ModuleContext },
  modules: ProjectModules | undefined,
  file: string | undefined,
): { cls: SyntaxNode; name: string; module?: ProjectModule } | undefined {
  const node = unparenthesize(expression);
  const context = module.context;
  if (node.type === "identifier" && !context.isImported(node)) {
    const cls = topLevelDefinition(module.root, node.text, "class_definition");
    return cls ? { cls, name: node.text } : undefined;
  }
  if (!modules || !file || !context.isImported(node)) return undefined;
  const qualified = context.qualify(node);
  if (qualified === undefined || !mayBeRepositoryName(qualified)) return undefined;
  const found = modules.resolveClass(qualified, file);
  if (!found) return undefined;
  return { cls: found.fn, name: found.fn.childForFieldName("name")?.text ?? qualified, module: found.module };
}

/** Whether a top-level module name may be the repository's (not the standard library's nor installed). */
export function mayBeProjectModule(head: string): boolean {
  return !NOT_PROJECT_MODULES.has(head);
}

/** Whether a qualified name (`pkg.mod.fn`, `.io.save`) may name something of the repository. */
export function mayBeRepositoryName(qualified: string): boolean {
  return qualified.startsWith(".") || mayBeProjectModule(qualified.split(".")[0]!);
}

/**
 * What a name bound by nothing in its module may be: the same name of each repository module it
 * imports with `*` (`from dnb.header import *`), in import order.
 */
export function wildcardNames(context: ModuleContext, name: string): string[] {
  return context.wildcardModules
    .map((module) => (module.endsWith(".") ? `${module}${name}` : `${module}.${name}`))
    .filter((qualified) => mayBeRepositoryName(qualified));
}

const INIT: readonly string[] = ["__init__.py"];

/** `sys.path.append("/abs/path")` or `sys.path.insert(0, '/abs/path')`: the literal path. */
const SYS_PATH_LITERAL = /\bsys\.path\.(?:append\(|insert\(\s*0\s*,)\s*["'](\/[^"'\\\n]{0,512})["']\s*\)/g;

/** How many `sys.path` folders one file may add (a guard, not a tuning). */
const MAX_SYS_PATH_FOLDERS = 16;

/**
 * `path.join(dir, ...names)`; for a normalized absolute POSIX `dir` and names that `join` would
 * not change (no `/`, none empty, `.` or `..`), by concatenation: a run builds a path for every
 * candidate module file of every lookup, and `join` normalizes each one again.
 */
function joinedPath(dir: string, names: readonly string[]): string {
  if (
    path.sep !== "/" ||
    !isNormalizedAbsolute(dir) ||
    names.some((name) => name === "" || name === "." || name === ".." || name.includes("/"))
  )
    return path.join(dir, ...names);
  const joined = names.join("/");
  return joined === "" ? dir : dir === "/" ? `/${joined}` : `${dir}/${joined}`;
}

/** One module lookup and what it found: replayed to check a cached summary still holds. */
export interface ModuleLookup {
  dotted: string;
  fromFile: string;
  found: ProjectModule | undefined;
}

/** The repository modules a file can import, read through the guarded reader. */
export class ProjectModules {
  private readonly root: string;
  /** Modules read for this linted file: each file is read once per file linted. */
  private readonly loaded = new Map<string, ProjectModule | undefined>();
  /**
   * What each lookup found, for this linted file, by importing file and dotted name: a lookup
   * only reads through `loaded`, so asking again finds the same (operator summaries replay
   * theirs, and a DAG names the same helpers at every call).
   */
  private readonly found = new Map<string, Map<string, ProjectModule | null>>();
  /** Modules as extractors see them, for this linted file (shared by the value and storage analyses). */
  private readonly pythonModules = new Map<string, PythonModule>();

  /** An imported module as the extractors see a module: no tasks of its own; the linted file's options. */
  pythonModule(target: ProjectModule, linted: PythonModule): PythonModule {
    let module = this.pythonModules.get(target.file);
    if (!module) {
      module = {
        source: target.source,
        root: target.root,
        context: target.context,
        nodes: target.nodes,
        bindings: target.bindings,
        tasks: [],
        options: linted.options,
        handoffValues: [],
        filePath: target.file,
        project: this,
      };
      this.pythonModules.set(target.file, module);
    }
    return module;
  }

  constructor(private readonly project: ProjectFiles) {
    this.root = path.resolve(project.root);
    this.posixRoot = path.sep === "/" && isNormalizedAbsolute(this.root);
  }

  /** Whether `root` is a normalized absolute POSIX path (`inside` decides by prefix). */
  private readonly posixRoot: boolean;

  /** Whether a folder lies inside the repository. */
  private inside(dir: string): boolean {
    // Two normalized absolute POSIX paths: what `relative` below decides, by prefix (no
    // `relative`, which resolves both paths: a run asks for every candidate module file).
    if (this.posixRoot && isNormalizedAbsolute(dir)) {
      if (dir === this.root) return true;
      const from = this.root === "/" ? 1 : this.root.length + 1;
      return (
        (this.root === "/" || (dir.startsWith(this.root) && dir.charCodeAt(this.root.length) === 0x2f)) &&
        !dir.startsWith("..", from)
      );
    }
    const relative = path.relative(this.root, dir);
    return relative === "" || (!relative.startsWith("..") && !path.isAbsolute(relative));
  }

  /** Folders an absolute import is looked up in, for a module in `dir` (see the file comment). */
  private searchFolders(dir: string): readonly string[] {
    // The same for every file of a folder: computed once per root and folder for the process.
    const key = `${this.root}\0${dir}`;
    let folders = searchFolderCache.get(key);
    if (!folders) {
      if (searchFolderCache.size >= MAX_CACHED_MODULES) searchFolderCache.clear();
      folders = this.computeSearchFolders(dir);
      searchFolderCache.set(key, folders);
    }
    return folders;
  }

  private computeSearchFolders(dir: string): string[] {
    const folders: string[] = [];
    if (this.inside(dir)) {
      for (let current = dir; ; current = path.dirname(current)) {
        folders.push(current);
        if (current === this.root || path.dirname(current) === current) break;
      }
    }
    // Airflow's plugins folder sits beside its DAGs folder (`AIRFLOW_HOME/dags`, `…/plugins`),
    // wherever the repository keeps that home (`src/dags` with `src/plugins`): nearest first.
    const plugins = folders.map((folder) => path.join(folder, "plugins"));
    // A src-layout package (`chapter/src/pkg/…` beside `chapter/dags/`), installed into the image:
    // last, so a module the folders above find is never shadowed by it.
    const sources = folders.map((folder) => path.join(folder, "src"));
    folders.push(...plugins, path.join(this.root, "plugins"), path.join(this.root, "include"), ...sources);
    return [...new Set(folders)];
  }

  /** Reads and parses a module file; undefined when it is not there or not usable. */
  private load(file: string): ProjectModule | undefined {
    if (this.loaded.has(file)) return this.loaded.get(file);
    const read = this.project.read(file);
    const module = "problem" in read ? undefined : parseModule(file, this.root, read.text);
    this.loaded.set(file, module);
    if (!module && !("problem" in read && read.missing)) this.unusable.add(file);
    return module;
  }

  /** Module files that are there but not usable (unreadable, too large, a syntax error). */
  private readonly unusable = new Set<string>();

  /**
   * Whether the module a qualified name lives in (`fetch_ops` of `fetch_ops.FetchOperator`) is a
   * file of the repository, usable or not: one that does not parse is the repository's code all
   * the same (unknown), not a package's.
   */
  hasModuleOf(qualified: string, fromFile: string): boolean {
    const dot = qualified.lastIndexOf(".");
    if (dot <= 0 && !qualified.startsWith(".")) return false;
    const dotted = qualified.slice(0, dot) || ".";
    return this.module(dotted, fromFile) !== undefined || this.unusableModules.has(`${fromFile}\n${dotted}`);
  }

  /** `fromFile` and dotted name (`from\nname`) of lookups that found only unusable files. */
  private readonly unusableModules = new Set<string>();

  /** Lookups being recorded (`recording`): each module lookup is appended to every one of them. */
  private readonly recorders: ModuleLookup[][] = [];

  /** Runs `work`, returning what it computed and every module lookup it made (nested recordings too). */
  recording<T>(work: () => T): { value: T; lookups: ModuleLookup[] } {
    const lookups: ModuleLookup[] = [];
    this.recorders.push(lookups);
    try {
      return { value: work(), lookups };
    } finally {
      this.recorders.pop();
    }
  }

  /** Whether every lookup still finds what it found (the same parsed module: same path, same content). */
  replays(lookups: readonly ModuleLookup[]): boolean {
    return lookups.every((lookup) => this.module(lookup.dotted, lookup.fromFile) === lookup.found);
  }

  /** The module a dotted name (leading dots: relative to `fromFile`) names. */
  module(dotted: string, fromFile: string): ProjectModule | undefined {
    // By file, then name: no key to build (the storage extractor asks at every call of a name).
    let byName = this.found.get(fromFile);
    if (byName === undefined) this.found.set(fromFile, (byName = new Map()));
    let known = byName.get(dotted);
    if (known === undefined) byName.set(dotted, (known = this.findModule(dotted, fromFile) ?? null));
    const found = known ?? undefined;
    for (const recorder of this.recorders) recorder.push({ dotted, fromFile, found });
    return found;
  }

  private findModule(dotted: string, fromFile: string): ProjectModule | undefined {
    let unusable = false;
    for (const file of this.candidateFiles(dotted, fromFile)) {
      const found = this.load(file);
      if (found) return found;
      unusable ||= this.unusable.has(file);
    }
    if (unusable) this.unusableModules.add(`${fromFile}\n${dotted}`);
    return undefined;
  }

  /** The files a dotted module name may be, in the order they are tried: `a/b.py`, then `a/b/__init__.py`, per folder. */
  private *candidateFiles(dotted: string, fromFile: string): Generator<string> {
    const level = /^\.*/.exec(dotted)![0].length;
    const parts = dotted
      .slice(level)
      .split(".")
      .filter((p) => p !== "");
    let folders: readonly string[];
    if (level > 0) {
      let folder = path.dirname(fromFile);
      for (let i = 1; i < level; i++) folder = path.dirname(folder);
      folders = this.inside(folder) ? [folder] : [];
    } else {
      if (parts.length === 0 || NOT_PROJECT_MODULES.has(parts[0]!)) return;
      folders = this.searchFolders(path.dirname(fromFile));
    }
    for (const folder of folders) {
      if (parts.length === 0) {
        yield joinedPath(folder, INIT);
        continue;
      }
      const base = joinedPath(folder, parts);
      if (!this.inside(base)) continue;
      yield `${base}.py`;
      yield joinedPath(base, INIT);
    }
    // Step 5: the repository as the package its first name calls it.
    if (level === 0 && parts.length >= 2) {
      const base = joinedPath(this.root, parts.slice(1));
      if (this.inside(base)) {
        yield `${base}.py`;
        yield joinedPath(base, INIT);
      }
    }
    // Step 6: the folders a Compose file of the repository puts on `PYTHONPATH`; step 7: those
    // the importing file puts on `sys.path` through a Compose file's bind mounts.
    if (level === 0)
      for (const folder of [
        ...this.composeFolders(path.dirname(fromFile)),
        ...this.sysPathFolders(fromFile),
      ]) {
        const base = joinedPath(folder, parts);
        if (!this.inside(base)) continue;
        yield `${base}.py`;
        yield joinedPath(base, INIT);
      }
  }

  /**
   * The repository folders a file puts on `sys.path` by a literal container path
   * (`sys.path.append("/opt/airflow/scripts")`, `sys.path.insert(0, "…")`), through the bind
   * mounts of a Compose file in its folder or one above (`./scripts:/opt/airflow/scripts`).
   * Read from the file's text: only a file that spells `sys.path` is looked at.
   */
  private sysPathFolders(fromFile: string): readonly string[] {
    const known = this.sysPathsByFile.get(fromFile);
    if (known) return known;
    const folders: string[] = [];
    this.sysPathsByFile.set(fromFile, folders);
    // Only where a Compose file mounts folders: the file is read again (and kept for the run).
    const mounts = this.composeFiles(path.dirname(fromFile)).flatMap((facts) => facts.bindMounts);
    if (mounts.length === 0) return folders;
    const read = this.project.read(fromFile);
    if ("problem" in read || !read.text.includes("sys.path")) return folders;
    for (const match of read.text.matchAll(SYS_PATH_LITERAL)) {
      const folder = mountedHostFolder(match[1]!, mounts);
      if (folder !== undefined && this.inside(folder) && !folders.includes(folder)) folders.push(folder);
      if (folders.length >= MAX_SYS_PATH_FOLDERS) break;
    }
    return folders;
  }

  private readonly sysPathsByFile = new Map<string, readonly string[]>();

  /**
   * The folders a Compose file in `dir` or a folder above it (up to the root) puts on
   * `PYTHONPATH` through its bind mounts (`compose.ts`), nearest file first.
   */
  private composeFolders(dir: string): readonly string[] {
    const folders: string[] = [];
    for (const facts of this.composeFiles(dir))
      for (const folder of facts.pythonPathFolders)
        if (this.inside(folder) && !folders.includes(folder)) folders.push(folder);
    return folders;
  }

  /**
   * What the deployment sets an environment variable to for the code of `fromFile`: the nearest
   * Compose file (in its folder or one above) whose services set it, all to one value.
   */
  composeEnvironment(variable: string, fromFile: string): string | undefined {
    for (const facts of this.composeFiles(path.dirname(fromFile))) {
      const value = facts.environment.get(variable);
      if (value !== undefined) return value;
    }
    return undefined;
  }

  /**
   * The Compose files in `dir` and each folder above it up to the root, nearest first, each read
   * through the guarded reader (so `--cache` knows them) once per linted file.
   */
  private composeFiles(dir: string): readonly ComposeFacts[] {
    const known = this.composeFilesByDir.get(dir);
    if (known) return known;
    const files: ComposeFacts[] = [];
    if (this.inside(dir))
      for (let current = dir; ; current = path.dirname(current)) {
        for (const name of COMPOSE_FILE_NAMES) {
          const read = this.project.read(joinedPath(current, [name]));
          if (!("problem" in read)) files.push(composeFactsOf(read.text, current));
        }
        if (current === this.root || path.dirname(current) === current) break;
      }
    this.composeFilesByDir.set(dir, files);
    return files;
  }

  private readonly composeFilesByDir = new Map<string, readonly ComposeFacts[]>();

  /**
   * The repository module a command runs as a script (`python /opt/airflow/dags/scripts/x.py`):
   * the longest tail of its path that names a module file under the linted file's folder, one of
   * its parents up to the root, or a plugins / include / src folder, nearest first
   * (`dags/scripts/x.py` from the root); a bare file name only beside the linted file or at the
   * root. Undefined when none does, or the path climbs (`..`).
   */
  scriptModule(scriptPath: string, fromFile: string): ProjectModule | undefined {
    const key = `script:${scriptPath}`;
    let byName = this.found.get(fromFile);
    if (byName === undefined) this.found.set(fromFile, (byName = new Map()));
    let known = byName.get(key);
    if (known === undefined) byName.set(key, (known = this.findScript(scriptPath, fromFile) ?? null));
    return known ?? undefined;
  }

  private findScript(scriptPath: string, fromFile: string): ProjectModule | undefined {
    if (!scriptPath.endsWith(".py")) return undefined;
    return this.scriptFile(scriptPath, fromFile, (file) => this.load(file));
  }

  /**
   * The text of a shell script of the repository a command in `fromFile` runs (the shell
   * interpreter says which: `isShellScript`), found as a Python script is (`scriptModule`); read
   * through the guarded reader, so `--cache` knows it.
   */
  shellScript(scriptPath: string, fromFile: string): string | undefined {
    let byName = this.shellScripts.get(fromFile);
    if (byName === undefined) this.shellScripts.set(fromFile, (byName = new Map()));
    if (!byName.has(scriptPath)) {
      const read = (file: string) => {
        const found = this.project.read(file);
        return "problem" in found ? undefined : found.text;
      };
      byName.set(scriptPath, this.scriptFile(scriptPath, fromFile, read));
    }
    return byName.get(scriptPath);
  }

  private readonly shellScripts = new Map<string, Map<string, string | undefined>>();

  /**
   * A script a command names (`python scripts/export.py`, `/opt/airflow/scripts/x.sh`): the
   * longest tail of its path found under the file's folder, a folder above it, or the root.
   */
  private scriptFile<T>(
    scriptPath: string,
    fromFile: string,
    open: (file: string) => T | undefined,
  ): T | undefined {
    const segments = scriptPath.split("/").filter((segment) => segment !== "" && segment !== ".");
    if (segments.length === 0 || segments.includes("..")) return undefined;
    const here = path.dirname(fromFile);
    for (let length = Math.min(segments.length, MAX_SCRIPT_SEGMENTS); length >= 1; length--) {
      const tail = segments.slice(-length);
      for (const folder of length === 1 ? [here, this.root] : this.searchFolders(here)) {
        const file = path.join(folder, ...tail);
        if (!this.inside(file)) continue;
        const found = open(file);
        if (found !== undefined) return found;
      }
    }
    return undefined;
  }

  /**
   * The function a qualified name from `fromFile` refers to (`include.io.save_frame`,
   * `.io.save_frame`), followed through re-exports; undefined when it is not a top-level
   * function of a repository module we can read and parse.
   */
  resolveFunction(qualified: string, fromFile: string): ProjectFunction | undefined {
    return this.resolveDefinition(qualified, fromFile, "function_definition", 0);
  }

  /** Like `resolveFunction`, for a class defined at the top level of a repository module. */
  resolveClass(qualified: string, fromFile: string): ProjectFunction | undefined {
    return this.resolveDefinition(qualified, fromFile, "class_definition", 0);
  }

  /** The one `@staticmethod` `name` of the repository class `qualifiedClass`, as a function. */
  private staticMethod(qualifiedClass: string, name: string, fromFile: string): ProjectFunction | undefined {
    const cls = this.resolveClass(qualifiedClass, fromFile);
    const method = cls ? classMethod(cls.fn, name) : undefined;
    return method?.kind === "static" ? { module: cls!.module, fn: method.fn } : undefined;
  }

  private resolveDefinition(
    qualified: string,
    fromFile: string,
    type: "function_definition" | "class_definition",
    hops: number,
  ): ProjectFunction | undefined {
    const dot = qualified.lastIndexOf(".");
    if (dot <= 0 && !qualified.startsWith(".")) return undefined;
    const moduleName = qualified.slice(0, dot);
    const name = qualified.slice(dot + 1);
    if (!name) return undefined;
    // `from . import io` then `io.f()` is `.io.f`: the module `.io`, its definition `f`.
    const module = this.module(moduleName === "" ? "." : moduleName, fromFile);
    // `utils.GeoStoreUtils.write` (`from utils import GeoStoreUtils`): a static method of a class.
    if (!module)
      return type === "function_definition" ? this.staticMethod(moduleName, name, fromFile) : undefined;
    const definition = topLevelDefinition(module.root, name, type);
    if (definition) return { module, fn: definition };
    // `from .io import save_frame` in a package's `__init__.py`.
    const reexported = module.context.aliases.get(name);
    if (reexported === undefined || hops >= MAX_REEXPORTS) return undefined;
    return this.resolveDefinition(reexported, module.file, type, hops + 1);
  }
}
