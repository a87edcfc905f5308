import { describe, expect, it } from "vitest";
import { parsePython } from "./parse.js";

describe("parsePython", () => {
  it("hands out uncached node objects: the same node twice is two objects with one id", () => {
    const root = parsePython("x = f(1)\n").rootNode;
    const first = root.descendantsOfType("call")[0]!;
    const again = root.descendantsOfType("call")[0]!;
    // (Booleans, not the nodes: a failure message would walk the nodes' native getters.)
    expect(again === first).toBe(false);
    expect(again.id).toBe(first.id);
    expect(again.text).toBe("f(1)");
    expect(first.parent!.id).toBe(again.parent!.id);
  });
});
