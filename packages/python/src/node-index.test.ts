import { describe, expect, it } from "vitest";
import { NodeIndex } from "./node-index.js";
import { parsePython } from "./parse.js";
import { dottedParts } from "./syntax.js";

const source = `import numpy as np
from pandas import DataFrame

def load():
    import json
    return np.zeros(3)

with DAG("d"):
    load()
`;

describe("NodeIndex", () => {
  const root = parsePython(source).rootNode;
  const index = new NodeIndex(root);

  it("gives the nodes of one type in source order, as descendantsOfType does", () => {
    expect(index.of("call").map((n) => n.text)).toEqual(root.descendantsOfType("call").map((n) => n.text));
    expect(index.of("call").map((n) => n.text)).toEqual(["np.zeros(3)", 'DAG("d")', "load()"]);
  });

  it("merges several types in source order", () => {
    expect(index.of("import_statement", "import_from_statement").map((n) => n.startPosition.row)).toEqual([
      0, 1, 4,
    ]);
  });

  it("walks for a type the first walk did not collect", () => {
    expect(index.of("return_statement").map((n) => n.text)).toEqual(["return np.zeros(3)"]);
    expect(index.of("return_statement", "call").map((n) => n.type)).toEqual([
      "return_statement",
      "call",
      "call",
      "call",
    ]);
  });
});

describe("dottedParts", () => {
  const expression = (code: string) => parsePython(code).rootNode.namedChild(0)!.namedChild(0)!;

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
