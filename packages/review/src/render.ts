/**
 * What the gate writes: review comment bodies with their hidden fingerprint markers, the
 * summary (one comment on the PR, the check run's summary, the job summary), and the state
 * a later run reads back to tell which findings were fixed.
 */
import { isUnusedSuppressionMessage } from "@dag-transport/core";
import type { Finding, Suppression } from "./findings.js";
import { inlineCode, markdownMessage, markdownText } from "./markdown.js";
import type { PlacedFinding } from "./placement.js";

export const SUMMARY_MARKER = "<!-- dag-transport:summary -->";
const FINGERPRINT_LINE = /^[ \t]*<!-- dag-transport:fingerprint=([0-9a-f]{32}:\d+) -->$/gm;
const STATE_LINE = /^<!-- dag-transport:state=([A-Za-z0-9_-]*) -->$/m;

/** GitHub's limit for a check run summary and for a comment body is 65,535 characters. */
export const SUMMARY_LIMIT = 65_000;

export function fingerprintMarker(fingerprint: string): string {
  return `<!-- dag-transport:fingerprint=${fingerprint} -->`;
}

/** Fingerprints in a comment body. Only whole marker lines count: quoted code is always mid-line, so it cannot forge one. */
export function fingerprintsIn(body: string): string[] {
  return [...body.matchAll(FINGERPRINT_LINE)].map((m) => m[1]!);
}

/** One line of text: messages quote code, and a line break there would break the markdown around it. */
function oneLine(text: string): string {
  return text.replace(/\s*\r?\n\s*/g, " ");
}

function severityWord(finding: Finding): string {
  return finding.severity === 2 ? "error" : "warning";
}

/** The finding's locations other than the lines the comment sits on (all of them for a file comment). */
function otherLocations(placed: PlacedFinding): string {
  const at = placed.placement.kind === "line" ? placed.placement : undefined;
  return placed.finding.locations
    .map((l, index) => ({ ...l, label: index === 0 ? "where it is flagged" : l.label }))
    .filter((l) => !at || l.endLine < at.startLine || l.line > at.line)
    .map((l) => `- line ${l.line}${l.label ? `: ${markdownMessage(oneLine(l.label))}` : ""}`)
    .join("\n");
}

function howToSuppress(finding: Finding): string {
  if (!finding.ruleId) return "";
  return `Reviewed exception? Suppress it with a reason: \`# dag-transport: ignore[${finding.title}] -- <why this is safe>\``;
}

function statusNote(placed: PlacedFinding): string {
  if (placed.unknownDiff)
    return "GitHub sent no diff for this file (too large), so this finding counts as new.";
  if (!placed.isNew) return "Pre-existing: not part of this change; reported, not blocking.";
  return "";
}

/** The body of an inline review comment. */
export function inlineCommentBody(placed: PlacedFinding): string {
  const { finding } = placed;
  const parts = [
    `**dag-transport** · ${inlineCode(finding.title)} · ${severityWord(finding)}`,
    markdownMessage(oneLine(finding.message)),
  ];
  const others = otherLocations(placed);
  if (others) parts.push(`Also involved:\n${others}`);
  const notes = [statusNote(placed), howToSuppress(finding)].filter(Boolean);
  if (notes.length) parts.push(`<sub>${notes.join(" ")}</sub>`);
  parts.push(fingerprintMarker(finding.fingerprint));
  return parts.join("\n\n");
}

/** The body of a file-level comment carrying every new finding of one file that has no line in the diff. */
export function fileCommentBody(placed: readonly PlacedFinding[], note?: string): string {
  const items = placed.map((p) => {
    const { finding } = p;
    const where = finding.locations.map((l) => l.line).join(", ");
    const status = statusNote(p);
    return [
      `- **line ${where}** · ${inlineCode(finding.title)} · ${severityWord(finding)} — ${markdownMessage(oneLine(finding.message))}${status ? ` _${status}_` : ""}`,
      `  ${fingerprintMarker(finding.fingerprint)}`,
    ].join("\n");
  });
  const heading =
    note ??
    (placed.length === 1
      ? "**dag-transport** found this on lines the diff does not show:"
      : `**dag-transport** found ${placed.length} findings on lines the diff does not show:`);
  return [heading, "", ...items].join("\n");
}

export function reviewBody(batch: number, batches: number, comments: number): string {
  const part = batches > 1 ? ` (part ${batch} of ${batches})` : "";
  return `**dag-transport**: ${comments} new finding${comments === 1 ? "" : "s"} on this change${part}. The \`dag-transport\` check has the full report.`;
}

/** What the summary remembers between runs. */
export interface SummaryState {
  /** Findings reported by the run that wrote it. */
  findings: { fingerprint: string; path: string; title: string; line: number }[];
  /** Findings reported by an earlier run and since gone, cumulative over the pull request. */
  fixed: { fingerprint: string; path: string; title: string; line?: number }[];
}

export function encodeState(state: SummaryState): string {
  return `<!-- dag-transport:state=${Buffer.from(JSON.stringify(state)).toString("base64url")} -->`;
}

export function decodeState(body: string): SummaryState | undefined {
  const match = STATE_LINE.exec(body);
  if (!match) return undefined;
  try {
    const state = JSON.parse(Buffer.from(match[1]!, "base64url").toString("utf8")) as SummaryState;
    return Array.isArray(state.findings) && Array.isArray(state.fixed) ? state : undefined;
  } catch {
    return undefined;
  }
}

export interface SummaryInput {
  placed: readonly PlacedFinding[];
  /** Findings fixed since an earlier run (cumulative), newest first. */
  fixed: SummaryState["fixed"];
  suppressions: readonly Suppression[];
  /** How many of `suppressions` block under the base policy (`review.addedSuppressions`). */
  blockingSuppressions?: number;
  /** New findings no comment could carry (GitHub refused both the line and the file comment). */
  summaryOnly?: readonly PlacedFinding[];
  /** Things the reader should know: files not analysed, configuration problems. */
  notes: readonly string[];
  /** Which configuration judged the pull request. */
  judgedBy?: string;
  /** Link to a line of the head commit's file. */
  link: (path: string, line?: number) => string;
  analysedFiles: number;
}

function findingItem(placed: PlacedFinding, link: SummaryInput["link"]): string {
  const { finding } = placed;
  const line = finding.locations[0]!.line;
  const icon = placed.blocking ? "❌" : finding.severity === 2 ? "🔸" : "⚠️";
  return `- ${icon} [${inlineCode(`${finding.path}:${line}`)}](${link(finding.path, line)}) ${inlineCode(finding.title)} — ${markdownMessage(oneLine(finding.message))}`;
}

function section(title: string, items: readonly string[], limit: number): string[] {
  if (!items.length) return [];
  const shown = items.slice(0, limit);
  const more = items.length - shown.length;
  return [
    `#### ${title}`,
    "",
    ...shown,
    ...(more > 0 ? [`- … and ${more} more (each is an annotation on the \`dag-transport\` check run)`] : []),
    "",
  ];
}

/** A table cell of free text (a suppression's reason): escaped, and `|` cannot end the cell. */
function escapeCell(text: string): string {
  return markdownText(oneLine(text));
}

/** The summary's headline, also the check run's title. */
export function headline(placed: readonly PlacedFinding[], blockingSuppressions = 0): string {
  const blocking = placed.filter((p) => p.blocking).length;
  if (blocking) return `${blocking} new error-level finding${blocking === 1 ? "" : "s"} in this change`;
  if (blockingSuppressions)
    return `${blockingSuppressions} added suppression${blockingSuppressions === 1 ? "" : "s"} not allowed by the base configuration`;
  const newOnes = placed.filter((p) => p.isNew).length;
  if (newOnes) return `${newOnes} new warning${newOnes === 1 ? "" : "s"}, nothing blocking`;
  return "No new findings in this change";
}

function renderSummary(input: SummaryInput, limit: number): string {
  const { placed, link } = input;
  const blocking = placed.filter((p) => p.blocking);
  const newOnes = placed.filter((p) => p.isNew && !p.blocking);
  const changedOld = placed.filter((p) => !p.isNew && p.placement.kind !== "summary");
  const elsewhere = placed.filter((p) => p.placement.kind === "summary");
  const blockingSuppressions = input.blockingSuppressions ?? 0;
  const red = blocking.length > 0 || blockingSuppressions > 0;
  const lines = [
    SUMMARY_MARKER,
    `### ${red ? "❌" : "✅"} dag-transport: ${headline(placed, blockingSuppressions)}`,
    "",
    blocking.length
      ? "Error-level findings this pull request introduces (the base commit does not have them) fail the `dag-transport` check. Fix them, or suppress a reviewed exception with its reason."
      : blockingSuppressions
        ? "Suppressions this pull request adds fail the `dag-transport` check under the base configuration's `review.addedSuppressions` setting."
        : "Nothing this pull request introduces fails the `dag-transport` check.",
    "",
    `| Findings | |`,
    `| --- | --: |`,
    `| New, blocking | ${blocking.length} |`,
    `| New, not blocking (warnings) | ${newOnes.length} |`,
    `| Already in the changed files (not blocking) | ${changedOld.length} |`,
    `| In files this pull request does not change | ${elsewhere.length} |`,
    `| Fixed since an earlier run | ${input.fixed.length} |`,
    `| Suppressions this pull request adds | ${input.suppressions.length} |`,
    ...(placed.some((p) => isUnusedSuppressionMessage(p.finding))
      ? [
          `| Suppressions that suppress nothing | ${placed.filter((p) => isUnusedSuppressionMessage(p.finding)).length} |`,
        ]
      : []),
    "",
    `${input.analysedFiles} changed DAG file${input.analysedFiles === 1 ? "" : "s"} analysed.`,
    "",
    ...section(
      "New, blocking",
      blocking.map((p) => findingItem(p, link)),
      limit,
    ),
    ...section(
      "Not posted as comments (GitHub refused them)",
      (input.summaryOnly ?? []).map((p) => findingItem(p, link)),
      limit,
    ),
    ...section(
      "New, not blocking",
      newOnes.map((p) => findingItem(p, link)),
      limit,
    ),
    ...section(
      "Already in the changed files (reported, not blocking)",
      changedOld.map((p) => findingItem(p, link)),
      limit,
    ),
    ...section(
      "In files this pull request does not change",
      elsewhere.map((p) => findingItem(p, link)),
      limit,
    ),
    ...section(
      "Fixed since an earlier run",
      input.fixed.map(
        (f) => `- ✅ ${inlineCode(`${f.path}${f.line ? `:${f.line}` : ""}`)} ${inlineCode(f.title)}`,
      ),
      limit,
    ),
  ];
  if (input.suppressions.length) {
    const rows = input.suppressions.slice(0, limit).map((s) => {
      const rule = s.ruleId.replace("dag-transport/", "");
      return `| [${inlineCode(`${s.path}:${s.line}`).replace(/\|/g, "\\|")}](${link(s.path, s.line)}) | ${inlineCode(rule)} | ${escapeCell(s.reason)} |`;
    });
    const more = input.suppressions.length - rows.length;
    lines.push(
      "#### Suppressions this pull request adds",
      "",
      "Every exception, with the reason its author gave:",
      "",
      "| Where | Rule | Reason |",
      "| --- | --- | --- |",
      ...rows,
      ...(more > 0 ? [`| … and ${more} more | | |`] : []),
      "",
    );
  }
  // Stale exceptions: each is a finding too (a warning by default), listed here together.
  const unused = placed.filter((p) => isUnusedSuppressionMessage(p.finding));
  if (unused.length) {
    const items = unused.slice(0, limit).map((p) => findingItem(p, link));
    const more = unused.length - items.length;
    lines.push(
      "#### Suppressions that suppress nothing",
      "",
      "Stale exceptions: no finding of their rule is left where they apply. `dag-transport --fix` removes them (and changes nothing else).",
      "",
      ...items,
      ...(more > 0
        ? [`- … and ${more} more (each is an annotation on the \`dag-transport\` check run)`]
        : []),
      "",
    );
  }
  if (input.notes.length) lines.push("#### Notes", "", ...input.notes.map((n) => `- ${oneLine(n)}`), "");
  if (input.judgedBy) lines.push(`<sub>${oneLine(input.judgedBy)}</sub>`, "");
  return lines.join("\n");
}

/**
 * The summary markdown, under GitHub's size limit: lists are shortened (every finding is still
 * an annotation on the check run) until it fits. `state` is appended when it fits too.
 */
export function renderSummaryWithin(input: SummaryInput, state?: SummaryState, max = SUMMARY_LIMIT): string {
  let text = "";
  for (const limit of [Infinity, 200, 50, 10, 0]) {
    text = renderSummary(input, limit);
    if (text.length <= max) break;
  }
  if (text.length > max) text = `${text.slice(0, max - 40)}\n\n… (summary shortened)\n`;
  if (!state) return text;
  const budget = max - text.length - 1;
  let kept = state;
  let encoded = encodeState(kept);
  // Remembering fewer findings only costs "fixed" reports; never the size limit.
  while (encoded.length > budget && (kept.findings.length || kept.fixed.length)) {
    kept = {
      findings: kept.findings.slice(0, Math.floor(kept.findings.length / 2)),
      fixed: kept.fixed.slice(0, Math.floor(kept.fixed.length / 2)),
    };
    encoded = encodeState(kept);
  }
  return encoded.length <= budget ? `${text}\n${encoded}` : text;
}
