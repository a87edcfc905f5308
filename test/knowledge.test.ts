/**
 * docs/knowledge.md: generated from the catalogs and kept fresh, and its "declaring what is
 * missing" example is a valid configuration that does what it says.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { validateConfig } from "@dag-transport/core";
import { parse as parseToml } from "smol-toml";
import { describe, expect, it } from "vitest";
import { analyzePython } from "../packages/python/src/index.js";
import { allRules } from "../rules/index.js";
import { STORAGE_FUNCTIONS, STORAGE_OPERATORS } from "../packages/python/src/catalogs/storage.js";
import { checkKnowledgePage, knowledgePage, KNOWLEDGE_PAGE } from "../scripts/knowledge.js";

const ROOT = path.resolve(import.meta.dirname, "..");
const page = readFileSync(path.join(ROOT, KNOWLEDGE_PAGE), "utf8");

describe("docs/knowledge.md", () => {
  it("is the page the catalogs make (pnpm docs:write regenerates it)", () => {
    expect(checkKnowledgePage(ROOT)).toEqual([]);
    expect(page).toBe(knowledgePage());
  });

  it("lists every storage function and operator of the catalogs", () => {
    for (const name of [...STORAGE_FUNCTIONS.keys(), ...STORAGE_OPERATORS.keys()])
      expect(page).toContain(`\`${name}\``);
  });

  it("shows a configuration that validates and declares a team operator the analysis then knows", () => {
    const toml = /```toml\n([\s\S]*?)```/.exec(page)![1]!;
    const table = (parseToml(toml) as { tool: Record<string, unknown> }).tool["dag-transport"];
    const config = validateConfig(table, allRules);
    const options = Object.fromEntries(
      Object.entries(config.rules).map(([id, setting]) => [id, setting.options ?? {}]),
    );
    const source = [
      "from airflow.decorators import dag, task",
      "from team_ops import LakeExportOperator",
      "@dag(schedule=None)",
      "def d():",
      '    LakeExportOperator(task_id="export", destination="s3://lake/daily.parquet")',
      "d()",
    ].join("\n");
    const model = analyzePython(source, "dag.py", options);
    expect(model.storage.map((op) => `${op.taskId} ${op.access} ${op.location.pattern}`)).toEqual([
      "export write s3://lake/daily.parquet",
    ]);
  });
});
