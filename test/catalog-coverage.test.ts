/**
 * Every catalog row is shown by the fixtures: for each row of the Python storage tables of
 * docs/knowledge.md (functions and classes, methods on any receiver, methods of each receiver,
 * operators) and each catalog entry for what hooks and clients return, at least one fixture line
 * where a finding is produced through the row, and at least one near-miss where the row matched
 * and nothing is reported (scratch inside one task, a final sink, a converted value). The golden
 * test runs the CLI, ESLint and the gate over the same fixtures, so what is shown here is shown
 * through every surface.
 *
 * Storage: `StorageOp.matchedBy` names the row a call matched (packages/python/src/storage.ts).
 * A row is flagged when a finding (or the other end of a cross-task finding) lies on one of its
 * operations; a near-miss when one of its operations has none. Values: a row is flagged when a
 * reported handoff holds a value it made (`madeBy`); a near-miss is a line in a task calling it
 * where nothing is reported and no reported value was made.
 *
 * And every fixture under fixtures/python/apis says which real call it adapts: a public
 * repository (`owner/repo`) and a path in it.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import type { LintResult, Span, StorageOp, TransportModel } from "@dag-transport/core";
import { describe, expect, it } from "vitest";
import { analyzeText, lintText } from "../packages/engine/src/index.js";
import { NAMED_RESULT_METHODS } from "../packages/python/src/catalogs/values.js";
import { pythonStorageRows } from "../scripts/knowledge.js";
import { fixtureFiles, FIXTURES_DIR } from "./support/expectations.js";

/**
 * Rows no fixture can flag, by design, with the reason. Keep this table tiny and honest: a row
 * that could be flagged but is not yet is a missing fixture, not an entry here.
 */
const NEVER_FLAGGED: Readonly<Record<string, string>> = {
  ".get_records": "returns JSON rows: XCom carries them, never a finding",
  ".get_first": "returns a JSON row: XCom carries it, never a finding",
  ".get_pandas_df_by_chunks": "an iterator of frames whose kind the catalog leaves unknown: never a finding",
};

/**
 * Storage rows whose file argument is, by the library's API, an open file object and never a
 * path (`json.dump(obj, fp)`): the `open` that made the handle is the operation (writes
 * through a handle belong to the call that opened it), so the row itself never names a place.
 * Keyed by the row's first name.
 */
const NO_OPERATION_OF_THEIR_OWN: Readonly<Record<string, string>> = {
  "pickle.dump": "takes an open file object: the `open` that made it is the operation",
  "json.dump": "takes an open file object: the `open` that made it is the operation",
  "json.load": "takes an open file object: the `open` that made it is the operation",
  "yaml.dump": "takes an open stream: the `open` that made it is the operation",
};

/**
 * Storage rows that can match but, by design, never be the writer or reader of a finding,
 * keyed by `section: name`.
 */
const STORAGE_NEVER_FLAGGED: Readonly<Record<string, string>> = {
  "Python storage, methods of: Airflow `MySqlHook`: .bulk_dump":
    "writes on the MySQL server's own disk (`SELECT … INTO OUTFILE`): no catalog API reads a file there, so no task can be its reader",
};

/** What makes a value XCom cannot carry: the methods of hooks and clients, and pandas' SQL readers. */
const VALUE_ROWS: readonly { row: string; call: RegExp; madeBy: RegExp }[] = [
  ...Object.keys(NAMED_RESULT_METHODS).map((method) => ({
    row: `.${method}`,
    call: new RegExp(`\\.${method}\\(`),
    madeBy: new RegExp(`(?:^|\\.)${method}$`),
  })),
  ...["read_sql", "read_sql_query", "read_sql_table"].map((fn) => ({
    row: `pandas.${fn}`,
    call: new RegExp(`\\b${fn}\\(`),
    madeBy: new RegExp(`(?:^|\\.)${fn}$`),
  })),
];

interface Analysed {
  file: string;
  lines: string[];
  model: TransportModel;
  result: LintResult;
}

const analysed: Analysed[] = fixtureFiles("python", [".py"]).flatMap((file) => {
  const text = readFileSync(file, "utf8");
  const model = analyzeText(text, file);
  return model ? [{ file, lines: text.split("\n"), model, result: lintText(text, file) }] : [];
});

const overlaps = (a: { line: number; endLine: number }, b: { line: number; endLine: number }) =>
  a.line <= b.endLine && b.line <= a.endLine;

/** The findings' own lines and the other ends of cross-task findings. */
function reportedSpans(result: LintResult): { line: number; endLine: number }[] {
  return result.messages.flatMap((m) => [
    { line: m.line, endLine: m.endLine ?? m.line },
    ...(m.relatedLocations ?? []).map((r) => ({ line: r.line, endLine: r.endLine })),
  ]);
}

function reported(op: StorageOp, spans: readonly { line: number; endLine: number }[]): boolean {
  const at: Span[] = [op.span, ...(op.calledAt ? [op.calledAt] : [])];
  return at.some((span) => spans.some((s) => overlaps(s, span)));
}

const where = (a: Analysed, line: number) => `${path.relative(FIXTURES_DIR, a.file)}:${line}`;

describe("every storage catalog row is shown by a flagged fixture line and a near-miss", () => {
  const rows = pythonStorageRows();
  const rowOf = new Map<string, number>();
  rows.forEach((row, index) => {
    for (const name of row.names) rowOf.set(`\`${name}\` in docs/knowledge.md, ${row.section}`, index);
  });
  const flagged = new Map<number, string>();
  const nearMiss = new Map<number, string>();
  for (const a of analysed) {
    const spans = reportedSpans(a.result);
    for (const op of a.model.storage) {
      const index = op.matchedBy !== undefined ? rowOf.get(op.matchedBy) : undefined;
      if (index === undefined) continue;
      (reported(op, spans) ? flagged : nearMiss).set(index, where(a, op.span.line));
    }
  }
  const label = (index: number) => `${rows[index]!.names.join(", ")} (${rows[index]!.section})`;
  const exempt = (index: number) =>
    rows[index]!.section.endsWith("functions and classes") &&
    rows[index]!.names[0]! in NO_OPERATION_OF_THEIR_OWN;

  it("names a known row for every catalog match", () => {
    const unknown = analysed.flatMap((a) =>
      a.model.storage
        .filter((op) => op.matchedBy?.includes("in docs/knowledge.md") && !rowOf.has(op.matchedBy))
        .map((op) => `${where(a, op.span.line)} ${op.matchedBy}`),
    );
    expect(unknown).toEqual([]);
  });

  const neverFlagged = (index: number) =>
    rows[index]!.names.some((name) => `${rows[index]!.section}: ${name}` in STORAGE_NEVER_FLAGGED);

  it("has a fixture line flagged through every row (or says why it cannot be)", () => {
    expect(
      rows.flatMap((_, i) => (flagged.has(i) || exempt(i) || neverFlagged(i) ? [] : [label(i)])),
    ).toEqual([]);
  });

  it("lists only rows that exist and are really never flagged", () => {
    const keys = new Set(rows.flatMap((row) => row.names.map((name) => `${row.section}: ${name}`)));
    expect(Object.keys(STORAGE_NEVER_FLAGGED).filter((key) => !keys.has(key))).toEqual([]);
    expect(rows.flatMap((_, i) => (neverFlagged(i) && flagged.has(i) ? [label(i)] : []))).toEqual([]);
  });

  it("has a near-miss through every row", () => {
    expect(rows.flatMap((_, i) => (nearMiss.has(i) || exempt(i) ? [] : [label(i)]))).toEqual([]);
  });

  it("exempts only rows that exist and never make an operation of their own", () => {
    const named = Object.keys(NO_OPERATION_OF_THEIR_OWN);
    const indexes = named.map((name) =>
      rows.findIndex((row) => row.section.endsWith("functions and classes") && row.names[0] === name),
    );
    expect(named.filter((_, k) => indexes[k] === -1)).toEqual([]);
    expect(named.filter((_, k) => flagged.has(indexes[k]!) || nearMiss.has(indexes[k]!))).toEqual([]);
  });
});

describe("every value-catalog row for what hooks and clients return is shown", () => {
  const flagged = new Set<string>();
  const nearMiss = new Set<string>();
  for (const a of analysed) {
    const spans = reportedSpans(a.result);
    const reportedHandoffs = a.model.handoffs.filter((h) => spans.some((s) => overlaps(s, h.span)));
    const madeLines = new Set(a.model.handoffs.flatMap((h) => h.values.map((v) => v.madeAt.line)));
    for (const { row, call, madeBy } of VALUE_ROWS) {
      if (reportedHandoffs.some((h) => h.values.some((v) => madeBy.test(v.madeBy)))) flagged.add(row);
      a.lines.forEach((text, index) => {
        const line = index + 1;
        const inTask = a.model.tasks.some((t) => t.span.line <= line && line <= t.span.endLine);
        const code = text.replace(/#.*$/, "");
        if (!inTask || !call.test(code)) return;
        if (!spans.some((s) => s.line <= line && line <= s.endLine) && !madeLines.has(line))
          nearMiss.add(row);
      });
    }
  }
  const rows = VALUE_ROWS.map((r) => r.row);

  it("has a fixture line flagged through every row (or says why it cannot be)", () => {
    expect(rows.filter((row) => !flagged.has(row) && !(row in NEVER_FLAGGED))).toEqual([]);
  });

  it("lists only rows that are really never flagged", () => {
    expect(Object.keys(NEVER_FLAGGED).filter((row) => flagged.has(row) || !rows.includes(row))).toEqual([]);
  });

  it("has a near-miss through every row", () => {
    expect(rows.filter((row) => !nearMiss.has(row))).toEqual([]);
  });
});

/** `owner/repo` followed by a path in it with a file name (`dags/x.py`, `chapter07/…/y.py`). */
const CITATION = /\b[\w.-]+\/[\w.-]+,?\s+[\w./-]*[\w-]+\.[a-z]+\b/;

describe("every fixture under fixtures/python/apis cites the real call it adapts", () => {
  it("recognises a citation, and not a docstring without one", () => {
    expect(
      "Adapted from gip-inclusion/pilotage-airflow, dags/dsn_data_ingest.py (`archive.extract`)",
    ).toMatch(CITATION);
    expect("Adapted from gip-inclusion/pilotage-airflow (`archive.extract`).").not.toMatch(CITATION);
    expect("Reads and writes files with open/close.").not.toMatch(CITATION);
  });

  const files = fixtureFiles("python/apis", [".py"]);

  it.each(files.map((f) => [path.relative(FIXTURES_DIR, f), f]))("%s", (_name, file) => {
    const docstring = /^\s*(?:"""|''')([\s\S]*?)(?:"""|''')/.exec(readFileSync(file, "utf8"))?.[1] ?? "";
    expect(docstring).toMatch(CITATION);
  });
});
