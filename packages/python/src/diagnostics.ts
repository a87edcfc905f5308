import type { Diagnostic } from "@dag-transport/core";
import type { SyntaxNode } from "./parse.js";
import { spanOf } from "./syntax.js";

/**
 * The first syntax error of a tree, found by descending only into subtrees that contain one.
 * Tree-sitter recovers from errors, so the rest of the file still yields facts; tasks whose
 * own code is broken are marked unsound and judged by no rule.
 */
export function syntaxErrorDiagnostic(root: SyntaxNode): Diagnostic | undefined {
  if (!root.hasError) return undefined;
  let node: SyntaxNode = root;
  for (;;) {
    if (node.type === "ERROR" || node.isMissing) break;
    const next = node.children.find((child) => child.hasError || child.isMissing);
    if (!next) break;
    node = next;
  }
  const what = node.isMissing
    ? `missing '${node.type}'`
    : `unexpected '${node.text.split("\n")[0]!.slice(0, 20)}'`;
  return {
    fatal: true,
    message: `Parsing error: invalid syntax (${what}). Tasks with broken syntax are not analysed.`,
    span: spanOf(node),
  };
}
