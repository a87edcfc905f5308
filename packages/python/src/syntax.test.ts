import { describe, expect, it } from "vitest";
import { parseSyntaxTree } from "./syntax-tree.js";
import { callArguments, dottedParts, returnedExpressions } from "./syntax.js";

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

describe("returnedExpressions", () => {
  const returned = (body: string) => {
    const fn = parseSyntaxTree(`def f(x):\n${body}`).rootNode.namedChild(0)!;
    return returnedExpressions(fn).map((node) => node.text);
  };

  it("skips a return after a try whose body and every handler leave", () => {
    expect(
      returned("    try:\n        return 'ok'\n    except Exception:\n        raise\n    return df\n"),
    ).toEqual(["'ok'"]);
  });

  it("skips a return after an if whose every branch leaves, or a with whose body does", () => {
    expect(
      returned(
        "    if x:\n        return 1\n    elif y:\n        raise E\n    else:\n        return 2\n    return df\n",
      ),
    ).toEqual(["1", "2"]);
    expect(returned("    with open(x) as h:\n        return h.read()\n    return df\n")).toEqual([
      "h.read()",
    ]);
  });

  it("keeps a return after a try a handler falls out of, or an if without else", () => {
    expect(
      returned("    try:\n        return 'ok'\n    except Exception:\n        log(x)\n    return df\n"),
    ).toEqual(["'ok'", "df"]);
    expect(returned("    if x:\n        return 1\n    return df\n")).toEqual(["1", "df"]);
  });
});
