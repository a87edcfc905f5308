import { describe, expect, it } from "vitest";
import { MAX_NESTING, tooDeepAt } from "./nesting.js";

describe("tooDeepAt", () => {
  it("accepts nesting up to the bound, in any mix of brackets", () => {
    const text = `a: ${"[{".repeat(MAX_NESTING / 2)}${"}]".repeat(MAX_NESTING / 2)}`;
    expect(tooDeepAt(text)).toBe(-1);
    // Balanced brackets one after another never add up.
    expect(tooDeepAt("[x] ".repeat(10_000))).toBe(-1);
  });

  it("gives the offset of the first bracket past the bound", () => {
    const text = `a: ${"[".repeat(MAX_NESTING + 1)}`;
    expect(tooDeepAt(text)).toBe(3 + MAX_NESTING);
  });

  it("counts brackets inside quotes and comments too: no text hides its depth", () => {
    const text = `x: 'it''s' # ${"{".repeat(MAX_NESTING)}\ny: "[["`;
    expect(tooDeepAt(text)).toBeGreaterThan(0);
  });

  it("ignores closing brackets with nothing open", () => {
    expect(tooDeepAt(`${"]".repeat(500)}${"[".repeat(MAX_NESTING)}`)).toBe(-1);
  });
});
