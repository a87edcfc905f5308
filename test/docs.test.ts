/** The rule-docs check (scripts/docs.ts) over small made-up repositories. */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { AnyRule } from "@dag-transport/core";
import { checkDocs, rulesTable, writeDocs } from "../scripts/docs.js";

const rule = (id: string, properties: Record<string, unknown> = {}): AnyRule => ({
  id,
  meta: {
    description: `Flags ${id} | with a pipe.`,
    recommendedSeverity: "error",
    messages: {},
    optionsSchema: { type: "object", properties },
  },
  defaultOptions: {},
  check: () => {},
});

const withOptions = rule("no-tmp-staging", {
  tempPrefixes: { type: "array" },
  stagingVariables: { type: "array" },
});

function page(r: AnyRule, { flaggedCode = true, fixedHeading = "Not flagged" } = {}): string {
  const options = Object.keys((r.meta.optionsSchema.properties ?? {}) as object);
  return [
    `# ${r.id}`,
    "",
    "## Why",
    "Because ([the policy](https://github.com/dag-transport/dag-transport/blob/main/docs/policy.md)).",
    "## Flagged",
    flaggedCode ? "```python\nbad()\n```" : "Described in words only.",
    `## ${fixedHeading}`,
    "```python\ngood()\n```",
    "## Options",
    options.length ? options.map((o) => `- \`${o}\`: what it does.`).join("\n") : "None.",
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
  it("fails a page that does not link the policy, or cites a decision record users lack", () => {
    const r = rule("no-bespoke-transport");
    const root = repo([r], {
      "no-bespoke-transport.md": page(r).replace(/Because .*\n/, "Because of ADR-0100, invariant 2.\n"),
    });
    expect(messages(root, [r])).toEqual([
      "docs/rules/no-bespoke-transport.md: does not link the policy it enforces (https://github.com/dag-transport/dag-transport/blob/main/docs/policy.md)",
      "docs/rules/no-bespoke-transport.md: cites 'ADR-0100', which users do not have; link docs/policy.md instead",
    ]);
  });

  it("passes complete, fresh docs (a 'Fixed' or a 'Not flagged' section both count)", () => {
    const other = rule("no-bespoke-transport");
    const rules = [withOptions, other];
    const root = repo(rules, {
      "no-tmp-staging.md": page(withOptions),
      "no-bespoke-transport.md": page(other, { fixedHeading: "Fixed" }),
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

  it("fails a page without its title, the required sections or their examples", () => {
    const r = rule("no-bespoke-transport");
    const text = page(r, { flaggedCode: false })
      .replace("# no-bespoke-transport", "# Bespoke transport")
      .replace(/## Why\nBecause .*\n/, "")
      .replace("## Not flagged", "## Notes");
    expect(messages(repo([r], { "no-bespoke-transport.md": text }), [r])).toEqual([
      "docs/rules/no-bespoke-transport.md: must start with the title '# no-bespoke-transport'",
      "docs/rules/no-bespoke-transport.md: has no '## ' section for Why",
      "docs/rules/no-bespoke-transport.md: section 'Flagged' has no code example",
      "docs/rules/no-bespoke-transport.md: has no '## ' section for a fixed example (Not flagged / Fixed / Correct / Good)",
      "docs/rules/no-bespoke-transport.md: does not link the policy it enforces (https://github.com/dag-transport/dag-transport/blob/main/docs/policy.md)",
    ]);
  });

  it("does not take 'Not flagged' for the flagged example, nor a heading inside a code block for a section", () => {
    const r = rule("no-bespoke-transport");
    const text = page(r)
      .replace("## Flagged\n```python\nbad()\n```\n", "")
      .replace(/## Why\nBecause (.*)\n/, "```markdown\n## Why\n```\n$1\n");
    expect(messages(repo([r], { "no-bespoke-transport.md": text }), [r])).toEqual([
      "docs/rules/no-bespoke-transport.md: has no '## ' section for Why",
      "docs/rules/no-bespoke-transport.md: has no '## ' section for a flagged example (Flagged / Incorrect / Bad)",
    ]);
  });

  it("fails an Options section that leaves out an option of the rule's schema", () => {
    const text = page(withOptions).replace("- `stagingVariables`: what it does.", "");
    expect(messages(repo([withOptions], { "no-tmp-staging.md": text }), [withOptions])).toEqual([
      "docs/rules/no-tmp-staging.md: Options section does not describe option `stagingVariables`",
    ]);
  });

  it("writeDocs regenerates a stale README table", () => {
    const rules = [withOptions];
    const root = repo(rules, { "no-tmp-staging.md": page(withOptions) }, "| old |");
    expect(writeDocs(root, rules).map((f) => path.relative(root, f))).toEqual(["README.md"]);
    expect(messages(root, rules)).toEqual([]);
    expect(readFileSync(path.join(root, "README.md"), "utf8")).toContain(
      "| [`no-tmp-staging`](docs/rules/no-tmp-staging.md) | Flags no-tmp-staging \\| with a pipe. | error |",
    );
    expect(writeDocs(root, rules)).toEqual([]);
  });
});
