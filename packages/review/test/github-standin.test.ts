/**
 * The stand-in is only worth its tests if it refuses what GitHub refuses. These talk to it
 * directly (Octokit, no gate) with requests GitHub would reject.
 */
import { Octokit } from "@octokit/rest";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { GitHubStandIn } from "./github-standin.js";
import { addedFile, modifiedFile, OWNER, READ_TOKEN, REPO, WRITE_TOKEN } from "./harness.js";

const HEAD = "d".repeat(40);
let api: GitHubStandIn;
let client: Octokit;
const pr = { owner: OWNER, repo: REPO, pull_number: 7 };

/** Octokit logs failed requests; these tests fail requests on purpose. */
const quiet = { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} };

const text = Array.from({ length: 40 }, (_, i) => `line_${i + 1} = ${i + 1}`).join("\n");

beforeEach(async () => {
  // Two hunks on the right side: 7-13 (line 10 added) and 27-33 (line 30 added).
  api = await GitHubStandIn.start({
    pr: {
      owner: OWNER,
      repo: REPO,
      number: 7,
      headSha: HEAD,
      files: [modifiedFile("dags/a.py", text, [10, 30])],
    },
    tokens: { [WRITE_TOKEN]: "write", [READ_TOKEN]: "read" },
  });
  client = new Octokit({ auth: WRITE_TOKEN, baseUrl: api.url, request: { retries: 0 }, log: quiet });
});

afterEach(async () => {
  await api.close();
});

async function failure(request: Promise<unknown>): Promise<{ status: number; data: unknown }> {
  try {
    await request;
  } catch (error) {
    const e = error as { status: number; response: { data: unknown } };
    return { status: e.status, data: e.response.data };
  }
  throw new Error("expected the request to fail");
}

describe("GitHub stand-in", () => {
  it("refuses a review with one comment outside the diff, with GitHub's 422 body, and stores nothing", async () => {
    const refused = await failure(
      client.rest.pulls.createReview({
        ...pr,
        commit_id: HEAD,
        event: "COMMENT",
        body: "review",
        comments: [
          { path: "dags/a.py", line: 10, side: "RIGHT", body: "in the diff" },
          { path: "dags/a.py", line: 20, side: "RIGHT", body: "outside every hunk" },
        ],
      }),
    );
    expect(refused).toEqual({
      status: 422,
      data: {
        message: "Unprocessable Entity",
        errors: [
          "Pull request review thread line must be part of the diff and Pull request review thread diff hunk can't be blank",
        ],
        documentation_url: "https://docs.github.com/rest/pulls/reviews#create-a-review-for-a-pull-request",
        status: "422",
      },
    });
    expect(api.reviews).toEqual([]);
    expect(api.reviewComments).toEqual([]);
    expect(api.violations).toEqual([]);
  });

  it("refuses a multi-line comment whose start lies in another hunk", async () => {
    const refused = await failure(
      client.rest.pulls.createReviewComment({
        ...pr,
        commit_id: HEAD,
        path: "dags/a.py",
        body: "spans two hunks",
        start_line: 10,
        start_side: "RIGHT",
        line: 30,
        side: "RIGHT",
      }),
    );
    expect(refused.status).toBe(422);
    expect(refused.data).toMatchObject({
      errors: ["Pull request review thread start line must be part of the same hunk as the line."],
    });
  });

  it("accepts context lines and multi-line ranges within one hunk", async () => {
    await client.rest.pulls.createReview({
      ...pr,
      commit_id: HEAD,
      event: "COMMENT",
      body: "review",
      comments: [
        { path: "dags/a.py", line: 13, side: "RIGHT", body: "context line" },
        { path: "dags/a.py", start_line: 27, start_side: "RIGHT", line: 30, side: "RIGHT", body: "range" },
      ],
    });
    expect(api.reviewComments.map((c) => [c.start_line, c.line])).toEqual([
      [null, 13],
      [27, 30],
    ]);
  });

  it("rejects requests that break GitHub's REST description, and records them", async () => {
    const annotation = {
      path: "dags/a.py",
      start_line: 1,
      end_line: 1,
      annotation_level: "failure" as const,
      message: "m",
    };
    const tooMany = await failure(
      client.rest.checks.create({
        owner: OWNER,
        repo: REPO,
        name: "dag-transport",
        head_sha: HEAD,
        output: { title: "t", summary: "s", annotations: Array.from({ length: 51 }, () => annotation) },
      }),
    );
    expect(tooMany.status).toBe(422);
    const badEvent = await failure(
      client.request("POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews", {
        ...pr,
        event: "SHOUT",
        body: "x",
      }),
    );
    expect(badEvent.status).toBe(422);
    const unknownQuery = await failure(
      client.request("GET /repos/{owner}/{repo}/pulls/{pull_number}/files", { ...pr, sort: "name" }),
    );
    expect(unknownQuery.status).toBe(422);
    const noRoute = await failure(
      client.request("GET /repos/{owner}/{repo}/pulls/{pull_number}/nothing", pr),
    );
    expect(noRoute.status).toBe(404);

    expect(api.violations).toHaveLength(4);
    expect(api.violations[0]).toMatch(/checks\/create.*must NOT have more than 50 items/);
    expect(api.violations[1]).toMatch(/pulls\/create-review.*must be equal to one of the allowed values/);
    expect(api.violations[2]).toMatch(/pulls\/list-files.*query/);
    expect(api.violations[3]).toMatch(/no such operation/);
    expect(api.checkRuns).toEqual([]);
    api.violations.length = 0;
  });

  it("lets a read-only token read and refuses its writes with 403", async () => {
    const reader = new Octokit({ auth: READ_TOKEN, baseUrl: api.url, request: { retries: 0 }, log: quiet });
    const files = await reader.rest.pulls.listFiles(pr);
    expect(files.data.map((f) => f.filename)).toEqual(["dags/a.py"]);
    const refused = await failure(
      reader.rest.issues.createComment({ owner: OWNER, repo: REPO, issue_number: 7, body: "x" }),
    );
    expect(refused).toMatchObject({
      status: 403,
      data: { message: "Resource not accessible by integration" },
    });
    expect(api.issueComments).toEqual([]);
  });

  it("pages lists with Link headers", async () => {
    api.push(
      HEAD,
      Array.from({ length: 230 }, (_, i) => addedFile(`f${i}.py`, "x = 1\n")),
    );
    const all = await client.paginate(client.rest.pulls.listFiles, { ...pr, per_page: 100 });
    expect(all).toHaveLength(230);
    expect(api.requestsTo("GET", /\/files$/)).toHaveLength(3);
  });
});
