import { describe, expect, it } from "vitest";
import { parseSuppression } from "./suppressions.js";

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

  it("ignores other comments", () => {
    expect(parseSuppression("# type: ignore[attr-defined]")).toBeUndefined();
    expect(parseSuppression("# dag-transport is great")).toBeUndefined();
  });
});
