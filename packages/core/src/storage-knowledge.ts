/**
 * Storage knowledge a team gives in configuration, in one place: its schema (shared by the
 * config file and ESLint, through the rules that accept it), its defaults, and the reader every
 * frontend calls.
 *
 *   - `writeApis`, `readApis`: the team's own functions, methods, operator classes and TaskFlow
 *     decorators that write or read files and objects, with the argument that names the place
 *     (or holds SQL naming it);
 *   - `sanctionedHelpers`: the team's blessed pass-by-reference helpers (never storage, never
 *     followed into);
 *   - `tempPrefixes`, `stagingVariable`: which paths are the pod's own disk, and the staging
 *     volume's variable (docs/policy.md).
 *
 * The options are read by name from whichever rule's options hold them, so a rule that
 * accepts them shares them with the frontend without the frontend knowing rule ids: both
 * storage rules accept the API lists (the frontend takes the union), `no-tmp-staging` the temp
 * settings (defaults when no enabled rule gives them).
 */
import type { FrontendOptions } from "./frontend.js";

/** Paths the pod keeps to itself, unless configured otherwise (`tempPrefixes`). */
export const DEFAULT_TEMP_PREFIXES: readonly string[] = ["/tmp", "/var/tmp", "/dev/shm"];

/** The Leoflow staging volume's variable (docs/policy.md), unless configured otherwise (`stagingVariable`). */
export const DEFAULT_STAGING_VARIABLE = "LEOFLOW_STAGING_DIR";

/** Where a configured API takes the place: an argument position (from 0) or a keyword. */
export type ArgumentRef = number | string;

/**
 * One configured API, as written in configuration: `{ call: "team_io.save_array", path: 1 }`,
 * `{ call: "team_ops.LakeExportOperator", path: "destination" }`,
 * `{ call: "task.parquet", path: "target", sql: "sql" }` (a team's TaskFlow decorator).
 */
export interface ConfiguredApi {
  call: string;
  path?: ArgumentRef;
  bucket?: ArgumentRef;
  key?: ArgumentRef;
  scheme?: string;
  /** The argument holding SQL whose statements name the files they read and write. */
  sql?: ArgumentRef;
}

export interface StorageKnowledgeOptions {
  writeApis: ConfiguredApi[];
  readApis: ConfiguredApi[];
  sanctionedHelpers: string[];
}

export interface TempSettingsOptions {
  /** Path prefixes that are pod-local (default `/tmp`, `/var/tmp`, `/dev/shm`). */
  tempPrefixes: string[];
  /** The staging volume's environment variable (default `LEOFLOW_STAGING_DIR`). */
  stagingVariable: string;
}

const API_LIST_SCHEMA = {
  type: "array",
  items: {
    type: "object",
    additionalProperties: false,
    required: ["call"],
    properties: {
      call: {
        type: "string",
        minLength: 1,
        description:
          "Qualified function (`team_io.save_array`), `.method` for a method on any receiver (`.save_artifact`), an operator class (`team_ops.LakeExportOperator`, or its bare name `LakeExportOperator` wherever it is imported from: its arguments are read where the task is declared), or a TaskFlow decorator of the team's provider (`task.parquet`: the decorated function is a task, the decorator's arguments are read where it is declared).",
      },
      path: {
        type: ["integer", "string"],
        description: "The argument holding the path or URI: its position (from 0) or keyword.",
      },
      bucket: { type: ["integer", "string"], description: "For bucket/key APIs: the bucket argument." },
      key: { type: ["integer", "string"], description: "For bucket/key APIs: the key argument." },
      scheme: { type: "string", description: "URI scheme for bucket/key APIs (default `s3`)." },
      sql: {
        type: ["integer", "string"],
        description:
          "An argument holding SQL: the files its statements name are read or written as the SQL says (`FROM 'f.parquet'`, `COPY … TO 'f'`), whichever list the API is in.",
      },
    },
  },
} as const;

/** The options schema of the API lists and sanctioned helpers (both storage rules accept them). */
export const STORAGE_KNOWLEDGE_PROPERTIES = {
  writeApis: {
    ...API_LIST_SCHEMA,
    description:
      'A team\'s own functions or operators that write files or objects, e.g. `{ call: "team_io.save_array", path: 1 }`.',
  },
  readApis: {
    ...API_LIST_SCHEMA,
    description:
      'A team\'s own functions or operators that read files or objects, e.g. `{ call: "team_io.load_array", path: 0 }`.',
  },
  sanctionedHelpers: {
    type: "array",
    items: { type: "string", minLength: 1 },
    description:
      "The team's blessed pass-by-reference helpers (qualified names, or function names in the DAG file): calls to them are never flagged.",
  },
} as const;

/** The options schema of the temp settings. */
export const TEMP_SETTINGS_PROPERTIES = {
  tempPrefixes: {
    type: "array",
    items: { type: "string", pattern: "^/" },
    description: "Absolute path prefixes that are pod-local (default `/tmp`, `/var/tmp`, `/dev/shm`).",
  },
  stagingVariable: {
    type: "string",
    minLength: 1,
    description: "The staging volume's environment variable (default `LEOFLOW_STAGING_DIR`).",
  },
} as const;

export const STORAGE_KNOWLEDGE_DEFAULTS: StorageKnowledgeOptions = {
  writeApis: [],
  readApis: [],
  sanctionedHelpers: [],
};

export const TEMP_SETTINGS_DEFAULTS: TempSettingsOptions = {
  tempPrefixes: [...DEFAULT_TEMP_PREFIXES],
  stagingVariable: DEFAULT_STAGING_VARIABLE,
};

/** What makes a location pod-local temp, or the staging volume. */
export interface LocationSettings {
  /** Without a trailing slash (`/` stays `/`). */
  tempPrefixes: readonly string[];
  stagingVariables: readonly string[];
}

export interface StorageKnowledge {
  /** Every configured API with its access, in configuration order (writes first). */
  apis: (ConfiguredApi & { access: "write" | "read" })[];
  sanctioned: ReadonlySet<string>;
  settings: LocationSettings;
}

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function argumentRef(value: unknown): ArgumentRef | undefined {
  return typeof value === "number" || typeof value === "string" ? value : undefined;
}

function configuredApi(entry: unknown): ConfiguredApi | undefined {
  const api = entry as Record<string, unknown> | null;
  if (typeof api?.call !== "string") return undefined;
  const path = argumentRef(api.path);
  const bucket = argumentRef(api.bucket);
  const key = argumentRef(api.key);
  const sql = argumentRef(api.sql);
  // An API that names no place tells nothing.
  if (path === undefined && key === undefined && sql === undefined) return undefined;
  return {
    call: api.call,
    ...(path !== undefined ? { path } : {}),
    ...(bucket !== undefined ? { bucket } : {}),
    ...(key !== undefined ? { key } : {}),
    ...(typeof api.scheme === "string" ? { scheme: api.scheme } : {}),
    ...(sql !== undefined ? { sql } : {}),
  };
}

const KNOWLEDGE_OPTIONS = ["writeApis", "readApis", "sanctionedHelpers", "tempPrefixes", "stagingVariable"];

/**
 * The last options' knowledge, by the identity of their values: a surface may make new options
 * objects for every file, but from the same settings (the same arrays). Options frozen with
 * their rules' options (the engine's, one object a run) are recognized by their identity alone.
 */
let last: { options?: FrontendOptions; values: unknown[]; knowledge: StorageKnowledge } | undefined;

/** Whether the options and each rule's options in them are frozen: none can be replaced. */
function frozen(options: FrontendOptions): boolean {
  if (!Object.isFrozen(options)) return false;
  for (const ruleOptions of Object.values(options))
    if (ruleOptions && !Object.isFrozen(ruleOptions)) return false;
  return true;
}

function knowledgeValues(options: FrontendOptions): unknown[] {
  const values: unknown[] = [];
  for (const ruleOptions of Object.values(options))
    for (const name of KNOWLEDGE_OPTIONS) values.push(ruleOptions?.[name]);
  return values;
}

/**
 * The configured `call` a resolved name matches: the name itself, else — for a class — its bare
 * name (`call: GithubToS3Operator` matches `airflow.operators.GithubToS3Operator`, however the
 * file imports it). A bare lower-case name (`save`) stays a name of the DAG file only: as a
 * suffix it would also match `json.save`, `pickle.save`.
 */
export function configuredCallFor(
  qualified: string,
  isConfigured: (call: string) => boolean,
): string | undefined {
  if (isConfigured(qualified)) return qualified;
  const bare = qualified.slice(qualified.lastIndexOf(".") + 1);
  return bare !== qualified && /^\p{Lu}/u.test(bare) && isConfigured(bare) ? bare : undefined;
}

/** The storage knowledge in a frontend's options (every enabled rule's options, by rule id). */
export function readStorageKnowledge(options: FrontendOptions): StorageKnowledge {
  if (last?.options === options) return last.knowledge;
  const values = knowledgeValues(options);
  if (last && last.values.length === values.length && last.values.every((v, i) => v === values[i])) {
    if (frozen(options)) last.options = options;
    return last.knowledge;
  }
  const apis: StorageKnowledge["apis"] = [];
  const sanctioned = new Set<string>();
  let tempPrefixes: string[] | undefined;
  const stagingVariables: string[] = [];
  for (const ruleOptions of Object.values(options)) {
    if (!ruleOptions) continue;
    for (const [property, access] of [
      ["writeApis", "write"],
      ["readApis", "read"],
    ] as const) {
      for (const entry of list(ruleOptions[property])) {
        const api = configuredApi(entry);
        if (api) apis.push({ ...api, access });
      }
    }
    for (const name of list(ruleOptions.sanctionedHelpers))
      if (typeof name === "string") sanctioned.add(name);
    if (Array.isArray(ruleOptions.tempPrefixes))
      tempPrefixes = [
        ...(tempPrefixes ?? []),
        ...ruleOptions.tempPrefixes.filter((p): p is string => typeof p === "string"),
      ];
    const staging = ruleOptions.stagingVariable;
    if (typeof staging === "string" && !stagingVariables.includes(staging)) stagingVariables.push(staging);
  }
  const knowledge: StorageKnowledge = {
    apis,
    sanctioned,
    settings: {
      tempPrefixes: (tempPrefixes ?? DEFAULT_TEMP_PREFIXES).map((p) => p.replace(/\/+$/, "") || "/"),
      stagingVariables: stagingVariables.length > 0 ? stagingVariables : [DEFAULT_STAGING_VARIABLE],
    },
  };
  last = { ...(frozen(options) ? { options } : {}), values, knowledge };
  return knowledge;
}
