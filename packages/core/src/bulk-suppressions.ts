/**
 * Bulk suppressions, as ESLint (9.24+) has them: a file that records, per file and per rule, how
 * many error-level findings a codebase had when it adopted a rule, so that only findings beyond
 * those counts fail a run.
 *
 * The file (`dag-transport-suppressions.json` at the repository root by default) has ESLint's
 * shape, `{ "<path>": { "dag-transport/<rule>": { "count": n } } }`, paths `/`-separated and
 * relative to the repository root (the directory holding `.git`; else the working directory), so
 * a run from any folder reads it alike.
 *
 * ESLint's semantics, kept exactly:
 * - only errors count (a warning never fails a run, so it is never recorded);
 * - when a file has at most the recorded number of a rule's errors, all of them are suppressed
 *   (moved to `suppressedMessages`, `kind: "file"`); when it has more, all of them are reported —
 *   no one can tell which are the new ones;
 * - a recorded count higher than what was found is unused (the excess); so is an entry whose
 *   rule found nothing. Pruning lowers such counts, drops such entries and entries of files that
 *   no longer exist.
 *
 * Where we cannot know, nothing is unused (as for inline suppressions, runner.ts): a rule that
 * did not run (`--rule`), a file whose analysis was cut short (a fatal message), and a file this
 * run did not lint.
 *
 * The file is untrusted input (a pull request may change it): read through the guarded reader,
 * bounded, and a malformed file is reported with its name and a position, never its text.
 */
import path from "node:path";
import type { Node as YamlNode } from "yaml";
import { yamlModule } from "./lazy-modules.js";
import { ConfigError, describeParseError } from "./config.js";
import { MAX_NESTING, tooDeepAt } from "./nesting.js";
import { relativeInside } from "./paths.js";
import { makeResult, type LintMessage, type LintResult, type SuppressedLintMessage } from "./results.js";
import { readWorkspaceText } from "./workspace-reader.js";

export const BULK_SUPPRESSIONS_FILE = "dag-transport-suppressions.json";

/** A suppressions file that cannot be read or parsed: its name and a position, never its text. */
export class SuppressionsFileError extends ConfigError {
  override name = "SuppressionsFileError";
}

/** Recorded counts: file (relative to the root, `/`-separated) → rule id (`dag-transport/…`) → count. */
export type BulkSuppressions = Map<string, Map<string, number>>;

const RULE_KEY = /^dag-transport\/[a-z0-9][a-z0-9-]{0,99}$/;

/** Why a file key is not a path inside the root, or undefined when it is one. */
function badPath(key: string): string | undefined {
  if (key === "" || key.startsWith("/") || /^[A-Za-z]:/.test(key) || key.includes("\\"))
    return "is not a relative '/'-separated path";
  if (key.split("/").some((part) => part === "" || part === "." || part === ".."))
    return "is not a plain path inside the repository";
  return undefined;
}

/** Where, in the text, the node at `keys` is (its key when `atKey`): JSON is YAML, and YAML has ranges. */
function positionOf(text: string, keys: readonly string[], atKey: boolean): string {
  const { isMap, isPair, isScalar, LineCounter, parseDocument } = yamlModule();
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { uniqueKeys: false, lineCounter });
  let node: unknown = document.contents;
  let offset: number | undefined = (node as YamlNode | null)?.range?.[0];
  for (const [index, key] of keys.entries()) {
    if (!isMap(node)) break;
    const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && item.key.value === key);
    if (!pair) break;
    const keyNode = pair.key as YamlNode;
    node = pair.value;
    offset =
      index === keys.length - 1 && atKey
        ? keyNode.range?.[0]
        : ((node as YamlNode | null)?.range?.[0] ?? keyNode.range?.[0]);
  }
  if (offset === undefined) return "";
  const { line, col } = lineCounter.linePos(offset);
  return ` at line ${line}, column ${col}`;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Parses the file's text, or throws a `SuppressionsFileError` naming the file and a position only. */
export function parseBulkSuppressions(text: string, filePath: string): BulkSuppressions {
  const fail = (reason: string, keys: readonly string[] = [], atKey = false): never => {
    throw new SuppressionsFileError(
      `invalid suppressions file: ${reason}${positionOf(text, keys, atKey)}`,
      filePath,
    );
  };
  const deep = tooDeepAt(text);
  if (deep >= 0) {
    const before = text.slice(0, deep);
    throw new SuppressionsFileError(
      `invalid suppressions file: nested more than ${MAX_NESTING} levels deep at line ${before.split("\n").length}, column ${deep - before.lastIndexOf("\n")}`,
      filePath,
    );
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    const where = /end of JSON input/.test(String((error as Error).message))
      ? "syntax error: the file ends too early"
      : describeParseError(error, text);
    throw new SuppressionsFileError(`invalid suppressions file: ${where}`, filePath);
  }
  if (!isObject(raw)) fail("expected an object of files");
  const suppressions: BulkSuppressions = new Map();
  for (const [file, rules] of Object.entries(raw as Record<string, unknown>)) {
    const pathProblem = badPath(file);
    if (pathProblem) fail(`a file key ${pathProblem}`, [file], true);
    if (!isObject(rules)) fail("expected an object of rules for a file", [file]);
    const counts = new Map<string, number>();
    for (const [rule, entry] of Object.entries(rules as Record<string, unknown>)) {
      if (!RULE_KEY.test(rule)) fail("a rule key is not 'dag-transport/<rule>'", [file, rule], true);
      const count = isObject(entry) && Object.keys(entry).length === 1 ? entry.count : undefined;
      if (!Number.isSafeInteger(count) || (count as number) < 1)
        fail('expected { "count": <whole number of at least 1> }', [file, rule]);
      counts.set(rule, count as number);
    }
    if (counts.size) suppressions.set(file, counts);
  }
  return suppressions;
}

/** Reads the file: undefined when it does not exist; a `SuppressionsFileError` when it cannot be read or parsed. */
export function readBulkSuppressions(filePath: string, root: string): BulkSuppressions | undefined {
  const read = readWorkspaceText(filePath, { root });
  if ("problem" in read) {
    if (read.missing) return undefined;
    throw new SuppressionsFileError(`cannot read suppressions file: ${read.problem}`, filePath);
  }
  return parseBulkSuppressions(read.text, filePath);
}

/** The file's text, in ESLint's layout: keys sorted, two-space indentation. */
export function serializeBulkSuppressions(suppressions: BulkSuppressions): string {
  const sorted: Record<string, Record<string, { count: number }>> = {};
  for (const file of [...suppressions.keys()].sort()) {
    const rules = suppressions.get(file)!;
    if (!rules.size) continue;
    sorted[file] = {};
    for (const rule of [...rules.keys()].sort()) sorted[file][rule] = { count: rules.get(rule)! };
  }
  return `${JSON.stringify(sorted, null, 2)}\n`;
}

/** Error-level findings per rule (what the file records): warnings and rule-less problems do not count. */
export function countErrorsByRule(messages: readonly LintMessage[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const message of messages)
    if (message.severity === 2 && message.ruleId)
      counts.set(message.ruleId, (counts.get(message.ruleId) ?? 0) + 1);
  return counts;
}

export interface BulkScope {
  /** The directory the file's paths are relative to. */
  root: string;
  /** Whether a rule ran in this run (`--rule`): a rule that did not never leaves an entry unused. */
  ran: (ruleId: string) => boolean;
}

function relativeOf(scope: BulkScope, filePath: string): string | undefined {
  const relative = relativeInside(scope.root, filePath);
  return relative ? relative : undefined;
}

/**
 * `--suppress-all` (no `rules`) or `--suppress-rule`: the recorded counts, with each linted
 * file's current error counts for those rules written over the old ones (entries of other files
 * and rules are kept; pruning removes what is stale).
 */
export function recordBulkSuppressions(
  existing: BulkSuppressions,
  results: readonly LintResult[],
  scope: BulkScope,
  rules?: ReadonlySet<string>,
): BulkSuppressions {
  const updated: BulkSuppressions = new Map([...existing].map(([file, counts]) => [file, new Map(counts)]));
  for (const result of results) {
    const file = relativeOf(scope, result.filePath);
    if (file === undefined) continue;
    for (const [rule, count] of countErrorsByRule(result.messages)) {
      if (rules && !rules.has(rule)) continue;
      if (!updated.has(file)) updated.set(file, new Map());
      updated.get(file)!.set(rule, count);
    }
  }
  return updated;
}

export interface AppliedBulkSuppressions {
  results: LintResult[];
  /** Recorded counts beyond what was found (the excess), for files this run judged. */
  unused: BulkSuppressions;
}

/** Suppresses what the counts cover, and says which counts went unused. */
export function applyBulkSuppressions(
  results: readonly LintResult[],
  suppressions: BulkSuppressions,
  scope: BulkScope,
): AppliedBulkSuppressions {
  const unused: BulkSuppressions = new Map();
  const applied = results.map((result) => {
    const file = relativeOf(scope, result.filePath);
    const recorded = file !== undefined ? suppressions.get(file) : undefined;
    if (!recorded) return result;
    const found = countErrorsByRule(result.messages);
    const suppressedRules = new Set<string>();
    const excess = new Map<string, number>();
    for (const [rule, count] of recorded) {
      const errors = found.get(rule) ?? 0;
      if (errors > 0 && errors <= count) suppressedRules.add(rule);
      if (errors < count && scope.ran(rule) && !result.fatalErrorCount) excess.set(rule, count - errors);
    }
    if (excess.size) unused.set(file!, excess);
    if (!suppressedRules.size) return result;
    const kept: LintMessage[] = [];
    const suppressed: SuppressedLintMessage[] = [...result.suppressedMessages];
    for (const message of result.messages) {
      if (message.ruleId && message.severity === 2 && suppressedRules.has(message.ruleId))
        suppressed.push({ ...message, suppressions: [{ kind: "file", justification: "" }] });
      else kept.push(message);
    }
    return makeResult(result.filePath, kept, suppressed);
  });
  return { results: applied, unused };
}

/**
 * `--prune-suppressions`: the counts less what went unused, without entries of files that no
 * longer exist under the root.
 */
export function pruneBulkSuppressions(
  suppressions: BulkSuppressions,
  unused: BulkSuppressions,
  exists: (absolutePath: string) => boolean,
  root: string,
): BulkSuppressions {
  const pruned: BulkSuppressions = new Map();
  for (const [file, counts] of suppressions) {
    if (!exists(path.join(root, ...file.split("/")))) continue;
    const left = new Map<string, number>();
    for (const [rule, count] of counts) {
      const remaining = count - (unused.get(file)?.get(rule) ?? 0);
      if (remaining > 0) left.set(rule, remaining);
    }
    if (left.size) pruned.set(file, left);
  }
  return pruned;
}

/** How many entries (file and rule) went unused. */
export function unusedEntryCount(unused: BulkSuppressions): number {
  let n = 0;
  for (const counts of unused.values()) n += counts.size;
  return n;
}
