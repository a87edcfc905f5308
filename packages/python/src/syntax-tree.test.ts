/**
 * The copied tree against tree-sitter's own answers, node by node: the copy reads some offsets
 * from the text instead of asking (syntax-tree.ts), and extractors rely on it meaning exactly
 * what node-tree-sitter's API means.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { generateFile } from "../../../bench/generate.js";
import { freePythonTree, parsePython, selectPythonParser, type PythonParserKind } from "./parse.js";
import { parseSyntaxTree } from "./syntax-tree.js";

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");

/** Sources the copy must get right: every kind of token next to every kind of separator. */
const TRICKY: Record<string, string> = {
  "CRLF, tabs, form feeds": "import numpy as np\r\n\r\ndef f(a,\tb):\r\n\f    return a  # done\r\n",
  "comments ending in CR": "x = 1  # one\r\ny = 2 # two\r\r\n# last",
  "non-BMP and non-ASCII identifiers":
    "caf\u00e9 = 1\nna\u00efve_\u00e9t\u00e9 = caf\u00e9 + 2\ns = '\u{1F600}' # \u{1F680}\n\u{1D4B3} = 3\n",
  "Unicode spaces between tokens": "x\u00a0= 1\ny =\u200b2\nz = \u2060 3\n\ufeffw = 4\n",
  "f-strings with format specs and nested fields":
    'f"{x!r:>{width}.{p}f} {y=} {{lit}} {z:%Y-%m-%d}"\nf"""\n  {a}\n  b"""\n',
  "string prefixes and escapes":
    "a = rb'\\x00'\nb = u\"caf\\u00e9\"\nc = '''multi\nline'''\nd = 'a' 'b' f'{c}'\n",
  "line continuations": "total = 1 + \\\n    2 + \\\n  3\nif a and \\\n   b: pass\n",
  "spaced two-word operators": "a = x is   not y\nb = x not\tin y\nc = x is not y\n",
  "soft keywords and Python 2":
    "match = 1\ntype = 2\nprint >> f, 'x'\nexec 'code'\nmatch x:\n    case [a, *_]: pass\n",
  "decorators, lambdas, walrus, star-args":
    "@task(multiple_outputs=True)\ndef f(*a, **k):\n    return [y := g(x) for x in a if (lambda q: q)(x)]\n",
  "empty file": "",
  "only a comment": "# nothing here",
  "syntax errors and missing tokens": "def f(:\n    return (1 +\nx = [1, 2\ny = )\nclass\n",
  "a missing closing bracket at the end": "call(a, b",
  "deep nesting": "x = " + "(".repeat(300) + "1" + ")".repeat(300) + "\n",
  numbers: "a = 1_000 + 0x_FF + 1e-3j + 0o17 + .5 + 5. + 1L\n",
  "blocks padded by hidden tokens":
    "match x:\n    case [a, *_]: pass\n    case _:\n        y = 1\n@dec\n\n@other(1)\nclass A: pass\nif a: b = 1; c = 2;\nelse:\n  # a comment at the dedent\n    pass\n# trailing\n",
  "comments between indented lines":
    "def f():\n    x = 1\n        # deeper comment\n  # shallower comment\n    return x\n",
};

function corpus(): { name: string; source: string }[] {
  const files: { name: string; source: string }[] = [];
  for (const dir of ["fixtures", "examples"]) {
    for (const entry of readdirSync(path.join(REPO, dir), { recursive: true, encoding: "utf8" })) {
      if (!entry.endsWith(".py")) continue;
      const bytes = readFileSync(path.join(REPO, dir, entry));
      if (bytes.includes(0)) continue;
      files.push({ name: path.join(dir, entry), source: bytes.toString("utf8") });
    }
  }
  for (let index = 0; index < 60; index++)
    files.push({ name: `generated #${index}`, source: generateFile(7, index).text });
  for (const [name, source] of Object.entries(TRICKY)) files.push({ name, source });
  return files;
}

/** The node API both backends share (node-tree-sitter's and web-tree-sitter's), as far as the test asks. */
interface TreeSitterNode {
  id: number;
  type: string;
  text: string;
  startIndex: number;
  endIndex: number;
  startPosition: { row: number; column: number };
  endPosition: { row: number; column: number };
  isNamed: boolean;
  isMissing: boolean;
  hasError: boolean;
  childCount: number;
  namedChildCount: number;
  children: (TreeSitterNode | null)[];
  namedChildren: (TreeSitterNode | null)[];
  parent: TreeSitterNode | null;
  nextSibling: TreeSitterNode | null;
  fieldNameForChild(index: number): string | null | undefined;
  childForFieldName(name: string): TreeSitterNode | null;
  childrenForFieldName(name: string): (TreeSitterNode | null)[];
  descendantsOfType(type: string): (TreeSitterNode | null)[];
  descendantForIndex(start: number, end: number): TreeSitterNode | null;
}

function treeSitterRoot(source: string): TreeSitterNode {
  return parsePython(source).rootNode as unknown as TreeSitterNode;
}

/** tree-sitter's nodes in pre-order, each with the field it fills in its parent. */
function nativeNodes(root: TreeSitterNode): { node: TreeSitterNode; field: string | null }[] {
  const out: { node: TreeSitterNode; field: string | null }[] = [];
  const stack: { node: TreeSitterNode; field: string | null }[] = [{ node: root, field: null }];
  while (stack.length) {
    const entry = stack.pop()!;
    out.push(entry);
    const children = entry.node.children;
    for (let i = children.length - 1; i >= 0; i--)
      stack.push({ node: children[i]! as TreeSitterNode, field: entry.node.fieldNameForChild(i) ?? null });
  }
  return out;
}

/** What the frontend asks of a node, in the API both trees share. */
interface NodeFacts {
  type: string;
  startIndex: number;
  endIndex: number;
  startPosition: { row: number; column: number };
  endPosition: { row: number; column: number };
  isNamed: boolean;
  isMissing: boolean;
  hasError: boolean;
  childCount: number;
  namedChildCount: number;
}

/** Those facts as plain data, with the field the node fills in its parent. */
function facts(node: NodeFacts, field: string | null) {
  return {
    type: node.type,
    startIndex: node.startIndex,
    endIndex: node.endIndex,
    startPosition: node.startPosition,
    endPosition: node.endPosition,
    isNamed: node.isNamed,
    isMissing: node.isMissing,
    hasError: node.hasError,
    childCount: node.childCount,
    namedChildCount: node.namedChildCount,
    field,
  };
}

const files = corpus();

/** The copy's columns, as plain arrays. */
function columnsOf(source: string) {
  const tree = parseSyntaxTree(source);
  const { typeIds, fieldIds, starts, ends, parents, nextSiblings, lastDescendants, flags, depth } = tree;
  return [typeIds, fieldIds, starts, ends, parents, nextSiblings, lastDescendants, flags, [depth]].map((c) =>
    Array.from(c),
  );
}

describe("SyntaxTree: the WebAssembly parser copies to the same tree as the native one", () => {
  it("column for column, on every fixture, example, generated DAG and tricky source", async () => {
    const copies = new Map<PythonParserKind, string[]>();
    for (const kind of ["native", "wasm"] as const) {
      await selectPythonParser(kind);
      copies.set(
        kind,
        files.map((file) => JSON.stringify(columnsOf(file.source))),
      );
    }
    const differing = files.filter((_, index) => copies.get("native")![index] !== copies.get("wasm")![index]);
    expect(differing.map((file) => file.name)).toEqual([]);
  });
});

describe.each(["native", "wasm"] as const)("SyntaxTree over the %s parser", (kind) => {
  beforeAll(async () => {
    expect((await selectPythonParser(kind)).kind).toBe(kind);
  });

  it("copies every node of every fixture, example, generated DAG and tricky source exactly", () => {
    expect(files.length).toBeGreaterThan(200);
    const mismatches: string[] = [];
    let compared = 0;
    for (const { name, source } of files) {
      const parsed = parsePython(source);
      const native = nativeNodes(parsed.rootNode as unknown as TreeSitterNode);
      const tree = parseSyntaxTree(source);
      if (tree.nodeCount !== native.length) {
        mismatches.push(`${name}: ${tree.nodeCount} nodes copied, tree-sitter has ${native.length}`);
        continue;
      }
      // The copy sizes its columns by this count: exact, so no walk grows (or trims) them.
      if (parsed.rootNode.descendantCount !== native.length)
        mismatches.push(
          `${name}: descendantCount ${parsed.rootNode.descendantCount}, ${native.length} nodes`,
        );
      native.forEach(({ node, field }, id) => {
        const expected = JSON.stringify(facts(node, field));
        const copy = tree.node(id);
        const actual = JSON.stringify(facts(copy, copy.fieldName));
        if (expected !== actual && mismatches.length < 10)
          mismatches.push(`${name}, node ${id}:\n  tree-sitter ${expected}\n  copy        ${actual}`);
        compared++;
      });
      freePythonTree(parsed);
    }
    expect(mismatches).toEqual([]);
    expect(compared).toBeGreaterThan(100_000);
  });

  it("answers the navigation the extractors use as tree-sitter does", () => {
    const source = files.find((file) => file.name === "generated #3")!.source;
    const nativeRoot = treeSitterRoot(source);
    const tree = parseSyntaxTree(source);
    const native = nativeNodes(nativeRoot).map(({ node }) => node);
    const indexOf = new Map(native.map((node, index) => [node.id, index]));
    const idOf = (node: TreeSitterNode | null) => (node ? indexOf.get(node.id)! : null);
    const fields = [
      "function",
      "arguments",
      "name",
      "body",
      "left",
      "right",
      "value",
      "object",
      "attribute",
      "key",
    ];
    native.forEach((node, id) => {
      const copy = tree.node(id);
      for (const field of fields) {
        expect(copy.childForFieldName(field)?.startIndex ?? null).toBe(
          node.childForFieldName(field)?.startIndex ?? null,
        );
        expect(copy.childrenForFieldName(field).map((c) => c.id)).toEqual(
          node.childrenForFieldName(field).map((child) => idOf(child)),
        );
      }
      expect(copy.parent?.id ?? null).toBe(idOf(node.parent));
      expect(copy.namedChildren.map((c) => c.text)).toEqual(node.namedChildren.map((c) => c!.text));
      expect(copy.nextSibling?.id ?? null).toBe(idOf(node.nextSibling));
    });
    for (const type of ["call", "identifier", "string", "return_statement"]) {
      expect(tree.rootNode.descendantsOfType(type).map((n) => n.startIndex)).toEqual(
        nativeRoot.descendantsOfType(type).map((n) => n!.startIndex),
      );
    }
    for (let at = 0; at < source.length; at += 97) {
      const native = nativeRoot.descendantForIndex(at, at + 3)!;
      const copy = tree.rootNode.descendantForIndex(at, at + 3);
      expect([copy.type, copy.startIndex, copy.endIndex]).toEqual([
        native.type,
        native.startIndex,
        native.endIndex,
      ]);
    }
  });

  it("gives each node one object, and a subtree as a contiguous range of ids", () => {
    const tree = parseSyntaxTree("def f(x):\n    return g(x) + 1\n");
    const [call] = tree.rootNode.descendantsOfType("call");
    expect(call!.parent!.children[0] === call).toBe(true);
    expect(tree.node(call!.id) === call).toBe(true);
    const inside = tree.rootNode
      .descendantsOfType("identifier")
      .filter((n) => n.id > call!.id && n.id <= call!.lastDescendantId);
    expect(inside.map((n) => n.text)).toEqual(["g", "x"]);
  });

  it("copies a file nested 20,000 levels deep without recursion", () => {
    const tree = parseSyntaxTree("x = " + "[".repeat(20_000) + "]".repeat(20_000) + "\n");
    expect(tree.depth).toBeGreaterThan(20_000);
    expect(tree.rootNode.descendantsOfType("list")).toHaveLength(20_000);
  });
});
