/**
 * Windows line endings: a DAG file saved with CRLF gets the same findings, at the same lines and
 * columns, as with LF — through the CLI and through ESLint, in Python and in TypeScript.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import type { LintMessage } from "@dag-transport/core";
import { ESLint, type Linter } from "eslint";
import { describe, expect, it } from "vitest";
import dagTransport from "../packages/eslint-plugin/src/index.js";
import { REPO_ROOT, runCli } from "./support/cli.js";
import { INCIDENT_DAG } from "./support/incident.js";

const SOURCES = {
  "dags/nightly.py": INCIDENT_DAG,
  "dags/handlers.ts": readFileSync(path.join(REPO_ROOT, "examples/typescript_sdk_handlers.ts"), "utf8"),
};

const where = (messages: LintMessage[]) =>
  messages.map((m) => [m.ruleId, m.line, m.column, m.endLine, m.endColumn, m.message]);

function cli(filename: string, text: string) {
  const run = runCli(["--format", "json", "--stdin", "--stdin-filename", filename], { input: text });
  expect(run.stderr).toBe("");
  return where((JSON.parse(run.stdout) as { messages: LintMessage[] }[])[0]!.messages);
}

async function eslint(filename: string, text: string) {
  const linter = new ESLint({
    cwd: REPO_ROOT,
    overrideConfigFile: true,
    overrideConfig: dagTransport.configs.recommended as Linter.Config[],
  });
  const [result] = await linter.lintText(text, { filePath: path.join(REPO_ROOT, filename) });
  return where(result!.messages as LintMessage[]);
}

describe.each(Object.entries(SOURCES))("CRLF: %s", (filename, source) => {
  const crlf = source.replaceAll("\n", "\r\n");

  it("has LF-only source and findings to compare", () => {
    expect(source).not.toContain("\r");
    expect(cli(filename, source).length).toBeGreaterThan(0);
  });

  it("the CLI reports the same findings at the same places", () => {
    expect(cli(filename, crlf)).toEqual(cli(filename, source));
  });

  it("ESLint reports the same findings at the same places", async () => {
    expect(await eslint(filename, crlf)).toEqual(await eslint(filename, source));
  });
});
