import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { ConfigError } from "@dag-transport/core";
import { ESLint, type Linter } from "eslint";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { projectConfig } from "./index.js";

let root: string;

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), "dag-transport-project-config-"));
});

afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

function write(name: string, text: string): string {
  const file = path.join(root, name);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
  return file;
}

async function lint(file: string, config: unknown[]) {
  const eslint = new ESLint({
    cwd: root,
    overrideConfigFile: true,
    overrideConfig: config as Linter.Config[],
  });
  const [result] = await eslint.lintFiles([file]);
  return result!.messages.map((m) => `${m.line}:${m.ruleId}`);
}

const HANDOFF = `import { Dag } from "apache-airflow-ts-sdk";
import { readFileSync, writeFileSync } from "node:fs";
const dag = new Dag("d");
dag.task("write", async () => { writeFileSync("/scratch/x.json", "{}"); });
dag.task("read", async () => ({ x: readFileSync("/scratch/x.json", "utf8") }));
`;

describe("projectConfig", () => {
  it("without a configuration file it is configs.recommended", async () => {
    const file = write("dags/handoff.ts", HANDOFF);
    // /scratch is not temp by default: a shared filesystem handoff.
    expect(await lint(file, projectConfig(root))).toEqual(["4:dag-transport/no-bespoke-transport"]);
  });

  it("applies the team's options, and shares one rule's knowledge with the others", async () => {
    write(
      "pyproject.toml",
      `[tool.dag-transport.rules]\nno-tmp-staging = ["warn", { tempPrefixes = ["/tmp", "/scratch"] }]\n`,
    );
    const file = write("dags/handoff.ts", HANDOFF);
    const config = projectConfig(path.join(root, "dags"));
    // With /scratch pod-local, the handoff is no-tmp-staging (at the configured severity) and
    // no-bespoke-transport, which never sees no-tmp-staging's options itself, stays quiet.
    expect(await lint(file, config)).toEqual(["4:dag-transport/no-tmp-staging"]);
    const eslint = new ESLint({
      cwd: root,
      overrideConfigFile: true,
      overrideConfig: config as Linter.Config[],
    });
    const resolved = await eslint.calculateConfigForFile(file);
    expect(resolved.rules["dag-transport/no-tmp-staging"]).toEqual([
      1,
      expect.objectContaining({ tempPrefixes: ["/tmp", "/scratch"] }),
    ]);
  });

  it("turns off what the configuration turns off, and ignores what it ignores (relative to the file)", async () => {
    write(
      "config/dag-transport.config.json",
      JSON.stringify({ rules: { "no-bespoke-transport": "off" }, ignores: ["generated/**"] }),
    );
    const file = write("dags/handoff.ts", HANDOFF);
    const ignored = write("config/generated/dag.ts", HANDOFF);
    const config = projectConfig(root, "config/dag-transport.config.json");
    expect(await lint(file, config)).toEqual([]);
    const eslint = new ESLint({
      cwd: root,
      overrideConfigFile: true,
      overrideConfig: config as Linter.Config[],
    });
    expect(await eslint.isPathIgnored(ignored)).toBe(true);
    expect(await eslint.isPathIgnored(file)).toBe(false);
  });

  it("refuses an invalid configuration with the CLI's error", () => {
    write("dag-transport.config.json", JSON.stringify({ rules: { "no-such-rule": "error" } }));
    expect(() => projectConfig(root)).toThrow(ConfigError);
  });
});
