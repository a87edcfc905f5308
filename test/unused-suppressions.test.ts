/**
 * Unused and malformed suppressions (issue 17) through the real CLI and ESLint: reported as
 * ESLint reports unused directives (default warn, `reportUnusedSuppressions` in the
 * configuration), never for a rule that did not run, and removed by `--fix` — which removes
 * nothing else and leaves every file parsing.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { isUnusedSuppressionMessage, type LintResult } from "@dag-transport/core";
import { freePythonTree, initPythonParser, parsePython } from "@dag-transport/python";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { lintText } from "../packages/engine/src/index.js";
import { projectConfig } from "../packages/eslint-plugin/src/index.js";
import { runCli, runCliJson } from "./support/cli.js";
import { lintWithEslint } from "./support/eslint.js";
import { FIXTURES_DIR } from "./support/expectations.js";
import { fixCases, otherDirectives } from "./support/fix-cases.js";

const dir = mkdtempSync(path.join(tmpdir(), "dag-transport-unused-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
beforeAll(async () => {
  await initPythonParser();
});

const PY_FIXTURE = path.join(FIXTURES_DIR, "python/xcom/suppression_unused.py");
const TS_FIXTURE = path.join(FIXTURES_DIR, "typescript/xcom/suppression_unused.ts");

const unused = (result: LintResult) => result.messages.filter((m) => isUnusedSuppressionMessage(m));
const others = (result: LintResult) =>
  result.messages.filter((m) => !isUnusedSuppressionMessage(m)).map((m) => `${m.ruleId}:${m.message}`);

/** A folder of its own with `files` and an optional config file. */
function project(name: string, files: Record<string, string>, config?: string): string {
  const folder = path.join(dir, name);
  mkdirSync(folder, { recursive: true });
  for (const [file, text] of Object.entries(files)) writeFileSync(path.join(folder, file), text);
  if (config !== undefined) writeFileSync(path.join(folder, "dag-transport.config.yaml"), config);
  return folder;
}

function parses(source: string): boolean {
  const tree = parsePython(source);
  const ok = !tree.rootNode.hasError;
  freePythonTree(tree);
  return ok;
}

describe("the CLI reports suppressions that suppress nothing", () => {
  it("as ESLint does: a warning at the suppression (the rule of a list on its own), in both languages", () => {
    const { results } = runCliJson([PY_FIXTURE, TS_FIXTURE]);
    const [py, ts] = results;
    expect(unused(py!).map((m) => [m.line, m.column, m.severity, m.message])).toEqual([
      [
        10,
        9,
        1,
        "Unused eslint-disable directive (no problems were reported from 'dag-transport/no-unserializable-xcom').",
      ],
      [
        15,
        75,
        1,
        "Unused eslint-disable directive (no problems were reported from 'dag-transport/no-tmp-staging').",
      ],
    ]);
    expect(unused(ts!).map((m) => [m.line, m.column, m.severity])).toEqual([[8, 3, 1]]);
  });

  it("reports malformed suppressions instead of ignoring them", () => {
    const { results } = runCliJson([PY_FIXTURE]);
    const messages = results[0]!.messages.filter((m) => m.ruleId === null && !isUnusedSuppressionMessage(m));
    expect(messages.map((m) => [m.line, m.message.split(":")[0]])).toEqual([
      [19, "Suppression names no rule"],
      [23, "Suppression names no rule"],
      [27, "Unknown dag-transport directive 'ignore-file'"],
    ]);
    // And the findings they meant to suppress stay.
    expect(results[0]!.messages.filter((m) => m.ruleId).map((m) => m.line)).toEqual([19, 23, 28]);
  });

  it("at the configured severity: reportUnusedSuppressions off, warn or error", () => {
    const source = readFileSync(PY_FIXTURE, "utf8");
    for (const [level, severities] of [
      ["off", []],
      ["warn", [1, 1]],
      ["error", [2, 2]],
      [2, [2, 2]],
    ] as const) {
      const folder = project(`level-${level}`, { "dag.py": source }, `reportUnusedSuppressions: ${level}\n`);
      const { results, stderr } = runCliJson(["."], { cwd: folder });
      expect(stderr).toBe("");
      expect(unused(results[0]!).map((m) => m.severity)).toEqual(severities);
    }
    const folder = project("level-bad", { "dag.py": source }, "reportUnusedSuppressions: sometimes\n");
    const run = runCli(["."], { cwd: folder });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("reportUnusedSuppressions");
  });

  it("never for a rule that did not run: left out by --rule, or turned off", () => {
    const { results } = runCliJson(["--rule", "no-tmp-staging", PY_FIXTURE]);
    // The no-unserializable-xcom suppression on line 10 is not judged; the no-tmp-staging one is.
    expect(unused(results[0]!).map((m) => m.line)).toEqual([15]);
    const folder = project(
      "rule-off",
      { "dag.py": readFileSync(PY_FIXTURE, "utf8") },
      "rules:\n  no-tmp-staging: off\n",
    );
    expect(unused(runCliJson(["."], { cwd: folder }).results[0]!).map((m) => m.line)).toEqual([10]);
  });

  it("named as what they are in SARIF (a warning notification) and GitHub annotations", () => {
    const sarif = JSON.parse(runCli(["--format", "sarif", PY_FIXTURE]).stdout) as {
      runs: {
        invocations: { toolExecutionNotifications: { descriptor: { id: string }; level: string }[] }[];
      }[];
    };
    const notifications = sarif.runs[0]!.invocations[0]!.toolExecutionNotifications;
    expect(notifications.filter((n) => n.descriptor.id === "unused-suppression").map((n) => n.level)).toEqual(
      ["warning", "warning"],
    );
    expect(notifications.filter((n) => n.descriptor.id === "invalid-suppression")).toHaveLength(3);
    const github = runCli(["--format", "github", PY_FIXTURE]).stdout;
    expect(github.match(/^::warning .*title=dag-transport%3A unused suppression::/gm)).toHaveLength(2);
  });

  it("the gate's analysis (the engine's lintText) reports them as the CLI does", () => {
    const cli = runCliJson([PY_FIXTURE, TS_FIXTURE]).results;
    for (const result of cli) {
      const gate = lintText(readFileSync(result.filePath, "utf8"), result.filePath);
      expect(gate.messages.map((m) => ({ ...m }))).toEqual(result.messages);
    }
  });

  it("ESLint reads the same key for Python files (projectConfig)", async () => {
    const folder = project(
      "eslint-off",
      { "dag.py": readFileSync(PY_FIXTURE, "utf8") },
      "reportUnusedSuppressions: off\n",
    );
    const [result] = await lintWithEslint(["dag.py"], { cwd: folder, config: projectConfig(folder) });
    expect(unused(result!)).toEqual([]);
    expect(others(result!)).toEqual(others(runCliJson(["."], { cwd: folder }).results[0]!));
  });
});

describe("--fix removes unused suppressions, and nothing else", () => {
  let folder: string;
  let before: Map<string, LintResult>;
  let after: Map<string, LintResult>;
  const sources = new Map<string, string>([
    ...fixCases(),
    ["suppression_unused.py", readFileSync(PY_FIXTURE, "utf8")],
    ["suppression_unused.ts", readFileSync(TS_FIXTURE, "utf8")],
    [
      "ts_list.ts",
      readFileSync(TS_FIXTURE, "utf8").replace(
        "dag-transport/no-unserializable-xcom --",
        "dag-transport/no-unserializable-xcom, no-console --",
      ),
    ],
  ]);
  const key = (name: string) => path.join(folder, name);

  beforeAll(() => {
    folder = project("fix", Object.fromEntries(sources));
    before = new Map(runCliJson(["."], { cwd: folder }).results.map((r) => [r.filePath, r]));
    const run = runCliJson(["--fix", "."], { cwd: folder });
    expect(run.stderr).toBe("");
    after = new Map(run.results.map((r) => [r.filePath, r]));
  }, 120_000);

  it("had unused suppressions to remove", () => {
    expect([...before.values()].filter((r) => unused(r).length).length).toBeGreaterThanOrEqual(8);
  });

  it("leaves none, and every other message as it was; the report shows the files as fixed", () => {
    for (const name of sources.keys()) {
      const fixed = after.get(key(name))!;
      expect(unused(fixed), name).toEqual([]);
      expect(others(fixed), name).toEqual(others(before.get(key(name))!));
      // The report is the fixed file's: linting it again says the same.
      expect(runCliJson([name], { cwd: folder }).results[0]!.messages).toEqual(fixed.messages);
    }
  });

  it("leaves Python files parsing, other tools' directives and the used suppressions in place", () => {
    for (const [name, source] of sources) {
      if (!name.endsWith(".py")) continue;
      const fixed = readFileSync(key(name), "utf8");
      if (parses(source)) expect(parses(fixed), name).toBe(true);
      expect(otherDirectives(fixed), name).toEqual(otherDirectives(source));
      expect(before.get(key(name))!.suppressedMessages.length).toBe(
        after.get(key(name))!.suppressedMessages.length,
      );
      // Windows line endings stay Windows line endings.
      if (source.includes("\r\n")) expect(fixed.replaceAll("\r\n", "")).not.toContain("\n");
    }
  });

  it("removes the comment, the line when the comment was alone on it, or the rule from a list", () => {
    const fixed = readFileSync(key("suppression_unused.py"), "utf8");
    expect(fixed).not.toContain("converted since; stale");
    expect(fixed).toContain(
      "return np.zeros(3)  # dag-transport: ignore[no-unserializable-xcom] -- small (INFRA-9)  # expect: suppression",
    );
    // Malformed suppressions are reported, not removed: the author decides what they meant.
    expect(fixed).toContain("# dag-transport: ignore -- every rule");
    expect(fixed).toContain("# dag-transport: ignore-file -- legacy DAG");
    const original = readFileSync(PY_FIXTURE, "utf8").split("\n");
    const lines = fixed.split("\n");
    expect(original.length - lines.length).toBe(0); // its comment line keeps `# expect: suppression`
    expect(readFileSync(key("suppression_unused.ts"), "utf8")).not.toContain("eslint-disable-next-line");
    expect(readFileSync(key("ts_list.ts"), "utf8")).toContain(
      "// eslint-disable-next-line no-console -- converted since",
    );
  });

  it("applies no suggestion, and a second run has nothing left to fix", () => {
    expect(readFileSync(key("suppression_unused.py"), "utf8")).toContain(
      "return np.ones(2)  # dag-transport",
    );
    const texts = new Map([...sources.keys()].map((name) => [name, readFileSync(key(name), "utf8")]));
    runCli(["--fix", "."], { cwd: folder });
    for (const [name, text] of texts) expect(readFileSync(key(name), "utf8"), name).toBe(text);
  });

  it("refuses --stdin", () => {
    const run = runCli(["--fix", "--stdin", "--stdin-filename", "dag.py"], { input: "" });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("--fix rewrites files");
  });
});
