/**
 * docs/configuration.md: generated from the configuration schema, fresh, complete, its examples
 * valid configurations, and its discovery and precedence rules true of the CLI.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { parseConfigText } from "@dag-transport/core";
import { allRules } from "../rules/index.js";
import { checkConfigurationPage, configurationPage, CONFIGURATION_PAGE } from "../scripts/configuration.js";
import { REPO_ROOT, runCli, runCliJson } from "./support/cli.js";
import { FLAGGED_DAG, tempProject } from "./support/project.js";

const page = readFileSync(path.join(REPO_ROOT, CONFIGURATION_PAGE), "utf8");

describe("docs/configuration.md", () => {
  it("is what the generator writes from the schema (pnpm docs:write)", () => {
    expect(checkConfigurationPage(REPO_ROOT, allRules)).toEqual([]);
    expect(page).toBe(configurationPage(allRules).text);
  });

  it("the check fails a stale page", () => {
    const root = mkdtempSync(path.join(tmpdir(), "dag-transport-config-docs-"));
    cpSync(path.join(REPO_ROOT, "docs"), path.join(root, "docs"), { recursive: true });
    writeFileSync(path.join(root, CONFIGURATION_PAGE), page.replace("`ignores`", "`ignore`"));
    expect(checkConfigurationPage(root, allRules).map((p) => p.message)).toEqual([
      "is stale; run pnpm docs:write",
    ]);
  });

  it("documents every top-level key, every rule and every option with its default", () => {
    for (const key of ["`rules`", "`ignores`", "`review.addedSuppressions`"])
      expect(page).toContain(`| ${key} |`);
    for (const rule of allRules) {
      const section = page.split(`### \`${rule.id}\``)[1]!.split("\n### ")[0]!;
      const defaults = rule.defaultOptions as Record<string, unknown>;
      for (const option of Object.keys((rule.meta.optionsSchema.properties ?? {}) as object)) {
        const row = section.split("\n").find((line) => line.startsWith(`| \`${option}\` |`));
        expect(row, `${rule.id}.${option}`).toBeDefined();
        if (defaults[option] !== undefined)
          expect(row!.replace(/\s/g, "")).toContain(`\`${JSON.stringify(defaults[option])}\``);
      }
    }
    for (const severity of ["`0`", "`1`", "`2`", '`"off"`', '`"warn"`', '`"error"`'])
      expect(page).toContain(severity);
  });

  it("every TOML and YAML example on the page is a valid configuration", () => {
    const blocks = [...page.matchAll(/```(toml|yaml)\n([\s\S]*?)```/g)];
    expect(blocks.length).toBeGreaterThan(allRules.length);
    for (const [, language, text] of blocks) {
      const file = language === "toml" ? "/repo/pyproject.toml" : "/repo/dag-transport.config.yaml";
      expect(() => parseConfigText(text!, file, allRules), text).not.toThrow();
      expect(parseConfigText(text!, file, allRules), text).toBeDefined();
    }
  });
});

describe("the discovery it describes", () => {
  const projects: { cleanup: () => void }[] = [];
  afterEach(() => projects.splice(0).forEach((p) => p.cleanup()));

  it("in one folder, dag-transport.config.yaml is read before pyproject.toml's table", () => {
    const p = tempProject({
      "pyproject.toml": '[tool.dag-transport.rules]\nno-unserializable-xcom = "off"\n',
      "dag-transport.config.yaml": "rules:\n  no-unserializable-xcom: warn\n",
      "dags/make.py": FLAGGED_DAG,
    });
    projects.push(p);
    const config = JSON.parse(runCli(["--print-config", "dags/make.py"], { cwd: p.dir }).stdout);
    expect(config.configFile).toBe(p.file("dag-transport.config.yaml"));
    expect(runCliJson([], { cwd: p.dir }).results[0]!.messages[0]!.severity).toBe(1);
  });

  it("the nearest folder's configuration applies whole: its ignores replace the root's", () => {
    const p = tempProject({
      "dag-transport.config.json":
        '{"ignores": ["team/dags/old.py"], "rules": {"no-unserializable-xcom": "warn"}}',
      "team/dags/dag-transport.config.json": '{"ignores": ["skipped.py"]}',
      "team/dags/old.py": FLAGGED_DAG,
      "team/dags/skipped.py": FLAGGED_DAG,
    });
    projects.push(p);
    const { results } = runCliJson([], { cwd: p.dir });
    expect(results.map((r) => path.relative(p.dir, r.filePath))).toEqual([
      path.join("team", "dags", "old.py"),
    ]);
    // Not merged: the root's "warn" does not reach team/dags/.
    expect(results[0]!.messages[0]!.severity).toBe(2);
  });

  it("severities 0/1/2 are off/warn/error", () => {
    const p = tempProject({ "dags/make.py": FLAGGED_DAG });
    projects.push(p);
    for (const [written, expected] of [
      [0, undefined],
      [1, 1],
      [2, 2],
    ] as const) {
      writeFileSync(p.file("dag-transport.config.json"), `{"rules": {"no-unserializable-xcom": ${written}}}`);
      expect(runCliJson([], { cwd: p.dir }).results[0]!.messages[0]?.severity).toBe(expected);
    }
  });
});
