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
import {
  commentRemoval,
  RULE_ID_PREFIX,
  type SuppressionDirective,
  type TextEdit,
} from "@dag-transport/core";
import type { TSESTree } from "@typescript-eslint/types";
import { spanOf } from "./ast.js";

const DIRECTIVE =
  /^\s*(eslint-disable-next-line|eslint-disable-line|eslint-disable|eslint-enable)(?:\s+([\s\S]*))?$/;

interface ParsedDirective {
  label: string;
  ruleIds: string[];
  reason?: string;
  /** The rule list as written (ESLint's directive `value`), and how many rules it names in all. */
  list: string;
  listedCount: number;
}

export function parseDirective(commentValue: string): ParsedDirective | undefined {
  const match = DIRECTIVE.exec(commentValue);
  if (!match) return undefined;
  // ESLint's own split: the justification follows two or more dashes surrounded by whitespace.
  const [list = "", ...rest] = (match[2] ?? "").split(/\s-{2,}\s/);
  const reason = rest.join(" -- ").trim();
  const listed = list
    .split(",")
    .map((id) => id.trim())
    .filter(Boolean);
  const ruleIds = listed
    .filter((id) => id.startsWith(RULE_ID_PREFIX))
    .map((id) => id.slice(RULE_ID_PREFIX.length));
  return { label: match[1]!, ruleIds, ...(reason ? { reason } : {}), list, listedCount: listed.length };
}

/**
 * What ESLint's fix removes for one rule of a list of several (apply-disable-directives.js,
 * `createIndividualDirectivesRemoval`): the rule with one of the commas around it.
 */
function entryRemoval(
  source: string,
  comment: TSESTree.Comment,
  list: string,
  ruleId: string,
): TextEdit | undefined {
  const listText = list.trim();
  const listStart = source.indexOf(listText, comment.range[0]);
  const escaped = ruleId.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const match = new RegExp(
    String.raw`(?:^|\s*,\s*)(?<quote>['"]?)${escaped}\k<quote>(?:\s*,\s*|$)`,
    "u",
  ).exec(listText);
  if (listStart === -1 || !match) return undefined;
  const start = listStart + match.index;
  const first = match[0].indexOf(",");
  const last = match[0].lastIndexOf(",");
  const range: [number, number] =
    first !== last ? [start + first, start + last] : [start, start + match[0].length];
  return { range, text: "" };
}

/** Where a report goes and what goes, per rule of one comment (see `SuppressionDirective.rules`). */
function ruleEdits(
  source: string,
  comment: TSESTree.Comment,
  parsed: ParsedDirective,
  ruleIds: readonly string[],
): Pick<SuppressionDirective, "rules" | "removeAll" | "reportTogether"> {
  const at = { line: comment.loc.start.line, column: comment.loc.start.column + 1 };
  const lineStart = source.lastIndexOf("\n", comment.range[0] - 1) + 1;
  const ownLine = source.slice(lineStart, comment.range[0]).trim() === "";
  const whole = commentRemoval(source, comment.range[0], comment.range[1], ownLine);
  const rules: NonNullable<SuppressionDirective["rules"]> = [];
  for (const id of ruleIds) {
    const remove =
      parsed.listedCount > 1 ? entryRemoval(source, comment, parsed.list, RULE_ID_PREFIX + id) : whole;
    if (remove) rules.push({ ruleId: id, at, remove });
  }
  // A comment naming only dag-transport rules goes whole when none of them is used.
  const onlyOurs = parsed.listedCount === parsed.ruleIds.length;
  return { rules, ...(onlyOurs ? { removeAll: whole } : {}), reportTogether: onlyOurs };
}

export function collectSuppressions(
  comments: readonly TSESTree.Comment[],
  lineCount: number,
  source = "",
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
        directives.push({
          ruleIds: parsed.ruleIds,
          ...reasonOf(parsed),
          span,
          appliesToLines: [span.line],
          ...ruleEdits(source, comment, parsed, parsed.ruleIds),
        });
        break;
      case "eslint-disable-next-line":
        directives.push({
          ruleIds: parsed.ruleIds,
          ...reasonOf(parsed),
          span,
          appliesToLines: [span.endLine + 1],
          ...ruleEdits(source, comment, parsed, parsed.ruleIds),
        });
        break;
      case "eslint-disable":
        for (const id of parsed.ruleIds) {
          // One directive per rule: ESLint reports each rule of a block on its own unless all
          // are unused, which is not told apart here (each is reported, and removed, alone).
          const edits = ruleEdits(source, comment, parsed, [id]);
          const directive: SuppressionDirective = {
            ruleIds: [id],
            ...reasonOf(parsed),
            span,
            appliesToLines: [],
            ...(edits.rules ? { rules: edits.rules } : {}),
            ...(parsed.listedCount === 1 && edits.removeAll ? { removeAll: edits.removeAll } : {}),
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
