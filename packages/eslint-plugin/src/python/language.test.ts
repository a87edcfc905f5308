import type { RuleDefinition } from "@eslint/core";
import { Linter } from "eslint";
import { describe, expect, it } from "vitest";
import plugin from "../index.js";

/**
 * A stand-in for a real rule that reports on every line with `flag` in it, so ESLint's handling
 * of the python language's directives is exercised whatever the rules find today.
 */
const flagEveryMarkedLine: RuleDefinition = {
  meta: { type: "problem", messages: { flagged: "flagged" }, schema: [] },
  create(context) {
    return {
      Module() {
        const lines = (context.sourceCode as unknown as { text: string }).text.split("\n");
        lines.forEach((text, index) => {
          if (text.includes("flag"))
            context.report({
              messageId: "flagged",
              loc: { start: { line: index + 1, column: 1 }, end: { line: index + 1, column: 2 } },
            });
        });
      },
    };
  },
} as RuleDefinition;

const testPlugin = { ...plugin, rules: { ...plugin.rules, "no-unserializable-xcom": flagEveryMarkedLine } };

function lint(
  code: string,
  rules: Record<string, "error" | "off"> = { "dag-transport/no-unserializable-xcom": "error" },
) {
  const linter = new Linter({ configType: "flat" });
  const messages = linter.verify(
    code,
    [
      {
        files: ["**/*.py"],
        plugins: { "dag-transport": testPlugin as never },
        language: "dag-transport/python",
        rules,
      },
    ],
    "dag.py",
  );
  return { messages, suppressed: linter.getSuppressedMessages() };
}

describe("python language: suppressions", () => {
  it("a reasoned directive suppresses the named rule on its line, or on the next line when alone", () => {
    const { messages, suppressed } = lint(
      [
        "flag_a = 1  # dag-transport: ignore[no-unserializable-xcom] -- same pod",
        "# dag-transport: ignore[no-unserializable-xcom] -- pinned by pod_override",
        "flag_b = 2",
        "flag_c = 3",
      ].join("\n"),
    );
    expect(messages.map((m) => m.line)).toEqual([4]);
    expect(suppressed.map((m) => [m.line, m.suppressions])).toEqual([
      [1, [{ kind: "directive", justification: "same pod" }]],
      [3, [{ kind: "directive", justification: "pinned by pod_override" }]],
    ]);
  });

  it("a directive without a reason suppresses nothing and is reported, as in the CLI", () => {
    const { messages } = lint("flag = 1  # dag-transport: ignore[no-unserializable-xcom]\n");
    expect(messages.map((m) => [m.line, m.ruleId, m.message.slice(0, 33)])).toEqual([
      [1, "dag-transport/no-unserializable-xcom", "flagged"],
      [1, null, "Suppression without a reason: add"],
    ]);
  });

  it("a directive naming an unknown rule is reported (not ESLint's 'definition not found')", () => {
    const { messages } = lint("x = 1  # dag-transport: ignore[no-such-rule] -- because\n");
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ ruleId: null, line: 1 });
    expect(messages[0]!.message).toMatch(/^Suppression names unknown rule 'no-such-rule'/);
  });
});

describe("python language: the file's own problems", () => {
  it("a syntax error is a fatal problem, and the rules still run on the rest of the file", () => {
    // A file the prefilter would skip is not parsed at all (a PythonOperator named keeps it).
    const { messages } = lint("def broken(:\n    pass  # a PythonOperator's callable\nflag = 1\n");
    expect(messages.map((m) => [m.line, m.fatal ?? false, m.ruleId])).toEqual([
      [1, true, null],
      [3, false, "dag-transport/no-unserializable-xcom"],
    ]);
    expect(messages[0]!.message).toMatch(/^Parsing error: invalid syntax/);
  });

  it("takes no language options but the team's shared options", () => {
    const linter = new Linter({ configType: "flat" });
    expect(() =>
      linter.verify(
        "x = 1\n",
        [
          {
            files: ["**/*.py"],
            plugins: { "dag-transport": plugin as never },
            language: "dag-transport/python",
            languageOptions: { tabWidth: 4 },
          },
        ],
        "dag.py",
      ),
    ).toThrow(/takes no language options but "dag-transport"/);
  });
});

describe("python language: the Module node", () => {
  it("spans the text, its lines ended by CRLF, CR or LF (counted as ESLint splits them)", () => {
    const texts = [
      "",
      "x",
      "x\n",
      "a\r\nb",
      "a\rb\r",
      "a\n\rb\r\n\r\nc",
      "\r\n",
      "\n\n",
      "é\u{1F600}\r\nz",
      "a\r",
    ];
    for (const text of texts) {
      const lines = text.split(/\r\n|\r|\n/);
      const parsed = plugin.languages.python.parse({ body: text, path: "dag.py" } as never);
      expect(parsed.ok && parsed.ast, JSON.stringify(text)).toEqual({
        type: "Module",
        range: [0, text.length],
        loc: {
          start: { line: 1, column: 1 },
          end: { line: lines.length, column: lines[lines.length - 1]!.length + 1 },
        },
      });
    }
  });
});
