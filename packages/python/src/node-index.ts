/**
 * The nodes of a module by type, collected in ONE native walk of the tree.
 *
 * `node.descendantsOfType(...)` walks every node of the subtree in C, whatever it finds, so its
 * cost is the size of the tree; calling it once per type (or once per statement) was the biggest
 * cost of the frontend after parsing itself. Whole-module lookups go through this index instead.
 * See "Performance" in docs/architecture.md.
 */
import type { SyntaxNode, Tree } from "./parse.js";

/**
 * Node types collected up front. An extractor that looks up another type across the module
 * adds it here, so the one walk collects it too (an unlisted type still works, at the price of
 * a walk of its own the first time it is asked for).
 */
export const MODULE_INDEX_TYPES: readonly string[] = [
  "import_statement",
  "import_from_statement",
  "function_definition",
  "lambda",
  "class_definition",
  "list_comprehension",
  "set_comprehension",
  "dictionary_comprehension",
  "generator_expression",
  "decorated_definition",
  "with_statement",
  "call",
  // Bindings of names and returns, read in most functions by the value and location analyses.
  "assignment",
  "augmented_assignment",
  "named_expression",
  "with_item",
  "for_statement",
  "return_statement",
];

/** Nodes with their offsets, in parallel arrays. */
export interface Located {
  nodes: SyntaxNode[];
  starts: number[];
  ends: number[];
}

/** The index of each module, by tree: helpers given any node of the tree can use it. */
const indexes = new WeakMap<Tree, NodeIndex>();

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
    if (root.type === "module") indexes.set(root.tree, this);
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

  private readonly ranges = new Map<string, RangeTable>();
  private positions?: Map<SyntaxNode, number>;
  private readonly offsets = new Map<string, { starts: number[]; ends: number[] }>();

  /**
   * The nodes of one type inside `root` (and `root` itself, if of that type), in source order —
   * what `root.descendantsOfType(type)` gives, taken from the module's collection by a binary
   * search over offsets instead of a walk of the subtree.
   */
  within(root: SyntaxNode, type: string): SyntaxNode[] {
    return this.withinTypes(root, [type]).nodes;
  }

  /** True when the first walk collected every one of these types. */
  collects(types: Iterable<string>): boolean {
    for (const type of types) if (!this.collected.has(type)) return false;
    return true;
  }

  /** Like `within`, for several types at once, in source order, with each node's offsets. */
  withinTypes(root: SyntaxNode, types: readonly string[]): Located {
    const start = root.startIndex;
    const end = root.endIndex;
    const found: Located = { nodes: [], starts: [], ends: [] };
    for (const type of types) {
      const nodes = this.of(type);
      let offsets = this.offsets.get(type);
      if (!offsets) {
        offsets = { starts: nodes.map((node) => node.startIndex), ends: nodes.map((node) => node.endIndex) };
        this.offsets.set(type, offsets);
      }
      const { starts, ends } = offsets;
      let low = 0;
      let high = starts.length;
      while (low < high) {
        const mid = (low + high) >> 1;
        if (starts[mid]! < start) low = mid + 1;
        else high = mid;
      }
      for (let i = low; i < starts.length && starts[i]! < end; i++) {
        // A node that starts with `root` but ends after it is around it (`f(x)` in `f(x)(y)`).
        if (ends[i]! > end) continue;
        found.nodes.push(nodes[i]!);
        found.starts.push(starts[i]!);
        found.ends.push(ends[i]!);
      }
    }
    if (types.length === 1) return found;
    // Source order: the first walk's order for what it collected (exact even for two nodes
    // with the same range, such as `with open(p):`'s item and call), else by offsets.
    const order = found.nodes.map((_, i) => i);
    if (this.collects(types)) {
      this.positions ??= new Map(this.all.map((node, position) => [node, position]));
      const positions = this.positions;
      order.sort((a, b) => positions.get(found.nodes[a]!)! - positions.get(found.nodes[b]!)!);
    } else {
      order.sort((a, b) => found.starts[a]! - found.starts[b]! || found.ends[b]! - found.ends[a]!);
    }
    return {
      nodes: order.map((i) => found.nodes[i]!),
      starts: order.map((i) => found.starts[i]!),
      ends: order.map((i) => found.ends[i]!),
    };
  }

  /**
   * The innermost node of one of the given types around `node` (not `node` itself), or
   * undefined — what climbing `parent` gives, by comparing offsets instead. For types whose
   * nodes start with their own keyword or bracket (`def`, `class`, `lambda`, comprehensions,
   * calls…), so that no node inside one has its exact range.
   */
  enclosing(node: SyntaxNode, types: Iterable<string>): SyntaxNode | undefined {
    const wanted = [...types];
    const key = wanted.join(" ");
    let table = this.ranges.get(key);
    if (!table) {
      table = new RangeTable(this.of(...wanted));
      this.ranges.set(key, table);
    }
    return table.around(node);
  }

  /** The innermost function, lambda or class around `node` (not `node` itself). */
  scopeAround(node: SyntaxNode): SyntaxNode | undefined {
    return this.enclosing(node, SCOPE_TYPES);
  }
}

/** Nodes in source order with their offsets and, for each, the index of the node around it. */
class RangeTable {
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  /** Index of the innermost node around node i; -1 when none is. */
  private readonly outer: number[] = [];

  constructor(private readonly nodes: readonly SyntaxNode[]) {
    const open: number[] = [];
    for (const [i, node] of nodes.entries()) {
      const start = node.startIndex;
      this.starts.push(start);
      this.ends.push(node.endIndex);
      while (open.length && this.ends[open[open.length - 1]!]! <= start) open.pop();
      this.outer.push(open.length ? open[open.length - 1]! : -1);
      open.push(i);
    }
  }

  around(node: SyntaxNode): SyntaxNode | undefined {
    if (this.starts.length === 0) return undefined;
    const start = node.startIndex;
    const end = node.endIndex;
    // The last node starting at or before `node`; the ones around `node` are it and the nodes
    // around it (any other node starting earlier ended before this one started).
    let low = 0;
    let high = this.starts.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this.starts[mid]! <= start) low = mid + 1;
      else high = mid;
    }
    let i = low - 1;
    // One with `node`'s own range is `node` itself (see `enclosing`).
    while (i >= 0 && (this.ends[i]! < end || (this.starts[i] === start && this.ends[i] === end))) {
      i = this.outer[i]!;
    }
    return i >= 0 ? this.nodes[i] : undefined;
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
  const searched = [...new Set([...types, ...SCOPE_TYPES])];
  const index = indexes.get(root.tree);
  // With the module's index, no walk at all: its nodes and offsets, filtered by range.
  const found: Located | SyntaxNode[] = index?.collects(searched)
    ? index.withinTypes(root, searched)
    : root.descendantsOfType(searched);
  const nodes = Array.isArray(found) ? found : found.nodes;
  const startOf = (i: number) => (Array.isArray(found) ? nodes[i]!.startIndex : found.starts[i]!);
  const endOf = (i: number) => (Array.isArray(found) ? nodes[i]!.endIndex : found.ends[i]!);
  const own: SyntaxNode[] = [];
  const rootStart = root.startIndex;
  const rootEnd = root.endIndex;
  /** End of the nested scope being skipped. */
  let skipUntil = -1;
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i]!;
    const start = startOf(i);
    if (start < skipUntil) continue;
    if (SCOPE_TYPES.has(node.type)) {
      const end = endOf(i);
      // `root` itself comes first when it is a scope: its contents are its own.
      if (!(start === rootStart && end === rootEnd && node.type === root.type)) skipUntil = end;
    }
    if (wanted.has(node.type)) own.push(node);
  }
  return own;
}
