import { describe, expect, it } from "vitest";
import { parseSyntaxTree } from "./syntax-tree.js";
import { callArguments, dottedParts } from "./syntax.js";

describe("dottedParts", () => {
  const expression = (code: string) => parseSyntaxTree(code).rootNode.namedChild(0)!.namedChild(0)!;

  it.each([
    ["np", ["np"]],
    ["np.random.default_rng", ["np", "random", "default_rng"]],
    ["np . zeros", ["np", "zeros"]],
    ["np.\\\n    zeros", ["np", "zeros"]],
  ])("%s is a dotted name", (code, parts) => {
    expect(dottedParts(expression(code))).toEqual(parts);
  });

  it.each(["np.random.default_rng(1).normal", 'df["a"].mean', "True.real", "f(x)", "'a'.join"])(
    "%s is not",
    (code) => {
      expect(dottedParts(expression(code))).toBeUndefined();
    },
  );
});

describe("callArguments", () => {
  const call = parseSyntaxTree("f(1, a=2, b  # why\n = 3, *rest, **kw, é=4)\n").rootNode.descendantsOfType(
    "call",
  )[0]!;

  it("splits positional and keyword arguments, keyword names read from the text or the node", () => {
    const { positional, keywords } = callArguments(call);
    expect(positional.map((p) => p.text)).toEqual(["1", "*rest", "**kw"]);
    expect([...keywords].map(([name, value]) => `${name}=${value.text}`)).toEqual(["a=2", "b=3", "é=4"]);
  });

  it("splits a call once", () => {
    expect(callArguments(call)).toBe(callArguments(call));
  });
});
