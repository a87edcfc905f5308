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

/** `config`: a deployment or project configuration file (airflow.cfg, compose, Helm values, leoflow.yaml …). */
export type Language = "python" | "typescript" | "config";

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
  /**
   * Run order that is not a consumption: a dependency DAG code states (`a >> b`), or a task
   * taking in what DAG code made of other tasks' outputs through a call the analysis does not
   * know as a task. For the run order only.
   */
  orderings?: TaskOrdering[];
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
  /** Reads of environment variables in the file's code (module level or in a task). */
  envReads?: EnvRead[];
  /**
   * Calls of a known storage API in a task whose place the analysis cannot name (an argument it
   * cannot follow): unknown, never a finding. For `--explain` only.
   */
  unplacedStorage?: UnplacedStorageCall[];
  /**
   * The Leoflow project this file belongs to: on a DAG file, the `leoflow.yaml` whose
   * `dag_source` names it; on a `leoflow.yaml`, the file itself. Absent when there is none —
   * the file is then not a Leoflow DAG.
   */
  leoflow?: LeoflowProject;
  /** On a `leoflow.yaml`: what the DAG file it names reads from the environment. */
  leoflowDag?: LeoflowDag;
  /** On a deployment configuration file: the Airflow settings it makes, and its neighbours'. */
  deployment?: DeploymentFacts;
  /** Which Airflow version the file's facts are judged against, and why (`--print-config`). */
  airflowVersion?: AirflowVersionFact;
}

/** A known storage API called with a place the analysis cannot name (`TransportModel.unplacedStorage`). */
export interface UnplacedStorageCall {
  taskId: string;
  access: "write" | "read";
  /** The API as written at the call (`pd.read_parquet`). */
  api: string;
  /** The catalog row (or configured API) that knows the call, as `StorageOp.matchedBy`. */
  matchedBy?: string;
  /** The argument that should name the place. */
  span: Span;
}

/** `os.environ["X"]`, `os.getenv("X", d)`, `process.env.X ?? d` … */
export interface EnvRead {
  variable: string;
  /** The API as written: `os.environ[...]`, `os.getenv`, `process.env`. */
  api: string;
  /**
   * The value used when the variable is unset, as written (a string literal's value), or
   * `"<expression>"` when it is not a literal; absent when the read has no fallback.
   */
  fallback?: string;
  /** The code tests whether the variable is set (`"X" in os.environ`), so an unset one is handled. */
  guarded?: boolean;
  /**
   * What the read does when the variable is unset and there is no fallback, spelled by the
   * frontend when the API says (`this raises \`environs.EnvError\``); absent otherwise.
   */
  whenUnset?: string;
  span: Span;
  /** The task whose code reads it; absent at module level (every task runs it on import). */
  taskId?: string;
}

/** A Leoflow project: `leoflow.yaml` and what it declares (neochaotic/leoflow, leoflow-yaml-schema.json). */
export interface LeoflowProject {
  /** Absolute path of the `leoflow.yaml`. */
  filePath: string;
  /** Absolute path of the DAG file it names (`dag_source`, default `dag.py`, relative to the yaml). */
  dagSource: string;
  /** `staging.enabled: true`. */
  stagingEnabled: boolean;
  /** Where `staging` (or `staging.enabled`) is written, for a finding in the yaml; else where `dag_id` is. */
  stagingSpan?: Span;
  /** Line of `staging.enabled` (or `staging`) in the yaml, for messages on the DAG file. */
  stagingLine?: number;
  /** Task ids whose `tasks.<id>.env` sets each variable. */
  taskEnv: Record<string, string[]>;
  /**
   * Why the file could not be used: unreadable, not YAML, or not the schema's shape. Only a
   * position is kept, never the file's text.
   */
  problem?: { message: string; span: Span };
}

/** On a `leoflow.yaml`: the DAG file it names, as far as the rules need it. */
export interface LeoflowDag {
  filePath: string;
  envReads: EnvRead[];
  /** Why it could not be analysed (missing, unreadable, no frontend). */
  problem?: string;
}

/** Where an Airflow setting comes from; decides which one wins at run time. */
export type SettingSource =
  /** `airflow.cfg` (INI). */
  | "airflow.cfg"
  /** The Helm chart's `config:` map, rendered into the pods' `airflow.cfg`. */
  | "helm-config"
  /** An environment variable set for the running container (compose `environment:`, Kubernetes `env:`, Helm `env:`). */
  | "env"
  /** An environment file (`.env`, `*.env`). */
  | "env-file"
  /** A Dockerfile `ENV`: baked into the image, overridden by the container's environment. */
  | "dockerfile";

/** One Airflow setting made by a deployment file. */
export interface ConfigSetting {
  /** Absolute path of the file that makes it. */
  filePath: string;
  source: SettingSource;
  /** As written: `AIRFLOW__COMMON_IO__XCOM_OBJECTSTORAGE_PATH`, `[common.io] xcom_objectstorage_path`. */
  name: string;
  /** The section and key Airflow reads it as (lower case); absent for an environment name Airflow never reads. */
  section?: string;
  key?: string;
  /** An environment name whose section holds a dot (`AIRFLOW__COMMON.IO__…`): Airflow ignores it. */
  ignoredName?: { intended: string };
  /** The value, when it is a literal (not a `${VAR}` or template to be filled in at deploy time). */
  value?: string;
  span: Span;
}

export interface DeploymentFacts {
  /** What kind of file it is: `airflow.cfg`, `env-file`, `compose`, `helm-values`, `kubernetes`, `dockerfile`. */
  kind: string;
  /** The settings this file makes. */
  settings: ConfigSetting[];
  /** Settings of the other deployment files of the same folder (one deployment), read with it. */
  neighbours: ConfigSetting[];
}

export interface AirflowVersionFact {
  /** `2.10.3`, `3`; the lowest version of a range. */
  version: string;
  /** `option`, `repository` (with `file` and `line`), or `default` (the newest facts). */
  from: "option" | "repository" | "default";
  file?: string;
  line?: number;
  /** Human reason, e.g. `requirements.txt:3 pins apache-airflow==2.10.3`. */
  reason: string;
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
  /**
   * That function's definition when it lies outside `span` (`PythonOperator(python_callable=f)`
   * with `f` defined elsewhere in the file): its lines are the task's code too.
   */
  codeSpan?: Span;
  /** Which authoring style declared it, e.g. `@task`, `@task.virtualenv`, `PythonOperator`, `dag.task`. */
  style: string;
  returnRole: ReturnRole;
  /** `multiple_outputs=True`: each value of a returned dict becomes its own XCom. */
  multipleOutputs: boolean;
  /** The task's body contains a syntax error; facts from it are not trusted. */
  unsound?: boolean;
  /**
   * Every task that runs after this one because DAG code says so is in the model's run order
   * (`consumptions`, `orderings`): each way the code refers to the task was understood, so no
   * dependency edge out of it is missing. Absent: edges out of it may be missing (a frontend
   * that does not tell, an operand or a call it could not follow).
   */
  downstreamKnown?: true;
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
  | "class-instance"
  /** Python: a dataclass / attrs / pydantic instance; serde pulls it back only through its allow-list. */
  | "serde-object"
  /** Python: a plain `Enum` member; serde has no serializer for it. */
  | "enum"
  /** Python: an `IntEnum` / `StrEnum` (int or str mixin) member; serde hands on its `.value`. */
  | "enum-value";

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
   * How to make it JSON, in the source language's idiom (`.tolist()`, `Object.fromEntries(...)`,
   * `.arraySync()`), from the frontend's catalog; absent when only a reference will do.
   */
  conversion?: string;
  /**
   * Set when Airflow's serde would store it as Parquet inside the XCom (a pandas frame, with
   * pyarrow installed), which the message explains; a frame in another language never meets serde.
   */
  serdeParquet?: boolean;
  /**
   * The conversion as an edit of the source, when it is mechanical and its result is JSON for
   * sure (the frontend knows the element as written and what the conversion gives). Offered
   * to the user (an ESLint suggestion), never applied on its own: the next task's input changes.
   */
  suggestion?: Suggestion;
}

/**
 * A replacement of source text, as ESLint's fix: `range` is [start, end) in UTF-16 code units of
 * the text the frontend analysed (without a byte-order mark).
 */
export interface TextEdit {
  range: [number, number];
  text: string;
}

/** A change offered to the user, with what it does: `Convert with .tolist()`. */
export interface Suggestion {
  desc: string;
  fix: TextEdit;
}

export type HandoffChannel = "return" | "multiple-outputs" | "xcom-push" | "set-xcom" | "poke-return-value";

export interface HandoffFact {
  taskId: string;
  /** The task's DAG: task ids are unique only within a DAG, and a file may hold several. */
  dagId?: string;
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
  /**
   * Set when the location comes from a staging variable that silently falls back (to `/tmp`);
   * `required` is how the file's language reads the variable without a fallback
   * (`os.environ["X"]`, `process.env.X`), written by the frontend for the rule's advice.
   * `file`: the other file of the repository the fallback is read in (an imported constant or helper).
   */
  stagingFallback?: { variable: string; fallback: string; required: string; span: Span; file?: string };
  /**
   * Set when the location is under the run's staging volume, named by its variable without a
   * fallback (`os.environ["LEOFLOW_STAGING_DIR"]`): Leoflow's sanctioned shared filesystem (docs/policy.md).
   */
  staging?: { variable: string };
  /**
   * Set when the path is object storage mounted on the worker (Cloud Composer's
   * `/home/airflow/gcs/data/…` is object `data/…` of the environment's bucket): the object's
   * scheme and key pattern, and the bucket as users read it (the analysis cannot name it).
   */
  mount?: { scheme: string; key: string; bucket: string };
  /**
   * Set when only a convention names the place: a path given to a program nobody catalogued
   * (a plain path taken as its read, an `--output_path` value as its write). It matches only
   * the very same pattern on the other side, never a directory above it or a glob.
   */
  exact?: true;
  /**
   * A place no part of which the analysis can name, bound once in a task's own code to a value it
   * builds (`loc = ObjectStoragePath(f"{base}{name}/{file}", conn_id=c)`): which binding. A write
   * of it and a location handed on with the same key are the very same place, whatever the
   * pattern cannot say.
   */
  madeBy?: string;
  /**
   * A write into a folder whose path starts unknown (`{*}/models/bronze`), bound once in the
   * task's own code to a value it builds and joined there (`os.path.join(folder, name)`): which
   * binding, as `madeBy` says it. The task handing on that folder by that name hands on this file.
   */
  madeIn?: string;
  /**
   * A write whose path may name a directory, the file then landing inside under its own name
   * (`shutil.copy(src, dst)`, `cp SRC DST`): a read of an unknown name there, or a listing of
   * it, takes the file in. A read of a named file there does not.
   */
  intoDirectory?: true;
}

export interface StorageOp {
  taskId: string;
  /** The task's DAG: task ids are unique only within a DAG, and a file may hold several. */
  dagId?: string;
  access: "write" | "read";
  /** The API used, as written: `np.savez`, `s3.put_object`, `S3Hook.load_file`. */
  api: string;
  /** The catalog row or configured API that made the call storage (`--explain` shows it). */
  matchedBy?: string;
  location: Location;
  span: Span;
  /**
   * Where the operation really is when a function imported from another module of the
   * repository does it: that file (absolute `file`; `name` from the repository root, for
   * messages) and the call there. `span` is then the call in the linted file that led to it.
   */
  origin?: { file: string; name: string; span: Span };
  /**
   * A write by a helper function defined in the linted file: `span` is the helper's own write
   * (reported once, whichever tasks call it) and `calledAt` the call in the task that led to it
   * (the task's order of operations, and the related location naming the caller).
   */
  calledAt?: Span;
  /**
   * An operation in the body of the same-file helper the task calls (not deeper): where it is
   * there. It orders that helper's own read and write of one place — a read before the write is
   * of what another task left (read-modify-write), a read after it the task's own scratch.
   */
  inHelper?: Span;
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

/**
 * A task runs after another without taking in its XCom. Either DAG code states the dependency
 * (`extract >> load`, `chain(…)`, `load.set_upstream(extract)`), or it passes the later task the
 * value of a call the analysis does not know as a task (an imported task, `x.override(...)(arg)`,
 * any other function) that took in the other task's output — `load(upload(extract()))` orders
 * `extract` before `load`. Airflow orders them, but what `load` receives is not `extract`'s
 * XCom: never a handoff, only the order.
 */
export interface TaskOrdering {
  /** The task that runs later. */
  taskId: string;
  /** The task it runs after. */
  afterTaskId: string;
  /** The DAG both tasks belong to. */
  dagId?: string;
  /** The dependency statement, or the argument of the later task that carries the order. */
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
  /**
   * What is wrong with the directive's form (no rule named, a directive other than `ignore`):
   * it suppresses nothing, and this is reported instead.
   */
  problem?: string;
  /**
   * Per rule it names: where a report that the rule suppressed nothing goes (as ESLint places
   * it), and the text that goes when only that rule is removed (the rule with its separator).
   */
  rules?: { ruleId: string; at: { line: number; column: number }; remove: TextEdit }[];
  /**
   * The edit that removes the whole suppression (the line too, when the comment was alone on
   * it): what `--fix` does when none of its rules suppressed anything.
   */
  removeAll?: TextEdit;
  /**
   * ESLint reports the unused rules of one comment together when they are all of its rules
   * (TypeScript directives; a Python suppression is one directive per rule in ESLint).
   */
  reportTogether?: boolean;
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
