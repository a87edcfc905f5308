/**
 * `# dag-transport: ignore[rule-a, rule-b] -- why this is safe`
 *
 * A directive at the end of a line of code applies to that line; a directive on a line of its
 * own applies to the next line. The reason is required (the runner reports a missing one).
 * The reason ends where another tool's directive starts on the same line (`-- reason  # noqa`),
 * so a line can carry both; a plain `#` inside the reason ("see #123") is kept.
 *
 * Any other comment that starts `# dag-transport:` — `ignore` without a rule list, `ignore[]`,
 * `ignore-file`, a misspelt `ignroe[...]` — is a malformed directive: it suppresses nothing, and
 * says so (`problem`), rather than leaving the finding and the author to wonder why.
 */
import { commentRemoval, type SuppressionDirective } from "@dag-transport/core";
import type { SyntaxNode } from "./syntax-tree.js";
import { spanOf } from "./syntax.js";

const OTHER_DIRECTIVE = String.raw`\s#\s*(?:noqa|nosec|type:|pragma|pylint:|mypy:|pyright:|fmt:|isort:|expect:)`;
const DIRECTIVE = new RegExp(
  String.raw`^#\s*dag-transport:\s*ignore(?:\[([^\]]*)\])?\s*(?:--\s*(.*?))?\s*(?:${OTHER_DIRECTIVE}.*)?$`,
);
const OURS = /^#\s*dag-transport:/;
const SYNTAX = "`# dag-transport: ignore[<rule>] -- <reason>`";

export interface ParsedSuppression {
  ruleIds: string[];
  reason?: string;
  problem?: string;
}

export function parseSuppression(commentText: string): ParsedSuppression | undefined {
  const text = commentText.trim();
  if (!OURS.test(text)) return undefined;
  const match = DIRECTIVE.exec(text);
  if (!match) {
    const word = /^#\s*dag-transport:\s*([\w-]{1,40})/.exec(text)?.[1];
    return {
      ruleIds: [],
      problem: `Unknown dag-transport directive${word ? ` '${word}'` : ""}: suppressions are written ${SYNTAX} (one line at a time; there is no file-wide form). It suppresses nothing.`,
    };
  }
  const ruleIds = (match[1] ?? "")
    .split(",")
    .map((id) => id.trim().replace(/^dag-transport\//, ""))
    .filter(Boolean);
  const reason = match[2]?.trim();
  if (ruleIds.length === 0) {
    return {
      ruleIds,
      ...(reason ? { reason } : {}),
      problem: `Suppression names no rule: write ${SYNTAX} (there is no suppression of every rule). It suppresses nothing.`,
    };
  }
  return { ruleIds, ...(reason ? { reason } : {}) };
}

/**
 * Where each rule of a suppression sits in the comment, and what goes when it alone is removed:
 * in a list of several, the rule id with its comma (the first one with the separator after it,
 * any other with the one before it); alone, the suppression up to its reason — never another
 * tool's `# noqa` after it. Offsets are into the comment's text. Shared with the ESLint plugin,
 * whose directives are exactly these ranges (see its python/source-code.ts).
 */
export function ruleRanges(
  commentText: string,
  ruleIds: readonly string[],
  reason: string | undefined,
): { own: [number, number]; rules: Map<string, [number, number]> } {
  const list = /ignore\s*\[([^\]]*)\]/.exec(commentText);
  let ownEnd = list ? list.index + list[0].length : commentText.indexOf("ignore") + "ignore".length;
  if (reason) {
    const reasonAt = commentText.indexOf(reason, commentText.indexOf("--", ownEnd));
    if (reasonAt !== -1) ownEnd = reasonAt + reason.length;
  }
  const own: [number, number] = [0, ownEnd];
  const rules = new Map<string, [number, number]>();
  const entries: { id: string; start: number; end: number }[] = [];
  if (list) {
    const listStart = list.index + list[0].indexOf("[") + 1;
    for (const match of list[1]!.matchAll(/[^,\s][^,]*?(?=\s*(?:,|$))/g)) {
      const at = listStart + match.index;
      entries.push({ id: match[0].replace(/^dag-transport\//, ""), start: at, end: at + match[0].length });
    }
  }
  for (const id of ruleIds) {
    const index = entries.findIndex((entry) => entry.id === id);
    if (entries.length > 1 && index !== -1) {
      const entry = entries[index]!;
      rules.set(id, index === 0 ? [entry.start, entries[1]!.start] : [entries[index - 1]!.end, entry.end]);
    } else rules.set(id, own);
  }
  return { own, rules };
}

export function collectSuppressions(root: SyntaxNode, source: string): SuppressionDirective[] {
  // Cheap pre-check: most files have no directive at all, and walking comments costs native calls.
  if (!source.includes("dag-transport:")) return [];
  const directives: SuppressionDirective[] = [];
  for (const comment of root.descendantsOfType("comment")) {
    const parsed = parseSuppression(comment.text);
    if (!parsed) continue;
    const span = spanOf(comment);
    const start = comment.startIndex;
    const lineStart = source.lastIndexOf("\n", start - 1) + 1;
    const ownLine = source.slice(lineStart, start).trim() === "";
    const { own, rules } = ruleRanges(comment.text, parsed.ruleIds, parsed.reason);
    directives.push({
      ...parsed,
      span,
      appliesToLines: ownLine ? [span.line + 1] : [span.line],
      rules: [...rules].map(([ruleId, [from, to]]) => ({
        ruleId,
        at: { line: span.line, column: span.column + from },
        remove: { range: [start + from, start + to], text: "" },
      })),
      removeAll: commentRemoval(source, start + own[0], start + own[1], ownLine),
    });
  }
  return directives;
}
