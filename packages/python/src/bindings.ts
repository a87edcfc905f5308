/**
 * Where a name's value comes from at a given use: the assignments that may reach it.
 *
 * Shared by every extractor that follows values through local variables (value kinds for
 * XComs, paths for storage locations). It is a deliberately small approximation of reaching
 * definitions, enough for task bodies:
 *   - walking back from the use, a binding in a block that encloses the use ends the search
 *     (`x = np.zeros(3); x = x.tolist()` → only the second reaches);
 *   - a binding inside a branch that does not enclose the use *may* reach it and the search
 *     goes on (`if c: x = np.zeros(3)` / `else: x = []` → both);
 *   - names not bound in the function are looked up in enclosing functions (a task nested in
 *     a `@dag` function sees the DAG body's variables), then among module constants.
 * Loops are not iterated: a binding later in a loop body does not reach an earlier use.
 */
import type { ModuleContext } from "./module-context.js";
import { ownDescendantsOfType } from "./node-index.js";
import type { SyntaxNode } from "./syntax-tree.js";

const BINDING_TYPES = [
  "assignment",
  "augmented_assignment",
  "named_expression",
  "with_item",
  "for_statement",
] as const;

export type BindingKind =
  /** `x = value`, `x: T = value`, `x := value` */
  | "assign"
  /** `x += value`: the value is combined with the previous one */
  | "augmented"
  /** `with value as x` */
  | "with"
  /** `for x in value`: x is an element of value */
  | "for"
  /** a function parameter; `annotation` may tell its type */
  | "parameter";

export interface Binding {
  kind: BindingKind;
  /** The bound name's node (identifier) — where the binding happens. */
  target: SyntaxNode;
  /** The assigned expression (absent for a parameter without default). */
  value?: SyntaxNode;
  /** For `a, b = value`: which element of the value this name takes. */
  index?: number;
  /**
   * `x: pd.DataFrame = …` or a parameter's annotation: the expression naming the type (the
   * grammar's `type` node unwrapped, `typeExpression`).
   */
  annotation?: SyntaxNode;
}

/** The expression a `type` field holds (`pd.DataFrame` of `x: pd.DataFrame`). */
/**
 * The value of `name = value` when that plain assignment is the one binding reaching a use (of
 * the bindings `Bindings.reaching` gives for it); undefined for a parameter, a loop variable, an
 * unpacked element, or several bindings.
 */
export function onlyAssignedValue(reaching: readonly Binding[]): SyntaxNode | undefined {
  const only = reaching.length === 1 ? reaching[0] : undefined;
  return only?.kind === "assign" && only.index === undefined ? only.value : undefined;
}

function typeExpression(node: SyntaxNode | null): SyntaxNode | undefined {
  if (!node) return undefined;
  return node.type === "type" ? (node.namedChild(0) ?? node) : node;
}

/** Bindings of one scope (function, lambda or module), by name, in source order. */
class ScopeBindings {
  readonly byName = new Map<string, Binding[]>();

  add(name: string, binding: Binding): void {
    const list = this.byName.get(name);
    if (list) list.push(binding);
    else this.byName.set(name, [binding]);
  }
}

/** Adds bindings for every identifier in an assignment target (`a`, `a, b`, `(a, [b, c])`). */
function bindTargets(
  scope: ScopeBindings,
  target: SyntaxNode,
  make: (identifier: SyntaxNode, index?: number) => Binding,
): void {
  if (target.type === "identifier") {
    scope.add(target.text, make(target));
    return;
  }
  if (target.type === "pattern_list" || target.type === "tuple_pattern" || target.type === "list_pattern") {
    target.namedChildren.forEach((element, index) => {
      if (element.type === "identifier") scope.add(element.text, make(element, index));
    });
  }
}

export class Bindings {
  private readonly scopes = new Map<number, ScopeBindings>();
  /** Each binding's positions, read once (a map of this module's: `memo.ts` says why not a `WeakMap`). */
  private readonly ranges = new Map<Binding, BindingRanges>();

  constructor(private readonly context: ModuleContext) {}

  private scopeOf(scopeNode: SyntaxNode): ScopeBindings {
    const cached = this.scopes.get(scopeNode.id);
    if (cached) return cached;
    const scope = new ScopeBindings();
    this.scopes.set(scopeNode.id, scope);
    this.collectParameters(scopeNode, scope);
    const body = scopeNode.childForFieldName("body");
    if (!body) return scope;
    // The body's own bindings, not those of scopes nested in it (from the module's index:
    // no walk of the body).
    for (const node of ownDescendantsOfType(body, BINDING_TYPES)) this.collectBinding(node, scope);
    return scope;
  }

  private collectParameters(scopeNode: SyntaxNode, scope: ScopeBindings): void {
    const parameters = scopeNode.childForFieldName("parameters");
    if (!parameters) return;
    for (const parameter of parameters.namedChildren) {
      const name =
        parameter.type === "identifier"
          ? parameter
          : (parameter.childForFieldName("name") ??
            parameter.namedChildren.find((c) => c.type === "identifier") ??
            null);
      if (!name || name.type !== "identifier") continue;
      const annotation = typeExpression(parameter.childForFieldName("type"));
      const value = parameter.childForFieldName("value") ?? undefined;
      scope.add(name.text, {
        kind: "parameter",
        target: name,
        ...(value ? { value } : {}),
        ...(annotation ? { annotation } : {}),
      });
    }
  }

  private collectBinding(node: SyntaxNode, scope: ScopeBindings): void {
    switch (node.type) {
      case "assignment": {
        const left = node.childForFieldName("left");
        const right = node.childForFieldName("right") ?? undefined;
        const annotation = typeExpression(node.childForFieldName("type"));
        if (!left) return;
        // `a = b = value`: the right side is itself an assignment.
        const value = right?.type === "assignment" ? (right.childForFieldName("right") ?? undefined) : right;
        bindTargets(scope, left, (target, index) => ({
          kind: "assign",
          target,
          ...(value ? { value } : {}),
          ...(index !== undefined ? { index } : {}),
          ...(annotation ? { annotation } : {}),
        }));
        return;
      }
      case "augmented_assignment": {
        const left = node.childForFieldName("left");
        const value = node.childForFieldName("right");
        if (left?.type === "identifier" && value)
          scope.add(left.text, { kind: "augmented", target: left, value });
        return;
      }
      case "named_expression": {
        const name = node.childForFieldName("name");
        const value = node.childForFieldName("value");
        if (name && value) scope.add(name.text, { kind: "assign", target: name, value });
        return;
      }
      case "with_item": {
        const value = node.childForFieldName("value");
        if (value?.type !== "as_pattern") return;
        const expression = value.namedChild(0);
        const alias = value.childForFieldName("alias");
        const target = alias?.type === "as_pattern_target" ? alias.namedChild(0) : alias;
        if (expression && target) {
          bindTargets(scope, target, (identifier) => ({
            kind: "with",
            target: identifier,
            value: expression,
          }));
        }
        return;
      }
      case "for_statement": {
        const left = node.childForFieldName("left");
        const right = node.childForFieldName("right");
        if (left && right) {
          bindTargets(scope, left, (target, index) => ({
            kind: "for",
            target,
            value: right,
            ...(index !== undefined ? { index } : {}),
          }));
        }
        return;
      }
    }
  }

  /**
   * The bindings of `name` that may reach `use`, nearest first. Empty when the name is
   * unknown (a builtin, an import — ask ModuleContext — or a global set elsewhere).
   */
  reaching(name: string, use: SyntaxNode): Binding[] {
    // By offsets (`scopeAround`): climbing `parent` from every use was the costliest part.
    const scopes = this.context.nodes;
    const useScope = scopes.scopeAround(use);
    for (let scopeNode = useScope; scopeNode; scopeNode = scopes.scopeAround(scopeNode)) {
      if (scopeNode.type === "class_definition") continue;
      const bindings = this.scopeOf(scopeNode).byName.get(name);
      if (bindings?.length) return reachingFrom(bindings, use, scopeNode.id === useScope?.id, this.ranges);
    }
    const constant = this.context.constants.get(name);
    const target = constant?.parent?.childForFieldName("left");
    if (constant && target) return [{ kind: "assign", target, value: constant }];
    // DAG code at module level (`with DAG(...):` then `raw = extract(); load(raw)`): the
    // module's own assignments before the use. Uses inside functions keep to their scopes and
    // the module constants.
    if (useScope) return [];
    const bindings = this.moduleScope().byName.get(name);
    return bindings?.length ? reachingFrom(bindings, use, true, this.ranges) : [];
  }

  /**
   * Every binding of `name` in the module's own scope (DAG code at module level, `if` and `with`
   * blocks included; not functions or classes), in source order.
   */
  moduleBindings(name: string): readonly Binding[] {
    return this.moduleScope().byName.get(name) ?? [];
  }

  private moduleScope(): ScopeBindings {
    const root = this.context.tree.rootNode;
    const cached = this.scopes.get(root.id);
    if (cached) return cached;
    const scope = new ScopeBindings();
    this.scopes.set(root.id, scope);
    for (const node of ownDescendantsOfType(root, BINDING_TYPES)) this.collectBinding(node, scope);
    return scope;
  }
}

/** The statement-level block (or module) that directly contains a node's statement. */
function enclosingBlock(node: SyntaxNode): SyntaxNode | undefined {
  for (let current = node.parent; current; current = current.parent) {
    if (current.type === "block" || current.type === "module") return current;
  }
  return undefined;
}

/**
 * @param sameScope the use is in the bindings' own scope; a use in an inner function (which
 *   runs later, e.g. a task inside a `@dag` body) sees the outer scope's bindings wherever they are.
 */
function reachingFrom(
  bindings: readonly Binding[],
  use: SyntaxNode,
  sameScope: boolean,
  known: Map<Binding, BindingRanges>,
): Binding[] {
  const reaching: Binding[] = [];
  const useStart = use.startIndex;
  const useEnd = use.endIndex;
  const encloses = (range: Range | undefined) =>
    range !== undefined && range[0] <= useStart && useEnd <= range[1];
  for (let i = bindings.length - 1; i >= 0; i--) {
    const binding = bindings[i]!;
    if (binding.kind === "parameter") {
      reaching.push(binding);
      break;
    }
    const ranges = rangesOf(binding, known);
    if (sameScope && ranges.target >= useStart) continue;
    // `x = f(x)`: the target of the assignment that contains the use is not its value.
    if (encloses(ranges.value)) continue;
    reaching.push(binding);
    if (binding.kind !== "augmented" && encloses(ranges.block)) break;
  }
  return reaching;
}

type Range = [number, number];

/** Positions of a binding, read once: each read of a node position is a native call. */
interface BindingRanges {
  target: number;
  value?: Range;
  block?: Range;
}

function rangesOf(binding: Binding, known: Map<Binding, BindingRanges>): BindingRanges {
  let ranges = known.get(binding);
  if (!ranges) {
    const block = enclosingBlock(binding.target);
    ranges = {
      target: binding.target.startIndex,
      ...(binding.value ? { value: [binding.value.startIndex, binding.value.endIndex] as Range } : {}),
      ...(block ? { block: [block.startIndex, block.endIndex] as Range } : {}),
    };
    known.set(binding, ranges);
  }
  return ranges;
}
