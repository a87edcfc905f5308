import { parse } from "@typescript-eslint/typescript-estree";
import type { TSESTree } from "@typescript-eslint/types";
import { describe, expect, it } from "vitest";
import { childrenOf, SyntaxIndex, type Node } from "./ast.js";

const CODE = `const a = f(1);\nfunction g() { return a + 1; }\n`;

/** Every node with the parent the walk found it under. */
function pairs(root: Node): [Node, Node][] {
  const out: [Node, Node][] = [];
  const stack: Node[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    for (const child of childrenOf(node)) {
      out.push([child, node]);
      stack.push(child);
    }
  }
  return out;
}

/** What ESLint does to the tree before rules see it. */
function withParentPointers(root: Node): void {
  for (const [child, parent] of pairs(root)) (child as { parent?: Node }).parent = parent;
}

describe("SyntaxIndex parents", () => {
  it("builds its own map for the CLI's tree (no parent pointers)", () => {
    const root = parse(CODE, { range: true, loc: true }) as TSESTree.Program;
    const index = new SyntaxIndex(root);
    for (const [child, parent] of pairs(root)) expect(index.parent(child)).toBe(parent);
    expect(index.parent(root)).toBeUndefined();
  });

  it("uses ESLint's parent pointers when the tree has them", () => {
    const root = parse(CODE, { range: true, loc: true }) as TSESTree.Program;
    withParentPointers(root);
    const index = new SyntaxIndex(root);
    for (const [child, parent] of pairs(root)) expect(index.parent(child)).toBe(parent);
    expect(index.parent(root)).toBeUndefined();
    expect(index.calls).toHaveLength(1);
    expect(index.returns).toHaveLength(1);
  });
});
