/**
 * Suggestions for values that are not JSON, as edits of the handed-off expression: `Map` →
 * `Object.fromEntries(x)`, `Set` → `[...x]`, typed arrays → `Array.from(x)`, `Date` →
 * `x.toISOString()`. Offered only where the result is JSON for sure: the expression is of the
 * one kind (no branch that may be something else), and for a Map or Set, its declared type
 * arguments say what it holds (`new Map<string, number>()`) — without them the content is
 * unknown, and so is whether the conversion makes JSON.
 */
import type { Suggestion } from "@dag-transport/core";
import type { TSESTree } from "@typescript-eslint/types";
import { unwrap, type Node } from "./ast.js";
import type { ModuleContext } from "./module-context.js";

type Conversion = { wrap: (text: string) => string; desc: string; needs?: "map" | "set" };

/** By kind name (a KINDS key). BigInt64Array and BigUint64Array hold bigints: no conversion here. */
const CONVERSIONS: Readonly<Record<string, Conversion>> = {
  Map: {
    wrap: (text) => `Object.fromEntries(${text})`,
    desc: "Convert with Object.fromEntries(…) (the next task receives a plain object)",
    needs: "map",
  },
  Set: {
    wrap: (text) => `[...${text}]`,
    desc: "Convert with [...…] (the next task receives an array)",
    needs: "set",
  },
  Date: {
    wrap: (text) => `${text}.toISOString()`,
    desc: "Convert with .toISOString() (the next task receives the ISO string)",
  },
  ...Object.fromEntries(
    [
      "Int8Array",
      "Uint8Array",
      "Uint8ClampedArray",
      "Int16Array",
      "Uint16Array",
      "Int32Array",
      "Uint32Array",
      "Float16Array",
      "Float32Array",
      "Float64Array",
    ].map((name) => [
      name,
      {
        wrap: (text: string) => `Array.from(${text})`,
        desc: "Convert with Array.from(…) (the next task receives an array of numbers)",
      },
    ]),
  ),
};

/** Expressions a method can be called on as written; anything else is bracketed first. */
const MEMBER_READY = new Set([
  "Identifier",
  "MemberExpression",
  "CallExpression",
  "ThisExpression",
  "ArrayExpression",
  "ObjectExpression",
  "TemplateLiteral",
]);

/** Type annotations whose values are JSON (a number's NaN becomes null, as JSON.stringify does). */
function isJsonType(type: TSESTree.TypeNode | undefined, depth = 0): boolean {
  if (!type || depth > 4) return false;
  switch (type.type) {
    case "TSStringKeyword":
    case "TSNumberKeyword":
    case "TSBooleanKeyword":
    case "TSNullKeyword":
      return true;
    case "TSLiteralType":
      return type.literal.type === "Literal" || type.literal.type === "TemplateLiteral";
    case "TSArrayType":
      return isJsonType(type.elementType, depth + 1);
    case "TSUnionType":
      return type.types.every((t) => isJsonType(t, depth + 1));
    default:
      return false;
  }
}

function isStringType(type: TSESTree.TypeNode | undefined): boolean {
  if (!type) return false;
  if (type.type === "TSStringKeyword") return true;
  if (type.type === "TSLiteralType")
    return type.literal.type === "Literal" && typeof type.literal.value === "string";
  if (type.type === "TSUnionType") return type.types.every(isStringType);
  return false;
}

/** The type arguments a Map or Set was declared with: `new Map<K, V>()` or `const m: Map<K, V> = …`. */
function declaredTypeArguments(made: Node, context: ModuleContext): readonly TSESTree.TypeNode[] | undefined {
  if (made.type !== "NewExpression") return undefined;
  if (made.typeArguments) return made.typeArguments.params;
  const declarator = context.index.parent(made);
  if (declarator?.type !== "VariableDeclarator" || declarator.init !== made) return undefined;
  const annotation = declarator.id.typeAnnotation?.typeAnnotation;
  return annotation?.type === "TSTypeReference" ? annotation.typeArguments?.params : undefined;
}

function holdsJson(conversion: Conversion, made: Node, context: ModuleContext): boolean {
  if (!conversion.needs) return true;
  const args = declaredTypeArguments(made, context);
  if (conversion.needs === "set") return args?.length === 1 && isJsonType(args[0]);
  return args?.length === 2 && isStringType(args[0]) && isJsonType(args[1]);
}

/** A value whose kind may differ from branch to branch (or be unknown in one): unsure. */
function isBranching(node: Node, context: ModuleContext): boolean {
  const inner = unwrap(node);
  if (inner.type === "ConditionalExpression" || inner.type === "LogicalExpression") return true;
  if (inner.type === "Identifier") {
    const init = context.scopes.resolve(inner)?.init;
    return init !== undefined && isBranching(init, context);
  }
  return false;
}

/**
 * The suggestion for a value of kind `key` that is all of the expression `written` (as written,
 * `await` and `as` included), made at `made`; or none.
 */
export function conversionSuggestion(
  key: string,
  written: Node,
  made: Node,
  context: ModuleContext,
): Suggestion | undefined {
  const conversion = CONVERSIONS[key];
  if (!conversion || !holdsJson(conversion, made, context) || isBranching(written, context)) return undefined;
  const source = context.source;
  const [start, end] = written.range;
  const text = source.slice(start, end);
  const ready =
    conversion.needs || key !== "Date"
      ? written.type === "SequenceExpression"
        ? `(${text})`
        : text
      : MEMBER_READY.has(written.type) || (written.type === "NewExpression" && text.endsWith(")"))
        ? text
        : `(${text})`;
  let replacement = conversion.wrap(ready);
  // `{ when }` → `{ when: when.toISOString() }`: a shorthand property keeps its name.
  const parent = context.index.parent(written);
  if (parent?.type === "Property" && parent.shorthand && parent.value === written)
    replacement = `${text}: ${replacement}`;
  return { desc: conversion.desc, fix: { range: [start, end], text: replacement } };
}
