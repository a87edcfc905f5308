/**
 * `# dag-transport: ignore[rule-a, rule-b] -- why this is safe`
 *
 * A directive at the end of a line of code applies to that line; a directive on a line of its
 * own applies to the next line. The reason is required (the runner reports a missing one).
 */
import type { SuppressionDirective } from "@dag-transport/core";
import type { SyntaxNode } from "./parse.js";
import { spanOf } from "./syntax.js";

const DIRECTIVE = /^#\s*dag-transport:\s*ignore(?:\[([^\]]*)\])?\s*(?:--\s*(.*?))?\s*$/;

export function parseSuppression(commentText: string): { ruleIds: string[]; reason?: string } | undefined {
  const match = DIRECTIVE.exec(commentText.trim());
  if (!match) return undefined;
  const ruleIds = (match[1] ?? "")
    .split(",")
    .map((id) => id.trim().replace(/^dag-transport\//, ""))
    .filter(Boolean);
  const reason = match[2]?.trim();
  return { ruleIds, ...(reason ? { reason } : {}) };
}

export function collectSuppressions(root: SyntaxNode, source: string): SuppressionDirective[] {
  // Cheap pre-check: most files have no directive at all, and walking comments costs native calls.
  if (!source.includes("dag-transport:")) return [];
  const directives: SuppressionDirective[] = [];
  for (const comment of root.descendantsOfType("comment")) {
    const parsed = parseSuppression(comment.text);
    if (!parsed) continue;
    const span = spanOf(comment);
    const lineStart = source.lastIndexOf("\n", comment.startIndex - 1) + 1;
    const ownLine = source.slice(lineStart, comment.startIndex).trim() === "";
    directives.push({ ...parsed, span, appliesToLines: ownLine ? [span.line + 1] : [span.line] });
  }
  return directives;
}
