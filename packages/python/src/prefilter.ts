/**
 * The text prefilter: a Python file none of whose names any rule reacts to is answered without a
 * parse. Most files of a DAG repository hand nothing on: no TaskFlow task, no `python_callable`
 * operator, no storage API. Parsing and copying them is most of a run's time, and their model
 * would have no handoff, no storage operation and no environment read a rule judges.
 *
 * Why a name is enough. Every fact a rule reads comes from a task, a staging read or a
 * suppression, and each of those starts at a name a catalog knows, written in the file as a whole
 * identifier — at the call, or in the import it came from (`from x import A as B` still spells
 * `A`; qualified names are resolved by replacing the head only, `ModuleContext.qualify`):
 *
 * - handoffs (`no-unserializable-xcom`, and the locations handed on by XCom) come only from
 *   tasks whose code we read: the TaskFlow decorators (`TASK_DECORATORS`: `task`, `python_task`,
 *   `virtualenv_task`, with a TaskFlow module named; `@task.bash`'s command too) and the `python_callable` operators
 *   (`PYTHON_OPERATORS`) — `xcom_push` and `PokeReturnValue` count only inside their code;
 * - storage operations (the storage rules) come from a storage API called in such a task's code
 *   (or a helper it calls), or from the declaration of an operator whose arguments are files
 *   (`STORAGE_OPERATORS`, a team's operators in `writeApis` / `readApis`): `storage.ts`,
 *   `collect` and `collectDeclaration`. So the storage functions and methods (`open`, `get`,
 *   `sql` …) need no names of their own — they are read only inside a task named above, and
 *   most DAG files spell them somewhere;
 * - an operator class of the repository's own code (`operator-classes.ts`) is read where the
 *   file instantiates it: a file that defines and calls a class named `…Operator` / `…Sensor`
 *   (or based on one), or imports one (`from http_fetch_operator import HttpFetchOperator`) —
 *   or any name it calls with a `task_id=` — from a module that may be the repository's (not
 *   the standard library's nor an installed package's, `project.ts`), is analysed
 *   (`mayUseRepositoryOperator`);
 * - a TaskFlow function or an operator factory of another repository module
 *   (`repository-tasks.ts`) makes a task where a DAG's body calls it: a file that names a DAG
 *   (`@dag` with a TaskFlow module, or the `DAG` class), and calls on an indented line a name it
 *   imports from a module that may be the repository's, is analysed (`mayCallRepositoryTask`);
 * - environment reads matter only for the staging variable (`staging-requires-volume`), whose
 *   name is spelled in the file;
 * - a suppression comment (`# dag-transport: …`) may be unused, reasonless or malformed: a file
 *   with one is always analysed.
 *
 * The value catalog (`catalogs/values.ts`) needs no names either: a value is judged only when a
 * task hands it on. Names are matched as whole identifiers anywhere in the text (comments and
 * strings too): a false match only costs a parse. `prefilter.test.ts` checks every catalog name
 * is here, and that no fixture or example the prefilter skips had anything to report.
 *
 * The trade-off (README, docs/architecture.md): a file skipped is not parsed, so its syntax
 * errors and over-deep nesting are not reported — a transport linter is not a syntax checker.
 */
import { readStorageKnowledge, type FrontendOptions, type StorageKnowledge } from "@dag-transport/core";
import { PYTHON_OPERATORS, TASK_DECORATORS, TASKFLOW_ALIASES, TASKFLOW_MODULES } from "./catalogs/airflow.js";
import { STORAGE_OPERATORS } from "./catalogs/storage.js";
import { mayBeProjectModule } from "./project.js";

/** The text every suppression comment contains (`suppressions.ts`: `# dag-transport: …`). */
export const SUPPRESSION_MARKER = "dag-transport";

/** The last name of a qualified name or a `call` from configuration (`pkg.mod.fn`, `.method`). */
function lastName(qualified: string): string | undefined {
  const names = qualified.match(/[\p{L}\p{N}_]+/gu);
  return names?.[names.length - 1];
}

/**
 * Names that make a file worth parsing whatever the configuration: every name a catalog row
 * is matched by. Exported for the test that proves every catalog name is covered.
 */
export const CATALOG_TRIGGER_NAMES: ReadonlySet<string> = new Set(
  [...PYTHON_OPERATORS.keys(), ...STORAGE_OPERATORS.keys()]
    .filter((name) => !isPackageFunction(name))
    .map((name) => lastName(name)!),
);

/**
 * A package's function that declares a task (`astro.sql.load_file`): its name alone is too
 * common (`S3Hook.load_file`), so a file must spell both it and its package (`import astro`).
 */
function isPackageFunction(qualified: string): boolean {
  return !/^\p{Lu}/u.test(lastName(qualified)!);
}

/** Each package function's package and name (`["astro", "load_file"]`), as a file spells them. */
const PACKAGE_FUNCTION_TRIGGERS: readonly (readonly [RegExp, string])[] = [...STORAGE_OPERATORS.keys()]
  .filter(isPackageFunction)
  .map((qualified) => [triggerPattern([qualified.split(".")[0]!]), lastName(qualified)!] as const);

/**
 * The TaskFlow decorators' names (`task.virtualenv` is spelled `task`): a task only where a
 * TaskFlow module is named too (`TASKFLOW_NAMES`), for `tasks.ts` takes a decorator only from
 * those modules — and `task` alone is in most DAG files (`for task in …`).
 */
export const TASKFLOW_DECORATOR_NAMES: ReadonlySet<string> = new Set(
  Object.keys(TASK_DECORATORS).map((name) => name.split(".")[0]!),
);

/** The last names of the TaskFlow modules (`airflow.sdk` → `sdk`), spelled in any import of them. */
export const TASKFLOW_MODULE_NAMES: ReadonlySet<string> = new Set(
  [
    ...TASKFLOW_MODULES,
    ...[...TASKFLOW_ALIASES.keys()].map((alias) => alias.slice(0, alias.lastIndexOf("."))),
  ].map((m) => lastName(m)!),
);

const TASKFLOW_DECORATOR_PATTERN = triggerPattern(TASKFLOW_DECORATOR_NAMES);
const TASKFLOW_MODULE_PATTERN = triggerPattern(TASKFLOW_MODULE_NAMES);

/** Names from configuration: a team's storage APIs and the staging variable(s). */
function configuredNames(knowledge: StorageKnowledge): string[] {
  return [...knowledge.apis.map((api) => api.call), ...knowledge.settings.stagingVariables].flatMap(
    (name) => lastName(name) ?? [],
  );
}

function escape(name: string): string {
  return name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** One pattern per set of names: a whole identifier among them, anywhere in the text. */
function triggerPattern(names: Iterable<string>): RegExp {
  const sorted = [...new Set(names)].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  return new RegExp(`(?<![\\p{L}\\p{N}_])(?:${sorted.map(escape).join("|")})(?![\\p{L}\\p{N}_])`, "u");
}

let cached: { knowledge: StorageKnowledge; key: string; pattern: RegExp } | undefined;

/** The pattern for these options (cached: a run passes the same settings for every file). */
function patternFor(options: FrontendOptions): RegExp {
  const knowledge = readStorageKnowledge(options);
  // The same knowledge object: the same names (`readStorageKnowledge` returns its last one).
  if (cached?.knowledge === knowledge) return cached.pattern;
  const extra = configuredNames(knowledge);
  const key = extra.join("\n");
  if (cached?.key !== key)
    cached = { knowledge, key, pattern: triggerPattern([...CATALOG_TRIGGER_NAMES, ...extra]) };
  else cached.knowledge = knowledge;
  return cached.pattern;
}

const OPERATOR_NAME = /[\p{L}\p{N}_](?:Operator|Sensor)(?![\p{L}\p{N}_])/u;
/** `class FetchOperator…`, or a class of another name whose bases name one (`class ExtractOp(BaseOperator)`). */
const OPERATOR_CLASS =
  /^[ \t]*class[ \t]+(?:([\p{L}\p{N}_]*(?:Operator|Sensor))\b|([\p{L}\p{N}_]+)[ \t]*\([^)]*?[\p{L}\p{N}_](?:Operator|Sensor)\b)/gmu;
/** `from MODULE import NAMES`, the names on one line or in parentheses over several. */
const FROM_IMPORT = /^[ \t]*from[ \t]+(\.*)([\p{L}\p{N}_.]*)[ \t]+import[ \t]+(\([^)]*\)|[^\n]*)/gmu;

/**
 * Whether the file may instantiate an operator class of the repository: it defines one and
 * calls it, or imports from a module that may be the repository's a name ending in
 * `Operator` / `Sensor`, or another name it calls with a `task_id` (`ExtractOp(task_id=…)`: an
 * operator whatever its name, `isOperatorClass`).
 */
export function mayUseRepositoryOperator(source: string): boolean {
  const named = OPERATOR_NAME.test(source);
  // A class defined here counts where it is also instantiated here (a plugin module only defines).
  if (named) {
    for (const [, operator, other] of source.matchAll(OPERATOR_CLASS)) {
      if (called(source, (operator ?? other)!)) return true;
    }
  }
  const givenTaskIds = calleesGivenTaskId(source);
  if (!named && givenTaskIds.size === 0) return false;
  for (const [, dots, dotted, names] of source.matchAll(FROM_IMPORT)) {
    if (!dots && !mayBeProjectModule(dotted!.split(".")[0]!)) continue;
    if (named && OPERATOR_NAME.test(names!)) return true;
    for (const [name] of names!.matchAll(IMPORTED_NAME)) if (givenTaskIds.has(name)) return true;
  }
  return false;
}

const NAMES_A_DAG = /(?<![\p{L}\p{N}_])(?:DAG|dag)(?![\p{L}\p{N}_])/u;
const NAMES_THE_DAG_CLASS = /(?<![\p{L}\p{N}_])DAG(?![\p{L}\p{N}_])/u;

/**
 * Whether the file may call a task-making function another module of the repository defines —
 * a TaskFlow task, or an operator factory (`laws = make_laws_nt(dag)`, `repository-tasks.ts`):
 * it names a DAG and a TaskFlow module (`from airflow.decorators import dag`), or the `DAG` class,
 * and calls on an indented line a name it imports from a module that may be the repository's.
 */
export function mayCallRepositoryTask(source: string): boolean {
  const namesDag =
    NAMES_THE_DAG_CLASS.test(source) || (NAMES_A_DAG.test(source) && TASKFLOW_MODULE_PATTERN.test(source));
  if (!namesDag) return false;
  for (const [, dots, dotted, names] of source.matchAll(FROM_IMPORT)) {
    if (!dots && !mayBeProjectModule(dotted!.split(".")[0]!)) continue;
    for (const [name] of names!.matchAll(IMPORTED_NAME))
      if (name !== "as" && called(source, name, true)) return true;
  }
  return false;
}

/** A name of an import list (`as` aliases included: the alias is the name called). */
const IMPORTED_NAME = /[\p{L}_][\p{L}\p{N}_]*/gu;
const IDENTIFIER_CHAR = /[\p{L}\p{N}_]/u;

/**
 * Whether `name(` is called here, other than in its own `class` line; `indented`: on an indented
 * line (a DAG's body), not in a module-level statement (`default_args = defaults()`).
 */
function called(source: string, name: string, indented = false): boolean {
  for (let at = source.indexOf(name); at !== -1; at = source.indexOf(name, at + name.length)) {
    const before = source[at - 1];
    if (before !== undefined && (before === "." || IDENTIFIER_CHAR.test(before))) continue;
    if (/class\s+$/.test(source.slice(Math.max(0, at - 12), at))) continue;
    if (indented && !/^[ \t]/.test(source.slice(source.lastIndexOf("\n", at) + 1, at + 1))) continue;
    let next = at + name.length;
    while (source[next] === " " || source[next] === "\t") next++;
    if (source[next] === "(") return true;
  }
  return false;
}

/** How far back from a `task_id=` the call's opening parenthesis is looked for. */
const MAX_ARGUMENTS_BEFORE_TASK_ID = 2000;

/**
 * The bare names called with a `task_id=` argument (`ExtractOp(config=c, task_id="e")`): from
 * each `task_id=`, back to the unmatched `(` and the name before it. One pass over the few
 * `task_id`s of a file; a parenthesis inside a string may hide a call (a false match only costs
 * a parse).
 */
function calleesGivenTaskId(source: string): Set<string> {
  const names = new Set<string>();
  // No scan goes back past the previous `task_id` (its call opened after it, but for a nested
  // one's): the whole text is walked at most twice, however many `task_id`s it holds.
  let previous = 0;
  for (let at = source.indexOf("task_id"); at !== -1; previous = at, at = source.indexOf("task_id", at + 7)) {
    if (at > 0 && IDENTIFIER_CHAR.test(source[at - 1]!)) continue;
    let next = at + 7;
    while (source[next] === " " || source[next] === "\t") next++;
    if (source[next] !== "=" || source[next + 1] === "=") continue;
    let depth = 0;
    let open = at - 1;
    const stop = Math.max(previous, at - MAX_ARGUMENTS_BEFORE_TASK_ID);
    for (; open >= stop; open--) {
      const char = source[open];
      if (char === ")" || char === "]" || char === "}") depth++;
      else if (char === "(" || char === "[" || char === "{") {
        if (depth === 0) break;
        depth--;
      }
    }
    if (open < stop || source[open] !== "(") continue;
    let end = open;
    while (end > 0 && (source[end - 1] === " " || source[end - 1] === "\t")) end--;
    let begin = end;
    while (begin > 0 && IDENTIFIER_CHAR.test(source[begin - 1]!)) begin--;
    if (begin < end && source[begin - 1] !== ".") names.add(source.slice(begin, end));
  }
  return names;
}

/**
 * Whether the analysis of this Python text can give any rule anything to judge. False means the
 * full analysis would find no handoff, storage operation, staging read or suppression: the
 * frontend answers with an empty model, unparsed.
 */
export function mayConcernRules(source: string, options: FrontendOptions = {}): boolean {
  if (source.includes(SUPPRESSION_MARKER)) return true;
  if (patternFor(options).test(source)) return true;
  for (const [pkg, name] of PACKAGE_FUNCTION_TRIGGERS)
    if (source.includes(name) && pkg.test(source)) return true;
  if (TASKFLOW_DECORATOR_PATTERN.test(source) && TASKFLOW_MODULE_PATTERN.test(source)) return true;
  return mayUseRepositoryOperator(source) || mayCallRepositoryTask(source);
}
