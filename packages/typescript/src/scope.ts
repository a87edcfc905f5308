/**
 * What a name refers to, by lexical scope: enough to follow `const df = await dfd.readCSV(…)`
 * from a `return df`, to know that `client` is the handler's `{ client }` parameter, and that
 * `Map` is the global (not a local class named `Map`). The scopes are typescript-eslint's own
 * (`@typescript-eslint/scope-manager`: hoisting, class and `for` scopes, type-only names): ESLint
 * hands us its `sourceCode.scopeManager`, the CLI analyses the tree once. This module only turns a
 * variable into the binding the extractors read. A binding that is reassigned anywhere is not
 * followed, so a converted value is never mistaken for the original.
 */
import { analyze, type Scope, type ScopeManager, type Variable } from "@typescript-eslint/scope-manager";
import type { TSESTree } from "@typescript-eslint/types";
import { isFunction, staticKey, type FunctionNode, type Node, type SyntaxIndex } from "./ast.js";

export type BindingKind = "const" | "let" | "var" | "function" | "class" | "param" | "import" | "catch";

export interface Binding {
  name: string;
  kind: BindingKind;
  /** The identifier that declares the name. */
  id: TSESTree.Identifier;
  /** The declaration: a declarator, function, class, import specifier or the function of a parameter. */
  declaration: Node;
  /** `const x = init`: the initializer, when the name is the whole pattern. */
  init?: Node;
  /** `const { a: { b } } = source` → source and ["a", "b"]; a parameter's keys have no source. */
  destructured?: { source?: Node; keys: string[] };
  /** For parameters: which function, which position. */
  param?: { fn: FunctionNode; index: number };
}

type Assignment = TSESTree.AssignmentExpression | TSESTree.UpdateExpression;

interface PatternName {
  id: TSESTree.Identifier;
  /** Property path inside the destructured value; undefined under a rest element (unknown shape). */
  keys?: string[];
}

function patternNames(pattern: Node, keys: string[] | undefined, out: PatternName[]): void {
  switch (pattern.type) {
    case "Identifier":
      out.push({ id: pattern, ...(keys ? { keys } : {}) });
      return;
    case "AssignmentPattern":
      patternNames(pattern.left, keys, out);
      return;
    case "RestElement":
      patternNames(pattern.argument, undefined, out);
      return;
    case "TSParameterProperty":
      patternNames(pattern.parameter, keys, out);
      return;
    case "ArrayPattern":
      pattern.elements.forEach((element, index) => {
        if (element) patternNames(element, keys ? [...keys, String(index)] : undefined, out);
      });
      return;
    case "ObjectPattern":
      for (const property of pattern.properties) {
        if (property.type === "RestElement") {
          patternNames(property.argument, undefined, out);
          continue;
        }
        const key = staticKey(property as unknown as TSESTree.Property);
        patternNames(property.value, keys && key !== undefined ? [...keys, key] : undefined, out);
      }
      return;
    default:
      return;
  }
}

/** The property path of a name inside a destructuring pattern (undefined when unknown). */
function keysOf(pattern: Node, id: TSESTree.Identifier): string[] | undefined {
  const names: PatternName[] = [];
  patternNames(pattern, [], names);
  return names.find((name) => name.id === id)?.keys;
}

/** typescript-eslint's variable as the binding the extractors read; undefined for what we do not follow. */
function bindingOf(variable: Variable): Binding | undefined {
  const definition = variable.defs[0];
  if (!definition) return undefined;
  const id = definition.name as TSESTree.Identifier;
  if (id.type !== "Identifier") return undefined;
  const name = variable.name;
  switch (definition.type) {
    case "Variable": {
      const declarator = definition.node;
      const declaration = definition.parent;
      const kind: BindingKind =
        declaration.kind === "const" || declaration.kind === "let" ? declaration.kind : "var";
      if (declarator.id.type === "Identifier")
        return {
          name,
          kind,
          id,
          declaration: declarator,
          ...(declarator.init ? { init: declarator.init } : {}),
        };
      const keys = keysOf(declarator.id, id);
      return {
        name,
        kind,
        id,
        declaration: declarator,
        ...(keys ? { destructured: { ...(declarator.init ? { source: declarator.init } : {}), keys } } : {}),
      };
    }
    case "FunctionName":
      return { name, kind: "function", id, declaration: definition.node };
    case "ClassName":
      return { name, kind: "class", id, declaration: definition.node };
    case "ImportBinding":
      return { name, kind: "import", id, declaration: definition.node };
    case "CatchClause":
      return { name, kind: "catch", id, declaration: definition.node };
    case "Parameter": {
      const fn = definition.node as FunctionNode;
      if (!isFunction(fn)) return undefined;
      const index = fn.params.findIndex(
        (param) => param.range[0] <= id.range[0] && id.range[1] <= param.range[1],
      );
      if (index < 0) return undefined;
      const keys = keysOf(fn.params[index]!, id);
      return {
        name,
        kind: "param",
        id,
        declaration: fn,
        param: { fn, index },
        ...(keys && keys.length ? { destructured: { keys } } : {}),
      };
    }
    default:
      return undefined;
  }
}

/**
 * The part of a scope manager we use: typescript-eslint's, or ESLint's own (eslint-scope) for a
 * plain JavaScript file, which has the same shape without type-only names.
 */
export interface ScopeManagerLike {
  acquire(node: TSESTree.Node, inner?: boolean): ScopeLike | null;
  readonly globalScope: ScopeLike | null;
  readonly scopes: readonly { readonly block: TSESTree.Node }[];
}
type ScopeLike = Pick<Scope, "set"> & { readonly upper: ScopeLike | null };

export class Scopes {
  private manager?: ScopeManagerLike;
  private readonly bindings = new Map<Variable, Binding | undefined>();
  private scopeKinds?: Set<string>;

  /** ESLint passes the scopes it already has; the CLI's are made on first use. */
  constructor(
    private readonly index: SyntaxIndex,
    manager?: ScopeManagerLike,
  ) {
    if (manager) this.manager = manager;
  }

  private get scopeManager(): ScopeManagerLike {
    // No lib: a global (`Map`, `Buffer`) is a name without a declaration either way.
    this.manager ??= analyze(this.index.root, { sourceType: "module", lib: [] }) as ScopeManager;
    return this.manager;
  }

  /** The binding an identifier refers to; undefined for globals and unknown names. */
  resolve(identifier: TSESTree.Identifier): Binding | undefined {
    return this.lookup(identifier.name, identifier);
  }

  /** The binding of a name as seen from a node (for names that are not identifiers in the tree). */
  lookup(name: string, from: Node): Binding | undefined {
    for (let scope = this.scopeAt(from); scope; scope = scope.upper) {
      const variable = scope.set.get(name);
      // A type-only name (`interface Map`) does not hide the value of that name.
      if (!variable || variable.isValueVariable === false) continue;
      if (!this.bindings.has(variable)) this.bindings.set(variable, bindingOf(variable));
      return this.bindings.get(variable);
    }
    return undefined;
  }

  /** The innermost scope around a node. */
  private scopeAt(node: Node): ScopeLike | null {
    const manager = this.scopeManager;
    // Only nodes of a kind that made a scope in this file can have one: skip the rest cheaply.
    this.scopeKinds ??= new Set(manager.scopes.map((scope) => scope.block.type));
    for (let current: Node | undefined = node; current; current = this.index.parent(current)) {
      if (!this.scopeKinds.has(current.type)) continue;
      const scope = manager.acquire(current, true);
      if (scope) return scope;
    }
    return manager.globalScope;
  }

  /**
   * Every assignment to a binding after its declaration (`x = v`, `x += v`, `x++`), in source
   * order; undefined when one assigns it through a pattern (`[x] = …`, `({ x } = …)`), whose
   * value we do not follow.
   */
  assignmentsTo(binding: Binding): Assignment[] | undefined {
    const assigned = this.assigned().get(binding.id);
    if (!assigned) return [];
    return assigned.inPattern ? undefined : assigned.plain;
  }

  /** True when the name is assigned anywhere after its declaration: its initializer is not its value. */
  isReassigned(binding: Binding): boolean {
    if (binding.kind === "const" || binding.kind === "import" || binding.kind === "class") return false;
    return this.assigned().has(binding.id);
  }

  /**
   * Per binding (its declaring identifier), what assigns it: plain assignments in source order,
   * and whether a pattern does. One pass over the file's assignments resolves each target once,
   * so asking about many bindings of one name (`total` in every helper) costs no more than
   * asking about one.
   */
  private assigned(): Map<TSESTree.Identifier, { plain: Assignment[]; inPattern: boolean }> {
    if (this.assignedBindings) return this.assignedBindings;
    const assigned = new Map<TSESTree.Identifier, { plain: Assignment[]; inPattern: boolean }>();
    const entry = (id: TSESTree.Identifier) => {
      let found = assigned.get(id);
      if (!found) assigned.set(id, (found = { plain: [], inPattern: false }));
      return found;
    };
    for (const assignment of this.index.assignments) {
      const target = assignment.type === "UpdateExpression" ? assignment.argument : assignment.left;
      if (target.type === "Identifier") {
        const binding = this.resolve(target);
        if (binding) entry(binding.id).plain.push(assignment);
        continue;
      }
      const names: PatternName[] = [];
      patternNames(target, [], names);
      for (const { id } of names) {
        const binding = this.resolve(id);
        if (binding) entry(binding.id).inPattern = true;
      }
    }
    this.assignedBindings = assigned;
    return assigned;
  }

  private assignedBindings?: Map<TSESTree.Identifier, { plain: Assignment[]; inPattern: boolean }>;
}
