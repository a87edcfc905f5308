/**
 * Reads of environment variables (`EnvRead`): `os.environ["X"]`, `os.environ.get("X", d)`,
 * `os.getenv("X")`, and `… or "fallback"` after them. Only variables named by a string literal
 * are recorded. A read is `guarded` when the module tests the variable's presence
 * (`"X" in os.environ`), so an unset variable is handled rather than failing.
 */
import type { EnvRead, TransportModel } from "@dag-transport/core";
import {
  ENV_GET_FUNCTIONS,
  ENV_MAPPINGS,
  ENV_READER_CLASSES,
  ENV_READER_METHODS,
} from "./catalogs/storage.js";
import type { ModuleContext } from "./module-context.js";
import type { PythonModule } from "./module.js";
import { callArguments, spanOf, stringLiteral, unparenthesize } from "./syntax.js";
import type { SyntaxNode } from "./syntax-tree.js";

function fallbackText(node: SyntaxNode): string {
  const literal = stringLiteral(node);
  if (literal !== undefined) return literal;
  return node.type === "none" ? "None" : "<expression>";
}

/** The `or` right after a read (`os.environ.get("X") or "/tmp"`) is its fallback. */
function orFallback(read: SyntaxNode): SyntaxNode | undefined {
  let node = read;
  while (node.parent?.type === "parenthesized_expression") node = node.parent;
  const parent = node.parent;
  if (parent?.type !== "boolean_operator") return undefined;
  if (parent.childForFieldName("operator")?.text !== "or") return undefined;
  if (parent.childForFieldName("left")?.id !== node.id) return undefined;
  return parent.childForFieldName("right") ?? undefined;
}

/**
 * How a call reads an environment variable, like `os.environ.get(name, default)`: a function of
 * `ENV_GET_FUNCTIONS`, or a module-level environs reader (`env = Env()`) called itself
 * (`env("X", d)`) or through a reader method (`env.str("X", d)`); else undefined. Says the API,
 * whether the value is a path object (`env.path(…)`) and what a read without a default does
 * when the variable is unset, when the catalog says.
 */
export function envGet(
  call: SyntaxNode,
  context: ModuleContext,
): { api: string; path?: true; whenUnset?: string } | undefined {
  const name = context.qualifiedCallee(call);
  if (name !== undefined && ENV_GET_FUNCTIONS.has(name)) return { api: name };
  const callee = call.childForFieldName("function");
  let object = callee;
  let method: string | undefined;
  if (callee?.type === "attribute") {
    method = callee.childForFieldName("attribute")?.text;
    if (method === undefined || !ENV_READER_METHODS.has(method)) return undefined;
    object = callee.childForFieldName("object");
  }
  if (object?.type !== "identifier") return undefined;
  const made = context.constants.get(object.text);
  const reader = made?.type === "call" ? context.qualifiedCallee(made) : undefined;
  const known = reader !== undefined ? ENV_READER_CLASSES.get(reader) : undefined;
  if (known === undefined) return undefined;
  if (method === undefined) return { api: reader!, whenUnset: known.unset };
  return {
    api: `${reader}.${method}`,
    whenUnset: known.unset,
    ...(ENV_READER_METHODS.get(method) === "path" ? { path: true } : {}),
  };
}

export function extractEnvReads(module: PythonModule, model: TransportModel): void {
  if (!module.source.includes("environ") && !module.source.includes("getenv")) return;
  const { context, nodes } = module;
  const reads: EnvRead[] = [];
  const guarded = new Set<string>();

  // `"X" in os.environ` / `"X" not in os.environ`
  for (const comparison of nodes.of("comparison_operator")) {
    const operands = comparison.namedChildren;
    if (operands.length !== 2) continue;
    const variable = stringLiteral(operands[0]);
    const mapping = context.qualify(operands[1]!);
    if (variable !== undefined && mapping !== undefined && ENV_MAPPINGS.has(mapping)) guarded.add(variable);
  }

  const taskAt = (node: SyntaxNode) =>
    module.tasks.find((t) => t.fn && t.fn.id <= node.id && node.id <= t.fn.lastDescendantId)?.fact.id;

  const record = (
    node: SyntaxNode,
    variable: string,
    api: string,
    fallback: SyntaxNode | undefined,
    whenUnset?: string,
  ) => {
    const or = orFallback(node);
    const chosen = fallback && fallback.type !== "none" ? fallback : (or ?? fallback);
    const taskId = taskAt(node);
    reads.push({
      variable,
      api,
      ...(chosen && chosen.type !== "none" ? { fallback: fallbackText(chosen) } : {}),
      ...(guarded.has(variable) ? { guarded: true } : {}),
      ...(whenUnset !== undefined && !(chosen && chosen.type !== "none") ? { whenUnset } : {}),
      span: spanOf(node),
      ...(taskId !== undefined ? { taskId } : {}),
    });
  };

  for (const subscript of nodes.of("subscript")) {
    const mapping = context.qualify(subscript.childForFieldName("value")!);
    if (mapping === undefined || !ENV_MAPPINGS.has(mapping)) continue;
    const variable = stringLiteral(subscript.childForFieldName("subscript"));
    // `os.environ["X"] = …` sets it; only reads count.
    const parent = subscript.parent;
    if (parent?.type === "assignment" && parent.childForFieldName("left")?.id === subscript.id) continue;
    if (variable !== undefined) record(subscript, variable, `${mapping}[...]`, undefined);
  }
  for (const call of nodes.of("call")) {
    const read = envGet(call, context);
    if (read === undefined) continue;
    const name = read.api;
    const { positional, keywords } = callArguments(call);
    const variable = stringLiteral(positional[0] ?? keywords.get("key"));
    if (variable === undefined) continue;
    const fallback = positional[1] ?? keywords.get("default");
    record(call, variable, name, fallback ? unparenthesize(fallback) : undefined, read.whenUnset);
  }
  reads.sort((a, b) => a.span.line - b.span.line || a.span.column - b.span.column);
  model.envReads = reads;
}
