/** Small, allocation-light helpers over tree-sitter nodes. */
import type { Span } from "@dag-transport/core";
import { NodeMemo } from "./memo.js";
import { ownDescendantsOfType } from "./node-index.js";
import type { SyntaxNode } from "./syntax-tree.js";

export function spanOf(node: SyntaxNode): Span {
  return {
    line: node.startPosition.row + 1,
    column: node.startPosition.column + 1,
    endLine: node.endPosition.row + 1,
    endColumn: node.endPosition.column + 1,
  };
}

/** Source text shortened for a message: one line, at most `max` characters. */
export function shortText(node: SyntaxNode, max = 60): string {
  const length = node.endIndex - node.startIndex;
  // A long node (a function, a 5 MiB literal): shorten a prefix that is long enough, not the
  // whole text. A prefix whose trimmed one-line form is longer than `max` starts as the whole's does.
  for (let prefix = 4 * max; prefix < length; prefix *= 4) {
    const start = node.startIndex;
    const oneLine = node.tree.source
      .slice(start, start + prefix)
      .replace(/\s+/g, " ")
      .trim();
    if (oneLine.length > max) return `${oneLine.slice(0, max - 1)}…`;
  }
  const oneLine = node.text.replace(/\s+/g, " ").trim();
  return oneLine.length > max ? `${oneLine.slice(0, max - 1)}…` : oneLine;
}

/** Whether `outer`'s text contains `inner`'s (the same tree). */
export function encloses(outer: SyntaxNode, inner: SyntaxNode): boolean {
  return outer.startIndex <= inner.startIndex && inner.endIndex <= outer.endIndex;
}

/** Skips parentheses around an expression. */
export function unparenthesize(node: SyntaxNode): SyntaxNode {
  let current = node;
  while (current.type === "parenthesized_expression" && current.namedChildCount === 1) {
    current = current.namedChild(0)!;
  }
  return current;
}

export interface CallArguments {
  positional: SyntaxNode[];
  keywords: ReadonlyMap<string, SyntaxNode>;
}

/** Arguments already split, by call: task discovery, value analysis and storage read the same calls. */
const splitArguments = new NodeMemo<CallArguments>();

/** Splits a call's arguments into positional ones and keyword ones (by name). Do not mutate the result. */
export function callArguments(call: SyntaxNode): CallArguments {
  const cached = splitArguments.get(call);
  if (cached) return cached;
  const positional: SyntaxNode[] = [];
  // Most calls pass no keyword: they share one empty map (the result is never mutated).
  let keywords: Map<string, SyntaxNode> | undefined;
  const list = call.childForFieldName("arguments");
  if (list) {
    for (const arg of list.namedChildren) {
      if (arg.type === "keyword_argument") {
        const name = arg.childForFieldName("name")?.text;
        const value = arg.childForFieldName("value");
        if (name && value) {
          (keywords ??= new Map()).set(name, value);
        }
      } else if (arg.type !== "comment") {
        positional.push(arg);
      }
    }
  }
  const split = { positional, keywords: keywords ?? NO_KEYWORDS };
  splitArguments.set(call, split);
  return split;
}

const NO_KEYWORDS: ReadonlyMap<string, SyntaxNode> = new Map();

/**
 * The argument a call passes in a slot (a catalog's `ArgSlot`, a parameter's keyword and
 * position): by keyword or one of its aliases first, then by position (never a `*` / `**` spread).
 */
export function argumentAt(
  call: SyntaxNode,
  slot: { index?: number; keyword?: string; aliases?: readonly string[] } | undefined,
): SyntaxNode | undefined {
  if (!slot) return undefined;
  const { positional, keywords } = callArguments(call);
  if (slot.keyword !== undefined && keywords.has(slot.keyword)) return keywords.get(slot.keyword);
  for (const alias of slot.aliases ?? []) if (keywords.has(alias)) return keywords.get(alias);
  if (slot.index !== undefined) {
    const argument = positional[slot.index];
    if (argument && argument.type !== "list_splat" && argument.type !== "dictionary_splat") return argument;
  }
  return undefined;
}

/** The value of a plain string literal (no interpolation), or undefined. */
export function stringLiteral(node: SyntaxNode | null | undefined): string | undefined {
  if (!node) return undefined;
  const inner = unparenthesize(node);
  if (inner.type === "concatenated_string") {
    const parts = inner.namedChildren.map((part) => stringLiteral(part));
    return parts.every((p) => p !== undefined) ? parts.join("") : undefined;
  }
  if (inner.type !== "string") return undefined;
  let value = "";
  for (const child of inner.namedChildren) {
    if (child.type === "interpolation") return undefined;
    if (child.type === "string_content" || child.type === "escape_sequence") value += child.text;
  }
  return value;
}

export function isTrue(node: SyntaxNode | undefined): boolean {
  return node?.type === "true";
}

export function isFalse(node: SyntaxNode | undefined): boolean {
  return node?.type === "false";
}

const PLAIN_DOTTED_NAME = /^[\p{ID_Start}_][\p{ID_Continue}]*(?:\.[\p{ID_Start}_][\p{ID_Continue}]*)*$/u;

/** `a.b.c` → ["a", "b", "c"]; undefined when the chain contains calls or subscripts. */
/** A plain dotted name as written, `np.random.rand` (see `dottedParts`); undefined otherwise. */
export function dottedName(node: SyntaxNode): string | undefined {
  const inner = unparenthesize(node);
  if (inner.type === "identifier") return inner.text;
  return plainDottedText(inner) ?? dottedParts(inner)?.join(".");
}

/** An attribute chain written plainly, `a.b.c` (no spaces, comments or parentheses inside). */
function plainDottedText(node: SyntaxNode): string | undefined {
  if (node.type !== "attribute") return undefined;
  const text = node.text;
  // `True.real` matches the pattern but its head is a constant, not a name.
  return PLAIN_DOTTED_NAME.test(text) && !/^(?:True|False|None)\./.test(text) ? text : undefined;
}

export function dottedParts(node: SyntaxNode): string[] | undefined {
  const parts: string[] = [];
  let current: SyntaxNode | null = unparenthesize(node);
  // Fast path: a plain `a.b.c` is split from its text; spellings with spaces, comments or
  // parentheses inside the chain take the walk below.
  const plain = plainDottedText(current);
  if (plain !== undefined) return plain.split(".");
  while (current) {
    if (current.type === "identifier") {
      parts.unshift(current.text);
      return parts;
    }
    if (current.type !== "attribute") return undefined;
    const attribute = current.childForFieldName("attribute");
    if (!attribute) return undefined;
    parts.unshift(attribute.text);
    current = current.childForFieldName("object");
  }
  return undefined;
}

/** The nearest enclosing node of one of the given types. */
export function enclosing(node: SyntaxNode, types: ReadonlySet<string>): SyntaxNode | undefined {
  let current = node.parent;
  while (current) {
    if (types.has(current.type)) return current;
    current = current.parent;
  }
  return undefined;
}

const SCOPES = new Set(["function_definition", "lambda", "class_definition"]);

/** The innermost function, lambda or class around a node. */
export function ownerScope(node: SyntaxNode): SyntaxNode | undefined {
  return enclosing(node, SCOPES);
}

const EXITS = new Set(["return_statement", "raise_statement", "continue_statement", "break_statement"]);

/**
 * Whether a statement can never run: a statement before it in its block, or in a block around
 * it (up to `fn`), leaves the block (`return time.time()` then `return csv_file`).
 */
function afterExit(statement: SyntaxNode, fn: SyntaxNode): boolean {
  for (let node: SyntaxNode | null = statement; node && node.id !== fn.id; node = node.parent) {
    if (node.parent?.type !== "block") continue;
    for (let before = node.previousSibling; before; before = before.previousSibling)
      if (alwaysExits(before, 0)) return true;
  }
  return false;
}

/** How deep compound statements are looked into for `alwaysExits` (a guard, not a tuning). */
const MAX_EXIT_DEPTH = 8;

/**
 * Whether a statement always leaves its block: a `return`, `raise`, `break` or `continue`; a
 * `try` whose body and every `except` leave it (`try: …; return x` / `except: raise`); an `if`
 * with an `else` whose every branch leaves it; a `with` whose body does.
 */
function alwaysExits(statement: SyntaxNode, depth: number): boolean {
  if (EXITS.has(statement.type)) return true;
  if (depth >= MAX_EXIT_DEPTH) return false;
  const exits = (block: SyntaxNode | null | undefined) =>
    !!block && block.namedChildren.some((child) => alwaysExits(child, depth + 1));
  switch (statement.type) {
    case "try_statement": {
      const handlers = statement.namedChildren.filter(
        (c) => c.type === "except_clause" || c.type === "except_group_clause",
      );
      return (
        exits(statement.childForFieldName("body")) &&
        handlers.every((handler) => exits(handler.namedChildren.find((c) => c.type === "block")))
      );
    }
    case "if_statement": {
      const alternatives = statement.childrenForFieldName("alternative");
      const hasElse = alternatives.some((a) => a.type === "else_clause");
      return (
        hasElse &&
        exits(statement.childForFieldName("consequence")) &&
        alternatives.every((a) =>
          exits(a.childForFieldName(a.type === "else_clause" ? "body" : "consequence")),
        )
      );
    }
    case "with_statement":
      return exits(statement.childForFieldName("body"));
    default:
      return false;
  }
}

/** The expressions a function returns (its own `return` statements, not nested functions'), or a lambda's body. */
export function returnedExpressions(fn: SyntaxNode): SyntaxNode[] {
  if (fn.type === "lambda") {
    const body = fn.childForFieldName("body");
    return body ? [body] : [];
  }
  const returned: SyntaxNode[] = [];
  for (const statement of ownDescendantsOfType(fn, ["return_statement"])) {
    if (afterExit(statement, fn)) continue;
    const value = statement.namedChildren.find((c) => c.type !== "comment");
    if (value && value.type !== "none") returned.push(value);
  }
  return returned;
}

/** The function whose parameter list declares a parameter name (through a typed or default parameter). */
export function parameterOwner(target: SyntaxNode): SyntaxNode | undefined {
  let node: SyntaxNode | null = target.parent;
  for (let depth = 0; node && depth < 3; depth++, node = node.parent) {
    if (node.type === "parameters") {
      const fn = node.parent;
      return fn?.type === "function_definition" ? fn : undefined;
    }
  }
  return undefined;
}

/** The parameter names of a function, in order, up to `*args` / `**kwargs`. */
export function parameterNames(fn: SyntaxNode): string[] {
  const names: string[] = [];
  const parameters = fn.childForFieldName("parameters");
  for (const parameter of parameters?.namedChildren ?? []) {
    if (parameter.type === "identifier") names.push(parameter.text);
    else if (
      parameter.type === "default_parameter" ||
      parameter.type === "typed_parameter" ||
      parameter.type === "typed_default_parameter"
    ) {
      const name =
        parameter.childForFieldName("name") ?? parameter.namedChildren.find((c) => c.type === "identifier");
      if (name?.type === "identifier") names.push(name.text);
    } else if (parameter.type === "keyword_separator" || parameter.type === "positional_separator") {
      continue;
    } else break;
  }
  return names;
}
