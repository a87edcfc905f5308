/**
 * Imported helpers through the engine: the frontend reads the repository's modules only
 * through the guarded reader (regular files inside the repository root), and a helper's
 * write is reported at the call with the helper's write as a related location in its file.
 */
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { initPythonParser } from "@dag-transport/python";
import { lintFile } from "./engine.js";

function repository(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), "dag-transport-imports-"));
  mkdirSync(path.join(root, ".git"));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    writeFileSync(path.join(root, name), text);
  }
  return root;
}

const DAG = (module: string) =>
  [
    "import pandas as pd",
    "from airflow.decorators import dag, task",
    `from ${module} import save`,
    "@dag(schedule=None)",
    "def d():",
    "    @task",
    "    def write():",
    '        save(pd.DataFrame(), "/tmp/x.parquet")',
    "    @task",
    "    def read():",
    '        return len(pd.read_parquet("/tmp/x.parquet"))',
    "    write() >> read()",
    "d()",
    "",
  ].join("\n");

const SAVE = "def save(frame, path):\n    frame.to_parquet(path)\n";

beforeAll(() => initPythonParser());

describe("imported helpers through the engine", () => {
  it("reports the helper's write at the call, its write a related location in its file", () => {
    const root = repository({ "dags/dag.py": DAG("include.io"), "include/io.py": SAVE });
    const { messages } = lintFile(path.join(root, "dags/dag.py"));
    expect(messages.map((m) => [m.ruleId, m.line])).toEqual([["dag-transport/no-tmp-staging", 8]]);
    expect(messages[0]!.relatedLocations).toContainEqual(
      expect.objectContaining({
        file: path.join(root, "include/io.py"),
        line: 2,
        message: "the write, in `include/io.py`",
      }),
    );
  });

  it("does not read a module that links out of the repository", () => {
    const outside = mkdtempSync(path.join(tmpdir(), "dag-transport-outside-"));
    writeFileSync(path.join(outside, "io.py"), SAVE);
    const root = repository({ "dags/dag.py": DAG("evil") });
    symlinkSync(path.join(outside, "io.py"), path.join(root, "dags/evil.py"));
    expect(lintFile(path.join(root, "dags/dag.py")).messages).toEqual([]);
  });

  it("does not follow imports when the file's context is not read (text given alone)", async () => {
    const { lintText } = await import("./engine.js");
    const root = repository({ "dags/dag.py": DAG("include.io"), "include/io.py": SAVE });
    const file = path.join(root, "dags/dag.py");
    expect(lintText(DAG("include.io"), file, { context: false }).messages).toEqual([]);
  });
});
