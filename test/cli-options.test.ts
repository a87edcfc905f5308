/**
 * The command line as editors and CI call it: standard input, the describe-only commands,
 * the CI formats and the usage errors (exit 2).
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { LintResult } from "@dag-transport/core";
import { runCli } from "./support/cli.js";
import { INCIDENT_DAG } from "./support/incident.js";

const BROKEN = "from airflow.decorators import task\n\n@task\ndef f():\n    return [1,\n";
const CLEAN = "from airflow.decorators import task\n\n@task\ndef f():\n    return {'rows': 3}\n";

function project(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), "dag-transport-cli-"));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    writeFileSync(path.join(root, name), text);
  }
  return root;
}

describe("--stdin --stdin-filename", () => {
  it("lints the piped text as the named file (which need not exist)", () => {
    const root = project({});
    const run = runCli(["--stdin", "--stdin-filename", "dags/new_dag.py", "--format", "json"], {
      cwd: root,
      input: BROKEN,
    });
    expect(run.status).toBe(1);
    const [result] = JSON.parse(run.stdout) as LintResult[];
    expect(result!.filePath).toBe(path.join(root, "dags/new_dag.py"));
    expect(result!.messages.map((m) => m.fatal)).toEqual([true]);
  });

  it("lints the piped text, not the file on disk", () => {
    const root = project({ "dag.py": BROKEN });
    const run = runCli(["--stdin", "--stdin-filename", "dag.py"], { cwd: root, input: CLEAN });
    expect(run).toMatchObject({ status: 0, stdout: "" });
  });
});

describe("--print-config and --list-rules", () => {
  it("prints the configuration that applies to a file, siblings included", () => {
    const root = project({
      "dag-transport.config.yaml":
        "rules:\n  no-unserializable-xcom: [warn, {registeredSerializers: [pandas.DataFrame]}]\n",
      "dags/etl.py": CLEAN,
      "dags/leoflow.yaml": "staging:\n  enabled: true\n",
    });
    const run = runCli(["--print-config", "dags/etl.py"], { cwd: root });
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({
      filePath: path.join(root, "dags/etl.py"),
      configFile: path.join(root, "dag-transport.config.yaml"),
      language: "python",
      rules: {
        "no-unserializable-xcom": [
          "warn",
          { registeredSerializers: ["pandas.DataFrame"], allowedDeserializationClasses: ["airflow.*"] },
        ],
      },
      siblingFiles: [{ kind: "leoflow", filePath: path.join(root, "dags/leoflow.yaml") }],
      // dags/leoflow.yaml names dag.py (the default dag_source), not etl.py.
      leoflowProject: null,
      airflowVersion: { version: "3", from: "default" },
    });
  });

  it("shows which Airflow version applies and why: the repository's pin, or the option", () => {
    const root = project({
      "requirements.txt": "pandas==2.2.3\napache-airflow[celery]>=2.9.1,<3\n",
      "dags/dag.py": CLEAN,
      "dags/leoflow.yaml": "dag_id: etl\nstaging:\n  enabled: true\n",
    });
    const pinned = JSON.parse(runCli(["--print-config", "dags/dag.py"], { cwd: root }).stdout);
    expect(pinned.airflowVersion).toEqual({
      version: "2.9.1",
      from: "repository",
      reason: "pinned by requirements.txt:2 (apache-airflow[celery]>=2.9.1,<3)",
      file: path.join(root, "requirements.txt"),
      line: 2,
    });
    expect(pinned.leoflowProject).toEqual({
      filePath: path.join(root, "dags/leoflow.yaml"),
      dagSource: path.join(root, "dags/dag.py"),
      stagingEnabled: true,
    });
    writeFileSync(
      path.join(root, "dag-transport.config.json"),
      '{"rules": {"no-unserializable-xcom": ["error", {"airflowVersion": "2.5"}]}}',
    );
    const option = JSON.parse(runCli(["--print-config", "dags/dag.py"], { cwd: root }).stdout);
    expect(option.airflowVersion).toMatchObject({ version: "2.5", from: "option" });
  });

  it("lists every rule with its configured severity", () => {
    const root = project({ "dag-transport.config.json": '{"rules": {"no-unserializable-xcom": "off"}}' });
    const run = runCli(["--list-rules", "--format", "json"], { cwd: root });
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toContainEqual(
      expect.objectContaining({
        id: "no-unserializable-xcom",
        severity: "off",
        recommendedSeverity: "error",
      }),
    );
    expect(runCli(["--list-rules"], { cwd: root }).stdout).toMatch(
      /^no-unserializable-xcom\s+off\s+A value/m,
    );
  });
});

describe("CI formats", () => {
  it("--format github prints workflow commands with paths relative to the working directory", () => {
    const root = project({ "dags/broken.py": BROKEN, "dags/clean.py": CLEAN });
    const run = runCli(["--format", "github"], { cwd: root });
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(
      /^::error file=dags\/broken\.py,line=\d+,.*title=dag-transport%3A file not analysed::Parsing error/,
    );
    expect(run.stdout.trim().split("\n")).toHaveLength(1);
  });

  it("--format sarif --output-file writes a SARIF log", () => {
    const root = project({ "dags/broken.py": BROKEN });
    const run = runCli(["--format", "sarif", "--output-file", "out/report.sarif"], { cwd: root });
    expect(run).toMatchObject({ status: 1, stdout: "" });
    const log = JSON.parse(readFileSync(path.join(root, "out/report.sarif"), "utf8"));
    expect(log.version).toBe("2.1.0");
    expect(
      log.runs[0].invocations[0].toolExecutionNotifications[0].locations[0].physicalLocation.artifactLocation,
    ).toEqual({ uri: "dags/broken.py", uriBaseId: "%SRCROOT%" });
  });
});

describe("exit code 2 for usage errors", () => {
  it.each([
    [["--format", "xml"], /unknown format 'xml'/],
    [["--rule", "no-such-rule"], /unknown rule 'no-such-rule'/],
    [["does-not-exist"], /no such file or directory: does-not-exist/],
    [["--stdin"], /--stdin needs --stdin-filename/],
  ])("%j", (argv, message) => {
    const run = runCli(argv, { cwd: project({}) });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(message);
  });

  it("an invalid configuration is exit 2 too", () => {
    const run = runCli([], { cwd: project({ "dag-transport.config.json": '{"rules": {"nope": "error"}}' }) });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/invalid configuration: .*unknown key 'rules.nope'/);
  });
});

describe("findings through the options", () => {
  it("--max-warnings and --quiet: warnings alone pass, unless there are too many; --quiet hides them", () => {
    const root = project({
      "dag-transport.config.json": '{"rules": {"no-tmp-staging": "warn"}}',
      "dags/nightly.py": INCIDENT_DAG,
    });
    const plain = runCli([], { cwd: root });
    expect(plain.status).toBe(0);
    expect(plain.stdout).toMatch(/11:9 +warning +`np\.savez` writes `\/tmp\/cohort_scores\.npz`/);

    const strict = runCli(["--max-warnings", "0"], { cwd: root });
    expect(strict.status).toBe(1);
    expect(strict.stderr).toContain("too many warnings (1, maximum allowed: 0)");
    expect(runCli(["--max-warnings", "1"], { cwd: root }).status).toBe(0);

    expect(runCli(["--quiet"], { cwd: root })).toMatchObject({ status: 0, stdout: "" });
    expect(runCli(["--quiet", "--max-warnings", "0"], { cwd: root })).toMatchObject({
      status: 1,
      stdout: "",
    });
  });

  it("--rule runs only the named rules", () => {
    const root = project({ "dags/nightly.py": INCIDENT_DAG });
    expect(runCli(["--rule", "no-bespoke-transport"], { cwd: root })).toMatchObject({
      status: 0,
      stdout: "",
    });
    const only = runCli(["--rule", "no-tmp-staging", "--format", "json"], { cwd: root });
    expect(only.status).toBe(1);
    const [result] = JSON.parse(only.stdout) as LintResult[];
    expect(result!.messages.map((m) => m.ruleId)).toEqual(["dag-transport/no-tmp-staging"]);
  });

  it("--format github annotates the write, with the reader on the next line", () => {
    const root = project({ "dags/nightly.py": INCIDENT_DAG });
    const run = runCli(["--format", "github"], { cwd: root });
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(
      /^::error file=dags\/nightly\.py,line=11,endLine=11,col=9,endColumn=\d+,title=dag-transport\/no-tmp-staging::`np\.savez` writes .*%0A↳ line 15: read by task `select_cohort`/,
    );
  });

  it("SARIF fingerprints stay the same when the code moves down, and suppressions are kept", () => {
    const root = project({ "dags/nightly.py": INCIDENT_DAG });
    const sarif = () => JSON.parse(runCli(["--format", "sarif"], { cwd: root }).stdout).runs[0].results;
    const [before] = sarif();
    expect(before).toMatchObject({
      ruleId: "no-tmp-staging",
      level: "error",
      locations: [{ physicalLocation: { region: { startLine: 11, startColumn: 9 } } }],
      relatedLocations: [{ physicalLocation: { region: { startLine: 15 } } }],
    });

    writeFileSync(
      path.join(root, "dags/nightly.py"),
      `"""Nightly scores."""\n# moved down\n\n${INCIDENT_DAG}`,
    );
    const [after] = sarif();
    expect(after.locations[0].physicalLocation.region.startLine).toBe(14);
    expect(after.partialFingerprints).toEqual(before.partialFingerprints);

    const reason = "both tasks run in one pod (pod_override pins them)";
    writeFileSync(
      path.join(root, "dags/nightly.py"),
      INCIDENT_DAG.replace(
        "normal(size=100))",
        `normal(size=100))  # dag-transport: ignore[no-tmp-staging] -- ${reason}`,
      ),
    );
    const run = runCli(["--format", "sarif"], { cwd: root });
    expect(run.status).toBe(0);
    const [suppressed] = JSON.parse(run.stdout).runs[0].results;
    expect(suppressed.suppressions).toEqual([{ kind: "inSource", justification: reason }]);
    expect(suppressed.partialFingerprints).toEqual(before.partialFingerprints);
  });
});
