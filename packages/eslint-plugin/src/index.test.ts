import { ruleDocsUrl } from "@dag-transport/core";
import { allRules } from "@dag-transport/rules";
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";
import plugin from "./index.js";

describe("eslint-plugin-dag-transport", () => {
  it("has one ESLint rule per dag-transport rule, with the same id, docs URL, schema and messages", () => {
    expect(Object.keys(plugin.rules).sort()).toEqual(allRules.map((r) => r.id).sort());
    for (const rule of allRules) {
      const meta = plugin.rules[rule.id]!.meta!;
      expect(meta.docs?.url).toBe(ruleDocsUrl(rule.id));
      expect(meta.docs?.description).toBe(rule.meta.description);
      expect(meta.schema).toEqual([rule.meta.optionsSchema]);
      expect(meta.messages).toMatchObject(rule.meta.messages);
    }
  });

  it("recommended turns every rule on at its severity for scripts and Python files", async () => {
    const eslint = new ESLint({ overrideConfigFile: true, overrideConfig: plugin.configs.recommended });
    const expected = Object.fromEntries(
      allRules.map((r) => [
        `dag-transport/${r.id}`,
        [r.meta.recommendedSeverity === "error" ? 2 : 1, r.defaultOptions],
      ]),
    );
    for (const file of ["dag.ts", "dag.mts", "dag.cts", "dag.js", "dag.mjs", "dags/etl.py"]) {
      const config = await eslint.calculateConfigForFile(file);
      expect(config.rules, file).toMatchObject(expected);
    }
    // The DAG endings of core's one list only (test/dag-endings.test.ts): not JSX, not CommonJS.
    for (const file of ["dag.tsx", "dag.jsx", "dag.cjs"]) {
      const config = await eslint.calculateConfigForFile(file);
      expect(config?.rules?.["dag-transport/no-unserializable-xcom"], file).toBeUndefined();
    }
    expect((await eslint.calculateConfigForFile("dag.py")).language).toBe(plugin.languages.python);
    expect(await eslint.calculateConfigForFile("notes.md")).toBeUndefined();
  });

  it("TypeScript files are parsed with typescript-eslint; plain JavaScript keeps ESLint's own parser", async () => {
    const eslint = new ESLint({ overrideConfigFile: true, overrideConfig: plugin.configs.recommended });
    const ts = await eslint.calculateConfigForFile("dag.ts");
    const js = await eslint.calculateConfigForFile("dag.mjs");
    expect(ts.languageOptions.parser.meta?.name).toBe("typescript-eslint/parser");
    expect(js.languageOptions.parser.meta?.name).not.toBe("typescript-eslint/parser");
  });
});
