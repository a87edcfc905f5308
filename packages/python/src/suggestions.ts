/**
 * Suggestions for values that are not JSON: the conversion that makes one JSON, as an edit of
 * the handed-off expression (`arr` → `arr.tolist()`, `a + b` → `(a + b).tolist()`, the element
 * inside a literal: `{"a": arr}` → `{"a": arr.tolist()}`). Offered only where the result is JSON
 * for sure: the value is of one type only, that type's conversion is in the catalog, and
 * it is made in the task's own code, and nothing there hints at a dtype the conversion would
 * not make JSON (dates, objects) or at a source that keeps stored types (Parquet, SQL, hooks).
 */
import type { Span, Suggestion, ValueFact } from "@dag-transport/core";
import { SUGGESTED_CONVERSIONS, UNSURE_DTYPE_TEXT } from "./catalogs/values.js";
import type { PythonModule } from "./module.js";
import type { SyntaxNode } from "./syntax-tree.js";
import { unparenthesize } from "./syntax.js";

/** How far a name is followed back to the one expression it holds. */
const MAX_NAME_DEPTH = 8;

/**
 * A value whose type may differ from branch to branch: a conditional, `a or b`, or a name
 * bound in more than one place (or not by a plain assignment). The value analysis keeps only
 * the branches it knows, so one known branch does not make the others the same type.
 */
function isBranching(node: SyntaxNode, module: PythonModule, depth = 0): boolean {
  const inner = unparenthesize(node);
  if (inner.type === "conditional_expression" || inner.type === "boolean_operator") return true;
  if (inner.type !== "identifier") return false;
  if (depth > MAX_NAME_DEPTH) return true;
  const reaching = module.bindings.reaching(inner.text, inner);
  const only = reaching.length === 1 ? reaching[0]! : undefined;
  if (!only || only.kind !== "assign" || only.index !== undefined || !only.value) return true;
  return isBranching(only.value, module, depth + 1);
}

/** Expressions a method can be called on as written; anything else is bracketed first. */
const PRIMARY = new Set([
  "identifier",
  "attribute",
  "call",
  "subscript",
  "parenthesized_expression",
  "list",
  "dictionary",
  "tuple",
  "set",
  "list_comprehension",
  "set_comprehension",
  "dictionary_comprehension",
]);

/** The source text a span covers (columns count UTF-16 code units from the line's start). */
export function spanText(source: string, span: Span): string {
  const offset = (line: number, column: number) => {
    let at = 0;
    for (let l = 1; l < line; l++) {
      const next = source.indexOf("\n", at);
      if (next === -1) return source.length;
      at = next + 1;
    }
    return at + column - 1;
  };
  return source.slice(offset(span.line, span.column), offset(span.endLine, span.endColumn));
}

/**
 * The suggestion for one fact, or none. `node` is the expression the fact is all of; `task` the
 * task's function, read for signs of dates or objects (the analysis does not follow dtypes).
 */
export function conversionSuggestion(
  fact: ValueFact,
  node: SyntaxNode,
  module: PythonModule,
  task: SyntaxNode | undefined,
): Suggestion | undefined {
  const conversion = SUGGESTED_CONVERSIONS[fact.qualifiedType];
  if (!conversion || !task || isBranching(node, module)) return undefined;
  const source = module.source;
  // Made outside the task's own code (a helper, a module constant): what it holds is not in view.
  const made = fact.madeAt;
  const [start, end] = [task.startPosition, task.endPosition];
  const inside =
    (made.line - 1 > start.row || (made.line - 1 === start.row && made.column - 1 >= start.column)) &&
    (made.endLine - 1 < end.row || (made.endLine - 1 === end.row && made.endColumn - 1 <= end.column));
  if (!inside) return undefined;
  const taskCode = source.slice(task.startIndex, task.endIndex);
  if (UNSURE_DTYPE_TEXT.test(spanText(source, fact.madeAt)) || UNSURE_DTYPE_TEXT.test(taskCode))
    return undefined;
  const text = source.slice(node.startIndex, node.endIndex);
  const receiver = PRIMARY.has(node.type) ? text : `(${text})`;
  return {
    desc: `Convert with ${conversion.method} (the next task receives ${conversion.result})`,
    fix: { range: [node.startIndex, node.endIndex], text: receiver + conversion.method },
  };
}
