/**
 * What a name refers to, by lexical scope: enough to follow `const df = await dfd.readCSV(…)`
 * from a `return df`, to know that `client` is the handler's `{ client }` parameter, and that
 * `Map` is the global (not a local class named `Map`). Deliberately small: a binding that is
 * reassigned anywhere is not followed, so a converted value is never mistaken for the original.
 */
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

const SCOPE_TYPES = new Set([
  "Program",
  "BlockStatement",
  "StaticBlock",
  "ForStatement",
  "ForInStatement",
  "ForOfStatement",
  "CatchClause",
  "SwitchStatement",
  "TSModuleBlock",
  "ArrowFunctionExpression",
  "FunctionExpression",
  "FunctionDeclaration",
]);

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

export class Scopes {
  private readonly tables = new WeakMap<Node, Map<string, Binding>>();
  private reassignedIds?: WeakSet<TSESTree.Identifier>;

  constructor(private readonly index: SyntaxIndex) {}

  /** The binding an identifier refers to; undefined for globals and unknown names. */
  resolve(identifier: TSESTree.Identifier): Binding | undefined {
    const name = identifier.name;
    for (let current: Node | undefined = identifier; current; current = this.index.parent(current)) {
      if (!SCOPE_TYPES.has(current.type)) continue;
      const binding = this.table(current).get(name);
      if (binding) return binding;
    }
    return undefined;
  }

  /** The binding of a name as seen from a node (for names that are not identifiers in the tree). */
  lookup(name: string, from: Node): Binding | undefined {
    for (let current: Node | undefined = from; current; current = this.index.parent(current)) {
      if (!SCOPE_TYPES.has(current.type)) continue;
      const binding = this.table(current).get(name);
      if (binding) return binding;
    }
    return undefined;
  }

  /**
   * Every assignment to a binding after its declaration (`x = v`, `x += v`, `x++`), in source
   * order; undefined when one assigns it through a pattern (`[x] = …`, `({ x } = …)`), whose
   * value we do not follow.
   */
  assignmentsTo(binding: Binding): (TSESTree.AssignmentExpression | TSESTree.UpdateExpression)[] | undefined {
    const found: (TSESTree.AssignmentExpression | TSESTree.UpdateExpression)[] = [];
    for (const assignment of this.index.assignments) {
      const target = assignment.type === "UpdateExpression" ? assignment.argument : assignment.left;
      if (target.type === "Identifier") {
        if (target.name === binding.name && this.resolve(target)?.id === binding.id) found.push(assignment);
        continue;
      }
      const names: PatternName[] = [];
      patternNames(target, [], names);
      if (names.some(({ id }) => id.name === binding.name && this.resolve(id)?.id === binding.id))
        return undefined;
    }
    return found;
  }

  /** True when the name is assigned anywhere after its declaration: its initializer is not its value. */
  isReassigned(binding: Binding): boolean {
    if (binding.kind === "const" || binding.kind === "import" || binding.kind === "class") return false;
    if (!this.reassignedIds) {
      this.reassignedIds = new WeakSet();
      for (const assignment of this.index.assignments) {
        const target = assignment.type === "UpdateExpression" ? assignment.argument : assignment.left;
        const names: PatternName[] = [];
        patternNames(target, [], names);
        for (const { id } of names) {
          const resolved = this.resolve(id);
          if (resolved) this.reassignedIds.add(resolved.id);
        }
      }
    }
    return this.reassignedIds.has(binding.id);
  }

  private table(scope: Node): Map<string, Binding> {
    let table = this.tables.get(scope);
    if (table) return table;
    table = new Map();
    this.tables.set(scope, table);
    const add = (binding: Binding) => {
      if (!table!.has(binding.name)) table!.set(binding.name, binding);
    };

    if (isFunction(scope)) {
      if (scope.type === "FunctionExpression" && scope.id) {
        add({ name: scope.id.name, kind: "function", id: scope.id, declaration: scope });
      }
      scope.params.forEach((param, index) => {
        const names: PatternName[] = [];
        patternNames(param, [], names);
        for (const { id, keys } of names) {
          add({
            name: id.name,
            kind: "param",
            id,
            declaration: scope,
            param: { fn: scope, index },
            ...(keys && keys.length ? { destructured: { keys } } : {}),
          });
        }
      });
      return table;
    }

    const statements: Node[] = [];
    switch (scope.type) {
      case "Program":
      case "BlockStatement":
      case "StaticBlock":
      case "TSModuleBlock":
        statements.push(...scope.body);
        break;
      case "ForStatement":
        if (scope.init) statements.push(scope.init);
        break;
      case "ForInStatement":
      case "ForOfStatement":
        statements.push(scope.left);
        break;
      case "SwitchStatement":
        for (const switchCase of scope.cases) statements.push(...switchCase.consequent);
        break;
      case "CatchClause":
        if (scope.param) {
          const names: PatternName[] = [];
          patternNames(scope.param, undefined, names);
          for (const { id } of names) add({ name: id.name, kind: "catch", id, declaration: scope });
        }
        break;
    }

    for (let statement of statements) {
      if (statement.type === "ExportNamedDeclaration" && statement.declaration)
        statement = statement.declaration;
      if (statement.type === "ExportDefaultDeclaration") statement = statement.declaration;
      switch (statement.type) {
        case "VariableDeclaration":
          for (const declarator of statement.declarations) {
            const kind: BindingKind =
              statement.kind === "const" || statement.kind === "let" ? statement.kind : "var";
            if (declarator.id.type === "Identifier") {
              add({
                name: declarator.id.name,
                kind,
                id: declarator.id,
                declaration: declarator,
                ...(declarator.init ? { init: declarator.init } : {}),
              });
              continue;
            }
            const names: PatternName[] = [];
            patternNames(declarator.id, [], names);
            for (const { id, keys } of names) {
              add({
                name: id.name,
                kind,
                id,
                declaration: declarator,
                ...(keys
                  ? { destructured: { ...(declarator.init ? { source: declarator.init } : {}), keys } }
                  : {}),
              });
            }
          }
          break;
        case "FunctionDeclaration":
          if (statement.id)
            add({ name: statement.id.name, kind: "function", id: statement.id, declaration: statement });
          break;
        case "ClassDeclaration":
          if (statement.id)
            add({ name: statement.id.name, kind: "class", id: statement.id, declaration: statement });
          break;
        case "ImportDeclaration":
          for (const specifier of statement.specifiers) {
            add({ name: specifier.local.name, kind: "import", id: specifier.local, declaration: specifier });
          }
          break;
        case "TSImportEqualsDeclaration":
          add({ name: statement.id.name, kind: "import", id: statement.id, declaration: statement });
          break;
        default:
          break;
      }
    }
    return table;
  }
}
