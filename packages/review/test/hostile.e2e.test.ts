/**
 * The gate tried as an attacker (and an unlucky day at GitHub) would: each scenario of the
 * security issue, end to end through `dag-transport review` against the stand-in. A pull
 * request is untrusted input; every GitHub failure must end in a completed check.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { GitHubStandIn } from "./github-standin.js";
import {
  addedFile,
  ENGINE_FINDING,
  flagAnalyzer,
  modifiedFile,
  pullRequestEvent,
  READ_TOKEN,
  runGate,
  spawnCliProcess,
  until,
  tempDir,
  writeWorkspace,
  WRITE_TOKEN,
  type GateRun,
  standInPerTest,
} from "./harness.js";

const HEAD = "d".repeat(40);
const NUMBER = 7;
/** Secrets a hostile pull request tries to get posted. */
const CANARY_ENV = "AKIAcanarySecretValue0000000000000000";
const CANARY_FILE = "canary-outside-the-workspace-3141592653";

const startStandIn = standInPerTest({ number: NUMBER, headSha: HEAD });

const opened = (fork = false) => pullRequestEvent({ action: "opened", headSha: HEAD, number: NUMBER, fork });

/** Everything the run sent or printed, where a secret must never appear. */
function everythingPublished(api: GitHubStandIn, run: GateRun): string {
  return [...api.requests.map((r) => r.body), run.stdout, run.stderr, run.stepSummary].join("\n");
}

const FINDING_DAG = `import os\n${ENGINE_FINDING}\n`;

/** A file outside the workspace, holding a secret. */
function secretOutside(): string {
  const file = path.join(tempDir("outside"), "credentials");
  writeFileSync(file, `aws_secret_access_key = ${CANARY_FILE}\n`);
  return file;
}

describe("the gate against hostile pull requests", () => {
  for (const [label, target] of [
    ["/proc/self/environ", () => "/proc/self/environ"],
    ["a credentials file outside the workspace", secretOutside],
  ] as const) {
    for (const from of ["base", "head"] as const) {
      it(`never posts the content of a config symlinked to ${label} (policy from ${from})`, async () => {
        const api = await startStandIn([
          addedFile("dags/etl.py", FINDING_DAG),
          addedFile("dag-transport.config.toml", "x"),
          addedFile("dags/leoflow.yaml", "x"),
        ]);
        const workspace = writeWorkspace({ "dags/etl.py": FINDING_DAG });
        symlinkSync(target(), path.join(workspace, "dag-transport.config.toml"));
        symlinkSync(target(), path.join(workspace, "dags", "leoflow.yaml"));

        const run = await runGate({
          standIn: api,
          workspace,
          event: opened(),
          env: { AWS_SECRET_ACCESS_KEY: CANARY_ENV, "INPUT_CONFIG-FROM": from },
        });

        const published = everythingPublished(api, run);
        expect(published).not.toContain(CANARY_ENV);
        expect(published).not.toContain(CANARY_FILE);
        expect(published).not.toContain(WRITE_TOKEN);
        // Judged all the same, with the recommended settings; the file is named, not quoted.
        expect(run.exitCode).toBe(1);
        expect(api.checkRuns).toMatchObject([{ status: "completed", conclusion: "failure" }]);
        expect(api.issueComments[0]!.body).toContain("`dag-transport.config.toml`");
        expect(api.issueComments[0]!.body).toMatch(/outside the workspace|not a regular file|cannot read/i);
      });
    }
  }

  it("never posts a secret through a fork's read-only token either (job summary, workflow commands)", async () => {
    const api = await startStandIn([addedFile("dags/etl.py", FINDING_DAG), addedFile("pyproject.toml", "x")]);
    const workspace = writeWorkspace({ "dags/etl.py": FINDING_DAG });
    symlinkSync("/proc/self/environ", path.join(workspace, "pyproject.toml"));

    const run = await runGate({
      standIn: api,
      workspace,
      event: opened(true),
      token: READ_TOKEN,
      env: { AWS_SECRET_ACCESS_KEY: CANARY_ENV, "INPUT_CONFIG-FROM": "head" },
    });

    expect(run.exitCode).toBe(1);
    expect(run.stepSummary).toContain("`pyproject.toml`");
    const published = everythingPublished(api, run);
    expect(published).not.toContain(CANARY_ENV);
    expect(published).not.toContain(READ_TOKEN);
  });

  it("does not quote a configuration that fails to parse, only the position", async () => {
    const broken = `[tool.dag-transport]\nrules = { "no-tmp-staging" = "${CANARY_ENV}`;
    const api = await startStandIn([
      addedFile("dags/etl.py", FINDING_DAG),
      addedFile("pyproject.toml", broken),
    ]);
    const workspace = writeWorkspace({ "dags/etl.py": FINDING_DAG, "pyproject.toml": broken });

    const run = await runGate({
      standIn: api,
      workspace,
      event: opened(),
      env: { "INPUT_CONFIG-FROM": "head" },
    });

    expect(run.exitCode).toBe(1);
    expect(api.issueComments[0]!.body).toMatch(
      /`pyproject\.toml` \(cannot parse: syntax error at line 2, column \d+\)/,
    );
    expect(everythingPublished(api, run)).not.toContain(CANARY_ENV);
  });

  for (const [label, make] of [
    ["/dev/zero", (file: string) => symlinkSync("/dev/zero", file)],
    ["a FIFO", (file: string) => execFileSync("mkfifo", [file])],
  ] as const) {
    it(`finishes in seconds with a completed check when a config is ${label}`, async () => {
      const api = await startStandIn([
        addedFile("dags/etl.py", FINDING_DAG),
        addedFile("dag-transport.config.json", "x"),
      ]);
      const workspace = writeWorkspace({ "dags/etl.py": FINDING_DAG });
      make(path.join(workspace, "dag-transport.config.json"));

      const started = performance.now();
      const run = await runGate({
        standIn: api,
        workspace,
        event: opened(),
        env: { "INPUT_CONFIG-FROM": "head" },
      });

      expect(performance.now() - started).toBeLessThan(10_000);
      expect(run.exitCode).toBe(1);
      expect(api.checkRuns).toMatchObject([{ status: "completed", conclusion: "failure" }]);
      expect(api.issueComments[0]!.body).toMatch(
        /`dag-transport\.config\.json` \(cannot read: (Not a regular file|File is a link to something outside the workspace)/,
      );
    });
  }

  it("does not read a DAG file that is a symlink out of the workspace", async () => {
    const api = await startStandIn([addedFile("dags/etl.py", "x")]);
    const workspace = writeWorkspace({});
    mkdirSync(path.join(workspace, "dags"));
    writeFileSync(path.join(tempDir("outside-dag"), "x"), "");
    symlinkSync(secretOutside(), path.join(workspace, "dags", "etl.py"));

    const run = await runGate({ standIn: api, workspace, event: opened() });

    expect(everythingPublished(api, run)).not.toContain(CANARY_FILE);
    expect(api.checkRuns).toHaveLength(1);
    expect(api.checkRuns[0]!.summary).toContain("file not analysed");
  });

  it("ends a persistent secondary rate limit in a completed failure check and exit 2", async () => {
    const api = await startStandIn([addedFile("dags/etl.py", FINDING_DAG)]);
    const workspace = writeWorkspace({ "dags/etl.py": FINDING_DAG });
    api.inject({
      method: "POST",
      path: /\/pulls\/7\/reviews$/,
      status: 403,
      times: 1000,
      headers: { "retry-after": "2" },
      body: {
        message: "You have exceeded a secondary rate limit. Please wait a few minutes before you try again.",
      },
    });

    const run = await runGate({ standIn: api, workspace, event: opened() });

    expect(run.exitCode).toBe(2);
    expect(api.checkRuns).toHaveLength(1);
    expect(api.checkRuns[0]).toMatchObject({
      status: "completed",
      conclusion: "failure",
      title: "dag-transport could not post its review",
    });
    expect(api.checkRuns[0]!.summary).toContain("rate limit");
    expect(run.stderr).toContain("the verdict could not be posted");
  });

  it("ends a primary rate limit (429, no requests left) the same way, even on a clean pull request", async () => {
    const clean = "x = 1\n";
    const api = await startStandIn([addedFile("dags/clean.py", clean)]);
    const workspace = writeWorkspace({ "dags/clean.py": clean });
    api.inject({
      method: "POST",
      path: /\/check-runs$/,
      status: 429,
      times: 1000,
      headers: {
        "x-ratelimit-remaining": "0",
        "x-ratelimit-reset": String(Math.floor(Date.now() / 1000) + 3600),
      },
      body: { message: "API rate limit exceeded" },
    });

    const run = await runGate({ standIn: api, workspace, event: opened() });

    // No check could be created at all; the exit code is the verdict's only carrier.
    expect(run.exitCode).toBe(2);
    expect(api.checkRuns).toEqual([]);
    expect(run.stepSummary).toContain("could not post its review");
  });

  it("takes a 403 that is neither a fork's token nor a rate limit as a failure, not as read-only", async () => {
    const api = await startStandIn([addedFile("dags/clean.py", "x = 1\n")]);
    const workspace = writeWorkspace({ "dags/clean.py": "x = 1\n" });
    api.inject({
      method: "POST",
      path: /\/check-runs$/,
      status: 403,
      times: 1000,
      body: { message: "Must have admin rights to Repository." },
    });

    const run = await runGate({ standIn: api, workspace, event: opened() });

    expect(run.exitCode).toBe(2);
    expect(run.stderr).not.toContain("read-only");
  });

  for (const [what, pathPattern, count] of [
    [
      "review",
      /\/pulls\/7\/reviews$/,
      (api: GitHubStandIn) => [api.reviews.length, api.reviewComments.length],
    ],
    ["check run", /\/check-runs$/, (api: GitHubStandIn) => [api.checkRuns.length, api.checkRuns.length]],
    [
      "summary comment",
      /\/issues\/7\/comments$/,
      (api: GitHubStandIn) => [api.issueComments.length, api.issueComments.length],
    ],
  ] as const) {
    it(`posts a ${what} once when GitHub stores it and answers 502`, async () => {
      const api = await startStandIn([addedFile("dags/etl.py", FINDING_DAG)]);
      const workspace = writeWorkspace({ "dags/etl.py": FINDING_DAG });
      api.inject({ method: "POST", path: pathPattern, status: 502, afterStoring: true });

      const run = await runGate({ standIn: api, workspace, event: opened() });

      expect(run.exitCode).toBe(1);
      expect(count(api)).toEqual([1, 1]);
      expect(api.checkRuns[0]).toMatchObject({ status: "completed", conclusion: "failure" });
    });
  }

  it("is judged by the base policy when the pull request turns every rule off, and says so", async () => {
    const config = JSON.stringify({
      rules: { "no-tmp-staging": "off", "no-unserializable-xcom": "off", "no-bespoke-transport": "off" },
      ignores: ["**"],
    });
    const api = await startStandIn(
      [addedFile("dags/etl.py", FINDING_DAG), modifiedFile("dag-transport.config.json", config, [1])],
      { "dag-transport.config.json": JSON.stringify({ rules: {} }) },
    );
    const workspace = writeWorkspace({ "dags/etl.py": FINDING_DAG, "dag-transport.config.json": config });

    const run = await runGate({ standIn: api, workspace, event: opened() });

    expect(run.exitCode).toBe(1);
    expect(api.checkRuns[0]!.conclusion).toBe("failure");
    const summary = api.issueComments[0]!.body;
    expect(summary).toContain("This pull request changes the configuration `dag-transport.config.json`");
    expect(summary).toContain("turn off `no-tmp-staging`");
    expect(summary).toContain("ignore `**`");
    expect(summary).toContain("Judged by the configuration of the base commit");
  });

  it("lets a repository opt out of the base policy (config-from: head)", async () => {
    const config = JSON.stringify({ ignores: ["dags/**"] });
    const api = await startStandIn([
      addedFile("dags/etl.py", FINDING_DAG),
      addedFile("dag-transport.config.json", config),
    ]);
    const workspace = writeWorkspace({ "dags/etl.py": FINDING_DAG, "dag-transport.config.json": config });

    const run = await runGate({ standIn: api, workspace, event: opened(), args: ["--config-from", "head"] });

    expect(run.exitCode).toBe(0);
    expect(run.stepSummary).toContain("config-from: head");
  });

  it("goes on when GitHub refuses a file comment: the finding moves to the summary", async () => {
    // No patch: the finding can only go on the file, and GitHub refuses that.
    const text = FINDING_DAG;
    const api = await startStandIn([{ ...addedFile("dags/etl.py", text), patch: undefined }]);
    const workspace = writeWorkspace({ "dags/etl.py": text });
    api.inject({
      method: "POST",
      path: /\/pulls\/7\/comments$/,
      status: 422,
      body: { message: "Validation Failed" },
    });

    const run = await runGate({ standIn: api, workspace, event: opened() });

    expect(run.exitCode).toBe(1);
    expect(api.reviewComments).toEqual([]);
    const summary = api.issueComments[0]!.body;
    expect(summary).toContain("Not posted as comments (GitHub refused them)");
    expect(summary).toContain("dags/etl.py:2");
    expect(api.checkRuns[0]!.conclusion).toBe("failure");
  });

  it("escapes a file name that tries to inject a workflow command or a mention", async () => {
    const name = "dags/x\n::set-output name=pwned::1\n@octocat <img src=x>.py";
    const api = await startStandIn([addedFile(name, FINDING_DAG)]);
    const workspace = writeWorkspace({ [name]: FINDING_DAG });

    const run = await runGate({ standIn: api, workspace, event: opened(true), token: READ_TOKEN });

    expect(run.exitCode).toBe(1);
    // One workflow command per finding, the name's line breaks and colons escaped inside it.
    const lines = run.stdout.split("\n").filter(Boolean);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^::error file=dags\/x%0A%3A%3Aset-output name=pwned%3A%3A1%0A@octocat <img src=x>\.py,line=2,/,
    );
    expect(run.stderr).not.toMatch(/^::/m);
    expect(run.stepSummary).not.toMatch(/^::/m);
    // In Markdown the name is a code span: no HTML, no mention, no line break.
    expect(run.stepSummary).toContain("[`dags/x ::set-output name=pwned::1 @octocat <img src=x>.py:2`]");
    expect(run.stepSummary.replace(/`[^`]*`/g, "")).not.toMatch(/<img|@octocat/);
  });

  it("blocks a handoff the pull request creates by deleting lines (new relative to the base)", async () => {
    const before = [
      "import numpy as np",
      "from airflow.decorators import task",
      "",
      "",
      "@task",
      "def scores():",
      "    values = np.linspace(0.0, 1.0, 50)",
      "    values = values.tolist()",
      "    return values",
    ].join("\n");
    const after = before.replace("    values = values.tolist()\n", "");
    const api = await startStandIn(
      [
        {
          filename: "dags/scores.py",
          status: "modified",
          additions: 0,
          deletions: 1,
          patch: [
            "@@ -5,5 +5,4 @@",
            " @task",
            " def scores():",
            "     values = np.linspace(0.0, 1.0, 50)",
            "-    values = values.tolist()",
            "     return values",
          ].join("\n"),
        },
      ],
      { "dags/scores.py": before },
    );
    const workspace = writeWorkspace({ "dags/scores.py": after });

    const run = await runGate({ standIn: api, workspace, event: opened() });

    expect(run.exitCode).toBe(1);
    expect(api.checkRuns[0]!.conclusion).toBe("failure");
    expect(api.reviewComments.map((c) => [c.path, c.line])).toEqual([["dags/scores.py", 8]]);
  });

  it("keeps a finding that was already at the base informational, also in a renamed file", async () => {
    const api = await startStandIn(
      [
        {
          ...addedFile("dags/new_name.py", FINDING_DAG),
          status: "renamed",
          previous_filename: "dags/old_name.py",
        },
      ],
      { "dags/old_name.py": FINDING_DAG },
    );
    const workspace = writeWorkspace({ "dags/new_name.py": FINDING_DAG });

    const run = await runGate({ standIn: api, workspace, event: opened() });

    expect(run.exitCode).toBe(0);
    expect(api.checkRuns[0]!.conclusion).toBe("success");
  });

  for (const setting of ["block", "require-approval"] as const) {
    it(`follows the base's review.addedSuppressions = "${setting}"`, async () => {
      const flagged = "x = 1  # FLAG(no-tmp-staging, suppressed=same pod)\n";
      const config = JSON.stringify({ review: { addedSuppressions: setting } });
      const api = await startStandIn([addedFile("dags/s.py", flagged)], {
        "dag-transport.config.json": config,
      });
      const workspace = writeWorkspace({ "dags/s.py": flagged, "dag-transport.config.json": config });
      const analyze = flagAnalyzer;

      const first = await runGate({ standIn: api, workspace, event: opened(), analyze });
      expect(first.exitCode).toBe(1);
      expect(api.checkRuns.at(-1)!.conclusion).toBe("failure");

      api.review("maintainer", "APPROVED");
      const second = await runGate({ standIn: api, workspace, event: opened(), analyze });
      expect(second.exitCode).toBe(setting === "block" ? 1 : 0);
    });
  }

  it("completes its check as cancelled when the job is cancelled", async () => {
    const api = await startStandIn([addedFile("dags/etl.py", FINDING_DAG)]);
    const workspace = writeWorkspace({ "dags/etl.py": FINDING_DAG });
    const controller = new AbortController();
    controller.abort();

    const run = await runGate({ standIn: api, workspace, event: opened(), signal: controller.signal });

    expect(run.exitCode).toBe(2);
    expect(api.checkRuns).toMatchObject([{ status: "completed", conclusion: "cancelled" }]);
  });

  it("completes its check as cancelled when the CLI gets SIGTERM mid-run (cancel-in-progress)", async () => {
    const api = await startStandIn([addedFile("dags/etl.py", FINDING_DAG)]);
    const workspace = writeWorkspace({ "dags/etl.py": FINDING_DAG });
    api.delay("GET", /\/pulls\/7\/files$/, 30_000);
    const eventPath = path.join(tempDir("sigterm"), "event.json");
    writeFileSync(eventPath, JSON.stringify(opened()));

    const child = spawnCliProcess(["review"], {
      cwd: workspace,
      env: {
        PATH: process.env.PATH ?? "",
        GITHUB_EVENT_PATH: eventPath,
        GITHUB_API_URL: api.url,
        GITHUB_TOKEN: WRITE_TOKEN,
      },
    });
    await until(() => api.requestsTo("GET", /\/pulls\/7\/files$/).length > 0);
    child.process.kill("SIGTERM");
    const result = await child.done;

    expect(result.status).toBe(2);
    expect(result.stderr).toContain("cancelled");
    expect(api.checkRuns).toMatchObject([{ status: "completed", conclusion: "cancelled" }]);
  });
});
