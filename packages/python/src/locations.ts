/**
 * Location normalization: what place on disk or in object storage an expression names, so two
 * tasks that name the same place compare equal.
 *
 *   - literals, module constants and local variables are folded (through `Bindings`);
 *   - f-string fields we cannot fold and Jinja `{{ … }}` become the hole `{*}`;
 *   - `os.path.join`, `Path(a, b)`, `Path /`, `+`, `.format` and `%` are composed; a path
 *     string's `.replace(".csv", ".parquet")` and a path object's `.with_suffix(".xml")` change
 *     literal text (unknown where the text may be in a run-time part);
 *   - bucket and key given apart are joined into `s3://bucket/key`;
 *   - environment variables become `${NAME}`; a fallback to a temp path (`os.environ.get("X",
 *     "/tmp")`) marks the place as pod-local temp, and names the staging variable it comes from;
 *   - `tempfile` makes temp places; `mkdtemp()`, `NamedTemporaryFile`, `TemporaryDirectory`
 *     make a *fresh* name `{fresh:LINE:COL}` that only matches itself;
 *   - a parameter of a helper function is the argument at the call site (`Frame`); a parameter
 *     of a task function, or `ti.xcom_pull(...)`, is what the producing task handed off.
 */
import {
  freshPiece,
  PREVIOUS_RUN_PIECE,
  airflowHomeOwnDisk,
  HOLE as HOLE_PATTERN,
  hasLiteral,
  isPathLike,
  memberPiece,
  normalizePieces,
  patternOf,
  type Location,
  type LocationSettings,
  type PatternPiece,
  type Span,
} from "@dag-transport/core";
import { onlyAssignedValue, type Binding } from "./bindings.js";
import { PREVIOUS_RUN_CONTEXT_KEYS } from "./catalogs/airflow.js";
import {
  AIRFLOW_VARIABLE_GETTERS,
  ENV_MAPPINGS,
  OBJECT_STORE_SCHEMES,
  PATH_BASENAME_FUNCTIONS,
  PATH_DIRNAME_FUNCTIONS,
  PATH_IDENTITY_FUNCTIONS,
  WORKING_DIRECTORY_FUNCTIONS,
  SPARK_IO_ATTRIBUTES,
  PATH_JOIN_FUNCTIONS,
  PATH_SAME_PLACE_METHODS,
  RECEIVER_CONSTRUCTORS,
  STORAGE_FUNCTIONS,
  requiredEnvRead,
  TEMP_ENV_VARIABLES,
  TEMPFILE_APIS,
  FILESYSTEM_FACTORIES,
  BOTO3_FACTORY_METHODS,
  OBJECT_STORE_MOUNTS,
  RECEIVER_TRANSITIONS,
  RECEIVER_METHODS,
  RESULT_METHOD_NAMES,
  MOUNT_CLASSES,
  LISTED_PREFIX,
  type ArgSlot,
  type ContainerMounts,
  type ProgramLanguage,
  type ReceiverConstructor,
  type ReceiverKind,
  type StorageApi,
  type StorageEffect,
} from "./catalogs/storage.js";
import {
  copyDirection,
  scanShell,
  isShellScript,
  type ShellContext,
  scanSql,
  sqlTableAccess,
  type Fragment,
  type Mention,
} from "./interpreters.js";
import {
  contextParameter,
  templatePullArguments,
  xcomPullArguments,
  type ParameterArgument,
  type XcomPull,
} from "./consumptions.js";
import { envGet } from "./env-reads.js";
import {
  assignedClient,
  branchState,
  classMethods,
  decideCondition,
  firstParameter,
  literalValue,
  methodClass,
  type ArgValue,
} from "./operator-classes.js";
import type { ModuleContext } from "./module-context.js";
import { mayBeRepositoryName, wildcardNames } from "./project.js";
import { runsDuckDb } from "./unknown-operators.js";
import type { SyntaxNode } from "./syntax-tree.js";
import { dictItems, type PythonTask } from "./tasks.js";
import {
  callArguments,
  shortText,
  spanOf,
  stringLiteral,
  unparenthesize,
  parameterNames,
  returnedExpressions,
  argumentAt,
  encloses,
} from "./syntax.js";

/** A literal run of characters, a hole (`{*}`) or a fresh run-time name (core's pattern syntax). */
export type Piece = PatternPiece;

/** What an expression names, before it becomes a model `Location`. */
export interface Place {
  pieces: Piece[];
  temp?: { reason: string };
  stagingFallback?: { variable: string; fallback: string; required: string; span: Span; file?: string };
  staging?: { variable: string };
  /** An open file object: writes through it are the opener's, recorded where it was opened. */
  handle?: true;
  /** A `TemporaryDirectory()` object (its `.name`, or `with … as d`, is the path). */
  directoryObject?: true;
  /** A path object (`pathlib.Path`, `ObjectStoragePath`): `/` joins, `.open()` opens. */
  pathObject?: true;
  /** Named only by a convention of a program we do not know (`Location.exact`). */
  guessed?: true;
  /**
   * Object storage whose URL we cannot read: an `ObjectStoragePath` made with a connection
   * (`conn_id=`) names a remote store, whatever its run-time URL says.
   */
  remoteStore?: true;
  /** A copy's destination, which may be a directory (`Location.intoDirectory`). */
  intoDirectory?: true;
  /**
   * A host path a container sees through a bind mount: the Docker host's folder, shared by the
   * containers it runs — a user's home there (`/home/ana/data`) is not the pod's own disk.
   */
  hostMount?: true;
}

/**
 * Where code runs while we read it. A task's own function has no `call`; a helper function
 * called from a task has the call that entered it, so its parameters are the call's arguments.
 */
/** What a program's text does with a place: reads or writes it, or runs it as a Python script. */
export type ProgramAccess = "read" | "write" | "run";

export interface Frame {
  fn: SyntaxNode;
  task: PythonTask;
  call?: SyntaxNode;
  caller?: Frame;
  depth: number;
  /**
   * A function of another module of the repository, entered from the linted file: its
   * parameters are these places (computed where the call is; absent: not passed, so the
   * default). `caller` is then undefined — the caller's tree is not this resolver's — and
   * `outer` is the calling frame, for the depth and cycle checks.
   */
  bound?: {
    places: ReadonlyMap<string, Place | undefined>;
    /** The clients passed (`write_status(s3_hook, …)`), read where the call is. */
    receivers?: ReadonlyMap<string, Receiver>;
    key: string;
  };
  outer?: Frame;
  /**
   * An operator declared in a `for` over a literal list, read once per element: the loop's
   * variable (its binding target) is this element.
   */
  element?: { target: SyntaxNode; place: Place; key: string };
  /**
   * A method of an operator class of the repository, read for its summary
   * (`operator-classes.ts`): `self.NAME` is the attribute's place (absent: unknown).
   */
  instance?: {
    attributes: ReadonlyMap<string, Place | undefined>;
    key: string;
    /** A method of the class (or a repository base): its definition, and how to read it in its module. */
    method?(name: string): { fn: SyntaxNode; collect(frame: Frame): void } | undefined;
    /**
     * The values attributes are known to have for one declaration (`self.mode` is
     * `"PostgreSQL"`): its `if`s on them are decided, and code in a branch not taken does
     * nothing (`branch`). Absent: no branch is decided.
     */
    values?: ReadonlyMap<string, ArgValue>;
  };
  /** A task declared in a factory function, read for one call of it (`FactoryCall`). */
  factory?: FactoryCall;
}

/**
 * A task declared inside a factory function — `def make_dag(dag, csv_path): … BashOperator(…)`,
 * called at module level once per DAG with that DAG's paths: read once per call, the factory's
 * parameters being that call's arguments (read in `at`, the module's frame).
 */
export interface FactoryCall {
  fn: SyntaxNode;
  call: SyntaxNode;
  at: Frame;
  key: string;
  /** A call of the TaskFlow task's own function (`storage.ts` `taskflowCalls`), not of a factory. */
  taskCall?: true;
}

/** A known receiver of a method call: an S3 client, an `s3.Object(b, k)`, an `S3Hook`, a path. */
export interface Receiver {
  kind: ReceiverKind;
  scheme?: string;
  /** The location the receiver stands for (an S3 Object, a path object). */
  place?: Place;
  /** An S3 Bucket's name. */
  bucket?: Place;
}

/**
 * Names a module imports from other modules of the repository (storage.ts reads them there):
 * `from common import SHARED_DIR` is that module's constant, `from io_utils import save(…)` the
 * place its function returns for the call's arguments. Undefined: unknown.
 */
export interface RepositoryImports {
  constant(qualified: string, frame: Frame): Place | undefined;
  /** With `element`, that element of the tuple it returns (`a, b = load(…)`). */
  returned(qualified: string, call: SyntaxNode, frame: Frame, element?: number): Place | undefined;
  /** The place each element of what its function returns names (`for f in files_in(loc)`). */
  returnedElement?(qualified: string, call: SyntaxNode, frame: Frame): Place | undefined;
  /** Every place its function's return refers to (`LocationResolver.returnedHandedPlaces`). */
  returnedHanded(qualified: string, call: SyntaxNode, frame: Frame, depth: number): Place[];
  /**
   * Every place what `loader.write_raw(df)` returns refers to: a method of the class (this
   * module's or a repository module's) the receiver is an instance of, read in its module.
   */
  methodReturnedHanded(call: SyntaxNode, frame: Frame, depth: number): Place[];
  /**
   * The place what `collection.datafile("csv")` returns, the same way (`methodReturnedHanded`);
   * with `element`, that element of the tuple it returns.
   */
  methodReturned(call: SyntaxNode, frame: Frame, element?: number): Place | undefined;
  /** The client its function returns or yields (`get_minio_client()`), read in its module. */
  returnedReceiver(qualified: string, call: SyntaxNode, frame: Frame): Receiver | undefined;
  /** The client a module-level name of its module holds (`s3 = S3Hook(conn_id)`), read there. */
  constantReceiver(qualified: string, frame: Frame): Receiver | undefined;
  /** Whether the name lives in a module file of the repository, usable or not. */
  inRepository(qualified: string): boolean;
  /** The text of a shell script of the repository a command runs (`bash scripts/extract.sh`). */
  shellScript(scriptPath: string): string | undefined;
  /** What the deployment's Compose file sets an environment variable to (`compose.ts`). */
  environment?(variable: string): string | undefined;
}

/** A place a handed-on value refers to, with the expression of this file that stands for it. */
export interface HandedPlace {
  place: Place;
  node: SyntaxNode;
  frame: Frame;
}

/** Calls that only read a list (`len(files)`), where a built list may be used. */
const LIST_READERS = new Set(["len", "sorted", "list", "tuple", "set", "print"]);

/**
 * The values appended to a list a name is bound to empty (`files = []`, then `files.append(f)` in
 * loops of its function), when that is all its function does to it: it may also return it, loop
 * over it, or hand it to a call that only reads it (`len(files)`). Undefined otherwise (`extend`,
 * `+=`, an item set, the list passed to another function: anything may be in it).
 */
function appendedValues(binding: Binding): SyntaxNode[] | undefined {
  const scope = enclosingFunction(binding.target);
  if (!scope) return undefined;
  const name = binding.target.text;
  const appended: SyntaxNode[] = [];
  const tree = scope.tree;
  for (let id = scope.id; id <= scope.lastDescendantId; id++) {
    const node = tree.node(id);
    if (node.type !== "identifier" || !node.hasText(name) || node.id === binding.target.id) continue;
    const parent = node.parent!;
    if (
      parent.type === "return_statement" ||
      (parent.type === "for_statement" && parent.childForFieldName("right")?.id === node.id)
    )
      continue;
    if (parent.type === "argument_list") {
      const callee = parent.parent?.childForFieldName("function");
      if (callee?.type === "identifier" && LIST_READERS.has(callee.text)) continue;
      return undefined;
    }
    const call = parent.parent;
    if (
      parent.type !== "attribute" ||
      parent.childForFieldName("object")?.id !== node.id ||
      parent.childForFieldName("attribute")?.text !== "append" ||
      call?.type !== "call" ||
      call.parent?.type !== "expression_statement"
    )
      return undefined;
    const { positional, keywords } = callArguments(call);
    if (positional.length !== 1 || keywords.size > 0) return undefined;
    appended.push(positional[0]!);
  }
  return appended;
}

/** How many containers, names and calls deep `handedPlaces` looks (a guard, not a tuning). */
const MAX_HANDED_DEPTH = 12;

/** What the producing task handed off, for parameters bound to another task's XCom. */
export interface HandoffLookup {
  /** The inputs of a task's function, by parameter name. */
  inputsOf(task: PythonTask, parameter: string): { producer: PythonTask; key?: string; item?: string }[];
  /**
   * The expressions a task hands off under a key (`return_value` for its return), in its own
   * code; what a helper it calls pushes is `helperPushed`'s.
   */
  handedOff(producer: PythonTask, key: string): SyntaxNode[];
  /**
   * What a helper the producer's code calls pushes under `key` (`tune(**kwargs)`, `tune`
   * pushing by itself), read in the helper entered from `frame`, the producer's.
   */
  helperPushed?(producer: PythonTask, key: string, frame: Frame): Place | undefined;
  taskById(id: string, dagId: string | undefined): PythonTask | undefined;
  /** What DAG code passes a task's parameter besides XComs: call arguments, `op_kwargs`, … */
  argumentsOf?(task: PythonTask, parameter: string): readonly ParameterArgument[];
  /** The tasks an `xcom_pull` takes from (named ones, or a key's pushers when no id is given). */
  pulledFrom?(pull: XcomPull, dagId: string | undefined): readonly PythonTask[];
  /**
   * In a module entered from the linted file: what an `xcom_pull` there takes, resolved by the
   * linted file's resolver (its tasks are the linted file's).
   */
  pulled?(pull: XcomPull, frame: Frame): Place | undefined;
  /** What a task running a repository module's function or a bound method returns (`PythonTask.imported`, `.boundMethod`). */
  importedReturn?(task: PythonTask): Place | undefined;
  /** What such a task pushes under `key` (`ti.xcom_push(key="filename", value=name)`). */
  importedPushed?(task: PythonTask, key: string): Place | undefined;
  /** The path a task made by a decorator nobody catalogued writes, taken as what it pushes. */
  conventionalOutput?(task: PythonTask): SyntaxNode | undefined;
}

const HOLE: Piece = { hole: true };
const COMPREHENSIONS = new Set([
  "list_comprehension",
  "set_comprehension",
  "dictionary_comprehension",
  "generator_expression",
]);
const SCOPE_BOUNDARIES = new Set(["function_definition", "lambda", "class_definition", "module"]);
/** A wildcard (a glob's `*`, an element of a listing): every name there. */
const ANY: Piece = { any: true };
const JINJA = /\{\{.*?\}\}|\{%.*?%\}/g;
/**
 * A Jinja expression whose value the declaration may say: a parameter of the operator
 * (`{{ params.dir }}`, `{{ params['dir'] }}`) or one `xcom_pull` (`{{ ti.xcom_pull(…) }}`).
 */
const VALUE_TEMPLATE =
  /\{\{\s*(?:params\.(\w+)|params\[\s*['"](\w+)['"]\s*\]|(?:ti|task_instance)\.xcom_pull\s*\(([^)]*)\))\s*\}\}/g;
const SCHEME = /^([a-z][a-z0-9+.-]*):\/\//i;
/** `file://` followed by a relative path (not `file:///abs`, nor `file://${VAR}`). */
const RELATIVE_FILE_URI = /^file:\/\/(?![/$~])./i;
/** Helpers deeper than this are not followed; values chased further than this are unknown. */
const MAX_FRAME_DEPTH = 4;
const MAX_CHASE = 40;

function literalPieces(text: string, glob = false): Piece[] {
  const pieces: Piece[] = [];
  const pattern = glob ? /\{\{.*?\}\}|\{%.*?%\}|\*+|\?|\[[^\]]*\]/g : JINJA;
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    if (match.index > last) pieces.push({ text: text.slice(last, match.index) });
    // Jinja renders one name; a glob's wildcard stands for every name there.
    pieces.push(match[0].startsWith("{") ? HOLE : ANY);
    last = match.index + match[0].length;
  }
  if (last < text.length) pieces.push({ text: text.slice(last) });
  return pieces;
}

function startsAbsolute(pieces: readonly Piece[]): boolean {
  const first = pieces[0];
  return first !== undefined && "text" in first && (first.text.startsWith("/") || SCHEME.test(first.text));
}

function endsWithSlash(pieces: readonly Piece[]): boolean {
  const last = pieces.at(-1);
  return last !== undefined && "text" in last && last.text.endsWith("/");
}

export function startsWithScheme(pieces: readonly Piece[]): boolean {
  const first = pieces[0];
  return first !== undefined && "text" in first && SCHEME.test(first.text);
}

/**
 * A relative part joined to a directory without its leading `./` (`folder.joinpath("./x.yaml")`
 * names `folder/x.yaml`), so it matches the same file named without one. Not on object storage,
 * where `./` is part of a key.
 */
function withoutLeadingDot(pieces: readonly Piece[]): Piece[] {
  const first = pieces[0];
  if (first === undefined || !("text" in first)) return [...pieces];
  const text = first.text.replace(/^(?:\.\/+)+/, "").replace(/^\.$/, "");
  return text === first.text ? [...pieces] : [...(text ? [{ text }] : []), ...pieces.slice(1)];
}

/** Keeps the root's flags (temp, staging) when something is appended to it. */
function rootFlags(place: Place): Partial<Place> {
  return {
    ...(place.temp ? { temp: place.temp } : {}),
    ...(place.stagingFallback ? { stagingFallback: place.stagingFallback } : {}),
    ...(place.staging ? { staging: place.staging } : {}),
    ...(place.remoteStore ? { remoteStore: place.remoteStore } : {}),
  };
}

/** `os.path.join` semantics: an absolute part starts over. */
export function joinPlaces(parts: readonly Place[]): Place | undefined {
  let result: Place | undefined;
  for (const part of parts) {
    if (!result || startsAbsolute(part.pieces)) {
      result = { ...part };
      delete result.handle;
      continue;
    }
    const appended = startsWithScheme(result.pieces) ? part.pieces : withoutLeadingDot(part.pieces);
    if (appended.length === 0) continue;
    const separator: Piece[] = endsWithSlash(result.pieces) ? [] : [{ text: "/" }];
    result = {
      ...rootFlags(result),
      pieces: normalizePieces([...result.pieces, ...separator, ...appended]),
    };
  }
  return result;
}

function concatPlaces(left: Place, right: Place): Place {
  return { ...rootFlags(left), pieces: normalizePieces([...left.pieces, ...right.pieces]) };
}

/** Places written one after another (an f-string's parts): the first one's flags. */
export function concatenated(parts: readonly Place[]): Place | undefined {
  const [first, ...rest] = parts;
  return first && rest.reduce(concatPlaces, first);
}

function unknownPlace(): Place {
  return { pieces: [HOLE] };
}

/**
 * `Path.parent` taken `levels` times, on a path object only. The folder of a path the analysis
 * cannot name at all (`Path(__file__)`) is as unknown, one name as the path was.
 */
function parentPlace(place: Place | undefined, levels: number): Place | undefined {
  if (!place?.pathObject) return undefined;
  let folder: Place | undefined = place;
  for (let level = 0; folder && level < levels; level++)
    folder = folder.pieces.length === 1 && "hole" in folder.pieces[0]! ? folder : dirnamePlace(folder);
  return folder ? { ...folder, pathObject: true } : undefined;
}

/** The directory part of a path (`os.path.dirname`, `Path.parent`). */
function dirnamePlace(place: Place): Place | undefined {
  const last = place.pieces.at(-1);
  // `/tmp/x/{*}`: a hole is one name, so its directory is the text before it.
  const before = place.pieces.at(-2);
  if (last && "hole" in last && before && "text" in before && before.text.endsWith("/")) {
    const head = before.text.replace(/\/+$/, "");
    return {
      ...rootFlags(place),
      pieces: normalizePieces([...place.pieces.slice(0, -2), ...(head ? [{ text: head }] : [])]),
    };
  }
  if (!last || !("text" in last)) return undefined;
  const slash = last.text.lastIndexOf("/");
  if (slash < 0) return undefined;
  const head = last.text.slice(0, slash);
  return {
    ...rootFlags(place),
    pieces: normalizePieces([
      ...place.pieces.slice(0, -1),
      { text: head === "" && place.pieces.length === 1 ? "/" : head },
    ]),
  };
}

/**
 * A path's last name: the text after its last `/` (with the holes after it), a name of its own
 * — no root, so none of the path's flags. Undefined when the path ends in `/` or the name is
 * not known to start after a `/` (`{*}` alone may be a whole path).
 */
function basenamePlace(place: Place): Place | undefined {
  const pieces = place.pieces;
  for (let i = pieces.length - 1; i >= 0; i--) {
    const piece = pieces[i]!;
    if (!("text" in piece)) continue;
    const slash = piece.text.lastIndexOf("/");
    if (slash < 0) continue;
    const name = normalizePieces([
      ...(slash + 1 < piece.text.length ? [{ text: piece.text.slice(slash + 1) }] : []),
      ...pieces.slice(i + 1),
    ]);
    return name.length > 0 ? { pieces: name } : undefined;
  }
  return undefined;
}

/** Call arguments (`a='x', 'y'`) with a positional one after a keyword: no valid Python or Jinja call. */
function positionalAfterKeyword(args: string): boolean {
  let depth = 0;
  let quote: string | undefined;
  let keyword = false;
  let start = 0;
  const argumentEnds = (end: number): boolean => {
    const argument = args.slice(start, end).trim();
    if (argument === "") return false;
    const named = /^[A-Za-z_]\w*\s*=(?!=)/.test(argument);
    if (!named && keyword) return true;
    keyword ||= named;
    return false;
  };
  for (let i = 0; i < args.length; i++) {
    const char = args[i]!;
    if (quote) {
      if (char === quote) quote = undefined;
    } else if (char === "'" || char === '"') quote = char;
    else if ("([{".includes(char)) depth++;
    else if (")]}".includes(char)) depth--;
    else if (char === "," && depth === 0) {
      if (argumentEnds(i)) return true;
      start = i + 1;
    }
  }
  return argumentEnds(args.length);
}

/**
 * A `str.format` template's parts in order: literal text (`{{` and `}}` read as braces) and, for
 * each replacement field, the argument it names (`{}` the next positional, `{0}` by index,
 * `{name}` by keyword; undefined when the call gives none); `first` when the template starts
 * with it.
 */
function* formatTemplateParts(
  template: string,
  positional: readonly SyntaxNode[],
  keywords: ReadonlyMap<string, SyntaxNode>,
): Generator<{ text: string } | { value: SyntaxNode | undefined; first: boolean }> {
  const literal = (text: string) => ({ text: text.replace(/\{\{/g, "{").replace(/\}\}/g, "}") });
  let next = 0;
  let last = 0;
  for (const match of template.matchAll(/\{\{|\}\}|\{([^{}]*)\}/g)) {
    if (match[1] === undefined) continue;
    if (match.index > last) yield literal(template.slice(last, match.index));
    const field = match[1].split(/[!:]/)[0]!;
    const value =
      field === ""
        ? positional[next++]
        : /^\d+$/.test(field)
          ? positional[Number(field)]
          : keywords.get(field);
    yield { value, first: match.index === 0 };
    last = match.index + match[0].length;
  }
  if (last < template.length) yield literal(template.slice(last));
}

/** Builtins whose result has the elements of their one argument (in another order). */
const SAME_ELEMENTS = new Set(["sorted", "reversed", "list", "tuple", "set"]);

/** The `for` statement whose target (or a name of its target) this is. */
function forStatementOf(target: SyntaxNode): SyntaxNode | undefined {
  let node: SyntaxNode | null = target.parent;
  while (node && (node.type === "pattern_list" || node.type === "tuple_pattern")) node = node.parent;
  return node?.type === "for_statement" ? node : undefined;
}

/**
 * A relative path lives in the worker's working directory, `~` in its home directory and a file
 * directly in `${AIRFLOW_HOME}` in its own Airflow directory: all on the pod's own disk, like `/tmp`.
 */
function podLocalRoot(pieces: readonly Piece[], homeIsLocal = true): { reason: string } | undefined {
  const first = pieces[0];
  if (!first || !("text" in first)) return undefined;
  // `file://include/x` (as `ObjectStoragePath` and fsspec read it) is the relative path
  // `include/x`; `file:///shared/x` is absolute.
  if (RELATIVE_FILE_URI.test(first.text))
    return {
      reason: "a relative `file://` path is in the worker's working directory, on the pod's own disk",
    };
  if (SCHEME.test(first.text)) return undefined;
  const text = first.text;
  if (text.startsWith("~")) return { reason: "`~` is the home directory on the pod's own disk" };
  if (text.startsWith("${")) return airflowHomeOwnDisk(patternOf(pieces));
  if (text.startsWith("/")) {
    const home = homeIsLocal ? USER_HOME.exec(text)?.[0] : undefined;
    return home ? { reason: `\`${home}\` is a user's home directory, on the pod's own disk` } : undefined;
  }
  return { reason: "a relative path is in the worker's working directory, on the pod's own disk" };
}

/** The longest deployment setting taken as a path (`isSettingPath`): a guard, not a tuning. */
const MAX_SETTING_PATH = 1024;

/**
 * A deployment setting's value that names a place and nothing else: an absolute path or an
 * object-store URL, without credentials (`user:password@`), a query, variables or whitespace
 * outside Jinja.
 * It reaches findings' messages, so no secret of the deployment may pass
 * (`postgresql://airflow:airflow@postgres/airflow` does not).
 */
function isSettingPath(value: string): boolean {
  // Jinja (`/data/processed/{{ ds }}`) becomes a hole, never text of a message.
  if (value.length > MAX_SETTING_PATH || /[@?$\s]/.test(value.replace(JINJA, ""))) return false;
  if (value.startsWith("/")) return true;
  const scheme = SCHEME.exec(value)?.[1]?.toLowerCase();
  return scheme !== undefined && OBJECT_STORE_SCHEMES.has(scheme);
}

/**
 * A user's home directory written out (`/home/sagar/…`, `/Users/ana/…`, `/root/…`), as `~` is.
 * Not `/home/airflow`: Airflow's own user, whose `gcs/` folder Cloud Composer mounts from its bucket.
 */
const USER_HOME = /^(?:\/home\/(?!airflow\/)[^/{}$]+|\/Users\/[^/{}$]+|\/root)(?=\/)/;

/** Turns a place into the model's `Location`. */
export function toLocation(place: Place, display: string, settings: LocationSettings): Location {
  const written = normalizePieces(place.pieces);
  const scheme = SCHEME.exec(patternOf(written))?.[1]?.toLowerCase();
  // `./LocalDataLake/x.csv` is `LocalDataLake/x.csv` (a key of object storage keeps its `./`).
  const relative = scheme === undefined && !place.remoteStore ? withoutLeadingDot(written) : written;
  const pieces = relative.length > 0 ? relative : written;
  const pattern = patternOf(pieces);
  // A remote store's URL known only at run time (`{*}/…`): object storage all the same.
  const remote = place.remoteStore && scheme === undefined && pattern.startsWith(HOLE_PATTERN);
  const medium =
    remote || (scheme !== undefined && OBJECT_STORE_SCHEMES.has(scheme)) ? "object-store" : "filesystem";
  let temp = place.temp;
  if (!temp && medium === "filesystem") {
    const prefix = settings.tempPrefixes.find(
      (p) => pattern === p || pattern.startsWith(p.endsWith("/") ? p : `${p}/`),
    );
    if (prefix) temp = { reason: `\`${prefix}\` is on the pod's own disk` };
    else temp = podLocalRoot(pieces, !place.hostMount);
  }
  const mount =
    medium === "filesystem" ? OBJECT_STORE_MOUNTS.find((m) => pattern.startsWith(m.path)) : undefined;
  return {
    pattern,
    medium,
    display,
    ...(temp ? { temp } : {}),
    ...(place.stagingFallback ? { stagingFallback: place.stagingFallback } : {}),
    ...(place.staging && !temp ? { staging: place.staging } : {}),
    ...(place.guessed ? { exact: true as const } : {}),
    ...(place.intoDirectory ? { intoDirectory: true as const } : {}),
    ...(mount && !temp
      ? {
          mount: {
            scheme: mount.scheme,
            key: mount.keyPrefix + pattern.slice(mount.path.length),
            bucket: mount.bucket,
          },
        }
      : {}),
  };
}

/**
 * Resolves expressions to places, following variables, helper parameters and XCom inputs.
 * One resolver per module; results are cached per expression and frame.
 */
export class LocationResolver {
  private readonly cache = new Map<string, Place | undefined>();
  private readonly receivers = new Map<string, Receiver | undefined>();
  private readonly constants = new Map<number, Place | undefined>();
  private readonly reachingCache = new Map<string, Binding[]>();
  private readonly memberArguments = new Map<
    number,
    { call: SyntaxNode; method: string; argument: SyntaxNode }[]
  >();
  private readonly returns = new Map<number, SyntaxNode[]>();
  private readonly parameters = new Map<number, string[]>();
  private readonly inProgress = new Set<string>();
  private chaseDepth = 0;

  constructor(
    private readonly context: ModuleContext,
    private readonly bindings: {
      reaching(name: string, use: SyntaxNode): Binding[];
    },
    private readonly settings: LocationSettings,
    private readonly handoffs: HandoffLookup,
    /** What names imported from other modules of the repository stand for (absent: unknown). */
    private readonly imports?: RepositoryImports,
    /** The module's file, when it is not the linted file (spans it records are in that file). */
    private readonly file?: string,
  ) {}

  /** Per task (its declaration): whether any condition of its function is decided (`taskBranch`). */
  private readonly taskDecides = new Map<number, boolean>();

  /** `Bindings.reaching`, remembered: the answer does not depend on the frame, and helper code is read once per call. */
  private reaching(name: string, use: SyntaxNode): Binding[] {
    const key = `${use.id}\u0000${name}`;
    let reaching = this.reachingCache.get(key);
    if (!reaching) {
      reaching = this.bindings.reaching(name, use);
      this.reachingCache.set(key, reaching);
    }
    return reaching;
  }

  /** A task's own frame. */
  static taskFrame(task: PythonTask, factory?: FactoryCall): Frame | undefined {
    if (!task.fn) return undefined;
    return factory ? { fn: task.fn, task, depth: 0, factory } : { fn: task.fn, task, depth: 0 };
  }

  /** The factory call a frame (or the frame that called it) is read for. */
  private static factoryOf(frame: Frame): FactoryCall | undefined {
    for (let f: Frame | undefined = frame; f; f = f.caller ?? f.outer) if (f.factory) return f.factory;
    return undefined;
  }

  /** A helper function entered from `call` in `caller`. */
  static helperFrame(fn: SyntaxNode, call: SyntaxNode, caller: Frame): Frame | undefined {
    if (LocationResolver.entered(fn, caller)) return undefined;
    return { fn, call, caller, task: caller.task, depth: caller.depth + 1 };
  }

  /** Whether `fn` may not be entered from `caller`: too deep, or already on the way (a cycle). */
  static entered(fn: SyntaxNode, caller: Frame): boolean {
    if (caller.depth >= MAX_FRAME_DEPTH) return true;
    for (let frame: Frame | undefined = caller; frame; frame = frame.caller ?? frame.outer)
      if (frame.fn.id === fn.id && frame.fn.tree === fn.tree) return true;
    return false;
  }

  /** A function of another module entered from `call` in `caller`, its parameters bound. */
  static boundFrame(
    fn: SyntaxNode,
    caller: Frame,
    places: ReadonlyMap<string, Place | undefined>,
    receivers?: ReadonlyMap<string, Receiver>,
  ): Frame | undefined {
    if (LocationResolver.entered(fn, caller)) return undefined;
    const key = JSON.stringify([
      [...places].map(([name, place]) => [name, place ?? null]),
      receivers && receivers.size > 0 ? [...receivers] : null,
    ]);
    const bound = { places, ...(receivers && receivers.size > 0 ? { receivers } : {}), key };
    return { fn, task: caller.task, depth: caller.depth + 1, bound, outer: caller };
  }

  /**
   * A method of the class `frame` is in, called on `self` (`ownMethod`): its parameters after
   * `self` bound to the call's arguments, and `self` the same instance (an operator class read
   * for a declaration keeps its attributes' places). Undefined when too deep or a cycle.
   */
  private methodFrame(method: SyntaxNode, call: SyntaxNode, frame: Frame): Frame | undefined {
    const inner = LocationResolver.boundFrame(
      method,
      frame,
      this.argumentPlaces(method, call, frame, 1),
      this.argumentReceivers(method, call, frame, 1),
    );
    return inner && frame.instance ? { ...inner, instance: frame.instance } : inner;
  }

  /**
   * The clients `call`'s arguments give `fn`'s parameters (`self.upload_file(hook, name)` with
   * `hook = WasbHook(…)`), the first `skip` of them left out, as `argumentPlaces` does.
   */
  argumentReceivers(fn: SyntaxNode, call: SyntaxNode, frame: Frame, skip: number): Map<string, Receiver> {
    return this.boundReceivers(fn, frame, (name, index) =>
      index < skip ? undefined : argumentAt(call, { keyword: name, index: index - skip }),
    );
  }

  /**
   * The clients `argument(name, index)` gives `fn`'s parameters, read in `frame` (`write_status(
   * clin_s3, key)` with `clin_s3 = S3Hook(…)`): there an unannotated parameter is that client.
   */
  boundReceivers(
    fn: SyntaxNode,
    frame: Frame,
    argument: (name: string, index: number) => SyntaxNode | null | undefined,
  ): Map<string, Receiver> {
    const receivers = new Map<string, Receiver>();
    parameterNames(fn).forEach((name, index) => {
      const node = argument(name, index);
      const receiver = node ? this.receiver(node, frame) : undefined;
      if (receiver) receivers.set(name, receiver);
    });
    return receivers;
  }

  /**
   * The places `call`'s arguments give `fn`'s parameters, the first `skip` of them left out
   * (`self`, `cls`): by keyword, else by position. A parameter the call does not give is absent.
   */
  argumentPlaces(
    fn: SyntaxNode,
    call: SyntaxNode,
    frame: Frame,
    skip: number,
  ): Map<string, Place | undefined> {
    const places = new Map<string, Place | undefined>();
    parameterNames(fn)
      .slice(skip)
      .forEach((name, index) => {
        const argument = argumentAt(call, { keyword: name, index });
        if (argument) places.set(name, this.place(argument, frame));
      });
    return places;
  }

  private frameKey(frame: Frame): string {
    // The task's declaration, not its id: ids repeat across the DAGs of one file.
    let key = `${frame.task.declaration.id}`;
    let f: Frame | undefined = frame;
    for (; f?.call; f = f.caller) key += `<${f.call.id}`;
    if (f?.bound) key += `|${f.bound.key}`;
    if (f?.instance) key += `|${f.instance.key}`;
    if (f?.factory) key += `|of:${f.factory.key}`;
    if (frame.element) key += `|for:${frame.element.key}`;
    return key;
  }

  /** The place an expression names, or undefined when it names none we can tell. */
  place(expression: SyntaxNode, frame: Frame): Place | undefined {
    const key = `${expression.id}@${this.frameKey(frame)}`;
    if (this.cache.has(key)) return this.cache.get(key);
    if (this.inProgress.has(key) || this.chaseDepth > MAX_CHASE) return undefined;
    this.inProgress.add(key);
    this.chaseDepth++;
    try {
      const place = this.compute(unparenthesize(expression), frame);
      this.cache.set(key, place);
      return place;
    } finally {
      this.chaseDepth--;
      this.inProgress.delete(key);
    }
  }

  /** Like `place`, but a part we cannot tell becomes a hole (inside a join or an f-string). */
  private partOrHole(expression: SyntaxNode, frame: Frame): Place {
    // `f"{prev.year}"` of `prev = kwargs["prev_start_date_success"]`: an earlier run's part.
    if (this.previousRun(expression, 0)) return { pieces: [PREVIOUS_RUN_PIECE] };
    // `f"…/aliquot_id={aliquot_id or 'null'}"`: the default names the part only when the value
    // is empty; a value we cannot tell leaves the part unknown, not the default.
    const node = unparenthesize(expression);
    if (node.type === "boolean_operator" && node.childForFieldName("operator")?.text === "or") {
      const left = unparenthesize(node.childForFieldName("left")!);
      if (!this.envRead(left) && !this.place(left, frame)) return unknownPlace();
    }
    const place = this.place(expression, frame);
    return place && !place.handle ? place : unknownPlace();
  }

  /**
   * Whether a value names a previous run (`PREVIOUS_RUN_CONTEXT_KEYS`): the context's item
   * (`kwargs["prev_ds"]`, `context.get("prev_ds")`), a parameter of that name, a name bound once
   * to one, or an attribute or method of one (`prev.year`, `prev.strftime("%Y")`).
   */
  private previousRun(expression: SyntaxNode, depth: number): boolean {
    if (depth > 6) return false;
    const node = unparenthesize(expression);
    // `kwargs["prev_ds"]`, `context.get("prev_ds")`.
    const access = itemAccess(node);
    if (access) return PREVIOUS_RUN_CONTEXT_KEYS.has(access.item);
    switch (node.type) {
      case "attribute":
        return this.previousRun(node.childForFieldName("object")!, depth + 1);
      case "call": {
        // `prev.strftime("%Y")`
        const callee = node.childForFieldName("function");
        return (
          callee?.type === "attribute" && this.previousRun(callee.childForFieldName("object")!, depth + 1)
        );
      }
      case "identifier": {
        const reaching = this.reaching(node.text, node);
        if (reaching.length !== 1) return false;
        const binding = reaching[0]!;
        if (binding.kind === "parameter") return PREVIOUS_RUN_CONTEXT_KEYS.has(node.text);
        return binding.kind === "assign" && binding.index === undefined && binding.value !== undefined
          ? this.previousRun(binding.value, depth + 1)
          : false;
      }
      default:
        return false;
    }
  }

  /** The place as a model location, with the expression as written for messages. */
  location(expression: SyntaxNode, frame: Frame): Location | undefined {
    const place = this.place(expression, frame);
    return place ? this.toLocation(place, expression) : undefined;
  }

  toLocation(place: Place, written: SyntaxNode): Location {
    return toLocation(place, shortText(written), this.settings);
  }

  /** A glob pattern argument: `*`, `?` and `[…]` in its literal parts become holes. */
  globPlace(expression: SyntaxNode, frame: Frame): Place | undefined {
    const place = this.place(expression, frame);
    if (!place) return undefined;
    const pieces = place.pieces.flatMap((p) => ("text" in p ? literalPieces(p.text, true) : [p]));
    return { ...place, pieces: normalizePieces(pieces) };
  }

  private compute(node: SyntaxNode, frame: Frame): Place | undefined {
    switch (node.type) {
      case "string":
        return this.stringPlace(node, frame);
      case "concatenated_string": {
        const parts: Place[] = [];
        for (const part of node.namedChildren) {
          const place = this.place(part, frame);
          if (!place) return undefined;
          parts.push(place);
        }
        return parts.slice(1).reduce(concatPlaces, parts[0]!);
      }
      case "identifier":
        return this.identifierPlace(node, frame);
      case "binary_operator":
        return this.binaryPlace(node, frame);
      case "boolean_operator":
        return this.orPlace(node, frame);
      case "call":
        return this.callPlace(node, frame);
      case "subscript":
        return this.subscriptPlace(node, frame);
      case "attribute":
        return this.attributePlace(node, frame);
      case "conditional_expression": {
        // `a if c else b`: either may run; the first one we can tell stands for both — unless
        // the declaration decides `c` (`branch`).
        const [yes, , no] = node.namedChildren;
        if (this.branch(yes!, frame) === "dead") return this.place(no!, frame);
        if (this.branch(no!, frame) === "dead") return this.place(yes!, frame);
        return this.place(yes!, frame) ?? this.place(no!, frame);
      }
      default:
        return undefined;
    }
  }

  private stringPlace(node: SyntaxNode, frame: Frame): Place | undefined {
    const prefix = node.child(0)?.text.toLowerCase() ?? "";
    const isFormat = prefix.includes("f");
    const pieces: Piece[] = [];
    for (const child of node.namedChildren) {
      if (child.type === "string_content" || child.type === "escape_sequence") {
        const text = isFormat ? child.text.replace(/\{\{/g, "{").replace(/\}\}/g, "}") : child.text;
        if (!text.includes("{{")) pieces.push(...literalPieces(text));
        else
          for (const part of this.renderedText(text, frame))
            pieces.push(...(typeof part === "string" ? literalPieces(part) : part.pieces));
      } else if (child.type === "interpolation") {
        const expression = child.namedChild(0);
        pieces.push(...(expression ? this.partOrHole(expression, frame).pieces : [HOLE]));
      }
    }
    const literal = stringLiteral(node);
    if (literal === undefined && !isFormat) return undefined;
    // An f-string's root flags come from its first field: f"{STAGING}/x.csv".
    const first = node.namedChildren.find((c) => c.type === "interpolation" || c.type === "string_content");
    const root =
      first?.type === "interpolation" && first.namedChild(0)
        ? this.place(first.namedChild(0)!, frame)
        : undefined;
    return { ...(root ? rootFlags(root) : {}), pieces: normalizePieces(pieces) };
  }

  private identifierPlace(node: SyntaxNode, frame: Frame): Place | undefined {
    // `[read(p) for p in glob.glob(…)]`: an element of the comprehension's iterable.
    const comprehended = this.comprehensionIterable(node);
    if (comprehended) return this.elementPlace(comprehended, frame);
    const reaching = this.reaching(node.text, node);
    for (const binding of reaching) {
      if (this.branch(binding.target, frame) === "dead") continue;
      const place = this.isModuleConstant(node.text, binding)
        ? this.constantPlace(binding.value!, frame)
        : this.bindingPlace(binding, frame);
      if (place) return place;
    }
    // Bound by nothing here but an import: a constant of the module it names.
    const imported = this.imports && this.context.aliases.get(node.text);
    if (imported !== undefined && reaching.length === 0) return this.imports!.constant(imported, frame);
    // Bound by nothing here at all: a constant of a repository module imported with `*`.
    if (reaching.length === 0 && this.imports)
      for (const qualified of wildcardNames(this.context, node.text)) {
        const place = this.imports.constant(qualified, frame);
        if (place) return place;
      }
    const branches = reaching.length === 0 ? this.context.branchConstants.get(node.text) : undefined;
    return branches ? this.branchConstantPlace(node.text, branches, frame) : undefined;
  }

  /**
   * A module name the branches of a module-level `if` assign (`if SETUP == "DOCKER": base =
   * f"{os.getcwd()}/" elif …: base = os.path.expanduser("~/etl/")`): the place every value names,
   * when they agree; when each value is on the pod's own disk, that disk's directory named by
   * the module's name (`${module:base}`: the same for every task of a deployment, as an
   * environment variable is); else unknown.
   */
  private branchConstantPlace(name: string, values: readonly SyntaxNode[], frame: Frame): Place | undefined {
    const places = values.map((value) => this.constantPlace(value, frame));
    if (places.some((place) => !place)) return undefined;
    const patterns = new Set(places.map((place) => patternOf(normalizePieces(place!.pieces))));
    if (patterns.size === 1) return places[0];
    const local = places.every((place) => place!.temp ?? podLocalRoot(normalizePieces(place!.pieces)));
    if (!local) return undefined;
    const slash = [...patterns].every((pattern) => pattern.endsWith("/")) ? "/" : "";
    return {
      pieces: [{ text: `\${module:${name}}${slash}` }],
      temp: { reason: `every value the module gives \`${name}\` is on the pod's own disk` },
    };
  }

  /**
   * Whether code of an operator class's method runs for the declaration it is read for
   * (`Frame.instance.values`): "dead" in a branch its `if`s cannot take, "live" when every
   * branch around it within the frame's function is taken for sure, else "unknown"
   * (`operator-classes.ts`, `branchState`). Without known values: "unknown".
   */
  branch(node: SyntaxNode, frame: Frame, top: SyntaxNode = frame.fn): "dead" | "live" | "unknown" {
    const values = frame.instance?.values;
    const fn = frame.fn;
    if (!frame.instance && !frame.call && !frame.bound) return this.taskBranch(node, frame, top);
    if (
      !values?.size ||
      node.tree !== fn.tree ||
      node.startIndex < fn.startIndex ||
      node.endIndex > fn.endIndex
    )
      return "unknown";
    const self = this.selfName(fn);
    return branchState(node, top, (condition) =>
      decideCondition(condition, (expression) => {
        if (expression.type !== "attribute") return undefined;
        const object = expression.childForFieldName("object");
        if (object?.type !== "identifier" || object.text !== self) return undefined;
        return values.get(expression.childForFieldName("attribute")!.text);
      }),
    );
  }

  /**
   * `branch` in a task's own function run by an operator that passes literal arguments
   * (`op_kwargs={"dest_file": None}`): `if dest_file:` is decided — a parameter, or
   * `kwargs["dest_file"]` / `kwargs.get("dest_file")` (directly or through a name bound once to
   * one) when the operator's `op_kwargs` give it a literal.
   */
  private taskBranch(node: SyntaxNode, frame: Frame, top: SyntaxNode): "dead" | "live" | "unknown" {
    const fn = frame.fn;
    if (fn.id !== frame.task.fn?.id || !frame.task.keywords.has("op_kwargs") || node.tree !== fn.tree)
      return "unknown";
    const decide = (condition: SyntaxNode) =>
      decideCondition(condition, (expression) => this.taskArgumentValue(expression, frame, 0));
    // Most functions test nothing their arguments decide: asked once per task, not per call.
    const key = frame.task.declaration.id;
    let decides = this.taskDecides.get(key);
    if (decides === undefined) {
      const { nodes } = this.context;
      decides = ["if_statement", "elif_clause", "conditional_expression"].some((type) =>
        nodes.within(fn, type).some((node) => {
          const condition =
            type === "conditional_expression" ? node.namedChildren[1] : node.childForFieldName("condition");
          return condition ? decide(condition) !== undefined : false;
        }),
      );
      this.taskDecides.set(key, decides);
    }
    return decides ? branchState(node, top, decide) : "unknown";
  }

  private taskArgumentValue(expression: SyntaxNode, frame: Frame, depth: number): ArgValue | undefined {
    const node = unparenthesize(expression);
    if (depth > 2) return undefined;
    if (node.type === "identifier") {
      const reaching = this.reaching(node.text, node);
      const only = reaching.length === 1 ? reaching[0] : undefined;
      if (only?.kind === "parameter" && enclosingFunction(only.target)?.id === frame.fn.id)
        return literalValue(this.operatorArgument(frame, node.text));
      if (only?.kind === "assign" && only.index === undefined && only.value)
        return this.taskArgumentValue(only.value, frame, depth + 1);
      return undefined;
    }
    // `kwargs["k"]`, `kwargs.get("k")` of the function's `**` parameter.
    const kwargs = contextParameter(frame.fn);
    if (!kwargs) return undefined;
    let object: SyntaxNode | null = null;
    let key: string | undefined;
    if (node.type === "subscript") {
      object = node.childForFieldName("value");
      key = stringLiteral(node.childForFieldName("subscript"));
    } else if (node.type === "call") {
      const callee = node.childForFieldName("function");
      if (callee?.type !== "attribute" || callee.childForFieldName("attribute")?.text !== "get")
        return undefined;
      object = callee.childForFieldName("object");
      key = stringLiteral(callArguments(node).positional[0]);
    }
    if (object?.type !== "identifier" || object.text !== kwargs || key === undefined) return undefined;
    const bindings = this.reaching(kwargs, object);
    if (bindings.length !== 1 || bindings[0]!.kind !== "parameter") return undefined;
    const value = this.dictItems(frame.task.keywords.get("op_kwargs")).get(key);
    return literalValue(value);
  }

  /** A function's parameter names, remembered (helper code is read once per call). */
  private parameterNamesOf(fn: SyntaxNode): string[] {
    let names = this.parameters.get(fn.id);
    if (!names) {
      names = parameterNames(fn);
      this.parameters.set(fn.id, names);
    }
    return names;
  }

  /** The argument a call gives a parameter of `fn`: by keyword, or by its position. */
  private argumentFor(call: SyntaxNode, fn: SyntaxNode, name: string): SyntaxNode | undefined {
    const index = this.parameterNamesOf(fn).indexOf(name);
    return argumentAt(call, { keyword: name, ...(index >= 0 ? { index } : {}) }) ?? undefined;
  }

  /** The first parameter of a method (`self`). */
  private selfName(fn: SyntaxNode): string | undefined {
    return this.parameterNamesOf(fn)[0];
  }

  /** A module-level constant of this resolver's module, entered from another module's code. */
  moduleConstantPlace(value: SyntaxNode, frame: Frame): Place | undefined {
    return this.constantPlace(value, frame);
  }

  private isModuleConstant(name: string, binding: Binding): boolean {
    return binding.value !== undefined && this.context.constants.get(name)?.id === binding.value.id;
  }

  /** A module constant names the same place for every task: resolved once. */
  private constantPlace(value: SyntaxNode, frame: Frame): Place | undefined {
    if (this.constants.has(value.id)) return this.constants.get(value.id);
    const place = this.place(value, frame);
    this.constants.set(value.id, place);
    return place;
  }

  private bindingPlace(binding: Binding, frame: Frame): Place | undefined {
    switch (binding.kind) {
      case "assign": {
        if (!binding.value) return undefined;
        if (binding.index !== undefined) return this.unpackedPlace(binding.value, binding.index, frame);
        return this.place(binding.value, frame);
      }
      case "with": {
        if (!binding.value) return undefined;
        const place = this.place(binding.value, frame);
        // `with TemporaryDirectory() as d`: d is the directory's path.
        return place?.directoryObject ? this.stripObject(place) : place;
      }
      case "for": {
        if (frame.element && frame.element.target.id === binding.target.id) return frame.element.place;
        if (!binding.value) return undefined;
        const paired = this.pairedLoopValues(binding.value, binding.index);
        if (paired) return this.samePlace(paired, frame);
        if (binding.index === undefined) return this.elementPlace(binding.value, frame);
        // `for dirpath, _, files in os.walk(root)`: `dirpath` is the root (or a folder under it).
        const walked = this.walkedRoot(binding.value);
        if (walked) return binding.index === 0 ? this.place(walked, frame) : undefined;
        // `for i, name in enumerate(names)`: `name` is an element of `names`, `i` no place.
        const iterable = unparenthesize(binding.value);
        const enumerated =
          iterable.type === "call" && this.qualify(iterable.childForFieldName("function")) === "enumerate"
            ? callArguments(iterable).positional[0]
            : undefined;
        return enumerated && binding.index === 1 ? this.elementPlace(enumerated, frame) : undefined;
      }
      case "parameter":
        return this.parameterPlace(binding, frame);
      default:
        return undefined;
    }
  }

  /**
   * `for f in [train_cfg, repo_cfg]: open(f, "w")`: a path argument built from the variable of a
   * `for` over a list literal (or a name bound once to one) whose elements name different places
   * is read once per element (`Frame.element`). Elements that name one place, or one the
   * analysis cannot name, keep the one frame (the loop variable's place as ever).
   */
  private literalLoopFrames(argument: SyntaxNode, frame: Frame): Frame[] {
    const node = unparenthesize(argument);
    const names = node.type === "identifier" ? [node] : node.descendantsOfType("identifier");
    // `put_query = f"PUT file://{directory}/{table}.csv …"`, then `cur.execute(put_query)`: the
    // names of the one value a name of the argument is bound to count too.
    for (const name of [...names]) {
      const value = this.onlyAssignedValue(name);
      if (value) names.push(...value.descendantsOfType("identifier"));
    }
    for (const name of names) {
      const reaching = this.reaching(name.text, name);
      const binding = reaching.length === 1 ? reaching[0]! : undefined;
      if (binding?.kind !== "for" || !binding.value) continue;
      if (frame.element?.target.id === binding.target.id) continue;
      const looped = this.loopElements(binding, frame);
      if (!looped) continue;
      const { elements, frame: listFrame } = looped;
      if (elements.length < 2 || elements.length > 16 || elements.some((e) => e.type === "list_splat"))
        continue;
      const places = elements.map((element) => this.place(element, listFrame));
      if (places.some((p) => !p)) continue;
      const patterns = new Set(places.map((p) => patternOf(normalizePieces(p!.pieces))));
      if (patterns.size < 2) continue;
      return elements.map((element, index) => ({
        ...frame,
        element: { target: binding.target, place: places[index]!, key: `${element.id}` },
      }));
    }
    return [frame];
  }

  /** The one binding that reaches this use of a name, if only one does. */
  private onlyBinding(identifier: SyntaxNode): Binding | undefined {
    const reaching = this.reaching(identifier.text, identifier);
    return reaching.length === 1 ? reaching[0] : undefined;
  }

  /** The value of `name = value` when that plain assignment is the one binding reaching the use. */
  private onlyAssignedValue(identifier: SyntaxNode): SyntaxNode | undefined {
    return onlyAssignedValue(this.reaching(identifier.text, identifier));
  }

  /**
   * The expressions a `for` variable takes, with the frame they are read in: the elements of a
   * list literal (or of the one a name is bound to, or the list the function is given:
   * `passedList`), or the paired values of `pairedLoopValues`. Undefined for anything else.
   */
  private loopElements(binding: Binding, frame: Frame): { elements: SyntaxNode[]; frame: Frame } | undefined {
    const paired = this.pairedLoopValues(binding.value!, binding.index);
    if (paired) return { elements: paired, frame };
    if (binding.index !== undefined) return undefined;
    let list = unparenthesize(binding.value!);
    let listFrame = frame;
    if (list.type === "identifier") {
      const only = this.onlyBinding(list);
      const passed = only?.kind === "parameter" ? this.passedList(only, frame) : undefined;
      const value = passed ? undefined : this.onlyAssignedValue(list);
      if (passed) ({ list, frame: listFrame } = passed);
      else if (!value) return undefined;
      else list = unparenthesize(value);
    }
    if (list.type !== "list" && list.type !== "tuple") return undefined;
    return { elements: list.namedChildren.filter((e) => e.type !== "comment"), frame: listFrame };
  }

  /**
   * What a `for` variable takes from a literal of pairs: `for name, path in files.items()` (the
   * dict literal's values; its keys for `name`), `for path in files.values()`, `for name, path in
   * [("a", p1), ("b", p2)]` (element `index` of each tuple). The literal may be bound once to a
   * name. Undefined for anything else, or an element that is not such a literal.
   */
  private pairedLoopValues(iterable: SyntaxNode, index: number | undefined): SyntaxNode[] | undefined {
    const node = unparenthesize(iterable);
    const literal = (expression: SyntaxNode): SyntaxNode => {
      const inner = unparenthesize(expression);
      const value = inner.type === "identifier" ? this.onlyAssignedValue(inner) : undefined;
      return value ? unparenthesize(value) : inner;
    };
    if (node.type === "call") {
      const callee = node.childForFieldName("function");
      const method = callee?.type === "attribute" ? callee.childForFieldName("attribute")!.text : undefined;
      if ((method !== "items" && method !== "values") || callArguments(node).positional.length > 0)
        return undefined;
      if ((method === "items") === (index === undefined) || (index !== undefined && index > 1))
        return undefined;
      const dict = literal(callee!.childForFieldName("object")!);
      if (dict.type !== "dictionary") return undefined;
      const pairs = dict.namedChildren.filter((c) => c.type !== "comment");
      if (pairs.some((pair) => pair.type !== "pair")) return undefined;
      const field = method === "items" && index === 0 ? "key" : "value";
      return pairs.map((pair) => pair.childForFieldName(field)!);
    }
    if (index === undefined) return undefined;
    const list = literal(node);
    if (list.type !== "list" && list.type !== "tuple") return undefined;
    const values: SyntaxNode[] = [];
    for (const element of list.namedChildren) {
      if (element.type === "comment") continue;
      if (element.type !== "tuple" && element.type !== "list") return undefined;
      const value = element.namedChildren.filter((c) => c.type !== "comment")[index];
      if (!value || value.type === "list_splat") return undefined;
      values.push(value);
    }
    return values;
  }

  /** `a, b = value`: element `index` of the value. */
  private unpackedPlace(value: SyntaxNode, index: number, frame: Frame): Place | undefined {
    const node = unparenthesize(value);
    if (node.type === "tuple" || node.type === "list" || node.type === "expression_list") {
      const element = node.namedChildren[index];
      return element ? this.place(element, frame) : undefined;
    }
    if (node.type === "call") {
      const callee = node.childForFieldName("function")!;
      const name = this.qualify(callee);
      // `fd, path = tempfile.mkstemp()`
      if (name && TEMPFILE_APIS.get(name) === "fresh-file" && index === 1)
        return this.tempPlace(node, "fresh-file", frame);
      // `x_path, y_path = preprocess(bucket)`: element `index` of the tuple the function returns.
      if (callee.type === "identifier" && !this.isImportedName(callee)) {
        const fn = this.context.functions.get(callee.text);
        const inner = fn ? LocationResolver.helperFrame(fn, node, frame) : undefined;
        return inner ? this.returnedPlace(fn!, inner, index) : undefined;
      }
      if (name !== undefined && this.imports && this.isImportedName(callee))
        return this.imports.returned(name, node, frame, index);
      // `path, info = Backup().create(ts)`: element `index` of what the method returns.
      if (callee.type === "attribute") {
        const own = ownMethod(callee, frame.fn);
        const inner = own ? this.methodFrame(own, node, frame) : undefined;
        if (own) return inner ? this.returnedPlace(own, inner, index) : undefined;
        if (!this.receiver(callee.childForFieldName("object")!, frame))
          return this.imports?.methodReturned(node, frame, index);
      }
    }
    return undefined;
  }

  /** The iterable of the comprehension clause `for NAME in iterable` that binds this use of NAME. */
  private comprehensionIterable(node: SyntaxNode): SyntaxNode | undefined {
    for (let current = node.parent; current; current = current.parent) {
      if (SCOPE_BOUNDARIES.has(current.type)) return undefined;
      if (!COMPREHENSIONS.has(current.type)) continue;
      for (const clause of current.namedChildren) {
        if (clause.type !== "for_in_clause") continue;
        const left = clause.childForFieldName("left");
        if (left?.type === "identifier" && left.text === node.text && left.id !== node.id)
          return clause.childForFieldName("right") ?? undefined;
      }
    }
    return undefined;
  }

  /** The folder `os.walk(folder)` walks, when `value` is that call. */
  private walkedRoot(value: SyntaxNode): SyntaxNode | undefined {
    const node = unparenthesize(value);
    if (node.type !== "call" || this.qualify(node.childForFieldName("function")) !== "os.walk")
      return undefined;
    return argumentAt(node, { index: 0, keyword: "top" });
  }

  /** `for x in value`: an element of a listing is a path under the listed directory. */
  private elementPlace(value: SyntaxNode, frame: Frame, depth = 0): Place | undefined {
    const node = unparenthesize(value);
    if (node.type === "list" || node.type === "tuple") return this.sameElementPlace(node, frame);
    if (node.type === "identifier") {
      const member = this.extractedMember(node, frame);
      if (member || depth > 0) return member;
      // `def load(tables): for table in tables`, run with `op_args=[["display"]]`.
      const reaching = this.reaching(node.text, node);
      const passed =
        reaching.length === 1 && reaching[0]!.kind === "parameter"
          ? this.passedList(reaching[0]!, frame)
          : undefined;
      if (passed) return this.sameElementPlace(passed.list, passed.frame);
      // `paths = [paths]` then `for path in paths`: an element of a list literal the name is bound to
      // (the first binding that tells, as for a name's place).
      for (const binding of reaching) {
        // `for dirpath, dirnames, filenames in os.walk(root)`: the names are bare, as `os.listdir`'s.
        if (binding.kind === "for" && binding.value && binding.index !== 0 && this.walkedRoot(binding.value))
          return { pieces: [ANY] };
        if (binding.kind !== "assign" || !binding.value || binding.index !== undefined) continue;
        const bound = unparenthesize(binding.value);
        // `files = []`, then `files.append(name)` in a loop: the one place every appended value names.
        if (bound.type === "list" && bound.namedChildCount === 0) {
          const appended = reaching.length === 1 ? appendedValues(binding) : undefined;
          const place = appended?.length ? this.samePlace(appended, frame) : undefined;
          if (place) return place;
          continue;
        }
        // `files = os.listdir(d)`, or a filter of it (`[f for f in os.listdir(d) if …]`).
        const filtered = bound.type === "list_comprehension" ? filteredIterable(bound) : undefined;
        if (bound.type === "call" || filtered) {
          const listed = this.elementPlace(filtered ?? bound, frame, depth + 1);
          if (listed) return listed;
          continue;
        }
        if (bound.type !== "list" && bound.type !== "tuple") continue;
        const place = this.elementPlace(bound, frame, depth + 1);
        if (place) return place;
      }
      return undefined;
    }
    if (node.type !== "call") return undefined;
    const callee = node.childForFieldName("function");
    const name = this.qualify(callee);
    const { positional } = callArguments(node);
    // `sorted(os.listdir(d))`, `list(files)`: the same elements.
    if (name !== undefined && SAME_ELEMENTS.has(name) && positional.length === 1)
      return this.elementPlace(positional[0]!, frame, depth);
    if (name === "glob.glob" || name === "glob.iglob")
      return positional[0] ? this.globPlace(positional[0], frame) : undefined;
    // `os.listdir(d)` yields bare names: only joined with the directory do they name a place.
    if (name === "os.listdir") return { pieces: [ANY] };
    const listed = this.listedKey(node, frame);
    if (listed) return listed;
    // `for f in files_in(loc)`: the elements of what a helper of this file or the repository returns.
    if (callee?.type === "identifier") {
      if (name !== undefined && this.isImportedName(callee))
        return mayBeRepositoryName(name) ? this.imports?.returnedElement?.(name, node, frame) : undefined;
      const fn = this.context.functions.get(callee.text);
      const inner = fn ? LocationResolver.helperFrame(fn, node, frame) : undefined;
      return inner ? this.returnedElement(fn!, inner) : undefined;
    }
    if (callee?.type === "attribute") {
      const method = callee.childForFieldName("attribute")?.text;
      const object = callee.childForFieldName("object")!;
      if (method === "iterdir" || method === "glob" || method === "rglob") {
        const base = this.place(object, frame);
        if (!base?.pathObject) return undefined;
        const pattern =
          method === "iterdir" ? [ANY] : positional[0] ? this.globPieces(positional[0], frame) : [ANY];
        const joined = joinPlaces([base, { pieces: pattern }]);
        return joined ? { ...joined, pathObject: true } : undefined;
      }
    }
    return undefined;
  }

  /**
   * A key an object-store listing yields (`hook.list_keys(bucket, prefix="raw/")`): any key
   * under its prefix (`raw/*`), to be read in the listing's bucket by what reads it. Undefined
   * for a call that is no listing, or one without a prefix we can name.
   */
  private listedKey(call: SyntaxNode, frame: Frame): Place | undefined {
    const callee = call.childForFieldName("function");
    const method = callee?.type === "attribute" ? callee.childForFieldName("attribute")?.text : undefined;
    const slot = method === undefined ? undefined : LISTED_PREFIX.get(method);
    const argument = slot && argumentAt(call, slot);
    const prefix = argument && this.place(argument, frame);
    if (!prefix || !prefix.pieces.some((piece) => "text" in piece && piece.text !== "")) return undefined;
    return { pieces: normalizePieces([...prefix.pieces, ANY]) };
  }

  /**
   * An extraction's files under its directory (`effect.under`): one place per literal member
   * name (`targets=["a.xlsx"]`), else one member name of the list variable it was given
   * (`targets=names`, as `for n in names` reads it again), else the extraction's own names.
   */
  private membersUnder(directory: Place, call: SyntaxNode, effect: StorageEffect): Place | undefined {
    const members = effect.members ? argumentAt(call, effect.members) : undefined;
    const inner = members ? unparenthesize(members) : undefined;
    if (inner && (inner.type === "list" || inner.type === "tuple") && inner.namedChildren.length === 1) {
      const name = stringLiteral(inner.namedChildren[0]!);
      if (name !== undefined && !name.includes("/") && name !== "")
        return joinPlaces([directory, { pieces: [{ text: name }] }]);
    }
    const named = inner?.type === "identifier" ? this.memberListPiece(inner) : undefined;
    const position = call.startPosition;
    return joinPlaces([directory, { pieces: [named ?? memberPiece(position.row + 1, position.column + 1)] }]);
  }

  /** The member name standing for each element of a list variable (its one assignment's position). */
  private memberListPiece(list: SyntaxNode): Piece | undefined {
    const bindings = this.reaching(list.text, list);
    const binding = bindings[0];
    if (bindings.length !== 1 || binding?.kind !== "assign" || binding.index !== undefined) return undefined;
    const position = binding.target.startPosition;
    return memberPiece(position.row + 1, position.column + 1);
  }

  /**
   * `for n in names` where `names` is the list an archive's extraction was given as its members
   * in the same function (`archive.extract(path=d, targets=names)`): `n` is one of the extracted
   * names.
   */
  private extractedMember(list: SyntaxNode, frame: Frame): Place | undefined {
    const bindings = this.reaching(list.text, list);
    const binding = bindings[0];
    const scope = binding ? enclosingFunction(binding.target) : undefined;
    if (bindings.length !== 1 || !scope) return undefined;
    for (const { call, method, argument } of this.memberArgumentsIn(scope)) {
      if (argument.id === list.id || !argument.hasText(list.text)) continue;
      if (this.reaching(argument.text, argument)[0]?.target.id !== binding!.target.id) continue;
      const receiver = this.receiver(call.childForFieldName("function")!.childForFieldName("object")!, frame);
      const api = receiver ? RECEIVER_METHODS[receiver.kind]?.[method] : undefined;
      if (
        !api?.effects.some((effect) => effect.members && argumentAt(call, effect.members)?.id === argument.id)
      )
        continue;
      const piece = this.memberListPiece(list);
      return piece ? { pieces: [piece] } : undefined;
    }
    return undefined;
  }

  /**
   * The names a function passes as an extraction's members (`….extract(path=d, targets=names)`,
   * a method some receiver's catalog row gives `members`), found once per function.
   */
  private memberArgumentsIn(scope: SyntaxNode): { call: SyntaxNode; method: string; argument: SyntaxNode }[] {
    let found = this.memberArguments.get(scope.id);
    if (found) return found;
    found = [];
    for (const call of this.context.nodes.within(scope, "call")) {
      const callee = call.childForFieldName("function");
      const method = callee?.type === "attribute" ? callee.childForFieldName("attribute")?.text : undefined;
      const slots = method !== undefined ? MEMBER_SLOTS.get(method) : undefined;
      if (!slots) continue;
      for (const slot of slots) {
        const argument = argumentAt(call, slot);
        if (argument?.type === "identifier") found.push({ call, method: method!, argument });
      }
    }
    this.memberArguments.set(scope.id, found);
    return found;
  }

  /**
   * The place every element of a list or tuple literal names (`[path]`, `(a, a)`); undefined when
   * one names none, a `*` spread is there, or they differ (a loop over different places is not
   * one place).
   */
  private sameElementPlace(node: SyntaxNode, frame: Frame): Place | undefined {
    return this.samePlace(node.namedChildren, frame);
  }

  /** The one place all these expressions name; undefined when they differ or one is unknown. */
  private samePlace(elements: readonly SyntaxNode[], frame: Frame): Place | undefined {
    let found: Place | undefined;
    let text: string | undefined;
    for (const element of elements) {
      if (element.type === "comment") continue;
      if (element.type === "list_splat") return undefined;
      const place = this.place(element, frame);
      if (!place) return undefined;
      const key = JSON.stringify(place);
      if (text !== undefined && key !== text) return undefined;
      found = place;
      text = key;
    }
    return found;
  }

  private globPieces(expression: SyntaxNode, frame: Frame): Piece[] {
    return this.globPlace(expression, frame)?.pieces ?? [ANY];
  }

  /**
   * A parameter: in a helper, the argument of the call that entered it; in a task function,
   * what the producing task handed off; otherwise its default value.
   */
  private parameterPlace(binding: Binding, frame: Frame): Place | undefined {
    const owner = enclosingFunction(binding.target);
    const factory = LocationResolver.factoryOf(frame);
    // A TaskFlow call's argument that is another task's XCom is read as that task's output below.
    const xcom =
      factory?.taskCall === true && this.handoffs.inputsOf(frame.task, binding.target.text).length > 0;
    if (factory && !xcom && owner?.id === factory.fn.id && owner.tree === factory.fn.tree) {
      const argument = this.argumentFor(factory.call, factory.fn, binding.target.text);
      if (argument) return this.place(argument, factory.at);
      return binding.value ? this.place(binding.value, factory.at) : undefined;
    }
    if (!owner || owner.id !== frame.fn.id)
      return binding.value ? this.place(binding.value, frame) : undefined;
    const name = binding.target.text;
    if (frame.bound) {
      if (frame.bound.places.has(name)) return frame.bound.places.get(name);
      return binding.value ? this.place(binding.value, frame) : undefined;
    }
    if (frame.call && frame.caller) {
      const argument = this.argumentFor(frame.call, frame.fn, name);
      if (argument) return this.place(argument, frame.caller);
      return binding.value ? this.place(binding.value, frame) : undefined;
    }
    for (const input of this.handoffs.inputsOf(frame.task, name)) {
      const place = this.handedOffPlace(input.producer, input.key, input.item, frame);
      if (place) return place;
    }
    const passedArguments = this.handoffs.argumentsOf?.(frame.task, name) ?? [];
    if (passedArguments.length) {
      // One place for every call (`extract(path=RAW)`); calls that disagree, or the elements of
      // an expanded list, are not one place.
      const [first] = passedArguments;
      const one =
        !passedArguments.some((a) => a.element) &&
        passedArguments.every((a) => a.node.text === first!.node.text);
      return one ? this.place(first!.node, frame) : undefined;
    }
    const passed = this.operatorArgument(frame, name);
    if (passed) return this.place(passed, frame);
    return binding.value ? this.place(binding.value, frame) : undefined;
  }

  /**
   * The list literal passed to a parameter of the function `frame` runs, with the frame its
   * elements are read in: a helper's argument (read in the caller), or what the operator running
   * a task's function passes (`op_args=[["display", "ads"]]`). Undefined for anything else.
   */
  private passedList(parameter: Binding, frame: Frame): { list: SyntaxNode; frame: Frame } | undefined {
    if (enclosingFunction(parameter.target)?.id !== frame.fn.id || frame.bound) return undefined;
    const name = parameter.target.text;
    const [argument, argumentFrame] =
      frame.call && frame.caller
        ? [this.argumentFor(frame.call, frame.fn, name), frame.caller]
        : [LocationResolver.factoryOf(frame) ? undefined : this.operatorArgument(frame, name), frame];
    const list = argument ? unparenthesize(argument) : undefined;
    return list?.type === "list" || list?.type === "tuple" ? { list, frame: argumentFrame } : undefined;
  }

  /** What the operator running a task's function passes a parameter: `op_kwargs={…}`, `op_args=[…]`. */
  private operatorArgument(frame: Frame, name: string): SyntaxNode | undefined {
    const { keywords } = frame.task;
    const kwargs = keywords.get("op_kwargs");
    if (kwargs) {
      const value = this.dictItems(kwargs).get(name);
      if (value) return value;
    }
    const args = keywords.get("op_args");
    const list = args ? unparenthesize(args) : undefined;
    if (list?.type !== "list" && list?.type !== "tuple") return undefined;
    const index = this.parameterNamesOf(frame.fn).indexOf(name);
    const element = index >= 0 ? list.namedChildren[index] : undefined;
    return element && element.type !== "list_splat" ? element : undefined;
  }

  /** What a producing task handed off under a key, as a place (an item of it with `item`). */
  private handedOffPlace(
    producer: PythonTask,
    key: string | undefined,
    item: string | undefined,
    consumer: Frame,
  ): Place | undefined {
    const own = LocationResolver.taskFrame(producer);
    // Declared in the same `for` over a literal list as the consumer: the same element's value.
    const element = consumer.element;
    const loop = element ? forStatementOf(element.target) : undefined;
    const sameLoop = element && own && loop && encloses(loop, producer.declaration);
    const frame = own && sameLoop ? { ...own, element } : own;
    if (!frame) {
      if ((!producer.imported && !producer.boundMethod) || item !== undefined) return undefined;
      const pushed = key ?? "return_value";
      return pushed === "return_value"
        ? this.handoffs.importedReturn?.(producer)
        : this.handoffs.importedPushed?.(producer, pushed);
    }
    for (const value of this.handoffs.handedOff(producer, key ?? "return_value")) {
      const node = item !== undefined ? this.itemOf(value, item, frame) : value;
      const place = node ? this.place(node, frame) : undefined;
      if (place) return place;
    }
    const helped =
      item === undefined ? this.handoffs.helperPushed?.(producer, key ?? "return_value", frame) : undefined;
    if (helped) return helped;
    const written = item === undefined ? this.handoffs.conventionalOutput?.(producer) : undefined;
    if (written) return this.place(written, frame);
    // `meta["raw"]` of a task with multiple outputs: the value pushed under "raw".
    if (key === undefined && item !== undefined && producer.fact.multipleOutputs)
      return this.handedOffPlace(producer, item, undefined, consumer);
    return undefined;
  }

  /** `{"raw": raw, …}["raw"]`: the dict literal's value for a key, following variables. */
  private itemOf(value: SyntaxNode, item: string, frame: Frame, depth = 0): SyntaxNode | undefined {
    const node = unparenthesize(value);
    if (node.type === "dictionary") {
      for (const pair of node.namedChildren) {
        if (pair.type === "pair" && stringLiteral(pair.childForFieldName("key")) === item)
          return pair.childForFieldName("value") ?? undefined;
      }
      return undefined;
    }
    if (node.type === "call" && this.qualify(node.childForFieldName("function")) === "dict")
      return callArguments(node).keywords.get(item);
    if (node.type === "identifier" && depth < 8) {
      const binding = this.reaching(node.text, node).find((b) => b.kind === "assign" && b.value);
      return binding?.value ? this.itemOf(binding.value, item, frame, depth + 1) : undefined;
    }
    return undefined;
  }

  private binaryPlace(node: SyntaxNode, frame: Frame): Place | undefined {
    const operator = node.childForFieldName("operator")?.text;
    const left = node.childForFieldName("left")!;
    const right = node.childForFieldName("right")!;
    if (operator === "+") {
      const leftPlace = this.place(left, frame);
      if (leftPlace?.handle) return undefined;
      if (leftPlace) return concatPlaces(leftPlace, this.partOrHole(right, frame));
      // `data_dir + "/airports"`: text joined to a string is a string, its unknown part a hole
      // (as an f-string's field would be).
      if (unparenthesize(right).type !== "string") return undefined;
      const rightPlace = this.place(right, frame);
      return rightPlace ? concatPlaces(unknownPlace(), rightPlace) : undefined;
    }
    if (operator === "/") {
      const leftPlace = this.place(left, frame);
      if (!leftPlace?.pathObject) return undefined;
      const joined = joinPlaces([leftPlace, this.partOrHole(right, frame)]);
      return joined ? { ...joined, pathObject: true } : undefined;
    }
    if (operator === "%") {
      const template = stringLiteral(left);
      if (template === undefined) return undefined;
      const operand = unparenthesize(right);
      const values = operand.type === "tuple" ? operand.namedChildren : [operand];
      return this.formatPlace(template.split(/%[sdr]/), values, frame);
    }
    return undefined;
  }

  /** `os.environ.get("X") or "/tmp"`: the fallback after `or`. */
  private orPlace(node: SyntaxNode, frame: Frame): Place | undefined {
    if (node.childForFieldName("operator")?.text !== "or") return undefined;
    const left = unparenthesize(node.childForFieldName("left")!);
    const right = node.childForFieldName("right")!;
    const env = this.envRead(left);
    if (env) return this.envPlace(env.variable, right, left, frame);
    return this.place(left, frame) ?? this.place(right, frame);
  }

  private formatPlace(
    literals: readonly string[],
    values: readonly SyntaxNode[],
    frame: Frame,
  ): Place | undefined {
    const pieces: Piece[] = [];
    let root: Place | undefined;
    literals.forEach((literal, index) => {
      pieces.push(...literalPieces(literal));
      if (index < literals.length - 1) {
        const value = values[index];
        const place = value ? this.partOrHole(value, frame) : unknownPlace();
        if (index === 0 && literal === "") root = place;
        pieces.push(...place.pieces);
      }
    });
    return { ...(root ? rootFlags(root) : {}), pieces: normalizePieces(pieces) };
  }

  /** `os.environ.get("X")`, `os.getenv("X", d)`, `os.environ["X"]` → the variable and default. */
  private envRead(node: SyntaxNode): { variable: string; fallback?: SyntaxNode; path?: true } | undefined {
    if (node.type === "subscript") {
      const mapping = this.qualify(node.childForFieldName("value"));
      const variable = stringLiteral(node.childForFieldName("subscript"));
      return mapping && ENV_MAPPINGS.has(mapping) && variable !== undefined ? { variable } : undefined;
    }
    if (node.type !== "call") return undefined;
    const read = envGet(node, this.context);
    if (read === undefined) return undefined;
    const { positional, keywords } = callArguments(node);
    const variable = stringLiteral(positional[0] ?? keywords.get("key"));
    if (variable === undefined) return undefined;
    const fallback = positional[1] ?? keywords.get("default");
    return { variable, ...(fallback ? { fallback } : {}), ...(read.path ? { path: true } : {}) };
  }

  private envPlace(
    variable: string,
    fallback: SyntaxNode | undefined,
    read: SyntaxNode,
    frame: Frame,
  ): Place {
    const pieces: Piece[] = [{ text: `\${${variable}}` }];
    if (TEMP_ENV_VARIABLES.has(variable))
      return { pieces, temp: { reason: `\`${variable}\` names the pod's own temporary directory` } };
    const temp = this.tempFallback(pieces, variable, requiredEnvRead(variable), fallback, read, frame);
    if (temp) return temp;
    if (this.settings.stagingVariables.includes(variable)) return { pieces, staging: { variable } };
    // Set by the deployment's Compose file to a path (`PROC_DIR=/data/processed/{{ ds }}`): that
    // path. Anything else (a name, a number, a connection string) stays the token.
    const value = this.imports?.environment?.(variable);
    if (value !== undefined && isSettingPath(value)) return { pieces: normalizePieces(literalPieces(value)) };
    return { pieces };
  }

  /**
   * A setting read with a fallback on the pod's own disk (`os.getenv("DIR", "/tmp")`,
   * `Variable.get("DIR", default_var="/tmp/data")`): the place is pod-local whenever the setting
   * is unset. Undefined when the fallback is not pod-local.
   */
  private tempFallback(
    pieces: Piece[],
    variable: string,
    required: string,
    fallback: SyntaxNode | undefined,
    read: SyntaxNode,
    frame: Frame,
  ): Place | undefined {
    const fallbackPlace = fallback ? this.place(fallback, frame) : undefined;
    const fallbackLocation = fallbackPlace
      ? toLocation(fallbackPlace, shortText(fallback!), this.settings)
      : undefined;
    if (!fallbackLocation?.temp) return undefined;
    const shown = fallbackLocation.pattern.startsWith("{fresh")
      ? shortText(fallback!)
      : fallbackLocation.pattern;
    return {
      pieces,
      temp: { reason: `\`${variable}\` falls back to \`${shown}\` (the pod's own disk) when unset` },
      stagingFallback: {
        variable,
        fallback: shown,
        required,
        span: spanOf(read),
        ...(this.file ? { file: this.file } : {}),
      },
    };
  }

  private callPlace(node: SyntaxNode, frame: Frame): Place | undefined {
    const callee = node.childForFieldName("function")!;
    const { positional, keywords } = callArguments(node);
    const env = this.envRead(node);
    if (env) {
      const place = this.envPlace(env.variable, env.fallback, node, frame);
      return env.path ? { ...place, pathObject: true } : place;
    }

    // `kwargs.get("path")`, `templates_dict.get("out_key", None)`: the item, as `kwargs["path"]`.
    const access = itemAccess(node);
    const item = access && this.itemPlace(access.object, access.item, frame);
    if (item) return item;

    const name = this.qualify(callee);
    if (name) {
      if (PATH_JOIN_FUNCTIONS.has(name)) return joinPlaces(positional.map((p) => this.partOrHole(p, frame)));
      const pathObject = WORKING_DIRECTORY_FUNCTIONS.get(name);
      if (pathObject !== undefined)
        return {
          pieces: [HOLE],
          temp: {
            reason: `\`${name.replace(/^pathlib\./, "")}()\` is the worker's working directory, on the pod's own disk`,
          },
          ...(pathObject ? { pathObject: true as const } : {}),
        };
      if (PATH_IDENTITY_FUNCTIONS.has(name))
        return positional[0] ? this.stripObject(this.place(positional[0], frame)) : undefined;
      if (PATH_DIRNAME_FUNCTIONS.has(name)) {
        const inner = positional[0] ? this.place(positional[0], frame) : undefined;
        return inner ? dirnamePlace(inner) : undefined;
      }
      if (PATH_BASENAME_FUNCTIONS.has(name)) {
        const inner = positional[0] ? this.place(positional[0], frame) : undefined;
        return inner ? basenamePlace(inner) : undefined;
      }
      const tempKind = TEMPFILE_APIS.get(name);
      if (tempKind && tempKind !== "fresh-file") return this.tempPlace(node, tempKind, frame);
      if (AIRFLOW_VARIABLE_GETTERS.has(name)) {
        const variable = stringLiteral(positional[0] ?? keywords.get("key"));
        if (variable === undefined) return undefined;
        const pieces: Piece[] = [{ text: `\${var.${variable}}` }];
        // `default_var=` (Airflow 2), `default=` (the Task SDK): used when the Variable is unset.
        const fallback = keywords.get("default_var") ?? keywords.get("default") ?? positional[1];
        const required = `Variable.get(${JSON.stringify(variable)})`;
        return this.tempFallback(pieces, `var.${variable}`, required, fallback, node, frame) ?? { pieces };
      }
      const constructor = RECEIVER_CONSTRUCTORS.get(name);
      if (constructor?.kind === "path") {
        if (positional.length === 0) return undefined;
        const joined = joinPlaces(positional.map((p) => this.partOrHole(p, frame)));
        const remote = constructor.connection !== undefined && keywords.has(constructor.connection);
        return joined ? { ...joined, pathObject: true, ...(remote ? { remoteStore: true } : {}) } : undefined;
      }
      const api = STORAGE_FUNCTIONS.get(name);
      if (api?.opener) {
        const path = argumentAt(node, api.effects[0]?.path);
        const inner = path ? this.place(path, frame) : undefined;
        return inner ? { ...inner, handle: true } : undefined;
      }
      if (name === "dict") return undefined;
    }

    if (xcomPullArguments(node)) return this.pulledPlace(node, frame);

    if (callee.type === "attribute") {
      // `self.destination_name()`: what a method of the same class returns, `self` still the instance.
      const own = ownMethod(callee, frame.fn);
      if (own) {
        const inner = this.methodFrame(own, node, frame);
        return inner ? this.returnedPlace(own, inner) : undefined;
      }
      const method = callee.childForFieldName("attribute")!.text;
      const object = callee.childForFieldName("object")!;
      if (method === "format") {
        const template = stringLiteral(object) ?? this.constantText(object);
        if (template === undefined) return undefined;
        return this.formatTemplatePlace(template, positional, keywords, frame);
      }
      const base = this.place(object, frame);
      if (base?.pathObject) {
        if (method === "joinpath") {
          const joined = joinPlaces([base, ...positional.map((p) => this.partOrHole(p, frame))]);
          return joined ? { ...joined, pathObject: true } : undefined;
        }
        if (PATH_SAME_PLACE_METHODS.has(method)) return base;
        if (method === "open") return { ...this.stripObject(base)!, handle: true };
        // `p.with_suffix(".xml")`: the same folder and stem, another suffix.
        // `Path(__file__).with_name("daily.csv")`: the same folder, another name.
        if (method === "with_name" && positional.length === 1) {
          const folder = parentPlace(base, 1);
          const joined = folder && joinPlaces([folder, this.partOrHole(positional[0]!, frame)]);
          return joined ? { ...joined, pathObject: true } : undefined;
        }
        if (method === "with_suffix" && positional.length === 1) {
          const suffix = stringLiteral(positional[0]);
          return suffix !== undefined ? withSuffix(base, suffix) : undefined;
        }
      }
      // `src_file.replace(".csv", ".parquet")` of a path string: literal text for literal text.
      if (
        method === "replace" &&
        base &&
        !base.pathObject &&
        positional.length === 2 &&
        keywords.size === 0
      ) {
        const old = stringLiteral(positional[0]);
        const replacement = stringLiteral(positional[1]);
        // `s3_path.replace(f"s3://{bucket}/", "")`: the key, the URL's head taken off.
        if (old === undefined && replacement === "") {
          const head = this.place(positional[0]!, frame);
          return head ? withoutHead(base, head) : undefined;
        }
        return old !== undefined && replacement !== undefined
          ? replacedText(base, old, replacement)
          : undefined;
      }
      const receiver = this.receiver(object, frame);
      // `hook.download_file(…)` returns the path of the file it wrote.
      if (receiver && RESULT_METHOD_NAMES.has(method)) {
        const effect = RECEIVER_METHODS[receiver.kind][method]?.effects.find((e) => e.result);
        if (effect) return this.effectPlaces(node, effect, frame, receiver, undefined)[0]?.place;
      }
      if (receiver?.kind === "filesystem" && method === "open") {
        const path = positional[0] ?? keywords.get("path");
        const inner = path ? this.placeWithScheme(path, frame, receiver.scheme) : undefined;
        return inner ? { ...inner, handle: true } : undefined;
      }
      // `collection.datafile("csv")` of an instance of a repository class: what the method returns.
      if (!receiver) return this.imports?.methodReturned(node, frame);
      return undefined;
    }

    // A helper function defined in this file: what it returns.
    if (callee.type === "identifier") {
      const fn = this.context.functions.get(callee.text);
      if (fn && !this.isImportedName(callee)) return this.helperReturnPlace(fn, node, frame);
    }
    // A function imported from a repository module: what it returns, read in that module.
    if (
      (callee.type === "identifier" || callee.type === "attribute") &&
      this.imports &&
      this.isImportedName(callee)
    ) {
      const qualified = this.context.qualify(callee);
      if (qualified !== undefined) return this.imports.returned(qualified, node, frame);
    }
    return undefined;
  }

  /**
   * The places a handed-on value refers to (`HandoffFact.locations`): its own place; else, the
   * places inside a dict, list, tuple or comprehension it builds, a name bound once to one (a list
   * the function fills with `append` included), or — for a call of a helper of this file or a
   * function of a repository module — the same shapes in what that function returns
   * (`{**event, "payload": out_keys}`, each key written by another helper). Places found in
   * another module stand for the call of this file that reached them.
   */
  handedPlaces(expression: SyntaxNode, frame: Frame, depth = 0, found: HandedPlace[] = []): HandedPlace[] {
    const node = unparenthesize(expression);
    const own = this.place(node, frame);
    if (own) {
      found.push({ place: own, node, frame });
      return found;
    }
    if (depth >= MAX_HANDED_DEPTH) return found;
    switch (node.type) {
      case "dictionary":
        for (const pair of node.namedChildren)
          if (pair.type === "pair")
            this.handedPlaces(pair.childForFieldName("value")!, frame, depth + 1, found);
        break;
      case "list":
      case "tuple":
      case "expression_list":
        // `expression_list`: `return tmp_file, ts`, a tuple without its parentheses.
        for (const element of node.namedChildren)
          if (element.type !== "comment" && element.type !== "list_splat")
            this.handedPlaces(element, frame, depth + 1, found);
        for (const appended of this.appendedToItem(node, frame.fn))
          this.handedPlaces(appended, frame, depth + 1, found);
        break;
      case "list_comprehension": {
        const body = node.childForFieldName("body");
        if (body) this.handedPlaces(body, frame, depth + 1, found);
        break;
      }
      case "identifier": {
        const reaching = this.reaching(node.text, node);
        const only = reaching.length === 1 ? reaching[0] : undefined;
        if (only?.kind !== "assign" || only.index !== undefined || !only.value) break;
        if (only.value.type === "list")
          for (const appended of this.appendedTo(node.text, frame.fn))
            this.handedPlaces(appended, frame, depth + 1, found);
        // `out = {"s3_paths": []}`, then `out["s3_paths"].append(p)` or `out["path"] = p`.
        if (only.value.type === "dictionary")
          for (const item of this.itemsAddedTo(node.text, frame.fn))
            this.handedPlaces(item, frame, depth + 1, found);
        this.handedPlaces(only.value, frame, depth + 1, found);
        break;
      }
      case "call": {
        const callee = node.childForFieldName("function")!;
        if (this.isImportedName(callee)) {
          const qualified = this.imports && this.context.qualify(callee);
          if (qualified !== undefined && this.imports)
            for (const place of this.imports.returnedHanded(qualified, node, frame, depth + 1))
              found.push({ place, node, frame });
          break;
        }
        if (callee.type === "attribute" && this.imports) {
          for (const place of this.imports.methodReturnedHanded(node, frame, depth + 1))
            found.push({ place, node, frame });
          break;
        }
        const fn = callee.type === "identifier" ? this.context.functions.get(callee.text) : undefined;
        const inner = fn && LocationResolver.helperFrame(fn, node, frame);
        if (inner) this.returnedHandedPlaces(fn, inner, depth + 1, found);
        break;
      }
    }
    return found;
  }

  /** `handedPlaces` of every value a function's own `return` statements give back in `frame`. */
  returnedHandedPlaces(fn: SyntaxNode, frame: Frame, depth = 0, found: HandedPlace[] = []): HandedPlace[] {
    for (const value of this.returnedBy(fn)) this.handedPlaces(value, frame, depth, found);
    return found;
  }

  /** The values `name.append(…)` adds anywhere in a function's code: `files = []`, then `files.append(key)`. */
  private appendedTo(name: string, fn: SyntaxNode): SyntaxNode[] {
    return this.appendedValues(fn, (object) => object.type === "identifier" && object.text === name);
  }

  /**
   * `out = {"s3_paths": []}`: for that list, the values `out["s3_paths"].append(v)` adds anywhere
   * in the function (a `multiple_outputs` entry is handed on as the list it becomes).
   */
  private appendedToItem(list: SyntaxNode, fn: SyntaxNode): SyntaxNode[] {
    const pair = list.parent;
    const dict =
      pair?.type === "pair" && pair.childForFieldName("value")?.id === list.id ? pair.parent : null;
    const assignment = dict?.type === "dictionary" ? dict.parent : null;
    const name = assignment?.type === "assignment" ? assignment.childForFieldName("left") : null;
    const keyNode = pair?.childForFieldName("key");
    const key = keyNode ? stringLiteral(keyNode) : undefined;
    if (name?.type !== "identifier" || key === undefined) return [];
    return this.appendedValues(fn, (object) => {
      const access = itemAccess(object);
      return object.type === "subscript" && access?.object.text === name.text && access.item === key;
    });
  }

  /**
   * The values code adds to a dict's items anywhere in a function: `name[k].append(v)` and
   * `name[k] = v` (any key: every value the dict holds is handed on with it).
   */
  private itemsAddedTo(name: string, fn: SyntaxNode): SyntaxNode[] {
    const isItem = (node: SyntaxNode | null) =>
      node?.type === "subscript" && node.childForFieldName("value")?.text === name;
    const found = this.appendedValues(fn, isItem);
    for (const assignment of this.context.nodes.within(fn, "assignment")) {
      const right = assignment.childForFieldName("right");
      if (right && isItem(assignment.childForFieldName("left"))) found.push(right);
    }
    return found;
  }

  /** The first argument of every `OBJECT.append(v)` in a function whose object `target` accepts. */
  private appendedValues(fn: SyntaxNode, target: (object: SyntaxNode) => boolean): SyntaxNode[] {
    const found: SyntaxNode[] = [];
    for (const call of this.context.nodes.within(fn, "call")) {
      const callee = call.childForFieldName("function");
      if (callee?.type !== "attribute" || callee.childForFieldName("attribute")?.text !== "append") continue;
      const object = callee.childForFieldName("object");
      if (!object || !target(object)) continue;
      const argument = callArguments(call).positional[0];
      if (argument) found.push(argument);
    }
    return found;
  }

  /** The receiver a function returns or yields in `frame` (a client it makes), the first known. */
  returnedReceiver(fn: SyntaxNode, frame: Frame, depth = 0): Receiver | undefined {
    for (const value of [...this.returnedBy(fn), ...contextManagerYields(fn)]) {
      const made = this.receiver(value, frame, depth);
      if (made) return made;
    }
    return undefined;
  }

  /**
   * What a function returns in `frame` (entered with its parameters bound): the first known place;
   * with `element`, that element of the tuple it returns (`return x_path, y_path`).
   */
  returnedPlace(fn: SyntaxNode, frame: Frame, element?: number): Place | undefined {
    for (const value of this.returnedBy(fn)) {
      const node = element === undefined ? value : this.tupleElement(value, element);
      const place = node ? this.place(node, frame) : undefined;
      if (place) return place;
    }
    return undefined;
  }

  /** The place each element of what a function returns in `frame` names: one return, a listing or a list built of one place. */
  returnedElement(fn: SyntaxNode, frame: Frame): Place | undefined {
    const returned = this.returnedBy(fn);
    return returned.length === 1 ? this.elementPlace(returned[0]!, frame) : undefined;
  }

  /** Element `index` of a tuple or list literal, or of the one such literal a name is bound to. */
  private tupleElement(value: SyntaxNode, index: number, depth = 0): SyntaxNode | undefined {
    const node = unparenthesize(value);
    if (node.type === "tuple" || node.type === "list" || node.type === "expression_list") {
      const elements = node.namedChildren.filter((e) => e.type !== "comment");
      return elements.some((e) => e.type === "list_splat") ? undefined : elements[index];
    }
    if (node.type !== "identifier" || depth > 0) return undefined;
    const bound = this.onlyAssignedValue(node);
    return bound ? this.tupleElement(bound, index, depth + 1) : undefined;
  }

  private isImportedName(node: SyntaxNode): boolean {
    return this.context.isImported(node);
  }

  /** `"{}/{}".format(a, b)`, `"{base}/x".format(base=…)`. */
  private formatTemplatePlace(
    template: string,
    positional: readonly SyntaxNode[],
    keywords: ReadonlyMap<string, SyntaxNode>,
    frame: Frame,
  ): Place {
    const pieces: Piece[] = [];
    let root: Place | undefined;
    for (const part of formatTemplateParts(template, positional, keywords)) {
      if ("text" in part) {
        pieces.push(...literalPieces(part.text));
        continue;
      }
      const place = part.value ? this.partOrHole(part.value, frame) : unknownPlace();
      if (part.first) root = place;
      pieces.push(...place.pieces);
    }
    return { ...(root ? rootFlags(root) : {}), pieces: normalizePieces(pieces) };
  }

  private stripObject(place: Place | undefined): Place | undefined {
    return place ? pathOnly(place) : undefined;
  }

  /** The place of something from `tempfile`: `/tmp/{fresh}` unless `dir=` puts it elsewhere. */
  private tempPlace(
    node: SyntaxNode,
    kind: "dir" | "fresh-dir" | "fresh-file" | "fresh-file-handle" | "fresh-dir-handle",
    frame: Frame,
  ): Place {
    const api = shortText(node.childForFieldName("function")!);
    if (kind === "dir")
      return {
        pieces: [{ text: "/tmp" }],
        temp: { reason: `\`${api}()\` is the pod's own temporary directory` },
      };
    const { keywords } = callArguments(node);
    const suffix = stringLiteral(keywords.get("suffix")) ?? "";
    const fresh = freshPiece(node.startPosition.row + 1, node.startPosition.column + 1);
    const dir = keywords.get("dir");
    // `dir=` moves it (an atomic write into the staging directory): it is wherever that is.
    const base: Place = dir
      ? this.partOrHole(dir, frame)
      : { pieces: [{ text: "/tmp" }], temp: { reason: `\`${api}()\` makes its name on the pod's own disk` } };
    const place = joinPlaces([base, { pieces: normalizePieces([fresh, { text: suffix }]) }])!;
    if (kind === "fresh-file-handle") return { ...place, handle: true };
    if (kind === "fresh-dir-handle") return { ...place, directoryObject: true };
    return place;
  }

  /** `ti.xcom_pull(task_ids="x")` (or `key="k"` alone, one task pushing it): what task x handed off. */
  private pulledPlace(node: SyntaxNode, frame: Frame): Place | undefined {
    const pull = xcomPullArguments(node);
    if (!pull) return undefined;
    return this.handoffs.pulled ? this.handoffs.pulled(pull, frame) : this.pulledPlaceOf(pull, frame);
  }

  /** What an `xcom_pull` read in `frame` (a task of this file, or code it entered) takes. */
  pulledPlaceOf(pull: XcomPull, frame: Frame): Place | undefined {
    const producer = this.pulledProducer(pull, frame);
    return producer ? this.handedOffPlace(producer, pull.key, undefined, frame) : undefined;
  }

  /** The one other task an `xcom_pull` takes from; undefined when none or several. */
  private pulledProducer(pull: XcomPull, frame: Frame): PythonTask | undefined {
    const dagId = frame.task.fact.dagId;
    const producers =
      pull.taskIds.length === 1
        ? [this.handoffs.taskById(pull.taskIds[0]!, dagId)]
        : pull.anyTask
          ? (this.handoffs.pulledFrom?.(pull, dagId) ?? [])
          : [];
    const only = producers.length === 1 ? producers[0] : undefined;
    return only && only !== frame.task ? only : undefined;
  }

  /** The expressions a function's own `return` statements give back. */
  returnedValues(fn: SyntaxNode): readonly SyntaxNode[] {
    return this.returnedBy(fn);
  }

  /** The expressions a function's own `return` statements give back (not nested functions'). */
  private returnedBy(fn: SyntaxNode): SyntaxNode[] {
    let returned = this.returns.get(fn.id);
    if (!returned) {
      returned = returnedExpressions(fn);
      this.returns.set(fn.id, returned);
    }
    return returned;
  }

  /**
   * `helper()["csv"]`: the item of the dict literal a helper defined in this file returns
   * (`return {"csv": path, "frame": df}`), read with its parameters bound to the call's arguments.
   */
  private returnedItemPlace(call: SyntaxNode, item: string, frame: Frame): Place | undefined {
    const callee = call.childForFieldName("function");
    if (callee?.type !== "identifier" || this.isImportedName(callee)) return undefined;
    const fn = this.context.functions.get(callee.text);
    const inner = fn ? LocationResolver.helperFrame(fn, call, frame) : undefined;
    if (!fn || !inner) return undefined;
    for (const value of this.returnedBy(fn)) {
      const node = this.itemOf(value, item, inner);
      const place = node ? this.place(node, inner) : undefined;
      if (place) return place;
    }
    return undefined;
  }

  /** A helper's return value, with its parameters bound to the call's arguments. */
  private helperReturnPlace(fn: SyntaxNode, call: SyntaxNode, frame: Frame): Place | undefined {
    const inner = LocationResolver.helperFrame(fn, call, frame);
    return inner ? this.returnedPlace(fn, inner) : undefined;
  }

  private subscriptPlace(node: SyntaxNode, frame: Frame): Place | undefined {
    const env = this.envRead(node);
    if (env) return this.envPlace(env.variable, undefined, node, frame);
    // `Path(__file__).resolve().parents[1]`: the second folder up.
    const value = node.childForFieldName("value")!;
    const up = /^\d$/.exec(node.childForFieldName("subscript")?.text ?? "")?.[0];
    if (value.type === "attribute" && value.childForFieldName("attribute")!.text === "parents" && up)
      return parentPlace(this.place(value.childForFieldName("object")!, frame), Number(up) + 1);
    const pulled = this.indexedPullPlace(node, frame);
    if (pulled) return pulled;
    const access = itemAccess(node);
    return access ? this.itemPlace(access.object, access.item, frame) : undefined;
  }

  /**
   * `ti.xcom_pull(task_ids=["download_file"])[0]`: a list of task ids pulls a list, one value per
   * id in order, so element `i` is what the `i`-th task handed on. A single id pulls its value
   * itself, whose element this is not.
   */
  private indexedPullPlace(node: SyntaxNode, frame: Frame): Place | undefined {
    const value = unparenthesize(node.childForFieldName("value")!);
    if (value.type !== "call") return undefined;
    const pull = xcomPullArguments(value);
    if (!pull) return undefined;
    const { positional, keywords } = callArguments(value);
    const ids = unparenthesize(keywords.get("task_ids") ?? positional[0] ?? value);
    if (ids.type !== "list" && ids.type !== "tuple") return undefined;
    const index = /^-?\d+$/.exec(node.childForFieldName("subscript")?.text ?? "")?.[0];
    if (index === undefined) return undefined;
    const elements = ids.namedChildren.filter((e) => e.type !== "comment");
    const element = elements.at(Number(index));
    const id = element ? stringLiteral(element) : undefined;
    if (id === undefined) return undefined;
    const one = { ...pull, taskIds: [id] };
    return this.handoffs.pulled ? this.handoffs.pulled(one, frame) : this.pulledPlaceOf(one, frame);
  }

  /** The place of `value[item]` (or `value.get(item)`): an item of a dict the code can see. */
  private itemPlace(value: SyntaxNode, item: string, frame: Frame): Place | undefined {
    // `meta["raw"]` where meta is a task parameter fed by another task's dict.
    const object = unparenthesize(value);
    if (object.type === "identifier") {
      const binding = this.reaching(object.text, object)[0];
      // `kwargs["data_path"]` in a repository module's function a task runs with `op_kwargs`.
      const held = `${object.text}[${item}]`;
      if (
        frame.bound?.places.has(held) &&
        binding?.kind === "parameter" &&
        enclosingFunction(binding.target)?.id === frame.fn.id
      )
        return frame.bound.places.get(held);
      if (
        binding?.kind === "parameter" &&
        enclosingFunction(binding.target)?.id === frame.fn.id &&
        !frame.call &&
        !frame.bound
      ) {
        // `kwargs["path"]` of the task's `**kwargs`: what `op_kwargs` passes under that key
        // (Airflow merges them into the context it calls the function with).
        if (object.text === contextParameter(frame.fn)) return this.passedPlace(item, undefined, frame);
        // `meta["raw"]` fed by another task's dict; `templates_dict["path"]`, `config["path"]`
        // with `op_kwargs={"config": {…}}`.
        return this.passedPlace(object.text, item, frame);
      }
      if (binding?.kind === "assign" && binding.value) {
        const pulled = unparenthesize(binding.value);
        if (pulled.type === "call" && xcomPullArguments(pulled)) {
          const pull = xcomPullArguments(pulled)!;
          const producer = this.pulledProducer(pull, frame);
          return producer ? this.handedOffPlace(producer, pull.key, item, frame) : undefined;
        }
        if (pulled.type === "call" && this.reaching(object.text, object).length === 1)
          return this.returnedItemPlace(pulled, item, frame);
      }
    }
    if (object.type === "call") {
      const returned = this.returnedItemPlace(object, item, frame);
      if (returned) return returned;
    }
    // `context["templates_dict"]["path"]` of a task's `**context`: the operator's templates_dict.
    const passed = this.contextTemplatesDict(object, frame);
    if (passed) {
      const itemNode = this.itemOf(passed, item, frame);
      return itemNode ? this.place(itemNode, frame) : undefined;
    }
    const itemNode = this.itemOf(value, item, frame);
    return itemNode ? this.place(itemNode, frame) : undefined;
  }

  /**
   * The string literal a name is bound to once (`TEMPLATE = "{dag}/page_{n}.json"`): in the
   * function around it, else at the module's top level. Undefined for anything else.
   */
  private constantText(node: SyntaxNode): string | undefined {
    const name = unparenthesize(node);
    if (name.type !== "identifier") return undefined;
    const reaching = this.reaching(name.text, name);
    if (reaching.length === 1 && reaching[0]!.kind === "assign" && reaching[0]!.index === undefined)
      return stringLiteral(reaching[0]!.value);
    return reaching.length === 0 ? stringLiteral(this.context.constants.get(name.text)) : undefined;
  }

  /**
   * What DAG code passes a task's parameter `name` (an XCom, or one expression of `op_kwargs`
   * and the like), at `item` of it when given; undefined when it passes none or several.
   */
  private passedPlace(name: string, item: string | undefined, frame: Frame): Place | undefined {
    for (const input of this.handoffs.inputsOf(frame.task, name)) {
      const place = this.handedOffPlace(input.producer, input.key, input.item ?? item, frame);
      if (place) return place;
    }
    const passed = this.handoffs.argumentsOf?.(frame.task, name) ?? [];
    if (passed.length !== 1 || passed[0]!.element) return undefined;
    const node = item === undefined ? passed[0]!.node : this.itemOf(passed[0]!.node, item, frame);
    return node ? this.place(node, frame) : undefined;
  }

  /**
   * The one expression DAG code passes the task's own parameter `name` (`op_kwargs={"collection":
   * Collection("coll")}`, `extract(collection=c)`), the same at every call; undefined otherwise.
   */
  passedArgument(name: SyntaxNode, frame: Frame): SyntaxNode | undefined {
    if (frame.call || frame.bound) return undefined;
    // `kwargs["collection"]` of the task's own `**kwargs`: what `op_kwargs` passes under that key.
    const access = name.type === "subscript" ? itemAccess(name) : undefined;
    if (access) {
      const object = unparenthesize(access.object);
      if (object.type !== "identifier" || object.text !== contextParameter(frame.fn)) return undefined;
      const binding = this.reaching(object.text, object)[0];
      if (binding?.kind !== "parameter" || enclosingFunction(binding.target)?.id !== frame.fn.id)
        return undefined;
      return this.onlyArgument(frame, access.item);
    }
    const reaching = this.reaching(name.text, name);
    const binding = reaching.length === 1 ? reaching[0] : undefined;
    if (binding?.kind !== "parameter" || enclosingFunction(binding.target)?.id !== frame.fn.id)
      return undefined;
    return this.onlyArgument(frame, name.text);
  }

  /** The one expression DAG code passes the task's parameter `name`, the same at every call. */
  private onlyArgument(frame: Frame, name: string): SyntaxNode | undefined {
    const passed = this.handoffs.argumentsOf?.(frame.task, name) ?? [];
    const [first] = passed;
    if (!first || passed.some((a) => a.element || a.node.text !== first.node.text)) return undefined;
    return first.node;
  }

  /** `context["templates_dict"]` where `context` is the task function's own `**context`. */
  private contextTemplatesDict(node: SyntaxNode, frame: Frame): SyntaxNode | undefined {
    if (frame.call || frame.bound) return undefined;
    const access = itemAccess(node);
    if (access?.item !== "templates_dict") return undefined;
    const context = unparenthesize(access.object);
    if (context.type !== "identifier" || context.text !== contextParameter(frame.fn)) return undefined;
    const binding = this.reaching(context.text, context)[0];
    if (binding?.kind !== "parameter" || enclosingFunction(binding.target)?.id !== frame.fn.id)
      return undefined;
    const passed = this.handoffs.argumentsOf?.(frame.task, "templates_dict") ?? [];
    return passed.length === 1 && !passed[0]!.element ? passed[0]!.node : undefined;
  }

  private attributePlace(node: SyntaxNode, frame: Frame): Place | undefined {
    const attribute = node.childForFieldName("attribute")!.text;
    const object = node.childForFieldName("object")!;
    // `self.tmp_file` in a method of an operator class read for its summary.
    if (frame.instance && object.type === "identifier" && object.text === this.selfName(frame.fn))
      return frame.instance.attributes.get(attribute);
    if (attribute === "name") {
      // `tmp.name` of a NamedTemporaryFile / TemporaryDirectory / open file: its path.
      const inner = this.place(object, frame);
      return inner?.handle || inner?.directoryObject ? this.stripObject(inner) : undefined;
    }
    if (attribute === "parent") return parentPlace(this.place(object, frame), 1);
    // `noaa_isd.airflow_dir`: a constant of a repository module imported as a module.
    if (object.type === "identifier" && this.imports && this.context.isImported(object)) {
      const qualified = this.qualify(node);
      if (qualified && mayBeRepositoryName(qualified)) return this.imports.constant(qualified, frame);
    }
    // `self.base_path` in a method of a class (a loader the task makes and calls).
    if (object.type === "identifier" && object.text === this.selfName(frame.fn))
      return this.classConstantAttribute(frame.fn, attribute, frame);
    return undefined;
  }

  /**
   * The place of `self.NAME` in a method `fn`, when its class assigns `self.NAME` exactly once,
   * in `__init__`, to a value that does not depend on the constructor's arguments
   * (`self.base_path = os.getenv("DATA_LAKE_PATH", "/opt/airflow/data/lake")`): the same for every
   * instance. Undefined otherwise.
   */
  private classConstantAttribute(fn: SyntaxNode, name: string, frame: Frame): Place | undefined {
    const cls = fn.parent?.type === "block" ? fn.parent.parent : undefined;
    if (cls?.type !== "class_definition") return undefined;
    let found: { value: SyntaxNode; method: SyntaxNode } | undefined;
    let count = 0;
    for (const assignment of this.context.nodes.within(cls, "assignment")) {
      const left = assignment.childForFieldName("left");
      if (left?.type !== "attribute" || left.childForFieldName("attribute")?.text !== name) continue;
      const method = enclosingFunction(assignment);
      const receiver = left.childForFieldName("object");
      if (!method || receiver?.type !== "identifier" || receiver.text !== this.selfName(method)) continue;
      count++;
      const value = assignment.childForFieldName("right");
      if (value) found = { value, method };
    }
    if (count !== 1 || !found || found.method.childForFieldName("name")?.text !== "__init__")
      return undefined;
    if (found.method.parent?.parent?.id !== cls.id) return undefined;
    const parameters = new Set(this.parameterNamesOf(found.method));
    const dependsOnArguments = [found.value, ...found.value.descendantsOfType("identifier")].some(
      (identifier) => identifier.type === "identifier" && parameters.has(identifier.text),
    );
    if (dependsOnArguments) return undefined;
    if (LocationResolver.entered(found.method, frame)) return undefined;
    return this.place(found.value, {
      fn: found.method,
      task: frame.task,
      depth: frame.depth + 1,
      outer: frame,
    });
  }

  /** A path argument of a filesystem receiver: `bucket/key` without a scheme gets the receiver's. */
  placeWithScheme(expression: SyntaxNode, frame: Frame, scheme: string | undefined): Place | undefined {
    const place = this.place(expression, frame);
    if (!place || !scheme) return place;
    const first = place.pieces[0];
    if (first && "text" in first && (SCHEME.test(first.text) || first.text.startsWith("/"))) return place;
    return { ...place, pieces: normalizePieces([{ text: `${scheme}://` }, ...place.pieces]) };
  }

  /** `s3://bucket/key` from a bucket and a key (a key that is already a URI wins). */
  bucketKeyPlace(
    bucket: SyntaxNode | undefined,
    key: SyntaxNode | undefined,
    frame: Frame,
    scheme: string,
    bucketPlace?: Place,
  ): Place | undefined {
    const keyPlace = key ? this.place(key, frame) : undefined;
    if (keyPlace) {
      const first = keyPlace.pieces[0];
      if (first && "text" in first && SCHEME.test(first.text)) return keyPlace;
    }
    const bucketValue = bucketPlace ?? (bucket ? this.place(bucket, frame) : undefined);
    if (!bucketValue && !keyPlace) return undefined;
    const bucketPieces = bucketValue?.pieces ?? [HOLE];
    // A key given but unknown is an object of the bucket we cannot name (`{*}`), not the bucket
    // itself: a listing of the bucket is no read of it.
    const keyPieces = keyPlace ? stripLeadingSlash(keyPlace.pieces) : key ? [HOLE] : [];
    return {
      pieces: normalizePieces([
        { text: `${scheme}://` },
        ...bucketPieces,
        ...(keyPieces.length > 0 ? [{ text: "/" }, ...keyPieces] : []),
      ]),
    };
  }

  /** What kind of receiver an expression is: `boto3.client("s3")`, `S3Hook(...)`, `Path(...)`. */
  receiver(expression: SyntaxNode, frame: Frame, depth = 0): Receiver | undefined {
    if (depth > 0) return this.computeReceiver(expression, frame, depth);
    // Asked for every call of a method some storage API has (`.copy()`, `.execute()`): once each.
    const key = `${expression.id}@${this.frameKey(frame)}`;
    if (this.receivers.has(key)) return this.receivers.get(key);
    const receiver = this.computeReceiver(expression, frame, 0);
    this.receivers.set(key, receiver);
    return receiver;
  }

  private computeReceiver(expression: SyntaxNode, frame: Frame, depth: number): Receiver | undefined {
    if (depth > 8) return undefined;
    const node = unparenthesize(expression);
    if (node.type === "identifier") {
      const bindings = this.reaching(node.text, node);
      const parameter = bindings.length === 1 && bindings[0]!.kind === "parameter" ? bindings[0]! : undefined;
      const passed = parameter ? this.parameterReceiver(parameter, frame, depth) : undefined;
      if (passed) return passed;
      const binding = bindings.find((b) => b.value);
      if (!binding?.value) {
        // `from lib.tasks.public_data import s3`: the client that module's `s3 = S3Hook(…)` makes.
        const qualified = bindings.length === 0 ? this.context.aliases.get(node.text) : undefined;
        const imported =
          qualified !== undefined ? this.imports?.constantReceiver(qualified, frame) : undefined;
        if (imported) return imported;
        const annotation = bindings[0]?.annotation;
        const type = annotation ? this.qualify(annotation) : undefined;
        const known = type ? RECEIVER_CONSTRUCTORS.get(type) : undefined;
        // A path parameter whose value we cannot name is still a path: what it names itself
        // is unknown, what it writes elsewhere (`.copy(dst=…)`) is not.
        if (known?.kind === "path") {
          const place = this.place(node, frame);
          return place ? { kind: "path", place } : { kind: "path" };
        }
        return known ? { kind: known.kind, ...(known.scheme ? { scheme: known.scheme } : {}) } : undefined;
      }
      if (binding.kind === "for") {
        // `for f in base.iterdir()`: each element is a path object under the listed directory.
        const place = this.place(node, frame);
        return place?.pathObject ? { kind: "path", place } : undefined;
      }
      if (binding.kind !== "assign" && binding.kind !== "with") return undefined;
      return this.receiver(binding.value, frame, depth + 1);
    }
    if (node.type !== "call" && node.type !== "binary_operator" && node.type !== "attribute")
      return undefined;
    if (node.type === "call") {
      const callee = node.childForFieldName("function")!;
      // `client = get_minio_client()`: what a helper of this file returns; `with self.connection()
      // as swift`: what a method of the class it is called in returns or yields.
      const method = callee.type === "attribute" ? ownMethod(callee, frame.fn) : undefined;
      const fn =
        method ??
        (callee.type === "identifier" && !this.isImportedName(callee)
          ? this.context.functions.get(callee.text)
          : undefined);
      if (fn?.type === "function_definition") {
        const inner = method
          ? this.methodFrame(method, node, frame)
          : LocationResolver.helperFrame(fn, node, frame);
        const made = inner ? this.returnedReceiver(fn, inner, depth + 1) : undefined;
        if (made) return made;
      }
      const name = this.qualify(callee);
      // `client = get_minio_client()` imported from a repository module: what it returns there.
      if (name && this.imports && this.isImportedName(callee) && !RECEIVER_CONSTRUCTORS.has(name)) {
        const made = this.imports.returnedReceiver(name, node, frame);
        if (made) return made;
      }
      const known = name ? RECEIVER_CONSTRUCTORS.get(name) : undefined;
      // An imported hook nobody catalogued that runs DuckDB (`DuckLakeHook(duckdb_conn_id=…)`).
      if (
        !known &&
        name?.endsWith("Hook") &&
        this.isImportedName(callee) &&
        mayBeRepositoryName(name) &&
        !this.imports?.inRepository(name) &&
        runsDuckDb(name, callArguments(node).keywords)
      )
        return { kind: "duckdb-hook" };
      if (known?.database) return this.databaseReceiver(node, known.kind, known.database, frame);
      if (known && known.kind !== "path")
        return this.madeReceiver(node, known.kind, known.scheme, known, frame, undefined);
      if (name && FILESYSTEM_FACTORIES.has(name)) {
        const protocol = stringLiteral(argumentAt(node, { index: 0, keyword: "protocol" }));
        return { kind: "filesystem", ...(protocol && protocol !== "file" ? { scheme: protocol } : {}) };
      }
      if (callee.type === "attribute") {
        const method = callee.childForFieldName("attribute")!.text;
        const service = stringLiteral(argumentAt(node, { index: 0, keyword: "service_name" }));
        const factory = BOTO3_FACTORY_METHODS[method];
        if (factory && service === "s3") return { kind: factory, scheme: "s3" };
        const parent = this.receiver(callee.childForFieldName("object")!, frame, depth + 1);
        // A DuckDB or SQLite cursor is another connection to the same database (its file included).
        if ((parent?.kind === "duckdb" || parent?.kind === "sqlite") && method === "cursor") return parent;
        const transition = parent ? RECEIVER_TRANSITIONS[parent.kind]?.[method] : undefined;
        if (parent && transition)
          return this.madeReceiver(node, transition.kind, parent.scheme, transition, frame, parent.bucket);
      }
    }
    if (node.type === "attribute") {
      const assigned = this.initReceiver(node, frame, depth);
      if (assigned) return assigned;
      // `s3_resource.meta.client`
      if (node.text.endsWith(".meta.client")) {
        const resource = this.receiver(
          node.childForFieldName("object")!.childForFieldName("object")!,
          frame,
          depth + 1,
        );
        if (resource?.kind === "s3-resource") return { kind: "s3-client", scheme: "s3" };
      }
      // `spark.read`, `df.write`: Spark's reader and writer (`spark.read.parquet(p)`).
      const spark = SPARK_IO_ATTRIBUTES.get(node.childForFieldName("attribute")!.text);
      if (spark) return { kind: spark };
    }
    const place = this.place(node, frame);
    if (place?.pathObject) return { kind: "path", place };
    return undefined;
  }

  /**
   * `self.hook` in a method, where one method of the class assigns it a client (`self.hook =
   * S3Hook(aws_conn_id=…)` in `__init__`, or `self._fs = s3fs.S3FileSystem()` in a `connect` method
   * after `__init__`'s `None`; `assignedClient`): that client, its arguments read in that method
   * (its parameters their defaults).
   */
  private initReceiver(node: SyntaxNode, frame: Frame, depth: number): Receiver | undefined {
    const object = node.childForFieldName("object")!;
    if (object.type !== "identifier" || object.text !== firstParameter(frame.fn)) return undefined;
    const cls = methodClass(frame.fn);
    const assigned = cls ? assignedClient(cls, node.childForFieldName("attribute")!.text) : undefined;
    if (!assigned) return undefined;
    const bound = { places: new Map<string, Place | undefined>(), key: `init:${assigned.method.id}` };
    return this.receiver(
      assigned.value,
      { fn: assigned.method, task: frame.task, depth: frame.depth + 1, bound },
      depth + 1,
    );
  }

  /**
   * A helper's parameter as a receiver (`def fetch(key, bucket=PUBLIC_BUCKET)`): the client the
   * call passes, read in the caller (`fetch(key, s3.Bucket("b"))`), or the default when the call
   * passes none. Undefined otherwise: a task's own parameter, an argument of a module entered
   * from another (its client is the caller's), or no client (an annotation may still say one).
   */
  private parameterReceiver(parameter: Binding, frame: Frame, depth: number): Receiver | undefined {
    if (enclosingFunction(parameter.target)?.id !== frame.fn.id) return undefined;
    const name = parameter.target.text;
    if (frame.call && frame.caller) {
      const argument = this.argumentFor(frame.call, frame.fn, name);
      if (argument) return this.receiver(argument, frame.caller, depth + 1);
    } else if (!frame.bound || frame.bound.places.has(name)) return frame.bound?.receivers?.get(name);
    return parameter.value ? this.receiver(parameter.value, frame, depth + 1) : undefined;
  }

  /** A connection to a database file: the file is its place (none for `:memory:` or no argument). */
  private databaseReceiver(
    call: SyntaxNode,
    kind: ReceiverKind,
    database: NonNullable<ReceiverConstructor["database"]>,
    frame: Frame,
  ): Receiver {
    const argument = argumentAt(call, database.path);
    const literal = argument ? stringLiteral(unparenthesize(argument)) : undefined;
    if (!argument || (literal !== undefined && database.notFiles?.includes(literal))) return { kind };
    const place = this.place(argument, frame);
    return { kind, ...(place ? { place } : {}) };
  }

  /**
   * What a statement run on a database connection does to its file (`program.database`): read
   * when it reads a table by name, write when it makes or changes one.
   */
  programTables(
    call: SyntaxNode,
    program: NonNullable<StorageApi["program"]>,
    frame: Frame,
  ): { reads: boolean; writes: boolean } {
    const argument = argumentAt(call, program.argument);
    const fragments = argument ? this.fragments(argument, frame) : undefined;
    // A value that is a bare name (`{pm25_table_name}` = "pm25"), or of which nothing is known,
    // names a table there; a path or a quoted text does not.
    const tableName = (place: Place) =>
      place.pieces.every((piece) => "hole" in piece) ||
      (place.pieces.length === 1 &&
        "text" in place.pieces[0]! &&
        /^[A-Za-z_]\w*$/.test(place.pieces[0].text));
    return fragments ? sqlTableAccess(fragments, HOLE_PLACE, tableName) : { reads: false, writes: false };
  }

  /**
   * A receiver made by a constructor or a transition: with a key it stands for that object (its
   * bucket from the arguments or the parent's), with only a bucket for that bucket.
   */
  private madeReceiver(
    call: SyntaxNode,
    kind: ReceiverKind,
    schemeOf: string | undefined,
    slots: { bucket?: ArgSlot; key?: ArgSlot; defaultBucket?: string },
    frame: Frame,
    parentBucket: Place | undefined,
  ): Receiver {
    const scheme = schemeOf ?? "s3";
    if (slots.key) {
      const place = this.bucketKeyPlace(
        argumentAt(call, slots.bucket),
        argumentAt(call, slots.key),
        frame,
        scheme,
        parentBucket,
      );
      return { kind, scheme, ...(place ? { place } : {}) };
    }
    if (slots.bucket) {
      const argument = argumentAt(call, slots.bucket);
      const bucket = argument
        ? this.place(argument, frame)
        : slots.defaultBucket !== undefined
          ? { pieces: [{ text: slots.defaultBucket }] }
          : undefined;
      return { kind, scheme, ...(bucket ? { bucket } : {}) };
    }
    // `SSHHook(conn).get_conn().open_sftp()`: still the same server.
    return {
      kind,
      ...(schemeOf ? { scheme: schemeOf } : {}),
      ...(parentBucket ? { bucket: parentBucket } : {}),
    };
  }

  /**
   * The places one catalog effect of a call names, each with the expression that names it (for
   * messages): a path argument (each element of a list with `each`), a bucket and key, the
   * receiver itself, a place the call makes.
   */
  effectPlaces(
    call: SyntaxNode,
    effect: StorageEffect,
    frame: Frame,
    receiver: Receiver | undefined,
    configuredScheme: string | undefined,
  ): { place: Place; written?: SyntaxNode }[] {
    const scheme = receiver?.scheme ?? configuredScheme ?? "s3";
    if (effect.path) {
      const argument = argumentAt(call, effect.path);
      if (!argument) return [];
      const inner = unparenthesize(argument);
      const elements = effect.within
        ? this.nestedValues(argument, effect.within, frame, effect.skipElements)
        : effect.each && (inner.type === "list" || inner.type === "tuple")
          ? [...inner.namedChildren]
          : [argument];
      return elements.flatMap((element) => {
        const literal = effect.notFiles ? stringLiteral(unparenthesize(element)) : undefined;
        if (literal !== undefined && effect.notFiles!.includes(literal)) return [];
        return this.literalLoopFrames(element, frame).flatMap((frame) => {
          const found = effect.glob
            ? this.globPlace(element, frame)
            : receiver?.kind === "filesystem" && !effect.local
              ? this.placeWithScheme(element, frame, receiver.scheme)
              : this.place(element, frame);
          const under = found && effect.under ? this.membersUnder(found, call, effect) : found;
          const place = under && effect.intoDirectory ? { ...under, intoDirectory: true as const } : under;
          if (!place) return [];
          if (!effect.remote) return [{ place, written: element }];
          const hostArgument = argumentAt(call, effect.host);
          const host = hostArgument ? this.place(hostArgument, frame) : receiver?.bucket;
          return [{ place: remotePlace(effect.remote, place, host), written: element }];
        });
      });
    }
    if (effect.freshUnder) {
      const dir = argumentAt(call, effect.freshUnder);
      const callee = shortText(call.childForFieldName("function")!, 40);
      const base: Place = dir
        ? this.partOrHole(dir, frame)
        : {
            pieces: [{ text: "/tmp" }],
            temp: { reason: `\`${callee}()\` makes its name on the pod's own disk` },
          };
      const fresh = freshPiece(call.startPosition.row + 1, call.startPosition.column + 1);
      return [{ place: joinPlaces([base, { pieces: [fresh] }])! }];
    }
    if (effect.made) {
      const made = this.place(call, frame);
      return made ? [{ place: pathOnly(made) }] : [];
    }
    if (effect.receiver) {
      const object = call.childForFieldName("function")!.childForFieldName("object") ?? undefined;
      if (effect.key && receiver?.bucket) {
        const key = argumentAt(call, effect.key);
        const place = this.bucketKeyPlace(undefined, key, frame, scheme, receiver.bucket);
        return place ? [{ place, ...(key ? { written: key } : object ? { written: object } : {}) }] : [];
      }
      return receiver?.place ? [{ place: receiver.place, ...(object ? { written: object } : {}) }] : [];
    }
    if (effect.bucket || effect.key) {
      const key = argumentAt(call, effect.key);
      const inner = key && effect.each ? unparenthesize(key) : undefined;
      // A list of keys (`source_objects=[…]`): each element is one object.
      const keys =
        inner && (inner.type === "list" || inner.type === "tuple") ? [...inner.namedChildren] : [key];
      return keys.flatMap((element) => {
        const place = this.bucketKeyPlace(argumentAt(call, effect.bucket), element, frame, scheme);
        return place ? [{ place, ...(element ? { written: element } : {}) }] : [];
      });
    }
    return [];
  }

  /** The values at a path of dict keys inside an argument (`*`: each element of a list). */
  private nestedValues(
    argument: SyntaxNode,
    keys: readonly string[],
    frame: Frame,
    skip?: StorageEffect["skipElements"],
  ): SyntaxNode[] {
    const skipped = (element: SyntaxNode) => {
      const item = skip ? this.itemOf(element, skip.key, frame) : undefined;
      const text = item ? stringLiteral(unparenthesize(item)) : undefined;
      return text !== undefined && skip!.values.includes(text);
    };
    let values = [argument];
    for (const key of keys) {
      values = values.flatMap((value) => {
        if (key === "*") return this.listElements(value).filter((element) => !skipped(element));
        const item = this.itemOf(value, key, frame);
        return item ? [item] : [];
      });
    }
    return values;
  }

  /** The effects a call's `choice` picks: by an argument's literal value or what an interpreter reads in it. */
  chosenEffects(call: SyntaxNode, choice: NonNullable<StorageApi["choice"]>, frame: Frame): StorageEffect[] {
    const argument = argumentAt(call, choice.argument);
    let value: string | undefined;
    if (!argument) value = choice.absent;
    else if (choice.interpreter === "copy-direction") {
      const fragments = this.fragments(argument, frame);
      value = fragments ? copyDirection(fragments, HOLE_PLACE) : undefined;
    } else {
      const inner = unparenthesize(argument);
      // `operation="get"`, or an enum member `SFTPOperation.GET`.
      value =
        inner.type === "attribute"
          ? inner.childForFieldName("attribute")!.text.toLowerCase()
          : inner.type === "true" || inner.type === "false"
            ? inner.type
            : this.literalText(inner, frame)?.toLowerCase();
    }
    return value !== undefined ? (choice.cases[value] ?? []) : [];
  }

  /** The places a program argument (SQL, a shell command) reads and writes, by its interpreter. */
  programPlaces(
    call: SyntaxNode,
    program: {
      argument: ArgSlot;
      language: ProgramLanguage;
      env?: ArgSlot;
      cwd?: ArgSlot;
      processCwd?: true;
      container?: ContainerMounts;
    },
    frame: Frame,
  ): { access: ProgramAccess; place: Place; at?: SyntaxNode }[] {
    const argument = argumentAt(call, program.argument);
    if (!argument) return [];
    if (program.container) return this.containerPlaces(call, argument, program.container, frame);
    const env = program.env ? argumentAt(call, program.env) : undefined;
    const cwd = program.cwd ? argumentAt(call, program.cwd) : undefined;
    return this.literalLoopFrames(argument, frame).flatMap((frame) =>
      this.programText(argument, program.language, env, cwd, call, frame, program.processCwd),
    );
  }

  /**
   * The places a program's text reads and writes: `env` is the dict of its environment, `cwd`
   * its working directory (else a fresh temporary directory made at `anchor`, or with
   * `processCwd` the process's own: a relative path stays relative).
   */
  programText(
    argument: SyntaxNode,
    language: ProgramLanguage,
    envArgument: SyntaxNode | undefined,
    cwdArgument: SyntaxNode | undefined,
    anchor: SyntaxNode,
    frame: Frame,
    processCwd = false,
  ): { access: ProgramAccess; place: Place }[] {
    const fragments = this.fragments(argument, frame);
    if (!fragments) return [];
    if (language === "sql") {
      // A query names files only in quotes, or after Snowflake's `PUT file://`.
      if (!fragments.some((f) => typeof f !== "string" || f.includes("'") || /file:\/\//i.test(f))) return [];
      return scanSql(this.renderedTemplates(fragments, frame), HOLE_PLACE).map((m) => ({
        access: m.access,
        place: placeOfParts(m.parts, m.glob),
      }));
    }
    const env = this.dictItems(envArgument);
    // Without a value, a `/`, `~`, an expansion or Jinja (`cd {{ params.repo }}`), a command
    // names only files in its own fresh directory (`echo done`, `dbt run`): nothing another task can see.
    if (
      !cwdArgument &&
      !processCwd &&
      fragments.every((f) => typeof f === "string" && !/[/~$`]|\{\{/.test(f))
    )
      return [];
    // Without `cwd`, BashOperator runs the command in a fresh temporary directory; a process's
    // own command (`subprocess.run`) in the process's working directory, as its Python code.
    const cwd: Place | undefined = cwdArgument
      ? this.partOrHole(cwdArgument, frame)
      : processCwd
        ? undefined
        : {
            pieces: normalizePieces([
              { text: "/tmp/" },
              freshPiece(anchor.startPosition.row + 1, anchor.startPosition.column + 1),
            ]),
            temp: { reason: "the command runs in a fresh temporary directory on the pod's own disk" },
          };
    const context: ShellContext<Place> = {
      hole: HOLE_PLACE,
      env: (name) => {
        const value = env.get(name);
        return [value ? this.partOrHole(value, frame) : this.envPlace(name, undefined, anchor, frame)];
      },
      ...(cwd ? { cwd: [cwd] } : {}),
      isPlace: looksLikePlace,
      isPathValue: (place) => {
        const pattern = patternOf(place.pieces);
        return hasLiteral(pattern) && isPathLike(pattern);
      },
      member: { pieces: [memberPiece(anchor.startPosition.row + 1, anchor.startPosition.column + 1)] },
      spell: (place) => place.pieces.map((piece) => ("text" in piece ? piece.text : { pieces: [piece] })),
    };
    const mentions = scanShell(this.renderedTemplates(fragments, frame), context);
    // A shell script of the repository the command runs (`bash scripts/extract.sh`, Airflow's
    // `bash_command="scripts/extract.sh "`): its commands, in the same directory and environment
    // (one level: what that script runs in turn is not read).
    const scripts = mentions.flatMap((m) => {
      if (m.access !== "run" || !isShellScript(m.parts)) return [];
      const path = literalTail(m.parts);
      const script = path === undefined ? undefined : this.imports?.shellScript(path);
      return script === undefined
        ? []
        : scanShell([script], context).filter((inner) => inner.access !== "run");
    });
    return [...mentions, ...scripts].map((m) => ({ access: m.access, place: mentionPlace(m) }));
  }

  /**
   * Jinja whose value the declaration says, as that value: the operator's `{{ params.dir }}`, and
   * `{{ ti.xcom_pull(task_ids='x', key='k') }}` as the place task x handed on (`FROM '{{
   * ti.xcom_pull(…) }}'`). Other Jinja stays text (a hole). The same text names the same place
   * wherever it is written — in a templated field, or in a task's own code that a team's hook
   * renders (rrap's `DuckLakeHook(…).sql("… FROM '{{ ti.xcom_pull(…) }}/x.parquet'")`): a hole
   * there would no longer match its rendered twin in the writer's `target=`.
   */
  private renderedTemplates(fragments: readonly Fragment<Place>[], frame: Frame): readonly Fragment<Place>[] {
    if (!fragments.some((f) => typeof f === "string" && f.includes("{{"))) return fragments;
    return fragments.flatMap((fragment) =>
      typeof fragment === "string" ? this.renderedText(fragment, frame) : [fragment],
    );
  }

  /** One text run of a templated field, its known Jinja values as places (`renderedTemplates`). */
  private renderedText(text: string, frame: Frame): Fragment<Place>[] {
    if (!text.includes("{{")) return [text];
    const out: Fragment<Place>[] = [];
    let last = 0;
    for (const match of text.matchAll(VALUE_TEMPLATE)) {
      const [, dotted, quoted, pull] = match;
      let place: Place | undefined;
      // A positional argument after a keyword is no valid Jinja call: the template never renders.
      if (pull !== undefined) {
        if (!positionalAfterKeyword(pull)) place = this.pulledPlaceOf(templatePullArguments(pull), frame);
      } else {
        const value = this.dictItems(frame.task.keywords.get("params")).get(dotted ?? quoted!);
        place = value ? this.place(value, frame) : undefined;
      }
      if (!place) continue;
      out.push(text.slice(last, match.index), place);
      last = match.index + match[0].length;
    }
    out.push(text.slice(last));
    return out;
  }

  /**
   * The host places a container's command reads and writes (`program.container`): the shell
   * interpreter reads the command, then each container path is mapped through the bind mounts
   * to the host's path. What no bind mount covers, a relative path without a known working
   * directory, a variable the container's environment does not set, and every path when the
   * Docker daemon is not the worker's own: nothing.
   */
  private containerPlaces(
    call: SyntaxNode,
    argument: SyntaxNode,
    container: ContainerMounts,
    frame: Frame,
  ): { access: "read" | "write"; place: Place; at?: SyntaxNode }[] {
    const daemon = container.daemon ? argumentAt(call, container.daemon) : undefined;
    if (daemon && unparenthesize(daemon).type !== "none") {
      const address = this.literalText(daemon, frame);
      if (address === undefined || !container.localDaemons.some((prefix) => address.startsWith(prefix)))
        return [];
    }
    const mounts = this.containerMounts(call, container, frame);
    if (mounts.length === 0) return [];
    const fragments = this.fragments(argument, frame);
    if (!fragments) return [];
    const env = this.dictItems(container.env ? argumentAt(call, container.env) : undefined);
    const cwdArgument = container.cwd ? argumentAt(call, container.cwd) : undefined;
    const cwd = cwdArgument ? this.literalText(cwdArgument, frame) : undefined;
    // A command that starts with an option is the arguments of the image's entrypoint
    // (`command="--input-dir=/data/raw --output-dir=/data/out"`): read as a program's we do not know.
    const first = fragments[0];
    const command =
      typeof first === "string" && first.trimStart().startsWith("-")
        ? ["entrypoint ", ...fragments]
        : fragments;
    const mentions = scanShell(command, {
      hole: HOLE_PLACE,
      env: (name) => {
        const value = env.get(name);
        return [value ? this.partOrHole(value, frame) : HOLE_PLACE];
      },
      ...(cwd?.startsWith("/") ? { cwd: [cwd.replace(/\/+$/, "")] } : {}),
      isPlace: looksLikePlace,
    });
    return mentions.flatMap((m) => {
      // A script inside the container is the image's, not a file of this repository.
      if (m.access === "run") return [];
      const place = hostPlace(mentionPlace(m), mounts);
      if (!place) return [];
      const word = wordOf(argument, m.parts);
      return [{ access: m.access, place, ...(word ? { at: word } : {}) }];
    });
  }

  /**
   * A container's bind mounts of host paths: `volumes=["host:container[:mode]", …]` and
   * `mounts=[Mount(target=…, source=…, type="bind"), …]`. A named volume (a source that is no
   * absolute path), a mount type other than a bind, and what cannot be read are left out.
   */
  private containerMounts(call: SyntaxNode, container: ContainerMounts, frame: Frame): ContainerMount[] {
    const mounts: ContainerMount[] = [];
    for (const element of this.listElements(
      container.volumes ? argumentAt(call, container.volumes) : undefined,
    )) {
      const fragments = this.fragments(element, frame);
      const mount = fragments ? bindString(fragments) : undefined;
      if (mount) mounts.push(mount);
    }
    for (const element of this.listElements(
      container.mounts ? argumentAt(call, container.mounts) : undefined,
    )) {
      const node = unparenthesize(element);
      const mountClass =
        node.type === "call"
          ? MOUNT_CLASSES.get(this.qualify(node.childForFieldName("function")) ?? "")
          : undefined;
      if (!mountClass) continue;
      const typeNode = argumentAt(node, mountClass.type);
      const type = typeNode ? this.literalText(typeNode, frame) : mountClass.defaultType;
      if (type === undefined || !mountClass.bindTypes.includes(type.toLowerCase())) continue;
      const targetNode = argumentAt(node, mountClass.target);
      const sourceNode = argumentAt(node, mountClass.source);
      const target = targetNode ? this.literalText(targetNode, frame) : undefined;
      const source = sourceNode ? this.fragments(sourceNode, frame) : undefined;
      if (target === undefined || !source) continue;
      // The type says bind: a source from a setting (`Variable.get("LOCAL_DATA_DIR")`) is a host path.
      const mount = bindSource(source, target, true);
      if (mount) mounts.push(mount);
    }
    return mounts;
  }

  /** The elements of a list (or tuple) literal, or of the list literal a name is bound to once. */
  private listElements(node: SyntaxNode | undefined): SyntaxNode[] {
    const inner = node ? unparenthesize(node) : undefined;
    if (inner?.type === "list" || inner?.type === "tuple") return [...inner.namedChildren];
    if (inner?.type === "identifier") {
      const bindings = this.reaching(inner.text, inner);
      const binding = bindings[0];
      if (
        bindings.length === 1 &&
        binding?.kind === "assign" &&
        binding.value &&
        binding.index === undefined
      ) {
        const value = unparenthesize(binding.value);
        if (value.type === "list" || value.type === "tuple") return [...value.namedChildren];
      }
    }
    return [];
  }

  /** `{"A": x, …}` (or `dict(A=x)`): its items by literal key. */
  /** A dict literal's or a `dict(k=v)` call's string keys and values (`op_kwargs=…`). */
  dictItems(node: SyntaxNode | undefined): Map<string, SyntaxNode> {
    return dictItems(node, this.context);
  }

  /** The text of an expression when all of it is known (a literal, a constant). */
  private literalText(node: SyntaxNode, frame: Frame): string | undefined {
    const fragments = this.fragments(node, frame);
    return fragments?.every((f) => typeof f === "string") ? fragments.join("") : undefined;
  }

  /**
   * The text a value has in `frame`, when every part of it is known: a literal, or a parameter
   * the call gives a literal or leaves at its literal default (`def read(p, mode="r")`).
   */
  knownText(node: SyntaxNode, frame: Frame): string | undefined {
    const fragments = this.fragments(node, frame);
    if (!fragments) return undefined;
    let text = "";
    for (const fragment of fragments) {
      if (typeof fragment === "string") text += fragment;
      else if (fragment.pieces.every((piece) => "text" in piece))
        text += fragment.pieces.map((piece) => (piece as { text: string }).text).join("");
      else return undefined;
    }
    return text;
  }

  /**
   * A string argument as text and resolved parts — literal runs as text, f-string fields and
   * unknown parts as places — for an interpreter to read: it keeps what each part is (a
   * staging variable, a temp directory) wherever the interpreter finds it.
   */
  fragments(expression: SyntaxNode, frame: Frame, depth = 0): Fragment<Place>[] | undefined {
    if (depth > 8) return undefined;
    const node = unparenthesize(expression);
    switch (node.type) {
      case "string": {
        const prefix = node.child(0)?.text.toLowerCase() ?? "";
        const isFormat = prefix.includes("f");
        const isRaw = prefix.includes("r");
        const fragments: Fragment<Place>[] = [];
        for (const child of node.namedChildren) {
          if (child.type === "string_content") {
            let text = isRaw ? child.text : unescapePython(child.text);
            if (isFormat) text = text.replace(/\{\{/g, "{").replace(/\}\}/g, "}");
            fragments.push(text);
          } else if (child.type === "interpolation") {
            const inner = child.namedChild(0);
            fragments.push(inner ? this.partOrHole(inner, frame) : HOLE_PLACE);
          }
        }
        return fragments;
      }
      case "concatenated_string": {
        const fragments: Fragment<Place>[] = [];
        for (const part of node.namedChildren) {
          const inner = this.fragments(part, frame, depth + 1);
          if (!inner) return undefined;
          fragments.push(...inner);
        }
        return fragments;
      }
      case "list":
        return this.argvFragments(node.namedChildren, frame, depth);
      case "list_comprehension": {
        // `[c for c in cmd if c]`: the same words, some left out (empty options), as far as paths go.
        const filtered = filteredIterable(node);
        return filtered ? this.fragments(filtered, frame, depth + 1) : undefined;
      }
      case "identifier": {
        for (const binding of this.reaching(node.text, node)) {
          if (this.branch(binding.target, frame) === "dead") continue;
          if (binding.kind === "assign" && binding.value && binding.index === undefined) {
            if (unparenthesize(binding.value).type === "list") {
              const words = this.builtList(binding, node, frame);
              return words ? this.argvFragments(words, frame, depth) : undefined;
            }
            return this.fragments(binding.value, frame, depth + 1);
          }
        }
        const place = this.place(node, frame);
        return place ? [place] : undefined;
      }
      case "binary_operator": {
        if (node.childForFieldName("operator")?.text !== "+") break;
        const left = this.fragments(node.childForFieldName("left")!, frame, depth + 1);
        const right = this.fragments(node.childForFieldName("right")!, frame, depth + 1);
        if (!left && !right) return undefined;
        return [...(left ?? [HOLE_PLACE]), ...(right ?? [HOLE_PLACE])];
      }
      case "call": {
        // `textwrap.dedent(sql)`, `sql.strip()`: the same text, as far as paths go.
        const callee = node.childForFieldName("function")!;
        const name = this.qualify(callee);
        const first = callArguments(node).positional[0];
        if (name && TEXT_SAME_FUNCTIONS.has(name) && first) return this.fragments(first, frame, depth + 1);
        if (callee.type === "attribute" && TEXT_SAME_METHODS.has(callee.childForFieldName("attribute")!.text))
          return this.fragments(callee.childForFieldName("object")!, frame, depth + 1);
        // `"curl {url} -o {output}".format(url=URL, output=FILE)`: the template's text with each
        // field's value, as an f-string's.
        if (callee.type === "attribute" && callee.childForFieldName("attribute")!.text === "format") {
          const object = callee.childForFieldName("object")!;
          const template = stringLiteral(unparenthesize(object)) ?? this.constantText(object);
          if (template !== undefined) return this.formatFragments(template, node, frame);
        }
        // `subprocess.run(command.split())`: the command's words, split at white space as the
        // shell would split them.
        if (
          callee.type === "attribute" &&
          callee.childForFieldName("attribute")!.text === "split" &&
          node.childForFieldName("arguments")?.namedChildCount === 0
        )
          return this.fragments(callee.childForFieldName("object")!, frame, depth + 1);
        break;
      }
    }
    const place = this.place(node, frame);
    return place ? [pathOnly(place)] : undefined;
  }

  qualify(node: SyntaxNode | null | undefined): string | undefined {
    return node ? this.context.qualify(node) : undefined;
  }

  /** A `str.format` call's text: literal parts as text, each field its argument's place (or a hole). */
  private formatFragments(template: string, call: SyntaxNode, frame: Frame): Fragment<Place>[] {
    const { positional, keywords } = callArguments(call);
    return [...formatTemplateParts(template, positional, keywords)].map((part) =>
      "text" in part ? part.text : part.value ? this.partOrHole(part.value, frame) : HOLE_PLACE,
    );
  }

  /**
   * A command as a list of words (`subprocess.run([prog, "-o", out])`): each element one shell
   * word, single-quoted so the shell interpreter splits and expands nothing in it. A `*splat`
   * (how many words?) makes the command unknown.
   */
  private argvFragments(
    elements: readonly SyntaxNode[],
    frame: Frame,
    depth: number,
  ): Fragment<Place>[] | undefined {
    if (elements.length > MAX_ARGV_WORDS) return undefined;
    const fragments: Fragment<Place>[] = [];
    for (const element of elements) {
      if (element.type === "list_splat" || element.type === "comment") {
        if (element.type === "comment") continue;
        return undefined;
      }
      if (fragments.length > 0) fragments.push(" ");
      fragments.push("'");
      for (const fragment of this.fragments(element, frame, depth + 1) ?? [HOLE_PLACE])
        fragments.push(typeof fragment === "string" ? fragment.replace(/'/g, "'\\''") : fragment);
      fragments.push("'");
    }
    return fragments;
  }

  /**
   * The elements of a list variable as the code builds it before `use`: its list literal, then
   * each `name.append(x)` / `name.extend([…])` statement, in order, when every one stands in
   * the same block as the assignment (none under an `if`, a loop or a `try` of its own: then
   * which words the command has is not known) and the name is used in no other way in between.
   * An operator class's method read for one declaration (`Frame.instance.values`) decides the
   * `if`s on its attributes: a statement in a branch it cannot take is skipped, one in branches
   * it takes for sure counts as in the block; any other `if` leaves the command unknown.
   */
  private builtList(binding: Binding, use: SyntaxNode, frame: Frame): SyntaxNode[] | undefined {
    const statement = binding.target.parent?.parent;
    const block = statement?.parent;
    if (binding.target.parent?.type !== "assignment" || statement?.type !== "expression_statement" || !block)
      return undefined;
    // The command is run in the block's own code (not in another function, far below).
    if (use.id > block.lastDescendantId || use.id - binding.target.id > 20_000) return undefined;
    const elements = [...unparenthesize(binding.value!).namedChildren];
    const name = binding.target.text;
    for (let id = binding.target.id + 1; id < use.id; id++) {
      const node = binding.target.tree.node(id);
      if (node.type !== "identifier" || !node.hasText(name) || node.startIndex < statement.endIndex) continue;
      // `cmd = [c for c in cmd if c]`: the target of the assignment whose value is the use.
      const right = node.parent?.type === "assignment" ? node.parent.childForFieldName("right") : null;
      if (right && right.startIndex <= use.startIndex && use.endIndex <= right.endIndex) continue;
      // Code in a branch the declaration cannot take (`Frame.instance.values`) does nothing.
      if (this.branch(node, frame) === "dead") continue;
      // `name.append(x)` / `name.extend([…])`, a statement of its own in the assignment's block,
      // or in branches of `if`s there that the declaration takes for sure.
      const attribute = node.parent;
      const call = attribute?.parent;
      const method =
        attribute?.type === "attribute" ? attribute.childForFieldName("attribute")?.text : undefined;
      if (
        attribute?.childForFieldName("object") !== node ||
        call?.type !== "call" ||
        call.parent?.type !== "expression_statement" ||
        (call.parent.parent !== block &&
          (!this.within(call.parent, block) || this.branch(call.parent, frame, block) !== "live"))
      )
        return undefined;
      const args = callArguments(call);
      const first = args.positional[0];
      if (args.positional.length !== 1 || args.keywords.size > 0 || !first) return undefined;
      if (method === "append") elements.push(first);
      else if (method === "extend" && unparenthesize(first).type === "list")
        elements.push(...unparenthesize(first).namedChildren);
      else return undefined;
      if (elements.length > MAX_ARGV_WORDS) return undefined;
    }
    return elements;
  }

  /** Whether `node` lies in `block` through `if` statements only (their branches' blocks). */
  private within(node: SyntaxNode, block: SyntaxNode): boolean {
    for (let current = node.parent; current; current = current.parent) {
      if (current.id === block.id) return true;
      if (!["block", "if_statement", "elif_clause", "else_clause"].includes(current.type)) return false;
    }
    return false;
  }
}

/** Words of a command list followed: more is not a command line written by hand. */
const MAX_ARGV_WORDS = 64;

/** A hole standing for text an interpreter cannot read. */
const HOLE_PLACE: Place = { pieces: [HOLE] };

/** Functions and methods that keep a text as it is, as far as the paths in it go. */
const TEXT_SAME_FUNCTIONS = new Set(["textwrap.dedent", "inspect.cleandoc", "str"]);
const TEXT_SAME_METHODS = new Set(["strip", "lstrip", "rstrip"]);

function unescapePython(text: string): string {
  if (!text.includes("\\")) return text;
  return text.replace(/\\(\n|.)/g, (whole, char: string) => {
    switch (char) {
      case "\n":
        return "";
      case "n":
        return "\n";
      case "t":
        return "\t";
      case "\\":
      case "'":
      case '"':
        return char;
      default:
        return whole;
    }
  });
}

/** Methods of some receiver whose effect names its members (`effect.members`), with those slots. */
const MEMBER_SLOTS: ReadonlyMap<string, ArgSlot[]> = (() => {
  const slots = new Map<string, ArgSlot[]>();
  for (const methods of Object.values(RECEIVER_METHODS))
    for (const [method, api] of Object.entries(methods))
      for (const effect of api.effects)
        if (effect.members) slots.set(method, [...(slots.get(method) ?? []), effect.members]);
  return slots;
})();

/** A value is a place when it looks like one: a variable's value alone (a key, a region) is not. */
function looksLikePlace(place: Place): boolean {
  const first = place.pieces[0];
  return (
    first !== undefined &&
    "text" in first &&
    /^(\/|~\/|\$\{|[a-z][a-z0-9+.-]*:\/\/)/i.test(first.text) &&
    isPathLike(patternOf(place.pieces))
  );
}

/**
 * The element of a list-of-words command that holds a mention (its first literal text), for
 * the finding to point at the word rather than the start of a long list.
 */
function wordOf(argument: SyntaxNode, parts: readonly Fragment<Place>[]): SyntaxNode | undefined {
  const list = unparenthesize(argument);
  const first = parts[0];
  if (list.type !== "list" || typeof first !== "string" || first === "") return undefined;
  return list.namedChildren.find((element) => element.type === "string" && element.text.includes(first));
}

/** A host directory bind-mounted at a container path. */
export interface ContainerMount {
  target: string;
  source: Place;
}

/** docker-py's bind string `host:container[:mode]`: the host path and the container path. */
export function bindString(fragments: readonly Fragment<Place>[]): ContainerMount | undefined {
  // The container path is literal text after the last opaque value: `{HOST}:/data:ro`.
  const lastValue = fragments.findLastIndex((f) => typeof f !== "string");
  const tail = fragments.slice(lastValue + 1).join("");
  const split = tail.indexOf(":/");
  if (split < 0) return undefined;
  const target = tail.slice(split + 1).split(":")[0]!;
  const head = tail.slice(0, split);
  return bindSource([...fragments.slice(0, lastValue + 1), ...(head ? [head] : [])], target);
}

/**
 * A bind of a host path: the source must be absolute (a bare name is a named volume) — or, for a
 * mount whose type says bind (`bound`), a setting's value (`${var.LOCAL_DATA_DIR}`, `${DATA_DIR}`):
 * the same host folder for every task of the deployment.
 */
function bindSource(
  source: readonly Fragment<Place>[],
  target: string,
  bound = false,
): ContainerMount | undefined {
  if (!target.startsWith("/")) return undefined;
  const place = placeOfParts(source, false);
  const first = place.pieces[0];
  if (!first || !("text" in first)) return undefined;
  if (!first.text.startsWith("/") && !(bound && first.text.startsWith("${"))) return undefined;
  return { target: target.length > 1 ? target.replace(/\/+$/, "") : target, source: place };
}

/** A container path as the host's: under the deepest bind mount that covers it, else nothing. */
export function hostPlace(place: Place, mounts: readonly ContainerMount[]): Place | undefined {
  const first = place.pieces[0];
  if (!first || !("text" in first) || !first.text.startsWith("/")) return undefined;
  let best: ContainerMount | undefined;
  for (const mount of mounts) {
    const covers =
      mount.target === "/" || first.text === mount.target || first.text.startsWith(`${mount.target}/`);
    if (covers && (!best || mount.target.length > best.target.length)) best = mount;
  }
  if (!best) return undefined;
  // What follows the mount point, from its `/` on (`/data/` under `/data` keeps its slash).
  let rest = best.target === "/" ? first.text : first.text.slice(best.target.length);
  const last = best.source.pieces.at(-1);
  if (last !== undefined && "text" in last && last.text.endsWith("/")) rest = rest.replace(/^\//, "");
  const pieces = rest === "" ? [] : [{ text: rest }];
  return {
    ...rootFlags(best.source),
    ...(place.guessed ? { guessed: true as const } : {}),
    hostMount: true,
    pieces: normalizePieces([...best.source.pieces, ...pieces, ...place.pieces.slice(1)]),
  };
}

/** The literal text a mention's parts end with (`/opt/airflow/scripts/x.sh` of `{*}/scripts/x.sh`). */
function literalTail(parts: readonly Fragment<Place>[]): string | undefined {
  const last = parts.at(-1);
  return typeof last === "string" ? last : undefined;
}

/** A shell mention as a place, marked when only a convention of an unknown program names it. */
function mentionPlace(mention: Mention<Place>): Place {
  const place = placeOfParts(mention.parts, mention.glob);
  return {
    ...place,
    ...(mention.guessed ? { guessed: true as const } : {}),
    ...(mention.intoDirectory ? { intoDirectory: true as const } : {}),
  };
}

/** An interpreter's mention as a place: text runs with holes, parts as resolved; flags from where it starts. */
function placeOfParts(parts: readonly Fragment<Place>[], glob: boolean | undefined): Place {
  const pieces: Piece[] = [];
  for (const part of parts) {
    if (typeof part === "string") pieces.push(...literalPieces(part, glob));
    else pieces.push(...part.pieces);
  }
  const first = parts[0];
  return {
    ...(first !== undefined && typeof first !== "string" ? rootFlags(first) : {}),
    pieces: normalizePieces(pieces),
  };
}

/** A path on a remote server: `sftp://CONNECTION/path` (a hole when the connection is not known). */
function remotePlace(scheme: string, place: Place, host: Place | undefined): Place {
  const first = place.pieces[0];
  if (first && "text" in first && SCHEME.test(first.text)) return place;
  return {
    pieces: normalizePieces([
      { text: `${scheme}://` },
      ...(host?.pieces ?? [HOLE]),
      { text: "/" },
      ...stripLeadingSlash(place.pieces),
    ]),
  };
}

/** The path alone: not a file handle, path object or directory object any more. */
export function pathOnly(place: Place): Place {
  const rest: Place = { ...place };
  delete rest.pathObject;
  delete rest.directoryObject;
  delete rest.handle;
  return rest;
}

/**
 * `str.replace(old, new)` on a place: every `old` in its literal text becomes `new`. Unknown when
 * `old` is in no literal part but the place has unknown parts (they may hold it), or when the
 * first part changes in a place whose root says where it is (a temp prefix, the staging
 * variable): the new root may be elsewhere.
 */
function replacedText(place: Place, old: string, replacement: string): Place | undefined {
  if (old === "") return undefined;
  let found = false;
  const pieces = place.pieces.map((piece) => {
    if (!("text" in piece) || !piece.text.includes(old)) return piece;
    found = true;
    return { text: piece.text.split(old).join(replacement) };
  });
  if (!found) return place.pieces.every((piece) => "text" in piece) ? place : undefined;
  const rootFlags = place.temp || place.staging || place.stagingFallback;
  if (rootFlags && pieces[0] !== place.pieces[0]) return undefined;
  return { ...place, pieces: normalizePieces(pieces) };
}

/** `[f for f in xs if …]`: `xs`, whose elements the comprehension keeps (one clause, the body its name). */
function filteredIterable(comprehension: SyntaxNode): SyntaxNode | undefined {
  const clauses = comprehension.namedChildren.filter((c) => c.type === "for_in_clause");
  const body = comprehension.childForFieldName("body");
  const left = clauses[0]?.childForFieldName("left");
  if (
    clauses.length !== 1 ||
    left?.type !== "identifier" ||
    body?.type !== "identifier" ||
    body.text !== left.text
  )
    return undefined;
  return clauses[0]!.childForFieldName("right") ?? undefined;
}

/**
 * The object and key of an item read: `value["key"]`, or `value.get("key")` /
 * `value.get("key", default)` of a value that is no module (`requests.get(url)` is no item).
 */
function itemAccess(node: SyntaxNode): { object: SyntaxNode; item: string } | undefined {
  if (node.type === "subscript") {
    const item = stringLiteral(node.childForFieldName("subscript"));
    return item !== undefined ? { object: node.childForFieldName("value")!, item } : undefined;
  }
  if (node.type !== "call") return undefined;
  const callee = node.childForFieldName("function");
  if (callee?.type !== "attribute" || callee.childForFieldName("attribute")?.text !== "get") return undefined;
  const { positional, keywords } = callArguments(node);
  if (keywords.size > 0 || positional.length === 0 || positional.length > 2) return undefined;
  const item = stringLiteral(positional[0]);
  return item !== undefined ? { object: callee.childForFieldName("object")!, item } : undefined;
}

/**
 * A place without the head another place names (`s3://{*}/` of `s3://{*}/raw/x.json` leaves
 * `raw/x.json`): the head starts with literal text and matches piece for piece, its last text
 * piece a prefix of the place's. Undefined when it is not the place's head.
 */
function withoutHead(place: Place, head: Place): Place | undefined {
  const count = head.pieces.length;
  const first = head.pieces[0];
  if (count === 0 || count > place.pieces.length || !first || !("text" in first)) return undefined;
  for (let i = 0; i < count - 1; i++)
    if (JSON.stringify(place.pieces[i]) !== JSON.stringify(head.pieces[i])) return undefined;
  const last = head.pieces[count - 1]!;
  const at = place.pieces[count - 1]!;
  let rest: Piece[];
  if ("text" in last) {
    if (!("text" in at) || !at.text.startsWith(last.text)) return undefined;
    rest = at.text.length > last.text.length ? [{ text: at.text.slice(last.text.length) }] : [];
  } else if (JSON.stringify(at) === JSON.stringify(last)) rest = [];
  else return undefined;
  const pieces = normalizePieces([...rest, ...place.pieces.slice(count)]);
  return pieces.length > 0 ? { pieces } : undefined;
}

/** `Path.with_suffix(suffix)`: the last name's suffix replaced (an unknown name's stem stays unknown). */
function withSuffix(place: Place, suffix: string): Place | undefined {
  const last = place.pieces.at(-1);
  if (!last) return undefined;
  if (!("text" in last)) return { ...place, pieces: normalizePieces([...place.pieces, { text: suffix }]) };
  const slash = last.text.lastIndexOf("/");
  const dot = last.text.lastIndexOf(".");
  // A dot in the last name, not its first character (`.env` has no suffix).
  const stemEnd = dot > slash + 1 ? dot : last.text.length;
  const text = last.text.slice(0, stemEnd) + suffix;
  return { ...place, pieces: normalizePieces([...place.pieces.slice(0, -1), { text }]) };
}

function stripLeadingSlash(pieces: readonly Piece[]): Piece[] {
  const first = pieces[0];
  if (first && "text" in first && first.text.startsWith("/"))
    return normalizePieces([{ text: first.text.replace(/^\/+/, "") }, ...pieces.slice(1)]);
  return [...pieces];
}

const FUNCTION_TYPES = new Set(["function_definition", "lambda"]);

/**
 * `self.name` called in a method: that method of the same class (the last definition in its
 * body), or undefined. `self` is the method's first parameter.
 */
export function ownMethod(callee: SyntaxNode, method: SyntaxNode): SyntaxNode | undefined {
  const object = callee.childForFieldName("object");
  if (object?.type !== "identifier" || object.text !== firstParameter(method)) return undefined;
  const cls = methodClass(method);
  return cls ? classMethods(cls).get(callee.childForFieldName("attribute")!.text) : undefined;
}

/** The function (or lambda) whose body or parameters contain a node. */
export function enclosingFunction(node: SyntaxNode): SyntaxNode | undefined {
  for (let current = node.parent; current; current = current.parent) {
    if (FUNCTION_TYPES.has(current.type)) return current;
  }
  return undefined;
}

/**
 * What a same-file `@contextmanager` generator yields (`with sftp_client() as sftp` binds it):
 * its own `yield value` expressions; none for any other function.
 */
function contextManagerYields(fn: SyntaxNode): SyntaxNode[] {
  const decorated = fn.parent?.type === "decorated_definition" ? fn.parent : undefined;
  const isContextManager = decorated?.namedChildren.some(
    (child) =>
      child.type === "decorator" && /(^|\.)contextmanager$/.test(child.text.replace(/^@\s*/, "").trim()),
  );
  if (!isContextManager) return [];
  const yielded: SyntaxNode[] = [];
  for (const node of fn.descendantsOfType("yield")) {
    const value = node.namedChild(0);
    if (value && enclosingFunction(node)?.id === fn.id) yielded.push(value);
  }
  return yielded;
}
