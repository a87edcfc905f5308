/**
 * Suggestions (issue 17): every suggestion the fixtures produce, applied one at a time, ends
 * its finding — the file still parses (no fatal message it did not have) and has exactly its other findings —
 * through the real CLI. ESLint offers the same suggestions as the CLI's JSON carries, and the
 * CLI's stylish output shows them.
 */
import {
  copyFileSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { LintMessage, LintResult } from "@dag-transport/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { projectConfig } from "../packages/eslint-plugin/src/index.js";
import { runCli, runCliJson } from "./support/cli.js";
import { lintWithEslint } from "./support/eslint.js";
import { FIXTURES_DIR } from "./support/expectations.js";

const SETS = ["python", "typescript"].map((set) => path.join(FIXTURES_DIR, set));
/** numpy scalars are findings before Airflow 2.6 only: linted from inside, with its configuration. */
const CONFIGURED = path.join(FIXTURES_DIR, "configured/old-airflow-scalars");
const SOURCE = /\.(py|ts|mts|cts|js|mjs)$/;
/** The fixture project of imported helpers (a DAG and the repository modules it imports). */
const IMPORTS_PROJECT = path.join(FIXTURES_DIR, "python/imports");
const dir = mkdtempSync(path.join(tmpdir(), "dag-transport-suggest-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Applied {
  name: string;
  original: LintResult;
  message: LintMessage;
  file: string;
}

const findings = (messages: readonly LintMessage[]) =>
  messages.map((m) => `${m.line}:${m.fatal ? "fatal" : m.ruleId}`).sort();

let results: LintResult[];
const applied: Applied[] = [];
let after: Map<string, LintResult>;

beforeAll(() => {
  results = [...runCliJson(SETS).results, ...runCliJson(["."], { cwd: CONFIGURED }).results];
  for (const result of results) {
    const text = readFileSync(result.filePath, "utf8");
    result.messages.forEach((message, index) => {
      (message.suggestions ?? []).forEach((suggestion, s) => {
        const [start, end] = suggestion.fix.range;
        const name = `${path.relative(FIXTURES_DIR, result.filePath)}#${index}.${s}`;
        const folder = path.join(dir, `${applied.length}`);
        mkdirSync(folder);
        // The folder's configuration goes with the file (config file, version pins).
        for (const entry of readdirSync(path.dirname(result.filePath), { withFileTypes: true }))
          if (entry.isFile() && !SOURCE.test(entry.name))
            copyFileSync(path.join(entry.parentPath, entry.name), path.join(folder, entry.name));
        // A fixture project's modules go with its DAG file: it imports its helpers from them.
        if (path.dirname(result.filePath) === IMPORTS_PROJECT)
          cpSync(IMPORTS_PROJECT, folder, { recursive: true });
        const file = path.join(folder, path.basename(result.filePath));
        writeFileSync(file, text.slice(0, start) + suggestion.fix.text + text.slice(end));
        applied.push({ name, original: result, message, file });
      });
    });
  }
  // One run over all of them: each folder holds its file and its original folder's configuration.
  after = new Map(runCliJson([dir], { cwd: dir }).results.map((r) => [r.filePath, r]));
}, 120_000);

describe("suggestions over the fixtures", () => {
  it("are offered in both languages, for the conversions of the issue", () => {
    const texts = applied.map((a) => a.message.suggestions!.map((s) => s.fix.text).join()).join("\n");
    for (const conversion of [
      ".tolist()",
      '.to_dict(orient="records")',
      "Object.fromEntries(",
      "[...",
      "Array.from(",
      ".toISOString()",
    ])
      expect(texts).toContain(conversion);
    // Bracketed where the expression needs it, on the element inside a literal.
    expect(texts).toContain("((values - values.mean()) / values.std()).tolist()");
    expect(texts).toContain("checkedAt: checkedAt.toISOString()");
  });

  it("are exactly the ones the fixtures annotate (`suggestion: <text>` / `no suggestion` on the line before)", () => {
    let annotated = 0;
    for (const result of results) {
      const lines = readFileSync(result.filePath, "utf8").split("\n");
      for (const message of result.messages) {
        const before = lines[message.line - 2] ?? "";
        const texts = (message.suggestions ?? []).map((s) => s.fix.text);
        const wanted = /(?:#|\/\/) suggestion: (.*)$/.exec(before);
        if (wanted) expect(texts, `${result.filePath}:${message.line}`).toEqual([wanted[1]]);
        if (/(?:#|\/\/) no suggestion:/.test(before))
          expect(texts, `${result.filePath}:${message.line}`).toEqual([]);
        if (wanted || before.includes("no suggestion:")) annotated++;
      }
    }
    expect(annotated).toBeGreaterThanOrEqual(17);
  });

  it("are offered by no-unserializable-xcom only", () => {
    for (const { message } of applied) expect(message.ruleId).toBe("dag-transport/no-unserializable-xcom");
  });

  it("each, applied, ends its finding and changes nothing else; the file still parses", () => {
    expect(applied.length).toBeGreaterThan(10);
    for (const { name, original, message, file } of applied) {
      const result = after.get(file);
      expect(result, name).toBeDefined();
      // Parses as before (a fixture with a broken task keeps exactly its own syntax error).
      expect(findings(result!.messages.filter((m) => m.fatal)), name).toEqual(
        findings(original.messages.filter((m) => m.fatal)),
      );
      // A finding whose kind flowed from upstream (annotated `# downstream:` on the line before)
      // ends with the upstream conversion too; every other finding stays.
      const lines = readFileSync(original.filePath, "utf8").split("\n");
      const downstream = (m: LintMessage) => /^\s*(?:#|\/\/) downstream:/.test(lines[m.line - 2] ?? "");
      const expected = findings(original.messages.filter((m) => m !== message));
      const kept = findings(result!.messages);
      expect(
        kept.filter((f) => !expected.includes(f)),
        name,
      ).toEqual([]);
      const ended = original.messages.filter((m) => m !== message && !kept.includes(findings([m])[0]!));
      for (const m of ended) expect(downstream(m), `${name}: ${m.line}`).toBe(true);
    }
  });
});

describe("suggestions in ESLint and the CLI's formats", () => {
  it("ESLint offers exactly the suggestions of the CLI's JSON", async () => {
    const eslint = new Map(
      [
        ...(await lintWithEslint(SETS)),
        ...(await lintWithEslint(["."], { cwd: CONFIGURED, config: projectConfig(CONFIGURED) })),
      ].map((r) => [r.filePath, r]),
    );
    for (const result of results) {
      const theirs = eslint.get(result.filePath)!;
      const suggestions = (r: LintResult) =>
        r.messages.map((m) => ({
          line: m.line,
          ruleId: m.ruleId,
          suggestions: (m.suggestions ?? []).map((s) => ({ desc: s.desc, fix: s.fix })),
        }));
      expect(suggestions(theirs), result.filePath).toEqual(suggestions(result));
    }
  });

  it("stylish shows the suggestion under its finding", () => {
    const file = path.join(FIXTURES_DIR, "typescript/xcom/map_return.ts");
    const { stdout } = runCli([file]);
    expect(stdout).toContain(
      "↳ suggestion: Convert with Object.fromEntries(…) (the next task receives a plain object) → Object.fromEntries(counts)",
    );
  });
});
