import { describe, expect, it } from "vitest";
import { Bindings } from "./bindings.js";
import { ModuleContext } from "./module-context.js";
import { parseSyntaxTree, type SyntaxNode } from "./syntax-tree.js";

/** The values reaching the last `use(NAME)` call in the source, as source text. */
function reachingValues(source: string, name: string): string[] {
  const tree = parseSyntaxTree(source);
  const bindings = new Bindings(new ModuleContext(tree));
  const uses = tree.rootNode
    .descendantsOfType("call")
    .filter((c) => c.childForFieldName("function")?.text === "use");
  const use = uses.at(-1)!.childForFieldName("arguments")!.namedChild(0) as SyntaxNode;
  return bindings.reaching(name, use).map((b) => {
    const value = b.value?.text ?? `<${b.kind}${b.annotation ? `: ${b.annotation.text}` : ""}>`;
    return b.index !== undefined ? `${value}[${b.index}]` : value;
  });
}

describe("Bindings.reaching", () => {
  it("takes the last straight-line assignment", () => {
    const source = "def f():\n    x = np.zeros(3)\n    x = x.tolist()\n    use(x)\n";
    expect(reachingValues(source, "x")).toEqual(["x.tolist()"]);
  });

  it("keeps every branch that may reach the use", () => {
    const source = "def f(c):\n    if c:\n        x = np.zeros(3)\n    else:\n        x = []\n    use(x)\n";
    expect(reachingValues(source, "x")).toEqual(["[]", "np.zeros(3)"]);
  });

  it("stops at an unconditional assignment before the branches", () => {
    const source = "def f(c):\n    x = 1\n    x = 2\n    if c:\n        x = np.zeros(3)\n    use(x)\n";
    expect(reachingValues(source, "x")).toEqual(["np.zeros(3)", "2"]);
  });

  it("ignores assignments after the use", () => {
    const source = "def f():\n    x = np.zeros(3)\n    use(x)\n    x = []\n";
    expect(reachingValues(source, "x")).toEqual(["np.zeros(3)"]);
  });

  it("follows tuple unpacking by position", () => {
    const source = "def f():\n    a, b = split(data)\n    use(b)\n";
    expect(reachingValues(source, "b")).toEqual(["split(data)[1]"]);
  });

  it("resolves parameters with their annotation", () => {
    const source = "def f(frame: pd.DataFrame):\n    use(frame)\n";
    expect(reachingValues(source, "frame")).toEqual(["<parameter: pd.DataFrame>"]);
  });

  it("sees an enclosing function's variables from a nested task", () => {
    const source = 'def dag_body():\n    out = "/tmp/x.npz"\n    def task_fn():\n        use(out)\n';
    expect(reachingValues(source, "out")).toEqual(['"/tmp/x.npz"']);
  });

  it("falls back to module constants", () => {
    const source = 'BUCKET = "s3://b"\ndef f():\n    use(BUCKET)\n';
    expect(reachingValues(source, "BUCKET")).toEqual(['"s3://b"']);
  });

  it("binds with-statement targets", () => {
    const source = 'def f():\n    with open(p, "wb") as fh:\n        use(fh)\n';
    expect(reachingValues(source, "fh")).toEqual(['open(p, "wb")']);
  });

  it("does not take the assignment that contains the use as its value", () => {
    const source = "def f():\n    x = np.zeros(3)\n    x = use(x)\n";
    expect(reachingValues(source, "x")).toEqual(["np.zeros(3)"]);
  });

  it("gives nothing for unknown names", () => {
    expect(reachingValues("def f():\n    use(y)\n", "y")).toEqual([]);
  });
});

describe("Bindings.moduleBindings", () => {
  it("lists the module scope's bindings of a name, in blocks too, not in functions or classes", () => {
    const source = [
      "s3 = S3Tools('a')",
      "with DAG('d'):",
      "    s3 = S3Tools('b')",
      "def f():",
      "    s3 = Other()",
      "class C:",
      "    s3 = Other()",
      "for s3 in tools:",
      "    pass",
      "",
    ].join("\n");
    const bindings = new Bindings(new ModuleContext(parseSyntaxTree(source)));
    expect(bindings.moduleBindings("s3").map((b) => `${b.kind} ${b.value?.text}`)).toEqual([
      "assign S3Tools('a')",
      "assign S3Tools('b')",
      "for tools",
    ]);
    expect(bindings.moduleBindings("lt")).toEqual([]);
  });
});
