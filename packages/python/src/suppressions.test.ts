import { describe, expect, it } from "vitest";
import { parseSuppression, ruleRanges } from "./suppressions.js";

describe("parseSuppression", () => {
  it("reads rule ids and the reason", () => {
    expect(
      parseSuppression(
        "# dag-transport: ignore[no-tmp-staging, dag-transport/no-bespoke-transport] -- same pod",
      ),
    ).toEqual({
      ruleIds: ["no-tmp-staging", "no-bespoke-transport"],
      reason: "same pod",
    });
  });

  it("has no reason when none is given", () => {
    expect(parseSuppression("# dag-transport: ignore[no-tmp-staging]")).toEqual({
      ruleIds: ["no-tmp-staging"],
    });
  });

  it("ends the reason where another tool's comment starts", () => {
    expect(parseSuppression("# dag-transport: ignore[no-tmp-staging] -- same pod  # noqa: S108")).toEqual({
      ruleIds: ["no-tmp-staging"],
      reason: "same pod",
    });
    expect(parseSuppression("# dag-transport: ignore[no-tmp-staging]  # noqa: S108")).toEqual({
      ruleIds: ["no-tmp-staging"],
    });
  });

  it("keeps a plain # inside the reason", () => {
    expect(parseSuppression("# dag-transport: ignore[no-tmp-staging] -- same pod, see #123")?.reason).toBe(
      "same pod, see #123",
    );
  });

  it("marks malformed directives: no rule list, an empty one, another directive word", () => {
    for (const text of [
      "# dag-transport: ignore -- every rule",
      "# dag-transport: ignore[] -- every rule",
      "# dag-transport: ignore[ , ] -- every rule",
    ])
      expect(parseSuppression(text)?.problem, text).toMatch(/^Suppression names no rule/);
    expect(parseSuppression("# dag-transport: ignore-file -- legacy")).toMatchObject({
      ruleIds: [],
      problem: expect.stringMatching(/^Unknown dag-transport directive 'ignore-file'/),
    });
    expect(parseSuppression("# dag-transport: ignore[no-tmp-staging] -- ok")?.problem).toBeUndefined();
  });

  it("ranges per rule: the rule with a comma in a list, else the suppression up to its reason", () => {
    const text = "# dag-transport: ignore[a, b, c] -- why  # noqa: E501";
    const { own, rules } = ruleRanges(text, ["a", "b", "c"], "why");
    expect(text.slice(...own)).toBe("# dag-transport: ignore[a, b, c] -- why");
    expect(text.slice(...rules.get("a")!)).toBe("a, ");
    expect(text.slice(...rules.get("b")!)).toBe(", b");
    expect(text.slice(...rules.get("c")!)).toBe(", c");
    const single = "# dag-transport: ignore[a] -- why";
    expect(ruleRanges(single, ["a"], "why").rules.get("a")).toEqual([0, single.length]);
  });

  it("ignores other comments", () => {
    expect(parseSuppression("# type: ignore[attr-defined]")).toBeUndefined();
    expect(parseSuppression("# dag-transport is great")).toBeUndefined();
  });
});
