/** The README shows what the quick-start command prints; this keeps the two the same. */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { REPO_ROOT, runCli } from "./support/cli.js";

describe("README quick start", () => {
  it("shows exactly what `dag-transport examples` prints", () => {
    const readme = readFileSync(path.join(REPO_ROOT, "README.md"), "utf8");
    const shown = /It prints the findings[\s\S]*?```text\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(shown, "README has the example output block").toBeDefined();
    const run = runCli(["examples"]);
    expect(run.status).toBe(1);
    expect(run.stdout.trim()).toBe(shown!.trim());
  });
});
