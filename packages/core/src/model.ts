/**
 * The transport model: what a frontend extracts from one DAG source file, and the only thing
 * rules look at. It is language-neutral on purpose — a rule never sees a syntax tree, so the
 * Python and TypeScript frontends (and every surface) agree on findings by construction.
 */

/** A source range. Lines and columns are 1-based (ESLint's convention); the end is exclusive. */
export interface Span {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export type Language = "python" | "typescript";

export interface TransportModel {
  filePath: string;
  language: Language;
  dags: DagFact[];
  tasks: TaskFact[];
  /** Values that become XComs. */
  handoffs: HandoffFact[];
  /** Reads and writes of files and object storage, attributed to tasks. */
  storage: StorageOp[];
  /** A task taking in another task's XCom (argument, xcom_pull, template, getXCom). */
  consumptions: XComConsumption[];
  /** Inline suppressions found in comments. */
  suppressions: SuppressionDirective[];
  /** Problems with the file itself: syntax errors, unreadable input, limits hit. */
  diagnostics: Diagnostic[];
  /**
   * Configuration files beside the DAG file (Leoflow's `leoflow.yaml`, …), read by the engine
   * from disk whichever files a run was given, so a rule can judge the DAG against them.
   * Absent when the source did not come from disk and the caller passed none.
   */
  siblingFiles?: SiblingFile[];
}

/** A configuration file that belongs to the DAG file beside it. */
export interface SiblingFile {
  /** What it is, from the engine's catalog (`packages/engine/src/siblings.ts`): `leoflow`. */
  kind: string;
  filePath: string;
  /** The parsed content; undefined when the file could not be read or parsed. */
  data?: unknown;
  /** Why it could not be read or parsed; a rule that needs it decides whether to report. */
  problem?: string;
}

export interface DagFact {
  id: string;
  span: Span;
}

/** How a task's return value is treated by the orchestrator. */
export type ReturnRole =
  /** The return value is pushed as an XCom carrying data. */
  | "data"
  /** The return value steers the run (branch, short-circuit, bash command, sensor done flag). */
  | "control-flow"
  /** The return value is discarded (`do_xcom_push=False`). */
  | "discarded"
  /** Not user code: the operator itself pushes what it pushes (BashOperator's last line, …). */
  | "external";

export interface TaskFact {
  /** Task id as the orchestrator knows it (`group.task` for grouped tasks). */
  id: string;
  dagId?: string;
  /** The task's definition (decorated function, operator call, `dag.task(...)`). */
  span: Span;
  /** Name of the function that runs as the task, when it has one. */
  callable?: string;
  /** Which authoring style declared it, e.g. `@task`, `@task.virtualenv`, `PythonOperator`, `dag.task`. */
  style: string;
  returnRole: ReturnRole;
  /** `multiple_outputs=True`: each value of a returned dict becomes its own XCom. */
  multipleOutputs: boolean;
  /** The task's body contains a syntax error; facts from it are not trusted. */
  unsound?: boolean;
}

/**
 * What is known of a value's kind. Only kinds that are *not* plain JSON are recorded;
 * a value with no facts is JSON or unknown, and unknown is never a finding.
 */
export type ValueKind =
  | "ndarray"
  | "numpy-scalar"
  | "dataframe"
  | "series"
  | "pandas-index"
  | "timestamp"
  | "polars-frame"
  | "arrow-table"
  | "tensor"
  | "map"
  | "set"
  | "typed-array"
  | "array-buffer"
  | "buffer"
  | "bigint"
  | "date"
  | "function"
  | "class-instance";

export interface ValueFact {
  kind: ValueKind;
  /** Human name of the type, as the user would say it: "numpy ndarray", "pandas DataFrame". */
  typeName: string;
  /** Fully qualified type, matched against `registeredSerializers`: "pandas.DataFrame". */
  qualifiedType: string;
  /** The expression that made the value, shortened for messages: "np.random.default_rng(...).normal". */
  madeBy: string;
  madeAt: Span;
  /** Where inside the handed-off value it sits, when nested: `["X"]`, `[0]`, `[*]` (any element). */
  path?: string;
  /**
   * How to name the offending value in a message, when the frontend knows better than
   * `expression + path`: the element as written inside a handed-off literal (`X_train` in
   * `return {"X": X_train}`).
   */
  expression?: string;
  /** Where that element is written inside the handed-off literal; findings point there. */
  writtenAt?: Span;
  /**
   * How to make it JSON, in the source language's idiom (`Object.fromEntries(...)`, `.arraySync()`).
   * Frontends set it where the advice differs by language; rules fall back to a default per kind.
   */
  conversion?: string;
}

export type HandoffChannel = "return" | "multiple-outputs" | "xcom-push" | "set-xcom" | "poke-return-value";

export interface HandoffFact {
  taskId: string;
  channel: HandoffChannel;
  /** XCom key; `return_value` for returns. */
  key: string;
  /** The handed-off expression as written (trimmed for messages). */
  expression: string;
  span: Span;
  /** Non-JSON content of the value. Empty when the value is JSON-safe or unknown. */
  values: ValueFact[];
  /** Storage locations the value refers to (a path or URI handed on by XCom). */
  locations: Location[];
}

export type StorageMedium = "object-store" | "filesystem";

/**
 * A storage location, normalized so that two tasks naming the same place compare equal:
 * constants folded, `os.path.join` / `Path /` composed, bucket and key joined into a URI,
 * run-time parts (f-string fields, Jinja `{{ ds }}`) replaced by the hole `{*}`.
 *
 * Besides the hole, a pattern may contain two kinds of token:
 *   - `${NAME}`: the value of an environment variable (the same for every task of a deployment);
 *   - `{fresh:LINE:COLUMN}`: a name made unique at run time by the call at that position
 *     (`tempfile.mkdtemp()`, `NamedTemporaryFile`): it names the same place only as itself, so
 *     two tasks each making their own temporary directory never match.
 */
export interface Location {
  /** Normalized pattern, e.g. `s3://bucket/preds/{*}.npz`, `/tmp/preds.npz`, `{*}/x.parquet`. */
  pattern: string;
  medium: StorageMedium;
  /** As written at the call site, for messages. */
  display: string;
  /** Set when the location is pod-local temporary storage, with why we think so. */
  temp?: { reason: string };
  /** Set when the location comes from a staging variable that silently falls back (to `/tmp`). */
  stagingFallback?: { variable: string; fallback: string; span: Span };
  /**
   * Set when the location is under the run's staging volume, named by its variable without a
   * fallback (`os.environ["LEOFLOW_STAGING_DIR"]`): the sanctioned shared filesystem of ADR 0022.
   */
  staging?: { variable: string };
}

export interface StorageOp {
  taskId: string;
  /** The task's DAG: task ids are unique only within a DAG, and a file may hold several. */
  dagId?: string;
  access: "write" | "read";
  /** The API used, as written: `np.savez`, `s3.put_object`, `S3Hook.load_file`. */
  api: string;
  location: Location;
  span: Span;
}

export interface XComConsumption {
  /** The consuming task. */
  taskId: string;
  /** The producing task. */
  fromTaskId: string;
  /** The DAG both tasks belong to (task ids are unique only within a DAG). */
  dagId?: string;
  /** XCom key, when named. */
  key?: string;
  via: "argument" | "xcom-pull" | "template" | "get-xcom";
  span: Span;
}

export interface SuppressionDirective {
  /** Rule ids named in the directive (without the `dag-transport/` prefix). */
  ruleIds: string[];
  /** The reason after `--`; missing reasons are reported. */
  reason?: string;
  /** The directive comment itself. */
  span: Span;
  /** The line whose findings it suppresses: its own line, or the next one for a comment on a line of its own. */
  appliesToLines: number[];
}

export interface Diagnostic {
  /** A fatal diagnostic means the file (or part of it) could not be analysed. */
  fatal: boolean;
  message: string;
  span: Span;
}

export function emptyModel(filePath: string, language: Language): TransportModel {
  return {
    filePath,
    language,
    dags: [],
    tasks: [],
    handoffs: [],
    storage: [],
    consumptions: [],
    suppressions: [],
    diagnostics: [],
  };
}
