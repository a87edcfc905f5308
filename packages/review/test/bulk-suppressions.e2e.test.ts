/**
 * The gate and the bulk suppressions file: read from the base commit, like the configuration, so
 * a pull request cannot raise the counts to let its own findings through.
 */
import { afterEach, describe, expect, it } from "vitest";
import { GitHubStandIn, type StandInFile } from "./github-standin.js";
import {
  BASE,
  modifiedFile,
  OWNER,
  pullRequestEvent,
  READ_TOKEN,
  removeTempDirs,
  REPO,
  runGate,
  writeWorkspace,
  WRITE_TOKEN,
} from "./harness.js";

const HEAD = "a".repeat(40);
const NUMBER = 2;
const FILE = "dag-transport-suppressions.json";
const RULE = "dag-transport/no-unserializable-xcom";

let standIn: GitHubStandIn | undefined;
afterEach(async () => {
  expect(standIn?.violations ?? []).toEqual([]);
  await standIn?.close();
  standIn = undefined;
  removeTempDirs();
});

async function startStandIn(files: StandInFile[], baseFiles: Record<string, string>): Promise<GitHubStandIn> {
  standIn = await GitHubStandIn.start({
    pr: { owner: OWNER, repo: REPO, number: NUMBER, headSha: HEAD, files, baseSha: BASE, baseFiles },
    tokens: { [WRITE_TOKEN]: "write", [READ_TOKEN]: "read" },
  });
  return standIn;
}

/** A task returning a numpy array on line 7, the line the pull request adds. */
const SCORES = [
  "import numpy as np",
  "from airflow.decorators import task",
  "",
  "",
  "@task",
  "def scores():",
  "    return np.linspace(0.0, 1.0, 50)",
].join("\n");
const counts = (n: number) => JSON.stringify({ "dags/scores.py": { [RULE]: { count: n } } });
const opened = () => pullRequestEvent({ action: "opened", headSha: HEAD, number: NUMBER });

describe("the gate reads the bulk suppressions file of the base commit", () => {
  it("a finding within the base's count is not reported, and the summary says so", async () => {
    const api = await startStandIn([modifiedFile("dags/scores.py", SCORES, [7])], { [FILE]: counts(1) });
    const run = await runGate({
      standIn: api,
      workspace: writeWorkspace({ "dags/scores.py": SCORES }),
      event: opened(),
    });
    expect(run.exitCode).toBe(0);
    expect(api.reviewComments).toEqual([]);
    expect(api.checkRuns[0]!.conclusion).toBe("success");
    // Not listed as a suppression someone added, with an empty reason.
    expect(run.stepSummary).not.toMatch(/suppression.*added/i);
    expect(run.stepSummary).toContain(
      "1 finding is covered by the counts of `dag-transport-suppressions.json`",
    );
  });

  it("one finding beyond the base's count: every finding of that rule in the file is reported", async () => {
    const two = `${SCORES}\n\n\n@task\ndef more():\n    return np.ones(3)`;
    const api = await startStandIn([modifiedFile("dags/scores.py", two, [7, 12])], { [FILE]: counts(1) });
    const run = await runGate({
      standIn: api,
      workspace: writeWorkspace({ "dags/scores.py": two }),
      event: opened(),
    });
    expect(run.exitCode).toBe(1);
    expect(api.reviewComments.map((c) => c.line)).toEqual([7, 12]);
    expect(run.stepSummary).not.toContain("covered by the counts");
  });

  it("a pull request that records its own finding in the file is judged by the base all the same", async () => {
    const api = await startStandIn(
      [modifiedFile("dags/scores.py", SCORES, [7]), modifiedFile(FILE, counts(1), [1])],
      {},
    );
    const workspace = writeWorkspace({ "dags/scores.py": SCORES, [FILE]: counts(1) });
    const run = await runGate({ standIn: api, workspace, event: opened() });
    expect(run.exitCode).toBe(1);
    expect(api.reviewComments.map((c) => c.line)).toEqual([7]);
    expect(run.stepSummary).toContain(
      "This pull request changes `dag-transport-suppressions.json`; its counts take effect once merged.",
    );
  });

  it("a malformed base file applies nothing and is named with a position, never quoted", async () => {
    const api = await startStandIn([modifiedFile("dags/scores.py", SCORES, [7])], {
      [FILE]: '{"dags/scores.py": { SECRET-TEXT }}',
    });
    const run = await runGate({
      standIn: api,
      workspace: writeWorkspace({ "dags/scores.py": SCORES }),
      event: opened(),
    });
    expect(run.exitCode).toBe(1);
    expect(api.reviewComments.map((c) => c.line)).toEqual([7]);
    expect(run.stepSummary).toMatch(
      /Invalid `dag-transport-suppressions\.json` \(syntax error at line 1, column \d+\); no bulk suppressions applied\./,
    );
    const posted = JSON.stringify([api.reviewComments, api.issueComments, api.checkRuns, api.reviews]);
    expect(`${posted}${run.stdout}${run.stderr}${run.stepSummary}`).not.toContain("SECRET-TEXT");
  });

  it("with config-from head, the pull request's own file applies", async () => {
    const api = await startStandIn([modifiedFile("dags/scores.py", SCORES, [7])], {});
    const workspace = writeWorkspace({ "dags/scores.py": SCORES, [FILE]: counts(1) });
    const run = await runGate({ standIn: api, workspace, event: opened(), args: ["--config-from", "head"] });
    expect(run.exitCode).toBe(0);
    expect(api.reviewComments).toEqual([]);
  });
});
