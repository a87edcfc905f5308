/**
 * Operators and TaskFlow decorators nobody catalogued, configured or wrote in this repository:
 * a provider's `@task.parquet(target=…, sql=…)`, a package's `LakeExportOperator(output_path=…)`.
 * Their arguments are read by the convention an unknown program's options are read by
 * (`UNKNOWN_PROGRAM_OUTPUT_OPTIONS`): a keyword named like an output (`target`, `output_path`,
 * `dest`, …) is where the task writes, any other keyword naming a path is read, and `sql` is a
 * statement whose files it reads or writes — only where the API runs DuckDB (`runsDuckDb`), which
 * runs in the worker: a database server's SQL (`PostgresOperator(sql="COPY t TO '/tmp/t.csv'")`)
 * names the server's files, not the worker's. The API is `guessed`: every
 * place is `Location.exact`, so it matches only the very same location another task names — the
 * write of one task and the `FROM '…'` of the next — and a value naming no path is no place.
 */
import { UNKNOWN_PROGRAM_OUTPUT_OPTIONS, type StorageApi, type StorageEffect } from "./catalogs/storage.js";
import type { SyntaxNode } from "./syntax-tree.js";
import { callArguments } from "./syntax.js";

const OUTPUT_KEYWORDS = new Set(UNKNOWN_PROGRAM_OUTPUT_OPTIONS);

/** Keywords holding SQL: what its statements name is read or written. */
const SQL_KEYWORDS = new Set(["sql"]);

/** Expressions that may name a path (a literal, a constant, a join); lists, dicts and numbers name none. */
const PATH_VALUE_TYPES = new Set([
  "string",
  "concatenated_string",
  "identifier",
  "attribute",
  "binary_operator",
]);

/** Keywords of every operator that never name a file (ids, connections, the DAG). */
function neverAPath(keyword: string): boolean {
  return keyword === "dag" || keyword === "task_id" || keyword.endsWith("_id") || keyword === "doc_md";
}

/**
 * Does an API nobody catalogued run DuckDB, in the worker's own process? Its name says so
 * (`@task.duckdb`, `DuckDBOperator`), or it is given a DuckDB connection (`duckdb_conn_id=`).
 */
export function runsDuckDb(name: string, keywords: ReadonlyMap<string, SyntaxNode>): boolean {
  return /duckdb/i.test(name) || keywords.has("duckdb_conn_id");
}

/**
 * The convention's reading of an unknown operator's (or decorator's) call, `name` its qualified
 * name; undefined when it names nothing.
 */
export function conventionalApi(name: string, call: SyntaxNode): StorageApi | undefined {
  const effects: StorageEffect[] = [];
  let program: StorageApi["program"];
  const { keywords } = callArguments(call);
  const duckDb = runsDuckDb(name, keywords);
  for (const [keyword, value] of keywords) {
    if (!PATH_VALUE_TYPES.has(value.type) || neverAPath(keyword)) continue;
    const option = keyword.toLowerCase();
    if (SQL_KEYWORDS.has(option)) {
      if (duckDb) program = { argument: { keyword }, language: "sql" };
    } else effects.push({ access: OUTPUT_KEYWORDS.has(option) ? "write" : "read", path: { keyword } });
  }
  if (effects.length === 0 && !program) return undefined;
  return { effects, guessed: true, ...(program ? { program } : {}) };
}

/**
 * The one path an unknown decorator's call writes by the convention (`@task.parquet(target=…)`):
 * what the task pushes, under whatever key, is taken to be that path — where a puller uses the
 * value as a path to read, it reads that file. Undefined when it writes none or several.
 */
export function conventionalOutput(name: string, call: SyntaxNode): SyntaxNode | undefined {
  const writes = conventionalApi(name, call)?.effects.filter((effect) => effect.access === "write");
  const slot = writes?.length === 1 ? writes[0]!.path : undefined;
  return slot?.keyword !== undefined ? callArguments(call).keywords.get(slot.keyword) : undefined;
}
