/**
 * The plugin's one model cache: a file is analysed once per options, whoever asks — each rule
 * (`rules.ts`), and the python language's source code for its suppressions and fatal
 * diagnostics (`python/source-code.ts`, with the defaults). ESLint runs each rule separately and
 * each rule knows only its own options, so the model is built with every rule's default options,
 * the options the team's configuration shares (`settings["dag-transport"]`), and the running
 * rule's own; while they agree (the common case, and always under `projectConfig`) all rules
 * share one model. The cache is keyed by the file's `SourceCode` (one per text ESLint lints) and
 * the resolved options, compared by value.
 *
 * Across lints, an editor lints the same text again and again (on save after the keystroke's
 * lint, when another file or the configuration changes, when a file is focused): the last
 * models of the most recently linted files are kept (`recent`, a few files) and reused when
 * the file's name, text and options are the same and nothing else the analysis read has
 * changed — for Python every repository file read for imported helpers, read again and
 * compared (a module that was missing and now exists misses too, as in the CLI's `--cache`);
 * TypeScript's analysis reads nothing but the syntax tree, whose scopes depend on the source
 * type too, and a model computed with type information is never reused (the program may have
 * changed elsewhere). The Leoflow project and the Airflow version are attached afresh on every
 * lint, to a copy.
 */
import {
  diskProjectFiles,
  emptyModel,
  eslintTextProblem,
  readWorkspaceBytes,
  workspaceRootFor,
  type FrontendOptions,
  type ProjectFiles,
  type TextRead,
  type TransportModel,
} from "@dag-transport/core";
import { detectAirflowVersion, findLeoflowProject } from "@dag-transport/deployment";
import { analyzePython, IncrementalParse } from "@dag-transport/python";
import { allRules } from "@dag-transport/rules";
import {
  analyzeTypeScriptAst,
  type ScopeManagerLike,
  type TraversalStep,
  type TypeInformation,
} from "@dag-transport/typescript";
import type { TSESTree } from "@typescript-eslint/types";
import { PythonSourceCode } from "./python/source-code.js";

/**
 * Where the team's options shared across rules are found (see `project-config.ts`):
 * `settings["dag-transport"]` for the rules, and — for Python files, whose language reads the
 * file's suppressions and fatal diagnostics before any rule runs, and sees no settings —
 * `languageOptions["dag-transport"]`, the same object.
 */
export const SETTINGS_KEY = "dag-transport";

/**
 * `settings["dag-transport"]` (and a Python file's `languageOptions["dag-transport"]`). ESLint
 * deep-merges both across configuration objects, so each config file's options sit under its
 * own key and `active` names the one that governs the file: a nearer config's options never
 * mix with a farther one's.
 */
export interface SharedSettings {
  /** The config file governing the file being linted (a key of `options`). */
  active?: string;
  /** Per config file: resolved options of every enabled rule (what the CLI's frontend gets). */
  options?: Record<string, FrontendOptions>;
}

/** The options of the configuration governing the file, from `settings["dag-transport"]` (or the language options'). */
export function sharedOptions(settings: SharedSettings | undefined): FrontendOptions | undefined {
  return settings?.active !== undefined ? settings.options?.[settings.active] : undefined;
}

export function defaultFrontendOptions(): FrontendOptions {
  return Object.fromEntries(
    allRules.map((rule) => [rule.id, { ...(rule.defaultOptions as Record<string, unknown>) }]),
  );
}

/**
 * What the frontend gets for the file as a whole (the python language's suppressions and
 * diagnostics): every rule's defaults and the team's options of all enabled rules when
 * `projectConfig` shared them (one rule's options can be another's extraction knowledge).
 */
export function fileFrontendOptions(shared: FrontendOptions = {}): FrontendOptions {
  return { ...defaultFrontendOptions(), ...shared };
}

/**
 * What the frontend gets when one rule runs: the file's options and this rule's own. Under
 * `projectConfig` a rule's own options are the shared ones, so every rule and the language
 * ask for one model.
 */
export function frontendOptionsFor(
  ruleId: string,
  options: Record<string, unknown>,
  shared: FrontendOptions = {},
): FrontendOptions {
  return { ...fileFrontendOptions(shared), [ruleId]: options };
}

/** The parts of ESLint's JavaScript `SourceCode` the TypeScript frontend needs. */
interface JsSourceCode {
  text: string;
  ast: TSESTree.Program;
  /** typescript-eslint's scopes (or eslint-scope's, for plain JavaScript): the frontend reuses them. */
  scopeManager?: ScopeManagerLike | null;
  /**
   * ESLint's walk of the tree, which ESLint takes (and caches) before any rule runs:
   * the frontend indexes the tree from it instead of walking it again.
   */
  traverse?: () => Iterable<TraversalStep>;
  parserServices?: {
    program?: TypeInformation["program"] | null;
    esTreeNodeToTSNodeMap?: TypeInformation["esTreeNodeToTSNodeMap"];
  };
}

interface CacheEntry {
  /** Per options (`optionsKey`): the model. */
  models: Map<string, TransportModel>;
  /** Why ESLint's text of a Python file is not what Python reads (computed once), or null. */
  textProblem?: string | null;
}

const cache = new WeakMap<object, CacheEntry>();

/** The model of the file `sourceCode` holds, for these options: built on first request only. */
export function modelFor(sourceCode: object, filename: string, options: FrontendOptions): TransportModel {
  let entry = cache.get(sourceCode);
  if (!entry) {
    entry = { models: new Map() };
    cache.set(sourceCode, entry);
  }
  const key = optionsKey(options);
  let model = entry.models.get(key);
  if (!model) {
    model = withContext({ ...build(sourceCode, entry, filename, key, options) }, filename);
    entry.models.set(key, model);
  }
  return model;
}

/** A model kept across lints: what it was computed from, beyond the file's name and options. */
interface RecentModel {
  text: string;
  /** TypeScript: the syntax tree's source type (its scopes differ); Python: "python". */
  kind: string;
  /** Python: every repository file the analysis read, with what it read. */
  reads: ReadonlyMap<string, TextRead>;
  /** The analysis's model, without context (`withContext` is applied to a copy). */
  model: TransportModel;
}

/** How many files' models are kept across lints (an editor's open files, roughly). */
const RECENT_FILES = 16;

/** Per file name and options key (a Map keeps insertion order: the oldest is evicted first). */
const recent = new Map<string, RecentModel>();

/**
 * How many Python files keep their last parse tree for the next text's incremental parse: an
 * editor types in one file at a time, and a tree costs about 150 bytes a node (a 2,000-line DAG's
 * a few MB).
 */
const INCREMENTAL_FILES = 4;

/** Per file name, its incremental parse, the most recently used last. */
const incrementalParses = new Map<string, IncrementalParse>();

/** The file's incremental parse (made on first use); the least recently used one beyond the few kept is freed. */
function incrementalParseFor(filename: string): IncrementalParse {
  let parse = incrementalParses.get(filename);
  if (parse) incrementalParses.delete(filename);
  else parse = new IncrementalParse();
  incrementalParses.set(filename, parse);
  while (incrementalParses.size > INCREMENTAL_FILES) {
    const [oldest, evicted] = incrementalParses.entries().next().value!;
    incrementalParses.delete(oldest);
    evicted.dispose();
  }
  return parse;
}

/** Forgets the models kept across lints, and frees the kept parse trees (for tests that count analyses). */
export function forgetRecentModels(): void {
  recent.clear();
  for (const parse of incrementalParses.values()) parse.dispose();
  incrementalParses.clear();
}

function recalled(
  key: string,
  text: string,
  kind: string,
  project?: ProjectFiles,
): TransportModel | undefined {
  const kept = recent.get(key);
  if (!kept || kept.text !== text || kept.kind !== kind) return undefined;
  for (const [file, read] of kept.reads) {
    if (!sameRead(project?.read(file), read)) return undefined;
  }
  // Most recently used last.
  recent.delete(key);
  recent.set(key, kept);
  return kept.model;
}

function remember(key: string, kept: RecentModel): void {
  recent.delete(key);
  recent.set(key, kept);
  while (recent.size > RECENT_FILES) recent.delete(recent.keys().next().value!);
}

function sameRead(a: TextRead | undefined, b: TextRead): boolean {
  if (!a) return false;
  if ("text" in a) return "text" in b && a.text === b.text;
  return "problem" in b && a.problem === b.problem && a.missing === b.missing;
}

/** The repository's files as the analysis reads them, each read recorded. */
function recordingReads(project: ProjectFiles, reads: Map<string, TextRead>): ProjectFiles {
  return {
    root: project.root,
    read: (file) => {
      const read = project.read(file);
      reads.set(file, read);
      return read;
    },
  };
}

/** Options compared by value: the same options spelled with their keys in another order are the same. */
export function optionsKey(options: unknown): string {
  return JSON.stringify(options, (_key, value: unknown) =>
    value && typeof value === "object" && !Array.isArray(value)
      ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : value,
  );
}

function build(
  sourceCode: object,
  entry: CacheEntry,
  filename: string,
  key: string,
  options: FrontendOptions,
): TransportModel {
  const recentKey = `${filename}\0${key}`;
  if (sourceCode instanceof PythonSourceCode) {
    const text = sourceCode.text;
    entry.textProblem ??= pythonTextProblem(text, filename) ?? null;
    // What Python would not read as ESLint did is not analysed, for any options: one fatal
    // diagnostic saying so.
    if (entry.textProblem !== null) {
      return {
        ...emptyModel(filename, "python"),
        diagnostics: [
          { fatal: true, message: entry.textProblem, span: { line: 1, column: 1, endLine: 1, endColumn: 1 } },
        ],
      };
    }
    // The repository's own modules, for imported helpers: the CLI's engine passes the same.
    const project = diskProjectFiles(filename);
    const kind = `python:${project.root}`;
    const kept = recalled(recentKey, text, kind, project);
    if (kept) return kept;
    const reads = new Map<string, TextRead>();
    const model = analyzePython(
      text,
      filename,
      options,
      recordingReads(project, reads),
      incrementalParseFor(filename),
    );
    remember(recentKey, { text, kind, reads, model });
    return model;
  }
  const js = sourceCode as JsSourceCode;
  const services = js.parserServices;
  const types =
    services?.program && services.esTreeNodeToTSNodeMap
      ? { program: services.program, esTreeNodeToTSNodeMap: services.esTreeNodeToTSNodeMap }
      : undefined;
  const kind = `typescript:${js.ast.sourceType}`;
  if (!types) {
    const kept = recalled(recentKey, js.text, kind);
    if (kept) return kept;
  }
  const steps = typeof js.traverse === "function" ? js.traverse() : undefined;
  const model = analyzeTypeScriptAst({
    ast: js.ast,
    source: js.text,
    filePath: filename,
    options,
    ...(js.scopeManager ? { scopeManager: js.scopeManager } : {}),
    ...(Array.isArray(steps) ? { steps } : {}),
    ...(types ? { types } : {}),
  });
  if (types) recent.delete(recentKey);
  else remember(recentKey, { text: js.text, kind, reads: new Map(), model });
  return model;
}

/**
 * ESLint decodes every file as UTF-8: when that is not what Python reads, the CLI's own message
 * (for bytes nothing decodes, or a PEP 263 file with non-ASCII text).
 */
function pythonTextProblem(text: string, filePath: string): string | undefined {
  return eslintTextProblem(text, {
    python: true,
    bytesOnDisk: () => {
      const read = readWorkspaceBytes(filePath, { root: workspaceRootFor(filePath) });
      return "bytes" in read ? read.bytes : undefined;
    },
  });
}

/**
 * What the CLI's engine attaches too (`packages/engine/src/context.ts`), so ESLint reports the
 * same: the Leoflow project naming the file, and the Airflow version the repository pins.
 * Deployment configuration files themselves are not linted by ESLint (the CLI and the gate do).
 */
function withContext(model: TransportModel, filename: string): TransportModel {
  if (!filename || filename.startsWith("<")) return model;
  const version = detectAirflowVersion(filename);
  if (version) model.airflowVersion = version;
  const project = findLeoflowProject(filename);
  if (project) model.leoflow = project;
  return model;
}
