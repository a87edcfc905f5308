import { describe, expect, it } from "vitest";
import { MAX_BRACKET_NESTING, nestingDiagnostic } from "./diagnostics.js";

const nested = (levels: number) => `x = ${"[".repeat(levels)}1${"]".repeat(levels)}\n`;

describe("nestingDiagnostic", () => {
  it("accepts what Python accepts", () => {
    expect(nestingDiagnostic(nested(MAX_BRACKET_NESTING))).toBeUndefined();
  });

  it("reports one level more, where it happens", () => {
    const diagnostic = nestingDiagnostic(`import os\n\n${nested(MAX_BRACKET_NESTING + 1)}`);
    expect(diagnostic).toMatchObject({ fatal: true, span: { line: 3, column: 5 + MAX_BRACKET_NESTING } });
    expect(diagnostic!.message).toMatch(/too many nested parentheses/);
  });

  it("does not count brackets in strings and comments", () => {
    const brackets = "(".repeat(MAX_BRACKET_NESTING + 5);
    const source = [
      `a = "${brackets}"`,
      `b = '${brackets}'`,
      `c = """\n${brackets}\n"""`,
      `d = f"{x}${brackets}"`,
      `# ${brackets}`,
      `e = "escaped \\" ${brackets}"`,
      "",
    ].join("\n");
    expect(nestingDiagnostic(source)).toBeUndefined();
  });

  it("counts brackets across lines", () => {
    const source = `x = (\n${"(\n".repeat(MAX_BRACKET_NESTING)}1${")".repeat(MAX_BRACKET_NESTING + 1)}\n`;
    expect(nestingDiagnostic(source)?.span.line).toBe(MAX_BRACKET_NESTING + 1);
  });
});
