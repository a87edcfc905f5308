/**
 * Storage locations, folded from expressions so that two tasks naming the same place compare
 * equal: constants followed, template literals and `+` concatenated, `path.join` composed,
 * `os.tmpdir()` and `mkdtemp` recognised, run-time parts (parameters, `${runId}`, environment
 * variables) replaced by the hole `{*}`, and `process.env.X ?? "/tmp"` remembered as a staging
 * variable that silently falls back to pod-local storage.
 */
import type { Location, Span, StorageMedium } from "@dag-transport/core";
import type { TSESTree } from "@typescript-eslint/types";
import { dottedParts, propertyName, shortText, spanOf, unwrap, type Node } from "./ast.js";
import {
  MKDTEMP_FUNCTIONS,
  PATH_JOINERS,
  TEMP_DIR_FUNCTIONS,
  TEMP_DIR_PATTERN,
  TEMP_PREFIXES,
  URI_SCHEMES,
} from "./catalogs/storage.js";
import type { ModuleContext } from "./module-context.js";
import type { Binding } from "./scope.js";

export const HOLE = "{*}";
const MAX_DEPTH = 16;

export interface Folded {
  pattern: string;
  /** Set when the folded value starts in pod-local temp storage. */
  temp?: { reason: string };
  stagingFallback?: { variable: string; fallback: string; span: Span };
  /** The value came from `process.env.NAME` (a whole value, before any concatenation). */
  envVariable?: string;
  /** Bindings the value was read from: a handed-off variable that named a written location is that location. */
  bindings: Binding[];
}

const unknown = (): Folded => ({ pattern: HOLE, bindings: [] });

function normalizePattern(pattern: string): string {
  return (
    pattern
      // `a//b` → `a/b`, but keep `s3://`.
      .replace(/([^:/])\/{2,}/g, "$1/")
      .replace(/(^|\/)\.\//g, "$1")
      .replace(/(\{\*\})+/g, HOLE)
  );
}

function concat(parts: Folded[]): Folded {
  const first = parts.find((p) => p.pattern !== "");
  return {
    pattern: normalizePattern(parts.map((p) => p.pattern).join("")),
    // Only the leading part decides where a path lives.
    ...(first?.temp ? { temp: first.temp } : {}),
    ...(first?.stagingFallback ? { stagingFallback: first.stagingFallback } : {}),
    bindings: parts.flatMap((p) => p.bindings),
  };
}

function tempPrefixReason(pattern: string): string | undefined {
  for (const prefix of TEMP_PREFIXES) {
    if (pattern === prefix || pattern.startsWith(`${prefix}/`)) return `${prefix} is local to the pod`;
  }
  return undefined;
}

export class LocationFolder {
  constructor(private readonly context: ModuleContext) {}

  /** The string value of an expression, with the run-time parts as holes. */
  fold(input: Node, depth = 0): Folded {
    if (depth > MAX_DEPTH) return unknown();
    const node = unwrap(input);
    switch (node.type) {
      case "Literal":
        if (typeof node.value === "string") return this.literal(node.value);
        if (typeof node.value === "number") return { pattern: String(node.value), bindings: [] };
        return unknown();
      case "TemplateLiteral": {
        const parts: Folded[] = [];
        node.quasis.forEach((quasi, i) => {
          parts.push({ pattern: quasi.value.cooked ?? quasi.value.raw, bindings: [] });
          const expression = node.expressions[i];
          if (expression) parts.push(this.fold(expression, depth + 1));
        });
        return this.withTemp(concat(parts));
      }
      case "BinaryExpression":
        if (node.operator !== "+") return unknown();
        return this.withTemp(concat([this.fold(node.left, depth + 1), this.fold(node.right, depth + 1)]));
      case "Identifier":
        return this.identifier(node, depth);
      case "MemberExpression":
        return this.member(node);
      case "LogicalExpression":
        return this.fallback(node, depth);
      case "CallExpression":
        return this.call(node, depth);
      default:
        return unknown();
    }
  }

  /**
   * A location from an expression, or undefined when nothing about it is known (a bare hole
   * would compare equal to every other unknown path).
   */
  location(node: Node, medium?: StorageMedium): Location | undefined {
    const folded = this.fold(node);
    return this.toLocation(folded, shortText(this.context.source, node), medium);
  }

  toLocation(folded: Folded, display: string, medium?: StorageMedium): Location | undefined {
    const known = folded.pattern.replaceAll(HOLE, "").replace(/[/.]/g, "") !== "";
    if (!known && !folded.temp && !folded.stagingFallback) return undefined;
    return {
      pattern: folded.pattern,
      medium: medium ?? mediumOf(folded.pattern),
      display,
      ...(folded.temp ? { temp: folded.temp } : {}),
      ...(folded.stagingFallback ? { stagingFallback: folded.stagingFallback } : {}),
    };
  }

  private literal(value: string): Folded {
    const reason = tempPrefixReason(value);
    return { pattern: value, ...(reason ? { temp: { reason } } : {}), bindings: [] };
  }

  /** A concatenation that starts with a literal temp prefix is temp too. */
  private withTemp(folded: Folded): Folded {
    if (folded.temp || folded.stagingFallback) return folded;
    const reason = tempPrefixReason(folded.pattern);
    return reason ? { ...folded, temp: { reason } } : folded;
  }

  private identifier(node: TSESTree.Identifier, depth: number): Folded {
    const binding = this.context.scopes.resolve(node);
    if (!binding) return unknown();
    if (
      (binding.kind === "const" || binding.kind === "let" || binding.kind === "var") &&
      binding.init &&
      !binding.destructured &&
      !this.context.scopes.isReassigned(binding)
    ) {
      const folded = this.fold(binding.init, depth + 1);
      return { ...folded, bindings: [binding, ...folded.bindings] };
    }
    return { ...unknown(), bindings: [binding] };
  }

  /** `process.env.NAME` / `process.env["NAME"]`: known only at run time. */
  private member(node: TSESTree.MemberExpression): Folded {
    const object = unwrap(node.object);
    const name = propertyName(node);
    if (name !== undefined && object.type === "MemberExpression") {
      const parts = dottedParts(object);
      if (parts?.join(".") === "process.env" && this.context.qualify(object) === "process.env") {
        return { pattern: HOLE, envVariable: name, bindings: [] };
      }
    }
    return unknown();
  }

  /** `process.env.LEOFLOW_STAGING_DIR ?? "/tmp"` (or `||`): staging that silently falls back. */
  private fallback(node: TSESTree.LogicalExpression, depth: number): Folded {
    if (node.operator === "&&") return unknown();
    const left = this.fold(node.left, depth + 1);
    const right = this.fold(node.right, depth + 1);
    if (left.envVariable && right.temp) {
      return {
        pattern: HOLE,
        temp: { reason: `${left.envVariable} falls back to ${right.pattern} when unset` },
        stagingFallback: { variable: left.envVariable, fallback: right.pattern, span: spanOf(node) },
        bindings: [...left.bindings, ...right.bindings],
      };
    }
    if (left.pattern === right.pattern) return left;
    return { ...unknown(), bindings: [...left.bindings, ...right.bindings] };
  }

  private call(node: TSESTree.CallExpression, depth: number): Folded {
    const qualified = this.context.qualify(node.callee);
    const args = node.arguments.filter((a): a is TSESTree.Expression => a.type !== "SpreadElement");
    if (qualified && TEMP_DIR_FUNCTIONS.has(qualified)) {
      return {
        pattern: TEMP_DIR_PATTERN,
        temp: { reason: `${qualified}() is local to the pod` },
        bindings: [],
      };
    }
    if (qualified && PATH_JOINERS.has(qualified)) {
      if (args.length !== node.arguments.length) return unknown();
      const parts = args.map((arg) => this.fold(arg, depth + 1));
      const joined: Folded[] = [];
      parts.forEach((part, i) => {
        if (i > 0) joined.push({ pattern: "/", bindings: [] });
        joined.push(part);
      });
      return this.withTemp(concat(joined));
    }
    if (qualified && MKDTEMP_FUNCTIONS.has(qualified) && args[0]) {
      const prefix = this.fold(args[0], depth + 1);
      const made = concat([prefix, { pattern: HOLE, bindings: [] }]);
      if (!prefix.temp) return made;
      const where = prefix.pattern.split("/").slice(0, 2).join("/") || TEMP_DIR_PATTERN;
      return {
        ...made,
        temp: { reason: `${qualified}(...) creates a directory in ${where}, local to the pod` },
      };
    }
    // `String(x)`, `x.toString()` are x.
    if (qualified === "String" && args[0]) return this.fold(args[0], depth + 1);
    const callee = unwrap(node.callee);
    if (
      callee.type === "MemberExpression" &&
      propertyName(callee) === "toString" &&
      node.arguments.length === 0
    ) {
      return this.fold(callee.object, depth + 1);
    }
    return unknown();
  }
}

export function mediumOf(pattern: string): StorageMedium {
  for (const [scheme, medium] of Object.entries(URI_SCHEMES)) if (pattern.startsWith(scheme)) return medium;
  return "filesystem";
}

/** True when a folded string reads as a place (an absolute path or a storage URI), not just any text. */
export function looksLikeLocation(folded: Folded): boolean {
  if (folded.temp || folded.stagingFallback) return true;
  if (folded.pattern.startsWith("/") && folded.pattern.length > 1) return true;
  return Object.keys(URI_SCHEMES).some((scheme) => folded.pattern.startsWith(scheme));
}
