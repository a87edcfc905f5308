/**
 * The nodes of a module by type, and the questions extractors ask about where a node sits.
 *
 * Ids are pre-order (syntax-tree.ts): the nodes inside `root` are exactly ids `root.id` …
 * `root.lastDescendantId`, in source order, and `parents` leads from a node to its enclosing
 * ones. Everything here is a binary search or a loop over those typed arrays — no walk that
 * makes node objects for nodes nobody asked about. See "Performance" in docs/architecture.md.
 */
import { typeMask, type SyntaxNode, type SyntaxTree } from "./syntax-tree.js";

export class NodeIndex {
  private readonly tree: SyntaxTree;
  /** Every node of one type in the module, in source order (= id order). */
  private readonly byType = new Map<string, readonly SyntaxNode[]>();

  constructor(private readonly root: SyntaxNode) {
    this.tree = root.tree;
  }

  /** Every node of the given type(s) in the module, in source order. */
  of(...types: string[]): readonly SyntaxNode[] {
    if (types.length !== 1) return this.root.descendantsOfType(types);
    const type = types[0]!;
    let nodes = this.byType.get(type);
    if (!nodes) {
      nodes = this.root.descendantsOfType(type);
      this.byType.set(type, nodes);
    }
    return nodes;
  }

  /** The nodes of one type inside `root` (and `root` itself, if of that type), in source order. */
  within(root: SyntaxNode, type: string): SyntaxNode[] {
    const nodes = this.of(type);
    const first = lowerBound(nodes, root.id);
    const last = lowerBound(nodes, root.lastDescendantId + 1);
    return nodes.slice(first, last);
  }

  /**
   * The innermost node of one of the given types around `node` (not `node` itself), or
   * undefined.
   */
  enclosing(node: SyntaxNode, types: readonly string[]): SyntaxNode | undefined {
    const mask = typeMask(types);
    const { parents, typeIds } = this.tree;
    for (let id = parents[node.id]!; id !== -1; id = parents[id]!) {
      if (mask[typeIds[id]!] === 1) return this.tree.node(id);
    }
    return undefined;
  }

  /** The innermost function, lambda or class around `node` (not `node` itself). */
  scopeAround(node: SyntaxNode): SyntaxNode | undefined {
    return this.enclosing(node, SCOPE_TYPE_LIST);
  }
}

/** The first position in `nodes` (sorted by id) whose id is at least `id`. */
function lowerBound(nodes: readonly SyntaxNode[], id: number): number {
  let low = 0;
  let high = nodes.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (nodes[mid]!.id < id) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Nodes that open a scope of their own: what is inside them is not the enclosing code's. */
export const SCOPE_TYPES: ReadonlySet<string> = new Set([
  "function_definition",
  "lambda",
  "class_definition",
]);
const SCOPE_TYPE_LIST: readonly string[] = [...SCOPE_TYPES];

/**
 * The nodes of the given types inside `root` that belong to its own code — not to a function,
 * lambda or class nested in it — in source order. A nested scope itself is included when its
 * type is asked for, its contents are not (one loop over the subtree's ids, jumping over each
 * nested scope).
 */
export function ownDescendantsOfType(root: SyntaxNode, types: readonly string[]): SyntaxNode[] {
  const { tree } = root;
  const wanted = typeMask(types);
  const scopes = typeMask(SCOPE_TYPE_LIST);
  const { typeIds, lastDescendants } = tree;
  const own: SyntaxNode[] = [];
  if (wanted[typeIds[root.id]!] === 1) own.push(root);
  const last = lastDescendants[root.id]!;
  for (let id = root.id + 1; id <= last; id++) {
    const typeId = typeIds[id]!;
    if (wanted[typeId] === 1) own.push(tree.node(id));
    if (scopes[typeId] === 1) id = lastDescendants[id]!;
  }
  return own;
}
