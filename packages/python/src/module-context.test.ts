import { describe, expect, it } from "vitest";
import { ModuleContext } from "./module-context.js";
import { parseSyntaxTree } from "./syntax-tree.js";

const source = `

# é 😀 — offsets count UTF-16 units, and the module starts after this comment
import numpy as np
from pandas import read_csv as rc
import airflow.sdk as sdk

np.zeros(3)
rc("a.csv").dropna().groupby("k")(1)
f(x)(y)
a.b(c).d(e)
np . zeros(1)
np.\\
    ones(2)
(np).full(3)
True.real()
sdk.task(retries=2)(fn)
values[0](1)
"sep".join(parts)
print(len(x))
`;

describe("ModuleContext.qualifiedCallee", () => {
  const tree = parseSyntaxTree(source);
  const context = new ModuleContext(tree);
  const calls = tree.rootNode.descendantsOfType("call");
  const named = (text: string) => context.qualifiedCallee(calls.find((c) => c.text === text)!);

  it("names the callee of every call as resolving the callee node does", () => {
    for (const call of calls) {
      const callee = call.childForFieldName("function")!;
      expect([call.text, context.qualifiedCallee(call)]).toEqual([call.text, context.qualify(callee)]);
    }
  });

  it("resolves aliases and reads through calls of calls", () => {
    expect(named("np.zeros(3)")).toBe("numpy.zeros");
    expect(named('rc("a.csv")')).toBe("pandas.read_csv");
    expect(named("f(x)")).toBe("f");
    expect(named("f(x)(y)")).toBeUndefined();
    expect(named("a.b(c).d(e)")).toBeUndefined();
    expect(named("np . zeros(1)")).toBe("numpy.zeros");
    expect(named("sdk.task(retries=2)")).toBe("airflow.sdk.task");
    expect(named("True.real()")).toBeUndefined();
    expect(named("len(x)")).toBe("len");
  });
});

describe("ModuleContext.leadingName", () => {
  it("reads the name a node's text starts with", () => {
    const tree = parseSyntaxTree(`# é😀\nload.expand(x=[1])\n(grouped)(1)\n`);
    const context = new ModuleContext(tree);
    const [expand, grouped] = tree.rootNode.descendantsOfType("call");
    expect(context.leadingName(expand!)).toBe("load");
    expect(context.leadingName(grouped!)).toBeUndefined();
  });
});

describe("ModuleContext.functions", () => {
  it("names the module's own function where a method or nested function of the name comes first", () => {
    const tree = parseSyntaxTree(
      [
        "class Backup:",
        "    def describe(self):",
        "        pass",
        "def task_body():",
        "    def helper():",
        "        pass",
        "    return helper()",
        "@decorated",
        "def describe():",
        "    pass",
        "def only_nested_first():",
        "    def inner():",
        "        pass",
        "",
      ].join("\n"),
    );
    const context = new ModuleContext(tree);
    const lineOf = (name: string) => context.functions.get(name)?.startPosition.row;
    expect(lineOf("describe")).toBe(8);
    // Only nested: the first definition, as before.
    expect(lineOf("helper")).toBe(4);
    expect(lineOf("inner")).toBe(11);
  });

  it("names the later of two module-level definitions of a name, as at run time", () => {
    const tree = parseSyntaxTree(
      [
        "def download():",
        "    pass",
        "def download():",
        "    pass",
        "def upload():",
        "    def download():",
        "        pass",
        "",
      ].join("\n"),
    );
    const lineOf = (name: string) => new ModuleContext(tree).functions.get(name)?.startPosition.row;
    expect(lineOf("download")).toBe(2);
  });
});
