import { describe, expect, it } from "vitest";
import { NodeIndex, ownDescendantsOfType, SCOPE_TYPES } from "./node-index.js";
import { parseSyntaxTree } from "./syntax-tree.js";
import type { SyntaxNode } from "./syntax-tree.js";
// The benchmark's generator: realistic DAG files of every style, deterministic.
import { generateFile } from "../../../bench/generate.js";

const source = `import numpy as np
from pandas import DataFrame

def load():
    import json
    return np.zeros(3)

with DAG("d"):
    load()
`;

describe("NodeIndex", () => {
  const root = parseSyntaxTree(source).rootNode;
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

describe("ownDescendantsOfType", () => {
  const source = `def outer(a, b=lambda: helper(1)):
    x = load(a)
    def inner():
        y = load(2)
        return y
    class Config:
        z = load(3)
        def method(self):
            return load(4)
    f = lambda q: load(q)
    if x:
        return inner()
    return [load(5) for _ in range(3)]
`;
  const outer = parseSyntaxTree(source).rootNode.namedChild(0)!;

  it("skips what nested functions, lambdas and classes contain", () => {
    const texts = (types: string[]) => ownDescendantsOfType(outer, types).map((n) => n.text.split("\n")[0]);
    expect(texts(["call"])).toEqual(["load(a)", "inner()", "load(5)", "range(3)"]);
    expect(texts(["return_statement"])).toEqual(["return inner()", "return [load(5) for _ in range(3)]"]);
    expect(texts(["function_definition", "class_definition"])).toEqual([
      "def outer(a, b=lambda: helper(1)):",
      "def inner():",
      "class Config:",
    ]);
  });

  /** What it replaces: climbing `parent` to the nearest scope from every node. */
  const byClimbing = (root: SyntaxNode, types: string[]) =>
    root.descendantsOfType(types).filter((node) => {
      let current = node.parent;
      while (current && !SCOPE_TYPES.has(current.type)) current = current.parent;
      return node.id === root.id || !current || current.id === root.id;
    });

  it("agrees with climbing to the nearest scope, on generated DAG files", () => {
    for (let index = 0; index < 12; index++) {
      const root = parseSyntaxTree(generateFile(11, index).text).rootNode;
      const scopes = [root, ...root.descendantsOfType(["function_definition", "lambda"])];
      for (const scope of scopes) {
        const types = ["call", "assignment", "return_statement"];
        expect(ownDescendantsOfType(scope, types).map((n) => n.id)).toEqual(
          byClimbing(scope, types).map((n) => n.id),
        );
      }
    }
  });
});

describe("NodeIndex.scopeAround", () => {
  const climb = (node: SyntaxNode) => {
    let current = node.parent;
    while (current && !SCOPE_TYPES.has(current.type)) current = current.parent;
    return current ?? undefined;
  };

  it("finds the innermost function, lambda or class around a node, as climbing does", () => {
    const sources = [
      `@task(retries=lambda: 2)
def outer(a, b=lambda x: x + 1):
    class Inner:
        def method(self):
            return [lambda: self for _ in range(3)]
    def sibling():
        pass
    return sibling
f = lambda: lambda: g(1)
`,
      ...Array.from({ length: 8 }, (_, index) => generateFile(13, index).text),
    ];
    for (const source of sources) {
      const root = parseSyntaxTree(source).rootNode;
      const index = new NodeIndex(root);
      const probes = root.descendantsOfType(["identifier", "call", "function_definition", "lambda", "block"]);
      for (const node of probes) expect(index.scopeAround(node)?.id).toBe(climb(node)?.id);
    }
  });
});

describe("NodeIndex.within and NodeIndex.enclosing", () => {
  const COMPREHENSIONS = [
    "list_comprehension",
    "set_comprehension",
    "dictionary_comprehension",
    "generator_expression",
  ];
  const sources = [
    `def f(x):
    g(x)(h(1))
    return [k(v) for v in x if ok(v)] + list(m(y) for y in {z: n(z) for z in x})
`,
    ...Array.from({ length: 8 }, (_, index) => generateFile(17, index).text),
  ];

  it("gives a subtree's nodes of an indexed type, as descendantsOfType does", () => {
    for (const source of sources) {
      const root = parseSyntaxTree(source).rootNode;
      const index = new NodeIndex(root);
      for (const subtree of [root, ...root.descendantsOfType(["function_definition", "call", "block"])]) {
        expect(index.within(subtree, "call").map((n) => n.id)).toEqual(
          subtree.descendantsOfType("call").map((n) => n.id),
        );
      }
    }
  });

  it("finds the innermost comprehension around a node, as climbing does", () => {
    const climb = (node: SyntaxNode) => {
      let current = node.parent;
      while (current && !COMPREHENSIONS.includes(current.type)) current = current.parent;
      return current ?? undefined;
    };
    for (const source of sources) {
      const root = parseSyntaxTree(source).rootNode;
      const index = new NodeIndex(root);
      for (const node of root.descendantsOfType(["identifier", "call", ...COMPREHENSIONS])) {
        expect(index.enclosing(node, COMPREHENSIONS)?.id).toBe(climb(node)?.id);
      }
    }
  });
});
