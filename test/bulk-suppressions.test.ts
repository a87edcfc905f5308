/**
 * Bulk suppressions (ESLint 9.24+'s `--suppress-all` and friends) through the real CLI.
 */
import { existsSync, lstatSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { runCli, runCliJson } from "./support/cli.js";
import { CLEAN_DAG, FLAGGED_DAG, tempProject } from "./support/project.js";

const projects: { cleanup: () => void }[] = [];
function project(files: Record<string, string | Buffer> = {}) {
  // A repository: the suppressions file lives at its root.
  const p = tempProject({ ".git/HEAD": "ref: refs/heads/main\n", ...files });
  projects.push(p);
  return p;
}
afterEach(() => projects.splice(0).forEach((p) => p.cleanup()));

const RULE = "dag-transport/no-unserializable-xcom";
const FILE = "dag-transport-suppressions.json";
/** A second task handing on an ndarray: one more finding of the same rule. */
const ONE_MORE = "\n\n@task\ndef make_more():\n    return np.ones(3)\n";

function recorded(dir: string, name = FILE): unknown {
  return JSON.parse(readFileSync(path.join(dir, name), "utf8"));
}

describe("--suppress-all", () => {
  it("records each file's error counts per rule, in ESLint's shape, and the run passes", () => {
    const p = project({ "dags/make.py": FLAGGED_DAG + ONE_MORE, "dags/clean.py": CLEAN_DAG });
    const run = runCli(["--suppress-all"], { cwd: p.dir });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("2 findings covered by the bulk suppressions file.");
    expect(recorded(p.dir)).toEqual({ "dags/make.py": { [RULE]: { count: 2 } } });
    expect(readFileSync(p.file(FILE), "utf8")).toBe(
      `{\n  "dags/make.py": {\n    "${RULE}": {\n      "count": 2\n    }\n  }\n}\n`,
    );

    // Later runs read it: nothing reported, the findings kept as suppressed ones (kind "file").
    const later = runCliJson([], { cwd: p.dir });
    expect(later.status).toBe(0);
    const make = later.results.find((r) => r.filePath.endsWith("make.py"))!;
    expect(make.messages).toEqual([]);
    expect(make.errorCount).toBe(0);
    expect(make.suppressedMessages.map((m) => [m.ruleId, m.suppressions])).toEqual([
      [RULE, [{ kind: "file", justification: "" }]],
      [RULE, [{ kind: "file", justification: "" }]],
    ]);
    // SARIF shows them as suppressed outside the source.
    const sarif = JSON.parse(runCli(["--format", "sarif"], { cwd: p.dir }).stdout) as {
      runs: { results: { suppressions?: { kind: string }[] }[] }[];
    };
    expect(sarif.runs[0]!.results.map((r) => r.suppressions?.[0]?.kind)).toEqual(["external", "external"]);
  });

  it("fails only beyond the recorded count, and then reports every finding of that rule in the file", () => {
    const p = project({ "dags/make.py": FLAGGED_DAG, "dags/other.py": FLAGGED_DAG });
    expect(runCli(["--suppress-all"], { cwd: p.dir }).status).toBe(0);

    // Near miss: one finding fixed, another added in the same file — still the recorded count.
    p.write("dags/make.py", FLAGGED_DAG.replace("np.zeros(3)", "np.zeros(3).tolist()") + ONE_MORE);
    expect(runCli([], { cwd: p.dir }).status).toBe(0);

    // One more than recorded: the run fails, and both are reported (no one can tell which is new).
    p.write("dags/make.py", FLAGGED_DAG + ONE_MORE);
    const run = runCliJson([], { cwd: p.dir });
    expect(run.status).toBe(1);
    const make = run.results.find((r) => r.filePath.endsWith("make.py"))!;
    expect(make.messages.map((m) => [m.ruleId, m.line])).toEqual([
      [RULE, 7],
      [RULE, 12],
    ]);
    // The other file stays covered.
    expect(run.results.find((r) => r.filePath.endsWith("other.py"))!.messages).toEqual([]);
  });

  it("a new file's findings are not covered", () => {
    const p = project({ "dags/make.py": FLAGGED_DAG });
    runCli(["--suppress-all"], { cwd: p.dir });
    p.write("dags/new.py", FLAGGED_DAG);
    const run = runCliJson([], { cwd: p.dir });
    expect(run.status).toBe(1);
    expect(run.results.find((r) => r.filePath.endsWith("new.py"))!.errorCount).toBe(1);
  });

  it("records errors only: a warning never fails a run", () => {
    const p = project({
      "dags/make.py": FLAGGED_DAG,
      "dag-transport.config.json": JSON.stringify({ rules: { "no-unserializable-xcom": "warn" } }),
    });
    expect(runCli(["--suppress-all"], { cwd: p.dir }).status).toBe(0);
    expect(recorded(p.dir)).toEqual({});
    const run = runCliJson([], { cwd: p.dir });
    expect(run.status).toBe(0);
    expect(run.results[0]!.warningCount).toBe(1);
  });

  it("is the repository root's file wherever the run starts, with paths relative to the root", () => {
    const p = project({ "dags/make.py": FLAGGED_DAG });
    expect(runCli(["--suppress-all", "."], { cwd: p.file("dags") }).status).toBe(0);
    expect(existsSync(p.file(`dags/${FILE}`))).toBe(false);
    expect(recorded(p.dir)).toEqual({ "dags/make.py": { [RULE]: { count: 1 } } });
    expect(runCli([], { cwd: p.dir }).status).toBe(0);
    expect(runCli(["make.py"], { cwd: p.file("dags") }).status).toBe(0);
  });

  it("replaces a link at the file's name instead of writing where it points", () => {
    const p = project({ "dags/make.py": FLAGGED_DAG, "target.json": "{}\n" });
    symlinkSync(p.file("target.json"), p.file(FILE));
    expect(runCli(["--suppress-all"], { cwd: p.dir }).status).toBe(0);
    expect(lstatSync(p.file(FILE)).isSymbolicLink()).toBe(false);
    expect(readFileSync(p.file("target.json"), "utf8")).toBe("{}\n");
    expect(recorded(p.dir)).toEqual({ "dags/make.py": { [RULE]: { count: 1 } } });
  });
});

describe("--suppress-rule", () => {
  it("records only the rules named, and keeps other entries", () => {
    const p = project({ "dags/make.py": FLAGGED_DAG });
    expect(runCli(["--suppress-rule", "no-tmp-staging"], { cwd: p.dir }).status).toBe(1);
    expect(recorded(p.dir)).toEqual({});
    expect(runCli(["--suppress-rule", RULE], { cwd: p.dir }).status).toBe(0);
    expect(recorded(p.dir)).toEqual({ "dags/make.py": { [RULE]: { count: 1 } } });
  });

  it("an unknown rule is a usage error, and nothing is written", () => {
    const p = project({ "dags/make.py": FLAGGED_DAG });
    const run = runCli(["--suppress-rule", "no-such-rule"], { cwd: p.dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/unknown rule 'no-such-rule'/);
    expect(existsSync(p.file(FILE))).toBe(false);
  });
});

describe("unused counts and --prune-suppressions", () => {
  it("a count no finding needs fails the run (exit 2) until pruned, as in ESLint", () => {
    const p = project({ "dags/make.py": FLAGGED_DAG + ONE_MORE, "dags/gone.py": FLAGGED_DAG });
    runCli(["--suppress-all"], { cwd: p.dir });
    // One finding of make.py fixed, and the only one of gone.py.
    p.write("dags/make.py", FLAGGED_DAG + ONE_MORE.replace("np.ones(3)", "np.ones(3).tolist()"));
    writeFileSync(p.file("dags/gone.py"), CLEAN_DAG);

    const run = runCli([], { cwd: p.dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(
      "there are suppressions left that do not occur anymore (2 in the bulk suppressions file)",
    );
    expect(run.stderr).toContain(`dags/make.py: ${RULE} (1 more recorded than found)`);
    expect(run.stderr).toContain("--prune-suppressions");

    expect(runCli(["--pass-on-unpruned-suppressions"], { cwd: p.dir }).status).toBe(0);

    expect(runCli(["--prune-suppressions"], { cwd: p.dir }).status).toBe(0);
    expect(recorded(p.dir)).toEqual({ "dags/make.py": { [RULE]: { count: 1 } } });
    expect(runCli([], { cwd: p.dir }).status).toBe(0);
  });

  it("pruning drops the entries of files that no longer exist", () => {
    const p = project({ "dags/make.py": FLAGGED_DAG, "dags/old.py": FLAGGED_DAG });
    runCli(["--suppress-all"], { cwd: p.dir });
    rmSync(p.file("dags/old.py"));
    // A file no run lints is not judged: its entry is not unused.
    expect(runCli([], { cwd: p.dir }).status).toBe(0);
    expect(runCli(["--prune-suppressions"], { cwd: p.dir }).status).toBe(0);
    expect(recorded(p.dir)).toEqual({ "dags/make.py": { [RULE]: { count: 1 } } });
  });

  it("a rule left out by --rule, or a file that could not be analysed, leaves nothing unused", () => {
    const p = project({ "dags/make.py": FLAGGED_DAG });
    runCli(["--suppress-all"], { cwd: p.dir });
    expect(runCli(["--rule", "no-tmp-staging"], { cwd: p.dir }).status).toBe(0);
    p.write("dags/make.py", Buffer.from([0x78, 0x20, 0x3d, 0x20, 0xff, 0x0a]));
    const run = runCli([], { cwd: p.dir });
    expect(run.status).toBe(1); // the fatal message, not an unused count
    expect(run.stderr).toBe("");
    expect(runCli(["--prune-suppressions"], { cwd: p.dir }).status).toBe(1);
    expect(recorded(p.dir)).toEqual({ "dags/make.py": { [RULE]: { count: 1 } } });
  });
});

describe("the suppressions file is untrusted input", () => {
  const SECRET = "AKIA-not-for-your-eyes";

  it.each([
    [
      "a syntax error",
      `{\n  "dags/make.py": { ${SECRET} }\n}\n`,
      /invalid suppressions file: syntax error at line 2, column \d+\n$/,
    ],
    [
      "a file with nothing in it",
      "\n  ",
      /invalid suppressions file: syntax error: the file ends too early\n$/,
    ],
    [
      "not an object",
      `["${SECRET}"]`,
      /invalid suppressions file: expected an object of files at line 1, column 1\n$/,
    ],
    [
      "a count that is not a whole number",
      `{\n  "dags/make.py": {\n    "${RULE}": { "count": "${SECRET}" }\n  }\n}\n`,
      /invalid suppressions file: expected \{ "count": <whole number of at least 1> \} at line 3, column \d+\n$/,
    ],
    [
      "a rule key that is not a rule id",
      `{\n  "dags/make.py": {\n    "${SECRET}": { "count": 1 }\n  }\n}\n`,
      /invalid suppressions file: a rule key is not 'dag-transport\/<rule>' at line 3, column 5\n$/,
    ],
    [
      "a path out of the repository",
      `{\n  "../${SECRET}": { "${RULE}": { "count": 1 } }\n}\n`,
      /invalid suppressions file: a file key is not a plain path inside the repository at line 2, column 3\n$/,
    ],
  ])("%s: exit 2, the file and a position named, its text never echoed", (_, text, message) => {
    const p = project({ "dags/make.py": FLAGGED_DAG, [FILE]: text });
    const run = runCli([], { cwd: p.dir });
    expect(run.status).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain(`dag-transport: ${p.file(FILE)}: `);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).not.toContain(SECRET);
  });

  it("a link out of the repository is refused, not read", () => {
    const outside = tempProject({ "secrets.json": `{"${SECRET}": 1}` });
    projects.push(outside);
    const p = project({ "dags/make.py": FLAGGED_DAG });
    symlinkSync(outside.file("secrets.json"), p.file(FILE));
    const run = runCli([], { cwd: p.dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(
      /cannot read suppressions file: File is a link to something outside the workspace/,
    );
    expect(run.stderr).not.toContain(SECRET);
  });
});

describe("--suppressions-location and usage", () => {
  it("reads and writes the file named, relative to the working directory", () => {
    const p = project({ "dags/make.py": FLAGGED_DAG });
    writeFileSync(p.file("known.json"), "{}\n");
    expect(runCli(["--suppress-all", "--suppressions-location", "known.json"], { cwd: p.dir }).status).toBe(
      0,
    );
    expect(recorded(p.dir, "known.json")).toEqual({ "dags/make.py": { [RULE]: { count: 1 } } });
    expect(existsSync(p.file(FILE))).toBe(false);
    expect(runCli(["--suppressions-location", "known.json"], { cwd: p.dir }).status).toBe(0);
    expect(runCli([], { cwd: p.dir }).status).toBe(1);
  });

  it("a named file that does not exist is an error unless suppressing creates it", () => {
    const p = project({ "dags/make.py": FLAGGED_DAG });
    const run = runCli(["--suppressions-location", "missing.json"], { cwd: p.dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(
      /the suppressions file missing\.json does not exist; create it with --suppress-all/,
    );
    expect(runCli(["--suppress-all", "--suppressions-location", "missing.json"], { cwd: p.dir }).status).toBe(
      0,
    );
  });

  it.each([
    [
      ["--suppress-all", "--suppress-rule", RULE],
      /--suppress-all and --suppress-rule cannot be used together/,
    ],
    [
      ["--suppress-all", "--prune-suppressions"],
      /--suppress-all and --prune-suppressions cannot be used together/,
    ],
    [
      ["--suppress-rule", RULE, "--prune-suppressions"],
      /--suppress-rule and --prune-suppressions cannot be used together/,
    ],
    [["--stdin", "--stdin-filename", "a.py", "--suppress-all"], /bulk suppressions do not apply to --stdin/],
    [["--suppress-rule"], /--suppress-rule needs a value/],
  ])("%j: exit 2", (args, message) => {
    const run = runCli(args, { cwd: project().dir, input: "" });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(message);
  });

  it("--help lists the options", () => {
    const help = runCli(["--help"]).stdout;
    for (const option of [
      "--suppress-all",
      "--suppress-rule <id>",
      "--suppressions-location <file>",
      "--prune-suppressions",
      "--pass-on-unpruned-suppressions",
    ])
      expect(help).toContain(option);
  });
});
