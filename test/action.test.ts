/**
 * The GitHub Action (action.yml): a JavaScript action running the committed bundle/action.js,
 * run here as the runner runs it — `node` on the file named by `runs.main`, inputs as `INPUT_*`
 * variables, outputs read back from `GITHUB_OUTPUT` — against the GitHub stand-in.
 */
import { spawn } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { GitHubStandIn } from "../packages/review/test/github-standin.js";
import {
  addedFile,
  BASE,
  OWNER,
  pullRequestEvent,
  removeTempDirs,
  REPO,
  tempDir,
  writeWorkspace,
  WRITE_TOKEN,
} from "../packages/review/test/harness.js";
import { REPO_ROOT, runCli } from "./support/cli.js";
import { INCIDENT_DAG } from "./support/incident.js";

interface Action {
  inputs: Record<string, { default?: string }>;
  outputs: Record<string, { description: string }>;
  runs: { using: string; main: string };
}
const action = parse(readFileSync(path.join(REPO_ROOT, "action.yml"), "utf8")) as Action;

let standIn: GitHubStandIn | undefined;
afterEach(async () => {
  expect(standIn?.violations ?? []).toEqual([]);
  await standIn?.close();
  standIn = undefined;
  removeTempDirs();
});

/** Runs the action's `main` as the runner would: inputs (with their defaults) as INPUT_* variables. */
async function runAction(
  inputs: Record<string, string>,
  env: Record<string, string>,
): Promise<{ status: number | null; stdout: string; stderr: string; outputs: Record<string, string> }> {
  const dir = tempDir("runner");
  const outputFile = path.join(dir, "output.txt");
  writeFileSync(outputFile, "");
  const inputEnv: Record<string, string> = {};
  for (const [name, spec] of Object.entries(action.inputs)) {
    const value = inputs[name] ?? spec.default ?? "";
    if (value.includes("${{")) throw new Error(`input ${name} needs a value in the test`);
    inputEnv[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] = value;
  }
  const child = spawn(process.execPath, [path.join(REPO_ROOT, action.runs.main)], {
    cwd: dir,
    env: { PATH: process.env.PATH ?? "", RUNNER_TEMP: dir, GITHUB_OUTPUT: outputFile, ...inputEnv, ...env },
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
  child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
  const status = await new Promise<number | null>((resolve) => child.on("close", resolve));
  const outputs = Object.fromEntries(
    readFileSync(outputFile, "utf8")
      .split("\n")
      .filter(Boolean)
      .map((line) => [line.slice(0, line.indexOf("=")), line.slice(line.indexOf("=") + 1)]),
  );
  return { status, stdout, stderr, outputs };
}

describe("action.yml", () => {
  it("is a Node 24 JavaScript action on the committed bundle, with the documented outputs", () => {
    expect(action.runs.using).toBe("node24");
    expect(existsSync(path.join(REPO_ROOT, action.runs.main))).toBe(true);
    expect(Object.keys(action.outputs).sort()).toEqual(["blocking", "findings", "sarif-file"]);
    expect(action.inputs["github-token"]!.default).toBe("${{ github.token }}");
  });

  it("on a pull request: reviews it, fails on the /tmp handoff it adds, and sets the outputs", async () => {
    const headSha = "e".repeat(40);
    standIn = await GitHubStandIn.start({
      pr: {
        owner: OWNER,
        repo: REPO,
        number: 2,
        headSha,
        files: [addedFile("dags/nightly.py", INCIDENT_DAG)],
      },
      tokens: { [WRITE_TOKEN]: "write" },
    });
    const workspace = writeWorkspace({ "dags/nightly.py": INCIDENT_DAG, "dags/clean.py": "x = 1\n" });
    const eventPath = path.join(tempDir("event"), "event.json");
    writeFileSync(eventPath, JSON.stringify(pullRequestEvent({ action: "opened", headSha, number: 2 })));

    const run = await runAction(
      { "github-token": WRITE_TOKEN, "working-directory": workspace },
      { GITHUB_EVENT_NAME: "pull_request", GITHUB_EVENT_PATH: eventPath, GITHUB_API_URL: standIn.url },
    );
    expect(run.stderr).toContain("1 finding(s), 1 blocking");
    expect(run.status).toBe(1);
    expect(run.outputs).toMatchObject({ findings: "1", blocking: "1" });
    const sarif = JSON.parse(readFileSync(run.outputs["sarif-file"]!, "utf8")) as {
      runs: { results: { ruleId: string; level: string }[] }[];
    };
    expect(sarif.runs[0]!.results.map((r) => [r.ruleId, r.level])).toEqual([["no-tmp-staging", "error"]]);
    expect(standIn.checkRuns[0]).toMatchObject({ name: "dag-transport", conclusion: "failure" });
  });

  it("on a pull request that turns the rule off in its own (broken) config: judged by the base all the same", async () => {
    const headSha = "f".repeat(40);
    standIn = await GitHubStandIn.start({
      pr: {
        owner: OWNER,
        repo: REPO,
        number: 2,
        headSha,
        files: [addedFile("dags/nightly.py", INCIDENT_DAG), addedFile("pyproject.toml", "x")],
        baseSha: BASE,
        baseFiles: {},
      },
      tokens: { [WRITE_TOKEN]: "write" },
    });
    // An invalid configuration fails the SARIF log (exit 2 of the lint), not the review.
    const workspace = writeWorkspace({
      "dags/nightly.py": INCIDENT_DAG,
      "pyproject.toml": '[tool.dag-transport.rules]\n"no-tmp-staging" = "off"\nbroken = ',
    });
    const eventPath = path.join(tempDir("event"), "event.json");
    writeFileSync(eventPath, JSON.stringify(pullRequestEvent({ action: "opened", headSha, number: 2 })));

    const run = await runAction(
      { "github-token": WRITE_TOKEN, "working-directory": workspace },
      { GITHUB_EVENT_NAME: "pull_request", GITHUB_EVENT_PATH: eventPath, GITHUB_API_URL: standIn.url },
    );

    expect(run.status).toBe(1);
    expect(run.outputs).toMatchObject({ findings: "1", blocking: "1" });
    expect(run.outputs["sarif-file"]).toBeUndefined();
    expect(standIn.checkRuns[0]).toMatchObject({ conclusion: "failure" });
    expect(standIn.issueComments[0]!.body).toContain("This pull request changes `pyproject.toml`");
  });

  it("on merge_group: no review; passes unless fail-on-findings, and still writes the SARIF log", async () => {
    const workspace = writeWorkspace({ "dags/nightly.py": INCIDENT_DAG });
    const passing = await runAction(
      { "working-directory": workspace, "github-token": "unused" },
      {
        GITHUB_EVENT_NAME: "merge_group",
      },
    );
    expect(passing.stdout).toContain("1 finding(s) in the workspace; merge_group is not a pull request");
    expect(passing.status).toBe(0);
    expect(passing.outputs).toMatchObject({ findings: "1", blocking: "0" });
    expect(existsSync(passing.outputs["sarif-file"]!)).toBe(true);

    const failing = await runAction(
      { "working-directory": workspace, "github-token": "unused", "fail-on-findings": "true" },
      { GITHUB_EVENT_NAME: "merge_group" },
    );
    expect(failing.status).toBe(1);
    expect(failing.outputs).toMatchObject({ findings: "1", blocking: "1" });
  });

  it("honours the bulk suppressions file: covered and suppressed findings do not block, stale counts do not fail", async () => {
    const workspace = writeWorkspace({ "dags/nightly.py": INCIDENT_DAG });
    expect(runCli(["--suppress-all"], { cwd: workspace }).status).toBe(0);
    const file = path.join(workspace, "dag-transport-suppressions.json");
    const recorded = JSON.parse(readFileSync(file, "utf8")) as Record<
      string,
      Record<string, { count: number }>
    >;
    expect(Object.keys(recorded)).toEqual(["dags/nightly.py"]);
    // A stale count too: the CLI would exit 2 until pruned; the Action keeps its log.
    for (const rule of Object.values(recorded["dags/nightly.py"]!)) rule.count += 1;
    writeFileSync(file, JSON.stringify(recorded));
    const run = await runAction(
      { "working-directory": workspace, "github-token": "unused", "fail-on-findings": "true" },
      { GITHUB_EVENT_NAME: "merge_group" },
    );
    expect(run.status).toBe(0);
    expect(run.outputs).toMatchObject({ findings: "0", blocking: "0" });
    const log = JSON.parse(readFileSync(run.outputs["sarif-file"]!, "utf8")) as {
      runs: { results: { suppressions?: { kind: string }[] }[] }[];
    };
    expect(log.runs[0]!.results.length).toBeGreaterThan(0);
    for (const result of log.runs[0]!.results)
      expect(result.suppressions).toEqual([{ kind: "external", justification: "" }]);
  });
});
