/**
 * The GitHub Action (`action.yml` at the repository root): its review step is run here as the
 * runner would run it — inputs evaluated into the step's environment, the script under bash
 * from the step's working directory — against the GitHub stand-in.
 */
import { spawn } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { GitHubStandIn } from "./github-standin.js";
import {
  addedFile,
  BASE,
  ENGINE_FINDING,
  OWNER,
  pullRequestEvent,
  removeTempDirs,
  REPO,
  tempDir,
  writeWorkspace,
  WRITE_TOKEN,
} from "./harness.js";

const REPO_ROOT = path.resolve(import.meta.dirname, "../../..");

interface Step {
  name: string;
  uses?: string;
  run?: string;
  shell?: string;
  "working-directory"?: string;
  env?: Record<string, string>;
}
interface Action {
  inputs: Record<string, { default?: string }>;
  runs: { using: string; steps: Step[] };
}

const action = parse(readFileSync(path.join(REPO_ROOT, "action.yml"), "utf8")) as Action;

/** The only expressions the action uses: `${{ inputs.X }}` and `${{ github.X }}`. */
function evaluate(
  value: string,
  contexts: { inputs: Record<string, string>; github: Record<string, string> },
): string {
  return value.replace(
    /\$\{\{\s*(inputs|github)\.([\w-]+)\s*\}\}/g,
    (_m, context: "inputs" | "github", name: string) => {
      const resolved = contexts[context][name];
      if (resolved === undefined)
        throw new Error(`action.yml uses ${context}.${name}, which the test does not provide`);
      return resolved;
    },
  );
}

let standIn: GitHubStandIn | undefined;
afterEach(async () => {
  expect(standIn?.violations ?? []).toEqual([]);
  await standIn?.close();
  standIn = undefined;
  removeTempDirs();
});

describe("action.yml", () => {
  it("is a composite action whose scripts receive inputs only through the environment", () => {
    expect(action.runs.using).toBe("composite");
    const scripts = action.runs.steps.filter((s) => s.run);
    expect(scripts.length).toBeGreaterThan(0);
    // `${{ }}` inside a script splices text into shell code: an injection hole.
    for (const step of scripts) expect(step.run).not.toContain("${{");
    expect(action.inputs["github-token"]!.default).toBe("${{ github.token }}");
  });

  it("runs the review step with the token and config inputs against the API", async () => {
    standIn = await GitHubStandIn.start({
      pr: {
        owner: OWNER,
        repo: REPO,
        number: 2,
        headSha: "e".repeat(40),
        files: [addedFile("dags/ok.py", "x = 1\n"), addedFile("generated/noise.py", `${ENGINE_FINDING}\n`)],
        // The `config` input is read at the base commit, like every configuration.
        baseSha: BASE,
        baseFiles: { "ci.dag-transport.json": JSON.stringify({ ignores: ["generated/**"] }) },
      },
      tokens: { [WRITE_TOKEN]: "write" },
    });
    // A configuration under a name discovery would not find: only the `config` input loads it.
    // The checkout's copy says nothing (a pull request cannot loosen its own gate).
    const workspace = writeWorkspace({
      "dags/ok.py": "x = 1\n",
      "generated/noise.py": `${ENGINE_FINDING}\n`,
      "ci.dag-transport.json": JSON.stringify({ ignores: [] }),
    });
    const eventPath = path.join(tempDir("action"), "event.json");
    writeFileSync(
      eventPath,
      JSON.stringify(pullRequestEvent({ action: "opened", headSha: "e".repeat(40), number: 2 })),
    );

    const step = action.runs.steps.find((s) => s.name === "Review the pull request")!;
    const contexts = {
      inputs: {
        "github-token": WRITE_TOKEN,
        config: "ci.dag-transport.json",
        "working-directory": workspace,
      },
      github: { workspace, token: "not-this-one", action_path: REPO_ROOT },
    };
    const env = Object.fromEntries(
      Object.entries(step.env ?? {}).map(([k, v]) => [k, evaluate(v, contexts)]),
    );
    const result = await new Promise<{ status: number | null; stderr: string }>((resolve) => {
      const child = spawn("bash", ["-e", "-c", step.run!], {
        cwd: evaluate(step["working-directory"]!, contexts),
        env: {
          PATH: process.env.PATH ?? "",
          GITHUB_ACTION_PATH: REPO_ROOT,
          GITHUB_EVENT_PATH: eventPath,
          GITHUB_API_URL: standIn!.url,
          ...env,
        },
      });
      let stderr = "";
      child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
      child.on("close", (status) => resolve({ status, stderr }));
    });

    expect(result.stderr).toContain("0 finding(s), 0 blocking");
    expect(result.status).toBe(0);
    expect(standIn.checkRuns[0]).toMatchObject({ name: "dag-transport", conclusion: "success" });
  });
});
