/**
 * The nodes of a module by type, collected in ONE native walk of the tree.
 *
 * `node.descendantsOfType(...)` walks every node of the subtree in C, whatever it finds, so its
 * cost is the size of the tree; calling it once per type (or once per statement) was the biggest
 * cost of the frontend after parsing itself. Whole-module lookups go through this index instead.
 * See "Performance" in docs/architecture.md.
 */
import type { SyntaxNode } from "./parse.js";

/**
 * Node types collected up front. An extractor that looks up another type across the module
 * adds it here, so the one walk collects it too (an unlisted type still works, at the price of
 * a walk of its own the first time it is asked for).
 */
export const MODULE_INDEX_TYPES: readonly string[] = [
  "import_statement",
  "import_from_statement",
  "function_definition",
  "decorated_definition",
  "with_statement",
  "call",
];

export class NodeIndex {
  /** Every node of a collected type, in source order. */
  private readonly all: SyntaxNode[];
  private readonly collected: ReadonlySet<string>;
  private readonly byType = new Map<string, readonly SyntaxNode[]>();

  constructor(
    private readonly root: SyntaxNode,
    types: readonly string[] = MODULE_INDEX_TYPES,
  ) {
    this.collected = new Set(types);
    this.all = types.length ? root.descendantsOfType([...types]) : [];
    const buckets = new Map<string, SyntaxNode[]>(types.map((type) => [type, []]));
    // `type` of a named node is a constant of its class: reading it does not cross into native code.
    for (const node of this.all) buckets.get(node.type)?.push(node);
    for (const [type, nodes] of buckets) this.byType.set(type, nodes);
  }

  /** Every node of the given type(s) in the module, in source order. */
  of(...types: string[]): readonly SyntaxNode[] {
    if (types.length === 1) {
      const type = types[0]!;
      let nodes = this.byType.get(type);
      if (!nodes) {
        nodes = this.root.descendantsOfType(type);
        this.byType.set(type, nodes);
      }
      return nodes;
    }
    if (types.every((type) => this.collected.has(type))) {
      const wanted = new Set(types);
      return this.all.filter((node) => wanted.has(node.type));
    }
    return this.root.descendantsOfType(types);
  }
}

/** Nodes that open a scope of their own: what is inside them is not the enclosing code's. */
export const SCOPE_TYPES: ReadonlySet<string> = new Set([
  "function_definition",
  "lambda",
  "class_definition",
]);

/**
 * The nodes of the given types inside `root` that belong to its own code — not to a function,
 * lambda or class nested in it — in source order. A nested scope itself is included when its
 * type is asked for, its contents are not.
 *
 * One native walk and a comparison of offsets, instead of climbing `parent` from every node
 * found (each step a native call returning a node).
 */
export function ownDescendantsOfType(root: SyntaxNode, types: readonly string[]): SyntaxNode[] {
  const wanted = new Set(types);
  const own: SyntaxNode[] = [];
  const rootStart = root.startIndex;
  const rootEnd = root.endIndex;
  /** End of the nested scope being skipped. */
  let skipUntil = -1;
  for (const node of root.descendantsOfType([...new Set([...types, ...SCOPE_TYPES])])) {
    const start = node.startIndex;
    if (start < skipUntil) continue;
    if (SCOPE_TYPES.has(node.type)) {
      const end = node.endIndex;
      // `root` itself comes first when it is a scope: its contents are its own.
      if (!(start === rootStart && end === rootEnd && node.type === root.type)) skipUntil = end;
    }
    if (wanted.has(node.type)) own.push(node);
  }
  return own;
}
