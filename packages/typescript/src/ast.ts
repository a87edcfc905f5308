/**
 * Small helpers over typescript-eslint's AST (TSESTree). The same code runs on the tree the
 * CLI parses and on the tree ESLint hands a rule: ESLint's nodes carry `parent` pointers, which
 * are used when present; for the CLI's tree the parent map is built once per file.
 */
import type { Span } from "@dag-transport/core";
import type { TSESTree } from "@typescript-eslint/types";
import { visitorKeys } from "@typescript-eslint/visitor-keys";

export type Node = TSESTree.Node;
export type Expression = TSESTree.Expression;
export type FunctionNode =
  TSESTree.ArrowFunctionExpression | TSESTree.FunctionExpression | TSESTree.FunctionDeclaration;

const FUNCTION_TYPES = new Set(["ArrowFunctionExpression", "FunctionExpression", "FunctionDeclaration"]);

export function isFunction(node: Node | null | undefined): node is FunctionNode {
  return !!node && FUNCTION_TYPES.has(node.type);
}

/** Child nodes in source order, by typescript-eslint's visitor keys. */
export function childrenOf(node: Node): Node[] {
  const children: Node[] = [];
  pushChildren(node, children);
  return children;
}

/** Appends a node's children, in source order, to `out`. */
function pushChildren(node: Node, out: Node[]): void {
  const keys = visitorKeys[node.type];
  if (!keys) return;
  for (const key of keys) {
    const value = (node as unknown as Record<string, unknown>)[key];
    if (Array.isArray(value)) {
      for (const item of value)
        if (item && typeof (item as { type?: unknown }).type === "string") out.push(item as Node);
    } else if (value && typeof (value as { type?: unknown }).type === "string") {
      out.push(value as Node);
    }
  }
}

/**
 * A step of ESLint's traversal of the tree (`sourceCode.traverse()`, ESLint's `VisitNodeStep`):
 * kind 1 visits `target`, a node, entering it (phase 1) or leaving it (phase 2); other kinds
 * (code-path events) are skipped.
 */
export interface TraversalStep {
  readonly kind: number;
  readonly target: unknown;
  readonly phase?: number;
}

/**
 * Every node of a file with its parent, visited once without recursion (a deeply nested
 * expression must not overflow the stack), plus the node lists the extractors ask for. Inside
 * ESLint the tree has been walked already: given ESLint's traversal steps, the index is read
 * off them instead of walking the tree again (the same nodes in the same order, ESLint walking
 * by the parser's visitor keys, typescript-eslint's as here).
 */
export class SyntaxIndex {
  private readonly parents = new WeakMap<Node, Node>();
  /** ESLint's tree already has `parent` pointers: then the map is not built. */
  private readonly hasParents: boolean;
  readonly calls: TSESTree.CallExpression[] = [];
  readonly news: TSESTree.NewExpression[] = [];
  readonly functions: FunctionNode[] = [];
  readonly returns: TSESTree.ReturnStatement[] = [];
  readonly assignments: (TSESTree.AssignmentExpression | TSESTree.UpdateExpression)[] = [];
  /** Member expressions and `in` tests, in source order (environment reads, `env-reads.ts`). */
  readonly members: TSESTree.MemberExpression[] = [];
  readonly inTests: TSESTree.BinaryExpression[] = [];

  constructor(
    readonly root: TSESTree.Program,
    steps?: readonly TraversalStep[],
  ) {
    const first = root.body[0];
    this.hasParents = first !== undefined && (first as { parent?: Node }).parent === root;
    if (steps && this.hasParents && stepsWalk(steps, root)) this.fromSteps(steps);
    else this.walk();
    // Source order, so facts come out in the order a reader meets them.
    const bySource = (a: Node, b: Node) => a.range[0] - b.range[0];
    this.calls.sort(bySource);
    this.news.sort(bySource);
    this.returns.sort(bySource);
  }

  /** The index from ESLint's steps: every node entered, in the order ESLint entered it. */
  private fromSteps(steps: readonly TraversalStep[]): void {
    for (let i = 0; i < steps.length; i++) {
      const step = steps[i]!;
      if (step.kind === 1 && step.phase === 1) this.add(step.target as Node);
    }
  }

  /** The index from a walk of its own, in pre-order by typescript-eslint's visitor keys. */
  private walk(): void {
    const stack: Node[] = [this.root];
    while (stack.length) {
      const node = stack.pop()!;
      this.add(node);
      // Children pushed in source order, then the new part of the stack reversed: popped in source order.
      const from = stack.length;
      pushChildren(node, stack);
      for (let i = from; i < stack.length; i++) {
        if (!this.hasParents) this.parents.set(stack[i]!, node);
      }
      for (let i = from, j = stack.length - 1; i < j; i++, j--) {
        const t = stack[i]!;
        stack[i] = stack[j]!;
        stack[j] = t;
      }
    }
  }

  /** Files a node in the lists it belongs to. */
  private add(node: Node): void {
    switch (node.type) {
      case "CallExpression":
        this.calls.push(node);
        break;
      case "NewExpression":
        this.news.push(node);
        break;
      case "ReturnStatement":
        this.returns.push(node);
        break;
      case "AssignmentExpression":
      case "UpdateExpression":
        this.assignments.push(node);
        break;
      case "MemberExpression":
        this.members.push(node);
        break;
      case "BinaryExpression":
        if (node.operator === "in") this.inTests.push(node);
        break;
      default:
        if (isFunction(node)) this.functions.push(node);
    }
  }

  parent(node: Node): Node | undefined {
    if (this.hasParents) return node === this.root ? undefined : (node.parent ?? undefined);
    return this.parents.get(node);
  }

  /** The function whose body directly contains the node (not a function nested in it). */
  enclosingFunction(node: Node): FunctionNode | undefined {
    for (let current = this.parent(node); current; current = this.parent(current)) {
      if (isFunction(current)) return current;
    }
    return undefined;
  }

  /**
   * The nodes of a source-ordered list (`calls`, `news`, `returns`) that lie inside `container`:
   * a binary search, so asking per task stays cheap in files with thousands of tasks.
   */
  within<T extends Node>(list: readonly T[], container: Node): T[] {
    const [start, end] = container.range;
    let low = 0;
    let high = list.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (list[mid]!.range[0] < start) low = mid + 1;
      else high = mid;
    }
    const found: T[] = [];
    for (let i = low; i < list.length && list[i]!.range[0] < end; i++) {
      if (list[i]!.range[1] <= end) found.push(list[i]!);
    }
    return found;
  }

  /** True when `node` lies inside `ancestor` (or is it). */
  isWithin(node: Node, ancestor: Node): boolean {
    return node.range[0] >= ancestor.range[0] && node.range[1] <= ancestor.range[1];
  }
}

/**
 * True when the steps are a walk of this tree: the first node entered is its root, and the last
 * node left (code-path events come before and after them).
 */
function stepsWalk(steps: readonly TraversalStep[], root: Node): boolean {
  let first = 0;
  while (first < steps.length && steps[first]!.kind !== 1) first++;
  let last = steps.length - 1;
  while (last > first && steps[last]!.kind !== 1) last--;
  const enter = steps[first];
  const leave = steps[last];
  return (
    first < last &&
    enter!.target === root &&
    enter!.phase === 1 &&
    leave!.target === root &&
    leave!.phase === 2
  );
}

export function spanOf(node: { loc: TSESTree.SourceLocation }): Span {
  return {
    line: node.loc.start.line,
    column: node.loc.start.column + 1,
    endLine: node.loc.end.line,
    endColumn: node.loc.end.column + 1,
  };
}

/** Source text of a node shortened for a message: one line, at most `max` characters. */
export function shortText(source: string, node: Node, max = 60): string {
  const oneLine = source.slice(node.range[0], node.range[1]).replace(/\s+/g, " ").trim();
  return oneLine.length > max ? `${oneLine.slice(0, max - 1)}…` : oneLine;
}

/** Strips what does not change the runtime value: parentheses (already gone), `as`, `!`, `satisfies`, `await`. */
export function unwrap(node: Node): Node {
  let current = node;
  for (;;) {
    switch (current.type) {
      case "TSAsExpression":
      case "TSSatisfiesExpression":
      case "TSNonNullExpression":
      case "TSTypeAssertion":
      case "TSInstantiationExpression":
        current = current.expression;
        continue;
      case "AwaitExpression":
        current = current.argument;
        continue;
      case "ChainExpression":
        current = current.expression;
        continue;
      default:
        return current;
    }
  }
}

/** The name of a non-computed property (`a.b` → "b", `a["b"]` → "b"). */
export function propertyName(member: TSESTree.MemberExpression): string | undefined {
  if (!member.computed && member.property.type === "Identifier") return member.property.name;
  if (member.property.type === "Literal" && typeof member.property.value === "string") {
    return member.property.value;
  }
  return undefined;
}

/** The key of an object-literal property when it is static (`a: …`, `"a": …`, `[\`a\`]: …`). */
export function staticKey(property: TSESTree.Property): string | undefined {
  const key = property.key;
  if (!property.computed && key.type === "Identifier") return key.name;
  if (key.type === "Literal" && (typeof key.value === "string" || typeof key.value === "number")) {
    return String(key.value);
  }
  if (key.type === "TemplateLiteral" && key.expressions.length === 0)
    return key.quasis[0]!.value.cooked ?? undefined;
  return undefined;
}

/** Properties of an object literal by static key (the last one wins, as at run time). */
export function objectProperties(node: Node | undefined): Map<string, TSESTree.Property> {
  const properties = new Map<string, TSESTree.Property>();
  if (node?.type !== "ObjectExpression") return properties;
  for (const property of node.properties) {
    if (property.type !== "Property") continue;
    const key = staticKey(property);
    if (key !== undefined) properties.set(key, property);
  }
  return properties;
}

/** The value of an object-literal property, as an expression. */
export function propertyValue(properties: Map<string, TSESTree.Property>, key: string): Node | undefined {
  const property = properties.get(key);
  if (!property) return undefined;
  // `{ client }` (shorthand) has the identifier as its value.
  return property.value;
}

/** `a.b.c` as a list of names; undefined when the chain has calls or computed parts. */
export function dottedParts(node: Node): string[] | undefined {
  const parts: string[] = [];
  let current: Node = unwrap(node);
  for (;;) {
    if (current.type === "Identifier") {
      parts.unshift(current.name);
      return parts;
    }
    if (current.type !== "MemberExpression") return undefined;
    const name = propertyName(current);
    if (name === undefined) return undefined;
    parts.unshift(name);
    current = unwrap(current.object);
  }
}

/** A member path used as an identifier for paths in handed-off values: `.rows`, `["a b"]`, `[0]`. */
export function pathSegment(key: string | number): string {
  if (typeof key === "number") return `[${key}]`;
  return /^[A-Za-z_$][\w$]*$/.test(key) ? `.${key}` : `[${JSON.stringify(key)}]`;
}
