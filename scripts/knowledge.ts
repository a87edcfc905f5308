/**
 * `docs/knowledge.md`, generated from the catalogs: every API the analysis understands — what
 * reads and writes storage, which operators' arguments are files, what makes a value that XCom
 * cannot carry — so a user can see whether their stack is covered, and how to declare what is
 * missing. `pnpm docs:write` regenerates it; `pnpm docs:check` (in `pnpm test`) fails when it is
 * stale. The page says only what the catalogs say: add a row there, not here.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import {
  ANY_RECEIVER_METHODS,
  ENV_GET_FUNCTIONS,
  ENV_READER_CLASSES,
  ENV_READER_METHODS,
  FILESYSTEM_FACTORIES,
  RECEIVER_CONSTRUCTORS,
  OBJECT_STORE_MOUNTS,
  RECEIVER_METHODS,
  RECEIVER_NAMES,
  RECEIVER_TRANSITIONS,
  STORAGE_FUNCTIONS,
  PROGRAM_TASKS,
  MOUNT_CLASSES,
  STORAGE_OPERATORS,
  UNKNOWN_PROGRAM_OUTPUT_OPTIONS,
  UNKNOWN_PROGRAM_OUTPUT_WORDS,
  TEMPFILE_APIS,
  type ArgSlot,
  type ReceiverKind,
  type StorageApi,
  type StorageEffect,
} from "../packages/python/src/catalogs/storage.js";
import {
  FUNCTIONS,
  NAMED_RESULT_METHODS,
  SANITIZING_METHODS,
  TYPES,
  type Result,
} from "../packages/python/src/catalogs/values.js";
import {
  FILE_APIS,
  GCS,
  S3_CLIENT_CLASSES,
  S3_CLIENT_METHODS,
  S3_COMMANDS,
  S3_UPLOAD_CLASSES,
} from "../packages/typescript/src/catalogs/storage.js";
import { CONSTRUCTORS, FACTORIES, KINDS } from "../packages/typescript/src/catalogs/values.js";
import { DEFAULT_STAGING_VARIABLE, DEFAULT_TEMP_PREFIXES } from "../packages/core/src/storage-knowledge.js";

export const KNOWLEDGE_PAGE = "docs/knowledge.md";

const code = (text: string) => `\`${text}\``;

function cell(text: string): string {
  return text.replace(/\|/g, "\\|").replace(/\s*\n\s*/g, " ");
}

function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return [
    `| ${header.join(" | ")} |`,
    `| ${header.map(() => "---").join(" | ")} |`,
    ...rows.map((row) => `| ${row.map(cell).join(" | ")} |`),
  ].join("\n");
}

// ---- storage effects ------------------------------------------------------------------------

function slot(s: ArgSlot | undefined): string {
  if (!s) return "";
  const keywords = [s.keyword, ...(s.aliases ?? [])].filter((k): k is string => k !== undefined);
  const named = keywords.map((k) => code(`${k}=`)).join(" / ");
  if (s.index === undefined) return named;
  return named ? `argument ${s.index} (${named})` : `argument ${s.index}`;
}

function place(effect: StorageEffect): string {
  const parts: string[] = [];
  if (effect.path) {
    const inside = effect.within
      ? ` at ${code(effect.within.map((key) => (key === "*" ? "[*]" : `[${JSON.stringify(key)}]`)).join(""))}` +
        (effect.skipElements
          ? ` (not an element whose ${code(effect.skipElements.key)} is ${effect.skipElements.values.map((v) => code(JSON.stringify(v))).join(" or ")})`
          : "")
      : "";
    parts.push(`the path in ${slot(effect.path)}${inside}${effect.each ? " (each of a list)" : ""}`);
  }
  if (effect.receiver && effect.key)
    parts.push(`the object named by ${slot(effect.key)} in the receiver's bucket`);
  else if (effect.receiver) parts.push("the receiver's place");
  else if (effect.bucket || effect.key) {
    const bucket = effect.bucket ? `bucket ${slot(effect.bucket)}` : "";
    const key = effect.key ? `key ${slot(effect.key)}` : "";
    parts.push(`the object at ${[bucket, key].filter(Boolean).join(", ")}`);
  }
  if (effect.freshUnder)
    parts.push(`a fresh file in the directory of ${slot(effect.freshUnder)} (else the pod's temp directory)`);
  if (effect.made) parts.push("a fresh temporary file it makes");
  let text = parts.join("; ");
  if (effect.remote)
    text += ` on the ${effect.remote.toUpperCase()} server${effect.host ? ` of ${slot(effect.host)}` : ""}`;
  if (effect.glob) text += " (a glob)";
  if (effect.under)
    text += effect.members
      ? ` (the files it puts under that directory, named by ${slot(effect.members)})`
      : " (the files it puts under that directory)";
  if (effect.intoDirectory) text += " (or a file inside it, when it is a directory)";
  if (effect.local) text += " (on the worker's own disk)";
  if (effect.notFiles) text += ` (not ${effect.notFiles.map(code).join(", ")}: no file)`;
  if (effect.result) text += ", and returns it";
  return text;
}

function effects(list: readonly StorageEffect[]): string[] {
  return list.map((effect) => `${effect.access}s ${place(effect)}`);
}

function describeApi(api: StorageApi): string {
  const said = effects(api.effects);
  if (api.opener)
    said[0] = `opens ${place(api.effects[0]!)}: reads or writes by the mode in ${slot(api.opener.mode)} (default ${code(api.opener.defaultMode)})`;
  if (api.choice) {
    const by = api.choice.interpreter
      ? `by the ${api.choice.interpreter} of ${slot(api.choice.argument)}`
      : `by ${slot(api.choice.argument)}${api.choice.absent ? ` (default ${code(api.choice.absent)})` : ""}`;
    for (const [name, list] of Object.entries(api.choice.cases))
      said.push(
        `${by} ${code(name)}: ${list.length ? effects(list).join(", ") : "nothing by itself (what its statements do, below)"}`,
      );
  }
  if (api.program) {
    const extra = [
      api.program.env ? `environment from ${slot(api.program.env)}` : "",
      api.program.cwd ? `working directory ${slot(api.program.cwd)} (else a fresh temporary directory)` : "",
      api.program.database
        ? "and the connection's database file: read by a statement that reads a table by name, written by one that makes or changes a stored table"
        : "",
      api.program.container
        ? `run in a container: its paths are the host's through the bind mounts of ${[
            api.program.container.volumes,
            api.program.container.mounts,
          ]
            .filter((s) => s !== undefined)
            .map(slot)
            .join(
              " and ",
            )}, else nothing${api.program.container.cwd ? `; working directory ${slot(api.program.container.cwd)}` : ""}${api.program.container.env ? `; environment from ${slot(api.program.container.env)}` : ""}${api.program.container.daemon ? `; only with the worker's own Docker daemon (${slot(api.program.container.daemon)} absent or ${api.program.container.localDaemons.map((d) => code(`${d}…`)).join(", ")})` : ""}`
        : "",
    ].filter(Boolean);
    said.push(
      `reads and writes the files its ${api.program.language === "sql" ? "SQL" : "shell command"} in ${slot(api.program.argument)} names${extra.length ? ` (${extra.join("; ")})` : ""}`,
    );
  }
  if (api.scheme) said.push(`objects are ${code(`${api.scheme}://`)}`);
  return said.join("; ");
}

/** APIs with the same description, grouped: one row of a table each. */
function groupedNames(entries: Iterable<readonly [string, StorageApi]>): [string[], string][] {
  const byDescription = new Map<string, string[]>();
  for (const [name, api] of entries) {
    const description = describeApi(api);
    const names = byDescription.get(description) ?? [];
    names.push(name);
    byDescription.set(description, names);
  }
  return [...byDescription].map(([description, names]) => [names, description]);
}

/** Rows of APIs with the same description, their names joined. */
function grouped(entries: Iterable<readonly [string, StorageApi]>): string[][] {
  return groupedNames(entries).map(([names, description]) => [names.map(code).join(", "), description]);
}

/** One row of the storage tables: its section (as `StorageOp.matchedBy` names it) and its APIs. */
export interface StorageRow {
  section: string;
  names: string[];
  description: string;
}

/**
 * Every row of the Python storage tables, grouped as the page groups them: what
 * `catalogRow(api, section)` in the extractor points at (test/catalog-coverage.test.ts).
 */
export function pythonStorageRows(): StorageRow[] {
  const rows = (section: string, entries: Iterable<readonly [string, StorageApi]>): StorageRow[] =>
    groupedNames(entries).map(([names, description]) => ({ section, names, description }));
  return [
    ...rows("Python storage, functions and classes", STORAGE_FUNCTIONS),
    ...rows(
      "Python storage, methods on any receiver",
      [...ANY_RECEIVER_METHODS].map(([n, a]) => [`.${n}`, a] as const),
    ),
    ...(Object.keys(RECEIVER_NAMES) as ReceiverKind[]).flatMap((kind) =>
      rows(
        `Python storage, methods of: ${RECEIVER_NAMES[kind]}`,
        Object.entries(RECEIVER_METHODS[kind]).map(([n, a]) => [`.${n}`, a] as const),
      ),
    ),
    ...rows("Python storage, operators", STORAGE_OPERATORS),
  ];
}

function pythonStorage(): string {
  const receivers = Object.keys(RECEIVER_NAMES) as ReceiverKind[];
  const receiverSections = receivers.map((kind) => {
    const made = [...RECEIVER_CONSTRUCTORS]
      .filter(([, r]) => r.kind === kind)
      .map(([name, r]) =>
        r.connection
          ? `${code(name)} (with ${code(`${r.connection}=`)}: object storage, whatever its URL)`
          : code(name),
      );
    const from = Object.entries(RECEIVER_TRANSITIONS).flatMap(([parent, methods]) =>
      Object.entries(methods ?? {})
        .filter(([, t]) => t.kind === kind)
        .map(([method]) => `${code(`.${method}()`)} of ${RECEIVER_NAMES[parent as ReceiverKind]}`),
    );
    if (kind === "filesystem") made.push(...[...FILESYSTEM_FACTORIES].map(code));
    if (kind === "s3-client" || kind === "s3-resource")
      made.push(`${code(`boto3.${kind === "s3-client" ? "client" : "resource"}("s3")`)} (on any session)`);
    const methods = Object.entries(RECEIVER_METHODS[kind]);
    const lines = [`#### ${RECEIVER_NAMES[kind]}`, ""];
    if (made.length || from.length) lines.push(`Made by ${[...made, ...from].join(", ")}.`, "");
    lines.push(
      methods.length
        ? table(["method", "what it does"], grouped(methods.map(([name, api]) => [`.${name}`, api] as const)))
        : "No storage methods of its own; it leads to the receivers above.",
    );
    return lines.join("\n");
  });
  return [
    "## Python: storage",
    "",
    "What a task reads and writes, found in its code (and in helper functions of the DAG file it calls).",
    "A call is matched by its qualified name, after imports are resolved (`np.save`, `numpy.save` and",
    "`from numpy import save` are one API).",
    "",
    "### Functions and classes",
    "",
    table(["API", "what it does"], grouped(STORAGE_FUNCTIONS)),
    "",
    "### Methods on any receiver",
    "",
    "Method names distinctive enough to be storage whatever they are called on.",
    "",
    table(
      ["method", "what it does"],
      grouped([...ANY_RECEIVER_METHODS].map(([n, a]) => [`.${n}`, a] as const)),
    ),
    "",
    "### Methods of receivers the analysis recognises",
    "",
    "Other methods count only on a receiver made by one of these (through variables, helper",
    "functions that return it, and `with … as`).",
    "",
    receiverSections.join("\n\n"),
    "",
    "### Operators whose arguments are files",
    "",
    "Read where the task is declared (and where a task's code makes and runs one).",
    "",
    table(["operator", "what the task does"], grouped(STORAGE_OPERATORS)),
    "",
    ...[...PROGRAM_TASKS].map(
      ([style, program]) =>
        `${code(style)}: the ${program.language === "sql" ? "SQL" : "shell command"} its function returns, read the same way${program.env ? ` (environment from ${code(`${program.env}=`)}` : ""}${program.cwd ? `, working directory ${code(`${program.cwd}=`)})` : program.env ? ")" : ""}.`,
    ),
    "",
    `Mounts: ${[...MOUNT_CLASSES]
      .map(
        ([name, m]) =>
          `${code(name)} (container path ${slot(m.target)}, host path ${slot(m.source)}; a bind when ${slot(m.type)} is ${m.bindTypes.map(code).join(", ")}, default ${code(m.defaultType)})`,
      )
      .join(
        ", ",
      )}; a bind string ${code("host:container[:mode]")} with an absolute host path. A named volume is unknown.`,
    "",
    `A program a shell command runs that no row above knows (a repository's own): the value of an option named ${UNKNOWN_PROGRAM_OUTPUT_OPTIONS.map((o) => code(o)).join(", ")}, or with one of the words ${UNKNOWN_PROGRAM_OUTPUT_WORDS.map((o) => code(o)).join(", ")} in its name (${code("--model-save-dir")}; without its dashes, lower-cased, ${code("-")} read as ${code("_")}) is a write, any other plain path a read. Such a place matches only the very same location another task names (never a directory above it or a glob): never a finding by itself.`,
    "",
    "### Temporary and pod-local places",
    "",
    `Paths under ${DEFAULT_TEMP_PREFIXES.map(code).join(", ")} (the ${code("tempPrefixes")} option), relative paths and`,
    "`~` are the pod's own disk. `tempfile`:",
    "",
    table(
      ["API", "what it gives"],
      [...TEMPFILE_APIS].map(([name, kind]) => [
        code(name),
        kind === "dir"
          ? "the pod's temp directory"
          : `a fresh ${kind.startsWith("fresh-dir") ? "directory" : "file"} name that only matches itself`,
      ]),
    ),
    "",
    `Environment variables, read with ${[...ENV_GET_FUNCTIONS].map((f) => code(`${f}(name, default)`)).join(", ")},`,
    `${code("os.environ[name]")} or an environs reader made at module level (${[...ENV_READER_CLASSES.keys()].map((c) => code(`env = ${c.split(".").pop()}()`)).join(", ")}: ${[
      "env(name, default)",
      ...[...ENV_READER_METHODS.keys()].map((m) => `env.${m}(name, default)`),
    ]
      .map(code)
      .join(", ")}),`,
    `are stable names (${code("${NAME}")}); ${code(DEFAULT_STAGING_VARIABLE)} (the`,
    `${code("stagingVariable")} option) without a fallback is the run's staging volume, and a fallback to a`,
    "temp path makes the place pod-local.",
    "",
    "### Object storage mounted on the worker",
    "",
    table(
      ["path", "is the object"],
      OBJECT_STORE_MOUNTS.map((m) => [
        code(`${m.path}X`),
        `${code(`${m.scheme}://…/${m.keyPrefix}X`)} of ${m.bucket}`,
      ]),
    ),
    "",
    "Such a path and an object of a bucket the code names only at run time (an Airflow Variable,",
    "an environment variable, a parameter) are one object when their keys match and each names at",
    "least three literal segments; a bucket named by a literal is another bucket.",
  ].join("\n");
}

// ---- values ---------------------------------------------------------------------------------

function describeResult(result: Result): string | undefined {
  if (result === "json") return "JSON";
  if (result === "unknown" || result === "same") return undefined;
  if (typeof result === "string") return TYPES[result]?.report?.typeName ?? result;
  if ("reduction" in result) return describeResult(result.reduction);
  if ("draw" in result) return `${describeResult(result.draw)} (with a size)`;
  if ("listOf" in result) return `a list of ${describeResult(result.listOf)}`;
  if ("splitsOf" in result) return "like its arguments (a split)";
  if ("byKeyword" in result)
    return `by ${code(`${result.byKeyword}=`)}: ${Object.entries(result.cases)
      .map(([value, r]) => `${code(value)} ${describeResult(r)}`)
      .join(", ")} (default ${describeResult(result.absent)})`;
  if ("jsonWhen" in result)
    return `${describeResult(result.otherwise)} (JSON with ${code(`${result.jsonWhen.keyword}=${result.jsonWhen.is}`)})`;
  return "like its argument";
}

function pythonValues(): string {
  const byResult = new Map<string, string[]>();
  for (const [name, result] of Object.entries(FUNCTIONS)) {
    const what = describeResult(result);
    if (!what || what === "JSON") continue;
    const module = name.split(".")[0]!;
    const key = `${module}\u0000${what}`;
    byResult.set(key, [...(byResult.get(key) ?? []), name]);
  }
  const functionRows = [...byResult].map(([key, names]) => {
    const [module, what] = key.split("\u0000") as [string, string];
    return [code(module), names.map((n) => code(n.slice(module.length + 1))).join(", "), what];
  });
  const named = Object.entries(NAMED_RESULT_METHODS).map(([name, result]) => [
    code(`.${name}()`),
    describeResult(result) ?? "unknown",
  ]);
  const types = Object.entries(TYPES)
    .filter(([, info]) => info.report)
    .map(([name, info]) => [code(name), info.report!.typeName, info.report!.kind]);
  return [
    "## Python: values handed on by XCom",
    "",
    "What makes a value XCom cannot carry as JSON, followed through variables, containers, method",
    "chains and helper functions. Anything not listed is unknown, and unknown is never a finding.",
    "",
    "### Kinds reported",
    "",
    table(["type", "reported as", "kind"], types),
    "",
    "### Functions and classes that make them",
    "",
    table(["module", "functions", "make"], functionRows),
    "",
    "### Methods whose name says what they return, on any receiver",
    "",
    "What database hooks, warehouse clients and cursors give back.",
    "",
    table(["method", "returns"], named),
    "",
    "### Conversions that make a value JSON",
    "",
    Object.entries(SANITIZING_METHODS)
      .filter(([, r]) => r === "json")
      .map(([name]) => code(`.${name}()`))
      .join(", "),
  ].join("\n");
}

// ---- TypeScript -----------------------------------------------------------------------------

function typescriptKnowledge(): string {
  const fileRows = Object.entries(FILE_APIS).map(([name, ops]) => [
    code(name),
    ops.map((op) => `${op.access}s argument ${op.argument}`).join(", "),
  ]);
  const objectRows = [
    ...Object.entries(S3_COMMANDS).map(([name, c]) => [
      code(`client.send(new ${name.split(".").pop()}(…))`) + ` (${code(name)})`,
      `${c.access}s ${code(`s3://{${c.bucket}}/{${c.key}}`)}`,
    ]),
    ...Object.entries(S3_CLIENT_METHODS).map(([method, c]) => [
      `${code(`.${method}({ … })`)} of ${[...S3_CLIENT_CLASSES].map(code).join(", ")}`,
      `${c.access}s ${code(`s3://{${c.bucket}}/{${c.key}}`)}`,
    ]),
    ...Object.entries(S3_UPLOAD_CLASSES).map(([name, c]) => [
      code(`new ${name}({ ${c.paramsProperty}: { … } })`),
      `${c.access}s ${code(`s3://{${c.bucket}}/{${c.key}}`)}`,
    ]),
    ...Object.entries(GCS.fileMethods).map(([method, access]) => [
      `${code(`.${GCS.bucketMethod}(b).${GCS.fileMethod}(f).${method}()`)} of ${[...GCS.storageClasses].map(code).join(", ")}`,
      `${access}s ${code("gs://b/f")}`,
    ]),
    [
      code(`.${GCS.bucketMethod}(b).${GCS.uploadMethod}(local, { ${GCS.uploadDestinationOption} })`),
      `writes ${code(`gs://b/{${GCS.uploadDestinationOption}}`)}`,
    ],
  ];
  const kindRows = [
    ...Object.entries(CONSTRUCTORS).map(([name, kind]) => [
      code(`new ${name}(…)`),
      KINDS[kind]?.typeName ?? kind,
    ]),
    ...Object.entries(FACTORIES).map(([name, info]) => [
      code(`${name}(…)`),
      `${KINDS[info.kind]?.typeName ?? info.kind}${info.notWithArgument !== undefined ? ` (text with argument ${info.notWithArgument})` : ""}`,
    ]),
  ];
  return [
    "## TypeScript (Airflow TypeScript SDK)",
    "",
    "### Files",
    "",
    table(["API", "what it does"], fileRows),
    "",
    "### Object storage",
    "",
    table(["API", "what it does"], objectRows),
    "",
    "### Values XCom cannot carry as JSON",
    "",
    "Besides literals and `Map`, `Set`, typed arrays, `Buffer`, `BigInt`, `Date`, functions and class",
    "instances, and (with type information) declared types:",
    "",
    table(["made by", "kind"], kindRows),
  ].join("\n");
}

// ---- the page -------------------------------------------------------------------------------

const DECLARING = `## Declaring what is missing

A function or method the analysis does not know is unknown: it is never a finding, so a pipeline
built on it is not checked either. An operator or a TaskFlow decorator (\`@task.parquet\`, a
provider's) nobody catalogued is read by the convention an unknown program's options are: a
keyword named like an output (\`target\`, \`output_path\`, \`dest\`, …) is its write, any other
keyword naming a path its read, and \`sql\` is read as DuckDB's where it runs DuckDB (named so, or
given a \`duckdb_conn_id\`; a database server's SQL names the server's files), as is the SQL of an
imported hook that runs DuckDB (\`DuckLakeHook(duckdb_conn_id=…).sql(…)\`). Such a
place matches only the very same location another task names, so it is a finding only when one
task writes exactly what another reads. A decorator that writes one such path is taken to push
it, under whatever key: a task that reads the pulled value as a file (\`FROM '{{ ti.xcom_pull(
task_ids='make', key='parquet') }}'\`) reads that file. Declare your own in configuration (\`dag-transport.config.*\` or
\`[tool.dag-transport]\` in \`pyproject.toml\`), under either storage rule — the frontend takes the
union of both rules' lists, so declaring an API once is enough:

\`\`\`toml
[tool.dag-transport.rules]
no-bespoke-transport = ["error", { writeApis = [
  { call = "team_io.save_array", path = 1 },                         # a function: argument 1 is the path
  { call = ".save_artifact", path = "uri" },                         # a method on any receiver
  { call = "team_io.upload", bucket = 0, key = 1, scheme = "gs" },   # bucket and key given apart
  { call = "team_ops.LakeExportOperator", path = "destination" },     # an operator: its keyword argument
], readApis = [
  { call = "team_ops.LakeImportOperator", bucket = "bucket", key = "key" },
], sanctionedHelpers = ["team_xcom.put_reference"] }]
no-tmp-staging = ["error", { tempPrefixes = ["/tmp", "/scratch"], stagingVariable = "LEOFLOW_STAGING_DIR" }]
\`\`\`

- \`call\` is a qualified name (after import resolution), \`.method\` for a method on any receiver,
  an operator class: its arguments are read where the task is declared (whatever the class name
  ends with), or a TaskFlow decorator of your own provider (\`task.parquet\`): the decorated
  function becomes a task (what it returns is the decorator's business, as for \`@task.bash\`) and
  the decorator's arguments are read where the task is declared. An operator that reads one
  argument and writes another is listed in both lists.
- \`path\`, \`bucket\`, \`key\` are an argument position (from 0) or keyword.
- \`sql\` is the argument holding SQL (read as DuckDB's dialect): the files its statements name
  are read (\`FROM 'f.parquet'\`, \`JOIN 'f'\`, \`read_parquet('f')\`) or written (\`COPY … TO 'f'\`),
  whichever list the row is in; Jinja in it is a name known at run time.
- \`sanctionedHelpers\` are the team's pass-by-reference helpers: never storage, never followed into.
- Values: \`registeredSerializers\` of \`no-unserializable-xcom\` names types your XCom backend carries.

The CLI and the PR gate read the configuration file. In ESLint, \`projectConfig(import.meta.dirname)\`
reads the same file and shares every rule's options with the analysis; with
\`configs.recommended\` and rule options in \`eslint.config.js\`, give \`writeApis\` / \`readApis\` to
both storage rules (each ESLint rule sees only its own options).

A missing API is a catalog row (data, not code): \`packages/python/src/catalogs/storage.ts\`,
\`packages/python/src/catalogs/values.ts\`, \`packages/typescript/src/catalogs/\`.`;

export function knowledgePage(): string {
  return [
    "# What the analysis understands",
    "",
    "<!-- Generated from the catalogs by scripts/knowledge.ts: edit the catalogs, then run pnpm docs:write. -->",
    "",
    "Every API dag-transport knows, from its catalogs: check whether your stack is covered, and",
    "declare what is missing (last section).",
    "",
    pythonStorage(),
    "",
    pythonValues(),
    "",
    typescriptKnowledge(),
    "",
    DECLARING,
    "",
  ].join("\n");
}

/** The page's problems: missing or stale. */
export function checkKnowledgePage(root: string): { file: string; message: string }[] {
  const file = path.join(root, KNOWLEDGE_PAGE);
  if (!existsSync(file)) return [{ file, message: "is missing; run pnpm docs:write" }];
  return readFileSync(file, "utf8") === knowledgePage()
    ? []
    : [{ file, message: "is stale (the catalogs changed); run pnpm docs:write" }];
}

/** Writes the page when it changed; returns the files written. */
export function writeKnowledgePage(root: string): string[] {
  const file = path.join(root, KNOWLEDGE_PAGE);
  const page = knowledgePage();
  if (existsSync(file) && readFileSync(file, "utf8") === page) return [];
  writeFileSync(file, page);
  return [file];
}
