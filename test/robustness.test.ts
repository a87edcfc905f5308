/**
 * Bad input never crashes a run or hides other files' findings: every kind of bad file gets a
 * clear diagnostic on its own result, and the good file in the same run is still reported.
 * Everything runs through the real CLI, once, over one folder.
 */
import { spawnSync } from "node:child_process";
import { symlinkSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { LintResult } from "@dag-transport/core";
import { runCliJson } from "./support/cli.js";
import { FLAGGED_DAG, tempProject } from "./support/project.js";

const DEPTH = 20_000;

const project = tempProject({
  "good.py": FLAGGED_DAG,
  "broken.py": `import numpy as np
from airflow.decorators import task


@task
def broken():
    values = np.zeros(3) +
    return values


@task
def sound():
    return np.ones(3)
`,
  "binary.py": Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x00, 0x00, 0x00, 0x3e, 0x00]),
  "latin1.py": Buffer.from("# caf\xe9\nx = 1\n", "latin1"),
  // git-crypt's header, then ciphertext: an encrypted env file beside the DAGs.
  ".env.secret": Buffer.from([0x00, 0x47, 0x49, 0x54, 0x43, 0x52, 0x59, 0x50, 0x54, 0x00, 0x9a, 0x11]),
  "huge.py": `# padding\n${"x = 1\n".repeat(Math.ceil((5 * 1024 * 1024) / 6) + 10)}`,
  "deep_brackets.py": `from airflow.decorators import task\n\n\n@task\ndef deep():\n    return ${"[".repeat(DEPTH)}1${"]".repeat(DEPTH)}\n\n\n${FLAGGED_DAG.replace("def make", "def other")}`,
  "deep_chain.py": `from airflow.decorators import task\n\n\n@task\ndef chain():\n    return ${"1 + ".repeat(DEPTH)}1\n`,
});

let results: Map<string, LintResult>;
let status: number | null;
let stderr: string;

beforeAll(() => {
  // Paths no one can read, not even root: a dangling link, a link loop, a FIFO.
  symlinkSync(project.file("missing-target.py"), project.file("dangling.py"));
  symlinkSync(project.file("loop.py"), project.file("loop.py"));
  const fifo = spawnSync("mkfifo", [project.file("fifo.py")]);
  expect(fifo.status).toBe(0);
  const run = runCliJson([project.dir, project.file("fifo.py")]);
  results = new Map(run.results.map((r) => [r.filePath.slice(project.dir.length + 1), r]));
  status = run.status;
  stderr = run.stderr;
});

afterAll(() => project.cleanup());

/** The messages of one file as `line:fatal?:message`. */
function messages(name: string): { line: number; fatal: boolean; ruleId: string | null; message: string }[] {
  const result = results.get(name);
  expect(result, `no result for ${name}`).toBeDefined();
  return result!.messages.map((m) => ({
    line: m.line,
    fatal: m.fatal === true,
    ruleId: m.ruleId,
    message: m.message,
  }));
}

describe("robustness: one run over a folder of bad files", () => {
  it("finishes normally and still reports the good file", () => {
    expect(stderr).toBe("");
    expect(status).toBe(1);
    expect(messages("good.py")).toMatchObject([
      { line: 7, fatal: false, ruleId: "dag-transport/no-unserializable-xcom" },
    ]);
  });

  it("reports a syntax error and still judges the sound task of the same file", () => {
    expect(messages("broken.py")).toMatchObject([
      { line: 8, fatal: true, message: expect.stringMatching(/^Parsing error: invalid syntax/) },
      { line: 13, fatal: false, ruleId: "dag-transport/no-unserializable-xcom" },
    ]);
  });

  it("passes over an encrypted (binary) deployment file: no configuration to judge, no failure", () => {
    expect(messages(".env.secret")).toEqual([]);
  });

  it.each([
    ["binary.py", /^Binary file \(contains NUL bytes\); not analysed\.$/],
    ["latin1.py", /^File is not valid UTF-8; not analysed\.$/],
    ["huge.py", /^File is 5\.0 MiB, over the 5 MiB limit; not analysed\.$/],
    ["dangling.py", /^Cannot read file: ENOENT\.$/],
    ["loop.py", /^Cannot read file: ELOOP\.$/],
    ["fifo.py", /^Not a regular file; not analysed\.$/],
  ])("%s gets one fatal diagnostic saying why", (name, message) => {
    expect(messages(name)).toEqual([
      { line: 1, fatal: true, ruleId: null, message: expect.stringMatching(message) },
    ]);
  });

  it("reports a 20,000-level bracket nesting as Python would, and judges the rest of the file", () => {
    expect(messages("deep_brackets.py")).toMatchObject([
      { line: 6, fatal: true, message: expect.stringMatching(/too many nested parentheses/) },
      { line: 15, fatal: false, ruleId: "dag-transport/no-unserializable-xcom" },
    ]);
  });

  it("reports a 20,000-level operator chain handed off as not analysed", () => {
    expect(messages("deep_chain.py")).toEqual([
      {
        line: 6,
        fatal: true,
        ruleId: null,
        message: "Expression nested more than 200 levels deep; the value handed off here is not analysed.",
      },
    ]);
  });
});
