/**
 * `# dag-transport: ignore[rule-a, rule-b] -- why this is safe`
 *
 * A directive at the end of a line of code applies to that line; a directive on a line of its
 * own applies to the next line. The reason is required (the runner reports a missing one).
 * The reason ends where another tool's directive starts on the same line (`-- reason  # noqa`),
 * so a line can carry both; a plain `#` inside the reason ("see #123") is kept.
 */
import type { SuppressionDirective } from "@dag-transport/core";
import type { SyntaxNode } from "./syntax-tree.js";
import { spanOf } from "./syntax.js";

const OTHER_DIRECTIVE = String.raw`\s#\s*(?:noqa|nosec|type:|pragma|pylint:|mypy:|pyright:|fmt:|isort:|expect:)`;
const DIRECTIVE = new RegExp(
  String.raw`^#\s*dag-transport:\s*ignore(?:\[([^\]]*)\])?\s*(?:--\s*(.*?))?\s*(?:${OTHER_DIRECTIVE}.*)?$`,
);

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
