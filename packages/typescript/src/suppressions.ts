/**
 * Suppressions in TypeScript and JavaScript are ESLint's own directive comments, so one comment
 * works in the editor (ESLint applies it) and in the CLI and PR gate (this module reads it):
 *
 *   // eslint-disable-next-line dag-transport/no-tmp-staging -- same pod: …
 *   writeFileSync(path, data); // eslint-disable-line dag-transport/no-tmp-staging -- …
 *   /* eslint-disable dag-transport/no-bespoke-transport -- … *\/ … /* eslint-enable … *\/
 *
 * Only directives naming `dag-transport/…` rules are ours; the reason after `--` is required
 * by the CLI (the runner reports a directive without one, and it suppresses nothing).
 */
import { RULE_ID_PREFIX, type SuppressionDirective } from "@dag-transport/core";
import type { TSESTree } from "@typescript-eslint/types";
import { spanOf } from "./ast.js";

const DIRECTIVE =
  /^\s*(eslint-disable-next-line|eslint-disable-line|eslint-disable|eslint-enable)(?:\s+([\s\S]*))?$/;

interface ParsedDirective {
  label: string;
  ruleIds: string[];
  reason?: string;
}

export function parseDirective(commentValue: string): ParsedDirective | undefined {
  const match = DIRECTIVE.exec(commentValue);
  if (!match) return undefined;
  // ESLint's own split: the justification follows two or more dashes surrounded by whitespace.
  const [list = "", ...rest] = (match[2] ?? "").split(/\s-{2,}\s/);
  const reason = rest.join(" -- ").trim();
  const ruleIds = list
    .split(",")
    .map((id) => id.trim())
    .filter((id) => id.startsWith(RULE_ID_PREFIX))
    .map((id) => id.slice(RULE_ID_PREFIX.length));
  return { label: match[1]!, ruleIds, ...(reason ? { reason } : {}) };
}

export function collectSuppressions(
  comments: readonly TSESTree.Comment[],
  lineCount: number,
): SuppressionDirective[] {
  const directives: SuppressionDirective[] = [];
  /** Open `eslint-disable` blocks: rule id → where it started. */
  const open = new Map<string, { start: number; directive: SuppressionDirective }>();

  for (const comment of comments) {
    const parsed = parseDirective(comment.value);
    if (!parsed || parsed.ruleIds.length === 0) continue;
    const span = spanOf(comment);
    switch (parsed.label) {
      case "eslint-disable-line":
        directives.push({ ruleIds: parsed.ruleIds, ...reasonOf(parsed), span, appliesToLines: [span.line] });
        break;
      case "eslint-disable-next-line":
        directives.push({
          ruleIds: parsed.ruleIds,
          ...reasonOf(parsed),
          span,
          appliesToLines: [span.endLine + 1],
        });
        break;
      case "eslint-disable":
        for (const id of parsed.ruleIds) {
          const directive: SuppressionDirective = {
            ruleIds: [id],
            ...reasonOf(parsed),
            span,
            appliesToLines: [],
          };
          directives.push(directive);
          open.set(id, { start: span.line, directive });
        }
        break;
      case "eslint-enable":
        for (const id of parsed.ruleIds) {
          const block = open.get(id);
          if (!block) continue;
          block.directive.appliesToLines = range(block.start, span.line);
          open.delete(id);
        }
        break;
    }
  }
  for (const block of open.values()) block.directive.appliesToLines = range(block.start, lineCount);
  return directives;
}

function reasonOf(parsed: ParsedDirective): { reason?: string } {
  return parsed.reason ? { reason: parsed.reason } : {};
}

function range(from: number, to: number): number[] {
  const lines: number[] = [];
  for (let line = from; line <= to; line++) lines.push(line);
  return lines;
}
