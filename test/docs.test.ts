/** The rule-docs check (scripts/docs.ts) over small made-up repositories. */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { AnyRule } from "@dag-transport/core";
import { checkDocs, optionsTable, rulesTable, writeDocs } from "../scripts/docs.js";

const rule = (id: string, properties: Record<string, unknown> = {}, defaults: object = {}): AnyRule => ({
  id,
  meta: {
    description: `Flags ${id} | with a pipe.`,
    recommendedSeverity: "error",
    messages: {},
    optionsSchema: { type: "object", properties },
  },
  defaultOptions: defaults,
  check: () => {},
});

const withOptions = rule(
  "no-tmp-staging",
  { tempPrefixes: { type: "array", items: { type: "string" }, description: "Extra temp folders." } },
  { tempPrefixes: ["/scratch"] },
);

function page(r: AnyRule, { flaggedCode = true, options = true } = {}): string {
  return [
    `# ${r.id}`,
    "",
    "## Why",
    "Because.",
    "## Flagged",
    flaggedCode ? "```python\nbad()\n```" : "Described in words only.",
    "## Fixed",
    "```python\ngood()\n```",
    ...(options ? ["## Options", "<!-- options:start -->", optionsTable(r), "<!-- options:end -->"] : []),
    "",
  ].join("\n");
}

function repo(rules: readonly AnyRule[], pages: Record<string, string>, table = rulesTable(rules)): string {
  const root = mkdtempSync(path.join(tmpdir(), "dag-transport-docs-"));
  mkdirSync(path.join(root, "docs/rules"), { recursive: true });
  writeFileSync(
    path.join(root, "README.md"),
    `# x\n\n<!-- rules-table:start -->\n${table}\n<!-- rules-table:end -->\n`,
  );
  for (const [name, text] of Object.entries(pages)) writeFileSync(path.join(root, "docs/rules", name), text);
  return root;
}

const messages = (root: string, rules: readonly AnyRule[]) =>
  checkDocs(root, rules).map((p) => `${path.relative(root, p.file)}: ${p.message}`);

describe("rule docs check", () => {
  it("passes complete, fresh docs", () => {
    const rules = [withOptions, rule("no-bespoke-transport")];
    const root = repo(rules, {
      "no-tmp-staging.md": page(withOptions),
      "no-bespoke-transport.md": page(rules[1]!),
    });
    expect(messages(root, rules)).toEqual([]);
  });

  it("fails a rule without a page, and a page without a rule", () => {
    const root = repo([withOptions], {
      "no-tmp-staging.md": page(withOptions),
      "old-rule.md": page(rule("old-rule")),
    });
    const rules = [withOptions, rule("new-rule")];
    expect(messages(root, rules)).toEqual([
      "README.md: rules table is stale; run pnpm docs:write",
      "docs/rules/new-rule.md: rule 'new-rule' has no documentation page",
      "docs/rules/old-rule.md: documents no rule (renamed or removed?)",
    ]);
  });

  it("fails a page without the required sections, title or examples", () => {
    const r = rule("no-bespoke-transport");
    const text = page(r, { flaggedCode: false })
      .replace("# no-bespoke-transport", "# Bespoke transport")
      .replace("## Why\nBecause.\n", "");
    expect(messages(repo([r], { "no-bespoke-transport.md": text }), [r])).toEqual([
      "docs/rules/no-bespoke-transport.md: must start with the title '# no-bespoke-transport'",
      "docs/rules/no-bespoke-transport.md: has no '## ' section for Why",
      "docs/rules/no-bespoke-transport.md: section 'Flagged' has no code example",
    ]);
  });

  it("does not take a heading inside a code block for a section", () => {
    const r = rule("no-bespoke-transport");
    const text = page(r).replace("## Why\nBecause.\n", "```markdown\n## Why\n```\n");
    expect(messages(repo([r], { "no-bespoke-transport.md": text }), [r])).toContain(
      "docs/rules/no-bespoke-transport.md: has no '## ' section for Why",
    );
  });

  it("writeDocs regenerates a stale README table and options table, and adds a missing one", () => {
    const other = rule(
      "no-bespoke-transport",
      { helpers: { type: "array", items: { type: "string" } } },
      { helpers: [] },
    );
    const rules = [withOptions, other];
    const stale = page(withOptions).replace("Extra temp folders.", "Old text.");
    const unmarked = page(other, { options: false }) + "## Options\n\nSee below.\n";
    const root = repo(rules, { "no-tmp-staging.md": stale, "no-bespoke-transport.md": unmarked }, "| old |");
    expect(messages(root, rules)).toEqual([
      "README.md: rules table is stale; run pnpm docs:write",
      "docs/rules/no-tmp-staging.md: options table is stale; run pnpm docs:write",
      expect.stringMatching(/^docs\/rules\/no-bespoke-transport\.md: has no generated options table/),
    ]);
    expect(writeDocs(root, rules).map((f) => path.relative(root, f))).toEqual([
      "README.md",
      "docs/rules/no-tmp-staging.md",
      "docs/rules/no-bespoke-transport.md",
    ]);
    expect(messages(root, rules)).toEqual([]);
    expect(readFileSync(path.join(root, "README.md"), "utf8")).toContain(
      "| [`no-tmp-staging`](docs/rules/no-tmp-staging.md) | Flags no-tmp-staging \\| with a pipe. | error |",
    );
    expect(readFileSync(path.join(root, "docs/rules/no-bespoke-transport.md"), "utf8")).toContain(
      "## Options\n\n<!-- options:start -->\n| option | type | default | what it does |\n| --- | --- | --- | --- |\n| `helpers` | string[] | `[]` |  |\n<!-- options:end -->\n\nSee below.",
    );
  });
});
