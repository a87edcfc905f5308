/**
 * What kind of value an expression makes, without type information: followed through local
 * constants, object and array literals, method chains and helper functions of the same file,
 * against the catalogs in `catalogs/values.ts`. Only kinds that are *not* JSON are reported;
 * anything not understood is unknown, and unknown is never a finding.
 */
import type { Suggestion, ValueFact } from "@dag-transport/core";
import type { TSESTree } from "@typescript-eslint/types";
import { isFunction, pathSegment, shortText, spanOf, staticKey, unwrap, type Node } from "./ast.js";
import {
  CONSTRUCTORS,
  FACTORIES,
  KIND_METHODS,
  KINDS,
  PASS_THROUGH_FUNCTIONS,
  classInstanceKind,
  type KindInfo,
} from "./catalogs/values.js";
import type { ModuleContext } from "./module-context.js";
import type { Binding } from "./scope.js";
import { conversionSuggestion } from "./suggestions.js";

/** Deeper than this, an expression is generated code; give up (unknown) rather than recurse. */
const MAX_DEPTH = 24;
/** More facts than this in one value add nothing to a message. */
const MAX_FACTS = 20;

/** A fact while it is being followed: the catalog entry it came from, and where inside the value it sits. */
interface Made {
  key: string;
  info: KindInfo;
  madeBy: string;
  madeAt: TSESTree.Node;
  /** Path inside the value, relative to the expression being analysed. */
  path: string;
  /**
   * The element as written inside a literal of the handed-off expression (innermost), and the
   * path inside that element: findings point at `x` in `return { a: x }`.
   */
  element?: { node: Node; rest: string; written: Node };
}

const ARITHMETIC = new Set(["+", "-", "*", "/", "%", "**", "&", "|", "^", "<<", ">>"]);

export class ValueAnalyzer {
  /** Functions whose return values are being followed (stops recursion through helpers). */
  private readonly following = new Set<Node>();

  constructor(private readonly context: ModuleContext) {}

  /** Non-JSON content of the value `node` evaluates to. */
  factsOf(node: Node): ValueFact[] {
    return this.made(node, 0, true)
      .slice(0, MAX_FACTS)
      .map((m): ValueFact => ({
        kind: m.info.kind,
        typeName: m.info.typeName,
        qualifiedType: m.info.qualifiedType,
        madeBy: m.madeBy,
        madeAt: spanOf(m.madeAt),
        conversion: m.info.conversion,
        ...(m.path ? { path: m.path } : {}),
        ...(m.element
          ? {
              expression: shortText(this.source, m.element.node) + m.element.rest,
              writtenAt: spanOf(m.element.node),
            }
          : {}),
        ...this.suggestion(m, node),
      }));
  }

  /** The conversion as an edit, when the fact is all of an expression written in the handoff. */
  private suggestion(m: Made, handedOff: Node): { suggestion?: Suggestion } {
    const written = m.element
      ? m.element.rest === ""
        ? m.element.written
        : undefined
      : m.path === ""
        ? handedOff
        : undefined;
    const suggestion = written && conversionSuggestion(m.key, written, m.madeAt, this.context);
    return suggestion ? { suggestion } : {};
  }

  private get source(): string {
    return this.context.source;
  }

  private fact(key: string, info: KindInfo, node: Node, madeBy?: string): Made {
    return { key, info, madeBy: madeBy ?? this.describe(node), madeAt: node, path: "" };
  }

  private catalogFact(key: string, node: Node, madeBy?: string): Made[] {
    const info = KINDS[key];
    return info ? [this.fact(key, info, node, madeBy)] : [];
  }

  private describe(node: Node): string {
    switch (node.type) {
      case "NewExpression":
        return `new ${shortText(this.source, node.callee, 40)}(${node.arguments.length ? "..." : ""})`;
      case "CallExpression":
        return `${shortText(this.source, node.callee, 40)}(${node.arguments.length ? "..." : ""})`;
      case "ArrowFunctionExpression":
        return "an arrow function";
      case "FunctionExpression":
      case "FunctionDeclaration":
        return node.id ? `function ${node.id.name}` : "a function expression";
      case "ClassDeclaration":
      case "ClassExpression":
        return node.id ? `class ${node.id.name}` : "a class expression";
      default:
        return shortText(this.source, node, 40);
    }
  }

  /** `written`: the expression is part of the handed-off expression as written (not reached through a name). */
  private made(input: Node, depth: number, written = false): Made[] {
    if (depth > MAX_DEPTH) return [];
    const node = unwrap(input);
    switch (node.type) {
      case "Literal":
        return "bigint" in node && node.bigint !== undefined ? this.catalogFact("BigInt", node) : [];
      case "Identifier":
        return this.identifier(node, depth);
      case "ArrowFunctionExpression":
      case "FunctionExpression":
      case "ClassExpression":
        return this.catalogFact("Function", node);
      case "NewExpression":
        return this.construct(node);
      case "CallExpression":
        return this.call(node, depth);
      case "ObjectExpression":
        return this.object(node, depth, written);
      case "ArrayExpression":
        return this.array(node, depth, written);
      case "ConditionalExpression":
        return [
          ...this.made(node.consequent, depth + 1, written),
          ...this.made(node.alternate, depth + 1, written),
        ];
      case "LogicalExpression":
        return node.operator === "&&"
          ? this.made(node.right, depth + 1, written)
          : [...this.made(node.left, depth + 1, written), ...this.made(node.right, depth + 1, written)];
      case "SequenceExpression":
        return this.made(node.expressions[node.expressions.length - 1]!, depth + 1);
      case "AssignmentExpression":
        return this.made(node.right, depth + 1);
      case "BinaryExpression":
        return this.binary(node, depth);
      default:
        return [];
    }
  }

  private identifier(node: TSESTree.Identifier, depth: number): Made[] {
    const binding = this.context.scopes.resolve(node);
    if (!binding) return [];
    switch (binding.kind) {
      case "function":
      case "class":
        // Handing on the function (or class) itself, not a call of it.
        return this.catalogFact("Function", binding.declaration, `${binding.kind} ${binding.name}`);
      case "const":
      case "let":
      case "var":
        if (binding.destructured) return [];
        if (this.context.scopes.isReassigned(binding)) return this.reassigned(binding, depth);
        return binding.init ? this.made(binding.init, depth + 1) : [];
      default:
        return [];
    }
  }

  /**
   * A `let` (or `var`) assigned again: its kinds joined over its initializer and every
   * assignment, known only when each of them says (`let sum = 0n; sum += BigInt(c)` stays a
   * BigInt). Arithmetic on a BigInt keeps it (JavaScript cannot mix it with numbers), as do
   * `++` / `--`; an assignment whose kind is unknown makes the whole unknown.
   */
  private reassigned(binding: Binding, depth: number): Made[] {
    const assignments = this.context.scopes.assignmentsTo(binding);
    if (!assignments) return [];
    const written: Made[][] = [];
    /** Compound assignments and updates keep a BigInt: they say something only beside one. */
    let keeping = 0;
    if (binding.init) written.push(this.made(binding.init, depth + 1));
    for (const assignment of assignments) {
      if (assignment.type === "UpdateExpression") {
        keeping++;
      } else if (assignment.operator === "=") {
        written.push(this.made(assignment.right, depth + 1));
      } else if (ARITHMETIC.has(assignment.operator.slice(0, -1))) {
        const right = this.made(assignment.right, depth + 1).filter(
          (m) => m.path === "" && m.key === "BigInt",
        );
        if (right.length > 0) written.push(right);
        else keeping++;
      } else {
        return [];
      }
    }
    if (written.length === 0 || written.some((made) => made.length === 0)) return [];
    const joined = written.flat();
    // Arithmetic keeps only a BigInt: beside anything else its result is a number or a string.
    if (keeping > 0 && !joined.every((m) => m.path === "" && m.key === "BigInt")) return [];
    const seen = new Set<string>();
    return joined.filter((m) => {
      const key = `${m.key}\u0000${m.path}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  }

  private construct(node: TSESTree.NewExpression): Made[] {
    const qualified = this.context.qualify(node.callee);
    const key = qualified !== undefined ? CONSTRUCTORS[qualified] : undefined;
    if (key) return this.catalogFact(key, node);
    // `new Point(…)` of a class declared in this file: its instances lose their prototype.
    const callee = unwrap(node.callee);
    if (callee.type === "Identifier") {
      const binding = this.context.scopes.resolve(callee);
      if (binding?.kind === "class") return [this.fact(binding.name, classInstanceKind(binding.name), node)];
    }
    return [];
  }

  private call(node: TSESTree.CallExpression, depth: number): Made[] {
    const qualified = this.context.qualify(node.callee);
    if (qualified !== undefined) {
      const factory = FACTORIES[qualified];
      if (factory) {
        if (factory.notWithArgument !== undefined && node.arguments.length > factory.notWithArgument)
          return [];
        return this.catalogFact(factory.kind, node);
      }
      if (PASS_THROUGH_FUNCTIONS.has(qualified)) {
        const argument = node.arguments[0];
        return argument && argument.type !== "SpreadElement" ? this.made(argument, depth + 1) : [];
      }
    }
    const callee = unwrap(node.callee);
    if (callee.type === "MemberExpression" && !callee.computed && callee.property.type === "Identifier") {
      return this.method(node, callee, callee.property.name, depth);
    }
    if (callee.type === "Identifier") return this.helperReturn(callee, depth);
    return [];
  }

  /** `value.method(…)` on a value of a known kind: keeps it, turns it into another kind, or converts it. */
  private method(
    node: TSESTree.CallExpression,
    callee: TSESTree.MemberExpression,
    name: string,
    depth: number,
  ): Made[] {
    const receivers = this.made(callee.object, depth + 1).filter((m) => m.path === "");
    const out: Made[] = [];
    for (const receiver of receivers) {
      const methods = KIND_METHODS[receiver.key];
      if (!methods) continue;
      const madeBy = `${receiver.madeBy}.${name}(${node.arguments.length ? "..." : ""})`;
      if (methods.keeps.includes(name)) {
        out.push({ ...receiver, madeBy, madeAt: node });
      } else if (methods.becomes?.[name]) {
        out.push(...this.catalogFact(methods.becomes[name]!, node, madeBy));
      }
    }
    return out;
  }

  /** A call of a function declared in this file: what its return statements hand back, when they all agree. */
  private helperReturn(callee: TSESTree.Identifier, depth: number): Made[] {
    const binding = this.context.scopes.resolve(callee);
    let fn: Node | undefined;
    if (binding?.kind === "function") fn = binding.declaration;
    else if (
      (binding?.kind === "const" || binding?.kind === "let") &&
      binding.init &&
      !binding.destructured
    ) {
      const init = unwrap(binding.init);
      if (isFunction(init)) fn = init;
    }
    if (!fn || !isFunction(fn) || this.following.has(fn)) return [];
    this.following.add(fn);
    try {
      const returned = returnedExpressions(fn, this.context);
      if (returned.length === 0) return [];
      const perReturn = returned.map((expression) => this.made(expression, depth + 1));
      // A helper that sometimes returns a Map and sometimes something unknown is not followed:
      // precision over recall.
      if (perReturn.some((facts) => facts.length === 0)) return [];
      return perReturn.flat().map((m) => ({ ...m }));
    } finally {
      this.following.delete(fn);
    }
  }

  /** An element's facts, prefixed with its path; inside a written literal they point at the element. */
  private element(value: Node, segment: string, depth: number, written: boolean): Made[] {
    return this.made(value, depth + 1, written).map((m) => ({
      ...m,
      path: segment + m.path,
      ...(written && !m.element ? { element: { node: unwrap(value), rest: m.path, written: value } } : {}),
    }));
  }

  private object(node: TSESTree.ObjectExpression, depth: number, written: boolean): Made[] {
    const out: Made[] = [];
    for (const property of node.properties) {
      if (property.type === "SpreadElement") {
        // `{ ...x }` copies x's own fields: what sits inside them is carried, x's own kind is not.
        for (const m of this.made(property.argument, depth + 1)) if (m.path) out.push(m);
        continue;
      }
      if (property.kind !== "init") continue;
      const key = staticKey(property);
      if (key === undefined) continue;
      out.push(...this.element(property.value, pathSegment(key), depth, written));
      if (out.length >= MAX_FACTS) break;
    }
    return out;
  }

  private array(node: TSESTree.ArrayExpression, depth: number, written: boolean): Made[] {
    const out: Made[] = [];
    node.elements.forEach((element, index) => {
      // `[...set]` enumerates the set into an array: that is the conversion, not the set.
      if (!element || element.type === "SpreadElement" || out.length >= MAX_FACTS) return;
      out.push(...this.element(element, pathSegment(index), depth, written));
    });
    return out;
  }

  private binary(node: TSESTree.BinaryExpression, depth: number): Made[] {
    if (!ARITHMETIC.has(node.operator) || node.left.type === "PrivateIdentifier") return [];
    const isText = (side: Node) =>
      side.type === "TemplateLiteral" || (side.type === "Literal" && typeof side.value === "string");
    if (isText(node.left) || isText(node.right)) return [];
    const sides = [...this.made(node.left, depth + 1), ...this.made(node.right, depth + 1)];
    const bigint = sides.find((m) => m.path === "" && m.key === "BigInt");
    return bigint ? [{ ...bigint, madeAt: node, madeBy: shortText(this.source, node, 40) }] : [];
  }
}

/**
 * The expressions a function hands back: `return x` in its own body (not in nested functions),
 * or the body of an expression-bodied arrow. `return;` and `return undefined` push nothing.
 */
export function returnedExpressions(fn: Node, context: ModuleContext): Node[] {
  if (!isFunction(fn)) return [];
  if (fn.type === "ArrowFunctionExpression" && fn.body.type !== "BlockStatement") {
    return isUndefined(fn.body) ? [] : [fn.body];
  }
  const out: Node[] = [];
  for (const statement of context.index.within(context.index.returns, fn)) {
    if (!statement.argument || isUndefined(statement.argument)) continue;
    if (context.index.enclosingFunction(statement) !== fn) continue;
    out.push(statement.argument);
  }
  return out;
}

function isUndefined(node: Node): boolean {
  const inner = unwrap(node);
  return (
    (inner.type === "Identifier" && inner.name === "undefined") ||
    (inner.type === "UnaryExpression" && inner.operator === "void")
  );
}
