/**
 * End to end: `dag-transport review` against the GitHub stand-in, which validates every
 * request against GitHub's REST description and refuses out-of-diff comments as GitHub does.
 * Findings come from the real engine (the rules' own findings, suppression directives that
 * name unknown rules), and from `flagAnalyzer` where a test needs exact control over related
 * locations, warnings or suppressed findings.
 */
import { writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { StandInFile } from "./github-standin.js";
import {
  addedFile,
  ENGINE_FINDING,
  exampleEvent,
  flagAnalyzer,
  modifiedFile,
  postedFingerprints,
  pullRequestEvent,
  READ_TOKEN,
  removedFile,
  runGate,
  spawnCli,
  tempDir,
  writeWorkspace,
  WRITE_TOKEN,
  standInPerTest,
} from "./harness.js";
import { INCIDENT_DAG } from "../../../test/support/incident.js";

const HEAD = "a".repeat(40);
const NEXT = "b".repeat(40);
const LAST = "c".repeat(40);
const NUMBER = 2;

const startWithPrefix = standInPerTest({ number: NUMBER, headSha: HEAD });
const startStandIn = (
  files: StandInFile[],
  prefix?: string,
  baseFiles: Record<string, string | { symlinkTo: string }> = {},
) => startWithPrefix(files, baseFiles, prefix);

const opened = (headSha = HEAD) => pullRequestEvent({ action: "opened", headSha, number: NUMBER });
const synchronized = (headSha: string) =>
  pullRequestEvent({ action: "synchronize", headSha, number: NUMBER });

const CLEAN_DAG = `from airflow.decorators import dag, task


@task
def extract():
    return [1, 2, 3]
`;

/** n lines of plain code, numbered so that no two are alike. */
function filler(n: number, from = 0): string[] {
  return Array.from({ length: n }, (_, i) => `value_${from + i} = ${from + i}`);
}

/** An engine finding whose code differs from the others (fingerprints are per flagged code). */
function engineFinding(name: string): string {
  return ENGINE_FINDING.replace("x = 1", `${name} = 1`);
}

describe("dag-transport review against a GitHub stand-in", () => {
  it("passes a clean pull request with a successful check and no comments (GHES-style API prefix)", async () => {
    const api = await startStandIn(
      [addedFile("dags/clean.py", CLEAN_DAG), addedFile("README.md", "# hi\n")],
      "/api/v3",
    );
    const workspace = writeWorkspace({ "dags/clean.py": CLEAN_DAG, "README.md": "# hi\n" });

    const run = await runGate({ standIn: api, workspace, event: opened() });

    expect(run.exitCode).toBe(0);
    expect(api.checkRuns).toHaveLength(1);
    expect(api.checkRuns[0]).toMatchObject({
      name: "dag-transport",
      head_sha: HEAD,
      status: "completed",
      conclusion: "success",
      annotations: [],
    });
    expect(api.reviews).toEqual([]);
    expect(api.reviewComments).toEqual([]);
    // A clean pull request gets no summary comment; the job summary still says so.
    expect(api.issueComments).toEqual([]);
    expect(run.stepSummary).toContain("No new findings in this change");
    expect(run.stepSummary).toContain("1 changed DAG file analysed");
  });

  it("comments new findings on their lines, pre-existing ones in the file, and fails the check", async () => {
    const lines = [
      "from airflow.decorators import task",
      ...filler(3),
      engineFinding("old_far"), // 5: pre-existing, outside every hunk
      ...filler(14, 10), // 6-19
      engineFinding("added"), // 20: added by the PR
      "value_x = 0", // 21
      engineFinding("old_near"), // 22: pre-existing context line in the hunk
      ...filler(8, 30), // 23-30
    ];
    const text = `${lines.join("\n")}\n`;
    const api = await startStandIn([modifiedFile("dags/etl.py", text, [20])]);
    const workspace = writeWorkspace({ "dags/etl.py": text });

    const run = await runGate({ standIn: api, workspace, event: opened() });

    expect(run.exitCode).toBe(1);
    expect(api.reviews).toHaveLength(1);
    const inline = api.reviewComments.filter((c) => c.subject_type === "line");
    expect(inline.map((c) => [c.path, c.line, c.side])).toEqual([
      ["dags/etl.py", 20, "RIGHT"],
      ["dags/etl.py", 22, "RIGHT"],
    ]);
    expect(inline[0]!.body).toContain("Suppression names unknown rule 'no-such-rule'");
    expect(inline[0]!.body).not.toContain("Pre-existing");
    expect(inline[1]!.body).toContain("Pre-existing");
    const fileLevel = api.reviewComments.filter((c) => c.subject_type === "file");
    expect(fileLevel).toHaveLength(1);
    expect(fileLevel[0]!.body).toContain("**line 5**");

    const [check] = api.checkRuns;
    expect(check).toMatchObject({ status: "completed", conclusion: "failure" });
    expect(check!.annotations.map((a) => [a.start_line, a.annotation_level])).toEqual([
      [5, "warning"],
      [20, "failure"],
      [22, "warning"],
    ]);
    expect(api.issueComments).toHaveLength(1);
    expect(api.issueComments[0]!.body).toContain("| New, blocking | 1 |");
    expect(api.issueComments[0]!.body).toContain("| Already in the changed files (not blocking) | 2 |");
  });

  it("places a handoff on its consuming read when only the read is new, across lines with start_line", async () => {
    const text = [
      "from airflow.decorators import task", // 1
      "", // 2
      "@task", // 3
      "def produce():  # FLAG(no-bespoke-transport, related=+7..+8)", // 4: the write, pre-existing
      "    return 1", // 5
      ...filler(5, 100), // 6-10
      "@task", // 11: added
      "def consume(value):", // 12: added — the read spans 11-12
      "    return value", // 13: added
      "late = 2  # FLAG(no-unserializable-xcom, warn)", // 14: added warning
      "kept = 3  # FLAG(no-tmp-staging, suppressed=same pod: pinned by pod_override)", // 15: added suppression
    ].join("\n");
    const api = await startStandIn([modifiedFile("dags/handoff.py", text, [11, 12, 13, 14, 15])]);
    const workspace = writeWorkspace({ "dags/handoff.py": text });

    const run = await runGate({ standIn: api, workspace, event: opened(), analyze: flagAnalyzer });

    expect(run.exitCode).toBe(1);
    const comments = api.reviewComments.map((c) => [c.line, c.start_line, c.subject_type]);
    expect(comments).toEqual([
      [12, 11, "line"],
      [14, null, "line"],
    ]);
    // The comment sits on the read; it points back at the write.
    expect(api.reviewComments[0]!.body).toContain("- line 4: where it is flagged");
    expect(api.reviewComments[0]!.body).not.toContain("the task that reads it");
    const summary = api.issueComments[0]!.body;
    expect(summary).toContain("| New, blocking | 1 |");
    expect(summary).toContain("| New, not blocking (warnings) | 1 |");
    expect(summary).toContain("| `no-tmp-staging` | same pod: pinned by pod\\_override |");
    expect(api.checkRuns[0]!.annotations.map((a) => a.annotation_level)).toEqual(["failure", "warning"]);
  });

  it("blocks a pull request that adds only the task reading another task's /tmp file (real engine)", async () => {
    // The incident: `predict` (pre-existing) saves to /tmp at line 11; the pull request adds
    // `select_cohort` (lines 13-15), which loads it on another pod, and wires it (line 17).
    const api = await startStandIn([modifiedFile("dags/nightly.py", INCIDENT_DAG, [13, 14, 15, 17])]);
    const workspace = writeWorkspace({ "dags/nightly.py": INCIDENT_DAG });

    const run = await runGate({ standIn: api, workspace, event: opened() });

    expect(run.exitCode).toBe(1);
    expect(api.reviewComments.map((c) => [c.path, c.line, c.subject_type])).toEqual([
      ["dags/nightly.py", 15, "line"],
    ]);
    const body = api.reviewComments[0]!.body;
    expect(body).toContain("no-tmp-staging");
    expect(body).toContain("`np.savez` writes `/tmp/cohort_scores.npz`");
    expect(body).toContain("line 11: where it is flagged");
    expect(api.checkRuns[0]!.conclusion).toBe("failure");
  });

  it("comments a numpy array returned as an XCom on the added line (real engine)", async () => {
    const text = [
      "import numpy as np", // 1
      "from airflow.decorators import task", // 2
      "", // 3
      "", // 4
      "@task", // 5
      "def scores():", // 6
      "    return np.linspace(0.0, 1.0, 50)", // 7: added
    ].join("\n");
    const api = await startStandIn([modifiedFile("dags/scores.py", text, [7])]);
    const workspace = writeWorkspace({ "dags/scores.py": text });

    const run = await runGate({ standIn: api, workspace, event: opened() });

    expect(run.exitCode).toBe(1);
    expect(api.reviewComments.map((c) => [c.line, c.subject_type])).toEqual([[7, "line"]]);
    expect(api.reviewComments[0]!.body).toMatch(
      /is a numpy ndarray \(np\.linspace, line 7\); XCom carries JSON only/,
    );
  });

  it("sends > 50 annotations in batches of 50, comments in reviews of 30, and never reposts on a re-run", async () => {
    const text = `${Array.from({ length: 120 }, (_, i) => engineFinding(`v${i}`)).join("\n")}\n`;
    // 150 other changed files make the file list span two pages.
    const others = Array.from({ length: 150 }, (_, i) => addedFile(`docs/page-${i}.md`, "text\n"));
    const api = await startStandIn([...others, addedFile("dags/many.py", text)]);
    const workspace = writeWorkspace({ "dags/many.py": text });

    const first = await runGate({ standIn: api, workspace, event: opened() });

    expect(first.exitCode).toBe(1);
    expect(api.requestsTo("GET", /\/pulls\/2\/files$/).length).toBe(2);
    expect(api.checkRuns[0]!.annotations).toHaveLength(120);
    expect(api.checkRuns[0]!.annotationBatches).toEqual([50, 50, 20]);
    expect(api.checkRuns[0]!.conclusion).toBe("failure");
    expect(api.reviews.map((r) => r.comments)).toEqual([30, 30, 30, 30]);
    expect(new Set(postedFingerprints(api)).size).toBe(120);
    expect(api.checkRuns[0]!.summary!.length).toBeLessThan(65_535);

    const second = await runGate({ standIn: api, workspace, event: synchronized(HEAD) });

    expect(second.exitCode).toBe(1);
    // One page of (no) comments on the first run; 120 earlier comments span two pages now. None is posted again.
    expect(api.requestsTo("GET", /\/pulls\/2\/comments$/).length).toBe(3);
    expect(api.reviews).toHaveLength(4);
    expect(api.reviewComments).toHaveLength(120);
    expect(api.issueComments).toHaveLength(1);
    expect(api.issueComments[0]!.updates).toBe(0);
    expect(api.checkRuns).toHaveLength(2);
    expect(api.checkRuns[1]!.annotations).toHaveLength(120);
  });

  it("after a fix, adds nothing, keeps the moved finding, says what was fixed, and turns green", async () => {
    const v1 = ["import os", engineFinding("keep"), "y = 2", engineFinding("fixme")].join("\n");
    const api = await startStandIn([addedFile("dags/fix.py", v1)]);
    const workspace = writeWorkspace({ "dags/fix.py": v1 });
    expect((await runGate({ standIn: api, workspace, event: opened() })).exitCode).toBe(1);
    expect(api.reviewComments).toHaveLength(2);

    // Second push: a line inserted above (everything moves down) and one finding fixed.
    const v2 = ["import os", "import sys", engineFinding("keep"), "y = 2", "z = 3"].join("\n");
    api.push(NEXT, [addedFile("dags/fix.py", v2)]);
    writeWorkspace({ "dags/fix.py": v2 }, workspace);
    const second = await runGate({ standIn: api, workspace, event: synchronized(NEXT) });

    expect(second.exitCode).toBe(1);
    expect(api.reviewComments).toHaveLength(2);
    expect(api.issueComments).toHaveLength(1);
    expect(api.issueComments[0]!.updates).toBe(1);
    const summary = api.issueComments[0]!.body;
    expect(summary).toContain("| Fixed since an earlier run | 1 |");
    expect(summary).toMatch(/✅ `dags\/fix\.py:4` `suppression directive`/);
    expect(api.checkRuns.at(-1)).toMatchObject({ head_sha: NEXT, conclusion: "failure" });

    // Third push fixes the rest.
    const v3 = ["import os", "import sys", "y = 2", "z = 3"].join("\n");
    api.push(LAST, [addedFile("dags/fix.py", v3)]);
    writeWorkspace({ "dags/fix.py": v3 }, workspace);
    const third = await runGate({ standIn: api, workspace, event: synchronized(LAST) });

    expect(third.exitCode).toBe(0);
    expect(api.reviewComments).toHaveLength(2);
    expect(api.issueComments[0]!.body).toContain("| Fixed since an earlier run | 2 |");
    expect(api.checkRuns.at(-1)).toMatchObject({ head_sha: LAST, conclusion: "success" });
  });

  it("does not call findings fixed when a syntax error hides them", async () => {
    const v1 = ["import os", engineFinding("hidden"), ""].join("\n");
    const api = await startStandIn([addedFile("dags/broken.py", v1)]);
    const workspace = writeWorkspace({ "dags/broken.py": v1 });
    await runGate({ standIn: api, workspace, event: opened() });

    // The finding's line is still there, so the text prefilter cannot rule the file out.
    const v2 = ["import os", engineFinding("hidden"), "values = [1, 2,", ""].join("\n");
    api.push(NEXT, [addedFile("dags/broken.py", v2)]);
    writeWorkspace({ "dags/broken.py": v2 }, workspace);
    const run = await runGate({ standIn: api, workspace, event: synchronized(NEXT) });

    expect(run.exitCode).toBe(1);
    const summary = api.issueComments[0]!.body;
    expect(summary).toContain("| Fixed since an earlier run | 0 |");
    expect(summary).toContain("`file not analysed`");
  });

  it("on a fork with a read-only token, reports through workflow commands and the job summary, and still fails", async () => {
    const text = ["import os", engineFinding("fork")].join("\n");
    const api = await startStandIn([addedFile("dags/fork.py", text)]);
    const workspace = writeWorkspace({ "dags/fork.py": text });
    const event = pullRequestEvent({ action: "opened", headSha: HEAD, number: NUMBER, fork: true });

    const run = await runGate({ standIn: api, workspace, event, token: READ_TOKEN });

    expect(run.exitCode).toBe(1);
    expect(run.stdout).toMatch(
      /^::error file=dags\/fork\.py,line=2,endLine=2,col=\d+,title=dag-transport\/suppression directive::Suppression names unknown rule/m,
    );
    expect(run.stepSummary).toContain("1 new error-level finding in this change");
    expect(run.stderr).toContain("read-only");
    // Only the first write was tried; nothing was written.
    expect(api.requests.filter((r) => r.method !== "GET").map((r) => r.status)).toEqual([403]);
    expect(api.checkRuns).toEqual([]);
    expect(api.reviewComments).toEqual([]);
    expect(`${run.stdout}${run.stderr}${run.stepSummary}`).not.toContain(READ_TOKEN);
  });

  it("retries a 502 and posts the review exactly once", async () => {
    const text = engineFinding("retry");
    const api = await startStandIn([addedFile("dags/retry.py", text)]);
    const workspace = writeWorkspace({ "dags/retry.py": text });
    api.inject({
      method: "POST",
      path: /\/pulls\/2\/reviews$/,
      status: 502,
      body: { message: "Server Error" },
    });
    api.inject({ method: "GET", path: /\/pulls\/2\/files$/, status: 502, body: { message: "Server Error" } });

    const run = await runGate({ standIn: api, workspace, event: opened() });

    expect(run.exitCode).toBe(1);
    expect(api.requestsTo("POST", /\/pulls\/2\/reviews$/).map((r) => r.status)).toEqual([502, 200]);
    expect(api.requestsTo("GET", /\/pulls\/2\/files$/).map((r) => r.status)).toEqual([502, 200]);
    expect(api.reviews).toHaveLength(1);
    expect(api.reviewComments).toHaveLength(1);
  });

  it("waits out a secondary rate limit for its retry-after", async () => {
    const api = await startStandIn([addedFile("dags/clean.py", CLEAN_DAG)]);
    const workspace = writeWorkspace({ "dags/clean.py": CLEAN_DAG });
    api.inject({
      method: "POST",
      path: /\/check-runs$/,
      status: 403,
      headers: { "retry-after": "10" },
      body: {
        message:
          "You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID 0000:0000:0000000:0000000:00000000.",
        documentation_url:
          "https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits",
        status: "403",
      },
    });

    const run = await runGate({ standIn: api, workspace, event: opened() });

    expect(run.exitCode).toBe(0);
    const attempts = api.requestsTo("POST", /\/check-runs$/);
    expect(attempts.map((r) => r.status)).toEqual([403, 201]);
    // retry-after 10 (seconds) × 5 ms per second in the tests' timing.
    expect(attempts[1]!.at - attempts[0]!.at).toBeGreaterThanOrEqual(45);
    expect(api.checkRuns).toHaveLength(1);
    expect(api.checkRuns[0]!.conclusion).toBe("success");
    expect(run.stderr).toContain("secondary rate limit");
  });

  it("comments on a file GitHub sends no patch for (too large) at file level, counting its findings as new", async () => {
    const text = [...filler(10), engineFinding("huge")].join("\n");
    const api = await startStandIn([
      { filename: "dags/huge.py", status: "modified", additions: 4000, deletions: 3990 },
    ]);
    const workspace = writeWorkspace({ "dags/huge.py": text });

    const run = await runGate({ standIn: api, workspace, event: opened() });

    expect(run.exitCode).toBe(1);
    expect(api.reviews).toEqual([]);
    expect(api.reviewComments.map((c) => [c.path, c.subject_type])).toEqual([["dags/huge.py", "file"]]);
    expect(api.reviewComments[0]!.body).toContain("GitHub sent no diff for this file");
    expect(api.issueComments[0]!.body).toContain("GitHub sent no diff for `dags/huge.py`");
  });

  it("skips a deleted file, reports its findings fixed, and follows a renamed file", async () => {
    const legacy = ["import os", engineFinding("legacy")].join("\n");
    const api = await startStandIn([modifiedFile("dags/legacy.py", legacy, [2])]);
    const workspace = writeWorkspace({ "dags/legacy.py": legacy });
    expect((await runGate({ standIn: api, workspace, event: opened() })).exitCode).toBe(1);

    // The next push deletes legacy.py, renames original.py with one new line, and moves
    // moved.py unchanged (a pure rename: no patch, nothing added).
    const renamed = ["import os", "y = 1", "z = 2", engineFinding("renamed")].join("\n");
    const moved = ["import os", engineFinding("moved")].join("\n");
    api.push(NEXT, [
      removedFile("dags/legacy.py", legacy),
      {
        ...modifiedFile("dags/renamed.py", renamed, [4]),
        status: "renamed",
        previous_filename: "dags/original.py",
      },
      {
        filename: "dags/moved.py",
        status: "renamed",
        previous_filename: "old/moved.py",
        additions: 0,
        deletions: 0,
      },
    ]);
    const next = writeWorkspace({ "dags/renamed.py": renamed, "dags/moved.py": moved });
    const run = await runGate({ standIn: api, workspace: next, event: synchronized(NEXT) });

    expect(run.exitCode).toBe(1);
    const added = api.reviewComments.slice(1).map((c) => [c.path, c.line, c.subject_type]);
    expect(added).toEqual([
      ["dags/renamed.py", 4, "line"],
      ["dags/moved.py", null, "file"],
    ]);
    expect(api.reviewComments[2]!.body).toContain("Pre-existing");
    const summary = api.issueComments[0]!.body;
    expect(summary).toContain("| New, blocking | 1 |");
    expect(summary).toMatch(/✅ `dags\/legacy\.py:2`/);
    expect(summary).not.toContain("Cannot read");
  });

  it("re-posts a review GitHub refuses (422) as file comments, losing nothing", async () => {
    const text = ["import os", engineFinding("refused")].join("\n");
    const api = await startStandIn([addedFile("dags/refused.py", text)]);
    const workspace = writeWorkspace({ "dags/refused.py": text });
    api.inject({
      method: "POST",
      path: /\/pulls\/2\/reviews$/,
      status: 422,
      body: {
        message: "Unprocessable Entity",
        errors: [
          "Pull request review thread line must be part of the diff and Pull request review thread diff hunk can't be blank",
        ],
        documentation_url: "https://docs.github.com/rest/pulls/reviews#create-a-review-for-a-pull-request",
        status: "422",
      },
    });

    const run = await runGate({ standIn: api, workspace, event: opened() });

    expect(run.exitCode).toBe(1);
    expect(api.reviews).toEqual([]);
    expect(api.reviewComments.map((c) => c.subject_type)).toEqual(["file"]);
    expect(api.reviewComments[0]!.body).toContain("could not place these on their lines");
    expect(postedFingerprints(api)).toHaveLength(1);
  });

  it("judges by the base configuration when the pull request breaks its own, and names the broken file", async () => {
    const text = ["import os", engineFinding("config")].join("\n");
    const api = await startStandIn([
      addedFile("dags/c.py", text),
      addedFile("dag-transport.config.json", "{"),
    ]);
    // A broken configuration must not switch the gate off.
    const workspace = writeWorkspace({ "dags/c.py": text, "dag-transport.config.json": '{ "rules": ' });

    const run = await runGate({ standIn: api, workspace, event: opened() });

    // Judged by the base commit's configuration (none: the recommended settings); the broken
    // change is named, without quoting it.
    expect(run.exitCode).toBe(1);
    expect(api.issueComments[0]!.body).toContain(
      "This pull request changes `dag-transport.config.json`, which would then not be a valid configuration (cannot parse",
    );
    expect(api.issueComments[0]!.body).not.toContain('{ "rules"');
  });

  it("refuses an event that is not a pull request's, with exit 2 and no API call", async () => {
    const api = await startStandIn([addedFile("dags/clean.py", CLEAN_DAG)]);
    const workspace = writeWorkspace({ "dags/clean.py": CLEAN_DAG });

    const run = await runGate({ standIn: api, workspace, event: exampleEvent("push") });

    expect(run.exitCode).toBe(2);
    expect(run.stderr).toContain("the event is not a pull request event");
    expect(api.requests).toEqual([]);
  });

  it("fails with exit 2 on bad credentials without printing the token", async () => {
    const api = await startStandIn([addedFile("dags/clean.py", CLEAN_DAG)]);
    const workspace = writeWorkspace({ "dags/clean.py": CLEAN_DAG });
    const secret = "ghs_unknownTOKENthatMustNeverBePrinted42";

    const run = await runGate({ standIn: api, workspace, event: opened(), token: secret });

    expect(run.exitCode).toBe(2);
    expect(run.stderr).toContain("Bad credentials");
    expect(`${run.stdout}${run.stderr}`).not.toContain(secret);
  });

  it("runs as `dag-transport review` from the built CLI, with the token from the action input", async () => {
    const api = await startStandIn([addedFile("dags/clean.py", CLEAN_DAG)]);
    const workspace = writeWorkspace({ "dags/clean.py": CLEAN_DAG });
    const eventPath = path.join(tempDir("cli"), "event.json");
    writeFileSync(eventPath, JSON.stringify(opened()));

    // The workspace defaults to the current directory; the token comes as the runner passes an input.
    const child = await spawnCli(["review"], {
      cwd: workspace,
      env: {
        PATH: process.env.PATH ?? "",
        GITHUB_EVENT_PATH: eventPath,
        GITHUB_API_URL: api.url,
        "INPUT_GITHUB-TOKEN": WRITE_TOKEN,
      },
    });

    expect(child.stderr).toContain("0 finding(s), 0 blocking");
    expect(child.status).toBe(0);
    expect(api.checkRuns[0]).toMatchObject({ conclusion: "success", head_sha: HEAD });
    expect(`${child.stdout}${child.stderr}`).not.toContain(WRITE_TOKEN);
  });
});
