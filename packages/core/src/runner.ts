import type { Span, SuppressionDirective, TransportModel } from "./model.js";
import { terminalText } from "./terminal-text.js";
import { formatMessage, RULE_ID_PREFIX, type AnyRule, type Report, type Severity } from "./rule.js";
import { makeResult, type LintMessage, type LintResult, type SuppressedLintMessage } from "./results.js";

export interface RuleSetting {
  severity: Severity;
  options?: Record<string, unknown>;
}

/** Rule id (without prefix) → how it runs. Rules not named run at their recommended severity. */
export type RuleSettings = Record<string, RuleSetting>;

export function resolveRuleSetting(
  rule: AnyRule,
  settings: RuleSettings,
): { severity: Severity; options: Record<string, unknown> } {
  const setting = settings[rule.id];
  return {
    severity: setting?.severity ?? rule.meta.recommendedSeverity,
    options: { ...(rule.defaultOptions as Record<string, unknown>), ...(setting?.options ?? {}) },
  };
}

function spanFields(span: Span): Span {
  return { line: span.line, column: span.column, endLine: span.endLine, endColumn: span.endColumn };
}

/**
 * Runs every enabled rule over one model and returns an ESLint-compatible result:
 * diagnostics first-class, inline suppressions applied (and kept visible), and findings from
 * tasks whose syntax is broken dropped rather than guessed at.
 */
/** How the run treats suppressions beyond applying them. */
export interface SuppressionSettings {
  /** Report a suppression that suppressed nothing (default `warn`, as ESLint's `reportUnusedDisableDirectives`). */
  reportUnusedSuppressions?: Severity;
}

/**
 * Runs one rule on a model, dropping its findings on unsound tasks: a task whose own code is
 * broken (a syntax error, nesting past the limit) is judged by no rule, as its facts are not
 * trusted. Every surface runs rules through this (the runner here, the ESLint plugin's rules).
 */
export function checkSoundTasks(
  rule: AnyRule,
  model: TransportModel,
  options: unknown,
  report: (report: Report<string>) => void,
  unsound: ReadonlySet<string> = unsoundTaskIds(model),
): void {
  rule.check(model, options, (found) => {
    if (found.taskId !== undefined && unsound.has(found.taskId)) return;
    report(found);
  });
}

function unsoundTaskIds(model: TransportModel): ReadonlySet<string> {
  return new Set(model.tasks.filter((t) => t.unsound).map((t) => t.id));
}

/** A rule that runs, with its resolved severity and options. */
interface PlannedRule {
  rule: AnyRule;
  severity: 1 | 2;
  options: Record<string, unknown>;
}

/**
 * What `runRules` needs of the rules and their settings, the same for every file of a run:
 * resolved once per run (`planRules`) rather than per file. Never modified after it is made.
 */
export interface RulePlan {
  readonly rules: readonly AnyRule[];
  readonly settings: RuleSettings;
  /** The rules that run (not `off`), in the order given. */
  readonly enabled: readonly PlannedRule[];
  readonly knownRuleIds: ReadonlySet<string>;
  readonly ranRuleIds: ReadonlySet<string>;
}

/** The plan `runRules` follows for these rules and settings (see `RulePlan`). */
export function planRules(rules: readonly AnyRule[], settings: RuleSettings = {}): RulePlan {
  const enabled: PlannedRule[] = [];
  for (const rule of rules) {
    const { severity, options } = resolveRuleSetting(rule, settings);
    if (severity === "off") continue;
    enabled.push({ rule, severity: severity === "error" ? 2 : 1, options });
  }
  return {
    rules,
    settings,
    enabled,
    knownRuleIds: new Set(rules.map((r) => r.id)),
    ranRuleIds: new Set(enabled.map((planned) => planned.rule.id)),
  };
}

export function runRules(
  model: TransportModel,
  rules: readonly AnyRule[],
  settings: RuleSettings = {},
  suppressionSettings: SuppressionSettings = {},
  plan?: RulePlan,
): LintResult {
  if (plan?.rules !== rules || plan.settings !== settings) plan = planRules(rules, settings);
  const messages: LintMessage[] = model.diagnostics.map((d) => ({
    ruleId: null,
    severity: 2,
    ...(d.fatal ? { fatal: true as const } : {}),
    message: d.message,
    ...spanFields(d.span),
  }));
  const { knownRuleIds, ranRuleIds } = plan;
  const unsound = unsoundTaskIds(model);

  for (const { rule, severity, options } of plan.enabled) {
    checkSoundTasks(
      rule,
      model,
      options,
      (report) => {
        messages.push({
          ruleId: RULE_ID_PREFIX + rule.id,
          severity,
          message: formatMessage(rule.meta.messages[report.messageId] ?? report.messageId, report.data),
          messageId: report.messageId,
          ...spanFields(report.span),
          ...(report.related?.length
            ? {
                relatedLocations: report.related.map((r) => ({
                  // Rules build these from source text (a variable, a fallback path).
                  message: terminalText(r.message),
                  ...(r.file !== undefined ? { file: r.file } : {}),
                  ...spanFields(r.span),
                })),
              }
            : {}),
          ...(report.suggestions?.length
            ? { suggestions: report.suggestions.map((s) => ({ desc: s.desc, fix: { ...s.fix } })) }
            : {}),
        });
      },
      unsound,
    );
  }

  return applySuppressions(model, messages, knownRuleIds, {
    ranRuleIds,
    report: suppressionSettings.reportUnusedSuppressions ?? "warn",
  });
}

/**
 * What is wrong with a suppression directive: rules it names that do not exist, a missing
 * reason. Shared with the ESLint plugin's python language, which reports the same problems.
 */
export function suppressionProblems(
  directive: SuppressionDirective,
  knownRuleIds: ReadonlySet<string>,
): string[] {
  if (directive.problem) return [directive.problem];
  const problems = directive.ruleIds
    .filter((id) => !knownRuleIds.has(id))
    .map(
      (id) => `Suppression names unknown rule '${id}'. Known rules: ${[...knownRuleIds].sort().join(", ")}.`,
    );
  if (!directive.reason) {
    problems.push(
      "Suppression without a reason: add `-- <why this handoff is safe>` so reviewers can see every exception.",
    );
  }
  return problems;
}

/** ESLint's own message for a directive that suppressed nothing, so editor, CLI and gate say the same. */
export function unusedSuppressionMessage(ruleIds: readonly string[]): string {
  const quoted = ruleIds.map((id) => `'${RULE_ID_PREFIX}${id}'`);
  const description =
    quoted.length <= 2 ? quoted.join(" or ") : `${quoted.slice(0, -1).join(", ")}, or ${quoted.at(-1)}`;
  return `Unused eslint-disable directive (no problems were reported from ${description}).`;
}

/** Whether a message is the report of a suppression that suppressed nothing (ours or ESLint's). */
export function isUnusedSuppressionMessage(message: { ruleId: string | null; message: string }): boolean {
  return message.ruleId === null && message.message.startsWith("Unused eslint-disable directive");
}

/**
 * Suppressions that suppressed nothing, as ESLint defines it (a rule of a directive that no
 * finding of that rule met), except where we cannot know: a rule that did not run (turned off,
 * or left out by `--rule`) and a file whose analysis was cut short (a fatal diagnostic, a task
 * with broken syntax, whose findings are dropped).
 */
function unusedSuppressions(
  model: TransportModel,
  used: ReadonlySet<string>,
  knownRuleIds: ReadonlySet<string>,
  unused: { ranRuleIds: ReadonlySet<string>; report: Severity },
): LintMessage[] {
  if (unused.report === "off") return [];
  if (model.diagnostics.some((d) => d.fatal) || model.tasks.some((t) => t.unsound)) return [];
  const severity = unused.report === "error" ? 2 : 1;
  const out: LintMessage[] = [];
  model.suppressions.forEach((directive, index) => {
    if (directive.problem || !directive.reason) return;
    const named = [...new Set(directive.ruleIds)].filter((id) => knownRuleIds.has(id));
    const idle = named.filter((id) => unused.ranRuleIds.has(id) && !used.has(`${index}:${id}`));
    if (!idle.length) return;
    // All of it suppressed nothing (a rule that did not run keeps it, and is not judged).
    const all = idle.length === named.length && named.length === directive.ruleIds.length;
    const place = (id: string) =>
      directive.rules?.find((r) => r.ruleId === id)?.at ?? {
        line: directive.span.line,
        column: directive.span.column,
      };
    const fixOf = (id: string) =>
      all && directive.removeAll
        ? { fix: { range: directive.removeAll.range, text: directive.removeAll.text } }
        : (() => {
            const remove = directive.rules?.find((r) => r.ruleId === id)?.remove;
            return remove ? { fix: { range: remove.range, text: remove.text } } : {};
          })();
    const groups = directive.reportTogether && all ? [idle] : idle.map((id) => [id]);
    for (const group of groups) {
      out.push({
        ruleId: null,
        severity,
        message: unusedSuppressionMessage(group),
        ...place(group[0]!),
        ...fixOf(group[0]!),
      });
    }
  });
  return out;
}

function applySuppressions(
  model: TransportModel,
  messages: LintMessage[],
  knownRuleIds: ReadonlySet<string>,
  unused: { ranRuleIds: ReadonlySet<string>; report: Severity },
): LintResult {
  const kept: LintMessage[] = [];
  const suppressed: SuppressedLintMessage[] = [];
  /** `<directive index>:<rule>` of every suppression that suppressed a finding. */
  const used = new Set<string>();

  for (const directive of model.suppressions) {
    for (const message of suppressionProblems(directive, knownRuleIds)) {
      kept.push({ ruleId: null, severity: 2, message, ...spanFields(directive.span) });
    }
  }

  for (const message of messages) {
    const ruleName = message.ruleId?.startsWith(RULE_ID_PREFIX)
      ? message.ruleId.slice(RULE_ID_PREFIX.length)
      : undefined;
    // A suppression without a reason suppresses nothing: the exception must be explained.
    const index = ruleName
      ? model.suppressions.findIndex(
          (d) =>
            d.reason && !d.problem && d.ruleIds.includes(ruleName) && d.appliesToLines.includes(message.line),
        )
      : -1;
    const directive = index === -1 ? undefined : model.suppressions[index];
    if (directive?.reason) {
      used.add(`${index}:${ruleName}`);
      suppressed.push({ ...message, suppressions: [{ kind: "directive", justification: directive.reason }] });
    } else {
      kept.push(message);
    }
  }
  kept.push(...unusedSuppressions(model, used, knownRuleIds, unused));
  return makeResult(model.filePath, kept, suppressed);
}
