/**
 * bundle/: the self-contained CLI committed for the GitHub Action and the pre-commit hook
 * (scripts/bundle.mjs). It must be what `pnpm build:bundle` makes of the sources now, lint as
 * the workspace CLI does, and run its worker pool.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { buildSelfContained, SELF_CONTAINED_FILES } from "../scripts/bundle.mjs";
import { REPO_ROOT, runCli } from "./support/cli.js";
import { INCIDENT_DAG } from "./support/incident.js";

const BUNDLE = path.join(REPO_ROOT, "bundle");
const work = mkdtempSync(path.join(tmpdir(), "dag-transport-bundle-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Runs the bundle's bin with no node_modules of ours within reach. */
function runBundle(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}) {
  return spawnSync(process.execPath, [path.join(BUNDLE, "dag-transport.js"), ...args], {
    cwd,
    encoding: "utf8",
    env: { PATH: process.env.PATH ?? "", ...env },
    maxBuffer: 64 * 1024 * 1024,
  });
}

describe("bundle/ (pnpm build:bundle)", () => {
  it("is up to date with the sources: regenerate with `pnpm build:bundle` and commit it", async () => {
    const fresh = path.join(work, "fresh");
    await buildSelfContained(fresh);
    expect(readdirSync(BUNDLE).sort()).toEqual([...SELF_CONTAINED_FILES].sort());
    expect(readdirSync(fresh).sort()).toEqual([...SELF_CONTAINED_FILES].sort());
    const stale = SELF_CONTAINED_FILES.filter(
      (file) => !readFileSync(path.join(fresh, file)).equals(readFileSync(path.join(BUNDLE, file))),
    );
    expect(stale).toEqual([]);
  });

  it("lints exactly as the workspace CLI does, with the WebAssembly parser", () => {
    const args = ["--format", "json", "fixtures"];
    const bundled = runBundle(args, REPO_ROOT);
    const workspace = runCli(args);
    expect(bundled.stderr).toBe("");
    expect(bundled.status).toBe(workspace.status);
    expect(JSON.parse(bundled.stdout)).toEqual(JSON.parse(workspace.stdout));
    expect(runBundle(["--version", "--verbose"], REPO_ROOT).stdout).toMatch(/python parser: wasm \(/);
  });

  it("lints many files on its worker threads", () => {
    const dir = path.join(work, "many");
    mkdirSync(dir);
    // Workers start for 2 MiB a thread (MIN_BYTES_PER_THREAD): a long comment makes it 4.5 MB.
    const padded = `${INCIDENT_DAG}\n# ${"x".repeat(45_000)}\n`;
    for (let i = 0; i < 100; i++) writeFileSync(path.join(dir, `dag_${i}.py`), padded);
    const run = runBundle(["--format", "json", "."], dir, {
      DAG_TRANSPORT_DEBUG: "pool",
      DAG_TRANSPORT_WORKERS: "2",
    });
    // Two threads: this one and a worker, which lints at least the batches it was sent first.
    expect(run.stderr).toMatch(/^dag-transport: 100 files, [1-9]\d* linted on 1 worker thread\(s\)\n$/);
    const results = JSON.parse(run.stdout) as { messages: { ruleId: string }[] }[];
    expect(results.map((r) => r.messages.map((m) => m.ruleId))).toEqual(
      Array.from({ length: 100 }, () => ["dag-transport/no-tmp-staging"]),
    );
  });
});
