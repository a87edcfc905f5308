/**
 * The standalone bundle that npm installs of this repository run (pre-commit's hook). The
 * pre-commit test covers the whole install; these are the quick checks that catch drift.
 */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  buildStandalone,
  missingRootDependencies,
  runtimeDependencies,
  TYPESCRIPT_FRONTEND_FILE,
} from "../scripts/standalone.mjs";
import { REPO_ROOT, runCli } from "./support/cli.js";

const readJson = (file: string) => JSON.parse(readFileSync(path.join(REPO_ROOT, file), "utf8"));

describe("standalone CLI bundle", () => {
  it("has every run-time dependency of the CLI declared in the root package.json", () => {
    expect([...runtimeDependencies().keys()]).toContain("tree-sitter");
    expect(missingRootDependencies()).toEqual([]);
  });

  it("carries the CLI's version", () => {
    expect(readJson("package.json").version).toBe(readJson("packages/cli/package.json").version);
  });

  it("lints exactly as the workspace CLI does", async () => {
    // Built where npm installs build it, so its imports resolve to the root node_modules.
    const outfile = await buildStandalone();
    const args = ["--format", "json", "fixtures"];
    // Not through the test runner's NODE_PATH, which reaches the workspace's own packages: an
    // npm install has only the root node_modules.
    const env = { ...process.env, NODE_PATH: "" };
    const bundled = spawnSync(process.execPath, [outfile, ...args], {
      cwd: REPO_ROOT,
      encoding: "utf8",
      env,
    });
    const workspace = runCli(args);
    expect(bundled.stderr).toBe("");
    expect(bundled.status).toBe(workspace.status);
    expect(JSON.parse(bundled.stdout)).toEqual(JSON.parse(workspace.stdout));
    // Python and TypeScript DAGs both (the TypeScript frontend is loaded on first use).
    const linted = (
      JSON.parse(bundled.stdout) as { filePath: string; messages: { fatal?: boolean }[] }[]
    ).filter((result) => result.messages.length > 0 && !result.messages.some((message) => message.fatal));
    expect(linted.some((result) => result.filePath.endsWith(".ts"))).toBe(true);
    expect(linted.some((result) => result.filePath.endsWith(".py"))).toBe(true);
    // …and a run over Python files does not load the TypeScript compiler: the TypeScript
    // frontend is a file of its own, required on the first TypeScript file.
    expect(readFileSync(outfile, "utf8")).not.toMatch(/^import .* from "typescript";$/m);
    expect(readFileSync(path.join(path.dirname(outfile), TYPESCRIPT_FRONTEND_FILE), "utf8")).toMatch(
      /require\("typescript"\)/,
    );
  });
});
